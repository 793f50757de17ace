/* test_lexicon.c - unit tests for the rule word lists (lexicon) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lexicon/lexicon.h"
#include "extract/model_priv.h"
#include "graph/graph_priv.h"
#include "text/text.h"
#include "text/document.h"
#include "newsgraph/model.h"
#include "text/text.h"

/* ---- helpers ------------------------------------------------------------ */

/* Diagnostics captured in memory. */
typedef struct capture {
    char *buf;
    size_t len;
    FILE *fp;
    ng_diag diag;
} capture;

static void cap_open(capture *c)
{
    memset(c, 0, sizeof *c);
    c->fp = open_memstream(&c->buf, &c->len);
    assert_non_null(c->fp);
    c->diag.out = c->fp;
}

static const char *cap_text(capture *c)
{
    fflush(c->fp);
    return c->buf ? c->buf : "";
}

static void cap_close(capture *c)
{
    fclose(c->fp);
    free(c->buf);
}

static int load_str(ng_lexicon *lx, const char *text, ng_diag *d)
{
    return ng_lexicon_load(lx, text, strlen(text), "rules.tsv", d);
}

/* Class bits of a word as written (folded here, as the extractor does). */
static uint32_t word_bits(const ng_lexicon *lx, const char *word)
{
    char *f = ng_fold_dup(word, strlen(word));
    uint32_t bits = ng_lexicon_word(lx, f, strlen(f));
    free(f);
    return bits;
}

#define BIT(c) (1u << (c))

/* ng_lexicon_match over the tokens of text, from token i to token end
 * (SIZE_MAX: the end of the text). */
static size_t match_text(const ng_lexicon *lx, ng_lex_class c, const char *text, size_t i,
                         size_t end)
{
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, text, strlen(text));
    if (end == SIZE_MAX)
        end = t.count;
    size_t n = ng_lexicon_match(lx, c, &t, i, end);
    ng_tokens_release(&t);
    return n;
}

/* ---- class names -------------------------------------------------------- */

static void test_class_names(void **state)
{
    (void)state;
    static const struct {
        ng_lex_class c;
        const char *name;
    } expect[] = {
        {NG_LEX_TITLE, "title"},           {NG_LEX_ROLE, "role"},
        {NG_LEX_ORG_WORD, "org_word"},     {NG_LEX_PLACE_WORD, "place_word"},
        {NG_LEX_PLACE_NOUN, "place_noun"}, {NG_LEX_PLACE_PREP, "place_prep"},
        {NG_LEX_DEMONYM, "demonym"},       {NG_LEX_MONTH, "month"},
        {NG_LEX_WEEKDAY, "weekday"},       {NG_LEX_STOPWORD, "stopword"},
        {NG_LEX_CONNECTOR, "connector"},   {NG_LEX_ARTICLE, "article"},
        {NG_LEX_FURNITURE, "furniture"},   {NG_LEX_CREDIT, "credit"},
        {NG_LEX_SPEECH_VERB, "speech_verb"}, {NG_LEX_FIRSTNAME, "firstname"},
        {NG_LEX_ORG_NOUN, "org_noun"},     {NG_LEX_NATIONALITY, "nationality"},
        {NG_LEX_INSTITUTION, "institution"},
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
        const char *name = ng_lex_class_name(expect[i].c);
        assert_non_null(name);
        assert_string_equal(name, expect[i].name);
    }
    /* every class has a distinct name */
    for (int c = 0; c < NG_LEX__COUNT; c++) {
        const char *name = ng_lex_class_name((ng_lex_class)c);
        assert_non_null(name);
        assert_true(name[0] != '\0');
        for (int d = 0; d < c; d++)
            assert_string_not_equal(name, ng_lex_class_name((ng_lex_class)d));
    }
    assert_null(ng_lex_class_name(NG_LEX__COUNT));
    assert_null(ng_lex_class_name((ng_lex_class)(NG_LEX__COUNT + 5)));
}

/* Every name the lexicon prints is accepted by the loader for that class. */
static void test_class_names_round_trip(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    char text[4096] = "";
    for (int c = 0; c < NG_LEX__COUNT; c++) {
        char line[64];
        snprintf(line, sizeof line, "%s\tZq%c\n", ng_lex_class_name((ng_lex_class)c),
                 'a' + c);
        strcat(text, line);
    }
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(lx, text, &cap.diag), 0);
    assert_int_equal(cap.diag.errors, 0);
    assert_string_equal(cap_text(&cap), "");
    for (int c = 0; c < NG_LEX__COUNT; c++) {
        char w[8];
        snprintf(w, sizeof w, "zq%c", 'a' + c);
        assert_int_equal(ng_lexicon_word(lx, w, strlen(w)), BIT(c));
        assert_int_equal(ng_lexicon_count(lx, (ng_lex_class)c), 1);
    }
    assert_int_equal(ng_lexicon_count(lx, NG_LEX__COUNT), 0);
    cap_close(&cap);
    ng_lexicon_free(lx);
}

/* ---- loading ------------------------------------------------------------ */

static void test_comments_blank_lines_crlf(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    const char *text = "# a comment line\n"
                       "\n"
                       "#title\tNotLoaded\n"
                       "title\tColonel\r\n"
                       "\r\n"
                       "role\tspokesman"; /* no final newline */
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(lx, text, &cap.diag), 0);
    assert_int_equal(cap.diag.errors, 0);
    assert_string_equal(cap_text(&cap), "");
    assert_int_equal(word_bits(lx, "Colonel"), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "spokesman"), BIT(NG_LEX_ROLE));
    assert_int_equal(word_bits(lx, "NotLoaded"), 0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_TITLE), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_ROLE), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_MONTH), 0);
    cap_close(&cap);
    ng_lexicon_free(lx);
}

static void test_empty_text(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(ng_lexicon_load(lx, "", 0, "empty.tsv", NULL), 0);
    for (int c = 0; c < NG_LEX__COUNT; c++)
        assert_int_equal(ng_lexicon_count(lx, (ng_lex_class)c), 0);
    assert_int_equal(ng_lexicon_word(lx, "mr", 2), 0);
    ng_lexicon_free(lx);
    ng_lexicon_free(NULL);
}

/* ---- one-word entries --------------------------------------------------- */

static void test_words_fold(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx,
                              "title\tCol.\n"
                              "title\tDR\n"
                              "title\tGén.\n"
                              "demonym\tKurdish\n",
                              NULL),
                     0);
    /* folding drops periods and case: "Col." == "col" */
    assert_int_equal(ng_lexicon_word(lx, "col", 3), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "Col."), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "COL"), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "dr"), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "Dr."), BIT(NG_LEX_TITLE));
    /* diacritics fold too */
    assert_int_equal(word_bits(lx, "gen"), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "KURDISH"), BIT(NG_LEX_DEMONYM));
    /* the lookup is by the whole folded word, not a prefix */
    assert_int_equal(ng_lexicon_word(lx, "co", 2), 0);
    assert_int_equal(ng_lexicon_word(lx, "colo", 4), 0);
    assert_int_equal(ng_lexicon_word(lx, "kurd", 4), 0);
    assert_int_equal(ng_lexicon_word(lx, "Col", 3), 0); /* callers pass folded words */
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_TITLE), 3);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_DEMONYM), 1);
    ng_lexicon_free(lx);
}

static void test_word_in_two_classes(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx,
                              "title\tColonel\n"
                              "role\tcolonel\n"
                              "title\tCOLONEL\n" /* a duplicate: counted once */
                              "org_word\tGroup\n"
                              "org_noun\tgroup\n"
                              "stopword\tGroup\n",
                              NULL),
                     0);
    assert_int_equal(word_bits(lx, "colonel"), BIT(NG_LEX_TITLE) | BIT(NG_LEX_ROLE));
    assert_int_equal(word_bits(lx, "group"),
                     BIT(NG_LEX_ORG_WORD) | BIT(NG_LEX_ORG_NOUN) | BIT(NG_LEX_STOPWORD));
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_TITLE), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_ROLE), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_ORG_WORD), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_ORG_NOUN), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_STOPWORD), 1);
    /* a one-word entry also matches as a one-token span */
    assert_int_equal(match_text(lx, NG_LEX_ROLE, "Colonel Smith", 0, SIZE_MAX), 1);
    assert_int_equal(match_text(lx, NG_LEX_MONTH, "Colonel Smith", 0, SIZE_MAX), 0);
    ng_lexicon_free(lx);
}

/* ---- multi-word entries ------------------------------------------------- */

static const char phrase_rules[] = "title\tLieutenant Colonel\n"
                                   "title\tLieutenant-General\n"
                                   "title\tLieutenant\n"
                                   "title\tPrime Minister\n"
                                   "furniture\tPost a Comment\n"
                                   "furniture\tPost a\n"
                                   "furniture\tRead more\n";

static void test_phrases_longest(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx, phrase_rules, NULL), 0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_TITLE), 4);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_FURNITURE), 3);

    /* longest entry wins */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant Colonel Ahmed said", 0, SIZE_MAX),
                     2);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "Post a Comment below", 0, SIZE_MAX), 3);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "Post a reply", 0, SIZE_MAX), 2);
    /* the one-word entry when no phrase fits */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant Smith", 0, SIZE_MAX), 1);
    /* words of phrases are not one-word entries */
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "Post office", 0, SIZE_MAX), 0);
    assert_int_equal(word_bits(lx, "post"), 0);
    assert_int_equal(word_bits(lx, "lieutenant"), BIT(NG_LEX_TITLE));
    /* case-insensitive */
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "POST A COMMENT", 0, SIZE_MAX), 3);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "prime minister Smith", 0, SIZE_MAX), 2);
    /* classes are kept apart */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Post a Comment", 0, SIZE_MAX), 0);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "Lieutenant Colonel", 0, SIZE_MAX), 0);
    /* a match starts at token i, not anywhere after it */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "The Prime Minister", 0, SIZE_MAX), 0);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "The Prime Minister", 1, SIZE_MAX), 2);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant Colonel", 1, SIZE_MAX), 0);
    /* out-of-range class */
    assert_int_equal(match_text(lx, NG_LEX__COUNT, "Lieutenant Colonel", 0, SIZE_MAX), 0);
    ng_lexicon_free(lx);
}

static void test_phrases_hyphens(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx, phrase_rules, NULL), 0);
    /* the entry's hyphen is skipped: it matches the spaced form */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant General Smith", 0, SIZE_MAX), 2);
    /* hyphens in the text are skipped but counted in the span */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant-General Smith", 0, SIZE_MAX), 3);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant-Colonel Smith", 0, SIZE_MAX), 3);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant - Colonel Smith", 0, SIZE_MAX),
                     3);
    /* a duplicate written with a hyphen is the same entry */
    assert_int_equal(load_str(lx, "title\tlieutenant-colonel\ntitle\tLieutenant General\n", NULL),
                     0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_TITLE), 4);
    /* other punctuation is not skipped */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant, Colonel", 0, SIZE_MAX), 1);
    ng_lexicon_free(lx);
}

/* The words that start and end a phrase, with the classes they do so for:
 * hyphens and empty folds are not words. */
typedef struct ends_seen {
    char words[8][32];
    uint32_t bits[8];
    size_t n;
} ends_seen;

static void ends_collect(void *ud, const char *f, size_t n, uint32_t bits)
{
    ends_seen *e = ud;
    assert_true(e->n < 8 && n < sizeof e->words[0]);
    memcpy(e->words[e->n], f, n);
    e->words[e->n][n] = 0;
    e->bits[e->n++] = bits;
}

static uint32_t ends_bits(const ends_seen *e, const char *w)
{
    for (size_t i = 0; i < e->n; i++)
        if (!strcmp(e->words[i], w))
            return e->bits[i];
    return 0;
}

static void test_phrase_first_last_words(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx,
                              "place_prep\ton the outskirts of\nplace_prep\tnorth-west of\n"
                              "title\tLieutenant-General\ntitle\tvice president -\n"
                              "place_prep\tnear\n",
                              NULL),
                     0);
    ends_seen first = {0}, last = {0};
    ng_lexicon_foreach_first(lx, ends_collect, &first);
    ng_lexicon_foreach_last(lx, ends_collect, &last);
    assert_int_equal(first.n, 4);
    assert_int_equal(ends_bits(&first, "on"), 1u << NG_LEX_PLACE_PREP);
    assert_int_equal(ends_bits(&first, "north"), 1u << NG_LEX_PLACE_PREP);
    assert_int_equal(ends_bits(&first, "lieutenant"), 1u << NG_LEX_TITLE);
    assert_int_equal(ends_bits(&first, "vice"), 1u << NG_LEX_TITLE);
    assert_int_equal(last.n, 3);
    assert_int_equal(ends_bits(&last, "of"), 1u << NG_LEX_PLACE_PREP);
    assert_int_equal(ends_bits(&last, "general"), 1u << NG_LEX_TITLE);
    /* the trailing hyphen is no word: "president" ends the phrase */
    assert_int_equal(ends_bits(&last, "president"), 1u << NG_LEX_TITLE);
    /* a one-word entry starts and ends nothing */
    assert_int_equal(ends_bits(&first, "near") | ends_bits(&last, "near"), 0);
    ng_lexicon_free(lx);
}

static void test_phrases_end_bound(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx, phrase_rules, NULL), 0);
    const char *text = "Lieutenant Colonel Ahmed";
    assert_int_equal(match_text(lx, NG_LEX_TITLE, text, 0, 3), 2);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, text, 0, 2), 2);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, text, 0, 1), 1); /* "Lieutenant" alone */
    assert_int_equal(match_text(lx, NG_LEX_TITLE, text, 0, 0), 0);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, text, 2, 1), 0);
    const char *post = "Post a Comment";
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, post, 0, 3), 3);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, post, 0, 2), 2);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, post, 0, 1), 0);
    /* a hyphen at the bound does not complete a phrase */
    const char *hy = "Lieutenant-Colonel";
    assert_int_equal(match_text(lx, NG_LEX_TITLE, hy, 0, 2), 1);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, hy, 0, 3), 3);
    ng_lexicon_free(lx);
}

/* ng_lexicon_spans over the tokens of text. */
static int spans_text(const ng_lexicon *lx, ng_lex_class c, const char *text, size_t i,
                      size_t end)
{
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, text, strlen(text));
    int r = ng_lexicon_spans(lx, c, &t, i, end);
    ng_tokens_release(&t);
    return r;
}

/* For every class and every span of two tokens or more of text: spans is
 * match == the span's length. */
static void expect_spans_agree(const ng_lexicon *lx, const char *text)
{
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, text, strlen(text));
    for (int c = 0; c <= NG_LEX__COUNT; c++)
        for (size_t i = 0; i < t.count; i++)
            for (size_t end = i + 2; end <= t.count; end++) {
                int want = ng_lexicon_match(lx, (ng_lex_class)c, &t, i, end) == end - i;
                if (ng_lexicon_spans(lx, (ng_lex_class)c, &t, i, end) != want)
                    fail_msg("\"%s\", class %d, tokens [%zu, %zu): spans %d, match says %d",
                             text, c, i, end, !want, want);
            }
    ng_tokens_release(&t);
}

static void test_phrases_exact_span(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx, phrase_rules, NULL), 0);
    assert_true(spans_text(lx, NG_LEX_TITLE, "Lieutenant Colonel Ahmed", 0, 2));
    assert_false(spans_text(lx, NG_LEX_TITLE, "Lieutenant Colonel Ahmed", 0, 3));
    assert_false(spans_text(lx, NG_LEX_TITLE, "Lieutenant Colonel Ahmed", 0, 1)); /* one word */
    assert_true(spans_text(lx, NG_LEX_TITLE, "Lieutenant-Colonel", 0, 3));
    assert_false(spans_text(lx, NG_LEX_TITLE, "Lieutenant-Colonel", 0, 2)); /* ends on "-" */
    assert_true(spans_text(lx, NG_LEX_FURNITURE, "Post a Comment", 0, 3));
    assert_true(spans_text(lx, NG_LEX_FURNITURE, "Post a Comment", 0, 2)); /* "Post a" */
    assert_false(spans_text(lx, NG_LEX_TITLE, "Post a Comment", 0, 3));   /* another class */
    assert_false(spans_text(lx, NG_LEX__COUNT, "Lieutenant Colonel", 0, 2));
    assert_false(spans_text(lx, NG_LEX_TITLE, "Lieutenant Colonel", 0, 9)); /* past the end */
    static const char *const texts[] = {
        "Lieutenant Colonel Ahmed said", "Lieutenant-General Smith", "Lieutenant - Colonel",
        "Post a Comment below. Read more", "The Prime Minister, Lieutenant Colonel",
        "post a reply", "Lieutenant, Colonel"};
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++)
        expect_spans_agree(lx, texts[k]);
    ng_lexicon_free(lx);
    /* and with the built-in lists, on their multi-word entries */
    lx = ng_lexicon_new();
    assert_int_equal(ng_lexicon_load(lx, ng_data_rules, ng_data_rules_len, "rules.tsv", NULL),
                     0);
    assert_true(spans_text(lx, NG_LEX_PLACE_PREP, "north of Raqqa", 0, 2));
    static const char *const real[] = {
        "Fighting raged north of Raqqa and on the outskirts of Hajin, in the east of Deir Ezzor.",
        "Lieutenant-Colonel Ali of the defence ministry said, Post a Comment.",
        "They fled to the south-west of al-Bab, near the Turkish border."};
    for (size_t k = 0; k < sizeof real / sizeof *real; k++)
        expect_spans_agree(lx, real[k]);
    ng_lexicon_free(lx);
}

/* ---- errors ------------------------------------------------------------- */

static void test_errors_reported_good_lines_kept(void **state)
{
    (void)state;
    char text[2048];
    snprintf(text, sizeof text,
             "# rules\n"                      /* 1 */
             "title\tColonel\n"               /* 2 */
             "bogus\tThing\n"                 /* 3 unknown class */
             "title Brigadier\n"              /* 4 missing TAB */
             "role\tspokesman\textra\n"       /* 5 too many fields */
             "role\t\n"                       /* 6 empty entry */
             "role\t - . \n"                  /* 7 no word: empty entry */
             "month\tOct\xff\n"               /* 8 invalid UTF-8 */
             "weekday\tFriday\n"              /* 9 */
             "\n"                             /* 10 */
             "title\t%s\n"                    /* 11 too long */
             "Title\tMajor\n"                 /* 12 class names are case-sensitive */
             "demonym\tKurdish",              /* 13 */
             "a b c d e f g h i j k l m n o p q r s t u v w x y");
    ng_lexicon *lx = ng_lexicon_new();
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(lx, text, &cap.diag), NG_EPARSE);
    assert_int_equal(cap.diag.errors, 8);
    assert_string_equal(cap_text(&cap),
                        "rules.tsv:3: error: unknown class 'bogus'\n"
                        "rules.tsv:4: error: expected 'class<TAB>entry'\n"
                        "rules.tsv:5: error: too many fields\n"
                        "rules.tsv:6: error: empty entry\n"
                        "rules.tsv:7: error: empty entry\n"
                        "rules.tsv:8: error: invalid UTF-8\n"
                        "rules.tsv:11: error: entry longer than 24 words\n"
                        "rules.tsv:12: error: unknown class 'Title'\n");
    /* good lines are loaded, bad ones are not */
    assert_int_equal(word_bits(lx, "Colonel"), BIT(NG_LEX_TITLE));
    assert_int_equal(word_bits(lx, "Friday"), BIT(NG_LEX_WEEKDAY));
    assert_int_equal(word_bits(lx, "Kurdish"), BIT(NG_LEX_DEMONYM));
    assert_int_equal(word_bits(lx, "spokesman"), 0);
    assert_int_equal(word_bits(lx, "extra"), 0);
    assert_int_equal(word_bits(lx, "Brigadier"), 0);
    assert_int_equal(word_bits(lx, "Thing"), 0);
    assert_int_equal(word_bits(lx, "Major"), 0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_TITLE), 1);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_ROLE), 0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_MONTH), 0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_WEEKDAY), 1);
    cap_close(&cap);
    ng_lexicon_free(lx);
}

static void test_error_each_alone(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        const char *msg;
    } cases[] = {
        {"nosuchclass\tword", "x.tsv:1: error: unknown class 'nosuchclass'\n"},
        {"\tword", "x.tsv:1: error: unknown class ''\n"},
        {"title", "x.tsv:1: error: expected 'class<TAB>entry'\n"},
        {"title\ta\tb", "x.tsv:1: error: too many fields\n"},
        {"title\t", "x.tsv:1: error: empty entry\n"},
        {"title\t...", "x.tsv:1: error: empty entry\n"},
        {"title\t\xc3", "x.tsv:1: error: invalid UTF-8\n"},
        {"ti\xfftle\tMr", "x.tsv:1: error: invalid UTF-8\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ng_lexicon *lx = ng_lexicon_new();
        capture cap;
        cap_open(&cap);
        int rc = ng_lexicon_load(lx, cases[i].line, strlen(cases[i].line), "x.tsv", &cap.diag);
        assert_int_equal(rc, NG_EPARSE);
        assert_int_equal(cap.diag.errors, 1);
        assert_string_equal(cap_text(&cap), cases[i].msg);
        for (int c = 0; c < NG_LEX__COUNT; c++)
            assert_int_equal(ng_lexicon_count(lx, (ng_lex_class)c), 0);
        cap_close(&cap);
        /* a NULL diag discards the message but still fails */
        assert_int_equal(ng_lexicon_load(lx, cases[i].line, strlen(cases[i].line), "x.tsv",
                                         NULL),
                         NG_EPARSE);
        ng_lexicon_free(lx);
    }
}

/* Exactly 24 words is still accepted (25 is not, see above); a hyphenated
 * entry is as many words as it has parts. */
static void test_phrase_length_limit(void **state)
{
    (void)state;
    const char *words24 = "a b c d e f g h i j k l m n o p q r s t u v w x";
    char text[256];
    snprintf(text, sizeof text, "furniture\t%s\nfurniture\ta-b-c\n", words24);
    ng_lexicon *lx = ng_lexicon_new();
    assert_int_equal(load_str(lx, text, NULL), 0);
    assert_int_equal(ng_lexicon_count(lx, NG_LEX_FURNITURE), 2);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, words24, 0, SIZE_MAX), 24);
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "A B C D", 0, SIZE_MAX), 3);
    ng_lexicon_free(lx);
}

/* ---- the built-in rules ------------------------------------------------- */

static void test_builtin_rules(void **state)
{
    (void)state;
    ng_lexicon *lx = ng_lexicon_new();
    capture cap;
    cap_open(&cap);
    assert_true(ng_data_rules_len > 1000);
    assert_int_equal(ng_lexicon_load(lx, ng_data_rules, ng_data_rules_len, "rules.tsv",
                                     &cap.diag),
                     0);
    assert_int_equal(cap.diag.errors, 0);
    assert_string_equal(cap_text(&cap), "");
    for (int c = 0; c < NG_LEX__COUNT; c++)
        assert_true(ng_lexicon_count(lx, (ng_lex_class)c) > 0);
    assert_true(word_bits(lx, "Colonel") & BIT(NG_LEX_TITLE));
    assert_true(word_bits(lx, "Col.") & BIT(NG_LEX_TITLE));
    assert_true(word_bits(lx, "Kurdish") & BIT(NG_LEX_DEMONYM));
    assert_true(word_bits(lx, "October") & BIT(NG_LEX_MONTH));
    assert_true(word_bits(lx, "Friday") & BIT(NG_LEX_WEEKDAY));
    assert_true(word_bits(lx, "Mustafa") & BIT(NG_LEX_FIRSTNAME));
    assert_true(word_bits(lx, "AFP") & BIT(NG_LEX_CREDIT));
    assert_true(word_bits(lx, "group") & BIT(NG_LEX_ORG_NOUN));
    assert_true(word_bits(lx, "said") & BIT(NG_LEX_SPEECH_VERB));
    assert_true(word_bits(lx, "Syrian") & BIT(NG_LEX_NATIONALITY));
    assert_true(word_bits(lx, "army") & BIT(NG_LEX_INSTITUTION));
    assert_int_equal(match_text(lx, NG_LEX_INSTITUTION, "defence ministry said", 0, SIZE_MAX),
                     2);
    assert_false(word_bits(lx, "Kurdish") & BIT(NG_LEX_TITLE));
    assert_false(word_bits(lx, "October") & BIT(NG_LEX_WEEKDAY));
    assert_int_equal(match_text(lx, NG_LEX_FURNITURE, "Post a Comment", 0, SIZE_MAX), 3);
    assert_int_equal(match_text(lx, NG_LEX_TITLE, "Lieutenant Colonel Ali", 0, SIZE_MAX), 2);
    assert_int_equal(match_text(lx, NG_LEX_CREDIT, "AFP said", 0, SIZE_MAX), 1);
    cap_close(&cap);
    ng_lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_class_names),
        cmocka_unit_test(test_class_names_round_trip),
        cmocka_unit_test(test_comments_blank_lines_crlf),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_words_fold),
        cmocka_unit_test(test_word_in_two_classes),
        cmocka_unit_test(test_phrases_longest),
        cmocka_unit_test(test_phrases_hyphens),
        cmocka_unit_test(test_phrase_first_last_words),
        cmocka_unit_test(test_phrases_end_bound),
        cmocka_unit_test(test_phrases_exact_span),
        cmocka_unit_test(test_errors_reported_good_lines_kept),
        cmocka_unit_test(test_error_each_alone),
        cmocka_unit_test(test_phrase_length_limit),
        cmocka_unit_test(test_builtin_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
