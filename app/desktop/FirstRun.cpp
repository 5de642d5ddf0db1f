#include "FirstRun.h"

#include "DesktopSession.h"
#include "shell/SampleBuilder.h"
#include "shell/WelcomeDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>

namespace chorus::desktop {

namespace {

void openOrQuit(DesktopSession& session, const QString& path, bool create) {
    if (const QString error = session.open(path, create); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("FirstRun", "Chorus"), error);
        QApplication::exit(1);
    }
}

} // namespace

bool runFirstRun(DesktopSession& session, const QString& defaultPath) {
    ui::WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted)
        return false;
    switch (welcome.choice()) {
    case ui::WelcomeDialog::Choice::Open:
        openOrQuit(session, welcome.openedPath(), false);
        return true;
    case ui::WelcomeDialog::Choice::Sample: {
        auto* builder = new ui::SampleBuilder(&session);
        auto* progress =
            new QProgressDialog(QApplication::translate("FirstRun", "Making a sample community…"),
                                QApplication::translate("FirstRun", "Cancel"), 0, 100);
        progress->setWindowTitle(QApplication::translate("FirstRun", "Chorus"));
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        QObject::connect(builder, &ui::SampleBuilder::progress, progress, &QProgressDialog::setValue);
        QObject::connect(progress, &QProgressDialog::canceled, builder, &ui::SampleBuilder::cancel);
        QObject::connect(builder, &ui::SampleBuilder::finished, &session,
                         [&session, builder, progress, defaultPath](const QString& error) {
                             progress->deleteLater();
                             builder->deleteLater();
                             // Cancelled or failed: nothing was written; the empty workspace still opens.
                             if (!error.isEmpty() && !progress->wasCanceled())
                                 QMessageBox::warning(nullptr, QApplication::translate("FirstRun", "Chorus"),
                                                      error);
                             openOrQuit(session, defaultPath, true);
                         });
        progress->show();
        builder->start(defaultPath);
        return true;
    }
    case ui::WelcomeDialog::Choice::Empty:
    case ui::WelcomeDialog::Choice::None:
        break;
    }
    openOrQuit(session, defaultPath, true);
    return true;
}

} // namespace chorus::desktop
