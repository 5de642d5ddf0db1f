#include "PeopleCsvWriter.h"

#include "report/CsvWriter.h"

namespace chorus::io {

QStringList PeopleCsvWriter::header() {
    return {QStringLiteral("name"),     QStringLiteral("organisation"), QStringLiteral("role"),
            QStringLiteral("location"), QStringLiteral("stance"),       QStringLiteral("reach"),
            QStringLiteral("handles"),  QStringLiteral("topics"),       QStringLiteral("tags")};
}

QByteArray PeopleCsvWriter::write(const QVector<Person>& people) {
    report::CsvWriter csv;
    csv.addRow(header());
    const QString separator = QStringLiteral("; ");
    for (const Person& p : people) {
        QStringList handles;
        for (const Identity& identity : p.identities)
            handles << identity.platform + QLatin1Char(':') + identity.handle;
        QStringList topics;
        for (const PersonTopic& topic : p.topics)
            topics << topic.name;
        csv.addRow({p.name, p.organisation, p.role, p.location, stanceKey(p.stance),
                    p.reach ? QString::number(*p.reach) : QString(), handles.join(separator),
                    topics.join(separator), p.tags.join(separator)});
    }
    return csv.bytes();
}

} // namespace chorus::io
