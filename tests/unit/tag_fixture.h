/* A compiled test lexicon and a tagger over it, for cmocka setup/teardown
 * (shared by test_lex.c and test_tag.c). TESTLEX names the lexicon folder,
 * relative to tests/unit (ctest's working directory). */
#ifndef TAG_FIXTURE_H
#define TAG_FIXTURE_H

#include <stdlib.h>

#include "voc_lex.h"
#include "voc_tag.h"

#ifndef TESTLEX
#define TESTLEX "../golden/tag/lex"
#endif

typedef struct fixture {
  voc_lexset *ls;
  voc_tagger *tg;
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  voc_error err;
  if (!f || voc_lexset_load(&f->ls, TESTLEX, &err) < 0 ||
      voc_tagger_new(&f->tg, f->ls, NULL, &err) < 0)
    return -1;
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  voc_tagger_free(f->tg);
  voc_lexset_free(f->ls);
  free(f);
  return 0;
}

#endif
