/* voc_hash.h: the 64-bit FNV-1a hash, shared by record ids, --dedupe and the
 * lexicon tables. Not cryptographic: it names and finds things, it does not
 * protect them. */
#ifndef VOC_HASH_H
#define VOC_HASH_H

#include <stddef.h>
#include <stdint.h>

#define VOC_FNV_OFFSET 0xcbf29ce484222325ULL

/* Continue hash h over p[0..n); start with VOC_FNV_OFFSET. */
static inline uint64_t voc_fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

#endif
