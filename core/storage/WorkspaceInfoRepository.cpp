#include "WorkspaceInfoRepository.h"

#include "Sql.h"

#include <QFileInfo>

namespace chorus {

Result<WorkspaceInfo> WorkspaceInfoRepository::info(bool checkIntegrity) const {
    WorkspaceInfo info;
    info.path = m_db.path();
    info.schemaVersion = m_db.schemaVersion();
    auto rev = revision();
    if (!rev)
        return rev.error();
    info.revision = *rev;
    info.fileBytes = QFileInfo(m_db.path()).size();
    const QFileInfo wal(m_db.path() + QStringLiteral("-wal"));
    if (wal.exists())
        info.fileBytes += wal.size();
    const QList<QPair<QString, QString>> tables{
        {QStringLiteral("people"), QStringLiteral("SELECT count(*) FROM people WHERE is_self = 0")},
        {QStringLiteral("identities"), QStringLiteral("SELECT count(*) FROM identities")},
        {QStringLiteral("topics"), QStringLiteral("SELECT count(*) FROM topics")},
        {QStringLiteral("tags"), QStringLiteral("SELECT count(*) FROM tags")},
        {QStringLiteral("ties"), QStringLiteral("SELECT count(*) FROM ties")},
        {QStringLiteral("conversations"), QStringLiteral("SELECT count(*) FROM conversations")},
        {QStringLiteral("participants"), QStringLiteral("SELECT count(*) FROM participants")},
        {QStringLiteral("events"), QStringLiteral("SELECT count(*) FROM events")},
        {QStringLiteral("attendance"), QStringLiteral("SELECT count(*) FROM attendance")},
        {QStringLiteral("touchpoints"), QStringLiteral("SELECT count(*) FROM touchpoints")},
        {QStringLiteral("notes"), QStringLiteral("SELECT count(*) FROM notes")},
        {QStringLiteral("follow_ups"), QStringLiteral("SELECT count(*) FROM follow_ups")},
        {QStringLiteral("reach_samples"), QStringLiteral("SELECT count(*) FROM reach_history")},
        {QStringLiteral("suggestion_feedback"), QStringLiteral("SELECT count(*) FROM suggestion_feedback")},
    };
    for (const auto& [name, query] : tables) {
        auto v = sql::scalar(m_db, query);
        if (!v)
            return v.error();
        info.counts.insert(name, v->toLongLong());
    }
    if (m_db.schemaVersion() >= 3) {
        auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sources"));
        if (!v)
            return v.error();
        info.counts.insert(QStringLiteral("sources"), v->toLongLong());
    }
    if (checkIntegrity) {
        auto integrity = integrityCheck();
        if (!integrity)
            return integrity.error();
        info.integrity = *integrity;
    }
    return info;
}

Result<qint64> WorkspaceInfoRepository::revision() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT revision FROM workspace_state WHERE id = 1"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> WorkspaceInfoRepository::integrityCheck() const {
    auto rows = sql::select(m_db, QStringLiteral("PRAGMA integrity_check(20)"));
    if (!rows)
        return rows.error();
    QStringList messages;
    while (rows->next())
        messages << rows->text(0);
    return messages.join(QLatin1Char('\n'));
}

Result<QDateTime> WorkspaceInfoRepository::lastErasure() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT max(erased_at) FROM erasures"));
    if (!v)
        return v.error();
    return sql::fromEpoch(*v);
}

Status WorkspaceInfoRepository::checkpoint() {
    auto rows = sql::select(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
    }
    return {};
}

Result<QString> WorkspaceInfoRepository::sqliteVersion() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT sqlite_version()"));
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace chorus
