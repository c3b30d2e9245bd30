#!/usr/bin/env python3
"""Score tagged voc records against a gold file (eval-dev format).

Usage: score.py GOLD.jsonl TAGGED.jsonl [--errors] [--md]
A category counts for a document when it has a tag with negated false and not
excluded (records.md). Prints precision, recall, F1 per category and
micro-averaged for objections and triggers, and persona accuracy.
--errors lists false positives (with the firing term and rule) and false negatives.
"""
import json
import sys

OBJ = ["budget", "authority", "need", "timing", "competitor", "status_quo", "risk",
       "implementation", "product_fit", "contract"]
TRG = ["pain", "fear_of_loss", "desire_for_gain", "social_status", "convenience",
       "trust_risk", "emotional_resonance"]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    errors = "--errors" in sys.argv
    md = "--md" in sys.argv
    gold = {}
    for l in open(args[0], encoding="utf-8"):
        d = json.loads(l)
        gold[d["id"]] = d
    pred = {}
    for l in open(args[1], encoding="utf-8"):
        d = json.loads(l)
        pred[d["id"]] = d
    missing = [i for i in gold if i not in pred]
    if missing:
        print("warning: %d gold ids not in the tagged file: %s" % (len(missing), missing[:5]), file=sys.stderr)
    out = []
    for lexicon, cats, gkey in (("objection", OBJ, "objections"), ("trigger", TRG, "triggers")):
        tp = {c: 0 for c in cats}
        fp = {c: 0 for c in cats}
        fn = {c: 0 for c in cats}
        errs = []
        for i, g in gold.items():
            p = pred.get(i, {})
            tags = p.get("tags") or []
            got = {t["category"] for t in tags if t.get("lexicon") == lexicon
                   and not t.get("negated") and not t.get("excluded")}
            want = set(g[gkey])
            for c in cats:
                if c in got and c in want:
                    tp[c] += 1
                elif c in got:
                    fp[c] += 1
                    ev = [(t["term"], t.get("rule"), t.get("evidence", "")[:140]) for t in tags
                          if t["category"] == c and not t.get("negated") and not t.get("excluded")]
                    errs.append(("FP", c, i, ev))
                elif c in want:
                    fn[c] += 1
                    errs.append(("FN", c, i, []))
        rows = []
        for c in cats:
            P = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
            R = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
            F = 2 * P * R / (P + R) if P + R else 0.0
            rows.append((c, tp[c], fp[c], fn[c], P, R, F))
        T, FP_, FN_ = sum(tp.values()), sum(fp.values()), sum(fn.values())
        P = T / (T + FP_) if T + FP_ else 0.0
        R = T / (T + FN_) if T + FN_ else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        rows.append(("micro", T, FP_, FN_, P, R, F))
        if md:
            out.append("\n| %s | TP | FP | FN | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|" % lexicon)
            for r in rows:
                name = "**micro**" if r[0] == "micro" else r[0]
                out.append("| %s | %d | %d | %d | %.2f | %.2f | %.2f |" % ((name,) + r[1:]))
        else:
            out.append("\n%-20s %4s %4s %4s %6s %6s %6s" % (lexicon, "TP", "FP", "FN", "P", "R", "F1"))
            for r in rows:
                out.append("%-20s %4d %4d %4d %6.2f %6.2f %6.2f" % r)
        if errors:
            for e in errs:
                out.append("  %s %-15s %s %s" % (e[0], e[1], e[2][:40], e[3]))
    ok = sum(1 for i, g in gold.items() if pred.get(i, {}).get("persona") == g["persona"])
    out.append("\npersona accuracy: %d/%d = %.2f" % (ok, len(gold), ok / len(gold) if gold else 0))
    if errors:
        for i, g in gold.items():
            p = pred.get(i, {})
            if p.get("persona") != g["persona"]:
                out.append("  persona %s: title %r -> %s, gold %s" % (i[:30], p.get("title"), p.get("persona"), g["persona"]))
    print("\n".join(out))


if __name__ == "__main__":
    main()
