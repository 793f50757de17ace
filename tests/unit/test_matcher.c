/* test_matcher.c - unit tests for the gazetteer alias matcher (Aho-Corasick over tokens) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lexicon/gazetteer.h"
#include "lexicon/matcher.h"
#include "text/text.h"

/* ---- helpers ------------------------------------------------------------ */

static const char base_gazetteer[] =
    "Islamic State\tactor\tarmed_group\tISIS|IS|Islamic State of Iraq and the Levant|Daesh\n"
    "State\tactor\tgovernment\n"
    "Iraq\tplace\tcountry\n"
    "Levant\tplace\tregion\n"
    "US-led coalition\tactor\tcoalition\n"
    "United States\tplace\tcountry\tUS|U.S.|America\n"
    "Aïn Issa\tplace\ttown\n"
    "=Nice\tplace\tcity\n"
    "Türkiye\tplace\tcountry\t=Turkey\n";

typedef struct fixture {
    ng_gazetteer *g;
    ng_matcher *m;
    ng_tokens t;
    ng_matches ms;
} fixture;

static void fx_open(fixture *f, const char *gazetteer)
{
    memset(f, 0, sizeof *f);
    f->g = ng_gazetteer_new();
    ng_diag d = {0};
    assert_int_equal(ng_gazetteer_load(f->g, gazetteer, strlen(gazetteer), "m.tsv", &d), 0);
    assert_int_equal(d.errors, 0);
    f->m = ng_matcher_new(f->g);
    ng_tokens_init(&f->t);
}

static void fx_close(fixture *f)
{
    free(f->ms.m);
    ng_tokens_release(&f->t);
    ng_matcher_free(f->m);
    ng_gazetteer_free(f->g);
}

/* Tokenise text and match tokens [begin, end) (SIZE_MAX: to the end). */
static size_t fx_run_range(fixture *f, const char *text, size_t begin, size_t end)
{
    ng_tokens_run(&f->t, text, strlen(text));
    if (end == SIZE_MAX)
        end = f->t.count;
    f->ms.count = 0;
    ng_matcher_run(f->m, &f->t, begin, end, &f->ms);
    /* reported in order of end */
    for (size_t i = 1; i < f->ms.count; i++)
        assert_true(f->ms.m[i - 1].tok_end <= f->ms.m[i].tok_end);
    for (size_t i = 0; i < f->ms.count; i++) {
        assert_true(f->ms.m[i].tok_begin >= begin);
        assert_true(f->ms.m[i].tok_begin < f->ms.m[i].tok_end);
        assert_true(f->ms.m[i].tok_end <= end);
    }
    return f->ms.count;
}

static size_t fx_run(fixture *f, const char *text)
{
    return fx_run_range(f, text, 0, SIZE_MAX);
}

static uint32_t entry_of(const fixture *f, const char *name)
{
    const ng_gazetteer_entry *e = ng_gazetteer_find(f->g, name);
    if (!e)
        fail_msg("no entry '%s'", name);
    return (uint32_t)ng_gazetteer_index(f->g, e);
}

/* The match (begin, end, entry), or NULL. */
static const ng_match *find_match(const fixture *f, uint32_t b, uint32_t e, uint32_t entry)
{
    for (size_t i = 0; i < f->ms.count; i++)
        if (f->ms.m[i].tok_begin == b && f->ms.m[i].tok_end == e && f->ms.m[i].entry == entry)
            return &f->ms.m[i];
    return NULL;
}

static void expect_match(const fixture *f, uint32_t b, uint32_t e, const char *name)
{
    uint32_t entry = entry_of(f, name);
    if (!find_match(f, b, e, entry)) {
        for (size_t i = 0; i < f->ms.count; i++)
            print_message("  have [%u,%u) entry %u\n", f->ms.m[i].tok_begin,
                          f->ms.m[i].tok_end, f->ms.m[i].entry);
        fail_msg("no match [%u,%u) for '%s'", b, e, name);
    }
}

static int matches_entry(const fixture *f, uint32_t entry)
{
    for (size_t i = 0; i < f->ms.count; i++)
        if (f->ms.m[i].entry == entry)
            return 1;
    return 0;
}

/* ---- single, multi-token and nested aliases ----------------------------- */

static void test_single_and_multi_token(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    /* 0 Fighters 1 of 2 Daesh 3 and 4 Islamic 5 State 6 left 7 Iraq 8 . */
    assert_int_equal(fx_run(&f, "Fighters of Daesh and Islamic State left Iraq."), 4);
    expect_match(&f, 2, 3, "Islamic State");
    expect_match(&f, 4, 6, "Islamic State");
    expect_match(&f, 5, 6, "State");
    expect_match(&f, 7, 8, "Iraq");
    const ng_match *m = find_match(&f, 2, 3, entry_of(&f, "Islamic State"));
    assert_int_equal(m->alias, 4); /* Daesh */
    assert_int_equal(m->case_sensitive, 0);
    m = find_match(&f, 4, 6, entry_of(&f, "Islamic State"));
    assert_int_equal(m->alias, 0);
    /* nothing in a text without aliases, nor in an empty one */
    assert_int_equal(fx_run(&f, "Nothing to see here, islamic fighters."), 0);
    assert_int_equal(fx_run(&f, ""), 0);
    fx_close(&f);
}

static void test_overlapping_and_nested(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    /* 0 The 1 Islamic 2 State 3 of 4 Iraq 5 and 6 the 7 Levant 8 attacked 9 . */
    assert_int_equal(fx_run(&f, "The Islamic State of Iraq and the Levant attacked."), 5);
    expect_match(&f, 1, 3, "Islamic State");
    expect_match(&f, 2, 3, "State");
    expect_match(&f, 4, 5, "Iraq");
    expect_match(&f, 1, 8, "Islamic State");
    expect_match(&f, 7, 8, "Levant");
    assert_int_equal(find_match(&f, 1, 8, entry_of(&f, "Islamic State"))->alias, 3);

    /* a prefix of a long alias that then breaks off */
    /* 0 Islamic 1 State 2 of 3 Iraq 4 and 5 Syria */
    assert_int_equal(fx_run(&f, "Islamic State of Iraq and Syria"), 3);
    expect_match(&f, 0, 2, "Islamic State");
    expect_match(&f, 1, 2, "State");
    expect_match(&f, 3, 4, "Iraq");

    /* overlapping occurrences of the same alias */
    /* 0 State 1 State 2 Islamic 3 Islamic 4 State */
    assert_int_equal(fx_run(&f, "State State Islamic Islamic State"), 4);
    expect_match(&f, 0, 1, "State");
    expect_match(&f, 1, 2, "State");
    expect_match(&f, 3, 5, "Islamic State");
    expect_match(&f, 4, 5, "State");
    fx_close(&f);
}

/* ---- hyphens, diacritics, possessives ----------------------------------- */

static void test_hyphen_transparent(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    /* 0 US 1 - 2 led 3 coalition 4 and 5 the 6 US 7 led 8 coalition 9 and
     * 10 U.S. 11 - 12 led 13 coalition */
    assert_int_equal(
        fx_run(&f, "US-led coalition and the US led coalition and U.S. -led coalition"), 6);
    expect_match(&f, 0, 4, "US-led coalition");
    expect_match(&f, 6, 9, "US-led coalition");
    expect_match(&f, 10, 14, "US-led coalition");
    expect_match(&f, 0, 1, "United States");
    expect_match(&f, 6, 7, "United States");
    expect_match(&f, 10, 11, "United States");

    /* hyphens inside the text of a spaced alias, and several in a row */
    /* 0 Islamic 1 - 2 State 3 and 4 Islamic 5 - 6 - 7 State */
    assert_int_equal(fx_run(&f, "Islamic-State and Islamic - - State"), 4);
    expect_match(&f, 0, 3, "Islamic State");
    expect_match(&f, 2, 3, "State");
    expect_match(&f, 4, 8, "Islamic State");

    /* other punctuation is not transparent */
    assert_int_equal(fx_run(&f, "Islamic, State"), 1);
    expect_match(&f, 2, 3, "State");
    /* a lower-case "us" still gives the (folded) coalition, but not US */
    assert_int_equal(fx_run(&f, "us-led coalition"), 1);
    expect_match(&f, 0, 4, "US-led coalition");
    fx_close(&f);
}

static void test_diacritics(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    /* 0 Ain 1 Issa 2 and 3 AÏN 4 ISSA 5 and 6 Aïn 7 - 8 Issa 9 and 10 Türkiye 11 ; 12 TURKIYE */
    assert_int_equal(fx_run(&f, "Ain Issa and AÏN ISSA and Aïn-Issa and Türkiye; TURKIYE"), 5);
    expect_match(&f, 0, 2, "Aïn Issa");
    expect_match(&f, 3, 5, "Aïn Issa");
    expect_match(&f, 6, 9, "Aïn Issa");
    expect_match(&f, 10, 11, "Türkiye");
    expect_match(&f, 12, 13, "Türkiye");
    assert_int_equal(fx_run(&f, "Ain and Issa"), 0);
    fx_close(&f);
}

static void test_possessive(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    /* 0 ISIS 1 ’s 2 fighters 3 and 4 ISIS 5 's 6 leader 7 , 8 Islamic 9 State 10 's */
    assert_int_equal(fx_run(&f, "ISIS’s fighters and ISIS's leader, Islamic State's"), 4);
    expect_match(&f, 0, 1, "Islamic State");
    expect_match(&f, 4, 5, "Islamic State");
    expect_match(&f, 8, 10, "Islamic State");
    expect_match(&f, 9, 10, "State");
    fx_close(&f);
}

/* ---- case-sensitive aliases --------------------------------------------- */

static void test_case_sensitive(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    uint32_t is = entry_of(&f, "Islamic State"), us = entry_of(&f, "United States");
    /* 0 it 1 is 2 what 3 IS 4 is 5 , 6 us 7 and 8 US 9 and 10 Us 11 and 12 U.S. */
    assert_int_equal(fx_run(&f, "it is what IS is, us and US and Us and U.S."), 3);
    const ng_match *m = find_match(&f, 3, 4, is);
    assert_non_null(m);
    assert_int_equal(m->alias, 2);
    assert_int_equal(m->case_sensitive, 1);
    m = find_match(&f, 8, 9, us);
    assert_non_null(m);
    assert_int_equal(m->case_sensitive, 1);
    assert_non_null(find_match(&f, 12, 13, us));

    /* a capitalised "Is" at the start of a question is not IS */
    assert_int_equal(fx_run(&f, "Is IS here?"), 1);
    assert_non_null(find_match(&f, 1, 2, is));
    /* a folded alias matches in any case */
    assert_int_equal(fx_run(&f, "isis and ISIS and Isis"), 3);
    assert_int_equal(fx_run(&f, "america and AMERICA"), 2);
    fx_close(&f);
}

static void test_equals_aliases(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    uint32_t nice = entry_of(&f, "Nice"), tr = entry_of(&f, "Türkiye");
    /* 0 Nice 1 weather 2 in 3 nice 4 Turkey 5 and 6 turkey 7 , 8 not 9 nice */
    assert_int_equal(fx_run(&f, "Nice weather in nice Turkey and turkey, not nice"), 2);
    assert_non_null(find_match(&f, 0, 1, nice));
    const ng_match *m = find_match(&f, 4, 5, tr);
    assert_non_null(m);
    assert_int_equal(m->alias, 1);
    assert_int_equal(m->case_sensitive, 1);
    assert_int_equal(fx_run(&f, "roast turkey"), 0);
    fx_close(&f);
}

/* ---- bounds --------------------------------------------------------------- */

static void test_bounds(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, base_gazetteer);
    uint32_t is = entry_of(&f, "Islamic State");
    const char *text = "The Islamic State of Iraq and the Levant attacked.";
    /* 0 The 1 Islamic 2 State 3 of 4 Iraq 5 and 6 the 7 Levant 8 attacked 9 . */
    assert_int_equal(fx_run_range(&f, text, 2, 8), 3);
    expect_match(&f, 2, 3, "State");
    expect_match(&f, 4, 5, "Iraq");
    expect_match(&f, 7, 8, "Levant");
    assert_int_equal(fx_run_range(&f, text, 1, 7), 3);
    expect_match(&f, 1, 3, "Islamic State");
    expect_match(&f, 2, 3, "State");
    expect_match(&f, 4, 5, "Iraq");
    assert_null(find_match(&f, 1, 8, is));
    assert_int_equal(fx_run_range(&f, text, 1, 2), 0);
    assert_int_equal(fx_run_range(&f, text, 4, 4), 0);
    assert_int_equal(fx_run_range(&f, text, 7, 10), 1);
    expect_match(&f, 7, 8, "Levant");

    /* run appends to what out already holds */
    fx_run_range(&f, text, 0, 3);
    size_t before = f.ms.count;
    assert_int_equal(before, 2);
    ng_matcher_run(f.m, &f.t, 3, f.t.count, &f.ms);
    assert_int_equal(f.ms.count, before + 2);
    assert_int_equal(f.ms.m[0].tok_end, 3);
    expect_match(&f, 4, 5, "Iraq");
    expect_match(&f, 7, 8, "Levant");
    fx_close(&f);
}

/* The longest supported alias (32 words) with hyphens between the words of
 * the text: tok_begin still points at its first word. */
static void test_long_alias(void **state)
{
    (void)state;
    char gaz[1024] = "Long One\tactor\tg\t";
    char text[1024] = "x y ";
    for (int i = 0; i < 32; i++) {
        char w[8];
        snprintf(w, sizeof w, "%sw%c%c", i ? " " : "", 'a' + i / 26, 'a' + i % 26);
        strcat(gaz, w);
        snprintf(w, sizeof w, "%sw%c%c", i ? "-" : "", 'a' + i / 26, 'a' + i % 26);
        strcat(text, w);
    }
    strcat(gaz, "\n");
    fixture f;
    fx_open(&f, gaz);
    /* tokens: x y, then 32 words with 31 hyphens between them */
    assert_int_equal(fx_run(&f, text), 1);
    expect_match(&f, 2, 2 + 32 + 31, "Long One");
    assert_int_equal(f.t.count, 2 + 32 + 31);
    fx_close(&f);
}

/* ---- statistics, vocabulary ----------------------------------------------- */

static void test_statistics(void **state)
{
    (void)state;
    fixture f;
    fx_open(&f, "Alpha Beta\tactor\tg\tAlpha Gamma|Delta|alpha-beta\n"
                "Beta\tactor\tg\n");
    /* patterns: alpha beta, alpha gamma, delta, beta */
    assert_int_equal(ng_matcher_patterns(f.m), 4);
    /* states: root, alpha, alpha beta, alpha gamma, delta, beta */
    assert_int_equal(ng_matcher_states(f.m), 6);
    uint32_t a = ng_matcher_word_id(f.m, "alpha", 5), b = ng_matcher_word_id(f.m, "beta", 4),
             c = ng_matcher_word_id(f.m, "gamma", 5), d = ng_matcher_word_id(f.m, "delta", 5);
    assert_true(a && b && c && d);
    assert_true(a != b && a != c && a != d && b != c && b != d && c != d);
    assert_int_equal(ng_matcher_word_id(f.m, "zeta", 4), 0);
    assert_int_equal(ng_matcher_word_id(f.m, "Alpha", 5), 0); /* folded words only */
    assert_int_equal(ng_matcher_word_id(f.m, "alph", 4), 0);
    fx_close(&f);

    fx_open(&f, base_gazetteer);
    size_t aliases = 0, words = 0;
    for (size_t i = 0; i < ng_gazetteer_count(f.g); i++)
        aliases += ng_gazetteer_get(f.g, i)->n_aliases;
    /* every alias is a pattern here (none fold alike) */
    assert_int_equal(ng_matcher_patterns(f.m), aliases);
    for (size_t i = 0; i < ng_gazetteer_count(f.g); i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(f.g, i);
        for (size_t k = 0; k < e->n_aliases; k++) {
            ng_tokens_run(&f.t, e->aliases[k].text, strlen(e->aliases[k].text));
            for (size_t j = 0; j < f.t.count; j++)
                if (!(f.t.tok[j].flags & NG_TOK_HYPHEN))
                    words++;
        }
    }
    assert_true(ng_matcher_states(f.m) > 1);
    assert_true(ng_matcher_states(f.m) <= words + 1);
    fx_close(&f);

    /* an empty gazetteer: only the root */
    ng_gazetteer *g = ng_gazetteer_new();
    ng_matcher *m = ng_matcher_new(g);
    assert_int_equal(ng_matcher_patterns(m), 0);
    assert_int_equal(ng_matcher_states(m), 1);
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, "Islamic State", 13);
    ng_matches ms = {0};
    ng_matcher_run(m, &t, 0, t.count, &ms);
    assert_int_equal(ms.count, 0);
    ng_tokens_release(&t);
    ng_matcher_free(m);
    ng_matcher_free(NULL);
    ng_gazetteer_free(g);
}

/* ---- replaced entries and moved aliases ----------------------------------- */

static void test_replaced_entry_not_matched(void **state)
{
    (void)state;
    fixture f;
    memset(&f, 0, sizeof f);
    f.g = ng_gazetteer_new();
    const char *base = "Foo Bar\tactor\tg\tFB Group\nAlpha\tactor\tg\tOmega Corp\n";
    const char *user = "foo bar\tplace\tcity\nBeta\tactor\tg\tOmega Corp\n";
    assert_int_equal(ng_gazetteer_load(f.g, base, strlen(base), "base.tsv", NULL), 0);
    assert_int_equal(ng_gazetteer_load(f.g, user, strlen(user), "user.tsv", NULL), 0);
    assert_int_equal(ng_gazetteer_count(f.g), 4);
    assert_int_equal(ng_gazetteer_get(f.g, 0)->removed, 1);
    f.m = ng_matcher_new(f.g);
    ng_tokens_init(&f.t);
    /* 0 Foo 1 Bar 2 met 3 FB 4 Group 5 and 6 Omega 7 Corp 8 and 9 Alpha */
    assert_int_equal(fx_run(&f, "Foo Bar met FB Group and Omega Corp and Alpha"), 3);
    assert_non_null(find_match(&f, 0, 2, 2)); /* the new "foo bar" */
    assert_non_null(find_match(&f, 6, 8, 3)); /* Omega Corp moved to Beta */
    assert_non_null(find_match(&f, 9, 10, 1)); /* Alpha keeps its name */
    assert_false(matches_entry(&f, 0));
    /* patterns: foo bar, alpha, omega corp, beta */
    assert_int_equal(ng_matcher_patterns(f.m), 4);
    fx_close(&f);
}

/* ---- property test: the automaton against brute force ------------------- */

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % n);
}

#define VOCAB 20
#define PATTERNS 200
#define TEXT_WORDS 300

typedef struct pat {
    int words[4];
    int n;
    uint32_t entry;
} pat;

typedef struct triple {
    uint32_t b, e, entry;
} triple;

static int triple_cmp(const void *x, const void *y)
{
    const triple *a = x, *b = y;
    if (a->b != b->b)
        return a->b < b->b ? -1 : 1;
    if (a->e != b->e)
        return a->e < b->e ? -1 : 1;
    if (a->entry != b->entry)
        return a->entry < b->entry ? -1 : 1;
    return 0;
}

/* Every occurrence of every pattern starting at a word in [begin, end),
 * hyphen tokens being skipped, found by trying each start. */
static size_t brute_force(const ng_tokens *t, size_t begin, size_t end,
                          char vocab[][8], const pat *pats, size_t np, triple *out)
{
    size_t n = 0;
    for (size_t k = begin; k < end; k++) {
        if (t->tok[k].flags & NG_TOK_HYPHEN)
            continue;
        for (size_t p = 0; p < np; p++) {
            size_t j = k, w = 0, last = k;
            while (w < (size_t)pats[p].n && j < end) {
                if (t->tok[j].flags & NG_TOK_HYPHEN) {
                    j++;
                    continue;
                }
                const char *word = vocab[pats[p].words[w]];
                if (t->tok[j].flen != strlen(word) ||
                    memcmp(ng_tokens_fold(t, j), word, t->tok[j].flen) != 0)
                    break;
                last = j++;
                w++;
            }
            if (w == (size_t)pats[p].n)
                out[n++] = (triple){(uint32_t)k, (uint32_t)last + 1, pats[p].entry};
        }
    }
    return n;
}

static void append(char *buf, size_t cap, const char *s)
{
    size_t len = strlen(buf);
    assert_true(len + strlen(s) < cap);
    memcpy(buf + len, s, strlen(s) + 1);
}

/* Write word w of the vocabulary with a random capitalisation; all capitals
 * only when all_caps (in the gazetteer a short all-capital alias would be
 * case-sensitive, which the brute force does not model). */
static void append_word(char *buf, size_t cap, const char *w, int all_caps)
{
    char tmp[8];
    strcpy(tmp, w);
    uint32_t r = rnd(4);
    if (r == 1)
        tmp[0] = (char)(tmp[0] - 32);
    else if (r == 2 && all_caps)
        for (char *c = tmp; *c; c++)
            *c = (char)(*c - 32);
    append(buf, cap, tmp);
}

static void test_property_against_brute_force(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 12; seed++) {
        rng_state = 0x9E3779B97F4A7C15ULL * seed + 12345;
        /* vocabulary: distinct lower-case words of 2-4 letters from a-k */
        char vocab[VOCAB][8];
        for (int i = 0; i < VOCAB; i++) {
            for (;;) {
                int len = 2 + (int)rnd(3);
                for (int c = 0; c < len; c++)
                    vocab[i][c] = (char)('a' + rnd(11));
                vocab[i][len] = '\0';
                int dup = 0;
                for (int j = 0; j < i; j++)
                    dup |= strcmp(vocab[i], vocab[j]) == 0;
                if (!dup)
                    break;
            }
        }
        /* distinct patterns of 1-4 words (mostly short, so they overlap) */
        static pat pats[PATTERNS];
        size_t np = 0;
        for (int tries = 0; np < PATTERNS && tries < 100000; tries++) {
            pat p = {{0}, 1 + (int)(rnd(10) < 4 ? 0 : rnd(4)), 0};
            for (int w = 0; w < p.n; w++)
                p.words[w] = (int)rnd(VOCAB);
            int dup = 0;
            for (size_t j = 0; j < np && !dup; j++)
                dup = pats[j].n == p.n && memcmp(pats[j].words, p.words, sizeof p.words) == 0;
            if (!dup)
                pats[np++] = p;
        }
        assert_true(np > 100);
        /* group them into entries: the first pattern of a group is the name */
        static char gaz[64 * 1024];
        gaz[0] = '\0';
        size_t first_of_entry[PATTERNS], n_entries = 0;
        for (size_t i = 0; i < np;) {
            size_t group = 1 + rnd(4);
            if (i + group > np)
                group = np - i;
            first_of_entry[n_entries] = i;
            for (size_t j = i; j < i + group; j++) {
                if (j == i + 1)
                    append(gaz, sizeof gaz, "\tactor\tg\t");
                else if (j > i)
                    append(gaz, sizeof gaz, "|");
                for (int w = 0; w < pats[j].n; w++) {
                    if (w)
                        append(gaz, sizeof gaz, rnd(5) == 0 ? "-" : " ");
                    append_word(gaz, sizeof gaz, vocab[pats[j].words[w]], 0);
                }
                pats[j].entry = (uint32_t)n_entries; /* fixed below */
            }
            if (group == 1)
                append(gaz, sizeof gaz, "\tactor\tg");
            append(gaz, sizeof gaz, "\n");
            n_entries++;
            i += group;
        }
        fixture f;
        fx_open(&f, gaz);
        assert_int_equal(ng_gazetteer_count(f.g), n_entries);
        /* entries are committed in file order; check it through the names */
        for (size_t e = 0; e < n_entries; e++) {
            const pat *p = &pats[first_of_entry[e]];
            char name[64] = "";
            for (int w = 0; w < p->n; w++) {
                if (w)
                    append(name, sizeof name, " ");
                append(name, sizeof name, vocab[p->words[w]]);
            }
            assert_int_equal(entry_of(&f, name), e);
        }
        assert_int_equal(ng_matcher_patterns(f.m), np);

        for (int round = 0; round < 4; round++) {
            /* random words, with whole patterns and prefixes of patterns
             * planted so that long patterns and failure links are exercised */
            int seq[TEXT_WORDS];
            int ns = 0;
            while (ns < TEXT_WORDS) {
                uint32_t r = rnd(8);
                if (r < 3) {
                    const pat *p = &pats[rnd((uint32_t)np)];
                    int take = r == 0 && p->n > 1 ? 1 + (int)rnd((uint32_t)p->n - 1) : p->n;
                    for (int w = 0; w < take && ns < TEXT_WORDS; w++)
                        seq[ns++] = p->words[w];
                } else {
                    seq[ns++] = rnd(12) == 0 ? -1 : (int)rnd(VOCAB);
                }
            }
            static char text[16 * 1024];
            text[0] = '\0';
            for (int i = 0; i < TEXT_WORDS; i++) {
                if (i) {
                    uint32_t r = rnd(20);
                    append(text, sizeof text,
                           r == 0 ? "-" : r == 1 ? " - " : r == 2 ? ", " : r == 3 ? " -- " : " ");
                }
                if (seq[i] < 0)
                    append(text, sizeof text, rnd(2) ? "xyz" : "lmn"); /* not in the vocabulary */
                else
                    append_word(text, sizeof text, vocab[seq[i]], 1);
            }
            ng_tokens_run(&f.t, text, strlen(text));
            size_t begin = 0, end = f.t.count;
            if (round >= 2) { /* a random sub-range */
                begin = rnd((uint32_t)f.t.count);
                end = begin + rnd((uint32_t)(f.t.count - begin) + 1);
            }
            f.ms.count = 0;
            ng_matcher_run(f.m, &f.t, begin, end, &f.ms);
            triple *got = malloc((f.ms.count + 1) * sizeof *got);
            triple *want = malloc((f.t.count * np + 1) * sizeof *want);
            assert_non_null(got);
            assert_non_null(want);
            for (size_t i = 0; i < f.ms.count; i++)
                got[i] = (triple){f.ms.m[i].tok_begin, f.ms.m[i].tok_end, f.ms.m[i].entry};
            /* the same matches, in the same order, going from one token an
             * alias starts with to the next while none is under way */
            uint32_t *ids = malloc((f.t.count + 1) * sizeof *ids);
            uint8_t *starts = calloc(f.t.count + 16, 1);
            assert_non_null(ids);
            assert_non_null(starts);
            for (size_t k = 0; k < f.t.count; k++) {
                ids[k] = ng_matcher_word_id(f.m, ng_tokens_fold(&f.t, k), f.t.tok[k].flen);
                starts[k] = !(f.t.tok[k].flags & NG_TOK_HYPHEN) && f.t.tok[k].flen &&
                            ng_matcher_starts(f.m, ids[k]);
            }
            size_t first = f.ms.count;
            ng_matcher_run_starts(f.m, &f.t, ids + begin, starts, begin, end, &f.ms);
            assert_int_equal(f.ms.count - first, first);
            for (size_t i = 0; i < first; i++) {
                assert_int_equal(f.ms.m[first + i].tok_begin, f.ms.m[i].tok_begin);
                assert_int_equal(f.ms.m[first + i].tok_end, f.ms.m[i].tok_end);
                assert_int_equal(f.ms.m[first + i].entry, f.ms.m[i].entry);
                assert_int_equal(f.ms.m[first + i].alias, f.ms.m[i].alias);
            }
            f.ms.count = first;
            free(ids);
            free(starts);
            size_t nw = brute_force(&f.t, begin, end, vocab, pats, np, want);
            qsort(got, f.ms.count, sizeof *got, triple_cmp);
            qsort(want, nw, sizeof *want, triple_cmp);
            if (f.ms.count != nw)
                fail_msg("seed %llu round %d: matcher found %zu, brute force %zu",
                         (unsigned long long)seed, round, f.ms.count, nw);
            for (size_t i = 0; i < nw; i++)
                if (triple_cmp(&got[i], &want[i]) != 0)
                    fail_msg("seed %llu round %d: #%zu matcher [%u,%u) %u, brute force "
                             "[%u,%u) %u",
                             (unsigned long long)seed, round, i, got[i].b, got[i].e,
                             got[i].entry, want[i].b, want[i].e, want[i].entry);
            if (round < 2) {
                /* the test is not vacuous: many matches, some of 4 tokens or more */
                size_t longer = 0;
                for (size_t i = 0; i < nw; i++)
                    longer += want[i].e - want[i].b >= 4;
                assert_true(nw > 100);
                assert_true(longer > 0);
            }
            free(got);
            free(want);
        }
        fx_close(&f);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_single_and_multi_token),
        cmocka_unit_test(test_overlapping_and_nested),
        cmocka_unit_test(test_hyphen_transparent),
        cmocka_unit_test(test_diacritics),
        cmocka_unit_test(test_possessive),
        cmocka_unit_test(test_case_sensitive),
        cmocka_unit_test(test_equals_aliases),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_long_alias),
        cmocka_unit_test(test_statistics),
        cmocka_unit_test(test_replaced_entry_not_matched),
        cmocka_unit_test(test_property_against_brute_force),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
