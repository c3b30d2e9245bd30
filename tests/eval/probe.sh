#!/bin/sh
# Run tests/eval/probes.txt (hand-written 'category | sentence' lines, '-' = none)
# through voc-tag and report misses and extra categories, overall and per round.
# A category may carry a language: 'de:budget | ...' tags the sentence as German
# (default en); several categories are separated by commas: 'budget,authority | ...'.
# Rounds start at '# --- round NAME'.
# usage: tests/eval/probe.sh BUILD_DIR [LEXDIR [ROUND]]
#   ROUND  only this round (e.g. 5), to measure a fresh round before fixing it
set -eu
here=$(cd "$(dirname "$0")" && pwd)
B=${1:?usage: probe.sh BUILD_DIR [LEXDIR [ROUND]]}
L=${2:-$here/../../lexicons}
R=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$here/probes.txt" "$R" > "$tmp/recs.jsonl" <<'PY'
import json, sys
rnd, want, n = "", sys.argv[2], 0
for l in open(sys.argv[1], encoding="utf-8"):
    if l.startswith("# --- round"):
        rnd = l.split()[3] if len(l.split()) > 3 else ""
    if l.startswith("#") or not l.strip():
        continue
    if want and rnd != want:
        continue
    cat, txt = l.split("|", 1)
    cat = cat.strip()
    lang = "en"
    if ":" in cat:
        lang, cat = cat.split(":", 1)
    n += 1
    print(json.dumps({"id": "P%04d" % n, "kind": "other", "source": "probe", "date": None,
                      "campaign": None, "title": None, "lang": lang, "text": txt.strip(),
                      "probe": {"round": rnd, "cat": cat}}))
PY
"$B/voc-tag" -q --lexicons "$L" "$tmp/recs.jsonl" > "$tmp/tagged.jsonl"
python3 - "$tmp/tagged.jsonl" <<'PY'
import json, sys
tot = {}
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l)
    cat, rnd, txt = d["probe"]["cat"], d["probe"]["round"], d["text"]
    got = {t["category"] for t in d.get("tags", []) if not t["negated"] and not t.get("excluded")}
    want = {c.strip() for c in cat.split(",")} - {"-"}
    if not want <= got:
        print("MISS ", d["lang"] + ":" + cat, "|", txt, "| got", sorted(got))
    elif got - want:
        print("EXTRA", sorted(got - want), "|", txt)
    for k in ("all", rnd):
        c = tot.setdefault(k, [0, 0, 0])
        c[0] += len(want & got); c[1] += len(want - got); c[2] += len(got - want)
for k, (tp, fn, fp) in tot.items():
    if k != "all":
        print("round %-4s %3d labels, %3d found, %3d missed, %3d extra (recall %.2f, precision %.2f)"
              % (k, tp + fn, tp, fn, fp, tp / max(1, tp + fn), tp / max(1, tp + fp)))
tp, fn, fp = tot.get("all", [0, 0, 0])
print("probes: %d expected labels found, %d missed, %d extra (recall %.2f, precision %.2f)"
      % (tp, fn, fp, tp / max(1, tp + fn), tp / max(1, tp + fp)))
PY
