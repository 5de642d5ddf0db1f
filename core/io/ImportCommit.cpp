#include "ImportCommit.h"

#include "storage/BulkWriter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace chorus::io {
namespace {

Error atLine(const PlannedRow& row, const QString& file, const Error& error) {
    return makeError(
        error.code,
        QCoreApplication::translate("Import", "%1, line %2: %3").arg(file).arg(row.line).arg(error.message));
}

// Adds what the file knows and the stored person lacks. Returns whether anything changed.
bool mergeInto(Person& stored, const Person& incoming) {
    bool changed = false;
    auto fill = [&](QString& target, const QString& value) {
        if (target.trimmed().isEmpty() && !value.trimmed().isEmpty()) {
            target = value;
            changed = true;
        }
    };
    fill(stored.organisation, incoming.organisation);
    fill(stored.role, incoming.role);
    fill(stored.location, incoming.location);
    if (!stored.reach && incoming.reach) {
        stored.reach = incoming.reach;
        changed = true;
    }
    if (stored.stance == Stance::Unknown && incoming.stance != Stance::Unknown) {
        stored.stance = incoming.stance;
        changed = true;
    }
    for (const Identity& identity : incoming.identities) {
        const QString key = normalizedHandle(identity.platform, identity.handle);
        const bool has =
            std::any_of(stored.identities.begin(), stored.identities.end(), [&](const Identity& s) {
                return s.platform == identity.platform && normalizedHandle(s.platform, s.handle) == key;
            });
        if (!has) {
            Identity added = identity;
            added.id = 0;
            added.personId = stored.id;
            stored.identities << added;
            changed = true;
        }
    }
    for (const PersonTopic& topic : incoming.topics) {
        const bool has = std::any_of(stored.topics.begin(), stored.topics.end(), [&](const PersonTopic& t) {
            return t.name.compare(topic.name, Qt::CaseInsensitive) == 0;
        });
        if (!has) {
            stored.topics << PersonTopic{0, topic.name, topic.weight};
            changed = true;
        }
    }
    for (const QString& tag : incoming.tags) {
        if (!stored.tags.contains(tag, Qt::CaseInsensitive)) {
            stored.tags << tag;
            changed = true;
        }
    }
    return changed;
}

} // namespace

Result<ImportOutcome> ImportCommitter::commit(Workspace& workspace, const ImportPlan& plan,
                                              const std::function<bool(int)>& progress) {
    auto stored = workspace.people().count(true);
    if (!stored)
        return stored.error();
    BulkWriter writer(workspace.database(),
                      *stored == 0 ? BulkWriter::Mode::FreshWorkspace : BulkWriter::Mode::Append);
    if (!writer.started())
        return writer.started().error();
    const QDateTime now = workspace.clock().now();
    QHash<QString, Id> tagIds;
    QHash<QString, Id> topicIds;
    ImportOutcome outcome;
    const qsizetype total = plan.rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && (i % 512) == 0 && !progress(int(900 * i / std::max<qsizetype>(1, total))))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Import", "Cancelled"));
        const PlannedRow& row = plan.rows[i];
        Id personId = 0;
        if (row.action == PlanAction::Skipped) {
            ++outcome.skipped;
            continue;
        }
        if (row.action == PlanAction::New) {
            Person person = row.incoming;
            person.id = 0;
            person.name = person.name.trimmed();
            person.createdAt = now;
            person.updatedAt = now;
            auto id = writer.person(person);
            if (!id)
                return atLine(row, plan.fileName, id.error());
            personId = *id;
            for (Identity identity : person.identities) {
                identity.id = 0;
                identity.personId = personId;
                if (auto st = writer.identity(identity); !st)
                    return atLine(row, plan.fileName, st.error());
            }
            for (const QString& tag : person.tags) {
                const QString key = tag.simplified().toCaseFolded();
                Id tagId = tagIds.value(key);
                if (tagId == 0) {
                    auto ensured = workspace.tags().ensure(tag);
                    if (!ensured)
                        return atLine(row, plan.fileName, ensured.error());
                    tagId = *ensured;
                    tagIds.insert(key, tagId);
                }
                if (auto st = writer.personTag(personId, tagId); !st)
                    return atLine(row, plan.fileName, st.error());
            }
            for (const PersonTopic& topic : person.topics) {
                const QString key = topic.name.simplified().toCaseFolded();
                Id topicId = topicIds.value(key);
                if (topicId == 0) {
                    auto ensured = workspace.topics().ensure(topic.name);
                    if (!ensured)
                        return atLine(row, plan.fileName, ensured.error());
                    topicId = *ensured;
                    topicIds.insert(key, topicId);
                }
                if (auto st = writer.personTopic(personId, topicId, topic.weight); !st)
                    return atLine(row, plan.fileName, st.error());
            }
            ++outcome.created;
            outcome.createdIds << personId;
        } else {
            personId = row.matchedId;
            auto person = workspace.people().get(personId);
            if (!person)
                return atLine(row, plan.fileName, person.error());
            const bool changed = mergeInto(*person, row.incoming);
            if (changed) {
                if (auto st = workspace.people().update(*person); !st)
                    return atLine(row, plan.fileName, st.error());
            }
            if (changed || !row.notes.isEmpty())
                ++outcome.updated;
            else
                ++outcome.unchanged;
        }
        for (const QString& body : row.notes) {
            if (auto st = writer.note(Note{0, NoteSubject::Person, personId, body, now, now}); !st)
                return atLine(row, plan.fileName, st.error());
        }
    }
    if (progress && !progress(950))
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Import", "Cancelled"));
    if (auto st = writer.commit(); !st)
        return st.error();
    if (progress)
        progress(1000);
    return outcome;
}

} // namespace chorus::io
