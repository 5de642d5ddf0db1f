#!/usr/bin/env bash
# Installs what is missing, then configures and builds Chorus with Ninja on every core.
#   scripts/build.sh                 → build/          (RelWithDebInfo)
#   scripts/build.sh --sanitize      → build-sanitize/ (AddressSanitizer + UndefinedBehaviorSanitizer)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
extra=()
for arg in "$@"; do
  case "$arg" in
    --sanitize) build_dir=build-sanitize; extra+=(-DCHORUS_SANITIZE=ON) ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

scripts/deps.sh

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
echo "$build_dir"
