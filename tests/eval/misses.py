#!/usr/bin/env python3
"""Errors of every category across several labeled sets, grouped by category.

Usage: misses.py [--fn|--fp] [--cat CAT] NAME=TAGGED:GOLD:RECORDS ...
For each category: the misses (FN) with the gold notes and the document text, and the
false positives (FP) with the counting terms, rules and evidence. Grouping the misses of a
category across sets shows which kinds of expression recur across writers (families)
and which are one document's wording.
"""
import json
import sys

GKEY = {"objection": "objections", "trigger": "triggers"}


def load(path):
    return {d["id"]: d for d in (json.loads(l) for l in open(path, encoding="utf-8"))}


def main():
    args = sys.argv[1:]
    want_fn = "--fp" not in args
    want_fp = "--fn" not in args
    cat = None
    if "--cat" in args:
        i = args.index("--cat")
        cat = args[i + 1]
        del args[i:i + 2]
    specs = [a for a in args if not a.startswith("--")]
    errs = {}
    for spec in specs:
        name, rest = spec.split("=", 1)
        tagged, gold, records = rest.split(":")
        t, g, r = load(tagged), load(gold), load(records)
        for i, gd in g.items():
            tags = t.get(i, {}).get("tags") or []
            text = r.get(i, {}).get("text", "")
            for lex, gk in GKEY.items():
                got = {}
                for x in tags:
                    if x.get("lexicon") == lex and not x.get("negated") and not x.get("excluded"):
                        got.setdefault(x["category"], []).append(x)
                near = {}
                for x in tags:
                    if x.get("lexicon") == lex and (x.get("negated") or x.get("excluded")):
                        near.setdefault(x["category"], []).append(x)
                gold_c = set(gd[gk])
                for c in sorted(set(got) | gold_c):
                    if cat and c != cat:
                        continue
                    if c in gold_c and c not in got and want_fn:
                        why = ["%s%s %s" % ("NEG " if x.get("negated") else "EXC ", x["term"], x.get("rule"))
                               for x in near.get(c, [])]
                        errs.setdefault(c, []).append(("FN", name, i, gd.get("lang"), gd.get("notes", ""), text, why))
                    elif c in got and c not in gold_c and want_fp:
                        ev = ["%s [%s] %s" % (x["term"], x.get("rule"), x.get("evidence", "")[:200]) for x in got[c]]
                        errs.setdefault(c, []).append(("FP", name, i, gd.get("lang"), gd.get("notes", ""), "", ev))
    for c in sorted(errs):
        print("=" * 20, c, "FN %d FP %d" % (sum(1 for e in errs[c] if e[0] == "FN"),
                                           sum(1 for e in errs[c] if e[0] == "FP")))
        for kind, name, i, lang, notes, text, extra in errs[c]:
            print("-- %s %s %s %s" % (kind, name, i, lang))
            print("   notes: %s" % notes)
            if text:
                print("   text: %s" % text.replace("\n", " / "))
            for x in extra:
                print("   > %s" % x.replace("\n", " / "))


if __name__ == "__main__":
    main()
