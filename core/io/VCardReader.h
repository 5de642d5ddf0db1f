#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QMultiHash>
#include <QString>
#include <QVector>

namespace chorus::io {

/// One property of a card after unfolding and decoding (quoted-printable, charset); the value is still
/// escaped as written so that structured values (N, ORG, ADR) can be split.
struct VCardProperty {
    int line = 0;
    QString group;                       ///< "item1" of "item1.URL", or empty
    QString name;                        ///< upper case: "FN", "EMAIL", "X-SOCIALPROFILE"
    QMultiHash<QString, QString> params; ///< keys upper case, values as written; a bare 2.1 type is TYPE
    QString value;

    QStringList types() const; ///< the TYPE values, lower case, split on commas
    QString param(const QString& key) const { return params.value(key); }
};

struct VCard {
    int line = 0; ///< of BEGIN:VCARD
    QString version;
    QVector<VCardProperty> properties;

    QVector<const VCardProperty*> all(const QString& name) const;
    const VCardProperty* first(const QString& name) const;
};

/// Reads vCard 2.1, 3.0 and 4.0: any number of cards, lines folded with a space or tab, 2.1 quoted-printable
/// values (soft line breaks too) in the charset they name, 2.1 types without TYPE=. Without a CHARSET, values
/// are UTF-8 (or Windows-1252 when they are not valid UTF-8). Errors name the file and line: a card without
/// END:VCARD, a line without a ':', text outside a card.
class VCardReader final {
public:
    static Result<QVector<VCard>> parse(const QByteArray& bytes, const QString& fileName);
};

} // namespace chorus::io
