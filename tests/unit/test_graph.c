/* test_graph.c - unit tests for the graph model */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/graph_impl.h"
#include "graph/graph_priv.h"

/* ---- helpers ------------------------------------------------------------ */

static void check(const ng_graph *g)
{
    const char *why = "unset";
    int rc = ng_graph_check(g, &why);
    if (rc != 0)
        fail_msg("ng_graph_check: %s", why ? why : "(null)");
    assert_null(why);
}

static uint32_t ent(ng_graph *g, const char *key, const char *label, ng_kind kind, int fixed)
{
    ng_entity e = {.key = key, .label = label, .kind = kind, .fixed_label = fixed};
    return ng_graph_add_entity(g, &e);
}

static void mention(ng_graph *g, uint32_t id, const char *surface, uint32_t doc,
                    uint32_t offset)
{
    ng_graph_add_mention(g, id, surface, strlen(surface), doc, offset);
}

static void rel(ng_graph *g, uint32_t src, uint32_t dst, ng_relation r, const char *role,
                uint32_t doc, uint32_t offset, const char *text)
{
    ng_evidence ev = {doc, offset, text};
    ng_graph_add_relation(g, src, dst, r, role, &ev, strlen(text));
}

/* The id of key in a finished graph (must exist). */
static uint32_t nid(const ng_graph *g, const char *key)
{
    uint32_t id = ng_graph_find(g, key);
    if (id == UINT32_MAX)
        fail_msg("no node '%s'", key);
    return id;
}

static ng_node_view node_of(const ng_graph *g, const char *key)
{
    ng_node_view v;
    ng_graph_node(g, nid(g, key), &v);
    return v;
}

/* Find the edge src -r-> dst (either direction for co_occurs). */
static int edge_of(const ng_graph *g, const char *src, const char *dst, ng_relation r,
                   ng_edge_view *out)
{
    uint32_t s = ng_graph_find(g, src), d = ng_graph_find(g, dst);
    int found = 0;
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view v;
        ng_graph_edge(g, i, &v);
        if (v.relation != r)
            continue;
        if ((v.src == s && v.dst == d) ||
            (r == NG_REL_CO_OCCURS && v.src == d && v.dst == s)) {
            assert_false(found); /* one edge per (pair, relation) */
            found = 1;
            if (out)
                *out = v;
        }
    }
    return found;
}

static void assert_docs(const uint32_t *docs, size_t n, const uint32_t *want, size_t nw)
{
    assert_int_equal(n, nw);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(docs[i], want[i]);
}

static int str_eq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Two finished graphs are identical, field by field. */
static void assert_same_graph(const ng_graph *a, const ng_graph *b)
{
    assert_int_equal(ng_graph_node_count(a), ng_graph_node_count(b));
    assert_int_equal(ng_graph_edge_count(a), ng_graph_edge_count(b));
    assert_int_equal(ng_graph_doc_count(a), ng_graph_doc_count(b));
    for (uint32_t i = 0; i < ng_graph_doc_count(a); i++)
        assert_true(str_eq(ng_graph_doc_name(a, i), ng_graph_doc_name(b, i)));
    for (uint32_t i = 0; i < ng_graph_node_count(a); i++) {
        ng_node_view x, y;
        ng_graph_node(a, i, &x);
        ng_graph_node(b, i, &y);
        assert_int_equal(x.id, i);
        assert_int_equal(y.id, i);
        assert_string_equal(x.key, y.key);
        assert_string_equal(x.label, y.label);
        assert_int_equal(x.kind, y.kind);
        assert_string_equal(x.category, y.category);
        assert_string_equal(x.rule, y.rule);
        assert_int_equal(x.n_aliases, y.n_aliases);
        for (size_t k = 0; k < x.n_aliases; k++)
            assert_string_equal(x.aliases[k], y.aliases[k]);
        assert_docs(x.docs, x.n_docs, y.docs, y.n_docs);
        assert_int_equal(x.doc_count, y.doc_count);
        assert_int_equal(x.mentions, y.mentions);
        assert_int_equal(x.has_geo, y.has_geo);
        assert_true(x.lat == y.lat);
        assert_true(x.lon == y.lon);
        assert_true(str_eq(x.date, y.date));
    }
    for (uint32_t i = 0; i < ng_graph_edge_count(a); i++) {
        ng_edge_view x, y;
        ng_graph_edge(a, i, &x);
        ng_graph_edge(b, i, &y);
        assert_int_equal(x.id, i);
        assert_int_equal(x.src, y.src);
        assert_int_equal(x.dst, y.dst);
        assert_int_equal(x.relation, y.relation);
        assert_true(str_eq(x.role, y.role));
        assert_int_equal(x.weight, y.weight);
        assert_docs(x.docs, x.n_docs, y.docs, y.n_docs);
        assert_int_equal(x.doc_count, y.doc_count);
        assert_int_equal(x.n_evidence, y.n_evidence);
        for (size_t k = 0; k < x.n_evidence; k++) {
            assert_int_equal(x.evidence[k].doc, y.evidence[k].doc);
            assert_int_equal(x.evidence[k].offset, y.evidence[k].offset);
            assert_string_equal(x.evidence[k].text, y.evidence[k].text);
        }
    }
}

/* ---- relation names ------------------------------------------------------ */

static void test_relation_names(void **state)
{
    (void)state;
    static const struct {
        ng_relation r;
        const char *name;
        int typed;
    } expect[] = {
        {NG_REL_CO_OCCURS, "co_occurs", 0},   {NG_REL_SUPPORTS, "supports", 1},
        {NG_REL_OPPOSES, "opposes", 1},       {NG_REL_CAPTURED, "captured", 1},
        {NG_REL_CONTROLS, "controls", 1},     {NG_REL_LOCATED_IN, "located_in", 1},
        {NG_REL_MEMBER_OF, "member_of", 1},   {NG_REL_HELD_IN, "held_in", 1},
        {NG_REL_MOVED_TO, "moved_to", 1},     {NG_REL_OCCURRED_IN, "occurred_in", 0},
        {NG_REL_PARTICIPATES_IN, "participates_in", 0},
    };
    assert_int_equal(sizeof expect / sizeof expect[0], NG_REL__COUNT);
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
        const char *name = ng_relation_name(expect[i].r);
        assert_non_null(name);
        assert_string_equal(name, expect[i].name);
        ng_relation r = NG_REL__COUNT;
        assert_int_equal(ng_relation_parse(name, strlen(name), &r), 0);
        assert_int_equal(r, expect[i].r);
        assert_int_equal(ng_relation_is_typed(expect[i].r), expect[i].typed);
    }
    assert_null(ng_relation_name(NG_REL__COUNT));
    assert_int_equal(ng_relation_is_typed(NG_REL__COUNT), 0);
    ng_relation r = NG_REL_OPPOSES;
    assert_int_equal(ng_relation_parse("supports_all", 8, &r), 0); /* only n bytes */
    assert_int_equal(r, NG_REL_SUPPORTS);
    r = NG_REL_OPPOSES;
    assert_int_equal(ng_relation_parse("bogus", 5, &r), NG_EARG);
    assert_int_equal(ng_relation_parse("Supports", 8, &r), NG_EARG);
    assert_int_equal(ng_relation_parse("support", 7, &r), NG_EARG);
    assert_int_equal(ng_relation_parse("", 0, &r), NG_EARG);
    assert_int_equal(r, NG_REL_OPPOSES);
}

/* ---- nodes, documents ---------------------------------------------------- */

static void test_add_entity_same_key(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    char key[16] = "a:alpha";
    uint32_t a = ent(g, key, "Alpha", NG_KIND_ACTOR, 0);
    strcpy(key, "a:XXXXX"); /* the graph keeps its own copy */
    uint32_t b = ent(g, "a:beta", "Beta", NG_KIND_ACTOR, 0);
    assert_int_not_equal(a, b);
    assert_int_equal(ent(g, "a:alpha", "Other label", NG_KIND_PLACE, 1), a);
    assert_int_equal(ent(g, "a:beta", "Beta", NG_KIND_ACTOR, 0), b);
    assert_int_equal(ng_graph_node_count(g), 2);
    assert_int_equal(ng_graph_find(g, "a:alpha"), a);
    assert_int_equal(ng_graph_find(g, "a:beta"), b);
    assert_int_equal(ng_graph_find(g, "a:gamma"), UINT32_MAX);
    assert_int_equal(ng_graph_find(g, "a:XXXXX"), UINT32_MAX);
    assert_int_equal(ng_graph_edge_count(g), 0);
    check(g);
    ng_graph_finish(g, 1);
    check(g);
    /* the kind of the first definition stays; a later canonical (fixed)
     * definition gives the label */
    ng_node_view v = node_of(g, "a:alpha");
    assert_int_equal(v.kind, NG_KIND_ACTOR);
    assert_string_equal(v.label, "Other label");
    assert_string_equal(v.category, "");
    assert_string_equal(v.rule, "");
    assert_int_equal(v.n_aliases, 0);
    assert_int_equal(v.n_docs, 0);
    assert_int_equal(v.mentions, 0);
    assert_int_equal(v.has_geo, 0);
    assert_null(v.date);
    ng_graph_free(g);
    ng_graph_free(NULL);
}

static void test_entity_attributes(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    char label[32] = "Deir ez-Zor", cat[32] = "city", date[16] = "2017-09-09";
    ng_entity e = {.key = "g:Deir ez-Zor", .label = label, .kind = NG_KIND_PLACE,
                   .category = cat, .fixed_label = 1, .has_geo = 1, .lat = 35.34,
                   .lon = 40.14};
    ng_graph_add_entity(g, &e);
    ng_entity b = {.key = "e:battle", .label = "Battle", .kind = NG_KIND_EVENT, .date = date};
    uint32_t bid = ng_graph_add_entity(g, &b);
    /* dates are recorded with the position that states them */
    ng_graph_set_date(g, bid, date, 0, 10);
    ng_graph_set_date(g, bid, "2016-01-01", 0, 20); /* stated later: ignored */
    /* the graph copies the strings it is given */
    strcpy(label, "changed");
    strcpy(cat, "changed");
    strcpy(date, "changed");
    ng_graph_finish(g, 1);
    check(g);
    ng_node_view v = node_of(g, "g:Deir ez-Zor");
    assert_string_equal(v.label, "Deir ez-Zor");
    assert_string_equal(v.category, "city");
    assert_int_equal(v.kind, NG_KIND_PLACE);
    assert_int_equal(v.has_geo, 1);
    assert_true(v.lat == 35.34 && v.lon == 40.14);
    v = node_of(g, "e:battle");
    assert_non_null(v.date);
    assert_string_equal(v.date, "2017-09-09");
    assert_int_equal(v.kind, NG_KIND_EVENT);
    ng_graph_free(g);

    /* a fixed entity without a category */
    g = ng_graph_new();
    ent(g, "g:x", "X", NG_KIND_ACTOR, 1);
    ng_graph_finish(g, 1);
    assert_string_equal(node_of(g, "g:x").category, "");
    assert_string_equal(node_of(g, "g:x").label, "X");
    ng_graph_free(g);
}

static void test_documents(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    assert_int_equal(ng_graph_doc_count(g), 0);
    assert_null(ng_graph_doc_name(g, 0));
    char name[16] = "c.txt";
    ng_graph_set_doc(g, 2, name);
    strcpy(name, "zzz");
    assert_int_equal(ng_graph_doc_count(g), 3);
    assert_null(ng_graph_doc_name(g, 0));
    assert_null(ng_graph_doc_name(g, 1));
    assert_string_equal(ng_graph_doc_name(g, 2), "c.txt");
    assert_null(ng_graph_doc_name(g, 3));
    ng_graph_set_doc(g, 0, "a.txt");
    ng_graph_set_doc(g, 2, "c2.txt");
    assert_int_equal(ng_graph_doc_count(g), 3);
    assert_string_equal(ng_graph_doc_name(g, 0), "a.txt");
    assert_string_equal(ng_graph_doc_name(g, 2), "c2.txt");
    ng_graph_free(g);
}

/* ---- mentions ------------------------------------------------------------- */

static void test_mentions(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    uint32_t is = ent(g, "a:is", "Islamic State", NG_KIND_ACTOR, 0);
    mention(g, is, "ISIS", 3, 10);
    mention(g, is, "Islamic State", 0, 50);
    mention(g, is, "Daesh", 0, 5);
    mention(g, is, "ISIS", 1, 0);
    ng_graph_add_mention(g, is, "ISIS fighters", 4, 0, 100); /* only len bytes */
    check(g);
    ng_graph_finish(g, 1);
    check(g);
    ng_node_view v = node_of(g, "a:is");
    /* aliases in order of first use by (doc, offset), each once */
    assert_int_equal(v.n_aliases, 3);
    assert_string_equal(v.aliases[0], "Daesh");
    assert_string_equal(v.aliases[1], "Islamic State");
    assert_string_equal(v.aliases[2], "ISIS");
    static const uint32_t docs[] = {0, 1, 3};
    assert_docs(v.docs, v.n_docs, docs, 3);
    assert_int_equal(v.mentions, 5);
    /* without votes the most frequent surface form is the label */
    assert_string_equal(v.label, "ISIS");
    ng_graph_free(g);
}

/* ---- votes ------------------------------------------------------------------ */

static void test_votes(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    uint32_t foo = ent(g, "a:foo", "Foo", NG_KIND_PLACE, 0);
    ng_graph_vote(g, foo, "Foo", "town", "r-late", 1, 0);
    ng_graph_vote(g, foo, "Bar", "city", "r-early", 0, 2);
    ng_graph_vote(g, foo, "Bar", "city", "r-late", 2, 0);
    ng_graph_vote(g, foo, "Foo", NULL, NULL, 3, 0);
    ng_graph_vote(g, foo, "Bar", "", "", 3, 5);
    ng_graph_vote(g, foo, NULL, "town", NULL, 4, 0);

    /* a tie goes to the earliest proposal */
    uint32_t tie = ent(g, "a:tie", "Tie", NG_KIND_ACTOR, 0);
    ng_graph_vote(g, tie, "Alpha", "x", NULL, 1, 0);
    ng_graph_vote(g, tie, "Beta", "y", NULL, 0, 9);

    /* a gazetteer (fixed) label and category are never outvoted */
    ng_entity fe = {.key = "g:Islamic State", .label = "Islamic State", .kind = NG_KIND_ACTOR,
                    .category = "armed_group", .fixed_label = 1};
    uint32_t fixed = ng_graph_add_entity(g, &fe);
    for (uint32_t i = 0; i < 3; i++)
        ng_graph_vote(g, fixed, "ISIS", "group", "gaz", 0, 4 + i);
    ng_graph_vote(g, fixed, "ISIS", "group", "other", 0, 1);
    mention(g, fixed, "ISIS", 0, 4);

    /* votes beat surface forms */
    uint32_t vf = ent(g, "a:vf", "", NG_KIND_ACTOR, 0);
    mention(g, vf, "ISIS", 0, 1);
    mention(g, vf, "ISIS", 0, 2);
    ng_graph_vote(g, vf, "Islamic State", NULL, NULL, 5, 0);

    ng_graph_finish(g, 1);
    check(g);
    ng_node_view v = node_of(g, "a:foo");
    assert_string_equal(v.label, "Bar");
    assert_string_equal(v.category, "city");
    assert_string_equal(v.rule, "r-early"); /* the earliest, not the most frequent */
    v = node_of(g, "a:tie");
    assert_string_equal(v.label, "Beta");
    assert_string_equal(v.category, "y");
    assert_string_equal(v.rule, "");
    v = node_of(g, "g:Islamic State");
    assert_string_equal(v.label, "Islamic State");
    assert_string_equal(v.category, "armed_group");
    assert_string_equal(v.rule, "other");
    v = node_of(g, "a:vf");
    assert_string_equal(v.label, "Islamic State");
    assert_string_equal(v.category, "");
    ng_graph_free(g);
}

/* ---- relations ------------------------------------------------------------ */

static void test_relation_weight_and_role(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    uint32_t a = ent(g, "a", "A", NG_KIND_ACTOR, 0), b = ent(g, "b", "B", NG_KIND_ACTOR, 0);
    rel(g, a, b, NG_REL_SUPPORTS, "r-late", 2, 0, "late sentence");
    rel(g, a, b, NG_REL_SUPPORTS, "r-early", 0, 0, "early sentence");
    rel(g, a, b, NG_REL_SUPPORTS, "r-early", 0, 0, "early sentence"); /* same sentence */
    rel(g, a, b, NG_REL_SUPPORTS, NULL, 1, 5, "middle sentence");
    check(g);
    ng_graph_finish(g, 1);
    check(g);
    assert_int_equal(ng_graph_edge_count(g), 1);
    ng_edge_view e;
    assert_true(edge_of(g, "a", "b", NG_REL_SUPPORTS, &e));
    assert_int_equal(e.src, nid(g, "a"));
    assert_int_equal(e.dst, nid(g, "b"));
    assert_int_equal(e.weight, 3);
    static const uint32_t docs[] = {0, 1, 2};
    assert_docs(e.docs, e.n_docs, docs, 3);
    assert_int_equal(e.n_evidence, 3);
    assert_int_equal(e.evidence[0].doc, 0);
    assert_string_equal(e.evidence[0].text, "early sentence");
    assert_int_equal(e.evidence[1].doc, 1);
    assert_int_equal(e.evidence[1].offset, 5);
    assert_string_equal(e.evidence[1].text, "middle sentence");
    assert_string_equal(e.evidence[2].text, "late sentence");
    assert_non_null(e.role);
    assert_string_equal(e.role, "r-early"); /* the role of the earliest sentence */
    ng_graph_free(g);
}

static void test_evidence_limit(void **state)
{
    (void)state;
    static const uint32_t pos[][2] = {{4, 0}, {1, 50}, {3, 7}, {1, 10}, {0, 99}, {2, 2}};
    for (int limit = 0; limit <= 3; limit += 3) {
        ng_graph *g = ng_graph_new();
        ng_graph_set_evidence_limit(g, (size_t)limit);
        uint32_t a = ent(g, "a", "A", NG_KIND_ACTOR, 0);
        uint32_t b = ent(g, "b", "B", NG_KIND_PLACE, 0);
        char buf[64];
        for (size_t i = 0; i < 6; i++) {
            /* the text is copied, and only text_len bytes of it */
            snprintf(buf, sizeof buf, "S %u %u and more", pos[i][0], pos[i][1]);
            ng_evidence ev = {pos[i][0], pos[i][1], buf};
            ng_graph_add_relation(g, a, b, NG_REL_CONTROLS, NULL, &ev,
                                  strlen(buf) - strlen(" and more"));
            memset(buf, 'X', sizeof buf - 1);
            check(g);
        }
        ng_graph_finish(g, 1);
        check(g);
        ng_edge_view e;
        assert_true(edge_of(g, "a", "b", NG_REL_CONTROLS, &e));
        assert_int_equal(e.weight, 6);
        static const uint32_t docs[] = {0, 1, 2, 3, 4};
        assert_docs(e.docs, e.n_docs, docs, 5);
        static const uint32_t sorted[][2] = {{0, 99}, {1, 10}, {1, 50}, {2, 2}, {3, 7}, {4, 0}};
        size_t want = limit ? (size_t)limit : 6;
        assert_int_equal(e.n_evidence, want);
        for (size_t k = 0; k < want; k++) {
            char text[32];
            snprintf(text, sizeof text, "S %u %u", sorted[k][0], sorted[k][1]);
            assert_int_equal(e.evidence[k].doc, sorted[k][0]);
            assert_int_equal(e.evidence[k].offset, sorted[k][1]);
            assert_string_equal(e.evidence[k].text, text);
        }
        ng_graph_free(g);
    }

    /* the default keeps 10, all counted */
    ng_graph *g = ng_graph_new();
    uint32_t a = ent(g, "a", "A", NG_KIND_ACTOR, 0), b = ent(g, "b", "B", NG_KIND_ACTOR, 0);
    for (uint32_t i = 25; i-- > 0;)
        rel(g, a, b, NG_REL_OPPOSES, NULL, i % 5, i, "s");
    ng_graph_finish(g, 1);
    check(g);
    ng_edge_view e;
    assert_true(edge_of(g, "a", "b", NG_REL_OPPOSES, &e));
    assert_int_equal(e.weight, 25);
    assert_int_equal(e.n_evidence, 10);
    /* the earliest 10 of (i % 5, i): documents 0 and 1 */
    assert_int_equal(e.evidence[0].doc, 0);
    assert_int_equal(e.evidence[0].offset, 0);
    assert_int_equal(e.evidence[4].doc, 0);
    assert_int_equal(e.evidence[4].offset, 20);
    assert_int_equal(e.evidence[9].doc, 1);
    assert_int_equal(e.evidence[9].offset, 21);
    assert_int_equal(e.n_docs, 5);
    assert_int_equal(e.doc_count, 5);
    ng_graph_free(g);
}

/* Whether p points into the bytes of the record at r. */
static int inside(const void *p, const void *r, size_t size)
{
    const char *c = p, *b = r;
    return c >= b && c < b + size;
}

/* A node's first spelling, label, category, rule and document, and an
 * edge's first document and sentence, are stored in the record itself
 * (no block of their own); the second of each moves them out of line,
 * in order, and the limits (1 included) still keep the earliest. */
static void test_first_entries_inline(void **state)
{
    (void)state;
    for (size_t limit = 1; limit <= 3; limit++) {
        ng_graph *g = ng_graph_new();
        ng_graph_set_evidence_limit(g, limit);
        ng_graph_set_doc_limit(g, limit);
        uint32_t a = ent(g, "a", NULL, NG_KIND_ACTOR, 0), b = ent(g, "b", NULL, NG_KIND_ACTOR, 0);
        ng_graph_add_mention(g, a, "Alpha", 5, 3, 10);
        ng_graph_vote(g, a, "Alpha", "rebel group", "rule-x", 3, 10);
        ng_graph_add_mention(g, b, "Beta", 4, 3, 20);
        rel(g, a, b, NG_REL_OPPOSES, NULL, 3, 10, "Alpha fought Beta.");
        const node *n = &g->nodes[a];
        const edge *e = &g->edges[0];
        assert_int_equal(n->forms.n, 1);
        assert_int_equal(n->forms.cap, 0);
        assert_int_equal(n->labels.cap + n->cats.cap + n->rules.cap, 0);
        assert_int_equal(n->docs.kept.n, 1);
        assert_int_equal(n->docs.kept.cap, 0);
        assert_int_equal(e->docs.kept.cap, 0);
        assert_int_equal(e->ev.n, 1);
        assert_int_equal(e->ev.cap, 0);
        assert_true(inside(tallies_cv(&n->forms), n, sizeof *n));
        assert_true(inside(u32vec_cv(&e->docs.kept), e, sizeof *e));
        assert_true(inside(evvec_cv(&e->ev), e, sizeof *e));
        /* earlier ones, out of order: they come first, the limit keeps them */
        ng_graph_add_mention(g, a, "ALPHA", 5, 1, 4);
        ng_graph_add_mention(g, a, "Alpha", 5, 2, 4);
        rel(g, a, b, NG_REL_OPPOSES, NULL, 2, 7, "Beta fled Alpha.");
        rel(g, a, b, NG_REL_OPPOSES, NULL, 1, 5, "Alpha beat Beta.");
        n = &g->nodes[a];
        e = &g->edges[0];
        assert_int_equal(n->forms.n, 2);
        assert_int_equal(n->forms.cap, 2);
        assert_string_equal(tallies_cv(&n->forms)[0].text, "Alpha");
        assert_int_equal(tallies_cv(&n->forms)[0].count, 2);
        assert_string_equal(tallies_cv(&n->forms)[1].text, "ALPHA");
        check(g);
        ng_graph_finish(g, NG_COOC_UNTYPED);
        check(g);
        ng_node_view nv = node_of(g, "a");
        static const uint32_t docs[] = {1, 2, 3};
        assert_docs(nv.docs, nv.n_docs, docs, limit);
        /* (out of order past a full list: not counted, see lists.c) */
        assert_int_equal(nv.doc_count, limit == 1 ? 2 : 3);
        assert_int_equal(nv.n_aliases, 2);
        assert_string_equal(nv.aliases[0], "ALPHA"); /* first used */
        assert_string_equal(nv.label, "Alpha");
        assert_string_equal(nv.category, "rebel group");
        assert_string_equal(nv.rule, "rule-x");
        ng_edge_view ev;
        assert_true(edge_of(g, "a", "b", NG_REL_OPPOSES, &ev));
        assert_int_equal(ev.weight, 3);
        assert_docs(ev.docs, ev.n_docs, docs, limit);
        static const char *texts[] = {"Alpha beat Beta.", "Beta fled Alpha.", "Alpha fought Beta."};
        assert_int_equal(ev.n_evidence, limit);
        for (size_t k = 0; k < limit; k++) {
            assert_int_equal(ev.evidence[k].doc, docs[k]);
            assert_string_equal(ev.evidence[k].text, texts[k]);
        }
        ng_graph_free(g);
    }
}

/* Two inline sets merged: an acronym and its expansion in the same one
 * document are one node in that one document; in two documents, two. */
static void test_inline_sets_merged(void **state)
{
    (void)state;
    for (uint32_t second = 0; second < 2; second++) {
        ng_graph *g = ng_graph_new();
        uint32_t x = ent(g, "a:kappafront", NULL, NG_KIND_ACTOR, 0);
        uint32_t y = ent(g, "a:kf", NULL, NG_KIND_ACTOR, 0);
        uint32_t z = ent(g, "p:beta", NULL, NG_KIND_PLACE, 0);
        ng_graph_add_mention(g, x, "Kappa Front", 11, 0, 0);
        ng_graph_add_mention(g, y, "KF", 2, second, 30);
        ng_graph_add_mention(g, z, "Beta", 4, 0, 50);
        rel(g, x, z, NG_REL_LOCATED_IN, NULL, 0, 0, "Kappa Front in Beta.");
        rel(g, y, z, NG_REL_LOCATED_IN, NULL, second, 30, "KF in Beta.");
        ng_graph_bind(g, "a:kf", "a:kappafront");
        ng_graph_finish(g, NG_COOC_UNTYPED);
        check(g);
        ng_node_view nv = node_of(g, "a:kappafront");
        static const uint32_t docs[] = {0, 1};
        assert_docs(nv.docs, nv.n_docs, docs, 1 + second);
        assert_int_equal(nv.doc_count, 1 + second);
        assert_int_equal(nv.n_aliases, 2);
        ng_edge_view ev;
        assert_true(edge_of(g, "a:kappafront", "p:beta", NG_REL_LOCATED_IN, &ev));
        assert_int_equal(ev.weight, 2);
        assert_docs(ev.docs, ev.n_docs, docs, 1 + second);
        assert_int_equal(ev.n_evidence, 2);
        assert_string_equal(ev.evidence[0].text, "Kappa Front in Beta.");
        assert_string_equal(ev.evidence[1].text, "KF in Beta.");
        ng_graph_free(g);
    }
}

/* Two edges whose packed keys and hashes are equal (ids past 2^28: the
 * key folds them) are two edges: the index checks the edge a slot's bits
 * point to, one by one and in batches. (Directed relations: their ends
 * are not read, so no node needs such an id.) */
static void test_edge_index_same_hash(void **state)
{
    (void)state;
    const uint32_t big = 1u << 28, odd = (1u << 24) + 1;
    for (int batched = 0; batched < 2; batched++) {
        ng_graph *g = ng_graph_new();
        ng_relation_add v[6];
        for (int i = 0; i < 6; i++) {
            int which = i % 3 == 1;
            v[i] = (ng_relation_add){which ? odd : 0, which ? 0 : big, NG_REL_SUPPORTS, NULL,
                                     {0, (uint32_t)i, "s"}, 1};
        }
        if (batched)
            ng_graph_add_relations(g, v, 6);
        else
            for (int i = 0; i < 6; i++)
                ng_graph_add_relation(g, v[i].src, v[i].dst, v[i].rel, NULL, &v[i].ev, 1);
        assert_int_equal(ng_graph_edge_count(g), 2);
        assert_int_equal(g->edges[0].src, 0);
        assert_int_equal(g->edges[0].dst, big);
        assert_int_equal(g->edges[0].weight, 4);
        assert_int_equal(g->edges[1].src, odd);
        assert_int_equal(g->edges[1].dst, 0);
        assert_int_equal(g->edges[1].weight, 2);
        /* a thousand more edges: the index grows, rehashed from the edges */
        for (uint32_t k = 1; k <= 1000; k++) {
            ng_evidence ev = {0, 100 + k, "t"};
            ng_graph_add_relation(g, k, k + 1, NG_REL_OPPOSES, NULL, &ev, 1);
            ng_graph_add_relation(g, k, k + 1, NG_REL_OPPOSES, NULL, &ev, 1);
        }
        ng_graph_add_relations(g, v, 3);
        assert_int_equal(ng_graph_edge_count(g), 1002);
        assert_int_equal(g->edges[0].weight, 4);
        assert_int_equal(g->edges[1].weight, 2);
        for (size_t k = 2; k < 1002; k++)
            assert_int_equal(g->edges[k].weight, 1);
        ng_graph_free(g);
    }
}

static void test_doc_limit(void **state)
{
    (void)state;
    /* documents in order, several mentions each: the first 3 listed, all
     * 10 counted; the edge likewise */
    ng_graph *g = ng_graph_new();
    ng_graph_set_doc_limit(g, 3);
    uint32_t x = ent(g, "x", "X", NG_KIND_ACTOR, 0), y = ent(g, "y", "Y", NG_KIND_PLACE, 0);
    for (uint32_t d = 0; d < 10; d++) {
        mention(g, x, "X", d, 0);
        mention(g, x, "X", d, 40);
        mention(g, y, "Y", d, 10);
        rel(g, x, y, NG_REL_CONTROLS, NULL, d, 0, "X holds Y.");
        rel(g, x, y, NG_REL_CONTROLS, NULL, d, 50, "X still holds Y.");
    }
    check(g);
    ng_graph_finish(g, 1);
    check(g);
    static const uint32_t first3[] = {0, 1, 2};
    ng_node_view v = node_of(g, "x");
    assert_docs(v.docs, v.n_docs, first3, 3);
    assert_int_equal(v.doc_count, 10);
    assert_int_equal(v.mentions, 20);
    ng_edge_view e;
    assert_true(edge_of(g, "x", "y", NG_REL_CONTROLS, &e));
    assert_docs(e.docs, e.n_docs, first3, 3);
    assert_int_equal(e.doc_count, 10);
    assert_int_equal(e.weight, 20);
    ng_graph_free(g);

    /* an earlier document arriving late is still seen: it is listed and
     * counted; one already listed is not counted twice */
    g = ng_graph_new();
    ng_graph_set_doc_limit(g, 3);
    x = ent(g, "x", "X", NG_KIND_ACTOR, 0);
    static const uint32_t order[] = {5, 6, 7, 8, 2, 6, 2, 9};
    for (size_t i = 0; i < sizeof order / sizeof *order; i++)
        mention(g, x, "X", order[i], 0);
    ng_graph_finish(g, 1);
    check(g);
    v = node_of(g, "x");
    static const uint32_t kept[] = {2, 5, 6};
    assert_docs(v.docs, v.n_docs, kept, 3);
    assert_int_equal(v.doc_count, 6); /* 2 5 6 7 8 9 */
    ng_graph_free(g);

    /* partial graphs of disjoint documents (as the corpus's threads build
     * them) merge into exact counts and the smallest documents, in any
     * order; the count of one side that listed everything stays exact */
    for (int swap = 0; swap < 2; swap++) {
        ng_graph *part[2];
        for (int p = 0; p < 2; p++) {
            part[p] = ng_graph_new();
            ng_graph_set_doc_limit(part[p], 4);
            uint32_t id = ent(part[p], "x", "X", NG_KIND_ACTOR, 0);
            /* part 0: even documents 0..18; part 1: odd ones 1..5 */
            for (uint32_t d = (uint32_t)p; d < (p ? 6u : 20u); d += 2)
                mention(part[p], id, "X", d, 0);
        }
        g = ng_graph_new();
        ng_graph_set_doc_limit(g, 4);
        ng_graph_merge(g, part[swap]);
        ng_graph_merge(g, part[!swap]);
        ng_graph_finish(g, 1);
        check(g);
        v = node_of(g, "x");
        static const uint32_t smallest[] = {0, 1, 2, 3};
        assert_docs(v.docs, v.n_docs, smallest, 4);
        assert_int_equal(v.doc_count, 13); /* 10 even + 3 odd */
        ng_graph_free(g);
        ng_graph_free(part[0]);
        ng_graph_free(part[1]);
    }

    /* an acronym merged into its expansion, both listing everything: the
     * union is exact (shared documents once) */
    g = ng_graph_new();
    ng_graph_set_doc_limit(g, 10);
    uint32_t full = ent(g, "a:syrian democratic forces", "Syrian Democratic Forces",
                        NG_KIND_ACTOR, 0);
    uint32_t acro = ent(g, "a:sdf", "SDF", NG_KIND_ACTOR, 0);
    for (uint32_t d = 0; d < 4; d++)
        mention(g, full, "Syrian Democratic Forces", d, 0);
    for (uint32_t d = 2; d < 6; d++)
        mention(g, acro, "SDF", d, 30);
    ng_graph_bind(g, "a:sdf", "a:syrian democratic forces");
    ng_graph_finish(g, 1);
    check(g);
    assert_int_equal(ng_graph_node_count(g), 1);
    v = node_of(g, "a:syrian democratic forces");
    static const uint32_t all6[] = {0, 1, 2, 3, 4, 5};
    assert_docs(v.docs, v.n_docs, all6, 6);
    assert_int_equal(v.doc_count, 6);
    ng_graph_free(g);

    /* 0 lists every document */
    g = ng_graph_new();
    ng_graph_set_doc_limit(g, 0);
    x = ent(g, "x", "X", NG_KIND_ACTOR, 0);
    for (uint32_t d = 0; d < 300; d++)
        mention(g, x, "X", d, 0);
    ng_graph_finish(g, 1);
    v = node_of(g, "x");
    assert_int_equal(v.n_docs, 300);
    assert_int_equal(v.doc_count, 300);
    assert_int_equal(v.docs[299], 299);
    ng_graph_free(g);

    /* the default lists 50 */
    g = ng_graph_new();
    x = ent(g, "x", "X", NG_KIND_ACTOR, 0);
    for (uint32_t d = 0; d < 80; d++)
        mention(g, x, "X", d, 0);
    ng_graph_finish(g, 1);
    v = node_of(g, "x");
    assert_int_equal(v.n_docs, 50);
    assert_int_equal(v.doc_count, 80);
    ng_graph_free(g);
}

static void test_cooccurs_undirected_and_self_loops(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    /* b is created first so that ids and key order disagree */
    uint32_t b = ent(g, "b", "B", NG_KIND_ACTOR, 0), a = ent(g, "a", "A", NG_KIND_ACTOR, 0);
    rel(g, a, b, NG_REL_CO_OCCURS, NULL, 0, 0, "s0");
    rel(g, b, a, NG_REL_CO_OCCURS, NULL, 0, 10, "s10");
    rel(g, a, b, NG_REL_CO_OCCURS, NULL, 0, 10, "s10"); /* same sentence, other way */
    rel(g, a, b, NG_REL_SUPPORTS, NULL, 0, 0, "s0");
    rel(g, b, a, NG_REL_SUPPORTS, NULL, 0, 10, "s10");
    rel(g, a, a, NG_REL_CO_OCCURS, NULL, 0, 20, "self");
    rel(g, b, b, NG_REL_OPPOSES, NULL, 0, 20, "self");
    assert_int_equal(ng_graph_edge_count(g), 3);
    check(g);
    ng_graph_finish(g, 2);
    check(g);
    assert_int_equal(ng_graph_edge_count(g), 3);
    ng_edge_view e;
    assert_true(edge_of(g, "a", "b", NG_REL_CO_OCCURS, &e));
    assert_int_equal(e.weight, 2);
    assert_true(e.src < e.dst);
    assert_int_equal(e.n_evidence, 2);
    assert_true(edge_of(g, "a", "b", NG_REL_SUPPORTS, &e));
    assert_int_equal(e.weight, 1);
    assert_string_equal(e.evidence[0].text, "s0");
    assert_true(edge_of(g, "b", "a", NG_REL_SUPPORTS, &e));
    assert_int_equal(e.weight, 1);
    assert_string_equal(e.evidence[0].text, "s10");
    assert_false(edge_of(g, "a", "a", NG_REL_CO_OCCURS, NULL));
    assert_false(edge_of(g, "b", "b", NG_REL_OPPOSES, NULL));
    ng_graph_free(g);
}

/* ---- finish: order and co-occurrence filtering --------------------------- */

static void test_finish_canonical_order(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    static const struct {
        const char *key, *label;
        ng_kind kind;
    } nodes[] = {
        {"k6", "Battle of X", NG_KIND_EVENT}, {"k1", "zeta", NG_KIND_ACTOR},
        {"k5", "Alpha", NG_KIND_PLACE},       {"k2", "Émile", NG_KIND_ACTOR},
        {"k8", "Delta", NG_KIND_ACTOR},       {"k3", "beta", NG_KIND_ACTOR},
        {"k10", "us", NG_KIND_ACTOR},         {"k4", "Alpha Group", NG_KIND_ACTOR},
        {"k7", "Delta", NG_KIND_ACTOR},       {"k9", "US", NG_KIND_ACTOR},
    };
    uint32_t id[10];
    for (int i = 0; i < 10; i++)
        id[i] = ent(g, nodes[i].key, nodes[i].label, nodes[i].kind, 1);
    /* edges in no particular order */
    rel(g, id[0], id[2], NG_REL_OCCURRED_IN, NULL, 0, 1, "s");
    rel(g, id[1], id[3], NG_REL_OPPOSES, NULL, 0, 2, "s");
    rel(g, id[3], id[1], NG_REL_CO_OCCURS, NULL, 0, 3, "s");
    rel(g, id[1], id[3], NG_REL_SUPPORTS, NULL, 0, 4, "s");
    rel(g, id[7], id[2], NG_REL_CONTROLS, NULL, 0, 5, "s");
    rel(g, id[9], id[6], NG_REL_CO_OCCURS, NULL, 0, 6, "s");
    rel(g, id[5], id[0], NG_REL_PARTICIPATES_IN, "attacker", 0, 7, "s");
    rel(g, id[4], id[8], NG_REL_MEMBER_OF, NULL, 0, 8, "s");
    ng_graph_finish(g, 2);
    check(g);
    static const char *const order[] = {"k4", "k3", "k7", "k8", "k2",
                                        "k9", "k10", "k1", "k5", "k6"};
    assert_int_equal(ng_graph_node_count(g), 10);
    for (uint32_t i = 0; i < 10; i++) {
        ng_node_view v;
        ng_graph_node(g, i, &v);
        assert_int_equal(v.id, i);
        assert_string_equal(v.key, order[i]);
        assert_int_equal(ng_graph_find(g, order[i]), i);
    }
    assert_int_equal(ng_graph_edge_count(g), 8);
    for (uint32_t i = 0; i < 8; i++) {
        ng_edge_view x;
        ng_graph_edge(g, i, &x);
        assert_int_equal(x.id, i);
        assert_int_not_equal(x.src, x.dst);
        if (x.relation == NG_REL_CO_OCCURS)
            assert_true(x.src < x.dst);
        if (i) {
            ng_edge_view p;
            ng_graph_edge(g, i - 1, &p);
            assert_true(p.src < x.src || (p.src == x.src && p.dst < x.dst) ||
                        (p.src == x.src && p.dst == x.dst && p.relation < x.relation));
        }
    }
    /* the three edges between zeta (k1) and Émile (k2) */
    ng_edge_view e;
    assert_true(edge_of(g, "k1", "k2", NG_REL_OPPOSES, &e));
    assert_true(edge_of(g, "k1", "k2", NG_REL_SUPPORTS, &e));
    assert_true(edge_of(g, "k1", "k2", NG_REL_CO_OCCURS, &e));
    assert_int_equal(e.src, nid(g, "k2"));
    assert_int_equal(e.dst, nid(g, "k1"));
    assert_true(edge_of(g, "k3", "k6", NG_REL_PARTICIPATES_IN, &e));
    assert_string_equal(e.role, "attacker");
    ng_graph_free(g);
}

static ng_graph *cooccurrence_graph(void)
{
    ng_graph *g = ng_graph_new();
    uint32_t a = ent(g, "a", "A", NG_KIND_ACTOR, 0), b = ent(g, "b", "B", NG_KIND_ACTOR, 0),
             c = ent(g, "c", "C", NG_KIND_ACTOR, 0), d = ent(g, "d", "D", NG_KIND_ACTOR, 0);
    rel(g, a, b, NG_REL_CO_OCCURS, NULL, 0, 0, "s");
    rel(g, a, b, NG_REL_SUPPORTS, NULL, 0, 0, "s");
    rel(g, a, c, NG_REL_CO_OCCURS, NULL, 0, 10, "s");
    rel(g, b, d, NG_REL_CO_OCCURS, NULL, 0, 20, "s");
    rel(g, d, b, NG_REL_OPPOSES, NULL, 0, 20, "s"); /* typed the other way round */
    rel(g, c, d, NG_REL_CO_OCCURS, NULL, 0, 30, "s");
    return g;
}

static void test_finish_keep_cooccurrence(void **state)
{
    (void)state;
    ng_graph *g = cooccurrence_graph();
    ng_graph_finish(g, 1);
    check(g);
    assert_int_equal(ng_graph_edge_count(g), 4);
    assert_true(edge_of(g, "a", "b", NG_REL_SUPPORTS, NULL));
    assert_true(edge_of(g, "d", "b", NG_REL_OPPOSES, NULL));
    assert_true(edge_of(g, "a", "c", NG_REL_CO_OCCURS, NULL));
    assert_true(edge_of(g, "c", "d", NG_REL_CO_OCCURS, NULL));
    assert_false(edge_of(g, "a", "b", NG_REL_CO_OCCURS, NULL));
    assert_false(edge_of(g, "b", "d", NG_REL_CO_OCCURS, NULL));
    ng_graph_free(g);

    g = cooccurrence_graph();
    ng_graph_finish(g, 2);
    check(g);
    assert_int_equal(ng_graph_edge_count(g), 6);
    assert_true(edge_of(g, "a", "b", NG_REL_CO_OCCURS, NULL));
    assert_true(edge_of(g, "b", "d", NG_REL_CO_OCCURS, NULL));
    ng_graph_free(g);

    g = cooccurrence_graph();
    ng_graph_finish(g, 0);
    check(g);
    assert_int_equal(ng_graph_edge_count(g), 2);
    assert_true(edge_of(g, "a", "b", NG_REL_SUPPORTS, NULL));
    assert_true(edge_of(g, "d", "b", NG_REL_OPPOSES, NULL));
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_graph_edge(g, i, &e);
        assert_int_not_equal(e.relation, NG_REL_CO_OCCURS);
    }
    /* nodes stay */
    assert_int_equal(ng_graph_node_count(g), 4);
    ng_graph_free(g);
}

/* ---- bindings -------------------------------------------------------------- */

static void test_bind_acronym(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    uint32_t sdf = ent(g, "a:sdf", "SDF", NG_KIND_ACTOR, 0);
    uint32_t lng = ent(g, "a:syrian democratic forces", "Syrian Democratic Forces",
                       NG_KIND_ACTOR, 0);
    uint32_t ypg = ent(g, "a:ypg", "YPG", NG_KIND_ACTOR, 0);
    mention(g, lng, "Syrian Democratic Forces", 0, 0);
    ng_graph_vote(g, lng, "Syrian Democratic Forces", "armed_group", "long", 0, 0);
    mention(g, sdf, "SDF", 0, 5);
    ng_graph_vote(g, sdf, "SDF", NULL, "acronym", 0, 5);
    mention(g, lng, "Syrian Democratic Forces", 1, 3);
    ng_graph_vote(g, lng, "Syrian Democratic Forces", NULL, "long", 1, 3);
    mention(g, ypg, "YPG", 0, 20);
    rel(g, sdf, lng, NG_REL_CO_OCCURS, NULL, 0, 0, "Syrian Democratic Forces (SDF) ...");
    rel(g, sdf, ypg, NG_REL_OPPOSES, "attacker", 0, 20, "SDF vs YPG");
    rel(g, lng, ypg, NG_REL_OPPOSES, NULL, 1, 40, "long vs YPG");
    rel(g, ypg, sdf, NG_REL_SUPPORTS, NULL, 2, 0, "YPG backs SDF");
    ng_graph_bind(g, "a:sdf", "a:syrian democratic forces");
    ng_graph_finish(g, 2);
    check(g);
    assert_int_equal(ng_graph_node_count(g), 2);
    assert_int_equal(ng_graph_find(g, "a:sdf"), UINT32_MAX);
    ng_node_view v = node_of(g, "a:syrian democratic forces");
    assert_string_equal(v.label, "Syrian Democratic Forces");
    assert_string_equal(v.category, "armed_group");
    assert_string_equal(v.rule, "long");
    assert_int_equal(v.mentions, 3);
    assert_int_equal(v.n_aliases, 2);
    assert_string_equal(v.aliases[0], "Syrian Democratic Forces");
    assert_string_equal(v.aliases[1], "SDF");
    static const uint32_t docs[] = {0, 1};
    assert_docs(v.docs, v.n_docs, docs, 2);
    /* the co-occurrence between the two spellings became a self loop: dropped */
    assert_int_equal(ng_graph_edge_count(g), 2);
    ng_edge_view e;
    assert_true(edge_of(g, "a:syrian democratic forces", "a:ypg", NG_REL_OPPOSES, &e));
    assert_int_equal(e.weight, 2);
    assert_int_equal(e.n_evidence, 2);
    assert_string_equal(e.evidence[0].text, "SDF vs YPG");
    assert_string_equal(e.evidence[1].text, "long vs YPG");
    assert_string_equal(e.role, "attacker");
    assert_true(edge_of(g, "a:ypg", "a:syrian democratic forces", NG_REL_SUPPORTS, &e));
    assert_int_equal(e.weight, 1);
    ng_graph_free(g);
}

static void test_bind_ambiguous_and_repeated(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    ent(g, "a:x", "X", NG_KIND_ACTOR, 0);
    ent(g, "a:one", "One", NG_KIND_ACTOR, 0);
    ent(g, "a:two", "Two", NG_KIND_ACTOR, 0);
    ent(g, "a:y", "Y", NG_KIND_ACTOR, 0);
    ng_graph_bind(g, "a:x", "a:one");
    ng_graph_bind(g, "a:x", "a:two"); /* x is ambiguous: left alone */
    ng_graph_bind(g, "a:y", "a:one");
    ng_graph_bind(g, "a:y", "a:one"); /* the same binding twice is not ambiguous */
    ng_graph_bind(g, "a:missing", "a:one"); /* unknown keys are ignored */
    ng_graph_bind(g, "a:two", "a:missing");
    ng_graph_finish(g, 1);
    check(g);
    assert_int_equal(ng_graph_node_count(g), 3);
    assert_int_not_equal(ng_graph_find(g, "a:x"), UINT32_MAX);
    assert_int_not_equal(ng_graph_find(g, "a:one"), UINT32_MAX);
    assert_int_not_equal(ng_graph_find(g, "a:two"), UINT32_MAX);
    assert_int_equal(ng_graph_find(g, "a:y"), UINT32_MAX);
    ng_graph_free(g);
}

static void test_bind_fixed_and_kinds(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    ng_entity f1 = {.key = "g:One", .label = "One", .kind = NG_KIND_ACTOR,
                    .category = "armed_group", .fixed_label = 1};
    ng_entity f2 = {.key = "g:Two", .label = "Two", .kind = NG_KIND_ACTOR,
                    .category = "militia", .fixed_label = 1};
    ng_entity f3 = {.key = "g:Three", .label = "Three", .kind = NG_KIND_ACTOR,
                    .fixed_label = 1};
    ng_graph_add_entity(g, &f1);
    ng_graph_add_entity(g, &f2);
    ng_graph_add_entity(g, &f3);
    uint32_t acr = ent(g, "a:acr", "ACR", NG_KIND_ACTOR, 0);
    uint32_t from_fixed = ent(g, "a:long one", "Long One", NG_KIND_ACTOR, 0);
    ent(g, "l:town", "Town", NG_KIND_PLACE, 0);
    ent(g, "a:town", "Town", NG_KIND_ACTOR, 0);
    mention(g, acr, "ACR", 0, 0);
    ng_graph_vote(g, acr, "ACR", "group", NULL, 0, 0);
    mention(g, from_fixed, "Long One", 0, 9);
    ng_graph_bind(g, "g:One", "g:Two");       /* two gazetteer entities: never merged */
    ng_graph_bind(g, "a:acr", "g:Two");       /* into a gazetteer entity */
    ng_graph_bind(g, "g:Three", "a:long one"); /* from a gazetteer entity: it stays */
    ng_graph_bind(g, "a:town", "l:town");     /* kinds differ: not merged */
    ng_graph_finish(g, 1);
    check(g);
    assert_int_equal(ng_graph_node_count(g), 5);
    assert_int_equal(ng_graph_find(g, "a:acr"), UINT32_MAX);
    assert_int_equal(ng_graph_find(g, "a:long one"), UINT32_MAX);
    ng_node_view v = node_of(g, "g:Two");
    assert_string_equal(v.label, "Two");
    assert_string_equal(v.category, "militia");
    assert_int_equal(v.mentions, 1);
    assert_string_equal(v.aliases[0], "ACR");
    v = node_of(g, "g:One");
    assert_string_equal(v.label, "One");
    assert_string_equal(v.category, "armed_group");
    assert_int_equal(v.mentions, 0);
    v = node_of(g, "g:Three");
    assert_string_equal(v.label, "Three");
    assert_int_equal(v.mentions, 1);
    assert_int_equal(v.n_aliases, 1);
    assert_string_equal(v.aliases[0], "Long One");
    assert_int_equal(node_of(g, "l:town").kind, NG_KIND_PLACE);
    assert_int_equal(node_of(g, "a:town").kind, NG_KIND_ACTOR);
    ng_graph_free(g);
}

/* ---- merge ------------------------------------------------------------------ */

/* A small corpus of four documents; only the documents in mask are added. */
static void build_docs(ng_graph *g, unsigned mask)
{
    ng_graph_set_evidence_limit(g, 2);
    ng_entity is = {.key = "g:Islamic State", .label = "Islamic State", .kind = NG_KIND_ACTOR,
                    .category = "armed_group", .fixed_label = 1};
    ng_entity raqqa = {.key = "g:Raqqa", .label = "Raqqa", .kind = NG_KIND_PLACE,
                       .category = "city", .fixed_label = 1, .has_geo = 1, .lat = 35.95,
                       .lon = 39.01};
    ng_entity sdf = {.key = "a:sdf", .label = "SDF", .kind = NG_KIND_ACTOR};
    ng_entity lng = {.key = "a:syrian democratic forces", .label = "Syrian Democratic Forces",
                     .kind = NG_KIND_ACTOR};
    ng_entity battle = {.key = "e:battle of raqqa", .label = "Battle of Raqqa",
                        .kind = NG_KIND_EVENT, .date = "2017-06-06"};
    ng_entity mazloum = {.key = "a:mazloum abdi", .label = "Mazloum Abdi",
                         .kind = NG_KIND_ACTOR};
    if (mask & 1) {
        ng_graph_set_doc(g, 0, "zero.txt");
        uint32_t i = ng_graph_add_entity(g, &is), r = ng_graph_add_entity(g, &raqqa),
                 l = ng_graph_add_entity(g, &lng);
        mention(g, l, "Syrian Democratic Forces", 0, 0);
        ng_graph_vote(g, l, "Syrian Democratic Forces", "armed_group", "cue:forces", 0, 0);
        mention(g, i, "ISIS", 0, 40);
        ng_graph_vote(g, i, "ISIS", NULL, "gazetteer", 0, 40);
        mention(g, r, "Raqqa", 0, 60);
        rel(g, l, i, NG_REL_OPPOSES, "attacker", 0, 0,
            "The Syrian Democratic Forces attacked ISIS in Raqqa.");
        rel(g, l, r, NG_REL_CO_OCCURS, NULL, 0, 0,
            "The Syrian Democratic Forces attacked ISIS in Raqqa.");
        rel(g, i, r, NG_REL_CO_OCCURS, NULL, 0, 0,
            "The Syrian Democratic Forces attacked ISIS in Raqqa.");
    }
    if (mask & 2) {
        ng_graph_set_doc(g, 1, "one.txt");
        uint32_t s = ng_graph_add_entity(g, &sdf), i = ng_graph_add_entity(g, &is),
                 m = ng_graph_add_entity(g, &mazloum), l = ng_graph_add_entity(g, &lng);
        mention(g, l, "Syrian Democratic Forces", 1, 0);
        mention(g, s, "SDF", 1, 27);
        ng_graph_vote(g, s, "SDF", NULL, "acronym", 1, 27);
        mention(g, m, "Mazloum Abdi", 1, 80);
        ng_graph_vote(g, m, "Mazloum Abdi", "person", "title", 1, 80);
        mention(g, i, "Daesh", 1, 120);
        rel(g, m, s, NG_REL_MEMBER_OF, NULL, 1, 80, "SDF commander Mazloum Abdi said ...");
        rel(g, s, i, NG_REL_OPPOSES, NULL, 1, 120, "The SDF fights Daesh.");
        rel(g, s, m, NG_REL_CO_OCCURS, NULL, 1, 80, "SDF commander Mazloum Abdi said ...");
        ng_graph_bind(g, "a:sdf", "a:syrian democratic forces");
    }
    if (mask & 4) {
        ng_graph_set_doc(g, 2, "two.txt");
        uint32_t s = ng_graph_add_entity(g, &sdf), r = ng_graph_add_entity(g, &raqqa),
                 b = ng_graph_add_entity(g, &battle), i = ng_graph_add_entity(g, &is);
        mention(g, b, "battle of Raqqa", 2, 4);
        ng_graph_set_date(g, b, battle.date, 2, 4);
        mention(g, s, "SDF", 2, 10);
        mention(g, r, "Raqqa", 2, 20);
        mention(g, i, "Islamic State", 2, 30);
        rel(g, s, r, NG_REL_CAPTURED, NULL, 2, 10, "The SDF captured Raqqa.");
        rel(g, b, r, NG_REL_OCCURRED_IN, NULL, 2, 4, "The battle of Raqqa ended.");
        rel(g, s, b, NG_REL_PARTICIPATES_IN, "attacker", 2, 10, "The SDF captured Raqqa.");
        rel(g, s, i, NG_REL_OPPOSES, NULL, 2, 30, "The SDF and the Islamic State fought.");
    }
    if (mask & 8) {
        ng_graph_set_doc(g, 3, "three.txt");
        uint32_t i = ng_graph_add_entity(g, &is), r = ng_graph_add_entity(g, &raqqa),
                 l = ng_graph_add_entity(g, &lng);
        mention(g, i, "ISIS", 3, 0);
        mention(g, r, "Raqqa", 3, 5);
        mention(g, l, "Syrian Democratic Forces", 3, 50);
        ng_graph_vote(g, l, "Syrian Democratic Forces", "militia", "cue:forces", 3, 50);
        rel(g, i, r, NG_REL_CONTROLS, NULL, 3, 0, "ISIS held Raqqa.");
        rel(g, l, i, NG_REL_OPPOSES, NULL, 3, 50, "The Syrian Democratic Forces beat ISIS.");
        rel(g, i, r, NG_REL_CO_OCCURS, NULL, 3, 0, "ISIS held Raqqa.");
    }
}

static ng_graph *merged(const unsigned *masks, size_t n)
{
    ng_graph *dst = ng_graph_new();
    build_docs(dst, masks[0]);
    check(dst);
    for (size_t i = 1; i < n; i++) {
        ng_graph *src = ng_graph_new();
        build_docs(src, masks[i]);
        check(src);
        ng_graph_merge(dst, src);
        check(dst);
        /* src is left empty but usable */
        assert_int_equal(ng_graph_node_count(src), 0);
        assert_int_equal(ng_graph_edge_count(src), 0);
        assert_int_equal(ng_graph_find(src, "g:Islamic State"), UINT32_MAX);
        uint32_t x = ent(src, "a:new", "New", NG_KIND_ACTOR, 0);
        assert_int_equal(x, 0);
        ng_graph_free(src);
    }
    ng_graph_finish(dst, 1);
    check(dst);
    return dst;
}

static void test_merge_orders(void **state)
{
    (void)state;
    static const unsigned all[] = {15};
    ng_graph *ref = merged(all, 1);

    /* what the whole corpus gives */
    assert_int_equal(ng_graph_node_count(ref), 5);
    assert_int_equal(ng_graph_doc_count(ref), 4);
    assert_string_equal(ng_graph_doc_name(ref, 3), "three.txt");
    assert_int_equal(ng_graph_find(ref, "a:sdf"), UINT32_MAX); /* bound */
    ng_node_view v = node_of(ref, "a:syrian democratic forces");
    assert_int_equal(v.mentions, 5);
    assert_int_equal(v.n_aliases, 2);
    assert_string_equal(v.aliases[0], "Syrian Democratic Forces");
    assert_string_equal(v.aliases[1], "SDF");
    assert_string_equal(v.category, "armed_group"); /* 1:1 tie, the earliest */
    assert_string_equal(v.rule, "cue:forces");
    v = node_of(ref, "g:Islamic State");
    assert_string_equal(v.label, "Islamic State");
    assert_int_equal(v.n_aliases, 3);
    assert_string_equal(v.aliases[0], "ISIS");
    assert_string_equal(v.aliases[1], "Daesh");
    assert_string_equal(v.aliases[2], "Islamic State");
    v = node_of(ref, "g:Raqqa");
    assert_true(v.has_geo && v.lat == 35.95);
    v = node_of(ref, "e:battle of raqqa");
    assert_string_equal(v.date, "2017-06-06");
    ng_edge_view e;
    assert_true(edge_of(ref, "a:syrian democratic forces", "g:Islamic State", NG_REL_OPPOSES,
                        &e));
    assert_int_equal(e.weight, 4);
    assert_int_equal(e.n_evidence, 2); /* limit 2: the earliest two */
    assert_int_equal(e.evidence[0].doc, 0);
    assert_int_equal(e.evidence[1].doc, 1);
    assert_string_equal(e.evidence[1].text, "The SDF fights Daesh.");
    assert_string_equal(e.role, "attacker");
    static const uint32_t docs[] = {0, 1, 2, 3};
    assert_docs(e.docs, e.n_docs, docs, 4);
    /* every co_occurs is dropped: IS-Raqqa (controls), SDF-Mazloum (member_of),
     * and SDF-Raqqa, typed only once "SDF" (captured Raqqa) is bound */
    assert_false(edge_of(ref, "g:Islamic State", "g:Raqqa", NG_REL_CO_OCCURS, NULL));
    assert_false(edge_of(ref, "a:syrian democratic forces", "a:mazloum abdi",
                         NG_REL_CO_OCCURS, NULL));
    assert_false(edge_of(ref, "a:syrian democratic forces", "g:Raqqa", NG_REL_CO_OCCURS, NULL));
    assert_true(edge_of(ref, "a:syrian democratic forces", "g:Raqqa", NG_REL_CAPTURED, NULL));
    assert_true(edge_of(ref, "a:mazloum abdi", "a:syrian democratic forces", NG_REL_MEMBER_OF,
                        NULL));
    assert_true(edge_of(ref, "g:Islamic State", "g:Raqqa", NG_REL_CONTROLS, NULL));
    assert_true(edge_of(ref, "e:battle of raqqa", "g:Raqqa", NG_REL_OCCURRED_IN, NULL));
    assert_true(edge_of(ref, "a:syrian democratic forces", "e:battle of raqqa",
                        NG_REL_PARTICIPATES_IN, &e));
    assert_string_equal(e.role, "attacker");
    assert_int_equal(ng_graph_edge_count(ref), 6);

    static const unsigned o1[] = {1 | 2, 4 | 8};
    static const unsigned o2[] = {4 | 8, 1 | 2};
    static const unsigned o3[] = {8, 2, 1 | 4};
    static const unsigned o4[] = {4, 1, 8, 2};
    static const unsigned o5[] = {2, 4, 1, 8};
    const unsigned *orders[] = {o1, o2, o3, o4, o5};
    static const size_t lens[] = {2, 2, 3, 4, 4};
    for (size_t k = 0; k < 5; k++) {
        ng_graph *g = merged(orders[k], lens[k]);
        assert_same_graph(ref, g);
        ng_graph_free(g);
    }
    ng_graph_free(ref);
}

/* ---- property: order of construction does not matter ---------------------- */

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % n);
}

#define KEYS 30
#define ACRONYMS 6 /* the last keys: bound to others */
#define HUB 5      /* the first keys: used most */
#define OPS 800
#define WORLD_EVIDENCE 2 /* small, so that evidence is cut */

enum { OP_MENTION, OP_VOTE, OP_RELATION, OP_BIND };

typedef struct op {
    int type;
    int a, b; /* keys (b: relation target or bind target) */
    ng_relation rel;
    int variant; /* surface/label/category/rule/role choice */
    uint32_t doc, offset;
} op;

typedef struct world {
    ng_kind kind[KEYS];
    int fixed[KEYS];
    int date_of[KEYS]; /* whose date an event key carries (see make_world) */
    int canon[KEYS];   /* the key a binding may merge this one into */
    op ops[OPS];
    size_t n_ops;
} world;

static void key_of(int k, char *buf, size_t n)
{
    snprintf(buf, n, "k%02d", k);
}

static uint32_t world_entity(const world *w, ng_graph *g, int k)
{
    char key[8], label[16], cat[16], date[32];
    key_of(k, key, sizeof key);
    snprintf(label, sizeof label, "Fixed %d", k);
    snprintf(cat, sizeof cat, "cat%d", k % 3);
    snprintf(date, sizeof date, "2017-%02d-%02d", 1 + w->date_of[k] % 12, 1 + w->date_of[k]);
    ng_entity e = {.key = key, .label = label, .kind = w->kind[k],
                   .category = w->fixed[k] ? cat : NULL, .fixed_label = w->fixed[k],
                   .has_geo = w->fixed[k] && w->kind[k] == NG_KIND_PLACE,
                   .lat = k, .lon = -k,
                   .date = w->kind[k] == NG_KIND_EVENT ? date : NULL};
    return ng_graph_add_entity(g, &e);
}

static void apply_op(const world *w, ng_graph *g, const op *o)
{
    char buf[64], buf2[16], buf3[16];
    char ka[8], kb[8];
    key_of(o->a, ka, sizeof ka);
    key_of(o->b, kb, sizeof kb);
    if (o->type == OP_BIND) {
        world_entity(w, g, o->a);
        world_entity(w, g, o->b);
        ng_graph_bind(g, ka, kb);
        return;
    }
    uint32_t a = world_entity(w, g, o->a);
    snprintf(buf, sizeof buf, "doc%u.txt", o->doc);
    ng_graph_set_doc(g, o->doc, buf);
    switch (o->type) {
    case OP_MENTION:
        snprintf(buf, sizeof buf, "Form %d%c", o->a, 'a' + o->variant % 3);
        mention(g, a, buf, o->doc, o->offset);
        if (w->kind[o->a] == NG_KIND_EVENT) {
            /* dates differ by mention: the earliest stated must win in any order */
            snprintf(buf2, sizeof buf2, "2017-%02d-%02d", 1 + o->variant % 12,
                     1 + o->offset % 28);
            ng_graph_set_date(g, a, buf2, o->doc, o->offset);
        }
        break;
    case OP_VOTE:
        snprintf(buf, sizeof buf, "Label %d%c", o->a, 'a' + o->variant % 3);
        snprintf(buf2, sizeof buf2, "c%d", o->variant % 2);
        snprintf(buf3, sizeof buf3, "rule%d", o->variant % 4);
        ng_graph_vote(g, a, o->variant % 5 == 4 ? NULL : buf, o->variant % 7 == 0 ? NULL : buf2,
                      o->variant % 6 == 0 ? NULL : buf3, o->doc, o->offset);
        break;
    case OP_RELATION: {
        uint32_t b = world_entity(w, g, o->b);
        /* a sentence's text depends only on its position */
        snprintf(buf, sizeof buf, "Sentence %u of document %u.", o->offset, o->doc);
        snprintf(buf2, sizeof buf2, "role%d", o->variant % 3);
        rel(g, a, b, o->rel, o->variant % 2 ? buf2 : NULL, o->doc, o->offset, buf);
        break;
    }
    }
}

/* Keys for operations: a few hub keys and the acronyms often, so that
 * edges collect many sentences and bindings merge busy nodes. */
static int pick_key(void)
{
    switch (rnd(4)) {
    case 0:
        return (int)rnd(KEYS);
    case 3:
        return KEYS - ACRONYMS + (int)rnd(ACRONYMS);
    default:
        return (int)rnd(HUB);
    }
}

static void make_world(world *w)
{
    memset(w, 0, sizeof *w);
    for (int k = 0; k < KEYS; k++) {
        w->kind[k] = (ng_kind)rnd(3);
        w->fixed[k] = k < KEYS - ACRONYMS && rnd(4) == 0;
        w->date_of[k] = k;
        w->canon[k] = k;
    }
    /* acronyms: bound to a key of the same kind, a few ambiguously */
    for (int k = KEYS - ACRONYMS; k < KEYS; k++) {
        int t = (int)(rnd(2) ? rnd(HUB) : rnd(KEYS - ACRONYMS));
        w->kind[k] = w->kind[t];
        /* an event and its acronym carry the same date: of two different
         * dates, the graph keeps whichever it absorbs first, which depends
         * on the order of construction */
        w->date_of[k] = t;
        w->canon[k] = t;
        w->ops[w->n_ops++] = (op){.type = OP_BIND, .a = k, .b = t};
        if (rnd(3) == 0)
            w->ops[w->n_ops++] = (op){.type = OP_BIND, .a = k, .b = t}; /* repeated */
        if (rnd(4) == 0) {
            int t2 = (int)rnd(KEYS - ACRONYMS);
            if (w->kind[t2] == w->kind[k])
                w->ops[w->n_ops++] = (op){.type = OP_BIND, .a = k, .b = t2};
        }
    }
    while (w->n_ops < OPS) {
        static const ng_relation rels[] = {NG_REL_CO_OCCURS, NG_REL_CO_OCCURS,
                                           NG_REL_SUPPORTS,  NG_REL_OPPOSES,
                                           NG_REL_CONTROLS,  NG_REL__COUNT};
        op o = {.type = (int)rnd(4), .a = pick_key(), .b = pick_key(),
                .rel = rels[rnd(6)], .variant = (int)rnd(1000), .doc = rnd(8),
                .offset = 10 * rnd(40)};
        if (o.type == 3)
            o.type = OP_RELATION;
        if (o.rel == NG_REL__COUNT) /* any relation */
            o.rel = (ng_relation)rnd(NG_REL__COUNT);
        if (o.type == OP_RELATION) {
            /* one (edge, sentence) pair at most once, also once bindings
             * have merged nodes: a sentence recorded twice for one edge
             * is counted twice and keeps the role seen first */
            int dup = 0, oa = w->canon[o.a], ob = w->canon[o.b];
            for (size_t i = 0; i < w->n_ops && !dup; i++) {
                const op *p = &w->ops[i];
                if (p->type != OP_RELATION || p->rel != o.rel || p->doc != o.doc ||
                    p->offset != o.offset)
                    continue;
                int pa = w->canon[p->a], pb = w->canon[p->b];
                dup = (pa == oa && pb == ob) ||
                      (o.rel == NG_REL_CO_OCCURS && pa == ob && pb == oa);
            }
            if (dup)
                continue;
        }
        w->ops[w->n_ops++] = o;
    }
}

static void shuffle(size_t *perm, size_t n)
{
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t j = rnd((uint32_t)i);
        size_t t = perm[i - 1];
        perm[i - 1] = perm[j];
        perm[j] = t;
    }
}

static ng_graph *build_world(const world *w, const size_t *perm)
{
    ng_graph *g = ng_graph_new();
    ng_graph_set_evidence_limit(g, WORLD_EVIDENCE);
    for (size_t i = 0; i < w->n_ops; i++)
        apply_op(w, g, &w->ops[perm[i]]);
    check(g);
    return g;
}

/* Partial graphs over disjoint document sets (binds go anywhere), merged
 * in the order given. */
static ng_graph *build_world_partial(const world *w, const size_t *perm, const int *order)
{
    ng_graph *part[3];
    for (int p = 0; p < 3; p++) {
        part[p] = ng_graph_new();
        ng_graph_set_evidence_limit(part[p], WORLD_EVIDENCE);
    }
    for (size_t i = 0; i < w->n_ops; i++) {
        const op *o = &w->ops[perm[i]];
        int p = o->type == OP_BIND ? (int)(i % 3) : (int)(o->doc % 3);
        apply_op(w, part[p], o);
    }
    ng_graph *dst = part[order[0]];
    for (int k = 1; k < 3; k++) {
        check(part[order[k]]);
        ng_graph_merge(dst, part[order[k]]);
        check(dst);
        ng_graph_free(part[order[k]]);
    }
    return dst;
}

static void test_property_order_independent(void **state)
{
    (void)state;
    static world w;
    size_t perm[OPS];
    for (uint64_t seed = 1; seed <= 10; seed++) {
        rng_state = 0x2545F4914F6CDD1DULL * seed + 7;
        make_world(&w);
        shuffle(perm, w.n_ops);
        ng_graph *a = build_world(&w, perm);
        shuffle(perm, w.n_ops);
        ng_graph *b = build_world(&w, perm);
        shuffle(perm, w.n_ops);
        static const int o1[] = {0, 1, 2}, o2[] = {2, 0, 1};
        ng_graph *c = build_world_partial(&w, perm, o1);
        shuffle(perm, w.n_ops);
        ng_graph *d = build_world_partial(&w, perm, o2);
        ng_graph_finish(a, 1);
        ng_graph_finish(b, 1);
        ng_graph_finish(c, 1);
        ng_graph_finish(d, 1);
        check(a);
        check(b);
        check(c);
        check(d);
        /* not vacuous: bindings applied, edges with evidence cut at the limit */
        assert_true(ng_graph_node_count(a) < KEYS);
        assert_true(ng_graph_edge_count(a) > 50);
        size_t cut = 0;
        for (uint32_t i = 0; i < ng_graph_edge_count(a); i++) {
            ng_edge_view e;
            ng_graph_edge(a, i, &e);
            cut += e.weight > e.n_evidence;
        }
        assert_true(cut > 0);
        assert_same_graph(a, b);
        assert_same_graph(a, c);
        assert_same_graph(a, d);
        ng_graph_free(a);
        ng_graph_free(b);
        ng_graph_free(c);
        ng_graph_free(d);
    }
}

/* Merging graphs that count the same sentence (documents not disjoint):
 * counted once; a later batch is added whole. */
static void test_merge_shared_sentences(void **state)
{
    (void)state;
    ng_graph *a = ng_graph_new(), *b = ng_graph_new(), *c = ng_graph_new();
    ng_graph *gs[3] = {a, b, c};
    for (int i = 0; i < 3; i++) {
        ng_graph_set_evidence_limit(gs[i], 2);
        ent(gs[i], "a:x", "X", NG_KIND_ACTOR, 0);
        ent(gs[i], "a:y", "Y", NG_KIND_ACTOR, 0);
    }
    rel(a, 0, 1, NG_REL_SUPPORTS, NULL, 0, 0, "X backs Y.");
    rel(a, 0, 1, NG_REL_SUPPORTS, NULL, 1, 0, "X still backs Y.");
    rel(b, 0, 1, NG_REL_SUPPORTS, NULL, 1, 0, "X still backs Y."); /* in a too */
    rel(b, 0, 1, NG_REL_SUPPORTS, NULL, 2, 0, "Y thanks X.");
    rel(c, 0, 1, NG_REL_SUPPORTS, NULL, 5, 0, "X backs Y again.");
    rel(c, 0, 1, NG_REL_SUPPORTS, NULL, 6, 9, "And again.");
    ng_graph_merge(a, b);
    ng_graph_merge(a, c); /* all after what a counts, a's evidence full */
    ng_graph_finish(a, 1);
    check(a);
    ng_edge_view e;
    assert_true(edge_of(a, "a:x", "a:y", NG_REL_SUPPORTS, &e));
    assert_int_equal(e.weight, 5);
    assert_int_equal(e.n_evidence, 2);
    assert_int_equal(e.evidence[0].doc, 0);
    assert_int_equal(e.evidence[1].doc, 1);
    ng_graph_free(a);
    ng_graph_free(b);
    ng_graph_free(c);
}

/* ---- batched relations: the same graph as one call at a time ---------------- */

static void test_add_relations_batched(void **state)
{
    (void)state;
    enum { N = 3000, NODES = 12 };
    static ng_relation_add v[N];
    static char texts[N][40];
    for (uint64_t seed = 1; seed <= 6; seed++) {
        rng_state = 0x9E3779B97F4A7C15ULL * seed + 3;
        ng_graph *one = ng_graph_new(), *batched = ng_graph_new();
        ng_graph *gs[2] = {one, batched};
        for (int k = 0; k < 2; k++) {
            /* small limits: evidence and document lists get cut, both ways */
            ng_graph_set_evidence_limit(gs[k], 3);
            ng_graph_set_doc_limit(gs[k], 4);
            for (int i = 0; i < NODES; i++) {
                char key[8];
                snprintf(key, sizeof key, "a:%d", i);
                ent(gs[k], key, key, NG_KIND_ACTOR, 0);
            }
        }
        /* documents mostly in order, sentences of a document in order, a few
         * out of order; repeated pairs, both directions of co_occurs,
         * self-loops, and edges created and met again within one batch */
        uint32_t doc = 0, off = 0;
        for (size_t i = 0; i < N; i++) {
            if (rnd(20) == 0) {
                doc++;
                off = 0;
            } else if (rnd(4) == 0) {
                off += 10;
            }
            uint32_t d = rnd(50) == 0 ? rnd(doc + 1) : doc, o = d == doc ? off : 10 * rnd(30);
            snprintf(texts[i], sizeof texts[i], "Sentence %u of document %u.", o, d);
            ng_relation r = rnd(2) ? NG_REL_CO_OCCURS : (ng_relation)rnd(NG_REL__COUNT);
            v[i] = (ng_relation_add){rnd(NODES), rnd(NODES), r, rnd(5) == 0 ? "role" : NULL,
                                     {d, o, texts[i]}, strlen(texts[i])};
            ng_graph_add_relation(one, v[i].src, v[i].dst, v[i].rel, v[i].role, &v[i].ev,
                                  v[i].text_len);
        }
        /* in runs of every length, a whole document's worth and longer */
        size_t i = 0;
        while (i < N) {
            size_t m = 1 + rnd(seed % 2 ? 200 : 20);
            if (m > N - i)
                m = N - i;
            ng_graph_add_relations(batched, v + i, m);
            i += m;
        }
        ng_graph_add_relations(batched, v, 0); /* nothing */
        ng_graph_finish(one, 1);
        ng_graph_finish(batched, 1);
        check(one);
        check(batched);
        assert_true(ng_graph_edge_count(one) > 100);
        assert_same_graph(one, batched);
        ng_graph_free(one);
        ng_graph_free(batched);
    }
}

/* ---- draining: partial graphs merged again and again ------------------------ */

/* One operation of document doc on g: a mention (with a vote, and a date
 * for events), or a relation between keys a and b. */
static void drain_op(ng_graph *g, uint32_t kind, uint32_t a, uint32_t b, uint32_t variant,
                     uint32_t doc, uint32_t offset)
{
    char ka[8], kb[8], text[64], form[16];
    snprintf(ka, sizeof ka, "a:%u", a);
    snprintf(kb, sizeof kb, "a:%u", b);
    ng_entity ea = {.key = ka, .label = ka, .kind = a % 3 == 2 ? NG_KIND_EVENT : NG_KIND_ACTOR,
                    .category = a % 4 == 0 ? "city" : NULL, .fixed_label = a % 4 == 0};
    uint32_t x = ng_graph_add_entity(g, &ea);
    if (kind == 0) {
        snprintf(form, sizeof form, "Form %u%c", a, 'a' + variant % 3);
        mention(g, x, form, doc, offset);
        ng_graph_vote(g, x, form, variant % 2 ? "c1" : "c2", "rule", doc, offset);
        if (ea.kind == NG_KIND_EVENT) {
            snprintf(text, sizeof text, "2017-%02u-%02u", 1 + variant % 12, 1 + offset % 28);
            ng_graph_set_date(g, x, text, doc, offset);
        }
        return;
    }
    ng_entity eb = {.key = kb, .label = kb, .kind = b % 3 == 2 ? NG_KIND_EVENT : NG_KIND_ACTOR,
                    .category = b % 4 == 0 ? "city" : NULL, .fixed_label = b % 4 == 0};
    uint32_t y = ng_graph_add_entity(g, &eb);
    snprintf(text, sizeof text, "Sentence %u of document %u.", offset, doc);
    static const ng_relation rels[] = {NG_REL_CO_OCCURS, NG_REL_CO_OCCURS, NG_REL_SUPPORTS,
                                       NG_REL_OPPOSES};
    rel(g, x, y, rels[variant % 4], variant % 5 == 0 ? "role" : NULL, doc, offset, text);
}

/* Two workers' partial graphs, each given documents in increasing order and
 * drained into the shared graph every few documents (so that the shared
 * graph's lists fill and the partial graphs stop keeping what it cannot
 * keep), give the graph built directly from every document: with the
 * partial graphs' lists in blocks of their own, and in the memory emptied
 * at each drain (ng_graph_set_drained, as the corpus's workers); with small
 * limits, and with none (seed 7: every list grows without a cap). */
static void test_drain_matches_direct(void **state)
{
    (void)state;
    enum { DOCS = 400, NODES = 14, PER_DOC = 12 };
    for (int drained = 0; drained < 2; drained++)
    for (uint64_t seed = 1; seed <= 7; seed++) {
        rng_state = 0xD1B54A32D192ED03ULL * seed + 11;
        ng_graph *direct = ng_graph_new(), *shared = ng_graph_new();
        ng_graph *part[2] = {ng_graph_new(), ng_graph_new()};
        ng_graph *all[4] = {direct, shared, part[0], part[1]};
        for (int k = 0; k < 4; k++) {
            /* small limits: the lists fill early */
            ng_graph_set_evidence_limit(all[k], seed == 7 ? 0 : 1 + seed % 3);
            ng_graph_set_doc_limit(all[k], seed == 7 ? 0 : 2 + seed % 4);
        }
        if (drained) {
            ng_graph_set_drained(part[0]);
            ng_graph_set_drained(part[1]);
        }
        /* each document's operations, and its worker */
        static uint32_t ops[DOCS][PER_DOC][5];
        static int worker_of[DOCS];
        for (uint32_t doc = 0; doc < DOCS; doc++) {
            worker_of[doc] = (int)rnd(2);
            uint32_t off = 0;
            for (uint32_t i = 0; i < PER_DOC; i++) {
                off += rnd(3) == 0 ? 0 : 10 * (1 + rnd(3)); /* a sentence's relations together */
                uint32_t *o = ops[doc][i];
                o[0] = rnd(3) == 0 ? 0 : 1;
                o[1] = rnd(NODES);
                o[2] = rnd(NODES);
                o[3] = rnd(1000);
                o[4] = off;
            }
        }
        for (uint32_t doc = 0; doc < DOCS; doc++)
            for (uint32_t i = 0; i < PER_DOC; i++) {
                const uint32_t *o = ops[doc][i];
                if (o[0] == 0 || o[1] != o[2])
                    drain_op(direct, o[0], o[1], o[2], o[3], doc, o[4]);
            }
        /* the workers: each reads its documents in order, worker 1 far
         * behind worker 0 (its early documents reach the shared graph
         * after many later ones, and still enter its lists), each drained
         * every few documents */
        uint32_t lag = 10 + 20 * (uint32_t)seed, every = 1 + (uint32_t)seed % 3;
        uint32_t next[2] = {0, 0}, since[2] = {0, 0};
        for (uint32_t step = 0; next[0] < DOCS || next[1] < DOCS; step++) {
            int w = step < lag ? 0 : (int)(step % 2);
            while (next[w] < DOCS && worker_of[next[w]] != w)
                next[w]++;
            if (next[w] >= DOCS)
                continue;
            uint32_t doc = next[w]++;
            for (uint32_t i = 0; i < PER_DOC; i++) {
                const uint32_t *o = ops[doc][i];
                if (o[0] == 0 || o[1] != o[2])
                    drain_op(part[w], o[0], o[1], o[2], o[3], doc, o[4]);
            }
            if (++since[w] >= every) {
                ng_graph_drain(shared, part[w]);
                check(shared);
                since[w] = 0;
            }
        }
        size_t kept = ng_graph_node_count(part[0]);
        ng_graph_drain(shared, part[0]);
        ng_graph_drain(shared, part[1]);
        ng_graph_drain(shared, part[1]); /* nothing counted since: nothing added */
        /* a drained graph keeps its nodes, linked */
        assert_int_equal(ng_graph_node_count(part[0]), kept);
        assert_true(kept > 0);
        /* a node of the drained graph used by id only (no ng_graph_add_entity):
         * what it counts still reaches the shared graph */
        uint32_t d0 = ng_graph_find(part[0], "a:1");
        uint32_t direct1 = ng_graph_find(direct, "a:1");
        assert_int_not_equal(d0, UINT32_MAX);
        mention(part[0], d0, "Form by id", DOCS - 1 + 100, 0);
        mention(direct, direct1, "Form by id", DOCS - 1 + 100, 0);
        ng_graph_vote(part[0], d0, "Label by id", "c3", "rule", DOCS - 1 + 100, 0);
        ng_graph_vote(direct, direct1, "Label by id", "c3", "rule", DOCS - 1 + 100, 0);
        ng_graph_drain(shared, part[0]);
        /* more documents, then merged (not drained) into the same graph:
         * left empty */
        for (uint32_t doc = DOCS + 100; doc < DOCS + 120; doc++)
            for (uint32_t i = 0; i < PER_DOC; i++) {
                uint32_t a = rnd(NODES), b = (a + 1 + rnd(NODES - 1)) % NODES;
                drain_op(direct, 1, a, b, i, doc, 10 * i);
                drain_op(part[0], 1, a, b, i, doc, 10 * i);
            }
        ng_graph_merge(shared, part[0]);
        assert_int_equal(ng_graph_node_count(part[0]), 0);
        assert_int_equal(ng_graph_edge_count(part[0]), 0);
        ng_graph_finish(direct, 1);
        ng_graph_finish(shared, 1);
        check(direct);
        check(shared);
        size_t cut = 0;
        for (uint32_t i = 0; i < ng_graph_edge_count(direct); i++) {
            ng_edge_view e;
            ng_graph_edge(direct, i, &e);
            cut += e.weight > e.n_evidence && e.doc_count > e.n_docs;
        }
        if (seed < 7)
            assert_true(cut > 10); /* not vacuous: both lists cut on many edges */
        else
            assert_int_equal(cut, 0); /* no limits: every document and sentence kept */
        assert_same_graph(direct, shared);
        for (int k = 0; k < 4; k++)
            ng_graph_free(all[k]);
    }
}

/* A node spelt hundreds of ways (its list of forms, labels and rules is
 * indexed past a few entries): every spelling counted once as an alias,
 * every mention counted, the same whether counted directly or through a
 * partial graph drained now and then (which empties its lists). */
static void test_many_spellings(void **state)
{
    (void)state;
    enum { FORMS = 700, DOCS = 60, PER_DOC = 40 };
    ng_graph *direct = ng_graph_new(), *shared = ng_graph_new(), *part = ng_graph_new();
    ng_graph *to[2] = {direct, part};
    uint64_t x = 7;
    for (uint32_t doc = 0; doc < DOCS; doc++) {
        for (uint32_t i = 0; i < PER_DOC; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            char form[32], label[32], rule[32];
            snprintf(form, sizeof form, "Spelling %u", (unsigned)(x >> 33) % FORMS);
            snprintf(label, sizeof label, "Label %u", (unsigned)(x >> 40) % 40);
            snprintf(rule, sizeof rule, "rule-%u", (unsigned)(x >> 50) % 25);
            for (int k = 0; k < 2; k++) {
                uint32_t id = ent(to[k], "a:x", "X", NG_KIND_ACTOR, 0);
                mention(to[k], id, form, doc, 10 * i);
                ng_graph_vote(to[k], id, label, "armed_group", rule, doc, 10 * i);
            }
        }
        if (doc % 7 == 6)
            ng_graph_drain(shared, part);
    }
    ng_graph_drain(shared, part);
    ng_graph_finish(direct, 1);
    ng_graph_finish(shared, 1);
    check(direct);
    check(shared);
    assert_same_graph(direct, shared);
    ng_node_view v;
    ng_graph_node(direct, nid(direct, "a:x"), &v);
    assert_int_equal(v.mentions, DOCS * PER_DOC);
    /* each spelling once */
    assert_true(v.n_aliases > FORMS * 9 / 10 && v.n_aliases <= FORMS);
    for (size_t k = 0; k < v.n_aliases; k++)
        for (size_t j = 0; j < k; j++)
            assert_string_not_equal(v.aliases[j], v.aliases[k]);
    ng_graph_free(direct);
    ng_graph_free(shared);
    ng_graph_free(part);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relation_names),
        cmocka_unit_test(test_add_entity_same_key),
        cmocka_unit_test(test_entity_attributes),
        cmocka_unit_test(test_documents),
        cmocka_unit_test(test_mentions),
        cmocka_unit_test(test_votes),
        cmocka_unit_test(test_relation_weight_and_role),
        cmocka_unit_test(test_evidence_limit),
        cmocka_unit_test(test_doc_limit),
        cmocka_unit_test(test_cooccurs_undirected_and_self_loops),
        cmocka_unit_test(test_finish_canonical_order),
        cmocka_unit_test(test_finish_keep_cooccurrence),
        cmocka_unit_test(test_bind_acronym),
        cmocka_unit_test(test_bind_ambiguous_and_repeated),
        cmocka_unit_test(test_bind_fixed_and_kinds),
        cmocka_unit_test(test_merge_orders),
        cmocka_unit_test(test_property_order_independent),
        cmocka_unit_test(test_add_relations_batched),
        cmocka_unit_test(test_merge_shared_sentences),
        cmocka_unit_test(test_drain_matches_direct),
        cmocka_unit_test(test_first_entries_inline),
        cmocka_unit_test(test_inline_sets_merged),
        cmocka_unit_test(test_edge_index_same_hash),
        cmocka_unit_test(test_many_spellings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
