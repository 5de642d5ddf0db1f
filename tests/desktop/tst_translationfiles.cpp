// Every translation in resources/translations is complete and keeps what the program fills in or
// relies on: placeholders (%1, %L1, %n, %v), rich-text tags and a keyboard accelerator (&).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    bool unfinished = false;
    qint64 line = 0;
};

QVector<Message> readTs(const QString& path, QString* error) {
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            current.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                                 type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText(); // <numerusform>
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1…%99, %L1, %n, %Ln and QProgressBar's %v %m %p, sorted with repeats, as a multiset.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(L?[0-9]{1,2}|L?n|[vmp])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList tags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?[a-z][a-z0-9]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// A single & before a letter marks the accelerator; && is a literal ampersand.
bool hasAccelerator(const QString& text) {
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

QString where(const QString& file, const Message& m) {
    return QStringLiteral("%1:%2 [%3] \"%4\"").arg(file).arg(m.line).arg(m.context, m.source.left(60));
}

} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT
private slots:
    void translationsAreCompleteAndKeepPlaceholders_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/resources/translations"));
        const QStringList files = dir.entryList({QStringLiteral("chorus_*.ts")}, QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void translationsAreCompleteAndKeepPlaceholders() {
        QFETCH(QString, path);
        QString error;
        const QVector<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The desktop program has well over a thousand strings: a file with a handful was not updated.
        QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
        const QString file = QFileInfo(path).fileName();
        QStringList problems;
        for (const Message& m : messages) {
            if (m.unfinished)
                problems << where(file, m) + QStringLiteral(": unfinished");
            if (m.numerus && m.translations.size() < 2)
                problems << where(file, m) + QStringLiteral(": plural forms missing");
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems << where(file, m) + QStringLiteral(": empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << where(file, m) + QStringLiteral(": placeholders %1 became %2")
                                                     .arg(placeholders(m.source).join(QLatin1Char(' ')),
                                                          placeholders(t).join(QLatin1Char(' ')));
                if (tags(t) != tags(m.source))
                    problems << where(file, m) + QStringLiteral(": tags differ");
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems << where(file, m) + QStringLiteral(": accelerator (&) added or lost");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks above must be able to fail: a broken message is caught.
    void theChecksCatchBrokenMessages() {
        QCOMPARE(placeholders(QStringLiteral("%1 of %L2, %n left")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n")}));
        QVERIFY(placeholders(QStringLiteral("Tag %L1 people")) !=
                placeholders(QStringLiteral("Tag %1 people")));
        QVERIFY(placeholders(QStringLiteral("%1% done")) == placeholders(QStringLiteral("%1 % erledigt")));
        QVERIFY(hasAccelerator(QStringLiteral("&File")));
        QVERIFY(hasAccelerator(QStringLiteral("No&te:")));
        QVERIFY(!hasAccelerator(QStringLiteral("%1 & %2")));
        QVERIFY(!hasAccelerator(QStringLiteral("Tom && Jerry")));
        QVERIFY(tags(QStringLiteral("<b>Notes</b>")) != tags(QStringLiteral("Notizen")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de_DE"><context>
<name>X</name><message><source>Open %1</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n people</source><translation><numerusform>%n Person</numerusform>
<numerusform>%n Personen</numerusform></translation></message></context></TS>)");
        file.close();
        QString error;
        const QVector<Message> messages = readTs(path, &error);
        QCOMPARE(error, QString());
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages[0].unfinished);
        QVERIFY(!messages[1].unfinished);
        QCOMPARE(messages[1].translations.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
