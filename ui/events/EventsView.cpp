#include "EventsView.h"

#include "EventDetail.h"
#include "EventsModel.h"
#include "shell/ColumnWidths.h"
#include "shell/EmptyState.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace chorus::ui {

EventsView::EventsView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("eventsView"));
    m_model = new EventsModel(workspace, this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("eventFilterText"));
    m_text->setAccessibleName(tr("Filter events"));
    m_text->setPlaceholderText(tr("Filter by name or place…"));
    m_text->setClearButtonEnabled(true);
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_model->setText(m_text->text().trimmed()); });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidthsEm(m_table, {16, 8, 9, 8, 5}, EventsModel::Name);
    restoreSortOrder(m_table, QStringLiteral("events"), EventsModel::Starts, Qt::DescendingOrder);

    new EmptyState(m_table, [this] {
        return m_text->text().trimmed().isEmpty()
                   ? tr("No events yet.\n\nEvents come from event capture and imports.")
                   : tr("No event matches “%1”.").arg(m_text->text().trimmed());
    });
    m_detail = new EventDetail(workspace, undoStack);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("eventsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({52 * em, 48 * em});
    m_splitter->restoreState(QSettings().value(QStringLiteral("events/splitter")).toByteArray());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QVBoxLayout;
    bar->setContentsMargins(6, 6, 6, 2);
    bar->addWidget(m_text);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    m_detail->showEventDetails(m_model->idAt(index.row()));
            });
    connect(m_detail, &EventDetail::personActivated, this, &EventsView::personActivated);
}

EventsView::~EventsView() {
    QSettings().setValue(QStringLiteral("events/splitter"), m_splitter->saveState());
}

void EventsView::showEventDetails(Id id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_detail->showEventDetails(id);
}

} // namespace chorus::ui
