/* voc_date.c: date parsing for ingest (see voc_date.h for the forms).
 *
 * Two passes: a strict ISO 8601 scanner (its '-' separators would confuse a
 * generic tokenizer with negative zone offsets), then a token scanner for
 * everything else (RFC 2822, US/European CRM exports, month names). Zone
 * offsets are applied with days-from-civil arithmetic, so no libc time zone
 * state (TZ, mktime) is involved and the result is the same everywhere. */
#include "voc_date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "voc_error.h"

typedef struct dt {
  int y, mo, d;   /* calendar date */
  int h, mi, s;   /* time of day; h < 0 when there is no time */
  int has_zone;   /* a zone was given: convert to UTC */
  int zone_min;   /* offset east of UTC in minutes */
} dt;

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

/* Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant). */
static long days_from_civil(long y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int finish(dt *t, char out[VOC_DATE_MAX]) {
  if (t->y < 1000 || t->y > 9999 || t->mo < 1 || t->mo > 12 || t->d < 1 ||
      t->d > days_in_month(t->y, t->mo))
    return VOC_EPARSE;
  if (t->h < 0) {
    snprintf(out, VOC_DATE_MAX, "%04d-%02d-%02d", t->y, t->mo, t->d);
    return 0;
  }
  if (t->h > 23 || t->mi < 0 || t->mi > 59 || t->s < 0 || t->s > 60)
    return VOC_EPARSE;
  if (t->s == 60)
    t->s = 59; /* a leap second: keep the minute */
  if (t->has_zone) {
    long secs = days_from_civil(t->y, t->mo, t->d) * 86400L + t->h * 3600L +
                t->mi * 60L + t->s - t->zone_min * 60L;
    long days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    long rem = secs - days * 86400;
    civil_from_days(days, &t->y, &t->mo, &t->d);
    t->h = (int)(rem / 3600);
    t->mi = (int)(rem % 3600 / 60);
    t->s = (int)(rem % 60);
    snprintf(out, VOC_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02dZ", t->y, t->mo,
             t->d, t->h, t->mi, t->s);
  } else {
    snprintf(out, VOC_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d", t->y, t->mo,
             t->d, t->h, t->mi, t->s);
  }
  return 0;
}

/* Read 1..max digits at s[*i]; -1 when there is none. */
static long digits(const char *s, size_t n, size_t *i, int min, int max,
                   int *count) {
  long v = 0;
  int k = 0;
  while (*i < n && k < max && isdigit((unsigned char)s[*i])) {
    v = v * 10 + (s[*i] - '0');
    (*i)++;
    k++;
  }
  if (count)
    *count = k;
  return k >= min ? v : -1;
}

static int eq_ci(const char *a, size_t n, const char *b) {
  size_t m = strlen(b);
  if (n != m)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (tolower((unsigned char)a[k]) != b[k])
      return 0;
  return 1;
}

/* A zone at s[*i]: Z, UTC, GMT, UT, +HH, +HHMM, +HH:MM, or a US name. */
static int zone(const char *s, size_t n, size_t *i, dt *t) {
  static const struct {
    const char *name;
    int off;
  } names[] = {{"z", 0},       {"utc", 0},     {"gmt", 0},     {"ut", 0},
               {"est", -300},  {"edt", -240},  {"cst", -360},  {"cdt", -300},
               {"mst", -420},  {"mdt", -360},  {"pst", -480},  {"pdt", -420},
               {"cet", 60},    {"cest", 120}, {"bst", 60}};
  size_t j = *i;
  if (j < n && (s[j] == '+' || s[j] == '-')) {
    int sign = s[j] == '-' ? -1 : 1, c1 = 0;
    j++;
    long hh = digits(s, n, &j, 2, 2, &c1), mm = 0;
    if (hh < 0)
      return 0;
    if (j < n && s[j] == ':')
      j++;
    if (j < n && isdigit((unsigned char)s[j]) &&
        (mm = digits(s, n, &j, 2, 2, NULL)) < 0)
      return 0;
    if (hh > 14 || mm > 59)
      return 0;
    t->has_zone = 1;
    t->zone_min = sign * (int)(hh * 60 + mm);
    *i = j;
    return 1;
  }
  size_t k = j;
  while (k < n && isalpha((unsigned char)s[k]))
    k++;
  for (size_t z = 0; z < sizeof names / sizeof names[0]; z++) {
    if (eq_ci(s + j, k - j, names[z].name)) {
      t->has_zone = 1;
      t->zone_min = names[z].off;
      *i = k;
      /* "GMT+1" / "UTC-05:00" */
      if (z <= 3 && k < n && (s[k] == '+' || s[k] == '-'))
        zone(s, n, i, t);
      return 1;
    }
  }
  return 0;
}

/* HH:MM[:SS[.frac]] at s[*i]. */
static int clock_time(const char *s, size_t n, size_t *i, dt *t) {
  size_t j = *i;
  long h = digits(s, n, &j, 1, 2, NULL);
  if (h < 0 || j >= n || s[j] != ':')
    return 0;
  j++;
  long mi = digits(s, n, &j, 2, 2, NULL), sec = 0;
  if (mi < 0)
    return 0;
  if (j < n && s[j] == ':') {
    j++;
    if ((sec = digits(s, n, &j, 2, 2, NULL)) < 0)
      return 0;
    if (j < n && (s[j] == '.' || s[j] == ',')) {
      j++;
      if (digits(s, n, &j, 1, 9, NULL) < 0)
        return 0;
    }
  }
  t->h = (int)h;
  t->mi = (int)mi;
  t->s = (int)sec;
  *i = j;
  return 1;
}

static size_t skip_blanks(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* Trailing " AM"/" PM" (also "a.m."), adjusting the hour. */
static int ampm(const char *s, size_t n, size_t *i, dt *t) {
  size_t j = skip_blanks(s, n, *i);
  if (j >= n || t->h < 0)
    return 0;
  char c = (char)tolower((unsigned char)s[j]);
  if ((c != 'a' && c != 'p') || j + 1 >= n)
    return 0;
  size_t k = j + 1;
  if (s[k] == '.')
    k++;
  if (k >= n || tolower((unsigned char)s[k]) != 'm')
    return 0;
  k++;
  if (k < n && s[k] == '.')
    k++;
  if (k < n && isalpha((unsigned char)s[k]))
    return 0;
  if (t->h < 1 || t->h > 12)
    return -1;
  if (c == 'a' && t->h == 12)
    t->h = 0;
  else if (c == 'p' && t->h < 12)
    t->h += 12;
  *i = k;
  return 1;
}

static int parse_iso(const char *s, size_t n, dt *t) {
  size_t i = 0;
  int c = 0;
  long y = digits(s, n, &i, 4, 4, &c);
  if (y < 0 || i >= n || (s[i] != '-' && s[i] != '/'))
    return 0;
  char sep = s[i++];
  long mo = digits(s, n, &i, 1, 2, NULL);
  if (mo < 0 || i >= n || s[i] != sep)
    return 0;
  i++;
  long d = digits(s, n, &i, 1, 2, NULL);
  if (d < 0)
    return 0;
  t->y = (int)y;
  t->mo = (int)mo;
  t->d = (int)d;
  if (i == n)
    return 1;
  if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
    return 0;
  i = skip_blanks(s, n, i + 1);
  if (!clock_time(s, n, &i, t))
    return 0;
  if (ampm(s, n, &i, t) < 0)
    return 0;
  i = skip_blanks(s, n, i);
  if (i < n && !zone(s, n, &i, t))
    return 0;
  i = skip_blanks(s, n, i);
  return i == n;
}

static int month_name(const char *w, size_t n) {
  static const char *m[] = {"jan", "feb", "mar", "apr", "may", "jun",
                            "jul", "aug", "sep", "oct", "nov", "dec"};
  static const char *full[] = {"january", "february", "march",     "april",
                               "may",     "june",     "july",      "august",
                               "september", "october", "november", "december"};
  for (int k = 0; k < 12; k++)
    if (eq_ci(w, n, m[k]) || eq_ci(w, n, full[k]) ||
        (k == 8 && eq_ci(w, n, "sept")))
      return k + 1;
  return 0;
}

static int weekday_name(const char *w, size_t n) {
  static const char *d[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                            "monday", "tuesday", "wednesday", "thursday",
                            "friday", "saturday", "sunday", "tues", "thur",
                            "thurs"};
  for (size_t k = 0; k < sizeof d / sizeof d[0]; k++)
    if (eq_ci(w, n, d[k]))
      return 1;
  return 0;
}

/* Everything that is not ISO: numbers, month and weekday names, a clock
 * time, AM/PM and a zone, in any reasonable order. */
static int parse_loose(const char *s, size_t n, dt *t) {
  long num[3];
  int ndig[3], nnum = 0, month = 0;
  char sep = 0; /* separator between the first two date numbers */
  size_t i = 0;
  while (i < n) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == ' ' || ch == '\t' || ch == ',') {
      i++;
    } else if (isdigit(ch)) {
      size_t j = i;
      dt tmp = *t;
      if (t->h < 0 && clock_time(s, n, &j, &tmp)) {
        *t = tmp;
        i = j;
        int a = ampm(s, n, &i, t);
        if (a < 0)
          return 0;
        continue;
      }
      int c = 0;
      long v = digits(s, n, &i, 1, 4, &c);
      if (i < n && isdigit((unsigned char)s[i]))
        return 0; /* 5+ digits */
      if (nnum == 3)
        return 0;
      /* 11th, 2nd */
      if (i + 1 < n && isalpha((unsigned char)s[i]) &&
          (eq_ci(s + i, 2, "st") || eq_ci(s + i, 2, "nd") ||
           eq_ci(s + i, 2, "rd") || eq_ci(s + i, 2, "th")))
        i += 2;
      ndig[nnum] = c;
      num[nnum++] = v;
      if (i < n && (s[i] == '/' || s[i] == '.' || s[i] == '-')) {
        if (nnum == 1)
          sep = s[i];
        else if (s[i] != sep)
          return 0;
        i++;
      }
    } else if (isalpha(ch)) {
      size_t j = i;
      while (j < n && isalpha((unsigned char)s[j]))
        j++;
      int m = month_name(s + i, j - i);
      if (m && !month) {
        month = m;
        i = j;
        if (i < n && (s[i] == '.' || s[i] == '-'))
          i++;
      } else if (weekday_name(s + i, j - i)) {
        i = j;
      } else if (zone(s, n, &i, t)) {
        /* consumed */
      } else if (j - i == 1 && (ch == 'T' || ch == 't') && nnum == 3) {
        i = j;
      } else {
        return 0;
      }
    } else if ((ch == '+' || ch == '-') && t->h >= 0 && !t->has_zone) {
      if (!zone(s, n, &i, t))
        return 0;
    } else if (ch == '(') {
      /* RFC 2822 comment such as "(PST)" */
      while (i < n && s[i] != ')')
        i++;
      if (i < n)
        i++;
    } else {
      return 0;
    }
  }
  if (month) {
    /* Feb 11 2025 / 11 Feb 2025 / 11-Feb-25 */
    if (nnum != 2)
      return 0;
    int yi = ndig[0] == 4 ? 0 : 1;
    t->y = (int)num[yi];
    t->d = (int)num[1 - yi];
    if (ndig[yi] == 2)
      t->y += t->y < 70 ? 2000 : 1900;
    t->mo = month;
    return 1;
  }
  if (nnum != 3 || !sep)
    return 0;
  if (ndig[0] == 4) { /* 2025.02.11 */
    t->y = (int)num[0];
    t->mo = (int)num[1];
    t->d = (int)num[2];
    return 1;
  }
  if (ndig[2] != 4 && ndig[2] != 2)
    return 0;
  t->y = (int)num[2] + (ndig[2] == 2 ? (num[2] < 70 ? 2000 : 1900) : 0);
  if (num[0] > 12 || sep == '.') { /* 11/02/2025 by value, 11.02.2025 */
    t->d = (int)num[0];
    t->mo = (int)num[1];
  } else { /* US exports: month first */
    t->mo = (int)num[0];
    t->d = (int)num[1];
  }
  return 1;
}

int voc_date_parse(const char *s, size_t n, char out[VOC_DATE_MAX]) {
  out[0] = '\0';
  while (n && isspace((unsigned char)*s)) {
    s++;
    n--;
  }
  while (n && isspace((unsigned char)s[n - 1]))
    n--;
  if (n == 0 || n >= 64)
    return VOC_EPARSE;
  dt t = {0, 0, 0, -1, 0, 0, 0, 0};
  size_t k = 0;
  while (k < n && isdigit((unsigned char)s[k]))
    k++;
  if (k == n && (n == 10 || n == 13)) { /* Unix time */
    long long v = 0;
    for (size_t j = 0; j < 10; j++)
      v = v * 10 + (s[j] - '0');
    long days = (long)(v / 86400), rem = (long)(v % 86400);
    civil_from_days(days, &t.y, &t.mo, &t.d);
    t.h = (int)(rem / 3600);
    t.mi = (int)(rem % 3600 / 60);
    t.s = (int)(rem % 60);
    t.has_zone = 1;
    return finish(&t, out) < 0 ? (out[0] = '\0', VOC_EPARSE) : 0;
  }
  if (!parse_iso(s, n, &t)) {
    dt fresh = {0, 0, 0, -1, 0, 0, 0, 0};
    t = fresh;
    if (!parse_loose(s, n, &t))
      return VOC_EPARSE;
  }
  if (finish(&t, out) < 0) {
    out[0] = '\0';
    return VOC_EPARSE;
  }
  return 0;
}
