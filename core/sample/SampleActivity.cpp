#include "SampleBuild.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace chorus {

namespace {

// Kinds in taxonomy order with how often the sample uses them.
const std::vector<double> kKindWeights{8, 6, 22, 14, 8, 3, 4, 9, 6, 8, 9, 3};

} // namespace

Status SampleBuild::events() {
    const int n = int(m_personIds.size());
    const int count = std::max(3, n / 250);
    static const std::vector<QString> kinds{QStringLiteral("Summit"), QStringLiteral("Conf"),
                                            QStringLiteral("Meetup"), QStringLiteral("Days"),
                                            QStringLiteral("Workshop")};
    m_personEvents.resize(size_t(n));
    qint64 attendance = 0;
    for (int e = 0; e < count; ++e) {
        const int community = m_rng.below(int(m_data.communities.size()));
        const QString topic = m_topicNames[size_t(m_rng.pick(m_communityTopics[size_t(community)]))];
        const QString city = m_rng.pick(kSampleCities);
        const QString kindWord = m_rng.pick(kinds);
        Event event;
        // Two in ten are upcoming so capture and reports have something ahead.
        const double daysAgo = m_rng.chance(0.1) ? -m_rng.between(3, 90) : recentDays(1.0);
        event.startsOn = daysBefore(daysAgo).date();
        event.endsOn = kindWord == QLatin1String("Meetup") ? event.startsOn
                                                           : event.startsOn.addDays(m_rng.between(0, 2));
        event.name = QStringLiteral("%1 %2 %3 %4").arg(topic, city, kindWord).arg(event.startsOn.year());
        event.kind = kindWord == QLatin1String("Meetup")     ? EventKind::Meetup
                     : kindWord == QLatin1String("Workshop") ? EventKind::Workshop
                                                             : EventKind::Conference;
        event.location = city;
        event.url = QUrl(QStringLiteral("https://events.example/%1").arg(e + 1));
        auto id = m_writer.event(event, daysBefore(std::max(daysAgo, 0.0) + 30));
        if (!id)
            return id.error();
        m_eventIds.push_back(*id);
        m_eventDates.push_back(event.startsOn);
        const int size =
            std::min(n, event.kind == EventKind::Meetup ? m_rng.between(10, 60) : m_rng.between(40, 300));
        QSet<int> chosen;
        for (int k = 0; k < size; ++k) {
            const int person = m_rng.chance(0.8) ? randomMember(community, -1) : m_rng.below(n);
            if (chosen.contains(person))
                continue;
            chosen.insert(person);
            const double r = m_rng.unit();
            const AttendanceRole role = r < 0.05   ? AttendanceRole::Speaker
                                        : r < 0.07 ? AttendanceRole::Organiser
                                                   : AttendanceRole::Attendee;
            if (auto st = m_writer.attendance(*id, {m_personIds[size_t(person)], {}, role}); !st)
                return st;
            m_personEvents[size_t(person)].push_back(int(m_eventIds.size() - 1));
            ++attendance;
        }
        if (daysAgo > 0 && m_rng.chance(0.4)) {
            if (auto st = m_writer.attendance(
                    *id,
                    {m_selfId, {}, m_rng.chance(0.5) ? AttendanceRole::Speaker : AttendanceRole::Attendee});
                !st)
                return st;
            ++attendance;
        }
    }
    m_counts[QStringLiteral("events")] = count;
    m_counts[QStringLiteral("attendance")] = attendance;
    return {};
}

Status SampleBuild::conversations() {
    const int n = int(m_personIds.size());
    const int count = n * 2;
    m_personConversations.resize(size_t(n));
    qint64 participants = 0;
    for (int c = 0; c < count; ++c) {
        // Aligned people and bigger voices post more.
        int author = m_rng.below(n);
        if (!m_personAligned[size_t(author)] && m_rng.chance(0.4))
            author = m_rng.below(n);
        const auto& topics = m_personTopics[size_t(author)];
        const int topic = topics.empty() ? 0 : topics[size_t(m_rng.below(int(topics.size())))];
        Conversation conv;
        conv.title = QString(m_rng.pick(m_data.titleTemplates))
                         .replace(QStringLiteral("{topic}"), m_topicNames[size_t(topic)]);
        static const std::vector<QString> platforms{QStringLiteral("mastodon"), QStringLiteral("bluesky"),
                                                    QStringLiteral("github"),   QStringLiteral("blog"),
                                                    QStringLiteral("forum"),    QStringLiteral("youtube")};
        conv.platform = m_rng.pick(platforms);
        conv.url = QUrl(QStringLiteral("https://%1.example/t/%2").arg(conv.platform).arg(c + 1));
        conv.summary =
            QStringLiteral("%1 on %2.").arg(m_personNames[size_t(author)], m_topicNames[size_t(topic)]);
        const double daysAgo = recentDays(1.6);
        conv.startedAt = daysBefore(daysAgo);
        conv.lastActivityAt =
            conv.startedAt.addSecs(qint64(std::min(daysAgo, 1.0 + 20.0 * m_rng.unit()) * 86400.0));
        const double s = m_rng.unit();
        conv.status = s < 0.70   ? ConversationStatus::Seen
                      : s < 0.82 ? ConversationStatus::Watching
                      : s < 0.92 ? ConversationStatus::Joined
                      : s < 0.95 ? ConversationStatus::Hosting
                                 : ConversationStatus::Closed;
        auto id = m_writer.conversation(conv, conv.startedAt);
        if (!id)
            return id.error();
        if (auto st = m_writer.conversationTopic(*id, m_topicIds[size_t(topic)]); !st)
            return st;
        if (auto st = m_writer.participant(
                *id, {m_personIds[size_t(author)], {}, ParticipantRole::Started, m_rng.between(1, 3)});
            !st)
            return st;
        m_personConversations[size_t(author)].push_back(*id);
        ++participants;
        const int community = m_topicCommunity[size_t(topic)];
        const int repliers = m_rng.below(8);
        QSet<int> seen{author};
        for (int r = 0; r < repliers; ++r) {
            const int person = randomMember(community, author);
            if (seen.contains(person))
                continue;
            seen.insert(person);
            const ParticipantRole role =
                m_rng.chance(0.8) ? ParticipantRole::Replied : ParticipantRole::Mentioned;
            if (auto st =
                    m_writer.participant(*id, {m_personIds[size_t(person)],
                                               {},
                                               role,
                                               role == ParticipantRole::Mentioned ? 0 : m_rng.between(1, 4)});
                !st)
                return st;
            m_personConversations[size_t(person)].push_back(*id);
            ++participants;
        }
        if (conv.status == ConversationStatus::Joined || conv.status == ConversationStatus::Hosting) {
            // Sometimes the user talks too much: the join suggestions must notice.
            const int messages = m_rng.chance(0.2) ? m_rng.between(6, 14) : m_rng.between(1, 3);
            if (auto st = m_writer.participant(*id, {m_selfId,
                                                     {},
                                                     conv.status == ConversationStatus::Hosting
                                                         ? ParticipantRole::Started
                                                         : ParticipantRole::Replied,
                                                     messages});
                !st)
                return st;
            ++participants;
        }
        if (c % 20000 == 0 && !report(35 + (20 * c) / count))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Sample", "Generation cancelled."));
    }
    m_counts[QStringLiteral("conversations")] = count;
    m_counts[QStringLiteral("participants")] = participants;
    return {};
}

Status SampleBuild::touchpoints() {
    const int n = int(m_personIds.size());
    const qint64 target = qint64(n) * 10;
    qint64 made = 0;
    static const std::vector<QString> shortNotes{QStringLiteral("Quick chat after the talk."),
                                                 QStringLiteral("Shared their post with the team."),
                                                 QStringLiteral("Helped with a build error."),
                                                 QStringLiteral("They asked about the roadmap."),
                                                 QStringLiteral("Thanked them for the bug report."),
                                                 QStringLiteral("Paired on a sample app.")};
    for (int i = 0; i < n && made < target; ++i) {
        if (!m_rng.chance(0.7))
            continue;
        // Geometric-ish counts averaging about 14 for people the user knows.
        const int count =
            std::min<qint64>(target - made, 1 + int(-14.0 * std::log(std::max(m_rng.unit(), 1e-9))));
        for (int k = 0; k < count; ++k) {
            Touchpoint t;
            t.personId = m_personIds[size_t(i)];
            t.kind = static_cast<TouchpointKind>(m_rng.weighted(kKindWeights));
            const auto& info = touchpointKindInfo(t.kind);
            t.direction = info.twoWay && m_rng.chance(0.35) ? Direction::Inbound : Direction::Outbound;
            t.at = daysBefore(recentDays(1.4));
            const auto& convs = m_personConversations[size_t(i)];
            if ((t.kind == TouchpointKind::Replied || t.kind == TouchpointKind::Amplified) && !convs.empty())
                t.conversationId = convs[size_t(m_rng.below(int(convs.size())))];
            const auto& events = m_personEvents[size_t(i)];
            if (t.kind == TouchpointKind::Met && !events.empty()) {
                const int e = events[size_t(m_rng.below(int(events.size())))];
                t.eventId = m_eventIds[size_t(e)];
                t.at = QDateTime(m_eventDates[size_t(e)], QTime(10 + m_rng.below(8), 0), Qt::UTC);
                if (t.at > m_options.anchor)
                    t.eventId = 0, t.at = daysBefore(recentDays(1.4));
            }
            if (m_rng.chance(0.1))
                t.note = m_rng.pick(shortNotes);
            if (auto r = m_writer.touchpoint(t); !r)
                return r.error();
            ++made;
        }
        if (i % 10000 == 0 && !report(55 + (25 * i) / n))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Sample", "Generation cancelled."));
    }
    m_counts[QStringLiteral("touchpoints")] = made;
    return {};
}

QString SampleBuild::fillNote(const QString& pattern, int person) {
    const auto& topics = m_personTopics[size_t(person)];
    const QString topic = topics.empty() ? QString() : m_topicNames[size_t(topics.front())];
    const auto& events = m_personEvents[size_t(person)];
    const QString event = events.empty() ? QStringLiteral("the meetup") : QStringLiteral("the event");
    return QString(pattern)
        .replace(QStringLiteral("{name}"), m_personNames[size_t(person)].section(QLatin1Char(' '), 0, 0))
        .replace(QStringLiteral("{topic}"), topic)
        .replace(QStringLiteral("{org}"), m_personOrg[size_t(person)])
        .replace(QStringLiteral("{event}"), event);
}

Status SampleBuild::notes() {
    const int n = int(m_personIds.size());
    qint64 made = 0;
    for (int i = 0; i < n; ++i) {
        if (!m_rng.chance(0.6))
            continue;
        const int count = m_rng.between(1, 2);
        for (int k = 0; k < count; ++k) {
            Note note;
            note.subject = NoteSubject::Person;
            note.subjectId = m_personIds[size_t(i)];
            note.body = fillNote(m_rng.pick(m_data.noteTemplates), i);
            note.createdAt = daysBefore(recentDays(1.2));
            if (auto r = m_writer.note(note); !r)
                return r.error();
            ++made;
        }
    }
    for (size_t e = 0; e < m_eventIds.size(); ++e) {
        Note note{0,
                  NoteSubject::Event,
                  m_eventIds[e],
                  QStringLiteral("Booth traffic was steady; most questions were about getting started."),
                  QDateTime(m_eventDates[e], QTime(18, 0), Qt::UTC),
                  {}};
        if (auto r = m_writer.note(note); !r)
            return r.error();
        ++made;
    }
    m_counts[QStringLiteral("notes")] = made;
    return {};
}

Status SampleBuild::followUps() {
    const int n = int(m_personIds.size());
    const int count = std::max(1, n / 10);
    static const std::vector<QString> titles{QStringLiteral("Send %1 the slides"),
                                             QStringLiteral("Review %1's draft post"),
                                             QStringLiteral("Introduce %1 to the docs team"),
                                             QStringLiteral("Ask %1 about speaking at the meetup"),
                                             QStringLiteral("Share the beta build with %1"),
                                             QStringLiteral("Reply to %1's question about pricing")};
    for (int k = 0; k < count; ++k) {
        const int person = m_rng.below(n);
        FollowUp f;
        f.personId = m_personIds[size_t(person)];
        f.title =
            QString(m_rng.pick(titles)).arg(m_personNames[size_t(person)].section(QLatin1Char(' '), 0, 0));
        f.createdAt = daysBefore(m_rng.between(5, 120));
        f.dueOn = m_options.anchor.date().addDays(m_rng.between(-45, 30));
        if (f.dueOn < m_options.anchor.date() && m_rng.chance(0.6))
            f.doneAt = QDateTime(f.dueOn.addDays(m_rng.between(-3, 5)), QTime(9, 30), Qt::UTC);
        if (auto r = m_writer.followUp(f); !r)
            return r.error();
    }
    m_counts[QStringLiteral("follow_ups")] = count;
    return {};
}

} // namespace chorus
