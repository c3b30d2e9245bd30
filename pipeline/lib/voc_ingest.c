/* voc_ingest.c: source items -> canonical records, and input dispatch.
 *
 * Every format reader ends in voc_ingest_emit_raw, so mapping, text
 * clean-up, ids and duplicates behave the same for CSV, JSON, XML, email
 * and transcripts. The CSV and plain-text readers live here; the others
 * have their own modules (voc_json_in, voc_xml, voc_transcript, voc_email).
 *
 * Ids: the source's own when mapped, else a 64-bit FNV-1a hash of
 * source "\0" text, printed as 16 lower-case hex digits. FNV-1a is not
 * collision resistant against an attacker, but ids only need to be stable
 * and distinct across honest exports (2^-64 per pair). */
#include "voc_ingest.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "voc_buf.h"
#include "voc_csv.h"
#include "voc_date.h"
#include "voc_email.h"
#include "voc_hash.h"
#include "voc_json_in.h"
#include "voc_pii.h"
#include "voc_transcript.h"
#include "voc_utf8.h"
#include "voc_xml.h"

/* Canonical fields in output order. */
enum {
  F_ID,
  F_KIND,
  F_SOURCE,
  F_DATE,
  F_CAMPAIGN,
  F_TITLE,
  F_ACCOUNT,
  F_AUTHOR,
  F_RATING,
  F_PERSONA,
  F_TEXT,
  F_COUNT
};

static const char *const field_names[F_COUNT] = {
    "id",     "kind",   "source", "date",    "campaign", "title",
    "account", "author", "rating", "persona", "text"};

/* Always written, null when unknown. */
static const bool field_always[F_COUNT] = {true,  true,  true,  true,
                                           true,  true,  false, false,
                                           false, false, true};

/* Built-in aliases, tried in order; a key counts when present, even when
 * its value is null. Keys compare case-insensitively with ' ', '_' and '-'
 * equal, so "Contact Title" finds contact_title. */
static const char *const alias_id[] = {
    "id",        "note_id",     "review_id", "message-id", "activity_id",
    "record_id", "feedback_id", "response_id", "ticket_id", "guid", NULL};
static const char *const alias_text[] = {
    "text",    "note",    "notes",       "body",     "comments",
    "comment", "description", "content", "review",   "message",
    "review_text", "feedback", NULL};
static const char *const alias_date[] = {
    "date",      "created_at",    "submitted_at", "timestamp",
    "created",   "created_date",  "activity_date", "call_date",
    "date_created", "review_date", "updated_at", "published", "pubdate",
    "updated",   NULL};
static const char *const alias_jobtitle[] = {
    "contact_title", "job_title", "reviewer_title", "x-contact-title", NULL};
static const char *const alias_campaign[] = {
    "campaign", "x-campaign", "utm_campaign", "campaign_name", NULL};
static const char *const alias_account[] = {"account", "company",
                                            "account_name", NULL};
static const char *const alias_author[] = {
    "author", "contact_name", "from", "reviewer", "name", "reviewer_name",
    "creator", NULL};
static const char *const alias_rating[] = {"rating", "stars", "score", NULL};
static const char *const alias_persona[] = {"persona", "x-persona", NULL};
/* Always a review headline: first paragraph of text. */
static const char *const alias_headline[] = {"headline", "review_title",
                                             NULL};

static const char *const *const field_aliases[F_COUNT] = {
    alias_id,     NULL,          NULL,          alias_date,
    alias_campaign, NULL /* title: special */, alias_account, alias_author,
    alias_rating, alias_persona, alias_text};

typedef struct mapping {
  char *field;  /* target field; owned */
  char **srcs;  /* source names; owned */
  size_t nsrcs; /* entries in srcs */
} mapping;

typedef struct setting {
  char *field; /* owned */
  char *value; /* owned */
} setting;

/* Items that all share one key layout (the rows of one CSV file: the
 * header's names, in order). Each lookup (an alias list or a --map source,
 * identified by its address) is resolved on the first item to a child
 * position, and later items are read by position: no key comparisons per
 * row. */
#define LAYOUT_SLOTS 64
typedef struct layout {
  size_t ncols;          /* children of every item; 0: layout not fixed */
  cJSON **row;           /* the current item's children by position */
  struct {
    const void *key;     /* alias list or --map source string */
    int pos;             /* child position, -1 when absent */
  } slot[LAYOUT_SLOTS];
  size_t nslots;         /* slots resolved so far */
} layout;

struct voc_ingest {
  voc_cli *cli;          /* borrowed: rejects, counts, status */
  FILE *out;             /* borrowed record stream */
  voc_ingest_opts opts;  /* copy; strings borrowed */
  voc_format cur_fmt;    /* format of the input being read */
  mapping *maps;         /* --map, in order; owned */
  size_t nmaps;          /* entries in maps */
  setting *sets;         /* --set, in order; owned */
  size_t nsets;          /* entries in sets */
  const char **srcs;     /* distinct map sources (borrowed from maps) */
  size_t nsrcs;          /* entries in srcs */
  char **vendors;        /* --vendor names, trimmed; owned */
  size_t nvendors;       /* entries in vendors */
  uint64_t *seen;        /* --dedupe: open-addressing set of record hashes */
  size_t seen_cap;       /* slots in seen (power of two) */
  size_t seen_n;         /* hashes stored */
  bool seen_zero;        /* the hash 0 is in the set (0 marks empty slots) */
  unsigned long long ndup;  /* duplicates dropped */
  unsigned long long nredacted; /* personal data items redacted */
  unsigned long long nbaddate; /* dates we could not read (kept null) */
  voc_buf val;           /* scratch: one field value */
  voc_buf text;          /* scratch: the text being built */
  voc_buf tmp;           /* scratch: repair / strip output */
  voc_buf part;          /* scratch: one paragraph of text */
  voc_buf line;          /* scratch: the serialised record */
  layout lay;            /* CSV: key lookups resolved once per file */
};

/* ---- small helpers ---- */

static char *dupn(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}


static int key_char(int c) {
  c = (unsigned char)c;
  if (c >= 'A' && c <= 'Z')
    return c + 32;
  return c == ' ' || c == '-' ? '_' : c;
}

/* Keys equal ignoring (ASCII) case, with ' ', '-' and '_' the same, and
 * blanks around a ignored (CSV headers often carry them). One pass, no
 * strlen: most keys differ in their first bytes. */
static bool key_eq(const char *a, const char *b) {
  while (*a == ' ')
    a++;
  for (; *b; a++, b++)
    if (*a == '\0' || key_char(*a) != key_char(*b))
      return false;
  while (*a == ' ')
    a++;
  return *a == '\0';
}

/* The child of item at position pos, -1 for none. */
static int child_pos(const cJSON *item, const cJSON *c) {
  int pos = 0;
  for (const cJSON *k = item->child; k; k = k->next, pos++)
    if (k == c)
      return pos;
  return -1;
}

/* With a fixed layout: the slot remembering where key was found, or NULL
 * (not resolved yet, or no fixed layout). */
static const cJSON *layout_get(const layout *lay, const void *key,
                               bool *hit) {
  *hit = false;
  if (!lay->ncols)
    return NULL;
  for (size_t i = 0; i < lay->nslots; i++)
    if (lay->slot[i].key == key) {
      *hit = true;
      return lay->slot[i].pos < 0 ? NULL : lay->row[lay->slot[i].pos];
    }
  return NULL;
}

/* Remember where key was found in item (c may be NULL: absent). */
static const cJSON *layout_put(layout *lay, const cJSON *item,
                               const void *key, const cJSON *c) {
  if (lay->ncols && lay->nslots < LAYOUT_SLOTS) {
    lay->slot[lay->nslots].key = key;
    lay->slot[lay->nslots].pos = c ? child_pos(item, c) : -1;
    lay->nslots++;
  }
  return c;
}

static const cJSON *find_alias(layout *lay, const cJSON *item,
                               const char *const *aliases) {
  bool hit;
  const cJSON *c = layout_get(lay, aliases, &hit);
  if (hit)
    return c;
  for (size_t a = 0; aliases[a]; a++)
    for (c = item->child; c; c = c->next)
      if (c->string && key_eq(c->string, aliases[a]))
        return layout_put(lay, item, aliases, c);
  return layout_put(lay, item, aliases, NULL);
}

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isspace((unsigned char)s[i]))
      return false;
  return true;
}

/* Append an item's value as text: strings as they are, numbers in their
 * shortest form, booleans as words, arrays of scalars joined by ", ",
 * objects as JSON. null and absent append nothing. */
static int put_value(voc_buf *b, const cJSON *v) {
  if (!v || cJSON_IsNull(v))
    return 0;
  if (cJSON_IsString(v))
    return voc_buf_puts(b, v->valuestring ? v->valuestring : "");
  if (cJSON_IsBool(v))
    return voc_buf_puts(b, cJSON_IsTrue(v) ? "true" : "false");
  if (cJSON_IsNumber(v)) {
    /* Range first: casting a double outside long long's range is undefined. */
    double d = v->valuedouble;
    if (d > -1e15 && d < 1e15 && d == (double)(long long)d)
      return voc_buf_printf(b, "%lld", (long long)d);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.15g", d); /* 0.1, not 0.10000000000000001 */
    if (strtod(tmp, NULL) != d)
      snprintf(tmp, sizeof tmp, "%.17g", d);
    return voc_buf_puts(b, tmp);
  }
  if (cJSON_IsArray(v)) {
    int rc = 0;
    bool first = true;
    for (const cJSON *c = v->child; c && rc == 0; c = c->next) {
      if (cJSON_IsNull(c))
        continue;
      if (!first)
        rc = voc_buf_puts(b, ", ");
      first = false;
      if (rc == 0)
        rc = put_value(b, c);
    }
    return rc;
  }
  char *s = cJSON_PrintUnformatted(v);
  if (!s)
    return VOC_ENOMEM;
  int rc = voc_buf_puts(b, s);
  cJSON_free(s);
  return rc;
}

/* ---- construction ---- */

static const char *const kinds[] = {"call_note", "email", "review", "survey",
                                    "other", NULL};

static bool valid_kind(const char *k) {
  for (size_t i = 0; kinds[i]; i++)
    if (strcmp(k, kinds[i]) == 0)
      return true;
  return false;
}

int voc_ingest_new(voc_ingest **out, voc_cli *cli, const voc_ingest_opts *opts,
                   FILE *out_stream, voc_error *err) {
  *out = NULL;
  if (opts->kind && !valid_kind(opts->kind))
    return voc_error_set(err, VOC_EINVAL,
                         "unknown kind '%s' (call_note, email, review, "
                         "survey, other)",
                         opts->kind);
  voc_ingest *ing = calloc(1, sizeof *ing);
  if (!ing)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  ing->cli = cli;
  ing->out = out_stream;
  ing->opts = *opts;
  ing->cur_fmt = opts->format; /* until an input says otherwise */
  voc_buf_init(&ing->val, VOC_INGEST_ITEM_MAX);
  voc_buf_init(&ing->text, 2 * VOC_INGEST_ITEM_MAX);
  voc_buf_init(&ing->tmp, 4 * VOC_INGEST_ITEM_MAX);
  voc_buf_init(&ing->part, 2 * VOC_INGEST_ITEM_MAX);
  voc_buf_init(&ing->line, 0);
  /* --vendor "Ann Lee, Bob": trimmed, comma separated */
  for (const char *p = opts->vendor; p && *p;) {
    const char *e = strchr(p, ',');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    const char *s = p;
    while (n && isspace((unsigned char)*s)) {
      s++;
      n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
      n--;
    if (n) {
      char **nv = realloc(ing->vendors, (ing->nvendors + 1) * sizeof *nv);
      char *d = dupn(s, n);
      if (!nv || !d) {
        free(d);
        if (nv)
          ing->vendors = nv;
        voc_ingest_free(ing);
        return voc_error_set(err, VOC_ENOMEM, "out of memory");
      }
      ing->vendors = nv;
      ing->vendors[ing->nvendors++] = d;
    }
    p = e ? e + 1 : p + strlen(p);
  }
  *out = ing;
  return 0;
}

void voc_ingest_free(voc_ingest *ing) {
  if (!ing)
    return;
  for (size_t i = 0; i < ing->nmaps; i++) {
    for (size_t j = 0; j < ing->maps[i].nsrcs; j++)
      free(ing->maps[i].srcs[j]);
    free(ing->maps[i].srcs);
    free(ing->maps[i].field);
  }
  free(ing->maps);
  for (size_t i = 0; i < ing->nsets; i++) {
    free(ing->sets[i].field);
    free(ing->sets[i].value);
  }
  free(ing->sets);
  free(ing->srcs);
  for (size_t i = 0; i < ing->nvendors; i++)
    free(ing->vendors[i]);
  free(ing->vendors);
  free(ing->seen);
  voc_buf_dispose(&ing->val);
  voc_buf_dispose(&ing->text);
  voc_buf_dispose(&ing->tmp);
  voc_buf_dispose(&ing->part);
  voc_buf_dispose(&ing->line);
  free(ing);
}

voc_cli *voc_ingest_cli(voc_ingest *ing) { return ing->cli; }
unsigned long long voc_ingest_redacted(const voc_ingest *ing) {
  return ing->nredacted;
}

unsigned long long voc_ingest_duplicates(const voc_ingest *ing) {
  return ing->ndup;
}
bool voc_ingest_keep_vendor(const voc_ingest *ing) {
  return ing->opts.keep_vendor;
}

size_t voc_ingest_map_sources(const voc_ingest *ing, const char *const **srcs) {
  *srcs = ing->srcs;
  return ing->nsrcs;
}

/* FIELD=... : field names are letters, digits, '_', '-', '.' */
static int split_spec(const char *spec, const char *what, char **field,
                      const char **rest, voc_error *err) {
  const char *eq = strchr(spec, '=');
  size_t n = eq ? (size_t)(eq - spec) : 0;
  if (!eq || n == 0)
    return voc_error_set(err, VOC_EINVAL, "%s '%s': expected FIELD=%s", what,
                         spec, strcmp(what, "--map") == 0 ? "SRC" : "VALUE");
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)spec[i]) && spec[i] != '_' && spec[i] != '-')
      return voc_error_set(err, VOC_EINVAL,
                           "%s '%s': field name may only hold letters, "
                           "digits, '_' and '-'",
                           what, spec);
  if (!(*field = dupn(spec, n)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  *rest = eq + 1;
  return 0;
}

int voc_ingest_map(voc_ingest *ing, const char *spec, voc_error *err) {
  char *field = NULL;
  const char *rest;
  int rc = split_spec(spec, "--map", &field, &rest, err);
  if (rc < 0)
    return rc;
  if (strcmp(field, "kind") == 0 || strcmp(field, "source") == 0) {
    /* allowed: a column may carry them */
  }
  mapping m = {field, NULL, 0};
  /* sources are comma separated; XPaths with commas inside brackets or
   * parentheses stay whole */
  const char *p = rest;
  while (*p) {
    int depth = 0;
    const char *e = p;
    for (; *e && !(*e == ',' && depth == 0); e++) {
      if (*e == '[' || *e == '(')
        depth++;
      else if ((*e == ']' || *e == ')') && depth > 0)
        depth--;
    }
    size_t n = (size_t)(e - p);
    while (n && isspace((unsigned char)*p)) {
      p++;
      n--;
    }
    while (n && isspace((unsigned char)p[n - 1]))
      n--;
    if (n) {
      char **ns = realloc(m.srcs, (m.nsrcs + 1) * sizeof *ns);
      char *d = dupn(p, n);
      if (!ns || !d) {
        free(d);
        if (ns)
          m.srcs = ns;
        rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
        goto fail;
      }
      m.srcs = ns;
      m.srcs[m.nsrcs++] = d;
    }
    p = *e ? e + 1 : e;
  }
  if (m.nsrcs == 0) {
    rc = voc_error_set(err, VOC_EINVAL, "--map '%s': no source named", spec);
    goto fail;
  }
  mapping *nm = realloc(ing->maps, (ing->nmaps + 1) * sizeof *nm);
  if (!nm) {
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
    goto fail;
  }
  ing->maps = nm;
  ing->maps[ing->nmaps++] = m;
  /* distinct source list for XML readers (pointers stay valid: the
   * strings are owned by the mapping, not moved by realloc of maps) */
  for (size_t i = 0; i < m.nsrcs; i++) {
    bool dup = false;
    for (size_t j = 0; j < ing->nsrcs && !dup; j++)
      dup = strcmp(ing->srcs[j], m.srcs[i]) == 0;
    if (dup)
      continue;
    const char **ns = realloc(ing->srcs, (ing->nsrcs + 1) * sizeof *ns);
    if (!ns)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    ing->srcs = ns;
    ing->srcs[ing->nsrcs++] = m.srcs[i];
  }
  return 0;
fail:
  for (size_t j = 0; j < m.nsrcs; j++)
    free(m.srcs[j]);
  free(m.srcs);
  free(field);
  return rc;
}

int voc_ingest_set(voc_ingest *ing, const char *spec, voc_error *err) {
  char *field = NULL;
  const char *rest;
  int rc = split_spec(spec, "--set", &field, &rest, err);
  if (rc < 0)
    return rc;
  if (strcmp(field, "kind") == 0 && !valid_kind(rest)) {
    free(field);
    return voc_error_set(err, VOC_EINVAL,
                         "--set kind=%s: unknown kind (call_note, email, "
                         "review, survey, other)",
                         rest);
  }
  char *value = strdup(rest);
  setting *ns = value ? realloc(ing->sets, (ing->nsets + 1) * sizeof *ns)
                      : NULL;
  if (!ns) {
    free(value);
    free(field);
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  }
  ing->sets = ns;
  ing->sets[ing->nsets].field = field;
  ing->sets[ing->nsets++].value = value;
  return 0;
}

/* ---- speakers ---- */

static bool ci_contains(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  if (n == 0)
    return false;
  for (const char *p = hay; *p; p++)
    if (strncasecmp(p, needle, n) == 0)
      return true;
  return false;
}

bool voc_ingest_is_vendor(const voc_ingest *ing, const char *speaker) {
  for (size_t i = 0; i < ing->nvendors; i++) {
    size_t n = strlen(ing->vendors[i]);
    /* "Ann Lee" matches "Ann Lee" and "Ann Lee (Acme)" */
    if (strncasecmp(speaker, ing->vendors[i], n) == 0 &&
        (speaker[n] == '\0' || speaker[n] == ' ' || speaker[n] == '(' ||
         speaker[n] == '<'))
      return true;
  }
  const char *d = ing->opts.vendor_domain;
  if (d && *d) {
    if (*d == '@')
      d++;
    /* "ann@example.com", "Ann Lee <ann@sales.example.com>", "Ann
     * (example.com)" */
    size_t dn = strlen(d);
    for (const char *p = speaker; *p; p++) {
      if (strncasecmp(p, d, dn) == 0 &&
          (p == speaker || p[-1] == '@' || p[-1] == '.' || p[-1] == '(' ||
           p[-1] == ' ') &&
          !isalnum((unsigned char)p[dn]) && p[dn] != '-' &&
          !(p[dn] == '.' && isalnum((unsigned char)p[dn + 1])))
        return true;
    }
    (void)ci_contains;
  }
  return false;
}

/* ---- formats ---- */

static const struct {
  const char *name;
  voc_format fmt;
} format_names[] = {{"csv", VOC_FMT_CSV},       {"tsv", VOC_FMT_TSV},
                    {"mbox", VOC_FMT_MBOX},     {"eml", VOC_FMT_EML},
                    {"maildir", VOC_FMT_MAILDIR}, {"json", VOC_FMT_JSON},
                    {"jsonl", VOC_FMT_JSONL},   {"xml", VOC_FMT_XML},
                    {"vtt", VOC_FMT_VTT},       {"transcript", VOC_FMT_TRANSCRIPT},
                    {"text", VOC_FMT_TEXT}};

voc_format voc_ingest_format_parse(const char *name) {
  for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
    if (strcasecmp(name, format_names[i].name) == 0)
      return format_names[i].fmt;
  if (strcasecmp(name, "ndjson") == 0)
    return VOC_FMT_JSONL;
  if (strcasecmp(name, "webvtt") == 0)
    return VOC_FMT_VTT;
  return VOC_FMT_AUTO;
}

const char *voc_ingest_format_name(voc_format fmt) {
  for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
    if (format_names[i].fmt == fmt)
      return format_names[i].name;
  return "auto";
}

static const char *default_kind(voc_format fmt) {
  switch (fmt) {
  case VOC_FMT_MBOX:
  case VOC_FMT_EML:
  case VOC_FMT_MAILDIR:
    return "email";
  case VOC_FMT_JSON:
  case VOC_FMT_JSONL:
  case VOC_FMT_XML:
    return "review";
  case VOC_FMT_TEXT:
    return "other";
  default:
    return "call_note";
  }
}

static bool has_suffix(const char *name, const char *suf) {
  size_t n = strlen(name), m = strlen(suf);
  return n >= m && strcasecmp(name + n - m, suf) == 0;
}

/* "Name: value" header lines up to a blank line, with a From/Date/
 * Message-ID/Subject/Received among them: an RFC 5322 message. */
static bool looks_like_email(const char *h, size_t n) {
  size_t i = 0, lines = 0;
  bool known = false;
  while (i < n) {
    size_t e = i;
    while (e < n && h[e] != '\n')
      e++;
    size_t len = e - i;
    if (len == 0 || (len == 1 && h[i] == '\r'))
      return lines > 0 && known;
    if (h[i] == ' ' || h[i] == '\t') {
      if (lines == 0)
        return false;
    } else {
      size_t k = i;
      while (k < e && h[k] != ':' && h[k] > ' ' && h[k] < 127)
        k++;
      if (k == i || k >= e || h[k] != ':')
        return false;
      static const char *const known_hdrs[] = {
          "from:", "date:", "message-id:", "subject:", "received:",
          "return-path:", "mime-version:", "to:", NULL};
      for (size_t z = 0; known_hdrs[z]; z++)
        if (strncasecmp(h + i, known_hdrs[z], strlen(known_hdrs[z])) == 0)
          known = true;
      lines++;
    }
    if (e >= n)
      break;
    i = e + 1;
  }
  return lines >= 2 && known && i >= n; /* head ended inside the headers */
}

/* Most lines "Name: text" with a short name: a plain transcript. */
static bool looks_like_transcript(const char *h, size_t n) {
  size_t i = 0, lines = 0, hits = 0;
  while (i < n && lines < 20) {
    size_t e = i;
    while (e < n && h[e] != '\n')
      e++;
    if (e > i + 1) {
      lines++;
      size_t k = i;
      if (h[k] == '[') /* [00:01:02] Ann: */
        while (k < e && h[k] != ']')
          k++;
      while (k < e && (h[k] == ']' || h[k] == ' '))
        k++;
      size_t s = k;
      while (k < e && k - s < 40 && h[k] != ':' &&
             (isalnum((unsigned char)h[k]) || h[k] == ' ' || h[k] == '.' ||
              h[k] == '-' || h[k] == '\'' || (unsigned char)h[k] >= 0x80))
        k++;
      if (k > s && k < e && h[k] == ':' && k + 1 < e && h[k + 1] == ' ')
        hits++;
    }
    if (e >= n)
      break;
    i = e + 1;
  }
  return lines >= 2 && hits * 10 >= lines * 7;
}

voc_format voc_ingest_detect(const char *name, const char *head, size_t n) {
  if (name) {
    static const struct {
      const char *suf;
      voc_format fmt;
    } sufs[] = {{".csv", VOC_FMT_CSV},     {".tsv", VOC_FMT_TSV},
                {".tab", VOC_FMT_TSV},     {".mbox", VOC_FMT_MBOX},
                {".mbx", VOC_FMT_MBOX},    {".eml", VOC_FMT_EML},
                {".jsonl", VOC_FMT_JSONL}, {".ndjson", VOC_FMT_JSONL},
                {".xml", VOC_FMT_XML},     {".rss", VOC_FMT_XML},
                {".atom", VOC_FMT_XML},    {".vtt", VOC_FMT_VTT}};
    for (size_t i = 0; i < sizeof sufs / sizeof sufs[0]; i++)
      if (has_suffix(name, sufs[i].suf))
        return sufs[i].fmt;
  }
  size_t i = 0;
  if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  const char *h = head + i;
  size_t hn = n - i;
  if (hn >= 6 && memcmp(h, "WEBVTT", 6) == 0)
    return VOC_FMT_VTT;
  if (hn >= 5 && memcmp(h, "From ", 5) == 0)
    return VOC_FMT_MBOX;
  size_t k = 0;
  while (k < hn && isspace((unsigned char)h[k]))
    k++;
  if (k < hn && h[k] == '[')
    return VOC_FMT_JSON;
  if (k < hn && h[k] == '<')
    return VOC_FMT_XML;
  if (k < hn && h[k] == '{') {
    /* one object per line, or one (pretty-printed) document? */
    if (name && has_suffix(name, ".json")) {
      const char *nl = memchr(h + k, '\n', hn - k);
      /* a JSON Lines file's first line ends with '}' */
      size_t e = nl ? (size_t)(nl - h) : hn;
      while (e > k && isspace((unsigned char)h[e - 1]))
        e--;
      return e > k && h[e - 1] == '}' && nl ? VOC_FMT_JSONL : VOC_FMT_JSON;
    }
    const char *nl = memchr(h + k, '\n', hn - k);
    size_t e = nl ? (size_t)(nl - h) : hn;
    while (e > k && isspace((unsigned char)h[e - 1]))
      e--;
    return e > k && h[e - 1] == '}' ? VOC_FMT_JSONL : VOC_FMT_JSON;
  }
  if (name && has_suffix(name, ".json"))
    return VOC_FMT_JSON;
  if (looks_like_email(h, hn))
    return VOC_FMT_EML;
  if (name && has_suffix(name, ".txt")) {
    /* Excel's "Unicode text" export: tab-separated with a header line */
    size_t t1 = 0, t2 = 0, k2 = 0;
    while (k2 < hn && h[k2] != '\n')
      t1 += h[k2++] == '\t';
    for (k2++; k2 < hn && h[k2] != '\n'; k2++)
      t2 += h[k2] == '\t';
    if (t1 >= 1 && t1 == t2 && k2 <= hn)
      return VOC_FMT_TSV;
    return looks_like_transcript(h, hn) ? VOC_FMT_TRANSCRIPT : VOC_FMT_TEXT;
  }
  if (looks_like_transcript(h, hn))
    return VOC_FMT_TRANSCRIPT;
  /* a header line with separators and no sentence punctuation: CSV */
  const char *nl = memchr(h, '\n', hn);
  size_t e = nl ? (size_t)(nl - h) : hn;
  size_t seps = 0, tabs = 0, dots = 0;
  for (size_t z = 0; z < e; z++) {
    if (h[z] == ',' || h[z] == ';')
      seps++;
    else if (h[z] == '\t')
      tabs++;
    else if (h[z] == '.' || h[z] == '!' || h[z] == '?')
      dots++;
  }
  if (tabs >= 1 && nl)
    return VOC_FMT_TSV;
  if (seps >= 1 && dots == 0 && nl)
    return VOC_FMT_CSV;
  return VOC_FMT_TEXT;
}

const char *voc_ingest_display_name(const char *path) {
  return !path || strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* The record's "source": the input's file name without folders. */
static const char *source_label(const char *path) {
  if (!path || strcmp(path, "-") == 0 || strcmp(path, "<stdin>") == 0)
    return "stdin";
  const char *s = strrchr(path, '/');
  return s && s[1] ? s + 1 : path;
}

const char *voc_ingest_help_epilog(void) {
  return "Formats (--format; detected from the name and content when "
         "omitted):\n"
         "  csv, tsv      CRM exports; header row; ',' ';' or tab detected; "
         "kind call_note\n"
         "  mbox, eml, maildir   email; kind email\n"
         "  json, jsonl   arrays / JSON Lines of objects; kind review\n"
         "  xml           RSS, Atom or generic XML (--map FIELD=XPATH); kind "
         "review\n"
         "  vtt, transcript   WebVTT or 'Speaker: text' calls; kind "
         "call_note\n"
         "  text          the whole input is one record; kind other\n"
         "\n"
         "Built-in aliases (first source key present wins; case, ' ', '-' "
         "and '_'\nignored):\n"
         "  id        id, note_id, review_id, message-id, activity_id, "
         "record_id,\n"
         "            feedback_id, response_id, ticket_id, guid\n"
         "  text      text, note, notes, body, comments, comment, "
         "description, content,\n"
         "            review, message, review_text, feedback\n"
         "  date      date, created_at, submitted_at, timestamp, created, "
         "created_date,\n"
         "            activity_date, call_date, date_created, review_date, "
         "updated_at,\n"
         "            published, pubdate, updated\n"
         "  title     contact_title, job_title, reviewer_title, "
         "x-contact-title, title\n"
         "            (the contact's JOB title; when one of the first four "
         "is present,\n"
         "            a plain 'title' is a review headline and becomes the "
         "first\n"
         "            paragraph of text, as do 'headline' and "
         "'review_title')\n"
         "  campaign  campaign, x-campaign, utm_campaign, campaign_name\n"
         "  account   account, company, account_name\n"
         "  author    author, contact_name, from, reviewer, name, "
         "reviewer_name,\n            creator (RSS dc:creator)\n"
         "  rating    rating, stars, score\n"
         "  persona   persona, x-persona\n"
         "\n"
         "Records: id, kind, source, date, campaign, title, [account, "
         "author, rating,\npersona,] text, then --map/--set extra fields. "
         "Without a source id, id is\nthe 64-bit FNV-1a hash of source and "
         "text in 16 hex digits.\n";
}

/* ---- emitting records ---- */

static const mapping *find_map(const voc_ingest *ing, const char *field) {
  for (size_t i = ing->nmaps; i-- > 0;)
    if (strcmp(ing->maps[i].field, field) == 0)
      return &ing->maps[i];
  return NULL;
}

static const setting *find_set(const voc_ingest *ing, const char *field) {
  for (size_t i = ing->nsets; i-- > 0;)
    if (strcmp(ing->sets[i].field, field) == 0)
      return &ing->sets[i];
  return NULL;
}

/* A --map source in an item: exact key, case-insensitive key, dotted
 * path (JSON), or normalised key (CSV headers with blanks). */
static const cJSON *lookup_src(layout *lay, const cJSON *item,
                              const char *src) {
  bool hit;
  const cJSON *v = layout_get(lay, src, &hit);
  if (hit)
    return v;
  if ((v = voc_json_in_lookup(item, src)) != NULL && child_pos(item, v) >= 0)
    return layout_put(lay, item, src, v);
  if (v) /* a dotted path into a nested value: not a position */
    return v;
  for (const cJSON *c = item->child; c; c = c->next)
    if (c->string && key_eq(c->string, src))
      return layout_put(lay, item, src, c);
  return layout_put(lay, item, src, NULL);
}

/* Join a mapping's sources into b with blank lines; *found tells whether
 * any source key was present. */
static int join_map(layout *lay, voc_buf *b, const mapping *m,
                    const cJSON *item, bool *found) {
  int rc = 0;
  *found = false;
  for (size_t i = 0; i < m->nsrcs && rc == 0; i++) {
    const cJSON *v = lookup_src(lay, item, m->srcs[i]);
    if (!v)
      continue;
    *found = true;
    size_t before = b->len;
    if (before && (rc = voc_buf_puts(b, "\n\n")) < 0)
      break;
    size_t mark = b->len;
    rc = put_value(b, v);
    if (rc == 0 && blank(b->data + mark, b->len - mark))
      voc_buf_truncate(b, before); /* an empty source adds no paragraph */
  }
  return rc;
}

/* Repair b's bytes into ing->tmp and swap; counts replacements. */
static int repair(voc_ingest *ing, voc_buf *b) {
  if (!b->data || voc_utf8_valid(b->data, b->len))
    return 0;
  voc_buf_clear(&ing->tmp);
  long n = voc_utf8_repair(&ing->tmp, b->data, b->len);
  if (n < 0)
    return (int)n;
  ing->cli->nrepaired += (unsigned long long)n;
  voc_buf t = *b;
  *b = ing->tmp;
  ing->tmp = t;
  return 0;
}

/* Trim blanks and turn CRLF / CR into LF; NUL bytes (possible from JSON
 * "\u0000") become U+FFFD so the text stays a C string. */
static int tidy(voc_ingest *ing, voc_buf *b, bool multiline) {
  voc_buf_clear(&ing->tmp);
  int rc = 0;
  size_t s = 0, e = b->len;
  while (s < e && isspace((unsigned char)b->data[s]))
    s++;
  while (e > s && isspace((unsigned char)b->data[e - 1]))
    e--;
  for (size_t i = s; i < e && rc == 0; i++) {
    size_t j = i;
    while (j < e && b->data[j] != '\r' && b->data[j] != '\0' &&
           (multiline || (b->data[j] != '\n' && b->data[j] != '\t')))
      j++;
    if (j > i) { /* a run of plain bytes */
      rc = voc_buf_put(&ing->tmp, b->data + i, j - i);
      i = j - 1;
      continue;
    }
    char c = b->data[i];
    if (c == '\r') {
      if (i + 1 < e && b->data[i + 1] == '\n')
        continue;
      c = '\n';
    }
    if (c == '\0')
      rc = voc_buf_puts(&ing->tmp, "\xEF\xBF\xBD");
    else if (!multiline && (c == '\n' || c == '\t'))
      rc = voc_buf_putc(&ing->tmp, ' ');
    else
      rc = voc_buf_putc(&ing->tmp, c);
  }
  if (rc == 0 && !ing->tmp.data)
    rc = voc_buf_puts(&ing->tmp, "");
  voc_buf t = *b;
  *b = ing->tmp;
  ing->tmp = t;
  return rc;
}

/* An HTML document or fragment? Looks for a known tag or an entity. */
static bool looks_html(const char *s, size_t n) {
  static const char *const tags[] = {
      "p",  "br",   "div",    "span", "html", "body",  "b",   "i",
      "em", "strong", "ul",   "ol",   "li",   "table", "tr",  "td",
      "a",  "h1",   "h2",     "h3",   "h4",   "blockquote", "font",
      "img", "head", "meta",  "style", "script", "!doctype", "hr", "u",
      NULL};
  for (size_t i = 0; i + 2 < n; i++) {
    if (s[i] != '<')
      continue;
    size_t k = i + 1;
    if (s[k] == '/')
      k++;
    size_t st = k;
    while (k < n && (isalnum((unsigned char)s[k]) || s[k] == '!'))
      k++;
    if (k == st || k >= n)
      continue;
    if (s[k] != '>' && s[k] != ' ' && s[k] != '/' && s[k] != '\n' &&
        s[k] != '\t')
      continue;
    for (size_t t = 0; tags[t]; t++)
      if (strlen(tags[t]) == k - st && strncasecmp(s + st, tags[t], k - st) == 0)
        return true;
  }
  return false;
}

/* Append one paragraph of text (a headline, a body, one --map source):
 * repaired, HTML turned into text on its own (so a headline's markup does
 * not swallow the blank line after it), blank ones skipped. *is_html tells
 * whether the part was HTML. */
static int add_text_part(voc_ingest *ing, voc_buf *out, const cJSON *v,
                         bool email, bool *is_html, voc_error *err) {
  voc_buf_clear(&ing->part);
  int rc = put_value(&ing->part, v);
  if (rc < 0 || (rc = repair(ing, &ing->part)) < 0 || !ing->part.data)
    return rc;
  if (looks_html(ing->part.data, ing->part.len)) {
    voc_error herr;
    voc_error_clear(&herr);
    voc_buf_clear(&ing->tmp);
    rc = voc_html_to_text(ing->part.data, ing->part.len, email, &ing->tmp,
                          &herr);
    if (rc < 0)
      return voc_error_set(err, rc, "HTML: %s", herr.msg);
    voc_buf t = ing->part;
    ing->part = ing->tmp;
    ing->tmp = t;
    *is_html = true;
  }
  if (!ing->part.data || blank(ing->part.data, ing->part.len))
    return 0;
  if (out->len && (rc = voc_buf_puts(out, "\n\n")) < 0)
    return rc;
  return voc_buf_put(out, ing->part.data, ing->part.len);
}

/* Resolve one canonical scalar field (not text, title) into ing->val.
 * Returns 1 when a value is there, 0 when unknown. */
static int resolve(voc_ingest *ing, int f, const cJSON *item, int *rcp) {
  const char *name = field_names[f];
  voc_buf_clear(&ing->val);
  const setting *st = find_set(ing, name);
  if (st) {
    *rcp = voc_buf_puts(&ing->val, st->value);
    return 1;
  }
  const mapping *m = find_map(ing, name);
  if (m) {
    bool found;
    *rcp = join_map(&ing->lay, &ing->val, m, item, &found);
    return found;
  }
  if (!field_aliases[f])
    return 0;
  const cJSON *v = find_alias(&ing->lay, item, field_aliases[f]);
  if (!v)
    return 0;
  *rcp = put_value(&ing->val, v);
  return 1;
}

static bool is_canonical(const char *field) {
  for (int f = 0; f < F_COUNT; f++)
    if (strcmp(field, field_names[f]) == 0)
      return true;
  return strcmp(field, "turns") == 0;
}

static int set_or_null(voc_record *rec, const char *name, voc_buf *b,
                       bool present, bool always) {
  if (present && b->len > 0)
    return voc_record_set_strn(rec, name, b->data, b->len);
  if (always)
    return voc_record_set_str(rec, name, NULL);
  return 0;
}

/* 4, "4", "4.5", "4/5", "4 stars" -> number; other text stays a string. */
static int set_rating(voc_record *rec, const char *s) {
  char *end;
  errno = 0;
  double d = strtod(s, &end);
  if (end != s && errno == 0 && (*end == '\0' || *end == '/' || *end == ' '))
    return voc_record_set_number(rec, "rating", d);
  return voc_record_set_str(rec, "rating", s);
}

/* --dedupe key: every field but source (and the id when it is our hash
 * of source + text), so the same export read twice under two names, or
 * one note pasted into two files, is one record. */
static uint64_t content_hash(const voc_record *rec, bool id_hashed) {
  uint64_t h = VOC_FNV_OFFSET;
  for (const cJSON *c = rec->child; c; c = c->next) {
    if (strcmp(c->string, "source") == 0 ||
        (id_hashed && strcmp(c->string, "id") == 0))
      continue;
    h = voc_fnv1a(h, c->string, strlen(c->string) + 1);
    if (cJSON_IsString(c))
      h = voc_fnv1a(h, c->valuestring, strlen(c->valuestring) + 1);
    else if (cJSON_IsNumber(c))
      h = voc_fnv1a(h, &c->valuedouble, sizeof c->valuedouble);
    else if (cJSON_IsNull(c))
      h = voc_fnv1a(h, "\x01null", 6);
    else {
      char *js = cJSON_PrintUnformatted(c); /* turns: rare, small */
      if (js)
        h = voc_fnv1a(h, js, strlen(js));
      cJSON_free(js);
    }
  }
  return h;
}

static bool dedupe_seen(voc_ingest *ing, uint64_t h) {
  if (h == 0) {
    bool was = ing->seen_zero;
    ing->seen_zero = true;
    return was;
  }
  if (ing->seen_n * 2 >= ing->seen_cap) {
    size_t ncap = ing->seen_cap ? ing->seen_cap * 2 : 1024;
    uint64_t *ns = calloc(ncap, sizeof *ns);
    if (!ns)
      return false; /* out of memory: keep the record rather than lose it */
    for (size_t i = 0; i < ing->seen_cap; i++) {
      if (!ing->seen[i])
        continue;
      size_t j = (size_t)ing->seen[i] & (ncap - 1);
      while (ns[j])
        j = (j + 1) & (ncap - 1);
      ns[j] = ing->seen[i];
    }
    free(ing->seen);
    ing->seen = ns;
    ing->seen_cap = ncap;
  }
  size_t j = (size_t)h & (ing->seen_cap - 1);
  while (ing->seen[j]) {
    if (ing->seen[j] == h)
      return true;
    j = (j + 1) & (ing->seen_cap - 1);
  }
  ing->seen[j] = h;
  ing->seen_n++;
  return false;
}

int voc_ingest_reject(voc_ingest *ing, const char *source, long line,
                      const char *raw, size_t rawlen, const char *reason) {
  voc_error why;
  voc_error_clear(&why);
  voc_error_at(&why, voc_ingest_display_name(source), line, 0);
  voc_error_set(&why, VOC_EPARSE, "%s", reason);
  ing->cli->nread++;
  return voc_cli_reject(ing->cli, &why, raw ? raw : "", raw ? rawlen : 0);
}

static int reject_item(voc_ingest *ing, const cJSON *item, const char *source,
                       long line, const char *raw, size_t rawlen,
                       const char *reason) {
  if (raw)
    return voc_ingest_reject(ing, source, line, raw, rawlen, reason);
  char *s = cJSON_PrintUnformatted(item);
  int rc = voc_ingest_reject(ing, source, line, s ? s : "", s ? strlen(s) : 0,
                             reason);
  cJSON_free(s);
  return rc;
}

int voc_ingest_emit(voc_ingest *ing, const cJSON *item, const char *source,
                    long line, voc_error *err) {
  return voc_ingest_emit_raw(ing, item, source, line, NULL, 0, err);
}

int voc_ingest_emit_raw(voc_ingest *ing, const cJSON *item, const char *source,
                        long line, const char *raw, size_t rawlen,
                        voc_error *err) {
  voc_record *rec = voc_record_new();
  int rc = 0;
  char date[VOC_DATE_MAX];
  if (!rec)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  const char *kind = ing->opts.kind ? ing->opts.kind : default_kind(ing->cur_fmt);
  bool id_hashed = false; /* id is our hash of source + text */

  /* text first: its hash may be the id */
  bool text_mapped = find_map(ing, "text") || find_set(ing, "text");
  const mapping *title_map = find_map(ing, "title");
  bool jobkey = find_alias(&ing->lay, item, alias_jobtitle) != NULL;
  /* a plain "title" is a headline when a job-title key is there (or the
   * job title comes from elsewhere via --map/--set) */
  bool title_is_headline = jobkey || find_set(ing, "title");
  if (title_map) {
    title_is_headline = true;
    for (size_t i = 0; i < title_map->nsrcs; i++)
      if (key_eq(title_map->srcs[i], "title"))
        title_is_headline = false;
  }
  voc_buf_clear(&ing->text);
  const cJSON *text_item = NULL; /* the item value the text came from */
  bool email = strcmp(kind, "email") == 0, was_html = false;
  int nparts = 0;
  if (text_mapped) {
    const setting *st = find_set(ing, "text");
    const mapping *tm = find_map(ing, "text");
    if (st) {
      rc = voc_buf_puts(&ing->text, st->value);
    } else {
      for (size_t i = 0; i < tm->nsrcs && rc == 0; i++) {
        const cJSON *v = lookup_src(&ing->lay, item, tm->srcs[i]);
        if (v)
          rc = add_text_part(ing, &ing->text, v, email, &was_html, err);
      }
    }
  } else {
    const cJSON *head = find_alias(&ing->lay, item, alias_headline);
    if (!head && title_is_headline) {
      static const char *const t[] = {"title", NULL};
      head = find_alias(&ing->lay, item, t);
    }
    const cJSON *body = find_alias(&ing->lay, item, alias_text);
    if (head)
      rc = add_text_part(ing, &ing->text, head, email, &was_html, err);
    nparts = ing->text.len > 0;
    if (rc == 0 && body)
      rc = add_text_part(ing, &ing->text, body, email, &was_html, err);
    if (nparts == 0 && !was_html)
      text_item = body;
  }
  if (rc == VOC_ETOOBIG)
    goto toobig;
  if (rc < 0) {
    voc_record_free(rec);
    return rc;
  }
  if ((rc = repair(ing, &ing->text)) < 0)
    goto fail;
  /* The email readers' "body" is stripped already (and stripping is
   * idempotent): only text from elsewhere is stripped here. */
  bool reader_body = text_item && text_item->string &&
                     strcmp(text_item->string, "body") == 0 &&
                     (ing->cur_fmt == VOC_FMT_MBOX ||
                      ing->cur_fmt == VOC_FMT_EML ||
                      ing->cur_fmt == VOC_FMT_MAILDIR);
  if (strcmp(kind, "email") == 0 && ing->text.len && !reader_body) {
    voc_buf_clear(&ing->tmp);
    rc = voc_reply_strip(ing->text.data, ing->text.len, &ing->tmp);
    if (rc < 0)
      goto fail;
    voc_buf t = ing->text;
    ing->text = ing->tmp;
    ing->tmp = t;
  }
  if ((rc = tidy(ing, &ing->text, true)) < 0)
    goto fail;
  if (!ing->opts.keep_pii && ing->text.len) {
    /* Personal data never reaches the store or the evidence quotes. */
    voc_buf_clear(&ing->tmp);
    long n = voc_pii_redact(ing->text.data, ing->text.len, VOC_PII_ALL, &ing->tmp);
    if (n < 0) {
      rc = (int)n;
      goto fail;
    }
    if (n > 0) {
      voc_buf t = ing->text;
      ing->text = ing->tmp;
      ing->tmp = t;
      ing->nredacted += (unsigned long long)n;
    }
  }
  if (ing->text.len == 0) {
    voc_record_free(rec);
    return reject_item(ing, item, source, line, raw, rawlen,
                       cJSON_GetObjectItemCaseSensitive(item, "speakers")
                           ? "no customer words: every turn is the vendor's "
                             "(--keep-vendor keeps them)"
                       : strcmp(kind, "email") == 0
                           ? "no text: the message is empty once quoted "
                             "replies and signatures are removed"
                           : "no text: none of the text columns/keys is "
                             "present and non-empty (use --map text=SRC)");
  }

  for (int f = 0; f < F_COUNT && rc == 0; f++) {
    int got = 0;
    switch (f) {
    case F_KIND: {
      const setting *st = find_set(ing, "kind");
      rc = voc_record_set_str(rec, "kind", st ? st->value : kind);
      continue;
    }
    case F_SOURCE:
      if ((got = resolve(ing, f, item, &rc)) && rc == 0 && ing->val.len)
        rc = voc_record_set_strn(rec, "source", ing->val.data, ing->val.len);
      else if (rc == 0)
        rc = voc_record_set_str(rec, "source", source_label(source));
      continue;
    case F_TEXT:
      rc = voc_record_set_strn(rec, "text", ing->text.data, ing->text.len);
      /* transcript turns stay valid only when the text is unchanged */
      if (rc == 0 && text_item && cJSON_IsString(text_item) &&
          strcmp(text_item->valuestring, ing->text.data) == 0) {
        const cJSON *turns = cJSON_GetObjectItemCaseSensitive(item, "turns");
        if (cJSON_IsArray(turns)) {
          cJSON *cp = cJSON_Duplicate(turns, 1);
          rc = cp ? voc_record_set_item(rec, "turns", cp) : VOC_ENOMEM;
        }
      }
      continue;
    case F_TITLE: {
      voc_buf_clear(&ing->val);
      const setting *st = find_set(ing, "title");
      if (st) {
        got = 1;
        rc = voc_buf_puts(&ing->val, st->value);
      } else if (title_map) {
        bool found;
        rc = join_map(&ing->lay, &ing->val, title_map, item, &found);
        got = found;
      } else {
        const cJSON *v = find_alias(&ing->lay, item, alias_jobtitle);
        if (!v && !title_is_headline) {
          static const char *const t[] = {"title", NULL};
          v = find_alias(&ing->lay, item, t);
        }
        if (v) {
          got = 1;
          rc = put_value(&ing->val, v);
        }
      }
      break;
    }
    default:
      got = resolve(ing, f, item, &rc);
      break;
    }
    if (rc < 0)
      break;
    if (got) {
      if ((rc = repair(ing, &ing->val)) < 0 ||
          (rc = tidy(ing, &ing->val, false)) < 0)
        break;
    }
    if (f == F_ID) {
      if (got && ing->val.len >= 2 && ing->val.data[0] == '<' &&
          ing->val.data[ing->val.len - 1] == '>') {
        /* Message-ID "<abc@host>" -> "abc@host" */
        memmove(ing->val.data, ing->val.data + 1, ing->val.len - 2);
        voc_buf_truncate(&ing->val, ing->val.len - 2);
      }
      if (!got || ing->val.len == 0) {
        id_hashed = true;
        const char *src = source_label(source);
        const setting *ss = find_set(ing, "source");
        if (ss)
          src = ss->value;
        uint64_t h = voc_fnv1a(VOC_FNV_OFFSET, src, strlen(src) + 1);
        h = voc_fnv1a(h, ing->text.data, ing->text.len);
        voc_buf_clear(&ing->val);
        rc = voc_buf_printf(&ing->val, "%016llx", (unsigned long long)h);
        got = 1;
      }
    } else if (f == F_DATE && got && ing->val.len) {
      if (voc_date_parse(ing->val.data, ing->val.len, date) == 0) {
        voc_buf_clear(&ing->val);
        rc = voc_buf_puts(&ing->val, date);
      } else {
        voc_error w;
        voc_error_clear(&w);
        voc_error_at(&w, voc_ingest_display_name(source), line, 0);
        voc_error_set(&w, 0, "unrecognised date '%.60s', date left null",
                      ing->val.data);
        voc_cli_warn(ing->cli, &w);
        ing->nbaddate++;
        got = 0;
      }
    } else if (f == F_RATING && got && ing->val.len) {
      rc = set_rating(rec, ing->val.data);
      continue;
    }
    if (rc == 0)
      rc = set_or_null(rec, field_names[f], &ing->val, got, field_always[f]);
  }
  /* extra fields: --map first, then --set, each once */
  for (size_t i = 0; i < ing->nmaps && rc == 0; i++) {
    const mapping *m = &ing->maps[i];
    if (is_canonical(m->field) || voc_record_get(rec, m->field) ||
        find_set(ing, m->field) || find_map(ing, m->field) != m)
      continue;
    bool found;
    voc_buf_clear(&ing->val);
    if ((rc = join_map(&ing->lay, &ing->val, m, item, &found)) < 0 ||
        (rc = repair(ing, &ing->val)) < 0)
      break;
    rc = found ? voc_record_set_strn(rec, m->field, ing->val.data ? ing->val.data : "",
                                     ing->val.len)
               : voc_record_set_str(rec, m->field, NULL);
  }
  for (size_t i = 0; i < ing->nsets && rc == 0; i++) {
    const setting *st = &ing->sets[i];
    if (is_canonical(st->field) || find_set(ing, st->field) != st)
      continue;
    rc = voc_record_set_str(rec, st->field, st->value);
  }
  if (rc < 0)
    goto toobig;
  if ((rc = voc_record_format(rec, &ing->line)) < 0)
    goto fail;
  ing->cli->nread++;
  if (ing->opts.dedupe &&
      dedupe_seen(ing, content_hash(rec, id_hashed))) {
    ing->ndup++;
    voc_record_free(rec);
    return 0;
  }
  if (voc_buf_putc(&ing->line, '\n') < 0 ||
      fwrite(ing->line.data, 1, ing->line.len, ing->out) != ing->line.len) {
    voc_record_free(rec);
    if (err)
      err->sys_errno = errno;
    return voc_error_set(err, VOC_EIO, "write error: %s", strerror(errno));
  }
  ing->cli->nwritten++;
  voc_record_free(rec);
  return 0;
toobig:
  if (rc == VOC_ETOOBIG) {
    voc_record_free(rec);
    return reject_item(ing, item, source, line, raw, rawlen,
                       "item too large");
  }
fail:
  voc_record_free(rec);
  return voc_error_set(err, rc, "%s", voc_strerror(rc));
}

/* ---- CSV ---- */

static int ingest_csv(voc_ingest *ing, FILE *f, const char *name,
                      voc_format fmt, voc_error *err) {
  voc_csv *csv = NULL;
  cJSON *item = NULL;
  char **hdr = NULL;
  size_t nhdr = 0;
  int rc = voc_csv_new(&csv, f, fmt == VOC_FMT_TSV ? '\t' : 0, 0);
  const char *disp = voc_ingest_display_name(name);
  if (rc < 0)
    return voc_error_set(err, rc, "out of memory");
  voc_error e;
  voc_error_clear(&e);
  /* header row */
  rc = voc_csv_next(csv, &e);
  if (rc == 0) {
    voc_cli_msg(ing->cli, "%s: empty input: no header row, no records", disp);
    voc_cli_fail(ing->cli, VOC_EX_DATAERR);
    goto done;
  }
  if (rc < 0) {
    if (rc == VOC_EIO || rc == VOC_ENOMEM)
      goto io;
    size_t rl;
    const char *raw = voc_csv_raw(csv, &rl);
    char why[600];
    snprintf(why, sizeof why, "header row: %s", e.msg);
    rc = voc_ingest_reject(ing, name, e.line, raw, rl, why);
    voc_cli_fail(ing->cli, VOC_EX_DATAERR);
    goto done;
  }
  nhdr = voc_csv_nfields(csv);
  hdr = calloc(nhdr, sizeof *hdr);
  if (!hdr)
    goto nomem;
  for (size_t i = 0; i < nhdr; i++) {
    size_t n;
    const char *h = voc_csv_field(csv, i, &n);
    while (n && (*h == ' ' || *h == '\t')) {
      h++;
      n--;
    }
    while (n && (h[n - 1] == ' ' || h[n - 1] == '\t'))
      n--;
    char nm[32];
    if (n == 0) { /* unnamed column: column_N, 1-based */
      snprintf(nm, sizeof nm, "column_%zu", i + 1);
      h = nm;
      n = strlen(nm);
    }
    if (!(hdr[i] = dupn(h, n)))
      goto nomem;
  }
  /* One item for every row: its keys are the header's, in order, and each
   * row only replaces the values (no allocation per field unless a value
   * outgrows the previous one), so lookups resolve once per file. */
  if (!(item = cJSON_CreateObject()) ||
      !(ing->lay.row = calloc(nhdr ? nhdr : 1, sizeof *ing->lay.row)))
    goto nomem;
  for (size_t i = 0; i < nhdr; i++) {
    cJSON *s = cJSON_CreateString("");
    if (!s)
      goto nomem;
    cJSON_AddItemToObject(item, hdr[i], s);
    ing->lay.row[i] = s;
  }
  ing->lay.ncols = nhdr;
  ing->lay.nslots = 0;
  for (;;) {
    voc_error_clear(&e);
    rc = voc_csv_next(csv, &e);
    if (rc == 0)
      break;
    voc_cli_tick(ing->cli, voc_csv_bytes(csv));
    size_t rl;
    const char *raw = voc_csv_raw(csv, &rl);
    if (rc == VOC_EIO || rc == VOC_ENOMEM)
      goto io;
    if (rc < 0) {
      if ((rc = voc_ingest_reject(ing, name, e.line, raw, rl, e.msg)) < 0)
        goto done;
      continue;
    }
    size_t nf = voc_csv_nfields(csv);
    if (nf != nhdr) {
      char why[128];
      snprintf(why, sizeof why, "row has %zu field%s, the header has %zu", nf,
               nf == 1 ? "" : "s", nhdr);
      if ((rc = voc_ingest_reject(ing, name, voc_csv_line(csv), raw, rl, why)) <
          0)
        goto done;
      continue;
    }
    for (size_t i = 0; i < nf; i++)
      if (!cJSON_SetValuestring(ing->lay.row[i],
                                voc_csv_field(csv, i, NULL)))
        goto nomem;
    rc = voc_ingest_emit_raw(ing, item, name, voc_csv_line(csv), raw, rl, err);
    if (rc < 0)
      goto done;
  }
  ing->cli->nrepaired += voc_csv_nuls(csv);
  rc = 0;
  goto done;
io: /* a read error or out of memory: the run stops */
  voc_error_at(err, disp, 0, 0);
  rc = voc_error_set(err, rc == VOC_ENOMEM ? VOC_ENOMEM : VOC_EIO, "%s", e.msg);
  goto done;
nomem:
  rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
done:
  cJSON_Delete(item);
  free(ing->lay.row);
  ing->lay.row = NULL;
  ing->lay.ncols = 0;
  for (size_t i = 0; i < nhdr && hdr; i++)
    free(hdr[i]);
  free(hdr);
  voc_csv_free(csv);
  return rc;
}

/* ---- text: the whole input is one record ---- */

static int ingest_text(voc_ingest *ing, FILE *f, const char *name,
                       voc_error *err) {
  voc_buf b = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX);
  voc_error e;
  voc_error_clear(&e);
  int rc = voc_buf_slurp(&b, f, &e);
  const char *disp = voc_ingest_display_name(name);
  if (rc == VOC_ETOOBIG) {
    /* drain so that a pipe writer is not left blocked */
    char tmp[65536];
    while (fread(tmp, 1, sizeof tmp, f) > 0)
      ;
    char why[128];
    snprintf(why, sizeof why, "text larger than %zu MiB, not ingested",
             VOC_INGEST_ITEM_MAX >> 20);
    rc = voc_ingest_reject(ing, name, 1, b.data, b.len > 4096 ? 4096 : b.len,
                           why);
    goto done;
  }
  if (rc < 0) {
    voc_error_at(err, disp, 0, 0);
    rc = voc_error_set(err, rc, "%s", e.msg);
    goto done;
  }
  if (b.len == 0) { /* an empty pipe (files are checked before) */
    voc_cli_msg(ing->cli, "%s: empty input, no records", disp);
    voc_cli_fail(ing->cli, VOC_EX_DATAERR);
    rc = 0;
    goto done;
  }
  cJSON *item = cJSON_CreateObject();
  cJSON *s = item ? cJSON_CreateString("") : NULL;
  if (!s) {
    cJSON_Delete(item);
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
    goto done;
  }
  /* cJSON strings stop at NUL: NUL bytes become U+FFFD first */
  if (b.data && memchr(b.data, '\0', b.len)) {
    voc_buf t = VOC_BUF_INIT(0);
    for (size_t i = 0; i < b.len && rc == 0; i++)
      rc = b.data[i] ? voc_buf_putc(&t, b.data[i])
                     : voc_buf_puts(&t, "\xEF\xBF\xBD");
    voc_buf_dispose(&b);
    b = t;
  }
  free(s->valuestring);
  size_t tlen = b.len;
  s->valuestring = voc_buf_detach(&b, NULL);
  if (s->valuestring)
    s->valuestring[tlen] = '\0'; /* detach keeps the NUL; be explicit */
  if (!s->valuestring) {
    cJSON_Delete(s);
    cJSON_Delete(item);
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
    goto done;
  }
  cJSON_AddItemToObject(item, "text", s);
  rc = voc_ingest_emit_raw(ing, item, name, 1, s->valuestring, tlen, err);
  cJSON_Delete(item);
done:
  voc_buf_dispose(&b);
  return rc;
}

/* ---- dispatch ---- */

static int run_format(voc_ingest *ing, FILE *f, const char *name,
                      voc_format fmt, voc_error *err) {
  ing->cur_fmt = fmt;
  switch (fmt) {
  case VOC_FMT_CSV:
  case VOC_FMT_TSV:
    return ingest_csv(ing, f, name, fmt, err);
  case VOC_FMT_MBOX:
  case VOC_FMT_EML:
  case VOC_FMT_MAILDIR:
    return voc_email_read(ing, f, voc_ingest_display_name(name), fmt, err);
  case VOC_FMT_JSON:
  case VOC_FMT_JSONL:
    return voc_json_in_read(ing, f, name, fmt, err);
  case VOC_FMT_XML:
    return voc_xml_read(ing, f, name, err);
  case VOC_FMT_VTT:
  case VOC_FMT_TRANSCRIPT:
    return voc_transcript_read(ing, f, name, fmt, err);
  case VOC_FMT_TEXT:
  default:
    return ingest_text(ing, f, name, err);
  }
}

/* Excel's "Unicode text" and some CRM exports are UTF-16 with a BOM:
 * convert them to UTF-8 in a temporary file (streaming, bounded memory).
 * Unpaired surrogates become U+FFFD and are counted. NULL on failure. */
static FILE *utf16_to_utf8(voc_ingest *ing, FILE *in) {
  iconv_t cd = iconv_open("UTF-8", "UTF-16");
  if (cd == (iconv_t)-1)
    return NULL;
  FILE *out = tmpfile();
  char ibuf[32768], obuf[2 * 32768 + 16];
  size_t ileft = 0;
  bool ok = out != NULL;
  while (ok) {
    size_t n = fread(ibuf + ileft, 1, sizeof ibuf - ileft, in);
    ileft += n;
    if (ileft == 0)
      break;
    char *ip = ibuf, *op = obuf;
    size_t oleft = sizeof obuf;
    size_t r = iconv(cd, &ip, &ileft, &op, &oleft);
    if (r == (size_t)-1 && (errno == EILSEQ || (errno == EINVAL && n == 0))) {
      /* a bad or truncated code unit: U+FFFD and skip it */
      memcpy(op, "\xEF\xBF\xBD", 3);
      op += 3;
      size_t skip = ileft < 2 ? ileft : 2;
      ip += skip;
      ileft -= skip;
      ing->cli->nrepaired++;
    }
    if (fwrite(obuf, 1, (size_t)(op - obuf), out) != (size_t)(op - obuf))
      ok = false;
    memmove(ibuf, ip, ileft);
    if (n == 0 && ileft == 0)
      break;
  }
  iconv_close(cd);
  if (!ok || ferror(in)) {
    if (out)
      fclose(out);
    return NULL;
  }
  rewind(out);
  return out;
}

int voc_ingest_file(voc_ingest *ing, const char *path, voc_format fmt,
                    voc_error *err) {
  struct stat st;
  const char *disp = voc_ingest_display_name(path);
  if (fmt == VOC_FMT_AUTO)
    fmt = ing->opts.format;
  if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (fmt != VOC_FMT_AUTO && fmt != VOC_FMT_MAILDIR) {
      voc_cli_msg(ing->cli, "%s: is a directory (only --format maildir reads "
                            "folders)", disp);
      voc_cli_fail(ing->cli, VOC_EX_NOINPUT);
      return 0;
    }
    ing->cur_fmt = VOC_FMT_MAILDIR;
    int rc = voc_email_read(ing, NULL, path, VOC_FMT_MAILDIR, err);
    if (rc < 0 && rc != VOC_EIO && rc != VOC_ENOMEM) {
      voc_cli_warn(ing->cli, err);
      voc_cli_fail(ing->cli, voc_error_exit_code(rc));
      rc = 0;
    }
    return rc;
  }
  FILE *f = voc_cli_open(ing->cli, path);
  if (!f)
    return 0;
  FILE *spool = NULL;
  int rc = 0;
  /* Peek at the head: for detection, and to refuse empty and binary
   * inputs with a clear message. A pipe is spooled to a temporary file
   * (disk, not memory) when its format must be detected. */
  char head[4096];
  size_t n = 0;
  long pos = ftell(f);
  bool seekable = pos >= 0 && fseek(f, pos, SEEK_SET) == 0;
  if (!seekable && fmt == VOC_FMT_AUTO) {
    if (!(spool = tmpfile())) {
      voc_cli_msg(ing->cli, "%s: cannot make a temporary file to detect the "
                            "format: %s (use --format)", disp, strerror(errno));
      voc_cli_fail(ing->cli, VOC_EX_IOERR);
      goto done;
    }
    char buf[65536];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0)
      if (fwrite(buf, 1, k, spool) != k) {
        voc_cli_msg(ing->cli, "%s: temporary file: %s", disp, strerror(errno));
        voc_cli_fail(ing->cli, VOC_EX_IOERR);
        goto done;
      }
    rewind(spool);
    seekable = true;
    pos = 0;
  }
  FILE *in = spool ? spool : f;
  if (seekable) {
    n = fread(head, 1, sizeof head, in);
    if (fseek(in, pos, SEEK_SET) != 0) {
      voc_cli_msg(ing->cli, "%s: cannot rewind: %s", disp, strerror(errno));
      voc_cli_fail(ing->cli, VOC_EX_IOERR);
      goto done;
    }
    if (n == 0 && fmt != VOC_FMT_MAILDIR) {
      voc_cli_msg(ing->cli, "%s: empty input, no records", disp);
      voc_cli_fail(ing->cli, VOC_EX_DATAERR);
      goto done;
    }
    if (n >= 2 && (((unsigned char)head[0] == 0xFF &&
                    (unsigned char)head[1] == 0xFE) ||
                   ((unsigned char)head[0] == 0xFE &&
                    (unsigned char)head[1] == 0xFF))) {
      FILE *conv = utf16_to_utf8(ing, in);
      if (!conv) {
        voc_cli_msg(ing->cli, "%s: cannot convert UTF-16 to UTF-8: %s", disp,
                    strerror(errno));
        voc_cli_fail(ing->cli, VOC_EX_IOERR);
        goto done;
      }
      if (spool)
        fclose(spool);
      spool = conv;
      in = conv;
      n = fread(head, 1, sizeof head, in);
      rewind(in);
    }
    /* Binary: many NULs or control bytes in the head. A stray NUL in a
     * text export is repaired to U+FFFD by the readers instead. */
    size_t nnul = 0, nctl = 0, first_nul = 0;
    for (size_t i = 0; i < n; i++) {
      unsigned char ch = (unsigned char)head[i];
      if (ch == 0 && nnul++ == 0)
        first_nul = i;
      if ((ch < 32 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f' &&
           ch != 0x1B) ||
          ch == 0x7F)
        nctl++;
    }
    if ((nnul >= 4 && nnul > n / 64) || (nctl >= 4 && nctl > n / 20)) {
      voc_cli_msg(ing->cli,
                  "%s: binary data (%zu NUL and %zu other control bytes in "
                  "the first %zu, first NUL at offset %zu), not ingested",
                  disp, nnul, nctl - nnul, n, first_nul);
      voc_cli_fail(ing->cli, VOC_EX_DATAERR);
      goto done;
    }
    if (fmt == VOC_FMT_AUTO)
      fmt = voc_ingest_detect(strcmp(path, "-") ? path : NULL, head, n);
  }
  if (fmt == VOC_FMT_MAILDIR) {
    voc_cli_msg(ing->cli, "%s: --format maildir needs a folder", disp);
    voc_cli_fail(ing->cli, VOC_EX_USAGE);
    goto done;
  }
  rc = run_format(ing, in, path, fmt, err);
  if (rc < 0 && rc != VOC_EIO && rc != VOC_ENOMEM) {
    /* a problem with this input only: report it and go on */
    if (!err->file[0])
      voc_error_at(err, disp, err->line, err->col);
    voc_cli_warn(ing->cli, err);
    voc_cli_fail(ing->cli, voc_error_exit_code(rc));
    rc = 0;
  }
done:
  if (spool)
    fclose(spool);
  voc_cli_close(ing->cli, f);
  return rc;
}
