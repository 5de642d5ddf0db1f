#include "SuggestionActions.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <cmath>

namespace chorus::suggestionActions {
namespace {
Touchpoint touchpoint(Id person, TouchpointKind kind, const QDateTime& at, Id conversation = 0) {
    Touchpoint t;
    t.personId = person;
    t.kind = kind;
    t.direction = Direction::Outbound;
    t.at = at;
    t.conversationId = conversation;
    return t;
}
} // namespace

QVector<Touchpoint> touchpointsFor(const Suggestion& s, const QDateTime& at) {
    QVector<Touchpoint> out;
    if (s.people.isEmpty())
        return out;
    const Id first = s.people.first().id;
    switch (s.kind) {
    case SuggestionKind::Support:
        out << touchpoint(first, TouchpointKind::Amplified, at, s.object.id);
        break;
    case SuggestionKind::Join:
        // The reply is in the thread; the touchpoint goes to the first aligned person there.
        out << touchpoint(first, TouchpointKind::Replied, at, s.object.id);
        break;
    case SuggestionKind::Introduce:
        for (const auto& p : s.people)
            out << touchpoint(p.id, TouchpointKind::Introduced, at);
        break;
    case SuggestionKind::Reconnect:
        if (s.object.type != SuggestionObjectType::FollowUp)
            out << touchpoint(first, TouchpointKind::Replied, at);
        break;
    case SuggestionKind::Caution:
        break;
    }
    return out;
}

QString confirmation(const Suggestion& s) {
    const QVector<Touchpoint> touchpoints = touchpointsFor(s, QDateTime::currentDateTimeUtc());
    QStringList names;
    for (const auto& p : s.people)
        names << p.name;
    if (s.object.type == SuggestionObjectType::FollowUp)
        return QCoreApplication::translate("SuggestionActions", "Mark “%1” for %2 as kept?")
            .arg(s.object.title, names.value(0));
    if (touchpoints.isEmpty())
        return {};
    if (s.kind == SuggestionKind::Introduce)
        return QCoreApplication::translate("SuggestionActions",
                                           "Log that you introduced %1 and %2 (and record that they now know "
                                           "each other)?")
            .arg(names.value(0), names.value(1));
    return QCoreApplication::translate("SuggestionActions", "Log “%1” with %2?")
        .arg(touchpointKindLabel(touchpoints.first().kind), names.value(0));
}

Status act(Workspace& ws, const Suggestion& s, const QDateTime& at, bool logTouchpoints) {
    Transaction tx(ws.database());
    if (!tx.started())
        return tx.started();
    if (logTouchpoints) {
        for (const Touchpoint& t : touchpointsFor(s, at)) {
            if (auto id = ws.touchpoints().add(t); !id)
                return id.error();
        }
        if (s.kind == SuggestionKind::Introduce && s.people.size() == 2) {
            Tie tie;
            tie.personA = s.people.at(0).id;
            tie.personB = s.people.at(1).id;
            tie.kind = TieKind::IntroducedByMe;
            tie.origin = TieOrigin::Introduction;
            tie.createdAt = at;
            if (auto id = ws.ties().add(tie); !id)
                return id.error();
        }
        if (s.object.type == SuggestionObjectType::FollowUp) {
            if (auto st = ws.followUps().markDone(s.object.id); !st)
                return st;
        }
        if (s.kind == SuggestionKind::Join && s.action == QLatin1String("join")) {
            auto conversation = ws.conversations().get(s.object.id);
            if (conversation && (conversation->status == ConversationStatus::Seen ||
                                 conversation->status == ConversationStatus::Watching)) {
                if (auto st = ws.conversations().setStatus(s.object.id, ConversationStatus::Joined); !st)
                    return st;
            }
        }
    }
    SuggestionFeedback f;
    f.kind = suggestionKindKey(s.kind);
    f.subjectKey = s.subjectKey;
    f.action = FeedbackAction::Done;
    f.at = at;
    if (auto id = ws.feedback().record(f); !id)
        return id.error();
    return tx.commit();
}

bool broadcastingDominates(const AxisBalance& balance) {
    return balance.doWith + balance.doTo >= 4 && balance.doTo > balance.doWith;
}

QString describeBalance(const AxisBalance& balance) {
    const int total = balance.doWith + balance.doTo;
    if (total == 0)
        return QCoreApplication::translate("SuggestionActions",
                                           "No touchpoints in the last 30 days yet: replying, amplifying and "
                                           "helping are good places to start.");
    const int share = int(std::lround(balance.doWithShare() * 100.0));
    const QString line = QCoreApplication::translate(
                             "SuggestionActions",
                             "Last 30 days: %1% done with people (%2 replies, amplifications, help, "
                             "co-creation, introductions…), %3% done to them (%4 pitches and broadcasts).")
                             .arg(share)
                             .arg(balance.doWith)
                             .arg(100 - share)
                             .arg(balance.doTo);
    if (!broadcastingDominates(balance))
        return line;
    return line + QLatin1Char(' ') +
           QCoreApplication::translate(
               "SuggestionActions",
               "Broadcasting has taken over lately; a reply or a share of someone "
               "else's work from the lists below builds more than another announcement.");
}

} // namespace chorus::suggestionActions
