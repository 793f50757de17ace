/* model.c - gazetteer + rule lists + compiled matcher + spelling-key index */
#include "extract/model_priv.h"

#include <string.h>

#include "text/name.h"

#include "../core/buf.h"
#include "../core/file.h"
#include "../core/map.h"
#include "extract_priv.h"
#include "triggers.h"

#define AMBIGUOUS (NG_NONE - 1)

/* The spelling keys of the gazetteer's aliases, open addressing with
 * linear probing. A slot does not hold its key: it names the alias that
 * makes it, whose key is made again (ng_name_key) to tell two keys of the
 * same 32-bit hash apart. A million-line gazetteer has three million
 * aliases: 12 bytes a slot instead of a 24-byte slot and a copy of the key. */
typedef struct key_slot {
    uint32_t hash;  /* of the key and the kind */
    uint32_t entry; /* the entry it names; KEY_EMPTY: a free slot */
    uint32_t alias; /* which of the entry's aliases makes it; KEY_AMBIGUOUS
                       set when entries of the same kind share the key */
} key_slot;

#define KEY_EMPTY NG_NONE
#define KEY_AMBIGUOUS 0x80000000u
#define KEY_CAP 512

struct ng_model {
    ng_gazetteer *gaz;
    ng_lexicon *lex;
    ng_matcher *matcher;
    ng_triggers *tr;
    key_slot *keys;    /* spelling key and kind -> entry */
    size_t n_keys, cap_keys;
    ng_strmap words;   /* folded word -> index in infos */
    ng_word_info *infos;
    size_t n_infos, cap_infos;
    uint64_t *list_sets; /* NG_TL_SETS words a set; set 0 is empty */
    size_t n_sets, cap_sets;
};

ng_model *ng_model_new(void)
{
    ng_model *m = ng_xcalloc(1, sizeof *m);
    m->gaz = ng_gazetteer_new();
    m->lex = ng_lexicon_new();
    m->tr = ng_triggers_new();
    ng_strmap_init(&m->words);
    return m;
}

void ng_model_free(ng_model *m)
{
    if (!m)
        return;
    ng_gazetteer_free(m->gaz);
    ng_lexicon_free(m->lex);
    ng_matcher_free(m->matcher);
    ng_triggers_free(m->tr);
    free(m->keys);
    ng_strmap_release(&m->words);
    free(m->infos);
    free(m->list_sets);
    free(m);
}

int ng_model_load_defaults(ng_model *m, ng_diag *diag)
{
    int rc = ng_lexicon_load(m->lex, ng_data_rules, ng_data_rules_len, "data/rules.tsv", diag);
    int rc2 = ng_gazetteer_load(m->gaz, ng_data_gazetteer, ng_data_gazetteer_len,
                                "data/gazetteer.tsv", diag);
    int rc3 = ng_triggers_load(m->tr, ng_data_triggers, ng_data_triggers_len,
                               "data/triggers.tsv", diag);
    if (!rc3)
        rc3 = ng_triggers_check(m->tr, "data/triggers.tsv", diag);
    return rc ? rc : rc2 ? rc2 : rc3;
}

int ng_model_add_gazetteer_file(ng_model *m, const char *path, ng_diag *diag)
{
    return ng_gazetteer_load_file(m->gaz, path, diag);
}

int ng_model_add_gazetteer_text(ng_model *m, const char *text, size_t n, const char *name,
                                ng_diag *diag)
{
    return ng_gazetteer_load(m->gaz, text, n, name, diag);
}

int ng_model_add_rules_text(ng_model *m, const char *text, size_t n, const char *name,
                            ng_diag *diag)
{
    return ng_lexicon_load(m->lex, text, n, name, diag);
}

int ng_model_add_triggers_text(ng_model *m, const char *text, size_t n, const char *name,
                               ng_diag *diag)
{
    return ng_triggers_load(m->tr, text, n, name, diag);
}

int ng_model_add_triggers_file(ng_model *m, const char *path, ng_diag *diag)
{
    char *data;
    size_t len;
    int rc = ng_file_read_text(path, &data, &len, diag);
    if (rc == NG_EENCODING)
        return 0; /* binary or too large: skipped, as the warning says */
    if (rc)
        return rc;
    rc = ng_triggers_load(m->tr, data, len, path, diag);
    free(data);
    return rc;
}

static ng_word_info *word_info(ng_model *m, const char *f, size_t n)
{
    uint32_t i = ng_strmap_get(&m->words, f, n);
    if (i == NG_NONE) {
        i = (uint32_t)m->n_infos;
        ng_xgrow(&m->infos, &m->cap_infos, m->n_infos + 1, sizeof *m->infos);
        memset(&m->infos[m->n_infos], 0, sizeof *m->infos);
        m->infos[m->n_infos++].id = i;
        ng_strmap_put(&m->words, f, n, i, NULL);
    }
    return &m->infos[i];
}

static void add_lex(void *ud, const char *f, size_t n, uint32_t bits)
{
    word_info(ud, f, n)->lex |= bits;
}

static void add_first(void *ud, const char *f, size_t n, uint32_t bits)
{
    word_info(ud, f, n)->lex_first |= bits;
}

static void add_last(void *ud, const char *f, size_t n, uint32_t bits)
{
    word_info(ud, f, n)->lex_last |= bits;
}

static void add_vocab(void *ud, const char *f, size_t n, uint32_t id)
{
    ng_model *m = ud;
    ng_word_info *w = word_info(m, f, n);
    w->vocab = id;
    w->starts = (uint32_t)ng_matcher_starts(m->matcher, id);
}

static void add_trigger(void *ud, const char *f, size_t n, uint32_t fam, uint64_t events)
{
    ng_word_info *w = word_info(ud, f, n);
    w->fam |= fam;
    w->events |= events;
}

static uint32_t key_hash(const char *key, size_t n, ng_kind kind)
{
    return (uint32_t)(ng_hash_u64(ng_hash_bytes(key, n) + (uint64_t)kind) >> 32);
}

/* The first slot to probe for hash: the hash scaled to the table, whose
 * size need not be a power of two (sized once, to the keys it will hold). */
static size_t key_home(const ng_model *m, uint32_t hash)
{
    return (size_t)(((uint64_t)hash * m->cap_keys) >> 32);
}

/* Does slot sl hold key[0..n) of kind? Its key is made again from its alias. */
static int key_is(const ng_model *m, const key_slot *sl, const char *key, size_t n,
                  ng_kind kind)
{
    const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, sl->entry);
    if (e->kind != kind)
        return 0;
    const char *text = e->aliases[sl->alias & ~KEY_AMBIGUOUS].text;
    char other[KEY_CAP];
    size_t ol = ng_name_key(text, strlen(text), other, sizeof other);
    return ol == n && memcmp(other, key, n) == 0;
}

/* The keys of one entry made so far, so that an entry's aliases with the
 * same key (Raqqa, al-Raqqa) are told apart without making the key again. */
typedef struct own_key {
    size_t slot; /* where it is */
    size_t end;  /* where it ends in entry_keys.text (it starts where the
                    one before ends) */
} own_key;

typedef struct entry_keys {
    ng_buf text; /* the keys, one after another */
    own_key *k;
    size_t n, cap;
} entry_keys;

static void build_keys(ng_model *m)
{
    free(m->keys);
    m->keys = NULL;
    m->n_keys = m->cap_keys = 0;
    size_t n = ng_gazetteer_count(m->gaz), want = 0;
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, i);
        if (!e->removed)
            for (size_t a = 0; a < e->n_aliases; a++)
                want += !e->aliases[a].case_sensitive;
    }
    /* at most three slots in four used, and one always free */
    m->cap_keys = want + want / 3 + 1;
    m->keys = ng_xmalloc(m->cap_keys * sizeof *m->keys);
    for (size_t i = 0; i < m->cap_keys; i++)
        m->keys[i].entry = KEY_EMPTY;
    entry_keys mine = {.text = NG_BUF_INIT};
    ng_name_memo *memo = ng_name_memo_new(); /* names share their words */
    char key[KEY_CAP];
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, i);
        if (e->removed)
            continue;
        mine.n = 0;
        mine.text.len = 0;
        for (size_t a = 0; a < e->n_aliases; a++) {
            if (e->aliases[a].case_sensitive)
                continue;
            const char *text = e->aliases[a].text;
            size_t kl = ng_name_key_memo(text, strlen(text), key, sizeof key, memo);
            if (!kl)
                continue;
            uint32_t h = key_hash(key, kl, e->kind);
            size_t j = key_home(m, h);
            int found = 0;
            for (; m->keys[j].entry != KEY_EMPTY; j = j + 1 == m->cap_keys ? 0 : j + 1) {
                key_slot *sl = &m->keys[j];
                if (sl->hash != h)
                    continue;
                if (sl->entry == (uint32_t)i) {
                    /* one of this entry's own keys: compared with the copy */
                    for (size_t k = 0; k < mine.n && !found; k++) {
                        size_t b = k ? mine.k[k - 1].end : 0;
                        found = mine.k[k].slot == j && mine.k[k].end - b == kl &&
                                memcmp(mine.text.data + b, key, kl) == 0;
                    }
                } else {
                    found = key_is(m, sl, key, kl, e->kind);
                    if (found && !(sl->alias & KEY_AMBIGUOUS))
                        sl->alias |= KEY_AMBIGUOUS;
                }
                if (found)
                    break;
            }
            if (found)
                continue;
            m->keys[j] = (key_slot){.hash = h, .entry = (uint32_t)i, .alias = (uint32_t)a};
            m->n_keys++;
            ng_xgrow(&mine.k, &mine.cap, mine.n + 1, sizeof *mine.k);
            ng_buf_put(&mine.text, key, kl);
            mine.k[mine.n++] = (own_key){.slot = j, .end = mine.text.len};
        }
    }
    ng_buf_release(&mine.text);
    free(mine.k);
    ng_name_memo_free(memo);
}

/* Word f is in list l: its set of lists (one set per such word) has l. */
static void add_list_word(void *ud, const char *f, size_t n, ng_trigger_list l)
{
    ng_model *m = ud;
    ng_word_info *w = word_info(m, f, n);
    if (!w->lists) {
        ng_xgrow(&m->list_sets, &m->cap_sets, (m->n_sets + 1) * NG_TL_SETS,
                 sizeof *m->list_sets);
        memset(m->list_sets + m->n_sets * NG_TL_SETS, 0, NG_TL_SETS * sizeof *m->list_sets);
        w->lists = (uint32_t)m->n_sets++;
    }
    uint64_t *set = m->list_sets + (size_t)w->lists * NG_TL_SETS;
    set[(unsigned)l / 64] |= (uint64_t)1 << ((unsigned)l % 64);
}

void ng_model_compile(ng_model *m)
{
    ng_matcher_free(m->matcher);
    m->matcher = ng_matcher_new(m->gaz);
    /* one table for every word any part of the extractor looks up */
    ng_strmap_release(&m->words);
    ng_strmap_init(&m->words);
    m->n_infos = 0;
    ng_lexicon_foreach_word(m->lex, add_lex, m);
    ng_lexicon_foreach_first(m->lex, add_first, m);
    ng_lexicon_foreach_last(m->lex, add_last, m);
    ng_matcher_foreach_word(m->matcher, add_vocab, m);
    ng_triggers_foreach_word(m->tr, add_trigger, m);
    ng_xgrow(&m->list_sets, &m->cap_sets, NG_TL_SETS, sizeof *m->list_sets);
    memset(m->list_sets, 0, NG_TL_SETS * sizeof *m->list_sets);
    m->n_sets = 1; /* set 0: in no list */
    ng_triggers_foreach_list_word(m->tr, add_list_word, m);
    build_keys(m);
}

void ng_model_entry_key(const ng_model *m, size_t i, ng_buf *out)
{
    ng_buf_puts(out, "g:");
    ng_buf_puts(out, ng_gazetteer_get(m->gaz, i)->name);
}

void ng_model_entry_rule(const ng_model *m, size_t i, ng_buf *out)
{
    const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, i);
    char num[24];
    size_t dl = 0;
    unsigned long line = e->line;
    do
        num[sizeof num - 1 - dl++] = (char)('0' + line % 10);
    while ((line /= 10) != 0);
    ng_buf_puts(out, "gazetteer:");
    ng_buf_puts(out, e->file);
    ng_buf_putc(out, ':');
    ng_buf_put(out, num + sizeof num - dl, dl);
}

const ng_word_info *ng_model_word(const ng_model *m, const char *f, size_t n)
{
    return ng_model_word_hashed(m, f, n, ng_hash_bytes(f, n));
}

const ng_word_info *ng_model_word_at(const ng_model *m, uint32_t id)
{
    return &m->infos[id];
}

const ng_triggers *ng_model_triggers(const ng_model *m)
{
    return m->tr;
}

const uint64_t *ng_model_list_sets(const ng_model *m)
{
    return m->list_sets;
}

size_t ng_model_word_count(const ng_model *m)
{
    return m->n_infos;
}

const ng_word_info *ng_model_word_infos(const ng_model *m)
{
    return m->infos;
}

const ng_word_info *ng_model_word_hashed(const ng_model *m, const char *f, size_t n,
                                         uint64_t hash)
{
    uint32_t i = ng_strmap_get_h(&m->words, f, n, hash);
    return i == NG_NONE ? NULL : &m->infos[i];
}

const ng_gazetteer *ng_model_gazetteer(const ng_model *m)
{
    return m->gaz;
}

const ng_lexicon *ng_model_lexicon(const ng_model *m)
{
    return m->lex;
}

const ng_matcher *ng_model_matcher(const ng_model *m)
{
    return m->matcher;
}

const ng_gazetteer_entry *ng_model_lookup_key(const ng_model *m, const char *key,
                                              ng_kind kind)
{
    if ((unsigned)kind > NG_KIND_EVENT || !m->cap_keys)
        return NULL;
    size_t n = strlen(key);
    uint32_t h = key_hash(key, n, kind);
    for (size_t j = key_home(m, h); m->keys[j].entry != KEY_EMPTY;
         j = j + 1 == m->cap_keys ? 0 : j + 1) {
        const key_slot *sl = &m->keys[j];
        if (sl->hash == h && key_is(m, sl, key, n, kind))
            return sl->alias & KEY_AMBIGUOUS ? NULL : ng_gazetteer_get(m->gaz, sl->entry);
    }
    return NULL;
}
