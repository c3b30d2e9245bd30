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




/* --- readers -------------------------------------------------------------*/

static int emit_message(voc_ingest *ing, GMimeMessage *msg, int mbox,
                        const char *name, long num, voc_error *err) {
  cJSON *item = cJSON_CreateObject();
  int rc;
  if (item == NULL)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  rc = voc_email_message_item(msg, mbox, item, err);
  if (rc == VOC_EPARSE || rc == VOC_ETOOBIG) {
    rc = voc_ingest_reject(ing, name, num, "", 0,
                           rc == VOC_EPARSE ? "message body could not be decoded"
                                            : "message body too large (over 32 MiB)");
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
      if (mbox && num > 1 && g_mime_parser_eos(parser))
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

/* By file name (maildir names start with the delivery time), then by
 * folder. */
static int cmp_names(const void *a, const void *b) {
  const char *x = *(char *const *)a, *y = *(char *const *)b;
  int c = strcmp(strchr(x, '/') + 1, strchr(y, '/') + 1);
  return c != 0 ? c : strcmp(x, y);
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

/* GMime's file stream needs a seekable file: a pipe is read into memory
 * first (up to PIPE_MAX bytes). */
#define PIPE_MAX ((size_t)1 << 30)

static int slurp_stream(FILE *f, const char *name, GMimeStream **out,
                        voc_error *err) {
  GByteArray *ba = g_byte_array_new();
  guint8 chunk[65536];
  size_t got;

  *out = NULL;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (ba->len + got > PIPE_MAX) {
      g_byte_array_unref(ba);
      return voc_error_set(err, VOC_ETOOBIG, "%s: mail input over %zu bytes",
                           name ? name : "-", PIPE_MAX);
    }
    g_byte_array_append(ba, chunk, (guint)got);
  }
  if (ferror(f)) {
    g_byte_array_unref(ba);
    return voc_error_set(err, VOC_EIO, "%s: read error", name ? name : "-");
  }
  *out = g_mime_stream_mem_new_with_byte_array(ba); /* owns ba */
  return 0;
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
  {
    int c = getc(f);
    if (c == EOF)
      return ferror(f) ? voc_error_set(err, VOC_EIO, "%s: read error",
                                       name ? name : "-")
                       : 0; /* an empty file holds no messages */
    ungetc(c, f);
  }
  if (ftell(f) >= 0) {
    st = g_mime_stream_file_new(f);
    if (st == NULL)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    g_mime_stream_file_set_owner(GMIME_STREAM_FILE(st), FALSE);
  } else if ((rc = slurp_stream(f, name, &st, err)) < 0) {
    return rc;
  }
  rc = read_stream(ing, st, name ? name : "-", fmt == VOC_FMT_MBOX, err);
  g_object_unref(st);
  return rc;
}

