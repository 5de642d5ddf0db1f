#pragma once

#include "CaptureDraftRepository.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "DedupeRepository.h"
#include "DumpRepository.h"
#include "ErasureRepository.h"
#include "EventRepository.h"
#include "ExportRepository.h"
#include "FeedbackRepository.h"
#include "FollowUpRepository.h"
#include "GraphRepository.h"
#include "NoteRepository.h"
#include "PeopleRepository.h"
#include "PersonMergeRepository.h"
#include "PersonRecordRepository.h"
#include "PersonSummaryRepository.h"
#include "ReachRepository.h"
#include "ReportRepository.h"
#include "SearchRepository.h"
#include "SettingsRepository.h"
#include "SourceRepository.h"
#include "StanceHistoryRepository.h"
#include "TagRepository.h"
#include "TieRepository.h"
#include "TopicRepository.h"
#include "TouchpointRepository.h"
#include "WorkspaceInfoRepository.h"
#include "util/Clock.h"

#include <memory>

namespace chorus {

/// An open workspace: one database connection and the repositories over it.
/// The composition root (app/) creates one per window or command; workers open their own.
class Workspace final {
public:
    using Options = Database::Options;

    /// Open (or with options.create, create) the workspace at `path`. `clock` must outlive the workspace;
    /// without one the system clock is used.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Options& options,
                                                   const Clock* clock = nullptr);

    /// Where the user's workspace lives when none is named: the user's data folder.
    static QString defaultPath();
    /// The extension of workspace files (for dialogs and the MIME type).
    static QString fileSuffix() { return QStringLiteral("chorus"); }

    Database& database() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    ChangeNotifier* notifier() { return m_db->notifier(); }
    QString path() const { return m_db->path(); }

    SettingsRepository& settings() { return m_settings; }
    TopicRepository& topics() { return m_topics; }
    TagRepository& tags() { return m_tags; }
    PeopleRepository& people() { return m_people; }
    PersonSummaryRepository& summaries() { return m_summaries; }
    PersonRecordRepository& records() { return m_records; }
    TieRepository& ties() { return m_ties; }
    ConversationRepository& conversations() { return m_conversations; }
    EventRepository& events() { return m_events; }
    TouchpointRepository& touchpoints() { return m_touchpoints; }
    NoteRepository& notes() { return m_notes; }
    FollowUpRepository& followUps() { return m_followUps; }
    FeedbackRepository& feedback() { return m_feedback; }
    ReachRepository& reach() { return m_reach; }
    SearchRepository& search() { return m_search; }
    WorkspaceInfoRepository& info() { return m_info; }
    ErasureRepository& erasure() { return m_erasure; }
    DedupeRepository& dedupe() { return m_dedupe; }
    PersonMergeRepository& merges() { return m_merges; }
    CaptureDraftRepository& drafts() { return m_drafts; }
    ExportRepository& exports() { return m_exports; }
    DumpRepository& dumps() { return m_dumps; }
    GraphRepository& graph() { return m_graph; }
    SourceRepository& sources() { return m_sources; }
    ReportRepository& reports() { return m_reports; }
    StanceHistoryRepository& stanceHistory() { return m_stanceHistory; }

private:
    Workspace(std::unique_ptr<Database> db, const Clock* clock);

    std::unique_ptr<SystemClock> m_ownClock;
    std::unique_ptr<Database> m_db;
    const Clock* m_clock;
    SettingsRepository m_settings;
    TopicRepository m_topics;
    TagRepository m_tags;
    PeopleRepository m_people;
    PersonSummaryRepository m_summaries;
    PersonRecordRepository m_records;
    TieRepository m_ties;
    ConversationRepository m_conversations;
    EventRepository m_events;
    TouchpointRepository m_touchpoints;
    NoteRepository m_notes;
    FollowUpRepository m_followUps;
    FeedbackRepository m_feedback;
    ReachRepository m_reach;
    SearchRepository m_search;
    WorkspaceInfoRepository m_info;
    ErasureRepository m_erasure;
    DedupeRepository m_dedupe;
    PersonMergeRepository m_merges;
    CaptureDraftRepository m_drafts;
    ExportRepository m_exports;
    DumpRepository m_dumps;
    GraphRepository m_graph;
    SourceRepository m_sources;
    ReportRepository m_reports;
    StanceHistoryRepository m_stanceHistory;
};

} // namespace chorus
