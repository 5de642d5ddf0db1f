#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace chorus::desktop {

/// The desktop program's translations: Chorus's own, embedded from resources/translations (see
/// cmake/ChorusTranslations.cmake), and Qt's for its standard dialogs when the system has them
/// (Debian: qt6-translations-l10n).
class Translations final {
public:
    /// Languages Chorus carries a translation for, as "de".
    static QStringList available();

    /// Installs the translators for `locale` into `app` (which owns them), replacing those of an earlier
    /// call. main() calls it once with the default locale, which is the system's (LANGUAGE, LC_ALL,
    /// LC_MESSAGES, LANG on Linux). Returns what was loaded, as "chorus_de" and "qtbase_de"; empty for
    /// English or a language without a translation (the window then stays in English).
    static QStringList install(QCoreApplication& app, const QLocale& locale = QLocale());
};

} // namespace chorus::desktop
