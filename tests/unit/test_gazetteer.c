/* test_gazetteer.c - unit tests for gazetteer loading, validation and overrides */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lexicon/gazetteer.h"
#include "src/core/buf.h"
#include "extract/model_priv.h"
#include "src/lexicon/gazetteer_priv.h"

/* ---- helpers ------------------------------------------------------------ */

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

static int load_str(ng_gazetteer *g, const char *text, const char *file, ng_diag *d)
{
    return ng_gazetteer_load(g, text, strlen(text), file, d);
}

static const ng_gazetteer_entry *must_find(const ng_gazetteer *g, const char *name)
{
    const ng_gazetteer_entry *e = ng_gazetteer_find(g, name);
    if (!e)
        fail_msg("'%s' not found", name);
    return e;
}

/* Alias number i of e is text with the given case sensitivity. */
static void assert_alias(const ng_gazetteer_entry *e, size_t i, const char *text, int cs)
{
    assert_true(i < e->n_aliases);
    assert_string_equal(e->aliases[i].text, text);
    assert_int_equal(e->aliases[i].case_sensitive, cs);
}

/* The alias of e written as text, or NULL. */
static const ng_gazetteer_alias *alias_named(const ng_gazetteer_entry *e, const char *text)
{
    for (size_t i = 0; i < e->n_aliases; i++)
        if (strcmp(e->aliases[i].text, text) == 0)
            return &e->aliases[i];
    return NULL;
}

/* ---- kinds -------------------------------------------------------------- */

static void test_kind_names(void **state)
{
    (void)state;
    assert_string_equal(ng_kind_name(NG_KIND_ACTOR), "actor");
    assert_string_equal(ng_kind_name(NG_KIND_PLACE), "place");
    assert_string_equal(ng_kind_name(NG_KIND_EVENT), "event");
    assert_null(ng_kind_name((ng_kind)3));
    for (int k = NG_KIND_ACTOR; k <= NG_KIND_EVENT; k++) {
        const char *name = ng_kind_name((ng_kind)k);
        ng_kind got = (ng_kind)99;
        assert_int_equal(ng_kind_parse(name, strlen(name), &got), 0);
        assert_int_equal(got, k);
    }
    ng_kind k = NG_KIND_EVENT;
    assert_int_equal(ng_kind_parse("placeholder", 5, &k), 0); /* only n bytes count */
    assert_int_equal(k, NG_KIND_PLACE);
    k = NG_KIND_EVENT;
    assert_int_equal(ng_kind_parse("Actor", 5, &k), NG_EARG);
    assert_int_equal(ng_kind_parse("act", 3, &k), NG_EARG);
    assert_int_equal(ng_kind_parse("actors", 6, &k), NG_EARG);
    assert_int_equal(ng_kind_parse("", 0, &k), NG_EARG);
    assert_int_equal(k, NG_KIND_EVENT); /* unchanged on error */
}

/* ---- valid lines -------------------------------------------------------- */

static void test_fields_3_to_7(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "Three Fields\tactor\tarmed_group\n"                       /* 1 */
                       "Four Fields\tplace\tcity\tFour|4 Fields\n"               /* 2 */
                       "Five Fields\tevent\tbattle\tF5\t\n"                      /* 3 */
                       "Six Fields\tplace\tcamp\t\t36.5\t-40.25\n"                /* 4 */
                       "Seven Fields\tplace\tcapital\tSeven\t33.51\t36.29\tSyria\n" /* 5 */
                       "No Geo\tplace\ttown\t\t\t\tSix Fields\n"                 /* 6 */
                       "Empty Parent\tplace\ttown\t\t1\t2\t\n";                  /* 7 */
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(g, text, "g.tsv", &cap.diag), 0);
    assert_int_equal(cap.diag.errors, 0);
    assert_string_equal(cap_text(&cap), "");
    assert_int_equal(ng_gazetteer_count(g), 7);

    const ng_gazetteer_entry *e = must_find(g, "Three Fields");
    assert_int_equal(ng_gazetteer_index(g, e), 0);
    assert_ptr_equal(ng_gazetteer_get(g, 0), e);
    assert_string_equal(e->name, "Three Fields");
    assert_int_equal(e->kind, NG_KIND_ACTOR);
    assert_string_equal(e->category, "armed_group");
    assert_int_equal(e->n_aliases, 1);
    assert_alias(e, 0, "Three Fields", 0);
    assert_int_equal(e->has_geo, 0);
    assert_null(e->parent);
    assert_string_equal(e->file, "g.tsv");
    assert_int_equal(e->line, 1);
    assert_int_equal(e->removed, 0);

    e = must_find(g, "Four Fields");
    assert_int_equal(e->kind, NG_KIND_PLACE);
    assert_string_equal(e->category, "city");
    assert_int_equal(e->n_aliases, 3);
    assert_alias(e, 1, "Four", 0);
    assert_alias(e, 2, "4 Fields", 0);
    assert_int_equal(e->line, 2);

    e = must_find(g, "Five Fields");
    assert_int_equal(e->kind, NG_KIND_EVENT);
    assert_string_equal(e->category, "battle");
    assert_int_equal(e->n_aliases, 2);
    assert_alias(e, 1, "F5", 0); /* a digit is not a capital letter */
    assert_int_equal(e->has_geo, 0);

    e = must_find(g, "Six Fields");
    assert_string_equal(e->category, "camp");
    assert_int_equal(e->n_aliases, 1);
    assert_int_equal(e->has_geo, 1);
    assert_true(e->lat == 36.5);
    assert_true(e->lon == -40.25);
    assert_null(e->parent);

    e = must_find(g, "Seven Fields");
    assert_string_equal(e->category, "capital");
    assert_int_equal(e->has_geo, 1);
    assert_true(e->lat == 33.51);
    assert_true(e->lon == 36.29);
    assert_non_null(e->parent);
    assert_string_equal(e->parent, "Syria");
    assert_int_equal(e->line, 5);

    e = must_find(g, "No Geo");
    assert_int_equal(e->has_geo, 0);
    assert_string_equal(e->parent, "Six Fields");

    e = must_find(g, "Empty Parent");
    assert_int_equal(e->has_geo, 1);
    assert_null(e->parent);
    cap_close(&cap);
    ng_gazetteer_free(g);
}

static void test_aliases_split_and_trimmed(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "  Big Name  \t actor \t group \t  Alias One | Alias Two||  |Three|BIG NAME"
                       "|big-name|Big  Name\n";
    assert_int_equal(load_str(g, text, "g.tsv", NULL), 0);
    const ng_gazetteer_entry *e = must_find(g, "Big Name");
    assert_string_equal(e->name, "Big Name");
    assert_int_equal(e->kind, NG_KIND_ACTOR);
    assert_string_equal(e->category, "group");
    /* empty aliases dropped; aliases folding like the name are not repeated */
    assert_int_equal(e->n_aliases, 4);
    assert_alias(e, 0, "Big Name", 0);
    assert_alias(e, 1, "Alias One", 0);
    assert_alias(e, 2, "Alias Two", 0);
    assert_alias(e, 3, "Three", 0);
    ng_gazetteer_free(g);
}

static void test_bom_crlf_comments(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "\xEF\xBB\xBF# comment\r\n"      /* 1 */
                       "\r\n"                           /* 2 */
                       "   \t \r\n"                     /* 3 */
                       "Alpha\tactor\tgroup\r\n"        /* 4 */
                       "  # indented comment\n"         /* 5 */
                       "Beta\tplace\tcity\tBee|Bea\r\n" /* 6 */
                       "Gamma\tplace\tcity\t\t1.5\t2.5"; /* 7, no final newline */
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(g, text, "crlf.tsv", &cap.diag), 0);
    assert_string_equal(cap_text(&cap), "");
    assert_int_equal(ng_gazetteer_count(g), 3);
    assert_int_equal(must_find(g, "Alpha")->line, 4);
    assert_string_equal(must_find(g, "Alpha")->category, "group");
    const ng_gazetteer_entry *b = must_find(g, "Beta");
    assert_int_equal(b->line, 6);
    assert_int_equal(b->n_aliases, 3);
    assert_alias(b, 2, "Bea", 0); /* no '\r' left */
    const ng_gazetteer_entry *c = must_find(g, "Gamma");
    assert_int_equal(c->line, 7);
    assert_true(c->lat == 1.5 && c->lon == 2.5);
    cap_close(&cap);
    ng_gazetteer_free(g);

    g = ng_gazetteer_new();
    assert_int_equal(ng_gazetteer_load(g, "", 0, "empty.tsv", NULL), 0);
    assert_int_equal(ng_gazetteer_count(g), 0);
    assert_null(ng_gazetteer_find(g, "Alpha"));
    assert_null(ng_gazetteer_get(g, 0));
    ng_gazetteer_free(g);
    ng_gazetteer_free(NULL);
}

static void test_coordinates(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "North\tplace\tx\t\t90\t180\n"
                       "South\tplace\tx\t\t-90\t-180\n"
                       "Zero\tplace\tx\t\t0\t0\n"
                       "Spaced\tplace\tx\t\t 12.25 \t -7.5 \n"
                       "Exp\tplace\tx\t\t1e1\t-2.5e1\n";
    assert_int_equal(load_str(g, text, "geo.tsv", NULL), 0);
    const ng_gazetteer_entry *e = must_find(g, "North");
    assert_true(e->has_geo && e->lat == 90.0 && e->lon == 180.0);
    e = must_find(g, "South");
    assert_true(e->has_geo && e->lat == -90.0 && e->lon == -180.0);
    e = must_find(g, "Zero");
    assert_true(e->has_geo && e->lat == 0.0 && e->lon == 0.0);
    e = must_find(g, "Spaced");
    assert_true(e->has_geo && e->lat == 12.25 && e->lon == -7.5);
    e = must_find(g, "Exp");
    assert_true(e->has_geo && e->lat == 10.0 && e->lon == -25.0);
    ng_gazetteer_free(g);
}

/* ---- errors -------------------------------------------------------------- */

/* Each bad line on its own, as line 3 after two good lines, in a load that
 * follows a successful one: it is reported as "bad.tsv:3: error: ..." and
 * the gazetteer is left exactly as the first load made it. */
static void test_errors_leave_gazetteer_unchanged(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        size_t len; /* 0: strlen */
        const char *msg; /* expected text after "bad.tsv:3: error: " */
    } cases[] = {
        {"Lonely", 0, "expected 3 to 7 tab-separated fields"},
        {"Too Few\tactor", 0, "expected 3 to 7 tab-separated fields (name, kind, category, "
                              "aliases, lat, lon, parent), got 2"},
        {"Too Many\tactor\tg\ta\t1\t2\tp\textra", 0, "got more than 7"},
        {"Way Too Many\tactor\tg\ta\t1\t2\tp\tx\ty\tz", 0, "expected 3 to 7"},
        {"\tactor\tg", 0, "empty name"},
        {"  \tactor\tg", 0, "empty name"},
        {"=\tactor\tg", 0, "empty name"},
        {"--\tactor\tg", 0, "name '--' has no letters"},
        {"Bad Kind\tpeople\tg", 0, "unknown kind 'people' (expected actor, place or event)"},
        {"Bad Kind\tActor\tg", 0, "unknown kind 'Actor'"},
        {"Bad Kind\t\tg", 0, "unknown kind ''"},
        {"Bad Cat\tactor\tArmed_group", 0, "bad category 'Armed_group'"},
        {"Bad Cat\tactor\tarmed group", 0, "bad category 'armed group'"},
        {"Bad Cat\tactor\tarmed-group", 0, "bad category 'armed-group'"},
        {"Bad Cat\tactor\t", 0, "bad category ''"},
        {"Bad Geo\tplace\tcity\t\t91\t10", 0, "bad coordinates '91', '10'"},
        {"Bad Geo\tplace\tcity\t\t-90.5\t10", 0, "bad coordinates"},
        {"Bad Geo\tplace\tcity\t\t10\t181", 0, "bad coordinates '10', '181'"},
        {"Bad Geo\tplace\tcity\t\t10\t-180.01", 0, "bad coordinates"},
        {"Bad Geo\tplace\tcity\t\tabc\t10", 0, "bad coordinates 'abc', '10'"},
        {"Bad Geo\tplace\tcity\t\t12abc\t10", 0, "bad coordinates"},
        {"Bad Geo\tplace\tcity\t\t10\t1,5", 0, "bad coordinates"},
        {"Bad Geo\tplace\tcity\t\t1e999\t10", 0, "bad coordinates"},
        {"Bad Geo\tplace\tcity\t\tnan\t10", 0, "bad coordinates"},
        {"Bad Geo\tplace\tcity\t\t10\tinf", 0, "bad coordinates"},
        {"Only Lat\tplace\tcity\t\t35.0", 0, "bad coordinates '35.0', ''"},
        {"Only Lat\tplace\tcity\t\t35.0\t", 0, "bad coordinates '35.0', ''"},
        {"Only Lon\tplace\tcity\t\t\t40.0", 0, "bad coordinates '', '40.0'"},
        {"Bad\xff UTF\tactor\tg", 0, "invalid UTF-8"},
        {"Caf\xc3\tplace\tcity", 0, "invalid UTF-8"},
        {"Ok\tactor\tg\tal\xed\xa0\x80ias", 0, "invalid UTF-8"}, /* a surrogate */
        {"Nul\0Byte\tactor\tg", 16, "NUL byte in line"},
        {"No Letters Alias\tactor\tg\tGood Alias|--", 0, "alias '--' has no letters"},
        {"Good\tplace\tcity", 0,
         "duplicate name 'Good' with conflicting kind place (line 2 says actor)"},
        {"GOOD\tevent\tbattle", 0, "duplicate name 'GOOD' with conflicting kind event"},
        {"Other\tactor\tg\tGood", 0, "'Good' already names 'Good' (line 2)"},
        {"Other\tactor\tg\tgood-corp", 0, "'good-corp' already names 'Good' (line 2)"},
        {"Good Corp\tactor\tg", 0, "'Good Corp' already names 'Good' (line 2)"},
        {"Other\tactor\tg\tGC|Prior", 0, "'GC' already names 'Good' (line 2)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ng_gazetteer *g = ng_gazetteer_new();
        assert_int_equal(load_str(g, "Prior\tplace\tcity\tPrior Town\t1\t2\n", "base.tsv", NULL),
                         0);
        assert_int_equal(ng_gazetteer_count(g), 1);

        char text[512];
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].line);
        const char *head = "Prior\tactor\tgroup\n"        /* would replace base.tsv:1 */
                           "Good\tactor\tg\tGood Corp|GC\n";
        size_t hl = strlen(head);
        assert_true(hl + len + 1 < sizeof text);
        memcpy(text, head, hl);
        memcpy(text + hl, cases[i].line, len);
        text[hl + len] = '\n';

        capture cap;
        cap_open(&cap);
        int rc = ng_gazetteer_load(g, text, hl + len + 1, "bad.tsv", &cap.diag);
        const char *out = cap_text(&cap);
        if (rc != NG_EPARSE || cap.diag.errors != 1)
            fail_msg("case %zu: rc %d, %u errors, output '%s'", i, rc, cap.diag.errors, out);
        if (strncmp(out, "bad.tsv:3: error: ", 18) != 0 || !strstr(out, cases[i].msg) ||
            strchr(out, '\n') != out + strlen(out) - 1)
            fail_msg("case %zu: unexpected message '%s' (want '%s')", i, out, cases[i].msg);
        cap_close(&cap);

        /* unchanged: the good lines of the failed load were not committed */
        assert_int_equal(ng_gazetteer_count(g), 1);
        assert_null(ng_gazetteer_find(g, "Good"));
        const ng_gazetteer_entry *p = must_find(g, "Prior");
        assert_int_equal(p->removed, 0);
        assert_int_equal(p->kind, NG_KIND_PLACE);
        assert_string_equal(p->file, "base.tsv");
        assert_int_equal(ng_gazetteer_owns_alias(g, 0, 1), 1);
        ng_gazetteer_free(g);
    }
}

static void test_every_error_reported(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "Alpha\tactor\tg\n"          /* 1 */
                       "Beta\tbogus\tg\n"           /* 2 */
                       "Gamma\tactor\n"             /* 3 */
                       "Delta\tplace\tcity\n"       /* 4 */
                       "Alpha\tplace\tcity\n"       /* 5 */
                       "Epsilon\tactor\tBAD\n";     /* 6 */
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(g, text, "multi.tsv", &cap.diag), NG_EPARSE);
    assert_int_equal(cap.diag.errors, 4);
    const char *out = cap_text(&cap);
    const char *l2 = strstr(out, "multi.tsv:2: error: unknown kind 'bogus'");
    const char *l3 = strstr(out, "multi.tsv:3: error: expected 3 to 7");
    const char *l5 = strstr(out, "multi.tsv:5: error: duplicate name 'Alpha'");
    const char *l6 = strstr(out, "multi.tsv:6: error: bad category 'BAD'");
    assert_non_null(l2);
    assert_non_null(l3);
    assert_non_null(l5);
    assert_non_null(l6);
    assert_true(l2 < l3 && l3 < l5 && l5 < l6);
    assert_null(strstr(out, "multi.tsv:1:"));
    assert_null(strstr(out, "multi.tsv:4:"));
    assert_int_equal(ng_gazetteer_count(g), 0);
    assert_null(ng_gazetteer_find(g, "Alpha"));
    assert_null(ng_gazetteer_find(g, "Delta"));
    cap_close(&cap);

    /* a NULL diag counts nothing but still fails */
    assert_int_equal(load_str(g, text, "multi.tsv", NULL), NG_EPARSE);
    assert_int_equal(ng_gazetteer_count(g), 0);
    ng_gazetteer_free(g);
}

/* ---- duplicates and overrides ------------------------------------------- */

static void test_duplicate_name_same_kind_merges(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "Alpha\tactor\tgroup\tAl|Alf\n"
                       "Beta\tplace\tcity\n"
                       "ALPHA\tactor\tother\tAlf|Alfa\t10\t20\n"
                       "alpha\tactor\tgroup\tAlfie\t30\t40\n";
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(g, text, "dup.tsv", &cap.diag), 0);
    assert_string_equal(cap_text(&cap), "");
    assert_int_equal(ng_gazetteer_count(g), 2);
    const ng_gazetteer_entry *e = must_find(g, "alpha");
    assert_string_equal(e->name, "Alpha"); /* the first line's name and category */
    assert_string_equal(e->category, "group");
    assert_int_equal(e->line, 1);
    assert_int_equal(e->n_aliases, 5);
    assert_alias(e, 0, "Alpha", 0);
    assert_alias(e, 1, "Al", 0);
    assert_alias(e, 2, "Alf", 0);
    assert_alias(e, 3, "Alfa", 0);
    assert_alias(e, 4, "Alfie", 0);
    /* the first coordinates given win */
    assert_int_equal(e->has_geo, 1);
    assert_true(e->lat == 10.0 && e->lon == 20.0);
    assert_int_equal(e->removed, 0);
    cap_close(&cap);
    ng_gazetteer_free(g);
}

static void test_later_load_replaces(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    assert_int_equal(load_str(g,
                              "Alpha\tactor\tgroup\tAA Corp|Alpha Group\n"
                              "Beta\tplace\tcity\tBee Town|Bee\t1\t2\n",
                              "base.tsv", NULL),
                     0);
    size_t beta = ng_gazetteer_index(g, must_find(g, "Beta"));
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(g,
                              "ALPHA\tplace\ttown\tAlpha Town\t3\t4\n"
                              "Gamma\tplace\tcity\tBee Town\n",
                              "user.tsv", &cap.diag),
                     0);
    assert_string_equal(cap_text(&cap), "");
    assert_int_equal(ng_gazetteer_count(g), 4);

    /* the old Alpha is still a slot, marked removed */
    const ng_gazetteer_entry *old = ng_gazetteer_get(g, 0);
    assert_string_equal(old->name, "Alpha");
    assert_int_equal(old->removed, 1);
    assert_int_equal(old->kind, NG_KIND_ACTOR);
    assert_int_equal(ng_gazetteer_owns_alias(g, 0, 0), 0);
    assert_int_equal(ng_gazetteer_owns_alias(g, 0, 1), 0);

    const ng_gazetteer_entry *a = must_find(g, "Alpha");
    assert_ptr_not_equal(a, old);
    assert_string_equal(a->name, "ALPHA");
    assert_int_equal(a->kind, NG_KIND_PLACE);
    assert_string_equal(a->category, "town");
    assert_string_equal(a->file, "user.tsv");
    assert_int_equal(a->line, 1);
    assert_int_equal(a->removed, 0);
    assert_true(a->has_geo && a->lat == 3.0 && a->lon == 4.0);
    assert_int_equal(a->n_aliases, 2);
    size_t ai = ng_gazetteer_index(g, a);
    assert_int_equal(ng_gazetteer_owns_alias(g, ai, 0), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, ai, 1), 1);

    /* Beta stays, but its alias "Bee Town" moved to Gamma */
    const ng_gazetteer_entry *b = must_find(g, "Beta");
    assert_int_equal(ng_gazetteer_index(g, b), beta);
    assert_int_equal(b->removed, 0);
    assert_int_equal(b->n_aliases, 3);
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 0), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 1), 0); /* Bee Town */
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 2), 1); /* Bee */
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 3), 0); /* out of range */
    const ng_gazetteer_entry *c = must_find(g, "Gamma");
    size_t ci = ng_gazetteer_index(g, c);
    assert_int_equal(ng_gazetteer_owns_alias(g, ci, 1), 1);
    cap_close(&cap);

    /* a third load may replace the replacement */
    assert_int_equal(load_str(g, "alpha\tevent\tbattle\n", "third.tsv", NULL), 0);
    assert_int_equal(ng_gazetteer_count(g), 5);
    assert_int_equal(ng_gazetteer_get(g, ai)->removed, 1);
    assert_int_equal(must_find(g, "Alpha")->kind, NG_KIND_EVENT);
    ng_gazetteer_free(g);
}

/* A load larger than what the gazetteer holds keeps its own tables and takes
 * the earlier keys into them: replaced names and taken aliases must come out
 * as when a small load is added to a large one (test_later_load_replaces). */
static void test_larger_later_load_replaces(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    assert_int_equal(load_str(g,
                              "Alpha\tactor\tgroup\tAA Corp|Alpha Group\n"
                              "Beta\tplace\tcity\tBee Town|Bee|BT\t1\t2\n",
                              "base.tsv", NULL),
                     0);
    ng_buf big = NG_BUF_INIT;
    ng_buf_puts(&big, "ALPHA\tplace\ttown\tAlpha Town\t3\t4\n"
                      "Gamma\tplace\tcity\tBee Town|=BT\n");
    for (int i = 0; i < 40; i++)
        ng_buf_printf(&big, "Place %c%c\tplace\tvillage\tVillage %c%c\n", 'a' + i / 26,
                      'a' + i % 26, 'a' + i / 26, 'a' + i % 26);
    assert_int_equal(ng_gazetteer_load(g, big.data, big.len, "big.tsv", NULL), 0);
    ng_buf_release(&big);
    assert_int_equal(ng_gazetteer_count(g), 44);

    assert_int_equal(ng_gazetteer_get(g, 0)->removed, 1); /* the old Alpha */
    assert_int_equal(ng_gazetteer_owns_alias(g, 0, 0), 0);
    assert_int_equal(ng_gazetteer_owns_alias(g, 0, 1), 0);
    const ng_gazetteer_entry *a = must_find(g, "alpha");
    assert_string_equal(a->file, "big.tsv");
    size_t ai = ng_gazetteer_index(g, a);
    assert_int_equal(ng_gazetteer_owns_alias(g, ai, 0), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, ai, 1), 1);
    ng_buf kb = NG_BUF_INIT;
    assert_string_equal(ng_gazetteer_alias_key(&a->aliases[1], &kb), "alpha town");

    /* Beta keeps its name, "Bee" and "BT"; "Bee Town" moved to Gamma, whose
     * =BT is the same case-sensitive alias */
    size_t beta = ng_gazetteer_index(g, must_find(g, "Beta"));
    assert_int_equal(beta, 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 0), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 1), 0); /* Bee Town */
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 2), 1); /* Bee */
    assert_int_equal(ng_gazetteer_owns_alias(g, beta, 3), 0); /* BT */
    size_t gi = ng_gazetteer_index(g, must_find(g, "Gamma"));
    assert_int_equal(ng_gazetteer_owns_alias(g, gi, 1), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, gi, 2), 1);
    assert_string_equal(ng_gazetteer_alias_key(&ng_gazetteer_get(g, gi)->aliases[2], &kb), "bt");
    ng_buf_release(&kb);
    assert_int_equal(ng_gazetteer_get(g, gi)->aliases[2].case_sensitive, 1);
    for (int i = 0; i < 40; i++) {
        char name[16];
        snprintf(name, sizeof name, "place %c%c", 'a' + i / 26, 'a' + i % 26);
        size_t k = ng_gazetteer_index(g, must_find(g, name));
        assert_int_equal(ng_gazetteer_owns_alias(g, k, 1), 1);
    }

    /* and a small load after the large one still replaces and takes over */
    assert_int_equal(load_str(g, "Delta\tactor\tgroup\tVillage ab|Alpha Town\n", "d.tsv", NULL),
                     0);
    assert_int_equal(ng_gazetteer_owns_alias(g, ai, 1), 0);
    size_t ab = ng_gazetteer_index(g, must_find(g, "Place ab"));
    assert_int_equal(ng_gazetteer_owns_alias(g, ab, 0), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, ab, 1), 0);
    size_t di = ng_gazetteer_index(g, must_find(g, "Delta"));
    assert_int_equal(ng_gazetteer_owns_alias(g, di, 1), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, di, 2), 1);
    ng_gazetteer_free(g);
}

/* ---- lookup -------------------------------------------------------------- */

/* An alias keeps its key beside its text only when the key is not the text
 * folded with hyphens as spaces (memory of a large gazetteer: most keys are
 * made again, not kept); either way the key is the same, and finding,
 * owning and merging work alike. */
static void test_keys_kept_only_when_needed(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    assert_int_equal(load_str(g,
                              "Deir ez-Zor\tplace\tcity\tDeir  Ezzor|Dayr 1st|Aïn-Issa\n"
                              "Deir  ez  Zor\tplace\tcity\tDeir Ez Zor|Deir-Ez-Zor Town\n"
                              "Big  Gap\tactor\tgroup\tBig Gap Group\n",
                              "f.tsv", NULL),
                     0);
    const ng_gazetteer_entry *d = must_find(g, "deir ez zor");
    /* the two spellings of one name on two lines merged into one entry */
    assert_int_equal(d->n_aliases, 5);
    static const struct {
        const char *text, *key;
        int kept;
    } want[] = {{"Deir ez-Zor", "deir ez zor", 0},
                {"Deir  Ezzor", "deir ezzor", 1},
                {"Dayr 1st", "dayr 1st", 0},
                {"Aïn-Issa", "ain issa", 0},
                {"Deir-Ez-Zor Town", "deir ez zor town", 0}};
    ng_buf kb = NG_BUF_INIT;
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(d->aliases[i].text, want[i].text);
        assert_string_equal(ng_gazetteer_alias_key(&d->aliases[i], &kb), want[i].key);
        assert_int_equal(d->aliases[i].key_len, strlen(want[i].key));
        assert_int_equal(d->aliases[i].key_kept, want[i].kept);
    }
    const ng_gazetteer_entry *b = must_find(g, "Big Gap");
    assert_string_equal(b->name, "Big  Gap");
    assert_int_equal(b->aliases[0].key_kept, 1);
    assert_string_equal(ng_gazetteer_alias_key(&b->aliases[0], &kb), "big gap");
    assert_int_equal(b->n_aliases, 2);
    ng_buf_release(&kb);
    /* a later load takes over an alias whose key was kept, and one whose
     * key is made */
    assert_int_equal(load_str(g, "Other\tplace\ttown\tdeir ezzor|big gap group\n", "g.tsv",
                              NULL),
                     0);
    size_t di = ng_gazetteer_index(g, d), bi = ng_gazetteer_index(g, b);
    assert_int_equal(ng_gazetteer_owns_alias(g, di, 1), 0);
    assert_int_equal(ng_gazetteer_owns_alias(g, di, 2), 1);
    assert_int_equal(ng_gazetteer_owns_alias(g, bi, 1), 0);
    ng_gazetteer_free(g);
}

static void test_find_folds(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    assert_int_equal(load_str(g,
                              "Deir ez-Zor\tplace\tcity\tDeir Ezzor\n"
                              "Aïn Issa\tplace\ttown\n"
                              "Erdoğan\tactor\tperson\n"
                              "Ma'arat al-Numan\tplace\ttown\n"
                              "Islamic State\tactor\tarmed_group\tDaesh\n",
                              "f.tsv", NULL),
                     0);
    const ng_gazetteer_entry *d = must_find(g, "Deir ez-Zor");
    assert_ptr_equal(ng_gazetteer_find(g, "deir ez zor"), d);
    assert_ptr_equal(ng_gazetteer_find(g, "DEIR-EZ-ZOR"), d);
    assert_ptr_equal(ng_gazetteer_find(g, "  Deir   ez - Zor "), d);
    const ng_gazetteer_entry *a = must_find(g, "Aïn Issa");
    assert_ptr_equal(ng_gazetteer_find(g, "ain issa"), a);
    assert_ptr_equal(ng_gazetteer_find(g, "AIN-ISSA"), a);
    assert_ptr_equal(ng_gazetteer_find(g, "erdogan"), must_find(g, "Erdoğan"));
    assert_ptr_equal(ng_gazetteer_find(g, "Maarat al Numan"), must_find(g, "Ma'arat al-Numan"));
    assert_ptr_equal(ng_gazetteer_find(g, "Ma’arat al-Numan"), must_find(g, "Ma'arat al-Numan"));
    /* only canonical names, whole */
    assert_null(ng_gazetteer_find(g, "Deir Ezzor"));
    assert_null(ng_gazetteer_find(g, "Daesh"));
    assert_null(ng_gazetteer_find(g, "Deir ez"));
    assert_null(ng_gazetteer_find(g, "Islamic State group"));
    assert_null(ng_gazetteer_find(g, ""));
    ng_gazetteer_free(g);
}

/* ---- case sensitivity -------------------------------------------------- */

static void test_case_sensitive_flags(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *text = "United States\tplace\tcountry\tUS|U.S.A.|America|Us|USAF Base\n"
                       "Islamic State\tactor\tarmed_group\tISIS|IS|ISIL|IS-K Cell\n"
                       "Türkiye\tplace\tcountry\t=Turkey|= Türk |TR\n"
                       "=Nice\tplace\tcity\n"
                       "United Nations\tactor\tinternational_org\tU.N.|UN|=un body\n";
    assert_int_equal(load_str(g, text, "cs.tsv", NULL), 0);

    const ng_gazetteer_entry *us = must_find(g, "United States");
    assert_int_equal(us->aliases[0].case_sensitive, 0);
    assert_int_equal(alias_named(us, "US")->case_sensitive, 1);
    assert_int_equal(alias_named(us, "U.S.A.")->case_sensitive, 1); /* dots ignored */
    assert_int_equal(alias_named(us, "America")->case_sensitive, 0);
    assert_int_equal(alias_named(us, "Us")->case_sensitive, 0);
    assert_int_equal(alias_named(us, "USAF Base")->case_sensitive, 0);

    const ng_gazetteer_entry *is = must_find(g, "Islamic State");
    assert_int_equal(alias_named(is, "ISIS")->case_sensitive, 0); /* four letters */
    assert_int_equal(alias_named(is, "IS")->case_sensitive, 1);
    assert_int_equal(alias_named(is, "ISIL")->case_sensitive, 0);
    assert_int_equal(alias_named(is, "IS-K Cell")->case_sensitive, 0);

    const ng_gazetteer_entry *t = must_find(g, "Türkiye");
    assert_int_equal(t->aliases[0].case_sensitive, 0);
    assert_non_null(alias_named(t, "Turkey"));
    assert_int_equal(alias_named(t, "Turkey")->case_sensitive, 1); /* '=' removed */
    assert_null(alias_named(t, "=Turkey"));
    assert_int_equal(alias_named(t, "Türk")->case_sensitive, 1);
    assert_int_equal(alias_named(t, "TR")->case_sensitive, 1);

    const ng_gazetteer_entry *n = must_find(g, "nice");
    assert_string_equal(n->name, "Nice");
    assert_int_equal(n->n_aliases, 1);
    assert_alias(n, 0, "Nice", 1);

    const ng_gazetteer_entry *un = must_find(g, "United Nations");
    assert_int_equal(alias_named(un, "U.N.")->case_sensitive, 1);
    assert_int_equal(alias_named(un, "un body")->case_sensitive, 1);
    /* "U.N." and "UN" fold alike: one alias */
    assert_null(alias_named(un, "UN"));
    assert_int_equal(un->n_aliases, 3);
    ng_gazetteer_free(g);
}

/* A case-sensitive alias and a folded one with the same letters are two
 * different aliases and may name different entries. */
static void test_case_sensitive_alias_distinct_owner(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    capture cap;
    cap_open(&cap);
    assert_int_equal(load_str(g,
                              "United States\tplace\tcountry\tUS\n"
                              "Us Weekly\tactor\tmedia\tus\n",
                              "cs.tsv", &cap.diag),
                     0);
    assert_string_equal(cap_text(&cap), "");
    assert_int_equal(ng_gazetteer_count(g), 2);
    /* but the same case-sensitive alias twice is a clash */
    assert_int_equal(load_str(g,
                              "Upper Silesia\tplace\tregion\tUS\n"
                              "United Shipping\tactor\tcompany\tU.S.\n",
                              "clash.tsv", &cap.diag),
                     NG_EPARSE);
    assert_non_null(strstr(cap_text(&cap),
                           "clash.tsv:2: error: 'U.S.' already names 'Upper Silesia' (line 1)"));
    assert_int_equal(ng_gazetteer_count(g), 2);
    cap_close(&cap);
    ng_gazetteer_free(g);
}

/* ---- files ---------------------------------------------------------------- */

static void test_load_file_missing(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    const char *path = "/nonexistent-h4/dir/missing-gazetteer.tsv";
    capture cap;
    cap_open(&cap);
    int rc = ng_gazetteer_load_file(g, path, &cap.diag);
    assert_true(rc == NG_EIO || rc == NG_ENOENT);
    assert_int_equal(cap.diag.errors, 1);
    const char *out = cap_text(&cap);
    assert_int_equal(strncmp(out, path, strlen(path)), 0);
    assert_int_equal(ng_gazetteer_count(g), 0);
    cap_close(&cap);
    ng_gazetteer_free(g);
}

static void test_load_file(void **state)
{
    (void)state;
    char path[] = "/tmp/test_gazetteer_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "# user gazetteer\nAlpha\tactor\tgroup\tAA\nBeta\tplace\tcity\n";
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    ng_gazetteer *g = ng_gazetteer_new();
    assert_int_equal(ng_gazetteer_load_file(g, path, NULL), 0);
    assert_int_equal(ng_gazetteer_count(g), 2);
    const ng_gazetteer_entry *b = must_find(g, "Beta");
    assert_string_equal(b->file, path);
    assert_int_equal(b->line, 3);

    /* errors in a file name the file */
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("Gamma\tplace\n", fp);
    fclose(fp);
    capture cap;
    cap_open(&cap);
    assert_int_equal(ng_gazetteer_load_file(g, path, &cap.diag), NG_EPARSE);
    char want[128];
    snprintf(want, sizeof want, "%s:1: error: expected 3 to 7", path);
    assert_non_null(strstr(cap_text(&cap), want));
    assert_int_equal(ng_gazetteer_count(g), 2);
    cap_close(&cap);
    unlink(path);
    ng_gazetteer_free(g);
}

/* A file larger than the 1 MB pieces it is read in loads as the same text
 * in memory does: every entry, line number and alias, a repeated name
 * merged into its first line's entry, a name taken over from a first
 * load. */
static void test_load_file_in_pieces(void **state)
{
    (void)state;
    char path[] = "/tmp/test_gazetteer_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    ng_buf text = NG_BUF_INIT;
    enum { N = 24000 };
    for (int i = 0; i < N; i++) {
        ng_buf_printf(&text, "Qaryat Number %d\tplace\tvillage\tal-Qaryat %d|Village %d of "
                             "the long list of villages\t35.%d\t38.%d\r\n",
                      i, i, i, i % 100, i % 97);
        if (i % 1000 == 999) /* again, with one more alias */
            ng_buf_printf(&text, "Qaryat Number %d\tplace\tvillage\tQaryat No. %d\n", i - 5,
                          i - 5);
    }
    ng_buf_puts(&text, "Alpha\tactor\tgroup");
    assert_true(text.len > (2u << 20));
    assert_int_equal(write(fd, text.data, text.len), (ssize_t)text.len);
    close(fd);
    static const char first[] = "Alpha\tactor\tgroup\tAA\nBeta\tplace\tcity\tVillage 7 of the "
                                "long list of villages\n";
    ng_gazetteer *a = ng_gazetteer_new(), *b = ng_gazetteer_new();
    assert_int_equal(ng_gazetteer_load(a, first, sizeof first - 1, "first", NULL), 0);
    assert_int_equal(ng_gazetteer_load(b, first, sizeof first - 1, "first", NULL), 0);
    assert_int_equal(ng_gazetteer_load_file(a, path, NULL), 0);
    assert_int_equal(ng_gazetteer_load(b, text.data, text.len, path, NULL), 0);
    assert_int_equal(ng_gazetteer_count(a), 2 + N + 1);
    assert_int_equal(ng_gazetteer_count(b), ng_gazetteer_count(a));
    for (size_t i = 0; i < ng_gazetteer_count(a); i++) {
        const ng_gazetteer_entry *x = ng_gazetteer_get(a, i), *y = ng_gazetteer_get(b, i);
        assert_string_equal(x->name, y->name);
        assert_int_equal(x->line, y->line);
        assert_int_equal(x->removed, y->removed);
        assert_int_equal(x->n_aliases, y->n_aliases);
        for (size_t k = 0; k < x->n_aliases; k++) {
            assert_string_equal(x->aliases[k].text, y->aliases[k].text);
            assert_int_equal(ng_gazetteer_owns_alias(a, i, k), ng_gazetteer_owns_alias(b, i, k));
        }
        if (!x->removed)
            assert_ptr_equal(ng_gazetteer_find(a, x->name), x);
    }
    const ng_gazetteer_entry *e = must_find(a, "Qaryat Number 23994");
    assert_int_equal(e->n_aliases, 4);
    assert_int_equal(e->line, 23994 + 23 + 1);
    assert_string_equal(e->aliases[3].text, "Qaryat No. 23994");
    assert_int_equal(must_find(a, "Alpha")->line, N + N / 1000 + 1);
    assert_int_equal(ng_gazetteer_get(a, 0)->removed, 1);           /* Alpha, replaced */
    assert_int_equal(ng_gazetteer_owns_alias(a, 1, 1), 0);          /* Village 7, taken */
    unlink(path);
    ng_buf_release(&text);
    ng_gazetteer_free(a);
    ng_gazetteer_free(b);
}

/* ---- the built-in gazetteer -------------------------------------------- */

static void test_builtin_gazetteer(void **state)
{
    (void)state;
    ng_gazetteer *g = ng_gazetteer_new();
    capture cap;
    cap_open(&cap);
    assert_int_equal(ng_gazetteer_load(g, ng_data_gazetteer, ng_data_gazetteer_len,
                                       "gazetteer.tsv", &cap.diag),
                     0);
    assert_int_equal(cap.diag.errors, 0);
    assert_string_equal(cap_text(&cap), "");
    size_t n = ng_gazetteer_count(g);
    assert_true(n > 500);
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(g, i);
        assert_int_equal(e->removed, 0);
        assert_true(e->kind <= NG_KIND_EVENT);
        assert_true(e->category[0] != '\0');
        assert_true(e->n_aliases >= 1);
        assert_string_equal(e->aliases[0].text, e->name);
        assert_ptr_equal(ng_gazetteer_find(g, e->name), e);
    }

    const ng_gazetteer_entry *is = must_find(g, "Islamic State");
    assert_int_equal(is->kind, NG_KIND_ACTOR);
    assert_string_equal(is->category, "armed_group");
    assert_non_null(alias_named(is, "ISIS"));
    assert_int_equal(alias_named(is, "ISIS")->case_sensitive, 0);
    assert_non_null(alias_named(is, "IS"));
    assert_int_equal(alias_named(is, "IS")->case_sensitive, 1);
    assert_non_null(alias_named(is, "Daesh"));

    const ng_gazetteer_entry *dz = must_find(g, "Deir ez-Zor");
    assert_int_equal(dz->kind, NG_KIND_PLACE);
    assert_int_equal(dz->has_geo, 1);
    assert_true(dz->lat > 35.0 && dz->lat < 35.7);
    assert_true(dz->lon > 39.8 && dz->lon < 40.5);
    assert_non_null(dz->parent);
    assert_string_equal(dz->parent, "Syria");
    assert_ptr_equal(ng_gazetteer_find(g, "deir ez zor"), dz);

    /* the war after 2019: actors with their aliases, places with coordinates */
    static const struct {
        const char *name, *alias;
        ng_kind kind;
    } later[] = {
        {"Hayat Tahrir al-Sham", "HTS", NG_KIND_ACTOR},
        {"Syrian National Army", "SNA", NG_KIND_ACTOR},
        {"Asayish", "Internal Security Forces of North and East Syria", NG_KIND_ACTOR},
        {"Liwa Fatemiyoun", "Fatemiyoun", NG_KIND_ACTOR},
        {"Dawn of Freedom Operations Room", "Fajr al-Hurriya", NG_KIND_ACTOR},
        {"Military Operations Command", "Department of Military Operations", NG_KIND_ACTOR},
        {"Hawar News Agency", "ANHA", NG_KIND_ACTOR},
        {"Syrian transitional government", "Syrian caretaker government", NG_KIND_ACTOR},
        {"Abu Mohammad al-Julani", "Ahmed al-Sharaa", NG_KIND_ACTOR},
        {"Mazloum Abdi", "Mazlum Abdi", NG_KIND_ACTOR},
        {"Mohammed al-Bashir", "Muhammad al-Bashir", NG_KIND_ACTOR},
        {"Asaad al-Shaibani", "Asad al-Shaibani", NG_KIND_ACTOR},
        {"Murhaf Abu Qasra", "Abu Qasra", NG_KIND_ACTOR},
        {"Anas Khattab", "Anas Hasan Khattab", NG_KIND_ACTOR},
        {"Southern Operations Room", "Southern Operation Room", NG_KIND_ACTOR},
        {"Nusra Front", "Jabhat Fateh al-Sham", NG_KIND_ACTOR},
        {"Jeddah 1 camp", "al-Jadaa rehabilitation centre", NG_KIND_PLACE},
        {"Uqaydat tribe", "Aqeidat", NG_KIND_ACTOR},
        {"Jeddah 1 camp", "al-Jadaa camp", NG_KIND_PLACE},
        {"al-Tanf", "At Tanf", NG_KIND_PLACE},
        {"Tishreen Dam", "Tishrin Dam", NG_KIND_PLACE},
        {"M4 highway", "M4", NG_KIND_PLACE},
        {"Rojava", "North and East Syria", NG_KIND_PLACE},
        {"Umayyad Mosque", "Great Mosque of Damascus", NG_KIND_PLACE},
        {"al-Shuhayl", "Shuhail", NG_KIND_PLACE},
        {"Qara Qozak bridge", "Qara Qozak", NG_KIND_PLACE},
        {"Islamic Resistance in Iraq", "IRI", NG_KIND_ACTOR},
        {"Tower 22", "Burj 22", NG_KIND_PLACE},
        {"Middle Euphrates River Valley", "MERV", NG_KIND_PLACE},
    };
    for (size_t i = 0; i < sizeof later / sizeof later[0]; i++) {
        const ng_gazetteer_entry *e = must_find(g, later[i].name);
        assert_int_equal(e->kind, later[i].kind);
        if (!alias_named(e, later[i].alias))
            fail_msg("%s: no alias %s", later[i].name, later[i].alias);
        if (e->kind == NG_KIND_PLACE) {
            assert_int_equal(e->has_geo, 1);
            assert_true(e->lat > 29.0 && e->lat < 38.0 && e->lon > 35.0 && e->lon < 45.0);
            assert_non_null(e->parent);
        }
    }
    /* "the Euphrates valley" is the river; the named region is apart */
    assert_non_null(alias_named(must_find(g, "Euphrates River"), "Euphrates valley"));
    assert_null(ng_gazetteer_find(g, "Euphrates valley"));
    /* a compass direction before Syria is Syria, no region of its own */
    assert_null(ng_gazetteer_find(g, "Northeast Syria"));
    assert_null(ng_gazetteer_find(g, "Northwest Syria"));

    const ng_gazetteer_entry *sy = must_find(g, "Syria");
    assert_int_equal(sy->kind, NG_KIND_PLACE);
    assert_string_equal(sy->category, "country");
    assert_int_equal(sy->has_geo, 1);
    cap_close(&cap);
    ng_gazetteer_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kind_names),
        cmocka_unit_test(test_fields_3_to_7),
        cmocka_unit_test(test_aliases_split_and_trimmed),
        cmocka_unit_test(test_bom_crlf_comments),
        cmocka_unit_test(test_coordinates),
        cmocka_unit_test(test_errors_leave_gazetteer_unchanged),
        cmocka_unit_test(test_every_error_reported),
        cmocka_unit_test(test_duplicate_name_same_kind_merges),
        cmocka_unit_test(test_later_load_replaces),
        cmocka_unit_test(test_larger_later_load_replaces),
        cmocka_unit_test(test_keys_kept_only_when_needed),
        cmocka_unit_test(test_find_folds),
        cmocka_unit_test(test_case_sensitive_flags),
        cmocka_unit_test(test_case_sensitive_alias_distinct_owner),
        cmocka_unit_test(test_load_file_missing),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_load_file_in_pieces),
        cmocka_unit_test(test_builtin_gazetteer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
