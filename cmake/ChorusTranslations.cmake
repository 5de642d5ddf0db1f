# Translations of the desktop program. Each resources/translations/chorus_<language>.ts is compiled by
# lrelease and embedded under :/chorus/translations/chorus_<language>.qm in the given target.
#
#   cmake --build build --target update_translations   # refresh every .ts from the sources (lupdate)
#
# lupdate reads the user-visible strings (tr()) of core, ui and app/desktop; a new language is a new
# chorus_<language>.ts file (re-run cmake, then update_translations) filled in with Qt Linguist.
# chorus-cli stays in English on purpose: scripts parse its output.
function(chorus_add_translations target)
    file(GLOB ts_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/translations/chorus_*.ts")
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
        "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h" "${PROJECT_SOURCE_DIR}/ui/*.ui"
        "${PROJECT_SOURCE_DIR}/app/desktop/*.cpp" "${PROJECT_SOURCE_DIR}/app/desktop/*.h")
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/core" "${PROJECT_SOURCE_DIR}/ui"
            "${PROJECT_SOURCE_DIR}/app/desktop"
        RESOURCE_PREFIX "/chorus/translations"
        LUPDATE_OPTIONS -no-obsolete
        LRELEASE_OPTIONS -silent)
endfunction()
