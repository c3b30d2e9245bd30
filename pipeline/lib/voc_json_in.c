/* voc_json_in.c: JSON arrays and JSON Lines of review/feedback objects.
 *
 * cJSON parses whole documents, so a big review export is not handed to it
 * in one piece: a byte scanner follows strings and nesting, cuts out each
 * element of the item array and parses only that. Memory holds one
 * element (capped at VOC_INGEST_ITEM_MAX), whatever the file size. */
#include "voc_json_in.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "voc_buf.h"

#define MAX_DEPTH 512

const cJSON *voc_json_in_lookup(const cJSON *obj, const char *key) {
  if (!cJSON_IsObject(obj))
    return NULL;
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (v)
    return v;
  if ((v = cJSON_GetObjectItem(obj, key)))
    return v;
  if (!strchr(key, '.'))
    return NULL;
  /* dotted path: author.name, items.0.text */
  const cJSON *cur = obj;
  const char *p = key;
  char seg[256];
  while (cur && *p) {
    const char *e = strchr(p, '.');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (n == 0 || n >= sizeof seg)
      return NULL;
    memcpy(seg, p, n);
    seg[n] = '\0';
    if (cJSON_IsArray(cur)) {
      char *end;
      long i = strtol(seg, &end, 10);
      cur = *end == '\0' && i >= 0 ? cJSON_GetArrayItem(cur, (int)i) : NULL;
    } else if (cJSON_IsObject(cur)) {
      const cJSON *next = cJSON_GetObjectItemCaseSensitive(cur, seg);
      cur = next ? next : cJSON_GetObjectItem(cur, seg);
    } else {
      cur = NULL;
    }
    p = e ? e + 1 : p + n;
  }
  return cur;
}

/* Parse one element and emit it, or reject it. */
static int emit_element(voc_ingest *ing, const char *name, long line,
                        voc_buf *cap, bool overflow, voc_error *err) {
  if (overflow) {
    char why[96];
    snprintf(why, sizeof why, "object larger than %zu MiB, skipped",
             VOC_INGEST_ITEM_MAX >> 20);
    return voc_ingest_reject(ing, name, line, cap->data, cap->len, why);
  }
  const char *end = NULL;
  cJSON *j = cJSON_ParseWithLengthOpts(cap->data, cap->len, &end, 0);
  if (!j) {
    char why[96];
    snprintf(why, sizeof why, "malformed JSON near byte %ld of the object",
             end ? (long)(end - cap->data) + 1 : 0L);
    return voc_ingest_reject(ing, name, line, cap->data, cap->len, why);
  }
  int rc;
  if (!cJSON_IsObject(j))
    rc = voc_ingest_reject(ing, name, line, cap->data, cap->len,
                           "array element is not an object");
  else
    rc = voc_ingest_emit_raw(ing, j, name, line, cap->data, cap->len, err);
  cJSON_Delete(j);
  return rc;
}

/* A JSON document: top-level array of objects, or objects (each one item,
 * unless its first array-of-objects member holds the items). */
static int read_json(voc_ingest *ing, FILE *f, const char *name,
                     voc_error *err) {
  const char *disp = voc_ingest_display_name(name);
  char stack[MAX_DEPTH];
  int depth = 0;
  bool in_str = false, esc = false;
  long line = 1, open_line = 0;
  voc_buf cap = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX); /* current element */
  voc_buf top = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX); /* whole top object */
  bool capturing = false, scalar = false, cap_over = false, top_over = false;
  int cap_depth = 0;
  long cap_line = 0, top_line = 0;
  int arr_mode = 0; /* object mode, depth-2 array: 0 unknown, 1 items, 2 no */
  bool items_done = false; /* object mode: the item array was read */
  long nitems = 0;         /* elements emitted from the current top value */
  int rc = 0, c;
  bool bom_checked = false;

  while ((c = getc(f)) != EOF) {
    if (!bom_checked) {
      bom_checked = true;
      if (c == 0xEF) {
        int c2 = getc(f), c3 = getc(f);
        if (c2 == 0xBB && c3 == 0xBF)
          continue;
        rc = voc_error_set(err, VOC_EPARSE, "not JSON: unexpected bytes");
        goto done;
      }
    }
    if (c == '\n')
      line++;
    if (depth > 0 && stack[0] == '{' && !top_over) {
      int r = voc_buf_putc(&top, c);
      if (r == VOC_ENOMEM)
        goto nomem;
      if (r < 0) {
        top_over = true;
        voc_buf_dispose(&top);
      }
    }
    /* element level: directly inside the item array */
    bool elem_level =
        !in_str && !capturing &&
        ((depth == 1 && stack[0] == '[') ||
         (depth == 2 && stack[0] == '{' && stack[1] == '[' && !items_done &&
          arr_mode != 2));
    if (capturing) {
      if (!cap_over) {
        int r = voc_buf_putc(&cap, c);
        if (r == VOC_ENOMEM)
          goto nomem;
        cap_over = r < 0;
      }
      if (scalar) {
        /* a scalar element ends at ',' ']' or a blank outside a string */
        if (in_str) {
          if (esc)
            esc = false;
          else if (c == '\\')
            esc = true;
          else if (c == '"')
            in_str = false;
          continue;
        }
        if (c == '"') {
          in_str = true;
          continue;
        }
        if (c == ',' || c == ']' || isspace(c)) {
          voc_buf_truncate(&cap, cap.len ? cap.len - 1 : 0);
          capturing = false;
          rc = voc_ingest_reject(ing, name, cap_line, cap.data, cap.len,
                                 "array element is not an object");
          if (rc < 0)
            goto done;
          if (c == ']') {
            depth--;
            if (depth == 1 && stack[0] == '{')
              items_done = true;
          }
        }
        continue;
      }
      if (in_str) {
        if (esc)
          esc = false;
        else if (c == '\\')
          esc = true;
        else if (c == '"')
          in_str = false;
        continue;
      }
      if (c == '"') {
        in_str = true;
      } else if (c == '{' || c == '[') {
        if (depth >= MAX_DEPTH) {
          voc_error_at(err, disp, line, 0);
          rc = voc_error_set(err, VOC_EPARSE, "JSON nested deeper than %d",
                             MAX_DEPTH);
          goto done;
        }
        stack[depth++] = (char)c;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == cap_depth) {
          capturing = false;
          nitems++;
          rc = emit_element(ing, name, cap_line, &cap, cap_over, err);
          if (rc < 0)
            goto done;
        }
      }
      continue;
    }
    if (elem_level) {
      if (isspace(c) || c == ',')
        continue;
      if (c == ']') {
        depth--;
        if (depth == 1)
          items_done = nitems > 0;
        if (depth == 0)
          goto top_end;
        continue;
      }
      if (depth == 2 && arr_mode == 0)
        arr_mode = c == '{' ? 1 : 2;
      if (arr_mode == 2 && depth == 2) {
        /* not the item array: fall through to plain scanning */
      } else {
        voc_buf_clear(&cap);
        cap_over = false;
        if (voc_buf_putc(&cap, c) < 0)
          goto nomem;
        capturing = true;
        cap_line = line;
        cap_depth = depth;
        scalar = !(c == '{' || c == '[');
        if (!scalar)
          stack[depth++] = (char)c;
        else if (c == '"')
          in_str = true;
        continue;
      }
    }
    /* plain scanning outside elements */
    if (in_str) {
      if (esc)
        esc = false;
      else if (c == '\\')
        esc = true;
      else if (c == '"')
        in_str = false;
      continue;
    }
    if (isspace(c))
      continue;
    if (depth == 0) {
      if (c != '{' && c != '[') {
        voc_error_at(err, disp, line, 0);
        rc = voc_error_set(err, VOC_EPARSE,
                           "not a JSON array or object (starts with '%c'); "
                           "JSON Lines? use --format jsonl",
                           c);
        goto done;
      }
      open_line = line;
      nitems = 0;
      items_done = false;
      top_over = false;
      voc_buf_clear(&top);
      if (c == '{') {
        top_line = line;
        if (voc_buf_putc(&top, c) < 0)
          goto nomem;
      }
      stack[depth++] = (char)c;
      continue;
    }
    if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      if (depth >= MAX_DEPTH) {
        voc_error_at(err, disp, line, 0);
        rc = voc_error_set(err, VOC_EPARSE, "JSON nested deeper than %d",
                           MAX_DEPTH);
        goto done;
      }
      stack[depth++] = (char)c;
      if (depth == 2 && stack[0] == '{' && c == '[')
        arr_mode = 0;
    } else if (c == '}' || c == ']') {
      depth--;
      if (depth == 1 && stack[0] == '{' && stack[1] == '[' && nitems > 0)
        items_done = true;
      if (depth == 0)
        goto top_end;
    }
    continue;
  top_end:
    /* a top-level value ended */
    if (stack[0] == '{' && nitems == 0) {
      if (top_over) {
        char why[96];
        snprintf(why, sizeof why, "object larger than %zu MiB, skipped",
                 VOC_INGEST_ITEM_MAX >> 20);
        rc = voc_ingest_reject(ing, name, top_line, "", 0, why);
      } else {
        rc = emit_element(ing, name, top_line, &top, false, err);
      }
      if (rc < 0)
        goto done;
    }
    voc_buf_clear(&top);
  }
  if (ferror(f)) {
    voc_error_at(err, disp, line, 0);
    rc = voc_error_set(err, VOC_EIO, "read error: %s", strerror(errno));
    goto done;
  }
  if (capturing && !scalar) {
    char why[128];
    snprintf(why, sizeof why,
             "truncated JSON: the object starting here is never closed");
    rc = voc_ingest_reject(ing, name, cap_line, cap.data, cap.len, why);
    goto done;
  }
  if (depth > 0 || in_str) {
    voc_error_at(err, disp, open_line, 0);
    rc = voc_error_set(err, VOC_EPARSE,
                       "truncated JSON: the %s opened on line %ld is never "
                       "closed",
                       stack[0] == '[' ? "array" : "object", open_line);
    goto done;
  }
  if (line == 1 && open_line == 0) {
    voc_error_at(err, disp, 0, 0);
    rc = voc_error_set(err, VOC_EPARSE, "empty JSON input");
  }
  goto done;
nomem:
  rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
done:
  voc_buf_dispose(&cap);
  voc_buf_dispose(&top);
  return rc;
}

static int read_jsonl(voc_ingest *ing, FILE *f, const char *name,
                      voc_error *err) {
  voc_buf b = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX);
  voc_error e;
  long line = 0;
  int rc;
  while (voc_error_clear(&e), (rc = voc_buf_getline(&b, f, &e)) != 0) {
    line++;
    if (rc == VOC_ETOOBIG) {
      char why[96];
      snprintf(why, sizeof why, "line longer than %zu MiB, skipped",
               VOC_INGEST_ITEM_MAX >> 20);
      if ((rc = voc_ingest_reject(ing, name, line, b.data,
                                  b.len > 4096 ? 4096 : b.len, why)) < 0)
        break;
      continue;
    }
    if (rc < 0) {
      voc_error_at(err, voc_ingest_display_name(name), line, 0);
      rc = voc_error_set(err, rc, "%s", e.msg);
      break;
    }
    const char *s = b.data;
    size_t n = b.len;
    if (line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
      s += 3;
      n -= 3;
    }
    size_t k = 0;
    while (k < n && isspace((unsigned char)s[k]))
      k++;
    if (k == n)
      continue; /* blank line */
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(s, n, &end, 0);
    while (j && end && end < s + n && isspace((unsigned char)*end))
      end++;
    if (!j || (end && end < s + n) || !cJSON_IsObject(j)) {
      char why[96];
      if (!j)
        snprintf(why, sizeof why, "malformed JSON near column %ld",
                 end ? (long)(end - s) + 1 : 0L);
      else if (!cJSON_IsObject(j))
        snprintf(why, sizeof why, "line is not a JSON object");
      else
        snprintf(why, sizeof why,
                 "unexpected text after the object at column %ld",
                 (long)(end - s) + 1);
      cJSON_Delete(j);
      if ((rc = voc_ingest_reject(ing, name, line, b.data, b.len, why)) < 0)
        break;
      continue;
    }
    rc = voc_ingest_emit_raw(ing, j, name, line, b.data, b.len, err);
    cJSON_Delete(j);
    if (rc < 0)
      break;
  }
  if (rc == 0 && line == 0) {
    voc_cli_msg(voc_ingest_cli(ing), "%s: empty input, no records",
                voc_ingest_display_name(name));
    voc_cli_fail(voc_ingest_cli(ing), VOC_EX_DATAERR);
  }
  voc_buf_dispose(&b);
  return rc < 0 ? rc : 0;
}

int voc_json_in_read(voc_ingest *ing, FILE *f, const char *name,
                     voc_format fmt, voc_error *err) {
  return fmt == VOC_FMT_JSONL ? read_jsonl(ing, f, name, err)
                              : read_json(ing, f, name, err);
}
