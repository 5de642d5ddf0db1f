#pragma once

#include "Database.h"
#include "model/Ids.h"

#include <QStringList>
#include <QVector>

namespace chorus {

struct Tag {
    Id id = 0;
    QString name;
    int people = 0;
};

/// Free-form labels on people.
class TagRepository final {
public:
    explicit TagRepository(Database& db)
        : m_db(db) {}

    Result<Id> ensure(const QString& name);
    Result<QVector<Tag>> list() const;
    Result<QStringList> personTags(Id personId) const;
    Status setPersonTags(Id personId, const QStringList& names);
    Status addToPeople(const QVector<Id>& personIds, const QString& name);
    Status removeFromPeople(const QVector<Id>& personIds, const QString& name);

private:
    Database& m_db;
};

} // namespace chorus
