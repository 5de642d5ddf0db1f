#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace chorus::desktop {

namespace {

const QString ResourceFolder = QStringLiteral(":/chorus/translations");
const QString TranslatorName = QStringLiteral("chorusTranslator");

// Loads prefix_<language>.qm from folder (for de_AT: _de_AT, then _de) and installs it.
QString installOne(QCoreApplication& app, const QLocale& locale, const QString& prefix,
                   const QString& folder) {
    auto* translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(locale, prefix, QStringLiteral("_"), folder) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    return prefix + QLatin1Char('_') + translator->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace

QStringList Translations::available() {
    QStringList languages;
    const QStringList files = QDir(ResourceFolder).entryList({QStringLiteral("chorus_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(7).chopped(3);
    return languages;
}

QStringList Translations::install(QCoreApplication& app, const QLocale& locale) {
    // Whatever an earlier call installed goes first, so calling again switches the language.
    const auto earlier = app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QStringList loaded;
    const QString chorus = installOne(app, locale, QStringLiteral("chorus"), ResourceFolder);
    if (chorus.isEmpty())
        return loaded; // English, or a language Chorus does not speak: keep Qt's dialogs in English too
    loaded << chorus;
    const QString qt =
        installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qt.isEmpty())
        loaded << qt;
    return loaded;
}

} // namespace chorus::desktop
