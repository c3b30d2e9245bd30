/* voc_xml.c: review feeds as XML (see voc_xml.h).
 *
 * Safety: XML_PARSE_NONET, no XML_PARSE_NOENT (entities are never
 * substituted), no XML_PARSE_DTDLOAD/DTDATTR/DTDVALID, no XML_PARSE_HUGE,
 * and an external entity loader that refuses everything while we parse.
 * Text is collected by our own walk, which skips entity reference nodes,
 * so even the content of declared internal entities never reaches a
 * record. Memory: the streaming reader expands one item at a time. */
#include "voc_xml.h"

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

static int read_cb(void *ctx, char *buf, int len) {
  FILE *f = ctx;
  size_t n = fread(buf, 1, (size_t)len, f);
  if (n == 0 && ferror(f))
    return -1;
  return (int)n;
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

int voc_xml_read(voc_ingest *ing, FILE *f, const char *name, voc_error *err) {
  xml_state st;
  memset(&st, 0, sizeof st);
  st.ing = ing;
  st.name = name;
  voc_buf_init(&st.text, VOC_INGEST_ITEM_MAX);
  const char *disp = voc_ingest_display_name(name);
  xmlExternalEntityLoader old = xmlGetExternalEntityLoader();
  xmlSetExternalEntityLoader(no_loader);
  int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
             XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  xmlTextReaderPtr r = xmlReaderForIO(read_cb, NULL, f, NULL, NULL, opts);
  int rc = 0;
  if (!r) {
    rc = voc_error_set(err, VOC_ENOMEM, "cannot start the XML reader");
    goto done;
  }
  xmlTextReaderSetStructuredErrorHandler(r, on_error, &st);
  feed_mode mode = MODE_GENERIC;
  bool saw_root = false;
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
      } else if ((mode == MODE_RSS && strcmp(ln, "item") == 0) ||
                 (mode == MODE_ATOM && strcmp(ln, "entry") == 0) ||
                 (mode == MODE_GENERIC && depth == 1)) {
        long line = xmlTextReaderGetParserLineNumber(r);
        xmlNode *node = xmlTextReaderExpand(r);
        if (!node) {
          /* a parse error inside the item: the item is rejected (counted),
           * and reading stops since the parser cannot resync */
          char why[320];
          snprintf(why, sizeof why, "XML error in this item (line %d): %s",
                   st.err_line, st.err_msg[0] ? st.err_msg : "malformed");
          rc = voc_ingest_reject(ing, name, line, "", 0, why);
          goto done;
        }
        if ((rc = do_item(&st, node, mode, line, err)) < 0)
          goto done;
        ret = xmlTextReaderNext(r);
        continue;
      }
    }
    ret = xmlTextReaderRead(r);
  }
  if (ret < 0 || st.err_msg[0]) {
    voc_error_at(err, disp, st.err_line, 0);
    if (!saw_root)
      rc = voc_error_set(err, VOC_EPARSE,
                         "XML error: %s (no root element: empty input or "
                         "not XML)",
                         st.err_msg[0] ? st.err_msg : "malformed document");
    else
      rc = voc_error_set(err, VOC_EPARSE, "XML error: %s",
                         st.err_msg[0] ? st.err_msg : "malformed document");
  }
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
  return rc;
}
