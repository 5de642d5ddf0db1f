#pragma once

#include "model/Person.h"
#include "util/Result.h"

namespace chorus {

class Workspace;

/// Who a capture is about, as a script or a form gives it.
struct PersonReference {
    Id id = 0;                    ///< a stored person; wins over everything else
    QString name;                 ///< a name to match, or to create a person with
    QString organisation;         ///< narrows a name match; given to a new person
    QVector<Identity> identities; ///< matched first (same platform and handle); given to the person
    bool matchByName = true;      ///< false: a name alone never matches an existing person
    bool createNew = false;       ///< always create a new person (still attaching the identities)
};

enum class ResolvedBy { Id, Identity, Name, Created };
QString resolvedByKey(ResolvedBy by); ///< "id", "identity", "name", "created"

struct PersonResolution {
    Id personId = 0; ///< 0 when the person would be created
    ResolvedBy by = ResolvedBy::Created;
    QString name;
};

/// Finds the stored person a capture is about without creating duplicates: by id, then by any identity (the
/// same handle or email on the same platform), then by the same name (accents, case and word order aside; the
/// same organisation when one is given). Ambiguity is an error that lists the candidates, never a guess.
class PersonResolver final {
public:
    explicit PersonResolver(Workspace& workspace)
        : m_workspace(workspace) {}

    /// Reads only; a person that does not exist yet comes back with personId 0 and ResolvedBy::Created.
    Result<PersonResolution> resolve(const PersonReference& reference) const;
    /// resolve(), then create the person or add the identities (and an empty organisation) it lacks, in the
    /// caller's transaction.
    Result<PersonResolution> resolveOrCreate(const PersonReference& reference);

private:
    Workspace& m_workspace;
};

} // namespace chorus
