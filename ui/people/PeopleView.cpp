#include "PeopleView.h"

#include "PeopleFilterBar.h"
#include "PeopleTableModel.h"
#include "PersonEditor.h"
#include "PersonProfile.h"
#include "shell/ColumnWidths.h"
#include "shell/EmptyState.h"
#include "storage/Workspace.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

PeopleView::PeopleView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("peopleView"));
    m_filterBar = new PeopleFilterBar(workspace, this);
    m_model = new PeopleTableModel(workspace, this);
    m_filterBar->setMatchCount(m_model->matchCount());

    // Every child is made with its parent: widgets made parentless and reparented later kept a Tab ring
    // of their own, and Tab never left the page.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    restoreSortOrder(m_table, QStringLiteral("people"), PeopleTableModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(
        false); // arrows move between cells; Tab goes on to the profile and the toolbar
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidthsEm(m_table, {13, 11, 7, 12, 4, 8, 4}, PeopleTableModel::Topics);

    new EmptyState(m_table, [this] {
        const PersonFilter none;
        PersonFilter archivedToo;
        archivedToo.includeArchived = true;
        const PersonFilter current = m_model->filter();
        if (current == none || current == archivedToo)
            return tr(
                "No people yet.\n\nAdd someone with New Person (Ctrl+Shift+N), log a touchpoint, or import "
                "a file.");
        return tr("Nobody matches these filters.");
    });
    m_profile = new PersonProfile(workspace, this);
    m_editor = new PersonEditor(workspace, this);
    m_side = new QStackedWidget(this);
    m_side->addWidget(m_profile);
    m_side->addWidget(m_editor);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("peopleSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({60 * em, 40 * em}); // until the user's own split is restored
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QToolBar* toolBar = buildToolBar();
    layout->addWidget(toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    // Tab in reading order: the toolbar's Set Stance button, the filters, the list, then the profile. The
    // toolbar is built after the widgets its actions act on, so its button starts at the end of the chain.
    if (auto* stance = toolBar->findChild<QWidget*>(QStringLiteral("peopleSetStance")))
        moveToFrontOfTabChain(stance);

    connect(m_filterBar, &PeopleFilterBar::filterChanged, m_model, &PeopleTableModel::setFilter);
    connect(m_model, &PeopleTableModel::matchCountChanged, m_filterBar, &PeopleFilterBar::setMatchCount);
    connect(m_model, &QAbstractItemModel::modelReset, m_filterBar,
            [this] { m_filterBar->setMatchCount(m_model->matchCount()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleView::onCurrentChanged);
    connect(m_profile, &PersonProfile::personActivated, this, &PeopleView::showPerson);
    connect(m_profile, &PersonProfile::editRequested, this, &PeopleView::editPerson);
    connect(m_profile, &PersonProfile::conversationActivated, this, &PeopleView::conversationActivated);
    connect(m_profile, &PersonProfile::deleteRequested, this, &PeopleView::deletePerson);
    connect(m_editor, &PersonEditor::saveRequested, this, &PeopleView::onSaveRequested);
    connect(m_editor, &PersonEditor::cancelled, this, [this] { m_side->setCurrentWidget(m_profile); });
    restoreState();
}

void PeopleView::moveToFrontOfTabChain(QWidget* first) {
    QList<QWidget*> rest;
    for (QWidget* w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (w != first && isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            rest << w;
    }
    QWidget* previous = first;
    for (QWidget* w : rest) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

PeopleView::~PeopleView() {
    saveState();
}

void PeopleView::onCurrentChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_side->setCurrentWidget(m_profile);
    m_profile->showPerson(m_model->idAt(current.row()));
}

void PeopleView::showPerson(Id id) {
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, PeopleTableModel::Name);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_side->setCurrentWidget(m_profile);
    m_profile->showPerson(id);
}

QVector<Id> PeopleView::selectedIds() const {
    QVector<Id> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_model->idAt(index.row());
    return ids;
}

void PeopleView::restoreState() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("people"));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void PeopleView::saveState() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("people"));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
}

} // namespace chorus::ui
