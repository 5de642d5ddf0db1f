#pragma once

#include "NameNormalization.h"
#include "model/Person.h"
#include "storage/DedupeRepository.h"

namespace chorus {

/// A person as matching sees them: the stored row plus the normalised name and organisation, computed once.
struct MatchProfile {
    Id id = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    bool archived = false;
    int touchpointCount = 0;
    NormalizedName normalized;
    QString organisationKey;
    QVector<IdentityKey> identities;

    static MatchProfile fromRow(const MatchRow& row);
    /// A person being typed or imported (id 0 unless it is stored already).
    static MatchProfile fromPerson(const Person& person);
};

} // namespace chorus
