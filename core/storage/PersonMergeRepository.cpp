#include "PersonMergeRepository.h"

#include "IdList.h"
#include "PersonSummaryRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

// Order matters: an identity the survivor already has is dropped only after sources pointing at it moved.
constexpr const char* kIdentitySources = R"(
    UPDATE sources SET identity_id =
        (SELECT si.id FROM identities si JOIN identities oi ON oi.id = sources.identity_id
          WHERE si.person_id = ? AND si.platform = oi.platform AND si.handle_key = oi.handle_key)
    WHERE identity_id IN
        (SELECT oi.id FROM identities oi JOIN identities si
             ON si.platform = oi.platform AND si.handle_key = oi.handle_key AND si.person_id = ?
          WHERE oi.person_id = ?))";
constexpr const char* kDuplicateIdentities = R"(
    DELETE FROM identities WHERE person_id = ? AND EXISTS
        (SELECT 1 FROM identities si WHERE si.person_id = ? AND si.platform = identities.platform
            AND si.handle_key = identities.handle_key))";

// Each statement takes (survivor, other), or names them ?1s / ?1o where it needs them more than once.
constexpr const char* kMoves[] = {
    "UPDATE identities SET person_id = ? WHERE person_id = ?",
    R"(INSERT INTO person_topics (person_id, topic_id, weight)
        SELECT ?, topic_id, weight FROM person_topics WHERE person_id = ?
        ON CONFLICT (person_id, topic_id) DO UPDATE SET weight = max(weight, excluded.weight))",
    R"(INSERT OR IGNORE INTO person_tags (person_id, tag_id)
        SELECT ?, tag_id FROM person_tags WHERE person_id = ?)",
    R"(INSERT OR IGNORE INTO reach_history (person_id, measured_on, reach)
        SELECT ?, measured_on, reach FROM reach_history WHERE person_id = ?)",
    R"(INSERT INTO participants (conversation_id, person_id, role, messages)
        SELECT conversation_id, ?, role, messages FROM participants WHERE person_id = ?
        ON CONFLICT (conversation_id, person_id) DO UPDATE SET
            messages = messages + excluded.messages,
            role = CASE WHEN 'started' IN (role, excluded.role) THEN 'started'
                        WHEN 'replied' IN (role, excluded.role) THEN 'replied' ELSE 'mentioned' END)",
    R"(INSERT INTO attendance (event_id, person_id, role)
        SELECT event_id, ?, role FROM attendance WHERE person_id = ?
        ON CONFLICT (event_id, person_id) DO UPDATE SET
            role = CASE WHEN 'organiser' IN (role, excluded.role) THEN 'organiser'
                        WHEN 'speaker' IN (role, excluded.role) THEN 'speaker' ELSE 'attendee' END)",
    "UPDATE touchpoints SET person_id = ? WHERE person_id = ?",
    "UPDATE notes SET person_id = ? WHERE person_id = ?",
    "UPDATE follow_ups SET person_id = ? WHERE person_id = ?",
    "UPDATE OR IGNORE node_positions SET person_id = ? WHERE person_id = ?",
    R"(INSERT OR IGNORE INTO not_duplicates (person_a, person_b, decided_at)
        SELECT min(?1s, x), max(?1s, x), decided_at FROM
            (SELECT CASE WHEN person_a = ?1o THEN person_b ELSE person_a END AS x, decided_at
               FROM not_duplicates WHERE person_a = ?1o OR person_b = ?1o)
        WHERE x <> ?1s)",
};

// What is left of `other` after the moves (rows that would have duplicated the survivor's).
constexpr const char* kLeftovers[] = {
    "DELETE FROM person_topics WHERE person_id = ?",
    "DELETE FROM person_tags WHERE person_id = ?",
    "DELETE FROM reach_history WHERE person_id = ?",
    "DELETE FROM participants WHERE person_id = ?",
    "DELETE FROM attendance WHERE person_id = ?",
    "DELETE FROM node_positions WHERE person_id = ?",
    "DELETE FROM not_duplicates WHERE person_a = ? OR person_b = ?",
    // The other's stance history goes with them (the survivor keeps its own; undo restores both).
    "DELETE FROM stance_changes WHERE person_id = ?",
};

QString columnSql(OutsideChange::Column column) {
    switch (column) {
    case OutsideChange::Column::DraftPerson:
        return QStringLiteral("UPDATE capture_drafts SET person_id = ? WHERE id = ?");
    case OutsideChange::Column::ConversationSource:
        return QStringLiteral("UPDATE conversations SET source_id = ? WHERE id = ?");
    case OutsideChange::Column::FeedbackSubject:
        return QStringLiteral("UPDATE suggestion_feedback SET subject_key = ? WHERE id = ?");
    }
    return {};
}

/// Positional parameters for a statement written with the ?1s / ?1o shorthand above (expanded to plain `?`).
QPair<QString, QVariantList> expand(const char* text, Id survivor, Id other) {
    QString sqlText = QString::fromLatin1(text);
    QVariantList params;
    if (sqlText.contains(QLatin1String("?1"))) {
        qsizetype at = 0;
        while ((at = sqlText.indexOf(QLatin1String("?1"), at)) >= 0) {
            params << (sqlText.at(at + 2) == QLatin1Char('s') ? survivor : other);
            sqlText.replace(at, 3, QStringLiteral("?"));
            ++at;
        }
        return {sqlText, params};
    }
    const int n = int(sqlText.count(QLatin1Char('?')));
    for (int i = 0; i < n; ++i)
        params << (i % 2 == 0 ? survivor : other);
    return {sqlText, params};
}
} // namespace

Result<QVector<ReferencingRows>> PersonMergeRepository::references(Id personId) const {
    QVector<ReferencingRows> out;
    {
        auto keys = sql::select(m_db, QStringLiteral(R"(
            SELECT m.name, f."from" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'people' ORDER BY m.name, f."from")"));
        if (!keys)
            return keys.error();
        while (keys->next())
            out.push_back({keys->text(0), keys->text(1), 0});
    }
    for (ReferencingRows& ref : out) {
        // Identifiers come from the schema itself; quoted all the same.
        auto n = sql::scalar(m_db,
                             QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?")
                                 .arg(QString(ref.table).replace(QLatin1Char('"'), QStringLiteral("\"\"")),
                                      QString(ref.column).replace(QLatin1Char('"'), QStringLiteral("\"\""))),
                             {personId});
        if (!n)
            return n.error();
        ref.rows = n->toInt();
    }
    return out;
}

Status PersonMergeRepository::moveTies(Id survivor, Id other) {
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM ties WHERE person_a = ? AND person_b = ?"),
                            {std::min(survivor, other), std::max(survivor, other)});
        !st)
        return st;
    struct OtherTie {
        Id id;
        Id party;
        double strength;
    };
    QVector<OtherTie> ties;
    {
        auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT id, CASE WHEN person_a = ? THEN person_b ELSE person_a END, strength FROM ties
            WHERE person_a = ? OR person_b = ? ORDER BY id)"),
                                {other, other, other});
        if (!rows)
            return rows.error();
        while (rows->next())
            ties.push_back({rows->integer(0), rows->integer(1), rows->real(2)});
    }
    for (const OtherTie& t : ties) {
        const Id a = std::min(survivor, t.party);
        const Id b = std::max(survivor, t.party);
        auto existing = sql::scalar(
            m_db, QStringLiteral("SELECT id FROM ties WHERE person_a = ? AND person_b = ?"), {a, b});
        if (!existing)
            return existing.error();
        Status st;
        if (!existing->isNull()) {
            // The survivor already knows this person: keep that tie (its kind and origin), at the stronger
            // strength.
            st = sql::exec(m_db, QStringLiteral("UPDATE ties SET strength = max(strength, ?) WHERE id = ?"),
                           {t.strength, existing->toLongLong()});
            if (st)
                st = sql::exec(m_db, QStringLiteral("DELETE FROM ties WHERE id = ?"), {t.id});
        } else {
            st = sql::exec(m_db, QStringLiteral("UPDATE ties SET person_a = ?, person_b = ? WHERE id = ?"),
                           {a, b, t.id});
        }
        if (!st)
            return st;
    }
    return {};
}

Result<QVector<OutsideChange>> PersonMergeRepository::moveSources(Id survivor, Id other) {
    QVector<OutsideChange> changes;
    // A feed both people had: its conversations move to the survivor's copy of the source.
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT c.id, c.source_id, ss.id FROM conversations c
          JOIN sources os ON os.id = c.source_id AND os.person_id = ?
          JOIN sources ss ON ss.person_id = ? AND ss.url = os.url
        ORDER BY c.id)"),
                            {other, survivor});
    if (!rows)
        return rows.error();
    QVector<QPair<Id, Id>> moves;
    while (rows->next()) {
        changes.push_back({OutsideChange::Column::ConversationSource, rows->integer(0), rows->value(1)});
        moves.push_back({rows->integer(0), rows->integer(2)});
    }
    for (const auto& [conversation, source] : moves) {
        if (auto st = sql::exec(m_db, QStringLiteral("UPDATE conversations SET source_id = ? WHERE id = ?"),
                                {source, conversation});
            !st)
            return st.error();
    }
    if (auto st = sql::exec(m_db, QStringLiteral(R"(
            DELETE FROM sources WHERE person_id = ? AND url IN (SELECT url FROM sources WHERE person_id = ?))"),
                            {other, survivor});
        !st)
        return st.error();
    if (auto st = sql::exec(m_db, QStringLiteral("UPDATE sources SET person_id = ? WHERE person_id = ?"),
                            {survivor, other});
        !st)
        return st.error();
    return changes;
}

Result<QVector<OutsideChange>> PersonMergeRepository::rewriteFeedback(Id survivor, Id other) {
    // Feedback keys name people as "person:12" or "pair:3:9" (SuggestionFeedback.h).
    const QString otherText = QString::number(other);
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT id, subject_key FROM suggestion_feedback
        WHERE (subject_key LIKE 'person:%' OR subject_key LIKE 'pair:%')
          AND (subject_key LIKE '%:' || ? OR subject_key LIKE '%:' || ? || ':%'))"),
                            {otherText, otherText});
    if (!rows)
        return rows.error();
    QVector<OutsideChange> changes;
    QVector<QPair<Id, QString>> updates;
    while (rows->next()) {
        const QString before = rows->text(1);
        QStringList parts = before.split(QLatin1Char(':'));
        bool changed = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts[i] == otherText) {
                parts[i] = QString::number(survivor);
                changed = true;
            }
        }
        if (!changed)
            continue;
        if (parts.size() == 3 && parts[0] == QLatin1String("pair") &&
            parts[1].toLongLong() > parts[2].toLongLong())
            std::swap(parts[1], parts[2]);
        changes.push_back({OutsideChange::Column::FeedbackSubject, rows->integer(0), before});
        updates.push_back({rows->integer(0), parts.join(QLatin1Char(':'))});
    }
    for (const auto& [id, key] : updates) {
        if (auto st =
                sql::exec(m_db, QStringLiteral("UPDATE suggestion_feedback SET subject_key = ? WHERE id = ?"),
                          {key, id});
            !st)
            return st.error();
    }
    return changes;
}

Result<QVector<OutsideChange>> PersonMergeRepository::draftLinks(const QVector<Id>& personIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT id, person_id FROM capture_drafts WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY id)"),
                            {jsonIdArray(personIds)});
    if (!rows)
        return rows.error();
    QVector<OutsideChange> out;
    while (rows->next())
        out.push_back({OutsideChange::Column::DraftPerson, rows->integer(0), rows->value(1)});
    return out;
}

Status PersonMergeRepository::revert(const QVector<OutsideChange>& changes) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    // Newest change first, so a value changed twice ends at its first "before".
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (auto st = sql::exec(m_db, columnSql(it->column), {it->before, it->rowId}); !st)
            return st;
    }
    return tx.commit();
}

Result<QVector<OutsideChange>> PersonMergeRepository::merge(Id survivor, Id other, const Person& fields) {
    if (survivor <= 0 || other <= 0 || survivor == other)
        return makeError(ErrorCode::Invalid, Tr::tr("Merge: choose two different people."));
    if (auto st = validatePerson(fields); !st)
        return st.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    {
        auto rows = sql::select(m_db, QStringLiteral("SELECT id, is_self FROM people WHERE id IN (?, ?)"),
                                {survivor, other});
        if (!rows)
            return rows.error();
        int found = 0;
        while (rows->next()) {
            ++found;
            if (rows->integer(0) == other && rows->integer(1) != 0)
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("Merge: your own entry cannot be merged into someone else; merge the other "
                           "way round."));
        }
        if (found != 2)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("Merge: no person with id %1 or %2.").arg(survivor).arg(other));
    }

    auto drafts = draftLinks({other});
    if (!drafts)
        return drafts.error();
    QVector<OutsideChange> changes = *drafts;
    if (auto st =
            sql::exec(m_db, QStringLiteral("UPDATE capture_drafts SET person_id = ? WHERE person_id = ?"),
                      {survivor, other});
        !st)
        return st.error();

    if (auto st = sql::exec(m_db, QString::fromLatin1(kIdentitySources), {survivor, survivor, other}); !st)
        return st.error();
    if (auto st = sql::exec(m_db, QString::fromLatin1(kDuplicateIdentities), {other, survivor}); !st)
        return st.error();
    for (const char* move : kMoves) {
        const auto [sqlText, params] = expand(move, survivor, other);
        if (auto st = sql::exec(m_db, sqlText, params); !st)
            return st.error();
    }
    for (const char* leftover : kLeftovers) {
        const QString sqlText = QString::fromLatin1(leftover);
        QVariantList params;
        for (int i = int(sqlText.count(QLatin1Char('?'))); i > 0; --i)
            params << other;
        if (auto st = sql::exec(m_db, sqlText, params); !st)
            return st.error();
    }
    if (auto st = moveTies(survivor, other); !st)
        return st.error();
    auto sources = moveSources(survivor, other);
    if (!sources)
        return sources.error();
    changes += *sources;
    auto feedback = rewriteFeedback(survivor, other);
    if (!feedback)
        return feedback.error();
    changes += *feedback;

    // Nothing may still point at the person about to go: a table this code does not know fails the merge.
    auto refs = references(other);
    if (!refs)
        return refs.error();
    for (const ReferencingRows& ref : *refs) {
        if (ref.rows > 0)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Merge: %1 rows of %2 still point at person %3; nothing was "
                                    "changed.")
                                 .arg(ref.rows)
                                 .arg(ref.table)
                                 .arg(other));
    }

    if (auto st = sql::exec(m_db, QStringLiteral(R"(
            UPDATE people SET name = ?, organisation = ?, role = ?, location = ?, stance = ?, reach = ?, archived = ?,
                              updated_at = ?
            WHERE id = ?)"),
                            {fields.name.trimmed(), sql::text(fields.organisation.trimmed()),
                             sql::text(fields.role.trimmed()), sql::text(fields.location.trimmed()),
                             stanceKey(fields.stance), fields.reach ? QVariant(*fields.reach) : QVariant(),
                             fields.archived ? 1 : 0, sql::epoch(m_clock.now()), survivor});
        !st)
        return st.error();
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM people WHERE id = ?"), {other}); !st)
        return st.error();
    if (auto st = m_summaries.refresh({survivor}, m_settings.healthParameters()); !st)
        return st.error();
    m_db.announce({Entity::Person, ChangeKind::Removed, {other}});
    m_db.announce({Entity::Person, ChangeKind::Updated, {survivor}});
    m_db.announce({Entity::Workspace, ChangeKind::Updated, {}});
    if (auto st = tx.commit(); !st)
        return st.error();
    return changes;
}

} // namespace chorus
