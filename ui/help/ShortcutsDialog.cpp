#include "ShortcutsDialog.h"

#include "shell/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {

QString plain(QString text) {
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString keysOf(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(MainWindow& window, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Action"), tr("Keys")});
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setRootIsDecorated(false);

    QSet<const QAction*> listed;
    for (QAction* top : window.menuBar()->actions()) {
        QMenu* menu = top->menu();
        if (!menu)
            continue;
        QList<QPair<QString, QString>> rows;
        const auto collect = [&](const auto& self, QMenu* m) -> void {
            for (QAction* a : m->actions()) {
                if (a->menu())
                    self(self, a->menu());
                else if (!a->shortcuts().isEmpty() && !listed.contains(a)) {
                    rows.push_back({plain(a->text()), keysOf(a)});
                    listed.insert(a);
                }
            }
        };
        collect(collect, menu);
        addGroup(plain(top->text()), rows);
    }
    // Actions with a shortcut that live on a page or a toolbar rather than in a menu.
    QList<QPair<QString, QString>> others;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || listed.contains(a) || a->text().isEmpty())
            continue;
        others.push_back({plain(a->text()), keysOf(a)});
        listed.insert(a);
    }
    addGroup(tr("On pages"), others);
    addGroup(tr("In lists and forms"),
             {{tr("Quick Log: save"), tr("Enter")},
              {tr("Quick Log: choose a completion"), tr("Down, Enter")},
              {tr("Quick Log / dialogs: close"), tr("Esc")},
              {tr("Event Capture: save this person, start the next"), tr("Enter")},
              {tr("Event Capture: go to the likely matches"), tr("Alt+M")},
              {tr("Event Capture: keep as draft, next person"),
               QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)},
              {tr("Follow-ups: mark done"), tr("D or Space")},
              {tr("Follow-ups: snooze"), tr("S")},
              {tr("Follow-ups / Find Duplicates: open or merge the current one"), tr("Enter")},
              {tr("Any field: the underlined letter of its label"), tr("Alt+letter")},
              {tr("Next / previous control"), tr("Tab / Shift+Tab")}});
    m_table->expandAll();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ShortcutsDialog::addGroup(const QString& title, const QList<QPair<QString, QString>>& rows) {
    if (rows.isEmpty())
        return;
    auto* group = new QTreeWidgetItem(m_table, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (const auto& [what, keys] : rows)
        new QTreeWidgetItem(group, {what, keys});
}

QStringList ShortcutsDialog::rows() const {
    QStringList out;
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_table->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << QStringLiteral("%1 | %2 | %3")
                       .arg(group->text(0), group->child(i)->text(0), group->child(i)->text(1));
    }
    return out;
}

} // namespace chorus::ui
