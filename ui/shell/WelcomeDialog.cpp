#include "WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace chorus::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Chorus"));
    auto* title = new QLabel(tr("<h2>Welcome to Chorus</h2>"), this);
    auto* text =
        new QLabel(tr("Chorus keeps the people around your platform, the conversations they take part "
                      "in and every touchpoint with them — on this computer, in one file."),
                   this);
    text->setWordWrap(true);
    auto* empty = new QCommandLinkButton(tr("Start an empty workspace"),
                                         tr("Add the people you know and log touchpoints as you go."), this);
    empty->setObjectName(QStringLiteral("welcomeEmpty"));
    auto* sample = new QCommandLinkButton(
        tr("Explore a sample workspace"),
        tr("A made-up community of a few hundred people with two years of conversations, events and "
           "touchpoints, to try everything before you enter your own."),
        this);
    sample->setObjectName(QStringLiteral("welcomeSample"));
    auto* open =
        new QCommandLinkButton(tr("Open a workspace file…"), tr("A .chorus file you already have."), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(empty, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Empty;
        accept();
    });
    connect(sample, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Sample;
        accept();
    });
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                          tr("Chorus workspaces (*.chorus);;All files (*)"));
        if (path.isEmpty())
            return;
        m_openedPath = path;
        m_choice = Choice::Open;
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(empty);
    layout->addWidget(sample);
    layout->addWidget(open);
    setMinimumWidth(520);
}

} // namespace chorus::ui
