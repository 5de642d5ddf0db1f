#include "Tie.h"

#include "util/EnumTable.h"

namespace chorus {
namespace {
constexpr EnumTable<TieKind, 4> kTieKinds{
    "TieKind",
    {{
        {TieKind::Knows, "knows", QT_TRANSLATE_NOOP("TieKind", "Knows")},
        {TieKind::Colleagues, "colleagues", QT_TRANSLATE_NOOP("TieKind", "Colleagues")},
        {TieKind::Collaborates, "collaborates", QT_TRANSLATE_NOOP("TieKind", "Collaborates")},
        {TieKind::IntroducedByMe, "introduced", QT_TRANSLATE_NOOP("TieKind", "Introduced by me")},
    }}};

constexpr EnumTable<TieOrigin, 5> kTieOrigins{
    "TieOrigin",
    {{
        {TieOrigin::Manual, "manual", QT_TRANSLATE_NOOP("TieOrigin", "Entered by hand")},
        {TieOrigin::Conversation, "conversation", QT_TRANSLATE_NOOP("TieOrigin", "Shared conversations")},
        {TieOrigin::Event, "event", QT_TRANSLATE_NOOP("TieOrigin", "Shared events")},
        {TieOrigin::Introduction, "introduction", QT_TRANSLATE_NOOP("TieOrigin", "Made by an introduction")},
        {TieOrigin::Import, "import", QT_TRANSLATE_NOOP("TieOrigin", "Imported")},
    }}};
} // namespace

QString tieKindKey(TieKind kind) {
    return kTieKinds.key(kind);
}
std::optional<TieKind> tieKindFromKey(const QString& key) {
    return kTieKinds.fromKey(key);
}
QString tieKindLabel(TieKind kind) {
    return kTieKinds.label(kind);
}
QString tieOriginKey(TieOrigin origin) {
    return kTieOrigins.key(origin);
}
std::optional<TieOrigin> tieOriginFromKey(const QString& key) {
    return kTieOrigins.fromKey(key);
}
QString tieOriginLabel(TieOrigin origin) {
    return kTieOrigins.label(origin);
}

} // namespace chorus
