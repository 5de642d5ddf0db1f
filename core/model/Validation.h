#pragma once

#include "Person.h"
#include "util/Result.h"

namespace chorus {

/// The checks every edit of a person passes, in the UI and on import alike; messages name the field.
Status validatePerson(const Person& person);
Status validateIdentity(const Identity& identity);
bool looksLikeEmail(const QString& text);
bool isValidWebUrl(const QString& text);

} // namespace chorus
