#pragma once

// Hand-built workspaces for the suggestion tests: people, posts, threads, touchpoints, ties, events.

#include "suggest/SuggestionEngine.h"
#include "support/TempWorkspace.h"

#include <QTest>

namespace chorus::test {

class SuggestScenario final {
public:
    explicit SuggestScenario(const QDateTime& now = TempWorkspace::defaultNow())
        : m_temp(now) {}

    Workspace& ws() { return m_temp.ws(); }
    TempWorkspace& temp() { return m_temp; }
    QDateTime now() { return m_temp.clock().now(); }
    QDateTime daysAgo(double days) { return now().addSecs(-qint64(days * 86400.0)); }
    Id self() { return *ws().people().selfId(); }

    Id person(const QString& name, Stance stance, std::optional<qint64> reach = {},
              const QStringList& topics = {}) {
        Person p;
        p.name = name;
        p.stance = stance;
        p.reach = reach;
        for (const QString& t : topics)
            p.topics.push_back({0, t, 1.0});
        auto id = ws().people().add(p);
        if (!id)
            qFatal("person: %s", qPrintable(id.error().message));
        return *id;
    }

    void focus(const QString& topic) {
        auto id = ws().topics().ensure(topic);
        if (!id || !ws().topics().setFocus(*id, true))
            qFatal("focus topic");
    }

    /// A conversation `author` started `days` ago about `topics`, with other participants.
    Id post(Id author, const QString& title, double days, const QStringList& topics,
            const QVector<Participant>& others = {}, ConversationStatus status = ConversationStatus::Seen) {
        Conversation c;
        c.title = title;
        c.platform = QStringLiteral("mastodon");
        c.url = QUrl(QStringLiteral("https://example.social/") + QString::number(++m_posts));
        c.startedAt = daysAgo(days);
        c.lastActivityAt = c.startedAt;
        c.status = status;
        c.topics = topics;
        c.participants.push_back({author, {}, ParticipantRole::Started, 1});
        c.participants += others;
        auto id = ws().conversations().add(c);
        if (!id)
            qFatal("post: %s", qPrintable(id.error().message));
        return *id;
    }

    void touch(Id person, TouchpointKind kind, double days, Direction direction = Direction::Outbound,
               Id conversation = 0) {
        Touchpoint t;
        t.personId = person;
        t.kind = kind;
        t.direction = direction;
        t.at = daysAgo(days);
        t.conversationId = conversation;
        if (auto id = ws().touchpoints().add(t); !id)
            qFatal("touchpoint: %s", qPrintable(id.error().message));
    }

    void tie(Id a, Id b) {
        Tie t;
        t.personA = std::min(a, b);
        t.personB = std::max(a, b);
        if (auto id = ws().ties().add(t); !id)
            qFatal("tie: %s", qPrintable(id.error().message));
    }

    QVector<Suggestion> list(SuggestionKind kind, const QDateTime& at = {}, int limit = -1) {
        SuggestionEngine engine(ws());
        auto l = engine.list(kind, limit, at);
        if (!l)
            qFatal("suggest: %s", qPrintable(l.error().message));
        return *l;
    }

    /// Names of the first person of each suggestion, in rank order.
    static QStringList names(const QVector<Suggestion>& list) {
        QStringList out;
        for (const auto& s : list)
            out << (s.people.isEmpty() ? QString() : s.people.first().name);
        return out;
    }
    static QStringList titles(const QVector<Suggestion>& list) {
        QStringList out;
        for (const auto& s : list)
            out << s.object.title;
        return out;
    }
    static bool mentions(const QVector<Suggestion>& list, Id person) {
        for (const auto& s : list) {
            for (const auto& p : s.people) {
                if (p.id == person)
                    return true;
            }
        }
        return false;
    }

private:
    TempWorkspace m_temp;
    int m_posts = 0;
};

} // namespace chorus::test
