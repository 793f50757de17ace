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
#include <time.h>

#include "../core/arena.h"
#include "../core/buf.h"
#include "../core/map.h"
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
    ng_strmap_init(&x->dkeys);
    ng_strmap_init(&x->surnames);
    ng_strmap_init(&x->givens);
    ng_u64map_init(&x->span_ends);
    ng_u64map_init(&x->entry_dents);
    ng_strmap_init(&x->acronyms);
    ng_u64map_init(&x->lowers);
    ng_strmap_init(&x->name_memo);
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
    free(x->marks);
    free(x->bits);
    free(x->ids);
    free(x->fam);
    free(x->wid);
    free(x->lset);
    free(x->lower_stamp);
    free(x->gm.m);
    free(x->c);
    free(x->d);
    free(x->order);
    ng_strmap_release(&x->dkeys);
    ng_u64map_release(&x->entry_dents);
    ng_strmap_release(&x->surnames);
    ng_strmap_release(&x->givens);
    ng_u64map_release(&x->span_ends);
    ng_strmap_release(&x->acronyms);
    ng_u64map_release(&x->lowers);
    ng_strmap_release(&x->name_memo);
    free(x->memo);
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
/* ---- emitting ---------------------------------------------------------------- */

/* The sentence holding token k. */
static const ng_sentence *sentence_of(const ng_extractor *x, uint32_t k)
{
    size_t lo = 0, hi = x->ss.count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->ss.s[mid].tok_end <= k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < x->ss.count && x->ss.s[lo].tok_begin <= k ? &x->ss.s[lo] : NULL;
}

static void emit_mentions(ng_extractor *x)
{
    if (!x->ops.mention)
        return;
    for (size_t i = 0; i < x->nc; i++) {
        const cand *c = &x->c[i];
        if (c->dropped || c->ent < 0)
            continue;
        dent *d = &x->d[c->ent];
        if (d->e.kind == NG_KIND_EVENT && !d->e.date) {
            /* a named event ("the battle of Raqqa began on 6 June") is dated
             * by its sentence, as the events the triggers find */
            const ng_sentence *st = sentence_of(x, c->tb);
            char date[16];
            if (st && ng_date_find(&x->rdoc, st, c->tb, date))
                d->e.date = ng_arena_strdup(&x->arena, date);
        }
        uint32_t s = TOK(c->tb).start, t = TOK(c->te - 1).start + TOK(c->te - 1).len;
        ng_mention m = {.entity = &d->e, .surface = x->text + s, .surface_len = t - s,
                        .doc = x->doc, .offset = s, .local = (uint32_t)c->ent,
                        .rule = c->entry >= 0 && !ng_str_is(c->rule, "capital-for-state")
                                    ? d->rule
                                    : c->rule};
        x->ops.mention(x->ud, &m);
        x->stats.mentions++;
    }
}

static int cand_pos_cmp(const void *a, const void *b, void *ctx)
{
    const cand *c = ctx;
    const cand *x = &c[*(const uint32_t *)a], *y = &c[*(const uint32_t *)b];
    if (x->tb != y->tb)
        return x->tb < y->tb ? -1 : 1;
    return 0;
}

static void sort_order(ng_extractor *x, size_t n)
{
    /* insertion sort: candidates are nearly in order already */
    uint32_t *o = x->order;
    for (size_t i = 1; i < n; i++) {
        uint32_t v = o[i];
        size_t j = i;
        while (j > 0 && cand_pos_cmp(&o[j - 1], &v, x->c) > 0) {
            o[j] = o[j - 1];
            j--;
        }
        o[j] = v;
    }
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
        id = ng_dent_for_entry(x, ng_gazetteer_index(x->gaz, e), tok);
    } else {
        /* one event per category and place, however each sentence words it */
        ng_buf_join(key, sizeof key, (const char *const[]){"e:", category, "@", x->d[place].e.key},
                    4);
        ng_entity proto = {.key = NULL, .label = ng_arena_strdup(&x->arena, label),
                           .kind = NG_KIND_EVENT, .category = category, .fixed_label = 0};
        id = ng_dent_get(x, key, &proto, "event", 0, tok);
    }
    dent *d = &x->d[id];
    if (date && !d->e.date)
        d->e.date = ng_arena_strdup(&x->arena, date);
    if (x->ops.mention) {
        uint32_t s0 = TOK(tok).start, s1 = TOK(end - 1).start + TOK(end - 1).len;
        ng_mention m = {.entity = &d->e, .surface = x->text + s0, .surface_len = s1 - s0,
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
    ng_found_relation r = {.src_key = x->d[src].e.key, .dst_key = x->d[dst].e.key,
                           .relation = rel, .role = role,
                           .evidence = {x->doc, s->start, x->text + s->start},
                           .evidence_len = s->end - s->start, .src_local = src,
                           .dst_local = dst};
    x->ops.relation(x->ud, &r);
}

/* Co-occurrence is quadratic in the entities of a sentence: cap them. */
#define MAX_COOCCURRING 24

static void emit_sentences(ng_extractor *x)
{
    ng_xgrow(&x->order, &x->cap_order, x->nc + 1, sizeof *x->order);
    size_t i = 0;
    ng_rel_arg args[SENTENCE_ARGS_MAX];
    while (i < x->nc) {
        uint32_t s = x->c[i].sent;
        size_t n = 0, j = i;
        for (; j < x->nc && x->c[j].sent == s; j++)
            if (!x->c[j].dropped && x->c[j].ent >= 0)
                x->order[n++] = (uint32_t)j;
        i = j;
        if (n == 0)
            continue;
        sort_order(x, n);
        const ng_sentence *st = &x->ss.s[s];
        size_t na = 0;
        for (size_t k = 0; k < n && na < sizeof args / sizeof args[0]; k++) {
            const cand *c = &x->c[x->order[k]];
            const dent *d = &x->d[c->ent];
            args[na++] = (ng_rel_arg){c->tb, c->te, (uint32_t)c->ent, d->e.kind,
                                      d->e.category ? d->e.category : "", d->person,
                                      c->entry, d->e.label};
        }
        ng_rel_sink sink = {emit_relation, event_entity, x};
        if ((x->options & (NG_EXTRACT_RELATIONS | NG_EXTRACT_EVENTS)) &&
            ng_clause_init(x->clause, &x->rdoc, st, args, na) == 0) {
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
                if (!dup && x->d[args[k].ent].e.kind != NG_KIND_EVENT)
                    ents[ne++] = args[k].ent;
            }
            for (size_t a = 0; a < ne; a++)
                for (size_t b = a + 1; b < ne; b++)
                    emit_relation(x, ents[a], ents[b], NG_REL_CO_OCCURS, NULL, st);
        }
    }
}

/* ---- the document ------------------------------------------------------------ */

static void reset_document(ng_extractor *x)
{
    x->nc = 0;
    x->nd = 0;
    ng_strmap_clear(&x->dkeys);
    u64map_reset(&x->entry_dents, ENTRY_DENTS_KEEP);
    ng_strmap_clear(&x->surnames);
    ng_strmap_clear(&x->givens);
    ng_strmap_clear(&x->acronyms);
    if (x->lowers_built)
        ng_u64map_clear(&x->lowers);
    x->lowers_built = 0;
    ng_arena_reset(&x->arena);
}

void ng_extractor_run(ng_extractor *x, uint32_t doc, const char *text, size_t n)
{
    uint64_t t0 = x->timing ? now_ns() : 0, t1, t2, t3, t4;
    reset_document(x);
    x->text = text;
    x->len = n;
    x->doc = doc;
    ng_tokens_run(&x->t, text, n);
    ng_sentences_split(&x->ss, text, &x->t);
    size_t nt = x->t.count;
    ng_xgrow(&x->marks, &x->cap_marks, nt + 1, 1);
    ng_xgrow(&x->bits, &x->cap_bits, nt + 1, sizeof *x->bits);
    ng_xgrow(&x->fam, &x->cap_fam, nt + 1, sizeof *x->fam);
    ng_xgrow(&x->wid, &x->cap_wid, nt + 1, sizeof *x->wid);
    ng_xgrow(&x->lset, &x->cap_lset, nt + 1, sizeof *x->lset);
    memset(x->marks, 0, nt + 1);
    /* one lookup per token: rule classes, matcher id, trigger families */
    for (size_t k = 0; k < nt; k++) {
        const ng_token *tk = &TOK(k);
        const char *f = ng_tokens_fold(&x->t, k);
        const ng_word_info *w =
            tk->flen ? ng_model_word_hashed(x->model, f, tk->flen, ng_hash_bytes(f, tk->flen))
                     : NULL;
        x->bits[k] = w && (tk->flags & NG_TOK_WORD) ? w->lex : 0;
        x->wid[k] = w ? w->id + 1 : 0;
        x->lset[k] = w ? w->lists : 0;
        x->fam[k] = w && (tk->flags & NG_TOK_WORD) ? w->fam : 0;
        if ((tk->flags & NG_TOK_NUMBER) && tk->flen > 2 &&
            !memcmp(ng_tokens_fold(&x->t, k) + tk->flen - 2, "km", 2))
            x->fam[k] |= NG_FAM_LOCATE; /* "50km" */
    }
    t1 = x->timing ? now_ns() : 0;
    ng_lines_mark(x);
    for (size_t s = 0; s < x->ss.count; s++)
        ng_candidates_sentence(x, (uint32_t)s);
    t2 = x->timing ? now_ns() : 0;
    ng_resolve_document(x);
    x->rdoc = (ng_rel_doc){.t = &x->t, .text = x->text, .lex = x->bits, .fam = x->fam,
                           .wid = x->wid, .lset = x->lset,
                           .list_sets = ng_model_list_sets(x->model), .model = x->model, .tr = x->tr, .ref_y = x->ref_y,
                           .ref_m = x->ref_m, .ref_d = x->ref_d, .marks = x->marks,
                           .headline = MARK_TITLE | MARK_CAPS};
    t3 = x->timing ? now_ns() : 0;
    emit_mentions(x);
    emit_sentences(x);
    t4 = x->timing ? now_ns() : 0;
    x->stats.documents++;
    x->stats.bytes += n;
    x->stats.tokens += nt;
    x->stats.sentences += x->ss.count;
    if (x->timing) {
        x->stats.tokenize_ns += t1 - t0;
        x->stats.match_ns += t2 - t1;
        x->stats.resolve_ns += t3 - t2;
        x->stats.relations_ns += t4 - t3;
    }
}

