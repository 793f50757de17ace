/* corpus.h - a set of documents read, extracted (in parallel) and built into one graph */
#ifndef NEWSGRAPH_CORPUS_H
#define NEWSGRAPH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/article.h"
#include "newsgraph/common.h"
#include "newsgraph/extract.h"
#include "newsgraph/graph.h"
#include "newsgraph/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How a corpus is read and built (opaque; set by parameter). */
typedef struct ng_corpus_options ng_corpus_options;

/* The parameters of corpus options, all integers: set with
 * ng_corpus_options_set_int, read with ng_corpus_options_get_int. */
typedef enum ng_corpus_param {
    NG_CORPUS_EXTRACT,        /* NG_EXTRACT_* bits */
    NG_CORPUS_THREADS,        /* worker threads; 0 = number of online processors */
    NG_CORPUS_EVIDENCE_LIMIT, /* evidence sentences kept per edge; 0 = all */
    NG_CORPUS_DOC_LIMIT,      /* documents listed per node and edge; 0 = all */
    NG_CORPUS_COOCCURRENCE,   /* an ng_cooccurrence: which co_occurs edges the graph
                               * keeps */
    NG_CORPUS_TIMING,         /* 0 or 1: measure stage times */
    NG_CORPUS_SKIP_BAD,       /* 0 or 1: malformed records (a JSON line, a CSV row) and
                               * inputs that cannot be read (a file, a directory or
                               * anything below one) are skipped with a warning and
                               * counted, instead of failing the run */
    NG_CORPUS_MAX_BYTES,      /* documents larger than this are skipped with a warning;
                               * 0: the largest possible (4 GiB - 2) */
    NG_CORPUS_KEEP_STATE,     /* 0 or 1: the graph keeps its state before finishing
                               * (ng_graph_keep_state): GraphML written from it is a
                               * knowledge base */
    NG_CORPUS_UNFINISHED      /* 0 or 1: leave the graph unfinished, for
                               * ng_kb_add_graph (ng_corpus_take_graph) */
} ng_corpus_param;

/* Defaults: every extraction, all processors, 10 evidence sentences, 50
 * documents listed, co-occurrence kept where no typed relation joins the
 * pair. Free with ng_corpus_options_free. Cannot fail. */
NG_API ng_corpus_options *ng_corpus_options_new(void);
NG_API void ng_corpus_options_free(ng_corpus_options *o);
/* Set parameter p to v. Returns 0, or NG_EARG with nothing changed when v
 * is out of its range (negative, a flag past 1, an unknown ng_cooccurrence,
 * extraction bits past 32). */
NG_API int ng_corpus_options_set_int(ng_corpus_options *o, ng_corpus_param p, int64_t v);
/* The value of parameter p (0 for an unknown p). */
NG_API int64_t ng_corpus_options_get_int(const ng_corpus_options *o, ng_corpus_param p);

typedef struct ng_corpus ng_corpus;

/* A corpus over a compiled model, with a copy of opts (NULL: the
 * defaults; opts may be freed afterwards). Messages go to diag. Cannot
 * fail. */
NG_API ng_corpus *ng_corpus_new(const ng_model *model, const ng_corpus_options *opts,
                         ng_diag *diag);
NG_API void ng_corpus_free(ng_corpus *c);

/* Add an input: a file of articles (see article.h for the kinds, by
 * extension; a file without an extension is text), a directory (every
 * article file below it, in sorted path order; files of other kinds are
 * skipped with one warning counting them; symbolic-link loops are skipped
 * with a warning) or "-" for standard input (text, read now, bounded as
 * files are: binary content or more than NG_CORPUS_MAX_BYTES is skipped with a
 * warning). Returns 0, or NG_ENOENT/NG_EIO when the input, or a directory
 * or entry below it, cannot be read (with NG_CORPUS_SKIP_BAD: a warning, and 0), or
 * NG_EARG for a file of an unsupported kind (".pdf"), after reporting
 * "path: reason". */
NG_API int ng_corpus_add_input(ng_corpus *c, const char *path);
/* Add a document held in memory (copied) under the given id. */
NG_API void ng_corpus_add_text(ng_corpus *c, const char *id, const char *text, size_t n);
/* Add an article held in memory (copied; text must be set). Its id is
 * a->id, else a->url, else "article"; ids are checked by ng_corpus_run. */
NG_API void ng_corpus_add_article(ng_corpus *c, const ng_article *a);
/* Read a field of files of many articles from the column or key named:
 * "text=body" (see ng_fields_set). Returns 0 or NG_EARG. */
NG_API int ng_corpus_set_field(ng_corpus *c, const char *spec);

/* Before ng_corpus_run: the inputs added (a file of many counts once).
 * After: the articles read. */
NG_API size_t ng_corpus_document_count(const ng_corpus *c);

/* Have ng_corpus_run skip the articles whose id known(ud, id) says is
 * known (articles already in a knowledge base): read, not extracted,
 * counted (ng_corpus_skipped). known is called from the worker threads.
 * Before ng_corpus_run. */
NG_API void ng_corpus_skip(ng_corpus *c, int (*known)(void *ud, const char *id), void *ud);
/* Never read the directory at path (when it exists): neither when an input
 * tree holds it nor when it is named; a warning says so when it is met.
 * For the output directory: a run over `.` with its outputs in `./out`
 * read the previous run's graph.json and TSV files as articles. Before
 * adding inputs. */
NG_API void ng_corpus_skip_directory(ng_corpus *c, const char *path);
/* path is an output the run will write (when it exists now): an input
 * that is that file, named or found in a tree, is an error (it would be
 * replaced by the output: `newsgraph -o arts.json arts.json` lost the
 * articles), even with skip_bad, unless it is newsgraph's own output (a
 * graph.json or TSV it wrote: skipped as such). Before adding inputs. */
NG_API void ng_corpus_protect(ng_corpus *c, const char *path);
/* Articles ng_corpus_run skipped so. */
NG_API size_t ng_corpus_skipped(const ng_corpus *c);

/* Read every document and extract it into the graph. Documents are
 * numbered in the order of their inputs' ids (byte-wise; a file's name
 * without extension), the articles of a file of many in its order: the
 * order "first" follows in what nodes and edges keep, the same in any run
 * or shard that reads those inputs (ng_graph_set_doc_order). Unreadable or binary
 * files are reported and skipped. Returns 0, or NG_EIO when a document
 * could not be read, a record was malformed (without NG_CORPUS_SKIP_BAD: "file:line:
 * reason", reading stops) or two articles have one id ("place: ... also the
 * id of place"). Once only: the list
 * of documents is freed at the end (their count stays); a second call
 * returns NG_EARG. */
NG_API int ng_corpus_run(ng_corpus *c);

/* The finished graph (owned by the corpus), after ng_corpus_run; with
 * NG_CORPUS_UNFINISHED, the graph not finished yet. */
NG_API ng_graph *ng_corpus_graph(ng_corpus *c);
/* The graph, which the caller now owns (ng_graph_free); NULL before
 * ng_corpus_run. Its document names stay valid while c lives. */
NG_API ng_graph *ng_corpus_take_graph(ng_corpus *c);

/* Stage times and counts summed over workers, plus reading time. */
NG_API void ng_corpus_stats(const ng_corpus *c, ng_extract_stats *out, uint64_t *read_ns,
                     uint64_t *graph_ns);

#ifdef __cplusplus
}
#endif
#endif
