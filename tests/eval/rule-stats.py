#!/usr/bin/env python3
"""Precision per lexicon rule, over several labeled sets at once.

Usage: rule-stats.py [--lexicons DIR] [--all] [--dead] [--unless] [--by-term] NAME=TAGGED:GOLD ...
  NAME=TAGGED:GOLD   a tagged file (voc-tag output) and its gold file (eval-dev format)
  --lexicons DIR     list, per category, the term lines that never counted in any set (with --dead)
  --all              print every rule that counted, not only the doubtful ones
  --unless           also rate each unless: line (the tags' "excluded_by"): on how many
                     documents it cancelled a category the gold has (a true label lost)
                     or does not have (a false one prevented), counting only documents
                     where no other tag of that category counts
  --by-term          rate each term a line stands for on its own (a line with word lists
                     stands for one term per combination: "lost ~>4 client*"), so one bad
                     alternative can be dropped instead of the whole line

A rule's counting tag (neither negated nor excluded) on a document is a TP when the
document's gold has the tag's category, else an FP. 'sole' counts only the documents where
this rule is the only counting tag of its category: deleting the rule changes exactly those
(sole FP fixed, sole TP lost). A rule is doubtful when FP >= TP, or when it has sole FPs in
two or more sets.
"""
import collections
import json
import os
import re
import sys

GKEY = {"objection": "objections", "trigger": "triggers"}


def load(path):
    return {d["id"]: d for d in (json.loads(l) for l in open(path, encoding="utf-8"))}


def lexicon_terms(lexdir):
    """(rule, category, term text) for every term line of objection.lex / trigger.lex."""
    out = []
    setting = re.compile(r"^(description|match|nomatch|negation|questions|unless):\s")
    for lang in sorted(os.listdir(lexdir)):
        for name in ("objection.lex", "trigger.lex"):
            p = os.path.join(lexdir, lang, name)
            if not os.path.isfile(p):
                continue
            cat = None
            for n, line in enumerate(open(p, encoding="utf-8"), 1):
                s = line.strip()
                if not s or s.startswith("#"):
                    continue
                m = re.match(r"^\[(\w+)\]", s)
                if m:
                    cat = m.group(1)
                    continue
                if setting.match(s) or cat is None:
                    continue
                out.append(("%s/%s:%d" % (lang, name, n), cat, s))
    return out


def main():
    args = sys.argv[1:]
    lexdir = None
    if "--lexicons" in args:
        i = args.index("--lexicons")
        lexdir = args[i + 1]
        del args[i:i + 2]
    show_all = "--all" in args
    dead = "--dead" in args
    unless = "--unless" in args
    by_term = "--by-term" in args
    # ustats[unless rule] = {set: [prevented, lost]}
    ustats = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    ucat = {}
    sets = [a for a in args if not a.startswith("--")]
    if not sets:
        sys.exit(__doc__)
    names = []
    # stats[rule] = {"cat":..., "term":..., set: [tp, fp, sole_tp, sole_fp]}
    stats = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0, 0, 0]))
    info = {}
    for spec in sets:
        name, files = spec.split("=", 1)
        tagged, gold = files.split(":", 1)
        names.append(name)
        g, t = load(gold), load(tagged)
        for i, gd in g.items():
            tags = [x for x in (t.get(i, {}).get("tags") or [])
                    if not x.get("negated") and not x.get("excluded")]
            bycat = collections.defaultdict(set)
            for x in tags:
                key = x["rule"] + "\t" + x["term"] if by_term else x["rule"]
                bycat[(x["lexicon"], x["category"])].add(key)
                info[key] = (x["category"], x["term"])
            seen = set()
            for x in t.get(i, {}).get("tags") or []:
                by = x.get("excluded_by")
                key = (by, x["lexicon"], x["category"])
                if not by or (x["lexicon"], x["category"]) in bycat or key in seen:
                    continue
                seen.add(key)
                ucat[by] = x["category"]
                has = x["category"] in gd.get(GKEY.get(x["lexicon"], ""), [])
                ustats[by][name][1 if has else 0] += 1
            for (lex, cat), rules in bycat.items():
                ok = cat in gd.get(GKEY.get(lex, ""), [])
                for r in rules:
                    s = stats[r][name]
                    s[0 if ok else 1] += 1
                    if len(rules) == 1:
                        s[2 if ok else 3] += 1
    rows = []
    for r, per in stats.items():
        tp = sum(v[0] for v in per.values())
        fp = sum(v[1] for v in per.values())
        stp = sum(v[2] for v in per.values())
        sfp = sum(v[3] for v in per.values())
        fp_sets = sum(1 for v in per.values() if v[3])
        doubtful = fp >= tp or fp_sets >= 2
        if show_all or doubtful:
            rows.append((-(fp - tp), r, tp, fp, stp, sfp, per))
    rows.sort()
    print("%-26s %-20s %4s %4s %5s %5s  %s  term" % ("rule", "category", "TP", "FP", "soleT", "soleF",
                                                      " ".join("%-7s" % n for n in names)))
    for _, r, tp, fp, stp, sfp, per in rows:
        cat, term = info[r]
        cells = " ".join("%-7s" % ("%d/%d" % (per[n][0], per[n][1]) if n in per else ".") for n in names)
        flag = "!" if fp >= tp else " "
        print("%s%-25s %-20s %4d %4d %5d %5d  %s  %s" % (flag, r.split("\t")[0], cat, tp, fp, stp, sfp,
                                                        cells, term))
    print("(cells: TP/FP per set; soleT/soleF: documents where this rule alone gives its category;"
          " ! = wrong at least as often as right)")
    if unless:
        print("\nunless: lines, per document where no other tag of the category counts:")
        print("%-26s %-20s %5s %5s  %s" % ("unless rule", "category", "prev", "lost",
                                          " ".join("%-7s" % n for n in names)))
        urows = sorted(ustats.items(),
                       key=lambda kv: -(sum(v[1] for v in kv[1].values()) - sum(v[0] for v in kv[1].values())))
        for r, per in urows:
            prev = sum(v[0] for v in per.values())
            lost = sum(v[1] for v in per.values())
            cells = " ".join("%-7s" % ("%d/%d" % tuple(per[n]) if n in per else ".") for n in names)
            print("%s%-25s %-20s %5d %5d  %s" % ("!" if lost >= prev else " ", r, ucat[r], prev, lost, cells))
        print("(prev: false labels it prevented; lost: true labels it cancelled; cells prev/lost per set;"
              " ! = cancels true labels at least as often as false ones; a document counts once per rule"
              " and category)")
    if lexdir and dead:
        fired = {k.split("\t")[0] for k in stats}
        never = collections.defaultdict(list)
        for rule, cat, term in lexicon_terms(lexdir):
            if rule not in fired:
                never[(rule.split("/")[0], cat)].append((rule, term))
        total = collections.Counter((r.split("/")[0], c) for r, c, _ in lexicon_terms(lexdir))
        print("\nterms that never counted in any set, per language and category:")
        for k in sorted(total):
            print("  %-3s %-20s %4d of %4d never counted" % (k[0], k[1], len(never.get(k, [])), total[k]))


if __name__ == "__main__":
    main()
