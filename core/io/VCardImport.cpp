#include "VCardImport.h"

#include "ContentLine.h"
#include "model/IdentityParsing.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace chorus::io {
namespace {

using namespace contentline;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

void addIdentity(Person& person, Identity identity) {
    identity.handle = identity.handle.trimmed();
    if (identity.handle.isEmpty())
        return;
    const QString key = normalizedHandle(identity.platform, identity.handle);
    for (const Identity& existing : person.identities) {
        if (existing.platform == identity.platform &&
            normalizedHandle(existing.platform, existing.handle) == key)
            return;
    }
    person.identities << identity;
}

QString platformWord(QString type) {
    type = type.trimmed().toLower();
    if (type == QLatin1String("twitter"))
        return QStringLiteral("x");
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
    return word.match(type).hasMatch() ? type : QStringLiteral("other");
}

// A social profile: the platform from TYPE (Apple, Google) or from the address; X-USER is the handle.
Identity socialProfile(const VCardProperty& p) {
    const QString value = unescape(p.value).trimmed();
    QString type = p.types().value(0);
    for (const QString& t : p.types()) {
        if (t != QLatin1String("pref") && t != QLatin1String("internet")) {
            type = t;
            break;
        }
    }
    const QString user = p.param(QStringLiteral("X-USER"));
    if (!user.isEmpty())
        return Identity{0, 0, platformWord(type), user, value};
    const QString platform = type.isEmpty() ? QString() : platformWord(type);
    auto parsed = parseIdentityText(value);
    if (parsed && (platform.isEmpty() || parsed->platform == platform) &&
        parsed->platform != QLatin1String("other") && parsed->platform != QLatin1String("website"))
        return *parsed;
    return Identity{0, 0, platform.isEmpty() ? QStringLiteral("other") : platform, value, {}};
}

Identity instantMessaging(const VCardProperty& p) {
    QString value = unescape(p.value).trimmed();
    QString service = p.param(QStringLiteral("X-SERVICE-TYPE"));
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon > 0 && !value.startsWith(QLatin1String("http"), Qt::CaseInsensitive)) {
        if (service.isEmpty())
            service = value.left(colon);
        value = value.mid(colon + 1);
    }
    return Identity{0, 0, platformWord(service.isEmpty() ? QStringLiteral("other") : service), value, {}};
}

ImportRecord recordOf(const VCard& card) {
    ImportRecord r;
    r.line = card.line;
    Person& p = r.person;
    if (const auto* fn = card.first(QStringLiteral("FN")))
        p.name = unescape(fn->value).simplified();
    if (p.name.isEmpty()) {
        if (const auto* n = card.first(QStringLiteral("N"))) {
            // family;given;additional;prefix;suffix
            const QStringList parts = splitEscaped(n->value, QLatin1Char(';'));
            QStringList words;
            for (int i : {3, 1, 2, 0, 4}) {
                const QString w = unescape(parts.value(i)).simplified();
                if (!w.isEmpty())
                    words << w;
            }
            p.name = words.join(QLatin1Char(' '));
        }
    }
    if (const auto* org = card.first(QStringLiteral("ORG")))
        p.organisation = unescape(splitEscaped(org->value, QLatin1Char(';')).value(0)).trimmed();
    if (const auto* title = card.first(QStringLiteral("TITLE")))
        p.role = unescape(title->value).trimmed();
    if (p.role.isEmpty()) {
        if (const auto* role = card.first(QStringLiteral("ROLE")))
            p.role = unescape(role->value).trimmed();
    }
    if (const auto* adr = card.first(QStringLiteral("ADR")))
        p.location = unescape(splitEscaped(adr->value, QLatin1Char(';')).value(3)).trimmed();
    for (const VCardProperty& prop : card.properties) {
        const QString value = unescape(prop.value).trimmed();
        if (prop.name == QLatin1String("EMAIL")) {
            const QString address =
                value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? value.mid(7) : value;
            if (!address.isEmpty() && !looksLikeEmail(address) && r.problem.isEmpty())
                r.problem =
                    Tr::tr("line %1, EMAIL: \"%2\" is not an email address").arg(prop.line).arg(address);
            else
                addIdentity(p, Identity{0, 0, QStringLiteral("email"), address, {}});
        } else if (prop.name == QLatin1String("TEL")) {
            const QString number =
                value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive) ? value.mid(4) : value;
            addIdentity(p, Identity{0, 0, QStringLiteral("phone"), number, {}});
        } else if (prop.name == QLatin1String("URL")) {
            auto parsed = parseIdentityText(value);
            if (parsed && parsed->platform != QLatin1String("other") &&
                parsed->platform != QLatin1String("website"))
                addIdentity(p, *parsed);
            else if (!value.isEmpty())
                addIdentity(p, Identity{0, 0, QStringLiteral("website"), value, {}});
        } else if (prop.name == QLatin1String("X-SOCIALPROFILE")) {
            addIdentity(p, socialProfile(prop));
        } else if (prop.name == QLatin1String("IMPP")) {
            addIdentity(p, instantMessaging(prop));
        } else if (prop.name == QLatin1String("NOTE")) {
            if (!value.isEmpty())
                r.notes << unescape(prop.value);
        } else if (prop.name == QLatin1String("CATEGORIES")) {
            for (const QString& tag : splitEscaped(prop.value, QLatin1Char(','))) {
                const QString t = unescape(tag).simplified();
                if (!t.isEmpty() && !p.tags.contains(t, Qt::CaseInsensitive))
                    p.tags << t;
            }
        } else if (prop.name == QLatin1String("X-CHORUS-STANCE")) {
            if (auto stance = stanceFromKey(value.toLower()))
                p.stance = *stance;
            else if (r.problem.isEmpty())
                r.problem =
                    Tr::tr("line %1, X-CHORUS-STANCE: \"%2\" is not a stance").arg(prop.line).arg(value);
        } else if (prop.name == QLatin1String("X-CHORUS-REACH")) {
            bool ok = false;
            const qint64 reach = value.toLongLong(&ok);
            if (ok && reach >= 0)
                p.reach = reach;
        }
    }
    for (const Identity& identity : p.identities) {
        if (auto st = validateIdentity(identity); !st && r.problem.isEmpty())
            r.problem = st.error().message;
    }
    if (p.name.isEmpty() && r.problem.isEmpty())
        r.problem = Tr::tr("the card has no name (FN or N)");
    return r;
}

} // namespace

QVector<ImportRecord> VCardImport::records(const QVector<VCard>& cards) {
    QVector<ImportRecord> out;
    out.reserve(cards.size());
    for (const VCard& card : cards)
        out << recordOf(card);
    return out;
}

Result<ImportSource> VCardImport::read(const QByteArray& bytes, const QString& fileName) {
    auto cards = VCardReader::parse(bytes, fileName);
    if (!cards)
        return cards.error();
    ImportSource source;
    source.fileName = fileName;
    source.format = QStringLiteral("vcard");
    source.encoding = QStringLiteral("utf-8");
    source.records = records(*cards);
    return source;
}

} // namespace chorus::io
