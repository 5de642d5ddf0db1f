#pragma once

#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace chorus::ui {

/// Fills a new, empty workspace file with the sample generator in a worker thread (its own connection),
/// reporting progress and accepting cancel; finished() comes back on the UI thread.
class SampleBuilder final : public QObject {
    Q_OBJECT
public:
    /// A small community to explore: quick to make, big enough to show every page.
    static constexpr int DemoPeople = 400;

    explicit SampleBuilder(QObject* parent = nullptr);
    ~SampleBuilder() override;

    void start(const QString& path, int people = DemoPeople);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int percent);
    /// Empty on success; otherwise what went wrong (or that it was cancelled).
    void finished(const QString& error);

private:
    QFutureWatcher<QString> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace chorus::ui
