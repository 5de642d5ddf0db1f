#include "ImportExportActions.h"

#include "ImportDialog.h"
#include "io/WorkspaceExport.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QtConcurrent>

namespace chorus::ui {
namespace {
QStringList& queuedFileNames() {
    static QStringList names;
    return names;
}
} // namespace

void ImportExportActions::queueFileName(const QString& path) {
    queuedFileNames() << path;
}

ImportExportActions::ImportExportActions(MainWindow& window, Workspace& workspace)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace) {
    QMenu* file = window.menu(MainWindow::MenuId::File);
    QAction* before = nullptr;
    for (QAction* a : file->actions()) {
        if (a->objectName() == QLatin1String("actionQuit"))
            before = a;
    }
    auto* import = new QAction(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    auto* exportMenu = new QMenu(tr("&Export"), &window);
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    const struct {
        ExportKind kind;
        const char* name;
        QString text;
        QString filter;
        QString suggested;
    } exports[] = {
        {ExportKind::VCard, "actionExportVCard", tr("People as &vCards…"), tr("vCard (*.vcf)"),
         QStringLiteral("people.vcf")},
        {ExportKind::PeopleCsv, "actionExportPeopleCsv", tr("People as &CSV…"), tr("CSV (*.csv)"),
         QStringLiteral("people.csv")},
        {ExportKind::ICalendar, "actionExportICalendar", tr("Follow-ups and Events as i&Calendar…"),
         tr("iCalendar (*.ics)"), QStringLiteral("chorus.ics")},
        {ExportKind::Json, "actionExportJson", tr("Whole Workspace as &JSON…"), tr("JSON (*.json)"),
         QStringLiteral("workspace.json")},
    };
    for (const auto& e : exports) {
        QAction* action = exportMenu->addAction(e.text);
        action->setObjectName(QLatin1String(e.name));
        const ExportKind kind = e.kind;
        const QString filter = e.filter;
        const QString suggested = e.suggested;
        const QString title = QString(e.text).remove(QLatin1Char('&')).remove(QChar(0x2026));
        connect(action, &QAction::triggered, this, [this, kind, filter, suggested, title] {
            if (auto path = askFile(true, title, filter, suggested))
                exportTo(kind, *path);
        });
    }
    file->insertSeparator(before);
    file->insertAction(before, import);
    file->insertMenu(before, exportMenu);
    connect(import, &QAction::triggered, this, [this] {
        if (auto path = askFile(
                false, tr("Import"),
                tr("People and workspaces (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)"), {}))
            openImportDialog(*path);
    });
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_export.result();
        m_window.showMessage(error.isEmpty() ? tr("Export written.") : error, 8000);
        emit exportFinished(error);
    });
}

ImportExportActions::~ImportExportActions() {
    m_export.waitForFinished();
}

std::optional<QString> ImportExportActions::askFile(bool save, const QString& title, const QString& filter,
                                                    const QString& suggestedName) {
    QString path;
    if (!queuedFileNames().isEmpty())
        path = queuedFileNames().takeFirst();
    else if (save)
        path = QFileDialog::getSaveFileName(&m_window, title, QDir::home().filePath(suggestedName), filter);
    else
        path = QFileDialog::getOpenFileName(&m_window, title, QDir::homePath(), filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

void ImportExportActions::openImportDialog(const QString& path) {
    auto* dialog = new ImportDialog(m_workspace, path, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, &m_window,
            [this](const QString& summary) { m_window.showMessage(summary, 8000); });
    dialog->open();
}

void ImportExportActions::exportTo(ExportKind kind, const QString& path) {
    if (m_export.isRunning())
        return;
    m_window.showMessage(tr("Exporting…"), 0);
    const QString workspacePath = m_workspace.path();
    m_export.setFuture(QtConcurrent::run([kind, path, workspacePath]() -> QString {
        auto ws = Workspace::open(workspacePath, {});
        if (!ws)
            return ws.error().message;
        auto bytes = kind == ExportKind::VCard       ? io::WorkspaceExport::vcard(**ws)
                     : kind == ExportKind::PeopleCsv ? io::WorkspaceExport::peopleCsv(**ws)
                     : kind == ExportKind::ICalendar ? io::WorkspaceExport::icalendar(**ws)
                                                     : io::WorkspaceExport::json(**ws);
        if (!bytes)
            return bytes.error().message;
        auto st = io::WorkspaceExport::writeFile(path, *bytes);
        return st ? QString() : st.error().message;
    }));
}

} // namespace chorus::ui
