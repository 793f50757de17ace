/* graphml_vs_igraph.c - newsgraph's GraphML writer against igraph's, on one graph
 *
 * usage: ng-bench-graphml [EDGES [NODES [REPEATS]]]   (default 1000000 100000 3)
 *
 * Builds one deterministic synthetic graph twice: as an ng_graph (through the
 * public graph API, as the extractor would) and as an igraph_t carrying, as
 * attributes, the same values newsgraph writes for every node and edge
 * (label, kind, category, aliases, docs, mentions, rule, r, g, b, size; edge
 * label, relation, weight, docs, evidence). Each writer then writes its graph
 * to a file in /tmp (or $TMPDIR) REPEATS times; the best time of each is
 * printed with the bytes written and the ratio (the files are removed unless
 * NG_BENCH_KEEP is set). Nothing here is timed in the
 * test suite: bench/run.sh calls it.
 */
#include <igraph.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsgraph/export.h"
#include "newsgraph/graph.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % n);
}

static const char *const WORDS[] = {
    "Raqqa", "Baghuz", "Deir", "Ezzor", "Hajin", "Mayadin", "Kobani", "Manbij", "Tabqa",
    "Hasakah", "Qamishli", "Sinjar", "Mosul", "Tal", "Abyad", "Ras", "Ain", "Issa",
    "Hawl", "Bali", "Afrin", "Mustafa", "Karim", "Nadia", "Omar", "Salim", "Yusuf",
};
#define N_WORDS (sizeof WORDS / sizeof WORDS[0])

static const char *const SENTENCES[] = {
    "Coalition warplanes struck positions near the town on Sunday, a spokesman said.",
    "The fighters withdrew toward the river after a week of heavy clashes with the SDF.",
    "Hundreds of civilians left the enclave by truck, according to the Observatory.",
    "\"We will not stop until the last pocket is cleared,\" the commander told reporters.",
    "The camp now holds more than 70,000 people, most of them women & children <under 12>.",
};
#define N_SENT (sizeof SENTENCES / sizeof SENTENCES[0])

static int fail(const char *what)
{
    fprintf(stderr, "ng-bench-graphml: %s\n", what);
    return 1;
}

static int check(igraph_error_t e, const char *what)
{
    if (e != IGRAPH_SUCCESS) {
        fprintf(stderr, "ng-bench-graphml: igraph: %s: %s\n", what, igraph_strerror(e));
        exit(1);
    }
    return 0;
}

/* Write with fn into a fresh file; returns seconds, *bytes gets the size. */
typedef int (*write_fn)(void *ctx, FILE *f);

static double timed_write(write_fn fn, void *ctx, const char *path, long *bytes)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    double t0 = now_s();
    if (fn(ctx, f) != 0 || fflush(f) != 0) {
        fprintf(stderr, "ng-bench-graphml: writing %s failed\n", path);
        exit(1);
    }
    double t = now_s() - t0;
    *bytes = ftell(f);
    fclose(f);
    return t;
}

static int write_ng(void *ctx, FILE *f)
{
    return ng_export_write((ng_export *)ctx, ng_exporter_lookup("graphml"), f, NULL);
}

static int write_igraph(void *ctx, FILE *f)
{
    return igraph_write_graph_graphml((const igraph_t *)ctx, f, 0) == IGRAPH_SUCCESS ? 0 : -1;
}

/* The names of the documents listed for node or edge id (doc: the
 * accessor, ng_graph_node_doc or ng_graph_edge_doc), joined by '|'. */
static void join_docs(char *buf, size_t cap, const ng_graph *g,
                      uint32_t (*doc)(const ng_graph *, uint32_t, size_t), uint32_t id)
{
    size_t len = 0;
    buf[0] = '\0';
    uint32_t d;
    for (size_t i = 0; (d = doc(g, id, i)) != UINT32_MAX && len + 1 < cap; i++)
        len += (size_t)snprintf(buf + len, cap - len, "%s%s", i ? "|" : "",
                                ng_graph_doc_name(g, d));
}

int main(int argc, char **argv)
{
    size_t n_edges = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
    size_t n_nodes = argc > 2 ? strtoul(argv[2], NULL, 10) : 100000;
    int repeats = argc > 3 ? atoi(argv[3]) : 3;
    if (n_nodes < 2 || n_edges < 1 || repeats < 1)
        return fail("usage: ng-bench-graphml [EDGES [NODES [REPEATS]]]");
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";

    /* ---- the ng_graph ------------------------------------------------- */
    double t0 = now_s();
    ng_graph *g = ng_graph_new();
    size_t n_docs = n_nodes / 10 + 1;
    char name[128], key[160];
    for (size_t d = 0; d < n_docs; d++) {
        snprintf(name, sizeof name, "doc%06zu", d);
        ng_graph_set_doc(g, (uint32_t)d, name);
    }
    static const ng_kind kinds[] = {NG_KIND_ACTOR, NG_KIND_PLACE, NG_KIND_EVENT};
    static const char *const cats[] = {"armed_group", "city", "battle", "person", "village"};
    uint32_t *ids = malloc(n_nodes * sizeof *ids);
    if (!ids)
        return fail("out of memory");
    for (size_t i = 0; i < n_nodes; i++) {
        snprintf(name, sizeof name, "%s %s %zu", WORDS[rnd(N_WORDS)], WORDS[rnd(N_WORDS)], i);
        snprintf(key, sizeof key, "k%zu", i);
        ng_entity e = {.key = key, .label = name, .kind = kinds[i % 3],
                       .category = cats[i % 5]};
        ids[i] = ng_graph_add_entity(g, &e);
        ng_graph_vote(g, ids[i], name, cats[i % 5], "bench", 0, 0);
        size_t n_mentions = 1 + rnd(3);
        for (size_t m = 0; m < n_mentions; m++)
            ng_graph_add_mention(g, ids[i], name, strlen(name) - m, rnd((uint32_t)n_docs),
                                 (uint32_t)m);
    }
    static const ng_relation rels[] = {NG_REL_CO_OCCURS, NG_REL_SUPPORTS, NG_REL_OPPOSES,
                                       NG_REL_LOCATED_IN, NG_REL_CONTROLS};
    for (size_t i = 0; i < n_edges; i++) {
        uint32_t a = rnd((uint32_t)n_nodes), b = rnd((uint32_t)n_nodes);
        if (a == b)
            b = (b + 1) % (uint32_t)n_nodes;
        const char *s = SENTENCES[rnd(N_SENT)];
        ng_evidence ev = {.doc = rnd((uint32_t)n_docs), .offset = (uint32_t)i, .text = s};
        ng_graph_add_relation(g, ids[a], ids[b], rels[i % 5], NULL, &ev, strlen(s));
    }
    free(ids);
    ng_graph_finish(g, 2);
    double t_build = now_s() - t0;
    size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);

    ng_export_options *o = ng_export_options_new();
    ng_export_options_set_int(o, NG_EXPORT_POSITIONS, 0); /* a 1M-edge graph is not drawn */
    ng_export *x = ng_export_new(g, o);
    ng_export_options_free(o);

    /* ---- the same values as igraph attributes ----------------------- */
    t0 = now_s();
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t ig;
    check(igraph_empty(&ig, (igraph_integer_t)nn, IGRAPH_DIRECTED), "empty");
    igraph_vector_int_t ends;
    check(igraph_vector_int_init(&ends, (igraph_integer_t)(2 * ne)), "vector");
    igraph_strvector_t label, kind, category, aliases, docs, rule;
    igraph_vector_t mentions, r, gg, b, size;
    igraph_strvector_init(&label, (igraph_integer_t)nn);
    igraph_strvector_init(&kind, (igraph_integer_t)nn);
    igraph_strvector_init(&category, (igraph_integer_t)nn);
    igraph_strvector_init(&aliases, (igraph_integer_t)nn);
    igraph_strvector_init(&docs, (igraph_integer_t)nn);
    igraph_strvector_init(&rule, (igraph_integer_t)nn);
    igraph_vector_init(&mentions, (igraph_integer_t)nn);
    igraph_vector_init(&r, (igraph_integer_t)nn);
    igraph_vector_init(&gg, (igraph_integer_t)nn);
    igraph_vector_init(&b, (igraph_integer_t)nn);
    igraph_vector_init(&size, (igraph_integer_t)nn);
    char big[8192];
    for (size_t i = 0; i < nn; i++) {
        uint32_t id = (uint32_t)i;
        ng_kind k = ng_graph_node_kind(g, id);
        uint64_t mentioned = ng_graph_node_mentions(g, id);
        igraph_strvector_set(&label, (igraph_integer_t)i, ng_graph_node_label(g, id));
        igraph_strvector_set(&kind, (igraph_integer_t)i, ng_kind_name(k));
        igraph_strvector_set(&category, (igraph_integer_t)i, ng_graph_node_category(g, id));
        size_t len = 0;
        big[0] = '\0';
        const char *alias;
        for (size_t a = 0; (alias = ng_graph_node_alias(g, id, a)) && len + 1 < sizeof big; a++)
            len += (size_t)snprintf(big + len, sizeof big - len, "%s%s", a ? "|" : "", alias);
        igraph_strvector_set(&aliases, (igraph_integer_t)i, big);
        join_docs(big, sizeof big, g, ng_graph_node_doc, id);
        igraph_strvector_set(&docs, (igraph_integer_t)i, big);
        igraph_strvector_set(&rule, (igraph_integer_t)i, ng_graph_node_rule(g, id));
        int cr, cg, cb;
        ng_kind_rgb(k, &cr, &cg, &cb);
        VECTOR(mentions)[i] = (igraph_real_t)mentioned;
        VECTOR(r)[i] = cr;
        VECTOR(gg)[i] = cg;
        VECTOR(b)[i] = cb;
        VECTOR(size)[i] = ng_node_size(mentioned);
    }
    igraph_strvector_t elabel, edocs, evidence;
    igraph_vector_t weight;
    igraph_strvector_init(&elabel, (igraph_integer_t)ne);
    igraph_strvector_init(&edocs, (igraph_integer_t)ne);
    igraph_strvector_init(&evidence, (igraph_integer_t)ne);
    igraph_vector_init(&weight, (igraph_integer_t)ne);
    for (size_t i = 0; i < ne; i++) {
        uint32_t id = (uint32_t)i;
        VECTOR(ends)[2 * i] = ng_graph_edge_source(g, id);
        VECTOR(ends)[2 * i + 1] = ng_graph_edge_target(g, id);
        igraph_strvector_set(&elabel, (igraph_integer_t)i,
                             ng_relation_name(ng_graph_edge_relation(g, id)));
        join_docs(big, sizeof big, g, ng_graph_edge_doc, id);
        igraph_strvector_set(&edocs, (igraph_integer_t)i, big);
        size_t len = 0;
        big[0] = '\0';
        const char *said;
        for (size_t k = 0;
             (said = ng_graph_edge_evidence(g, id, k, NULL, NULL)) && len + 1 < sizeof big; k++)
            len += (size_t)snprintf(big + len, sizeof big - len, "%s%s", k ? " | " : "", said);
        igraph_strvector_set(&evidence, (igraph_integer_t)i, big);
        VECTOR(weight)[i] = (igraph_real_t)ng_graph_edge_weight(g, id);
    }
    check(igraph_add_edges(&ig, &ends, NULL), "add_edges");
    check(SETVASV(&ig, "label", &label), "label");
    check(SETVASV(&ig, "kind", &kind), "kind");
    check(SETVASV(&ig, "category", &category), "category");
    check(SETVASV(&ig, "aliases", &aliases), "aliases");
    check(SETVASV(&ig, "docs", &docs), "docs");
    check(SETVANV(&ig, "mentions", &mentions), "mentions");
    check(SETVASV(&ig, "rule", &rule), "rule");
    check(SETVANV(&ig, "r", &r), "r");
    check(SETVANV(&ig, "g", &gg), "g");
    check(SETVANV(&ig, "b", &b), "b");
    check(SETVANV(&ig, "size", &size), "size");
    check(SETEASV(&ig, "label", &elabel), "elabel");
    check(SETEASV(&ig, "relation", &elabel), "relation");
    check(SETEANV(&ig, "weight", &weight), "weight");
    check(SETEASV(&ig, "docs", &edocs), "edocs");
    check(SETEASV(&ig, "evidence", &evidence), "evidence");
    double t_igraph = now_s() - t0;

    printf("graph: %zu nodes, %zu edges (built in %.2f s; igraph copy %.2f s)\n", nn, ne,
           t_build, t_igraph);

    char p_ng[4096], p_ig[4096];
    snprintf(p_ng, sizeof p_ng, "%s/ng-bench-newsgraph.graphml", tmp);
    snprintf(p_ig, sizeof p_ig, "%s/ng-bench-igraph.graphml", tmp);
    double best_ng = 1e30, best_ig = 1e30;
    long bytes_ng = 0, bytes_ig = 0;
    for (int k = 0; k < repeats; k++) {
        /* alternate so that neither writer always runs on a warmer machine */
        double t = timed_write(write_ng, x, p_ng, &bytes_ng);
        if (t < best_ng)
            best_ng = t;
        t = timed_write(write_igraph, &ig, p_ig, &bytes_ig);
        if (t < best_ig)
            best_ig = t;
    }
    printf("newsgraph GraphML: %.3f s  %.1f MB  %.1f MB/s  %.0f edges/s\n", best_ng,
           bytes_ng / 1e6, bytes_ng / 1e6 / best_ng, (double)ne / best_ng);
    printf("igraph GraphML:    %.3f s  %.1f MB  %.1f MB/s  %.0f edges/s\n", best_ig,
           bytes_ig / 1e6, bytes_ig / 1e6 / best_ig, (double)ne / best_ig);
    printf("speed ratio newsgraph/igraph (edges per second): %.2f\n", best_ig / best_ng);
    if (!getenv("NG_BENCH_KEEP")) {
        remove(p_ng);
        remove(p_ig);
    }

    igraph_strvector_destroy(&label);
    igraph_strvector_destroy(&kind);
    igraph_strvector_destroy(&category);
    igraph_strvector_destroy(&aliases);
    igraph_strvector_destroy(&docs);
    igraph_strvector_destroy(&rule);
    igraph_strvector_destroy(&elabel);
    igraph_strvector_destroy(&edocs);
    igraph_strvector_destroy(&evidence);
    igraph_vector_destroy(&mentions);
    igraph_vector_destroy(&r);
    igraph_vector_destroy(&gg);
    igraph_vector_destroy(&b);
    igraph_vector_destroy(&size);
    igraph_vector_destroy(&weight);
    igraph_vector_int_destroy(&ends);
    igraph_destroy(&ig);
    ng_export_free(x);
    ng_graph_free(g);
    return 0;
}
