/* voc_pii.c: linear-time redaction of e-mail addresses, phone numbers and
 * card numbers. Each detector looks at a candidate span around one anchor
 * character and never re-scans text it has passed, so a pathological input
 * costs O(n). */
#include "voc_pii.h"

#include <stdbool.h>
#include <string.h>

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_local(int c) {
  return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-' || c == '\'';
}
static bool is_domain(int c) { return is_alpha(c) || is_digit(c) || c == '-' || c == '.'; }
static bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }

/* Can a number start at s[i]? Not inside a word ("Q4", "abc123") and not
 * glued to one by joiners ("exampl-1026", "v.2", "x--02"): those are
 * identifiers or parts of addresses. */
static bool number_starts(const char *s, size_t i) {
  size_t k = i;
  while (k > 0 && (s[k - 1] == '-' || s[k - 1] == '.' || s[k - 1] == '/' ||
                   s[k - 1] == '_'))
    k--;
  /* "]" ends our own labels ("[phone]"): it glues like a letter, so that
   * redacting twice finds nothing new. */
  return k == 0 || !(is_alnum((unsigned char)s[k - 1]) || s[k - 1] == ']');
}

static bool email_at(const char *s, size_t n, size_t at, size_t lo, size_t *b,
                     size_t *e) {
  size_t i = at;
  while (i > lo && is_local((unsigned char)s[i - 1]))
    i--;
  /* no leading dot, quote or sign: the address starts with a letter, digit
   * or '_', so the label that replaces it glues to a number before it as
   * that first character did (redacting twice finds nothing new) */
  while (i < at && (s[i] == '.' || s[i] == '\'' || s[i] == '%' ||
                    s[i] == '+' || s[i] == '-'))
    i++;
  if (i == at)
    return false;
  size_t j = at + 1, lastdot = 0;
  while (j < n && is_domain((unsigned char)s[j]))
    j++;
  while (j > at + 1 && (s[j - 1] == '.' || s[j - 1] == '-')) /* trailing punct */
    j--;
  for (size_t k = at + 1; k < j; k++)
    if (s[k] == '.')
      lastdot = k;
  if (!lastdot || lastdot >= j || lastdot == at + 1)
    return false;
  size_t tld = 0;
  for (size_t k = lastdot + 1; k < j; k++) {
    if (!is_alpha((unsigned char)s[k]))
      return false;
    tld++;
  }
  if (tld < 2)
    return false;
  *b = i;
  *e = j;
  return true;
}

static bool luhn(const char *digits, size_t nd) {
  int sum = 0;
  for (size_t k = 0; k < nd; k++) {
    int d = digits[nd - 1 - k] - '0';
    if (k % 2 == 1) {
      d *= 2;
      if (d > 9)
        d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

typedef struct numspan {
  size_t b, e;        /* span in the text */
  char digits[24];    /* its digits (first 23) */
  size_t nd;          /* number of digits */
  int groups[12];     /* digits per group */
  size_t gend[12];    /* end offset of each group */
  int ngroups;
  bool many;          /* more groups than recorded: a long run */
  char seps[12];      /* separator after each group */
  bool plus, paren;   /* starts with '+', contains '(' */
} numspan;

/* Scan a number-like run starting at s[i] (a digit, '+' or '('): digits with
 * single separators (space, '-', '.', '/', parentheses). */
static size_t scan_number(const char *s, size_t n, size_t i, numspan *ns) {
  memset(ns, 0, sizeof *ns);
  ns->b = i;
  if (s[i] == '+') {
    ns->plus = true;
    i++;
  }
  size_t last_digit_end = i;
  int cur = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (is_digit(c)) {
      if (ns->nd < sizeof ns->digits - 1)
        ns->digits[ns->nd] = (char)c;
      ns->nd++;
      cur++;
      i++;
      last_digit_end = i;
      continue;
    }
    bool sep = c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
    if (!sep)
      break;
    /* A separator must be followed (possibly after one more separator such
     * as ") " or " (") by a digit, else the number has ended. */
    size_t k = i + 1;
    if (k < n && (s[k] == ' ' || s[k] == '(' || s[k] == ')' || s[k] == '-'))
      k++;
    if (k >= n || !is_digit((unsigned char)s[k]))
      break;
    if (c == '(' || c == ')' || s[i + 1] == '(' || s[i + 1] == ')')
      ns->paren = true;
    if (cur && ns->ngroups == 12)
      ns->many = true;
    if (cur && ns->ngroups < 12) {
      ns->seps[ns->ngroups] = (char)c;
      ns->gend[ns->ngroups] = i;
      ns->groups[ns->ngroups++] = cur;
    }
    cur = 0;
    i = k;
  }
  if (cur && ns->ngroups == 12)
    ns->many = true;
  if (cur && ns->ngroups < 12) {
    ns->gend[ns->ngroups] = last_digit_end;
    ns->groups[ns->ngroups++] = cur;
  }
  if (s[ns->b] == '(')
    ns->paren = true;
  ns->e = last_digit_end;
  /* A last group glued to a word ("... 1111e@x.example.com", "12 34ab")
   * belongs to that word: the number ends before it. Our labels ("[email]")
   * glue the same way, as the word they replaced did. */
  unsigned char after = ns->e < n ? (unsigned char)s[ns->e] : ' ';
  /* (A run of more groups than recorded is no phone or card either way
   * and stays whole.) */
  if (ns->ngroups > 1 && !ns->many &&
      (is_alnum(after) || after == '@' || after == '_' || after == '[')) {
    ns->ngroups--;
    ns->e = ns->gend[ns->ngroups - 1];
    size_t nd = 0;
    for (int k = 0; k < ns->ngroups; k++)
      nd += (size_t)ns->groups[k];
    ns->nd = nd;
    /* the parenthesis may have gone with the group */
    ns->paren = memchr(s + ns->b, '(', ns->e - ns->b) != NULL ||
                memchr(s + ns->b, ')', ns->e - ns->b) != NULL;
  }
  if (ns->nd < sizeof ns->digits)
    ns->digits[ns->nd] = '\0';
  return ns->e;
}

static int num_of(const char *d, int len) {
  int v = 0;
  for (int k = 0; k < len; k++)
    v = v * 10 + (d[k] - '0');
  return v;
}

/* Dates (2025-02-03, 03.02.2025, 2/3/2025), times and runs of years are
 * number-like but not phone numbers. */
static bool looks_like_date_or_years(const numspan *ns) {
  const int *g = ns->groups;
  if (ns->ngroups == 3 && ns->seps[0] == ns->seps[1] && ns->seps[0] != ' ' &&
      ((g[0] == 4 && g[1] <= 2 && g[2] <= 2) || (g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2))))
    return true;
  bool years = ns->ngroups >= 2;
  size_t off = 0;
  for (int k = 0; k < ns->ngroups && years; k++) {
    int v = g[k] == 4 ? num_of(ns->digits + off, 4) : 0;
    years = v >= 1900 && v <= 2100;
    off += (size_t)g[k];
  }
  return years;
}

static bool is_card(const numspan *ns) {
  if (ns->plus || ns->paren || ns->nd < 13 || ns->nd > 19)
    return false;
  for (int k = 0; k < ns->ngroups - 1; k++)
    if (ns->seps[k] != ' ' && ns->seps[k] != '-')
      return false;
  return luhn(ns->digits, ns->nd);
}

/* A currency sign just before b ("$", "£", "€", with one space allowed). */
static bool money_before(const char *s, size_t b) {
  if (b > 0 && s[b - 1] == ' ')
    b--;
  if (b >= 1 && s[b - 1] == '$')
    return true;
  if (b >= 2 && memcmp(s + b - 2, "\xC2\xA3", 2) == 0) /* £ */
    return true;
  return b >= 3 && memcmp(s + b - 3, "\xE2\x82\xAC", 3) == 0; /* € */
}

static bool is_phone(const char *s, size_t n, const numspan *ns) {
  if (ns->nd < 7 || ns->nd > 15)
    return false;
  /* Money, percentages and quantities are not phone numbers. */
  if (money_before(s, ns->b))
    return false;
  if (ns->e < n && (s[ns->e] == '%' || s[ns->e] == ',' || s[ns->e] == ':'))
    return false;
  if (ns->e < n && is_alpha((unsigned char)s[ns->e]))
    return false; /* 10000x, 2025Q1... */
  /* "[" starts our own labels: a number glued to one was glued to the
   * text the label replaced ("72%@b.example" -> "72[email]"), so it is
   * judged as then, and redacting twice finds nothing new. */
  if (ns->e < n && s[ns->e] == '[')
    return false;
  if (looks_like_date_or_years(ns))
    return false;
  if (ns->plus || ns->paren)
    return true;
  if (ns->ngroups == 1)
    return ns->nd >= 10; /* a bare run: only full-length numbers */
  /* Grouped digits are phone-like, unless one dot splits two groups: that
   * is a decimal number (1234567.89). */
  return !(ns->ngroups == 2 && ns->seps[0] == '.');
}

long voc_pii_redact(const char *s, size_t n, unsigned what, voc_buf *out) {
  /* An address's local part never reaches back into text already emitted or
   * into a number already judged: each byte is looked at by one detector. */
  size_t i = 0, run = 0, emitted_upto = 0;
  long count = 0;
  int rc;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    size_t b = 0, e = 0;
    size_t addr = 0; /* a number's run went on into an address: its '@' */
    const char *label = NULL;
    if (c == '@' && (what & VOC_PII_EMAIL)) {
      if (email_at(s, n, i, emitted_upto, &b, &e))
        label = "[email]";
    } else if ((is_digit(c) || ((c == '+' || c == '(') && i + 1 < n &&
                                is_digit((unsigned char)s[i + 1]))) &&
               (what & (VOC_PII_PHONE | VOC_PII_CARD)) &&
               number_starts(s, i)) {
      numspan ns;
      size_t end = scan_number(s, n, i, &ns), lim = n;
      bool in_address = ns.e < n && (s[ns.e] == '@' || s[ns.e] == '_');
      if (in_address) {
        /* The run ends in an address's local part, which starts after the
         * last character that cannot be in one ("04 30 19 26-0121@..."):
         * what comes before is a number of its own, read as if the text
         * ended there, as it reads once the address is a label. */
        size_t lp = ns.e, at = ns.e, eb, ee;
        while (lp > i && is_local((unsigned char)s[lp - 1]))
          lp--;
        while (at < n && s[at] != '@' && is_local((unsigned char)s[at]))
          at++; /* "5678_abc@": the '@' further on */
        if (lp > i && at < n && s[at] == '@' && email_at(s, n, at, lp, &eb, &ee)) {
          addr = at; /* the local part is left to the address */
          lim = lp;
          end = scan_number(s, lim, i, &ns);
          in_address = false;
        }
      }
      if (in_address)
        label = NULL; /* the local part of an e-mail address: left to it */
      else if ((what & VOC_PII_CARD) && is_card(&ns))
        label = "[card]";
      else if ((what & VOC_PII_PHONE) && is_phone(s, lim, &ns))
        label = "[phone]";
      if (label) {
        b = ns.b;
        e = ns.e;
      } else {
        i = end > i ? end : i + 1; /* skip the whole number */
        if (!in_address)
          emitted_upto = i;
        if (addr)
          i = addr;
        continue;
      }
    }
    if (!label) {
      i++;
      continue;
    }
    /* b may be before i (an e-mail's local part): it was not yet emitted,
     * since emitted text ends at the previous redaction. */
    if ((rc = voc_buf_put(out, s + run, b - run)) < 0 ||
        (rc = voc_buf_puts(out, label)) < 0)
      return rc;
    count++;
    run = emitted_upto = i = e;
    if (addr)
      i = addr;
  }
  if ((rc = voc_buf_put(out, s + run, n - run)) < 0)
    return rc;
  return count;
}
