/* test_filter.c - unit tests for the diagram filter */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsgraph/filter.h"
#include "graph/graph_priv.h"
#include "graph/filter_priv.h"
#include "text/name.h"
#include "src/core/buf.h"

/* ---- helpers ------------------------------------------------------------ */

static void check(const ng_graph *g)
{
    const char *why = "unset";
    if (ng_graph_check(g, &why) != 0)
        fail_msg("ng_graph_check: %s", why ? why : "(null)");
}

static uint32_t ent(ng_graph *g, const char *key, const char *label, ng_kind kind, int fixed)
{
    ng_entity e = {.key = key, .label = label, .kind = kind, .fixed_label = fixed};
    return ng_graph_add_entity(g, &e);
}

static void mention(ng_graph *g, uint32_t id, const char *surface, uint32_t doc, uint32_t off)
{
    ng_graph_add_mention(g, id, surface, strlen(surface), doc, off);
}

/* weight sentences supporting a -r-> b, the first at doc/off */
static void rel(ng_graph *g, uint32_t a, uint32_t b, ng_relation r, const char *role,
                unsigned weight, uint32_t doc, uint32_t off)
{
    char text[96];
    for (unsigned k = 0; k < weight; k++) {
        snprintf(text, sizeof text, "Sentence %u about relation %s.", k, ng_relation_name(r));
        ng_evidence ev = {doc, off + k * 100, text};
        ng_graph_add_relation(g, a, b, r, role, &ev, strlen(text));
    }
}

/* Keys of the nodes in canonical order, comma-joined (malloc'd). */
static char *nodes_str(const ng_graph *g)
{
    ng_buf b = NG_BUF_INIT;
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_node_view v;
        ng_graph_node(g, (uint32_t)i, &v);
        ng_buf_printf(&b, "%s%s", i ? "," : "", v.key);
    }
    ng_buf_cstr(&b);
    return ng_buf_detach(&b);
}

/* Edges as "src>dst:relation" in canonical order, comma-joined (malloc'd). */
static char *edges_str(const ng_graph *g)
{
    ng_buf b = NG_BUF_INIT;
    for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_node_view s, t;
        ng_graph_edge(g, (uint32_t)i, &e);
        ng_graph_node(g, e.src, &s);
        ng_graph_node(g, e.dst, &t);
        ng_buf_printf(&b, "%s%s>%s:%s", i ? "," : "", s.key, t.key,
                      ng_relation_name(e.relation));
    }
    ng_buf_cstr(&b);
    return ng_buf_detach(&b);
}

static void assert_shape(const ng_graph *g, const char *nodes, const char *edges)
{
    char *n = nodes_str(g), *e = edges_str(g);
    if (strcmp(n, nodes) != 0)
        fail_msg("nodes \"%s\", expected \"%s\"", n, nodes);
    if (strcmp(e, edges) != 0)
        fail_msg("edges \"%s\", expected \"%s\"", e, edges);
    free(n);
    free(e);
}

/* Everything a node carries, documents by name (malloc'd). */
static char *node_fp(const ng_graph *g, uint32_t id)
{
    ng_node_view v;
    ng_graph_node(g, id, &v);
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, "%s|%s|%d|%s|%s|%llu|", v.key, v.label, (int)v.kind, v.category, v.rule,
                  (unsigned long long)v.mentions);
    for (size_t a = 0; a < v.n_aliases; a++)
        ng_buf_printf(&b, "alias=%s;", v.aliases[a]);
    for (size_t d = 0; d < v.n_docs; d++)
        ng_buf_printf(&b, "doc=%u:%s;", v.docs[d], ng_graph_doc_name(g, v.docs[d]));
    if (v.has_geo)
        ng_buf_printf(&b, "geo=%.9g,%.9g;", v.lat, v.lon);
    if (v.date)
        ng_buf_printf(&b, "date=%s;", v.date);
    ng_buf_cstr(&b);
    return ng_buf_detach(&b);
}

static char *edge_fp(const ng_graph *g, uint32_t id)
{
    ng_edge_view e;
    ng_node_view s, t;
    ng_graph_edge(g, id, &e);
    ng_graph_node(g, e.src, &s);
    ng_graph_node(g, e.dst, &t);
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, "%s>%s:%s|%s|%llu|", s.key, t.key, ng_relation_name(e.relation),
                  e.role ? e.role : "(none)", (unsigned long long)e.weight);
    for (size_t d = 0; d < e.n_docs; d++)
        ng_buf_printf(&b, "doc=%u:%s;", e.docs[d], ng_graph_doc_name(g, e.docs[d]));
    for (size_t k = 0; k < e.n_evidence; k++)
        ng_buf_printf(&b, "ev=%u@%u:%s;", e.evidence[k].doc, e.evidence[k].offset,
                      e.evidence[k].text);
    ng_buf_cstr(&b);
    return ng_buf_detach(&b);
}

/* The whole graph (malloc'd). */
static char *graph_fp(const ng_graph *g)
{
    ng_buf b = NG_BUF_INIT;
    for (size_t d = 0; d < ng_graph_doc_count(g); d++) {
        const char *n = ng_graph_doc_name(g, (uint32_t)d);
        ng_buf_printf(&b, "D%zu=%s\n", d, n ? n : "(null)");
    }
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        char *s = node_fp(g, (uint32_t)i);
        ng_buf_printf(&b, "N%zu=%s\n", i, s);
        free(s);
    }
    for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
        char *s = edge_fp(g, (uint32_t)i);
        ng_buf_printf(&b, "E%zu=%s\n", i, s);
        free(s);
    }
    ng_buf_cstr(&b);
    return ng_buf_detach(&b);
}

/* A filtered graph is finished, consistent, and every node and edge in it
 * is the original's with all its data. */
static void assert_intact(const ng_graph *orig, const ng_graph *r)
{
    check(r);
    assert_int_equal(ng_graph_doc_count(r), ng_graph_doc_count(orig));
    for (size_t d = 0; d < ng_graph_doc_count(r); d++)
        assert_string_equal(ng_graph_doc_name(r, (uint32_t)d),
                            ng_graph_doc_name(orig, (uint32_t)d));
    for (size_t i = 0; i < ng_graph_node_count(r); i++) {
        ng_node_view v;
        ng_graph_node(r, (uint32_t)i, &v);
        assert_int_equal(ng_graph_find(r, v.key), i);
        uint32_t o = ng_graph_find(orig, v.key);
        assert_int_not_equal(o, UINT32_MAX);
        char *a = node_fp(r, (uint32_t)i), *b = node_fp(orig, o);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    for (size_t i = 0; i < ng_graph_edge_count(r); i++) {
        char *a = edge_fp(r, (uint32_t)i);
        int found = 0;
        for (size_t k = 0; k < ng_graph_edge_count(orig) && !found; k++) {
            char *b = edge_fp(orig, (uint32_t)k);
            found = strcmp(a, b) == 0;
            free(b);
        }
        if (!found)
            fail_msg("edge %s is not one of the original's", a);
        free(a);
    }
}

/* Apply f; the result must be intact and the original unchanged. */
static ng_graph *apply_ok(const ng_graph *g, const ng_filter *f)
{
    char *before = graph_fp(g);
    char *msgs = NULL;
    size_t mlen = 0;
    FILE *mf = open_memstream(&msgs, &mlen);
    ng_diag d = {mf, 0, 0, 0};
    ng_graph *r = ng_filter_apply(g, f, &d);
    fclose(mf);
    if (!r)
        fail_msg("ng_filter_apply failed: %s", msgs);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    assert_int_equal(mlen, 0);
    free(msgs);
    char *after = graph_fp(g);
    assert_string_equal(before, after);
    free(before);
    free(after);
    assert_intact(g, r);
    /* deterministic */
    ng_graph *r2 = ng_filter_apply(g, f, NULL);
    assert_non_null(r2);
    char *a = graph_fp(r), *b = graph_fp(r2);
    assert_string_equal(a, b);
    free(a);
    free(b);
    ng_graph_free(r2);
    return r;
}

/* Apply f, expect the shape, free. */
static void expect(const ng_graph *g, const ng_filter *f, const char *nodes, const char *edges)
{
    ng_graph *r = apply_ok(g, f);
    assert_shape(r, nodes, edges);
    ng_graph_free(r);
}

/* ---- the sample graph --------------------------------------------------- *
 *
 *   A -supports(3)-> B -member_of(2)-> D ~co(3)~ E ~co(1)~ C <-opposes(1)- A
 *   A -captured(2)-> P -located_in(1)-> Q <-occurred_in(1)- V <-participates_in(1)- A
 *   Z alone
 *
 * Canonical order: actors A B C D E Z, places P Q, event V. Every entity
 * has two mentions (two spellings, two documents) plus extra[] more. */

static const char *const sample_keys[] = {"A", "B", "C", "D", "E", "Z", "P", "Q", "V"};

static ng_graph *sample_graph(const unsigned extra[9])
{
    ng_graph *g = ng_graph_new();
    ng_graph_set_doc(g, 0, "zero.txt");
    ng_graph_set_doc(g, 1, "one.txt");
    ng_graph_set_doc(g, 2, "two.txt");
    uint32_t id[9];
    for (int i = 0; i < 9; i++) {
        const char *k = sample_keys[i];
        ng_kind kind = i < 6 ? NG_KIND_ACTOR : i < 8 ? NG_KIND_PLACE : NG_KIND_EVENT;
        if (i == 6) {
            ng_entity e = {.key = k, .label = k, .kind = kind, .category = "city",
                           .fixed_label = 1, .has_geo = 1, .lat = 35.95, .lon = 39.01};
            id[i] = ng_graph_add_entity(g, &e);
        } else {
            id[i] = ent(g, k, k, kind, 0);
            ng_graph_vote(g, id[i], k, i < 6 ? "armed_group" : NULL, "rule:test", 0,
                          (uint32_t)i);
        }
        char alias[32];
        snprintf(alias, sizeof alias, "%s alias", k);
        mention(g, id[i], k, 0, (uint32_t)i);
        mention(g, id[i], alias, 1, (uint32_t)i);
        for (unsigned m = 0; extra && m < extra[i]; m++)
            mention(g, id[i], k, 2, (uint32_t)(1000 + 10 * i + m));
    }
    ng_graph_set_date(g, id[8], "2017-06", 0, 8);
    enum { A, B, C, D, E, Z, P, Q, V };
    rel(g, id[A], id[B], NG_REL_SUPPORTS, NULL, 3, 0, 100);
    rel(g, id[A], id[C], NG_REL_OPPOSES, NULL, 1, 0, 200);
    rel(g, id[B], id[D], NG_REL_MEMBER_OF, NULL, 2, 1, 300);
    rel(g, id[C], id[E], NG_REL_CO_OCCURS, NULL, 1, 1, 400);
    rel(g, id[E], id[D], NG_REL_CO_OCCURS, NULL, 3, 2, 500);
    rel(g, id[A], id[P], NG_REL_CAPTURED, NULL, 2, 0, 600);
    rel(g, id[P], id[Q], NG_REL_LOCATED_IN, NULL, 1, 1, 700);
    rel(g, id[V], id[Q], NG_REL_OCCURRED_IN, NULL, 1, 2, 800);
    rel(g, id[A], id[V], NG_REL_PARTICIPATES_IN, "attacker", 1, 2, 900);
    ng_graph_finish(g, 1);
    check(g);
    return g;
}

#define ALL_NODES "A,B,C,D,E,Z,P,Q,V"
#define ALL_EDGES                                                                           \
    "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,C>E:co_occurs," \
    "D>E:co_occurs,P>Q:located_in,V>Q:occurred_in"

/* ---- init, defaults, active --------------------------------------------- */

static void test_init_and_defaults(void **state)
{
    (void)state;
    ng_filter f;
    memset(&f, 0x5A, sizeof f);
    ng_filter_init(&f);
    assert_true(f.min_weight == 0);
    assert_true(f.min_cooccurrence == 0);
    assert_int_equal(f.kinds, 0);
    assert_int_equal(f.relations, 0);
    assert_null(f.focus);
    assert_int_equal(f.depth, 1);
    assert_int_equal(f.top, 0);
    assert_int_equal(f.rank, NG_RANK_DEGREE);
    assert_int_equal(f.max_edges, 0);
    assert_int_equal(f.drop_isolated, 0);
    assert_false(ng_filter_active(&f));

    memset(&f, 0x5A, sizeof f);
    ng_filter_drawing_init(&f);
    assert_true(f.min_weight == 0);
    assert_true(f.min_cooccurrence == 2);
    assert_int_equal(f.kinds, 0);
    assert_int_equal(f.relations, 0);
    assert_null(f.focus);
    assert_int_equal(f.depth, 1);
    assert_int_equal(f.top, 80);
    assert_int_equal(f.max_edges, 160);
    assert_int_equal(f.drop_isolated, 1);
    assert_true(ng_filter_active(&f));
}

static void test_active(void **state)
{
    (void)state;
    ng_filter f;
    /* each criterion alone makes the filter active */
    for (int c = 0; c < 8; c++) {
        ng_filter_init(&f);
        switch (c) {
        case 0: f.min_weight = 2; break;
        case 1: f.min_cooccurrence = 2; break;
        case 2: f.kinds = 1u << NG_KIND_PLACE; break;
        case 3: f.relations = 1u << NG_REL_SUPPORTS; break;
        case 4: f.focus = "A"; break;
        case 5: f.top = 5; break;
        case 6: f.max_edges = 5; break;
        case 7: f.drop_isolated = 1; break;
        }
        if (!ng_filter_active(&f))
            fail_msg("criterion %d alone is not active", c);
    }
    /* depth and rank alone select nothing */
    ng_filter_init(&f);
    f.depth = 3;
    f.rank = NG_RANK_MENTIONS;
    assert_false(ng_filter_active(&f));
}

/* ---- parsing lists -------------------------------------------------------- */

static void test_parse_kinds(void **state)
{
    (void)state;
    unsigned k = 0;
    char bad[64] = "";
    assert_int_equal(ng_filter_parse_kinds("actor", &k, bad, sizeof bad), 0);
    assert_int_equal(k, 1u << NG_KIND_ACTOR);
    assert_int_equal(ng_filter_parse_kinds("actor,place", &k, bad, sizeof bad), 0);
    assert_int_equal(k, (1u << NG_KIND_ACTOR) | (1u << NG_KIND_PLACE));
    assert_int_equal(ng_filter_parse_kinds("event,place,actor", &k, bad, sizeof bad), 0);
    assert_int_equal(k, 7u);
    assert_int_equal(ng_filter_parse_kinds("place,place", &k, bad, sizeof bad), 0);
    assert_int_equal(k, 1u << NG_KIND_PLACE);

    bad[0] = 0;
    assert_int_equal(ng_filter_parse_kinds("actor,person", &k, bad, sizeof bad), NG_EARG);
    assert_true(bad[0] != 0);
    assert_string_equal(bad, "person");
    bad[0] = 0;
    assert_int_equal(ng_filter_parse_kinds("Actor", &k, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, "Actor");
    bad[0] = 0;
    assert_int_equal(ng_filter_parse_kinds("actor place", &k, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, "actor place");
    /* the first unknown word is the one reported */
    assert_int_equal(ng_filter_parse_kinds("x1,actor,x2", &k, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, "x1");
    /* an empty list is an error: the whole list is reported */
    strcpy(bad, "x");
    assert_int_equal(ng_filter_parse_kinds("", &k, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, "");
    assert_int_equal(ng_filter_parse_kinds(",", &k, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, ",");
    /* a buffer of one byte still comes back terminated */
    assert_int_equal(ng_filter_parse_kinds("person", &k, bad, 1), NG_EARG);
    assert_string_equal(bad, "");
}

static void test_parse_relations(void **state)
{
    (void)state;
    uint32_t r = 0;
    char bad[64] = "";
    assert_int_equal(ng_filter_parse_relations("supports,opposes", &r, bad, sizeof bad), 0);
    assert_int_equal(r, (1u << NG_REL_SUPPORTS) | (1u << NG_REL_OPPOSES));
    assert_int_equal(ng_filter_parse_relations("co_occurs", &r, bad, sizeof bad), 0);
    assert_int_equal(r, 1u << NG_REL_CO_OCCURS);
    /* every relation name parses */
    ng_buf all = NG_BUF_INIT;
    for (int i = 0; i < NG_REL__COUNT; i++)
        ng_buf_printf(&all, "%s%s", i ? "," : "", ng_relation_name((ng_relation)i));
    assert_int_equal(ng_filter_parse_relations(ng_buf_cstr(&all), &r, bad, sizeof bad), 0);
    assert_int_equal(r, (1u << NG_REL__COUNT) - 1);
    ng_buf_release(&all);

    bad[0] = 0;
    assert_int_equal(ng_filter_parse_relations("supports,likes", &r, bad, sizeof bad), NG_EARG);
    assert_true(bad[0] != 0);
    assert_string_equal(bad, "likes");
    bad[0] = 0;
    assert_int_equal(ng_filter_parse_relations("support", &r, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, "support");
    /* a long unknown word comes back cut to the caller's buffer, terminated */
    char longw[200];
    memset(longw, 'w', sizeof longw - 1);
    longw[sizeof longw - 1] = '\0';
    bad[0] = 0;
    assert_int_equal(ng_filter_parse_relations(longw, &r, bad, sizeof bad), NG_EARG);
    assert_true(bad[0] != 0);
    assert_true(strlen(bad) <= 63);
    assert_true(strlen(bad) > 0);
    assert_memory_equal(bad, longw, strlen(bad));
    strcpy(bad, "x");
    assert_int_equal(ng_filter_parse_relations("", &r, bad, sizeof bad), NG_EARG);
    assert_string_equal(bad, "");
}

/* ---- finding the focus ------------------------------------------------------ */

static ng_graph *find_graph(void)
{
    ng_graph *g = ng_graph_new();
    ng_graph_set_doc(g, 0, "d.txt");
    uint32_t off = 0, id;
    id = ent(g, "is", "is", NG_KIND_ACTOR, 0);
    ng_graph_vote(g, id, "Islamic State", "armed_group", NULL, 0, off);
    mention(g, id, "Islamic State", 0, off++);
    mention(g, id, "ISIS", 0, off++);
    mention(g, id, "Daesh", 0, off++);

    id = ent(g, "ain_issa", "A\xc3\xafn Issa", NG_KIND_PLACE, 1);
    mention(g, id, "Ain Issa", 0, off++);

    id = ent(g, "deir", "Deir ez-Zor", NG_KIND_PLACE, 1);
    mention(g, id, "Deir ez-Zor", 0, off++);

    id = ent(g, "manbij", "Manbij", NG_KIND_PLACE, 1);
    mention(g, id, "Manbij", 0, off++);
    id = ent(g, "mmc", "Manbij Military Council", NG_KIND_ACTOR, 1);
    for (int i = 0; i < 5; i++)
        mention(g, id, i ? "Manbij" : "Manbij Military Council", 0, off++);

    id = ent(g, "hassan1", "Hassan", NG_KIND_ACTOR, 1);
    mention(g, id, "Hassan", 0, off++);
    id = ent(g, "hassan2", "Hassan", NG_KIND_ACTOR, 1);
    for (int i = 0; i < 3; i++)
        mention(g, id, "Hassan", 0, off++);
    id = ent(g, "hassan3", "Hassan", NG_KIND_PLACE, 1);
    mention(g, id, "Hassan", 0, off++);
    mention(g, id, "Hassan", 0, off++);

    id = ent(g, "sdf2", "Sudanese Defence Front", NG_KIND_ACTOR, 1);
    for (int i = 0; i < 2; i++)
        mention(g, id, "SDF", 0, off++);
    id = ent(g, "sdf", "Syrian Democratic Forces", NG_KIND_ACTOR, 1);
    for (int i = 0; i < 5; i++)
        mention(g, id, "SDF", 0, off++);

    id = ent(g, "raqqa", "Raqqa", NG_KIND_PLACE, 1);
    mention(g, id, "Raqqa", 0, off++);
    id = ent(g, "rakka_brigade", "Rakka Brigade", NG_KIND_ACTOR, 1);
    mention(g, id, "Rakka", 0, off++);
    ng_graph_finish(g, 1);
    check(g);
    return g;
}

static void assert_found(const ng_graph *g, const char *name, const char *key)
{
    uint32_t id = ng_filter_find(g, name);
    if (!key) {
        if (id != UINT32_MAX)
            fail_msg("\"%s\" found node %u", name, id);
        return;
    }
    if (id == UINT32_MAX)
        fail_msg("\"%s\" not found (want %s)", name, key);
    ng_node_view v;
    ng_graph_node(g, id, &v);
    if (strcmp(v.key, key) != 0)
        fail_msg("\"%s\" found %s, want %s", name, v.key, key);
}

static void test_find(void **state)
{
    (void)state;
    ng_graph *g = find_graph();
    /* by label, folded */
    assert_found(g, "Islamic State", "is");
    assert_found(g, "islamic state", "is");
    assert_found(g, "ISLAMIC STATE", "is");
    /* by alias, folded */
    assert_found(g, "ISIS", "is");
    assert_found(g, "isis", "is");
    assert_found(g, "DAESH", "is");
    /* accents folded both ways */
    assert_found(g, "Ain Issa", "ain_issa");
    assert_found(g, "ain issa", "ain_issa");
    assert_found(g, "A\xc3\x8fN ISSA", "ain_issa");
    assert_found(g, "A\xc3\xafn Issa", "ain_issa");
    /* by spelling key: the transliterations of one name */
    char k1[128], k2[128];
    ng_name_key("Deir al-Zour", 12, k1, sizeof k1);
    ng_name_key("Deir ez-Zor", 11, k2, sizeof k2);
    assert_string_equal(k1, k2); /* precondition of the next check */
    assert_found(g, "Deir al-Zour", "deir");
    assert_found(g, "deir el-zor", "deir");
    /* a label match wins over an alias match, even with fewer mentions */
    assert_found(g, "Manbij", "manbij");
    assert_found(g, "Manbij Military Council", "mmc");
    /* an alias match wins over a spelling-key match */
    ng_name_key("Rakka", 5, k1, sizeof k1);
    ng_name_key("Raqqa", 5, k2, sizeof k2);
    assert_string_equal(k1, k2);
    assert_found(g, "Rakka", "rakka_brigade");
    assert_found(g, "Raqqa", "raqqa");
    assert_found(g, "Rakkah", "raqqa"); /* key only: the place */
    /* ties go to the most mentioned */
    assert_found(g, "Hassan", "hassan2");
    assert_found(g, "SDF", "sdf");
    assert_found(g, "sdf", "sdf");
    /* unknown */
    assert_found(g, "Nobody", NULL);
    assert_found(g, "", NULL);
    assert_found(g, "Islamic", NULL);
    assert_found(g, "Islamic State of Iraq", NULL);
    ng_graph_free(g);

    g = ng_graph_new();
    ng_graph_finish(g, 1);
    assert_int_equal(ng_filter_find(g, "anything"), UINT32_MAX);
    ng_graph_free(g);
}

/* ---- applying each criterion alone -------------------------------------- */

static void test_apply_nothing(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    assert_shape(g, ALL_NODES, ALL_EDGES);
    ng_filter f;
    ng_filter_init(&f);
    ng_graph *r = apply_ok(g, &f);
    char *a = graph_fp(g), *b = graph_fp(r);
    assert_string_equal(a, b); /* an identical copy */
    free(a);
    free(b);
    ng_graph_free(r);
    ng_graph_free(g);
}

static void test_apply_min_weight(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.min_weight = 2;
    expect(g, &f, ALL_NODES, "A>B:supports,A>P:captured,B>D:member_of,D>E:co_occurs");
    f.min_weight = 3;
    expect(g, &f, ALL_NODES, "A>B:supports,D>E:co_occurs");
    f.min_weight = 4;
    expect(g, &f, ALL_NODES, "");
    f.min_weight = 1;
    expect(g, &f, ALL_NODES, ALL_EDGES);
    ng_graph_free(g);
}

static void test_apply_min_cooccurrence(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    /* only co_occurs edges are measured: typed edges of weight 1 stay */
    f.min_cooccurrence = 2;
    expect(g, &f, ALL_NODES,
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    f.min_cooccurrence = 3;
    expect(g, &f, ALL_NODES,
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    f.min_cooccurrence = 4;
    expect(g, &f, ALL_NODES,
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "P>Q:located_in,V>Q:occurred_in");
    ng_graph_free(g);
}

static void test_apply_kinds(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.kinds = 1u << NG_KIND_ACTOR;
    expect(g, &f, "A,B,C,D,E,Z",
           "A>B:supports,A>C:opposes,B>D:member_of,C>E:co_occurs,D>E:co_occurs");
    f.kinds = (1u << NG_KIND_PLACE) | (1u << NG_KIND_EVENT);
    expect(g, &f, "P,Q,V", "P>Q:located_in,V>Q:occurred_in");
    f.kinds = 1u << NG_KIND_EVENT;
    expect(g, &f, "V", "");
    ng_graph_free(g);
}

static void test_apply_relations(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.relations = (1u << NG_REL_SUPPORTS) | (1u << NG_REL_OPPOSES);
    expect(g, &f, ALL_NODES, "A>B:supports,A>C:opposes");
    f.relations = 1u << NG_REL_CO_OCCURS;
    expect(g, &f, ALL_NODES, "C>E:co_occurs,D>E:co_occurs");
    f.relations = 1u << NG_REL_HELD_IN;
    expect(g, &f, ALL_NODES, "");
    ng_graph_free(g);
}

static void test_apply_focus_depth(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.focus = "A";
    f.depth = 1;
    expect(g, &f, "A,B,C,P,V", "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in");
    f.depth = 2;
    expect(g, &f, "A,B,C,D,E,P,Q,V",
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "C>E:co_occurs,D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    f.depth = 3;
    expect(g, &f, "A,B,C,D,E,P,Q,V",
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "C>E:co_occurs,D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    /* against the direction of the edges: Q is only ever a target */
    f.focus = "Q";
    f.depth = 1;
    expect(g, &f, "P,Q,V", "P>Q:located_in,V>Q:occurred_in");
    f.depth = 2;
    expect(g, &f, "A,P,Q,V", "A>P:captured,A>V:participates_in,P>Q:located_in,V>Q:occurred_in");
    f.depth = 3;
    expect(g, &f, "A,B,C,P,Q,V",
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,P>Q:located_in,"
           "V>Q:occurred_in");
    /* through co_occurs from either end */
    f.focus = "E";
    f.depth = 1;
    expect(g, &f, "C,D,E", "C>E:co_occurs,D>E:co_occurs");
    /* by alias, folded */
    f.focus = "b ALIAS";
    f.depth = 1;
    expect(g, &f, "A,B,D", "A>B:supports,B>D:member_of");
    /* the focus alone when it has no edge */
    f.focus = "Z";
    expect(g, &f, "Z", "");
    ng_graph_free(g);
}

static void test_apply_unknown_focus(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    char *before = graph_fp(g);
    ng_filter f;
    ng_filter_init(&f);
    f.focus = "Nobody At All";
    char *msgs = NULL;
    size_t mlen = 0;
    FILE *mf = open_memstream(&msgs, &mlen);
    ng_diag d = {mf, 0, 0, 0};
    assert_null(ng_filter_apply(g, &f, &d));
    fclose(mf);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(msgs, "Nobody At All"));
    assert_non_null(strstr(msgs, "error"));
    assert_int_equal(msgs[mlen - 1], '\n');
    free(msgs);
    /* a focus whose kind is filtered out is not there either */
    f.focus = "A";
    f.kinds = 1u << NG_KIND_PLACE;
    msgs = NULL;
    mf = open_memstream(&msgs, &mlen);
    d = (ng_diag){mf, 0, 0, 0};
    assert_null(ng_filter_apply(g, &f, &d));
    fclose(mf);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(msgs, "'A'"));
    free(msgs);
    /* a NULL diag still fails cleanly */
    f.kinds = 0;
    f.focus = "nope";
    assert_null(ng_filter_apply(g, &f, NULL));
    char *after = graph_fp(g);
    assert_string_equal(before, after);
    free(before);
    free(after);
    ng_graph_free(g);
}

static void test_apply_top_degree(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.top = 1;
    expect(g, &f, "A", "");
    /* degree ties (B..V all 2, equal mentions) go by canonical order */
    f.top = 3;
    expect(g, &f, "A,B,C", "A>B:supports,A>C:opposes");
    f.top = 5;
    expect(g, &f, "A,B,C,D,E",
           "A>B:supports,A>C:opposes,B>D:member_of,C>E:co_occurs,D>E:co_occurs");
    f.top = 9;
    expect(g, &f, ALL_NODES, ALL_EDGES);
    f.top = 100;
    expect(g, &f, ALL_NODES, ALL_EDGES);
    ng_graph_free(g);
    /* the isolated Z, mentioned most, still ranks last by degree */
    unsigned extra[9] = {0, 0, 0, 0, 0, 9, 0, 0, 0};
    g = sample_graph(extra);
    f.top = 8;
    expect(g, &f, "A,B,C,D,E,P,Q,V",
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "C>E:co_occurs,D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    ng_graph_free(g);
}

/* Degree is distinct neighbours: three relations with one entity count one. */
static void test_apply_top_distinct_neighbours(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    uint32_t x = ent(g, "X", "X", NG_KIND_ACTOR, 0), y = ent(g, "Y", "Y", NG_KIND_ACTOR, 0);
    uint32_t w = ent(g, "W", "W", NG_KIND_ACTOR, 0), u = ent(g, "U", "U", NG_KIND_ACTOR, 0);
    uint32_t t = ent(g, "T", "T", NG_KIND_ACTOR, 0);
    const uint32_t all[] = {x, y, w, u, t};
    for (size_t i = 0; i < 5; i++)
        mention(g, all[i], "m", 0, (uint32_t)i);
    rel(g, x, y, NG_REL_SUPPORTS, NULL, 1, 0, 0);
    rel(g, x, y, NG_REL_OPPOSES, NULL, 1, 0, 1000);
    rel(g, x, y, NG_REL_MEMBER_OF, NULL, 1, 0, 2000);
    rel(g, w, u, NG_REL_SUPPORTS, NULL, 1, 0, 3000);
    rel(g, w, t, NG_REL_OPPOSES, NULL, 1, 0, 4000);
    ng_graph_finish(g, 1);
    check(g);
    ng_filter f;
    ng_filter_init(&f);
    f.top = 1; /* W has two neighbours, X one (three edges to it) */
    expect(g, &f, "W", "");
    f.top = 3;
    expect(g, &f, "T,U,W", "W>T:opposes,W>U:supports");
    ng_graph_free(g);
}

static void test_apply_top_mentions(void **state)
{
    (void)state;
    /* Q 7, Z 6, E 5 mentions, the rest 2 */
    unsigned extra[9] = {0, 0, 0, 0, 3, 4, 0, 5, 0};
    ng_graph *g = sample_graph(extra);
    ng_filter f;
    ng_filter_init(&f);
    f.rank = NG_RANK_MENTIONS;
    f.top = 3;
    expect(g, &f, "E,Z,Q", "");
    f.top = 4; /* then the first of the tied, in canonical order */
    expect(g, &f, "A,E,Z,Q", "");
    f.top = 5;
    expect(g, &f, "A,B,E,Z,Q", "A>B:supports");
    ng_graph_free(g);
    /* all tied: canonical order */
    g = sample_graph(NULL);
    f.top = 2;
    expect(g, &f, "A,B", "A>B:supports");
    ng_graph_free(g);
}

static void test_apply_max_edges(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    /* typed before co_occurs, even a heavier co_occurs */
    f.max_edges = 1;
    expect(g, &f, ALL_NODES, "A>B:supports");
    /* weight ties (captured, member_of: 2) by canonical edge order */
    f.max_edges = 2;
    expect(g, &f, ALL_NODES, "A>B:supports,A>P:captured");
    f.max_edges = 3;
    expect(g, &f, ALL_NODES, "A>B:supports,A>P:captured,B>D:member_of");
    f.max_edges = 7;
    expect(g, &f, ALL_NODES,
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "P>Q:located_in,V>Q:occurred_in");
    /* then the heavier co_occurs */
    f.max_edges = 8;
    expect(g, &f, ALL_NODES,
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    f.max_edges = 9;
    expect(g, &f, ALL_NODES, ALL_EDGES);
    f.max_edges = 1000;
    expect(g, &f, ALL_NODES, ALL_EDGES);
    ng_graph_free(g);
}

static void test_apply_drop_isolated(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.drop_isolated = 1;
    expect(g, &f, "A,B,C,D,E,P,Q,V", ALL_EDGES);
    /* isolation is judged after the other criteria */
    f.relations = 1u << NG_REL_SUPPORTS;
    expect(g, &f, "A,B", "A>B:supports");
    f.relations = 0;
    f.min_weight = 3;
    expect(g, &f, "A,B,D,E", "A>B:supports,D>E:co_occurs");
    ng_graph_free(g);
}

/* ---- combinations ----------------------------------------------------------- */

static void test_apply_combined(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;

    ng_filter_init(&f);
    f.kinds = 1u << NG_KIND_ACTOR;
    f.min_weight = 2;
    f.drop_isolated = 1;
    expect(g, &f, "A,B,D,E", "A>B:supports,B>D:member_of,D>E:co_occurs");

    /* the focus walks only the edges the relations keep */
    ng_filter_init(&f);
    f.relations = 1u << NG_REL_SUPPORTS;
    f.focus = "A";
    f.depth = 2;
    expect(g, &f, "A,B", "A>B:supports");

    /* weights before the focus: C is out of reach without A>C */
    ng_filter_init(&f);
    f.min_weight = 2;
    f.focus = "A";
    f.depth = 1;
    expect(g, &f, "A,B,P", "A>B:supports,A>P:captured");

    /* top N among the focus's neighbourhood */
    ng_filter_init(&f);
    f.focus = "Q";
    f.depth = 3;
    f.top = 2; /* degrees among the reached: A 4; P, Q, V 2; B, C 1 */
    expect(g, &f, "A,P", "A>P:captured");

    /* top, then the strongest edges among the kept, then isolated out */
    ng_filter_init(&f);
    f.top = 4;
    f.max_edges = 1;
    f.drop_isolated = 1;
    expect(g, &f, "A,B", "A>B:supports");

    /* the focus is kept even when isolated */
    ng_filter_init(&f);
    f.focus = "Z";
    f.drop_isolated = 1;
    expect(g, &f, "Z", "");

    /* co-occurrence threshold and kinds */
    ng_filter_init(&f);
    f.min_cooccurrence = 2;
    f.kinds = 1u << NG_KIND_ACTOR;
    f.drop_isolated = 1;
    expect(g, &f, "A,B,C,D,E", "A>B:supports,A>C:opposes,B>D:member_of,D>E:co_occurs");

    /* the default drawing */
    ng_filter_drawing_init(&f);
    expect(g, &f, "A,B,C,D,E,P,Q,V",
           "A>B:supports,A>C:opposes,A>P:captured,A>V:participates_in,B>D:member_of,"
           "D>E:co_occurs,P>Q:located_in,V>Q:occurred_in");
    ng_graph_free(g);
}

/* The data of what is kept is the original's: aliases, documents,
 * evidence, roles, dates, coordinates; the result is finished and usable. */
static void test_apply_keeps_data(void **state)
{
    (void)state;
    ng_graph *g = sample_graph(NULL);
    ng_filter f;
    ng_filter_init(&f);
    f.focus = "V";
    f.depth = 1;
    ng_graph *r = apply_ok(g, &f); /* compares every kept node and edge */
    assert_shape(r, "A,Q,V", "A>V:participates_in,V>Q:occurred_in");
    ng_node_view v;
    ng_graph_node(r, ng_graph_find(r, "V"), &v);
    assert_string_equal(v.date, "2017-06");
    assert_int_equal(v.n_aliases, 2);
    assert_string_equal(v.aliases[0], "V");
    assert_string_equal(v.aliases[1], "V alias");
    assert_int_equal(v.n_docs, 2);
    assert_string_equal(ng_graph_doc_name(r, v.docs[1]), "one.txt");
    ng_edge_view e;
    ng_graph_edge(r, 0, &e);
    assert_string_equal(e.role, "attacker");
    assert_int_equal(e.n_evidence, 1);
    assert_int_equal(e.evidence[0].doc, 2);
    assert_int_equal(e.evidence[0].offset, 900);
    assert_string_equal(e.evidence[0].text, "Sentence 0 about relation participates_in.");
    ng_graph_free(r);

    f.focus = "P";
    r = apply_ok(g, &f);
    ng_graph_node(r, ng_graph_find(r, "P"), &v);
    assert_true(v.has_geo);
    assert_true(v.lat == 35.95 && v.lon == 39.01);
    assert_string_equal(v.category, "city");
    ng_graph_node(r, ng_graph_find(r, "A"), &v);
    assert_string_equal(v.category, "armed_group");
    assert_string_equal(v.rule, "rule:test");
    assert_false(v.has_geo);
    /* a filtered graph filters again */
    ng_filter f2;
    ng_filter_init(&f2);
    f2.kinds = 1u << NG_KIND_PLACE;
    ng_graph *r2 = apply_ok(r, &f2);
    assert_shape(r2, "P,Q", "P>Q:located_in");
    ng_graph_free(r2);
    ng_graph_free(r);
    ng_graph_free(g);
}

static void test_apply_empty_graph(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    ng_graph_finish(g, 1);
    ng_filter f;
    ng_filter_drawing_init(&f);
    expect(g, &f, "", "");
    ng_filter_init(&f);
    f.kinds = 1u << NG_KIND_ACTOR;
    f.top = 3;
    f.rank = NG_RANK_MENTIONS;
    expect(g, &f, "", "");
    f.focus = "x";
    assert_null(ng_filter_apply(g, &f, NULL));
    ng_graph_free(g);
}

/* The default drawing bounds a large graph: at most 80 entities, 160 edges,
 * none isolated, typed relations kept before co-occurrences. */
static void test_default_drawing_large(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    ng_graph_set_doc(g, 0, "big.txt");
    uint32_t id[400];
    char key[32];
    for (uint32_t i = 0; i < 400; i++) {
        snprintf(key, sizeof key, "Entity %03u", i);
        id[i] = ent(g, key, key, (ng_kind)(i % 3), 0);
        mention(g, id[i], key, 0, i);
    }
    uint32_t off = 0;
    for (uint32_t i = 0; i < 400; i++) {
        for (uint32_t k = 1; k <= 3; k++) {
            uint32_t j = (i * 13 + k * 7) % 400;
            if (j == i)
                continue;
            rel(g, id[i], id[j], k == 3 ? NG_REL_CO_OCCURS : (ng_relation)(1 + (i + k) % 7), NULL,
                1 + (i + k) % 4, 0, off);
            off += 1000;
        }
    }
    ng_graph_finish(g, 1);
    check(g);
    ng_filter f;
    ng_filter_drawing_init(&f);
    ng_graph *r = apply_ok(g, &f);
    assert_true(ng_graph_node_count(r) <= 80);
    assert_true(ng_graph_node_count(r) > 0);
    assert_true(ng_graph_edge_count(r) <= 160);
    uint8_t *deg = calloc(ng_graph_node_count(r) + 1, 1);
    size_t typed = 0, co = 0;
    uint64_t min_typed = UINT64_MAX;
    for (size_t i = 0; i < ng_graph_edge_count(r); i++) {
        ng_edge_view e;
        ng_graph_edge(r, (uint32_t)i, &e);
        deg[e.src] = deg[e.dst] = 1;
        if (e.relation == NG_REL_CO_OCCURS) {
            assert_true(e.weight >= 2);
            co++;
        } else {
            typed++;
            if (e.weight < min_typed)
                min_typed = e.weight;
        }
    }
    for (size_t i = 0; i < ng_graph_node_count(r); i++)
        if (!deg[i])
            fail_msg("node %zu is isolated in the default drawing", i);
    /* a co-occurrence is drawn only when every typed relation among the
     * drawn entities is */
    size_t candidates = 0;
    for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_node_view s, t;
        ng_graph_edge(g, (uint32_t)i, &e);
        ng_graph_node(g, e.src, &s);
        ng_graph_node(g, e.dst, &t);
        if (e.relation != NG_REL_CO_OCCURS && ng_graph_find(r, s.key) != UINT32_MAX &&
            ng_graph_find(r, t.key) != UINT32_MAX)
            candidates++;
    }
    assert_true(typed > 0);
    if (co > 0)
        assert_int_equal(typed, candidates);
    else
        assert_int_equal(typed, candidates < 160 ? candidates : 160);
    (void)min_typed;
    free(deg);
    ng_graph_free(r);
    ng_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init_and_defaults),
        cmocka_unit_test(test_active),
        cmocka_unit_test(test_parse_kinds),
        cmocka_unit_test(test_parse_relations),
        cmocka_unit_test(test_find),
        cmocka_unit_test(test_apply_nothing),
        cmocka_unit_test(test_apply_min_weight),
        cmocka_unit_test(test_apply_min_cooccurrence),
        cmocka_unit_test(test_apply_kinds),
        cmocka_unit_test(test_apply_relations),
        cmocka_unit_test(test_apply_focus_depth),
        cmocka_unit_test(test_apply_unknown_focus),
        cmocka_unit_test(test_apply_top_degree),
        cmocka_unit_test(test_apply_top_distinct_neighbours),
        cmocka_unit_test(test_apply_top_mentions),
        cmocka_unit_test(test_apply_max_edges),
        cmocka_unit_test(test_apply_drop_isolated),
        cmocka_unit_test(test_apply_combined),
        cmocka_unit_test(test_apply_keeps_data),
        cmocka_unit_test(test_apply_empty_graph),
        cmocka_unit_test(test_default_drawing_large),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
