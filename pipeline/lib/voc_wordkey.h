/* voc_wordkey.h: a word's first 16 bytes packed in two integers, and a hash
 * of all of it, for the normalizer's tables (the stem caches in voc_norm.c,
 * the stop words in voc_lang.c). Internal to those two files.
 *
 * For a word of 1 to 16 bytes, (len, a, b) determines the word: two words
 * of the same length are equal exactly when their a and b are, so a table
 * can keep (len, a, b) inline and compare a key in two integer comparisons,
 * without a memcmp or a visit to where the word's bytes are stored. A
 * longer word's a and b are its first 16 bytes; the bytes after them must
 * be compared separately. The hash covers every byte. Only s[0..len) is
 * read. */
#ifndef VOC_WORDKEY_H
#define VOC_WORDKEY_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct voc_wordkey {
  uint64_t a, b;
  uint32_t hash;
} voc_wordkey;

static inline uint64_t voc_wordkey_load64(const char *s) {
  uint64_t v;
  memcpy(&v, s, 8);
  return v;
}

static inline uint64_t voc_wordkey_load32(const char *s) {
  uint32_t v;
  memcpy(&v, s, 4);
  return v;
}

static inline uint64_t voc_wordkey_mix(uint64_t h) {
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return h;
}

/* The key of s[0..len). 1-3 bytes: the first, middle and last byte; 4-7:
 * the first and last four; 8-16: the first and last eight (overlapping).
 * Each covers every byte, so equal lengths and keys mean equal words. */
static inline void voc_wordkey_make(voc_wordkey *k, const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  uint64_t a, b = 0;
  if (len >= 8) {
    a = voc_wordkey_load64(s);
    b = voc_wordkey_load64(len <= 16 ? s + len - 8 : s + 8);
  } else if (len >= 4) {
    a = voc_wordkey_load32(s) | voc_wordkey_load32(s + len - 4) << 32;
  } else if (len) {
    a = u[0] | (uint64_t)u[len / 2] << 8 | (uint64_t)u[len - 1] << 16;
  } else {
    a = 0;
  }
  uint64_t h = (a ^ (uint64_t)len * 0x9e3779b97f4a7c15ULL) *
               0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 31) ^ b) * 0x94d049bb133111ebULL;
  if (len > 16) { /* the rest, eight bytes at a time, the last ones overlapping */
    size_t i = 16;
    for (; i + 8 < len; i += 8)
      h = (h ^ voc_wordkey_load64(s + i)) * 0x94d049bb133111ebULL;
    h = (h ^ voc_wordkey_load64(s + len - 8)) * 0x94d049bb133111ebULL;
  }
  k->a = a;
  k->b = b;
  k->hash = (uint32_t)voc_wordkey_mix(h);
}

#endif
