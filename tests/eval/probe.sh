#!/bin/sh
# Run tests/eval/probes.txt (hand-written 'category | sentence' lines, '-' = none)
# through voc-tag and report misses and extra categories.
# usage: tests/eval/probe.sh BUILD_DIR [LEXDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
B=${1:?usage: probe.sh BUILD_DIR [LEXDIR]}
L=${2:-$here/../../lexicons}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$here/probes.txt" | grep . > "$tmp/p.txt"
python3 - "$tmp/p.txt" > "$tmp/recs.jsonl" <<'PY'
import json, sys
for i, l in enumerate(open(sys.argv[1], encoding="utf-8")):
    cat, txt = l.split("|", 1)
    print(json.dumps({"id": "P%04d" % i, "kind": "other", "source": "probe", "date": None,
                      "campaign": None, "title": None, "lang": "en", "text": txt.strip()}))
PY
"$B/voc-tag" -q --lexicons "$L" "$tmp/recs.jsonl" > "$tmp/tagged.jsonl"
python3 - "$tmp/p.txt" "$tmp/tagged.jsonl" <<'PY'
import json, sys
lines = [l.split("|", 1) for l in open(sys.argv[1], encoding="utf-8")]
tp = fp = fn = 0
for (cat, txt), l in zip(lines, open(sys.argv[2], encoding="utf-8")):
    d = json.loads(l)
    cat = cat.strip()
    got = {t["category"] for t in d.get("tags", []) if not t["negated"] and not t.get("excluded")}
    want = {cat} if cat != "-" else set()
    if not want <= got:
        print("MISS ", cat, "|", txt.strip(), "| got", sorted(got))
    elif got - want:
        print("EXTRA", sorted(got - want), "|", txt.strip())
    tp += len(want & got); fn += len(want - got); fp += len(got - want)
print("probes: %d expected labels found, %d missed, %d extra (recall %.2f, precision %.2f)"
      % (tp, fn, fp, tp / max(1, tp + fn), tp / max(1, tp + fp)))
PY
