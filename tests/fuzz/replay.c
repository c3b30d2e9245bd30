/* Standalone driver: replays fuzz corpora without libFuzzer, so that every
 * normal (gcc, sanitizer) CI build runs each target over its saved inputs.
 * Usage: replay_<target> FILE|DIR... */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      uint8_t *p = realloc(buf, cap *= 2);
      if (!p) {
        free(buf);
        buf = NULL;
      } else
        buf = p;
    }
  }
  fclose(f);
  if (!buf)
    return 1;
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_path(const char *path, int *count) {
  struct stat st;
  if (stat(path, &st) != 0) {
    perror(path);
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) {
    ++*count;
    return run_file(path);
  }
  DIR *d = opendir(path);
  if (!d)
    return 1;
  char **names = NULL;
  size_t nn = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    char **p = realloc(names, (nn + 1) * sizeof *names);
    if (!p)
      break;
    names = p;
    size_t len = strlen(path) + strlen(e->d_name) + 2;
    names[nn] = malloc(len);
    if (names[nn])
      snprintf(names[nn++], len, "%s/%s", path, e->d_name);
  }
  closedir(d);
  qsort(names, nn, sizeof *names, cmp); /* a stable order for reports */
  int rc = 0;
  for (size_t i = 0; i < nn; i++) {
    rc |= run_path(names[i], count);
    free(names[i]);
  }
  free(names);
  return rc;
}

int main(int argc, char **argv) {
  int rc = 0, count = 0;
  for (int i = 1; i < argc; i++)
    rc |= run_path(argv[i], &count);
  printf("%s: replayed %d inputs\n", argv[0], count);
  return rc;
}
