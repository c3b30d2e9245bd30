/* voc_date.h: dates from exports to ISO 8601.
 *
 * Accepted (leading/trailing blanks ignored):
 *   ISO 8601      2025-02-11, 2025-02-11T09:30, 2025-02-11 09:30:15.250,
 *                 2025-02-11T09:30:00Z, ...+01:00, ...+0100, 2025/02/11
 *   RFC 2822      Tue, 11 Feb 2025 14:00:00 +0000 (also GMT, UT, EST...)
 *   CRM exports   2/11/2025 14:00, 2/11/2025 2:00 PM (US month/day unless the
 *                 first number is > 12), 11.02.2025 (day.month.year),
 *                 Feb 11, 2025, 11 February 2025 9:30
 *   Unix time     1739282400 (seconds) or 1739282400000 (milliseconds), UTC
 * Output: "YYYY-MM-DD" for a plain date, "YYYY-MM-DDTHH:MM:SSZ" converted to
 * UTC when the source gives a zone, "YYYY-MM-DDTHH:MM:SS" (no zone) when it
 * gives none. Fractions of a second are dropped. */
#ifndef VOC_DATE_H
#define VOC_DATE_H

#include <stddef.h>

#define VOC_DATE_MAX 32 /* room for the longest output plus NUL */

/* Parse s[0..n) into out (NUL-terminated). Returns 0, or VOC_EPARSE when the
 * text is not a date we recognise or names an impossible day/time (out is
 * then ""). */
int voc_date_parse(const char *s, size_t n, char out[VOC_DATE_MAX]);

#endif
