#!/usr/bin/python3
"""The plain Python script an analyst would write instead of voc-tag | voc-load.

    baseline.py --lexicons DIR [--db DB] [FILE...]

Reads canonical records (JSON Lines, as voc-ingest writes them), and for each one:
NFKC + casefold (unicodedata), words and sentences by regular expressions (re),
Snowball stems (Debian's python3-stemmer, `import Stemmer`), lexicon terms found
by a set lookup of stem n-grams, negation by a negator among the three words before
a term in the same clause, `unless:` exclusions per sentence, persona from the job
title (first persona category with a match). Without --db it writes the records
with `tags` and `persona` as JSON Lines (the work of voc-tag); with --db it stores
documents and tags in SQLite instead, in one transaction per 10,000 records,
replacing a document's tags when it is loaded again (the work of voc-tag | voc-load).

What it leaves out (so it is, if anything, faster than a faithful copy): proximity
terms (`a ~4 b`), per-term options, question handling, language detection (it uses
the record's `lang`, else English), and byte offsets (it reports character offsets).
Benchmark use only: scripts/bench.sh runs it as the "Python" row.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import sqlite3
import sys
import unicodedata

import Stemmer

LANGS = {"en": "english", "de": "german", "fr": "french", "es": "spanish"}
WORD = re.compile(r"\w+(?:['’]\w+)*")
SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
CLAUSE_END = re.compile(r"[.!?;:,]")
DIRECTIVE = re.compile(r"^(description|match|nomatch|negation|questions|unless):\s*(.*)$")


def fold(s):
    return unicodedata.normalize("NFKC", s).casefold()


class Lexicons:
    """Every <dir>/<lang>/*.lex: terms keyed by the tuple of their stems."""

    def __init__(self, root):
        self.by_lang = {}
        h = hashlib.sha1()
        for path in sorted(glob.glob(os.path.join(root, "*", "*.lex"))):
            lang = os.path.basename(os.path.dirname(path))
            name = os.path.splitext(os.path.basename(path))[0]
            with open(path, encoding="utf-8") as f:
                text = f.read()
            h.update(text.encode("utf-8"))
            self.load(lang, name, path, text)
        self.version = h.hexdigest()[:12]

    def lang(self, lang):
        if lang not in self.by_lang:
            self.by_lang[lang] = {
                "stemmer": Stemmer.Stemmer(LANGS.get(lang, "english")),
                "terms": {}, "lens": {}, "prefix1": {}, "plens": set(), "prefixN": {},
                "unless": {},
                "negators": set(), "contrast": set(), "persona": [],
            }
        return self.by_lang[lang]

    def key(self, L, term):
        words = []
        prefix = False
        for w in WORD.findall(fold(term.replace('"', ""))):
            words.append(w)
        if term.rstrip().endswith("*"):
            prefix = True
        if not words:
            return None, False
        if prefix:
            return tuple(L["stemmer"].stemWords(words[:-1])) + (words[-1],), True
        return tuple(L["stemmer"].stemWords(words)), False

    def load(self, lang, name, path, text):
        L = self.lang(lang)
        cat = None
        for lineno, line in enumerate(text.split("\n"), 1):
            line = line.split(" #")[0].strip()
            if not line or line.startswith("#"):
                continue
            m = re.match(r"^\[([\w-]+)\]", line)
            if m:
                cat = m.group(1)
                if name == "persona":
                    L["persona"].append((cat, set()))
                continue
            d = DIRECTIVE.match(line)
            if d:
                if d.group(1) == "unless" and cat:
                    k, _ = self.key(L, d.group(2))
                    if k:
                        L["unless"].setdefault((name, cat), set()).add(k)
                continue
            if cat is None or "~" in line:
                continue  # proximity terms: left out of the plain script
            line = re.sub(r"\s*\{[^}]*\}$", "", line)
            if name == "negation":
                (L["negators"] if cat == "negator" else L["contrast"]).add(
                    fold(line.strip('"')))
                continue
            k, is_prefix = self.key(L, line)
            if not k:
                continue
            if name == "persona":
                L["persona"][-1][1].add(k)
                continue
            rule = "%s/%s.lex:%d" % (lang, name, lineno)
            hit = (name, cat, line, rule)
            if is_prefix and len(k) == 1:
                L["prefix1"].setdefault(k[0], []).append(hit)
                L["plens"].add(len(k[0]))
            elif is_prefix:
                L["prefixN"].setdefault(k[0], []).append((k, hit))
            else:
                L["terms"].setdefault(k, []).append(hit)
                L["lens"].setdefault(k[0], set()).add(len(k))


def analyse(L, text):
    """Words (start, end, folded, stem) and sentences (start, end)."""
    toks = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]
    stems = L["stemmer"].stemWords([t[2] for t in toks])
    sents = [(m.start(), m.end()) for m in SENT.finditer(text) if m.group().strip()]
    return [(a, b, f, s) for (a, b, f), s in zip(toks, stems)], sents


def tag(lex, rec):
    L = lex.lang(rec.get("lang") or "en")
    text = rec.get("text") or ""
    toks, sents = analyse(L, text)
    stems = [t[3] for t in toks]
    sent_of = []
    si = 0
    for t in toks:
        while si + 1 < len(sents) and t[0] >= sents[si][1]:
            si += 1
        sent_of.append(si)
    tags = []
    sent_stems = {}
    for i in range(len(toks)):
        found = []
        for n in L["lens"].get(stems[i], ()):
            if i + n > len(toks):
                continue
            for hit in L["terms"].get(tuple(stems[i:i + n]), ()):
                found.append((n, hit))
        f = toks[i][2]
        for n in L["plens"]:
            for hit in L["prefix1"].get(f[:n], ()):
                found.append((1, hit))
        for k, hit in L["prefixN"].get(stems[i], ()):
            n = len(k)
            if i + n <= len(toks) and tuple(stems[i:i + n - 1]) == k[:-1] \
                    and toks[i + n - 1][2].startswith(k[-1]):
                found.append((n, hit))
        for n, (name, cat, term, rule) in found:
            start, end = toks[i][0], toks[i + n - 1][1]
            s0, s1 = sents[sent_of[i]] if sents else (0, len(text))
            # negated: a negator among the three words before, same clause
            negated = False
            if toks[i][2] not in L["negators"]:
                for j in range(i - 1, max(-1, i - 4), -1):
                    if sent_of[j] != sent_of[i] or toks[j][2] in L["contrast"] \
                            or CLAUSE_END.search(text, toks[j][1], start):
                        break
                    if toks[j][2] in L["negators"]:
                        negated = True
                        break
            t = {"lexicon": name, "category": cat, "term": term, "start": start,
                 "end": end, "negated": negated, "evidence": text[s0:s1].strip(),
                 "rule": rule}
            unl = L["unless"].get((name, cat))
            if unl:
                si = sent_of[i]
                if si not in sent_stems:
                    sent_stems[si] = " %s " % " ".join(
                        stems[j] for j in range(len(toks)) if sent_of[j] == si)
                if any((" %s " % " ".join(u)) in sent_stems[si] for u in unl):
                    t["excluded"] = True
            tags.append(t)
    rec["tags"] = tags
    if not rec.get("persona"):
        rec["persona"] = "unknown"
        title = rec.get("title")
        if title:
            ts = tuple(L["stemmer"].stemWords([fold(w) for w in WORD.findall(title)]))
            for cat, keys in L["persona"]:
                if any(any(ts[p:p + len(k)] == k for p in range(len(ts))) for k in keys):
                    rec["persona"] = cat
                    break
    rec["lexicon_version"] = lex.version
    return rec


SCHEMA = """
CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, kind TEXT, source TEXT,
  date TEXT, campaign TEXT, title TEXT, persona TEXT, text TEXT, hash TEXT);
CREATE TABLE IF NOT EXISTS tags(doc_id TEXT, lexicon TEXT, category TEXT, term TEXT,
  start INTEGER, "end" INTEGER, negated INTEGER, excluded INTEGER, evidence TEXT);
CREATE INDEX IF NOT EXISTS tags_doc ON tags(doc_id);
"""


def store(db, batch):
    cur = db.cursor()
    for rec in batch:
        h = hashlib.sha1((rec.get("text") or "").encode("utf-8")
                         + rec["lexicon_version"].encode()).hexdigest()
        row = cur.execute("SELECT hash FROM documents WHERE id = ?", (rec["id"],)).fetchone()
        if row and row[0] == h:
            continue
        cur.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
                    (rec["id"], rec.get("kind"), rec.get("source"), rec.get("date"),
                     rec.get("campaign"), rec.get("title"), rec.get("persona"),
                     rec.get("text"), h))
        cur.execute("DELETE FROM tags WHERE doc_id = ?", (rec["id"],))
        cur.executemany("INSERT INTO tags VALUES (?,?,?,?,?,?,?,?,?)",
                        [(rec["id"], t["lexicon"], t["category"], t["term"], t["start"],
                          t["end"], int(t["negated"]), int(t.get("excluded", False)),
                          t["evidence"]) for t in rec["tags"]])
    db.commit()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lexicons", required=True)
    ap.add_argument("--db")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    lex = Lexicons(a.lexicons)
    db = None
    if a.db:
        db = sqlite3.connect(a.db)
        db.executescript("PRAGMA journal_mode=WAL;" + SCHEMA)
    out = sys.stdout
    batch = []
    n = 0
    for path in a.files or ["-"]:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8")
        for line in f:
            if not line.strip():
                continue
            rec = tag(lex, json.loads(line))
            n += 1
            if db is None:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                batch.append(rec)
                if len(batch) >= 10000:
                    store(db, batch)
                    batch = []
    if db is not None:
        store(db, batch)
        db.close()
    print("baseline: %d records" % n, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
