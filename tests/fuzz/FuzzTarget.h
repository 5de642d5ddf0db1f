#pragma once

// Every fuzz target defines this libFuzzer entry point. The same source builds two ways: with clang and
// -fsanitize=fuzzer into a real fuzzer (scripts/fuzz.sh), and with the normal compiler into a replay
// program that feeds every file of the seed corpus through it once (a ctest test on every run).
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
