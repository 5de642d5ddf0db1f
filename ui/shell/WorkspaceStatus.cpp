#include "WorkspaceStatus.h"
#include "shell/Plural.h"

#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace chorus::ui {

WorkspaceStatus::WorkspaceStatus(Workspace& workspace, QWidget* parent)
    : QLabel(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("workspaceStatus"));
    m_recount.setSingleShot(true);
    m_recount.setInterval(250);
    connect(&m_recount, &QTimer::timeout, this, &WorkspaceStatus::refresh);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::Person || change.entity == Entity::Conversation ||
            change.entity == Entity::Event || change.entity == Entity::Workspace)
            m_recount.start();
    });
    refresh();
}

void WorkspaceStatus::refresh() {
    const int people = m_workspace.people().count().valueOr(0);
    const int conversations = m_workspace.conversations().count().valueOr(0);
    const int events = m_workspace.events().count().valueOr(0);
    setText(tr("%1 — %2 · %3 · %4")
                .arg(QFileInfo(m_workspace.path()).completeBaseName(),
                     countOf(people, tr("1 person"), tr("%L1 people")),
                     countOf(conversations, tr("1 conversation"), tr("%L1 conversations")),
                     countOf(events, tr("1 event"), tr("%L1 events"))));
    setToolTip(QDir::toNativeSeparators(m_workspace.path()));
}

} // namespace chorus::ui
