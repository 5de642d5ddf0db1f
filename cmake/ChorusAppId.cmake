# The reverse-DNS id the system knows Chorus by: the .desktop entry, the AppStream metainfo, the themed
# icon and the MIME package all carry it. It follows the project's home page (chorus.invalid gives
# invalid.chorus.Chorus), so moving to a real domain is one change in project(HOMEPAGE_URL).
if(NOT DEFINED CHORUS_APP_ID)
    string(REGEX REPLACE "^[a-z]+://([^/:]+).*$" "\\1" _chorus_host "${PROJECT_HOMEPAGE_URL}")
    string(REPLACE "." ";" _chorus_labels "${_chorus_host}")
    list(REVERSE _chorus_labels)
    list(JOIN _chorus_labels "." _chorus_domain)
    set(CHORUS_APP_ID "${_chorus_domain}.Chorus")
endif()
message(STATUS "Chorus application id: ${CHORUS_APP_ID}")
