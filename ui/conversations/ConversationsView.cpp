#include "ConversationsView.h"

#include "ConversationDetail.h"
#include "ConversationEditor.h"
#include "ConversationsModel.h"
#include "shell/ColumnWidths.h"
#include "shell/EmptyState.h"
#include "shell/StatusCommand.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

ConversationsView::ConversationsView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undoStack) {
    setObjectName(QStringLiteral("conversationsView"));
    m_model = new ConversationsModel(workspace, this);

    auto* add = new QPushButton(tr("New Conversation"), this);
    add->setObjectName(QStringLiteral("convNew"));
    connect(add, &QPushButton::clicked, this, &ConversationsView::newConversation);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("convFilterText"));
    m_text->setAccessibleName(tr("Filter conversations"));
    m_text->setPlaceholderText(tr("Filter by title or summary…"));
    m_text->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("convFilterStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (auto s : {ConversationStatus::Seen, ConversationStatus::Watching, ConversationStatus::Joined,
                   ConversationStatus::Hosting, ConversationStatus::Closed})
        m_status->addItem(conversationStatusLabel(s), int(s));
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(typing, &QTimer::timeout, this, &ConversationsView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ConversationsView::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("conversationsTable"));
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidthsEm(m_table, {20, 6, 7, 8, 4, 10}, ConversationsModel::Title);
    restoreSortOrder(m_table, QStringLiteral("conversations"), ConversationsModel::LastActivity,
                     Qt::DescendingOrder);

    new EmptyState(m_table, [this] {
        return m_text->text().trimmed().isEmpty() && m_status->currentIndex() == 0
                   ? tr("No conversations yet.\n\nAdd a thread you follow with New Conversation, or let a "
                        "feed "
                        "bring them in.")
                   : tr("No conversation matches these filters.");
    });
    m_detail = new ConversationDetail(workspace, undoStack, m_ids);
    m_editor = new ConversationEditor(workspace);
    m_side = new QStackedWidget;
    m_side->addWidget(m_detail);
    m_side->addWidget(m_editor);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("conversationsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({58 * em, 42 * em});
    m_splitter->restoreState(QSettings().value(QStringLiteral("conversations/splitter")).toByteArray());

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 2);
    bar->addWidget(add);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (!index.isValid())
                    return;
                m_side->setCurrentWidget(m_detail);
                m_detail->showConversation(m_model->idAt(index.row()));
            });
    connect(m_detail, &ConversationDetail::personActivated, this, &ConversationsView::personActivated);
    connect(m_detail, &ConversationDetail::editRequested, this, &ConversationsView::editConversation);
    connect(m_editor, &ConversationEditor::saveRequested, this, &ConversationsView::onSaveRequested);
    connect(m_editor, &ConversationEditor::cancelled, this, [this] { m_side->setCurrentWidget(m_detail); });
}

ConversationsView::~ConversationsView() {
    QSettings().setValue(QStringLiteral("conversations/splitter"), m_splitter->saveState());
}

void ConversationsView::applyFilter() {
    ConversationFilter filter;
    filter.text = m_text->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.statuses = {ConversationStatus(status)};
    m_model->setFilter(filter);
}

void ConversationsView::showConversation(Id id) {
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_side->setCurrentWidget(m_detail);
    m_detail->showConversation(id);
}

void ConversationsView::newConversation() {
    m_editor->edit(Conversation{});
    m_side->setCurrentWidget(m_editor);
}

void ConversationsView::editConversation(Id id) {
    auto conversation = m_workspace.conversations().get(id);
    if (!conversation)
        return;
    m_editor->edit(*conversation);
    m_side->setCurrentWidget(m_editor);
}

void ConversationsView::onSaveRequested(const Conversation& before, const Conversation& after) {
    auto& repo = m_workspace.conversations();
    const auto report = [this](const QString& m) {
        emit statusMessage(m);
    };
    if (before.id == 0) {
        auto id = std::make_shared<Id>(0);
        const int count = m_undo->count();
        m_undo->push(new StatusCommand(
            tr("Add conversation %1").arg(after.title),
            [&repo, after, id, ids = m_ids]() -> Status {
                auto added = repo.add(after);
                if (!added)
                    return added.error();
                if (*id != 0) // stored again after an undo: commands made meanwhile follow the new id
                    ids->renamed(*id, *added);
                *id = *added;
                return {};
            },
            [&repo, id] { return repo.remove(*id); }, report));
        if (m_undo->count() > count)
            showConversation(*id);
        return;
    }
    const IdRef conversation = m_ids->ref(after.id);
    m_undo->push(new StatusCommand(
        tr("Edit conversation %1").arg(after.title),
        [&repo, after, conversation] {
            Conversation c = after;
            c.id = *conversation;
            return repo.update(c);
        },
        [&repo, before, conversation] {
            Conversation c = before;
            c.id = *conversation;
            return repo.update(c);
        },
        report));
    showConversation(after.id);
}

} // namespace chorus::ui
