#include "BuildInfo.h"

#include "storage/Workspace.h"

#include <igraph_version.h>

namespace chorus {

BuildInfo BuildInfo::collect(Workspace* workspace) {
    BuildInfo info;
    info.version = QStringLiteral(CHORUS_VERSION);
    info.licence = QStringLiteral(CHORUS_LICENSE);
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuild = QStringLiteral(QT_VERSION_STR);
    if (workspace)
        info.sqlite = workspace->info().sqliteVersion().valueOr({});
    const char* igraph = nullptr;
    int major = 0;
    int minor = 0;
    int patch = 0;
    igraph_version(&igraph, &major, &minor, &patch);
    info.igraph =
        igraph ? QString::fromLatin1(igraph) : QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    return info;
}

} // namespace chorus
