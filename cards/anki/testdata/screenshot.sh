#!/bin/sh
# screenshot.sh: photographs sample cards of the seed podcast's deck the way
# Anki shows them, for a person to look at: every side of each sample note
# (cmd/cika's sampleWords), front and back, day and night, at a phone's
# width (390 px) and a desktop's (1024 px), with headless Chromium.
#
# Usage: cards/anki/testdata/screenshot.sh [OUTDIR]     (default /tmp/cika-cards)
#
# Needs chromium and CJK fonts (Debian: apt-get install chromium
# fonts-noto-cjk). Not a Go test, so CI never needs a browser; the checks a
# machine can make are in TestLearnerSeesSeedDeck.
set -eu
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
n=0
for page in "$out"/pages/*.html; do
	base=$(basename "$page" .html)
	for width in 390 1024; do
		# A tall window: the picture shows the whole card, however long.
		"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
			--force-device-scale-factor=1 --window-size="$width,1400" \
			--screenshot="$out/$base-$width.png" "file://$page" >/dev/null 2>&1
		n=$((n + 1))
	done
done
echo "$n screenshots in $out"
