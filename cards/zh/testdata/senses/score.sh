#!/bin/sh
# score.sh [-v] [-index] [-report FILE] [-file PATTERN] CMD [ARG...]: scores CMD, any command that
# speaks `annotate --tsv --json` (e.g. a cika binary built from any
# commit), on the gold files beside this script. See score.go. It runs
# from the script's own module (score.go imports its internal goldset), so
# relative paths among the arguments are made absolute first.
set -e
here=$(cd "$(dirname "$0")" && pwd)
n=$#
while [ "$n" -gt 0 ]; do
	a=$1
	shift
	case $a in
	/*) ;;
	*) if [ -e "$a" ]; then a=$(cd "$(dirname "$a")" && pwd)/$(basename "$a"); fi ;;
	esac
	set -- "$@" "$a"
	n=$((n - 1))
done
cd "$here"
exec go run ./score.go -dir "$here" "$@"
