/* voc_lex.h: lexicons (the .lex format of lexicons/README.md), compiled.
 *
 * CONTRACT (owned by the tagger work; the store reads category definitions
 * through it). A voc_lexset is every lexicon of every language under one
 * directory (lexicons/<lang>/<name>.lex), compiled once. */
#ifndef VOC_LEX_H
#define VOC_LEX_H

#include <stddef.h>

#include "voc_error.h"

typedef struct voc_lexset voc_lexset;

typedef struct voc_category_info {
  const char *lexicon;     /* "objection", "trigger", "persona", ... */
  const char *id;          /* "budget" */
  const char *label;       /* "Budget / price" */
  const char *description; /* may be "" */
  const char *lang;        /* "en" */
  const char *file;        /* path of the .lex file */
  long line;               /* line of the [id] header */
} voc_category_info;

/* Load and compile every <dir>/<lang>/<name>.lex. On failure err names
 * file:line:col. */
int voc_lexset_load(voc_lexset **out, const char *dir, voc_error *err);
void voc_lexset_free(voc_lexset *ls);

/* Categories in file order, all languages (same id may repeat per lang). */
size_t voc_lexset_ncategories(const voc_lexset *ls);
const voc_category_info *voc_lexset_category(const voc_lexset *ls, size_t i);

/* A short hash (hex) of everything compiled; changes when any lexicon does. */
const char *voc_lexset_version(const voc_lexset *ls);

#endif
