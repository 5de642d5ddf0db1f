#include "UiTestSupport.h"
#include "shell/DialogService.h"
#include "shell/MainWindow.h"
#include "sources/AddSourceDialog.h"
#include "sources/SourcesModel.h"
#include "sources/SourcesPage.h"
#include "sources/SourcesView.h"
#include "support/LocalHttpServer.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace chorus;
using namespace chorus::ui;
using chorus::test::HttpResponse;
using chorus::test::LocalHttpServer;

namespace {
QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString cell(SourcesView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

void clickRow(QTableView* table, int row) {
    const QRect rect = table->visualRect(table->model()->index(row, SourcesModel::PersonColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class TestSourcesView : public QObject {
    Q_OBJECT
    LocalHttpServer m_server;

private slots:
    void initTestCase() {
        test::isolateSettings("tst_sourcesview");
        QVERIFY(m_server.listen());
        HttpResponse feed;
        feed.body = fixture(QStringLiteral("mastodon.rss"));
        m_server.serve("/ada.rss", feed);
        HttpResponse hung;
        hung.never = true;
        m_server.serve("/hung.rss", hung);
    }

    void addRefreshAndRemoveFromThePage() {
        test::TempWorkspace tw;
        QVERIFY(tw->topics().ensure(QStringLiteral("Rust")));
        const Id ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        MainWindow window(tw.ws());
        SourcesView* view = installSourcesPage(window, tw.ws());
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showPage(PageId::Sources);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.hasPage(PageId::Sources));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!view->findChild<QAction*>(QStringLiteral("sourcesRefreshAllAction"))->isEnabled());

        // Add: a mistake is shown in the dialog, which stays open; then the source appears as a row.
        view->findChild<QAction*>(QStringLiteral("sourcesAddAction"))->trigger();
        auto* dialog = view->findChild<AddSourceDialog*>(QStringLiteral("addSourceDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->personEdit()->setText(QStringLiteral("Nobody"));
        dialog->urlEdit()->setText(m_server.url(QStringLiteral("/ada.rss")).toString());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("Nobody")));
        dialog->personEdit()->setText(QStringLiteral("Ada Lovelace"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cell(view, 0, SourcesModel::PersonColumn), QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(view, 0, SourcesModel::ResultColumn), QStringLiteral("never fetched"));

        // A second, hung source; refresh all with a short timeout: progress in the status bar, then results.
        Source hung;
        hung.personId = ada;
        hung.url = m_server.url(QStringLiteral("/hung.rss"));
        QVERIFY(tw->sources().add(hung));
        QCOMPARE(view->model()->rowCount(), 2);
        RefreshOptions quick;
        quick.timeoutMs = 500;
        view->setRefreshOptions(quick);
        QSignalSpy finished(view, &SourcesView::refreshFinished);
        view->findChild<QAction*>(QStringLiteral("sourcesRefreshAllAction"))->trigger();
        QVERIFY(window.statusBar()->findChild<QProgressBar*>(QStringLiteral("sourcesProgress")));
        QTRY_VERIFY(view->progressBar()->isVisible());
        QVERIFY(view->findChild<QAction*>(QStringLiteral("sourcesCancelAction"))->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!view->progressBar()->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("2 new items")),
                 qPrintable(window.statusBar()->currentMessage()));
        const int adaRow = view->model()->rowOf(1);
        const int hungRow = view->model()->rowOf(2);
        QCOMPARE(cell(view, adaRow, SourcesModel::ResultColumn), QStringLiteral("2 new"));
        QCOMPARE(cell(view, adaRow, SourcesModel::ItemsColumn), QStringLiteral("2"));
        QVERIFY(cell(view, adaRow, SourcesModel::FeedColumn).startsWith(QStringLiteral("Ada Lovelace — ")));
        QCOMPARE(cell(view, hungRow, SourcesModel::ResultColumn), QStringLiteral("timeout (1 failure)"));
        QVERIFY(!cell(view, hungRow, SourcesModel::NextColumn).isEmpty());
        QCOMPARE(*tw->conversations().count(), 2);

        // Selecting the failing source shows its error below the table.
        clickRow(view->table(), hungRow);
        auto* details = view->findChild<QLabel*>(QStringLiteral("sourcesDetails"));
        QTRY_VERIFY(details->text().contains(QLatin1String("no answer within")));

        // Remove asks first; "no" keeps it, "yes" removes the row and keeps the conversations.
        DialogService::queueConfirm(false);
        view->findChild<QAction*>(QStringLiteral("sourcesRemoveAction"))->trigger();
        QCOMPARE(view->model()->rowCount(), 2);
        clickRow(view->table(), view->model()->rowOf(1));
        DialogService::queueConfirm(true);
        view->findChild<QAction*>(QStringLiteral("sourcesRemoveAction"))->trigger();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->rowOf(1), -1);
        QCOMPARE(*tw->conversations().count(), 2);
    }

    void cancelAndFollowIdentities() {
        test::TempWorkspace tw;
        Person grace;
        grace.name = QStringLiteral("Grace Hopper");
        grace.identities = {{0, 0, QStringLiteral("mastodon"), QStringLiteral("@grace@example.social"), {}},
                            {0, 0, QStringLiteral("bluesky"), QStringLiteral("grace.bsky.social"), {}}};
        const Id id = *tw->people().add(grace);
        Source hung;
        hung.personId = id;
        hung.url = m_server.url(QStringLiteral("/hung.rss"));
        QVERIFY(tw->sources().add(hung));
        MainWindow window(tw.ws());
        SourcesView* view = installSourcesPage(window, tw.ws());
        window.showPage(PageId::Sources);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy finished(view, &SourcesView::refreshFinished);
        clickRow(view->table(), 0);
        view->findChild<QAction*>(QStringLiteral("sourcesRefreshAction"))->trigger();
        QVERIFY(view->isRefreshing());
        QTRY_VERIFY(!m_server.requests("/hung.rss").isEmpty());
        view->findChild<QAction*>(QStringLiteral("sourcesCancelAction"))->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<RefreshSummary>().cancelled);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("cancelled")));
        QCOMPARE(tw->sources().list()->first().failures, 0);

        DialogService::queueText(QStringLiteral("Grace Hopper"));
        view->findChild<QAction*>(QStringLiteral("sourcesFollowIdentitiesAction"))->trigger();
        QCOMPARE(view->model()->rowCount(), 3);
        QStringList feeds;
        for (int row = 0; row < 3; ++row)
            feeds << cell(view, row, SourcesModel::FeedColumn);
        QVERIFY(feeds.contains(QStringLiteral("https://example.social/@grace.rss")));
        QVERIFY(feeds.contains(QStringLiteral("https://bsky.app/profile/grace.bsky.social/rss")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("2 new feeds")));

        // Erasing the person removes their rows.
        QVERIFY(tw->people().remove(id));
        QCOMPARE(view->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSourcesView)
#include "tst_sourcesview.moc"
