#pragma once

#include <QString>

namespace chorus::desktop {

/// How the desktop program presents itself to the system: names (which also place its settings), version,
/// the desktop entry that Wayland compositors and task bars match windows to, and the window icon.
class DesktopIdentity final {
public:
    /// The reverse-DNS id shared by the .desktop entry, the AppStream metainfo and the themed icon.
    static QString applicationId();
    /// The embedded master icon, used when the icon theme has no Chorus icon (not installed, or run
    /// from the build folder).
    static QString fallbackIconPath();

    /// Applies all of the above to the running QGuiApplication.
    static void apply();
};

} // namespace chorus::desktop
