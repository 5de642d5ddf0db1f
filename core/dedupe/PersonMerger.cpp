#include "PersonMerger.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

constexpr MergeField kFields[] = {MergeField::Name,     MergeField::Organisation, MergeField::Role,
                                  MergeField::Location, MergeField::Stance,       MergeField::Reach,
                                  MergeField::Archived};

QString valueText(MergeField field, const Person& p) {
    switch (field) {
    case MergeField::Name:
        return p.name;
    case MergeField::Organisation:
        return p.organisation;
    case MergeField::Role:
        return p.role;
    case MergeField::Location:
        return p.location;
    case MergeField::Stance:
        return stanceLabel(p.stance);
    case MergeField::Reach:
        return p.reach ? QString::number(*p.reach) : QString();
    case MergeField::Archived:
        return p.archived ? Tr::tr("archived") : QString();
    }
    return {};
}

/// A record compared as sets of rows per table (row order from SQLite is not part of the content).
bool sameContent(PersonRecord a, PersonRecord b) {
    if (a.tables.size() != b.tables.size())
        return false;
    const auto byText = [](const QVariantList& x, const QVariantList& y) {
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
            const QString xs = x[i].toString(), ys = y[i].toString();
            if (xs != ys)
                return xs < ys;
        }
        return x.size() < y.size();
    };
    for (qsizetype t = 0; t < a.tables.size(); ++t) {
        if (a.tables[t].table != b.tables[t].table || a.tables[t].rows.size() != b.tables[t].rows.size())
            return false;
        std::sort(a.tables[t].rows.begin(), a.tables[t].rows.end(), byText);
        std::sort(b.tables[t].rows.begin(), b.tables[t].rows.end(), byText);
        if (a.tables[t].rows != b.tables[t].rows)
            return false;
    }
    return true;
}
} // namespace

MergeRequest MergeRequest::withDefaults(const Person& survivor, const Person& other) {
    MergeRequest r;
    r.survivorId = survivor.id;
    r.otherId = other.id;
    r.fields = survivor;
    const auto fill = [](QString& mine, const QString& theirs) {
        if (mine.trimmed().isEmpty())
            mine = theirs;
    };
    fill(r.fields.organisation, other.organisation);
    fill(r.fields.role, other.role);
    fill(r.fields.location, other.location);
    if (r.fields.stance == Stance::Unknown)
        r.fields.stance = other.stance;
    if (!r.fields.reach)
        r.fields.reach = other.reach;
    r.fields.archived = survivor.archived && other.archived;
    return r;
}

void MergeRequest::take(MergeField field, const Person& from) {
    switch (field) {
    case MergeField::Name:
        fields.name = from.name;
        break;
    case MergeField::Organisation:
        fields.organisation = from.organisation;
        break;
    case MergeField::Role:
        fields.role = from.role;
        break;
    case MergeField::Location:
        fields.location = from.location;
        break;
    case MergeField::Stance:
        fields.stance = from.stance;
        break;
    case MergeField::Reach:
        fields.reach = from.reach;
        break;
    case MergeField::Archived:
        fields.archived = from.archived;
        break;
    }
}

QString PersonMerger::fieldLabel(MergeField field) {
    switch (field) {
    case MergeField::Name:
        return Tr::tr("Name");
    case MergeField::Organisation:
        return Tr::tr("Organisation");
    case MergeField::Role:
        return Tr::tr("Role");
    case MergeField::Location:
        return Tr::tr("Location");
    case MergeField::Stance:
        return Tr::tr("Stance");
    case MergeField::Reach:
        return Tr::tr("Reach");
    case MergeField::Archived:
        return Tr::tr("Archived");
    }
    return {};
}

QVector<MergeFieldChoice> PersonMerger::fieldChoices(const Person& survivor, const Person& other) {
    QVector<MergeFieldChoice> out;
    for (MergeField f : kFields) {
        const QString a = valueText(f, survivor);
        const QString b = valueText(f, other);
        out.push_back({f, fieldLabel(f), a, b, a != b});
    }
    return out;
}

Result<MergePreview> PersonMerger::preview(Id survivorId, Id otherId) const {
    auto survivor = m_workspace.people().get(survivorId);
    if (!survivor)
        return survivor.error();
    auto other = m_workspace.people().get(otherId);
    if (!other)
        return other.error();
    auto refs = m_workspace.merges().references(otherId);
    if (!refs)
        return refs.error();
    MergePreview p;
    p.survivor = *survivor;
    p.other = *other;
    p.fields = fieldChoices(*survivor, *other);
    for (const ReferencingRows& r : *refs) {
        // The other's stance history does not move: it is dropped with them (see PersonMergeRepository).
        if (r.rows > 0 && r.table != QLatin1String("stance_changes"))
            p.moving.push_back(r);
    }
    p.defaults = MergeRequest::withDefaults(*survivor, *other);
    return p;
}

Result<MergeUndo> PersonMerger::merge(const MergeRequest& request) {
    Database& db = m_workspace.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    MergeUndo undo;
    undo.request = request;
    auto survivor = m_workspace.records().snapshot(request.survivorId);
    if (!survivor)
        return survivor.error();
    auto other = m_workspace.records().snapshot(request.otherId);
    if (!other)
        return other.error();
    undo.survivorBefore = *survivor;
    undo.otherBefore = *other;
    // Undo deletes the survivor before restoring both: its own drafts must be pointed back at it afterwards.
    auto drafts = m_workspace.merges().draftLinks({request.survivorId});
    if (!drafts)
        return drafts.error();
    undo.outside = *drafts;
    auto changes = m_workspace.merges().merge(request.survivorId, request.otherId, request.fields);
    if (!changes)
        return changes.error();
    undo.outside += *changes;
    auto after = m_workspace.records().snapshot(request.survivorId);
    if (!after)
        return after.error();
    undo.survivorAfter = *after;
    if (auto st = tx.commit(); !st)
        return st.error();
    return undo;
}

Status PersonMerger::undo(const MergeUndo& undo) {
    Database& db = m_workspace.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    auto now = m_workspace.records().snapshot(undo.request.survivorId);
    if (!now)
        return now.error();
    if (!sameContent(*now, undo.survivorAfter))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Cannot undo the merge: %1 has changed since. Undo those changes first.")
                             .arg(undo.request.fields.name));
    if (auto st = m_workspace.people().remove(undo.request.survivorId); !st)
        return st;
    if (auto st = m_workspace.records().restore(QVector<PersonRecord>{undo.survivorBefore, undo.otherBefore});
        !st)
        return makeError(ErrorCode::Conflict, Tr::tr("Cannot undo the merge: %1").arg(st.error().message));
    if (auto st = m_workspace.merges().revert(undo.outside); !st)
        return st;
    db.announce({Entity::Workspace, ChangeKind::Updated, {}});
    return tx.commit();
}

} // namespace chorus
