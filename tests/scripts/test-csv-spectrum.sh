#!/usr/bin/env bash
# CSV conformance: every file of csv-spectrum (../shared/external/csv-spectrum)
# must give exactly the rows of its JSON answer through voc-ingest. Columns
# are mapped to extra fields c1..cN (--map), so the values come out verbatim.
# location_coordinates.json is wrong upstream (see SOURCE.md): for it we only
# check 1 row with 4 non-null fields. Exit 77 (skip) when the suite or jq is
# absent.
set -u
suite=${VOC_SHARED:-}/external/csv-spectrum
[ -n "${VOC_SHARED:-}" ] && [ -d "$suite/csvs" ] || { echo "csv-spectrum not found, skipping"; exit 77; }
command -v jq >/dev/null || { echo "jq not found, skipping"; exit 77; }
: "${VOC_BIN:?VOC_BIN must name the build directory}"
ingest=$VOC_BIN/voc-ingest
pass=0 fail=0
for csv in "$suite"/csvs/*.csv; do
  name=$(basename "$csv" .csv)
  want=$suite/json/$name.json
  [ -f "$want" ] || continue
  keys=$(jq -c 'if type == "array" then .[0] else . end | keys_unsorted' "$want")
  args=(-q --format csv --set text=x)
  i=0
  while IFS= read -r k; do
    i=$((i + 1))
    args+=(--map "c$i=$k")
  done < <(jq -r '.[]' <<<"$keys")
  got=$("$ingest" "${args[@]}" "$csv" |
    jq -c --slurp --argjson keys "$keys" \
      'map(. as $r | [range(0; $keys | length)] |
           map({($keys[.]): $r["c\(. + 1)"]}) | add)')
  rc=${PIPESTATUS[0]}
  if [ "$name" = location_coordinates ]; then
    ok=$(jq 'length == 1 and (.[0] | length == 4 and all(.[]; . != null))' <<<"$got")
  else
    ok=$(jq --argjson got "$got" '. == $got' "$want")
  fi
  if [ "$rc" = 0 ] && [ "$ok" = true ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name (exit $rc)"
    echo "  want: $(jq -c . "$want")"
    echo "  got:  $got"
  fi
done
echo "csv-spectrum: $pass passed, $fail failed"
[ "$fail" = 0 ]
