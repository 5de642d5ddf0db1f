# One interface target carries the language level, warnings and sanitizer flags to every Chorus target.
add_library(chorus_options INTERFACE)
target_compile_features(chorus_options INTERFACE cxx_std_20)
target_compile_options(chorus_options INTERFACE -Wall -Wextra -Wpedantic)
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
