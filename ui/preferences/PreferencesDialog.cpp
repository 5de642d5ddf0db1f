#include "PreferencesDialog.h"

#include "SuggestionWeightsPage.h"
#include "shell/Theme.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {
const QString DefaultKey = QStringLiteral("workspaces/default");
}

QString PreferencesDialog::defaultWorkspacePath() {
    const QString chosen = QSettings().value(DefaultKey).toString();
    return chosen.isEmpty() ? Workspace::defaultPath() : chosen;
}

PreferencesDialog::PreferencesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto* current = new QLabel(QDir::toNativeSeparators(workspace.path()), this);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    current->setWordWrap(true);
    m_location = new QLineEdit(QDir::toNativeSeparators(defaultWorkspacePath()), this);
    m_location->setObjectName(QStringLiteral("prefLocation"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Default Workspace"), m_location->text(),
                                         tr("Chorus workspaces (*.%1)").arg(Workspace::fileSuffix()), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_location->setText(QDir::toNativeSeparators(path));
    });
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);

    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("prefFocusTopics"));
    for (const Topic& topic : workspace.topics().list().valueOr({})) {
        auto* item = new QListWidgetItem(topic.name, m_topics);
        item->setData(Qt::UserRole, topic.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(topic.focus ? Qt::Checked : Qt::Unchecked);
    }
    if (m_topics->count() == 0) {
        auto* none = new QListWidgetItem(
            tr("No topics yet: they appear as you give people and threads topics."), m_topics);
        none->setFlags(Qt::NoItemFlags);
    }

    m_halfLife = new QSpinBox(this);
    m_halfLife->setObjectName(QStringLiteral("prefHalfLife"));
    m_halfLife->setRange(7, 730);
    m_halfLife->setSuffix(tr(" days"));
    m_halfLife->setValue(qRound(workspace.settings().healthParameters().halfLifeDays));
    m_halfLife->setToolTip(tr("How long until a touchpoint counts half as much toward relationship health"));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("prefTheme"));
    m_theme->addItem(tr("Follow the system"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(themeKey(savedTheme())));

    auto* form = new QFormLayout;
    form->addRow(tr("This workspace:"), current);
    form->addRow(tr("Default &workspace:"), locationRow);
    form->addRow(tr("Relationship health &half-life:"), m_halfLife);
    form->addRow(tr("&Theme:"), m_theme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* general = new QWidget(this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    auto* topicsLabel = new QLabel(
        tr("<b>Focus topics</b> — what you are concentrating on now; suggestions favour them:"), general);
    topicsLabel->setWordWrap(true);
    generalLayout->addWidget(topicsLabel);
    generalLayout->addWidget(m_topics, 1);
    m_weights = new SuggestionWeightsPage(workspace.settings(), this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("prefTabs"));
    tabs->addTab(general, tr("&General"));
    tabs->addTab(m_weights, tr("&Suggestions"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

QString PreferencesDialog::apply() {
    // Check first, so a refused weight leaves everything else unwritten too.
    if (auto st = m_weights->validate(); !st)
        return st.error().message;
    for (int i = 0; i < m_topics->count(); ++i) {
        const QListWidgetItem* item = m_topics->item(i);
        const Id id = item->data(Qt::UserRole).toLongLong();
        if (id == 0)
            continue;
        const bool focus = item->checkState() == Qt::Checked;
        const auto topic = m_workspace.topics().get(id);
        if (topic && topic->focus != focus) {
            if (auto st = m_workspace.topics().setFocus(id, focus); !st)
                return st.error().message;
        }
    }
    HealthParameters health = m_workspace.settings().healthParameters();
    if (qRound(health.halfLifeDays) != m_halfLife->value()) {
        health.halfLifeDays = m_halfLife->value();
        if (auto st = m_workspace.settings().setHealthParameters(health); !st)
            return st.error().message;
    }
    if (auto st = m_weights->store(); !st)
        return st.error().message;
    const QString location = QDir::fromNativeSeparators(m_location->text().trimmed());
    if (location.isEmpty() || location == Workspace::defaultPath())
        QSettings().remove(DefaultKey);
    else
        QSettings().setValue(DefaultKey, location);
    const Theme theme = themeFromKey(m_theme->currentData().toString());
    if (theme != savedTheme()) {
        saveTheme(theme);
        applyTheme(theme);
    }
    return {};
}

void PreferencesDialog::accept() {
    if (const QString error = apply(); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Preferences"), error);
        return;
    }
    QDialog::accept();
}

} // namespace chorus::ui
