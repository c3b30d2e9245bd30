/* voc_email.h: email sources (mbox, single .eml, maildir) through GMime, and
 * the customer's-own-words extraction shared by every email body.
 *
 * CONTRACT (owned by the email work). */
#ifndef VOC_EMAIL_H
#define VOC_EMAIL_H

#include <stdio.h>

#include "voc_buf.h"
#include "voc_error.h"
#include "voc_ingest.h"

/* Read every message of an mbox (fmt VOC_FMT_MBOX), one message
 * (VOC_FMT_EML) from f, or every message file of a maildir folder
 * (VOC_FMT_MAILDIR; f is NULL and name is the folder). Each message becomes a
 * source item with lower-cased, RFC 2047-decoded header names/values
 * ("message-id" without <>, "date" as ISO 8601 UTC, "from", "subject",
 * "x-campaign", "x-contact-title", ...) and "body": the text/plain part
 * (else the HTML part as text), decoded to UTF-8, handed to
 * voc_ingest_emit. Unparsable messages go to voc_ingest_reject with their
 * message number. */
int voc_email_read(voc_ingest *ing, FILE *f, const char *name, voc_format fmt,
                   voc_error *err);

/* Replace out's contents with the customer's own words of an email body:
 * quoted earlier messages, attribution lines ("On ... wrote:" and its
 * de/fr/es forms), Outlook header blocks, "-----Original Message-----",
 * forwarded blocks, signatures and legal disclaimers removed. Inline
 * answers between quoted lines are kept. Returns 0 or a negative VOC_E. */
int voc_reply_strip(const char *body, size_t len, voc_buf *out);

/* Replace out's contents with the text of an HTML document or fragment
 * (libxml2 HTML parser, no network, no entity loading): block elements
 * become line breaks, script/style dropped, entities decoded. Quoted parts
 * (blockquote, gmail_quote, divRplyFwdMsg...) are dropped when
 * drop_quotes is non-zero. */
int voc_html_to_text(const char *html, size_t len, int drop_quotes,
                     voc_buf *out, voc_error *err);

#endif
