#!/usr/bin/env bash
# The customer's own words of real-style replies: run voc-ingest over the
# dev mbox ($VOC_SHARED/eval-dev/replies.mbox) and check that every message
# became a record and that no quoted vendor mail, attribution, header block,
# mobile signature or disclaimer is left in any text. Skips (77) when the
# shared data or the program is absent. The per-suite pass rates of the
# stripper are printed by the unit test test_reply_suites.
set -u
mbox="${VOC_SHARED:-}/eval-dev/replies.mbox"
prog="${VOC_BIN:-}/voc-ingest"
[ -n "${VOC_SHARED:-}" ] && [ -f "$mbox" ] || { echo "no $mbox: skipped"; exit 77; }
[ -x "$prog" ] || { echo "no $prog: skipped"; exit 77; }
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$prog" -q --format mbox "$mbox" >"$out" || { echo "voc-ingest failed"; exit 1; }

python3 - "$out" <<'PY'
import json, re, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
bad = 0
if len(recs) != 40:
    print(f"expected 40 records, got {len(recs)}"); bad += 1
# Markers of text that is not the customer's new words.
line_res = [
    (re.compile(r"^\s*>"), "quoted line"),
    (re.compile(r"(wrote|schrieb|a écrit|escribió)\s*:\s*$", re.I), "attribution"),
    (re.compile(r"^\s*\*?(From|Von|De|Sent|Gesendet|Enviado|Envoyé|To|An|Para|Subject|Betreff|Asunto|Objet)\s*\*?\s*:", re.I), "header block"),
    (re.compile(r"-{2,}\s*(Original Message|Ursprüngliche Nachricht)", re.I), "separator"),
    (re.compile(r"^(Sent from my|Get Outlook for)", re.I), "mobile signature"),
    (re.compile(r"^-- ?$"), "signature delimiter"),
    (re.compile(r"confidential|intended (solely|only)|intended recipient|vertraulich", re.I), "disclaimer"),
    (re.compile(r"@tidewell\.example\.org"), "vendor address"),
]
for r in recs:
    text = r.get("text") or ""
    if not text.strip():
        print(f"{r['id']}: empty text"); bad += 1
    for line in text.split("\n"):
        for rx, what in line_res:
            if rx.search(line):
                print(f"{r['id']}: {what}: {line[:80]}"); bad += 1
# Both '>From ' lines were unescaped into the customer's text.
froms = sum(1 for r in recs for l in (r.get("text") or "").split("\n") if l.startswith("From "))
if froms != 2:
    print(f"expected 2 unescaped 'From ' lines, got {froms}"); bad += 1
print(f"{len(recs)} records, {bad} problems")
sys.exit(1 if bad else 0)
PY
