#!/usr/bin/env bash
# Installs the Debian 12 packages Chorus needs to build, run and test, if any are missing.
# Sourced-safe: only apt-get when something is absent, so a warm machine pays nothing.
set -euo pipefail

CHORUS_PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev
  libigraph-dev sqlite3 libsqlite3-dev libicu-dev
  # run and test headless
  xvfb xauth fonts-dejavu-core poppler-utils
  # packaging checks
  desktop-file-utils appstream dpkg-dev file groff-base shared-mime-info binutils xz-utils
  # peer comparisons in the benchmark
  graphviz python3-igraph python3-networkx
)

missing=()
for pkg in "${CHORUS_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "chorus: installing missing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
