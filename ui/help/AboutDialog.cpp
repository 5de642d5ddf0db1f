#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace chorus::ui {

AboutDialog::AboutDialog(const BuildInfo& info, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Chorus"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Chorus icon"));
    auto* title = new QLabel(tr("<h2>Chorus %1</h2>").arg(info.version.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* what =
        new QLabel(tr("A desktop studio for technology evangelists: the people around a platform, the "
                      "conversations they take part in and every touchpoint with them. Your data stays "
                      "in a local workspace file."),
                   this);
    what->setWordWrap(true);

    const QString unknown = tr("unknown");
    QStringList lines;
    lines << tr("Chorus %1").arg(info.version);
    lines << tr("Licence: %1").arg(info.licence.isEmpty() ? unknown : info.licence);
    lines << tr("Qt %1 (built with %2)").arg(info.qtRuntime, info.qtBuild);
    lines << tr("SQLite %1").arg(info.sqlite.isEmpty() ? unknown : info.sqlite);
    lines << tr("igraph %1").arg(info.igraph.isEmpty() ? unknown : info.igraph);
    m_versions = lines.join(QLatin1Char('\n'));
    auto* versions = new QPlainTextEdit(m_versions, this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setReadOnly(true);
    versions->setAccessibleName(tr("Version and libraries"));
    versions->setMaximumHeight(versions->fontMetrics().lineSpacing() * (int(lines.size()) + 2));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace chorus::ui
