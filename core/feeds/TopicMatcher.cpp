#include "TopicMatcher.h"

namespace chorus {
namespace {
bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool containsWord(const QString& text, const QString& word, Qt::CaseSensitivity cs) {
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from, cs);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        // Only a letter or digit next to a letter or digit joins words: "C++" ends at its last '+'.
        const bool startOk = at == 0 || !isWordChar(word.front()) || !isWordChar(text.at(at - 1));
        const bool endOk = end == text.size() || !isWordChar(word.back()) || !isWordChar(text.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}
} // namespace

TopicMatcher::TopicMatcher(QVector<Topic> topics)
    : m_topics(std::move(topics)) {}

QStringList TopicMatcher::match(const QString& text) const {
    QStringList out;
    for (const Topic& topic : m_topics) {
        const QString name = topic.name.simplified();
        if (name.isEmpty())
            continue;
        const Qt::CaseSensitivity cs = name.size() <= 3 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (containsWord(text, name, cs))
            out << topic.name;
    }
    return out;
}

} // namespace chorus
