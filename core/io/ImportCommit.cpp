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

namespace {

/// New people of the plan, written a batch at a time (many rows to a statement) with their identities, tags,
/// topics and notes; rows are written in file order, so ids are the same as one at a time.
class NewPeopleWriter {
public:
    NewPeopleWriter(Workspace& workspace, BulkWriter& writer, const ImportPlan& plan, ImportOutcome& outcome)
        : m_workspace(workspace)
        , m_writer(writer)
        , m_plan(plan)
        , m_outcome(outcome)
        , m_now(workspace.clock().now()) {}

    static constexpr qsizetype kBatch = 512;

    Status add(qsizetype rowIndex) {
        Person person = m_plan.rows[rowIndex].incoming;
        person.id = 0;
        person.name = person.name.trimmed();
        person.createdAt = m_now;
        person.updatedAt = m_now;
        m_rows << rowIndex;
        m_people << std::move(person);
        return m_rows.size() >= kBatch ? flush() : Status{};
    }

    Status flush() {
        qsizetype failed = 0;
        auto ids = m_writer.people(m_people, &failed);
        if (!ids)
            return atRow(failed, ids.error());
        QVector<Identity> identities;
        QVector<qsizetype> owners;
        for (qsizetype p = 0; p < m_people.size(); ++p) {
            for (Identity identity : std::as_const(m_people[p].identities)) {
                identity.id = 0;
                identity.personId = ids->at(p);
                identities << identity;
                owners << p;
            }
        }
        if (auto st = m_writer.identities(identities, &failed); !st)
            return atRow(owners.value(failed), st.error());
        for (qsizetype p = 0; p < m_people.size(); ++p) {
            if (auto st = writeTagsAndTopics(m_people[p], ids->at(p)); !st)
                return atRow(p, st.error());
            if (auto st = notes(m_plan.rows[m_rows[p]], ids->at(p)); !st)
                return st;
            ++m_outcome.created;
            m_outcome.createdIds << ids->at(p);
        }
        m_rows.clear();
        m_people.clear();
        return {};
    }

    /// The row's notes on `personId` (new or matched).
    Status notes(const PlannedRow& row, Id personId) {
        for (const QString& body : row.notes) {
            if (auto st = m_writer.note(Note{0, NoteSubject::Person, personId, body, m_now, m_now}); !st)
                return atLine(row, m_plan.fileName, st.error());
        }
        return {};
    }

private:
    Error atRow(qsizetype pending, const Error& error) const {
        return atLine(m_plan.rows[m_rows.value(pending)], m_plan.fileName, error);
    }

    Status writeTagsAndTopics(const Person& person, Id personId) {
        for (const QString& tag : person.tags) {
            const QString key = tag.simplified().toCaseFolded();
            Id tagId = m_tagIds.value(key);
            if (tagId == 0) {
                auto ensured = m_workspace.tags().ensure(tag);
                if (!ensured)
                    return ensured.error();
                tagId = *ensured;
                m_tagIds.insert(key, tagId);
            }
            if (auto st = m_writer.personTag(personId, tagId); !st)
                return st;
        }
        for (const PersonTopic& topic : person.topics) {
            const QString key = topic.name.simplified().toCaseFolded();
            Id topicId = m_topicIds.value(key);
            if (topicId == 0) {
                auto ensured = m_workspace.topics().ensure(topic.name);
                if (!ensured)
                    return ensured.error();
                topicId = *ensured;
                m_topicIds.insert(key, topicId);
            }
            if (auto st = m_writer.personTopic(personId, topicId, topic.weight); !st)
                return st;
        }
        return {};
    }

    Workspace& m_workspace;
    BulkWriter& m_writer;
    const ImportPlan& m_plan;
    ImportOutcome& m_outcome;
    const QDateTime m_now;
    QVector<qsizetype> m_rows; ///< plan rows waiting in m_people
    QVector<Person> m_people;
    QHash<QString, Id> m_tagIds;
    QHash<QString, Id> m_topicIds;
};

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
    ImportOutcome outcome;
    NewPeopleWriter newPeople(workspace, writer, plan, outcome);
    const qsizetype total = plan.rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && (i % 512) == 0 && !progress(int(900 * i / std::max<qsizetype>(1, total))))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Import", "Cancelled"));
        const PlannedRow& row = plan.rows[i];
        switch (row.action) {
        case PlanAction::Skipped:
            ++outcome.skipped;
            break;
        case PlanAction::New:
            if (auto st = newPeople.add(i); !st)
                return st.error();
            break;
        case PlanAction::Matched: {
            // In file order: the new people before this row are written first.
            if (auto st = newPeople.flush(); !st)
                return st.error();
            auto person = workspace.people().get(row.matchedId);
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
            if (auto st = newPeople.notes(row, row.matchedId); !st)
                return st.error();
            break;
        }
        }
    }
    if (auto st = newPeople.flush(); !st)
        return st.error();
    if (progress && !progress(950))
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Import", "Cancelled"));
    if (auto st = writer.commit(); !st)
        return st.error();
    if (progress)
        progress(1000);
    return outcome;
}

} // namespace chorus::io
