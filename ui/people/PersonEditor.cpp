#include "PersonEditor.h"

#include "model/Validation.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {
enum IdentityColumn { PlatformColumn, HandleColumn, UrlColumn };
}

PersonEditor::PersonEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("personEditor"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    const auto line = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_name = line("editName");
    m_organisation = line("editOrganisation");
    m_role = line("editRole");
    m_location = line("editLocation");
    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("editStance"));
    for (const QString& key : stanceKeys())
        m_stance->addItem(stanceLabel(*stanceFromKey(key)), key);
    m_reach = line("editReach");
    m_reach->setPlaceholderText(tr("audience size, if known"));
    m_reach->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_reach));

    m_identities = new QTableWidget(0, 3, this);
    m_identities->setObjectName(QStringLiteral("editIdentities"));
    m_identities->setHorizontalHeaderLabels({tr("Platform"), tr("Handle or address"), tr("Profile link")});
    m_identities->horizontalHeader()->setStretchLastSection(true);
    m_identities->verticalHeader()->hide();
    m_identities->setMinimumHeight(110);
    auto* addIdentity = new QPushButton(tr("Add identity"), this);
    addIdentity->setObjectName(QStringLiteral("editAddIdentity"));
    auto* removeIdentity = new QPushButton(tr("Remove identity"), this);
    connect(addIdentity, &QPushButton::clicked, this, [this] {
        Identity identity;
        identity.platform = QStringLiteral("email");
        addIdentityRow(identity);
        m_identities->setCurrentCell(m_identities->rowCount() - 1, HandleColumn);
        m_identities->editItem(m_identities->currentItem());
    });
    connect(removeIdentity, &QPushButton::clicked, this, [this] {
        if (m_identities->currentRow() >= 0)
            m_identities->removeRow(m_identities->currentRow());
    });

    m_topics = line("editTopics");
    m_topics->setPlaceholderText(tr("Rust on Windows: 80%, WebAssembly"));
    m_tags = line("editTags");
    m_tags->setPlaceholderText(tr("speaker, berlin"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Stance:"), m_stance);
    form->addRow(tr("Rea&ch:"), m_reach);
    form->addRow(tr("&Topics:"), m_topics);
    form->addRow(tr("T&ags:"), m_tags);

    auto* identityButtons = new QHBoxLayout;
    identityButtons->addWidget(addIdentity);
    identityButtons->addWidget(removeIdentity);
    identityButtons->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("editCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonEditor::cancelled);
    for (QLineEdit* edit : {m_name, m_organisation, m_role, m_location, m_reach, m_topics, m_tags})
        connect(edit, &QLineEdit::returnPressed, this, &PersonEditor::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Identities</b>"), this));
    layout->addWidget(m_identities, 1);
    layout->addLayout(identityButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PersonEditor::edit(const Person& person) {
    m_original = person;
    m_title->setText(person.id == 0 ? tr("New person") : tr("Edit %1").arg(person.name));
    m_name->setText(person.name);
    m_organisation->setText(person.organisation);
    m_role->setText(person.role);
    m_location->setText(person.location);
    m_stance->setCurrentIndex(qMax(0, m_stance->findData(stanceKey(person.stance))));
    m_reach->setText(person.reach ? QString::number(*person.reach) : QString());
    m_identities->setRowCount(0);
    for (const Identity& identity : person.identities)
        addIdentityRow(identity);
    QStringList topics;
    for (const PersonTopic& t : person.topics)
        topics << QStringLiteral("%1: %2%").arg(t.name).arg(qRound(t.weight * 100));
    m_topics->setText(topics.join(QStringLiteral(", ")));
    m_tags->setText(person.tags.join(QStringLiteral(", ")));
    m_error->hide();
    m_name->setFocus();
    m_name->selectAll();
}

void PersonEditor::addIdentityRow(const Identity& identity) {
    const int row = m_identities->rowCount();
    m_identities->insertRow(row);
    auto* platform = new QComboBox(m_identities);
    platform->setEditable(true);
    for (const QString& key : knownPlatforms())
        platform->addItem(platformLabel(key), key);
    const int known = platform->findData(identity.platform);
    if (known >= 0)
        platform->setCurrentIndex(known);
    else
        platform->setEditText(identity.platform);
    m_identities->setCellWidget(row, PlatformColumn, platform);
    auto* handle = new QTableWidgetItem(identity.handle);
    handle->setData(Qt::UserRole, identity.id);
    m_identities->setItem(row, HandleColumn, handle);
    m_identities->setItem(row, UrlColumn, new QTableWidgetItem(identity.url));
}

Person PersonEditor::current() const {
    Person p = m_original;
    p.name = m_name->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.role = m_role->text().trimmed();
    p.location = m_location->text().trimmed();
    p.stance = stanceFromKey(m_stance->currentData().toString()).value_or(Stance::Unknown);
    p.reach = m_reach->text().isEmpty() ? std::nullopt : std::optional<qint64>(m_reach->text().toLongLong());
    p.identities.clear();
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        auto* platform = qobject_cast<QComboBox*>(m_identities->cellWidget(row, PlatformColumn));
        Identity identity;
        identity.personId = p.id;
        const int index = platform->findText(platform->currentText());
        identity.platform =
            index >= 0 ? platform->itemData(index).toString() : platform->currentText().trimmed().toLower();
        const QTableWidgetItem* handle = m_identities->item(row, HandleColumn);
        const QTableWidgetItem* url = m_identities->item(row, UrlColumn);
        identity.handle = handle ? handle->text().trimmed() : QString();
        identity.id = handle ? handle->data(Qt::UserRole).toLongLong() : 0;
        identity.url = url ? url->text().trimmed() : QString();
        if (identity.handle.isEmpty() && identity.url.isEmpty())
            continue; // a row added and left blank
        p.identities << identity;
    }
    p.topics.clear();
    static const QRegularExpression weighted(
        QStringLiteral("^(.*?)\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%?)$"));
    for (const QString& part : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        PersonTopic topic;
        const QRegularExpressionMatch match = weighted.match(part.trimmed());
        if (match.hasMatch()) {
            topic.name = match.captured(1).trimmed();
            const double value = match.captured(2).toDouble();
            topic.weight = !match.captured(3).isEmpty() || value > 1.0 ? value / 100.0 : value;
        } else {
            topic.name = part.trimmed();
        }
        if (!topic.name.isEmpty() || match.hasMatch())
            p.topics << topic;
    }
    p.tags.clear();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !p.tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            p.tags << tag.trimmed();
    }
    return p;
}

QString PersonEditor::identityConflict(const Person& person) const {
    for (const Identity& identity : person.identities) {
        const auto owners =
            m_workspace.people().findIdentities(identity.platform, identity.handle).valueOr({});
        for (const Identity& other : owners) {
            if (other.personId == person.id || other.platform != identity.platform)
                continue;
            const auto owner = m_workspace.people().basics({other.personId}).valueOr({});
            const QString name = owner.isEmpty() ? tr("someone else") : owner.constFirst().name;
            return tr("%1: \"%2\" already belongs to %3.")
                .arg(platformLabel(identity.platform), identity.handle, name);
        }
    }
    return {};
}

QString PersonEditor::problem() const {
    const Person p = current();
    if (auto st = validatePerson(p); !st)
        return st.error().message;
    return identityConflict(p);
}

QString PersonEditor::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void PersonEditor::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void PersonEditor::save() {
    const QString message = problem();
    if (!message.isEmpty()) {
        m_error->setText(message);
        m_error->show();
        if (message.startsWith(tr("Name:")))
            m_name->setFocus();
        return;
    }
    m_error->hide();
    emit saveRequested(m_original, current());
}

} // namespace chorus::ui
