#!/usr/bin/env bash
# Every value `factcheck extract` finds in the corpora, as JSON lines, to hold one build's
# output against another's: speed work must leave it byte-identical, and an accuracy change is
# read from its difference (see scripts/vdiff.py for the difference with context).
#
#   scripts/golden.sh record BIN DIR   write DIR/{bbc,reuters,duckling}.jsonl from binary BIN
#   scripts/golden.sh check BIN DIR    compare BIN's output with DIR's; exit 1 on a difference
#
# The corpora are ../shared's: all BBC files (read on 2005-01-01), Reuters 00001-06534 (on
# 1987-03-05) and every Duckling phrase (on the suite's reference, preferring the future).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [[ $# -ne 3 || ! -d $shared ]]; then
    echo "usage: scripts/golden.sh record|check BIN DIR (needs $shared beside the repository)" >&2
    exit 2
fi
mode=$1 bin=$(realpath "$2") dir=$3

write() {
    local out=$1
    mkdir -p "$out"
    find "$shared/corpus/bbc" -name '*.txt' | sort |
        xargs "$bin" extract --reference 2005-01-01 --format jsonl >"$out/bbc.jsonl"
    find "$shared/corpus/reuters21578" -name '*.txt' | sort | awk -F/ '$NF <= "06534.txt"' |
        xargs "$bin" extract --reference 1987-03-05 --format jsonl >"$out/reuters.jsonl"
    local phrases
    phrases=$(mktemp)
    for tsv in "$shared"/eval/duckling-en/*.tsv; do
        cut -f2 "$tsv" >"$phrases"
        "$bin" extract --each-line --reference 2013-02-12T04:30:00-02:00 --prefer future \
            --format jsonl "$phrases"
    done >"$out/duckling.jsonl"
    rm -f "$phrases"
}

case $mode in
record) write "$dir" ;;
check)
    now=$(mktemp -d)
    trap 'rm -rf "$now"' EXIT
    write "$now"
    status=0
    for part in bbc reuters duckling; do
        if cmp -s "$dir/$part.jsonl" "$now/$part.jsonl"; then
            echo "$part identical"
        else
            echo "$part DIFFERS: $(diff "$dir/$part.jsonl" "$now/$part.jsonl" | grep -c '^[<>]') lines"
            status=1
        fi
    done
    exit $status
    ;;
*)
    echo "usage: scripts/golden.sh record|check BIN DIR" >&2
    exit 2
    ;;
esac
