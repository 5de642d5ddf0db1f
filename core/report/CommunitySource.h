#pragma once

#include "model/Ids.h"
#include "util/Result.h"

#include <QString>
#include <QVector>

namespace chorus::report {

/// A group of people a community report is about.
struct CommunityMembers {
    QString name;
    QVector<Id> people;
};

/// Where detected communities come from (the relationship map's community detection). Reports depend only on
/// this interface, so they work before, and without, the graph analytics.
class CommunitySource {
public:
    virtual ~CommunitySource() = default;
    virtual Result<CommunityMembers> community(Id communityId) = 0;
};

} // namespace chorus::report
