/* voc_transcript.c: WebVTT and "Speaker: text" call transcripts.
 *
 * A transcript is one record. Lines are read one at a time; the text and
 * the turn list grow with the transcript (capped at VOC_INGEST_ITEM_MAX).
 * Turn offsets are computed on the final text, which is already repaired
 * UTF-8 with LF line ends and no outer blanks, so voc_ingest_emit leaves it
 * unchanged and the offsets stay valid. */
#include "voc_transcript.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "voc_buf.h"
#include "voc_utf8.h"

typedef struct tr_state {
  voc_ingest *ing;      /* borrowed */
  voc_buf text;         /* the record's text so far */
  voc_buf turn;         /* words of the current turn */
  char speaker[256];    /* speaker of the current turn, "" if unknown */
  cJSON *turns;         /* [{speaker, side, start, end}]; owned */
  cJSON *speakers;      /* every speaker once; owned */
  unsigned long nvendor; /* vendor turns left out */
} tr_state;

static bool is_blank_line(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isspace((unsigned char)s[i]))
      return false;
  return true;
}

/* A cue timing line holds "-->". */
static bool has_arrow(const char *s, size_t n) {
  for (size_t i = 0; i + 3 <= n; i++)
    if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
      return true;
  return false;
}

/* Close the current turn: append it to the text when it is the
 * customer's (or --keep-vendor), and note it in turns. */
static int flush_turn(tr_state *st) {
  size_t s = 0, e = st->turn.len;
  const char *p = st->turn.data;
  while (s < e && isspace((unsigned char)p[s]))
    s++;
  while (e > s && isspace((unsigned char)p[e - 1]))
    e--;
  int rc = 0;
  if (e > s) {
    bool vendor = st->speaker[0] && voc_ingest_is_vendor(st->ing, st->speaker);
    if (vendor && !voc_ingest_keep_vendor(st->ing)) {
      st->nvendor++;
    } else {
      if (st->text.len && (rc = voc_buf_putc(&st->text, '\n')) < 0)
        return rc;
      size_t start = st->text.len;
      if ((rc = voc_buf_put(&st->text, p + s, e - s)) < 0)
        return rc;
      cJSON *t = cJSON_CreateObject();
      if (!t ||
          !cJSON_AddItemToObject(t, "speaker",
                                 st->speaker[0]
                                     ? cJSON_CreateString(st->speaker)
                                     : cJSON_CreateNull()) ||
          !cJSON_AddStringToObject(t, "side", vendor ? "vendor" : "customer") ||
          !cJSON_AddNumberToObject(t, "start", (double)start) ||
          !cJSON_AddNumberToObject(t, "end", (double)st->text.len)) {
        cJSON_Delete(t);
        return VOC_ENOMEM;
      }
      cJSON_AddItemToArray(st->turns, t);
    }
  }
  voc_buf_clear(&st->turn);
  return rc;
}

static int set_speaker(tr_state *st, const char *name, size_t n) {
  while (n && isspace((unsigned char)*name)) {
    name++;
    n--;
  }
  while (n && isspace((unsigned char)name[n - 1]))
    n--;
  if (n >= sizeof st->speaker)
    n = sizeof st->speaker - 1;
  if (strlen(st->speaker) == n && memcmp(st->speaker, name, n) == 0)
    return 0; /* same speaker: the turn goes on */
  int rc = flush_turn(st);
  if (rc < 0)
    return rc;
  memcpy(st->speaker, name, n);
  st->speaker[n] = '\0';
  if (n) {
    bool known = false;
    for (const cJSON *c = st->speakers->child; c && !known; c = c->next)
      known = strcmp(c->valuestring, st->speaker) == 0;
    if (!known) {
      cJSON *s = cJSON_CreateString(st->speaker);
      if (!s)
        return VOC_ENOMEM;
      cJSON_AddItemToArray(st->speakers, s);
    }
  }
  return 0;
}

/* Add words to the current turn, separated by a space. */
static int add_words(tr_state *st, const char *s, size_t n) {
  while (n && isspace((unsigned char)*s)) {
    s++;
    n--;
  }
  while (n && isspace((unsigned char)s[n - 1]))
    n--;
  if (!n)
    return 0;
  int rc = 0;
  if (st->turn.len)
    rc = voc_buf_putc(&st->turn, ' ');
  return rc < 0 ? rc : voc_buf_put(&st->turn, s, n);
}

/* "Name: text": a short name (letters, blanks, . - ' and non-ASCII) before
 * the first ": ". Returns the name length, 0 if the line has none. */
static size_t speaker_prefix(const char *s, size_t n) {
  size_t k = 0, letters = 0;
  while (k < n && k < 60 && s[k] != ':') {
    unsigned char c = (unsigned char)s[k];
    if (isalpha(c) || c >= 0x80)
      letters++;
    else if (!(c == ' ' || c == '.' || c == '-' || c == '\'' || c == '_' ||
               isdigit(c) || c == '(' || c == ')' || c == '@'))
      return 0;
    k++;
  }
  if (k == 0 || k >= n || s[k] != ':' || letters == 0)
    return 0;
  if (k + 1 < n && s[k + 1] != ' ' && s[k + 1] != '\t')
    return 0; /* "10:30" or "http://" */
  /* no more than five words in a name */
  size_t words = 1;
  for (size_t i = 0; i < k; i++)
    if (s[i] == ' ' && i + 1 < k && s[i + 1] != ' ')
      words++;
  return words <= 5 ? k : 0;
}

/* Skip a leading timestamp: [00:01:02], (00:01), 00:01:02.500, "0:07 -". */
static size_t skip_timestamp(const char *s, size_t n) {
  size_t k = 0;
  bool bracket = k < n && (s[k] == '[' || s[k] == '(');
  if (bracket)
    k++;
  size_t d0 = k;
  while (k < n && (isdigit((unsigned char)s[k]) || s[k] == ':' || s[k] == '.' ||
                   s[k] == ','))
    k++;
  if (k == d0 || !memchr(s + d0, ':', k - d0))
    return 0;
  if (bracket) {
    if (k >= n || (s[k] != ']' && s[k] != ')'))
      return 0;
    k++;
  }
  while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '-'))
    k++;
  return k;
}

/* Remove VTT tags (<c>, <i>, <00:00:01.000>, </v>) and decode the few
 * entities VTT defines, appending to out. */
static int vtt_clean(const char *s, size_t n, voc_buf *out) {
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    if (s[i] == '<') {
      const char *e = memchr(s + i, '>', n - i);
      if (e) {
        i = (size_t)(e - s);
        continue;
      }
    }
    if (s[i] == '&') {
      static const struct {
        const char *ent, *rep;
      } ents[] = {{"&amp;", "&"},   {"&lt;", "<"},    {"&gt;", ">"},
                  {"&nbsp;", " "},  {"&lrm;", ""},    {"&rlm;", ""},
                  {"&quot;", "\""}, {"&apos;", "'"}};
      bool done = false;
      for (size_t k = 0; k < sizeof ents / sizeof ents[0] && !done; k++) {
        size_t el = strlen(ents[k].ent);
        if (n - i >= el && memcmp(s + i, ents[k].ent, el) == 0) {
          rc = voc_buf_puts(out, ents[k].rep);
          i += el - 1;
          done = true;
        }
      }
      if (done)
        continue;
    }
    rc = voc_buf_putc(out, s[i]);
  }
  return rc;
}

/* One cue payload line. first: the cue's first line (a "Name:" prefix
 * counts only there, so "Quick context: ..." inside a cue stays text). */
static int vtt_line(tr_state *st, const char *s, size_t n, bool first,
                    voc_buf *tmp) {
  int rc;
  /* <v Name>text  or <v.class Name>text */
  if (n > 3 && s[0] == '<' && s[1] == 'v' && (s[2] == ' ' || s[2] == '.')) {
    const char *e = memchr(s, '>', n);
    if (e) {
      size_t k = 2;
      if (s[k] == '.')
        while (k < (size_t)(e - s) && s[k] != ' ')
          k++;
      voc_buf_clear(tmp);
      if ((rc = vtt_clean(s + k, (size_t)(e - s) - k, tmp)) < 0 ||
          (rc = set_speaker(st, tmp->data ? tmp->data : "", tmp->len)) < 0)
        return rc;
      size_t off = (size_t)(e - s) + 1;
      s += off;
      n -= off;
      first = false;
    }
  }
  voc_buf_clear(tmp);
  if ((rc = vtt_clean(s, n, tmp)) < 0)
    return rc;
  const char *p = tmp->data ? tmp->data : "";
  size_t m = tmp->len;
  size_t k = first ? speaker_prefix(p, m) : 0;
  if (k) {
    /* set_speaker copies the name before tmp is reused */
    char name[256];
    size_t nn = k < sizeof name ? k : sizeof name - 1;
    memcpy(name, p, nn);
    if ((rc = set_speaker(st, name, nn)) < 0)
      return rc;
    p += k + 1;
    m -= k + 1;
  }
  return add_words(st, p, m);
}

static int transcript_line(tr_state *st, const char *s, size_t n) {
  size_t t = skip_timestamp(s, n);
  s += t;
  n -= t;
  size_t k = speaker_prefix(s, n);
  int rc;
  if (k) {
    if ((rc = set_speaker(st, s, k)) < 0)
      return rc;
    return add_words(st, s + k + 1, n - k - 1);
  }
  /* Otter style: "Owen Price  0:07" alone on a line names the speaker */
  size_t e = n;
  while (e && isspace((unsigned char)s[e - 1]))
    e--;
  size_t d = e;
  while (d && (isdigit((unsigned char)s[d - 1]) || s[d - 1] == ':'))
    d--;
  if (d < e && d >= 2 && s[d - 1] == ' ' && memchr(s + d, ':', e - d) &&
      d - 1 < 60) {
    size_t nm = d;
    while (nm && isspace((unsigned char)s[nm - 1]))
      nm--;
    bool name_like = nm > 0;
    for (size_t i = 0; i < nm && name_like; i++)
      name_like = isalpha((unsigned char)s[i]) || s[i] == ' ' ||
                  s[i] == '.' || s[i] == '-' || (unsigned char)s[i] >= 0x80;
    if (name_like)
      return set_speaker(st, s, nm);
  }
  return add_words(st, s, n);
}

int voc_transcript_read(voc_ingest *ing, FILE *f, const char *name,
                        voc_format fmt, voc_error *err) {
  tr_state st;
  memset(&st, 0, sizeof st);
  st.ing = ing;
  voc_buf_init(&st.text, VOC_INGEST_ITEM_MAX);
  voc_buf_init(&st.turn, VOC_INGEST_ITEM_MAX);
  voc_buf line = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX);
  voc_buf fixed = VOC_BUF_INIT(0);
  voc_buf tmp = VOC_BUF_INIT(0);
  voc_buf raw = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX); /* input, for --rejects */
  bool raw_full = false;
  cJSON *item = NULL;
  const char *disp = voc_ingest_display_name(name);
  voc_cli *cli = voc_ingest_cli(ing);
  enum { V_HEADER, V_BETWEEN, V_SKIP, V_TIMING, V_PAYLOAD } vs = V_HEADER;
  bool first_payload = false;
  long lineno = 0;
  int rc = 0;
  voc_error e;
  st.turns = cJSON_CreateArray();
  st.speakers = cJSON_CreateArray();
  if (!st.turns || !st.speakers) {
    rc = VOC_ENOMEM;
    goto fail;
  }
  while (voc_error_clear(&e), (rc = voc_buf_getline(&line, f, &e)) != 0) {
    lineno++;
    if (rc == VOC_ETOOBIG) {
      rc = voc_ingest_reject(ing, name, lineno, line.data, 4096,
                             "line too long in a transcript, not ingested");
      goto done;
    }
    if (rc < 0) {
      voc_error_at(err, disp, lineno, 0);
      rc = voc_error_set(err, rc, "%s", e.msg);
      goto done;
    }
    const char *s = line.data ? line.data : "";
    size_t n = line.len;
    if (!raw_full && (voc_buf_put(&raw, s, n) < 0 || voc_buf_putc(&raw, '\n') < 0))
      raw_full = true;
    if (lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
      s += 3;
      n -= 3;
    }
    if (!voc_utf8_valid(s, n)) {
      voc_buf_clear(&fixed);
      long r = voc_utf8_repair(&fixed, s, n);
      if (r < 0) {
        rc = (int)r;
        goto fail;
      }
      cli->nrepaired += (unsigned long long)r;
      s = fixed.data;
      n = fixed.len;
    }
    bool blank = is_blank_line(s, n);
    if (fmt == VOC_FMT_TRANSCRIPT) {
      if (!blank && (rc = transcript_line(&st, s, n)) < 0)
        goto toobig;
      continue;
    }
    switch (vs) {
    case V_HEADER:
      if (lineno == 1 && (n < 6 || memcmp(s, "WEBVTT", 6) != 0 ||
                          (n > 6 && s[6] != ' ' && s[6] != '\t'))) {
        voc_error_at(err, disp, 1, 0);
        rc = voc_error_set(err, VOC_EPARSE,
                           "not WebVTT: the first line must be WEBVTT "
                           "(use --format transcript for 'Speaker: text')");
        goto done;
      }
      if (blank)
        vs = V_BETWEEN;
      break;
    case V_SKIP:
      if (blank)
        vs = V_BETWEEN;
      break;
    case V_BETWEEN:
    case V_TIMING:
      if (blank) {
        vs = V_BETWEEN;
        break;
      }
      if (has_arrow(s, n)) {
        vs = V_PAYLOAD;
        first_payload = true;
      } else if (vs == V_BETWEEN &&
                 ((n >= 4 && memcmp(s, "NOTE", 4) == 0 &&
                   (n == 4 || s[4] == ' ' || s[4] == '\t')) ||
                  (n >= 5 && memcmp(s, "STYLE", 5) == 0) ||
                  (n >= 6 && memcmp(s, "REGION", 6) == 0))) {
        vs = V_SKIP;
      } else if (vs == V_BETWEEN) {
        vs = V_TIMING; /* a cue identifier */
      } else {
        vs = V_SKIP; /* identifier without timing: not a cue */
      }
      break;
    case V_PAYLOAD:
      if (blank) {
        vs = V_BETWEEN;
        break;
      }
      if ((rc = vtt_line(&st, s, n, first_payload, &tmp)) < 0)
        goto toobig;
      first_payload = false;
      break;
    }
  }
  if ((rc = flush_turn(&st)) < 0)
    goto toobig;
  if (lineno == 0) {
    voc_error_at(err, disp, 0, 0);
    rc = voc_error_set(err, VOC_EPARSE, "empty transcript");
    goto done;
  }
  if (cJSON_GetArraySize(st.speakers) > 0 && !voc_ingest_keep_vendor(ing)) {
    /* every speaker on the customer side is suspicious: say so */
    bool any_vendor = false;
    for (const cJSON *c = st.speakers->child; c && !any_vendor; c = c->next)
      any_vendor = voc_ingest_is_vendor(ing, c->valuestring);
    if (!any_vendor) {
      voc_error w;
      voc_error_clear(&w);
      voc_error_at(&w, disp, 0, 0);
      voc_error_set(&w, 0,
                    "no speaker matches --vendor/--vendor-domain: every turn "
                    "is counted as the customer's");
      voc_cli_warn(cli, &w);
    }
  }
  if (!(item = cJSON_CreateObject())) {
    rc = VOC_ENOMEM;
    goto fail;
  }
  if (!cJSON_AddStringToObject(item, "text", st.text.data ? st.text.data : "")) {
    rc = VOC_ENOMEM;
    goto fail;
  }
  cJSON_AddItemToObject(item, "turns", st.turns);
  st.turns = NULL;
  cJSON_AddItemToObject(item, "speakers", st.speakers);
  st.speakers = NULL;
  rc = voc_ingest_emit_raw(ing, item, name, 1, raw.data ? raw.data : "",
                           raw.len, err);
  goto done;
toobig:
  if (rc == VOC_ETOOBIG) {
    rc = voc_ingest_reject(ing, name, 1, "", 0,
                           "transcript larger than the item cap, not ingested");
    goto done;
  }
fail:
  rc = voc_error_set(err, rc, "%s", voc_strerror(rc));
done:
  cJSON_Delete(item);
  cJSON_Delete(st.turns);
  cJSON_Delete(st.speakers);
  voc_buf_dispose(&st.text);
  voc_buf_dispose(&st.turn);
  voc_buf_dispose(&line);
  voc_buf_dispose(&fixed);
  voc_buf_dispose(&tmp);
  voc_buf_dispose(&raw);
  return rc;
}
