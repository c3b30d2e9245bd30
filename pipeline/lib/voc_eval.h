/* voc_eval.h: precision, recall and F1 of tagged records against gold
 * labels (voc-lex eval).
 *
 * Gold records are {"id", "<lexicon>s": ["category", ...], ..., "persona"}:
 * every field whose name ends in "s" and whose value is an array of strings
 * holds the labels of the lexicon named without the "s" ("objections" ->
 * objection, "triggers" -> trigger). Tagged records are voc-tag output: a
 * category is predicted when the record has a tag of it with negated false
 * and not excluded. Records are matched by "id"; a gold id without a tagged
 * record counts as predicting nothing (and is reported). */
#ifndef VOC_EVAL_H
#define VOC_EVAL_H

#include <stdbool.h>
#include <stdio.h>

#include "voc_error.h"
#include "voc_record.h"

typedef struct voc_eval voc_eval;

int voc_eval_new(voc_eval **out, voc_error *err);
void voc_eval_free(voc_eval *ev);

/* Add one gold record (needs a string "id"; VOC_EPARSE otherwise). */
int voc_eval_add_gold(voc_eval *ev, const voc_record *gold, voc_error *err);
/* Add one tagged record (needs a string "id"). */
int voc_eval_add_tagged(voc_eval *ev, const voc_record *rec, voc_error *err);

typedef struct voc_eval_score {
  long tp, fp, fn;
  double precision, recall, f1; /* 0 when undefined */
} voc_eval_score;

/* Micro-averaged score of one lexicon over the gold documents; false when
 * the gold has no such lexicon. */
bool voc_eval_micro(const voc_eval *ev, const char *lexicon,
                    voc_eval_score *out);

/* Print the table: per lexicon, per category gold/predicted/tp, precision,
 * recall, F1 and the micro average; then persona accuracy. verbose adds one
 * line per document with its false positives and negatives. */
int voc_eval_report(const voc_eval *ev, FILE *out, bool verbose);

#endif
