#!/usr/bin/env bash
# Runs Chorus's libFuzzer targets (tests/fuzz) under clang with AddressSanitizer and UBSan.
#   scripts/fuzz.sh                       every target, 10 minutes each
#   scripts/fuzz.sh --seconds 60 search   one target for a minute
#   scripts/fuzz.sh --keep ...            afterwards, add inputs that reach new code to tests/fuzz/corpus/NAME
# Crashing inputs are written to build-fuzz/crashes/NAME/; replay one with
#   build-fuzz/tests/fuzz/fuzz_NAME build-fuzz/crashes/NAME/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
keep=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift ;;
    --keep) keep=1 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1") ;;
  esac
  shift
done
if [ "${#targets[@]}" -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^chorus_add_fuzzer(\([a-z_]*\)).*/\1/p' tests/fuzz/CMakeLists.txt)
fi

scripts/deps.sh
missing=()
for pkg in clang-14 libfuzzer-14-dev libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHORUS_SANITIZE=ON -DCHORUS_BUILD_FUZZERS=ON
fi
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for name in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$name" "build-fuzz/crashes/$name"
  echo "== fuzz_$name for ${seconds}s"
  if ! "build-fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/crashes/$name/" "build-fuzz/corpus/$name" "tests/fuzz/corpus/$name" \
      2>"build-fuzz/fuzz_$name.log"; then
    status=1
    echo "fuzz_$name found a problem: see build-fuzz/fuzz_$name.log and build-fuzz/crashes/$name/" >&2
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ *DONE' "build-fuzz/fuzz_$name.log" || true
  if [ "$keep" -eq 1 ]; then
    "build-fuzz/tests/fuzz/fuzz_$name" -merge=1 "tests/fuzz/corpus/$name" "build-fuzz/corpus/$name" \
      2>>"build-fuzz/fuzz_$name.log"
  fi
done
exit "$status"
