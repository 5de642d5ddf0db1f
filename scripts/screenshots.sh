#!/bin/sh
# Takes the documentation screenshots from the real program under Xvfb (docs/screenshots/).
# usage: scripts/screenshots.sh [BUILD_DIR]   (needs xvfb-run; uses a sample workspace of 2,000 people)
set -eu
build=${1:-build}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# Anchored at the present, as the first-run sample is, so Today has fresh posts and threads to suggest.
"$build/app/cli/chorus-cli" generate --people 2000 --seed 7 --anchor "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    --db "$work/sample.chorus" >/dev/null
shot() { # size name page [extra options]
    size=$1; name=$2; page=$3; shift 3
    rm -rf "$work/config"
    XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 ${size}x24" \
        "$build/app/desktop/chorus" --page "$page" --screenshot "$out/$name-$size.png" "$@" "$work/sample.chorus"
}
for size in 1366x768 1920x1080; do
    shot "$size" people people
    shot "$size" conversations conversations
    shot "$size" events events
    shot "$size" search people --search "ada"
    shot "$size" today today
    shot "$size" map map # --screenshot waits while the page says it is busy (loading, layout, drawing)
    shot "$size" dashboard dashboard
    shot "$size" reports reports
    shot "$size" sources sources
    # Edit ▸ Preferences, its General and Suggestions tabs (the picture is of the dialog).
    shot "$size" preferences people --dialog preferences
    shot "$size" preferences-suggestions people --dialog suggestions
done
# An empty workspace: what the pages say before there is anything.
rm -rf "$work/config"
XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1366x768x24" \
    "$build/app/desktop/chorus" --page people --screenshot "$out/empty-people-1366x768.png" "$work/empty.chorus"
# The dark theme, as Preferences saves it.
rm -rf "$work/config" && mkdir -p "$work/config/Chorus"
printf '[appearance]\ntheme=dark\n' >"$work/config/Chorus/Chorus.conf"
XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1366x768x24" \
    "$build/app/desktop/chorus" --page people --screenshot "$out/people-dark-1366x768.png" "$work/sample.chorus"
echo "screenshots in $out"
