/* fuzz_kb.c - libFuzzer harness: the knowledge-base reader (GraphML back into a graph)
 *
 * Input: a file handed to ng_kb_read_memory, as newsgraph merge and
 * --update read a knowledge base (streaming xmlTextReader, records parsed
 * into an unfinished graph). When it is accepted, the graph is checked,
 * finished with its state kept, checked again, written as GraphML, and that
 * GraphML read back (it must be accepted: what newsgraph writes, it reads).
 *
 * Checks: a rejected input reports at least one error and returns
 * NG_EPARSE or NG_EIO, never a graph; an accepted one passes
 * ng_graph_check before and after finishing; the GraphML written from it
 * reads back to a graph of as many documents.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "graph/graph_priv.h"
#include "export/export_priv.h"
#include "extract/corpus_priv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken promise: say which and stop, so libFuzzer keeps the input. */
static void fail(const char *what)
{
    fprintf(stderr, "fuzz_kb: %s\n", what);
    fflush(stderr);
    abort();
}

/* GraphML of a finished graph, in a malloc'd buffer. */
static char *write_graphml(ng_graph *g, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    if (!f)
        abort();
    ng_export_options o;
    ng_export_options_init(&o);
    o.positions = 0;
    ng_export *x = ng_export_new(g, &o);
    ng_diag d = {NULL, 0, 0, 1};
    if (ng_export_write(x, ng_exporter_lookup("graphml"), f, &d))
        fail("GraphML of an accepted knowledge base not written");
    ng_export_free(x);
    fclose(f);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ng_diag d = {NULL, 0, 0, 1};
    ng_graph *g = NULL;
    int rc = ng_kb_read_memory((const char *)data, size, "fuzz.graphml", &d, &g);
    if (rc) {
        if (g || !d.errors)
            fail("a rejected knowledge base gave a graph or no message");
        if (rc != NG_EPARSE && rc != NG_EIO && rc != NG_EARG)
            fail("unexpected error code");
        return 0;
    }
    if (!g)
        fail("accepted without a graph");
    const char *why;
    if (ng_graph_check(g, &why))
        fail(why);
    size_t docs = ng_graph_doc_count(g);
    ng_graph_keep_state(g);
    ng_graph_finish(g, NG_COOC_UNTYPED);
    if (ng_graph_check(g, &why))
        fail(why);
    size_t len = 0;
    char *again = write_graphml(g, &len);
    ng_graph *h = NULL;
    ng_diag d2 = {NULL, 0, 0, 1};
    if (ng_kb_read_memory(again, len, "again.graphml", &d2, &h))
        fail("the GraphML written from an accepted knowledge base does not read back");
    if (ng_graph_doc_count(h) != docs)
        fail("articles lost on the way back");
    ng_graph_free(h);
    free(again);
    ng_graph_free(g);
    return 0;
}
