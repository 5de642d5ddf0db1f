#include "UiTestSupport.h"
#include "people/PeopleView.h"
#include "preferences/PreferencesDialog.h"
#include "shell/SampleBuilder.h"
#include "shell/Theme.h"
#include "shell/WelcomeDialog.h"
#include "support/TempWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_preferences"); }

    void preferencesChangeTheWorkspaceAndTheLook() {
        test::TempWorkspace tw;
        Person p;
        p.name = QStringLiteral("Ada");
        p.topics = {PersonTopic{0, QStringLiteral("Rust"), 1.0}, PersonTopic{0, QStringLiteral("Go"), 0.5}};
        QVERIFY(tw->people().add(p).ok());
        const Id rust = tw->topics().findByName(QStringLiteral("Rust"))->value().id;

        PreferencesDialog dialog(tw.ws());
        auto* topics = dialog.findChild<QListWidget*>(QStringLiteral("prefFocusTopics"));
        QCOMPARE(topics->count(), 2);
        const auto found = topics->findItems(QStringLiteral("Rust"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(Qt::Checked);
        auto* halfLife = dialog.findChild<QSpinBox*>(QStringLiteral("prefHalfLife"));
        QCOMPARE(halfLife->value(), 45);
        halfLife->setValue(30);
        auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("prefTheme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QCOMPARE(dialog.apply(), QString());

        QVERIFY(tw->topics().get(rust)->focus);
        QCOMPARE(tw->settings().healthParameters().halfLifeDays, 30.0);
        QCOMPARE(savedTheme(), Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        // They stay: a new dialog shows what was saved.
        PreferencesDialog again(tw.ws());
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("prefHalfLife"))->value(), 30);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("prefTheme"))->currentData().toString(),
                 QStringLiteral("dark"));
        saveTheme(Theme::System);
        applyTheme(Theme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void welcomeOffersASampleThatIsReallyMade() {
        WelcomeDialog welcome;
        welcome.show();
        QTest::mouseClick(welcome.findChild<QCommandLinkButton*>(QStringLiteral("welcomeSample")),
                          Qt::LeftButton);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        QCOMPARE(welcome.choice(), WelcomeDialog::Choice::Sample);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.chorus"));
        SampleBuilder builder;
        QSignalSpy progress(&builder, &SampleBuilder::progress);
        QSignalSpy finished(&builder, &SampleBuilder::finished);
        builder.start(path, 60);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QVERIFY(!progress.isEmpty());
        Workspace::Options options;
        auto ws = Workspace::open(path, options);
        QVERIFY(ws.ok());
        QCOMPARE((*ws)->people().count(true).value(), 60); // archived people included
        QVERIFY((*ws)->conversations().count().value() > 0);
    }

    void splittersComeBack() {
        test::TempWorkspace tw;
        QUndoStack undo;
        QList<int> sizes;
        {
            PeopleView view(tw.ws(), &undo);
            view.resize(1000, 600);
            view.show();
            auto* splitter = view.findChild<QSplitter*>(QStringLiteral("peopleSplitter"));
            splitter->setSizes({300, 690});
            sizes = splitter->sizes();
        }
        PeopleView view(tw.ws(), &undo);
        view.resize(1000, 600);
        view.show();
        QCOMPARE(view.findChild<QSplitter*>(QStringLiteral("peopleSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
