/* failmalloc.so: make the Nth allocation made by voc's own code fail.
 *
 * LD_PRELOAD=failmalloc.so VOC_FAIL_AT=N prog ...
 *   The Nth malloc/calloc/realloc/strdup called from the main executable's
 *   code (libvoc is linked statically into each program) returns NULL;
 *   allocations made inside shared libraries (ICU, cJSON, SQLite, glib,
 *   whose own OOM policies are theirs) are never failed. VOC_FAIL_COUNT=1
 *   prints how many allocations the program's code made, on stderr at exit.
 * Like SQLite's test_malloc and curl's torture tests: every allocation site
 * gets its turn to fail, and the program must end cleanly (an error exit,
 * no crash). */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static uintptr_t text_lo, text_hi; /* the main program's executable code */
static long fail_at = -1, count;
static int report;

static int find_main(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  if (info->dlpi_name && info->dlpi_name[0])
    return 0; /* a shared library; the main program has an empty name */
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X)) {
      text_lo = info->dlpi_addr + ph->p_vaddr;
      text_hi = text_lo + ph->p_memsz;
    }
  }
  return 1;
}

static void report_count(void) {
  if (report) {
    char msg[64];
    int n = snprintf(msg, sizeof msg, "failmalloc: %ld allocations\n", count);
    if (write(2, msg, (size_t)n) < 0) { /* nothing to do */ }
  }
}

__attribute__((constructor)) static void init(void) {
  const char *at = getenv("VOC_FAIL_AT");
  fail_at = at ? atol(at) : -1;
  report = getenv("VOC_FAIL_COUNT") != NULL;
  dl_iterate_phdr(find_main, NULL);
  atexit(report_count);
}

static int should_fail(void *caller) {
  uintptr_t c = (uintptr_t)caller;
  if (!text_hi || c < text_lo || c >= text_hi)
    return 0;
  return ++count == fail_at;
}

void *malloc(size_t n) {
  if (should_fail(__builtin_return_address(0)))
    return NULL;
  return __libc_malloc(n);
}

void *calloc(size_t a, size_t b) {
  if (should_fail(__builtin_return_address(0)))
    return NULL;
  return __libc_calloc(a, b);
}

void *realloc(void *p, size_t n) {
  if (should_fail(__builtin_return_address(0)))
    return NULL;
  return __libc_realloc(p, n);
}

char *strdup(const char *s) {
  if (should_fail(__builtin_return_address(0)))
    return NULL;
  size_t n = strlen(s) + 1;
  char *p = __libc_malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}
