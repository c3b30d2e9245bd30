#!/usr/bin/env python3
"""A small reference reading of the .lex format (lexicons/README.md) in Python,
used to draft and measure the default lexicons before voc-tag existed, and to
cross-check it. voc-tag is the real implementation; where the two disagree,
voc-tag and the README win.

Usage:
  lexproto.py tag LEXDIR < records.jsonl > tagged.jsonl   (adds tags, persona)
  lexproto.py test LEXDIR                                  (runs match:/nomatch:)
  lexproto.py explain LEXDIR LANG "sentence"
Stemming: libstemmer through ctypes. Tokens: letters/digits with inner
apostrophes (like ICU word break); punctuation tokens end clauses.
"""
import ctypes
import glob
import json
import os
import re
import sys
import unicodedata

_lib = ctypes.CDLL("libstemmer.so.0d")
_lib.sb_stemmer_new.restype = ctypes.c_void_p
_lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_lib.sb_stemmer_stem.restype = ctypes.c_void_p
_lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
_lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
ALGO = {"en": b"english", "de": b"german", "fr": b"french", "es": b"spanish"}
_stemmers = {}
_cache = {}


def stem(lang, w):
    k = (lang, w)
    if k in _cache:
        return _cache[k]
    st = _stemmers.get(lang)
    if st is None:
        st = _lib.sb_stemmer_new(ALGO.get(lang, b"english"), b"UTF_8")
        _stemmers[lang] = st
    b = w.encode()
    p = _lib.sb_stemmer_stem(st, b, len(b))
    n = _lib.sb_stemmer_length(st)
    r = ctypes.string_at(p, n).decode("utf-8", "replace")
    _cache[k] = r
    return r


TOK_RE = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*|[.!?;:]+|[,()\"«»—–-]|\n")
SENT_END = set(".!?")


def fold(s):
    return unicodedata.normalize("NFKC", s).casefold().replace("’", "'")


def tokenize(text, lang):
    """[(start, end, fold, stem, kind, sent)]; kind 'w' word, 'p' punct."""
    out = []
    sent = 0
    for m in TOK_RE.finditer(text):
        t = m.group(0)
        if t == "\n":
            if out and out[-1][4] != "n":
                sent += 1
                out.append((m.start(), m.end(), "\n", "\n", "n", sent - 1))
            continue
        if t[0] in ".!?;:,()\"«»—–-":
            f = t
            out.append((m.start(), m.end(), f, f, "p", sent))
            if t[0] in SENT_END:
                sent += 1
            continue
        f = fold(t)
        if "." in f and not re.match(r"^[\d.]+$", f):
            # abbreviation-like a.b: keep as one token
            pass
        out.append((m.start(), m.end(), f, stem(lang, f), "w", sent))
    return out


class Elem:
    def __init__(self, kind, val):
        self.kind, self.val = kind, val  # 'stem'|'prefix'|'exact'


class Term:
    def __init__(self, cat, text, line, file, opts):
        self.cat, self.text, self.line, self.file, self.opts = cat, text, line, file, opts
        self.sides = []   # list of element lists; 2 sides for proximity
        self.dist = None


def parse_phrase(s, lang):
    elems = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', s):
        if m.group(1) is not None:
            for w in tokenize(m.group(1), lang):
                if w[4] == "w":
                    elems.append(Elem("exact", w[2]))
        else:
            w = m.group(2)
            if w.endswith("*") and len(w) > 1:
                elems.append(Elem("prefix", fold(w[:-1])))
            else:
                for t in tokenize(w, lang):
                    if t[4] == "w":
                        elems.append(Elem("stem", t[3]))
    return elems


class Category:
    def __init__(self, lex, cid, label, lang, file, line):
        self.lex, self.id, self.label, self.lang, self.file, self.line = lex, cid, label, lang, file, line
        self.desc = ""
        self.terms, self.unless, self.match, self.nomatch = [], [], [], []
        self.negation = True
        self.questions = "any"


def load(lexdir):
    cats = []
    neg = {}
    for path in sorted(glob.glob(os.path.join(lexdir, "*", "*.lex"))):
        lang = os.path.basename(os.path.dirname(path))
        lex = os.path.basename(path)[:-4]
        cur = None
        for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            if line.lstrip().startswith("#"):
                continue
            line = re.sub(r"\s+#.*$", "", line).strip()
            if not line:
                continue
            m = re.match(r"^\[(\w+)\]\s*(.*)$", line)
            if m:
                cur = Category(lex, m.group(1), m.group(2), lang, path, ln)
                cats.append(cur)
                continue
            m = re.match(r"^(description|match|nomatch|negation|questions|unless):\s*(.*)$", line)
            if m:
                k, v = m.group(1), m.group(2)
                if k == "description":
                    cur.desc = v
                elif k == "match":
                    cur.match.append((v, ln))
                elif k == "nomatch":
                    cur.nomatch.append((v, ln))
                elif k == "negation":
                    cur.negation = v == "on"
                elif k == "questions":
                    cur.questions = v
                else:
                    cur.unless.append(parse_phrase(v, lang))
                continue
            opts = {}
            m = re.search(r"\{([^}]*)\}\s*$", line)
            if m:
                for kv in m.group(1).split(","):
                    if ":" in kv:
                        a, b = kv.split(":", 1)
                        opts[a.strip()] = b.strip()
                line = line[:m.start()].strip()
            t = Term(cur, line, ln, path, opts)
            m = re.match(r"^(.*?)\s+~(\d+)\s+(.*)$", line)
            if m:
                t.sides = [parse_phrase(m.group(1), lang), parse_phrase(m.group(3), lang)]
                t.dist = int(m.group(2))
            else:
                t.sides = [parse_phrase(line, lang)]
            cur.terms.append(t)
    for c in cats:
        if c.lex == "negation":
            neg.setdefault(c.lang, {})[c.id] = c
    return cats, neg


def elem_ok(e, tok):
    if tok[4] != "w":
        return False
    if e.kind == "stem":
        return tok[3] == e.val
    if e.kind == "exact":
        return tok[2] == e.val
    return tok[2].startswith(e.val)


def find_seq(elems, toks, words):
    """occurrences of a phrase: list of (first_word_idx, last_word_idx) over words."""
    res = []
    n = len(elems)
    for i in range(len(words) - n + 1):
        ok = True
        for k in range(n):
            tk = toks[words[i + k]]
            if not elem_ok(elems[k], tk) or tk[5] != toks[words[i]][5]:
                ok = False
                break
        if ok:
            res.append((i, i + n - 1))
    return res


def is_negator(neg, lang, tok):
    n = neg.get(lang, {}).get("negator")
    if not n or tok[4] != "w":
        return False
    for t in n.terms:
        if len(t.sides[0]) == 1 and elem_ok(t.sides[0][0], tok):
            return True
    return False


def is_contrast(neg, lang, tok):
    n = neg.get(lang, {}).get("contrast")
    if not n or tok[4] != "w":
        return False
    return any(len(t.sides[0]) == 1 and elem_ok(t.sides[0][0], tok) for t in n.terms)


NEG_WINDOW = 3


def analyse(cats, neg, text, lang, lexicons=("objection", "trigger")):
    toks = tokenize(text, lang)
    words = [i for i, t in enumerate(toks) if t[4] == "w"]
    tags = []
    nsent = (toks[-1][5] + 1) if toks else 0
    sent_q = {}
    for t in toks:
        if t[2].startswith("?"):
            sent_q[t[5]] = True
    for c in cats:
        if c.lex not in lexicons or c.lang != lang:
            continue
        found = []
        for t in c.terms:
            if t.dist is None:
                occ = find_seq(t.sides[0], toks, words)
            else:
                a = find_seq(t.sides[0], toks, words)
                b = find_seq(t.sides[1], toks, words)
                occ = []
                for (a0, a1) in a:
                    for (b0, b1) in b:
                        if toks[words[a0]][5] != toks[words[b0]][5]:
                            continue
                        gap = b0 - a1 - 1 if b0 > a1 else a0 - b1 - 1
                        if (b0 > a1 or a0 > b1) and gap < t.dist:
                            occ.append((min(a0, b0), max(a1, b1)))
            for o in occ:
                found.append((o, t))
        # longest match per category, then earliest
        found.sort(key=lambda x: (-(x[0][1] - x[0][0]), x[0][0]))
        kept = []
        for (o, t) in found:
            if any(not (o[1] < k[0][0] or o[0] > k[0][1]) for k in kept):
                continue
            kept.append((o, t))
        for (o, t) in kept:
            first = toks[words[o[0]]]
            last = toks[words[o[1]]]
            s = first[5]
            negated = False
            neg_on = t.opts.get("negation", "on" if c.negation else "off") == "on"
            starts_neg = is_negator(neg, lang, first)
            if neg_on and not starts_neg:
                ti = words[o[0]]
                j = ti - 1
                count = 0
                while j >= 0:
                    tk = toks[j]
                    if tk[5] != s or tk[4] == "n" or (tk[4] == "p" and tk[2][0] in ".!?;:") or is_contrast(neg, lang, tk):
                        break
                    if tk[4] == "w":
                        count += 1
                        if count > NEG_WINDOW:
                            break
                        if is_negator(neg, lang, tk):
                            negated = True
                            break
                    j -= 1
            excluded = False
            for u in c.unless:
                if any(toks[words[x[0]]][5] == s for x in find_seq(u, toks, words)):
                    excluded = True
            q = sent_q.get(s, False)
            qpol = t.opts.get("questions", c.questions)
            if qpol == "skip" and q:
                excluded = True
            if qpol == "only" and not q:
                excluded = True
            tags.append({"lexicon": c.lex, "category": c.id, "term": t.text,
                         "start": first[0], "end": last[1], "negated": negated,
                         "excluded": excluded, "question": q,
                         "evidence": text[max(0, first[0] - 60):last[1] + 60].replace("\n", " "),
                         "rule": "%s/%s.lex:%d" % (c.lang, c.lex, t.line)})
    return tags


def counted(tags, lexicon=None):
    return sorted({t["category"] for t in tags if not t["negated"] and not t.get("excluded")
                   and (lexicon is None or t["lexicon"] == lexicon)})


def persona(cats, neg, title):
    if not title:
        return "unknown"
    for c in cats:
        if c.lex != "persona":
            continue
        toks = tokenize(title, c.lang)
        words = [i for i, t in enumerate(toks) if t[4] == "w"]
        for t in c.terms:
            if t.dist is None and find_seq(t.sides[0], toks, words):
                return c.id
    return "unknown"


DE = set("und der die das nicht wir ist mit für ein eine sich auch sehr ihr ihre wie".split())
FR = set("le la les et est nous pas pour une des avec vous que sur ce dans".split())
ES = set("el la los las y es no para una con que por del nos lo muy".split())
EN = set("the and is we not for a to of with it our this that".split())


def detect(text):
    ws = re.findall(r"[^\W\d_]+", text.lower())
    sc = {"en": 0, "de": 0, "fr": 0, "es": 0}
    for w in ws:
        for l, s in (("en", EN), ("de", DE), ("fr", FR), ("es", ES)):
            if w in s:
                sc[l] += 1
    return max(sc, key=lambda k: sc[k])


def main():
    cmd, lexdir = sys.argv[1], sys.argv[2]
    cats, neg = load(lexdir)
    if cmd == "tag":
        for line in sys.stdin:
            r = json.loads(line)
            lang = r.get("lang") or detect(r.get("text") or "")
            r["lang"] = lang
            r["tags"] = analyse(cats, neg, r.get("text") or "", lang)
            if not r.get("persona"):
                r["persona"] = persona(cats, neg, r.get("title"))
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif cmd == "test":
        bad = 0
        for c in cats:
            if c.lex == "persona":
                for s, ln in c.match:
                    if persona(cats, neg, s) != c.id:
                        print("%s:%d: [%s] should match: %s (got %s)" % (c.file, ln, c.id, s, persona(cats, neg, s)))
                        bad += 1
                for s, ln in c.nomatch:
                    if persona(cats, neg, s) == c.id:
                        print("%s:%d: [%s] should not match: %s" % (c.file, ln, c.id, s))
                        bad += 1
                continue
            if c.lex == "negation":
                continue
            for s, ln in c.match:
                got = counted(analyse(cats, neg, s, c.lang, (c.lex,)))
                if c.id not in got:
                    print("%s:%d: [%s] should match: %s" % (c.file, ln, c.id, s))
                    bad += 1
            for s, ln in c.nomatch:
                got = counted(analyse(cats, neg, s, c.lang, (c.lex,)))
                if c.id in got:
                    print("%s:%d: [%s] should not match: %s" % (c.file, ln, c.id, s))
                    bad += 1
        n = sum(len(c.match) + len(c.nomatch) for c in cats)
        print("%d examples, %d failed" % (n, bad))
        sys.exit(1 if bad else 0)
    elif cmd == "explain":
        lang, s = sys.argv[3], sys.argv[4]
        for t in analyse(cats, neg, s, lang):
            print(t["lexicon"], t["category"], repr(t["term"]), t["rule"],
                  "NEGATED" if t["negated"] else "", "EXCLUDED" if t["excluded"] else "")


if __name__ == "__main__":
    main()
