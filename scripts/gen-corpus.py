#!/usr/bin/env python3
"""Deterministic synthetic voice-of-customer corpora for benchmarks.

    gen-corpus.py --format csv|jsonl|mbox|records --size 100M [--seed N] [-o FILE]

Formats:
  csv      CRM call-note export (RFC 4180, CRLF row ends, embedded LF and "" in notes)
           header note_id,created_at,account,contact_name,contact_title,campaign,owner,note
  jsonl    product reviews, one JSON object per line
           review_id,submitted_at,product,rating,headline,body,reviewer_title,campaign
  mbox     customer e-mail replies (mboxo), with quoted vendor mail and signatures
  records  canonical voc records (JSON Lines) without tokens, mixed kinds: what
           `voc-ingest` writes and `voc-tag` reads

The size is a byte count with an optional K/M/G suffix (powers of 1024); output
stops at the first record boundary at or past it. Same seed and size give the
same bytes on every machine (random.Random is a Mersenne Twister with a stable
sequence). All text is invented here: vendor "Lumora", its products, customers,
reps and competitors are fictional; ~7% of the documents are German, French or
Spanish, and English ones carry accented names, curly quotes, dashes and emoji.
"""
import argparse
import json
import random
import sys

# ---------------------------------------------------------------- vocabulary
ACCOUNT_A = ["Alder", "Brightwater", "Copperline", "Dunmore", "Eastgate", "Fernhill",
             "Granite Peak", "Hollis", "Ironbridge", "Juniper", "Kestrel", "Larkspur",
             "Meridian", "Northfield", "Oakridge", "Pinecrest", "Quarrystone", "Redwood",
             "Silverton", "Thornbury", "Upland", "Vantage", "Westbrook", "Yarrow", "Zenith",
             "Bergmann", "Château Lys", "Hernández", "Søndergaard", "Mühlbach"]
ACCOUNT_B = ["Logistics", "Health", "Capital", "Foods", "Software", "Manufacturing",
             "Insurance", "Retail", "Energy", "Partners, LLC", "GmbH", "S.A.", "Hotels",
             "Labs", "Freight", "Dental Group", "Analytics", "Bank", "Media", "& Sons"]
FIRST = ["Megan", "Rafael", "Aisha", "Tom", "Priya", "Lukas", "Chloé", "José", "Hannah",
         "Kenji", "Olga", "Samuel", "Zoë", "Mateo", "Ingrid", "Femi", "Grace", "Björn",
         "Lucía", "Omar", "Claire", "Dmitri", "Nadia", "Ethan", "Amélie", "Jürgen", "Rosa",
         "Wei", "Fatima", "Connor", "Isabel", "Noah", "Yara", "Pablo", "Elif", "Marcus"]
LAST = ["Okonkwo", "Lindqvist", "García", "Brennan", "Patel", "Schäfer", "Dubois", "Moreau",
        "Nakamura", "Kowalski", "Ferreira", "O'Connell", "Haddad", "Novak", "Jensen",
        "Rossi", "Adeyemi", "Weiß", "Martínez", "Chen", "Walsh", "Fischer", "Laurent",
        "Ivanova", "Mendoza", "Kaur", "Becker", "Nilsson", "Sato", "Romero"]
OWNERS = ["Ava Pendleton", "Ruben Castell", "Kiran Desai", "Nora Falk", "Theo Marchetti",
          "Sofía Valdés", "Gregor Amsel", "Leah Whitford"]
TITLES = ["CEO", "Founder", "Co-Founder & CEO", "President", "COO", "Managing Director",
          "General Manager", "Owner", "CIO", "CTO", "VP Engineering", "Head of IT",
          "Director of IT", "IT Manager", "Enterprise Architect", "CISO",
          "Information Security Officer", "Security Engineer", "Compliance Officer",
          "Privacy Officer", "Risk Manager", "CFO", "Controller", "Finance Director",
          "Procurement Manager", "Head of Purchasing", "Senior Buyer", "CRO",
          "VP of Sales", "Head of Sales", "Sales Director", "Regional Sales Manager",
          "Head of Business Development", "CMO", "VP Marketing", "Director of Marketing",
          "Demand Generation Manager", "Marketing Operations Lead", "Growth Lead",
          "Operations Manager", "RevOps Manager", "Revenue Operations Lead",
          "Sales Operations Analyst", "Customer Success Lead", "Account Executive",
          "SDR", "Business Analyst", "Data Analyst", "Software Engineer",
          "Sales Coordinator", "Office Admin", "Executive Assistant to the CEO",
          "Geschäftsführer", "Leiter Vertrieb", "Directrice financière",
          "Director de Operaciones", "Responsable informatique", "Jefa de Compras",
          "", "", "", ""]
CAMPAIGNS = ["Webinar: Pipeline Hygiene 101", "Trade Show - SaaS Connect Berlin",
             "Free Trial 21d", "Customer Referral Program", "Outbound Nordics Q2",
             "Paid Search - Forecasting", "Partner Co-Marketing: Brisk CRM",
             "Executive Dinner Madrid", "", "", ""]
PRODUCTS = ["Lumora Forecast", "Lumora Inbox", "Lumora Mobile for iOS",
            "Lumora Mobile for Android", "Lumora Insights"]
COMPETITORS = ["Salesloom", "Quotient", "PipeMetric", "Clarivo", "DealPilot", "Forecastly"]
CRMS = ["Salesforce", "HubSpot", "Dynamics", "Pipedrive", "a homegrown CRM", "Zoho"]
TEAMS = ["RevOps", "finance", "the board", "IT", "legal", "procurement", "the CFO",
         "their VP Sales", "security", "the sales managers"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Sentences by role. {x} placeholders are filled from the lists above.
OPENERS = [
    "Disco call with {first} ({title}).", "Intro call, {n} reps on the team.",
    "Follow-up call re: renewal.", "Spoke with {first} for {m} min.",
    "LVM twice, {first} called back {day}.", "Demo for {first} and {first2} from {team}.",
    "Quick sync after the webinar.", "Met {first} at the booth, good convo.",
    "Call w/ {first} + {first2}, {team} joined late.", "Pricing call.",
    "Second call, deeper dive into forecasting.", "Check-in call, {n} seats on trial.",
]
CONTEXT = [
    "They run the forecast in a spreadsheet that {n} managers update by hand.",
    "Currently on {crm} with about {n} seats.",
    "Team of {n} AEs and {m} SDRs, growing fast.",
    "Forecast review happens every {day} and takes most of the afternoon.",
    "They tried {comp} last year and dropped it after {m} weeks.",
    "New VP Sales started in {month} and wants visibility across regions.",
    "Pipeline data lives in {crm} but nobody trusts the close dates.",
    "Most deals are mid-market, ACV around ${n}k.",
    "Expanding into {n} new countries next year.",
    "They report to the board monthly and the numbers never match.",
    "Half the team works from mobile, notes get lost.",
    "Ops team is two people covering {n} reps.",
]
PAIN = [
    "Reconciling the pipeline every {day} takes half a day and it's killing them.",
    "Data entry is a nightmare, reps just skip it.",
    "Missed the Q{q} commit by {n}% and leadership was furious.",
    "They waste hours chasing reps for updates.",
    "Forecast calls are pure firefighting.",
    "Errors in the roll-up caused a bad board meeting.",
    "Reps are frustrated with the manual process.",
    "Every quarter end is chaos, too many spreadsheets.",
    "Struggling with duplicate records across regions.",
    "The current tool is slow and crashes during exports.",
]
OBJECTION = [
    "{first} said it's too expensive for a team their size.",
    "No budget left this year, maybe after the fiscal year closes.",
    "Price came in higher than {comp}, they want a discount.",
    "Needs sign-off from {team} before anything moves.",
    "{first} is not the decision maker, procurement has to approve.",
    "Buying committee meets next month.",
    "Not a priority right now, nice-to-have at best.",
    "Doesn't see the value over what they have.",
    "Timing is bad, there's a re-org going on.",
    "Asked us to revisit next quarter.",
    "Budget is frozen until Q{q}.",
    "Already evaluating {comp} and likes their reporting.",
    "{comp} is cheaper and already approved by IT.",
    "Spreadsheets work fine for now, says {first}.",
    "They built something in-house and don't want to switch.",
    "Worried about the security review and SOC 2 report.",
    "Concerned about data privacy, GDPR came up twice.",
    "Asked whether we're big enough to be around in five years.",
    "Integration with {crm} looks like a lot of work.",
    "Migration of {n} years of history worries them.",
    "No IT bandwidth this quarter for the setup.",
    "Training {n} reps is a burden they can't take on now.",
    "Missing a feature they need: multi-currency roll-ups.",
    "Doesn't fit their use case for channel sales.",
    "Hit a bug in the trial export, not happy.",
    "Contract length is a concern, they want month to month.",
    "Legal review of the terms will take weeks.",
    "Worried about lock-in and auto-renewal.",
]
TRIGGER = [
    "Wants to grow bookings by {n}% this year.",
    "Main competitor just rolled out AI forecasting and they don't want to fall behind.",
    "Deadline: board wants a reliable forecast by {month}.",
    "Afraid of losing key accounts without better visibility.",
    "Sees a clear ROI if the team saves {n} hours a week.",
    "Wants to win more deals in the enterprise segment.",
    "Likes that the tool makes them look modern in front of the board.",
    "Peers at {acct} already use us, that helped a lot.",
    "Liked that setup takes an afternoon, works out of the box.",
    "Wants everything in one place, simple and quick.",
    "No training needed was a big plus for the reps.",
    "Asked for references in their industry, proven track record matters.",
    "Security and compliance docs were reassuring.",
    "Money-back guarantee lowered the risk for them.",
    "{first} loves the mobile app, said it gives peace of mind.",
    "Feels like we get them, mission fit is strong.",
    "Excited about the call summaries.",
]
NEGATED = [
    "Price is not an issue for them.",
    "No concerns about security so far.",
    "They don't need another integration right now.",
    "Timing isn't a problem, they can start in {month}.",
    "Never mentioned {comp}.",
    "Not worried about the contract terms.",
]
QUESTIONS = [
    "What does it cost for {n} seats?", "How long does the migration take?",
    "Can we get a discount for a two-year term?", "Is there an SSO option?",
    "Who else in {acct_b} uses it?", "Does it work offline?",
]
NEXT = [
    "NS: demo w/ {team} on {day}.", "Sending pricing EOM.", "f/u next week.",
    "Next step: security questionnaire.", "Will loop in {first2} from {team}.",
    "Trial extended by {m} days.", "Proposal due {day}.", "Booked a workshop for {month}.",
]
EXTRAS = ["🔥", "👍", "🙃", "✅", "–", "—", "“fine”", "‘ok’", "€", "±{m}%", "→"]

DE = [
    "Kunde findet das Angebot zu teuer.", "Kein Budget mehr in diesem Jahr.",
    "Die Entscheidung liegt beim Geschäftsführer.", "Wir prüfen gerade {comp}.",
    "Datenschutz und DSGVO sind ein großes Thema.", "Die Einführung dauert uns zu lange.",
    "Das Team verschwendet jeden {day} Stunden mit Excel.",
    "Sie wollen nicht hinter die Konkurrenz zurückfallen.",
    "Einfache Einrichtung gefällt ihnen sehr.", "Nächster Schritt: Demo mit der IT.",
    "Vertragslaufzeit von drei Jahren ist zu lang.", "Grundsätzlich großes Interesse.",
]
FR = [
    "Le client trouve que c'est trop cher.", "Pas de budget cette année.",
    "Il faut l'accord du directeur financier.", "Ils comparent avec {comp}.",
    "La sécurité des données les inquiète.", "L'intégration avec {crm} semble compliquée.",
    "L'équipe perd des heures chaque semaine sur les tableaux.",
    "Ils ont peur de prendre du retard sur leurs concurrents.",
    "La mise en place rapide leur plaît beaucoup.", "Prochaine étape : démo en {month}.",
    "Le contrat d'engagement de trois ans pose problème.", "Très bon échange, à relancer.",
]
ES = [
    "El cliente dice que es demasiado caro.", "No hay presupuesto hasta el próximo año.",
    "Necesitan la aprobación del director financiero.", "Están evaluando {comp}.",
    "La seguridad y el cumplimiento normativo son clave.",
    "La migración desde {crm} les preocupa.",
    "Pierden muchas horas cada semana con hojas de cálculo.",
    "No quieren quedarse atrás frente a la competencia.",
    "Les gusta que la configuración sea sencilla.", "Próximo paso: demo con finanzas.",
    "La duración del contrato es un problema.", "Muy buena llamada, seguimiento en {month}.",
]
GREET = ["Hi {vfirst},", "Hello {vfirst},", "Thanks {vfirst},", "{vfirst} -", "Hi all,", ""]
SIGNOFF = ["Best,", "Thanks,", "Regards,", "Cheers,", "Kind regards,", "Sent from my iPhone"]
REVIEW_HEAD = [
    "Finally a forecast we trust", "Good but pricey", "Setup was painless",
    "Logs me out constantly", "Solid tool, weak reporting", "Love the mobile app",
    "Not worth the money", "Does what it says", "Great support team",
    "Missing basic features", "Changed how we run pipeline reviews", "Meh",
]
REVIEW_EXTRA = [
    "Been using it for {m} months.", "Our team of {n} switched from {comp}.",
    "The {crm} sync just worked.", "Support answered within an hour.",
    "The app crashes when I upload attachments.", "Worth every penny.",
    "Dashboards are beautiful but exports are limited.", "Would recommend to any sales team.",
    "Onboarding took a day, no training needed.", "Five stars for the call summaries.",
]
QUOTED_VENDOR = [
    "> Following up on our call: Lumora cuts forecast prep time in half,",
    "> is proven at {n}+ companies and is SOC 2 Type II certified.",
    "> Most teams see ROI within a quarter, and setup is simple.",
    "> Is budget or timing the main blocker on your side?",
    "> Happy to send over the contract and a security overview.",
]
COMPANY_SIZES = ["1-10", "11-50", "51-200", "201-500", "501-1000", "1000+"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n_id = 0

    def fill(self, s):
        if "{" not in s:
            return s
        r = self.r
        return s.format(
            first=r.choice(FIRST), first2=r.choice(FIRST), title=r.choice(TITLES[:52]),
            n=r.randint(2, 90), m=r.randint(2, 45), q=r.randint(1, 4), day=r.choice(DAYS),
            month=r.choice(MONTHS), team=r.choice(TEAMS), comp=r.choice(COMPETITORS),
            crm=r.choice(CRMS), acct=self.account(), acct_b=r.choice(ACCOUNT_A),
            vfirst=r.choice(OWNERS).split()[0])

    def account(self):
        return self.r.choice(ACCOUNT_A) + " " + self.r.choice(ACCOUNT_B)

    def date(self):
        r = self.r
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (
            r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28),
            r.randint(7, 19), r.randint(0, 59), r.randint(0, 59))

    def nsent(self):
        # mixed lengths: many short notes, some long ones, a rare very long one
        x = self.r.random()
        if x < 0.40:
            return self.r.randint(1, 3)
        if x < 0.85:
            return self.r.randint(4, 8)
        if x < 0.99:
            return self.r.randint(9, 25)
        return self.r.randint(40, 80)

    def body(self, n, foreign_ok=True):
        """n sentences of customer words; ~7% of documents in de/fr/es."""
        r = self.r
        if foreign_ok and r.random() < 0.07:
            pool = r.choice((DE, FR, ES))
            return " ".join(self.fill(r.choice(pool)) for _ in range(n))
        out = []
        for _ in range(n):
            x = r.random()
            if x < 0.13:
                pool = CONTEXT
            elif x < 0.30:
                pool = PAIN
            elif x < 0.55:
                pool = OBJECTION
            elif x < 0.75:
                pool = TRIGGER
            elif x < 0.81:
                pool = NEGATED
            elif x < 0.87:
                pool = QUESTIONS
            elif x < 0.98:
                pool = NEXT
            else:
                pool = (DE, FR, ES)[r.randint(0, 2)]  # an English note quoting a customer
            s = self.fill(r.choice(pool))
            if r.random() < 0.04:
                s += " " + self.fill(r.choice(EXTRAS))
            out.append(s)
        # notes are often written on several lines
        sep = "\n" if r.random() < 0.25 else " "
        return sep.join(out)

    # ------------------------------------------------------------ one item each
    def call_note(self):
        self.n_id += 1
        r = self.r
        text = self.fill(r.choice(OPENERS)) + " " + self.body(self.nsent())
        return {"note_id": "CN-%08d" % self.n_id, "created_at": self.date(),
                "account": self.account(),
                "contact_name": r.choice(FIRST) + " " + r.choice(LAST),
                "contact_title": r.choice(TITLES), "campaign": r.choice(CAMPAIGNS),
                "owner": r.choice(OWNERS), "note": text}

    def review(self):
        self.n_id += 1
        r = self.r
        n = max(1, self.nsent() // 2)
        text = self.body(n)
        if r.random() < 0.5:
            text += " " + self.fill(r.choice(REVIEW_EXTRA))
        camp = r.choice(CAMPAIGNS)
        return {"review_id": "RV-%08d" % self.n_id, "submitted_at": self.date(),
                "product": r.choice(PRODUCTS), "rating": r.randint(1, 5),
                "headline": r.choice(REVIEW_HEAD), "body": text,
                "reviewer_title": r.choice(TITLES) or None,
                "company_size": r.choice(COMPANY_SIZES), "campaign": camp or None}

    def email(self):
        """(headers, reply text, full body with quote and signature)"""
        self.n_id += 1
        r = self.r
        first, last = r.choice(FIRST), r.choice(LAST)
        owner = r.choice(OWNERS)
        reply = self.body(max(1, self.nsent() // 2))
        greet = self.fill(r.choice(GREET)).replace("{vfirst}", owner.split()[0])
        parts = []
        if greet:
            parts.append(greet)
            parts.append("")
        parts.append(reply)
        parts.append("")
        parts.append(r.choice(SIGNOFF))
        parts.append(first)
        if r.random() < 0.5:
            parts.append("-- ")
            parts.append("%s %s | %s" % (first, last, self.account()))
        if r.random() < 0.6:
            parts.append("")
            parts.append("On %s, %s %s, %s <%s@lumora.example.org> wrote:" % (
                r.choice(DAYS), r.randint(1, 28), r.choice(MONTHS), owner,
                owner.split()[0].lower()))
            for q in QUOTED_VENDOR[: r.randint(2, len(QUOTED_VENDOR))]:
                parts.append(self.fill(q))
        asciiname = "".join(c for c in first.lower() if c.isascii() and c.isalpha())
        hdr = {"from": "%s %s <%s@%s.example.com>" % (first, last, asciiname or "x",
                                                      r.choice(ACCOUNT_A).split()[0].lower()),
               "date": self.date(), "message-id": "%08d.%06x@mail.example.com" % (
                   self.n_id, r.getrandbits(24)),
               "subject": "Re: " + r.choice(["Lumora follow-up", "Pricing", "Next steps",
                                             "Your trial", "Security questionnaire"]),
               "campaign": r.choice(CAMPAIGNS), "title": r.choice(TITLES)}
        return hdr, reply, "\n".join(parts)


# ------------------------------------------------------------------- writers
def csv_field(s):
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


CSV_COLS = ["note_id", "created_at", "account", "contact_name", "contact_title",
            "campaign", "owner", "note"]


def gen_csv(g):
    yield ",".join(CSV_COLS) + "\r\n"
    while True:
        it = g.call_note()
        yield ",".join(csv_field(it[c]) for c in CSV_COLS) + "\r\n"


def gen_jsonl(g):
    while True:
        yield json.dumps(g.review(), ensure_ascii=False) + "\n"


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc2822(iso):
    y, mo, d = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    return "%02d %s %04d %s +0000" % (d, MON[mo - 1], y, iso[11:19])


def gen_mbox(g):
    while True:
        h, _, body = g.email()
        lines = ["From %s Mon Jan  1 00:00:00 2024" % h["from"].split("<")[1].rstrip(">"),
                 "From: " + h["from"], "To: sales@lumora.example.org",
                 "Subject: " + h["subject"], "Date: " + rfc2822(h["date"]),
                 "Message-ID: <%s>" % h["message-id"]]
        if h["campaign"]:
            lines.append("X-Campaign: " + h["campaign"])
        if h["title"]:
            lines.append("X-Contact-Title: " + h["title"])
        lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit", ""]
        for ln in body.split("\n"):
            if ln.startswith("From "):
                ln = ">" + ln
            lines.append(ln)
        lines.append("")
        yield "\n".join(lines) + "\n"


def gen_records(g):
    """Canonical records (the output of voc-ingest), mixed kinds."""
    r = g.r
    while True:
        x = r.random()
        if x < 0.60:
            it = g.call_note()
            rec = {"id": it["note_id"], "kind": "call_note", "source": "calls.csv",
                   "date": it["created_at"], "campaign": it["campaign"] or None,
                   "title": it["contact_title"] or None, "account": it["account"],
                   "author": it["owner"], "text": it["note"]}
        elif x < 0.85:
            h, reply, _ = g.email()
            rec = {"id": h["message-id"], "kind": "email", "source": "replies.mbox",
                   "date": h["date"], "campaign": h["campaign"] or None,
                   "title": h["title"] or None, "author": h["from"], "text": reply}
        else:
            it = g.review()
            rec = {"id": it["review_id"], "kind": "review", "source": "reviews.jsonl",
                   "date": it["submitted_at"], "campaign": it["campaign"],
                   "title": it["reviewer_title"], "rating": str(it["rating"]),
                   "text": it["headline"] + "\n\n" + it["body"]}
        yield json.dumps(rec, ensure_ascii=False) + "\n"


GENS = {"csv": gen_csv, "jsonl": gen_jsonl, "mbox": gen_mbox, "records": gen_records}


def parse_size(s):
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    s = s.strip().upper().rstrip("B")
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--format", choices=sorted(GENS), default="records")
    ap.add_argument("--size", default="10M", help="bytes, with K/M/G suffix (default 10M)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    want = parse_size(a.size)
    out = sys.stdout.buffer if a.output == "-" else open(a.output, "wb")
    g = Gen(a.seed)
    total = 0
    chunk = []
    chunk_len = 0
    for s in GENS[a.format](g):
        b = s.encode("utf-8")
        chunk.append(b)
        chunk_len += len(b)
        total += len(b)
        if chunk_len >= 1 << 20:
            out.write(b"".join(chunk))
            chunk, chunk_len = [], 0
        if total >= want:
            break
    out.write(b"".join(chunk))
    out.flush()
    if out is not sys.stdout.buffer:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
