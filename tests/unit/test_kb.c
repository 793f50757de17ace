/* test_kb.c - knowledge bases: hostile files refused, corpus runs merged exactly */
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
#include "export/export_priv.h"
#include "extract/corpus_priv.h"
#include "newsgraph/newsgraph.h"

/* ---- hostile or malformed files ------------------------------------------ */

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
#define KEYS                                                                              \
    "<key id=\"kb_format\" for=\"graph\" attr.name=\"kb_format\" attr.type=\"string\"/>\n" \
    "<key id=\"kb_articles\" for=\"graph\" attr.name=\"kb_articles\" attr.type=\"string\"/>\n" \
    "<key id=\"kb_node\" for=\"node\" attr.name=\"kb_node\" attr.type=\"string\"/>\n"     \
    "<key id=\"kb_edge\" for=\"edge\" attr.name=\"kb_edge\" attr.type=\"string\"/>\n"
#define FORMAT "<data key=\"kb_format\">newsgraph-kb 1 max-docs=50 max-evidence=10 extract=7</data>\n"
#define ARTS "<data key=\"kb_articles\">a\ta\t0\t\t\t\t</data>\n"
#define NODE(id, key)                                                                     \
    "<node id=\"" id "\"><data key=\"kb_node\">" key                                       \
    "\tactor\t-\t\t\t\t1\t0:5\t\t-\t1;0\tX,1,0:5\t\t\t\t0,0</data></node>\n"

/* Read text as a knowledge base: the return code, and the message in msg. */
static int read_kb(const char *text, size_t len, char *msg, size_t cap)
{
    memset(msg, 0, cap);
    FILE *f = fmemopen(msg, cap - 1, "w");
    assert_non_null(f);
    ng_diag d = {f, 0, 0, 0};
    ng_graph *g = NULL;
    int rc = ng_kb_read_memory(text, len, "kb.graphml", &d, &g);
    fclose(f);
    if (rc) {
        assert_null(g);
        assert_true(d.errors >= 1);
    }
    ng_graph_free(g);
    return rc;
}

/* text is refused with "kb.graphml:LINE: error: ...reason..." */
static void refused(const char *text, unsigned line, const char *reason)
{
    char msg[2048];
    int rc = read_kb(text, strlen(text), msg, sizeof msg);
    if (!rc)
        fail_msg("accepted, expected '%s'", reason);
    char where[64];
    snprintf(where, sizeof where, "kb.graphml:%u: error: ", line);
    if (!strstr(msg, where) || !strstr(msg, reason))
        fail_msg("message '%s', expected '%s%s'", msg, where, reason);
}

static void test_accepts_a_small_one(void **state)
{
    (void)state;
    char msg[512];
    const char *t = HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
        NODE("a:x", "a:x") NODE("a:y", "a:y")
        "<edge id=\"e\" source=\"a:x\" target=\"a:y\"><data key=\"kb_edge\">a:x\tsupports\ta:y"
        "\t1\t0:5\t0:5\t\t-\t1;0\t0:5:X backs Y.\t0,0</data></edge>\n</graph></graphml>\n";
    assert_int_equal(read_kb(t, strlen(t), msg, sizeof msg), 0);
    assert_string_equal(msg, "");
}

static void test_bad_xml(void **state)
{
    (void)state;
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS "<node id=\"x\">\n"
                           "</graph></graphml>\n",
            11, "malformed XML");
    refused("not xml at all", 1, "malformed XML");
    refused("", 1, "empty: not a knowledge base");
    refused(" \r\n\n", 1, "empty: not a knowledge base");
}

static void test_not_ours(void **state)
{
    (void)state;
    /* GraphML from another program (or an older newsgraph): no kb_format */
    refused(HEAD ROOT "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                      "<graph edgedefault=\"directed\"><node id=\"n0\"/></graph></graphml>\n",
            4, "not a newsgraph knowledge base");
    refused(HEAD "<gexf>\n</gexf>\n", 2, "not GraphML");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n"
                           "<data key=\"kb_format\">newsgraph-kb 3 max-docs=50 max-evidence=10 "
                           "extract=7</data>\n</graph></graphml>\n",
            8, "another version");
}

static void test_wrong_keys(void **state)
{
    (void)state;
    refused(HEAD ROOT "<key id=\"kb_format\" for=\"node\" attr.name=\"kb_format\" "
                      "attr.type=\"string\"/>\n",
            3, "not declared as newsgraph declares it");
    refused(HEAD ROOT KEYS KEYS, 7, "declared twice");
    /* the articles after the nodes (re-ordered by hand or by a tool) */
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT "<node id=\"x\"/>\n" ARTS
                           "</graph></graphml>\n",
            9, "<node> before the table of articles ('kb_articles')");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT
                           "<data key=\"nope\">x</data>\n</graph></graphml>\n",
            9, "undeclared key 'nope'");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                           "<node id=\"x\"><data key=\"kb_edge\">x</data></node>\n"
                           "</graph></graphml>\n",
            10, "in the wrong place");
}

static void test_huge_attribute(void **state)
{
    (void)state;
    size_t n = 200 * 1024;
    char *big = malloc(n + 4096);
    assert_non_null(big);
    strcpy(big, HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS "<node id=\"");
    size_t at = strlen(big);
    memset(big + at, 'x', n);
    strcpy(big + at + n, "\"/>\n</graph></graphml>\n");
    refused(big, 10, "too long");
    free(big);
}

static void test_duplicates_and_dangling(void **state)
{
    (void)state;
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS NODE("x", "a:x")
                NODE("x", "a:y") "</graph></graphml>\n",
            11, "node id 'x' twice");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS NODE("x", "a:x")
                NODE("y", "a:x") "</graph></graphml>\n",
            11, "node key twice");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS NODE("x", "a:x")
                "<edge id=\"e\" source=\"x\" target=\"nowhere\"/>\n</graph></graphml>\n",
            11, "edge to a missing node 'nowhere'");
    /* a record's edge to a node no record defines */
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS NODE("x", "a:x")
                NODE("y", "a:y")
                "<edge id=\"e\" source=\"x\" target=\"y\"><data key=\"kb_edge\">a:x\tsupports\t"
                "a:z\t1\t0:5\t0:5\t\t-\t1;0\t0:5:X.\t0,0</data></edge>\n</graph></graphml>\n",
            12, "edge to a node not defined before it");
    /* an article twice in the table */
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT
                "<data key=\"kb_articles\">a\ta\t0\t\t\t\t\na\ta\t0\t\t\t\t</data>\n"
                "</graph></graphml>\n",
            10, "out of order or twice");
}

static void test_bad_records(void **state)
{
    (void)state;
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                "<node id=\"x\"><data key=\"kb_node\">a:x\tactor</data></node>\n"
                "</graph></graphml>\n",
            10, "wrong number of fields");
    /* a document number past the table */
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                "<node id=\"x\"><data key=\"kb_node\">a:x\tactor\t-\t\t\t\t1\t7:5\t\t-\t1;0"
                "\tX,1,0:5\t\t\t\t0,0</data></node>\n</graph></graphml>\n",
            10, "document number out of range");
    /* documents not in order, a count below its list */
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT
                "<data key=\"kb_articles\">a\ta\t0\t\t\t\t\nb\tb\t0\t\t\t\t</data>\n"
                "<node id=\"x\"><data key=\"kb_node\">a:x\tactor\t-\t\t\t\t1\t0:5\t\t-\t2;1,0"
                "\tX,1,0:5\t\t\t\t0,0</data></node>\n</graph></graphml>\n",
            11, "not in increasing order");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                "<node id=\"x\"><data key=\"kb_node\">a:x\tactor\t-\t\t\t\t1\t0:5\t\t-\t0;0"
                "\tX,1,0:5\t\t\t\t0,0</data></node>\n</graph></graphml>\n",
            10, "document count below its list");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                "<node id=\"x\"><data key=\"kb_node\">a:x\tactor\t-\t\t\t\t1\t0:5\t\t-\t1;0"
                "\tX%ZZ,1,0:5\t\t\t\t0,0</data></node>\n</graph></graphml>\n",
            10, "bad %-escape");
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                "<node id=\"x\"><data key=\"kb_node\">a:x\tactor\t-\t\t\t\t99999999999999999999"
                "\t0:5\t\t-\t1;0\tX,1,0:5\t\t\t\t0,0</data></node>\n</graph></graphml>\n",
            10, "number too large");
    /* a sentence kept past the last one counted (top: 0:5) */
    refused(HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS NODE("x", "a:x")
                NODE("y", "a:y")
                "<edge id=\"e\" source=\"x\" target=\"y\"><data key=\"kb_edge\">a:x\tsupports\t"
                "a:y\t1\t0:5\t0:5\t\t-\t1;0\t0:9:X.\t0,0</data></edge>\n</graph></graphml>\n",
            12, "evidence after the edge's last sentence");
}

static void test_entities(void **state)
{
    (void)state;
    /* billion laughs: refused at the DTD, before any entity is expanded */
    refused(HEAD "<!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                 "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n"
                 ROOT KEYS "<graph edgedefault=\"directed\"><data key=\"kb_format\">&d;</data>"
                 "</graph></graphml>\n",
            2, "(DTD) not allowed");
    /* an external entity: never fetched */
    refused(HEAD "<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" ROOT KEYS
                 "<graph edgedefault=\"directed\"><data key=\"kb_format\">&x;</data>"
                 "</graph></graphml>\n",
            2, "(DTD) not allowed");
}

/* ---- corpus runs merged ------------------------------------------------- */

static const char *const texts[] = {
    "The Syrian Democratic Forces (SDF) captured Raqqa from Islamic State fighters.",
    "Turkey attacked Afrin. The SDF said Turkish jets hit Afrin and Raqqa.",
    "Islamic State fighters fled Raqqa for Deir ez-Zor, the SDF said.",
    "Russia supports the Syrian government in Damascus against the SDF in Raqqa.",
};

static ng_model *model(void)
{
    ng_model *m = ng_model_new();
    ng_diag d = {NULL, 0, 0, 1};
    assert_int_equal(ng_model_load_defaults(m, &d), 0);
    ng_model_compile(m);
    return m;
}

/* A corpus over texts[from..to), run; unfinished or not. */
static ng_corpus *corpus(const ng_model *m, size_t from, size_t to, int unfinished)
{
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    o.threads = 1;
    o.keep_state = 1;
    o.unfinished = unfinished;
    ng_corpus *c = ng_corpus_new(m, &o, NULL);
    for (size_t i = from; i < to; i++) {
        char id[32];
        snprintf(id, sizeof id, "doc%zu", i);
        ng_corpus_add_text(c, id, texts[i], strlen(texts[i]));
    }
    assert_int_equal(ng_corpus_run(c), 0);
    return c;
}

static char *graphml(ng_graph *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ng_export_options o;
    ng_export_options_init(&o);
    o.positions = 0;
    ng_export *x = ng_export_new(g, &o);
    assert_int_equal(ng_export_write(x, ng_exporter_lookup("graphml"), f, NULL), 0);
    ng_export_free(x);
    fclose(f);
    return buf;
}

/* What used to crash: merging two finished corpus graphs reported "node
 * without label", counted documents twice over and then crashed in the
 * filter. Now it is refused, and both graphs stay as they were. */
static void test_finished_graphs_are_not_merged(void **state)
{
    (void)state;
    ng_model *m = model();
    ng_corpus *a = corpus(m, 0, 2, 0), *b = corpus(m, 2, 4, 0);
    ng_graph *ga = ng_corpus_graph(a), *gb = ng_corpus_graph(b);
    size_t na = ng_graph_node_count(ga), nb = ng_graph_node_count(gb);
    char *before = graphml(ga);
    assert_int_equal(ng_graph_merge(ga, gb), NG_EARG);
    assert_int_equal(ng_graph_node_count(ga), na);
    assert_int_equal(ng_graph_node_count(gb), nb);
    const char *why;
    assert_int_equal(ng_graph_check(ga, &why), 0);
    char *after = graphml(ga);
    assert_string_equal(before, after);
    /* the filter that crashed reads it fine */
    ng_filter f;
    ng_filter_drawing_init(&f);
    free(before);
    free(after);
    ng_corpus_free(a);
    ng_corpus_free(b);
    ng_model_free(m);
}

/* The library way: two unfinished corpus runs in a knowledge base give what
 * one run over all the texts gives, whichever is added first. */
static void test_corpus_runs_merge_exactly(void **state)
{
    (void)state;
    ng_model *m = model();
    ng_corpus *all = corpus(m, 0, 4, 0);
    char *want = graphml(ng_corpus_graph(all));
    for (int order = 0; order < 2; order++) {
        /* interleaved: doc0, doc2 in one; doc1, doc3 in the other */
        ng_corpus_options o;
        ng_corpus_options_init(&o);
        o.threads = 1;
        o.unfinished = 1;
        ng_corpus *c[2];
        for (int k = 0; k < 2; k++) {
            c[k] = ng_corpus_new(m, &o, NULL);
            for (size_t i = (size_t)k; i < 4; i += 2) {
                char id[32];
                snprintf(id, sizeof id, "doc%zu", i);
                ng_corpus_add_text(c[k], id, texts[i], strlen(texts[i]));
            }
            assert_int_equal(ng_corpus_run(c[k]), 0);
        }
        ng_kb *kb = ng_kb_new(NULL, NULL);
        assert_int_equal(ng_kb_add_graph(kb, ng_corpus_take_graph(c[order]), "one"), 0);
        assert_int_equal(ng_kb_add_graph(kb, ng_corpus_take_graph(c[!order]), "two"), 0);
        assert_true(ng_kb_has_article(kb, "doc3"));
        assert_int_equal(ng_kb_article_count(kb), 4);
        ng_graph *g;
        assert_int_equal(ng_kb_build(kb, NG_COOC_UNTYPED, &g), 0);
        char *got = graphml(g);
        assert_string_equal(got, want);
        free(got);
        ng_graph_free(g);
        ng_kb_free(kb);
        ng_corpus_free(c[0]);
        ng_corpus_free(c[1]);
    }
    /* ... and read back from its GraphML, it is the same again */
    ng_graph *back;
    assert_int_equal(ng_kb_read_memory(want, strlen(want), "want", NULL, &back), 0);
    ng_graph_keep_state(back);
    ng_graph_finish(back, NG_COOC_UNTYPED);
    char *again = graphml(back);
    assert_string_equal(again, want);
    free(again);
    ng_graph_free(back);
    free(want);
    ng_corpus_free(all);
    ng_model_free(m);
}

/* A record's fields are %-escaped, then written as XML text: the bytes a
 * record reserves (%, tab, line feed, carriage return, '|', ',', ';', DEL,
 * C0 controls) as %XX, & < > as entities, bytes that are not UTF-8 as
 * U+FFFD, U+FFFE dropped, UTF-8 as it is. */
static void test_records_escaped_for_xml(void **state)
{
    (void)state;
    static const char text[] = "A&B <x> 50% a|b, c; d\te\nf\rg\x7fh\x01 \xC3( \xEF\xBF\xBE \xC3\xA9 end";
    static const char want[] = "A&amp;B &lt;x&gt; 50%25 a%7Cb%2C c%3B d%09e%0Af%0Dg%7Fh%01 "
                               "\xEF\xBF\xBD(  \xC3\xA9 end";
    ng_graph *g = ng_graph_new();
    ng_graph_keep_state(g);
    ng_graph_set_doc(g, 0, "d0");
    ng_graph_set_doc_order(g, 0, "d0", 0);
    uint32_t x = ng_graph_add_entity(g, &(ng_entity){.key = "x", .kind = NG_KIND_ACTOR});
    uint32_t y = ng_graph_add_entity(g, &(ng_entity){.key = "y", .kind = NG_KIND_ACTOR});
    ng_graph_add_mention(g, x, text, strlen(text), 0, 5);
    ng_graph_add_mention(g, y, "y", 1, 0, 7);
    ng_evidence ev = {0, 5, text};
    ng_graph_add_relation(g, x, y, NG_REL_SUPPORTS, NULL, &ev, strlen(text));
    ng_graph_finish(g, NG_COOC_UNTYPED);
    char *out = graphml(g);
    char edge[512], form[512], sent[512];
    snprintf(edge, sizeof edge,
             "<data key=\"kb_edge\">x\tsupports\ty\t1\t0:5\t0:5\t\t-\t1;0\t0:5\t0,0</data>");
    snprintf(sent, sizeof sent, "<data key=\"kb_sentences\">0:5:%s</data>", want);
    snprintf(form, sizeof form, "\t1;0\t%s,1,0:5\t", want);
    if (!strstr(out, edge))
        fail_msg("no '%s' in\n%s", edge, out);
    if (!strstr(out, sent))
        fail_msg("no '%s' in\n%s", sent, out);
    if (!strstr(out, form))
        fail_msg("no '%s' in\n%s", form, out);
    free(out);
    ng_graph_free(g);
}

/* The state a finished graph keeps for its records copies only what
 * finishing changes: the nodes a binding merges, the edges with such an
 * end and the co-occurrences it drops. The records are still every node's
 * and edge's as before finishing: read back and finished again, the graph
 * writes the same GraphML. */
static void test_state_copies_only_what_finishing_changes(void **state)
{
    (void)state;
    ng_graph *g = ng_graph_new();
    ng_graph_keep_state(g);
    ng_graph_set_doc(g, 0, "d0");
    static const char text[] = "Zeta fought the Kappa Front (KF) and KF fought Alpha near Beta.";
    const char *keys[] = {"a:zeta", "a:kappafront", "a:kf", "a:alpha", "p:beta", "a:omega"};
    const char *labels[] = {"Zeta", "Kappa Front", "KF", "Alpha", "Beta", "Omega"};
    uint32_t id[6];
    for (int i = 0; i < 6; i++) {
        ng_entity e = {.key = keys[i], .label = labels[i],
                       .kind = i == 4 ? NG_KIND_PLACE : NG_KIND_ACTOR};
        id[i] = ng_graph_add_entity(g, &e);
        ng_graph_add_mention(g, id[i], labels[i], strlen(labels[i]), 0, (uint32_t)i);
        ng_graph_vote(g, id[i], labels[i], NULL, "test", 0, (uint32_t)i);
    }
    ng_evidence ev = {0, 0, text};
    ng_graph_add_relation(g, id[0], id[1], NG_REL_OPPOSES, NULL, &ev, strlen(text));
    ng_graph_add_relation(g, id[2], id[3], NG_REL_OPPOSES, NULL, &ev, strlen(text));
    ng_graph_add_relation(g, id[3], id[4], NG_REL_LOCATED_IN, NULL, &ev, strlen(text));
    /* dropped: Alpha and Beta are typed; Zeta and Omega are not */
    ng_graph_add_relation(g, id[4], id[3], NG_REL_CO_OCCURS, NULL, &ev, strlen(text));
    ng_graph_add_relation(g, id[5], id[0], NG_REL_CO_OCCURS, NULL, &ev, strlen(text));
    ng_graph_bind(g, "a:kf", "a:kappafront");
    ng_graph_finish(g, NG_COOC_UNTYPED);
    /* copied: Kappa Front and KF, the two edges with one of them as an end,
     * and Beta - Alpha (kept in key order) */
    const ng_state *st = g->state;
    assert_non_null(st);
    assert_int_equal(st->n, 6);
    assert_int_equal(st->copies->n_nodes, 2);
    assert_int_equal(st->copies->n_edges, 3);
    const edge *dropped = &st->copies->edges[2];
    assert_string_equal(st->keys[dropped->src], "a:alpha");
    assert_string_equal(st->keys[dropped->dst], "p:beta");
    assert_int_equal(ng_graph_node_count(g), 5);
    char *want = graphml(g);
    assert_non_null(strstr(want, "<data key=\"kb_dropped\">a:alpha\tco_occurs\tp:beta\t1\t"));
    assert_non_null(strstr(want, "<data key=\"kb_edge\">a:omega\tco_occurs\ta:zeta\t1\t"));
    assert_non_null(strstr(want, "<data key=\"kb_node\">a:kappafront\t"));
    assert_non_null(strstr(want, "\na:kf\tactor\t"));
    ng_graph *back;
    assert_int_equal(ng_kb_read_memory(want, strlen(want), "want", NULL, &back), 0);
    ng_graph_keep_state(back);
    ng_graph_finish(back, NG_COOC_UNTYPED);
    char *again = graphml(back);
    assert_string_equal(again, want);
    free(again);
    ng_graph_free(back);
    free(want);
    ng_graph_free(g);
}

/* A field longer than the writer's pieces (4 KB): a UTF-8 sequence across
 * the cut, escapes on either side. */
static void test_long_record_field(void **state)
{
    (void)state;
    size_t n = 4095 + 2 + 1 + 5000;
    char *text = malloc(n + 1), *want = malloc(n + 64);
    assert_non_null(text);
    assert_non_null(want);
    memset(text, 'a', 4095);
    memcpy(text + 4095, "\xC3\xA9&", 3); /* the accent at bytes 4095-4096 */
    memset(text + 4098, 'b', 5000);
    text[n] = '\0';
    memset(want, 'a', 4095);
    memcpy(want + 4095, "\xC3\xA9&amp;", 7);
    memset(want + 4102, 'b', 5000);
    memcpy(want + 9102, "</data>", 8); /* the end of its line in kb_sentences */
    ng_graph *g = ng_graph_new();
    ng_graph_keep_state(g);
    ng_graph_set_doc(g, 0, "d0");
    ng_graph_set_doc_order(g, 0, "d0", 0);
    uint32_t x = ng_graph_add_entity(g, &(ng_entity){.key = "x", .kind = NG_KIND_ACTOR});
    uint32_t y = ng_graph_add_entity(g, &(ng_entity){.key = "y", .kind = NG_KIND_ACTOR});
    ng_graph_add_mention(g, x, "x", 1, 0, 1);
    ng_graph_add_mention(g, y, "y", 1, 0, 2);
    ng_evidence ev = {0, 1, text};
    ng_graph_add_relation(g, x, y, NG_REL_SUPPORTS, NULL, &ev, n);
    ng_graph_finish(g, NG_COOC_UNTYPED);
    char *out = graphml(g);
    assert_non_null(strstr(out, want));
    free(out);
    ng_graph_free(g);
    free(text);
    free(want);
}

/* Version 2 writes each evidence sentence once, in kb_sentences, and the
 * edge records name it by position; version 1 wrote the text in every
 * record. Both read to the same graph. */
#define KEY_SENTS                                                                          \
    "<key id=\"kb_sentences\" for=\"graph\" attr.name=\"kb_sentences\" attr.type=\"string\"/>\n"
#define FORMAT2                                                                            \
    "<data key=\"kb_format\">newsgraph-kb 2 max-docs=50 max-evidence=10 extract=7</data>\n"
#define EDGE(id, a, b, rest)                                                               \
    "<edge id=\"" id "\" source=\"" a "\" target=\"" b "\"><data key=\"kb_edge\">" a        \
    "\tsupports\t" b rest "</data></edge>\n"
#define THREE NODE("a:x", "a:x") NODE("a:y", "a:y") NODE("a:z", "a:z")

static void test_version_1_reads_as_version_2(void **state)
{
    (void)state;
    const char *v1 = HEAD ROOT KEYS "<graph edgedefault=\"directed\">\n" FORMAT ARTS THREE
        EDGE("e1", "a:x", "a:y", "\t1\t0:5\t0:5\t\t-\t1;0\t0:5:X backs Y%2C Z.\t0,0")
        EDGE("e2", "a:x", "a:z", "\t2\t0:5\t0:9\t\t-\t1;0\t0:5:X backs Y%2C Z.|0:9:Z &amp; X.\t0,0")
        "</graph></graphml>\n";
    const char *v2 = HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS
        "<data key=\"kb_sentences\">0:5:X backs Y%2C Z.\n0:9:Z &amp; X.</data>\n" THREE
        EDGE("e1", "a:x", "a:y", "\t1\t0:5\t0:5\t\t-\t1;0\t0:5\t0,0")
        EDGE("e2", "a:x", "a:z", "\t2\t0:5\t0:9\t\t-\t1;0\t0:5|0:9\t0,0")
        "</graph></graphml>\n";
    char *out[2];
    const char *in[2] = {v1, v2};
    for (int i = 0; i < 2; i++) {
        ng_graph *g;
        assert_int_equal(ng_kb_read_memory(in[i], strlen(in[i]), "kb", NULL, &g), 0);
        assert_int_equal(ng_graph_edge_count(g), 2);
        ng_edge_view ev;
        ng_graph_edge(g, 1, &ev);
        assert_int_equal(ev.n_evidence, 2);
        assert_string_equal(ev.evidence[0].text, "X backs Y, Z.");
        assert_string_equal(ev.evidence[1].text, "Z & X.");
        ng_graph_keep_state(g);
        ng_graph_finish(g, NG_COOC_UNTYPED);
        out[i] = graphml(g);
        ng_graph_free(g);
    }
    assert_string_equal(out[0], out[1]);
    /* written as version 2: the sentence both edges have, once */
    const char *want = "<data key=\"kb_sentences\">0:5:X backs Y%2C Z.\n0:9:Z &amp; X.</data>";
    if (!strstr(out[1], want) || !strstr(out[1], "\t1;0\t0:5|0:9\t0,0</data>") ||
        !strstr(out[1], "newsgraph-kb 2 "))
        fail_msg("no version 2 records in\n%s", out[1]);
    free(out[0]);
    free(out[1]);
}

static void test_bad_sentences(void **state)
{
    (void)state;
    /* a position no sentence of the table has */
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS
                "<data key=\"kb_sentences\">0:5:X.</data>\n" THREE
                EDGE("e1", "a:x", "a:y", "\t1\t0:6\t0:6\t\t-\t1;0\t0:6\t0,0")
                "</graph></graphml>\n",
            15, "not in the table of sentences");
    /* no table at all */
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS THREE
                EDGE("e1", "a:x", "a:y", "\t1\t0:5\t0:5\t\t-\t1;0\t0:5\t0,0")
                "</graph></graphml>\n",
            14, "not in the table of sentences");
    /* text in a record of version 2 */
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS
                "<data key=\"kb_sentences\">0:5:X.</data>\n" THREE
                EDGE("e1", "a:x", "a:y", "\t1\t0:5\t0:5\t\t-\t1;0\t0:5:X.\t0,0")
                "</graph></graphml>\n",
            15, "bad number");
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS
                "<data key=\"kb_sentences\">0:9:X.\n0:5:Y.</data>\n</graph></graphml>\n",
            12, "sentences not in increasing order");
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS
                "<data key=\"kb_sentences\">0:5:X.</data>\n"
                "<data key=\"kb_sentences\">0:9:X.</data>\n</graph></graphml>\n",
            12, "a second 'kb_sentences'");
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT2 ARTS
                "<data key=\"kb_sentences\">3:5:X.</data>\n</graph></graphml>\n",
            11, "document number out of range");
    refused(HEAD ROOT KEYS KEY_SENTS "<graph edgedefault=\"directed\">\n" FORMAT ARTS
                "<data key=\"kb_sentences\">0:5:X.</data>\n</graph></graphml>\n",
            11, "a table of sentences in a knowledge base of version 1");
}

/* An article in two inputs is an error naming it. */
static void test_article_twice(void **state)
{
    (void)state;
    ng_model *m = model();
    char msg[1024] = "";
    FILE *f = fmemopen(msg, sizeof msg - 1, "w");
    ng_diag d = {f, 0, 0, 0};
    ng_kb *kb = ng_kb_new(NULL, &d);
    ng_corpus *a = corpus(m, 0, 2, 1), *b = corpus(m, 1, 3, 1);
    assert_int_equal(ng_kb_add_graph(kb, ng_corpus_take_graph(a), "first"), 0);
    assert_int_equal(ng_kb_add_graph(kb, ng_corpus_take_graph(b), "second"), NG_EARG);
    fclose(f);
    assert_non_null(strstr(msg, "second: error: article 'doc1' is also in first"));
    ng_kb_free(kb);
    ng_corpus_free(a);
    ng_corpus_free(b);
    ng_model_free(m);
}

/* Options by parameter: defaults, round trips, refusals that change
 * nothing, and a knowledge base keeps a copy that it checks inputs against. */
static void test_options_by_parameter(void **state)
{
    (void)state;
    ng_kb_options *o = ng_kb_options_new();
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_DOC_LIMIT), 50);
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_EVIDENCE_LIMIT), 10);
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_EXTRACT), NG_EXTRACT_DEFAULT);
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_EVIDENCE_LIMIT, 3), 0);
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_EVIDENCE_LIMIT), 3);
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_EXTRACT, 5), 0);
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_EXTRACT), 5);
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_EXTRACT, NG_EXTRACT_DEFAULT), 0);
    /* out of range or unknown: NG_EARG, nothing changed */
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_DOC_LIMIT, -1), NG_EARG);
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_DOC_LIMIT), 50);
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_EXTRACT, (int64_t)UINT32_MAX + 1), NG_EARG);
    assert_int_equal(ng_kb_options_get_int(o, NG_KB_EXTRACT), NG_EXTRACT_DEFAULT);
    assert_int_equal(ng_kb_options_set_int(o, (ng_kb_param)99, 1), NG_EARG);
    assert_int_equal(ng_kb_options_get_int(o, (ng_kb_param)99), 0);

    /* all documents asked for: a run that kept 50 cannot give them */
    ng_model *m = model();
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_DOC_LIMIT, 0), 0);
    char msg[1024] = "";
    FILE *f = fmemopen(msg, sizeof msg - 1, "w");
    ng_diag d = {f, 0, 0, 0};
    ng_kb *kb = ng_kb_new(o, &d);
    assert_int_equal(ng_kb_options_set_int(o, NG_KB_DOC_LIMIT, 50), 0); /* kb has a copy */
    ng_corpus *a = corpus(m, 0, 2, 1);
    assert_int_equal(ng_kb_add_graph(kb, ng_corpus_take_graph(a), "a"), NG_EARG);
    fclose(f);
    assert_non_null(strstr(msg, "a: error: built with --max-docs 50, cannot give --max-docs 0"));
    ng_kb_free(kb);
    ng_corpus_free(a);
    /* the same limits as the run: accepted, and the options may go first */
    kb = ng_kb_new(o, NULL);
    ng_kb_options_free(o);
    a = corpus(m, 0, 2, 1);
    assert_int_equal(ng_kb_add_graph(kb, ng_corpus_take_graph(a), "a"), 0);
    ng_kb_free(kb);
    ng_corpus_free(a);
    ng_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accepts_a_small_one),
        cmocka_unit_test(test_bad_xml),
        cmocka_unit_test(test_not_ours),
        cmocka_unit_test(test_wrong_keys),
        cmocka_unit_test(test_huge_attribute),
        cmocka_unit_test(test_duplicates_and_dangling),
        cmocka_unit_test(test_bad_records),
        cmocka_unit_test(test_entities),
        cmocka_unit_test(test_finished_graphs_are_not_merged),
        cmocka_unit_test(test_corpus_runs_merge_exactly),
        cmocka_unit_test(test_article_twice),
        cmocka_unit_test(test_options_by_parameter),
        cmocka_unit_test(test_records_escaped_for_xml),
        cmocka_unit_test(test_long_record_field),
        cmocka_unit_test(test_state_copies_only_what_finishing_changes),
        cmocka_unit_test(test_version_1_reads_as_version_2),
        cmocka_unit_test(test_bad_sentences),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
