#pragma once

#include "model/Note.h"
#include "model/Person.h"
#include "model/Touchpoint.h"
#include "storage/PersonQuery.h"
#include "storage/SearchRepository.h"
#include "storage/WorkspaceInfoRepository.h"

#include <QJsonObject>

namespace chorus::cli {

/// The JSON shapes the command line prints (stable keys, see shared/CLI.md).
QJsonObject personJson(const Person& person);
QJsonObject personRowJson(const PersonRow& row);
QJsonObject searchHitJson(const SearchHit& hit);
QJsonObject touchpointJson(const Touchpoint& touchpoint);
QJsonObject noteJson(const Note& note);
QJsonObject infoJson(const WorkspaceInfo& info);
QString searchKindKey(SearchKind kind);

} // namespace chorus::cli
