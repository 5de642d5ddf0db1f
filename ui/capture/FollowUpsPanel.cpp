#include "FollowUpsPanel.h"

#include "FollowUpCommand.h"
#include "FollowUpsModel.h"
#include "storage/Workspace.h"
#include "util/DateParsing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

FollowUpsPanel::FollowUpsPanel(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("followUpsPanel"));
    m_model = new FollowUpsModel(workspace, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setAccessibleName(tr("Open follow-ups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit personRequested(index.data(FollowUpsModel::PersonIdRole).value<Id>());
    });
    connect(m_model, &FollowUpsModel::modelReset, this, &FollowUpsPanel::updateCounts);
    connect(m_model, &FollowUpsModel::loadFailed, this, &FollowUpsPanel::showError);

    auto* done = new QPushButton(tr("&Done"), this);
    done->setObjectName(QStringLiteral("followUpsDone"));
    done->setToolTip(tr("Mark the follow-up done (D or Space)"));
    connect(done, &QPushButton::clicked, this, &FollowUpsPanel::markCurrentDone);
    auto* snooze = new QPushButton(tr("&Snooze"), this);
    snooze->setObjectName(QStringLiteral("followUpsSnooze"));
    snooze->setToolTip(tr("Snooze until the date beside (S)"));
    connect(snooze, &QPushButton::clicked, this, &FollowUpsPanel::snoozeCurrent);
    auto* untilLabel = new QLabel(tr("&until:"), this);
    m_snoozeUntil = new QLineEdit(tr("tomorrow"), this);
    m_snoozeUntil->setObjectName(QStringLiteral("followUpsSnoozeUntil"));
    m_snoozeUntil->setAccessibleName(tr("Snooze until"));
    untilLabel->setBuddy(m_snoozeUntil);
    connect(m_snoozeUntil, &QLineEdit::returnPressed, this, &FollowUpsPanel::snoozeCurrent);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("followUpsCounts"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("followUpsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(done);
    buttons->addWidget(snooze);
    buttons->addWidget(untilLabel);
    buttons->addWidget(m_snoozeUntil, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    updateCounts();
}

QString FollowUpsPanel::errorText() const {
    return m_error->text();
}

void FollowUpsPanel::showError(const QString& message) {
    m_error->setText(message);
    if (!message.isEmpty())
        emit statusMessage(message);
}

void FollowUpsPanel::updateCounts() {
    const FollowUpCounts c = m_model->counts();
    m_counts->setText(
        tr("%1 overdue, %2 due today, %3 later").arg(c.overdue).arg(c.dueToday).arg(c.upcoming));
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

Id FollowUpsPanel::currentId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(FollowUpsModel::IdRole).value<Id>() : 0;
}

void FollowUpsPanel::selectAfterChange(int row) {
    // The list reloads on every change; stay at the same place so D, D, D works down the list.
    if (m_model->rowCount() == 0)
        return;
    m_table->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
}

void FollowUpsPanel::markCurrentDone() {
    const Id id = currentId();
    if (id == 0)
        return;
    const int row = m_table->currentIndex().row();
    QPointer<FollowUpsPanel> self(this);
    m_error->clear();
    m_undoStack->push(new FollowUpCommand(m_workspace, m_model->followUp(row), FollowUpCommand::Action::Done,
                                          {}, [self](const QString& m) {
                                              if (self)
                                                  self->showError(m);
                                          }));
    selectAfterChange(row);
}

void FollowUpsPanel::snoozeCurrent() {
    const Id id = currentId();
    if (id == 0)
        return;
    const auto until = parseNaturalDate(m_snoozeUntil->text(), m_workspace.clock().now().date());
    if (!until) {
        showError(tr("Snooze until: \"%1\" is not a date (try \"tomorrow\", \"friday\", \"next week\" or "
                     "2026-12-01).")
                      .arg(m_snoozeUntil->text().trimmed()));
        return;
    }
    const int row = m_table->currentIndex().row();
    const FollowUp f = m_model->followUp(row);
    QPointer<FollowUpsPanel> self(this);
    m_error->clear();
    m_undoStack->push(new FollowUpCommand(m_workspace, f, FollowUpCommand::Action::Snooze, *until,
                                          [self](const QString& m) {
                                              if (self)
                                                  self->showError(m);
                                          }));
    const int moved = m_model->rowOf(id);
    selectAfterChange(moved == row ? row + 1 : row);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool FollowUpsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_D:
        case Qt::Key_Space:
            markCurrentDone();
            return true;
        case Qt::Key_S:
            snoozeCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace chorus::ui
