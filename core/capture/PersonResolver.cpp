#include "PersonResolver.h"

#include "dedupe/NameNormalization.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Capture)
};

QString idList(const QVector<Id>& ids) {
    QStringList parts;
    for (Id id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QStringList sortedTokens(const QString& name) {
    const NormalizedName n = normalizeName(name);
    QStringList t = n.native.isEmpty() ? n.tokens : n.native;
    t.sort();
    return t;
}
} // namespace

QString resolvedByKey(ResolvedBy by) {
    switch (by) {
    case ResolvedBy::Id:
        return QStringLiteral("id");
    case ResolvedBy::Identity:
        return QStringLiteral("identity");
    case ResolvedBy::Name:
        return QStringLiteral("name");
    case ResolvedBy::Created:
        return QStringLiteral("created");
    }
    return {};
}

Result<PersonResolution> PersonResolver::resolve(const PersonReference& ref) const {
    if (ref.id > 0) {
        auto people = m_workspace.people().basics({ref.id});
        if (!people)
            return people.error();
        if (people->isEmpty())
            return makeError(ErrorCode::NotFound, Tr::tr("No person with id %1.").arg(ref.id));
        return PersonResolution{ref.id, ResolvedBy::Id, people->first().name};
    }
    if (!ref.createNew && !ref.identities.isEmpty()) {
        QVector<Id> owners;
        for (const Identity& identity : ref.identities) {
            auto found = m_workspace.people().findIdentities(identity.platform, identity.handle);
            if (!found)
                return found.error();
            for (const Identity& i : *found) {
                if (!owners.contains(i.personId))
                    owners << i.personId;
            }
        }
        if (owners.size() > 1)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Those handles belong to different people (%1); give the person's id.")
                                 .arg(idList(owners)));
        if (owners.size() == 1) {
            auto people = m_workspace.people().basics(owners);
            if (!people)
                return people.error();
            return PersonResolution{owners.first(), ResolvedBy::Identity, people->value(0).name};
        }
    }
    if (ref.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Name: say who it was (a name, a handle or an id)."));
    if (!ref.createNew && ref.matchByName) {
        const QStringList wanted = sortedTokens(ref.name);
        const QString wantedOrg = organisationKey(ref.organisation);
        PersonFilter filter;
        filter.text = ref.name;
        filter.includeArchived = true;
        auto ids = m_workspace.people().queryIds(filter, PersonSort{}, m_workspace.clock().now(),
                                                 m_workspace.settings().healthParameters());
        if (!ids)
            return ids.error();
        if (ids->size() > 5000)
            ids->resize(5000);
        auto people = m_workspace.people().basics(*ids);
        if (!people)
            return people.error();
        QVector<Id> same;
        QString name;
        for (const Person& p : *people) {
            if (sortedTokens(p.name) != wanted)
                continue;
            if (!wantedOrg.isEmpty() && organisationKey(p.organisation) != wantedOrg)
                continue;
            same << p.id;
            name = p.name;
        }
        if (same.size() > 1)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("%1 people are called \"%2\" (%3); give the person's id or a handle.")
                                 .arg(same.size())
                                 .arg(ref.name.trimmed(), idList(same)));
        if (same.size() == 1)
            return PersonResolution{same.first(), ResolvedBy::Name, name};
    }
    return PersonResolution{0, ResolvedBy::Created, ref.name.trimmed()};
}

Result<PersonResolution> PersonResolver::resolveOrCreate(const PersonReference& ref) {
    auto resolution = resolve(ref);
    if (!resolution)
        return resolution;
    if (resolution->personId == 0) {
        Person p;
        p.name = ref.name.trimmed();
        p.organisation = ref.organisation.trimmed();
        p.identities = ref.identities;
        auto id = m_workspace.people().add(p);
        if (!id)
            return id.error();
        resolution->personId = *id;
        return resolution;
    }
    auto person = m_workspace.people().get(resolution->personId);
    if (!person)
        return person.error();
    bool changed = false;
    QSet<QString> have;
    for (const Identity& i : person->identities)
        have.insert(i.platform + QLatin1Char('\n') + normalizedHandle(i.platform, i.handle));
    for (const Identity& i : ref.identities) {
        const QString key = i.platform + QLatin1Char('\n') + normalizedHandle(i.platform, i.handle);
        if (have.contains(key))
            continue;
        have.insert(key);
        person->identities.push_back(i);
        changed = true;
    }
    if (person->organisation.trimmed().isEmpty() && !ref.organisation.trimmed().isEmpty()) {
        person->organisation = ref.organisation.trimmed();
        changed = true;
    }
    if (changed) {
        if (auto st = m_workspace.people().update(*person); !st)
            return st.error();
    }
    return resolution;
}

} // namespace chorus
