/* fuzz_rules.c - libFuzzer harness: rule-list loading (ng_lexicon_load), lookups, extraction
 *
 * Input: a rule file (data/rules.tsv format, "class<TAB>entry" lines). It is
 * loaded into a lexicon that is then asked about every token of a fixed
 * news text and of the input itself (ng_lexicon_word, ng_lexicon_match for
 * every class), and into a model with a small fixed gazetteer that
 * extracts the fixed text.
 *
 * Checks: a match never runs past the end it was given; class counts and
 * the word table agree with what a lookup answers.
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
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char fixed_text[] =
    "BEIRUT (AFP) - Col. Sean Ryan, a spokesman for the US-led coalition, said on Tuesday\n"
    "that Syrian Democratic Forces fighters took the town of al-Bab, north of Aleppo, in\n"
    "March. President Bashar al-Assad's army and the Russian defence ministry denied it.\n"
    "\"The group Islamic State attacked Kobani,\" Mazloum Abdi told reporters in Ras al-Ain.\n"
    "Read more. Share this article. Photo: Delil Souleiman/AFP/Getty Images.\n"
    "The Euphrates River, Tabqa Dam and al-Hol Camp; Jabal Sinjar; Wadi Barada.\n\n"
    "Dr. Jean-Pierre de la Croix, head of the charity Save the Children, according to Reuters.";

static const char fixed_gazetteer[] =
    "Islamic State\tactor\tarmed_group\tISIS|ISIL|IS|Daesh\n"
    "Syrian Democratic Forces\tactor\tarmed_group\tSDF\n"
    "Syria\tplace\tcountry\t\t35\t38\n"
    "Aleppo\tplace\tcity\tHalab\t36.2\t37.15\tSyria\n"
    "al-Bab\tplace\ttown\tAl Bab\t36.37\t37.51\tSyria\n"
    "Kobani\tplace\ttown\tAin al-Arab|Kobane\t36.89\t38.35\tSyria\n"
    "Battle of Kobani\tevent\tsiege\tSiege of Kobani\n";

#define fail(what) fuzz_fail("fuzz_rules", (what))

static void count_word(void *ud, const char *f, size_t n, uint32_t bits)
{
    const ng_lexicon *lx = ud;
    if (!bits || ng_lexicon_word(lx, f, n) != bits)
        fail("ng_lexicon_foreach_word and ng_lexicon_word disagree");
}

static void ask(const ng_lexicon *lx, const char *s, size_t n)
{
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, s, n);
    for (size_t i = 0; i < t.count; i++) {
        ng_lexicon_word(lx, ng_tokens_fold(&t, i), t.tok[i].flen);
        size_t end = i + 8 < t.count ? i + 8 : t.count;
        for (int c = 0; c < NG_LEX__COUNT; c++) {
            if (ng_lexicon_match(lx, (ng_lex_class)c, &t, i, end) > end - i)
                fail("ng_lexicon_match ran past its end");
            if (ng_lexicon_match(lx, (ng_lex_class)c, &t, i, t.count) > t.count - i)
                fail("ng_lexicon_match ran past the tokens");
        }
    }
    ng_tokens_release(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    ng_diag diag = {NULL, 0, 0, 0};

    ng_lexicon *lx = ng_lexicon_new();
    int rc = ng_lexicon_load(lx, text, size, "fuzz.tsv", &diag);
    if (rc != 0 && rc != NG_EPARSE)
        fail("ng_lexicon_load returned an unexpected code");
    if (rc == 0 && diag.errors)
        fail("errors reported but success returned");
    for (int c = 0; c < NG_LEX__COUNT; c++)
        if (!ng_lex_class_name((ng_lex_class)c))
            fail("a class without a name");
    ng_lexicon_foreach_word(lx, count_word, lx);
    ask(lx, fixed_text, sizeof fixed_text - 1);
    size_t rlen;
    char *repaired = ng_utf8_repair(text, size, &rlen); /* the tokenizer takes valid UTF-8 */
    ask(lx, repaired, rlen);
    ng_lexicon_free(lx);

    ng_model *m = ng_model_new();
    ng_model_add_rules_text(m, text, size, "fuzz.tsv", &diag);
    if (ng_model_add_gazetteer_text(m, fixed_gazetteer, sizeof fixed_gazetteer - 1, "fixed.tsv",
                                    &diag) != 0)
        fail("the fixed gazetteer does not load");
    ng_model_compile(m);
    fuzz_extract_texts(m, fixed_text, sizeof fixed_text - 1, repaired, rlen);
    ng_model_free(m);
    free(repaired);
    return 0;
}
