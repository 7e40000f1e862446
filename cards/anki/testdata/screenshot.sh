#!/bin/sh
# screenshot.sh: photographs sample cards of the seed podcast's deck the way
# Anki shows them, for a person to look at, with headless Chromium: for each
# sample word (cmd/cika's sampleWords) one picture of every side of its
# notes, at a phone's width (390 px) and a desktop's (1024 px), by day and
# by night. With --each, every side is also photographed on its own.
#
# Usage: cards/anki/testdata/screenshot.sh [--each] [OUTDIR]   (default /tmp/cika-cards)
#
# Needs chromium and CJK fonts (Debian: apt-get install chromium
# fonts-noto-cjk). Not a Go test, so CI never needs a browser; the checks a
# machine can make are in TestLearnerSeesSeedDeck.
set -eu
each=false
if [ "${1:-}" = --each ]; then
	each=true
	shift
fi
out=${1:-/tmp/cika-cards}
root=$(cd "$(dirname "$0")/../../.." && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
	echo "screenshot.sh: no chromium found (apt-get install chromium fonts-noto-cjk)" >&2
	exit 1
fi
rm -rf "$out"
mkdir -p "$out/pages"
# The test mines the seed, exports it and writes the sample pages.
(cd "$root" && CIKA_CARD_PAGES="$out/pages" go test ./cmd/cika -run '^TestLearnerSeesSeedDeck$' -count=1 >/dev/null)
shoot() { # page width height
	"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--force-device-scale-factor=1 --window-size="$2,$3" \
		--screenshot="$out/$(basename "$1" .html)-$2.png" "file://$1" >/dev/null 2>&1
}
n=0
for page in "$out"/pages/*.html; do
	case $(basename "$page") in
	*-front-* | *-back-*)
		$each || continue
		for width in 390 1024; do shoot "$page" "$width" 1400; n=$((n + 1)); done
		;;
	*)
		# A tall window: the picture holds every side of the word's notes.
		for width in 390 1024; do shoot "$page" "$width" 7000; n=$((n + 1)); done
		;;
	esac
done
echo "$n screenshots in $out"
