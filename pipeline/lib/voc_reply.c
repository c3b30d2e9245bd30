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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gmime/gmime.h>
#include <unicode/ucnv.h>

#include "voc_email.h"
#include "voc_reply.h"
#include "voc_utf8.h"

/* A message body larger than this is rejected (the body, not the file). */
#define EMAIL_BODY_MAX ((size_t)32 << 20)

void voc_email_init(void) {
  static int done;
  if (!done) {
    g_mime_init();
    done = 1;
  }
}


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
/* The first occurrence of p[0..pn) in s[0..n), byte for byte, or NULL. */
static const char *find_bytes(const char *s, size_t n, const char *p,
                              size_t pn) {
  for (size_t i = 0; pn > 0 && i + pn <= n; i++)
    if (s[i] == p[0] && memcmp(s + i, p, pn) == 0)
      return s + i;
  return NULL;
}

static int contains(const char *s, size_t n, const char *p) {
  size_t k = strlen(p), i;
  unsigned char lo, up;
  if (k == 0 || k > n)
    return k == 0;
  lo = (unsigned char)p[0];
  up = lo;
  if (lo >= 'A' && lo <= 'Z')
    lo = (unsigned char)(lo + 32);
  if (up >= 'a' && up <= 'z')
    up = (unsigned char)(up - 32);
  for (i = 0; i + k <= n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c == lo || c == up) && strncasecmp(s + i, p, k) == 0)
      return 1;
  }
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
  size_t i = 0, m = n < 48 ? n : 48;
  /* most lines are not headers: no colon near the start, no key to try
   * (the longest key with bold marks and blanks is well under 48 bytes) */
  if (memchr(s, ':', m) == NULL && memchr(s, 0xEF, m) == NULL)
    return 0;
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
  while (n > 0 && s[0] == '*') {
    s++;
    n--;
  }
  while (n > 0 && s[n - 1] == '*')
    n--;
  b = n;
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
  if (!letters)
    return 0;
  {
    /* "--- Summary ---" in the customer's text is not a separator */
    static const char *const words[] = {
        "original", "message", "nachricht", "mensaje", "forward",
        "weitergeleitet", "réexpédié", "transféré", "reenviad", "messaggio",
        "bericht", "doorgestuurd", "сообщение", "пересланное", "mensagem",
        "wiadomo", "meddelande", "melding", "viesti", "mail", "reply",
        "antwort", "réponse", "respuesta", "wrote", "schrieb", "écrit",
        "escribió", "schreef", "skrev", "邮件", "メッセージ", NULL};
    const char *const *w;
    for (w = words; *w != NULL; w++)
      if (contains(s + a, b - a, *w))
        return 1;
  }
  return 0;
}

/* A rule: a line of at least min copies of ch and nothing else. */
static int rule_line(const char *s, size_t n, char ch, size_t min) {
  size_t i;
  if (n < min)
    return 0;
  for (i = 0; i < n; i++)
    if (s[i] != ch)
      return 0;
  return 1;
}

/* An Outlook separator: five or more underscores. */
static int underscore_rule(const char *s, size_t n) {
  return rule_line(s, n, '_', 5);
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
    "écrit",
    "escribio",    "ha escrito", "schreef",   "skrev",     "napisał",
    "napisal",     "napisała", "написал",     "написала",  "написал(а)",
    "написав",     "написала", "ha scritto",  "scrisse",   "escreveu",
    "kirjoitti",   "yazdı",    "írta",        "napsal",    "wrote on",
    "geschreven",  "đã viết",
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
  for (;;) {
    if (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
      n--;
    else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
             (unsigned char)s[n - 1] == 0xA0)
      n -= 2;
    else
      break;
  }
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

/* Closing phrases (en/de/fr/es and a few more), compared whole and ASCII
 * case-insensitively, without the trailing punctuation. */
static int closing_phrase(const char *s, size_t m) {
  static const char *const closings[] = {
      /* en */
      "regards", "best regards", "kind regards", "warm regards",
      "warmest regards", "kindest regards", "with best regards",
      "with kind regards", "with regards", "best wishes", "warm wishes",
      "best", "all the best", "all best", "cheers", "thanks", "thank you",
      "many thanks", "thanks again", "thanks so much", "thanks a lot",
      "thanks very much", "thank you very much", "thank you so much",
      "thanks in advance", "thank you in advance", "with thanks", "thx",
      "tks", "ty", "sincerely", "yours sincerely", "sincerely yours",
      "yours truly", "yours faithfully", "respectfully", "yours", "warmly",
      "talk soon", "speak soon", "take care", "br", "kr", "rgds", "brgds",
      "regs", "much appreciated", "greetings", "kind greetings",
      /* de */
      "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
      "freundliche grüße", "freundliche grüsse", "mit freundlichen grüßen",
      "mit freundlichen grüssen", "mit freundlichem gruß",
      "mit freundlichem gruss", "freundlichen gruß", "mit besten grüßen",
      "mit besten grüssen", "herzliche grüße", "herzliche grüsse",
      "herzlichen gruß", "schöne grüße", "schöne grüsse", "liebe grüße",
      "liebe grüsse", "grüße", "grüsse", "gruß", "gruss", "lg", "vg", "mfg",
      "danke", "danke schön", "vielen dank", "besten dank",
      "vielen dank im voraus", "hochachtungsvoll",
      /* fr */
      "cordialement", "bien cordialement", "très cordialement",
      "bien à vous", "bien à toi", "merci", "merci beaucoup",
      "merci d'avance", "merci par avance", "merci encore", "salutations",
      "sincères salutations", "salutations distinguées",
      "meilleures salutations", "amicalement", "amitiés", "bonne journée",
      "bonne soirée", "bonne fin de journée", "belle journée", "à bientôt",
      "a bientôt", "respectueusement",
      /* es */
      "saludos", "un saludo", "saludos cordiales", "cordiales saludos",
      "un cordial saludo", "muchos saludos", "atentamente", "cordialmente",
      "gracias", "muchas gracias", "mil gracias", "gracias de antemano",
      "un abrazo", "abrazos", "hasta pronto", "quedo atento", "quedo atenta",
      /* pt, nl, sv, no */
      "cumprimentos", "obrigado", "obrigada", "groeten",
      "met vriendelijke groet", "hälsningar", "med vänlig hälsning", "mvh",
      "hilsen", NULL};
  const char *const *c;
  for (c = closings; *c != NULL; c++)
    if (strlen(*c) == m && strncasecmp(s, *c, m) == 0)
      return 1;
  return 0;
}

static int name_like(const char *s, size_t n);

/* Closing lines after which only a name and a signature block follow:
 * "Best regards,", "Thanks and regards", "Mit freundlichen Grüßen / Best
 * regards", "Viele Grüße aus Berlin", "Cheers, Ethan". */
static int closing_line(const char *s, size_t n) {
  static const char *const joins[] = {" / ", "/", " and ", " & ", " und ",
                                      " et ", " y ", " e ", NULL};
  static const char *const froms[] = {" from ", " aus ", " desde ",
                                      " depuis ", NULL};
  const char *const *j;
  size_t m = n, k;
  while (m > 0 && (s[m - 1] == ',' || s[m - 1] == '.' || s[m - 1] == '!' ||
                   s[m - 1] == ' '))
    m--;
  if (m == 0 || m > 60)
    return 0;
  if (closing_phrase(s, m))
    return 1;
  /* two closings joined ("Thanks and regards", "Grüße / Regards"), or a
   * closing from somewhere ("Greetings from Lisbon", at most three words) */
  for (k = 1; k < m; k++) {
    if (s[k] != ' ' && s[k] != '/')
      continue; /* every join starts with one of these */
    for (j = joins; *j != NULL; j++)
      if (k + strlen(*j) < m && strncasecmp(s + k, *j, strlen(*j)) == 0 &&
          closing_phrase(s, k) &&
          closing_line(s + k + strlen(*j), m - k - strlen(*j)))
        return 1;
    for (j = froms; *j != NULL; j++)
      if (k + strlen(*j) < m && strncasecmp(s + k, *j, strlen(*j)) == 0 &&
          closing_phrase(s, k) && count_words(s + k, m - k) <= 4)
        return 1;
  }
  /* "Thanks, Nadia" / "Cheers, Ethan Brooks" on one line */
  for (k = 1; k < m; k++)
    if (s[k] == ',') {
      size_t a = k + 1;
      while (a < m && s[a] == ' ')
        a++;
      return a < m && closing_phrase(s, k) && count_words(s + a, m - a) <= 3 &&
             name_like(s + a, m - a);
    }
  return 0;
}

/* "Sent from my iPhone", "Get Outlook for Android", ... */
static int mobile_signature(const char *s, size_t n) {
  static const char *const sigs[] = {
      "Sent from my ", "Sent from Mail for", "Sent from Outlook",
      "Sent from Yahoo Mail", "Sent from Samsung", "Sent via ",
      "Sent from phone", "Sent from Proton", "Sent with Proton",
      "Sent from Gmail", "Sent from Mailbox", "Sent with Airmail",
      "Sent from Windows Mail", "Get Outlook for ", "Envoyé de mon ", "Envoyé depuis mon ",
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

static unsigned char ascii_lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Which of words[] (at most 64, NULL-terminated, each of two bytes or
 * more, lower case) occur in s[0..n), ASCII case-insensitively as in
 * contains(): bit k for words[k]. One pass over s; at each byte only the
 * words starting with it are tried (a chain per first byte), so a
 * paragraph costs about its length, not its length times the words. */
static uint64_t words_in(const char *s, size_t n, const char *const *words) {
  unsigned char head[256] = {0}, next[64]; /* chains of k + 1, 0 ends */
  size_t len[64], i, k;
  uint64_t found = 0, all = 0;
  for (k = 0; words[k] != NULL && k < 64; k++) {
    unsigned char c = ascii_lower((unsigned char)words[k][0]);
    next[k] = head[c];
    head[c] = (unsigned char)(k + 1);
    len[k] = strlen(words[k]);
    all |= (uint64_t)1 << k;
  }
  for (i = 0; i < n && found != all; i++) {
    for (k = head[ascii_lower((unsigned char)s[i])]; k != 0; k = next[k - 1]) {
      size_t w = k - 1;
      if (!((found >> w) & 1) && len[w] <= n - i &&
          ascii_lower((unsigned char)s[i + 1]) == (unsigned char)words[w][1] &&
          strncasecmp(s + i, words[w], len[w]) == 0)
        found |= (uint64_t)1 << w;
    }
  }
  return found;
}

static int popcount64(uint64_t x) {
  int c = 0;
  for (; x != 0; x &= x - 1)
    c++;
  return c;
}

/* A paragraph of legal boilerplate. One list, looked up in one pass:
 * legal words (three make a disclaimer), strong ones (two suffice when one
 * of them is there), and print / virus-scan notices (one suffices). */
enum { LEGAL_WORDS = 43, LEGAL_STRONG = 9 };
static int disclaimer(const char *s, size_t n) {
  static const char *const words[] = {
      /* legal words */
      "confidential", "intended recipient", "intended solely",
      "intended only", "privileged", "received this", "received it in error",
      "in error", "disclaimer", "notify the sender", "delete this",
      "delete it", "liability", "unauthorized", "unauthorised",
      "prohibited", "vertraulich", "empfänger", "irrtümlich",
      "confidentiel", "destinataire", "confidencial", "destinatario",
      "riservat", "destinatari", "virus", "vertrauliche", "adressat",
      "absender", "vernichten", "löschen", "expéditeur", "supprimer",
      "remitente", "eliminar", "legally", "binding", "information in this",
      "information contained", "confirmed in writing",
      /* banks' footers: "Member FDIC ... email is not a secure channel" */
      "member fdic", "secure channel", "suspicious",
      /* strong */
      "intended recipient", "intended solely", "intended only for",
      "privileged", "disclaimer", "addressee", "vertraulich", "destinataire",
      "destinatario",
      /* notices */
      "before printing", "before you print", "been scanned for",
      "vor dem ausdrucken", NULL};
  const uint64_t legal = ((uint64_t)1 << LEGAL_WORDS) - 1;
  const uint64_t strong = (((uint64_t)1 << LEGAL_STRONG) - 1) << LEGAL_WORDS;
  uint64_t found;
  int score;
  static const char *const heads[] = {
      "CONFIDENTIALITY", "DISCLAIMER", "LEGAL NOTICE", "PRIVILEGED",
      /* the same headings in the other languages the lexicons cover */
      "AVISO LEGAL", "AVISO DE CONFIDENCIALIDAD", "CONFIDENCIALIDAD:",
      "MENTIONS L\xC3\x89GALES", "AVIS DE CONFIDENTIALIT\xC3\x89",
      "AVERTISSEMENT", "RECHTLICHER HINWEIS", "HAFTUNGSAUSSCHLUSS",
      "VERTRAULICHKEITSHINWEIS", "DATENSCHUTZHINWEIS", NULL};
  for (size_t h = 0; heads[h] != NULL; h++)
    if (has_prefix(s, n, heads[h]))
      return 1;
  found = words_in(s, n, words);
  if ((found & ~(legal | strong)) != 0)
    return 1;
  score = popcount64(found & legal);
  return score >= 3 || (score >= 2 && (found & strong) != 0);
}

/* --- the stripper --------------------------------------------------------*/

static int quoted(const char *s, size_t n) { return n > 0 && s[0] == '>'; }

/* The next non-blank line at or after i, or nl. */
static size_t next_nonblank(const line *L, size_t nl, size_t i) {
  while (i < nl && L[i].kind == L_BLANK)
    i++;
  return i;
}

static int verb_inside(const char *s, size_t n) {
  static const char *const verbs[] = {
      " schrieb ", " wrote ", " schreef ", " skrev ", " a écrit ",
      " escribió ", " написал", " sent:", " đã viết", " ha scritto ",
      " escreveu ", NULL};
  const char *const *v;
  for (v = verbs; *v != NULL; v++)
    if (contains(s, n, *v))
      return 1;
  return 0;
}

/* The line without leading '>' markers and spaces. */
static void unquote(const line *l, const char **s, size_t *n) {
  const char *p = l->s;
  size_t m = l->n;
  while (m > 0 && (*p == '>' || *p == ' ')) {
    p++;
    m--;
  }
  *s = p;
  *n = m;
}

/* Starts with a date such as 2014-10-17, 2011/4/7, 02.04.2012 or "20 окт.". */
static int date_start(const char *s, size_t n) {
  return n >= 2 && s[0] >= '0' && s[0] <= '9';
}

static int ends_colon(const char *s, size_t n) {
  return (n > 0 && s[n - 1] == ':') ||
         (n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0);
}

/* Is there an attribution starting at line i (maybe wrapped over up to six
 * lines, blank or quoted ones included)? Returns the number of lines it
 * spans, 0 if none. */
static size_t attribution_at(const line *L, size_t nl, size_t i) {
  size_t k, len;
  int at;
  const char *s = L[i].s;
  size_t n = L[i].n;
  if (L[i].kind != L_TEXT || n > 400)
    return 0;
  if (ends_with_wrote(s, n)) {
    size_t j;
    /* "On <date>, <name> <mail> wrote:"; a bare "Our CFO wrote:" in the
     * customer's text only counts right before a quote */
    if (has_digit(s, n) || memchr(s, '@', n) != NULL || memchr(s, '<', n) != NULL)
      return 1;
    j = next_nonblank(L, nl, i + 1);
    return j < nl && L[j].kind == L_QUOTE;
  }
  at = memchr(s, '@', n) != NULL;
  /* "Name <a@b.c> schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:", maybe
   * wrapped once */
  if ((at || has_digit(s, n)) && verb_inside(s, n)) {
    if (ends_colon(s, n))
      return 1;
    if (i + 1 < nl && L[i + 1].kind == L_TEXT && L[i + 1].n < 80 &&
        ends_colon(L[i + 1].s, L[i + 1].n))
      return 2;
  }
  /* "2014-10-17 11:28 GMT+03:00 Name <a@b.c>:", "2011/4/7 Name <a@b.c>" */
  if (date_start(s, n) && has_digit(s + 1, n - 1) &&
      (at || contains(s, n, "GMT")) && count_words(s, n) <= 14 &&
      !(n > 0 && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!')))
    return 1;
  if (!(attribution_start(s, n) && has_digit(s, n)) && !date_start(s, n))
    return 0;
  /* "Le client trouve que c'est trop cher. ... 15 years." is a sentence,
   * not the start of "Le 4 mars 2025, X a écrit :" (an abbreviation such as
   * "a.m." or "mar." may end a wrapped attribution line) */
  if (n > 0 && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!')) {
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
      w--;
    if (n - w > 4)
      return 0;
  }
  len = n;
  for (k = 1; k <= 6 && i + k < nl; k++) {
    const char *t;
    size_t m;
    if (L[i + k].kind == L_BLANK)
      continue;
    if (L[i + k].kind == L_TEXT && closing_line(L[i + k].s, L[i + k].n))
      return 0; /* a sign-off is not inside an attribution */
    unquote(&L[i + k], &t, &m);
    len += m;
    if (len > 400)
      return 0;
    if (memchr(t, '@', m) != NULL)
      at = 1;
    if (ends_with_wrote(t, m) || (ends_colon(t, m) && at))
      return k + 1;
    if (m > 0 && (t[m - 1] == '.' || t[m - 1] == '?' || t[m - 1] == '!'))
      return 0; /* a sentence: not an attribution */
  }
  return 0;
}

int voc_reply_attribution_line(const char *s, size_t n) {
  while (n > 0 && is_ws((unsigned char)s[0])) {
    s++;
    n--;
  }
  while (n > 0 && is_ws((unsigned char)s[n - 1]))
    n--;
  if (n == 0 || n > 400)
    return 0;
  /* "On <date>, <name> wrote:", "<name> <mail>:", "Am ... schrieb ... Uhr:";
   * not "Our figures for 2024:" */
  return ends_with_wrote(s, n) ||
         (ends_colon(s, n) && (memchr(s, '@', n) != NULL ||
                               memchr(s, '<', n) != NULL ||
                               (has_digit(s, n) && verb_inside(s, n))));
}

static int header_like(const line *l) {
  return l->kind == L_TEXT && (header_key(l->s, l->n, from_keys) ||
                               header_key(l->s, l->n, next_keys));
}

/* An Outlook header block starting at line i: "From:" and one more header,
 * or three headers one of which is "From:". */
static int header_block_at(const line *L, size_t nl, size_t i) {
  size_t j, k, seen = 0;
  int from;
  if (!header_like(&L[i]))
    return 0;
  from = header_key(L[i].s, L[i].n, from_keys);
  for (j = i + 1, k = 0; j < nl && k < 5; j++) {
    if (L[j].kind == L_BLANK)
      continue;
    k++;
    if (header_like(&L[j])) {
      seen++;
      if (header_key(L[j].s, L[j].n, from_keys))
        from = 1;
      if (from && (seen >= 2 || header_key(L[i].s, L[i].n, from_keys)))
        return 1;
    }
  }
  return 0;
}

/* A line of four or more dashes and nothing else. */
static int dash_rule(const char *s, size_t n) { return rule_line(s, n, '-', 4); }


/* "Name | Title", "Name · Company": a signature's field separator. */
static int field_separator(const char *s, size_t n) {
  return memchr(s, '|', n) != NULL || contains(s, n, "\xC2\xB7");
}

/* Contact details: an address, a URL, a '|' or '·' separator or a phone
 * number. */
static int contact_marks(const char *s, size_t n) {
  size_t i, run = 0, digits = 0;
  if (memchr(s, '@', n) || field_separator(s, n) || contains(s, n, "http") ||
      contains(s, n, "www."))
    return 1;
  for (i = 0; i < n; i++) {
    if (s[i] >= '0' && s[i] <= '9') {
      digits++;
      run = 0;
    } else if (s[i] == ' ' || s[i] == '-' || s[i] == '.' || s[i] == '(' ||
               s[i] == ')' || s[i] == '+') {
      if (++run > 2)
        digits = 0;
    } else {
      digits = 0;
      run = 0;
    }
    if (digits >= 7)
      return 1;
  }
  return 0;
}

/* Only short lines (no sentences) from i to the end or to the next
 * separator, at least one, and contact details among them (a signature
 * block)? *stop is where the scan ended: a candidate before it would get
 * the same answer. */
static int only_short_after(const line *L, size_t nl, size_t i, size_t *stop) {
  size_t texts = 0;
  int marks = 0;
  for (; i < nl; i++) {
    if (L[i].kind != L_TEXT)
      continue;
    if (separator_line(L[i].s, L[i].n) || underscore_rule(L[i].s, L[i].n) ||
        forward_marker(L[i].s, L[i].n))
      break;
    texts++;
    if (count_words(L[i].s, L[i].n) > 8 || L[i].n > 80) {
      *stop = i;
      return 0;
    }
    if (!marks)
      marks = contact_marks(L[i].s, L[i].n);
  }
  *stop = i;
  return texts > 0 && marks;
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
    /* legal notices are short: a paragraph of megabytes is not one */
    if ((pe - ps) > 40 && (pe - ps) < 16384 &&
        disclaimer(ps, (size_t)(pe - ps))) {
      size_t k;
      for (k = a; k < b; k++)
        L[k].keep = 0;
    }
  }
}

/* Speaks in the first person singular ("I", "I'm", "my", "me"): the
 * customer's own sentence, never boilerplate. */
static int first_person(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != '"')
      continue;
    if (s[i] == 'I' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\'' ||
                        s[i + 1] == ','))
      return 1;
    if ((has_prefix(s + i, n - i, "my ") || has_prefix(s + i, n - i, "me ") ||
         has_prefix(s + i, n - i, "me.") || has_prefix(s + i, n - i, "me,")))
      return 1;
  }
  return 0;
}

/* A mail gateway's banner ("[EXTERNAL] This message was scanned...",
 * "CAUTION: This email originated from outside...") or a company's notice
 * about the message itself ("This e-mail is confidential... accepts no
 * liability", "Este mensaje es confidencial... no asume ningún riesgo ni
 * responsabilidad", "...is authorised and regulated by..."): it speaks of
 * this message and uses two legal words, in en/de/fr/es/it, and never in
 * the first person singular. Only looked for in the paragraphs after the
 * customer's last one (see trim_boilerplate), where a company puts it. */
enum { SELF_WORDS = 19 };
static int gateway_banner(const char *s, size_t n);
static int ps_line(const line *l);
static int boilerplate(const char *s, size_t n) {
  static const char *const words[] = {
      /* the message itself */
      "this message", "this email", "this e-mail", "this communication",
      "this transmission", "diese e-mail", "diese email", "diese nachricht",
      "ce message", "ce courriel", "ce mail", "cet e-mail", "este mensaje",
      "este correo", "este e-mail", "questo messaggio", "questa e-mail",
      "questa email", "its transmission",
      /* legal words */
      "confidential", "vertraulich", "confidentiel", "confidencial",
      "riservat", "liability", "haftung", "responsabilit", "responsibility",
      "verantwortung", "regulated", "privileged", "intended", "recipient",
      "empfänger", "destinataire", "destinatario", "guaranteed", "garantiert",
      "garantizar", "scanned", "virus", "contract", "binding", "constitute",
      "accepts no", "accept no", "no asume", "n'engage", "unauthori",
      "prohibited", "in error", "por error", "par erreur", "irrtümlich",
      "phishing", "originated from outside", NULL};
  const uint64_t self = ((uint64_t)1 << SELF_WORDS) - 1;
  uint64_t found;
  if (gateway_banner(s, n))
    return 1;
  if (first_person(s, n))
    return 0;
  found = words_in(s, n, words);
  return (found & self) != 0 && popcount64(found & ~self) >= 2;
}

/* "[EXTERNAL] ...", "CAUTION: This email originated from outside...",
 * also under a rule of stars, dashes or equals signs ("*****\nCAUTION:"). */
static int gateway_banner(const char *s, size_t n) {
  while (n > 0 && strchr("*-=_#~ \t\r\n", *s) != NULL)
    s++, n--;
  if (has_prefix(s, n, "[EXTERNAL") || has_prefix(s, n, "[EXT]") ||
      has_prefix(s, n, "[EXTERN") || has_prefix(s, n, "EXTERNAL EMAIL") ||
      has_prefix(s, n, "EXTERNAL E-MAIL") || has_prefix(s, n, "CAUTION:") ||
      has_prefix(s, n, "ACHTUNG:") || has_prefix(s, n, "ATTENTION :") ||
      has_prefix(s, n, "PRECAUCIÓN:"))
    return contains(s, n, "mail") || contains(s, n, "message") ||
           contains(s, n, "nachricht") || contains(s, n, "mensaje") ||
           contains(s, n, "link") || contains(s, n, "attachment");
  return 0;
}

/* A paragraph [a, b) of short lines that are no sentences: a sign-off,
 * a name, a name/title/company block. */
static int name_paragraph(const line *L, size_t a, size_t b) {
  size_t k;
  for (k = a; k < b; k++) {
    char end = L[k].s[L[k].n - 1];
    size_t w = count_words(L[k].s, L[k].n);
    if ((w > 10 && !(w <= 16 && field_separator(L[k].s, L[k].n))) ||
        end == '.' || end == '?' ||
        end == '!' || first_person(L[k].s, L[k].n))
      return 0;
  }
  return b > a;
}

/* Drop boilerplate paragraphs (above) among the last ones, where a company
 * or a gateway adds them: under a sign-off or a name block that is not the
 * greeting (a banner also right under the customer's text). From the end, over paragraphs of short
 * lines (name blocks, taglines); never the first paragraph nor a P.S.;
 * stops at the customer's last paragraph of text, so a customer's own last
 * sentence about contracts or security ("This email is our notice that...")
 * stays. */
static void trim_boilerplate(line *L, size_t nl) {
  size_t b = nl, first = nl, k, seen = 0;
  for (k = 0; k < nl; k++)
    if (L[k].keep && L[k].kind != L_BLANK) {
      first = k;
      break;
    }
  while (seen++ < 8) {
    size_t a;
    int shortp = 1;
    while (b > 0 && (!L[b - 1].keep || L[b - 1].kind == L_BLANK))
      b--;
    a = b;
    while (a > 0 && L[a - 1].keep && L[a - 1].kind == L_TEXT)
      a--;
    if (b == 0 || a <= first || ps_line(&L[a]))
      return;
    /* A notice glued to the signature above it, without a blank line:
     * "Un saludo,\nName\nTitle | Company\nAVISO LEGAL: Este mensaje...".
     * The lines from k on are the notice, the lines above are a sign-off
     * and name block, which is short: at most 8 lines (so a long paragraph
     * costs no more than a short one). */
    for (k = a + 1; k < b && k <= a + 8; k++) {
      const char *ks = L[k].s, *ke = L[b - 1].s + L[b - 1].n;
      if ((ke - ks) > 40 && (ke - ks) < 16384 && name_paragraph(L, a, k) &&
          boilerplate(ks, (size_t)(ke - ks))) {
        size_t j;
        for (j = k; j < b; j++)
          L[j].keep = 0;
        b = k;
        break;
      }
    }
    {
      const char *ps = L[a].s, *pe = L[b - 1].s + L[b - 1].n;
      size_t pb = a, pa;
      while (pb > 0 && (!L[pb - 1].keep || L[pb - 1].kind == L_BLANK))
        pb--;
      pa = pb;
      while (pa > 0 && L[pa - 1].keep && L[pa - 1].kind == L_TEXT)
        pa--;
      if ((pe - ps) > 40 && (pe - ps) < 16384 &&
          (gateway_banner(ps, (size_t)(pe - ps)) ||
           (pa > first && name_paragraph(L, pa, pb))) &&
          boilerplate(ps, (size_t)(pe - ps))) {
        for (k = a; k < b; k++)
          L[k].keep = 0;
        b = a;
        continue;
      }
    }
    for (k = a; k < b && shortp; k++)
      shortp = count_words(L[k].s, L[k].n) <= 16 && !first_person(L[k].s, L[k].n);
    if (!shortp || b - a > 6)
      return;
    b = a;
  }
}

/* Is a line part of a name/title/company block (short, no sentence)? */
static int sig_block_line(const line *l) {
  size_t w = count_words(l->s, l->n);
  char last = l->s[l->n - 1];
  if (w > 10) /* "Company Ltd | Unit 4, Calder Park, Wakefield" */
    return w <= 16 && field_separator(l->s, l->n) && last != '.' &&
           last != '?' && last != '!';
  if (w > 6 && (last == '.' || last == '?' || last == '!'))
    return 0;
  return 1;
}

static int ends_sentence(const line *l) {
  char c = l->s[l->n - 1];
  return c == '.' || c == '?' || c == '!';
}

/* "Jo Smith", "Dr. Ana de la Fuente", "Ingrid Voß": one to five words,
 * each capitalised (or a name particle), no digits. */
static int name_like(const char *s, size_t n) {
  static const char *const particles[] = {"van", "von", "de", "der", "den",
                                          "da", "del", "di", "la", "le",
                                          "du", "dos", "y", "e", NULL};
  size_t i = 0, words = 0;
  while (i < n) {
    size_t a, k;
    unsigned char c;
    int ok;
    while (i < n && s[i] == ' ')
      i++;
    if (i >= n)
      break;
    a = i;
    while (i < n && s[i] != ' ')
      i++;
    words++;
    c = (unsigned char)s[a];
    ok = (c >= 'A' && c <= 'Z') || c >= 0x80;
    for (k = 0; !ok && particles[k] != NULL; k++)
      ok = strlen(particles[k]) == i - a &&
           strncmp(s + a, particles[k], i - a) == 0;
    if (!ok)
      return 0;
  }
  return words >= 1 && words <= 5 && !has_digit(s, n) &&
         memchr(s, '?', n) == NULL && memchr(s, '!', n) == NULL &&
         memchr(s, ':', n) == NULL;
}

/* Does a word of line s[0..n) name the sender? sender holds the From
 * header's display name and address ("Nadia Petrova nadia.petrova@x.org");
 * its words are split at blanks and . _ - @. Words compare ASCII
 * case-insensitively; a leading dash ("-Nadia", "—Nadia") is skipped. */
static int names_sender(const char *s, size_t n, const char *sender) {
  size_t i = 0;
  while (i < n) {
    size_t a, k;
    while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == ',' ||
                     s[i] == '.' || (unsigned char)s[i] == 0xE2)) {
      if ((unsigned char)s[i] == 0xE2 && i + 2 < n) /* an em or en dash */
        i += 2;
      i++;
    }
    a = i;
    while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.')
      i++; /* at least one byte: s[a] is none of the separators */
    if (i - a < 2)
      continue;
    for (const char *w = sender; *w;) {
      while (*w && strchr(" ._-@<>\"", *w))
        w++;
      k = 0;
      while (w[k] && !strchr(" ._-@<>\"", w[k]))
        k++;
      if (k == i - a && strncasecmp(w, s + a, k) == 0)
        return 1;
      w += k;
    }
  }
  return 0;
}

/* Contact marks that are only a link (no phone number). */
static int link_only(const char *s, size_t n) {
  size_t i, digits = 0;
  for (i = 0; i < n; i++)
    digits += s[i] >= '0' && s[i] <= '9';
  return (contains(s, n, "http") || contains(s, n, "www.")) && digits < 7;
}

/* Starts like a title or company line: a capital, a non-ASCII letter, a
 * digit or a phone sign; or a device line ("via mobile"). */
static int title_case_start(const line *l) {
  unsigned char c = (unsigned char)l->s[0];
  return (c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9') ||
         c == '+' || c == '(' || has_prefix(l->s, l->n, "via ") ||
         mobile_signature(l->s, l->n);
}

/* A company's name ending in an abbreviation with a full stop ("Brightline
 * Cleaning Co.", "Acme Inc."): the stop ends no sentence. */
static int company_end(const line *l) {
  static const char *const ends[] = {" Co.", " Inc.", " Ltd.", " Corp.",
                                     " Bros.", " LLC.", " S.A.", " e.V.",
                                     " S.L.", " B.V.", NULL};
  for (size_t k = 0; ends[k] != NULL; k++)
    if (has_suffix(l->s, l->n, ends[k]))
      return 1;
  return 0;
}

/* A paragraph [a, b) of at most 8 lines that opens with the sender's name
 * on a line of its own and a title under it ("Denise Achebe" / "Director
 * of Development"): a signature, whatever motto or charity number follows. */
static int sender_block(const line *L, size_t a, size_t b, const char *sender) {
  static const char *const seps[] = {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                     " - ", ", ", NULL};
  const line *l[2];
  size_t k, n = 0;
  if (sender == NULL || b - a > 8)
    return 0;
  for (k = a; k < b; k++) /* no question or "I" of the customer's in it */
    if (L[k].keep && L[k].kind == L_TEXT &&
        (memchr(L[k].s, '?', L[k].n) || first_person(L[k].s, L[k].n)))
      return 0;
  for (k = a; k < b && n < 2; k++)
    if (L[k].keep && L[k].kind != L_BLANK)
      l[n++] = &L[k];
  /* "Callum Reid | General Manager": name and title on one line */
  for (k = 0; n >= 1 && seps[k] != NULL; k++) {
    const char *s = l[0]->s, *sep;
    size_t sn = strlen(seps[k]), m;
    if ((sep = find_bytes(s, l[0]->n, seps[k], sn)) == NULL)
      continue;
    m = (size_t)(sep - s);
    line title = {.s = sep + sn, .n = l[0]->n - m - sn, .kind = L_TEXT, .keep = 1};
    if (m > 0 && title.n > 0 && count_words(s, m) <= 4 && name_like(s, m) &&
        names_sender(s, m, sender) && count_words(title.s, title.n) <= 8 &&
        title_case_start(&title) && !ends_sentence(&title) &&
        !first_person(title.s, title.n))
      return 1;
  }
  return n == 2 && count_words(l[0]->s, l[0]->n) <= 4 &&
         l[0]->s[l[0]->n - 1] != ',' && name_like(l[0]->s, l[0]->n) &&
         names_sender(l[0]->s, l[0]->n, sender) &&
         !closing_line(l[0]->s, l[0]->n) && count_words(l[1]->s, l[1]->n) <= 8 &&
         title_case_start(l[1]) && (!ends_sentence(l[1]) || company_end(l[1])) &&
         l[1]->s[l[1]->n - 1] != ':' && !first_person(l[1]->s, l[1]->n);
}

/* A trailing paragraph [a, b) that is a name/title/company block. */
static int sig_paragraph(const line *L, size_t a, size_t b,
                         const char *sender) {
  size_t k, lines = 0, sentences = 0;
  int marks = 0, upper = 1;
  if (sender_block(L, a, b, sender))
    return 1;
  for (k = a; k < b; k++) {
    const line *l = &L[k];
    if (!l->keep || l->kind == L_BLANK)
      continue;
    lines++;
    if (lines == 1 && closing_line(l->s, l->n))
      return 0;
    if (l->n >= 2 && (l->s[0] == '-' || l->s[0] == '*' || l->s[0] == '#') &&
        l->s[1] == ' ')
      return 0; /* a list item */
    if (l->n >= 2 && l->s[0] >= '0' && l->s[0] <= '9' &&
        (l->s[1] == '.' || l->s[1] == ')'))
      return 0;
    if ((count_words(l->s, l->n) > 10 && !sig_block_line(l)) ||
        l->s[l->n - 1] == '?' ||
        l->s[l->n - 1] == ':')
      return 0;
    if (ends_sentence(l)) {
      if (lines == 1 && count_words(l->s, l->n) > 4)
        return 0;
      sentences++;
    }
    /* a link in a sentence ("the pictures I took https://...") is not
     * a contact line: links count on short lines only */
    if (!marks && contact_marks(l->s, l->n))
      marks = count_words(l->s, l->n) <= 6 || memchr(l->s, '@', l->n) ||
              memchr(l->s, '|', l->n) || !link_only(l->s, l->n);
    if (lines > 1 && !title_case_start(l))
      upper = 0;
  }
  if (lines == 0)
    return 0;
  if (sentences > 1)
    return 0;
  if (marks)
    return 1;
  /* two or more lines: a name, then lines that start like titles and
   * company names ("Head of IT", "Example Corp"), not "week 12" */
  for (k = a; k < b; k++)
    if (L[k].keep && L[k].kind != L_BLANK)
      return lines >= 2 && upper && name_like(L[k].s, L[k].n) &&
             (sender == NULL || names_sender(L[k].s, L[k].n, sender));
  return 0;
}

/* "Nadia", "Sabine Hollerbach": a line that is only a name (one to three
 * capitalised words, not a closing, not a greeting ending in ',' or ':'),
 * and when the sender is known, a name of the sender's. */
static int bare_name(const line *l, const char *sender) {
  char end = l->s[l->n - 1];
  if (sender != NULL && l->kind == L_TEXT) {
    /* "H.", "M": the initial of the sender's first name */
    if ((l->n == 1 || (l->n == 2 && end == '.')) && l->s[0] >= 'A' &&
        l->s[0] <= 'Z' && ascii_lower((unsigned char)l->s[0]) ==
                              ascii_lower((unsigned char)sender[0]))
      return 1;
    /* "jamie": the sender's name, written in lower case */
    if (count_words(l->s, l->n) == 1 && l->s[0] >= 'a' && l->s[0] <= 'z' &&
        names_sender(l->s, l->n, sender))
      return 1;
  }
  return l->kind == L_TEXT && count_words(l->s, l->n) <= 3 && end != ',' &&
         end != ':' && end != '!' && end != '.' && name_like(l->s, l->n) &&
         !closing_line(l->s, l->n) &&
         (sender == NULL || names_sender(l->s, l->n, sender));
}

/* Whether paragraph [a, b) is a company's footer right under a block that
 * opens with the sender's name and title: at most 6 lines and 80 words, no
 * question, no P.S., nothing in the first person singular. */
static int footer_under_sender(const line *L, size_t a, size_t b, size_t first,
                               const char *sender) {
  size_t k, words = 0, pb = a, pa;
  if (sender == NULL || b - a > 6)
    return 0;
  for (k = a; k < b; k++) {
    if (!L[k].keep || L[k].kind != L_TEXT)
      return 0;
    words += count_words(L[k].s, L[k].n);
    if (memchr(L[k].s, '?', L[k].n) || first_person(L[k].s, L[k].n) ||
        ps_line(&L[k]))
      return 0;
  }
  if (words > 80)
    return 0;
  while (pb > 0 && L[pb - 1].kind == L_BLANK)
    pb--;
  pa = pb;
  while (pa > 0 && L[pa - 1].keep && L[pa - 1].kind != L_BLANK)
    pa--;
  return pa < pb && pa > first && sender_block(L, pa, pb, sender);
}

/* Drop trailing name/title/company paragraphs (never the first one). With
 * a known sender, a block without contact details must start with one of
 * the sender's names ("Next Steps Review\nWeek 12" stays). */
static void trim_name_blocks(line *L, size_t nl, const char *sender) {
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
    /* the sender's block glued under the last lines of text, with no blank
     * line (HTML without paragraphs): "...goes out.\nHelen\nHelen Stroud |
     * Managing Director\nBrackenridge Capital & Co." */
    size_t glued = b;
    for (k = b > a + 9 ? b - 9 : a + 1; k < b && glued == b; k++)
      if (L[k].keep && L[k - 1].keep && sender_block(L, k, b, sender))
        glued = k > a + 1 && bare_name(&L[k - 1], sender) ? k - 1 : k;
    if (glued < b) {
      for (k = glued; k < b; k++)
        L[k].keep = 0;
      b = glued;
      continue;
    }
    for (k = 0; k < a; k++)
      if (L[k].keep && L[k].kind != L_BLANK) {
        first = k;
        break;
      }
    if (first == nl)
      return;
    if (b - a == 1 && bare_name(&L[a], sender)) {
      /* the sender's bare name under the text ("...next week.\n\nNadia") */
      L[a].keep = 0;
      b = a;
      continue;
    }
    if (!sig_paragraph(L, a, b, sender) && footer_under_sender(L, a, b, first, sender)) {
      /* a company's footer under the sender's name and title ("Fairhaven
       * is federally insured. Never share your password by e-mail.") */
      for (k = a; k < b; k++)
        L[k].keep = 0;
      b = a;
      continue;
    }
    if (!sig_paragraph(L, a, b, sender)) {
      /* a one-line tagline under a name/title block */
      size_t pb = a, pa;
      if (b - a != 1 || count_words(L[a].s, L[a].n) > 12 ||
          L[a].s[L[a].n - 1] == '?' || L[a].s[L[a].n - 1] == ':' ||
          ps_line(&L[a]) || first_person(L[a].s, L[a].n))
        return; /* a P.S. or the customer's own line is no tagline */
      while (pb > 0 && L[pb - 1].kind == L_BLANK)
        pb--;
      pa = pb;
      while (pa > 0 && L[pa - 1].kind != L_BLANK)
        pa--;
      if (pa == pb)
        return;
      if (!(pa > first && sig_paragraph(L, pa, pb, sender))) {
        /* or under the sender's bare name ("Megan" / "Thanks,\nMegan") */
        const line *nm = &L[pb - 1];
        char end = nm->s[nm->n - 1];
        /* not the greeting ("Sam," / "Hi Dana"): the name closes a later
         * paragraph and ends like a name */
        if (pa <= first || end == ',' || end == ':' || end == '!' ||
            has_prefix(L[a].s, L[a].n, "P.S") || has_prefix(L[a].s, L[a].n, "PS") ||
            !name_like(nm->s, nm->n) || count_words(nm->s, nm->n) > 3 ||
            closing_line(nm->s, nm->n) ||
            (sender != NULL && !names_sender(nm->s, nm->n, sender)))
          return;
        L[a].keep = 0; /* then the name itself */
        b = a;
        continue;
      }
    }
    for (k = a; k < b; k++)
      L[k].keep = 0;
    b = a;
  }
}

/* A company's tagline: one line of at most 14 words, no question, no
 * colon at the end, not in the first or second person ("Good times, safely
 * served. Proud to be Leeds' favourite late-night venue."). */
static int tagline(const line *l) {
  char end = l->s[l->n - 1];
  return count_words(l->s, l->n) <= 14 && end != '?' && end != ':' &&
         memchr(l->s, '?', l->n) == NULL && !first_person(l->s, l->n) &&
         !contains(l->s, l->n, "you") && !has_prefix(l->s, l->n, "We ") &&
         !has_prefix(l->s, l->n, "Please") && !has_prefix(l->s, l->n, "P.S") &&
         !has_prefix(l->s, l->n, "PS");
}

/* "P.S. ...": after a sign-off, still the customer's words. */
static int ps_line(const line *l) {
  return has_prefix(l->s, l->n, "P.S") || has_prefix(l->s, l->n, "P.P.S") ||
         has_prefix(l->s, l->n, "PS:") || has_prefix(l->s, l->n, "PS ") ||
         has_prefix(l->s, l->n, "PS.");
}

/* Drop the sign-off: a closing near the end ("Best regards,", "Viele
 * Grüße", "Cheers, Ethan") and the name/title/company lines under it, up
 * to a P.S., which stays. A closing that is all the customer wrote
 * ("Thanks!\nJo") stays without the name. Returns 1 when a sign-off was
 * found: what is above it is the body, not a name block. */
static int trim_signature(line *L, size_t nl) {
  size_t i, last = nl, k, c, first;
  /* the last kept non-blank line */
  for (i = nl; i > 0; i--)
    if (L[i - 1].keep && L[i - 1].kind != L_BLANK) {
      last = i - 1;
      break;
    }
  if (last == nl)
    return 0;
  /* P.S. lines among the last ones: look for the sign-off above the
   * first of them */
  {
    size_t ps = nl;
    for (i = last + 1; i > 0 && last + 1 - i < 12; i--)
      if (L[i - 1].keep && L[i - 1].kind == L_TEXT && ps_line(&L[i - 1]))
        ps = i - 1;
    if (ps < nl) {
      for (k = ps; k > 0; k--)
        if (L[k - 1].keep && L[k - 1].kind != L_BLANK)
          break;
      if (k == 0)
        return 0;
      last = k - 1;
    }
  }
  /* a closing near the end with only short lines after it */
  for (i = last + 1; i > 0; i--) {
    const line *l = &L[i - 1];
    if (!l->keep || l->kind == L_BLANK)
      continue;
    if (closing_line(l->s, l->n)) {
      size_t block = 0;
      c = i - 1;
      for (k = c + 1; k <= last; k++) {
        if (!L[k].keep || L[k].kind == L_BLANK)
          continue;
        /* the company's tagline as the last line under a name and a
         * title or company ("Safety and security are our licence to fly.") */
        if (!sig_block_line(&L[k]) && !(k == last && block >= 2 && tagline(&L[k])))
          return 0;
        block++;
      }
      for (first = 0; first < c; first++)
        if (L[first].keep && L[first].kind != L_BLANK)
          break;
      for (k = first < c ? c : c + 1; k <= last; k++)
        L[k].keep = 0;
      return 1;
    }
    if (!sig_block_line(l) && !(i - 1 == last && tagline(l)))
      break;
    if (last - (i - 1) > 12)
      break;
  }
  return 0;
}

/* The stripper; with signoff_only, only the sign-off and name blocks at
 * the end go (quotes, separators and disclaimers stay). */
static int strip(const char *body, size_t len, int signoff_only,
                 const char *sender, voc_buf *out) {
  line *L = NULL;
  size_t nl, i, cap = 1, cut;
  size_t sig_nocut = 0, rule_nocut = 0; /* scans known to find no cut */
  size_t seen_upto = 0;                 /* lines [0, seen_upto) looked at */
  int seen_text = 0;                    /* a kept text line among them */
  int rc = 0, blank = 0, any = 0;

  voc_buf_clear(out);
  /* split_lines ends a line at \n, \r\n and a bare \r: count both bytes
   * (an upper bound), or CR-only text overflows the array. */
  for (i = 0; i < len; i++)
    if (body[i] == '\n' || body[i] == '\r')
      cap++;
  L = malloc(cap * sizeof *L);
  if (L == NULL)
    return VOC_ENOMEM;
  nl = split_lines(body, len, L);

  /* 1. the first separator cuts the rest */
  cut = nl;
  for (i = 0; i < nl && cut == nl && !signoff_only; i++) {
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
      size_t k;
      j = next_nonblank(L, nl, i + span);
      while (seen_upto < i) {
        if (L[seen_upto].keep && L[seen_upto].kind == L_TEXT)
          seen_text = 1;
        seen_upto++;
      }
      if ((j < nl && L[j].kind == L_QUOTE) || !seen_text) {
        /* before a quote, or at the top of a bottom-posted reply */
        for (k = i; k < i + span; k++)
          L[k].keep = 0;
        i += span - 1;
      } else {
        cut = i;
      }
    } else if (dash_rule(l->s, l->n) && i >= rule_nocut) {
      /* "----------" above a signature block; remembered like below */
      if (only_short_after(L, nl, i + 1, &j))
        cut = i;
      else
        rule_nocut = j;
    } else if (l->n == 3 && memcmp(l->s, "\xE1\x90\xA7", 3) == 0) {
      L[i].keep = 0; /* Gmail tracker mark "ᐧ" */
    } else if (l->n == 2 && l->s[0] == '-' && l->s[1] == '-') {
      /* "-- " (trailing space trimmed) or a bare "--" line */
      cut = i;
    } else if ((mobile_signature(l->s, l->n) || dash_signature(l->s, l->n)) &&
               i >= sig_nocut) {
      /* a signature when only quotes, short lines and quote headers
       * follow; a scan that met a long line is remembered, so later
       * candidates before that line are not scanned again (linear) */
      for (j = i + 1; j < nl; j++) {
        if (L[j].kind != L_TEXT)
          continue;
        if (attribution_at(L, nl, j) || separator_line(L[j].s, L[j].n) ||
            header_block_at(L, nl, j) || underscore_rule(L[j].s, L[j].n)) {
          j = nl;
          break;
        }
        if (count_words(L[j].s, L[j].n) > 12)
          break;
      }
      if (j == nl)
        cut = i;
      else
        sig_nocut = j;
    } else if (i > 0 && i + 1 < nl && L[i - 1].kind == L_QUOTE &&
               L[i + 1].kind == L_QUOTE && memchr(l->s, ' ', l->n) == NULL) {
      /* a wrapped quoted line whose '>' was lost (a long link) */
      L[i].keep = 0;
    }
  }
  for (i = cut; i < nl; i++)
    L[i].keep = 0;
  /* 2. quoted lines */
  for (i = 0; i < cut && !signoff_only; i++)
    if (L[i].kind == L_QUOTE)
      L[i].keep = 0;
  /* 3. compact to the kept lines, so that paragraphs are what the output
   * will show (a second pass then sees the same paragraphs), then
   * disclaimers and the signature block */
  {
    size_t w = 0;
    int gap = 0; /* quoted lines were dropped since the last kept line */
    for (i = 0; i < cut; i++) {
      if (!L[i].keep) {
        if (L[i].kind == L_QUOTE)
          gap = 1;
        continue;
      }
      if (gap && L[i].kind == L_TEXT && w > 0 && L[w - 1].kind == L_TEXT) {
        /* a dropped quote separates paragraphs, as in the output */
        L[w] = L[i];
        L[w].kind = L_BLANK;
        L[w].n = 0;
        w++; /* w <= i: at least one line was dropped */
      }
      gap = 0;
      L[w++] = L[i];
    }
    nl = cut = w;
  }
  if (!signoff_only) {
    drop_disclaimers(L, cut);
    trim_boilerplate(L, cut);
  }
  trim_signature(L, cut);
  trim_name_blocks(L, cut, sender);
  /* rules (----, ____, ====) left standing before the cut */
  for (i = cut; i > 0; i--) {
    const line *l = &L[i - 1];
    size_t k;
    int rule = 1;
    if (l->kind != L_TEXT || !l->keep)
      continue;
    for (k = 0; k < l->n; k++)
      if (l->s[k] != '-' && l->s[k] != '_' && l->s[k] != '=' &&
          l->s[k] != '*' && l->s[k] != ' ')
        rule = 0;
    if (!rule)
      break;
    L[i - 1].keep = 0;
  }

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

int voc_reply_strip(const char *body, size_t len, voc_buf *out) {
  return strip(body, len, 0, NULL, out);
}

int voc_reply_strip_from(const char *body, size_t len, const char *sender,
                         voc_buf *out) {
  return strip(body, len, 0, sender && *sender ? sender : NULL, out);
}

int voc_reply_strip_signoff(const char *text, size_t len, voc_buf *out) {
  return strip(text, len, 1, NULL, out);
}

/* --- MIME bodies: charsets ------------------------------------------------------------*/

static int ci_prefix(const char *s, const char *p) {
  return strncasecmp(s, p, strlen(p)) == 0;
}

/* Append bytes in `charset` to out as UTF-8 (ill-formed input repaired). */
static int to_utf8(voc_buf *out, const char *s, size_t n, const char *charset) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t got;
  size_t room;
  int rc, valid = voc_utf8_valid(s, n);

  if (charset == NULL || *charset == '\0' || strcasecmp(charset, "us-ascii") == 0 ||
      strcasecmp(charset, "ascii") == 0) {
    if (!valid)
      charset = "windows-1252"; /* 8-bit text with no (or a wrong) label */
  } else if (ci_prefix(charset, "utf-8") || strcasecmp(charset, "utf8") == 0) {
    charset = NULL;
  } else if (valid && (ci_prefix(charset, "iso-8859") || ci_prefix(charset, "latin") ||
                       ci_prefix(charset, "windows-125") || ci_prefix(charset, "cp125"))) {
    charset = NULL; /* mislabelled UTF-8 (pure ASCII included) */
  } else if (strcasecmp(charset, "iso-8859-1") == 0 || strcasecmp(charset, "latin1") == 0) {
    charset = "windows-1252"; /* what senders mean */
  }
  if (charset == NULL || *charset == '\0' || (valid && strcasecmp(charset, "us-ascii") == 0)) {
    long r = voc_utf8_repair(out, s, n);
    return r < 0 ? (int)r : 0;
  }
  if (n == 0)
    return 0;
  room = n * 3 + 16;
  for (;;) {
    if ((rc = voc_buf_grow(out, room)) < 0)
      return rc;
    st = U_ZERO_ERROR;
    got = ucnv_convert("UTF-8", charset, out->data + out->len, (int32_t)room, s,
                       (int32_t)n, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR && (size_t)got + 1 > room) {
      room = (size_t)got + 1;
      continue;
    }
    break;
  }
  if (U_FAILURE(st)) {
    /* unknown charset or broken input: keep what is valid */
    long r = voc_utf8_repair(out, s, n);
    return r < 0 ? (int)r : 0;
  }
  out->len += (size_t)got;
  out->data[out->len] = '\0';
  /* converters emit U+FFFD for unmappable bytes; the result is valid */
  return 0;
}

/* --- bodies --------------------------------------------------------------*/

typedef struct pick {
  GMimePart *plain;
  GMimePart *html;
} pick;

static int is_attachment(GMimeObject *o) {
  GMimeContentDisposition *d = g_mime_object_get_content_disposition(o);
  return d != NULL && g_mime_content_disposition_is_attachment(d);
}

/* Depth-first: the first text/plain and the first text/html that are not
 * attachments; embedded message/rfc822 parts (forwards) are skipped. */
static void pick_parts(GMimeObject *o, pick *p, int depth) {
  if (o == NULL || depth > 32)
    return;
  if (GMIME_IS_MULTIPART(o)) {
    int i, n = g_mime_multipart_get_count(GMIME_MULTIPART(o));
    for (i = 0; i < n; i++)
      pick_parts(g_mime_multipart_get_part(GMIME_MULTIPART(o), i), p, depth + 1);
    return;
  }
  if (GMIME_IS_PART(o) && !is_attachment(o)) {
    GMimeContentType *ct = g_mime_object_get_content_type(o);
    if (ct == NULL || g_mime_content_type_is_type(ct, "text", "plain")) {
      if (p->plain == NULL)
        p->plain = GMIME_PART(o);
    } else if (g_mime_content_type_is_type(ct, "text", "html")) {
      if (p->html == NULL)
        p->html = GMIME_PART(o);
    }
  }
}

/* The transfer-decoded bytes of a part, as UTF-8, into out. */
static int part_text(GMimePart *part, voc_buf *out) {
  GMimeDataWrapper *w = g_mime_part_get_content(part);
  GMimeStream *mem;
  GByteArray *ba;
  int rc = 0;
  size_t n;

  voc_buf_clear(out);
  if (w == NULL)
    return 0;
  mem = g_mime_stream_mem_new();
  if (mem == NULL)
    return VOC_ENOMEM;
  if (g_mime_data_wrapper_write_to_stream(w, mem) < 0) {
    g_object_unref(mem);
    return VOC_EPARSE;
  }
  ba = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
  n = ba->len;
  if (n > EMAIL_BODY_MAX) {
    g_object_unref(mem);
    return VOC_ETOOBIG; /* the message is rejected, not cut */
  }
  rc = to_utf8(out, (const char *)ba->data, n,
               g_mime_object_get_content_type_parameter(GMIME_OBJECT(part),
                                                        "charset"));
  g_object_unref(mem);
  return rc;
}

/* mbox escaping: ">From " (and ">>From " in mboxrd) lose one '>'. */
static void unescape_from(voc_buf *b) {
  size_t r = 0, w = 0;
  int bol = 1;
  while (r < b->len) {
    if (bol && b->data[r] == '>') {
      size_t k = r;
      while (k < b->len && b->data[k] == '>')
        k++;
      if (b->len - k >= 5 && memcmp(b->data + k, "From ", 5) == 0)
        r++; /* drop one '>' */
    }
    bol = b->data[r] == '\n';
    b->data[w++] = b->data[r++];
  }
  voc_buf_truncate(b, w);
}

/* RFC 3676 format=flowed: join soft-broken lines, undo space-stuffing;
 * quote depth is kept as leading "> ". */
static int unflow(const voc_buf *in, int delsp, voc_buf *out) {
  size_t i = 0;
  int rc = 0, open = -1; /* quote depth of an unfinished flowed line */
  voc_buf_clear(out);
  while (i < in->len && rc >= 0) {
    size_t a = i, e, q = 0, k;
    int soft;
    while (i < in->len && in->data[i] != '\n')
      i++;
    e = i;
    if (i < in->len)
      i++;
    if (e > a && in->data[e - 1] == '\r')
      e--;
    while (a < e && in->data[a] == '>') {
      a++;
      q++;
    }
    if (a < e && in->data[a] == ' ')
      a++; /* stuffing */
    soft = e > a && in->data[e - 1] == ' ' && !(e - a == 3 && memcmp(in->data + a, "-- ", 3) == 0);
    if (open >= 0 && (size_t)open != q) {
      rc = voc_buf_putc(out, '\n');
      open = -1;
    }
    if (open < 0) {
      for (k = 0; k < q && rc >= 0; k++)
        rc = voc_buf_putc(out, '>');
      if (q > 0 && rc >= 0)
        rc = voc_buf_putc(out, ' ');
    }
    if (rc >= 0)
      rc = voc_buf_put(out, in->data + a, (soft && delsp) ? e - a - 1 : e - a);
    if (soft) {
      open = (int)q;
    } else {
      open = -1;
      if (rc >= 0)
        rc = voc_buf_putc(out, '\n');
    }
  }
  if (open >= 0 && rc >= 0)
    rc = voc_buf_putc(out, '\n');
  return rc;
}

/* The customer's words of a message into out. */
int voc_email_message_text(struct _GMimeMessage *msg, int mbox, voc_buf *out,
                           voc_error *err) {
  pick p = {NULL, NULL};
  voc_buf raw = VOC_BUF_INIT(0), tmp = VOC_BUF_INIT(0);
  int rc = 0;

  voc_buf_clear(out);
  pick_parts(g_mime_message_get_mime_part(msg), &p, 0);
  if (p.plain != NULL) {
    const char *fmt, *delsp;
    if ((rc = part_text(p.plain, &raw)) < 0)
      goto done;
    if (mbox)
      unescape_from(&raw);
    fmt = g_mime_object_get_content_type_parameter(GMIME_OBJECT(p.plain), "format");
    if (fmt != NULL && strcasecmp(fmt, "flowed") == 0) {
      delsp = g_mime_object_get_content_type_parameter(GMIME_OBJECT(p.plain), "delsp");
      if ((rc = unflow(&raw, delsp != NULL && strcasecmp(delsp, "yes") == 0,
                       &tmp)) < 0)
        goto done;
      voc_buf_clear(&raw);
      if ((rc = voc_buf_put(&raw, tmp.data ? tmp.data : "", tmp.len)) < 0)
        goto done;
    }
  } else if (p.html != NULL) {
    if ((rc = part_text(p.html, &tmp)) < 0)
      goto done;
    if (mbox)
      unescape_from(&tmp);
    if ((rc = voc_html_to_text(tmp.data ? tmp.data : "", tmp.len, 1, &raw, err)) < 0)
      goto done;
  }
  {
    /* the sender's name and address, to tell a name block from text */
    InternetAddressList *from = g_mime_message_get_from(msg);
    InternetAddress *ia = from && internet_address_list_length(from) > 0
                              ? internet_address_list_get_address(from, 0)
                              : NULL;
    voc_buf_clear(&tmp);
    if (ia != NULL) {
      const char *nm = internet_address_get_name(ia);
      if (nm != NULL && (rc = voc_buf_puts(&tmp, nm)) < 0)
        goto done;
      if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
        const char *addr =
            internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
        if (addr != NULL && ((rc = voc_buf_putc(&tmp, ' ')) < 0 ||
                             (rc = voc_buf_puts(&tmp, addr)) < 0))
          goto done;
      }
    }
  }
  rc = voc_reply_strip_from(raw.data ? raw.data : "", raw.len,
                            tmp.len ? tmp.data : NULL, out);
done:
  voc_buf_dispose(&raw);
  voc_buf_dispose(&tmp);
  return rc;
}


/* --- headers -------------------------------------------------------------*/

static int add_string(cJSON *item, const char *key, const char *val) {
  cJSON *old = cJSON_GetObjectItemCaseSensitive(item, key);
  if (old != NULL)
    return 0; /* the first occurrence of a header wins */
  return cJSON_AddStringToObject(item, key, val) == NULL ? VOC_ENOMEM : 0;
}

/* Unfold, decode RFC 2047, make valid UTF-8 and trim. */
static int header_value(voc_buf *out, const char *raw) {
  voc_buf tmp = VOC_BUF_INIT(0);
  char *dec = NULL;
  size_t i, a, b;
  int rc = 0;
  voc_buf_clear(out);
  for (i = 0; raw[i] != '\0' && rc >= 0; i++) {
    if (raw[i] == '\r' || raw[i] == '\n')
      continue;
    rc = voc_buf_putc(&tmp, raw[i] == '\t' ? ' ' : raw[i]);
  }
  if (rc < 0)
    goto done;
  dec = g_mime_utils_header_decode_text(NULL, tmp.data ? tmp.data : "");
  if (dec == NULL) {
    rc = VOC_ENOMEM;
    goto done;
  }
  a = 0;
  b = strlen(dec);
  while (a < b && (dec[a] == ' ' || dec[a] == '\t'))
    a++;
  while (b > a && (dec[b - 1] == ' ' || dec[b - 1] == '\t'))
    b--;
  {
    long r = voc_utf8_repair(out, dec + a, b - a);
    rc = r < 0 ? (int)r : 0;
  }
done:
  g_free(dec);
  voc_buf_dispose(&tmp);
  return rc;
}

int voc_email_message_item(struct _GMimeMessage *msg, int mbox, cJSON *item,
                           voc_error *err) {
  GMimeHeaderList *hl = g_mime_object_get_header_list(GMIME_OBJECT(msg));
  voc_buf val = VOC_BUF_INIT(0), body = VOC_BUF_INIT(0);
  char key[128];
  int i, n, rc = 0;

  n = hl != NULL ? g_mime_header_list_get_count(hl) : 0;
  for (i = 0; i < n && rc >= 0; i++) {
    GMimeHeader *h = g_mime_header_list_get_header_at(hl, i);
    const char *name = h ? g_mime_header_get_name(h) : NULL;
    const char *raw = h ? g_mime_header_get_raw_value(h) : NULL;
    size_t k;
    if (name == NULL || raw == NULL)
      continue;
    for (k = 0; name[k] != '\0' && k + 1 < sizeof key; k++)
      key[k] = (char)((name[k] >= 'A' && name[k] <= 'Z') ? name[k] + 32 : name[k]);
    key[k] = '\0';
    if (strcmp(key, "message-id") == 0 || strcmp(key, "date") == 0 ||
        strcmp(key, "body") == 0 || key[0] == '\0')
      continue;
    if ((rc = header_value(&val, raw)) < 0)
      goto done;
    rc = add_string(item, key, val.data ? val.data : "");
  }
  if (rc < 0)
    goto done;
  {
    const char *mid = g_mime_message_get_message_id(msg);
    if (mid != NULL && *mid != '\0') {
      voc_buf_clear(&val);
      if (voc_utf8_repair(&val, mid, strlen(mid)) < 0 ||
          (rc = add_string(item, "message-id", val.data ? val.data : "")) < 0)
        goto done;
    }
  }
  {
    GDateTime *dt = g_mime_message_get_date(msg);
    if (dt != NULL) {
      GDateTime *utc = g_date_time_to_utc(dt);
      char *s = utc ? g_date_time_format(utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;
      if (s != NULL)
        rc = add_string(item, "date", s);
      g_free(s);
      if (utc != NULL)
        g_date_time_unref(utc);
    } else {
      const char *d = g_mime_object_get_header(GMIME_OBJECT(msg), "Date");
      if (d != NULL && (rc = header_value(&val, d)) >= 0 && val.len > 0)
        rc = add_string(item, "date", val.data);
    }
    if (rc < 0)
      goto done;
  }
  if ((rc = voc_email_message_text(msg, mbox, &body, err)) < 0)
    goto done;
  rc = add_string(item, "body", body.data ? body.data : "");
done:
  voc_buf_dispose(&val);
  voc_buf_dispose(&body);
  return rc;
}


int voc_email_text(const char *msg, size_t len, voc_buf *out, voc_error *err) {
  GMimeStream *st;
  GMimeParser *parser;
  GMimeMessage *m;
  int rc;

  voc_email_init();
  voc_buf_clear(out);
  st = g_mime_stream_mem_new_with_buffer(msg, len);
  if (st == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  parser = g_mime_parser_new_with_stream(st);
  g_object_unref(st);
  if (parser == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
  m = g_mime_parser_construct_message(parser, NULL);
  g_object_unref(parser);
  if (m == NULL)
    return voc_error_set(err, VOC_EPARSE, "not a MIME message");
  rc = voc_email_message_text(m, 0, out, err);
  g_object_unref(m);
  return rc;
}

int voc_email_item(const char *msg, size_t len, cJSON **out, voc_error *err) {
  GMimeStream *st;
  GMimeParser *parser;
  GMimeMessage *m;
  cJSON *item;
  int rc;

  voc_email_init();
  *out = NULL;
  st = g_mime_stream_mem_new_with_buffer(msg, len);
  if (st == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  parser = g_mime_parser_new_with_stream(st);
  g_object_unref(st);
  if (parser == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
  m = g_mime_parser_construct_message(parser, NULL);
  g_object_unref(parser);
  if (m == NULL)
    return voc_error_set(err, VOC_EPARSE, "not a MIME message");
  item = cJSON_CreateObject();
  if (item == NULL) {
    g_object_unref(m);
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  }
  rc = voc_email_message_item(m, 0, item, err);
  g_object_unref(m);
  if (rc < 0) {
    cJSON_Delete(item);
    return rc;
  }
  *out = item;
  return 0;
}
