#pragma once

// The sample generator's working state, shared by the files that generate each part of the sample
// (SampleGenerator.cpp: the order of the steps; SamplePeople.cpp: people and ties; SampleActivity.cpp:
// events, conversations, touchpoints, notes and follow-ups). Not part of the core API.

#include "Rng.h"
#include "SampleData.h"
#include "SampleGenerator.h"
#include "storage/BulkWriter.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cmath>
#include <vector>

namespace chorus {

/// Where sample people live and sample events happen.
inline const std::vector<QString> kSampleCities{
    QStringLiteral("Berlin"),    QStringLiteral("Lagos"),       QStringLiteral("São Paulo"),
    QStringLiteral("Bengaluru"), QStringLiteral("Toronto"),     QStringLiteral("Kraków"),
    QStringLiteral("Lisbon"),    QStringLiteral("Nairobi"),     QStringLiteral("Seoul"),
    QStringLiteral("Melbourne"), QStringLiteral("Mexico City"), QStringLiteral("Stockholm"),
    QStringLiteral("Istanbul"),  QStringLiteral("Tokyo"),       QStringLiteral("Paris"),
    QStringLiteral("Austin"),    QStringLiteral("Hanoi"),       QStringLiteral("Amsterdam"),
    QStringLiteral("Cairo"),     QStringLiteral("Montréal"),    QStringLiteral("Remote")};

class SampleBuild {
public:
    SampleBuild(Database& db, const SampleOptions& options, const SampleData& data,
                const ProgressCallback& progress)
        : m_db(db)
        , m_options(options)
        , m_data(data)
        , m_progress(progress)
        , m_rng(options.seed)
        , m_writer(db, BulkWriter::Mode::FreshWorkspace) {}

    Result<QMap<QString, qint64>> run();

private:
    bool report(int percent) { return !m_progress || m_progress(percent); }
    QDateTime daysBefore(double days) const {
        return m_options.anchor.addSecs(-static_cast<qint64>(days * 86400.0));
    }
    /// Days back in [0, 730), denser toward the anchor.
    double recentDays(double power) { return 730.0 * std::pow(m_rng.unit(), power); }

    Status topics();
    Status people();
    int randomMember(int community, int near);
    Status ties();
    Status events();
    Status conversations();
    Status touchpoints();
    QString fillNote(const QString& pattern, int person);
    Status notes();
    Status followUps();
    Status settings();

    Database& m_db;
    const SampleOptions& m_options;
    const SampleData& m_data;
    const ProgressCallback& m_progress;
    Rng m_rng;
    BulkWriter m_writer;
    QMap<QString, qint64> m_counts;

    Id m_selfId = 0;
    std::vector<Id> m_topicIds;
    std::vector<QString> m_topicNames;
    std::vector<int> m_topicCommunity;
    std::vector<std::vector<int>> m_communityTopics;
    std::vector<std::vector<int>> m_communityMembers;
    std::vector<Id> m_personIds;
    std::vector<QString> m_personNames;
    std::vector<QString> m_personOrg;
    std::vector<int> m_personCommunity;
    std::vector<int> m_personSecondCommunity;
    std::vector<bool> m_personAligned;
    std::vector<std::vector<int>> m_personTopics;
    std::vector<std::vector<Id>> m_personConversations;
    std::vector<std::vector<int>> m_personEvents;
    std::vector<Id> m_eventIds;
    std::vector<QDate> m_eventDates;
};

} // namespace chorus
