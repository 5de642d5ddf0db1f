#include "SampleBuild.h"
#include "StanceMovements.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace chorus {

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

const std::vector<QString> kMastodonInstances{
    QStringLiteral("hachyderm.io"), QStringLiteral("mastodon.social"), QStringLiteral("fosstodon.org"),
    QStringLiteral("techhub.social"), QStringLiteral("floss.social")};

/// ASCII handle from a name: "Zoë Müller" → "zoemuller"; names without Latin letters give "".
QString handleFrom(const QString& name) {
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

} // namespace

Status SampleBuild::people() {
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
        p.location = m_rng.pick(kSampleCities);
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
            ids.push_back(
                {0, *id, QStringLiteral("github"), handle, QStringLiteral("https://github.com/") + handle});
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
                if (auto st =
                        m_writer.reach({*id, QDate(on.year(), on.month(), 1), qint64(std::max(0.0, value))});
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

int SampleBuild::randomMember(int community, int near) {
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

Status SampleBuild::ties() {
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

} // namespace chorus
