#include "GraphAnalysis.h"

#include "GraphBuilder.h"
#include "storage/Workspace.h"

#include <QFileInfo>

#include <list>
#include <mutex>

namespace chorus {
namespace {

constexpr size_t kCacheEntries = 4;

struct Entry {
    QString key; ///< path | options | metrics options
    std::shared_ptr<const GraphAnalysis> analysis;
};

std::mutex& cacheMutex() {
    static std::mutex m;
    return m;
}

std::list<Entry>& cache() {
    static std::list<Entry> entries;
    return entries;
}

QString canonical(const QString& path) {
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? path : c;
}

QString metricsKey(const MetricsOptions& m) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(m.exactBetweennessLimit)
        .arg(m.betweennessBudget)
        .arg(m.minBetweennessSamples)
        .arg(m.maxBetweennessSamples)
        .arg(m.seed)
        .arg(m.resolution)
        .arg(m.brokerCount)
        .arg(m.egoDepth)
        .arg(m.leidenIterations);
}

} // namespace

Result<std::shared_ptr<const GraphAnalysis>>
GraphAnalyzer::analyse(Workspace& ws, const GraphOptions& options, const MetricsOptions& metrics,
                       const std::function<bool()>& keepGoing, bool* fromCache) {
    auto revision = ws.graph().revision();
    if (!revision)
        return revision.error();
    const QString path = canonical(ws.path());
    const QString key = path + QLatin1Char('#') + options.key() + QLatin1Char('#') + metricsKey(metrics);
    {
        std::lock_guard<std::mutex> held(cacheMutex());
        for (auto it = cache().begin(); it != cache().end(); ++it) {
            if (it->key == key && it->analysis->revision == *revision) {
                cache().splice(cache().begin(), cache(), it);
                if (fromCache)
                    *fromCache = true;
                return cache().front().analysis;
            }
        }
    }
    if (fromCache)
        *fromCache = false;
    auto graph = GraphBuilder(options).build(ws, keepGoing);
    if (!graph)
        return graph.error();
    auto computed = computeMetrics(*graph, metrics, keepGoing);
    if (!computed)
        return computed.error();
    auto analysis = std::make_shared<GraphAnalysis>();
    analysis->workspacePath = path;
    analysis->revision = *revision;
    analysis->graph = std::move(*graph);
    analysis->metrics = std::move(*computed);
    std::lock_guard<std::mutex> held(cacheMutex());
    cache().remove_if([&key](const Entry& e) { return e.key == key; });
    cache().push_front({key, analysis});
    while (cache().size() > kCacheEntries)
        cache().pop_back();
    return std::shared_ptr<const GraphAnalysis>(analysis);
}

void GraphAnalyzer::carryForward(const QString& workspacePath, qint64 before) {
    const QString path = canonical(workspacePath);
    std::lock_guard<std::mutex> held(cacheMutex());
    for (Entry& e : cache()) {
        if (e.analysis->workspacePath == path && e.analysis->revision == before) {
            auto moved = std::make_shared<GraphAnalysis>(*e.analysis);
            moved->revision = before + 1;
            e.analysis = moved;
        }
    }
}

void GraphAnalyzer::clearCache() {
    std::lock_guard<std::mutex> held(cacheMutex());
    cache().clear();
}

} // namespace chorus
