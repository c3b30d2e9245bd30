/* voc_html.c: HTML documents and fragments as plain text, through libxml2's
 * HTML parser (no network, no entity loading, errors silenced).
 *
 * The tree is walked without recursion. Text nodes have their white space
 * collapsed (kept inside <pre>); block elements start and end lines,
 * <p>-like blocks are separated by a blank line; script, style, head and
 * friends are dropped. With drop_quotes, quoted earlier messages are left
 * out: Gmail/Yahoo/Thunderbird/Apple quote containers (gmail_quote,
 * type=cite, ...), a plain <blockquote> right after an attribution line
 * ("On ... wrote:"), and everything from an Outlook reply header
 * (divRplyFwdMsg, appendonsend, OLK_SRC_BODY_SECTION, Hotmail's
 * stopSpelling rule) to the end. A plain <blockquote> without an
 * attribution is the customer's own (a passage they quote to discuss it)
 * and stays as a paragraph. */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "voc_email.h"
#include "voc_reply.h"
#include "voc_utf8.h"

/* Output state: pending line breaks are only written before the next text,
 * so blocks never produce leading or runs of blank lines. */
typedef struct html_out {
  voc_buf *out;
  int pending;  /* line breaks owed before the next text (0, 1 or 2) */
  int space;    /* a space is owed before the next text on this line */
  int pre;      /* depth of <pre> elements */
  int rc;
} html_out;

static int name_is(const xmlNode *n, const char *name) {
  return n->name != NULL && strcasecmp((const char *)n->name, name) == 0;
}

static int name_in(const xmlNode *n, const char *const *names) {
  for (; *names != NULL; names++)
    if (name_is(n, *names))
      return 1;
  return 0;
}

static const char *const skip_names[] = {
    "script", "style", "head", "title", "noscript", "template", "object",
    "iframe", "svg", "math", "select", "button", "meta", "link", NULL};
/* blank line before and after */
static const char *const para_names[] = {
    "p",  "h1",    "h2", "h3", "h4", "h5",         "h6",   "blockquote",
    "ul", "ol",    "dl", "pre", "table", "address", "hr", "figure",
    "fieldset", NULL};
/* line break before and after */
static const char *const line_names[] = {
    "div",  "li",     "tr",     "dt",     "dd",   "section", "article",
    "header", "footer", "nav",  "aside", "main", "form",    "caption",
    "center", "body",  "html", "thead", "tbody", "tfoot", "details",
    "summary", "figcaption", "legend", NULL};

static void out_break(html_out *o, int n) {
  if (o->out->len == 0)
    return; /* no breaks before the first text */
  if (n > o->pending)
    o->pending = n;
  o->space = 0;
}

static void out_text(html_out *o, const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n && o->rc >= 0; i++) {
    unsigned char c = (unsigned char)s[i];
    int ws = (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    /* U+00A0 no-break space counts as a space */
    if (!ws && c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
      ws = 1;
      i++;
    }
    if (o->pre) {
      if (c == '\r')
        continue;
      if (c == '\n') {
        o->rc = voc_buf_putc(o->out, '\n');
        continue;
      }
    } else if (ws) {
      if (o->out->len > 0 && o->pending == 0)
        o->space = 1;
      continue;
    }
    if (o->pending > 0) {
      o->rc = voc_buf_put(o->out, "\n\n", (size_t)o->pending);
      o->pending = 0;
      o->space = 0;
    } else if (o->space) {
      o->rc = voc_buf_putc(o->out, ' ');
      o->space = 0;
    }
    if (o->rc >= 0)
      o->rc = voc_buf_putc(o->out, ws ? ' ' : (int)c);
  }
}

static int attr_has(const xmlNode *n, const char *attr, const char *word) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
  int hit = 0;
  if (v != NULL) {
    hit = strstr((const char *)v, word) != NULL;
    xmlFree(v);
  }
  return hit;
}

static int attr_is(const xmlNode *n, const char *attr, const char *value) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
  int hit = 0;
  if (v != NULL) {
    hit = strcasecmp((const char *)v, value) == 0;
    xmlFree(v);
  }
  return hit;
}

/* Does the text written so far end with an attribution line? */
static int after_attribution(const html_out *o) {
  const char *s = o->out->data;
  size_t e = o->out->len, b;
  if (s == NULL)
    return 0;
  while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == ' '))
    e--;
  b = e;
  while (b > 0 && s[b - 1] != '\n')
    b--;
  return e > b && voc_reply_attribution_line(s + b, e - b);
}

/* A quoted earlier message that is dropped as a whole: a quote container,
 * or a plain blockquote under an attribution. */
static int is_quote(const html_out *o, const xmlNode *n) {
  return (name_is(n, "blockquote") && after_attribution(o)) ||
         attr_has(n, "class", "gmail_quote") ||
         attr_has(n, "class", "yahoo_quoted") ||
         attr_has(n, "class", "moz-cite-prefix") ||
         attr_has(n, "class", "gmail_attr") ||
         attr_has(n, "class", "OutlookMessageHeader") ||
         attr_is(n, "type", "cite");
}

/* A reply header after which everything is the earlier message. */
static int is_quote_start(const xmlNode *n) {
  return attr_is(n, "id", "divRplyFwdMsg") ||
         attr_is(n, "id", "appendonsend") ||
         attr_is(n, "id", "OLK_SRC_BODY_SECTION") ||
         attr_is(n, "id", "stopSpelling") ||
         attr_has(n, "class", "divRplyFwdMsg");
}

static void block_edge(html_out *o, const xmlNode *n) {
  if (name_in(n, para_names))
    out_break(o, 2);
  else if (name_in(n, line_names) || name_is(n, "br"))
    out_break(o, 1);
}

static void walk(html_out *o, xmlNode *root, int drop_quotes) {
  xmlNode *n = root;
  while (n != NULL && o->rc >= 0) {
    int descend = 0;
    if (n->type == XML_ELEMENT_NODE) {
      if (drop_quotes && is_quote_start(n))
        return;
      if (name_in(n, skip_names) || (drop_quotes && is_quote(o, n))) {
        block_edge(o, n);
      } else if (name_is(n, "br")) {
        /* a hard break: emitted even between two breaks */
        if (o->out->len > 0) {
          if (o->pending < 2)
            o->pending++;
          o->space = 0;
        }
      } else {
        block_edge(o, n);
        if (name_is(n, "pre"))
          o->pre++;
        if (name_is(n, "td") || name_is(n, "th"))
          o->space = o->out->len > 0 && o->pending == 0;
        descend = n->children != NULL;
      }
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != NULL)
        out_text(o, (const char *)n->content, strlen((const char *)n->content));
    } else if (n->type == XML_HTML_DOCUMENT_NODE ||
               n->type == XML_DOCUMENT_NODE) {
      descend = n->children != NULL;
    }
    if (descend) {
      n = n->children;
      continue;
    }
    /* climb: close finished elements until one has a next sibling */
    while (n != NULL && n != root && n->next == NULL) {
      n = n->parent;
      if (n == NULL || n == root)
        return;
      if (n->type == XML_ELEMENT_NODE) {
        if (name_is(n, "pre") && o->pre > 0)
          o->pre--;
        block_edge(o, n);
      }
    }
    if (n == NULL || n == root)
      return;
    n = n->next;
  }
}

int voc_html_to_text(const char *html, size_t len, int drop_quotes,
                     voc_buf *out, voc_error *err) {
  html_out o;
  htmlDocPtr doc = NULL;
  voc_buf clean = VOC_BUF_INIT(0);
  int rc = 0;

  voc_buf_clear(out);
  if (len == 0)
    return 0;
  if (len > (size_t)0x7fffffff)
    return voc_error_set(err, VOC_ETOOBIG, "HTML document too large");
  /* libxml2 wants valid UTF-8 when told the encoding is UTF-8 */
  if (!voc_utf8_valid(html, len)) {
    long r = voc_utf8_repair(&clean, html, len);
    if (r < 0) {
      rc = (int)r;
      goto done;
    }
    html = clean.data;
    len = clean.len;
  }
  doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
  if (doc == NULL) {
    rc = voc_error_set(err, VOC_EPARSE, "HTML could not be parsed");
    goto done;
  }
  o.out = out;
  o.pending = 0;
  o.space = 0;
  o.pre = 0;
  o.rc = 0;
  walk(&o, (xmlNode *)doc, drop_quotes);
  rc = o.rc;
  if (rc < 0)
    voc_error_set(err, rc, "out of memory converting HTML");
done:
  if (doc != NULL)
    xmlFreeDoc(doc);
  voc_buf_dispose(&clean);
  return rc;
}

int voc_reply_strip_html(const char *html, size_t len, voc_buf *out,
                         voc_error *err) {
  voc_buf text = VOC_BUF_INIT(0);
  int rc = voc_html_to_text(html, len, 1, &text, err);
  if (rc >= 0)
    rc = voc_reply_strip(text.data ? text.data : "", text.len, out);
  voc_buf_dispose(&text);
  return rc;
}
