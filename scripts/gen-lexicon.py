#!/usr/bin/env python3
"""Deterministic synthetic lexicon terms for the lexicon-size benchmark.

    gen-lexicon.py --terms K [--seed N] [--lex CATEGORY] [-o FILE]

Writes K distinct terms, one per line (the input of
`voc-lex import --from terms FILE --lexicon L --category C`), or with --lex a
complete .lex file with one category (for when voc-lex import is missing).

Every list starts with the same 40 terms that occur in the benchmark corpus
(scripts/gen-corpus.py), so lexicons of 100 and of 100,000 terms find about
the same matches and a throughput difference measures the matcher, not the
amount of output. The rest are single words and 2-3 word phrases built from
invented words and common English words: many phrases start with a word that
is everywhere in the corpus, so the matcher has to follow them a step before
they fail, as with a large real lexicon.
"""
import argparse
import random
import sys

HITS = [
    "spreadsheet", "data entry", "close dates", "forecast review", "board meeting",
    "duplicate records", "channel sales", "multi-currency", "call summaries", "mobile app",
    "quarter end", "roll-up", "firefighting", "visibility across regions", "enterprise segment",
    "reporting", "exports", "attachments", "dashboards", "support answered",
    "pipeline data", "managers update", "sync just worked", "security questionnaire",
    "workshop", "proposal", "trial extended", "two-year term", "offline", "SSO",
    "key accounts", "booth", "webinar", "renewal", "deeper dive", "fiscal year",
    "decision maker", "re-org", "in-house", "GDPR",
]
COMMON = [
    "the", "a", "to", "and", "of", "in", "for", "is", "on", "with", "they", "we", "it",
    "team", "forecast", "call", "price", "budget", "data", "sales", "pipeline", "reps",
    "week", "year", "quarter", "deal", "deals", "tool", "setup", "time", "hours", "next",
    "new", "review", "report", "board", "app", "manager", "support", "security", "cost",
    "contract", "trial", "demo", "process", "manual", "account", "customer", "growth",
    "integration", "migration", "training", "feature", "bug", "legal", "terms", "value",
    "risk", "proven", "simple", "quick", "easy", "fast", "slow", "expensive", "cheap",
    "every", "more", "less", "their", "our", "not", "no", "too", "very", "after", "before",
]
SYL = ["ba", "ko", "ri", "tel", "mon", "sa", "vex", "dor", "lin", "qua", "fe", "zu", "pra",
       "nel", "ost", "gri", "ma", "tov", "ein", "lu", "cas", "bre", "dim", "ro", "sil", "tan",
       "var", "wen", "yo", "hap", "jus", "ker"]


def pseudo(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 4)))


def terms(k, seed):
    r = random.Random(seed)
    out = list(HITS[:k])
    seen = set(out)
    while len(out) < k:
        x = r.random()
        if x < 0.35:
            t = pseudo(r)
        elif x < 0.70:
            t = r.choice(COMMON) + " " + pseudo(r)
        elif x < 0.90:
            t = r.choice(COMMON) + " " + r.choice(COMMON) + " " + pseudo(r)
        else:
            t = pseudo(r) + " " + r.choice(COMMON)
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--terms", type=int, required=True, help="number of terms K")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lex", metavar="CATEGORY", help="write a .lex file with this category")
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    if a.lex:
        out.write("# Synthetic benchmark lexicon: %d terms (scripts/gen-lexicon.py)\n\n" % a.terms)
        out.write("[%s] Synthetic %d\ndescription: benchmark terms\n\n" % (a.lex, a.terms))
    for t in terms(a.terms, a.seed):
        out.write(t + "\n")
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
