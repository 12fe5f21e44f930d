#!/usr/bin/env bash
# Prints every file of the release app with its raw and gzipped (gzip -9) size and when it
# loads: the first load (HTML, CSS, the old-browser check, the main wasm and its JavaScript,
# the chunk loader's stub; its table comes with the first chunk), against the 200 KB budget; each screen's chunk, fetched when the screen
# first opens (the chunk `safety`, storage banners and file writers, is fetched in the background once the first screen
# runs: not waited for, and not in the first load's budget); the import checker, started on
# the first import; the service worker, fetched in the background, which then keeps the build
# of the language in use for offline use (each language's offline copy is printed last). The English build
# (app/en/) loads instead of the Vietnamese one only when the user chooses English: its first
# load (the same page, CSS and boot check, with its own wasm and JavaScript) is printed against
# the same budget.
set -euo pipefail
dir=${1:-dist}
first=0
shared=0
english=0
later=0
background=0
printf '%-8s %9s %9s  %-45s %s\n' kind raw gzipped file loads
while IFS= read -r f; do
  name=${f#"$dir"/}
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  case "$name" in
    app/en/*) lang=en ;;
    app/*) lang=vi ;;
    *) lang=both ;;
  esac
  case "$(basename "$name")" in
    sw.js) when="in the background once the first screen runs (the service worker; it then fetches the shared files and the build of the language in use for offline use)"; later=$((later + gz)); background=$((background + gz)) ;;
    __wasm_split_table-*) when="in the background once the first screen runs (the chunk loader's table, fetched with the chunk safety or any first chunk)"; later=$((later + gz)); background=$((background + gz)) ;;
    split_safety-*) when="in the background once the first screen runs (storage banners, backup and unit-file writers)"; later=$((later + gz)); background=$((background + gz)) ;;
    split_import_preview-*) when="when the import card is first touched (checker's plumbing, preview)"; later=$((later + gz)) ;;
    split_*) when="when its screen first opens (${name#app/split_})"; when=${when%%-*}")"; later=$((later + gz)) ;;
    chunk_*) when="with the screens that share it"; later=$((later + gz)) ;;
    import_worker*) when="on the first import"; later=$((later + gz)) ;;
    *) case $lang in
         en) when="first load, English (instead of the Vietnamese wasm, when chosen)"; english=$((english + gz)) ;;
         vi) when="first load"; first=$((first + gz)) ;;
         *) when="first load"; first=$((first + gz)); shared=$((shared + gz)) ;;
       esac ;;
  esac
  [ "$lang" = en ] && case "$when" in first*) ;; *) when="$when, English build" ;; esac
  printf '%-8s %9d %9d  %-45s %s\n' "${name##*.}" "$raw" "$gz" "$name" "$when"
done < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) | sort)
awk -v t="$first" 'BEGIN { printf "first load, gzipped: %d bytes (%.1f KB) of a 200 KB budget\n", t, t / 1024 }'
awk -v t="$((shared + english))" 'BEGIN { printf "first load in English (chosen on the switch), gzipped: %d bytes (%.1f KB) of a 200 KB budget\n", t, t / 1024 }'
# What the service worker keeps: the shared files and the build of the language in use
# (sw.js: Vietnamese from the first visit, English once chosen).
all=$(find "$dir" -type f -exec cat {} + | wc -c)
declare -A kept_gz=([shared]=0 [vi]=0 [en]=0) kept_n=([shared]=0 [vi]=0 [en]=0)
while IFS= read -r f; do
  case "${f#"$dir"/}" in app/en/*) part=en ;; app/*) part=vi ;; *) part=shared ;; esac
  kept_gz[$part]=$((kept_gz[$part] + $(gzip -9 -c "$f" | wc -c))); kept_n[$part]=$((kept_n[$part] + 1))
done < <(find "$dir" -type f)
for l in vi en; do
  awk -v l="$l" -v n="$((kept_n[shared] + kept_n[$l]))" -v t="$((kept_gz[shared] + kept_gz[$l]))" 'BEGIN { printf "offline copy in %s (kept by the service worker after the first visit in that language): %d files, %d bytes gzipped (%.1f KB)\n", (l == "vi" ? "Vietnamese" : "English"), n, t, t / 1024 }'
done
awk -v n="$(find "$dir" -type f | wc -l)" -v t="$((kept_gz[shared] + kept_gz[vi] + kept_gz[en]))" -v r="$all" 'BEGIN { printf "the whole build (both languages): %d files, %d bytes gzipped (%.1f KB), %d bytes raw\n", n, t, t / 1024, r }'
awk -v t="$later" -v b="$background" 'BEGIN { printf "loaded on first use, gzipped: %d bytes (%.1f KB), of which in the background after the first screen: %d bytes (%.1f KB)\n", t, t / 1024, b, b / 1024 }'
