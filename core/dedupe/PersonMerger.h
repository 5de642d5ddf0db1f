#pragma once

#include "model/Person.h"
#include "storage/PersonMergeRepository.h"
#include "storage/PersonRecordRepository.h"
#include "util/Result.h"

#include <QVector>

namespace chorus {

class Workspace;

/// The person fields a merge lets the user choose between.
enum class MergeField { Name, Organisation, Role, Location, Stance, Reach, Archived };

/// One row of the merge dialog: the two values, as text, and whether they differ.
struct MergeFieldChoice {
    MergeField field = MergeField::Name;
    QString label;
    QString survivorValue;
    QString otherValue;
    bool differs = false;
};

/// What to merge and the field values the survivor ends with.
struct MergeRequest {
    Id survivorId = 0;
    Id otherId = 0;
    /// Name, organisation, role, location, stance, reach and archived of the survivor after the merge
    /// (identities, topics and tags are united, not chosen).
    Person fields;

    /// The survivor's values, with the other's where the survivor has none (an empty organisation, an unknown
    /// stance, no reach); archived only if both were.
    static MergeRequest withDefaults(const Person& survivor, const Person& other);
    /// Take one field's value from `from`.
    void take(MergeField field, const Person& from);
};

/// Everything needed to undo one merge exactly.
struct MergeUndo {
    MergeRequest request;
    PersonRecord survivorBefore;
    PersonRecord otherBefore;
    PersonRecord survivorAfter;
    QVector<OutsideChange> outside;
};

/// What the merge dialog shows before the user confirms.
struct MergePreview {
    Person survivor;
    Person other;
    QVector<MergeFieldChoice> fields;
    QVector<ReferencingRows> moving; ///< rows of each table that will move from the other person
    MergeRequest defaults;
};

/// Merges one person into another and undoes it exactly: the core of the merge dialog and its QUndoCommand
/// (redo() calls merge() and keeps the MergeUndo; undo() calls undo() with it).
class PersonMerger final {
public:
    explicit PersonMerger(Workspace& workspace)
        : m_workspace(workspace) {}

    Result<MergePreview> preview(Id survivorId, Id otherId) const;
    /// One transaction: see PersonMergeRepository::merge(). Both people are snapshotted first.
    Result<MergeUndo> merge(const MergeRequest& request);
    /// Puts both people back as they were, with their ids, and every moved row where it was. Fails with
    /// ErrorCode::Conflict, changing nothing, if the survivor was changed after the merge (undo those changes
    /// first) or the removed person's id has been reused.
    Status undo(const MergeUndo& undo);

    static QVector<MergeFieldChoice> fieldChoices(const Person& survivor, const Person& other);
    static QString fieldLabel(MergeField field);

private:
    Workspace& m_workspace;
};

} // namespace chorus
