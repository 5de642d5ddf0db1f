#include "Suggestion.h"

#include "util/EnumTable.h"

#include <QCoreApplication>

namespace chorus {
namespace {
constexpr EnumTable<SuggestionKind, 5> kKinds{
    "SuggestionKind",
    {{
        {SuggestionKind::Support, "support", QT_TRANSLATE_NOOP("SuggestionKind", "Support")},
        {SuggestionKind::Join, "join", QT_TRANSLATE_NOOP("SuggestionKind", "Join")},
        {SuggestionKind::Introduce, "introduce", QT_TRANSLATE_NOOP("SuggestionKind", "Introduce")},
        {SuggestionKind::Reconnect, "reconnect", QT_TRANSLATE_NOOP("SuggestionKind", "Reconnect")},
        {SuggestionKind::Caution, "caution", QT_TRANSLATE_NOOP("SuggestionKind", "Listen, don't pitch")},
    }}};

struct ComponentName {
    const char* key;
    const char* label;
};
const ComponentName kComponents[] = {
    {"freshness", QT_TRANSLATE_NOOP("SuggestionComponent", "fresh")},
    {"voice", QT_TRANSLATE_NOOP("SuggestionComponent", "voice still growing (reach)")},
    {"growth", QT_TRANSLATE_NOOP("SuggestionComponent", "reach trend")},
    {"alignment", QT_TRANSLATE_NOOP("SuggestionComponent", "alignment")},
    {"topic_fit", QT_TRANSLATE_NOOP("SuggestionComponent", "fit with focus topics")},
    {"reciprocity", QT_TRANSLATE_NOOP("SuggestionComponent", "they engage back")},
    {"fairness", QT_TRANSLATE_NOOP("SuggestionComponent", "not supported lately")},
    {"variety", QT_TRANSLATE_NOOP("SuggestionComponent", "variety across communities")},
    {"aligned_present", QT_TRANSLATE_NOOP("SuggestionComponent", "aligned people present")},
    {"size", QT_TRANSLATE_NOOP("SuggestionComponent", "one more voice matters")},
    {"room", QT_TRANSLATE_NOOP("SuggestionComponent", "room for your voice")},
    {"purpose", QT_TRANSLATE_NOOP("SuggestionComponent", "shared topics")},
    {"events", QT_TRANSLATE_NOOP("SuggestionComponent", "shared events")},
    {"familiarity", QT_TRANSLATE_NOOP("SuggestionComponent", "you know both")},
    {"bridge", QT_TRANSLATE_NOOP("SuggestionComponent", "bridges two communities")},
    {"investment", QT_TRANSLATE_NOOP("SuggestionComponent", "history together")},
    {"coldness", QT_TRANSLATE_NOOP("SuggestionComponent", "gone cold")},
    {"promise", QT_TRANSLATE_NOOP("SuggestionComponent", "promised")},
    {"lateness", QT_TRANSLATE_NOOP("SuggestionComponent", "overdue")},
    {"influence", QT_TRANSLATE_NOOP("SuggestionComponent", "influence")},
};
} // namespace

QString suggestionKindKey(SuggestionKind kind) {
    return kKinds.key(kind);
}
std::optional<SuggestionKind> suggestionKindFromKey(const QString& key) {
    return kKinds.fromKey(key);
}
QString suggestionKindLabel(SuggestionKind kind) {
    return kKinds.label(kind);
}
QStringList suggestionKindKeys() {
    return kKinds.keys();
}
const QVector<SuggestionKind>& allSuggestionKinds() {
    static const QVector<SuggestionKind> all{SuggestionKind::Support, SuggestionKind::Join,
                                             SuggestionKind::Introduce, SuggestionKind::Reconnect,
                                             SuggestionKind::Caution};
    return all;
}

QString suggestionObjectTypeKey(SuggestionObjectType type) {
    switch (type) {
    case SuggestionObjectType::Post:
        return QStringLiteral("post");
    case SuggestionObjectType::Thread:
        return QStringLiteral("thread");
    case SuggestionObjectType::Pair:
        return QStringLiteral("pair");
    case SuggestionObjectType::FollowUp:
        return QStringLiteral("follow-up");
    case SuggestionObjectType::Person:
        break;
    }
    return QStringLiteral("person");
}

double Suggestion::scoreOf(const QVector<SuggestionComponent>& components) {
    double sum = 0;
    for (const auto& c : components) {
        if (!c.factor)
            sum += c.weight * c.value;
    }
    for (const auto& c : components) {
        if (c.factor)
            sum *= c.value;
    }
    return sum;
}

QStringList Suggestion::arithmetic() const {
    QStringList lines;
    double sum = 0;
    for (const auto& c : components) {
        if (c.factor)
            continue;
        sum += c.weight * c.value;
        lines << QStringLiteral("  + %1 × %2  %3 (%4)")
                     .arg(c.weight, 0, 'f', 2)
                     .arg(c.value, 0, 'f', 3)
                     .arg(c.key, suggestionComponentLabel(c.key));
    }
    lines << QStringLiteral("  = %1").arg(sum, 0, 'f', 3);
    for (const auto& c : components) {
        if (!c.factor)
            continue;
        sum *= c.value;
        lines << QStringLiteral("  × %1  %2 (%3) = %4")
                     .arg(c.value, 0, 'f', 3)
                     .arg(c.key, suggestionComponentLabel(c.key))
                     .arg(sum, 0, 'f', 3);
    }
    return lines;
}

QString suggestionComponentLabel(const QString& key) {
    for (const auto& c : kComponents) {
        if (key == QLatin1String(c.key))
            return QCoreApplication::translate("SuggestionComponent", c.label);
    }
    return key;
}

} // namespace chorus
