#include "ReportFixture.h"

#include "report/CsvWriter.h"
#include "report/MarkdownRenderer.h"
#include "report/PdfRenderer.h"
#include "report/ReportExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

using namespace chorus;
using namespace chorus::report;
using chorus::test::ReportFixture;
using chorus::test::TempWorkspace;

class TestReports : public QObject {
    Q_OBJECT

private:
    static ReportRequest period(ReportFormat format) {
        ReportRequest r;
        r.kind = ReportKind::Period;
        r.from = QDate(2026, 11, 1);
        r.to = QDate(2026, 11, 19);
        r.format = format;
        return r;
    }
    static const Section* section(const ReportDocument& doc, const QString& key) {
        for (const Section& s : doc.sections) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }
    static QString figure(const Section& s, const QString& label) {
        for (const Block& b : s.blocks) {
            if (const auto* f = std::get_if<KeyFigures>(&b)) {
                for (const KeyFigure& k : f->figures) {
                    if (k.label == label)
                        return k.value;
                }
            }
        }
        return {};
    }
    static QString pdfText(const QString& path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        // pdftotext reports ligatures as such ("ﬁ"); the text they stand for is what a reader sees.
        return QString::fromUtf8(p.readAllStandardOutput())
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB02), QStringLiteral("fl"));
    }
    static int pdfPages(const QString& path) {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        if (!p.waitForFinished(60000))
            return -1;
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private slots:
    void periodFiguresCountTheAxis() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportExporter exporter(tw.ws());
        auto doc = exporter.document(period(ReportFormat::Html));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        const Section* summary = section(*doc, QStringLiteral("summary"));
        QVERIFY(summary);
        QCOMPARE(figure(*summary, QStringLiteral("Touchpoints")), QStringLiteral("5"));
        QCOMPARE(figure(*summary, QStringLiteral("People you were in touch with")), QStringLiteral("2"));
        QCOMPARE(figure(*summary, QStringLiteral("Ties formed")), QStringLiteral("1"));
        const Section* balance = section(*doc, QStringLiteral("balance"));
        QVERIFY(balance);
        QCOMPARE(figure(*balance, QStringLiteral("Done with people")), QStringLiteral("3"));
        QCOMPARE(figure(*balance, QStringLiteral("Done to people")), QStringLiteral("1"));
        QCOMPARE(figure(*balance, QStringLiteral("They reached out")), QStringLiteral("1"));
        const Section* followUps = section(*doc, QStringLiteral("followups"));
        QVERIFY(followUps);
        QCOMPARE(figure(*followUps, QStringLiteral("Due in the period")), QStringLiteral("2"));
        QCOMPARE(figure(*followUps, QStringLiteral("Kept on time")), QStringLiteral("1"));
        QCOMPARE(figure(*followUps, QStringLiteral("Still open")), QStringLiteral("1"));

        // Grace was met six times in September and not since: she has gone cold; Ada has grown.
        const Section* health = section(*doc, QStringLiteral("health"));
        QVERIFY(health);
        QStringList grown, cold;
        for (const Block& b : health->blocks) {
            if (const auto* t = std::get_if<Table>(&b)) {
                for (const QStringList& row : t->rows)
                    (t->caption == QStringLiteral("Gone cold") ? cold : grown) << row.first();
            }
        }
        QVERIFY(cold.contains(QStringLiteral("Grace Hopper")));
        QVERIFY(grown.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(!grown.contains(QStringLiteral("Grace Hopper")));
    }

    void sectionsCanBeChosen() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportRequest r = period(ReportFormat::Markdown);
        r.sections = {QStringLiteral("balance"), QStringLiteral("introductions")};
        auto doc = ReportExporter(tw.ws()).document(r);
        QVERIFY(doc.ok());
        QCOMPARE(doc->sections.size(), 2);
        QCOMPARE(doc->sections[0].key, QStringLiteral("balance"));
    }

    void htmlEscapesHostileText() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        for (ReportKind kind : {ReportKind::Period, ReportKind::Person}) {
            ReportRequest r = period(ReportFormat::Html);
            r.kind = kind;
            r.personId = fx.eve;
            auto bytes = ReportExporter(tw.ws()).render(r);
            QVERIFY(bytes.ok());
            const QString html = QString::fromUtf8(*bytes);
            QVERIFY(!html.contains(QStringLiteral("<script")));
            QVERIFY(!html.contains(QStringLiteral("<img src=file"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QStringLiteral("<b>")));
            QVERIFY(html.contains(QStringLiteral("Eve &lt;script&gt;alert(1)&lt;/script&gt;")));
            if (kind == ReportKind::Person)
                QVERIFY(html.contains(QStringLiteral("&lt;img src=file:///etc/passwd&gt;")));
            // Every image is inline; nothing is loaded from anywhere.
            const auto images =
                QRegularExpression(QStringLiteral("<img [^>]*src=\"([^\"]*)\"")).globalMatch(html);
            int count = 0;
            for (auto it = images; it.hasNext();) {
                const auto m = it.next();
                QVERIFY2(m.captured(1).startsWith(QStringLiteral("data:image/png;base64,")),
                         qPrintable(m.captured(1).left(40)));
                ++count;
            }
            QVERIFY(count >= 1);
            QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
            QVERIFY(html.contains(QStringLiteral("@media print")));
        }
    }

    void markdownTablesKeepTheirShape() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportRequest r = period(ReportFormat::Markdown);
        r.sections = {QStringLiteral("people")};
        auto bytes = ReportExporter(tw.ws()).render(r);
        QVERIFY(bytes.ok());
        const QStringList lines = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
        const qsizetype header = lines.indexOf(
            QStringLiteral("| Person | Organisation | Stance | Do with | Do to | They reached out |"));
        QVERIFY(header >= 0);
        QCOMPARE(lines[header + 1], QStringLiteral("| --- | --- | --- | ---: | ---: | ---: |"));
        // Two people in the period: Ada first (four touchpoints), then Eve, escaped.
        QVERIFY(lines[header + 2].startsWith(
            QStringLiteral("| Ada Lovelace | Analytical Engines | Advocate | 2 | 1 | 1 |")));
        QCOMPARE(lines[header + 3], QStringLiteral("| Eve \\<script\\>alert(1)\\</script\\> | "
                                                   "\\<b\\>Evil\\</b\\> Corp | Sceptic | 1 | 0 | 0 |"));
        QCOMPARE(lines[header + 4], QString());
        // A pipe or a line break in a cell does not break the row.
        QCOMPARE(MarkdownRenderer::escape(QStringLiteral("a|b")), QStringLiteral("a\\|b"));
        QVERIFY(!QString::fromUtf8(*bytes).contains(QStringLiteral("Line one\nLine two")));
    }

    void csvRoundTripsTrickyValues() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportRequest r = period(ReportFormat::Csv);
        auto bytes = ReportExporter(tw.ws()).render(r);
        QVERIFY(bytes.ok());
        const auto rows = chorus::test::parseCsv(*bytes);
        QCOMPARE(rows.first().first(), QStringLiteral("id"));
        QCOMPARE(rows.first().mid(14),
                 (QStringList{QStringLiteral("support_score"), QStringLiteral("reconnect_score")}));
        QCOMPARE(rows.size(), 1 + 5); // header and every person
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), rows.first().size());
        auto rowOf = [&](Id id) {
            for (const QStringList& row : rows) {
                if (row.first() == QString::number(id))
                    return row;
            }
            return QStringList();
        };
        QCOMPARE(rowOf(fx.tricky).at(1), ReportFixture::trickyName());
        QCOMPARE(rowOf(fx.tricky).at(2), ReportFixture::trickyOrganisation());
        QCOMPARE(rowOf(fx.formula).at(1), QStringLiteral("'") + ReportFixture::formulaName());
        QCOMPARE(rowOf(fx.formula).at(2), QStringLiteral("'+44 20 7946 0000"));
        QCOMPARE(rowOf(fx.eve).at(1), ReportFixture::hostileName());
        QCOMPARE(rowOf(fx.ada).at(3), QStringLiteral("advocate"));
        QCOMPARE(rowOf(fx.ada).at(8), QStringLiteral("4"));

        r.csvTable = CsvTable::Touchpoints;
        auto tp = ReportExporter(tw.ws()).render(r);
        QVERIFY(tp.ok());
        const auto tpRows = chorus::test::parseCsv(*tp);
        QCOMPARE(tpRows.size(), 1 + 5);
        QStringList notes;
        for (const QStringList& row : tpRows)
            notes << row.last();
        QVERIFY(notes.contains(QStringLiteral("'@SUM(A1:A9) review")));
        QVERIFY(notes.contains(ReportFixture::hostileNote()));

        for (const QString& cell : {QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1"),
                                    QStringLiteral("@x"), QStringLiteral("\tx"), QStringLiteral("\rx")})
            QVERIFY(CsvWriter::neutralise(cell).startsWith(QLatin1Char('\'')));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("a=b")), QStringLiteral("a=b"));
    }

    void pdfHasPagesNamesAndContents_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }
    void pdfHasPagesNamesAndContents() {
        QFETCH(int, pageSize);
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportRequest r = period(ReportFormat::Pdf);
        r.pageSize = QPageSize::PageSizeId(pageSize);
        const QString path = tw.dir() + QStringLiteral("/period.pdf");
        const Status st = ReportExporter(tw.ws()).exportTo(r, path);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        if (qEnvironmentVariableIsSet("CHORUS_KEEP_REPORT"))
            QFile::copy(path, qEnvironmentVariable("CHORUS_KEEP_REPORT"));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 4 && pages <= 14, qPrintable(QString::number(pages)));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Relationship report")));
        QVERIFY(text.contains(QStringLiteral("Contents")));
        QVERIFY(text.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(text.contains(QStringLiteral("Grace Hopper")));
        QVERIFY(text.contains(ReportFixture::hostileName())); // literally, never as markup
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Stance movement")));

        // The chosen paper, and every font embedded (pdffonts' "emb" column), so it prints the same anywhere.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(60000));
        const QString size = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(size.contains(pageSize == int(QPageSize::A4) ? QStringLiteral("595 x 842")
                                                              : QStringLiteral("612 x 792")),
                 qPrintable(size));
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {path});
        QVERIFY(fonts.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'));
        int listed = 0;
        for (const QString& line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            ++listed;
            // name, type words, encoding, then emb sub uni object-id generation
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cells.size() >= 6 && cells.at(cells.size() - 5) == QLatin1String("yes"),
                     qPrintable(line));
        }
        QVERIFY(listed >= 1);
    }

    void pdfDossierPrintsNotesLiterally() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportRequest r = period(ReportFormat::Pdf);
        r.kind = ReportKind::Person;
        r.personId = fx.eve;
        const QString path = tw.dir() + QStringLiteral("/eve.pdf");
        QVERIFY(ReportExporter(tw.ws()).exportTo(r, path).ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("<img src=file:///etc/passwd>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Evil")));
    }

    void communityReportCoversTopicMembers() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ReportRequest r = period(ReportFormat::Markdown);
        r.kind = ReportKind::Community;
        r.topicId = fx.rustTopic;
        auto doc = ReportExporter(tw.ws()).document(r);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->title, QStringLiteral("Rust on Windows"));
        QCOMPARE(figure(*section(*doc, QStringLiteral("summary")), QStringLiteral("Members")),
                 QStringLiteral("2"));
        QCOMPARE(figure(*section(*doc, QStringLiteral("balance")), QStringLiteral("Done with members")),
                 QStringLiteral("3"));
        r.topicId = 0;
        r.communityId = 7;
        auto missing = ReportExporter(tw.ws()).document(r);
        QVERIFY(!missing.ok());
    }

    void mapSectionOnlyWhenAskedFor() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        auto plain = ReportExporter(tw.ws()).document(period(ReportFormat::Html));
        QVERIFY(plain.ok());
        QVERIFY(!section(*plain, QStringLiteral("map")));
        ReportRequest r = period(ReportFormat::Html);
        r.sections = {QStringLiteral("map")};
        auto doc = ReportExporter(tw.ws()).document(r);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        const Section* map = section(*doc, QStringLiteral("map"));
        QVERIFY(map);
        bool picture = false, communities = false;
        for (const Block& b : map->blocks) {
            picture = picture || (std::holds_alternative<Picture>(b) && !std::get<Picture>(b).image.isNull());
            communities =
                communities || (std::holds_alternative<Table>(b) && !std::get<Table>(b).rows.isEmpty());
        }
        QVERIFY(picture);
        QVERIFY(communities);
        auto html = ReportExporter(tw.ws()).render(r);
        QVERIFY(html.ok());
        QCOMPARE(QString::fromUtf8(*html).count(QStringLiteral("src=\"data:image/png;base64,")), 1);
    }

    // A picture whose paragraph starts at the foot of one page is drawn (clipped) on that page and the next;
    // the PDF must still hold its image once (the 100,000-people map stored twice was 570 KB and a JPEG
    // encode).
    void pdfHoldsEachPictureOnce() {
        QImage image(1800, 1200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setPixelColor(900, 600, Qt::darkGreen);
        // (image objects, pages that draw one) for a picture after `lines` lines of text
        auto render = [&image](int lines) {
            ReportDocument doc;
            doc.title = QStringLiteral("Pictures");
            doc.subtitle = QStringLiteral("once");
            QStringList filler;
            for (int i = 0; i < lines; ++i)
                filler << QStringLiteral("Line %1").arg(i);
            doc.sections.push_back(Section{
                QStringLiteral("map"),
                QStringLiteral("Map"),
                {Paragraph{filler.join(QLatin1Char('\n'))}, Picture{image, QStringLiteral("The map")}}});
            const QByteArray pdf = PdfRenderer::render(doc, QPageSize::A4).valueOr(QByteArray());
            static const QRegularExpression use(QStringLiteral("/Im(\\d+) \\1 0 R"));
            int drawn = 0;
            for (auto it = use.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
                ++drawn;
            return std::pair{int(pdf.count("/Subtype /Image")), drawn};
        };
        int straddling = -1;
        for (int lines = 0; lines <= 72; lines += 3) {
            const auto [objects, drawn] = render(lines);
            QCOMPARE(objects, 1);
            if (drawn >= 2)
                straddling = lines;
        }
        QVERIFY2(straddling >= 0, "no layout put the picture across a page break: the check proves nothing");
        // The report dialog exports off the GUI thread, where the text document draws images, not pixmaps.
        std::pair<int, int> offThread;
        QSemaphore done;
        QThreadPool::globalInstance()->start([&] {
            offThread = render(straddling);
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 120000));
        QCOMPARE(offThread.first, 1);
        QVERIFY(offThread.second >= 2);
    }

    void failedExportLeavesNothing() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        const QString path = tw.dir() + QStringLiteral("/report.html");
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous report");
        existing.close();
        // Cancelled half-way: the old file stays as it was.
        const Status st = ReportExporter(tw.ws()).exportTo(period(ReportFormat::Html), path,
                                                           [](int percent) { return percent < 50; });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Cancelled);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("previous report"));
        existing.close();
        // A bad request writes nothing.
        ReportRequest bad = period(ReportFormat::Pdf);
        bad.to = QDate(2026, 10, 1);
        const QString other = tw.dir() + QStringLiteral("/bad.pdf");
        QVERIFY(!ReportExporter(tw.ws()).exportTo(bad, other).ok());
        QVERIFY(!QFile::exists(other));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
