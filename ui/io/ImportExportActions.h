#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class QAction;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MainWindow;

/// File ▸ Import… and File ▸ Export (people as vCard or CSV, follow-ups and events as iCalendar, the whole
/// workspace as JSON). Exports run in a worker with their own connection and report in the status bar.
class ImportExportActions final : public QObject {
    Q_OBJECT
public:
    enum class ExportKind { VCard, PeopleCsv, ICalendar, Json };

    ImportExportActions(MainWindow& window, Workspace& workspace);
    ~ImportExportActions() override;

    /// Tests: the next file dialog answers `path` instead of showing (an empty path: cancelled).
    static void queueFileName(const QString& path);

    void openImportDialog(const QString& path);
    void exportTo(ExportKind kind, const QString& path);

signals:
    /// Empty on success; otherwise the message shown in the status bar.
    void exportFinished(const QString& error);

private:
    std::optional<QString> askFile(bool save, const QString& title, const QString& filter,
                                   const QString& suggestedName);

    MainWindow& m_window;
    Workspace& m_workspace;
    QFutureWatcher<QString> m_export;
};

} // namespace chorus::ui
