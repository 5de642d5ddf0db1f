#include "ConversationEditor.h"

#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chorus::ui {

ConversationEditor::ConversationEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("conversationEditor"));
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("convEditTitle"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("convEditUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_platform = new QComboBox(this);
    m_platform->setEditable(true);
    m_platform->addItem(QString(), QString());
    for (const QString& key : knownPlatforms())
        m_platform->addItem(platformLabel(key), key);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("convEditStatus"));
    for (auto s : {ConversationStatus::Seen, ConversationStatus::Watching, ConversationStatus::Joined,
                   ConversationStatus::Hosting, ConversationStatus::Closed})
        m_status->addItem(conversationStatusLabel(s), int(s));
    m_topics = new QLineEdit(this);
    m_topics->setObjectName(QStringLiteral("convEditTopics"));
    m_topics->setPlaceholderText(tr("Rust on Windows, WebAssembly"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("convEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("T&opics:"), m_topics);
    form->addRow(tr("S&ummary:"), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("convEditSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConversationEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConversationEditor::cancelled);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    layout->addStretch();
}

void ConversationEditor::edit(const Conversation& conversation) {
    m_original = conversation;
    m_heading->setText(conversation.id == 0 ? tr("New conversation") : tr("Edit conversation"));
    m_title->setText(conversation.title);
    m_url->setText(conversation.url.toString());
    const int platform = m_platform->findData(conversation.platform);
    if (platform >= 0)
        m_platform->setCurrentIndex(platform);
    else
        m_platform->setEditText(conversation.platform);
    m_status->setCurrentIndex(m_status->findData(int(conversation.status)));
    m_topics->setText(conversation.topics.join(QStringLiteral(", ")));
    m_summary->setPlainText(conversation.summary);
    m_error->hide();
    m_title->setFocus();
}

Conversation ConversationEditor::current() const {
    Conversation c = m_original;
    c.title = m_title->text().trimmed();
    c.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    const int index = m_platform->findText(m_platform->currentText());
    c.platform =
        index >= 0 ? m_platform->itemData(index).toString() : m_platform->currentText().trimmed().toLower();
    c.status = ConversationStatus(m_status->currentData().toInt());
    c.topics.clear();
    for (const QString& t : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            c.topics << t.trimmed();
    }
    c.summary = m_summary->toPlainText().trimmed();
    return c;
}

QString ConversationEditor::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConversationEditor::save() {
    const Conversation c = current();
    // The same rules storage applies, checked first so the message names the field.
    Status st;
    const QString link = m_url->text().trimmed();
    if (c.title.isEmpty() && link.isEmpty())
        st = makeError(ErrorCode::Invalid, tr("Conversation: give it a title or a link."));
    else if (!link.isEmpty() && (!c.url.isValid() || !(c.url.scheme() == QLatin1String("http") ||
                                                       c.url.scheme() == QLatin1String("https"))))
        st = makeError(ErrorCode::Invalid,
                       tr("Link: \"%1\" is not a web address (http:// or https://).").arg(link));
    if (!st) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    emit saveRequested(m_original, c);
}

} // namespace chorus::ui
