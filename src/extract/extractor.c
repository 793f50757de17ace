/* extractor.c - entity discovery and resolution over one document
 *
 * Per document: tokens and sentences; line marks (page furniture, photo
 * credits, bylines, all-capitals and title-case headlines: lines.c); per
 * sentence, gazetteer matches and capitalised name spans classified by cues
 * (candidates.c); a second pass that uses what the whole document says
 * (surnames, acronyms, names seen elsewhere with a cue: resolve.c); then
 * mentions, co-occurrences and typed relations are reported (here).
 */
#include "newsgraph/extract.h"

#include <stdlib.h>

#include "newsgraph/article.h"

#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "../core/arena.h"
#include "../core/buf.h"
#include "../core/map.h"
#include "corpus_priv.h"
#include "extractor_priv.h"

/* The block size of the extractor's arenas (labels, keys). */
#define ARENA_BLOCK (64 * 1024)
/* The longest event key ("e:CATEGORY@PLACE-KEY") kept. */
#define EVENT_KEY_CAP 1024
/* The entities of one sentence the relation finders see (in text order). */
#define SENTENCE_ARGS_MAX 64
/* Slots of the entry -> entity map kept from one document to the next. */
#define ENTRY_DENTS_KEEP 4096
static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

ng_extractor *ng_extractor_new(const ng_model *model, const ng_extract_ops *ops,
                               void *userdata, unsigned options)
{
    ng_extractor *x = ng_xcalloc(1, sizeof *x);
    x->model = model;
    x->lex = ng_model_lexicon(model);
    x->gaz = ng_model_gazetteer(model);
    x->matcher = ng_model_matcher(model);
    x->tr = ng_model_triggers(model);
    x->ops = *ops;
    x->ud = userdata;
    x->options = options;
    ng_tokens_init(&x->t);
    ng_sentences_init(&x->ss);
    ng_sentences_init(&x->ss_after);
    ng_idmap_init(&x->dkeys);
    ng_u64map_init(&x->span_ends);
    ng_u64map_init(&x->entry_dents);
    ng_strmap_init(&x->folds);
    ng_strmap_init(&x->lower_folds);
    ng_strmap_init(&x->skeys);
    ng_strmap_init(&x->heads);
    ng_tokens_init(&x->t0);
    ng_u64map_init(&x->lowers);
    ng_strmap_init(&x->name_memo);
    ng_u64map_init(&x->entry_memo_ids);
    ng_arena_init(&x->entry_memo_arena, ARENA_BLOCK);
    ng_arena_init(&x->memo_arena, ARENA_BLOCK);
    ng_arena_init(&x->arena, ARENA_BLOCK);
    x->clause = ng_xmalloc(sizeof *x->clause);
    return x;
}

void ng_extractor_free(ng_extractor *x)
{
    if (!x)
        return;
    ng_tokens_release(&x->t);
    ng_sentences_release(&x->ss);
    ng_buf_release(&x->entry_text);
    ng_buf_release(&x->span);
    ng_sentences_release(&x->ss_after);
    free(x->marks);
    free(x->bits);
    free(x->ids);
    free(x->fam);
    free(x->wid);
    free(x->lset);
    free(x->names);
    free(x->starts);
    free(x->word_cache);
    free(x->word_cache16);
    free(x->lower_stamp);
    free(x->fold_ids);
    free(x->gm.m);
    free(x->c);
    free(x->d);
    free(x->order);
    ng_idmap_release(&x->dkeys);
    ng_u64map_release(&x->entry_dents);
    ng_u64map_release(&x->span_ends);
    ng_strmap_release(&x->folds);
    ng_strmap_release(&x->lower_folds);
    ng_tokens_release(&x->t0);
    free(x->r);
    free(x->generics);
    free(x->acros);
    free(x->coords);
    free(x->by_fold);
    ng_strmap_release(&x->skeys);
    ng_strmap_release(&x->heads);
    ng_buf_release(&x->head_word);
    free(x->w);
    ng_u64map_release(&x->lowers);
    ng_strmap_release(&x->name_memo);
    free(x->memo);
    ng_u64map_release(&x->entry_memo_ids);
    free(x->entry_memo);
    ng_arena_release(&x->entry_memo_arena);
    ng_arena_release(&x->memo_arena);
    ng_arena_release(&x->arena);
    free(x->clause);
    free(x);
}

void ng_extractor_stats(const ng_extractor *x, ng_extract_stats *out)
{
    *out = x->stats;
}

void ng_extractor_set_timing(ng_extractor *x, int on)
{
    x->timing = on;
}

void ng_extractor_on_text_read(ng_extractor *x, void (*fn)(void *ud, size_t upto), void *ud)
{
    x->text_read = fn;
    x->text_read_ud = ud;
}

int32_t ng_extractor_entity_entry(const ng_extractor *x, uint32_t local)
{
    if (local >= x->nd || !x->d[local].entry)
        return -1;
    return (int32_t)ng_gazetteer_index(x->gaz, x->d[local].entry);
}

void ng_extractor_set_date(ng_extractor *x, const char *date)
{
    char iso[11];
    x->ref_y = x->ref_m = x->ref_d = 0;
    if (date && ng_date_parse(date, strlen(date), iso) == 0) {
        x->ref_y = atoi(iso);
        x->ref_m = atoi(iso + 5);
        x->ref_d = atoi(iso + 8);
    }
}
/* ---- windows ------------------------------------------------------------------ */

/* A window closes at the first blank line after so many tokens of its own;
 * a paragraph that runs on to WINDOW_TOKENS_MAX closes it at its last line
 * start past WINDOW_TOKENS, else at its last sentence start, else there (a
 * 1 GB text on one line: its tokens, candidates and sentences were held
 * whole, 4.8 GB). */
#ifndef WINDOW_TOKENS
#define WINDOW_TOKENS 65536
#endif
#define WINDOW_TOKENS_MAX (4 * (size_t)WINDOW_TOKENS)
/* Tokens of the paragraphs around a window read with it: what a rule looks
 * at before or after a sentence (a preposition, a dateline, "(ACR)"); the
 * margin after goes on to the end of its line (a line's marks are the
 * whole line's), up to WINDOW_MARGIN_MAX tokens (not the rest of a text
 * on one line, for every window). */
#define WINDOW_MARGIN 64
#define WINDOW_MARGIN_MAX 4096

/* A core of WINDOW_TOKENS_MAX tokens without a blank line: keep its tokens
 * up to the last line start at or after token `from`, else the last
 * sentence start (". Word"), else all of them; returns
 * where the kept tokens end (where the next window goes on). */
static size_t window_cut(ng_extractor *x, size_t from)
{
    ng_tokens *t = &x->t;
    size_t k = t->count;
    for (size_t i = t->count - 1; i > from && k == t->count; i--)
        if (t->tok[i].flags & NG_TOK_NEWLINE)
            k = i;
    for (size_t i = t->count - 1; i > from + 1 && k == t->count; i--) {
        const ng_token *p = &t->tok[i - 1];
        char c = x->text[p->start];
        if ((t->tok[i].flags & (NG_TOK_CAP | NG_TOK_SPACE)) == (NG_TOK_CAP | NG_TOK_SPACE) &&
            (p->flags & NG_TOK_PUNCT) && (c == '.' || c == '!' || c == '?'))
            k = i;
    }
    /* (a possessive never starts a line or a sentence; with neither, all
     * are kept: the scan never stops between a word and its possessive) */
    if (k < t->count) {
        t->fold_len = t->tok[k].fstart;
        t->count = k;
    }
    const ng_token *e = &t->tok[t->count - 1];
    return (size_t)e->start + e->len;
}

/* The model words of folds of at most 8 bytes, cached: such a fold is known
 * by its length and one 64-bit word of its bytes, so that the common words
 * cost neither hashing the whole fold nor probing the model's map. */
#define WORD_CACHE_BITS 12

struct word_slot {
    uint64_t key;
    uint32_t len; /* 0: empty */
    uint32_t id;  /* 1 + the model word's id, 0: not a model word */
};

/* f[0..n) of a fold of x->t, n <= 8: its bytes as one 64-bit word. The 8
 * bytes are read at once (ng_tokens keeps room past its folds), those past
 * n masked off. */
static inline uint64_t fold_key8(const char *f, size_t n)
{
    uint64_t key;
    memcpy(&key, f, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return key & ~0ULL << (64 - 8 * n);
#else
    return key & ~0ULL >> (64 - 8 * n);
#endif
}

/* The same for folds of 9 to 16 bytes: two 64-bit words, those past n
 * masked off (ng_tokens keeps 16 bytes of room past its folds). */
#define WORD_CACHE16_BITS 10

struct word_slot16 {
    uint64_t key[2];
    uint32_t len; /* 0: empty */
    uint32_t id;  /* 1 + the model word's id, 0: not a model word */
};

static const ng_word_info *model_word16(ng_extractor *x, const char *f, size_t n)
{
    uint64_t k0, k1 = fold_key8(f + 8, n - 8);
    memcpy(&k0, f, 8);
    struct word_slot16 *sl =
        &x->word_cache16[(((k0 ^ n) * 0x9e3779b97f4a7c15ULL ^ k1) * 0xff51afd7ed558ccdULL) >>
                         (64 - WORD_CACHE16_BITS)];
    if (sl->len == n && sl->key[0] == k0 && sl->key[1] == k1)
        return sl->id ? &x->winfo[sl->id - 1] : NULL;
    const ng_word_info *wi = ng_model_word_hashed(x->model, f, n, ng_hash_bytes(f, n));
    *sl = (struct word_slot16){{k0, k1}, (uint32_t)n, wi ? wi->id + 1 : 0};
    return wi;
}

static const ng_word_info *model_word(ng_extractor *x, const char *f, size_t n)
{
    if (n > 16)
        return ng_model_word_hashed(x->model, f, n, ng_hash_bytes(f, n));
    if (n > 8)
        return model_word16(x, f, n);
    uint64_t key = fold_key8(f, n);
    struct word_slot *sl =
        &x->word_cache[((key ^ n) * 0x9e3779b97f4a7c15ULL) >> (64 - WORD_CACHE_BITS)];
    if (sl->len == n && sl->key == key)
        return sl->id ? &x->winfo[sl->id - 1] : NULL;
    const ng_word_info *wi = ng_model_word_hashed(x->model, f, n, ng_hash_bytes(f, n));
    *sl = (struct word_slot){key, (uint32_t)n, wi ? wi->id + 1 : 0};
    return wi;
}

/* Bit f set for the values f of a token's five low flags that make a
 * capitalised word: NG_TOK_WORD, not NG_TOK_NUMBER, NG_TOK_CAP or
 * NG_TOK_UPPER (is_capword). */
_Static_assert((NG_TOK_WORD | NG_TOK_NUMBER | NG_TOK_CAP | NG_TOK_UPPER) < 32,
               "CAPWORD_FLAGS: the flags in five bits");
#define CAPWORD_FLAGS                                                                         \
    ((1u << (NG_TOK_WORD | NG_TOK_CAP)) | (1u << (NG_TOK_WORD | NG_TOK_UPPER)) |              \
     (1u << (NG_TOK_WORD | NG_TOK_CAP | NG_TOK_UPPER)) |                                      \
     (1u << (NG_TOK_WORD | NG_TOK_CAP | NG_TOK_PUNCT)) |                                      \
     (1u << (NG_TOK_WORD | NG_TOK_UPPER | NG_TOK_PUNCT)) |                                    \
     (1u << (NG_TOK_WORD | NG_TOK_CAP | NG_TOK_UPPER | NG_TOK_PUNCT)))

/* What the stages need of the window's tokens (x->t, base and sizes set):
 * per token its classes, model word, matcher word and trigger families;
 * the core's sentences; the line marks. */
static void window_prepare(ng_extractor *x, window *w)
{
    size_t nt = x->t.count;
    ng_xgrow(&x->marks, &x->cap_marks, nt + 8, 1); /* read 8 at a time below */
    ng_xgrow(&x->bits, &x->cap_bits, nt + 1, sizeof *x->bits);
    ng_xgrow(&x->fam, &x->cap_fam, nt + 1, sizeof *x->fam);
    ng_xgrow(&x->wid, &x->cap_wid, nt + 1, sizeof *x->wid);
    ng_xgrow(&x->lset, &x->cap_lset, nt + 1, sizeof *x->lset);
    ng_xgrow(&x->ids, &x->cap_ids, nt + 1, sizeof *x->ids);
    ng_xgrow(&x->names, &x->cap_names, nt + 16, 1);
    ng_xgrow(&x->starts, &x->cap_starts, nt + 16, 1);
    if (!x->word_cache) {
        x->word_cache = ng_xcalloc((size_t)1 << WORD_CACHE_BITS, sizeof *x->word_cache);
        x->word_cache16 = ng_xcalloc((size_t)1 << WORD_CACHE16_BITS, sizeof *x->word_cache16);
    }
    memset(x->marks, 0, nt + 8);
    x->winfo = ng_model_word_infos(x->model);
    /* one lookup per token: rule classes, matcher id, trigger families
     * (the arrays in locals: the lookup may call out, x is not read again) */
    const ng_token *tok = x->t.tok;
    const char *fold = x->t.fold;
    uint32_t *bits = x->bits, *wid = x->wid, *lset = x->lset, *fam = x->fam, *ids = x->ids;
    uint8_t *names = x->names, *starts = x->starts;
    for (size_t k = 0; k < nt; k++) {
        const ng_token *tk = &tok[k];
        /* a capitalised word (is_capword), without a branch: the bit of
         * its five low flags in CAPWORD_FLAGS */
        names[k] = (uint8_t)((CAPWORD_FLAGS >> (tk->flags & 31)) & 1);
        const char *f = fold + tk->fstart;
        const ng_word_info *wi = tk->flen ? model_word(x, f, tk->flen) : NULL;
        if (wi) {
            int word = (tk->flags & NG_TOK_WORD) != 0;
            bits[k] = word ? wi->lex : 0;
            wid[k] = wi->id + 1;
            lset[k] = wi->lists;
            fam[k] = word ? wi->fam : 0;
            ids[k] = wi->vocab;
            starts[k] = (uint8_t)(wi->starts & ~((unsigned)tk->flags / NG_TOK_HYPHEN) & 1);
        } else {
            bits[k] = wid[k] = lset[k] = fam[k] = ids[k] = 0;
            starts[k] = 0;
        }
        if ((tk->flags & NG_TOK_NUMBER) && tk->flen > 2 && !memcmp(f + tk->flen - 2, "km", 2))
            fam[k] |= NG_FAM_LOCATE; /* "50km" */
    }
    memset(names + nt, 0, 16);
    memset(starts + nt, 0, 16);
    /* the core's sentences: a blank line ends one, so they are the
     * document's */
    ng_tokens core = x->t;
    core.tok += w->nlb;
    core.count = w->ncore;
    ng_sentences_split(&x->ss, x->text, &core);
    for (size_t s = 0; s < x->ss.count; s++) {
        x->ss.s[s].tok_begin += w->nlb;
        x->ss.s[s].tok_end += w->nlb;
    }
    w->nsent = (uint32_t)x->ss.count;
    x->core_b = w->nlb;
    x->core_e = w->nlb + w->ncore;
    ng_lines_mark(x);
    /* the margin before: its marks as its own window made them (its first
     * line is cut); after: the first words of its sentences */
    if (w->nlb)
        memcpy(x->marks, w->lb_marks, w->nlb);
    if (w->nla) {
        core.tok = x->t.tok + x->core_e;
        core.count = w->nla;
        ng_sentences_split(&x->ss_after, x->text, &core);
        for (size_t s = 0; s < x->ss_after.count; s++)
            for (size_t k = x->core_e + x->ss_after.s[s].tok_begin;
                 k < x->core_e + x->ss_after.s[s].tok_end; k++)
                if (is_word(x, k)) {
                    x->marks[k] |= MARK_INITIAL;
                    break;
                }
    }
    /* a marked token starts no name (marks are few, in runs: 8 at a time) */
    for (size_t k = 0; k < nt; k += 8) {
        uint64_t m8;
        memcpy(&m8, x->marks + k, 8);
        if (!(m8 & 0x0101010101010101ULL * (MARK_SKIP | MARK_CAPS)))
            continue;
        for (size_t i = k; i < k + 8 && i < nt; i++)
            if (x->marks[i] & (MARK_SKIP | MARK_CAPS))
                x->names[i] = 0;
    }
    x->rdoc = (ng_rel_doc){.t = &x->t, .text = x->text, .lex = x->bits, .fam = x->fam,
                           .wid = x->wid, .winfo = x->winfo, .lset = x->lset,
                           .list_sets = ng_model_list_sets(x->model), .model = x->model,
                           .tr = x->tr, .ref_y = x->ref_y, .ref_m = x->ref_m, .ref_d = x->ref_d,
                           .marks = x->marks, .headline = MARK_TITLE | MARK_CAPS,
                           .year_from = w->nlb,
                           .year = w->year};
}

/* Tokenise window i again (a document of several). */
static void window_load(ng_extractor *x, size_t i)
{
    if (x->cur == i)
        return;
    window *w = &x->w[i];
    x->t.count = 0;
    x->t.fold_len = 0;
    ng_tokens_scan(&x->t, x->text, x->len, w->from, (size_t)w->nlb + w->ncore + w->nla,
                   SIZE_MAX, 0);
    x->base = w->tok0 - w->nlb;
    x->cur = i;
    window_prepare(x, w);
}

/* ---- emitting ---------------------------------------------------------------- */

static void emit_mentions(ng_extractor *x)
{
    if (!x->ops.mention)
        return;
    size_t wi = 0;
    for (size_t i = 0; i < x->nr; i++) {
        const crec *c = &x->r[i];
        if (c->dropped || c->ent < 0)
            continue;
        dent *d = &x->d[c->ent];
        if (d->kind == NG_KIND_EVENT && !d->date) {
            /* a named event ("the battle of Raqqa began on 6 June") is dated
             * by its sentence, as the events the triggers find */
            while (c->sent >= x->w[wi].sent0 + x->w[wi].nsent)
                wi++;
            window_load(x, wi);
            const ng_sentence *st = &x->ss.s[c->sent - x->w[wi].sent0];
            char date[16];
            if (ng_date_find(&x->rdoc, st, c->tb - x->base, date))
                d->date = ng_arena_strdup(&x->arena, date);
        }
        /* "Şanlıurfa province" is written "Şanlıurfa" (the gazetteer may
         * spell the name otherwise, "Sanliurfa") */
        uint32_t be = c->be;
        if (c->flags & CR_ADMIN) {
            while (be > c->bs && x->text[be - 1] != ' ')
                be--;
            while (be > c->bs && x->text[be - 1] == ' ')
                be--;
            if (be == c->bs)
                be = c->be;
        }
        ng_entity ent;
        ng_dent_entity(d, &ent);
        ng_mention m = {.entity = &ent, .surface = x->text + c->bs, .surface_len = be - c->bs,
                        .doc = x->doc, .offset = c->bs, .local = (uint32_t)c->ent,
                        .rule = c->entry >= 0 && !ng_str_is(c->rule, "capital-for-state")
                                    ? d->rule
                                    : c->rule};
        x->ops.mention(x->ud, &m);
        x->stats.mentions++;
    }
}

/* What the relations need of a record with an entity: 20 bytes instead of
 * the record's 56 (crec). */
typedef struct mrec {
    uint32_t tb, te; /* token span, in the document */
    uint32_t sent;   /* sentence, in the document */
    int32_t ent;     /* document entity */
    int32_t entry;   /* gazetteer entry or -1 */
} mrec;

/* The records with an entity (the relations skip the others) as mrecs, in
 * order, in place in x->r's block, which a document of several windows
 * gives back down to them. The records are gone; returns the mrecs, *n
 * their count. */
static mrec *mention_records(ng_extractor *x, size_t *n)
{
    char *at = (char *)x->r;
    size_t k = 0;
    for (size_t i = 0; i < x->nr; i++) {
        const crec *c = &x->r[i];
        /* "the Observatory" names its organisation, but a sentence that
         * says no more of it states no relation of it by name */
        if (c->dropped || c->ent < 0 || (c->flags & CR_SHORTHEAD))
            continue;
        mrec m = {c->tb, c->te, c->sent, c->ent, c->entry};
        /* mrec k ends before record i + 1 starts (k <= i, 20 < 56) */
        memcpy(at + k * sizeof m, &m, sizeof m);
        k++;
    }
    x->nr = 0;
    if (x->nw > 1 && x->cap_r) {
        x->r = ng_xrealloc(x->r, (k ? k : 1) * sizeof(mrec));
        x->cap_r = (k ? k : 1) * sizeof(mrec) / sizeof(crec);
    }
    *n = k;
    return (mrec *)(void *)x->r;
}

static int cand_pos_cmp(const mrec *x, const mrec *y)
{
    if (x->tb != y->tb)
        return x->tb < y->tb ? -1 : 1;
    return 0;
}

static void sort_order(ng_extractor *x, const mrec *r, size_t n)
{
    /* insertion sort: candidates are nearly in order already */
    uint32_t *o = x->order;
    for (size_t i = 1; i < n; i++) {
        uint32_t v = o[i];
        size_t j = i;
        while (j > 0 && cand_pos_cmp(&r[o[j - 1]], &r[v]) > 0) {
            o[j] = o[j - 1];
            j--;
        }
        o[j] = v;
    }
}

/* The relations are done with mrecs m[0..upto) (a document of several
 * windows): the whole pages they fill go back to the system, after the
 * one the allocator's header is in (x->r's block is written again before
 * it is read, or freed). *given: how far pages went back already. */
static void records_read(const mrec *m, size_t upto, uintptr_t *given)
{
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t from = ((uintptr_t)m + page - 1) & ~(page - 1);
    uintptr_t to = (uintptr_t)(m + upto) & ~(page - 1);
    if (from < *given)
        from = *given;
    if (to > from && madvise((void *)from, to - from, MADV_DONTNEED) == 0)
        *given = to;
}

/* An event of the document: created on first use, its mention reported
 * at once so that the relations that follow can name it. */
static uint32_t event_entity(void *ud, const char *category, uint32_t place,
                             const char *label, const char *date, uint32_t tok, uint32_t end)
{
    ng_extractor *x = ud;
    char nk[NAME_KEY_CAP], key[EVENT_KEY_CAP];
    size_t kl = ng_memo_name_key(x, label, nk);
    const ng_gazetteer_entry *e = kl ? ng_model_lookup_key(x->model, nk, NG_KIND_EVENT) : NULL;
    int32_t id;
    if (e) {
        id = ng_dent_for_entry(x, ng_gazetteer_index(x->gaz, e), x->base + tok);
    } else {
        /* one event per category and place, however each sentence words it */
        ng_buf_join(key, sizeof key, (const char *const[]){"e:", category, "@", x->d[place].key},
                    4);
        ng_entity proto = {.key = NULL, .label = ng_arena_strdup(&x->arena, label),
                           .kind = NG_KIND_EVENT, .category = category, .fixed_label = 0};
        id = ng_dent_get(x, key, &proto, NULL, "event", 0, x->base + tok);
    }
    dent *d = &x->d[id];
    if (date && !d->date)
        d->date = ng_arena_strdup(&x->arena, date);
    if (x->ops.mention) {
        uint32_t s0 = TOK(tok).start, s1 = TOK(end - 1).start + TOK(end - 1).len;
        ng_entity ent;
        ng_dent_entity(d, &ent);
        ng_mention m = {.entity = &ent, .surface = x->text + s0, .surface_len = s1 - s0,
                        .doc = x->doc, .offset = s0, .rule = e ? d->rule : "event",
                        .local = (uint32_t)id};
        x->ops.mention(x->ud, &m);
    }
    return (uint32_t)id;
}

static void emit_relation(void *ud, uint32_t src, uint32_t dst, ng_relation rel,
                          const char *role, const ng_sentence *s)
{
    ng_extractor *x = ud;
    if (!x->ops.relation || src == dst)
        return;
    ng_found_relation r = {.src_key = x->d[src].key, .dst_key = x->d[dst].key,
                           .relation = rel, .role = role,
                           .evidence = {x->doc, s->start, x->text + s->start},
                           .evidence_len = s->end - s->start, .src_local = src,
                           .dst_local = dst};
    x->ops.relation(x->ud, &r);
}

/* Co-occurrence is quadratic in the entities of a sentence: cap them. */
#define MAX_COOCCURRING 24

/* The relations, events and co-occurrences of the window's sentences;
 * *next: the first record not before them, updated. */
static void emit_sentences(ng_extractor *x, const window *w, const mrec *r, size_t nr,
                           size_t *next)
{
    size_t i = *next;
    uint32_t end = w->sent0 + w->nsent;
    ng_rel_arg args[SENTENCE_ARGS_MAX];
    while (i < nr && r[i].sent < end) {
        uint32_t s = r[i].sent;
        size_t n = 0, j = i;
        for (; j < nr && r[j].sent == s; j++) {
            ng_xgrow(&x->order, &x->cap_order, n + 1, sizeof *x->order);
            x->order[n++] = (uint32_t)j;
        }
        i = j;
        sort_order(x, r, n);
        const ng_sentence *st = &x->ss.s[s - w->sent0];
        size_t na = 0;
        for (size_t k = 0; k < n && na < sizeof args / sizeof args[0]; k++) {
            const mrec *c = &r[x->order[k]];
            const dent *d = &x->d[c->ent];
            args[na++] = (ng_rel_arg){c->tb - x->base, c->te - x->base, (uint32_t)c->ent,
                                      (ng_kind)d->kind, d->category ? d->category : "",
                                      d->person, c->entry, d->label};
        }
        ng_rel_sink sink = {emit_relation, event_entity, x};
        /* a relation takes two names; an event one, and a trigger word:
         * a sentence that can give neither is not analysed */
        int analyse = (x->options & NG_EXTRACT_RELATIONS) && na >= 2;
        if (!analyse && (x->options & NG_EXTRACT_EVENTS) && na)
            for (uint32_t k = st->tok_begin; k < st->tok_end && !analyse; k++)
                analyse = (x->fam[k] & NG_FAM_EVENT) != 0;
        if (analyse && ng_clause_init(x->clause, &x->rdoc, st, args, na) == 0) {
            if (x->options & NG_EXTRACT_RELATIONS)
                ng_relations_find(x->clause, &sink);
            if (x->options & NG_EXTRACT_EVENTS)
                ng_events_find(x->clause, &sink);
        }
        if (x->options & NG_EXTRACT_COOCCURRENCE) {
            /* distinct entities, first mentions first */
            uint32_t ents[MAX_COOCCURRING];
            size_t ne = 0;
            for (size_t k = 0; k < na && ne < MAX_COOCCURRING; k++) {
                int dup = 0;
                for (size_t q = 0; q < ne; q++)
                    dup |= ents[q] == args[k].ent;
                if (!dup && x->d[args[k].ent].kind != NG_KIND_EVENT)
                    ents[ne++] = args[k].ent;
            }
            for (size_t a = 0; a < ne; a++)
                for (size_t b = a + 1; b < ne; b++)
                    emit_relation(x, ents[a], ents[b], NG_REL_CO_OCCURS, NULL, st);
        }
    }
    *next = i;
}

/* ---- the document ------------------------------------------------------------ */

static void reset_document(ng_extractor *x)
{
    x->nc = 0;
    x->nr = 0;
    x->nd = 0;
    x->nw = 0;
    x->n_generics = x->n_acros = x->n_coords = 0;
    x->n_inst = x->n_orgs = 0;
    ng_idmap_clear(&x->dkeys);
    u64map_reset(&x->entry_dents, ENTRY_DENTS_KEEP);
    ng_strmap_clear(&x->folds);
    if (++x->fold_stamp == 0) { /* came round: no id is of this document */
        if (x->fold_ids)
            memset(x->fold_ids, 0, x->n_fold_ids * sizeof *x->fold_ids);
        x->fold_stamp = 1;
    }
    if (x->lowers_built && !x->lowers_doc)
        ng_u64map_clear(&x->lowers);
    x->lowers_built = 0;
    x->lowers_doc = 0;
    x->pub_entry = -1;
    x->pub_done = 0;
    ng_arena_reset(&x->arena);
    if (x->n_entry_memo >= ENTRY_MEMO_MAX)
        ng_entry_memo_reset(x);
}

void ng_extractor_run(ng_extractor *x, uint32_t doc, const char *text, size_t n)
{
    uint64_t t0 = x->timing ? now_ns() : 0, t1, t2, t3, t4;
    uint64_t tok_ns = 0, match_ns = 0;
    reset_document(x);
    x->text = text;
    x->len = n;
    x->doc = doc;
    /* the document window by window: tokens, candidates, records */
    size_t core_from = 0, lb_from = 0;
    uint32_t nlb = 0, tok0 = 0, sent0 = 0;
    int year = 0;
    const uint8_t *lb_marks = NULL;
    for (;;) {
        uint64_t ta = x->timing ? now_ns() : 0;
        ng_xgrow(&x->w, &x->cap_w, x->nw + 1, sizeof *x->w);
        window *w = &x->w[x->nw];
        *w = (window){.from = (uint32_t)(nlb ? lb_from : core_from), .nlb = nlb, .tok0 = tok0,
                      .sent0 = sent0, .year = year};
        x->t.count = 0;
        x->t.fold_len = 0;
        /* the margin before and the core in one go, as window_load does */
        size_t core_end = ng_tokens_scan(&x->t, text, n, w->from, nlb + WINDOW_TOKENS_MAX,
                                         (size_t)nlb + WINDOW_TOKENS, NG_TOK_PARA);
        if (core_end < n && x->t.count >= nlb + WINDOW_TOKENS_MAX)
            core_end = window_cut(x, nlb + WINDOW_TOKENS);
        int last = core_end >= n;
        w->ncore = (uint32_t)(x->t.count - nlb);
        if (!last)
            ng_tokens_scan(&x->t, text, n, core_end, x->t.count + WINDOW_MARGIN_MAX,
                           x->t.count + WINDOW_MARGIN, NG_TOK_NEWLINE);
        w->nla = (uint32_t)(x->t.count - nlb - w->ncore);
        x->base = tok0 - nlb;
        x->cur = x->nw++;
        if (w->tok0 == 0 && !last)
            ng_lowers_document(x); /* a long document: its lower-case words first */
        w->lb_marks = lb_marks;
        window_prepare(x, w);
        if (!x->pub_done && x->pub_b != x->pub_e) {
            /* the document's first byline or dateline names its publisher */
            x->pub_entry = ng_named_publisher(x);
            x->pub_done = 1;
        }
        uint64_t tb = x->timing ? now_ns() : 0;
        x->nc = 0;
        for (size_t s = 0; s < x->ss.count; s++)
            ng_candidates_sentence(x, (uint32_t)s);
        uint64_t tc = x->timing ? now_ns() : 0;
        ng_resolve_window(x, w);
        tok_ns += tb - ta;
        match_ns += tc - tb;
        x->stats.tokens += w->ncore;
        x->stats.sentences += w->nsent;
        sent0 += w->nsent;
        tok0 += w->ncore;
        if (last)
            break;
        /* the next window: its margin before is the end of this core */
        year = ng_date_year_before(&x->rdoc, (size_t)nlb + w->ncore);
        /* (not between a word and its possessive: tokenising from there
         * would split the "'s") */
        size_t core_n = (size_t)nlb + w->ncore, lb = core_n;
        if (core_n > WINDOW_MARGIN) {
            lb = core_n - WINDOW_MARGIN;
            while (lb > 0 && (FL(lb) & NG_TOK_POSS))
                lb--;
        }
        /* tokens [lb, core_n) of this window; all of them from its start */
        lb_from = lb ? TOK(lb - 1).start + TOK(lb - 1).len : w->from;
        nlb = (uint32_t)(core_n - lb);
        lb_marks = (const uint8_t *)ng_arena_strndup(&x->arena, (const char *)x->marks + lb, nlb);
        core_from = core_end;
    }
    t1 = t0 + tok_ns;
    t2 = t1 + match_ns;
    ng_resolve_document(x);
    if (x->nw > 1) {
        /* a long document's fold ids are resolved: their memory goes
         * before the graph grows by the relations */
        ng_strmap_release(&x->folds);
        ng_strmap_init(&x->folds);
        ng_strmap_release(&x->skeys);
        ng_strmap_init(&x->skeys);
        ng_strmap_release(&x->heads);
        ng_strmap_init(&x->heads);
        free(x->by_fold);
        x->by_fold = NULL;
        x->cap_by_fold = 0;
    }
    t3 = x->timing ? now_ns() : 0;
    emit_mentions(x);
    size_t nm, next = 0;
    const mrec *m = mention_records(x, &nm);
    uintptr_t given = 0;
    for (size_t i = 0; i < x->nw; i++) {
        window_load(x, i);
        emit_sentences(x, &x->w[i], m, nm, &next);
        if (x->nw > 1)
            records_read(m, next, &given);
        /* the windows after this one read from the next one's start */
        if (x->text_read && i + 1 < x->nw)
            x->text_read(x->text_read_ud, x->w[i + 1].from);
    }
    t4 = x->timing ? now_ns() : 0;
    x->stats.documents++;
    x->stats.bytes += n;
    if (x->timing) {
        x->stats.tokenize_ns += t1 - t0;
        x->stats.match_ns += t2 - t1;
        x->stats.resolve_ns += t3 - t2;
        x->stats.relations_ns += t4 - t3;
    }
}
