/* voc_eval.c: precision/recall/F1 per category, micro-averaged per lexicon,
 * and persona accuracy. Small data (evaluation sets): plain arrays. */
#include "voc_eval.h"

#include <stdlib.h>
#include <string.h>

typedef struct label {
  char *lexicon;  /* "objection" */
  char *category; /* "budget" */
} label;

typedef struct doc {
  char *id;
  bool gold, tagged;
  int *g, *p; /* label ids (gold, predicted) */
  size_t ng, np, gcap, pcap;
  char *gpersona, *ppersona;
} doc;

struct voc_eval {
  doc *docs;
  size_t ndocs, dcap;
  label *labels;
  size_t nlabels, lcap;
  char **lexicons; /* lexicons present in gold, in first-seen order */
  size_t nlex, lexcap;
  long extra; /* tagged records without gold */
};

static int grow(void *pp, size_t *cap, size_t need, size_t el) {
  void **p = pp;
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap * 2 : 16;
  while (n < need)
    n *= 2;
  void *q = realloc(*p, n * el);
  if (!q)
    return VOC_ENOMEM;
  *p = q;
  *cap = n;
  return 0;
}

int voc_eval_new(voc_eval **out, voc_error *err) {
  *out = calloc(1, sizeof **out);
  return *out ? 0 : voc_error_set(err, VOC_ENOMEM, "out of memory");
}

void voc_eval_free(voc_eval *ev) {
  if (!ev)
    return;
  for (size_t i = 0; i < ev->ndocs; i++) {
    free(ev->docs[i].id);
    free(ev->docs[i].g);
    free(ev->docs[i].p);
    free(ev->docs[i].gpersona);
    free(ev->docs[i].ppersona);
  }
  for (size_t i = 0; i < ev->nlabels; i++) {
    free(ev->labels[i].lexicon);
    free(ev->labels[i].category);
  }
  for (size_t i = 0; i < ev->nlex; i++)
    free(ev->lexicons[i]);
  free(ev->docs);
  free(ev->labels);
  free(ev->lexicons);
  free(ev);
}

static doc *find_doc(voc_eval *ev, const char *id, bool create) {
  for (size_t i = ev->ndocs; i-- > 0;)
    if (!strcmp(ev->docs[i].id, id))
      return &ev->docs[i];
  if (!create || grow(&ev->docs, &ev->dcap, ev->ndocs + 1, sizeof *ev->docs))
    return NULL;
  doc *d = &ev->docs[ev->ndocs];
  memset(d, 0, sizeof *d);
  if (!(d->id = strdup(id)))
    return NULL;
  ev->ndocs++;
  return d;
}

static int label_id(voc_eval *ev, const char *lex, size_t lexlen,
                    const char *cat) {
  for (size_t i = 0; i < ev->nlabels; i++)
    if (strlen(ev->labels[i].lexicon) == lexlen &&
        !strncmp(ev->labels[i].lexicon, lex, lexlen) &&
        !strcmp(ev->labels[i].category, cat))
      return (int)i;
  if (grow(&ev->labels, &ev->lcap, ev->nlabels + 1, sizeof *ev->labels))
    return VOC_ENOMEM;
  label *l = &ev->labels[ev->nlabels];
  l->lexicon = strndup(lex, lexlen);
  l->category = strdup(cat);
  if (!l->lexicon || !l->category) {
    free(l->lexicon);
    free(l->category);
    return VOC_ENOMEM;
  }
  return (int)ev->nlabels++;
}

static int add_label(int **v, size_t *n, size_t *cap, int id) {
  for (size_t i = 0; i < *n; i++)
    if ((*v)[i] == id)
      return 0;
  if (grow(v, cap, *n + 1, sizeof **v))
    return VOC_ENOMEM;
  (*v)[(*n)++] = id;
  return 0;
}

static bool has_lexicon(const voc_eval *ev, const char *lex) {
  for (size_t i = 0; i < ev->nlex; i++)
    if (!strcmp(ev->lexicons[i], lex))
      return true;
  return false;
}

int voc_eval_add_gold(voc_eval *ev, const voc_record *gold, voc_error *err) {
  const char *id = voc_record_str(gold, "id");
  if (!id)
    return voc_error_set(err, VOC_EPARSE, "gold record without a string id");
  doc *d = find_doc(ev, id, true);
  if (!d)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  d->gold = true;
  const char *p = voc_record_str(gold, "persona");
  if (p && !d->gpersona && !(d->gpersona = strdup(p)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  const cJSON *f;
  cJSON_ArrayForEach(f, gold) {
    size_t n = f->string ? strlen(f->string) : 0;
    if (n < 2 || f->string[n - 1] != 's' || !cJSON_IsArray(f))
      continue;
    const cJSON *v;
    bool strings = true;
    cJSON_ArrayForEach(v, f) strings = strings && cJSON_IsString(v);
    if (!strings)
      continue;
    char lex[256];
    snprintf(lex, sizeof lex, "%.*s", (int)(n - 1), f->string);
    if (!has_lexicon(ev, lex)) {
      if (grow(&ev->lexicons, &ev->lexcap, ev->nlex + 1,
               sizeof *ev->lexicons) ||
          !(ev->lexicons[ev->nlex] = strdup(lex)))
        return voc_error_set(err, VOC_ENOMEM, "out of memory");
      ev->nlex++;
    }
    cJSON_ArrayForEach(v, f) {
      int lid = label_id(ev, f->string, n - 1, v->valuestring);
      if (lid < 0 || add_label(&d->g, &d->ng, &d->gcap, lid) < 0)
        return voc_error_set(err, VOC_ENOMEM, "out of memory");
    }
  }
  return 0;
}

int voc_eval_add_tagged(voc_eval *ev, const voc_record *rec, voc_error *err) {
  const char *id = voc_record_str(rec, "id");
  if (!id)
    return voc_error_set(err, VOC_EPARSE, "tagged record without a string id");
  doc *d = find_doc(ev, id, true);
  if (!d)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  d->tagged = true;
  const char *p = voc_record_str(rec, "persona");
  free(d->ppersona);
  d->ppersona = p ? strdup(p) : NULL;
  const cJSON *tags = voc_record_get(rec, "tags"), *t;
  cJSON_ArrayForEach(t, tags) {
    const cJSON *lx = cJSON_GetObjectItemCaseSensitive(t, "lexicon");
    const cJSON *ca = cJSON_GetObjectItemCaseSensitive(t, "category");
    if (!cJSON_IsString(lx) || !cJSON_IsString(ca) ||
        cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(t, "negated")) ||
        cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(t, "excluded")))
      continue;
    int lid =
        label_id(ev, lx->valuestring, strlen(lx->valuestring), ca->valuestring);
    if (lid < 0 || add_label(&d->p, &d->np, &d->pcap, lid) < 0)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
  }
  return 0;
}

static bool in_set(const int *v, size_t n, int id) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == id)
      return true;
  return false;
}

static void finish(voc_eval_score *s) {
  s->precision = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
  s->recall = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
  s->f1 = s->precision + s->recall
              ? 2 * s->precision * s->recall / (s->precision + s->recall)
              : 0;
}

static void score_label(const voc_eval *ev, int lid, voc_eval_score *s) {
  for (size_t i = 0; i < ev->ndocs; i++) {
    const doc *d = &ev->docs[i];
    if (!d->gold)
      continue;
    bool g = in_set(d->g, d->ng, lid), p = in_set(d->p, d->np, lid);
    s->tp += g && p;
    s->fp += !g && p;
    s->fn += g && !p;
  }
}

bool voc_eval_micro(const voc_eval *ev, const char *lexicon,
                    voc_eval_score *out) {
  memset(out, 0, sizeof *out);
  if (!has_lexicon(ev, lexicon))
    return false;
  for (size_t l = 0; l < ev->nlabels; l++)
    if (!strcmp(ev->labels[l].lexicon, lexicon))
      score_label(ev, (int)l, out);
  finish(out);
  return true;
}

static int cmp_label(const void *a, const void *b, const voc_eval *ev) {
  const label *x = &ev->labels[*(const int *)a],
              *y = &ev->labels[*(const int *)b];
  return strcmp(x->category, y->category);
}

int voc_eval_report(const voc_eval *ev, FILE *out, bool verbose) {
  long ngold = 0, missing = 0, extra = 0;
  for (size_t i = 0; i < ev->ndocs; i++) {
    ngold += ev->docs[i].gold;
    missing += ev->docs[i].gold && !ev->docs[i].tagged;
    extra += !ev->docs[i].gold && ev->docs[i].tagged;
  }
  fprintf(out, "%ld gold documents", ngold);
  if (missing)
    fprintf(out, ", %ld without a tagged record (counted as no tags)", missing);
  if (extra)
    fprintf(out, ", %ld tagged records without gold (ignored)", extra);
  fputc('\n', out);
  int *ids = malloc((ev->nlabels + 1) * sizeof *ids);
  if (!ids)
    return VOC_ENOMEM;
  for (size_t x = 0; x < ev->nlex; x++) {
    const char *lex = ev->lexicons[x];
    size_t n = 0;
    for (size_t l = 0; l < ev->nlabels; l++)
      if (!strcmp(ev->labels[l].lexicon, lex))
        ids[n++] = (int)l;
    for (size_t i = 1; i < n; i++) { /* insertion sort by category */
      int v = ids[i];
      size_t j = i;
      while (j > 0 && cmp_label(&ids[j - 1], &v, ev) > 0) {
        ids[j] = ids[j - 1];
        j--;
      }
      ids[j] = v;
    }
    fprintf(out, "\n%-22s %5s %5s %5s %9s %7s %6s\n", lex, "gold", "pred", "tp",
            "precision", "recall", "F1");
    for (size_t i = 0; i < n; i++) {
      voc_eval_score s = {0};
      score_label(ev, ids[i], &s);
      finish(&s);
      fprintf(out, "  %-20s %5ld %5ld %5ld %9.3f %7.3f %6.3f\n",
              ev->labels[ids[i]].category, s.tp + s.fn, s.tp + s.fp, s.tp,
              s.precision, s.recall, s.f1);
    }
    voc_eval_score m;
    voc_eval_micro(ev, lex, &m);
    fprintf(out, "  %-20s %5ld %5ld %5ld %9.3f %7.3f %6.3f\n", "micro",
            m.tp + m.fn, m.tp + m.fp, m.tp, m.precision, m.recall, m.f1);
  }
  long pn = 0, pok = 0;
  for (size_t i = 0; i < ev->ndocs; i++) {
    const doc *d = &ev->docs[i];
    if (!d->gold || !d->gpersona)
      continue;
    pn++;
    pok += d->ppersona && !strcmp(d->ppersona, d->gpersona);
  }
  if (pn)
    fprintf(out, "\npersona accuracy %.3f (%ld of %ld)\n",
            (double)pok / (double)pn, pok, pn);
  if (verbose) {
    fputs("\nper document (+ false positive, - missed):\n", out);
    for (size_t i = 0; i < ev->ndocs; i++) {
      const doc *d = &ev->docs[i];
      if (!d->gold)
        continue;
      bool head = false;
      for (size_t l = 0; l < ev->nlabels; l++) {
        if (!has_lexicon(ev, ev->labels[l].lexicon))
          continue;
        bool g = in_set(d->g, d->ng, (int)l), p = in_set(d->p, d->np, (int)l);
        if (g == p)
          continue;
        if (!head)
          fprintf(out, "  %s:", d->id);
        head = true;
        fprintf(out, " %c%s/%s", p ? '+' : '-', ev->labels[l].lexicon,
                ev->labels[l].category);
      }
      if (d->gpersona &&
          (!d->ppersona || strcmp(d->ppersona, d->gpersona) != 0)) {
        if (!head)
          fprintf(out, "  %s:", d->id);
        head = true;
        fprintf(out, " persona %s (gold %s)",
                d->ppersona ? d->ppersona : "none", d->gpersona);
      }
      if (head)
        fputc('\n', out);
    }
  }
  free(ids);
  return 0;
}
