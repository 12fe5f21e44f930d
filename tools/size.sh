#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of the release app: what a visit loads first (wasm, JS,
# CSS, HTML), against the 200 KB budget, and apart from it what loads only on first use (the
# import checker worker).
set -euo pipefail
dir=${1:-dist}
first=0
later=0
printf '%-10s %10s %10s  %s\n' kind raw gzipped file
for pattern in '*.wasm' '*.js' '*.css' '*.html'; do
  for f in $(find "$dir" -maxdepth 1 -name "$pattern" | sort); do
    raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    name=$(basename "$f")
    case "$name" in
      import_worker*) later=$((later + gz)); note="  (on first import)" ;;
      *) first=$((first + gz)); note="" ;;
    esac
    printf '%-10s %10d %10d  %s%s\n' "${pattern#*.}" "$raw" "$gz" "$name" "$note"
  done
done
awk -v t="$first" 'BEGIN { printf "first load, gzipped: %d bytes (%.1f KB) of a 200 KB budget\n", t, t / 1024 }'
awk -v t="$later" 'BEGIN { printf "loaded on first use, gzipped: %d bytes (%.1f KB)\n", t, t / 1024 }'
