#include "DedupeRepository.h"

#include "IdList.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Dedupe)
};

Result<QVector<Id>> collectIds(Result<sql::Rows> rows) {
    if (!rows)
        return rows.error();
    QVector<Id> out;
    while (rows->next())
        out.push_back(rows->integer(0));
    return out;
}

QString jsonStrings(const QStringList& values) {
    QString out = QStringLiteral("[");
    for (const QString& v : values) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        QString escaped = v;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return out + QLatin1Char(']');
}
} // namespace

quint64 DedupeRepository::pairKey(Id a, Id b) {
    const auto lo = quint64(std::min(a, b));
    const auto hi = quint64(std::max(a, b));
    return (lo << 32) | (hi & 0xFFFFFFFFu); // ids stay far below 2^32
}

Result<QVector<Id>> DedupeRepository::idsWithIdentityKeys(const QStringList& keys, int cap) const {
    if (keys.isEmpty())
        return QVector<Id>();
    return collectIds(sql::select(m_db, QStringLiteral(R"(
        SELECT DISTINCT i.person_id FROM identities i JOIN people p ON p.id = i.person_id
        WHERE i.handle_key IN (SELECT value FROM json_each(?)) AND p.is_self = 0
        ORDER BY i.person_id LIMIT ?)"),
                                  {jsonStrings(keys), cap}));
}

Result<QVector<Id>> DedupeRepository::idsWithNamePrefixes(const QStringList& prefixes, int cap) const {
    // Only letters and digits reach here (the name normaliser's tokens), quoted anyway so nothing is an
    // operator.
    QStringList terms;
    for (const QString& p : prefixes) {
        QString t = p;
        t.remove(QLatin1Char('"'));
        if (!t.isEmpty())
            terms << QLatin1Char('"') + t + QStringLiteral("\"*");
    }
    if (terms.isEmpty())
        return QVector<Id>();
    const QString match = QStringLiteral("title : (%1)").arg(terms.join(QStringLiteral(" OR ")));
    return collectIds(sql::select(m_db, QStringLiteral(R"(
        SELECT s.rowid >> 3 FROM search_index s JOIN people p ON p.id = s.rowid >> 3
        WHERE search_index MATCH ? AND (s.rowid & 7) = 1 AND p.is_self = 0
        ORDER BY s.rank LIMIT ?)"),
                                  {match, cap}));
}

Result<QVector<Id>> DedupeRepository::idsInOrganisation(const QString& organisation,
                                                        const QStringList& initials, int cap) const {
    if (organisation.trimmed().isEmpty() || initials.isEmpty())
        return QVector<Id>();
    // The organisation index narrows to its people; LIKE (case-insensitive for ASCII) keeps those with a word
    // starting with one of the initials, so a large organisation is not read whole.
    return collectIds(sql::select(m_db, QStringLiteral(R"(
        SELECT id FROM people WHERE organisation = ? COLLATE NOCASE AND is_self = 0
          AND EXISTS (SELECT 1 FROM json_each(?) j WHERE ' ' || name LIKE '% ' || j.value || '%')
        LIMIT ?)"),
                                  {organisation.trimmed(), jsonStrings(initials), cap}));
}

Result<QVector<MatchRow>> DedupeRepository::rows(const QVector<Id>& ids) const {
    QVector<MatchRow> out;
    if (ids.isEmpty())
        return out;
    const QString json = jsonIdArray(ids);
    QHash<Id, int> index;
    {
        auto r = sql::select(m_db, QStringLiteral(R"(
            SELECT id, name, organisation, stance, archived, touchpoint_count FROM people
            WHERE id IN (SELECT value FROM json_each(?)) AND is_self = 0 ORDER BY id)"),
                             {json});
        if (!r)
            return r.error();
        while (r->next()) {
            index.insert(r->integer(0), int(out.size()));
            out.push_back({r->integer(0),
                           r->text(1),
                           r->text(2),
                           r->text(3),
                           r->integer(4) != 0,
                           int(r->integer(5)),
                           {}});
        }
    }
    auto r = sql::select(m_db, QStringLiteral(R"(
        SELECT person_id, platform, handle_key, handle FROM identities
        WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id, id)"),
                         {json});
    if (!r)
        return r.error();
    while (r->next()) {
        const auto it = index.constFind(r->integer(0));
        if (it != index.constEnd())
            out[*it].identities.push_back({r->text(1), r->text(2), r->text(3)});
    }
    return out;
}

Status DedupeRepository::forEachRow(const std::function<bool(const MatchRow&)>& visit) const {
    // Two ordered scans merged by person id, so 100,000 people never need a join per row.
    auto people = sql::select(
        m_db, QStringLiteral("SELECT id, name, organisation, stance, archived, touchpoint_count FROM people "
                             "WHERE is_self = 0 ORDER BY id"));
    if (!people)
        return people.error();
    auto ids =
        sql::select(m_db, QStringLiteral("SELECT person_id, platform, handle_key, handle FROM identities "
                                         "ORDER BY person_id, id"));
    if (!ids)
        return ids.error();
    bool haveIdentity = ids->next();
    while (people->next()) {
        MatchRow row{people->integer(0),
                     people->text(1),
                     people->text(2),
                     people->text(3),
                     people->integer(4) != 0,
                     int(people->integer(5)),
                     {}};
        while (haveIdentity && ids->integer(0) < row.id)
            haveIdentity = ids->next();
        while (haveIdentity && ids->integer(0) == row.id) {
            row.identities.push_back({ids->text(1), ids->text(2), ids->text(3)});
            haveIdentity = ids->next();
        }
        if (!visit(row))
            return makeError(ErrorCode::Cancelled, Tr::tr("The duplicate scan was cancelled."));
    }
    return {};
}

Result<int> DedupeRepository::personCount() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM people WHERE is_self = 0"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QSet<quint64>> DedupeRepository::notDuplicatePairs() const {
    auto r = sql::select(m_db, QStringLiteral("SELECT person_a, person_b FROM not_duplicates"));
    if (!r)
        return r.error();
    QSet<quint64> out;
    while (r->next())
        out.insert(pairKey(r->integer(0), r->integer(1)));
    return out;
}

Status DedupeRepository::markNotDuplicates(Id a, Id b) {
    if (a == b || a <= 0 || b <= 0)
        return makeError(ErrorCode::Invalid, Tr::tr("Not duplicates: give two different people."));
    auto st = sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO not_duplicates (person_a, person_b, decided_at) VALUES (?, ?, ?)
        ON CONFLICT (person_a, person_b) DO NOTHING)"),
                        {std::min(a, b), std::max(a, b), sql::epoch(m_clock.now())});
    if (!st) {
        if (st.error().message.contains(QLatin1String("FOREIGN KEY")))
            return makeError(ErrorCode::NotFound,
                             Tr::tr("Not duplicates: no person with id %1 or %2.").arg(a).arg(b));
        return st;
    }
    m_db.announce({Entity::Person, ChangeKind::Updated, {a, b}});
    return {};
}

Status DedupeRepository::unmarkNotDuplicates(Id a, Id b) {
    auto st =
        sql::exec(m_db, QStringLiteral("DELETE FROM not_duplicates WHERE person_a = ? AND person_b = ?"),
                  {std::min(a, b), std::max(a, b)});
    if (st)
        m_db.announce({Entity::Person, ChangeKind::Updated, {a, b}});
    return st;
}

} // namespace chorus
