/* voc_email.c: email sources (mbox, .eml, maildir) through GMime 3.
 *
 * Each message becomes a cJSON source item: every header under its
 * lower-cased name with an RFC 2047-decoded, unfolded value ("message-id"
 * without <>, "date" as ISO 8601 UTC), and "body", the customer's own words
 * of the best text part (text/plain preferred, format=flowed joined, else
 * the HTML part as text), converted to UTF-8 with ICU. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gmime/gmime.h>

#include "voc_email.h"
#include "voc_reply.h"
#include "voc_utf8.h"




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

static int message_item(GMimeMessage *msg, int mbox, cJSON *item, voc_error *err) {
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

/* --- readers -------------------------------------------------------------*/

static int emit_message(voc_ingest *ing, GMimeMessage *msg, int mbox,
                        const char *name, long num, voc_error *err) {
  cJSON *item = cJSON_CreateObject();
  int rc;
  if (item == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  rc = message_item(msg, mbox, item, err);
  if (rc == VOC_EPARSE || rc == VOC_ETOOBIG) {
    rc = voc_ingest_reject(ing, name, num, "", 0,
                           rc == VOC_EPARSE ? "message body could not be decoded"
                                            : "message body too large");
  } else if (rc >= 0) {
    rc = voc_ingest_emit(ing, item, name, num, err);
  } else {
    voc_error_set(err, rc, "%s", voc_strerror(rc));
  }
  cJSON_Delete(item);
  return rc;
}

/* Parse the stream as one message (eml) or a sequence (mbox). */
static int read_stream(voc_ingest *ing, GMimeStream *stream, const char *name,
                       int mbox, voc_error *err) {
  GMimeParser *parser = g_mime_parser_new_with_stream(stream);
  long num = 0;
  int rc = 0;

  if (parser == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  g_mime_parser_set_format(parser, mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
  g_mime_parser_set_respect_content_length(parser, FALSE);
  while (rc >= 0) {
    GMimeMessage *msg;
    if (mbox && g_mime_parser_eos(parser))
      break;
    num++;
    msg = g_mime_parser_construct_message(parser, NULL);
    if (msg == NULL) {
      if (mbox && g_mime_parser_eos(parser))
        break; /* trailing blank lines after the last message */
      rc = voc_ingest_reject(ing, name, num, "", 0,
                             mbox ? "not an mbox message (no \"From \" line?)"
                                  : "not a MIME message");
      break; /* the parser cannot resynchronise */
    }
    rc = emit_message(ing, msg, mbox, name, num, err);
    g_object_unref(msg);
    if (!mbox)
      break;
  }
  g_object_unref(parser);
  return rc < 0 ? rc : 0;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_maildir(voc_ingest *ing, const char *dir, voc_error *err) {
  static const char *const subs[] = {"cur", "new"};
  char **names = NULL;
  size_t n = 0, cap = 0, i, s;
  voc_buf path = VOC_BUF_INIT(4096);
  int rc = 0;

  for (s = 0; s < 2 && rc >= 0; s++) {
    DIR *d;
    struct dirent *de;
    voc_buf_clear(&path);
    if ((rc = voc_buf_printf(&path, "%s/%s", dir, subs[s])) < 0)
      goto done;
    d = opendir(path.data);
    if (d == NULL)
      continue;
    while ((de = readdir(d)) != NULL) {
      char *p;
      if (de->d_name[0] == '.')
        continue;
      if (n == cap) {
        char **nn = realloc(names, (cap ? cap * 2 : 64) * sizeof *names);
        if (nn == NULL) {
          rc = VOC_ENOMEM;
          break;
        }
        names = nn;
        cap = cap ? cap * 2 : 64;
      }
      p = malloc(strlen(subs[s]) + strlen(de->d_name) + 2);
      if (p == NULL) {
        rc = VOC_ENOMEM;
        break;
      }
      sprintf(p, "%s/%s", subs[s], de->d_name);
      names[n++] = p;
    }
    closedir(d);
  }
  if (rc < 0) {
    voc_error_set(err, rc, "out of memory listing %s", dir);
    goto done;
  }
  if (n == 0 && (rc = voc_buf_printf(&path, "%s", "")) >= 0) {
    DIR *d = opendir(dir);
    if (d == NULL) {
      rc = voc_error_set(err, VOC_ENOINPUT, "%s: cannot open maildir", dir);
      goto done;
    }
    closedir(d);
  }
  qsort(names, n, sizeof *names, cmp_names);
  for (i = 0; i < n && rc >= 0; i++) {
    FILE *f;
    GMimeStream *st;
    voc_buf_clear(&path);
    if ((rc = voc_buf_printf(&path, "%s/%s", dir, names[i])) < 0)
      break;
    f = fopen(path.data, "rb");
    if (f == NULL) {
      rc = voc_ingest_reject(ing, path.data, 0, "", 0, "cannot open message file");
      continue;
    }
    st = g_mime_stream_file_new(f); /* owns f */
    if (st == NULL) {
      fclose(f);
      rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
      break;
    }
    rc = read_stream(ing, st, path.data, 0, err);
    g_object_unref(st);
  }
done:
  for (i = 0; i < n; i++)
    free(names[i]);
  free(names);
  voc_buf_dispose(&path);
  return rc < 0 ? rc : 0;
}

int voc_email_read(voc_ingest *ing, FILE *f, const char *name, voc_format fmt,
                   voc_error *err) {
  GMimeStream *st;
  int rc;

  voc_email_init();
  if (fmt == VOC_FMT_MAILDIR)
    return read_maildir(ing, name, err);
  if (f == NULL)
    return voc_error_set(err, VOC_EINVAL, "no input stream");
  st = g_mime_stream_file_new(f);
  if (st == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  g_mime_stream_file_set_owner(GMIME_STREAM_FILE(st), FALSE);
  rc = read_stream(ing, st, name ? name : "-", fmt == VOC_FMT_MBOX, err);
  g_object_unref(st);
  return rc;
}

