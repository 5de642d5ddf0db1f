#include "TodayPage.h"

#include "shell/DialogService.h"
#include "storage/Workspace.h"
#include "suggest/SuggestionActions.h"
#include "suggest/SuggestionEngine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chorus::ui {
namespace {
TodayLists computeLists(const QString& path, const QDateTime& at) {
    // A worker opens its own connection on the same file (CONVENTIONS: never share a Database across
    // threads).
    auto ws = Workspace::open(path, {});
    if (!ws)
        return {{}, ws.error().message};
    SuggestionEngine engine(**ws);
    auto lists = engine.all(TodayPage::ItemsPerKind, at);
    if (!lists)
        return {{}, lists.error().message};
    return {*lists, {}};
}
} // namespace

TodayPage::TodayPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new TodayModel(this)) {
    setObjectName(QStringLiteral("todayPage"));
    auto* layout = new QVBoxLayout(this);

    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setWordWrap(true);
    layout->addWidget(m_balance);

    m_state = new QLabel(tr("Working out today's suggestions…"), this);
    m_state->setObjectName(QStringLiteral("state"));
    layout->addWidget(m_state);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("suggestions"));
    m_view->setAccessibleName(tr("Today's suggestions"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_view, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_details);

    buildActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayPage::updateDetails);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model->suggestion(index))
            openCurrent();
    });
    connect(&m_watcher, &QFutureWatcher<TodayLists>::finished, this, &TodayPage::onLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
}

TodayPage::~TodayPage() {
    m_watcher.waitForFinished();
}

void TodayPage::buildActions() {
    auto* buttons = new QHBoxLayout;
    struct Spec {
        const char* name;
        QString text;
        QList<QKeySequence> keys;
        void (TodayPage::*slot)();
    };
    const QList<Spec> specs{
        {"actionOpen",
         tr("Open"),
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
         &TodayPage::openCurrent},
        {"actionDone", tr("Done"), {QKeySequence(Qt::Key_D)}, &TodayPage::markCurrentDone},
        {"actionDismiss",
         tr("Dismiss"),
         {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_X)},
         &TodayPage::dismissCurrent},
        {"actionSnooze", tr("Snooze a week"), {QKeySequence(Qt::Key_S)}, &TodayPage::snoozeCurrent},
        {"actionRefresh", tr("Refresh"), {QKeySequence(QKeySequence::Refresh)}, &TodayPage::reload},
    };
    for (const Spec& spec : specs) {
        auto* action = new QAction(spec.text, this);
        action->setObjectName(QLatin1String(spec.name));
        action->setShortcuts(spec.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(spec.text, spec.keys.first().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, spec.slot);
        addAction(action);
        auto* button = new QPushButton(spec.text, this);
        button->setObjectName(QString::fromLatin1(spec.name).mid(6).toLower() + QStringLiteral("Button"));
        button->setToolTip(action->toolTip());
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    static_cast<QVBoxLayout*>(layout())->addLayout(buttons);
}

QDateTime TodayPage::now() const {
    return m_workspace.clock().now().toUTC();
}

void TodayPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void TodayPage::reload() {
    updateBalance();
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    m_state->setText(tr("Working out today's suggestions…"));
    m_state->setVisible(true);
    m_watcher.setFuture(QtConcurrent::run(computeLists, m_workspace.path(), now()));
}

void TodayPage::onLoaded() {
    const TodayLists lists = m_watcher.result();
    if (!lists.error.isEmpty()) {
        m_state->setText(tr("Suggestions could not be made: %1").arg(lists.error));
    } else {
        m_model->setSections(lists.sections);
        m_state->setVisible(false);
        const QModelIndex first = m_model->firstSuggestion();
        if (first.isValid())
            m_view->setCurrentIndex(first);
        updateDetails();
    }
    // A reload asked for while this one ran may see newer data or a later time: only its result is final.
    if (m_reloadPending) {
        reload();
        return;
    }
    if (lists.error.isEmpty())
        emit loaded();
}

const Suggestion* TodayPage::current() const {
    return m_model->suggestion(m_view->currentIndex());
}

void TodayPage::updateDetails() {
    const Suggestion* s = current();
    if (!s) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p>%1</p>").arg(s->explanation.toHtmlEscaped());
    if (!s->object.url.isEmpty())
        html +=
            QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(
                    s->object.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                    (s->object.title.isEmpty() ? s->object.url.toString() : s->object.title).toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Return: open · D: done · Delete: dismiss · S: snooze a week").toHtmlEscaped());
    m_details->setText(html);
}

void TodayPage::updateBalance() {
    const QDateTime to = now();
    auto balance = m_workspace.touchpoints().balance(to.addDays(-30), to.addSecs(1));
    if (!balance) {
        m_balance->setText(balance.error().message);
        return;
    }
    const bool nudge = suggestionActions::broadcastingDominates(*balance);
    m_balance->setText(suggestionActions::describeBalance(*balance));
    m_balance->setProperty("nudge", nudge);
    QFont font = m_balance->font();
    font.setItalic(nudge);
    m_balance->setFont(font);
}

void TodayPage::openCurrent() {
    const Suggestion* s = current();
    if (!s)
        return;
    switch (s->object.type) {
    case SuggestionObjectType::Post:
    case SuggestionObjectType::Thread:
        emit conversationActivated(s->object.id);
        return;
    case SuggestionObjectType::Pair:
    case SuggestionObjectType::FollowUp:
    case SuggestionObjectType::Person:
        if (!s->people.isEmpty())
            emit personActivated(s->people.first().id);
        return;
    }
}

void TodayPage::markCurrentDone() {
    const Suggestion* s = current();
    if (!s)
        return;
    const QString question = suggestionActions::confirmation(*s);
    const bool log = !question.isEmpty() && DialogService::confirm(this, tr("Done"), question, tr("Log it"));
    const Suggestion acted = *s;
    if (auto st = suggestionActions::act(m_workspace, acted, now(), log); !st) {
        emit statusMessage(st.error().message);
        return;
    }
    updateBalance();
    afterAction(m_view->currentIndex(), log ? tr("Done, and logged.") : tr("Marked done."));
}

void TodayPage::dismissCurrent() {
    const Suggestion* s = current();
    if (!s)
        return;
    if (auto st = SuggestionEngine(m_workspace).dismiss(*s, now()); !st) {
        emit statusMessage(st.error().message);
        return;
    }
    afterAction(m_view->currentIndex(), tr("Dismissed; it will not come back in this list."));
}

void TodayPage::snoozeCurrent() {
    const Suggestion* s = current();
    if (!s)
        return;
    const QDateTime until = now().addDays(7);
    if (auto st = SuggestionEngine(m_workspace).snooze(*s, until, now()); !st) {
        emit statusMessage(st.error().message);
        return;
    }
    afterAction(m_view->currentIndex(),
                tr("Snoozed until %1.").arg(QLocale().toString(until.date(), QLocale::ShortFormat)));
}

void TodayPage::afterAction(const QModelIndex& index, const QString& message) {
    const QModelIndex section = index.parent();
    const int row = index.row();
    m_model->remove(index);
    // Keep the keyboard flow: the next item of the same list, else the first item anywhere.
    QModelIndex next = m_model->index(std::min(row, m_model->rowCount(section) - 1), 0, section);
    if (!next.isValid())
        next = m_model->firstSuggestion();
    if (next.isValid())
        m_view->setCurrentIndex(next);
    updateDetails();
    emit statusMessage(message);
}

} // namespace chorus::ui
