#pragma once

#include <QString>

namespace chorus::ui {

/// The look: follow the system, or Chorus's own light or dark palette (Fusion style).
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme);
Theme themeFromKey(const QString& key);
/// The theme saved in QSettings ("appearance/theme"), System when none.
Theme savedTheme();
void saveTheme(Theme theme);
/// Applies it to the running QApplication.
void applyTheme(Theme theme);

} // namespace chorus::ui
