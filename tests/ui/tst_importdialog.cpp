#include "UiTestSupport.h"
#include "support/TempWorkspace.h"

#include "io/ImportDialog.h"
#include "io/ImportExportActions.h"
#include "io/ImportMappingTable.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::ui;

namespace {
QString fixture(const QString& name) {
    return qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/io/") + name;
}

void addAda(test::TempWorkspace& tw) {
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    ada.identities << Identity{0, 0, QStringLiteral("email"), QStringLiteral("ada@example.org"), {}};
    QVERIFY(tw->people().add(ada));
}

int rowOf(QTableWidget* table, const QString& text) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == text)
            return r;
    }
    return -1;
}
} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_importdialog"); }

    void previewCountsMappingAndImport() {
        test::TempWorkspace tw;
        addAda(tw);
        ImportDialog dialog(tw.ws(), fixture(QStringLiteral("linkedin_connections.csv")));
        dialog.show();
        auto* counts = dialog.findChild<QLabel*>(QStringLiteral("countsLabel"));
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QTRY_VERIFY(importButton->isEnabled());
        QVERIFY2(counts->text().contains(QStringLiteral("3 new")) &&
                     counts->text().contains(QStringLiteral("1 matched")),
                 qPrintable(counts->text()));
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Matched"));
        QVERIFY(preview->item(0, 3)->text().contains(QStringLiteral("ada@example.org")));

        // The mapping table shows the preset's choice; remapping a column updates the preview live.
        auto* mapping = dialog.findChild<ImportMappingTable*>(QStringLiteral("mappingTable"));
        const int company = rowOf(mapping, QStringLiteral("Company"));
        const int url = rowOf(mapping, QStringLiteral("URL"));
        QVERIFY(company >= 0 && url >= 0);
        QCOMPARE(mapping->field(url), io::ImportField::LinkedIn);
        QCOMPARE(mapping->field(company), io::ImportField::Organisation);
        auto* firstName =
            qobject_cast<QComboBox*>(mapping->cellWidget(rowOf(mapping, QStringLiteral("First Name")), 1));
        QVERIFY(firstName);
        firstName->setCurrentIndex(firstName->findData(int(io::ImportField::Ignore)));
        // Without first names Linus (who has no last name) has no name at all: skipped, and the table says
        // why.
        QTRY_VERIFY2(counts->text().contains(QStringLiteral("1 skipped")), qPrintable(counts->text()));
        QTRY_VERIFY(preview->item(3, 3) && preview->item(3, 3)->text().contains(QStringLiteral("no name")));
        firstName->setCurrentIndex(firstName->findData(int(io::ImportField::FirstName)));
        QTRY_VERIFY(counts->text().contains(QStringLiteral("0 skipped")));
        QTRY_VERIFY(importButton->isEnabled());

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 1);
        QVERIFY(imported.first().first().toString().contains(QStringLiteral("3 new")));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(*tw->people().count(true), 4);
        const auto matches =
            tw->people().findIdentities(QStringLiteral("linkedin"), QStringLiteral("ada-lovelace"));
        QCOMPARE(matches->size(), 1);
    }

    void encodingAndDelimiterChoicesRereadTheFile() {
        test::TempWorkspace tw;
        ImportDialog dialog(tw.ws(), fixture(QStringLiteral("semicolon_latin1.csv")));
        dialog.show();
        auto* counts = dialog.findChild<QLabel*>(QStringLiteral("countsLabel"));
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        // Semicolons and Windows-1252 are detected, but no column is a name until the user says so.
        QTRY_VERIFY2(counts->text().contains(QStringLiteral("2 skipped")), qPrintable(counts->text()));
        QVERIFY(!importButton->isEnabled());
        auto* mapping = dialog.findChild<ImportMappingTable*>(QStringLiteral("mappingTable"));
        mapping->setField(rowOf(mapping, QStringLiteral("Vorname")), io::ImportField::FirstName);
        mapping->setField(rowOf(mapping, QStringLiteral("Nachname")), io::ImportField::LastName);
        QTRY_VERIFY2(counts->text().contains(QStringLiteral("2 new")), qPrintable(counts->text()));
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Jürgen Müller"));
        QVERIFY(importButton->isEnabled());
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        auto* encoding = dialog.findChild<QComboBox*>(QStringLiteral("encodingCombo"));
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
        QTRY_VERIFY2(error->text().contains(QStringLiteral("line 2")), qPrintable(error->text()));
        QCOMPARE(*tw->people().count(true), 0);
    }

    void malformedFileSaysWhereAndCannotBeImported() {
        test::TempWorkspace tw;
        ImportDialog dialog(tw.ws(), fixture(QStringLiteral("missing_end.vcf")));
        dialog.show();
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("missing_end.vcf, line 1")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("mappingTable"))->isVisible());
    }

    void fileMenuImportsAndExports() {
        test::TempWorkspace tw;
        addAda(tw);
        MainWindow window(tw.ws());
        ImportExportActions actions(window, tw.ws());
        window.show();
        QMenu* file = window.menu(MainWindow::MenuId::File);
        auto* importAction = window.findChild<QAction*>(QStringLiteral("actionImport"));
        QVERIFY(importAction && file->actions().contains(importAction));
        QCOMPARE(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

        ImportExportActions::queueFileName(fixture(QStringLiteral("google.vcf")));
        importAction->trigger();
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog*>()) != nullptr);
        auto* importButton = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
        QTRY_VERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(*tw->people().count(true), 3);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("people.vcf"));
        QSignalSpy exported(&actions, &ImportExportActions::exportFinished);
        ImportExportActions::queueFileName(out);
        window.findChild<QAction*>(QStringLiteral("actionExportVCard"))->trigger();
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().first().toString(), QString());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("BEGIN:VCARD"), 3);

        // People as CSV: the columns the Chorus preset reads back.
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        ImportExportActions::queueFileName(csv);
        window.findChild<QAction*>(QStringLiteral("actionExportPeopleCsv"))->trigger();
        QTRY_COMPARE(exported.count(), 2);
        QCOMPARE(exported.last().first().toString(), QString());
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFname,organisation,role"));
        QCOMPARE(bytes.count("\r\n"), 4);
        QCOMPARE(QFileInfo(csv).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        // A cancelled save dialog writes nothing.
        ImportExportActions::queueFileName(QString());
        window.findChild<QAction*>(QStringLiteral("actionExportJson"))->trigger();
        QTest::qWait(50);
        QCOMPARE(exported.count(), 2);
    }

    void touchpointFileIsPreviewedAndImported() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Ada Lovelace"));
        Person grace;
        grace.name = QStringLiteral("Grace Hopper");
        grace.identities << Identity{0, 0, QStringLiteral("email"), QStringLiteral("grace@example.org"), {}};
        QVERIFY(tw->people().add(grace));
        ImportDialog dialog(tw.ws(), fixture(QStringLiteral("touchpoints.csv")));
        dialog.show();
        auto* counts = dialog.findChild<QLabel*>(QStringLiteral("countsLabel"));
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        // Read as people first (the header is no known touchpoint export): the user says what a row is.
        QTRY_VERIFY2(counts->text().contains(QStringLiteral("row")), qPrintable(counts->text()));
        auto* target = dialog.findChild<QComboBox*>(QStringLiteral("targetCombo"));
        target->setCurrentIndex(target->findData(QStringLiteral("touchpoints")));
        QTRY_VERIFY2(counts->text().contains(QStringLiteral("4 new")), qPrintable(counts->text()));
        QVERIFY2(
            counts->text().contains(QStringLiteral("2 with a person not in this workspace (lines 4, 9)")),
            qPrintable(counts->text()));
        QVERIFY(counts->text().contains(QStringLiteral("3 skipped")));
        auto* mapping = dialog.findChild<ImportMappingTable*>(QStringLiteral("mappingTable"));
        QCOMPARE(mapping->field(rowOf(mapping, QStringLiteral("Kind"))), io::ImportField::Kind);
        QCOMPARE(mapping->field(rowOf(mapping, QStringLiteral("Who"))), io::ImportField::Name);
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QCOMPARE(preview->item(2, 1)->text(), QStringLiteral("Unknown person"));
        QVERIFY(preview->item(3, 3)->text().contains(QStringLiteral("lunch")));
        // Unmapping the kind column makes the file unreadable as touchpoints, and says which column is
        // missing.
        mapping->setField(rowOf(mapping, QStringLiteral("Kind")), io::ImportField::Ignore);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY2(error->isVisible() && error->text().contains(QStringLiteral("\"kind\"")),
                     qPrintable(error->text()));
        QVERIFY(!importButton->isEnabled());
        mapping->setField(rowOf(mapping, QStringLiteral("Kind")), io::ImportField::Kind);
        QTRY_VERIFY(importButton->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(*tw->touchpoints().count(), 4);
        QCOMPARE(*tw->people().count(true), 2); // nobody new
    }

    void cancellingAnImportWritesNothing() {
        test::TempWorkspace tw;
        addAda(tw);
        // Enough rows that the commit is still running when cancel is pressed; cancel rolls everything back.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,email\n");
            for (int i = 0; i < 20000; ++i)
                f.write(QStringLiteral("Person %1,p%1@example.org\n").arg(i).toUtf8());
        }
        ImportDialog dialog(tw.ws(), csv);
        dialog.show();
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 60000);
        QTest::mouseClick(importButton, Qt::LeftButton);
        dialog.job()->cancel(); // what the Cancel button does while the job runs
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->isRunning(), 60000);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Nothing was written")), qPrintable(error->text()));
        QCOMPARE(*tw->people().count(true), 1);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
