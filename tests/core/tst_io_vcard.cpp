#include "support/TempWorkspace.h"

#include "io/ContentLine.h"
#include "io/ImportCommit.h"
#include "io/ImportPlan.h"
#include "io/VCardImport.h"
#include "io/VCardWriter.h"

#include <QFile>
#include <QTest>

using namespace chorus;
using namespace chorus::io;

// Only for variables: the argument is evaluated more than once.
#define VERIFY_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))

namespace {

QByteArray fixtureBytes(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/io/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QVector<ImportRecord> readFixture(const QString& name) {
    auto source = VCardImport::read(fixtureBytes(name), name);
    if (!source)
        qFatal("%s: %s", qPrintable(name), qPrintable(source.error().message));
    return source->records;
}

bool hasIdentity(const Person& p, const QString& platform, const QString& handle) {
    return std::any_of(p.identities.begin(), p.identities.end(), [&](const Identity& i) {
        return i.platform == platform &&
               normalizedHandle(platform, i.handle) == normalizedHandle(platform, handle);
    });
}

QByteArray exportAll(Workspace& ws, VCardVersion version) {
    auto people = ws.exports().people();
    auto notes = ws.exports().personNotes();
    if (!people || !notes)
        qFatal("export failed");
    return VCardWriter::write(*people, *notes, version);
}

void importAll(Workspace& ws, const QByteArray& bytes) {
    auto source = VCardImport::read(bytes, QStringLiteral("export.vcf"));
    if (!source)
        qFatal("re-import: %s", qPrintable(source.error().message));
    auto plan = ImportPlanner::plan(ws, source->fileName, source->records);
    if (!plan)
        qFatal("re-import plan: %s", qPrintable(plan.error().message));
    for (const PlannedRow& row : plan->rows) {
        if (row.action == PlanAction::Skipped)
            qFatal("re-import skipped line %d: %s", row.line, qPrintable(row.reason));
    }
    auto outcome = ImportCommitter::commit(ws, *plan);
    if (!outcome)
        qFatal("re-import commit: %s", qPrintable(outcome.error().message));
}

} // namespace

class TestIoVCard : public QObject {
    Q_OBJECT

private slots:
    void foldsAt75OctetsWithoutBreakingUtf8() {
        const QString line = QStringLiteral("NOTE:") + QString(200, QChar(0x00E9)) + QStringLiteral("€𝄞x");
        const QByteArray folded = contentline::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        QVERIFY(lines.size() > 5);
        QByteArray unfolded;
        for (int i = 0; i < lines.size(); ++i) {
            QByteArray l = lines[i];
            if (l.endsWith('\r'))
                l.chop(1);
            QVERIFY2(l.size() <= 75, l.constData());
            if (i > 0) {
                QVERIFY(l.startsWith(' '));
                l = l.mid(1);
            }
            // Every physical line is whole UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(l).toUtf8(), l);
            QVERIFY(!QString::fromUtf8(l).contains(QChar::ReplacementCharacter));
            unfolded += l;
        }
        QCOMPARE(QString::fromUtf8(unfolded), line);
    }

    void escapesAndSplitsText() {
        const QString text = QStringLiteral("a,b;c\\d\ne");
        QCOMPARE(contentline::escape(text), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        QCOMPARE(contentline::unescape(contentline::escape(text)), text);
        QCOMPARE(contentline::splitEscaped(QStringLiteral("a\\;b;c"), QLatin1Char(';')),
                 (QStringList{"a\\;b", "c"}));
    }

    void googleStyle() {
        const auto r = readFixture(QStringLiteral("google.vcf"));
        QCOMPARE(r.size(), 2);
        const Person& m = r[0].person;
        QCOMPARE(m.name, QStringLiteral("Margaret Hamilton"));
        QCOMPARE(m.organisation, QStringLiteral("Hamilton Technologies"));
        QCOMPARE(m.role, QStringLiteral("Founder"));
        QVERIFY(hasIdentity(m, QStringLiteral("email"), QStringLiteral("mh@home.example")));
        QVERIFY(hasIdentity(m, QStringLiteral("phone"), QStringLiteral("+15550100")));
        QVERIFY(hasIdentity(m, QStringLiteral("website"), QStringLiteral("https://example.com/mh")));
        QCOMPARE(r[0].notes,
                 QStringList{QStringLiteral("Apollo guidance software.\nMet at the summit, twice.")});
        QCOMPARE(m.tags, (QStringList{"myContacts", "Speakers"}));
        QCOMPARE(r[1].line, 15);
    }

    void appleStyle() {
        const auto r = readFixture(QStringLiteral("apple.vcf"));
        QCOMPARE(r.size(), 1);
        const Person& j = r[0].person;
        QCOMPARE(j.name, QStringLiteral("José Núñez-Díaz"));
        QCOMPARE(j.organisation, QStringLiteral("Acme Rockets SL"));
        QCOMPARE(j.location, QStringLiteral("Madrid"));
        QVERIFY(hasIdentity(j, QStringLiteral("linkedin"), QStringLiteral("jnunez")));
        QVERIFY(hasIdentity(j, QStringLiteral("x"), QStringLiteral("jnunez")));
        QVERIFY(hasIdentity(j, QStringLiteral("skype"), QStringLiteral("jose.nunez")));
        QVERIFY(hasIdentity(j, QStringLiteral("website"), QStringLiteral("https://jose.example.es")));
        // Folded inside the two bytes of "é", unfolded whole.
        QVERIFY2(r[0].notes.value(0).endsWith(QStringLiteral("accents: é è ü.")),
                 qPrintable(r[0].notes.value(0)));
        QVERIFY(r[0].problem.isEmpty());
    }

    void outlookStyle21WithCharsetAndQuotedPrintable() {
        const auto r = readFixture(QStringLiteral("outlook.vcf"));
        QCOMPARE(r.size(), 1);
        const Person& p = r[0].person;
        QCOMPARE(p.name, QStringLiteral("Jürgen Müller"));
        QCOMPARE(p.organisation, QStringLiteral("Straße & Söhne GmbH"));
        QCOMPARE(p.role, QStringLiteral("Geschäftsführer"));
        QVERIFY(hasIdentity(p, QStringLiteral("email"), QStringLiteral("juergen@example.de")));
        QVERIFY(hasIdentity(p, QStringLiteral("phone"), QStringLiteral("+49301234567")));
        QCOMPARE(r[0].notes.value(0),
                 QStringLiteral("Erste Zeile\r\nZweite Zeile mit äöü und einer sehr langen Fortsetzung"));
    }

    void androidStyle21BareTypes() {
        const auto r = readFixture(QStringLiteral("android.vcf"));
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].person.name, QStringLiteral("Ayşe Öztürk"));
        QCOMPARE(r[0].person.organisation, QStringLiteral("Kod Kulübü"));
        QCOMPARE(r[0].person.identities.size(), 3);
        QCOMPARE(r[1].person.name, QStringLiteral("Only Phone")); // from N when there is no FN
    }

    void version40() {
        const auto r = readFixture(QStringLiteral("v4.vcf"));
        const Person& g = r[0].person;
        QVERIFY(hasIdentity(g, QStringLiteral("phone"), QStringLiteral("+15555550100")));
        QVERIFY(hasIdentity(g, QStringLiteral("github"), QStringLiteral("ghopper")));
        QVERIFY(hasIdentity(g, QStringLiteral("xmpp"), QStringLiteral("grace@jabber.example")));
        QCOMPARE(g.tags, (QStringList{"Navy", "COBOL, early"}));
    }

    void malformedCardsNameTheLine_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("missing END") << "missing_end.vcf"
                                     << QStringList{"missing_end.vcf, line 1", "no END:VCARD", "line 5"};
        QTest::newRow("truncated") << "truncated.vcf" << QStringList{"truncated.vcf, line 1", "no END:VCARD"};
    }
    void malformedCardsNameTheLine() {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        auto source = VCardImport::read(fixtureBytes(file), file);
        QVERIFY(!source);
        for (const QString& part : expected)
            QVERIFY2(source.error().message.contains(part), qPrintable(source.error().message));
        auto garbage = VCardImport::read(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nthis line has no colon\r\nEND:VCARD\r\n", QStringLiteral("g.vcf"));
        QVERIFY(!garbage);
        QVERIFY2(garbage.error().message.contains(QStringLiteral("g.vcf, line 3")),
                 qPrintable(garbage.error().message));
    }

    void exportImportExportIsStable_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("3.0") << int(VCardVersion::V30);
        QTest::newRow("4.0") << int(VCardVersion::V40);
    }
    void exportImportExportIsStable() {
        QFETCH(int, version);
        test::TempWorkspace first;
        for (const QString& file :
             {QStringLiteral("google.vcf"), QStringLiteral("apple.vcf"), QStringLiteral("outlook.vcf"),
              QStringLiteral("android.vcf"), QStringLiteral("v4.vcf")}) {
            auto source = VCardImport::read(fixtureBytes(file), file);
            VERIFY_OK(source);
            auto plan = ImportPlanner::plan(first.ws(), file, source->records);
            VERIFY_OK(plan);
            auto committed = ImportCommitter::commit(first.ws(), *plan);
            VERIFY_OK(committed);
        }
        Person odd;
        odd.name =
            QStringLiteral("Zoë \"Zed\" Ω-Longname-With-Many-Syllables Ümlaut-Übermäßig-Lang, Jr.; Esq.");
        odd.organisation = QStringLiteral("Comma, Semicolon; Backslash\\ Co");
        odd.stance = Stance::Champion;
        odd.reach = 12000;
        odd.tags = QStringList{QStringLiteral("a,b"), QStringLiteral("日本語")};
        odd.identities << Identity{0, 0, QStringLiteral("mastodon"), QStringLiteral("@zoe@hachyderm.io"), {}};
        const Id oddId = *first->people().add(odd);
        QVERIFY(first->notes().add(Note{0, NoteSubject::Person, oddId, QString(300, QChar(0x4E2D)), {}, {}}));
        QVERIFY(
            first->notes().add(Note{0, NoteSubject::Person, oddId, QStringLiteral("second\nnote"), {}, {}}));

        const QByteArray a = exportAll(first.ws(), VCardVersion(version));
        test::TempWorkspace second;
        importAll(second.ws(), a);
        const QByteArray b = exportAll(second.ws(), VCardVersion(version));
        QCOMPARE(QString::fromUtf8(b), QString::fromUtf8(a));
        QCOMPARE(*second->people().count(true), *first->people().count(true));
        for (const QByteArray& l : a.split('\n'))
            QVERIFY(l.size() <= 76); // 75 octets and the CR
    }
};

QTEST_GUILESS_MAIN(TestIoVCard)
#include "tst_io_vcard.moc"
