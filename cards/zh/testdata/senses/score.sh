#!/bin/sh
# score.sh [-v] [-report FILE] CMD [ARG...]: scores CMD, any command that
# speaks `annotate --tsv --json` (e.g. a cika binary built from any
# commit), on the gold files beside this script. See score.go.
set -e
here=$(cd "$(dirname "$0")" && pwd)
exec go run "$here/score.go" -dir "$here" "$@"
