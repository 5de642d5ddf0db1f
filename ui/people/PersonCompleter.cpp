#include "PersonCompleter.h"

#include "storage/Workspace.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>

namespace chorus::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int HandleRole = Qt::UserRole + 3;
constexpr int Suggestions = 12;
} // namespace

PersonCompleter::PersonCompleter(Workspace& workspace, QLineEdit* edit)
    : QCompleter(edit)
    , m_workspace(workspace)
    , m_edit(edit)
    , m_items(new QStandardItemModel(this)) {
    setModel(m_items);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompletionRole(NameRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(this);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        m_chosen = 0;
        update();
    });
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_chosen = index.data(IdRole).toLongLong();
                m_edit->setText(index.data(NameRole).toString());
                emit personChosen(m_chosen);
            });
}

void PersonCompleter::update() {
    const QString text = m_edit->text().trimmed();
    m_items->clear();
    if (text.isEmpty())
        return;
    for (const PersonCompletion& c : m_workspace.people().complete(text, Suggestions).valueOr({})) {
        QString label = c.name;
        if (!c.organisation.isEmpty())
            label += QStringLiteral(" — ") + c.organisation;
        if (!c.handle.isEmpty())
            label += QStringLiteral(" (%1)").arg(c.handle);
        auto* item = new QStandardItem(label);
        item->setData(c.id, IdRole);
        item->setData(c.name, NameRole);
        item->setData(c.handle, HandleRole);
        m_items->appendRow(item);
    }
    if (m_items->rowCount() > 0 && m_edit->hasFocus())
        complete();
}

Id PersonCompleter::resolve() const {
    if (m_chosen > 0)
        return m_chosen;
    const QString text = m_edit->text().trimmed();
    const auto completions = m_workspace.people().complete(text, Suggestions).valueOr({});
    Id found = 0;
    for (const PersonCompletion& c : completions) {
        const bool same = c.name.compare(text, Qt::CaseInsensitive) == 0 ||
                          (!c.handle.isEmpty() && c.handle.compare(text, Qt::CaseInsensitive) == 0);
        if (!same || c.id == found)
            continue;
        if (found != 0)
            return 0; // two people answer to it: make the user pick
        found = c.id;
    }
    return found;
}

} // namespace chorus::ui
