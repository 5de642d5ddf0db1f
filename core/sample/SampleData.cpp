#include "SampleData.h"

#include <QFile>

namespace chorus {
namespace {
Result<QStringList> readLines(const QString& resource) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("sample data %1 is missing from the build").arg(resource));
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines << line;
    }
    return lines;
}

std::vector<QString> splitList(const QString& text) {
    std::vector<QString> out;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.push_back(item.trimmed());
    return out;
}
} // namespace

Result<SampleData> SampleData::load() {
    SampleData data;
    auto names = readLines(QStringLiteral(":/chorus/sample/names.tsv"));
    if (!names)
        return names.error();
    for (const QString& line : *names) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 3)
            continue;
        NameCulture culture{parts[0], splitList(parts[1]), splitList(parts[2]),
                            parts[0] == QLatin1String("chinese-hanzi")};
        data.cultures.push_back(culture);
    }
    auto orgs = readLines(QStringLiteral(":/chorus/sample/organisations.txt"));
    if (!orgs)
        return orgs.error();
    for (const QString& org : *orgs)
        data.organisations.push_back(org.trimmed());
    auto topics = readLines(QStringLiteral(":/chorus/sample/topics.tsv"));
    if (!topics)
        return topics.error();
    for (const QString& line : *topics) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() == 2)
            data.communities.push_back({parts[0], splitList(parts[1])});
    }
    auto titles = readLines(QStringLiteral(":/chorus/sample/phrases.txt"));
    if (!titles)
        return titles.error();
    data.titleTemplates.assign(titles->begin(), titles->end());
    auto notes = readLines(QStringLiteral(":/chorus/sample/notes.txt"));
    if (!notes)
        return notes.error();
    data.noteTemplates.assign(notes->begin(), notes->end());
    if (data.cultures.empty() || data.organisations.empty() || data.communities.empty())
        return makeError(ErrorCode::Io, QStringLiteral("sample data is incomplete"));
    return data;
}

} // namespace chorus
