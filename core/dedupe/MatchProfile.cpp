#include "MatchProfile.h"

namespace chorus {

MatchProfile MatchProfile::fromRow(const MatchRow& row) {
    MatchProfile p;
    p.id = row.id;
    p.name = row.name;
    p.organisation = row.organisation;
    p.stance = stanceFromKey(row.stance).value_or(Stance::Unknown);
    p.archived = row.archived;
    p.touchpointCount = row.touchpointCount;
    p.normalized = normalizeName(row.name);
    p.organisationKey = chorus::organisationKey(row.organisation);
    p.identities = row.identities;
    return p;
}

MatchProfile MatchProfile::fromPerson(const Person& person) {
    MatchRow row{person.id, person.name, person.organisation, stanceKey(person.stance), person.archived,
                 0,         {}};
    for (const Identity& identity : person.identities) {
        const QString key = normalizedHandle(identity.platform, identity.handle);
        if (!key.isEmpty())
            row.identities.push_back({identity.platform, key, identity.handle.trimmed()});
    }
    return fromRow(row);
}

} // namespace chorus
