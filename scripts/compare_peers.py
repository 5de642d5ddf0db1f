#!/usr/bin/python3
"""Chorus beside the tools a user could use instead, on the same data in the same run.

Called by scripts/compare-peers.sh (which builds Chorus and installs the peers). Prints one table of
Chorus's time, the peer's time and their ratio (Chorus ÷ peer; below 1 means Chorus is faster), plus the
quality figures where speed alone would mislead (modularity of the communities found).
Uses Debian's /usr/bin/python3 because python3-igraph and python3-networkx are Debian packages.
"""
import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import time


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def timed(cmd, repeats):
    """Median wall time of a whole command, in seconds, and the last run's stdout."""
    times, out = [], ""
    for _ in range(repeats):
        start = time.perf_counter()
        out = run(cmd).stdout
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def median_of(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def layout_rows(report):
    """Rows for the layout comparison from `chorus-cli bench map --json`, which runs graphviz's sfdp on the
    same graph in the same run (wall and CPU time; ForceAtlas2 uses both cores, sfdp one)."""
    figures = {}

    def walk(node):
        if isinstance(node, dict):
            if "key" in node and "median" in node:
                figures.setdefault(node["key"], node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(report)
    rows = []
    for ours, peer, what in (("layout_fa2", "layout_sfdp", "wall"), ("layout_fa2_cpu", "layout_sfdp_cpu", "CPU")):
        if ours in figures and peer in figures:
            rows.append((f"layout to convergence, {what} time: {figures['layout_fa2']['label']}",
                         figures[ours]["median"], "graphviz sfdp", figures[peer]["median"],
                         "same graph, same run"))
    return rows or [("layout", None, "graphviz sfdp", None, "bench map gave no layout figures")]


def write_people_csv(path, people, seed):
    rng = random.Random(seed)
    first = ["Ada", "Grace", "Linus", "Yukihiro", "Guido", "Margaret", "Zoë", "Chidi", "Amara", "Wei",
             "Priya", "Mateus", "Olga", "Kwame", "Sofía", "Hiroshi", "Fatima", "Lars", "Anika", "Tomás"]
    last = ["Lovelace", "Hopper", "Okafor", "Tanaka", "Núñez", "Kowalski", "Haddad", "Nguyen", "Iyer",
            "Silva", "Müller", "Adeyemi", "Larsen", "Chen", "García", "Novak", "Rossi", "Berg", "Khan", "Popov"]
    orgs = ["Acme Cloud", "Northwind Labs", "Contoso", "Initech", "Globex", "Umbrella Data", "Hooli", "Vandelay"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["First Name", "Last Name", "Email Address", "Company", "Position"])
        for i in range(people):
            fn, ln = rng.choice(first), rng.choice(last)
            w.writerow([fn, f"{ln} {i}", f"{fn.lower()}.{i}@example.org", rng.choice(orgs), "Engineer"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--people", type=int, default=10000)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    cli, n, reps = args.cli, args.people, args.repeats
    rows = []  # (figure, chorus seconds, peer name, peer seconds, note)

    ws = os.path.join(args.dir, f"peers-{n}.chorus")
    if not os.path.exists(ws):
        print(f"generating {n} people in {ws}…", file=sys.stderr)
        run([cli, "generate", "--people", str(n), "--seed", "7", "--db", ws])

    # Graph: Chorus's map metrics (graph built from the workspace, PageRank, communities, betweenness)
    # against igraph and networkx reading the same graph from Chorus's GraphML export.
    graphml = os.path.join(args.dir, f"peers-{n}.graphml")
    run([cli, "map", "export", "--format", "graphml", "--out", graphml, "--db", ws])
    chorus_metrics, _ = timed([cli, "map", "metrics", "--json", "--db", ws], reps)

    import igraph
    import networkx

    g = igraph.Graph.Read_GraphML(graphml)
    weights = g.es["weight"] if "weight" in g.es.attributes() else None
    ig_pr, _ = median_of(lambda: g.pagerank(weights=weights), reps)
    ig_cm, ig_comm = median_of(lambda: g.community_multilevel(weights=weights), reps)
    chorus_membership = [int(c) for c in g.vs["community"]]
    q_chorus = g.modularity(chorus_membership, weights=weights)
    q_igraph = ig_comm.modularity
    load_ig, _ = median_of(lambda: igraph.Graph.Read_GraphML(graphml), 1)
    rows.append(("graph: PageRank + communities (whole command vs load + both)", chorus_metrics,
                 "python3-igraph", load_ig + ig_pr + ig_cm,
                 f"modularity Chorus {q_chorus:.3f}, igraph multilevel {q_igraph:.3f}; Chorus also computes "
                 "betweenness and brokers"))

    nxg = networkx.read_graphml(graphml)
    try:
        import numpy  # noqa: F401  networkx's default PageRank needs numpy and scipy
        nx_pagerank = networkx.pagerank
    except ImportError:  # Debian's python3-networkx without python3-scipy: its pure-Python PageRank
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as nx_pagerank
    nx_pr, _ = median_of(lambda: nx_pagerank(nxg, weight="weight"), 1)
    nx_cm, nx_comm = median_of(lambda: networkx.community.louvain_communities(nxg, weight="weight", seed=7), 1)
    q_nx = networkx.community.modularity(nxg, nx_comm, weight="weight")
    load_nx, _ = median_of(lambda: networkx.read_graphml(graphml), 1)
    rows.append(("graph: PageRank + communities (whole command vs load + both)", chorus_metrics,
                 "python3-networkx", load_nx + nx_pr + nx_cm, f"modularity networkx Louvain {q_nx:.3f}"))

    # Layout: Chorus's ForceAtlas2 against sfdp on the same graph, from `chorus-cli bench map`.
    try:
        out = run([cli, "bench", "map", "--workspace", ws, "--runs", str(reps), "--json"]).stdout
        rows.extend(layout_rows(json.loads(out)))
    except (subprocess.CalledProcessError, json.JSONDecodeError) as e:
        rows.append(("layout", None, "graphviz sfdp", None, f"bench map unavailable: {e}"))

    # CSV import: Chorus (parse, match against existing people, write with FTS and summaries) against the
    # sqlite3 shell's .import into a plain table (the storage floor).
    people_csv = os.path.join(args.dir, f"peers-{n}.csv")
    write_people_csv(people_csv, n, 7)
    chorus_times, sqlite_times = [], []
    for r in range(reps):
        target = os.path.join(args.dir, f"import-{r}.chorus")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        start = time.perf_counter()
        run([cli, "import", "csv", people_csv, "--db", target])
        chorus_times.append(time.perf_counter() - start)
        floor = os.path.join(args.dir, f"import-{r}.sqlite")
        if os.path.exists(floor):
            os.remove(floor)
        script = (".mode csv\nCREATE TABLE people(first TEXT, last TEXT, email TEXT, company TEXT, "
                  "position TEXT);\n.import --skip 1 '%s' people\n" % people_csv)
        start = time.perf_counter()
        run(["sqlite3", floor], input=script)
        sqlite_times.append(time.perf_counter() - start)
    rows.append((f"CSV import of {n} people", statistics.median(chorus_times), "sqlite3 .import",
                 statistics.median(sqlite_times), "Chorus also matches duplicates, indexes for search, "
                 "keeps summaries, in one transaction with synchronous=FULL"))

    # FTS: the same prefix queries through `chorus-cli search` and through the sqlite3 shell on the same file.
    names = run(["sqlite3", ws, "SELECT name FROM people WHERE is_self = 0 ORDER BY id LIMIT 2000"]).stdout.split("\n")
    rng = random.Random(11)
    queries = [w[:rng.randint(2, 6)] for w in (rng.choice(names).split(" ")[0] for _ in range(20)) if len(w) >= 2]
    chorus_q, sqlite_q = [], []
    for q in queries:
        t, _ = timed([cli, "search", q, "--limit", "20", "--db", ws], 1)
        chorus_q.append(t)
        expr = '"%s"*' % q.replace('"', '""')
        sql = ("SELECT rowid, bm25(search_index, 4.0, 1.0) AS r FROM search_index WHERE search_index "
               "MATCH '%s' ORDER BY r LIMIT 20;" % expr.replace("'", "''"))
        t, _ = timed(["sqlite3", ws, sql], 1)
        sqlite_q.append(t)
    rows.append((f"FTS prefix query ({len(queries)} queries, whole command)", statistics.median(chorus_q),
                 "sqlite3 shell", statistics.median(sqlite_q),
                 "both include process start and opening the file; Chorus also resolves hits to people"))

    print(f"\nChorus beside its peers, {n} people (median of {reps} runs where repeated)\n")
    print(f"| figure | Chorus | peer | peer time | Chorus ÷ peer | notes |")
    print(f"| --- | --- | --- | --- | --- | --- |")
    for fig, c, peer, p, note in rows:
        cs = f"{c * 1000:.0f} ms" if c is not None else "—"
        ps = f"{p * 1000:.0f} ms" if p is not None else "—"
        ratio = f"{c / p:.2f}" if c and p else "—"
        print(f"| {fig} | {cs} | {peer} | {ps} | {ratio} | {note} |")


if __name__ == "__main__":
    main()
