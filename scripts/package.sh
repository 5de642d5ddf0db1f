#!/usr/bin/env bash
# Builds the Debian package and the relocatable .tar.gz of Chorus into build/packages/.
#   scripts/package.sh           both
#   scripts/package.sh -G DEB    anything else goes to cpack
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(scripts/build.sh | tail -n 1)
cpack --config "$build_dir/CPackConfig.cmake" -B "$build_dir/packages" "$@" >&2
cd "$build_dir/packages"
for deb in *.deb; do
  [ -e "$deb" ] || continue
  dpkg-deb --field "$deb" Package Version Architecture Depends Recommends >&2
done
ls -1 "$PWD"/*.deb "$PWD"/*.tar.gz 2>/dev/null || true
