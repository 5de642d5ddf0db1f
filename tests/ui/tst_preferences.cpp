#include "UiTestSupport.h"
#include "core/SuggestScenario.h"
#include "people/PeopleView.h"
#include "preferences/PreferencesDialog.h"
#include "shell/MainWindow.h"
#include "shell/SampleBuilder.h"
#include "shell/StandardPages.h"
#include "shell/Theme.h"
#include "shell/WelcomeDialog.h"
#include "suggest/SuggestionSettings.h"
#include "support/TempWorkspace.h"
#include "today/TodayModel.h"
#include "today/TodayPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

using namespace chorus;
using namespace chorus::ui;
using chorus::test::SuggestScenario;

namespace {
const QString GrowthKey = QStringLiteral("suggest.support.weight.growth");

/// Two supporters with a fresh post each: one bigger and growing 10% a month, one smaller and flat. With the
/// default weights the rising trend wins; without the growth weight the smaller voice does.
struct RisingAndFlat {
    SuggestScenario s;
    Id rising = 0, flat = 0;
    RisingAndFlat() {
        rising = s.person(QStringLiteral("Rising Voice"), Stance::Supporter, 20000);
        flat = s.person(QStringLiteral("Flat Voice"), Stance::Supporter, 5000);
        for (int m = 11; m >= 0; --m) {
            const QDate on = s.now().date().addMonths(-m);
            if (!s.ws().reach().record({rising, on, qint64(20000.0 / std::pow(1.1, m))}) ||
                !s.ws().reach().record({flat, on, 5000}))
                qFatal("reach");
        }
        s.post(rising, QStringLiteral("Rising post"), 1, {});
        s.post(flat, QStringLiteral("Flat post"), 1, {});
    }
};

/// The Support section of the Today page, one display text per suggestion.
QStringList supportShown(TodayPage& page) {
    QStringList out;
    TodayModel* model = page.model();
    const QModelIndex section = model->sectionIndex(SuggestionKind::Support);
    for (int row = 0; row < model->rowCount(section); ++row) {
        const Suggestion* s = model->suggestion(model->index(row, 0, section));
        out << (s && !s->people.isEmpty() ? s->people.first().name : QString());
    }
    return out;
}

QDoubleSpinBox* weightBox(QWidget& dialog, const QString& name) {
    return dialog.findChild<QDoubleSpinBox*>(name);
}

double healthOf(Workspace& ws, Id person) {
    auto rows = ws.people().rows({person}, ws.clock().now(), ws.settings().healthParameters());
    return rows && !rows->isEmpty() ? rows->first().health : -1;
}
} // namespace

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

    void aWeightChangedInPreferencesReordersToday() {
        RisingAndFlat w;
        MainWindow window(w.s.ws());
        StandardPages pages(window, w.s.ws());
        window.show();
        TodayPage* today = pages.today();
        {
            QSignalSpy loaded(today, &TodayPage::loaded);
            today->reload();
            QVERIFY(loaded.wait(20000) || loaded.count() > 0);
        }
        QCOMPARE(supportShown(*today),
                 (QStringList{QStringLiteral("Rising Voice"), QStringLiteral("Flat Voice")}));

        // Edit ▸ Preferences, Suggestions tab: type 0 into "A rising reach trend", OK.
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("prefTabs"));
            tabs->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("prefSuggestions")));
            QDoubleSpinBox* growth = weightBox(*dialog, GrowthKey);
            if (!growth) {
                dialog->reject();
                return;
            }
            seen = QString::number(growth->value());
            growth->setFocus();
            QTest::keyClick(growth, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(growth, QStringLiteral("0"));
            seen += QLatin1Char('>') + QString::number(growth->value());
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QSignalSpy loaded(today, &TodayPage::loaded);
        window.findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        QCOMPARE(seen, QStringLiteral("0.2>0"));
        QVERIFY(loaded.wait(20000) || loaded.count() > 0); // Today computed the lists again, by itself
        QCOMPARE(w.s.ws().settings().number(GrowthKey, -1), 0.0);
        QCOMPARE(SuggestionSettings::load(w.s.ws().settings()).supportGrowth, 0.0);
        QCOMPARE(supportShown(*today),
                 (QStringList{QStringLiteral("Flat Voice"), QStringLiteral("Rising Voice")}));
    }

    void everySuggestionSettingHasARowWithItsDefault() {
        test::TempWorkspace tw;
        PreferencesDialog dialog(tw.ws());
        for (const auto& [name, value] : SuggestionSettings{}.entries()) {
            QDoubleSpinBox* box = weightBox(dialog, name);
            QVERIFY2(box, qPrintable(name));
            QCOMPARE(box->value(), value);
            // A plain-language label, not the settings name.
            const auto labels = dialog.findChildren<QLabel*>();
            const auto label =
                std::find_if(labels.cbegin(), labels.cend(), [box](QLabel* l) { return l->buddy() == box; });
            QVERIFY2(label != labels.cend(), qPrintable(name));
            QVERIFY2(!(*label)->text().contains(QLatin1String("suggest.")), qPrintable(name));
            // The box offers exactly what the settings accept, and the default is inside.
            const SuggestionSettings::Range range = SuggestionSettings::rangeOf(name);
            QCOMPARE(box->minimum(), range.min);
            QCOMPARE(box->maximum(), range.max);
            QVERIFY2(value >= range.min && value <= range.max, qPrintable(name));
        }
    }

    // One range per setting, kept by every writer and reader: refused when stored out of it, brought inside
    // when a workspace holds such a value already.
    void settingsStayInsideTheirRanges() {
        test::TempWorkspace tw;
        QVERIFY(!SuggestionSettings::store(tw->settings(), {{GrowthKey, 6}}));
        QVERIFY(!SuggestionSettings::store(tw->settings(), {{QStringLiteral("suggest.introduce.pool"), 1}}));
        QVERIFY(
            !SuggestionSettings::store(tw->settings(), {{QStringLiteral("suggest.support.window_days"), 0}}));
        QVERIFY(
            SuggestionSettings::store(tw->settings(), {{QStringLiteral("suggest.reconnect.pool"), 5000}}));
        QVERIFY(tw->settings().setValue(QStringLiteral("suggest.reconnect.pool"), QStringLiteral("100000")));
        QVERIFY(
            tw->settings().setValue(QStringLiteral("suggest.support.variety_factor"), QStringLiteral("3")));
        const SuggestionSettings loaded = SuggestionSettings::load(tw->settings());
        QCOMPARE(loaded.reconnectPool, 5000);
        QCOMPARE(loaded.varietyFactor, 1.0);
    }

    void restoreDefaultsAndCancel() {
        RisingAndFlat w;
        QVERIFY(SuggestionSettings::store(w.s.ws().settings(), {{GrowthKey, 0.0}}));
        QCOMPARE(SuggestScenario::names(w.s.list(SuggestionKind::Support)).first(),
                 QStringLiteral("Flat Voice"));
        {
            // Restore, then Cancel: nothing changes.
            PreferencesDialog dialog(w.s.ws());
            QCOMPARE(weightBox(dialog, GrowthKey)->value(), 0.0);
            dialog.findChild<QPushButton*>(QStringLiteral("prefSuggestRestore"))->click();
            QCOMPARE(weightBox(dialog, GrowthKey)->value(), 0.2);
            dialog.reject();
            QCOMPARE(w.s.ws().settings().number(GrowthKey, -1), 0.0);
        }
        PreferencesDialog dialog(w.s.ws());
        dialog.findChild<QPushButton*>(QStringLiteral("prefSuggestRestore"))->click();
        QCOMPARE(dialog.apply(), QString());
        // Back to the default: the setting is gone (later defaults apply), the rising voice leads again.
        QCOMPARE(w.s.ws().settings().value(GrowthKey).value(), QString());
        QCOMPARE(SuggestScenario::names(w.s.list(SuggestionKind::Support)).first(),
                 QStringLiteral("Rising Voice"));
    }

    void refusedWeightsWriteNothing() {
        test::TempWorkspace tw;
        PreferencesDialog dialog(tw.ws());
        for (const QString& name :
             {QStringLiteral("freshness"), QStringLiteral("voice"), QStringLiteral("growth"),
              QStringLiteral("alignment"), QStringLiteral("topic_fit"), QStringLiteral("reciprocity")})
            weightBox(dialog, QStringLiteral("suggest.support.weight.") + name)->setValue(0);
        dialog.findChild<QSpinBox*>(QStringLiteral("prefHalfLife"))->setValue(30);
        const QString error = dialog.apply();
        QVERIFY2(error.contains(QLatin1String("support")), qPrintable(error));
        // Nothing was half-written: neither the weights nor the half-life.
        QCOMPARE(tw->settings().value(GrowthKey).value(), QString());
        QCOMPARE(tw->settings().healthParameters().halfLifeDays, 45.0);
        QVERIFY(!SuggestionSettings::store(tw->settings(), {{GrowthKey, -1}}));
        QVERIFY(!SuggestionSettings::store(tw->settings(), {{QStringLiteral("suggest.no.such"), 1}}));
        QVERIFY(
            !SuggestionSettings::store(tw->settings(), {{QStringLiteral("suggest.reconnect.pool"), 2.5}}));
    }

    void focusTopicsChangeTheSuggestions() {
        SuggestScenario s;
        const Id aaron = s.person(QStringLiteral("Aaron"), Stance::Advocate, 1000, {QStringLiteral("Go")});
        const Id zed = s.person(QStringLiteral("Zed"), Stance::Advocate, 1000, {QStringLiteral("Rust")});
        s.post(aaron, QStringLiteral("On Go"), 1, {QStringLiteral("Go")});
        s.post(zed, QStringLiteral("On Rust"), 1, {QStringLiteral("Rust")});
        // No focus topics: equal scores, names decide.
        QCOMPARE(SuggestScenario::names(s.list(SuggestionKind::Support)),
                 (QStringList{QStringLiteral("Aaron"), QStringLiteral("Zed")}));
        PreferencesDialog dialog(s.ws());
        auto* topics = dialog.findChild<QListWidget*>(QStringLiteral("prefFocusTopics"));
        topics->findItems(QStringLiteral("Rust"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        QCOMPARE(dialog.apply(), QString());
        QCOMPARE(SuggestScenario::names(s.list(SuggestionKind::Support)),
                 (QStringList{QStringLiteral("Zed"), QStringLiteral("Aaron")}));
    }

    void halfLifeChangesHealthAsShown() {
        SuggestScenario s;
        const Id recent = s.person(QStringLiteral("Recent"), Stance::Supporter);
        const Id older = s.person(QStringLiteral("Older"), Stance::Supporter);
        s.touch(recent, TouchpointKind::Met, 0);
        s.touch(older, TouchpointKind::Met, 45);
        const double recentBefore = healthOf(s.ws(), recent);
        const double olderBefore = healthOf(s.ws(), older);
        QVERIFY(olderBefore > 0 && olderBefore < recentBefore);

        PreferencesDialog dialog(s.ws());
        dialog.findChild<QSpinBox*>(QStringLiteral("prefHalfLife"))->setValue(15);
        QCOMPARE(dialog.apply(), QString());
        // A touchpoint of today counts in full whatever the half-life; one 45 days old now counts an eighth
        // instead of a half.
        QVERIFY(std::abs(healthOf(s.ws(), recent) - recentBefore) < 0.01);
        QVERIFY(healthOf(s.ws(), older) < olderBefore);
    }

    void theDefaultWorkspaceLocationIsWhereChorusOpens() {
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("elsewhere.chorus"));
        test::TempWorkspace tw;
        {
            PreferencesDialog dialog(tw.ws());
            dialog.findChild<QLineEdit*>(QStringLiteral("prefLocation"))->setText(chosen);
            QCOMPARE(dialog.apply(), QString());
        }
        QCOMPARE(PreferencesDialog::defaultWorkspacePath(), chosen);
        // Emptied: back to the data folder.
        PreferencesDialog dialog(tw.ws());
        dialog.findChild<QLineEdit*>(QStringLiteral("prefLocation"))->clear();
        QCOMPARE(dialog.apply(), QString());
        QCOMPARE(PreferencesDialog::defaultWorkspacePath(), Workspace::defaultPath());
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
