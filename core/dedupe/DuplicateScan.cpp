#include "DuplicateScan.h"

#include "DuplicateFinder.h"
#include "storage/Workspace.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace chorus {

QFuture<DuplicateScanReport> DuplicateScan::start(const QString& workspacePath,
                                                  const MatchSettings& settings) {
    return QtConcurrent::run([workspacePath, settings](QPromise<DuplicateScanReport>& promise) {
        promise.setProgressRange(0, 1000);
        DuplicateScanReport report;
        auto workspace = Workspace::open(workspacePath, Workspace::Options{});
        if (!workspace) {
            report.error = workspace.error();
            promise.addResult(std::move(report));
            return;
        }
        const MatchScorer scorer(settings);
        const DuplicateFinder finder(scorer);
        auto groups = finder.run((*workspace)->dedupe(),
                                 [&promise](int permille) {
                                     promise.setProgressValue(permille);
                                     return !promise.isCanceled();
                                 },
                                 &report.stats);
        if (groups)
            report.groups = std::move(*groups);
        else
            report.error = groups.error();
        promise.addResult(std::move(report));
    });
}

} // namespace chorus
