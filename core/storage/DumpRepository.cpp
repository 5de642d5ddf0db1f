#include "DumpRepository.h"

#include "PersonSummaryRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"
#include "model/Identity.h"

#include <QCoreApplication>

namespace chorus {
namespace {

using K = DumpColumnKind;

DumpColumn col(const char* name, K kind = K::Text, bool nullable = false) {
    return {QString::fromLatin1(name), kind, nullable};
}

QVector<DumpTable> buildTables() {
    const auto I = K::Integer;
    const auto R = K::Real;
    const auto B = K::Boolean;
    const auto TS = K::Timestamp;
    const auto D = K::Date;
    return {
        {QStringLiteral("settings"), {col("key"), col("value")}, QStringLiteral("key")},
        {QStringLiteral("topics"), {col("id", I), col("name"), col("focus", B)}, QStringLiteral("id")},
        {QStringLiteral("tags"), {col("id", I), col("name")}, QStringLiteral("id")},
        {QStringLiteral("people"),
         {col("id", I), col("name"), col("organisation"), col("role"), col("location"), col("stance"),
          col("reach", I, true), col("archived", B), col("is_self", B), col("created_at", TS),
          col("updated_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("stance_changes"),
         {col("id", I), col("person_id", I), col("old_stance", K::Text, true), col("new_stance"),
          col("changed_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("identities"),
         {col("id", I), col("person_id", I), col("platform"), col("handle"), col("url")},
         QStringLiteral("id")},
        {QStringLiteral("sources"),
         {col("id", I), col("person_id", I), col("identity_id", I, true), col("url"), col("title"),
          col("etag", K::Text, true), col("last_modified", K::Text, true), col("last_fetched_at", TS, true),
          col("last_success_at", TS, true), col("last_status"), col("last_error"), col("failures", I),
          col("next_attempt_at", TS, true), col("created_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("person_topics"),
         {col("person_id", I), col("topic_id", I), col("weight", R)},
         QStringLiteral("person_id, topic_id")},
        {QStringLiteral("person_tags"),
         {col("person_id", I), col("tag_id", I)},
         QStringLiteral("person_id, tag_id")},
        {QStringLiteral("reach_history"),
         {col("person_id", I), col("measured_on", D), col("reach", I)},
         QStringLiteral("person_id, measured_on")},
        {QStringLiteral("ties"),
         {col("id", I), col("person_a", I), col("person_b", I), col("kind"), col("strength", R),
          col("origin"), col("created_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("conversations"),
         {col("id", I), col("title"), col("platform"), col("url"), col("summary"), col("status"),
          col("started_at", TS, true), col("last_activity_at", TS, true), col("guid", K::Text, true),
          col("source_id", I, true), col("created_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("conversation_topics"),
         {col("conversation_id", I), col("topic_id", I)},
         QStringLiteral("conversation_id, topic_id")},
        {QStringLiteral("participants"),
         {col("conversation_id", I), col("person_id", I), col("role"), col("messages", I)},
         QStringLiteral("conversation_id, person_id")},
        {QStringLiteral("events"),
         {col("id", I), col("name"), col("kind"), col("starts_on", D, true), col("ends_on", D, true),
          col("location"), col("url"), col("created_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("attendance"),
         {col("event_id", I), col("person_id", I), col("role")},
         QStringLiteral("event_id, person_id")},
        {QStringLiteral("touchpoints"),
         {col("id", I), col("person_id", I), col("kind"), col("direction"), col("at", TS),
          col("conversation_id", I, true), col("event_id", I, true), col("note")},
         QStringLiteral("id")},
        {QStringLiteral("notes"),
         {col("id", I), col("person_id", I, true), col("conversation_id", I, true), col("event_id", I, true),
          col("body"), col("created_at", TS), col("updated_at", TS)},
         QStringLiteral("id")},
        {QStringLiteral("follow_ups"),
         {col("id", I), col("person_id", I), col("title"), col("due_on", D), col("snoozed_until", D, true),
          col("done_at", TS, true), col("created_at", TS), col("touchpoint_id", I, true)},
         QStringLiteral("id")},
        {QStringLiteral("suggestion_feedback"),
         {col("id", I), col("kind"), col("subject_key"), col("action"), col("at", TS),
          col("until", TS, true)},
         QStringLiteral("id")},
        {QStringLiteral("not_duplicates"),
         {col("person_a", I), col("person_b", I), col("decided_at", TS)},
         QStringLiteral("person_a, person_b")},
        {QStringLiteral("node_positions"),
         {col("person_id", I), col("x", R), col("y", R)},
         QStringLiteral("person_id")},
    };
}

QStringList columnNames(const DumpTable& table) {
    QStringList names;
    for (const DumpColumn& c : table.columns)
        names << c.name;
    return names;
}

} // namespace

const QVector<DumpTable>& dumpTables() {
    static const QVector<DumpTable> tables = buildTables();
    return tables;
}

Result<QVector<QVariantList>> DumpRepository::rows(const DumpTable& table) const {
    // Table and column names come from dumpTables() only, never from input.
    auto rows =
        sql::select(m_db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                              .arg(columnNames(table).join(QLatin1String(", ")), table.name, table.orderBy));
    if (!rows)
        return rows.error();
    QVector<QVariantList> out;
    const int n = int(table.columns.size());
    while (rows->next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << (rows->isNull(i) ? QVariant() : rows->value(i));
        out << std::move(row);
    }
    return out;
}

Result<qint64> DumpRepository::userRows() const {
    qint64 total = 0;
    for (const DumpTable& table : dumpTables()) {
        if (table.name == QLatin1String("settings"))
            continue;
        auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(table.name));
        if (!n)
            return n.error();
        total += n->toLongLong();
    }
    return total;
}

Status DumpRepository::load(const QVector<QPair<const DumpTable*, QVector<QVariantList>>>& tables,
                            const std::function<bool(int)>& progress) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    qint64 total = 0;
    for (const auto& t : tables)
        total += t.second.size();
    qint64 done = 0;
    for (const auto& [table, rows] : tables) {
        QStringList names = columnNames(*table);
        const bool identities = table->name == QLatin1String("identities");
        if (identities)
            names << QStringLiteral("handle_key"); // derived: how handles are compared
        // Loading people recorded their "created" stance rows (migration 10's trigger); a dump that carries
        // the history replaces them (the workspace was empty, so every row is one of those).
        if (table->name == QLatin1String("stance_changes")) {
            if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM stance_changes")); !st)
                return st;
        }
        const QString verb = table->name == QLatin1String("settings") ? QStringLiteral("INSERT OR REPLACE")
                                                                      : QStringLiteral("INSERT");
        const QString statement =
            QStringLiteral("%1 INTO %2 (%3) VALUES (%4)")
                .arg(verb, table->name, names.join(QLatin1String(", ")), sql::placeholders(names.size()));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QVariantList values = rows[r];
            if (identities)
                values << normalizedHandle(values.value(2).toString(), values.value(3).toString());
            if (auto st = sql::exec(m_db, statement, values); !st)
                return makeError(st.error().code, QCoreApplication::translate("Storage", "%1 row %2: %3")
                                                      .arg(table->name)
                                                      .arg(r)
                                                      .arg(st.error().message));
            if (progress && (++done % 1024) == 0 && !progress(int(900 * done / std::max<qint64>(1, total))))
                return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Storage", "Cancelled"));
        }
    }
    SettingsRepository settings(m_db);
    PersonSummaryRepository summaries(m_db);
    if (auto st = summaries.refreshAll(settings.healthParameters()); !st)
        return st;
    m_db.announce({Entity::Workspace, ChangeKind::Updated, {}});
    if (auto st = tx.commit(); !st)
        return st;
    if (progress)
        progress(1000);
    return {};
}

} // namespace chorus
