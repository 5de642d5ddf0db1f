#include "WhoCompleter.h"

#include "storage/Workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace chorus::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

WhoCompleter::WhoCompleter(Workspace& workspace, QLineEdit* edit, int limit)
    : QObject(edit)
    , m_workspace(workspace)
    , m_edit(edit)
    , m_limit(limit)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this)) {
    // The list is already the workspace's best matches: show it as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setWidget(edit);
    m_completer->popup()->setObjectName(QStringLiteral("personCompletions"));
    connect(edit, &QLineEdit::textEdited, this, &WhoCompleter::refresh);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &WhoCompleter::choose);
}

void WhoCompleter::reset() {
    m_chosenId = 0;
    m_chosenName.clear();
    m_model->clear();
}

void WhoCompleter::refresh(const QString& text) {
    if (m_chosenId != 0 && text != m_chosenName) {
        m_chosenId = 0;
        m_chosenName.clear();
    }
    m_model->clear();
    const QString prefix = text.trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    const auto found = m_workspace.people().complete(prefix, m_limit);
    for (const PersonCompletion& c : found.valueOr({})) {
        QStringList parts{c.name};
        if (!c.organisation.isEmpty())
            parts << c.organisation;
        if (!c.handle.isEmpty())
            parts << c.handle;
        auto* item = new QStandardItem(parts.join(QStringLiteral(" · ")));
        item->setData(c.id, kIdRole);
        item->setData(c.name, kNameRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void WhoCompleter::choose(const QModelIndex& index) {
    if (!index.isValid())
        return;
    m_chosenId = index.data(kIdRole).value<Id>();
    m_chosenName = index.data(kNameRole).toString();
    m_edit->setText(m_chosenName);
    emit personChosen(m_chosenId);
}

} // namespace chorus::ui
