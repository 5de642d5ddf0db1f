#!/usr/bin/env bash
# Installs what is missing, builds, and opens Chorus on your default workspace (or the file you name).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(scripts/build.sh | tail -n 1)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display found; starting Chorus under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$build_dir/app/desktop/chorus" "$@"
fi
exec "$build_dir/app/desktop/chorus" "$@"
