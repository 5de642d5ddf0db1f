#include "report/ReportFixture.h"

#include "dashboard/PeriodPicker.h"
#include "reports/ReportForm.h"
#include "reports/ReportsView.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace chorus;
using chorus::test::ReportFixture;
using chorus::test::TempWorkspace;

namespace {
template <typename T> T* child(QWidget& w, const char* name) {
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}
} // namespace

class TestReportsView : public QObject {
    Q_OBJECT

private slots:
    void previewShowsHostileTextLiterally() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ui::ReportsView view(tw.ws());
        view.form()->periodPicker()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 19));
        QSignalSpy ready(&view, &ui::ReportsView::previewReady);
        QTest::mouseClick(child<QPushButton>(view, "reportPreviewButton"), Qt::LeftButton);
        QVERIFY(view.isBusy() || ready.count() == 1);
        QTRY_COMPARE(ready.count(), 1);
        const QString text = view.preview()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Relationship report")));
        QVERIFY(text.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(text.contains(ReportFixture::hostileName())); // shown as text, not run as markup
        QVERIFY(!view.preview()->toHtml().contains(QStringLiteral("<script")));
    }

    void exportWritesTheChosenFormatOffTheUiThread() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ui::ReportsView view(tw.ws());
        view.form()->periodPicker()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 19));
        auto* format = child<QComboBox>(view, "reportFormat");
        format->setCurrentIndex(format->findData(int(report::ReportFormat::Markdown)));
        // Only two sections.
        auto* sections = child<QListWidget>(view, "reportSections");
        for (int i = 0; i < sections->count(); ++i) {
            const QString key = sections->item(i)->data(Qt::UserRole).toString();
            sections->item(i)->setCheckState(key == QLatin1String("people") || key == QLatin1String("balance")
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
        }
        const QString path = tw.dir() + QStringLiteral("/november.md");
        child<QLineEdit>(view, "reportOutput")->setText(path);
        QSignalSpy exported(&view, &ui::ReportsView::exported);
        QTest::mouseClick(child<QPushButton>(view, "reportExportButton"), Qt::LeftButton);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().first().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.contains(QStringLiteral("## Do with, not to")));
        QVERIFY(md.contains(QStringLiteral("| Ada Lovelace |")));
        QVERIFY(!md.contains(QStringLiteral("## Top conversations")));
        QVERIFY(!file.permissions().testFlag(QFile::ReadOther));
        QCOMPARE(child<QProgressBar>(view, "reportProgress")->value(), 100);

        // Switching the format keeps the name and changes the extension.
        format->setCurrentIndex(format->findData(int(report::ReportFormat::Pdf)));
        QCOMPARE(child<QLineEdit>(view, "reportOutput")->text(), tw.dir() + QStringLiteral("/november.pdf"));
    }

    void dossierNeedsAPersonAndFindsThemByName() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ui::ReportsView view(tw.ws());
        auto* kind = child<QComboBox>(view, "reportKind");
        kind->setCurrentIndex(kind->findData(int(report::ReportKind::Person)));
        QVERIFY(!child<QComboBox>(view, "reportTopic")->isEnabled());
        const QString path = tw.dir() + QStringLiteral("/ada.html");
        child<QLineEdit>(view, "reportOutput")->setText(path);
        QSignalSpy failed(&view, &ui::ReportsView::failed);
        QSignalSpy exported(&view, &ui::ReportsView::exported);
        view.exportReport();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Choose a person."));
        QVERIFY(!QFile::exists(path));

        auto* format = child<QComboBox>(view, "reportFormat");
        format->setCurrentIndex(format->findData(int(report::ReportFormat::Html)));
        child<QLineEdit>(view, "reportPerson")->setText(QStringLiteral("Ada Lovelace"));
        view.exportReport();
        QTRY_COMPARE(exported.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<h1>Ada Lovelace</h1>")));
        QVERIFY(html.contains(QStringLiteral("Send the slides")));
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
