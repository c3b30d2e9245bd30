/* voc_lang.c: stop-word and script based language detection.
 *
 * The word lists are short lists of frequent function words, written for
 * this project and already in folded form (lowercase, NFKC). Words shared by
 * several languages ("de", "la", "en") count for each of them; the words
 * that only one language has decide. */
#include "voc_lang.h"
#include "voc_wordkey.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Languages with a stop-word profile, in tie-break order after "en". Each
 * has a Snowball stemmer (libstemmer accepts these ISO codes). */
static const struct {
  const char *code;
  const char *words; /* space separated, folded */
} profiles[] = {
    {"en", "the and of to is are was were be been have has had this that with "
           "for not but you your they their we our it its on at from by an "
           "will would can could should there what which who when do does "
           "did than then them these those very just about into also more "
           "my me he she his her if or so all any out how a i as no us up get "
           "got need want one only now some after over still already"},
    {"de", "der die das und ist nicht ein eine einen einem dem den des mit "
           "auf für von zu im sich auch wir ich sie es nur noch aber oder "
           "wenn dass wie bei aus nach sind haben hat wird werden kein keine "
           "uns unser unsere schon sehr jetzt ihr ihre zum zur diese dieser "
           "wäre wurde mehr man vor über"},
    {"fr", "le la les de des une est et pas que qui dans pour sur avec ne nous "
           "vous ils elle elles sont mais ou au aux du ce cette ces été être "
           "avoir fait plus très leur notre votre je il on se son sa même "
           "aussi c' n' qu' j' d' l' y a"},
    {"es", "el la los las de del y es que en un una por para con no se lo su "
           "sus pero más muy como está están hay nosotros ya también este "
           "esta ese eso cuando porque sin sobre ser tiene tenemos al nos "
           "me mi le"},
    {"it", "il lo gli della delle che è non per con una un sono ma anche "
           "come più questo questa nel nella degli molto ci siamo hanno "
           "abbiamo perché dei alla del l'"},
    {"pt", "o os as de do da dos das que não uma um com para por em no na nos "
           "se mais muito também como está são foi ser mas ao pelo pela você "
           "nós isso este esta"},
    {"nl", "de het een en van is dat niet met voor op zijn ook maar wij we "
           "ik je hij zij er aan bij uit dan nog wel deze dit naar geen heeft "
           "hebben worden wordt"},
    {"sv", "och att det som en är inte på med för av till den har jag vi ni "
           "de om men så kan ett var hade från eller också mycket inga någon "
           "vad"},
    {"da", "og at det som en er ikke på med for af til den har jeg vi de om "
           "men så kan et var fra eller også meget ingen være nogle hvad"},
    {"no", "og at det som en er ikke på med for av til den har jeg vi de om "
           "men så kan et var fra eller også mye ingen være noen hva"},
    {"fi", "ja on ei se että oli ovat mutta kuin myös tämä hän me he minä "
           "sinä te kun jos vain niin ole olla joka mitä"},
    {"hu", "a az és hogy nem is egy van volt de meg csak már mint ez azt "
           "ezt még vagy kell lesz nagyon"},
    {"ro", "și în nu este la cu de pe o un ce care mai sunt din pentru dar "
           "să se am fost acest această foarte"},
    {"tr", "ve bir bu da de için ile çok ne ama daha gibi olarak var yok ben "
           "sen biz o şu en mi"},
    {"id", "dan yang di ke dari ini itu dengan untuk tidak ada akan kami kita "
           "saya juga atau pada sudah bisa lebih"},
    {"ca", "el la els les de i que és no per amb una un dels del al però més "
           "molt som està aquest aquesta també"},
    {"ga", "agus an na is ar le do ní go sé sí bhí tá mé tú sinn siad"},
    {"eu", "eta da ez bat ere baina du dira zen ni zu gu hau hori oso dago "
           "izan"},
    {"lt", "ir yra kad ne tai bet su į iš kaip jau dar labai buvo mes jūs "
           "jie ar"},
};
#define NPROFILES (sizeof profiles / sizeof profiles[0])

/* Scripts whose words vote directly for one language. */
enum { SC_CYRILLIC, SC_GREEK, SC_ARABIC, SC_ARMENIAN, SC_DEVANAGARI,
       SC_TAMIL, NSCRIPTS };
static const char *const script_lang[NSCRIPTS] = {"ru", "el", "ar",
                                                  "hy", "hi", "ta"};

#define NSLOTS 2048 /* power of two, well above the number of words */

/* A stop word, its bytes inline as a voc_wordkey (all are at most 16
 * bytes long), so a look-up compares integers only. */
typedef struct slot {
  uint64_t a, b;    /* the word's voc_wordkey */
  uint32_t len;     /* 0 when empty */
  uint32_t mask;    /* bit i: word is in profiles[i] */
} slot;

#define MAXWORD 16 /* bytes of the longest stop word a slot can hold */

struct voc_langid {
  slot table[NSLOTS];           /* open addressing, linear probing */
  unsigned score[NPROFILES];    /* stop-word hits per language */
  unsigned script[NSCRIPTS];    /* words per non-Latin script */
  unsigned latin;               /* words starting with a Latin letter */
  unsigned nwords;              /* words added */
  size_t maxlen;                /* bytes of the longest stop word */
};

/* The slot of w[0..n) for voc_langid_new: its own, or the empty one where
 * it goes (key filled in, len still 0). */
static slot *find(voc_langid *id, const char *w, size_t n) {
  voc_wordkey k;
  voc_wordkey_make(&k, w, n);
  size_t i = k.hash & (NSLOTS - 1);
  for (;; i = (i + 1) & (NSLOTS - 1)) {
    slot *sl = &id->table[i];
    if (!sl->len) { /* not there: the caller may fill it */
      sl->a = k.a;
      sl->b = k.b;
      return sl;
    }
    if (sl->len == n && sl->a == k.a && sl->b == k.b)
      return sl;
  }
}

/* The slot of a stop word, or NULL. */
static const slot *lookup(const voc_langid *id, const char *w, size_t n) {
  voc_wordkey k;
  voc_wordkey_make(&k, w, n);
  for (size_t i = k.hash & (NSLOTS - 1);; i = (i + 1) & (NSLOTS - 1)) {
    const slot *sl = &id->table[i];
    if (!sl->len)
      return NULL;
    if (sl->len == n && sl->a == k.a && sl->b == k.b)
      return sl;
  }
}

int voc_langid_new(voc_langid **out, voc_error *err) {
  *out = NULL;
  voc_langid *id = calloc(1, sizeof *id);
  if (!id)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  for (size_t i = 0; i < NPROFILES; i++) {
    const char *s = profiles[i].words;
    while (*s) {
      while (*s == ' ')
        s++;
      size_t n = strcspn(s, " ");
      if (!n)
        break;
      if (n > MAXWORD) {
        free(id);
        return voc_error_set(err, VOC_EINTERNAL, "stop word too long");
      }
      slot *sl = find(id, s, n);
      sl->len = (uint32_t)n;
      sl->mask |= 1u << i;
      if (n > id->maxlen)
        id->maxlen = n;
      s += n;
    }
  }
  *out = id;
  return 0;
}

void voc_langid_free(voc_langid *id) { free(id); }

void voc_langid_reset(voc_langid *id) {
  memset(id->score, 0, sizeof id->score);
  memset(id->script, 0, sizeof id->script);
  id->latin = 0;
  id->nwords = 0;
}

/* The script of the first code point of a word, or -1 for Latin and
 * anything else. */
static int script_of(const unsigned char *s, size_t n, int *latin) {
  *latin = 0;
  if (n == 0)
    return -1;
  unsigned c = s[0];
  if (c < 0x80) {
    *latin = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return -1;
  }
  if (c >= 0xC0 && c < 0xE0 && n >= 2)
    c = ((c & 0x1F) << 6) | (s[1] & 0x3F);
  else if (c >= 0xE0 && c < 0xF0 && n >= 3)
    c = ((c & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  else
    return -1;
  if (c >= 0x00C0 && c <= 0x024F) {
    *latin = 1;
    return -1;
  }
  if (c >= 0x0370 && c <= 0x03FF)
    return SC_GREEK;
  if (c >= 0x0400 && c <= 0x04FF)
    return SC_CYRILLIC;
  if (c >= 0x0530 && c <= 0x058F)
    return SC_ARMENIAN;
  if (c >= 0x0600 && c <= 0x06FF)
    return SC_ARABIC;
  if (c >= 0x0900 && c <= 0x097F)
    return SC_DEVANAGARI;
  if (c >= 0x0B80 && c <= 0x0BFF)
    return SC_TAMIL;
  return -1;
}

void voc_langid_add(voc_langid *id, const char *fold, size_t len) {
  int latin, sc = script_of((const unsigned char *)fold, len, &latin);
  id->nwords++;
  if (sc >= 0) {
    id->script[sc]++;
    return;
  }
  id->latin += (unsigned)latin;
  if (!latin || len > id->maxlen)
    return; /* longer than any stop word */
  const slot *sl = lookup(id, fold, len);
  if (!sl)
    return;
  size_t i = 0;
  for (uint32_t m = sl->mask; m; m >>= 1, i++) /* stops at the highest bit */
    id->score[i] += m & 1u;
}

const char *voc_langid_result(const voc_langid *id) {
  if (id->nwords < 3)
    return "en";
  int best_sc = -1;
  for (int s = 0; s < NSCRIPTS; s++)
    if (id->script[s] && (best_sc < 0 || id->script[s] > id->script[best_sc]))
      best_sc = s;
  if (best_sc >= 0 && id->script[best_sc] > id->latin)
    return script_lang[best_sc];
  size_t best = 0;
  unsigned second = 0;
  for (size_t i = 1; i < NPROFILES; i++) {
    if (id->score[i] > id->score[best]) {
      second = id->score[best];
      best = i;
    } else if (id->score[i] > second) {
      second = id->score[i];
    }
  }
  if (best == 0 || id->score[best] < 2)
    return "en";
  /* A tie between two other languages (Spanish and Catalan share most of
   * their function words) goes to the one earlier in the list, unless
   * English has as many: then nothing decides and English stays. */
  if (id->score[best] <= second && id->score[0] >= id->score[best])
    return "en";
  return profiles[best].code;
}

char *voc_lang_primary(const char *tag, char *dst, size_t dstlen) {
  size_t n = 0;
  if (dstlen == 0)
    return dst;
  if (tag)
    for (; tag[n] && tag[n] != '-' && tag[n] != '_' && n + 1 < dstlen; n++)
      dst[n] = (char)((tag[n] >= 'A' && tag[n] <= 'Z') ? tag[n] + 32 : tag[n]);
  dst[n] = '\0';
  return dst;
}
