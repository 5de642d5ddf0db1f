#include "SearchRepository.h"

#include "Sql.h"

namespace chorus {

namespace {
// Ranking every match of a two-letter prefix costs ~100 ms on 100,000 people. Past this many matches the
// ranking is skipped: title matches (names, handles, thread titles, event names) come first, newest rows first.
constexpr int kRankedMatchLimit = 3000;

const QString kRanked = QStringLiteral(
    "SELECT rowid, bm25(search_index, 4.0, 1.0) AS rank, snippet(search_index, -1, '', '', '…', 12) AS snip "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?");
const QString kUnranked = QStringLiteral(
    "SELECT rowid, 0.0 AS rank, snippet(search_index, -1, '', '', '…', 12) AS snip "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?");

// Resolves each hit to what the user opens, and hides the user's own row.
QString resolve(const QString& hits) {
    return QStringLiteral(R"(
        SELECT h.rowid & 7, h.rowid >> 3, h.rank, h.snip,
               CASE h.rowid & 7 WHEN 1 THEN p.id WHEN 2 THEN ip.id WHEN 4 THEN np.id END,
               CASE h.rowid & 7 WHEN 3 THEN c.id WHEN 4 THEN nc.id END,
               CASE h.rowid & 7 WHEN 5 THEN e.id WHEN 4 THEN ne.id END,
               CASE h.rowid & 7 WHEN 1 THEN p.name WHEN 2 THEN ip.name WHEN 3 THEN c.title
                                WHEN 4 THEN coalesce(np.name, nc.title, ne.name) WHEN 5 THEN e.name END
        FROM (%1) h
        LEFT JOIN people p ON (h.rowid & 7) = 1 AND p.id = h.rowid >> 3
        LEFT JOIN identities i ON (h.rowid & 7) = 2 AND i.id = h.rowid >> 3
        LEFT JOIN people ip ON ip.id = i.person_id
        LEFT JOIN conversations c ON (h.rowid & 7) = 3 AND c.id = h.rowid >> 3
        LEFT JOIN notes n ON (h.rowid & 7) = 4 AND n.id = h.rowid >> 3
        LEFT JOIN people np ON np.id = n.person_id
        LEFT JOIN conversations nc ON nc.id = n.conversation_id
        LEFT JOIN events ne ON ne.id = n.event_id
        LEFT JOIN events e ON (h.rowid & 7) = 5 AND e.id = h.rowid >> 3
        WHERE coalesce(p.is_self, ip.is_self, 0) = 0
        ORDER BY h.rank, h.rowid DESC)")
        .arg(hits);
}
} // namespace

Result<QVector<SearchHit>> SearchRepository::search(const QString& text, int limit) const {
    const QString match = ftsMatchExpression(text);
    if (match.isEmpty())
        return QVector<SearchHit>();
    auto many = sql::scalar(m_db,
                            QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM search_index "
                                           "WHERE search_index MATCH ? LIMIT ?)"),
                            {match, kRankedMatchLimit + 1});
    if (!many)
        return many.error();
    const bool ranked = many->toInt() <= kRankedMatchLimit;
    const QString expression = ranked ? match : QStringLiteral("{title} : (%1)").arg(match);
    auto rows = sql::select(m_db, resolve(ranked ? kRanked : kUnranked), {expression, limit});
    if (!rows)
        return rows.error();
    QVector<SearchHit> hits;
    while (rows->next()) {
        SearchHit hit;
        hit.kind = static_cast<SearchKind>(rows->integer(0));
        hit.id = rows->integer(1);
        hit.rank = rows->real(2);
        hit.snippet = rows->text(3);
        hit.personId = rows->integer(4);
        hit.conversationId = rows->integer(5);
        hit.eventId = rows->integer(6);
        hit.title = rows->text(7);
        hits.push_back(hit);
    }
    return hits;
}

} // namespace chorus
