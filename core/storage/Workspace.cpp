#include "Workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace chorus {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const Options& options,
                                                   const Clock* clock) {
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), clock));
}

QString Workspace::defaultPath() {
    const QString override = qEnvironmentVariable("CHORUS_WORKSPACE");
    if (!override.isEmpty())
        return override;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/Chorus/workspace.") + fileSuffix();
}

Workspace::Workspace(std::unique_ptr<Database> db, const Clock* clock)
    : m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_db(std::move(db))
    , m_clock(clock ? clock : m_ownClock.get())
    , m_settings(*m_db)
    , m_topics(*m_db)
    , m_tags(*m_db)
    , m_people(*m_db, *m_clock, m_topics, m_tags)
    , m_summaries(*m_db)
    , m_records(*m_db)
    , m_ties(*m_db, *m_clock)
    , m_conversations(*m_db, *m_clock, m_topics)
    , m_events(*m_db, *m_clock)
    , m_touchpoints(*m_db, m_summaries, m_settings)
    , m_notes(*m_db, *m_clock)
    , m_followUps(*m_db, *m_clock, m_summaries, m_settings)
    , m_feedback(*m_db, *m_clock)
    , m_reach(*m_db)
    , m_search(*m_db)
    , m_info(*m_db)
    , m_erasure(*m_db, *m_clock)
    , m_dedupe(*m_db, *m_clock)
    , m_merges(*m_db, *m_clock, m_summaries, m_settings)
    , m_drafts(*m_db, *m_clock)
    , m_exports(*m_db)
    , m_dumps(*m_db)
    , m_graph(*m_db)
    , m_sources(*m_db, *m_clock)
    , m_reports(*m_db)
    , m_stanceHistory(*m_db) {}

} // namespace chorus
