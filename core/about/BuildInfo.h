#pragma once

#include <QString>

namespace chorus {

class Workspace;

/// What Chorus is and what it runs on, for Help ▸ About and bug reports.
struct BuildInfo {
    QString version;   ///< Chorus's own ("0.1.0")
    QString licence;   ///< an SPDX identifier (CHORUS_LICENSE in CMakeLists.txt)
    QString qtRuntime; ///< the Qt libraries loaded now
    QString qtBuild;   ///< the Qt Chorus was compiled against
    QString sqlite;    ///< the SQLite under the workspace's connection; empty without a workspace
    QString igraph;    ///< the igraph library linked in

    /// `workspace` may be null (no SQLite version then).
    static BuildInfo collect(Workspace* workspace);
};

} // namespace chorus
