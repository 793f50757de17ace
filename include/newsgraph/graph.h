/* graph.h - the knowledge graph: entity nodes, typed relation edges, evidence
 *
 * A graph is built from mentions and relations (usually by a corpus run
 * through the extractor), possibly as several partial graphs merged with
 * ng_graph_merge, then frozen by ng_graph_finish, which applies alias
 * bindings, picks labels, sorts everything into a canonical order and so
 * makes the result independent of the order of construction. Callers read
 * a finished graph by node and edge id (ng_graph_node_*, ng_graph_edge_*).
 */
#ifndef NEWSGRAPH_GRAPH_H
#define NEWSGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/article.h"
#include "newsgraph/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ng_relation {
    NG_REL_CO_OCCURS,      /* named in the same sentence (undirected) */
    NG_REL_SUPPORTS,       /* backer -> backed */
    NG_REL_OPPOSES,        /* attacker -> target */
    NG_REL_CAPTURED,       /* actor -> place taken */
    NG_REL_CONTROLS,       /* actor -> place held */
    NG_REL_LOCATED_IN,     /* smaller place -> larger or nearby place */
    NG_REL_MEMBER_OF,      /* person -> organisation */
    NG_REL_HELD_IN,        /* detained actor -> camp or prison */
    NG_REL_MOVED_TO,       /* actor -> destination */
    NG_REL_OCCURRED_IN,    /* event -> place */
    NG_REL_PARTICIPATES_IN,/* actor -> event (with a role) */
    NG_REL__COUNT
} ng_relation;

/* The relation's name as exports write it ("co_occurs", "supports", ...);
 * NULL when out of range. */
NG_API const char *ng_relation_name(ng_relation r);
/* Parse a relation name s[0..n): returns 0 and sets *r, or NG_EARG. */
NG_API int ng_relation_parse(const char *s, size_t n, ng_relation *r);
/* Typed relations are all but co_occurs, occurred_in and participates_in. */
NG_API int ng_relation_is_typed(ng_relation r);
/* Whether a relation has no direction (co_occurs): its two ends are written
 * in canonical order, and exports mark its edges undirected. */
NG_API int ng_relation_symmetric(ng_relation r);

typedef struct ng_graph ng_graph;

/* What is known of an entity when it is mentioned. */
typedef struct ng_entity {
    const char *key;      /* identity: mentions with equal keys are one node */
    const char *label;    /* display name proposed by this mention */
    ng_kind kind;
    const char *category; /* may be NULL */
    int fixed_label;      /* the label is canonical (gazetteer): always use it */
    int has_geo;
    double lat, lon;
    const char *date;     /* events: ISO-8601 date or NULL (see ng_graph_set_date) */
} ng_entity;

/* One piece of evidence: a sentence of a document. */
typedef struct ng_evidence {
    uint32_t doc;    /* document index */
    uint32_t offset; /* byte offset of the sentence in the document text */
    const char *text;/* the sentence, verbatim */
} ng_evidence;

/* An empty graph. Cannot fail. */
NG_API ng_graph *ng_graph_new(void);
NG_API void ng_graph_free(ng_graph *g);

/* Evidence sentences kept per edge (every one is counted in the weight):
 * the earliest in document order. 0 keeps all. Default 10: on a large
 * corpus the kept sentences are most of the graph's memory (GraphML, GEXF
 * and the SVG show the first; JSON and evidence.tsv all kept). */
NG_API void ng_graph_set_evidence_limit(ng_graph *g, size_t limit);

/* Documents listed per node and per edge (the first in corpus order; all
 * are counted). 0 lists all. Default 50: memory then grows with the graph,
 * not with the corpus. */
NG_API void ng_graph_set_doc_limit(ng_graph *g, size_t limit);

/* Name document index doc (a copy is kept). */
NG_API void ng_graph_set_doc(ng_graph *g, uint32_t doc, const char *name);
/* The same without a copy: name must outlive the graph (a million
 * documents' names are not kept twice). */
NG_API void ng_graph_set_doc_static(ng_graph *g, uint32_t doc, const char *name);
NG_API size_t ng_graph_doc_count(const ng_graph *g);
/* Name of document doc, or NULL. */
NG_API const char *ng_graph_doc_name(const ng_graph *g, uint32_t doc);
/* Record what is known of document doc: a->id names it and a->date (any
 * form ng_date_parse reads; else none) dates it when not NULL; URL, title
 * and outlet are copied (text is not kept). Mentions and relations of doc
 * added afterwards give their nodes and edges first_seen/last_seen: the
 * dates of the earliest and latest articles that state them. */
NG_API void ng_graph_set_article(ng_graph *g, uint32_t doc, const ng_article *a);
/* Only the date of document doc (NULL: none), as ng_graph_set_article. */
NG_API void ng_graph_set_doc_date(ng_graph *g, uint32_t doc, const char *date);
/* What is known of document doc into *out (strings owned by the graph,
 * date written into date[11], text NULL; absent fields NULL). Returns 0,
 * or NG_ENOENT when doc is past every document recorded (*out zeroed). */
NG_API int ng_graph_article(const ng_graph *g, uint32_t doc, ng_article *out, char date[11]);
/* Has any document a date, URL, title or outlet? */
NG_API int ng_graph_has_articles(const ng_graph *g);

/* The node for e->key, created from e when new. Returns its id. */
NG_API uint32_t ng_graph_add_entity(ng_graph *g, const ng_entity *e);
/* The id of the node with this key, or UINT32_MAX. */
NG_API uint32_t ng_graph_find(const ng_graph *g, const char *key);
/* Record a mention of node id: surface form as written, document and byte
 * offset (the earliest offset decides the order of aliases). A mention with
 * len 0 names the node by something else (a capital standing for its
 * state): counted, but no alias. */
NG_API void ng_graph_add_mention(ng_graph *g, uint32_t node, const char *surface, size_t len,
                          uint32_t doc, uint32_t offset);
/* Record an (event) date stated at doc/offset; the earliest stated wins. */
NG_API void ng_graph_set_date(ng_graph *g, uint32_t node, const char *date, uint32_t doc,
                       uint32_t offset);
/* Record one more proposal of a label, category and producing rule for
 * node id (any may be NULL). The most proposed label and category win
 * (gazetteer nodes keep theirs); the rule of the earliest proposal is kept. */
NG_API void ng_graph_vote(ng_graph *g, uint32_t node, const char *label, const char *category,
                   const char *rule, uint32_t doc, uint32_t offset);
/* The edge src -rel-> dst (unordered for co_occurs), created when new, with
 * one more supporting sentence. A sentence already recorded for the edge
 * is not counted twice (exactly so when sentences come in document order,
 * as the extractor gives them; out of order, as far as the kept evidence
 * shows). role may be NULL; the role stated first is kept. */
NG_API void ng_graph_add_relation(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel,
                           const char *role, const ng_evidence *ev, size_t text_len);
/* Declare that the entity keyed `from` is the one keyed `to` (an acronym
 * and its expansion). Applied by ng_graph_finish unless `from` is bound to
 * two different targets, which leaves it alone, or the two are gazetteer
 * entities or of different kinds. The merged node keeps the gazetteer
 * node's key, else the smaller key; the result does not depend on the
 * order of the bindings. */
NG_API void ng_graph_bind(ng_graph *g, const char *from, const char *to);

/* Move everything in src into dst (src is left empty but usable). Both
 * must be unfinished graphs of disjoint documents numbered in one order.
 * Returns 0, or NG_EARG, changing nothing, when either is finished (merge
 * finished runs through ng_kb, which renumbers their documents) or they are
 * the same graph. */
NG_API int ng_graph_merge(ng_graph *dst, ng_graph *src);
/* Which co_occurs edges a finished graph keeps. */
typedef enum ng_cooccurrence {
    NG_COOC_DROP = 0,  /* none */
    NG_COOC_UNTYPED = 1, /* those between nodes no typed relation joins */
    NG_COOC_ALL = 2    /* all */
} ng_cooccurrence;

/* Say where document doc was read: the id of its input (a file's name
 * without extension) and its line there (0 for a file of one article).
 * Documents must be numbered in this order, (unit, line), as ng_corpus
 * numbers them: it is the global order in which knowledge bases of other
 * articles merge (what "first" means for kept documents and evidence).
 * Cannot fail. */
NG_API void ng_graph_set_doc_order(ng_graph *g, uint32_t doc, const char *unit,
                                   unsigned long line);

/* Have ng_graph_finish keep a copy of what it starts from (every node
 * before bindings, every edge before co-occurrence is dropped): the state a
 * knowledge base records (the GraphML writer stores it; ng_kb merges it
 * exactly). Costs memory about the size of the graph. Cannot fail. */
NG_API void ng_graph_keep_state(ng_graph *g);
/* Record the NG_EXTRACT_* bits the graph is built with (default
 * NG_EXTRACT_DEFAULT): a knowledge base says them, and merges only
 * knowledge bases built alike. Cannot fail. */
NG_API void ng_graph_set_extract(ng_graph *g, unsigned extract);

/* Apply bindings, choose labels and categories, drop the co_occurs edges
 * that keep does not keep, and sort nodes and edges into canonical order.
 * The graph must not be changed afterwards (nor merged into another). */
NG_API void ng_graph_finish(ng_graph *g, ng_cooccurrence keep);

/* ---- reading a finished graph ---------------------------------------- */

/* Nodes and edges of a finished graph have ids from 0 to count - 1, in
 * canonical order; the functions below read one by id. For all of them:
 * g must be finished (ng_graph_finish) and not changed afterwards; an id
 * (or an index i) out of range is not an error but gives the "none" value
 * each names; strings and dates are the graph's, valid until it is freed
 * (the caller frees nothing); they only read, so several threads may read
 * one graph at once. */
NG_API size_t ng_graph_node_count(const ng_graph *g);
NG_API size_t ng_graph_edge_count(const ng_graph *g);

/* A node's key (its identity), display label, rule that produced it
 * ("" none) and category ("" unknown); NULL for an id out of range. */
NG_API const char *ng_graph_node_key(const ng_graph *g, uint32_t id);
NG_API const char *ng_graph_node_label(const ng_graph *g, uint32_t id);
NG_API const char *ng_graph_node_rule(const ng_graph *g, uint32_t id);
NG_API const char *ng_graph_node_category(const ng_graph *g, uint32_t id);
/* A node's kind; (ng_kind)-1 for an id out of range (ng_kind_name gives
 * NULL for it). */
NG_API ng_kind ng_graph_node_kind(const ng_graph *g, uint32_t id);
/* How often a node is mentioned, and in how many documents (all counted,
 * also past the document limit); 0 for an id out of range. */
NG_API uint64_t ng_graph_node_mentions(const ng_graph *g, uint32_t id);
NG_API uint64_t ng_graph_node_doc_count(const ng_graph *g, uint32_t id);
/* The i-th document listed for a node (the first ones in document order,
 * up to the document limit; ascending), or UINT32_MAX past the last:
 *     for (size_t i = 0; (doc = ng_graph_node_doc(g, id, i)) != UINT32_MAX; i++) */
NG_API uint32_t ng_graph_node_doc(const ng_graph *g, uint32_t id, size_t i);
/* The i-th distinct surface form of a node, in order of first use, or NULL
 * past the last. */
NG_API const char *ng_graph_node_alias(const ng_graph *g, uint32_t id, size_t i);
/* Whether a node has coordinates (1; then *lat and *lon are set, either
 * may be NULL) or not (0; an id out of range too). */
NG_API int ng_graph_node_geo(const ng_graph *g, uint32_t id, double *lat, double *lon);
/* An event's date as stated (ISO-8601), or NULL (none, or an id out of
 * range). */
NG_API const char *ng_graph_node_date(const ng_graph *g, uint32_t id);
/* The dates (YYYY-MM-DD) of the earliest and latest dated articles naming
 * a node, written into first[11] and last[11] (either may be NULL).
 * Returns 1, or 0 with both "" when no such article is dated or the id is
 * out of range. */
NG_API int ng_graph_node_seen(const ng_graph *g, uint32_t id, char first[11], char last[11]);

/* An edge's ends: node ids, in canonical order for a symmetric relation;
 * UINT32_MAX for an edge id out of range. */
NG_API uint32_t ng_graph_edge_source(const ng_graph *g, uint32_t id);
NG_API uint32_t ng_graph_edge_target(const ng_graph *g, uint32_t id);
/* An edge's relation; NG_REL__COUNT for an id out of range. */
NG_API ng_relation ng_graph_edge_relation(const ng_graph *g, uint32_t id);
/* The role stated first for an edge (participates_in), or NULL (none, or
 * an id out of range). */
NG_API const char *ng_graph_edge_role(const ng_graph *g, uint32_t id);
/* An edge's supporting sentences (its weight) and the documents they are
 * in (all counted, also past the limits); 0 for an id out of range. */
NG_API uint64_t ng_graph_edge_weight(const ng_graph *g, uint32_t id);
NG_API uint64_t ng_graph_edge_doc_count(const ng_graph *g, uint32_t id);
/* The i-th document listed for an edge, as ng_graph_node_doc. */
NG_API uint32_t ng_graph_edge_doc(const ng_graph *g, uint32_t id, size_t i);
/* The i-th supporting sentence kept for an edge (the first ones in
 * document order, up to the evidence limit), verbatim, or NULL past the
 * last; its document and byte offset there go to *doc and *offset (either
 * may be NULL). */
NG_API const char *ng_graph_edge_evidence(const ng_graph *g, uint32_t id, size_t i,
                                          uint32_t *doc, uint32_t *offset);
/* The dates of the earliest and latest dated articles stating an edge, as
 * ng_graph_node_seen. */
NG_API int ng_graph_edge_seen(const ng_graph *g, uint32_t id, char first[11], char last[11]);

#ifdef __cplusplus
}
#endif
#endif
