#include "VCardWriter.h"

#include "ContentLine.h"

namespace chorus::io {
namespace {

using namespace contentline;

// "Ada King Lovelace" → family "Lovelace", given "Ada King": N is required by 3.0; FN is what is read back.
QString structuredName(const QString& name) {
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return escape(name.simplified()) + QStringLiteral(";;;;");
    return escape(words.last()) + QLatin1Char(';') +
           escape(words.mid(0, words.size() - 1).join(QLatin1Char(' '))) + QStringLiteral(";;;");
}

} // namespace

QByteArray VCardWriter::card(const Person& p, const QStringList& notes, VCardVersion version) {
    const bool v4 = version == VCardVersion::V40;
    QByteArray out;
    out += fold(QStringLiteral("BEGIN:VCARD"));
    out += fold(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    out += fold(QStringLiteral("FN:") + escape(p.name));
    out += fold(QStringLiteral("N:") + structuredName(p.name));
    if (!p.organisation.isEmpty())
        out += fold(QStringLiteral("ORG:") + escape(p.organisation));
    if (!p.role.isEmpty())
        out += fold(QStringLiteral("TITLE:") + escape(p.role));
    if (!p.location.isEmpty())
        out += fold(QStringLiteral("ADR:;;;") + escape(p.location) + QStringLiteral(";;;"));
    for (const Identity& i : p.identities) {
        if (i.platform == QLatin1String("email")) {
            out += fold((v4 ? QStringLiteral("EMAIL:") : QStringLiteral("EMAIL;TYPE=INTERNET:")) +
                        escape(i.handle));
        } else if (i.platform == QLatin1String("phone")) {
            out += fold(QStringLiteral("TEL:") + escape(i.handle));
        } else if (i.platform == QLatin1String("website") && i.url.isEmpty()) {
            out += fold(QStringLiteral("URL:") + i.handle);
        } else {
            QString line = QStringLiteral("X-SOCIALPROFILE;TYPE=") + paramValue(i.platform);
            if (!i.url.isEmpty())
                line += QStringLiteral(";X-USER=") + paramValue(i.handle) + QLatin1Char(':') + escape(i.url);
            else
                line += QLatin1Char(':') + escape(i.handle);
            out += fold(line);
        }
    }
    if (!p.tags.isEmpty()) {
        QStringList escaped;
        for (const QString& t : p.tags)
            escaped << escape(t);
        out += fold(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
    }
    for (const QString& note : notes)
        out += fold(QStringLiteral("NOTE:") + escape(note));
    if (p.stance != Stance::Unknown)
        out += fold(QStringLiteral("X-CHORUS-STANCE:") + stanceKey(p.stance));
    if (p.reach)
        out += fold(QStringLiteral("X-CHORUS-REACH:") + QString::number(*p.reach));
    out += fold(QStringLiteral("END:VCARD"));
    return out;
}

QByteArray VCardWriter::write(const QVector<Person>& people, const QHash<Id, QStringList>& notes,
                              VCardVersion version) {
    QByteArray out;
    for (const Person& p : people)
        out += card(p, notes.value(p.id), version);
    return out;
}

} // namespace chorus::io
