#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless through CTest.
#   scripts/test.sh               the normal build
#   scripts/test.sh --sanitize    the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh -- -L core    anything after -- goes to ctest
set -euo pipefail
cd "$(dirname "$0")/.."

build_args=()
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) build_args+=(--sanitize) ;;
    --) shift; ctest_args=("$@"); break ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

build_dir=$(scripts/build.sh "${build_args[@]}" | tail -n 1)
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "${ctest_args[@]}"
