/* fuzz_gazetteer.c - libFuzzer harness: gazetteer TSV loading, matcher, model and extraction
 *
 * Input: gazetteer text (data/gazetteer.tsv format). A form feed ('\f')
 * splits it into up to four files loaded one after the other, so that
 * later files override earlier ones. The live entries are then compiled
 * into a matcher that runs over a fixed news text and over the input
 * itself, and into a model (no rule lists) that extracts the fixed text.
 *
 * Checks: a failed load leaves the gazetteer unchanged; every live entry
 * is found again by its name; every match lies inside the tokens and names
 * a live entry and one of its aliases.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "extract/model_priv.h"
#include "graph/graph_priv.h"
#include "text/text.h"
#include "text/document.h"
#include "text/name.h"
#include "lexicon/gazetteer_priv.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FILES 4

static const char fixed_text[] =
    "DAMASCUS (Reuters) - The Islamic State (IS) attacked Syrian Democratic Forces (SDF)\n"
    "positions near Deir ez-Zor on Tuesday, the U.S.-led coalition said. Fighters of the\n"
    "People's Protection Units (YPG) took the town of al-Bab, and Turkey's army shelled\n"
    "Manbij. \"We will not leave Raqqa,\" said Col. Sean Ryan, a spokesman for the US-led\n"
    "coalition, according to Al-Jazeera. ISIS, ISIL, Daesh, IS, is, US, us, UN, Aïn Issa,\n"
    "Ain Issa, Tell Abyad, Tal Abyad, Ras al-Ain, Hasakah, al-Hol camp, Idlib province.\n"
    "TURKEY, Turkey, turkey: Erdoğan, Erdogan; Hay'at Tahrir al-Sham - HTS - Jabhat al-Nusra.";

#define fail(what) fuzz_fail("fuzz_gazetteer", (what))

static void check_matches(const ng_gazetteer *g, const ng_tokens *t, const ng_matches *ms)
{
    for (size_t i = 0; i < ms->count; i++) {
        const ng_match *m = &ms->m[i];
        if (m->tok_begin >= m->tok_end || m->tok_end > t->count)
            fail("match outside the tokens");
        const ng_gazetteer_entry *e = ng_gazetteer_get(g, m->entry);
        if (!e || e->removed)
            fail("match names a removed or unknown entry");
        if (m->alias >= e->n_aliases)
            fail("match names an unknown alias");
    }
}

static void match_text(const ng_gazetteer *g, const ng_matcher *mt, const char *s, size_t n)
{
    ng_tokens t;
    ng_matches ms = {NULL, 0, 0};
    ng_tokens_init(&t);
    ng_tokens_run(&t, s, n);
    ng_matcher_run(mt, &t, 0, t.count, &ms);
    check_matches(g, &t, &ms);
    /* the same through vocabulary ids, as the extractor runs it */
    uint32_t *ids = malloc((t.count ? t.count : 1) * sizeof *ids);
    if (!ids)
        abort();
    for (size_t k = 0; k < t.count; k++)
        ids[k] = ng_matcher_word_id(mt, ng_tokens_fold(&t, k), t.tok[k].flen);
    size_t first = ms.count;
    ng_matcher_run_ids(mt, &t, ids, 0, t.count, &ms);
    if (ms.count - first != first ||
        (first && memcmp(ms.m, ms.m + first, first * sizeof *ms.m) != 0))
        fail("ng_matcher_run and ng_matcher_run_ids disagree");
    /* and from one token an alias starts with to the next */
    uint8_t *starts = calloc(t.count + 16, 1);
    if (!starts)
        abort();
    for (size_t k = 0; k < t.count; k++)
        starts[k] = !(t.tok[k].flags & NG_TOK_HYPHEN) && t.tok[k].flen &&
                    ng_matcher_starts(mt, ids[k]);
    ms.count = first;
    ng_matcher_run_starts(mt, &t, ids, starts, 0, t.count, &ms);
    if (ms.count - first != first ||
        (first && memcmp(ms.m, ms.m + first, first * sizeof *ms.m) != 0))
        fail("ng_matcher_run and ng_matcher_run_starts disagree");
    free(starts);
    free(ids);
    free(ms.m);
    ng_tokens_release(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *part[MAX_FILES];
    size_t plen[MAX_FILES], nparts = 0;
    const char *p = text, *end = text + size;
    while (nparts < MAX_FILES - 1) {
        const char *ff = memchr(p, '\f', (size_t)(end - p));
        if (!ff)
            break;
        part[nparts] = p;
        plen[nparts++] = (size_t)(ff - p);
        p = ff + 1;
    }
    part[nparts] = p;
    plen[nparts++] = (size_t)(end - p);

    static const char *const names[MAX_FILES] = {"a.tsv", "b.tsv", "c.tsv", "d.tsv"};
    ng_diag diag = {NULL, 0, 0, 0};
    ng_gazetteer *g = ng_gazetteer_new();
    ng_model *model = ng_model_new();
    for (size_t i = 0; i < nparts; i++) {
        size_t before = ng_gazetteer_count(g);
        int rc = ng_gazetteer_load(g, part[i], plen[i], names[i], &diag);
        if (rc != 0 && rc != NG_EPARSE)
            fail("ng_gazetteer_load returned an unexpected code");
        if (rc != 0 && ng_gazetteer_count(g) != before)
            fail("a failed load changed the gazetteer");
        if (ng_model_add_gazetteer_text(model, part[i], plen[i], names[i], &diag) != rc)
            fail("the model and the gazetteer disagree on a load");
    }

    /* every alias's key, kept or made again from its text, is its text's
     * folded tokens joined by spaces (hyphens and empty folds skipped) */
    ng_tokens tk;
    ng_tokens_init(&tk);
    ng_buf want = NG_BUF_INIT, made = NG_BUF_INIT;
    for (size_t i = 0; i < ng_gazetteer_count(g); i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(g, i);
        for (size_t a = 0; e && a < e->n_aliases; a++) {
            const ng_gazetteer_alias *al = &e->aliases[a];
            want.len = 0;
            ng_tokens_run(&tk, al->text, strlen(al->text));
            for (size_t k = 0; k < tk.count; k++) {
                if ((tk.tok[k].flags & NG_TOK_HYPHEN) || tk.tok[k].flen == 0)
                    continue;
                if (want.len)
                    ng_buf_putc(&want, ' ');
                ng_buf_put(&want, ng_tokens_fold(&tk, k), tk.tok[k].flen);
            }
            const char *key = ng_gazetteer_alias_key(al, &made);
            if (al->key_len != want.len || memcmp(key, want.data, want.len) != 0 ||
                key[want.len] != '\0')
                fail("an alias's key is not its text's");
        }
    }
    ng_buf_release(&want);
    ng_buf_release(&made);
    ng_tokens_release(&tk);

    for (size_t i = 0; i < ng_gazetteer_count(g); i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(g, i);
        if (!e || !e->name || !e->category || e->n_aliases < 1 || !ng_kind_name(e->kind))
            fail("malformed entry");
        if (e->removed)
            continue;
        const ng_gazetteer_entry *f = ng_gazetteer_find(g, e->name);
        if (f != e)
            fail("a live entry is not found by its own name");
        if (ng_gazetteer_index(g, f) != i)
            fail("ng_gazetteer_index is wrong");
        if (e->has_geo && (e->lat < -90 || e->lat > 90 || e->lon < -180 || e->lon > 180))
            fail("coordinates out of range");
    }

    ng_matcher *mt = ng_matcher_new(g);
    ng_matcher_patterns(mt);
    ng_matcher_states(mt);
    match_text(g, mt, fixed_text, sizeof fixed_text - 1);
    size_t rlen;
    char *repaired = ng_utf8_repair(text, size, &rlen); /* the tokenizer takes valid UTF-8 */
    match_text(g, mt, repaired, rlen);
    ng_matcher_free(mt);

    ng_model_compile(model);
    const ng_gazetteer *mg = ng_model_gazetteer(model);
    ng_buf kb = NG_BUF_INIT;
    for (size_t i = 0; i < ng_gazetteer_count(mg); i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(mg, i);
        kb.len = 0;
        ng_model_entry_key(model, i, &kb);
        if (kb.len < 3 || memcmp(kb.data, "g:", 2) != 0)
            fail("a gazetteer entry without a key in the model");
        kb.len = 0;
        ng_model_entry_rule(model, i, &kb);
        if (kb.len < 12 || memcmp(kb.data, "gazetteer:", 10) != 0)
            fail("a gazetteer entry without a rule in the model");
        if (e->removed)
            continue;
        /* every spelling key finds its entry, or nothing when several share it */
        for (size_t a = 0; a < e->n_aliases; a++) {
            char nk[512];
            if (e->aliases[a].case_sensitive ||
                !ng_name_key(e->aliases[a].text, strlen(e->aliases[a].text), nk, sizeof nk))
                continue;
            const ng_gazetteer_entry *f = ng_model_lookup_key(model, nk, e->kind);
            if (f && f != e)
                fail("a spelling key finds another entry");
        }
    }
    ng_buf_release(&kb);
    fuzz_extract_texts(model, fixed_text, sizeof fixed_text - 1, repaired, rlen);
    free(repaired);
    ng_model_free(model);
    ng_gazetteer_free(g);
    return 0;
}
