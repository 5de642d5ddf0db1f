#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chorus {

/// A person's stance toward the platform. Champion, advocate and supporter are "aligned".
enum class Stance { Champion, Advocate, Supporter, Neutral, Sceptic, Unknown };

QString stanceKey(Stance stance);                        ///< stable spelling: "champion", "sceptic"…
std::optional<Stance> stanceFromKey(const QString& key); ///< accepts the keys (and "skeptic")
QString stanceLabel(Stance stance);                      ///< translated label for display
QStringList stanceKeys();
bool isAligned(Stance stance);
/// Ordered from most to least aligned, for sorting and charts.
int stanceRank(Stance stance);

} // namespace chorus
