/* graph_bytes.c - what a graph costs per node and per edge, in heap bytes
 *
 * usage: ng-bench-graph-bytes [NODES [EDGES [DOCS]]]   (default 200000 500000 1)
 *
 * Builds, through the public graph API as the extractor would, a graph of
 * NODES entities (each with one spelling, one label vote, one of 24
 * categories and one of 84 rules, mentioned once) and EDGES relations
 * between them (each stated by one sentence, several relations a sentence,
 * 60 % of them co-occurrences), in DOCS documents (1: one long document,
 * as bench/gen_bigdoc.py makes). Prints what the nodes, then the edges,
 * added to the heap in use (glibc mallinfo2: arena and mmap'd blocks, the
 * arrays' unused capacity included) and to the process's resident memory
 * (VmRSS: what was touched), per node and per edge, and the heap after
 * ng_graph_finish. Not a test; compare two builds of it (bench/README.md).
 */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/graph.h"

static size_t heap_bytes(void)
{
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = atol(line + 6);
    if (f)
        fclose(f);
    return kb;
}

/* A deterministic pseudo-random number (xorshift). */
static uint64_t rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 200000;
    size_t m = argc > 2 ? strtoul(argv[2], NULL, 10) : 500000;
    size_t docs = argc > 3 ? strtoul(argv[3], NULL, 10) : 1;
    if (!n || !docs) {
        fputs("usage: ng-bench-graph-bytes [NODES [EDGES [DOCS]]]\n", stderr);
        return 2;
    }
    size_t h0 = heap_bytes();
    long r0 = rss_kb();
    ng_graph *g = ng_graph_new();
    char key[80], label[64], cat[32], rule[32], text[160];
    for (size_t d = 0; d < docs; d++) {
        snprintf(key, sizeof key, "doc%zu", d);
        ng_graph_set_doc(g, (uint32_t)d, key);
    }
    uint64_t s = 88172645463325252ULL;
    for (size_t i = 0; i < n; i++) {
        uint32_t doc = (uint32_t)(i * docs / n);
        snprintf(label, sizeof label, "Name%zu Surname%zu", i, (size_t)(rnd(&s) % 100000));
        snprintf(key, sizeof key, "a:%s", label);
        snprintf(cat, sizeof cat, "category_%u", (unsigned)(rnd(&s) % 24));
        snprintf(rule, sizeof rule, "rule_%u", (unsigned)(rnd(&s) % 84));
        ng_entity e = {.key = key, .label = label, .kind = NG_KIND_ACTOR};
        uint32_t id = ng_graph_add_entity(g, &e);
        ng_graph_add_mention(g, id, label, strlen(label), doc, (uint32_t)i * 40);
        ng_graph_vote(g, id, label, cat, rule, doc, (uint32_t)i * 40);
    }
    size_t h1 = heap_bytes();
    long r1 = rss_kb();
    for (size_t k = 0; k < m; k++) {
        uint32_t a = (uint32_t)(rnd(&s) % n), b = (uint32_t)(rnd(&s) % n);
        if (a == b)
            b = (b + 1) % (uint32_t)n;
        size_t sentence = k / 3; /* three relations a sentence */
        uint32_t doc = (uint32_t)(sentence * 3 * docs / (m ? m : 1));
        snprintf(text, sizeof text, "Sentence %zu, where Name%u fought Name%u near the river.",
                 sentence, a, b);
        ng_evidence ev = {doc, (uint32_t)sentence * 90, text};
        ng_relation r = k % 5 < 3 ? NG_REL_CO_OCCURS : NG_REL_OPPOSES;
        ng_graph_add_relation(g, a, b, r, NULL, &ev, strlen(text));
    }
    size_t h2 = heap_bytes();
    long r2 = rss_kb();
    size_t edges = ng_graph_edge_count(g);
    ng_graph_finish(g, NG_COOC_ALL);
    size_t h3 = heap_bytes();
    printf("nodes %zu, edges %zu, documents %zu\n", n, edges, docs);
    printf("nodes: heap %10zu B, %6.1f B per node; VmRSS +%ld KB, %6.1f B per node\n", h1 - h0,
           (double)(h1 - h0) / (double)n, r1 - r0, 1024.0 * (double)(r1 - r0) / (double)n);
    printf("edges: heap %10zu B, %6.1f B per edge; VmRSS +%ld KB, %6.1f B per edge\n", h2 - h1,
           edges ? (double)(h2 - h1) / (double)edges : 0.0, r2 - r1,
           edges ? 1024.0 * (double)(r2 - r1) / (double)edges : 0.0);
    printf("heap after finishing  %10zu B  (%+.1f%%)\n", h3 - h0,
           100.0 * ((double)h3 - (double)h2) / (double)(h2 - h0));
    ng_graph_free(g);
    return 0;
}
