/* corpus.c - inputs, parallel extraction into per-thread graphs, deterministic merge */
#include "newsgraph/corpus.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newsgraph/document.h"

#include "../core/buf.h"
#include "../core/file.h"
#include "../core/map.h"

typedef struct doc {
    char *path;     /* NULL for in-memory documents */
    char *id;
    char *text;     /* in-memory text (NULL for files) */
    size_t len;
    char *messages; /* diagnostics produced while reading it, printed in order */
    int failed;     /* could not be read */
} doc;

struct ng_corpus {
    const ng_model *model;
    ng_corpus_options opts;
    ng_diag *diag;
    doc *docs;
    size_t n_docs, cap_docs;
    ng_strmap ids; /* document id -> count, to make ids unique */
    ng_graph *graph;
    ng_extract_stats stats;
    uint64_t read_ns, graph_ns;
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void ng_corpus_options_init(ng_corpus_options *o)
{
    memset(o, 0, sizeof *o);
    o->extract = NG_EXTRACT_DEFAULT;
    o->threads = 0;
    o->evidence_limit = 20;
    o->cooccurrence = 1;
}

ng_corpus *ng_corpus_new(const ng_model *model, const ng_corpus_options *opts, ng_diag *diag)
{
    ng_corpus *c = ng_xcalloc(1, sizeof *c);
    c->model = model;
    if (opts)
        c->opts = *opts;
    else
        ng_corpus_options_init(&c->opts);
    c->diag = diag;
    ng_strmap_init(&c->ids);
    return c;
}

void ng_corpus_free(ng_corpus *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_docs; i++) {
        free(c->docs[i].path);
        free(c->docs[i].id);
        free(c->docs[i].text);
        free(c->docs[i].messages);
    }
    free(c->docs);
    ng_strmap_release(&c->ids);
    ng_graph_free(c->graph);
    free(c);
}

size_t ng_corpus_document_count(const ng_corpus *c)
{
    return c->n_docs;
}

static doc *add_doc(ng_corpus *c, const char *path, const char *idsrc)
{
    ng_xgrow(&c->docs, &c->cap_docs, c->n_docs + 1, sizeof *c->docs);
    doc *d = &c->docs[c->n_docs++];
    memset(d, 0, sizeof *d);
    d->path = path ? ng_xstrdup(path) : NULL;
    char *id = ng_document_id(idsrc);
    uint32_t seen = ng_strmap_get(&c->ids, id, strlen(id));
    if (seen == NG_NONE) {
        ng_strmap_put(&c->ids, id, strlen(id), 1, NULL);
        d->id = id;
    } else {
        /* two files with one name in different folders: keep both apart */
        ng_buf b = NG_BUF_INIT;
        uint32_t k = seen + 1;
        for (;; k++) {
            b.len = 0;
            ng_buf_printf(&b, "%s~%u", id, k);
            if (ng_strmap_get(&c->ids, b.data, b.len) == NG_NONE)
                break;
        }
        ng_strmap_set(&c->ids, id, strlen(id), k);
        ng_strmap_put(&c->ids, b.data, b.len, 1, NULL);
        ng_diag_report(c->diag, NG_DIAG_WARNING, idsrc, 0,
                       "document id '%s' already used; this one is '%s'", id, b.data);
        free(id);
        d->id = ng_buf_detach(&b);
    }
    return d;
}

void ng_corpus_add_text(ng_corpus *c, const char *id, const char *text, size_t n)
{
    doc *d = add_doc(c, NULL, id);
    d->text = ng_xstrndup(text, n);
    d->len = n;
}

static int ends_with_txt(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

/* Collect *.txt files below dir into *files. ancestors holds the
 * directories on the way down (to detect symbolic-link loops). */
static void walk(ng_corpus *c, const char *dir, dir_id *ancestors, size_t depth,
                 char ***files, size_t *nf, size_t *capf)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        ng_diag_report(c->diag, NG_DIAG_WARNING, dir, 0, "cannot open directory: %s; skipped",
                       strerror(errno));
        return;
    }
    /* read the whole listing first so only one directory is open at a time */
    char **names = NULL;
    size_t nn = 0, capn = 0;
    struct dirent *de;
    while ((de = readdir(dh)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        ng_xgrow(&names, &capn, nn + 1, sizeof *names);
        names[nn++] = ng_xstrdup(de->d_name);
    }
    closedir(dh);
    qsort(names, nn, sizeof *names, str_cmp);
    ng_buf path = NG_BUF_INIT;
    for (size_t i = 0; i < nn; i++) {
        path.len = 0;
        ng_buf_puts(&path, dir);
        if (path.len && path.data[path.len - 1] != '/')
            ng_buf_putc(&path, '/');
        ng_buf_puts(&path, names[i]);
        struct stat st;
        if (stat(path.data, &st) != 0) {
            ng_diag_report(c->diag, NG_DIAG_WARNING, path.data, 0, "cannot stat: %s; skipped",
                           strerror(errno));
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            int loop = 0;
            for (size_t a = 0; a <= depth; a++)
                if (ancestors[a].dev == st.st_dev && ancestors[a].ino == st.st_ino)
                    loop = 1;
            if (loop) {
                ng_diag_report(c->diag, NG_DIAG_WARNING, path.data, 0,
                               "directory loop (symbolic link to an enclosing directory); "
                               "skipped");
                continue;
            }
            if (depth + 1 >= 256) {
                ng_diag_report(c->diag, NG_DIAG_WARNING, path.data, 0,
                               "directories nested too deeply; skipped");
                continue;
            }
            ancestors[depth + 1] = (dir_id){st.st_dev, st.st_ino};
            walk(c, path.data, ancestors, depth + 1, files, nf, capf);
        } else if (S_ISREG(st.st_mode) && ends_with_txt(names[i])) {
            ng_xgrow(files, capf, *nf + 1, sizeof **files);
            (*files)[(*nf)++] = ng_xstrdup(path.data);
        }
    }
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    ng_buf_release(&path);
}

int ng_corpus_add_input(ng_corpus *c, const char *path)
{
    if (strcmp(path, "-") == 0) {
        ng_buf b = NG_BUF_INIT;
        char chunk[65536];
        size_t r;
        while ((r = fread(chunk, 1, sizeof chunk, stdin)) > 0)
            ng_buf_put(&b, chunk, r);
        if (ferror(stdin)) {
            ng_diag_report(c->diag, NG_DIAG_ERROR, "standard input", 0, "read failed: %s",
                           strerror(errno));
            ng_buf_release(&b);
            return NG_EIO;
        }
        doc *d = add_doc(c, NULL, "-");
        d->len = b.len;
        d->text = ng_buf_detach(&b);
        return 0;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        int e = errno;
        ng_diag_report(c->diag, NG_DIAG_ERROR, path, 0, "cannot read input: %s", strerror(e));
        return e == ENOENT ? NG_ENOENT : NG_EIO;
    }
    if (!S_ISDIR(st.st_mode)) {
        add_doc(c, path, path);
        return 0;
    }
    dir_id *anc = ng_xmalloc(256 * sizeof *anc);
    anc[0] = (dir_id){st.st_dev, st.st_ino};
    char **files = NULL;
    size_t nf = 0, capf = 0;
    walk(c, path, anc, 0, &files, &nf, &capf);
    free(anc);
    /* sorted path order across the whole tree */
    qsort(files, nf, sizeof *files, str_cmp);
    for (size_t i = 0; i < nf; i++) {
        add_doc(c, files[i], files[i]);
        free(files[i]);
    }
    free(files);
    if (nf == 0)
        ng_diag_report(c->diag, NG_DIAG_WARNING, path, 0, "no *.txt files in this directory");
    return 0;
}

/* ---- the graph builder: extractor callbacks into a graph ------------------- */

/* A partial graph and, for the document being read, the graph node of each
 * of its entities (so that mentions and relations do not hash keys again). */
typedef struct builder {
    ng_graph *g;
    uint32_t doc;
    uint32_t *node;   /* document entity -> graph node, NG_NONE when unknown */
    size_t n_node, cap_node;
} builder;

static uint32_t builder_node(builder *b, uint32_t doc, uint32_t local, const ng_entity *e)
{
    if (doc != b->doc) {
        b->doc = doc;
        b->n_node = 0;
    }
    if (local >= b->n_node) {
        ng_xgrow(&b->node, &b->cap_node, (size_t)local + 1, sizeof *b->node);
        for (size_t i = b->n_node; i <= local; i++)
            b->node[i] = NG_NONE;
        b->n_node = (size_t)local + 1;
    }
    if (b->node[local] == NG_NONE && e)
        b->node[local] = ng_graph_add_entity(b->g, e);
    return b->node[local];
}

static void on_mention(void *ud, const ng_mention *m)
{
    builder *b = ud;
    uint32_t id = builder_node(b, m->doc, m->local, m->entity);
    ng_graph_add_mention(b->g, id, m->surface, m->surface_len, m->doc, m->offset);
    ng_graph_vote(b->g, id, m->entity->label, m->entity->category, m->rule, m->doc, m->offset);
    if (m->entity->date)
        ng_graph_set_date(b->g, id, m->entity->date, m->doc, m->offset);
}

static void on_relation(void *ud, const ng_found_relation *r)
{
    builder *b = ud;
    uint32_t s = builder_node(b, r->evidence.doc, r->src_local, NULL);
    uint32_t d = builder_node(b, r->evidence.doc, r->dst_local, NULL);
    if (s == NG_NONE)
        s = ng_graph_find(b->g, r->src_key);
    if (d == NG_NONE)
        d = ng_graph_find(b->g, r->dst_key);
    if (s == NG_NONE || d == NG_NONE)
        return;
    ng_graph_add_relation(b->g, s, d, r->relation, r->role, &r->evidence, r->evidence_len);
}

static void on_binding(void *ud, const char *from, const char *to)
{
    builder *b = ud;
    ng_graph_bind(b->g, from, to);
}

static const ng_extract_ops graph_ops = {on_mention, on_relation, on_binding};

/* ---- workers ---------------------------------------------------------------- */

typedef struct worker {
    ng_corpus *c;
    atomic_size_t *next;
    builder b;
    ng_graph *graph;
    ng_extractor *x;
    uint64_t read_ns;
    unsigned warnings, errors;
    int failed;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    ng_corpus *c = w->c;
    for (;;) {
        size_t i = atomic_fetch_add(w->next, 1);
        if (i >= c->n_docs)
            break;
        doc *d = &c->docs[i];
        char *mbuf = NULL;
        size_t msize = 0;
        FILE *mf = open_memstream(&mbuf, &msize);
        ng_diag dg = {mf, 0, 0, c->diag ? c->diag->quiet : 0};
        uint64_t t0 = c->opts.timing ? now_ns() : 0;
        char *raw = d->text;
        size_t rawlen = d->len;
        int rc = 0;
        if (d->path)
            rc = ng_file_read(d->path, &raw, &rawlen, &dg);
        const char *text = NULL;
        char *owned = NULL;
        size_t len = 0;
        if (rc == 0)
            rc = ng_document_view(raw, rawlen, d->path ? d->path : d->id, &text, &len, &owned,
                                  &dg);
        if (rc == 0 && len >= UINT32_MAX) {
            ng_diag_report(&dg, NG_DIAG_WARNING, d->path ? d->path : d->id, 0,
                           "larger than 4 GiB: skipped");
            rc = NG_EENCODING;
        }
        if (c->opts.timing)
            w->read_ns += now_ns() - t0;
        if (rc == 0)
            ng_extractor_run(w->x, (uint32_t)i, text, len);
        else if (rc != NG_EENCODING)
            d->failed = 1;
        free(owned);
        if (d->path)
            free(raw);
        if (mf) {
            fclose(mf);
            if (msize)
                d->messages = mbuf;
            else
                free(mbuf);
        }
        w->warnings += dg.warnings;
        w->errors += dg.errors;
        w->failed |= d->failed;
    }
    return NULL;
}

int ng_corpus_run(ng_corpus *c)
{
    int n = c->opts.threads;
    if (n <= 0) {
        long p = sysconf(_SC_NPROCESSORS_ONLN);
        n = p > 0 ? (int)p : 1;
    }
    if ((size_t)n > c->n_docs)
        n = c->n_docs ? (int)c->n_docs : 1;
    atomic_size_t next;
    atomic_init(&next, 0);
    worker *ws = ng_xcalloc((size_t)n, sizeof *ws);
    pthread_t *tids = ng_xcalloc((size_t)n, sizeof *tids);
    for (int i = 0; i < n; i++) {
        ws[i].c = c;
        ws[i].next = &next;
        ws[i].graph = ng_graph_new();
        ng_graph_set_evidence_limit(ws[i].graph, c->opts.evidence_limit);
        ws[i].b.g = ws[i].graph;
        ws[i].b.doc = UINT32_MAX;
        ws[i].x = ng_extractor_new(c->model, &graph_ops, &ws[i].b, c->opts.extract);
        ng_extractor_set_timing(ws[i].x, c->opts.timing);
    }
    int started = 1;
    for (int i = 1; i < n; i++) {
        if (pthread_create(&tids[i], NULL, work, &ws[i]) != 0)
            break; /* fewer threads: the others take up the work */
        started++;
    }
    work(&ws[0]);
    for (int i = 1; i < started; i++)
        pthread_join(tids[i], NULL);
    uint64_t t0 = now_ns();
    /* merge in worker order; the result does not depend on it (finish sorts) */
    ng_graph *g = ws[0].graph;
    int failed = 0;
    memset(&c->stats, 0, sizeof c->stats);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            ng_graph_merge(g, ws[i].graph);
            ng_graph_free(ws[i].graph);
        }
        ng_extract_stats st;
        ng_extractor_stats(ws[i].x, &st);
        c->stats.tokenize_ns += st.tokenize_ns;
        c->stats.match_ns += st.match_ns;
        c->stats.resolve_ns += st.resolve_ns;
        c->stats.relations_ns += st.relations_ns;
        c->stats.emit_ns += st.emit_ns;
        c->stats.documents += st.documents;
        c->stats.bytes += st.bytes;
        c->stats.tokens += st.tokens;
        c->stats.sentences += st.sentences;
        c->stats.mentions += st.mentions;
        c->read_ns += ws[i].read_ns;
        if (c->diag) {
            c->diag->warnings += ws[i].warnings;
            c->diag->errors += ws[i].errors;
        }
        failed |= ws[i].failed;
        ng_extractor_free(ws[i].x);
        free(ws[i].b.node);
    }
    for (size_t i = 0; i < c->n_docs; i++) {
        ng_graph_set_doc(g, (uint32_t)i, c->docs[i].id);
        if (c->docs[i].messages && c->diag && c->diag->out)
            fputs(c->docs[i].messages, c->diag->out);
    }
    ng_graph_finish(g, c->opts.cooccurrence);
    c->graph_ns = now_ns() - t0;
    c->graph = g;
    free(ws);
    free(tids);
    return failed ? NG_EIO : 0;
}

ng_graph *ng_corpus_graph(ng_corpus *c)
{
    return c->graph;
}

void ng_corpus_stats(const ng_corpus *c, ng_extract_stats *out, uint64_t *read_ns,
                     uint64_t *graph_ns)
{
    if (out)
        *out = c->stats;
    if (read_ns)
        *read_ns = c->read_ns;
    if (graph_ns)
        *graph_ns = c->graph_ns;
}
