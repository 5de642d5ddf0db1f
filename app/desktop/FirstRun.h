#pragma once

#include <QString>

namespace chorus::desktop {

class DesktopSession;

/// The first start (no workspace named, none at the default place): the welcome page, then an empty or a
/// sample workspace (generated in a worker with a progress dialog), or a file the user picks. Returns
/// false when the user closed the welcome page (the program then ends).
bool runFirstRun(DesktopSession& session, const QString& defaultPath);

} // namespace chorus::desktop
