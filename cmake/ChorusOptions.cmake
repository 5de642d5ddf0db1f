# One interface target carries the language level, warnings and sanitizer flags to every Chorus target.
add_library(chorus_options INTERFACE)
target_compile_features(chorus_options INTERFACE cxx_std_20)
# -fno-semantic-interposition: calls inside libchorus_core.so and libchorus_ui.so stay direct (and
# inlinable), as they were in a static library; nothing interposes Chorus's own functions.
target_compile_options(chorus_options INTERFACE -Wall -Wextra -Wpedantic -fno-semantic-interposition)
target_compile_definitions(chorus_options INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    CHORUS_VERSION="${PROJECT_VERSION}")

if(CHORUS_SANITIZE)
    target_compile_options(chorus_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(chorus_options INTERFACE -fsanitize=address,undefined)
endif()

# scripts/fuzz.sh: clang instruments everything for coverage; the fuzz targets link libFuzzer's main.
if(CHORUS_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CHORUS_BUILD_FUZZERS needs clang (scripts/fuzz.sh sets it up)")
    endif()
    target_compile_options(chorus_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Chorus's own libraries live in a private folder beside the programs (lib/chorus under the prefix),
# found through a relative RPATH, so the .deb and the relocatable .tar.gz both work where unpacked.
set(CHORUS_PRIVATE_LIBDIR "${CMAKE_INSTALL_LIBDIR}/chorus")
function(chorus_install_private_library target)
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN")
    # Debian wants shared libraries not executable (0644).
    install(TARGETS ${target} LIBRARY DESTINATION "${CHORUS_PRIVATE_LIBDIR}" NAMELINK_SKIP
            PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endfunction()
function(chorus_install_program target)
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/../${CHORUS_PRIVATE_LIBDIR}")
    install(TARGETS ${target} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endfunction()
