#include "SampleGenerator.h"

#include "Rng.h"
#include "SampleData.h"
#include "StanceMovements.h"
#include "storage/BulkWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace chorus {

QDateTime SampleOptions::defaultAnchor() {
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

namespace {

const std::vector<QString> kRoles{QStringLiteral("Developer advocate"),
                                  QStringLiteral("Staff engineer"),
                                  QStringLiteral("Software engineer"),
                                  QStringLiteral("Maintainer"),
                                  QStringLiteral("Engineering manager"),
                                  QStringLiteral("CTO"),
                                  QStringLiteral("Student"),
                                  QStringLiteral("Data scientist"),
                                  QStringLiteral("Designer"),
                                  QStringLiteral("Technical writer"),
                                  QStringLiteral("SRE"),
                                  QStringLiteral("Researcher"),
                                  QStringLiteral("Founder"),
                                  QStringLiteral("Community manager"),
                                  QStringLiteral("Consultant")};

const std::vector<QString> kCities{
    QStringLiteral("Berlin"),    QStringLiteral("Lagos"),       QStringLiteral("São Paulo"),
    QStringLiteral("Bengaluru"), QStringLiteral("Toronto"),     QStringLiteral("Kraków"),
    QStringLiteral("Lisbon"),    QStringLiteral("Nairobi"),     QStringLiteral("Seoul"),
    QStringLiteral("Melbourne"), QStringLiteral("Mexico City"), QStringLiteral("Stockholm"),
    QStringLiteral("Istanbul"),  QStringLiteral("Tokyo"),       QStringLiteral("Paris"),
    QStringLiteral("Austin"),    QStringLiteral("Hanoi"),       QStringLiteral("Amsterdam"),
    QStringLiteral("Cairo"),     QStringLiteral("Montréal"),    QStringLiteral("Remote")};

const std::vector<QString> kMastodonInstances{
    QStringLiteral("hachyderm.io"), QStringLiteral("mastodon.social"), QStringLiteral("fosstodon.org"),
    QStringLiteral("techhub.social"), QStringLiteral("floss.social")};

// Kinds in taxonomy order with how often the sample uses them.
const std::vector<double> kKindWeights{8, 6, 22, 14, 8, 3, 4, 9, 6, 8, 9, 3};

/// ASCII handle from a name: "Zoë Müller" → "zoemuller"; names without Latin letters give "".
QString handleFrom(const QString& name) {
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

class Generator {
public:
    Generator(Database& db, const SampleOptions& options, const SampleData& data,
              const ProgressCallback& progress)
        : m_db(db)
        , m_options(options)
        , m_data(data)
        , m_progress(progress)
        , m_rng(options.seed)
        , m_writer(db, BulkWriter::Mode::FreshWorkspace) {}

    Result<QMap<QString, qint64>> run() {
        if (!m_writer.started())
            return m_writer.started().error();
        using Step = Status (Generator::*)();
        const std::vector<std::pair<Step, int>> steps{
            {&Generator::topics, 1},  {&Generator::people, 20},        {&Generator::ties, 30},
            {&Generator::events, 35}, {&Generator::conversations, 55}, {&Generator::touchpoints, 80},
            {&Generator::notes, 88},  {&Generator::followUps, 90},     {&Generator::settings, 91}};
        for (const auto& [step, percent] : steps) {
            if (auto st = (this->*step)(); !st)
                return st.error();
            if (!report(percent))
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate("Sample", "Generation cancelled."));
        }
        if (auto st = m_writer.commit(); !st)
            return st.error();
        report(100);
        return m_counts;
    }

private:
    bool report(int percent) { return !m_progress || m_progress(percent); }
    QDateTime daysBefore(double days) const {
        return m_options.anchor.addSecs(-static_cast<qint64>(days * 86400.0));
    }
    /// Days back in [0, 730), denser toward the anchor.
    double recentDays(double power) { return 730.0 * std::pow(m_rng.unit(), power); }

    Status topics() {
        for (size_t c = 0; c < m_data.communities.size(); ++c) {
            for (const QString& name : m_data.communities[c].topics) {
                const bool focus = name == QLatin1String("Rust on Windows") ||
                                   name == QLatin1String("WebAssembly") ||
                                   name == QLatin1String("Developer experience");
                auto id = m_writer.topic({0, name, focus});
                if (!id)
                    return id.error();
                m_topicIds.push_back(*id);
                m_topicNames.push_back(name);
                m_topicCommunity.push_back(static_cast<int>(c));
                m_communityTopics.resize(m_data.communities.size());
                m_communityTopics[c].push_back(static_cast<int>(m_topicIds.size() - 1));
            }
        }
        m_counts[QStringLiteral("topics")] = static_cast<qint64>(m_topicIds.size());
        return {};
    }

    Status people() {
        const int n = std::max(1, m_options.people);
        std::vector<double> communityWeights;
        for (size_t c = 0; c < m_data.communities.size(); ++c)
            communityWeights.push_back(1.0 / std::pow(double(c) + 1.0, 0.7));
        m_communityMembers.resize(m_data.communities.size());

        Person me;
        me.name = QCoreApplication::translate("Sample", "Me");
        me.isSelf = true;
        me.stance = Stance::Champion;
        me.createdAt = daysBefore(730);
        auto self = m_writer.person(me);
        if (!self)
            return self.error();
        m_selfId = *self;

        qint64 identities = 0, reachSamples = 0;
        for (int i = 0; i < n; ++i) {
            const NameCulture& culture = m_rng.pick(m_data.cultures);
            const QString first = m_rng.pick(culture.firstNames);
            const QString family = m_rng.pick(culture.familyNames);
            Person p;
            p.name = culture.familyNameFirst ? family + first : first + QLatin1Char(' ') + family;
            const int community = m_rng.weighted(communityWeights);
            // Organisations cluster by community: most people come from a handful of places per community.
            const int orgBase = community * 3;
            p.organisation =
                m_rng.chance(0.75)
                    ? m_data.organisations[size_t(orgBase + m_rng.below(5)) % m_data.organisations.size()]
                    : m_rng.pick(m_data.organisations);
            p.role = m_rng.pick(kRoles);
            p.location = m_rng.pick(kCities);
            const double s = m_rng.unit();
            p.stance = s < 0.03   ? Stance::Champion
                       : s < 0.15 ? Stance::Advocate
                       : s < 0.40 ? Stance::Supporter
                       : s < 0.75 ? Stance::Neutral
                       : s < 0.85 ? Stance::Sceptic
                                  : Stance::Unknown;
            double reach = std::exp(6.0 + 1.6 * m_rng.normal());
            if (m_rng.chance(0.005))
                reach *= 60.0; // a few famous voices
            p.reach = static_cast<qint64>(std::min(reach, 5.0e6));
            p.createdAt = daysBefore(recentDays(0.7) + 1.0);
            p.archived = m_rng.chance(0.01);
            auto id = m_writer.person(p);
            if (!id)
                return id.error();
            // Its own generator, so the rest of the sample is the same as before stance histories existed.
            if (auto past = inventStancePast(m_options.seed * 1000003ULL + quint64(i), p.stance, p.createdAt,
                                             m_options.anchor);
                past.size() > 1) {
                if (auto st = m_writer.stanceHistory(*id, past); !st)
                    return st.error();
            }
            m_personIds.push_back(*id);
            m_personNames.push_back(p.name);
            m_personOrg.push_back(p.organisation);
            m_personCommunity.push_back(community);
            m_personAligned.push_back(isAligned(p.stance));
            m_communityMembers[size_t(community)].push_back(i);

            // Topics: mostly from the person's community; some bridge into a second one.
            std::vector<int> topics;
            const auto& own = m_communityTopics[size_t(community)];
            const int count = m_rng.between(1, 3);
            for (int t = 0; t < count; ++t)
                topics.push_back(own[size_t(m_rng.below(int(own.size())))]);
            int secondCommunity = -1;
            if (m_rng.chance(0.08)) {
                secondCommunity = m_rng.below(int(m_data.communities.size()));
                const auto& other = m_communityTopics[size_t(secondCommunity)];
                topics.push_back(other[size_t(m_rng.below(int(other.size())))]);
            }
            m_personSecondCommunity.push_back(secondCommunity);
            std::vector<int> personTopics;
            for (size_t t = 0; t < topics.size(); ++t) {
                if (std::find(personTopics.begin(), personTopics.end(), topics[t]) != personTopics.end())
                    continue;
                personTopics.push_back(topics[t]);
                const double weight = t == 0 ? 1.0 : std::round((0.3 + 0.6 * m_rng.unit()) * 100.0) / 100.0;
                if (auto st = m_writer.personTopic(*id, m_topicIds[size_t(topics[t])], weight); !st)
                    return st;
            }
            m_personTopics.push_back(personTopics);

            // Identities on several platforms.
            QString handle = handleFrom(first) + handleFrom(family);
            if (handle.size() < 3)
                handle = QStringLiteral("user") + QString::number(*id);
            else if (m_rng.chance(0.5))
                handle += QString::number(m_rng.below(100));
            const QString domain = handleFrom(p.organisation).left(16) + QStringLiteral(".example");
            std::vector<Identity> ids;
            ids.push_back({0, *id, QStringLiteral("email"), handle + QLatin1Char('@') + domain, {}});
            if (m_rng.chance(0.6)) {
                const QString instance = m_rng.pick(kMastodonInstances);
                ids.push_back({0, *id, QStringLiteral("mastodon"),
                               QLatin1Char('@') + handle + QLatin1Char('@') + instance,
                               QStringLiteral("https://%1/@%2").arg(instance, handle)});
            }
            if (m_rng.chance(0.4))
                ids.push_back({0, *id, QStringLiteral("bluesky"), handle + QStringLiteral(".bsky.social"),
                               QStringLiteral("https://bsky.app/profile/%1.bsky.social").arg(handle)});
            if (m_rng.chance(0.5))
                ids.push_back({0, *id, QStringLiteral("github"), handle,
                               QStringLiteral("https://github.com/") + handle});
            if (m_rng.chance(0.25))
                ids.push_back({0, *id, QStringLiteral("x"), QLatin1Char('@') + handle,
                               QStringLiteral("https://x.com/") + handle});
            if (m_rng.chance(0.3))
                ids.push_back({0, *id, QStringLiteral("linkedin"), handle,
                               QStringLiteral("https://www.linkedin.com/in/") + handle});
            if (m_rng.chance(0.12))
                ids.push_back(
                    {0, *id, QStringLiteral("blog"), QStringLiteral("https://%1.dev/").arg(handle), {}});
            for (const Identity& identity : ids) {
                if (auto r = m_writer.identity(identity); !r)
                    return r.error();
                ++identities;
            }

            // A year of monthly reach for some: growing, flat or shrinking voices.
            if (m_rng.chance(0.3)) {
                const double trend = -0.03 + 0.13 * m_rng.unit();
                double value = double(*p.reach) / std::pow(1.0 + trend, 11.0);
                for (int month = 11; month >= 0; --month) {
                    const QDate on = m_options.anchor.date().addMonths(-month);
                    if (auto st = m_writer.reach(
                            {*id, QDate(on.year(), on.month(), 1), qint64(std::max(0.0, value))});
                        !st)
                        return st;
                    value *= 1.0 + trend;
                    ++reachSamples;
                }
            }
        }
        m_counts[QStringLiteral("people")] = n;
        m_counts[QStringLiteral("identities")] = identities;
        m_counts[QStringLiteral("reach_samples")] = reachSamples;
        return {};
    }

    int randomMember(int community, int near) {
        const auto& members = m_communityMembers[size_t(community)];
        if (members.empty())
            return m_rng.below(int(m_personIds.size()));
        // Prefer neighbours in the member list: this gives local clusters inside a community.
        if (near >= 0 && m_rng.chance(0.6)) {
            const auto it = std::lower_bound(members.begin(), members.end(), near);
            const int pos = int(it - members.begin());
            const int j = std::clamp(pos + m_rng.between(-25, 25), 0, int(members.size()) - 1);
            return members[size_t(j)];
        }
        return members[size_t(m_rng.below(int(members.size())))];
    }

    Status ties() {
        const int n = int(m_personIds.size());
        const qint64 target = qint64(n) * 5;
        QSet<quint64> pairs;
        pairs.reserve(int(target));
        qint64 made = 0;
        int guard = 0;
        while (made < target && guard < target * 4) {
            ++guard;
            const int a = m_rng.below(n);
            int community = m_personCommunity[size_t(a)];
            if (m_personSecondCommunity[size_t(a)] >= 0 && m_rng.chance(0.5))
                community = m_personSecondCommunity[size_t(a)];
            const int b = m_rng.chance(0.12) ? m_rng.below(n) : randomMember(community, a);
            if (a == b)
                continue;
            Id pa = m_personIds[size_t(a)], pb = m_personIds[size_t(b)];
            if (pa > pb)
                std::swap(pa, pb);
            const quint64 key = (quint64(pa) << 32) | quint64(pb);
            if (pairs.contains(key))
                continue;
            pairs.insert(key);
            Tie tie;
            tie.personA = pa;
            tie.personB = pb;
            const bool sameOrg = m_personOrg[size_t(a)] == m_personOrg[size_t(b)];
            tie.kind = sameOrg && m_rng.chance(0.6) ? TieKind::Colleagues
                       : m_rng.chance(0.15)         ? TieKind::Collaborates
                                                    : TieKind::Knows;
            tie.strength = std::round((0.15 + 0.85 * m_rng.unit()) * 100.0) / 100.0;
            const double o = m_rng.unit();
            tie.origin = o < 0.5 ? TieOrigin::Manual : o < 0.8 ? TieOrigin::Conversation : TieOrigin::Event;
            tie.createdAt = daysBefore(recentDays(0.8));
            if (auto r = m_writer.tie(tie); !r)
                return r.error();
            ++made;
        }
        m_counts[QStringLiteral("ties")] = made;
        return {};
    }

    Status events() {
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
            const QString city = m_rng.pick(kCities);
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
                        *id, {m_selfId,
                              {},
                              m_rng.chance(0.5) ? AttendanceRole::Speaker : AttendanceRole::Attendee});
                    !st)
                    return st;
                ++attendance;
            }
        }
        m_counts[QStringLiteral("events")] = count;
        m_counts[QStringLiteral("attendance")] = attendance;
        return {};
    }

    Status conversations() {
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
            static const std::vector<QString> platforms{
                QStringLiteral("mastodon"), QStringLiteral("bluesky"), QStringLiteral("github"),
                QStringLiteral("blog"),     QStringLiteral("forum"),   QStringLiteral("youtube")};
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
                if (auto st = m_writer.participant(
                        *id, {m_personIds[size_t(person)],
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

    Status touchpoints() {
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
                if ((t.kind == TouchpointKind::Replied || t.kind == TouchpointKind::Amplified) &&
                    !convs.empty())
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

    QString fillNote(const QString& pattern, int person) {
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

    Status notes() {
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

    Status followUps() {
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
            f.title = QString(m_rng.pick(titles))
                          .arg(m_personNames[size_t(person)].section(QLatin1Char(' '), 0, 0));
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

    Status settings() {
        if (auto st = m_writer.setting(QStringLiteral("workspace.name"),
                                       QStringLiteral("Sample workspace (seed %1)").arg(m_options.seed));
            !st)
            return st;
        return m_writer.setting(QStringLiteral("sample.anchor"), m_options.anchor.toString(Qt::ISODate));
    }

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

} // namespace

Result<QMap<QString, qint64>> SampleGenerator::generate(Database& db, const SampleOptions& options,
                                                        const ProgressCallback& progress) {
    auto data = SampleData::load();
    if (!data)
        return data.error();
    Generator generator(db, options, *data, progress);
    return generator.run();
}

} // namespace chorus
