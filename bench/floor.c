/* floor.c: what the bare steps of tagging cost on this machine, without voc.
 *
 *   floor LEVEL < records.jsonl
 *
 * LEVEL (each includes the ones before it):
 *   read    read the lines (64 KiB stdio buffer, getline)
 *   json    + parse each line with cJSON and find "text"
 *   icu     + ICU word break iterator over the text (UText over UTF-8, one
 *             iterator reused for every record)
 *   fold    + case-fold each word (ASCII by hand, else u_strFoldCase)
 *   stem    + Snowball stem of each word (libstemmer, english)
 *
 * Prints "LEVEL bytes words seconds MB/s" (CPU time of the process). It
 * tells how far voc-tag is from the floor the libraries set; scripts/bench.sh
 * builds it with cc and runs it in the `floor` section. Benchmark only. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

enum { L_READ, L_JSON, L_ICU, L_FOLD, L_STEM };

static double cpu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  static const char *names[] = {"read", "json", "icu", "fold", "stem"};
  int level = -1;
  for (int i = 0; argc == 2 && i < 5; i++)
    if (strcmp(argv[1], names[i]) == 0)
      level = i;
  if (level < 0) {
    fprintf(stderr, "usage: floor read|json|icu|fold|stem < records.jsonl\n");
    return 64;
  }
  static char iobuf[1 << 16];
  setvbuf(stdin, iobuf, _IOFBF, sizeof iobuf);
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", NULL, 0, &st);
  struct sb_stemmer *stem = sb_stemmer_new("english", NULL);
  if (U_FAILURE(st) || !stem) {
    fprintf(stderr, "floor: ICU or stemmer setup failed\n");
    return 70;
  }
  UText *ut = NULL;
  char *line = NULL, fold[256];
  UChar u16[128], f16[256];
  size_t cap = 0;
  ssize_t n;
  unsigned long long bytes = 0, words = 0, sink = 0;
  double t0 = cpu_seconds();
  while ((n = getline(&line, &cap, stdin)) > 0) {
    bytes += (unsigned long long)n;
    if (level < L_JSON)
      continue;
    cJSON *rec = cJSON_ParseWithLength(line, (size_t)n);
    const cJSON *tx = cJSON_GetObjectItemCaseSensitive(rec, "text");
    if (level >= L_ICU && cJSON_IsString(tx)) {
      const char *s = tx->valuestring;
      int64_t len = (int64_t)strlen(s);
      st = U_ZERO_ERROR;
      ut = utext_openUTF8(ut, s, len, &st);
      ubrk_setUText(bi, ut, &st);
      int32_t a = ubrk_first(bi), b;
      for (; (b = ubrk_next(bi)) != UBRK_DONE; a = b) {
        if (ubrk_getRuleStatus(bi) < UBRK_WORD_NUMBER)
          continue; /* spaces and punctuation */
        words++;
        if (level < L_FOLD)
          continue;
        size_t wl = (size_t)(b - a), fl = 0;
        int ascii = wl < sizeof fold;
        for (size_t i = 0; ascii && i < wl; i++)
          ascii = (unsigned char)s[a + i] < 0x80;
        if (ascii) {
          for (size_t i = 0; i < wl; i++)
            fold[i] = (char)tolower((unsigned char)s[a + i]);
          fl = wl;
        } else {
          int32_t ul = 0, fl16, ol = 0;
          st = U_ZERO_ERROR;
          u_strFromUTF8(u16, 128, &ul, s + a, b - a, &st);
          fl16 = u_strFoldCase(f16, 256, u16, ul < 128 ? ul : 128,
                               U_FOLD_CASE_DEFAULT, &st);
          u_strToUTF8(fold, sizeof fold, &ol, f16, fl16 < 256 ? fl16 : 256, &st);
          fl = U_SUCCESS(st) && ol < (int32_t)sizeof fold ? (size_t)ol : 0;
        }
        if (level < L_STEM) {
          sink += fl;
          continue;
        }
        const sb_symbol *r = sb_stemmer_stem(stem, (const sb_symbol *)fold, (int)fl);
        sink += (unsigned long long)sb_stemmer_length(stem) + (r != NULL);
      }
    }
    cJSON_Delete(rec);
  }
  double t = cpu_seconds() - t0;
  printf("%s %llu %llu %.3f %.1f\n", names[level], bytes, words, t,
         t > 0 ? (double)bytes / t / 1e6 : 0.0);
  fprintf(stderr, "(%llu)\n", sink);
  free(line);
  utext_close(ut);
  ubrk_close(bi);
  sb_stemmer_delete(stem);
  return 0;
}
