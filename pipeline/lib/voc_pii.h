/* voc_pii.h: redaction of personal data in customer text.
 *
 * E-mail addresses, phone numbers (national and international formats) and
 * card-like numbers (13-19 digits passing the Luhn check) are replaced by
 * "[email]", "[phone]" and "[card]". Scanning is linear in the input (no
 * regular expressions, no backtracking). Dates, times, money, percentages,
 * years and version numbers are left alone. */
#ifndef VOC_PII_H
#define VOC_PII_H

#include <stddef.h>

#include "voc_buf.h"

enum {
  VOC_PII_EMAIL = 1 << 0,
  VOC_PII_PHONE = 1 << 1,
  VOC_PII_CARD = 1 << 2,
  VOC_PII_ALL = VOC_PII_EMAIL | VOC_PII_PHONE | VOC_PII_CARD
};

/* Append s[0..n) to out with the kinds in `what` redacted. Returns the number
 * of redactions (>= 0) or a negative VOC_E code. */
long voc_pii_redact(const char *s, size_t n, unsigned what, voc_buf *out);

#endif
