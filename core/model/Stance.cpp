#include "Stance.h"

#include "util/EnumTable.h"

namespace chorus {
namespace {
constexpr EnumTable<Stance, 6> kStances{
    "Stance",
    {{
        {Stance::Champion, "champion", QT_TRANSLATE_NOOP("Stance", "Champion")},
        {Stance::Advocate, "advocate", QT_TRANSLATE_NOOP("Stance", "Advocate")},
        {Stance::Supporter, "supporter", QT_TRANSLATE_NOOP("Stance", "Supporter")},
        {Stance::Neutral, "neutral", QT_TRANSLATE_NOOP("Stance", "Neutral")},
        {Stance::Sceptic, "sceptic", QT_TRANSLATE_NOOP("Stance", "Sceptic")},
        {Stance::Unknown, "unknown", QT_TRANSLATE_NOOP("Stance", "Unknown")},
    }}};
} // namespace

QString stanceKey(Stance stance) {
    return kStances.key(stance);
}

std::optional<Stance> stanceFromKey(const QString& key) {
    if (key.trimmed().compare(QLatin1String("skeptic"), Qt::CaseInsensitive) == 0)
        return Stance::Sceptic;
    return kStances.fromKey(key);
}

QString stanceLabel(Stance stance) {
    return kStances.label(stance);
}
QStringList stanceKeys() {
    return kStances.keys();
}

bool isAligned(Stance stance) {
    return stance == Stance::Champion || stance == Stance::Advocate || stance == Stance::Supporter;
}

int stanceRank(Stance stance) {
    return static_cast<int>(stance);
}

} // namespace chorus
