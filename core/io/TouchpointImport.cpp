#include "TouchpointImport.h"

#include "dedupe/PersonMatcher.h"
#include "storage/BulkWriter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace chorus::io {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

Error cancelled() {
    return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled"));
}

struct Found {
    Id id = 0;
    QString name;
    QString reason; ///< how it was found, or why not
};

// Looks people up once per distinct description: touchpoint logs name the same few people again and again.
class PersonFinder {
public:
    PersonFinder(Workspace& ws, MatchSettings settings)
        : m_ws(ws)
        , m_matcher(ws, settings)
        , m_threshold(settings.duplicateThreshold) {}

    Result<Found> find(const TouchpointRecord& r) {
        QString key = QString::number(r.personId) + QLatin1Char('|') +
                      r.who.name.simplified().toCaseFolded() + QLatin1Char('|') +
                      r.who.organisation.simplified().toCaseFolded();
        for (const Identity& i : r.who.identities)
            key += QLatin1Char('|') + i.platform + QLatin1Char(':') + normalizedHandle(i.platform, i.handle);
        if (auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        auto found = lookUp(r);
        if (found)
            m_cache.insert(key, *found);
        return found;
    }

private:
    Result<QString> nameOf(Id id) {
        auto basics = m_ws.people().basics({id});
        if (!basics)
            return basics.error();
        return basics->isEmpty() ? QString() : basics->first().name;
    }

    Result<Found> lookUp(const TouchpointRecord& r) {
        if (r.personId > 0) {
            auto name = nameOf(r.personId);
            if (!name)
                return name.error();
            if (name->isEmpty())
                return Found{0, {}, Tr::tr("there is no person %1").arg(r.personId)};
            return Found{r.personId, *name, Tr::tr("person %1").arg(r.personId)};
        }
        for (const Identity& identity : r.who.identities) {
            auto stored = m_ws.people().findIdentities(identity.platform, identity.handle);
            if (!stored)
                return stored.error();
            if (stored->isEmpty())
                continue;
            const Id id = stored->first().personId;
            auto name = nameOf(id);
            if (!name)
                return name.error();
            return Found{id, *name,
                         Tr::tr("same %1 %2").arg(platformLabel(identity.platform), identity.handle)};
        }
        if (r.who.name.trimmed().isEmpty())
            return Found{0, {}, Tr::tr("nobody stored has these handles")};
        auto candidates = m_matcher.candidatesFor(r.who, 5);
        if (!candidates)
            return candidates.error();
        const QString name = r.who.name.simplified().toCaseFolded();
        QVector<const MatchCandidate*> sameName;
        for (const MatchCandidate& c : *candidates) {
            if (c.name.simplified().toCaseFolded() == name)
                sameName << &c;
        }
        if (sameName.size() == 1)
            return Found{sameName.first()->personId, sameName.first()->name, Tr::tr("same name")};
        if (sameName.size() > 1)
            return Found{0,
                         {},
                         Tr::tr("%1 people are called %2: add an email, handle or person id")
                             .arg(sameName.size())
                             .arg(r.who.name)};
        if (!candidates->isEmpty() && candidates->first().score >= m_threshold)
            return Found{candidates->first().personId, candidates->first().name,
                         candidates->first().explanation()};
        return Found{0, {}, Tr::tr("nobody stored is %1").arg(r.who.name)};
    }

    Workspace& m_ws;
    PersonMatcher m_matcher;
    double m_threshold;
    QHash<QString, Found> m_cache;
};

QString touchpointKey(const Touchpoint& t) {
    return QStringLiteral("%1|%2|%3")
        .arg(t.personId)
        .arg(touchpointKindKey(t.kind))
        .arg(t.at.toSecsSinceEpoch());
}

} // namespace

QVector<int> TouchpointPlan::unknownLines() const {
    QVector<int> lines;
    for (const PlannedTouchpoint& row : rows) {
        if (row.unknownPerson)
            lines << row.line;
    }
    return lines;
}

Result<TouchpointPlan> TouchpointImport::plan(Workspace& workspace, const QString& fileName,
                                              const QVector<TouchpointRecord>& records,
                                              const std::function<bool(int)>& progress,
                                              MatchSettings settings) {
    TouchpointPlan plan;
    plan.fileName = fileName;
    plan.rows.reserve(records.size());
    PersonFinder finder(workspace, settings);
    QHash<Id, QHash<QString, Id>> stored; // person → their logged touchpoints (key → id), read once each
    QHash<QString, int> lineOfKey;        // touchpoints earlier in the file
    QHash<QString, Id> conversations;     // link → stored conversation (0: none)
    const qsizetype total = records.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && (i % 256) == 0 && !progress(int(1000 * i / std::max<qsizetype>(1, total))))
            return cancelled();
        const TouchpointRecord& r = records[i];
        PlannedTouchpoint row;
        row.line = r.line;
        row.touchpoint = r.touchpoint;
        row.personName = r.who.name;
        if (!r.problem.isEmpty()) {
            row.action = PlanAction::Skipped;
            row.reason = r.problem;
        } else {
            auto found = finder.find(r);
            if (!found)
                return found.error();
            row.reason = found->reason;
            if (found->id == 0) {
                row.action = PlanAction::Skipped;
                row.unknownPerson = true;
            } else {
                row.personName = found->name;
                row.touchpoint.personId = found->id;
                if (!r.url.isEmpty()) {
                    if (!conversations.contains(r.url)) {
                        auto conversation = workspace.conversations().findByGuidOrUrl({}, r.url);
                        if (!conversation)
                            return conversation.error();
                        conversations.insert(r.url, conversation->value_or(0));
                    }
                    row.touchpoint.conversationId = conversations.value(r.url);
                    if (row.touchpoint.conversationId == 0)
                        row.touchpoint.note +=
                            (row.touchpoint.note.isEmpty() ? QString() : QStringLiteral("\n")) +
                            Tr::tr("Link: %1").arg(r.url);
                }
                const QString key = touchpointKey(row.touchpoint);
                if (!stored.contains(found->id)) {
                    auto logged = workspace.touchpoints().forPerson(found->id);
                    if (!logged)
                        return logged.error();
                    QHash<QString, Id>& keys = stored[found->id];
                    for (const Touchpoint& t : *logged)
                        keys.insert(touchpointKey(t), t.id);
                }
                if (const Id existing = stored.value(found->id).value(key)) {
                    row.action = PlanAction::Matched;
                    row.reason = Tr::tr("already logged (touchpoint %1)").arg(existing);
                } else if (auto it = lineOfKey.constFind(key); it != lineOfKey.cend()) {
                    row.action = PlanAction::Skipped;
                    row.reason = Tr::tr("the same touchpoint as line %1").arg(*it);
                } else {
                    lineOfKey.insert(key, r.line);
                }
            }
        }
        if (row.unknownPerson)
            ++plan.unknownCount;
        else if (row.action == PlanAction::New)
            ++plan.newCount;
        else if (row.action == PlanAction::Matched)
            ++plan.matchedCount;
        else
            ++plan.skippedCount;
        plan.rows << std::move(row);
    }
    if (progress)
        progress(1000);
    return plan;
}

Result<int> TouchpointImport::commit(Workspace& workspace, const TouchpointPlan& plan,
                                     const std::function<bool(int)>& progress) {
    BulkWriter writer(workspace.database(), BulkWriter::Mode::Append);
    if (!writer.started())
        return writer.started().error();
    int added = 0;
    const qsizetype total = plan.rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && (i % 512) == 0 && !progress(int(900 * i / std::max<qsizetype>(1, total))))
            return cancelled();
        const PlannedTouchpoint& row = plan.rows[i];
        if (row.action != PlanAction::New)
            continue;
        Touchpoint t = row.touchpoint;
        t.id = 0;
        if (auto id = writer.touchpoint(t); !id)
            return makeError(
                id.error().code,
                Tr::tr("%1, line %2: %3").arg(plan.fileName).arg(row.line).arg(id.error().message));
        ++added;
    }
    if (progress && !progress(950))
        return cancelled();
    if (auto st = writer.commit(); !st)
        return st.error();
    if (progress)
        progress(1000);
    return added;
}

} // namespace chorus::io
