# CPack: a Debian package (Depends worked out by dpkg-shlibdeps from the binaries, plus the Qt plugins
# Chorus loads at run time) and a relocatable .tar.gz of the same install tree.
#   cpack --config build/CPackConfig.cmake          # or: scripts/package.sh
set(CPACK_PACKAGE_NAME "chorus")
set(CPACK_PACKAGE_VENDOR "The Chorus developers")
set(CPACK_PACKAGE_CONTACT "The Chorus developers <chorus@chorus.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop studio for technology evangelists")
# Debian wants the long description in lines of under 80 characters.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Chorus keeps a local database of the people around a platform, above all\n"
    "its advocates, the conversations they take part in and every touchpoint\n"
    "with them. It suggests whom to support, which threads to join and whom to\n"
    "introduce, draws the relationship map and exports relationship reports.\n"
    "chorus-cli drives a workspace from scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_STRIP_FILES ON) # debug information stays in the build folder
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

# .tar.gz: chorus-0.1.0-Linux-x86_64.tar.gz with bin/ and share/ inside chorus-0.1.0-Linux-x86_64/, to
# unpack under any prefix (~/.local, /opt/chorus); ChorusCPackOptions.cmake drops /usr for it.
set(CPACK_PACKAGE_FILE_NAME "chorus-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/ChorusCPackOptions.cmake")

# .deb: chorus_0.1.0_amd64.deb installing under /usr.
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's SQLite driver with the SQLite library behind
# it (Chorus needs FTS5, JSON functions and upserts, 3.24 or later) and Qt's SVG icon engine for the
# window icon.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsqlite3-0 (>= 3.24), libqt6svg6")
# Wayland and other platform plugins; Qt's own strings (standard dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

include(CPack)
