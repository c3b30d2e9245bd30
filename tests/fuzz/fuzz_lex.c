/* Fuzz target: a lexicon file. Loading never crashes; a lexicon that loads
 * can match a sentence. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "voc_lex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64], file[96];

static void cleanup(void) {
  char sub[80];
  snprintf(sub, sizeof sub, "%s/en", dir);
  unlink(file);
  rmdir(sub);
  rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/voc-fuzz-lex-%d", (int)getpid());
    char sub[80];
    snprintf(sub, sizeof sub, "%s/en", dir);
    mkdir(dir, 0700);
    mkdir(sub, 0700);
    snprintf(file, sizeof file, "%s/objection.lex", sub);
    atexit(cleanup);
  }
  FILE *f = fopen(file, "wb");
  if (!f)
    return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  voc_lexset *ls = NULL;
  voc_error err;
  if (voc_lexset_load(&ls, dir, &err) == 0) {
    for (size_t i = 0; i < voc_lexset_ncategories(ls); i++)
      if (!voc_lexset_category(ls, i)->id)
        abort();
    voc_lexset_free(ls);
  }
  return 0;
}
