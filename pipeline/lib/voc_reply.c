/* voc_reply.c: the customer's own words of an email body.
 *
 * One forward pass classifies lines, a few bounded look-aheads recognise
 * multi-line markers, and the tail is trimmed backwards. Every test looks at
 * a bounded number of lines, so the whole is linear in the body's size:
 * no regular expressions, no backtracking.
 *
 * What goes:
 *  - `>` quoted lines (inline answers between them stay);
 *  - attribution lines ("On ... wrote:", "Am ... schrieb ...:", "Le ... a
 *    écrit :", "El ... escribió:" and other languages, also over up to three
 *    lines), and "date, name <mail>:" lines right before a quote;
 *  - from the first separator to the end: "-----Original Message-----" and
 *    its translations, forwarded-message markers, Outlook header blocks
 *    (From/Sent/To/Subject and their de/fr/es/it/nl/... forms), underscore
 *    rules, an attribution that is not followed by `>` lines;
 *  - signatures: "-- ", "Sent from my ...", "Get Outlook for ...", "-Name",
 *    and the name/title/company block after a closing ("Best regards,");
 *  - legal and confidentiality disclaimers, wherever they stand. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "voc_email.h"

typedef struct line {
  const char *s; /* start, leading white space skipped */
  size_t n;      /* length, trailing white space and \r dropped */
  const char *raw;
  size_t rawn; /* the line as written (without \r\n) */
  unsigned char kind;
  unsigned char keep;
} line;

enum { L_BLANK, L_TEXT, L_QUOTE };

/* --- small string helpers ------------------------------------------------*/

static int is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* ASCII case-insensitive prefix test; non-ASCII bytes compare exactly. */
static int has_prefix(const char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  return n >= k && strncasecmp(s, p, k) == 0;
}

static int has_suffix(const char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  return n >= k && strncasecmp(s + n - k, p, k) == 0;
}

/* Case-insensitive substring search bounded by n. */
static int contains(const char *s, size_t n, const char *p) {
  size_t k = strlen(p), i;
  if (k > n)
    return 0;
  for (i = 0; i + k <= n; i++)
    if (strncasecmp(s + i, p, k) == 0)
      return 1;
  return 0;
}

static size_t count_words(const char *s, size_t n) {
  size_t i, w = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == ' ' || s[i] == '\t') {
      in = 0;
    } else if (!in) {
      in = 1;
      w++;
    }
  }
  return w;
}

static int has_digit(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return 1;
  return 0;
}

/* --- markers -------------------------------------------------------------*/

/* Header keys that open an Outlook-style header block. */
static const char *const from_keys[] = {
    "From", "Von", "De", "Da", "Van", "Från", "Fra", "Od", "От", "Від",
    "Lähettäjä", "Kimden", "Feladó", "发件人", "寄件者", "差出人", NULL};
/* Keys that follow it. */
static const char *const next_keys[] = {
    "Sent", "Date", "To", "Subject", "Cc", "Bcc", "Reply-To", "Gesendet",
    "Datum", "An", "Betreff", "Envoyé", "Objet", "À", "A", "Enviado",
    "Enviada", "Fecha", "Para", "Asunto", "Assunto", "Inviato", "Data",
    "Oggetto", "Verzonden", "Aan", "Onderwerp", "Skickat", "Till", "Ämne",
    "Sendt", "Til", "Emne", "Wysłano", "Do", "Temat", "Отправлено", "Кому",
    "Тема", "Дата", "Надіслано", "Дата:", "Lähetetty", "Vastaanottaja",
    "Aihe", "Gönderildi", "Kime", "Konu", "发送时间", "收件人", "主题",
    "日期", "送信日時", "宛先", "件名", NULL};

/* If s starts with "key:" (optionally bolded with * and with spaces before
 * the colon), return 1. */
static int header_key(const char *s, size_t n, const char *const *keys) {
  size_t i = 0;
  while (i < n && s[i] == '*')
    i++;
  for (; *keys != NULL; keys++) {
    size_t k = strlen(*keys), j;
    if (n - i < k || strncasecmp(s + i, *keys, k) != 0)
      continue;
    j = i + k;
    while (j < n && (s[j] == '*' || s[j] == ' ' || s[j] == '\t'))
      j++;
    if (j < n && s[j] == ':')
      return 1;
    if (j + 2 < n && memcmp(s + j, "\xEF\xBC\x9A", 3) == 0) /* fullwidth : */
      return 1;
  }
  return 0;
}

/* "-----Original Message-----", "---------- Forwarded message ---------",
 * "-------- Ursprüngliche Nachricht --------", ... : a run of dashes (or =,
 * _) around some words. */
static int separator_line(const char *s, size_t n) {
  size_t a = 0, b = n, i;
  int letters = 0;
  while (a < n && (s[a] == '-' || s[a] == '=' || s[a] == '_'))
    a++;
  while (b > a && (s[b - 1] == '-' || s[b - 1] == '=' || s[b - 1] == '_'))
    b--;
  if (a < 2 || n - b < 2)
    return 0;
  for (i = a; i < b; i++)
    if ((unsigned char)s[i] >= 0x80 || (s[i] >= 'A' && s[i] <= 'Z') ||
        (s[i] >= 'a' && s[i] <= 'z'))
      letters = 1;
  return letters;
}

static int underscore_rule(const char *s, size_t n) {
  size_t i;
  if (n < 5)
    return 0;
  for (i = 0; i < n; i++)
    if (s[i] != '_')
      return 0;
  return 1;
}

static int forward_marker(const char *s, size_t n) {
  return has_prefix(s, n, "Begin forwarded message") ||
         has_prefix(s, n, "Anfang der weitergeleiteten") ||
         has_prefix(s, n, "Début du message réexpédié") ||
         has_prefix(s, n, "Inicio del mensaje reenviado") ||
         has_prefix(s, n, "Forwarded message") ||
         has_prefix(s, n, "Original Message") ||
         has_prefix(s, n, "Ursprüngliche Nachricht") ||
         has_prefix(s, n, "Mensaje original") ||
         has_prefix(s, n, "Message d'origine");
}

/* Attribution verbs, as the line must end: "<verb>:" (space before the
 * colon allowed). */
static const char *const wrote_verbs[] = {
    "wrote",       "writes",   "schrieb",     "a écrit",   "escribió",
    "escribio",    "ha escrito", "schreef",   "skrev",     "napisał",
    "napisal",     "napisała", "написал",     "написала",  "написал(а)",
    "написав",     "написала", "ha scritto",  "scrisse",   "escreveu",
    "kirjoitti",   "yazdı",    "írta",        "napsal",    "wrote on",
    NULL};

static int ends_with_wrote(const char *s, size_t n) {
  const char *const *v;
  if (n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0) { /* ： */
    if (n >= 9 && (memcmp(s + n - 9, "写道", 6) == 0 ||
                   memcmp(s + n - 9, "寫道", 6) == 0))
      return 1;
    return 0;
  }
  if (n >= 7 && (memcmp(s + n - 7, "写道:", 7) == 0 ||
                 memcmp(s + n - 7, "寫道:", 7) == 0))
    return 1;
  if (n == 0 || s[n - 1] != ':')
    return 0;
  n--;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  for (v = wrote_verbs; *v != NULL; v++)
    if (has_suffix(s, n, *v)) {
      size_t k = strlen(*v);
      /* a whole word: start of line or preceded by a space/punct */
      if (n == k || s[n - k - 1] == ' ' || s[n - k - 1] == ')' ||
          s[n - k - 1] == '>' || s[n - k - 1] == '"' || s[n - k - 1] == ',')
        return 1;
    }
  return 0;
}

/* Words an attribution starts with when it is wrapped over lines. */
static int attribution_start(const char *s, size_t n) {
  static const char *const starts[] = {
      "On ", "Am ", "Le ", "El ", "Op ", "Den ", "Il ", "W dniu ", "Em ",
      "På ", "Dne ", "Il giorno ", "在", NULL};
  const char *const *p;
  for (p = starts; *p != NULL; p++)
    if (has_prefix(s, n, *p))
      return 1;
  return 0;
}

/* Closing lines after which only a name and a signature block follow. */
static int closing_line(const char *s, size_t n) {
  static const char *const closings[] = {
      "regards", "best regards", "kind regards", "warm regards",
      "best wishes", "best", "all the best", "cheers", "thanks", "thank you",
      "many thanks", "thanks again", "thanks so much", "thx", "sincerely",
      "yours sincerely", "yours", "talk soon", "speak soon", "take care",
      "cordialement", "bien cordialement", "bien à vous", "merci",
      "merci beaucoup", "salutations", "amicalement", "bonne journée",
      "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
      "freundliche grüße", "freundliche grüsse", "mit freundlichen grüßen",
      "mit freundlichen grüssen", "liebe grüße", "grüße", "gruß", "danke",
      "vielen dank", "saludos", "un saludo", "saludos cordiales",
      "atentamente", "gracias", "muchas gracias", "un abrazo", "abrazos",
      "cumprimentos", "obrigado", "obrigada", "groeten", "met vriendelijke groet",
      "hälsningar", "med vänlig hälsning", "mvh", "hilsen", NULL};
  const char *const *c;
  size_t m = n;
  while (m > 0 && (s[m - 1] == ',' || s[m - 1] == '.' || s[m - 1] == '!' ||
                   s[m - 1] == ' '))
    m--;
  if (m == 0 || m > 40)
    return 0;
  for (c = closings; *c != NULL; c++)
    if (strlen(*c) == m && strncasecmp(s, *c, m) == 0)
      return 1;
  /* "Thanks, Nadia" on one line is a closing too */
  return 0;
}

/* "Sent from my iPhone", "Get Outlook for Android", ... */
static int mobile_signature(const char *s, size_t n) {
  static const char *const sigs[] = {
      "Sent from my ", "Sent from Mail for", "Sent from Outlook",
      "Sent from Yahoo Mail", "Sent from Samsung", "Sent via ",
      "Get Outlook for ", "Envoyé de mon ", "Envoyé depuis mon ",
      "Von meinem ", "Gesendet von meinem ", "Gesendet mit ",
      "Enviado desde mi ", "Enviado do meu ", "Inviato da ",
      "Verzonden vanaf mijn ", "Skickat från min ", "Sendt fra min ",
      "Отправлено с ", NULL};
  const char *const *p;
  size_t i;
  if (n > 80)
    return 0;
  if (!contains(s, n, "typo") && !contains(s, n, "brevity") &&
      !contains(s, n, "excuse"))
    for (i = 0; i < n; i++)
      if (s[i] == ',' || s[i] == ';')
        return 0;
  for (p = sigs; *p != NULL; p++)
    if (has_prefix(s, n, *p))
      return 1;
  return 0;
}

/* "-Abhi", "- Dana": a dash signature, not a bullet item. */
static int dash_signature(const char *s, size_t n) {
  size_t i = 1;
  if (n < 2 || s[0] != '-' || s[1] == '-')
    return 0;
  if (s[1] == ' ')
    return 0; /* a bullet */
  for (i = 1; i < n; i++)
    if (s[i] == '.' || s[i] == ',' || s[i] == ':' || (s[i] >= '0' && s[i] <= '9'))
      return 0;
  return count_words(s, n) <= 2;
}

/* A paragraph of legal boilerplate. */
static int disclaimer(const char *s, size_t n) {
  static const char *const words[] = {
      "confidential", "intended recipient", "intended solely",
      "intended only", "privileged", "received this", "received it in error",
      "in error", "disclaimer", "notify the sender", "delete this",
      "delete it", "liability", "unauthorized", "unauthorised",
      "prohibited", "vertraulich", "empfänger", "irrtümlich",
      "confidentiel", "destinataire", "confidencial", "destinatario",
      "riservat", "destinatari", "virus", "vertrauliche", "adressat",
      "absender", "vernichten", "löschen", "expéditeur", "supprimer",
      "remitente", "eliminar", "legally", "binding", NULL};
  const char *const *w;
  int score = 0;
  if (has_prefix(s, n, "CONFIDENTIALITY") || has_prefix(s, n, "DISCLAIMER") ||
      has_prefix(s, n, "LEGAL NOTICE") || has_prefix(s, n, "PRIVILEGED"))
    return 1;
  for (w = words; *w != NULL; w++)
    if (contains(s, n, *w) && ++score >= 3)
      return 1;
  return 0;
}

/* --- the stripper --------------------------------------------------------*/

static int quoted(const char *s, size_t n) { return n > 0 && s[0] == '>'; }

/* The next non-blank line at or after i, or nl. */
static size_t next_nonblank(const line *L, size_t nl, size_t i) {
  while (i < nl && L[i].kind == L_BLANK)
    i++;
  return i;
}

/* Is there an attribution starting at line i (maybe wrapped over up to 3
 * lines)? Returns the number of lines it spans, 0 if none. */
static size_t attribution_at(const line *L, size_t nl, size_t i) {
  size_t k, len;
  if (L[i].kind != L_TEXT)
    return 0;
  if (ends_with_wrote(L[i].s, L[i].n))
    return 1;
  if (!attribution_start(L[i].s, L[i].n))
    return 0;
  len = L[i].n;
  for (k = 1; k < 3 && i + k < nl && L[i + k].kind == L_TEXT; k++) {
    len += L[i + k].n;
    if (len > 400)
      return 0;
    if (ends_with_wrote(L[i + k].s, L[i + k].n))
      return k + 1;
  }
  return 0;
}

/* "26.06.2014, 14:41, "Alexander L" <abc@example.com>:" or
 * "2014-01-09 12:00 GMT+01:00 Name <a@b.c>:" directly before a quote or the
 * end. */
static int loose_attribution(const line *L, size_t nl, size_t i) {
  size_t j;
  const char *s = L[i].s;
  size_t n = L[i].n;
  if (L[i].kind != L_TEXT || n < 8 || n > 300)
    return 0;
  if (s[n - 1] != ':' && !(n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0))
    return 0;
  if (!(memchr(s, '@', n) != NULL && has_digit(s, n)))
    return 0;
  j = next_nonblank(L, nl, i + 1);
  return j == nl || L[j].kind == L_QUOTE;
}

/* An Outlook header block starting at line i. */
static int header_block_at(const line *L, size_t nl, size_t i) {
  size_t j, seen = 0;
  if (L[i].kind != L_TEXT || !header_key(L[i].s, L[i].n, from_keys))
    return 0;
  for (j = i + 1; j < nl && j <= i + 6; j++) {
    if (L[j].kind == L_BLANK)
      continue;
    if (header_key(L[j].s, L[j].n, next_keys) ||
        header_key(L[j].s, L[j].n, from_keys)) {
      if (++seen >= 1)
        return 1;
    }
  }
  return 0;
}

static size_t split_lines(const char *body, size_t len, line *L) {
  size_t nl = 0, i = 0;
  while (i < len) {
    size_t a = i, e;
    while (i < len && body[i] != '\n' && body[i] != '\r')
      i++;
    e = i;
    if (i < len && body[i] == '\r')
      i++;
    if (i < len && body[i] == '\n')
      i++;
    L[nl].raw = body + a;
    L[nl].rawn = e - a;
    while (a < e && is_ws((unsigned char)body[a]))
      a++;
    while (e > a && is_ws((unsigned char)body[e - 1]))
      e--;
    L[nl].s = body + a;
    L[nl].n = e - a;
    L[nl].kind = e == a ? L_BLANK : quoted(body + a, e - a) ? L_QUOTE : L_TEXT;
    L[nl].keep = 1;
    nl++;
  }
  return nl;
}

/* Mark paragraphs (runs of kept non-blank lines) that are disclaimers. */
static void drop_disclaimers(line *L, size_t nl) {
  size_t i = 0;
  while (i < nl) {
    size_t a, b;
    const char *ps, *pe;
    if (!L[i].keep || L[i].kind != L_TEXT) {
      i++;
      continue;
    }
    a = i;
    while (i < nl && L[i].keep && L[i].kind == L_TEXT)
      i++;
    b = i;
    ps = L[a].s;
    pe = L[b - 1].s + L[b - 1].n;
    if (disclaimer(ps, (size_t)(pe - ps)) && (pe - ps) > 80) {
      size_t k;
      for (k = a; k < b; k++)
        L[k].keep = 0;
    }
  }
}

/* Is a line part of a name/title/company block (short, no sentence)? */
static int sig_block_line(const line *l) {
  size_t w = count_words(l->s, l->n);
  char last = l->s[l->n - 1];
  if (w > 10)
    return 0;
  if (w > 6 && (last == '.' || last == '?' || last == '!'))
    return 0;
  return 1;
}

static int ends_sentence(const line *l) {
  char c = l->s[l->n - 1];
  return c == '.' || c == '?' || c == '!';
}

/* A trailing paragraph [a, b) that is a name/title/company block. */
static int sig_paragraph(const line *L, size_t a, size_t b) {
  size_t k, lines = 0, sentences = 0;
  int marks = 0;
  for (k = a; k < b; k++) {
    const line *l = &L[k];
    if (!l->keep || l->kind == L_BLANK)
      continue;
    lines++;
    if (lines == 1 && closing_line(l->s, l->n))
      return 0;
    if (count_words(l->s, l->n) > 10 || l->s[l->n - 1] == '?' ||
        l->s[l->n - 1] == ':')
      return 0;
    if (ends_sentence(l)) {
      if (lines == 1)
        return 0;
      sentences++;
    }
    if (memchr(l->s, '|', l->n) || memchr(l->s, '@', l->n) ||
        contains(l->s, l->n, "http") || contains(l->s, l->n, "www."))
      marks = 1;
  }
  if (lines == 0)
    return 0;
  if (sentences > 1)
    return 0;
  return lines >= 2 || marks;
}

/* Drop trailing name/title/company paragraphs (never the first one). */
static void trim_name_blocks(line *L, size_t nl) {
  size_t b = nl;
  for (;;) {
    size_t a, first = nl, k;
    while (b > 0 && (!L[b - 1].keep || L[b - 1].kind == L_BLANK))
      b--;
    if (b == 0)
      return;
    a = b;
    while (a > 0 && L[a - 1].keep && L[a - 1].kind != L_BLANK)
      a--;
    for (k = 0; k < a; k++)
      if (L[k].keep && L[k].kind != L_BLANK) {
        first = k;
        break;
      }
    if (first == nl || !sig_paragraph(L, a, b))
      return;
    for (k = a; k < b; k++)
      L[k].keep = 0;
    b = a;
  }
}

static void trim_signature(line *L, size_t nl) {
  size_t i, last = nl, j;
  /* the last kept non-blank line */
  for (i = nl; i > 0; i--)
    if (L[i - 1].keep && L[i - 1].kind != L_BLANK) {
      last = i - 1;
      break;
    }
  if (last == nl)
    return;
  /* a closing near the end: keep it and one short name line after it */
  for (i = last + 1; i > 0; i--) {
    const line *l = &L[i - 1];
    if (!l->keep || l->kind == L_BLANK)
      continue;
    if (closing_line(l->s, l->n)) {
      size_t c = i - 1, k, name = nl;
      int ok = 1;
      for (k = c + 1; k <= last; k++)
        if (L[k].keep && L[k].kind != L_BLANK && !sig_block_line(&L[k]))
          ok = 0;
      if (!ok)
        break;
      k = next_nonblank(L, last + 1, c + 1);
      if (k <= last && L[k].kind == L_TEXT && count_words(L[k].s, L[k].n) <= 4 &&
          !has_digit(L[k].s, L[k].n) && memchr(L[k].s, '@', L[k].n) == NULL &&
          memchr(L[k].s, '|', L[k].n) == NULL &&
          (k == c + 1 || closing_line(L[c].s, L[c].n)))
        name = k;
      for (j = c + 1; j <= last; j++)
        if (j != name)
          L[j].keep = 0;
      return;
    }
    if (!sig_block_line(l))
      break;
    if (last - (i - 1) > 12)
      break;
  }
}

int voc_reply_strip(const char *body, size_t len, voc_buf *out) {
  line *L = NULL;
  size_t nl, i, cap = 1, cut;
  int rc = 0, blank = 0, any = 0;

  voc_buf_clear(out);
  for (i = 0; i < len; i++)
    if (body[i] == '\n')
      cap++;
  L = malloc(cap * sizeof *L);
  if (L == NULL)
    return VOC_ENOMEM;
  nl = split_lines(body, len, L);

  /* 1. the first separator cuts the rest */
  cut = nl;
  for (i = 0; i < nl && cut == nl; i++) {
    const line *l = &L[i];
    size_t span, j;
    if (l->kind != L_TEXT)
      continue;
    if (separator_line(l->s, l->n) || forward_marker(l->s, l->n) ||
        header_block_at(L, nl, i)) {
      cut = i;
    } else if (underscore_rule(l->s, l->n)) {
      cut = i;
    } else if ((span = attribution_at(L, nl, i)) > 0) {
      j = next_nonblank(L, nl, i + span);
      if (j < nl && L[j].kind == L_QUOTE) {
        size_t k;
        for (k = i; k < i + span; k++)
          L[k].keep = 0;
        i += span - 1;
      } else {
        cut = i;
      }
    } else if (loose_attribution(L, nl, i)) {
      L[i].keep = 0;
    } else if (l->n == 2 && l->s[0] == '-' && l->s[1] == '-') {
      /* "-- " (trailing space trimmed) or a bare "--" line */
      cut = i;
    } else if (mobile_signature(l->s, l->n) || dash_signature(l->s, l->n)) {
      /* only a signature when nothing but quotes and blanks follow */
      j = i + 1;
      while (j < nl && (L[j].kind != L_TEXT || attribution_at(L, nl, j) ||
                        !L[j].keep))
        j++;
      if (j == nl || separator_line(L[j].s, L[j].n) ||
          header_block_at(L, nl, j) || underscore_rule(L[j].s, L[j].n))
        cut = i;
    }
  }
  for (i = cut; i < nl; i++)
    L[i].keep = 0;
  /* 2. quoted lines */
  for (i = 0; i < cut; i++)
    if (L[i].kind == L_QUOTE)
      L[i].keep = 0;
  /* rules (----, ____, ====) left standing before the cut */
  for (i = cut; i > 0; i--) {
    const line *l = &L[i - 1];
    size_t k;
    int rule = 1;
    if (l->kind == L_QUOTE || !l->keep)
      continue;
    for (k = 0; k < l->n; k++)
      if (l->s[k] != '-' && l->s[k] != '_' && l->s[k] != '=' &&
          l->s[k] != '*' && l->s[k] != ' ')
        rule = 0;
    if (!rule)
      break;
    L[i - 1].keep = 0;
  }
  /* 3. disclaimers, then the signature block */
  drop_disclaimers(L, cut);
  trim_signature(L, cut);
  trim_name_blocks(L, cut);

  /* 4. write kept lines, one blank line at most between them */
  for (i = 0; i < nl && rc >= 0; i++) {
    if (!L[i].keep)
      continue;
    if (L[i].kind == L_BLANK) {
      blank = any;
      continue;
    }
    if (any)
      rc = voc_buf_put(out, blank ? "\n\n" : "\n", blank ? 2 : 1);
    if (rc >= 0) {
      /* keep indentation, drop trailing white space */
      size_t n = (size_t)(L[i].s + L[i].n - L[i].raw);
      rc = voc_buf_put(out, L[i].raw, n);
    }
    any = 1;
    blank = 0;
  }
  free(L);
  return rc < 0 ? rc : 0;
}
