#include "AddSourceDialog.h"

#include "capture/PersonResolver.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chorus::ui {

AddSourceDialog::AddSourceDialog(Workspace& workspace, const QString& person, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_person(new QLineEdit(person, this))
    , m_url(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("addSourceDialog"));
    setWindowTitle(tr("Follow a Feed"));
    m_person->setObjectName(QStringLiteral("sourcePersonEdit"));
    m_person->setPlaceholderText(tr("Name, handle or id"));
    m_url->setObjectName(QStringLiteral("sourceUrlEdit"));
    m_url->setPlaceholderText(tr("https://example.org/feed.xml, or the blog's address"));
    m_error->setObjectName(QStringLiteral("sourceDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited)"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Address:"), m_url);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Follow"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSourceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (person.isEmpty() ? m_person : m_url)->setFocus();
}

void AddSourceDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->show();
}

void AddSourceDialog::accept() {
    const QString who = m_person->text().trimmed();
    if (who.isEmpty())
        return showError(tr("Person: say whose feed this is."));
    PersonReference reference;
    bool isId = false;
    reference.id = who.toLongLong(&isId);
    if (!isId) {
        reference.id = 0;
        reference.name = who;
    }
    auto resolved = PersonResolver(m_workspace).resolve(reference);
    if (!resolved)
        return showError(resolved.error().message);
    if (resolved->personId == 0)
        return showError(tr("Person: nobody called \"%1\"; add them on the People page first.").arg(who));

    QString address = m_url->text().trimmed();
    if (address.isEmpty())
        return showError(tr("Address: give the feed's address or the page that names it."));
    if (!address.contains(QLatin1String("://")))
        address.prepend(QStringLiteral("https://"));
    Source source;
    source.personId = resolved->personId;
    source.url = QUrl(address);
    auto id = m_workspace.sources().add(source);
    if (!id)
        return showError(id.error().message);
    m_added = *id;
    QDialog::accept();
}

} // namespace chorus::ui
