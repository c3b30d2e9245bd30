#!/usr/bin/env python3
"""Convert ../shared/eval-dev (calls.csv, replies.mbox, reviews.jsonl) into
canonical voc records (one JSON object per line), for measuring the lexicons
while voc-ingest is not available, or to cross-check it.

Usage: eval-dev-to-jsonl.py [EVAL_DEV_DIR] > records.jsonl

The e-mail reply extraction here is a simple heuristic (cut at the first
attribution line / original-message block / signature / disclaimer, drop
'>'-quoted lines); voc-ingest is the real implementation. Output fields follow
/tmp/voc/records.md: id, kind, source, date, campaign, title, text.
"""
import csv
import email
import email.policy
import html
import json
import mailbox
import os
import re
import sys

CUT_PATTERNS = [
    r"^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}",
    r"^_{5,}\s*$",
    r"^(From|Von|De):\s.*$",
    r"^-- ?$",
    r"^Sent from my ",
    r"^Get Outlook for ",
    r"^Envoyé de mon ",
    r"^Von meinem .* gesendet",
    r"^Enviado desde mi ",
    r"^(CONFIDENTIALITY|DISCLAIMER|This (e-?mail|message) (and any|is|may))",
    r"^(Best|Best regards|Regards|Kind regards|Thanks|Thank you|Cheers|Many thanks|Mit freundlichen Grüßen|Viele Grüße|Beste Grüße|Freundliche Grüsse|Cordialement|Bien à vous|Saludos|Un saludo|Atentamente)[,.!]?\s*$",
]
CUT_RE = [re.compile(p, re.I) for p in CUT_PATTERNS]
ATTR_RE = re.compile(r"^(On .{0,200}wrote|Le .* a écrit|Am .* schrieb.*|El .* escribió)\s*:?\s*$", re.I)
SIGNOFF_RE = re.compile(r"^[\w' ]{2,30},$")


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?is)<blockquote.*", " ", s)  # quoted mail in HTML replies
    s = re.sub(r'(?is)<div[^>]*(id="divRplyFwdMsg"|class="gmail_quote").*', " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return html.unescape(s).replace("\u00a0", " ")


def body_text(msg):
    plain, htm = None, None
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        try:
            content = part.get_content()
        except Exception:
            content = part.get_payload(decode=True).decode("utf-8", "replace")
        if ct == "text/plain" and plain is None:
            plain = content
        elif ct == "text/html" and htm is None:
            htm = content
    if plain is not None:
        return plain
    return html_to_text(htm or "")


def reply_text(body):
    lines = body.replace("\r\n", "\n").split("\n")
    out = []
    content = False
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if line.startswith(">From "):
            line = line[1:]
        s = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if s.startswith(">"):
            continue
        if ATTR_RE.match(s):
            continue  # attribution; quoted lines follow (inline answers are kept)
        if s.lower().startswith("on ") and re.search(r"\d", s):
            # an attribution split over two lines
            if re.search(r"(wrote|schrieb):?\s*$", nxt, re.I):
                skip_next = True
                continue
        if any(r.match(s) for r in CUT_RE):
            break
        if content and (SIGNOFF_RE.match(s) or re.fullmatch(r"[A-Z][\w'-]+( [A-Z][\w'.-]+){0,2}", s)):
            break  # sign-off line or bare first name: the signature starts
        if s and not re.match(r"^(hi|hello|hey|dear|yo|bonjour|hola|¡hola|grüezi|sehr geehrte|guten tag|hallo)\b", s, re.I):
            content = True
        out.append(line)
    text = "\n".join(out).strip()
    # drop a trailing bare name line (signature without '-- ')
    text_lines = text.split("\n")
    while text_lines and (len(text_lines[-1].split()) <= 3 and not re.search(r"[.!?,:;]$", text_lines[-1].strip())):
        text_lines.pop()
    return "\n".join(text_lines).strip()


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "..", "shared", "eval-dev")
    w = sys.stdout
    with open(os.path.join(d, "calls.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rec = {"id": row["note_id"], "kind": "call_note", "source": "calls.csv",
                   "date": row["created_at"], "campaign": row["campaign"] or None,
                   "title": row["contact_title"] or None, "account": row["account"],
                   "author": row["contact_name"], "text": row["note"]}
            w.write(json.dumps(rec, ensure_ascii=False) + "\n")
    mb = mailbox.mbox(os.path.join(d, "replies.mbox"),
                      factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default))
    for msg in mb:
        mid = str(msg["Message-ID"]).strip().strip("<>")
        title = str(msg.get("X-Contact-Title", "") or "").strip() or None
        camp = str(msg.get("X-Campaign", "") or "").strip() or None
        rec = {"id": mid, "kind": "email", "source": "replies.mbox", "date": str(msg["Date"]),
               "campaign": camp, "title": title, "text": reply_text(body_text(msg))}
        w.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "reviews.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = (r.get("title") or "").strip()
            if text and not re.search(r"[.!?]$", text):
                text += "."
            text = (text + "\n" + (r.get("body") or "")).strip()
            rec = {"id": r["review_id"], "kind": "review", "source": "reviews.jsonl",
                   "date": r["submitted_at"], "campaign": r.get("campaign"),
                   "title": r.get("reviewer_title"), "rating": r.get("rating"), "text": text}
            w.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
