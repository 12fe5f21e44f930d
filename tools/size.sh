#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of what the release app loads first: wasm, JS, CSS, HTML.
# Budget: 200 KB gzipped in all.
set -euo pipefail
dir=${1:-dist}
total=0
printf '%-10s %10s %10s  %s\n' kind raw gzipped file
for pattern in '*.wasm' '*.js' '*.css' '*.html'; do
  for f in $(find "$dir" -maxdepth 1 -name "$pattern" | sort); do
    raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    total=$((total + gz))
    printf '%-10s %10d %10d  %s\n' "${pattern#*.}" "$raw" "$gz" "$(basename "$f")"
  done
done
awk -v t="$total" 'BEGIN { printf "total gzipped: %d bytes (%.1f KB) of a 200 KB budget\n", t, t / 1024 }'
