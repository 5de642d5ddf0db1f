#pragma once

#include <QString>
#include <QXmlStreamEntityResolver>

#include <optional>

namespace chorus {

/// The character(s) an HTML named entity stands for ("nbsp" → U+00A0), for the entities feeds actually use.
std::optional<QString> htmlNamedEntity(const QString& name);

/// Decodes "&amp;", "&#233;", "&#xE9;" and the named entities htmlNamedEntity() knows; anything else is kept.
QString decodeHtmlEntities(const QString& text);

/// Lets QXmlStreamReader read feeds that use HTML entities (&nbsp;, &mdash;…) without declaring them.
class HtmlEntityResolver final : public QXmlStreamEntityResolver {
public:
    QString resolveUndeclaredEntity(const QString& name) override;
};

} // namespace chorus
