/* voc_xml.c: review feeds as XML (see voc_xml.h).
 *
 * Safety: XML_PARSE_NONET, no XML_PARSE_NOENT (entities are never
 * substituted), no XML_PARSE_DTDLOAD/DTDATTR/DTDVALID, no XML_PARSE_HUGE,
 * and an external entity loader that refuses everything while we parse.
 * Text is collected by our own walk, which skips entity reference nodes,
 * so even the content of declared internal entities never reaches a
 * record. Memory: the streaming reader expands one item at a time. */
#include "voc_xml.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "voc_buf.h"

typedef enum { MODE_GENERIC, MODE_RSS, MODE_ATOM } feed_mode;

typedef struct xml_state {
  voc_ingest *ing;        /* borrowed */
  const char *name;       /* input name */
  unsigned long entities; /* entity references dropped */
  int err_line;           /* first parser error: line */
  char err_msg[256];      /* first parser error: message */
  voc_buf text;           /* scratch for collected text */
} xml_state;

/* The input as the reader sees it. The bytes from the current item's start
 * tag on are held, so that a broken item can go to --rejects as it stands
 * in the file and the items after it can still be read; older bytes are
 * dropped (memory: about one item and a read-ahead chunk). */
typedef struct xml_src {
  FILE *f;        /* borrowed */
  voc_buf hold;   /* input from the current item on */
  long hold_line; /* line number of hold.data[0] */
  size_t keep;    /* hold bytes from here on must stay (the current item) */
  size_t served;  /* bytes of hold handed to the reader */
  size_t base;    /* input offset of hold.data[0] (bytes dropped before) */
  size_t line_at; /* hold offset whose line is line_no (src_line's cursor) */
  long line_no;
  size_t no_gt;   /* at the end of f: no '>' from this input offset on */
  /* What the last failed src_find_end learnt, so that the items after it
   * are not searched to the end again (that was quadratic): the input
   * offsets, ascending, of the start tags <miss_name> from miss_from on
   * that have no matching end tag before the end of the input. */
  size_t *miss, nmiss, miss_cap;
  size_t *stk, nstk, stk_cap; /* open start tags while searching */
  size_t miss_from;           /* SIZE_MAX: nothing learnt */
  char miss_name[128];
  bool eof;       /* f is at its end */
  bool ioerr;     /* reading f failed */
} xml_src;

#define XML_CHUNK ((size_t)65536)

static long lines_in(const char *s, size_t n) {
  long k = 0;
  for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + n - p))) != NULL; p++)
    k++;
  return k;
}

/* Drop held bytes before offset upto; returns how many went. */
static size_t src_drop(xml_src *s, size_t upto) {
  if (upto == 0 || upto > s->hold.len)
    return 0;
  s->hold_line += lines_in(s->hold.data, upto);
  memmove(s->hold.data, s->hold.data + upto, s->hold.len - upto + 1);
  s->hold.len -= upto;
  s->base += upto;
  s->line_at = 0;
  s->line_no = s->hold_line;
  s->served -= upto < s->served ? upto : s->served;
  s->keep -= upto < s->keep ? upto : s->keep;
  return upto;
}

/* Read one more chunk of f into hold: 1, 0 at the end, or a VOC_E (an
 * item beyond the cap). Bytes before keep go first. */
static int src_fill(xml_src *s) {
  if (s->eof)
    return 0;
  if (s->keep > XML_CHUNK)
    src_drop(s, s->keep);
  int rc = voc_buf_grow(&s->hold, XML_CHUNK);
  if (rc < 0)
    return rc;
  size_t n = fread(s->hold.data + s->hold.len, 1, XML_CHUNK, s->f);
  s->hold.len += n;
  s->hold.data[s->hold.len] = '\0';
  if (n == 0) {
    s->eof = true;
    if (ferror(s->f)) {
      s->ioerr = true;
      return VOC_EIO;
    }
  }
  return n > 0;
}

static int read_cb(void *ctx, char *buf, int len) {
  xml_src *s = ctx;
  size_t n, want = len > 0 ? (size_t)len : 0;
  if (s->served == s->hold.len) {
    int rc = src_fill(s);
    if (rc <= 0)
      return rc < 0 ? -1 : 0;
  }
  n = s->hold.len - s->served < want ? s->hold.len - s->served : want;
  memcpy(buf, s->hold.data + s->served, n);
  s->served += n;
  return (int)n;
}

/* Line number of hold offset off. Counts on from the last offset asked
 * about when off is past it, so asking in input order is linear. */
static long src_line(xml_src *s, size_t off) {
  if (off > s->hold.len)
    off = s->hold.len;
  if (s->line_no == 0 || off < s->line_at) {
    s->line_at = 0;
    s->line_no = s->hold_line;
  }
  s->line_no += lines_in(s->hold.data + s->line_at, off - s->line_at);
  s->line_at = off;
  return s->line_no;
}

/* Drop held bytes before offset upto when that is worth a move: at least
 * half of what is held (so a long run of small items after an item whose
 * end was searched to the end of the input does not move the rest of the
 * input once per item). Returns how many went. */
static size_t src_release(xml_src *s, size_t upto) {
  if (upto < XML_CHUNK && upto * 2 < s->hold.len)
    return 0;
  return src_drop(s, upto);
}

/* The first '>' in hold from offset off, NULL if none is held yet. At the
 * end of the input a miss is remembered, so a run of start tags without
 * any '>' after them is not searched to the end once per tag. */
static const char *src_gt(xml_src *s, size_t off) {
  if (s->eof && s->base + off >= s->no_gt)
    return NULL;
  const char *gt = memchr(s->hold.data + off, '>', s->hold.len - off);
  if (!gt && s->eof && s->base + off < s->no_gt)
    s->no_gt = s->base + off;
  return gt;
}

/* Push input offset v on a growable array (reused; grows by doubling). */
static int offs_push(size_t **a, size_t *n, size_t *cap, size_t v) {
  if (*n == *cap) {
    size_t c = *cap ? *cap * 2 : 64;
    size_t *p = realloc(*a, c * sizeof *p);
    if (!p)
      return VOC_ENOMEM;
    *a = p;
    *cap = c;
  }
  (*a)[(*n)++] = v;
  return 0;
}

/* Whether the last failed search already showed that the start tag
 * <name> at input offset off has no end tag. */
static bool src_known_miss(const xml_src *s, size_t off, const char *name) {
  if (s->miss_from == SIZE_MAX || off < s->miss_from ||
      strcmp(s->miss_name, name) != 0)
    return false;
  size_t lo = 0, hi = s->nmiss;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (s->miss[mid] < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < s->nmiss && s->miss[lo] == off;
}

static bool name_end(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' ||
         c == '/';
}

/* The first occurrence of the 3 bytes t in h[0..n), or NULL. */
static const char *find3(const char *h, size_t n, const char *t) {
  const char *end = h + n, *p = h;
  while (end - p >= 3 &&
         (p = memchr(p, t[0], (size_t)(end - p) - 2)) != NULL) {
    if (p[1] == t[1] && p[2] == t[2])
      return p;
    p++;
  }
  return NULL;
}

/* Comments and CDATA sections hold text, not elements: a "<item>" inside
 * one starts nothing. If hold offset i starts one, the offset just after
 * its end; i when none starts there; SIZE_MAX when its end (or the rest of
 * its opening) is not held yet: *more is then where the search for the end
 * goes on once more input is held, so a long section is searched once. */
static size_t skip_opaque(const xml_src *s, size_t i, size_t *more) {
  static const char cdata[] = "<![CDATA[", comment[] = "<!--";
  const char *p = s->hold.data + i;
  size_t left = s->hold.len - i, open;
  const char *term;
  if (left < 2 || p[1] != '!')
    return i;
  if (left >= 4 && !memcmp(p, comment, 4)) {
    open = 4;
    term = "-->";
  } else if (left >= 9 && !memcmp(p, cdata, 9)) {
    open = 9;
    term = "]]>";
  } else if (!s->eof && ((left < 4 && !memcmp(p, comment, left)) ||
                         (left < 9 && !memcmp(p, cdata, left)))) {
    *more = 0;
    return SIZE_MAX; /* "<![CD" at the end of what is held */
  } else {
    return i;
  }
  size_t from = *more > i + open ? *more : i + open;
  const char *e = from + 3 <= s->hold.len
                      ? find3(s->hold.data + from, s->hold.len - from, term)
                      : NULL;
  if (e) {
    *more = 0;
    return (size_t)(e - s->hold.data) + 3;
  }
  if (s->eof)
    return s->hold.len; /* never closed: the rest is inside it */
  *more = s->hold.len > from + 2 ? s->hold.len - 2 : from;
  return SIZE_MAX;
}

/* The next start tag <name ...> at or after hold offset from, reading more
 * input as needed (what is searched stays held); SIZE_MAX if none. */
static size_t src_find_tag(xml_src *s, size_t from, const char *name) {
  size_t k = strlen(name), more = 0;
  for (;;) {
    bool partial = false;
    for (size_t i = from; i + k + 2 <= s->hold.len; i++) {
      if (s->hold.data[i] != '<')
        continue;
      size_t j = skip_opaque(s, i, &more);
      if (j == SIZE_MAX) {
        from = i; /* come back to it with more input */
        partial = true;
        break;
      }
      if (j != i) {
        i = j - 1;
        continue;
      }
      if (memcmp(s->hold.data + i + 1, name, k) == 0 &&
          name_end(s->hold.data[i + 1 + k]))
        return i;
    }
    if (!partial && s->hold.len > k + 2 && s->hold.len - k - 2 > from)
      from = s->hold.len - k - 2;
    size_t keep = s->keep;
    s->keep = 0;
    int rc = src_fill(s);
    s->keep = keep;
    if (rc <= 0)
      return SIZE_MAX;
  }
}

/* The end of the element whose start tag <name ...> is at hold offset at:
 * just after its matching </name> (same-name elements inside counted),
 * reading more input as needed; SIZE_MAX if the input ends first. An end
 * tag counts once its '>' is in the input. A search that reaches the end
 * leaves which start tags it saw unmatched, so later searches from those
 * fail at once: each byte is searched through a bounded number of times
 * (the cost is linear in the input; see docs/ingest.md). */
static size_t src_find_end(xml_src *s, size_t at, const char *name) {
  size_t k = strlen(name), i = at + 1;
  const char *gt = src_gt(s, at);
  if (gt && gt[-1] == '/')
    return (size_t)(gt - s->hold.data) + 1; /* <name .../> */
  if (src_known_miss(s, s->base + at, name))
    return SIZE_MAX;
  s->nstk = 0;
  if (offs_push(&s->stk, &s->nstk, &s->stk_cap, s->base + at) < 0)
    return SIZE_MAX;
  size_t more = 0;
  for (;;) {
    for (; i + k + 3 <= s->hold.len; i++) {
      const char *p = s->hold.data + i;
      if (p[0] != '<')
        continue;
      size_t j = skip_opaque(s, i, &more);
      if (j == SIZE_MAX)
        break; /* its end is in a later chunk: back to i then */
      if (j != i) {
        i = j - 1;
        continue;
      }
      if (p[1] == '/' && memcmp(p + 2, name, k) == 0 && name_end(p[2 + k])) {
        gt = src_gt(s, i);
        if (!gt)
          break; /* the '>' is in the next chunk */
        if (s->nstk == 1)
          return (size_t)(gt - s->hold.data) + 1;
        s->nstk--;
      } else if (memcmp(p + 1, name, k) == 0 && name_end(p[1 + k])) {
        gt = src_gt(s, i);
        if (!gt)
          break;
        if (gt[-1] != '/' &&
            offs_push(&s->stk, &s->nstk, &s->stk_cap, s->base + i) < 0)
          return SIZE_MAX;
      }
    }
    size_t keep = s->keep;
    s->keep = 0;
    int rc = src_fill(s);
    s->keep = keep;
    if (rc <= 0)
      break;
  }
  if (s->eof && !s->ioerr) { /* what is still open has no end tag */
    size_t *t = s->miss, c = s->miss_cap;
    s->miss = s->stk;
    s->miss_cap = s->stk_cap;
    s->nmiss = s->nstk;
    s->stk = t;
    s->stk_cap = c;
    s->nstk = 0;
    s->miss_from = s->miss[0];
    snprintf(s->miss_name, sizeof s->miss_name, "%s", name);
  }
  return SIZE_MAX;
}

static xmlParserInputPtr no_loader(const char *url, const char *id,
                                   xmlParserCtxtPtr ctxt) {
  (void)url;
  (void)id;
  (void)ctxt;
  return NULL; /* never fetch DTDs or external entities */
}

static void on_error(void *ctx, xmlErrorPtr e) {
  xml_state *st = ctx;
  if (!e || e->level < XML_ERR_ERROR || st->err_msg[0])
    return;
  st->err_line = e->line;
  snprintf(st->err_msg, sizeof st->err_msg, "%s", e->message ? e->message : "XML error");
  size_t n = strlen(st->err_msg);
  while (n && (st->err_msg[n - 1] == '\n' || st->err_msg[n - 1] == ' '))
    st->err_msg[--n] = '\0';
}

/* Text of a node and its descendants; entity references are skipped;
 * <br> and block-ish element boundaries add a line break. */
static int collect(xml_state *st, const xmlNode *n, voc_buf *b) {
  int rc = 0;
  for (const xmlNode *c = n; c && rc == 0; c = c->next) {
    switch (c->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if (c->content)
        rc = voc_buf_puts(b, (const char *)c->content);
      break;
    case XML_ENTITY_REF_NODE:
      st->entities++;
      break;
    case XML_ELEMENT_NODE:
      if (c->children)
        rc = collect(st, c->children, b);
      if (rc == 0 && c->name &&
          (xmlStrcasecmp(c->name, BAD_CAST "p") == 0 ||
           xmlStrcasecmp(c->name, BAD_CAST "br") == 0 ||
           xmlStrcasecmp(c->name, BAD_CAST "div") == 0 ||
           xmlStrcasecmp(c->name, BAD_CAST "li") == 0))
        rc = voc_buf_putc(b, '\n');
      break;
    default:
      break;
    }
  }
  return rc;
}

static int node_text(xml_state *st, const xmlNode *n) {
  voc_buf_clear(&st->text);
  int rc = 0;
  if (n->type == XML_ATTRIBUTE_NODE || n->type == XML_ELEMENT_NODE)
    rc = n->children ? collect(st, n->children, &st->text) : 0;
  else
    rc = collect(st, n, &st->text);
  if (rc == 0 && !st->text.data)
    rc = voc_buf_puts(&st->text, "");
  return rc;
}

static bool has_element_child(const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      return true;
  return false;
}

static int add_str(cJSON *item, const char *key, const char *val) {
  cJSON *s = cJSON_CreateString(val);
  if (!s)
    return VOC_ENOMEM;
  cJSON_AddItemToObject(item, key, s);
  return 0;
}

/* Child elements as keys (nested as a/b), attributes as @name. */
static int add_children(xml_state *st, cJSON *item, const xmlNode *node,
                        const char *prefix, feed_mode mode, int depth) {
  int rc = 0;
  char key[512];
  for (const xmlAttr *a = node->properties; a && rc == 0 && depth == 0;
       a = a->next) {
    if ((rc = node_text(st, (const xmlNode *)a)) < 0)
      break;
    int kl = snprintf(key, sizeof key, "@%s", (const char *)a->name);
    if (kl > 0 && (size_t)kl < sizeof key && !cJSON_GetObjectItemCaseSensitive(item, key))
      rc = add_str(item, key, st->text.data);
  }
  for (const xmlNode *c = node->children; c && rc == 0; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    const char *nm = (const char *)c->name;
    if (depth == 0 && mode != MODE_GENERIC) {
      /* a feed's title is a review headline, not a job title */
      if (strcmp(nm, "title") == 0)
        nm = "headline";
      /* Atom links carry the URL in href */
      if (strcmp(nm, "link") == 0 && !c->children) {
        xmlChar *href = xmlGetProp(c, BAD_CAST "href");
        if (href) {
          if (!cJSON_GetObjectItemCaseSensitive(item, "link"))
            rc = add_str(item, "link", (const char *)href);
          xmlFree(href);
        }
        continue;
      }
    }
    int kl = prefix ? snprintf(key, sizeof key, "%s/%s", prefix, nm)
                    : snprintf(key, sizeof key, "%s", nm);
    if (kl < 0 || (size_t)kl >= sizeof key)
      continue; /* a path this long is no field anyone maps */
    if (has_element_child(c) && depth < 4) {
      if ((rc = add_children(st, item, c, key, mode, depth + 1)) < 0)
        break;
      /* Atom author/name, RSS-ish author/email: the parent gets the first
       * child's text so aliases (author) still find something */
      if (!cJSON_GetObjectItemCaseSensitive(item, key)) {
        for (const xmlNode *g = c->children; g; g = g->next)
          if (g->type == XML_ELEMENT_NODE) {
            if ((rc = node_text(st, g)) == 0)
              rc = add_str(item, key, st->text.data);
            break;
          }
      }
      continue;
    }
    if ((rc = node_text(st, c)) < 0)
      break;
    if (!cJSON_GetObjectItemCaseSensitive(item, key))
      rc = add_str(item, key, st->text.data);
  }
  return rc;
}

/* Each --map source as an XPath with the item as context node. Namespace
 * prefixes declared in the document are usable; the default namespace
 * (Atom's, for instance) is bound to the prefix "d". */
static int add_xpaths(xml_state *st, cJSON *item, xmlNode *node,
                      voc_error *err) {
  const char *const *srcs;
  size_t n = voc_ingest_map_sources(st->ing, &srcs);
  if (n == 0)
    return 0;
  xmlXPathContextPtr ctx = xmlXPathNewContext(node->doc);
  if (!ctx)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  ctx->node = node;
  xmlNsPtr *nsl = xmlGetNsList(node->doc, node);
  for (size_t i = 0; nsl && nsl[i]; i++)
    xmlXPathRegisterNs(ctx, nsl[i]->prefix ? nsl[i]->prefix : BAD_CAST "d",
                       nsl[i]->href);
  xmlFree(nsl);
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    if (cJSON_GetObjectItemCaseSensitive(item, srcs[i]))
      continue;
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST srcs[i], ctx);
    if (!r) {
      rc = voc_error_set(err, VOC_EINVAL, "--map: '%s' is not a valid XPath",
                         srcs[i]);
      break;
    }
    if (r->type == XPATH_NODESET) {
      if (r->nodesetval && r->nodesetval->nodeNr > 0) {
        voc_buf all = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX);
        for (int k = 0; k < r->nodesetval->nodeNr && rc == 0; k++) {
          if ((rc = node_text(st, r->nodesetval->nodeTab[k])) < 0)
            break;
          if (all.len)
            rc = voc_buf_putc(&all, '\n');
          if (rc == 0)
            rc = voc_buf_put(&all, st->text.data, st->text.len);
        }
        if (rc == 0)
          rc = add_str(item, srcs[i], all.data ? all.data : "");
        voc_buf_dispose(&all);
      }
    } else {
      xmlChar *s = xmlXPathCastToString(r);
      if (s) {
        rc = add_str(item, srcs[i], (const char *)s);
        xmlFree(s);
      }
    }
    xmlXPathFreeObject(r);
  }
  xmlXPathFreeContext(ctx);
  return rc;
}

static int do_item(xml_state *st, xmlNode *node, feed_mode mode, long line,
                   voc_error *err) {
  cJSON *item = cJSON_CreateObject();
  if (!item)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  int rc = add_children(st, item, node, NULL, mode, 0);
  if (rc == 0 && mode == MODE_ATOM &&
      !cJSON_GetObjectItemCaseSensitive(item, "content")) {
    /* Atom: summary when there is no content */
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(item, "summary");
    if (cJSON_IsString(s))
      rc = add_str(item, "content", s->valuestring);
  }
  if (rc == 0 && !has_element_child(node) &&
      !cJSON_GetObjectItemCaseSensitive(item, "text")) {
    /* <review id="1">plain text</review> */
    if ((rc = node_text(st, node)) == 0)
      rc = add_str(item, "text", st->text.data);
  }
  if (rc == 0)
    rc = add_xpaths(st, item, node, err);
  else if (rc < 0 && !err->msg[0])
    voc_error_set(err, rc, "%s", voc_strerror(rc));
  if (rc == 0) {
    xmlBufferPtr xb = xmlBufferCreate();
    const char *raw = NULL;
    size_t rawlen = 0;
    if (xb && xmlNodeDump(xb, node->doc, node, 0, 0) >= 0) {
      raw = (const char *)xmlBufferContent(xb);
      rawlen = (size_t)xmlBufferLength(xb);
    }
    rc = voc_ingest_emit_raw(st->ing, item, st->name, line, raw, rawlen, err);
    xmlBufferFree(xb);
  }
  cJSON_Delete(item);
  return rc;
}

/* Append the start tag the reader is on (name, attributes, namespace
 * declarations) to b, and its end tag to end: the items' ancestors around
 * an item read on its own. */
static int put_tags(xmlTextReaderPtr r, voc_buf *b, voc_buf *end) {
  const char *nm = (const char *)xmlTextReaderConstName(r);
  int rc = voc_buf_printf(b, "<%s", nm);
  if (rc == 0)
    rc = voc_buf_printf(end, "</%s>", nm);
  for (int ok = xmlTextReaderMoveToFirstAttribute(r); ok == 1 && rc == 0;
       ok = xmlTextReaderMoveToNextAttribute(r)) {
    const char *v = (const char *)xmlTextReaderConstValue(r);
    rc = voc_buf_printf(b, " %s=\"", (const char *)xmlTextReaderConstName(r));
    for (; v && *v && rc == 0; v++)
      rc = *v == '"'   ? voc_buf_puts(b, "&quot;")
           : *v == '&' ? voc_buf_puts(b, "&amp;")
           : *v == '<' ? voc_buf_puts(b, "&lt;")
                       : voc_buf_putc(b, *v);
    if (rc == 0)
      rc = voc_buf_putc(b, '"');
  }
  xmlTextReaderMoveToElement(r);
  return rc == 0 ? voc_buf_putc(b, '>') : rc;
}

/* Skip to the next start tag from hold offset i: past text, comments,
 * processing instructions, DOCTYPE (with its internal subset) and end
 * tags. Returns its offset, or SIZE_MAX. */
static size_t next_start_tag(const xml_src *s, size_t i) {
  const char *h = s->hold.data;
  size_t n = s->hold.len;
  while (i < n) {
    const char *lt = memchr(h + i, '<', n - i);
    if (!lt || (size_t)(lt - h) + 1 >= n)
      return SIZE_MAX;
    i = (size_t)(lt - h);
    char c = h[i + 1];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
        c == ':' || (unsigned char)c >= 0x80)
      return i;
    const char *close;
    if (c == '!' && i + 3 < n && h[i + 2] == '-' && h[i + 3] == '-') {
      close = strstr(h + i, "-->"); /* a comment */
      if (close)
        close += 2;
    } else if (c == '!') { /* DOCTYPE, maybe with an internal subset */
      const char *br = memchr(h + i, '[', n - i);
      close = memchr(h + i, '>', n - i);
      if (br && close && br < close)
        close = strstr(br, "]>") ? strstr(br, "]>") + 1 : NULL;
    } else { /* <?pi ?>, </end> */
      close = memchr(h + i, '>', n - i);
    }
    i = (size_t)(close - h) + 1;
  }
  return SIZE_MAX;
}

/* The start tag at hold offset at: its name's length, and the offset just
 * after its '>' (0 when it has none or is empty, <x/>). */
static size_t tag_at(const xml_src *s, size_t at, size_t *end) {
  size_t n = 0;
  while (at + 1 + n < s->hold.len && !name_end(s->hold.data[at + 1 + n]))
    n++;
  const char *gt = memchr(s->hold.data + at, '>', s->hold.len - at);
  *end = gt && gt[-1] != '/' ? (size_t)(gt - s->hold.data) + 1 : 0;
  return n;
}

/* A document whose parser stopped before handing out any item: what items
 * look like comes from the bytes. RSS items are <item> (under <channel>),
 * Atom ones <entry>, else the root's first child element is taken for one.
 * Fills name, the ancestors' start tags (as written) and end tags, and
 * *mode; returns the items' depth, 0 when there is nothing to go on. */
static int guess_items(const xml_src *s, char *name, size_t cap,
                       voc_buf *open, voc_buf *close, feed_mode *mode) {
  size_t at = s->hold_line == 1 ? next_start_tag(s, 0) : SIZE_MAX, end;
  int depth = 0;
  if (at == SIZE_MAX)
    return 0;
  for (; depth < 2; depth++) {
    size_t n = tag_at(s, at, &end);
    const char *nm = s->hold.data + at + 1;
    if (end == 0 || n == 0)
      return 0;
    voc_buf_clear(&open[depth]);
    voc_buf_clear(&close[depth]);
    if (voc_buf_put(&open[depth], s->hold.data + at, end - at) < 0 ||
        voc_buf_printf(&close[depth], "</%.*s>", (int)n, nm) < 0)
      return 0;
    if (depth == 0 && ((n == 3 && memcmp(nm, "rss", 3) == 0) ||
                       (n >= 3 && memcmp(nm + n - 3, "RDF", 3) == 0)))
      *mode = MODE_RSS;
    else if (depth == 0 && n >= 4 && memcmp(nm + n - 4, "feed", 4) == 0)
      *mode = MODE_ATOM;
    if (*mode != MODE_GENERIC) {
      snprintf(name, cap, "%s", *mode == MODE_RSS ? "item" : "entry");
      size_t child = next_start_tag(s, end);
      if (depth == 0 && *mode == MODE_RSS && child != SIZE_MAX &&
          strncmp(s->hold.data + child, "<channel", 8) == 0 &&
          name_end(s->hold.data[child + 8])) {
        at = child; /* <item>s are in <channel> */
        continue;
      }
      return depth + 1;
    }
    at = next_start_tag(s, end); /* generic: the root's first child */
    if (at == SIZE_MAX)
      return 0;
    size_t k = tag_at(s, at, &end);
    if (k == 0 || k >= cap)
      return 0;
    memcpy(name, s->hold.data + at + 1, k);
    name[k] = '\0';
    return 1;
  }
  return depth;
}

/* Ancestors of items remembered for reading items on their own. */
#define XML_OPEN_MAX 8

/* After a parse error the streaming reader cannot go on (libxml2 stops at
 * the first well-formedness error), so the rest of the input is read item
 * by item: each item's bytes, from its start tag to its matching end tag,
 * are parsed on their own inside its ancestors' tags (so namespace
 * prefixes still resolve). An item that does not parse, or has no end tag
 * before the next item starts, goes to --rejects verbatim with the
 * parser's message; the next one is read. */
typedef struct item_mode {
  const char *name;  /* element name of items */
  int depth;         /* their depth */
  voc_buf *open;     /* ancestors' start tags, by depth */
  voc_buf *close;    /* their end tags, by depth */
  feed_mode mode;
} item_mode;

/* The first byte of text outside markup in hold[a, b), SIZE_MAX if the
 * range holds only white space, tags, comments and instructions. */
static size_t stray_text(const xml_src *s, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    char c = s->hold.data[i];
    if (c == '<') {
      const char *gt = memchr(s->hold.data + i, '>', b - i);
      if (!gt)
        return i;
      i = (size_t)(gt - s->hold.data);
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      return i;
    }
  }
  return SIZE_MAX;
}

static int read_items(xml_state *st, xml_src *src, const item_mode *im,
                      size_t at, const char *first_err, long first_line,
                      voc_error *err) {
  voc_buf doc = VOC_BUF_INIT(VOC_INGEST_ITEM_MAX * 2);
  int rc = 0;
  const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                   XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  while (at != SIZE_MAX && rc == 0) {
    at -= src_release(src, at);
    src->keep = 0;
    long line = src_line(src, at);
    size_t end = src_find_end(src, at, im->name);
    size_t next = src_find_tag(src, end != SIZE_MAX ? end : at + 1, im->name);
    size_t stop = end != SIZE_MAX ? end : next != SIZE_MAX ? next : src->hold.len;
    xmlDocPtr d = NULL;
    st->err_msg[0] = '\0';
    st->err_line = 0;
    if (end != SIZE_MAX) {
      voc_buf_clear(&doc);
      for (int i = 0; i < im->depth && rc == 0; i++)
        rc = voc_buf_put(&doc, im->open[i].data ? im->open[i].data : "",
                         im->open[i].len);
      if (rc == 0)
        rc = voc_buf_put(&doc, src->hold.data + at, end - at);
      for (int i = im->depth; i-- > 0 && rc == 0;)
        rc = voc_buf_put(&doc, im->close[i].data ? im->close[i].data : "",
                         im->close[i].len);
      if (rc < 0)
        break;
      xmlSetStructuredErrorFunc(st, on_error);
      d = xmlReadMemory(doc.data, (int)doc.len, NULL, NULL, opts);
      xmlSetStructuredErrorFunc(NULL, NULL);
    }
    xmlNode *node = d ? xmlDocGetRootElement(d) : NULL;
    for (int i = 0; i < im->depth && node; i++) {
      node = node->children;
      while (node && node->type != XML_ELEMENT_NODE)
        node = node->next;
    }
    if (node && !st->err_msg[0]) {
      if (first_err) {
        /* the stream's error was not in this item: between items */
        voc_error w;
        voc_error_clear(&w);
        voc_error_at(&w, voc_ingest_display_name(st->name), first_line, 0);
        voc_error_set(&w, VOC_EPARSE,
                      "XML error between items: %s; the items around it are "
                      "read",
                      first_err);
        voc_cli_warn(voc_ingest_cli(st->ing), &w);
        voc_cli_fail(voc_ingest_cli(st->ing), VOC_EX_DATAERR);
      }
      rc = do_item(st, node, im->mode, line, err);
    } else {
      char why[400];
      size_t n = stop;
      while (n > at && (src->hold.data[n - 1] == ' ' ||
                       src->hold.data[n - 1] == '\n' ||
                       src->hold.data[n - 1] == '\r' ||
                       src->hold.data[n - 1] == '\t'))
        n--;
      if (first_err) /* what the stream met */
        snprintf(why, sizeof why, "XML error in this item (line %ld): %s",
                 first_line, first_err);
      else if (end == SIZE_MAX)
        snprintf(why, sizeof why, "XML error in this item: no </%s> before %s",
                 im->name, next != SIZE_MAX ? "the next item" : "the end");
      else
        snprintf(why, sizeof why, "XML error in this item (line %ld): %s",
                 line + (st->err_line > 0 ? st->err_line - 1 : 0),
                 st->err_msg[0] ? st->err_msg : "malformed");
      rc = voc_ingest_reject(st->ing, st->name, line, src->hold.data + at,
                             n - at, why);
    }
    if (d)
      xmlFreeDoc(d);
    first_err = NULL;
    /* text between this item and the next is no item: rejected, not lost */
    if (rc == 0 && end != SIZE_MAX) {
      size_t gap = stray_text(src, end, next != SIZE_MAX ? next : src->hold.len);
      if (gap != SIZE_MAX) {
        size_t e = next != SIZE_MAX ? next : src->hold.len;
        while (e > gap && (src->hold.data[e - 1] == ' ' || src->hold.data[e - 1] == '\n' ||
                           src->hold.data[e - 1] == '\r' || src->hold.data[e - 1] == '\t'))
          e--;
        rc = voc_ingest_reject(st->ing, st->name, src_line(src, gap),
                               src->hold.data + gap, e - gap,
                               "XML error: text between items, not in any item");
      }
    }
    at = next;
  }
  voc_buf_dispose(&doc);
  return rc;
}

int voc_xml_read(voc_ingest *ing, FILE *f, const char *name, voc_error *err) {
  xml_state st;
  xml_src src;
  memset(&st, 0, sizeof st);
  memset(&src, 0, sizeof src);
  st.ing = ing;
  st.name = name;
  voc_buf_init(&st.text, VOC_INGEST_ITEM_MAX);
  src.f = f;
  src.hold_line = 1;
  src.no_gt = SIZE_MAX;
  src.miss_from = SIZE_MAX;
  voc_buf_init(&src.hold, VOC_INGEST_ITEM_MAX * 4);
  voc_buf open[XML_OPEN_MAX], close[XML_OPEN_MAX]; /* items' ancestors */
  for (int i = 0; i < XML_OPEN_MAX; i++) {
    voc_buf_init(&open[i], 0);
    voc_buf_init(&close[i], 0);
  }
  char item_name[128] = ""; /* element name of items */
  int item_depth = 0;       /* their depth */
  size_t scan = 0;          /* hold offset after the last item read */
  const char *disp = voc_ingest_display_name(name);
  xmlExternalEntityLoader old = xmlGetExternalEntityLoader();
  xmlSetExternalEntityLoader(no_loader);
  int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
             XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  xmlTextReaderPtr r = xmlReaderForIO(read_cb, NULL, &src, NULL, NULL, opts);
  int rc = 0;
  feed_mode mode = MODE_GENERIC;
  bool saw_root = false;
  if (!r) {
    rc = voc_error_set(err, VOC_ENOMEM, "cannot start the XML reader");
    goto done;
  }
  xmlTextReaderSetStructuredErrorHandler(r, on_error, &st);
  size_t broken = SIZE_MAX; /* hold offset of an item that did not parse */
  int ret = xmlTextReaderRead(r);
  while (ret == 1) {
    int type = xmlTextReaderNodeType(r);
    int depth = xmlTextReaderDepth(r);
    if (type == XML_READER_TYPE_ELEMENT) {
      const char *ln = (const char *)xmlTextReaderConstLocalName(r);
      if (depth == 0) {
        saw_root = true;
        if (strcmp(ln, "rss") == 0 || strcmp(ln, "RDF") == 0)
          mode = MODE_RSS;
        else if (strcmp(ln, "feed") == 0)
          mode = MODE_ATOM;
      }
      if ((mode == MODE_RSS && strcmp(ln, "item") == 0) ||
          (mode == MODE_ATOM && strcmp(ln, "entry") == 0) ||
          (mode == MODE_GENERIC && depth == 1)) {
        long line = xmlTextReaderGetParserLineNumber(r);
        snprintf(item_name, sizeof item_name, "%s",
                 (const char *)xmlTextReaderConstName(r));
        item_depth = depth;
        /* the item's bytes start at its start tag; older ones can go */
        size_t at = src_find_tag(&src, scan, item_name);
        if (at != SIZE_MAX) {
          scan = at - src_release(&src, at);
          src.keep = 0;
          line = src_line(&src, scan);
        }
        xmlNode *node = xmlTextReaderExpand(r);
        if (!node) {
          broken = at == SIZE_MAX ? SIZE_MAX : scan;
          ret = -1;
          break;
        }
        if (at != SIZE_MAX) {
          size_t end = src_find_end(&src, scan, item_name);
          scan = end == SIZE_MAX ? scan + 1 : end;
        }
        if ((rc = do_item(&st, node, mode, line, err)) < 0)
          goto done;
        ret = xmlTextReaderNext(r);
        continue;
      }
      if (depth < XML_OPEN_MAX && !xmlTextReaderIsEmptyElement(r)) {
        voc_buf_clear(&open[depth]);
        voc_buf_clear(&close[depth]);
        if ((rc = put_tags(r, &open[depth], &close[depth])) < 0) {
          rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
          goto done;
        }
      }
    }
    ret = xmlTextReaderRead(r);
  }
  if (src.ioerr) {
    voc_error_at(err, disp, 0, 0);
    rc = voc_error_set(err, VOC_EIO, "read error");
    goto done;
  }
  if (ret == 0 && !st.err_msg[0])
    goto done; /* the end */
  if (!item_name[0] && saw_root && mode != MODE_GENERIC)
    snprintf(item_name, sizeof item_name, "%s",
             mode == MODE_RSS ? "item" : "entry");
  else if (!item_name[0] && !saw_root)
    item_depth = guess_items(&src, item_name, sizeof item_name, open, close,
                             &mode);
  if (item_name[0] && item_depth <= XML_OPEN_MAX) {
    /* from the broken item, or from the first item the parser read ahead
     * but never handed out (the error came after it) */
    size_t from = broken != SIZE_MAX ? broken : src_find_tag(&src, scan, item_name);
    if (from != SIZE_MAX) {
      /* ancestors known from the reader, else (feeds whose first item
       * broke) rss/channel or feed when the reader got that far */
      int d = item_depth;
      if (d == 0 && open[0].len)
        d = mode == MODE_RSS && open[1].len &&
                    strncmp(open[1].data, "<channel", 8) == 0
                ? 2
                : 1;
      item_mode im = {item_name, d, open, close, mode};
      char first[sizeof st.err_msg];
      snprintf(first, sizeof first, "%s", st.err_msg[0] ? st.err_msg : "malformed");
      xmlFreeTextReader(r);
      r = NULL;
      rc = read_items(&st, &src, &im, from, first, st.err_line, err);
      goto done;
    }
  }
  voc_error_at(err, disp, st.err_line, 0);
  if (!saw_root)
    rc = voc_error_set(err, VOC_EPARSE,
                       "XML error: %s (no root element: empty input or "
                       "not XML)",
                       st.err_msg[0] ? st.err_msg : "malformed document");
  else
    rc = voc_error_set(err, VOC_EPARSE, "XML error: %s",
                       st.err_msg[0] ? st.err_msg : "malformed document");
done:
  if (st.entities) {
    voc_error w;
    voc_error_clear(&w);
    voc_error_at(&w, disp, 0, 0);
    voc_error_set(&w, 0,
                  "%lu entity reference%s not expanded (entity expansion is "
                  "off for safety)",
                  st.entities, st.entities == 1 ? "" : "s");
    voc_cli_warn(voc_ingest_cli(ing), &w);
  }
  xmlFreeTextReader(r);
  xmlSetExternalEntityLoader(old);
  voc_buf_dispose(&st.text);
  voc_buf_dispose(&src.hold);
  free(src.miss);
  free(src.stk);
  for (int i = 0; i < XML_OPEN_MAX; i++) {
    voc_buf_dispose(&open[i]);
    voc_buf_dispose(&close[i]);
  }
  return rc;
}
