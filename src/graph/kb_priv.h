/* kb_priv.h - a graph's state before finishing as knowledge-base records
 *
 * A knowledge base is what ng_graph_finish starts from: every node before
 * bindings merge nodes (its spellings, label and category votes and rules
 * with their counts and first positions, its documents), every edge before
 * co-occurrence is dropped (weight, documents, kept evidence), the bindings
 * and the limits. Merging such states of disjoint sets of documents, with
 * the documents renumbered in one global order, is exact: finishing the
 * merge gives what one run over all the documents gives. The GraphML writer
 * stores the state as text records (one per <data> element of the graph),
 * the GraphML reader (kb.c) parses them back.
 */
#ifndef NG_KB_PRIV_H
#define NG_KB_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/graph.h"
#include "newsgraph/kb.h"

#include "../core/buf.h"
#include "../core/map.h"

/* The fields of knowledge-base options (callers use the accessors of
 * newsgraph/kb.h). */
struct ng_kb_options {
    size_t doc_limit;      /* NG_KB_DOC_LIMIT, and so on (kb.h) */
    size_t evidence_limit;
    unsigned extract;
};

/* The defaults of ng_kb_options_new, in o. */
void ng_kb_options_init(ng_kb_options *o);

/* Where a knowledge base keeps what: each a GraphML key of type string.
 * Records are lines (a field's tab, line feed and the list separators are
 * %-escaped, see ng_kb_write); an element holds one or more. */
typedef enum ng_kb_rec {
    NG_KB_FORMAT,   /* graph: "newsgraph-kb 1 max-docs=N max-evidence=N extract=N" */
    NG_KB_ARTICLES, /* graph: one line per article: its id; in id order */
    NG_KB_BINDS,    /* graph: one line per binding: from TAB to */
    NG_KB_SENTENCES,/* graph: one line per evidence sentence the edge records
                     * name: doc:offset:text, in position order (version 2;
                     * version 1 wrote the text in every edge record) */
    NG_KB_NODE,     /* node: the nodes of the state it was made of */
    NG_KB_DROPPED,  /* node: edges of the state shown as no edge (co-occurrence
                     * dropped, joined ends): on the later of their ends' nodes */
    NG_KB_EDGE,     /* edge: the edges of the state it was made of */
    NG_KB__COUNT
} ng_kb_rec;

#define NG_KB_VERSION 2 /* and version 1 is read */

/* The GraphML key id (and attr.name) of a record kind, and its domain:
 * "graph", "node" or "edge". */
const char *ng_kb_rec_key(ng_kb_rec r);
const char *ng_kb_rec_domain(ng_kb_rec r);

/* The records of a finished graph whose state was kept, grouped by the
 * node or edge of the finished graph they went into. Read-only once made:
 * several threads may write records from it at once. */
typedef struct ng_kb_writer ng_kb_writer;
/* NULL when g has no state (not kept, or a subgraph). */
ng_kb_writer *ng_kb_writer_new(const ng_graph *g);
void ng_kb_writer_free(ng_kb_writer *w);
/* Append the records of graph-level kind r (FORMAT, ARTICLES, BINDS), of
 * node `id` (NODE, DROPPED) or of edge `id` (EDGE) to out, as the text of
 * an XML element: fields %-escaped (%, tab, line feed, carriage return,
 * '|', ',', ';', DEL and C0 controls become %XX), then & < > as entities,
 * invalid UTF-8 as U+FFFD, U+FFFE and U+FFFF dropped (what XML's parser
 * gives back is the records); nothing when there are none. */
void ng_kb_write(const ng_kb_writer *w, ng_kb_rec r, uint32_t id, ng_buf *out);
/* The records of NG_KB_SENTENCES (megabytes on a large corpus; ng_kb_write
 * writes none), a part at a time: from sentence *next on (0: the first, the
 * table is made then) until out has grown by `bytes` or all are written,
 * *next moved past them. Returns 1 while some are left; the table is freed
 * at the last. Not while another thread writes records from w. */
int ng_kb_write_sentences(ng_kb_writer *w, size_t *next, size_t bytes, ng_buf *out);

/* The evidence sentences of a knowledge base being read (NG_KB_SENTENCES),
 * which its edge records name by position: zeroed to start. */
typedef struct ng_kb_sentences {
    ng_u64map at;      /* position (documents mapped) -> index in text */
    const char **text; /* in the arena of the graph read into */
    size_t n, cap;
    uint64_t last;     /* position of the last one, as the file numbers it */
} ng_kb_sentences;

void ng_kb_sentences_release(ng_kb_sentences *s);

/* Add the record (one line) text[0..len) of kind NODE, BINDS, SENTENCES,
 * DROPPED or EDGE of a knowledge base of format `version` to g (not
 * finished), with the record's document numbers i mapped to docmap[i]
 * (i < n_docs; docmap increasing); sentences go into (and edges of version
 * 2 take theirs from) sents. Returns 0, or NG_EPARSE with a static reason
 * in *why (g may hold part of the record: discard it). */
int ng_graph_state_parse(ng_graph *g, ng_kb_rec kind, const char *text, size_t len,
                         const uint32_t *docmap, size_t n_docs, int version,
                         ng_kb_sentences *sents, const char **why);

/* Renumber the documents of g (not finished): document i becomes map[i]
 * (increasing in i, so every order is kept); its document names are
 * dropped. Cannot fail. */
void ng_graph_state_renumber(ng_graph *g, const uint32_t *map);

/* What ng_kb checks of a graph it is given. */
int ng_graph_is_finished(const ng_graph *g);
size_t ng_graph_doc_limit(const ng_graph *g);
unsigned ng_graph_extract(const ng_graph *g);
/* Where document doc was read (ng_graph_set_doc_order): 1, or 0 when not
 * known. */
int ng_graph_doc_at(const ng_graph *g, uint32_t doc, const char **unit, unsigned long *line);
size_t ng_graph_evidence_limit(const ng_graph *g);

#endif
