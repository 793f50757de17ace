/* top_entities.c - read a folder of articles, print the ten best-connected
 * entities with their relations and evidence, write the graph as GraphML.
 *
 *   cc top_entities.c $(pkg-config --cflags --libs newsgraph) -o top_entities
 *   ./top_entities seeds/ graph.graphml
 */
#include <stdio.h>
#include <stdlib.h>

#include <newsgraph/newsgraph.h>

#define TOP 10

/* Edges touching each node. */
static size_t *degrees(const ng_graph *g)
{
    size_t *deg = calloc(ng_graph_node_count(g) + 1, sizeof *deg);
    if (!deg)
        abort();
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        deg[ng_graph_edge_source(g, i)]++;
        deg[ng_graph_edge_target(g, i)]++;
    }
    return deg;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s FOLDER OUT.graphml\n", argv[0]);
        return 2;
    }
    ng_diag diag = {stderr, 0, 0, 1}; /* errors only */
    ng_model *m = ng_model_new();
    if (ng_model_load_defaults(m, &diag) != 0)
        return 1;
    ng_model_compile(m);
    ng_corpus_options *co = ng_corpus_options_new(); /* defaults, then two workers */
    ng_corpus_options_set_int(co, NG_CORPUS_THREADS, 2);
    ng_corpus *c = ng_corpus_new(m, co, &diag);
    ng_corpus_options_free(co);
    if (ng_corpus_add_input(c, argv[1]) != 0 || ng_corpus_run(c) != 0)
        return 1;
    const ng_graph *g = ng_corpus_graph(c);

    /* the TOP nodes of highest degree (ties: the lower id, the canonical order) */
    size_t n = ng_graph_node_count(g), *deg = degrees(g);
    unsigned char *taken = calloc(n + 1, 1);
    if (!taken)
        abort();
    for (int rank = 1; rank <= TOP && (size_t)rank <= n; rank++) {
        uint32_t best = 0;
        int found = 0;
        for (uint32_t i = 0; i < n; i++)
            if (!taken[i] && (!found || deg[i] > deg[best])) {
                best = i;
                found = 1;
            }
        taken[best] = 1;
        printf("%d. %s (%s) %zu relations\n", rank, ng_graph_node_label(g, best),
               ng_kind_name(ng_graph_node_kind(g, best)), deg[best]);
        for (uint32_t k = 0; k < ng_graph_edge_count(g); k++) {
            uint32_t src = ng_graph_edge_source(g, k), dst = ng_graph_edge_target(g, k);
            if (src != best && dst != best)
                continue;
            printf("   %s %s %s\n", src == best ? "->" : "<-",
                   ng_relation_name(ng_graph_edge_relation(g, k)),
                   ng_graph_node_label(g, src == best ? dst : src));
            uint32_t doc;
            const char *said = ng_graph_edge_evidence(g, k, 0, &doc, NULL);
            if (said)
                printf("      \"%s\" (%s)\n", said, ng_graph_doc_name(g, doc));
        }
    }
    free(taken);
    free(deg);

    int rc = 0;
    FILE *out = fopen(argv[2], "w");
    ng_export_options *eo = ng_export_options_new(); /* no diagram: no positions */
    ng_export_options_set_int(eo, NG_EXPORT_POSITIONS, 0);
    ng_export *x = ng_export_new(g, eo);
    ng_export_options_free(eo);
    if (!out || ng_export_write(x, ng_exporter_lookup("graphml"), out, &diag) != 0)
        rc = 1;
    if (out && fclose(out) != 0)
        rc = 1;
    ng_export_free(x);
    ng_corpus_free(c);
    ng_model_free(m);
    return rc;
}
