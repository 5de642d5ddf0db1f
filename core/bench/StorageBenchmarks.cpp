#include "StorageBenchmarks.h"

#include "sample/Rng.h"
#include "sample/SampleData.h"
#include "sample/SampleGenerator.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace chorus::bench {
namespace {
double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1.0e6;
}

Result<std::unique_ptr<Workspace>> openExisting(const QString& path) {
    return Workspace::open(path, {});
}
} // namespace

QStringList searchQueries(int count, quint64 seed) {
    auto data = SampleData::load();
    QStringList out;
    if (!data)
        return out;
    Rng rng(seed);
    static const QStringList noteWords{QStringLiteral("burnout"), QStringLiteral("speakers"),
                                       QStringLiteral("roadmap"), QStringLiteral("feedback"),
                                       QStringLiteral("draft"),   QStringLiteral("beginners")};
    while (out.size() < count) {
        const NameCulture& culture = rng.pick(data->cultures);
        switch (out.size() % 7) {
        case 0:
            out << rng.pick(culture.firstNames);
            break;
        case 1:
            out << rng.pick(culture.familyNames);
            break;
        case 2:
            out << rng.pick(culture.firstNames) + QLatin1Char(' ') + rng.pick(culture.familyNames).left(3);
            break;
        case 3:
            out << rng.pick(data->organisations).section(QLatin1Char(' '), 0, 0);
            break;
        case 4: {
            const Community& c = rng.pick(data->communities);
            out << rng.pick(c.topics);
            break;
        }
        case 5:
            out << noteWords.at(rng.below(int(noteWords.size())));
            break;
        default:
            out << rng.pick(culture.firstNames).left(2); // a short prefix while typing
            break;
        }
    }
    return out;
}

Result<Figure> measureGeneration(const QString& path, int people, quint64 seed) {
    QElapsedTimer t;
    t.start();
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    if (!ws)
        return ws.error();
    SampleOptions sample;
    sample.people = people;
    sample.seed = seed;
    auto counts = SampleGenerator::generate((*ws)->database(), sample);
    if (!counts)
        return counts.error();
    const double seconds = double(t.elapsed()) / 1000.0;
    return summarise(QStringLiteral("generate"), QStringLiteral("Generate the workspace"),
                     QStringLiteral("s"), {seconds},
                     people >= 100000 ? std::optional<double>(60.0) : std::nullopt);
}

Result<Figure> measureOpen(const QString& path, int runs) {
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto ws = openExisting(path);
        if (!ws)
            return ws.error();
        auto count = (*ws)->people().count();
        if (!count)
            return count.error();
        samples << msSince(t);
    }
    return summarise(QStringLiteral("open"), QStringLiteral("Open the workspace"), QStringLiteral("ms"),
                     samples, 300.0);
}

Result<Figure> measureFirstPage(const QString& path, int runs) {
    auto ws = openExisting(path);
    if (!ws)
        return ws.error();
    const HealthParameters health = (*ws)->settings().healthParameters();
    const QDateTime now = (*ws)->clock().now();
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto ids = (*ws)->people().queryIds({}, {}, now, health);
        if (!ids)
            return ids.error();
        auto rows = (*ws)->people().rows(ids->mid(0, 100), now, health);
        if (!rows)
            return rows.error();
        samples << msSince(t);
    }
    return summarise(QStringLiteral("people_first_page"), QStringLiteral("People table: first page"),
                     QStringLiteral("ms"), samples);
}

Result<Figure> measureFilter(const QString& path, int runs) {
    auto ws = openExisting(path);
    if (!ws)
        return ws.error();
    const HealthParameters health = (*ws)->settings().healthParameters();
    const QDateTime now = (*ws)->clock().now();
    static const QStringList words{QStringLiteral("ana"), QStringLiteral("li"), QStringLiteral("northwind"),
                                   QStringLiteral("kim"), QStringLiteral("berlin")};
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        PersonFilter filter;
        filter.stances = {Stance::Advocate, Stance::Champion, Stance::Supporter};
        if (i % 2)
            filter.text = words.at(i % words.size());
        QElapsedTimer t;
        t.start();
        auto ids = (*ws)->people().queryIds(filter, {PersonSortKey::Health, true}, now, health);
        if (!ids)
            return ids.error();
        auto rows = (*ws)->people().rows(ids->mid(0, 100), now, health);
        if (!rows)
            return rows.error();
        samples << msSince(t);
    }
    return summarise(QStringLiteral("people_filter"), QStringLiteral("People table: filter all people"),
                     QStringLiteral("ms"), samples, 100.0);
}

Result<Figure> measureSearch(const QString& path, const QStringList& queries) {
    auto ws = openExisting(path);
    if (!ws)
        return ws.error();
    // One warm-up query so the first sample does not pay for loading the index's root pages.
    static_cast<void>((*ws)->search().search(QStringLiteral("warm"), 20));
    QVector<double> samples;
    for (const QString& q : queries) {
        QElapsedTimer t;
        t.start();
        auto hits = (*ws)->search().search(q, 20);
        if (!hits)
            return hits.error();
        samples << msSince(t);
    }
    return summarise(QStringLiteral("fts_query"),
                     QStringLiteral("Full-text search (%1 queries)").arg(queries.size()),
                     QStringLiteral("ms"), samples, 30.0);
}

Figure fileSize(const QString& path) {
    qint64 bytes = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        bytes += wal.size();
    return summarise(QStringLiteral("file_size"), QStringLiteral("Workspace file size"), QStringLiteral("MB"),
                     {double(bytes) / 1048576.0});
}

} // namespace chorus::bench
