/* voc_reply.h: email helpers beyond the voc_email.h contract.
 *
 * voc_reply_strip, voc_html_to_text and voc_email_read are declared in
 * voc_email.h; this header adds entry points used by tests and by callers
 * that hold a message in memory. */
#ifndef VOC_REPLY_H
#define VOC_REPLY_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "voc_buf.h"
#include "voc_error.h"

/* Replace out's contents with the customer's own words of one RFC 5322
 * message held in msg[0..len): the best text part (text/plain preferred,
 * format=flowed joined, else the HTML part as text), transfer-decoded,
 * converted to UTF-8, with quotes, signatures and disclaimers stripped.
 * Returns 0, VOC_EPARSE when msg is not a message, or another VOC_E. */
int voc_email_text(const char *msg, size_t len, voc_buf *out, voc_error *err);

/* GMime set-up, once per process (idempotent). */
void voc_email_init(void);

/* The customer's own words of a parsed GMime message (a GMimeMessage *);
 * mbox non-zero undoes ">From " escaping in the body. */
struct _GMimeMessage;
int voc_email_message_text(struct _GMimeMessage *msg, int mbox, voc_buf *out,
                           voc_error *err);

/* Fill item (a cJSON object the caller owns) with the source item of a
 * parsed GMime message: lower-cased header names with unfolded, RFC
 * 2047-decoded values ("message-id" without <>, "date" as ISO 8601 UTC when
 * it parses, else as written), and "body" (voc_email_message_text). The
 * first occurrence of a repeated header wins. */
int voc_email_message_item(struct _GMimeMessage *msg, int mbox, cJSON *item,
                           voc_error *err);

/* The same for one message in memory; *out is a new cJSON object the caller
 * frees with cJSON_Delete. VOC_EPARSE when msg is not a message. */
int voc_email_item(const char *msg, size_t len, cJSON **out, voc_error *err);

/* voc_reply_strip for a message whose sender is known: sender is the From
 * header's display name and address (borrowed; NULL or "" when unknown).
 * A bare name line, or a name block without contact details, at the end
 * is then only dropped when it names the sender. */
int voc_reply_strip_from(const char *body, size_t len, const char *sender,
                         voc_buf *out);

/* Replace out's contents with text minus its sign-off only: a closing
 * ("Best regards,", "Viele Grüße", "Cheers, Ethan") with the name, title
 * and company lines under it, a trailing name/title/company block, a bare
 * name line at the end. Quotes, separators and disclaimers stay. What
 * voc_reply_strip does at the end of a reply, for comparing with other
 * projects' expected replies, which keep sign-offs. 0 or VOC_ENOMEM. */
int voc_reply_strip_signoff(const char *text, size_t len, voc_buf *out);

/* Does the line s[0..n) end like a quote's attribution ("On Mon, 3 Mar
 * 2025, Sam <s@x.org> wrote:", "Le ... a écrit :", "Name <mail>:")? Used
 * to tell a quoting <blockquote> from a customer's own. */
int voc_reply_attribution_line(const char *s, size_t n);

/* The customer's own words of an HTML body: voc_html_to_text with quotes
 * dropped, then voc_reply_strip. */
int voc_reply_strip_html(const char *html, size_t len, voc_buf *out,
                         voc_error *err);

#endif
