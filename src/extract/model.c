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
/* actor, place, event */
#define NG_KINDS (NG_KIND_EVENT + 1)

struct ng_model {
    ng_gazetteer *gaz;
    ng_lexicon *lex;
    ng_matcher *matcher;
    ng_triggers *tr;
    ng_strmap keys[NG_KINDS]; /* per kind: spelling key -> entry index or AMBIGUOUS */
    ng_strmap words;   /* folded word -> index in infos */
    const char **entry_keys, **entry_rules; /* per gazetteer entry, in strings */
    ng_arena strings;
    size_t n_entries;
    ng_word_info *infos;
    size_t n_infos, cap_infos;
};

ng_model *ng_model_new(void)
{
    ng_model *m = ng_xcalloc(1, sizeof *m);
    m->gaz = ng_gazetteer_new();
    m->lex = ng_lexicon_new();
    m->tr = ng_triggers_new();
    for (int k = 0; k < NG_KINDS; k++)
        ng_strmap_init(&m->keys[k]);
    ng_strmap_init(&m->words);
    ng_arena_init(&m->strings, 256 * 1024);
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
    for (int k = 0; k < NG_KINDS; k++)
        ng_strmap_release(&m->keys[k]);
    ng_strmap_release(&m->words);
    free(m->infos);
    ng_arena_release(&m->strings);
    free(m->entry_keys);
    free(m->entry_rules);
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

static void add_vocab(void *ud, const char *f, size_t n, uint32_t id)
{
    word_info(ud, f, n)->vocab = id;
}

static void add_trigger(void *ud, const char *f, size_t n, uint32_t fam, uint64_t events)
{
    ng_word_info *w = word_info(ud, f, n);
    w->fam |= fam;
    w->events |= events;
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
    ng_matcher_foreach_word(m->matcher, add_vocab, m);
    ng_triggers_foreach_word(m->tr, add_trigger, m);
    /* entity keys and rules of the gazetteer entries, made once */
    ng_arena_release(&m->strings);
    ng_arena_init(&m->strings, 256 * 1024);
    m->n_entries = ng_gazetteer_count(m->gaz);
    m->entry_keys = ng_xrealloc(m->entry_keys, (m->n_entries + 1) * sizeof *m->entry_keys);
    m->entry_rules = ng_xrealloc(m->entry_rules, (m->n_entries + 1) * sizeof *m->entry_rules);
    ng_buf b = NG_BUF_INIT;
    for (size_t i = 0; i < m->n_entries; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, i);
        b.len = 0;
        ng_buf_puts(&b, "g:");
        ng_buf_puts(&b, e->name);
        m->entry_keys[i] = ng_arena_strndup(&m->strings, b.data, b.len);
        char num[24];
        size_t dl = 0;
        unsigned long line = e->line;
        do
            num[sizeof num - 1 - dl++] = (char)('0' + line % 10);
        while ((line /= 10) != 0);
        b.len = 0;
        ng_buf_puts(&b, "gazetteer:");
        ng_buf_puts(&b, e->file);
        ng_buf_putc(&b, ':');
        ng_buf_put(&b, num + sizeof num - dl, dl);
        m->entry_rules[i] = ng_arena_strndup(&m->strings, b.data, b.len);
    }
    ng_buf_release(&b);
    for (int k = 0; k < NG_KINDS; k++) {
        ng_strmap_release(&m->keys[k]);
        ng_strmap_init(&m->keys[k]);
    }
    char key[512];
    size_t n = ng_gazetteer_count(m->gaz);
    /* the tables at their final size at once (a million entries: no rehash
     * of millions of keys on the way) */
    size_t want[NG_KINDS] = {0};
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, i);
        if (!e->removed)
            want[e->kind] += e->n_aliases;
    }
    for (int k = 0; k < NG_KINDS; k++)
        ng_strmap_reserve(&m->keys[k], want[k]);
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(m->gaz, i);
        if (e->removed)
            continue;
        for (size_t a = 0; a < e->n_aliases; a++) {
            if (e->aliases[a].case_sensitive)
                continue;
            size_t kl = ng_name_key(e->aliases[a].text, strlen(e->aliases[a].text), key,
                                    sizeof key);
            if (!kl)
                continue;
            ng_strmap *map = &m->keys[e->kind];
            uint32_t was = ng_strmap_get(map, key, kl);
            if (was == NG_NONE)
                ng_strmap_put(map, key, kl, (uint32_t)i, NULL);
            else if (was != (uint32_t)i)
                ng_strmap_set(map, key, kl, AMBIGUOUS);
        }
    }
}

const char *ng_model_entry_key(const ng_model *m, size_t i)
{
    return i < m->n_entries ? m->entry_keys[i] : NULL;
}

const char *ng_model_entry_rule(const ng_model *m, size_t i)
{
    return i < m->n_entries ? m->entry_rules[i] : NULL;
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

size_t ng_model_word_count(const ng_model *m)
{
    return m->n_infos;
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
    if ((unsigned)kind > NG_KIND_EVENT)
        return NULL;
    uint32_t i = ng_strmap_get(&m->keys[kind], key, strlen(key));
    if (i == NG_NONE || i == AMBIGUOUS)
        return NULL;
    return ng_gazetteer_get(m->gaz, i);
}
