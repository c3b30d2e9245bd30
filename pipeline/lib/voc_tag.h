/* voc_tag.h: the tagger: lexicon matches on records (voc-tag), persona from
 * job titles, and the readable explanations and example runs of voc-lex.
 *
 * A voc_tagger borrows a compiled voc_lexset and owns a normalizer and a
 * matcher; use one per thread. Records that carry "tokens" (from voc-norm)
 * are not segmented again (voc_norm_from_record); others are normalized on
 * the fly; both give identical tags. */
#ifndef VOC_TAG_H
#define VOC_TAG_H

#include <stdbool.h>
#include <stddef.h>

#include "voc_buf.h"
#include "voc_error.h"
#include "voc_jline.h"
#include "voc_lex.h"
#include "voc_record.h"

typedef struct voc_tagger voc_tagger;

typedef struct voc_tag_options {
  const char *const *lexicons; /* tag only these lexicons (names), or NULL */
  size_t nlexicons;
  const char *lang; /* language for records without "lang" (NULL: detect) */
} voc_tag_options;

/* A new tagger over ls (borrowed: it must outlive the tagger). opt may be
 * NULL. On success *out belongs to the caller (voc_tagger_free). */
int voc_tagger_new(voc_tagger **out, const voc_lexset *ls,
                   const voc_tag_options *opt, voc_error *err);
void voc_tagger_free(voc_tagger *tg);

/* Tag one record in place: sets "tags" (replacing them), "lang" when the
 * record had none and was normalized here, "persona" (from "title" through
 * persona.lex) when the record has no persona, and "lexicon_version".
 * A record whose "text" is null gets "tags": []. VOC_EPARSE (reject the
 * record) when "text" is missing or not a string, or the record's
 * tokens/sentences are malformed; VOC_ENOMEM. */
int voc_tagger_apply(voc_tagger *tg, voc_record *rec, voc_error *err);

/* voc_tagger_apply on a record line scanned by voc_jline_scan: the tagged
 * record as one line (without "\n") replaces out's contents. The values of
 * "lang", "tags", "persona" and "lexicon_version" are replaced where the
 * record has them and appended in that order where it has not, exactly as
 * voc_tagger_apply sets them; every other byte of the line is copied, so a
 * line as voc_record_format writes it comes out as voc_tagger_apply and
 * voc_record_format give it. Same errors as voc_tagger_apply. */
int voc_tagger_apply_line(voc_tagger *tg, const voc_jline *j, voc_buf *out,
                          voc_error *err);

/* The persona id for a job title ("unknown" when nothing matches or title
 * is NULL/empty): persona.lex of lang (falling back to en), the first
 * category in file order with a counting match wins. *id is owned by the
 * lexset. */
int voc_tagger_persona(voc_tagger *tg, const char *title, const char *lang,
                       const char **id, voc_error *err);

/* The kind of record ("review", "call_note" ...) voc_tagger_match assumes
 * for terms limited to some kinds; NULL (the default): every term applies.
 * voc_tagger_apply and voc_tagger_apply_line read each record's own kind. */
void voc_tagger_set_kind(voc_tagger *tg, const char *kind);

/* Analyse text and match it (mode VOC_LEX_TEXT or VOC_LEX_TITLE). lang may
 * be NULL (detect). *in and *matches live in tg until its next call;
 * *lexlang receives the lexicon language used (NULL when no lexicons fit).
 * Returns the number of matches or a negative VOC_E*. */
int voc_tagger_match(voc_tagger *tg, const char *text, size_t len,
                     const char *lang, int mode, const voc_lex_input **in,
                     const voc_lex_match **matches, const char **lexlang,
                     voc_error *err);

/* The evidence for a match: its sentence with white space runs collapsed,
 * trimmed to about max bytes at word boundaries around the match, "…"
 * where cut. Appended to out. */
int voc_tag_evidence(const voc_lex_input *in, const voc_lex_match *m,
                     size_t max, voc_buf *out);

/* voc-lex explain: a readable account of every decision on text (or, with
 * title true, on a job title), appended to out. */
int voc_tagger_explain(voc_tagger *tg, const char *text, const char *lang,
                       bool title, voc_buf *out, voc_error *err);

/* voc-lex test: run every match:/nomatch: example of the lexset. Each
 * failure is written to out as "file:line: ..." with an explanation.
 * *nfail and *ntotal receive the counts. Returns 0 or a negative VOC_E*. */
int voc_tagger_run_examples(voc_tagger *tg, FILE *out, long *nfail,
                            long *ntotal, voc_error *err);

#endif
