/* corpus.c - inputs, parallel extraction into per-thread graphs, deterministic merge */
#include "newsgraph/corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newsgraph/article.h"
#include "text/document.h"

#include <libxml/parser.h>

#include "graph/graph_priv.h"
#include "core/param.h"
#include "corpus_priv.h"
#include "../core/arena.h"
#include "../core/buf.h"
#include "../core/file.h"
#include "../core/map.h"
#include "../read/read_priv.h"

/* One document. A million of them must fit in little memory: strings live
 * in the corpus arena, and a file's path is its directory (shared) and name. */
typedef struct doc {
    const char *name; /* file name in dirs[dir], or the whole path (dir NG_NONE);
                         NULL for in-memory documents */
    const char *id;   /* a one-article file's id when it names none itself */
    uint32_t dir;     /* index in dirs, or NG_NONE */
    uint32_t mem;     /* index in mem (in-memory text), or NG_NONE */
    uint8_t kind;     /* ng_input_kind: a file of many articles is one entry */
    uint8_t gz;
    uint8_t stdin_;   /* read from standard input ("-"): so named in messages */
    uint8_t found;    /* found by walking a directory, not named: a file that
                         is no article export is skipped with a warning */
} doc;

/* An output the run will write (ng_corpus_protect). */
typedef struct protected_file {
    dev_t dev;
    ino_t ino;
    char *base; /* its name in its directory */
} protected_file;
#define MAX_PROTECTED 32

/* Diagnostics of one document, printed after the run in reading order. */
typedef struct doc_messages {
    uint64_t seq;
    char *text;
} doc_messages;

typedef struct mem_text {
    char *text;
    size_t len;
    char *meta[NG_FIELD__COUNT]; /* an article added whole: its fields (text unused) */
    int article;                 /* added whole (no front matter to read) */
} mem_text;

/* An article read: its document index and where it was read, and what it
 * says of itself (NULL when nothing: a file named by its name). */
typedef struct article_meta {
    const char *f[NG_FIELD__COUNT - 1]; /* id url title date source */
} article_meta;

typedef struct article_ref {
    uint32_t doc;
    uint32_t unit;       /* entry in docs */
    unsigned long line;  /* record's line in a file of many */
    article_meta *meta;
} article_ref;

/* Where the next documents come from: the entries in order, a file of
 * many articles read a record at a time; taken under the lock. */
typedef struct cursor {
    pthread_mutex_t lock;
    size_t unit;        /* next entry */
    ng_stream *stream;  /* the file of many being read, NULL none */
    uint32_t stream_unit;
    uint32_t next_doc;
    uint64_t seq;       /* records taken (messages are printed in this order) */
    atomic_int stop;    /* a malformed record without skip_bad: the run fails */
} cursor;

struct ng_corpus {
    const ng_model *model;
    ng_corpus_options opts;
    ng_diag *diag;
    doc *docs;
    size_t n_docs, cap_docs;
    const char **dirs;
    size_t n_dirs, cap_dirs;
    mem_text *mem;
    size_t n_mem, cap_mem;
    ng_arena strings; /* names, ids, directories */
    ng_strmap ids;    /* document id -> count, to make ids unique (while adding) */
    ng_strmap inputs; /* the inputs added: each path, and each file or directory
                         ('i' and its device and inode), to read each once */
    ng_graph *graph;
    int ran;
    /* a directory not read (ng_corpus_skip_directory: the output directory) */
    dev_t out_dev;
    ino_t out_ino;
    int has_out;
    protected_file prot[MAX_PROTECTED]; /* the outputs (ng_corpus_protect) */
    size_t n_prot;
    /* articles known already (ng_corpus_skip): not extracted, counted */
    int (*known)(void *ud, const char *id);
    void *known_ud;
    atomic_size_t skipped;
    ng_extract_stats stats;
    uint64_t read_ns, graph_ns;
    ng_fields fields;
    size_t articles;     /* articles read by the run */
    size_t bad_records;  /* malformed records skipped (skip_bad) */
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
    o->evidence_limit = NG_EVIDENCE_LIMIT_DEFAULT;
    o->doc_limit = NG_DOC_LIMIT_DEFAULT;
    o->cooccurrence = NG_COOC_UNTYPED;
}

ng_corpus_options *ng_corpus_options_new(void)
{
    ng_corpus_options *o = ng_xmalloc(sizeof *o);
    ng_corpus_options_init(o);
    return o;
}

void ng_corpus_options_free(ng_corpus_options *o)
{
    free(o);
}

#define CORPUS_FIELD(...) NG_PARAM_INT_FIELD(struct ng_corpus_options, __VA_ARGS__)

static const ng_param corpus_params[] = {
    [NG_CORPUS_EXTRACT] = CORPUS_FIELD(extract, 0, UINT32_MAX),
    [NG_CORPUS_THREADS] = CORPUS_FIELD(threads, 0, INT32_MAX),
    [NG_CORPUS_EVIDENCE_LIMIT] = CORPUS_FIELD(evidence_limit, 0, INT64_MAX),
    [NG_CORPUS_DOC_LIMIT] = CORPUS_FIELD(doc_limit, 0, INT64_MAX),
    [NG_CORPUS_COOCCURRENCE] = CORPUS_FIELD(cooccurrence, NG_COOC_DROP, NG_COOC_ALL),
    [NG_CORPUS_TIMING] = CORPUS_FIELD(timing, 0, 1),
    [NG_CORPUS_SKIP_BAD] = CORPUS_FIELD(skip_bad, 0, 1),
    [NG_CORPUS_MAX_BYTES] = CORPUS_FIELD(max_bytes, 0, INT64_MAX),
    [NG_CORPUS_KEEP_STATE] = CORPUS_FIELD(keep_state, 0, 1),
    [NG_CORPUS_UNFINISHED] = CORPUS_FIELD(unfinished, 0, 1),
};
#define N_CORPUS_PARAMS (sizeof corpus_params / sizeof *corpus_params)

int ng_corpus_options_set_int(ng_corpus_options *o, ng_corpus_param p, int64_t v)
{
    return ng_param_set_int(o, corpus_params, N_CORPUS_PARAMS, (unsigned)p, v);
}

int64_t ng_corpus_options_get_int(const ng_corpus_options *o, ng_corpus_param p)
{
    return ng_param_get_int(o, corpus_params, N_CORPUS_PARAMS, (unsigned)p);
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
    ng_strmap_init(&c->inputs);
    ng_arena_init(&c->strings, 256 * 1024);
    ng_fields_init(&c->fields);
    return c;
}

void ng_corpus_free(ng_corpus *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_mem; i++) {
        free(c->mem[i].text);
        for (int f = 0; f < NG_FIELD__COUNT; f++)
            free(c->mem[i].meta[f]);
    }
    free(c->docs);
    free(c->dirs);
    free(c->mem);
    ng_fields_release(&c->fields);
    ng_arena_release(&c->strings);
    ng_strmap_release(&c->ids);
    ng_strmap_release(&c->inputs);
    for (size_t i = 0; i < c->n_prot; i++)
        free(c->prot[i].base);
    ng_graph_free(c->graph);
    free(c);
}

size_t ng_corpus_document_count(const ng_corpus *c)
{
    return c->graph ? c->articles : c->n_docs;
}

int ng_corpus_set_field(ng_corpus *c, const char *spec)
{
    return ng_fields_set(&c->fields, spec);
}

/* The full path of file document d into *b (empty for in-memory ones). */
static const char *doc_path(const ng_corpus *c, const doc *d, ng_buf *b)
{
    b->len = 0;
    if (!d->name)
        return NULL;
    if (d->dir == NG_NONE)
        return d->name;
    const char *dir = c->dirs[d->dir];
    ng_buf_puts(b, dir);
    if (b->len && b->data[b->len - 1] != '/')
        ng_buf_putc(b, '/');
    ng_buf_puts(b, d->name);
    return b->data;
}

/* A new document: name (a path when dir is NG_NONE) or in-memory; its id
 * from idsrc, made unique. */
static doc *add_doc(ng_corpus *c, uint32_t dir, const char *name, const char *idsrc)
{
    if (!idsrc) {
        /* an article added whole: its id is checked with the others' after the run */
        ng_xgrow(&c->docs, &c->cap_docs, c->n_docs + 1, sizeof *c->docs);
        doc *d = &c->docs[c->n_docs++];
        memset(d, 0, sizeof *d);
        d->dir = dir;
        d->mem = NG_NONE;
        d->kind = NG_INPUT_TEXT;
        return d;
    }
    ng_xgrow(&c->docs, &c->cap_docs, c->n_docs + 1, sizeof *c->docs);
    doc *d = &c->docs[c->n_docs++];
    memset(d, 0, sizeof *d);
    d->dir = dir;
    d->mem = NG_NONE;
    d->name = name ? ng_arena_strdup(&c->strings, name) : NULL;
    int gz = 0;
    d->kind = (uint8_t)(name ? ng_input_kind_of(name, &gz) : NG_INPUT_TEXT);
    if (d->kind == NG_INPUT_NONE)
        d->kind = NG_INPUT_TEXT; /* a named file without a known extension */
    d->gz = (uint8_t)gz;
    char *id = ng_document_id(idsrc);
    uint32_t seen = ng_strmap_get(&c->ids, id, strlen(id));
    if (seen == NG_NONE) {
        ng_strmap_put(&c->ids, id, strlen(id), 1, &d->id);
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
        ng_strmap_put(&c->ids, b.data, b.len, 1, &d->id);
        ng_diag_report(c->diag, NG_DIAG_WARNING, idsrc, 0,
                       "document id '%s' already used; this one is '%s'", id, b.data);
        ng_buf_release(&b);
    }
    free(id);
    return d;
}

static mem_text *add_mem(ng_corpus *c, doc *d, char *text, size_t n)
{
    ng_xgrow(&c->mem, &c->cap_mem, c->n_mem + 1, sizeof *c->mem);
    memset(&c->mem[c->n_mem], 0, sizeof *c->mem);
    c->mem[c->n_mem].text = text;
    c->mem[c->n_mem].len = n;
    d->mem = (uint32_t)c->n_mem++;
    return &c->mem[d->mem];
}

void ng_corpus_add_text(ng_corpus *c, const char *id, const char *text, size_t n)
{
    doc *d = add_doc(c, NG_NONE, NULL, id);
    add_mem(c, d, ng_xstrndup(text, n), n)->article = 1;
}

void ng_corpus_add_article(ng_corpus *c, const ng_article *a)
{
    doc *d = add_doc(c, NG_NONE, NULL, a->id || a->url ? NULL : "article");
    mem_text *m = add_mem(c, d, ng_xstrndup(a->text ? a->text : "", a->text_len),
                          a->text ? a->text_len : 0);
    m->article = 1;
    const char *f[NG_FIELD__COUNT] = {a->id, a->url, a->title, a->date, a->source, NULL};
    for (int i = 0; i < NG_FIELD_TEXT; i++)
        m->meta[i] = f[i] ? ng_xstrdup(f[i]) : NULL;
    if (!d->id)
        d->id = ng_arena_strdup(&c->strings, a->id ? a->id : a->url);
}

/* Is this a file a directory's articles are read from? */
static int article_file(const char *name)
{
    return name[0] != '.' && ng_input_kind_of(name, NULL) != NG_INPUT_NONE;
}

/* A directory entry: its name, and whether the listing says it is a
 * regular file (then it needs no stat). */
typedef struct entry {
    char *name;
    int regular;
} entry;

static int entry_cmp(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

/* Is st (at path) the directory ng_corpus_skip_directory named? Said. */
/* Is st the output directory's (-o)? */
static int same_as_out(const ng_corpus *c, const struct stat *st)
{
    return c->has_out && st->st_dev == c->out_dev && st->st_ino == c->out_ino;
}

static int is_out_dir(ng_corpus *c, const struct stat *st, const char *path)
{
    if (!same_as_out(c, st))
        return 0;
    ng_diag_report(c->diag, NG_DIAG_WARNING, path, 0,
                   "the output directory, among the inputs: not read");
    return 1;
}

void ng_corpus_skip_directory(ng_corpus *c, const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        c->out_dev = st.st_dev;
        c->out_ino = st.st_ino;
        c->has_out = 1;
    }
}

void ng_corpus_protect(ng_corpus *c, const char *path)
{
    struct stat st;
    if (c->n_prot == MAX_PROTECTED || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    c->prot[c->n_prot++] = (protected_file){st.st_dev, st.st_ino, ng_xstrdup(base)};
}

/* An input at path (st) that is an output of the run: unless newsgraph
 * wrote it (then read as its own output, skipped), an error, skip_bad or
 * not (skipped, it would still be replaced). Returns 0 or NG_EIO. */
static int replaces_input(ng_corpus *c, const char *path, const struct stat *st)
{
    for (size_t i = 0; i < c->n_prot; i++) {
        if (c->prot[i].dev != st->st_dev || c->prot[i].ino != st->st_ino)
            continue;
        int gz = 0;
        ng_input_kind k = ng_input_kind_of(path, &gz);
        if (ng_file_own_output(path, k, gz))
            return 0;
        ng_diag_report(c->diag, NG_DIAG_ERROR, path, 0,
                       "an input, and an output of this run (-o): it would be replaced; "
                       "choose another output");
        return NG_EIO;
    }
    return 0;
}

/* A file found by the walk: its directory (index in dirs) and name. */
typedef struct found {
    const char *dirname; /* dirs[dir] */
    const char *name;
    uint32_t dir;
} found;

/* Directories below an input read at most (deeper: reported as a loop). */
#define MAX_DIR_DEPTH 256

typedef struct walker {
    ng_corpus *c;
    dir_id *ancestors; /* the directories on the way down (to name loops) */
    ng_strmap visited; /* every directory read (one reached twice is read once) */
    found *files;
    size_t nf, capf;
    size_t unsupported; /* files of other kinds passed over */
    size_t special;     /* FIFOs, sockets, devices named as articles: not read */
    int failed;         /* an entry could not be read (and skip_bad is off) */
} walker;

/* Compare the paths dir/name of two files as strcmp would compare them
 * written out. */
static int found_cmp(const void *pa, const void *pb)
{
    const found *a = pa, *b = pb;
    if (a->dir == b->dir)
        return strcmp(a->name, b->name);
    const char *da = a->dirname, *db = b->dirname;
    /* walk both "dir/name" strings without building them */
    const char *pa_[3] = {da, "/", a->name}, *pb_[3] = {db, "/", b->name};
    size_t ia = 0, ib = 0;
    const char *x = pa_[0], *y = pb_[0];
    if (*da && da[strlen(da) - 1] == '/')
        pa_[1] = "";
    if (*db && db[strlen(db) - 1] == '/')
        pb_[1] = "";
    for (;;) {
        while (!*x && ia < 2)
            x = pa_[++ia];
        while (!*y && ib < 2)
            y = pb_[++ib];
        if (*x != *y || !*x)
            return (unsigned char)*x - (unsigned char)*y;
        x++;
        y++;
    }
}

/* An input, a directory or an entry below one that cannot be read: an
 * error that fails the run, or with skip_bad a warning. */
static void cannot_read(ng_corpus *c, int *failed, const char *path, const char *what, int err)
{
    if (c->opts.skip_bad) {
        ng_diag_report(c->diag, NG_DIAG_WARNING, path, 0, "%s: %s; skipped", what,
                       strerror(err));
    } else {
        ng_diag_report(c->diag, NG_DIAG_ERROR, path, 0, "%s: %s", what, strerror(err));
        *failed = 1;
    }
}

/* Walk the directory open as dfd (closed here), whose path is dir. Entries
 * are looked at relative to it (fstatat, openat), so a path longer than
 * PATH_MAX is no obstacle; the directories on the way down stay open
 * (at most 256). */
static void walk(walker *w, int dfd, const char *dir, size_t depth)
{
    ng_corpus *c = w->c;
    DIR *dh = fdopendir(dfd);
    if (!dh) {
        cannot_read(c, &w->failed, dir, "cannot read directory", errno);
        close(dfd);
        return;
    }
    /* the whole listing first, in sorted order */
    entry *names = NULL;
    size_t nn = 0, capn = 0;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(dh)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        /* a regular file (as the listing tells, when it does) needs no
         * stat: taken when named *.txt, passed over otherwise */
        if (de->d_type == DT_REG && !article_file(de->d_name)) {
            w->unsupported += de->d_name[0] != '.';
            continue;
        }
        ng_xgrow(&names, &capn, nn + 1, sizeof *names);
        names[nn++] = (entry){ng_xstrdup(de->d_name), de->d_type == DT_REG};
    }
    if (errno)
        cannot_read(c, &w->failed, dir, "cannot read directory", errno);
    if (nn > 1)
        qsort(names, nn, sizeof *names, entry_cmp);
    uint32_t dir_index = NG_NONE;
    ng_buf path = NG_BUF_INIT;
    for (size_t i = 0; i < nn; i++) {
        path.len = 0;
        ng_buf_puts(&path, dir);
        if (path.len && path.data[path.len - 1] != '/')
            ng_buf_putc(&path, '/');
        const char *name = names[i].name;
        ng_buf_puts(&path, name);
        struct stat st;
        if (names[i].regular) {
            st.st_mode = S_IFREG;
        } else if (fstatat(dirfd(dh), name, &st, 0) != 0) {
            if (errno == ENOENT)
                continue; /* a dangling symbolic link, or removed since the listing */
            cannot_read(c, &w->failed, path.data, "cannot stat", errno);
            continue;
        }
        if (S_ISDIR(st.st_mode) && is_out_dir(w->c, &st, path.data))
            continue;
        if (S_ISDIR(st.st_mode)) {
            int loop = 0;
            for (size_t a = 0; a <= depth; a++)
                if (w->ancestors[a].dev == st.st_dev && w->ancestors[a].ino == st.st_ino)
                    loop = 1;
            if (loop) {
                ng_diag_report(c->diag, NG_DIAG_WARNING, path.data, 0,
                               "directory loop (symbolic link to an enclosing directory); "
                               "skipped");
                continue;
            }
            dir_id id;
            memset(&id, 0, sizeof id);
            id.dev = st.st_dev;
            id.ino = st.st_ino;
            if (ng_strmap_get(&w->visited, (const char *)&id, sizeof id) != NG_NONE) {
                ng_diag_report(c->diag, NG_DIAG_WARNING, path.data, 0,
                               "directory already read by another path (symbolic link); "
                               "skipped");
                continue;
            }
            ng_strmap_put(&w->visited, (const char *)&id, sizeof id, 1, NULL);
            if (depth + 1 >= MAX_DIR_DEPTH) {
                cannot_read(c, &w->failed, path.data, "cannot read directory",
                            ELOOP); /* "Too many levels of symbolic links" */
                continue;
            }
            int sub = openat(dirfd(dh), name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (sub < 0) {
                cannot_read(c, &w->failed, path.data, "cannot open directory", errno);
                continue;
            }
            w->ancestors[depth + 1] = id;
            walk(w, sub, path.data, depth + 1);
        } else if (!S_ISREG(st.st_mode)) {
            /* a FIFO could block the walk, a device never end: not read,
             * but said (a .txt that is a FIFO is not silently lost) */
            w->special += article_file(name);
        } else if (!article_file(name)) {
            w->unsupported += name[0] != '.';
        } else {
            /* an output of this run, found here (few names to compare) */
            int replaced = 0;
            for (size_t p = 0; p < c->n_prot && !replaced; p++) {
                struct stat fs;
                if (!strcmp(name, c->prot[p].base) &&
                    fstatat(dirfd(dh), name, &fs, 0) == 0 && replaces_input(c, path.data, &fs))
                    replaced = 1;
            }
            if (replaced) {
                w->failed = 1;
                continue;
            }
            if (dir_index == NG_NONE) {
                ng_xgrow(&c->dirs, &c->cap_dirs, c->n_dirs + 1, sizeof *c->dirs);
                c->dirs[c->n_dirs] = ng_arena_strdup(&c->strings, dir);
                dir_index = (uint32_t)c->n_dirs++;
            }
            ng_xgrow(&w->files, &w->capf, w->nf + 1, sizeof *w->files);
            w->files[w->nf++] =
                (found){c->dirs[dir_index], ng_arena_strdup(&c->strings, name), dir_index};
        }
    }
    closedir(dh);
    for (size_t i = 0; i < nn; i++)
        free(names[i].name);
    free(names);
    ng_buf_release(&path);
}

static ng_read_opts read_opts(const ng_corpus *c)
{
    return (ng_read_opts){c->opts.max_bytes, c->opts.skip_bad};
}

/* Is this input added already? Keys: 'p' and the path, 'i' and the
 * device and inode of what it names (NULL: not known). Marks it added. */
static int added_before(ng_corpus *c, const char *path, const struct stat *st)
{
    ng_buf k = NG_BUF_INIT;
    if (st) {
        dir_id id;
        memset(&id, 0, sizeof id);
        id.dev = st->st_dev;
        id.ino = st->st_ino;
        ng_buf_putc(&k, 'i');
        ng_buf_put(&k, (const char *)&id, sizeof id);
    } else {
        ng_buf_putc(&k, 'p');
        ng_buf_puts(&k, path);
    }
    size_t before = c->inputs.count;
    ng_strmap_put(&c->inputs, k.data, k.len, 1, NULL);
    ng_buf_release(&k);
    return c->inputs.count == before;
}

int ng_corpus_add_input(ng_corpus *c, const char *path)
{
    /* an input named twice (the same path, or another path to the same
     * file or directory) is read once, and said to be bad once */
    if (added_before(c, path, NULL))
        return 0;
    if (strcmp(path, "-") == 0) {
        /* the same bound and binary check as a file: `yes |` and
         * </dev/zero end */
        char *buf = NULL;
        size_t cap = 0, len = 0;
        ng_read_opts ro = read_opts(c);
        int rc = ng_file_read_fd(STDIN_FILENO, "standard input", &ro, &buf, &cap, &len,
                                 c->diag);
        if (rc) {
            free(buf);
            return rc == NG_EENCODING || c->opts.skip_bad ? 0 : rc;
        }
        doc *d = add_doc(c, NG_NONE, NULL, "-");
        d->stdin_ = 1;
        add_mem(c, d, buf, len);
        return 0;
    }
    struct stat st;
    const char *leaf;
    int pfd = ng_path_parent(path, &leaf); /* beyond PATH_MAX: from its directory */
    if (pfd == -1 || fstatat(pfd, leaf, &st, 0) != 0) {
        int e = errno;
        if (pfd >= 0)
            close(pfd);
        int failed = 0;
        cannot_read(c, &failed, path, "cannot read input", e);
        return !failed ? 0 : e == ENOENT ? NG_ENOENT : NG_EIO;
    }
    if (added_before(c, path, &st)) {
        if (pfd >= 0)
            close(pfd);
        return 0;
    }
    if (S_ISDIR(st.st_mode) && same_as_out(c, &st)) {
        /* `newsgraph -o . .`: the one input never read; said once, not
         * as a warning followed by "no article found" */
        if (pfd >= 0)
            close(pfd);
        ng_diag_report(c->diag, NG_DIAG_ERROR, path, 0,
                       "the output directory (-o), never read as input: name the articles' "
                       "files or directory, or write the outputs elsewhere");
        return NG_EARG;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (pfd >= 0)
            close(pfd);
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        if (S_ISREG(st.st_mode) && strchr(base + 1, '.') &&
            ng_input_kind_of(path, NULL) == NG_INPUT_NONE) {
            ng_diag_report(c->diag, NG_DIAG_ERROR, path, 0,
                           "unsupported input type (articles are read from .txt, .md, .html, "
                           ".htm, .jsonl, .ndjson, .json, .csv, .tsv, each also .gz)");
            return NG_EARG;
        }
        if (replaces_input(c, path, &st))
            return NG_EIO;
        add_doc(c, NG_NONE, path, path);
        return 0;
    }
    int dfd = openat(pfd, leaf, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int e = errno;
    if (pfd >= 0)
        close(pfd);
    if (dfd < 0) {
        int failed = 0;
        cannot_read(c, &failed, path, "cannot open directory", e);
        return failed ? NG_EIO : 0;
    }
    walker w;
    memset(&w, 0, sizeof w);
    w.c = c;
    w.ancestors = ng_xcalloc(MAX_DIR_DEPTH, sizeof *w.ancestors);
    w.ancestors[0].dev = st.st_dev;
    w.ancestors[0].ino = st.st_ino;
    ng_strmap_init(&w.visited);
    ng_strmap_put(&w.visited, (const char *)&w.ancestors[0], sizeof w.ancestors[0], 1, NULL);
    walk(&w, dfd, path, 0);
    ng_strmap_release(&w.visited);
    free(w.ancestors);
    /* sorted path order across the whole tree (the file names are already
     * in the arena: the documents point at them) */
    if (w.nf > 1)
        qsort(w.files, w.nf, sizeof *w.files, found_cmp);
    ng_buf b = NG_BUF_INIT;
    for (size_t i = 0; i < w.nf; i++) {
        doc *d = add_doc(c, w.files[i].dir, NULL, doc_path(c, &(doc){.name = w.files[i].name,
                                                                      .dir = w.files[i].dir},
                                                           &b));
        d->name = w.files[i].name;
        /* read by its extension, as a file named on the command line (a
         * page was read as text, tags and all; a .jsonl as one article; a
         * .gz skipped as binary) */
        int gz = 0;
        d->kind = (uint8_t)ng_input_kind_of(d->name, &gz);
        d->gz = (uint8_t)gz;
        d->found = 1;
    }
    ng_buf_release(&b);
    free(w.files);
    if (w.unsupported)
        ng_diag_report(c->diag, NG_DIAG_WARNING, path, 0,
                       "%zu file%s of other kinds skipped (articles are read from .txt, .md, "
                       ".html, .htm, .jsonl, .ndjson, .json, .csv, .tsv, each also .gz)",
                       w.unsupported, w.unsupported == 1 ? "" : "s");
    if (w.special)
        ng_diag_report(c->diag, NG_DIAG_WARNING, path, 0,
                       "%zu file%s named as articles but not regular (FIFO, socket, device) "
                       "skipped",
                       w.special, w.special == 1 ? "" : "s");
    if (w.failed)
        return NG_EIO;
    if (w.nf == 0)
        ng_diag_report(c->diag, NG_DIAG_WARNING, path, 0, "no article files in this directory");
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
    /* and across documents, gazetteer entry -> graph node (NG_NONE: not
     * yet): an entry's entity has the same key in every document, so its
     * node is not looked up by key again (the graph keeps its nodes) */
    const ng_extractor *x;
    uint32_t *entry_node;
    size_t n_entry_node, cap_entry_node;
    ng_relation_add *rels; /* the document's last relations, added together */
    size_t n_rels, cap_rels;
    int timing;
    uint64_t flush_ns; /* time in builder_flush (the "graph" stage; the flushes
                        * within a long document count in "relations" too) */
} builder;

/* Relations added at a time: the batch is what ng_graph_add_relations looks
 * ahead in; a book-length document's relations are not all held at once. */
#define BUILDER_RELS 4096

/* Add the relations collected (their evidence points into the document's
 * text: at the latest at its end). */
static void builder_flush(builder *b)
{
    uint64_t t0 = b->timing ? now_ns() : 0;
    ng_graph_add_relations(b->g, b->rels, b->n_rels);
    b->n_rels = 0;
    if (b->timing)
        b->flush_ns += now_ns() - t0;
}

/* The graph node of entity local of the document, e (ng_graph_add_entity:
 * for an entry's entity met before, that would find the node and only
 * mark it live, which its mention does next). */
static uint32_t builder_entity(builder *b, uint32_t local, const ng_entity *e)
{
    int32_t entry = b->x ? ng_extractor_entity_entry(b->x, local) : -1;
    if (entry < 0)
        return ng_graph_add_entity(b->g, e);
    size_t k = (size_t)entry;
    if (k < b->n_entry_node && b->entry_node[k] != NG_NONE)
        return b->entry_node[k];
    if (k >= b->n_entry_node) {
        ng_xgrow(&b->entry_node, &b->cap_entry_node, k + 1, sizeof *b->entry_node);
        for (size_t i = b->n_entry_node; i <= k; i++)
            b->entry_node[i] = NG_NONE;
        b->n_entry_node = k + 1;
    }
    return b->entry_node[k] = ng_graph_add_entity(b->g, e);
}

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
        b->node[local] = builder_entity(b, local, e);
    return b->node[local];
}

static void on_mention(void *ud, const ng_mention *m)
{
    builder *b = ud;
    uint32_t id = builder_node(b, m->doc, m->local, m->entity);
    /* "Moscow said" is a mention of Russia, but "Moscow" is no name of
     * Russia: the city's name stays the city's */
    int metonym = m->rule && m->rule[0] == 'c' && strcmp(m->rule, "capital-for-state") == 0;
    ng_graph_add_mention(b->g, id, m->surface, metonym ? 0 : m->surface_len, m->doc, m->offset);
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
    if (b->n_rels == BUILDER_RELS)
        builder_flush(b);
    ng_xgrow(&b->rels, &b->cap_rels, b->n_rels + 1, sizeof *b->rels);
    b->rels[b->n_rels++] =
        (ng_relation_add){s, d, r->relation, r->role, r->evidence, r->evidence_len};
}

static void on_binding(void *ud, const char *from, const char *to)
{
    builder *b = ud;
    ng_graph_bind(b->g, from, to);
}

static const ng_extract_ops graph_ops = {on_mention, on_relation, on_binding};

/* ---- workers ---------------------------------------------------------------- */

/* The graph the workers' partial graphs are drained into, now and then, so
 * that memory holds one graph and partial ones holding a few documents'
 * counts, whatever the number of threads. Draining is exact and
 * order-independent (documents are disjoint; ng_graph_finish sorts), so
 * the output does not depend on it. A partial graph keeps its nodes and
 * edges linked to the shared graph's: the next drain needs no lookups, and
 * the partial graph does not copy sentences or documents the shared graph
 * can no longer keep. */
typedef struct shared_graph {
    ng_graph *g;
    pthread_mutex_t lock;
} shared_graph;

/* A file buffer larger than this is freed after its document, not kept for
 * the next file. */
#define READ_KEEP ((size_t)16 << 20)

/* Documents a worker reads between two drains into the shared graph. */
#define FLUSH_DOCS 2048

typedef struct worker {
    ng_corpus *c;
    cursor *cur;
    builder b;
    ng_graph *graph;
    shared_graph *shared; /* NULL: graph is the result itself (one thread) */
    size_t unflushed;
    ng_extractor *x;
    uint64_t read_ns, merge_ns;
    unsigned warnings, errors;
    int failed;
    size_t articles, bad;
    doc_messages *msgs; /* in increasing reading order */
    size_t n_msgs, cap_msgs;
    article_ref *refs;  /* the articles read, in increasing document order */
    size_t n_refs, cap_refs;
    ng_arena meta;      /* what they say of themselves */
    /* the messages of each document are collected apart, to be printed in
     * reading order; one stream per worker, reopened when it grows */
    char *mbuf;
    size_t msize;
    FILE *mf;
    /* the document being extracted, when it lies in a buffer of this
     * worker's (read from a file): pages of it already read are given
     * back up to `given` (see text_read) */
    const char *text_buf, *text;
    size_t text_cap;
    uintptr_t given;
} worker;

/* The extractor is done with the document's text before byte upto (a
 * document of several windows): its pages there go back to the system
 * (the buffer is read into again or freed, never read before that). The
 * relations collected point into the text: added first. */
static void text_read(void *ud, size_t upto)
{
    worker *w = ud;
    if (!w->text_buf)
        return;
    builder_flush(&w->b);
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    /* whole pages only, after the one the allocator's header is in */
    uintptr_t from = ((uintptr_t)w->text_buf + page - 1) & ~(page - 1);
    uintptr_t to = ((uintptr_t)w->text + upto) & ~(page - 1);
    if (from < w->given)
        from = w->given;
    if (to > from && madvise((void *)from, to - from, MADV_DONTNEED) == 0)
        w->given = to;
}

/* Is text[0..len) within buf[0..cap)? */
static int within(const char *text, size_t len, const char *buf, size_t cap)
{
    uintptr_t t = (uintptr_t)text, b = (uintptr_t)buf;
    return buf && t >= b && t - b <= cap && len <= cap - (t - b);
}

/* Drain the worker's partial graph into the shared one. Unless `wait`, give
 * up when another worker is draining: workers advance at the same pace and
 * would otherwise queue up at the lock together; this one tries again after
 * its next document (and waits once it holds twice the usual). */
static void flush(worker *w, int wait)
{
    if (!w->shared || !w->unflushed)
        return;
    uint64_t t0 = now_ns();
    if (!wait) {
        if (pthread_mutex_trylock(&w->shared->lock) != 0)
            return;
    } else {
        pthread_mutex_lock(&w->shared->lock);
    }
    ng_graph_drain(w->shared->g, w->graph);
    pthread_mutex_unlock(&w->shared->lock);
    w->merge_ns += now_ns() - t0;
    w->unflushed = 0;
}

/* A document to read: a one-article entry, or a record of a file of many. */
typedef struct job {
    uint64_t seq;
    uint32_t doc;
    uint32_t unit;
    unsigned long line;
    int bad;       /* a malformed or unreadable record, reported */
    int end;       /* no document: messages only (a file of many that failed) */
    ng_record rec; /* a file of many: the record */
    char *pre;     /* messages reported while it was taken */
} job;

/* Documents taken at a time from a file of many, and their bytes at most. */
#define TAKE_DOCS 32
#define TAKE_BYTES ((size_t)256 << 10)
/* A worker's message buffer is reused unless it grew past this. */
#define MSGS_KEEP_BYTES 65536

static void msgs_open(worker *w)
{
    if (w->mf && w->msize > MSGS_KEEP_BYTES) {
        fclose(w->mf);
        free(w->mbuf);
        w->mf = NULL;
    }
    if (!w->mf) {
        w->mbuf = NULL;
        w->msize = 0;
        w->mf = open_memstream(&w->mbuf, &w->msize);
    }
}

/* The messages written since start, as a new string (NULL: none). */
static char *msgs_since(worker *w, size_t start)
{
    if (!w->mf)
        return NULL;
    fflush(w->mf);
    return w->msize > start ? ng_xstrndup(w->mbuf + start, w->msize - start) : NULL;
}

static void msgs_keep(worker *w, uint64_t seq, char *text)
{
    if (!text)
        return;
    ng_xgrow(&w->msgs, &w->cap_msgs, w->n_msgs + 1, sizeof *w->msgs);
    w->msgs[w->n_msgs++] = (doc_messages){seq, text};
}

/* Take the next documents into jobs (up to TAKE_DOCS); returns how many,
 * 0 when there are no more. Files of many are opened and read here, under
 * the lock, a record at a time; their records are parsed by the worker. */
static size_t take(worker *w, job *jobs)
{
    ng_corpus *c = w->c;
    cursor *k = w->cur;
    size_t n = 0, bytes = 0;
    pthread_mutex_lock(&k->lock);
    while (n < TAKE_DOCS && bytes < TAKE_BYTES && !k->stop) {
        job *j = &jobs[n];
        j->bad = j->end = 0;
        j->line = 0;
        j->pre = NULL;
        if (!k->stream) {
            if (n > 0 || k->unit >= c->n_docs)
                break;
            doc *d = &c->docs[k->unit];
            if (!ng_input_kind_is_stream(d->kind) || d->mem != NG_NONE) {
                j->unit = (uint32_t)k->unit++;
                j->doc = k->next_doc++;
                j->seq = k->seq++;
                n = 1;
                break;
            }
            msgs_open(w);
            size_t start = w->msize;
            ng_diag dg = {w->mf, 0, 0, c->diag ? c->diag->quiet : 0};
            ng_buf path = NG_BUF_INIT;
            const char *file = doc_path(c, d, &path);
            k->stream = ng_stream_open(file, (ng_input_kind)d->kind, d->gz, &c->fields,
                                       c->opts.max_bytes, &dg);
            if (k->stream && c->opts.skip_bad)
                ng_stream_skip_bad(k->stream);
            if (k->stream && d->found)
                ng_stream_found_in_tree(k->stream);
            ng_buf_release(&path);
            k->stream_unit = (uint32_t)k->unit++;
            w->warnings += dg.warnings;
            w->errors += dg.errors;
            if (!k->stream) {
                j->unit = k->stream_unit;
                j->seq = k->seq++;
                j->bad = j->end = 1;
                j->pre = msgs_since(w, start);
                n = 1;
                if (!c->opts.skip_bad)
                    k->stop = 1;
                break;
            }
            /* opened with a warning (a whole JSON file skipped): said */
            if ((j->pre = msgs_since(w, start)) != NULL) {
                j->unit = k->stream_unit;
                j->seq = k->seq++;
                j->end = 1;
                n = 1;
                break;
            }
            continue;
        }
        msgs_open(w);
        size_t start = w->msize;
        ng_diag dg = {w->mf, 0, 0, c->diag ? c->diag->quiet : 0};
        int rc = ng_stream_next(k->stream, &j->rec, &j->line, &dg);
        w->warnings += dg.warnings;
        w->errors += dg.errors;
        j->pre = msgs_since(w, start);
        j->unit = k->stream_unit;
        j->seq = k->seq++;
        if (rc == 1) {
            j->doc = k->next_doc++;
            bytes += j->rec.f[NG_FIELD_TEXT].len;
        } else {
            /* the end, or a bad record: messages only */
            j->end = 1;
            j->bad = rc < 0;
            if (rc != NG_EPARSE) {
                ng_stream_close(k->stream);
                k->stream = NULL;
            }
            if (rc < 0 && !c->opts.skip_bad)
                k->stop = 1;
            if (rc == 0 && !j->pre) {
                k->seq--;
                continue; /* nothing to say */
            }
        }
        n++;
        if (j->bad)
            break;
    }
    pthread_mutex_unlock(&k->lock);
    return n;
}

static const char *meta_dup(worker *w, const char *s)
{
    return s ? ng_arena_strdup(&w->meta, s) : NULL;
}

/* The id of an article: its own id, else its URL, else its file's id
 * (with ":LINE" in a file of many), into *b when built. */
static const char *article_id(const ng_corpus *c, const doc *d, const char *const *f,
                              unsigned long line, ng_buf *b, int *own)
{
    *own = 1;
    if (f && f[NG_FIELD_ID])
        return f[NG_FIELD_ID];
    if (f && f[NG_FIELD_URL])
        return f[NG_FIELD_URL];
    *own = 0;
    if (ng_input_kind_is_stream(d->kind) && d->mem == NG_NONE) {
        b->len = 0;
        const char *base = strrchr(d->name, '/');
        ng_buf_printf(b, "%s:%lu", base ? base + 1 : d->name, line);
        return b->data;
    }
    (void)c;
    return d->id;
}

/* Read and extract one document. */
static void process(worker *w, job *j, ng_buf *path, char **rbuf, size_t *rcap, int *dirfd,
                    uint32_t *dir_open)
{
    ng_corpus *c = w->c;
    msgs_open(w);
    size_t mstart = w->msize;
    ng_diag dg = {w->mf, 0, 0, c->diag ? c->diag->quiet : 0};
    if (j->pre)
        fputs(j->pre, w->mf);
    free(j->pre);
    j->pre = NULL;
    /* a bad record is a warning with skip_bad, else an error (the run fails) */
    ng_severity bad_sev = c->opts.skip_bad ? NG_DIAG_WARNING : NG_DIAG_ERROR;
    if (j->end) {
        if (j->bad) {
            w->bad++;
            if (!c->opts.skip_bad)
                w->failed = 1;
        }
        goto done;
    }
    uint64_t t0 = c->opts.timing ? now_ns() : 0;
    doc *d = &c->docs[j->unit];
    const char *file = doc_path(c, d, path);
    /* messages name standard input as the size check did, not by its id */
    const char *name = file ? file : d->stdin_ ? "standard input" : d->id;
    const char *f[NG_FIELD__COUNT] = {NULL};
    ng_record *rec = &j->rec;
    const char *text = NULL;
    size_t len = 0;
    char *raw = NULL;
    size_t rawlen = 0;
    int rc = 0, have_rec = 0;
    char iso[11]; /* an added article's date, normalised: f[NG_FIELD_DATE] points here */
    if (ng_input_kind_is_stream(d->kind) && d->mem == NG_NONE) {
        if (rec->raw && memchr(rec->f[NG_FIELD_TEXT].data, '\0', rec->f[NG_FIELD_TEXT].len)) {
            /* a NUL byte in a JSON line (json-c stops there: "unexpected end
             * of data"): skipped as binary, as a CSV row holding one */
            ng_diag_report(&dg, NG_DIAG_WARNING, name, j->line,
                           "binary content (NUL bytes), not a text document: skipped");
            goto done_read;
        }
        if (rec->raw) {
            char why[256];
            if (ng_record_parse_json(rec, &c->fields, why, sizeof why)) {
                ng_diag_report(&dg, bad_sev, name, j->line, "%s", why);
                w->bad++;
                if (!c->opts.skip_bad) {
                    w->failed = 1;
                    w->cur->stop = 1; /* read under the lock; a late stop costs nothing */
                }
                goto done_read;
            }
        }
        have_rec = 1;
        if (!ng_record_get(rec, NG_FIELD_TEXT)) {
            ng_diag_report(&dg, NG_DIAG_WARNING, name, j->line, "no text; skipped");
            goto done_read;
        }
        raw = rec->f[NG_FIELD_TEXT].data;
        rawlen = rec->f[NG_FIELD_TEXT].len;
    } else if (file) {
        if (d->gz) {
            free(*rbuf);
            *rbuf = NULL;
            *rcap = 0;
            rc = ng_file_read_any(file, 1, c->opts.max_bytes, rbuf, &rawlen, &dg);
            if (*rbuf)
                *rcap = rawlen + 1;
        } else {
            /* a corpus directory stays open while its files are read */
            if (d->dir != *dir_open) {
                if (*dirfd >= 0)
                    close(*dirfd);
                *dir_open = d->dir;
                /* however long its path (ng_dir_open) */
                *dirfd = d->dir == NG_NONE ? -1 : ng_dir_open(c->dirs[d->dir]);
            }
            ng_read_opts ro = read_opts(c);
            if (*dirfd >= 0)
                rc = ng_file_read_at(*dirfd, d->name, file, &ro, rbuf, rcap, &rawlen, &dg);
            else
                rc = ng_file_read_at(AT_FDCWD, file, file, &ro, rbuf, rcap, &rawlen, &dg);
        }
        raw = *rbuf;
        if (rc == 0 && d->kind == NG_INPUT_HTML) {
            ng_record_clear(rec);
            if (ng_record_from_html(rec, raw, rawlen)) {
                ng_diag_report(&dg, NG_DIAG_WARNING, name, 0, "not a readable web page; skipped");
                rc = NG_EENCODING;
            } else {
                have_rec = 1;
                raw = rec->f[NG_FIELD_TEXT].data;
                rawlen = rec->f[NG_FIELD_TEXT].len;
            }
        }
    } else {
        mem_text *m = &c->mem[d->mem];
        raw = m->text;
        rawlen = m->len;
        for (int i = 0; i < NG_FIELD_TEXT; i++)
            f[i] = m->meta[i];
    }
    char *owned = NULL;
    if (rc == 0) {
        /* a record of a file of many: its messages name its line */
        ng_buf rname = NG_BUF_INIT;
        if (ng_input_kind_is_stream(d->kind) && d->mem == NG_NONE && j->line)
            ng_buf_printf(&rname, "%s:%lu", name, j->line);
        rc = ng_document_view(raw ? raw : "", rawlen, rname.len ? rname.data : name, &text, &len,
                              &owned, &dg);
        ng_buf_release(&rname);
    }
    if (rc == 0 && d->kind == NG_INPUT_TEXT && !have_rec &&
        (d->mem == NG_NONE || !c->mem[d->mem].article)) {
        /* front matter, or a dateline */
        if (len >= 3 && memcmp(text, "---", 3) == 0) {
            ng_record_clear(rec);
            ng_record_from_text(rec, text, len);
            have_rec = 1;
            text = rec->f[NG_FIELD_TEXT].data ? rec->f[NG_FIELD_TEXT].data : "";
            len = rec->f[NG_FIELD_TEXT].len;
        } else {
            char dl[11];
            if (ng_dateline(text, len, dl)) {
                ng_record_clear(rec);
                ng_record_set(rec, NG_FIELD_DATE, dl, 10);
                have_rec = 1;
            }
        }
    }
    if (have_rec) {
        ng_record_finish(rec, name, j->line, &dg);
        for (int i = 0; i < NG_FIELD_TEXT; i++)
            f[i] = ng_record_get(rec, (ng_field)i);
    } else if (f[NG_FIELD_DATE]) {
        if (ng_date_parse(f[NG_FIELD_DATE], strlen(f[NG_FIELD_DATE]), iso) == 0) {
            f[NG_FIELD_DATE] = iso;
        } else {
            ng_diag_report(&dg, NG_DIAG_WARNING, name, 0, "date '%.40s' not understood; ignored",
                           f[NG_FIELD_DATE]);
            f[NG_FIELD_DATE] = NULL;
        }
    }
    if (rc == 0) {
        /* an empty document (an empty file, white space only, front
         * matter without a body) is no article, as a record without text
         * is not: a run of nothing but those keeps the previous outputs */
        size_t k = 0;
        while (k < len && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t' ||
                           text[k] == '\r' || text[k] == '\f' || text[k] == '\v'))
            k++;
        if (k == len) {
            ng_diag_report(&dg, NG_DIAG_WARNING, name, j->line, "no text; skipped");
            rc = NG_EENCODING;
        }
    }
    if (rc == 0 && len >= UINT32_MAX) {
        ng_diag_report(&dg, NG_DIAG_WARNING, name, 0, "larger than 4 GiB: skipped");
        rc = NG_EENCODING;
    }
    if (c->opts.timing)
        w->read_ns += now_ns() - t0;
    if (rc == 0 && c->known) {
        ng_buf idb = NG_BUF_INIT;
        int own;
        if (c->known(c->known_ud, article_id(c, d, f, j->line, &idb, &own))) {
            atomic_fetch_add(&c->skipped, 1); /* in the knowledge base already */
            rc = NG_EENCODING;                /* not extracted, not an error */
        }
        ng_buf_release(&idb);
    }
    if (rc == 0) {
        article_ref *r;
        ng_xgrow(&w->refs, &w->cap_refs, w->n_refs + 1, sizeof *w->refs);
        r = &w->refs[w->n_refs++];
        r->doc = j->doc;
        r->unit = j->unit;
        r->line = j->line;
        r->meta = NULL;
        if (f[0] || f[1] || f[2] || f[3] || f[4]) {
            r->meta = ng_arena_alloc(&w->meta, sizeof *r->meta);
            for (int i = 0; i < NG_FIELD_TEXT; i++)
                r->meta->f[i] = meta_dup(w, f[i]);
        }
        w->articles++;
        ng_graph_set_doc_date(w->graph, j->doc, f[NG_FIELD_DATE]);
        ng_extractor_set_date(w->x, f[NG_FIELD_DATE]);
        w->b.timing = c->opts.timing;
        w->b.flush_ns = 0;
        w->text_buf = NULL;
        if (within(text, len, owned, len + 1))
            w->text_buf = owned, w->text_cap = len + 1;
        else if (raw == *rbuf && within(text, len, *rbuf, *rcap))
            w->text_buf = *rbuf, w->text_cap = *rcap;
        w->text = text;
        w->given = 0;
        ng_extractor_run(w->x, j->doc, text, len);
        builder_flush(&w->b);
        w->text_buf = NULL;
        w->merge_ns += w->b.flush_ns; /* the "graph" stage */
    } else if (rc != NG_EENCODING && !c->opts.skip_bad) {
        w->failed = 1;
    }
    free(owned);
done_read:
    if (*rcap > READ_KEEP) {
        /* a very large document: its buffer is not kept */
        free(*rbuf);
        *rbuf = NULL;
        *rcap = 0;
    }
    if (++w->unflushed >= FLUSH_DOCS)
        flush(w, w->unflushed >= 2 * FLUSH_DOCS);
done:
    msgs_keep(w, j->seq, msgs_since(w, mstart));
    w->warnings += dg.warnings;
    w->errors += dg.errors;
}

static void *work(void *arg)
{
    worker *w = arg;
    ng_buf path = NG_BUF_INIT;
    char *rbuf = NULL; /* the file read, reused */
    size_t rcap = 0;
    int dirfd = -1;
    uint32_t dir_open = NG_NONE;
    job *jobs = ng_xcalloc(TAKE_DOCS, sizeof *jobs);
    size_t n;
    while ((n = take(w, jobs)) > 0)
        for (size_t i = 0; i < n; i++)
            process(w, &jobs[i], &path, &rbuf, &rcap, &dirfd, &dir_open);
    flush(w, 1);
    for (size_t i = 0; i < TAKE_DOCS; i++)
        ng_record_release(&jobs[i].rec);
    free(jobs);
    free(rbuf);
    if (dirfd >= 0)
        close(dirfd);
    if (w->mf) {
        fclose(w->mf);
        free(w->mbuf);
    }
    ng_buf_release(&path);
    return NULL;
}

/* Where an article was read, into *b: "path" or "path:line". */
static const char *place(const ng_corpus *c, const article_ref *r, ng_buf *b)
{
    const doc *d = &c->docs[r->unit];
    ng_buf tmp = NG_BUF_INIT;
    const char *p = doc_path(c, d, &tmp);
    b->len = 0;
    ng_buf_puts(b, p ? p : d->id);
    if (r->line)
        ng_buf_printf(b, ":%lu", r->line);
    ng_buf_release(&tmp);
    return ng_buf_cstr(b);
}

/* Name every article of g and give it what it says of itself: its id,
 * else its URL, else its file's id (with ":LINE" in a file of many). Two
 * articles of one id are an error naming both places (NG_EPARSE). */
#define MAX_DUP_REPORTS 10

static int name_articles(ng_corpus *c, ng_graph *g, worker *ws, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += ws[i].n_refs;
    const article_ref **by = ng_xcalloc(total + 1, sizeof *by);
    ng_strmap seen;
    ng_strmap_init(&seen);
    ng_buf b = NG_BUF_INIT, p1 = NG_BUF_INIT, p2 = NG_BUF_INIT;
    size_t *at = ng_xcalloc((size_t)n, sizeof *at), dups = 0;
    int rc = 0;
    for (size_t k = 0;; k++) {
        int best = -1;
        for (int i = 0; i < n; i++)
            if (at[i] < ws[i].n_refs &&
                (best < 0 || ws[i].refs[at[i]].doc < ws[best].refs[at[best]].doc))
                best = i;
        if (best < 0)
            break;
        const article_ref *r = &ws[best].refs[at[best]++];
        by[k] = r;
        const doc *d = &c->docs[r->unit];
        const char *const *f = r->meta ? r->meta->f : NULL;
        int own; /* the id came from inside the article */
        const char *id = article_id(c, d, f, r->line, &b, &own);
        /* the global order: where it was read (units are in id order) */
        ng_graph_set_doc_order(g, r->doc, d->id, r->line);
        uint32_t first = ng_strmap_get(&seen, id, strlen(id));
        if (first != NG_NONE) {
            /* the first few named; the rest counted (a file of one id
             * repeated would print a line per article) */
            if (++dups <= MAX_DUP_REPORTS)
                ng_diag_report(c->diag, NG_DIAG_ERROR, place(c, r, &p1), 0,
                               "article id '%s' is also the id of %s", id,
                               place(c, by[first], &p2));
            rc = NG_EPARSE;
            continue;
        }
        ng_strmap_put(&seen, id, strlen(id), (uint32_t)k, NULL);
        if (!own && id == d->id)
            ng_graph_set_doc_static(g, r->doc, id); /* in c->strings */
        else
            ng_graph_set_doc(g, r->doc, id);
        if (f) {
            ng_article a = {NULL, f[NG_FIELD_URL], f[NG_FIELD_TITLE], f[NG_FIELD_DATE],
                            f[NG_FIELD_SOURCE], NULL, 0};
            ng_graph_set_article(g, r->doc, &a);
        }
    }
    if (dups > MAX_DUP_REPORTS)
        ng_diag_report(c->diag, NG_DIAG_ERROR, NULL, 0,
                       "%zu more articles have the id of an earlier one (not listed)",
                       dups - MAX_DUP_REPORTS);
    free(at);
    free(by);
    ng_strmap_release(&seen);
    ng_buf_release(&b);
    ng_buf_release(&p1);
    ng_buf_release(&p2);
    return rc;
}

static int doc_id_cmp(const void *a, const void *b)
{
    return strcmp(((const doc *)a)->id, ((const doc *)b)->id);
}

void ng_corpus_skip(ng_corpus *c, int (*known)(void *ud, const char *id), void *ud)
{
    c->known = known;
    c->known_ud = ud;
}

size_t ng_corpus_skipped(const ng_corpus *c)
{
    return atomic_load(&c->skipped);
}

int ng_corpus_run(ng_corpus *c)
{
    if (c->graph || c->ran)
        return NG_EARG; /* run already: its documents are gone */
    c->ran = 1;
    /* inputs in the order of their ids, articles of a file in its order:
     * the global order knowledge bases merge in, the same in any shard
     * (input ids are unique: add_doc makes them so) */
    if (c->n_docs > 1) /* qsort(NULL, 0) is undefined */
        qsort(c->docs, c->n_docs, sizeof *c->docs, doc_id_cmp);
    int n = c->opts.threads;
    if (n <= 0) {
        long p = sysconf(_SC_NPROCESSORS_ONLN);
        n = p > 0 ? (int)p : 1;
    }
    int streams = 0;
    for (size_t i = 0; i < c->n_docs && !streams; i++)
        streams = ng_input_kind_is_stream(c->docs[i].kind) && c->docs[i].mem == NG_NONE;
    if (!streams && (size_t)n > c->n_docs)
        n = c->n_docs ? (int)c->n_docs : 1;
    xmlInitParser(); /* before threads parse web pages */
    /* no more inputs: the id table goes, the ids stay (in the string arena) */
    ng_arena_adopt(&c->strings, &c->ids.keys);
    ng_strmap_release(&c->ids);
    ng_strmap_init(&c->ids);
    cursor cur;
    memset(&cur, 0, sizeof cur);
    pthread_mutex_init(&cur.lock, NULL);
    atomic_init(&cur.stop, 0);
    worker *ws = ng_xcalloc((size_t)n, sizeof *ws);
    pthread_t *tids = ng_xcalloc((size_t)n, sizeof *tids);
    shared_graph shared = {NULL, PTHREAD_MUTEX_INITIALIZER};
    if (n > 1) {
        shared.g = ng_graph_new();
        ng_graph_set_evidence_limit(shared.g, c->opts.evidence_limit);
        ng_graph_set_doc_limit(shared.g, c->opts.doc_limit);
    }
    for (int i = 0; i < n; i++) {
        ws[i].c = c;
        ws[i].cur = &cur;
        ng_arena_init(&ws[i].meta, 64 * 1024);
        ws[i].shared = n > 1 ? &shared : NULL;
        ws[i].graph = ng_graph_new();
        if (n > 1)
            ng_graph_set_drained(ws[i].graph); /* drained into shared.g */
        ng_graph_set_evidence_limit(ws[i].graph, c->opts.evidence_limit);
        ng_graph_set_doc_limit(ws[i].graph, c->opts.doc_limit);
        ws[i].b.g = ws[i].graph;
        ws[i].b.doc = UINT32_MAX;
        ws[i].x = ng_extractor_new(c->model, &graph_ops, &ws[i].b, c->opts.extract);
        ws[i].b.x = ws[i].x;
        ng_extractor_on_text_read(ws[i].x, text_read, &ws[i]);
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
    /* every worker has merged its last documents into the shared graph */
    ng_graph *g = n > 1 ? shared.g : ws[0].graph;
    int failed = 0;
    uint64_t merge_ns = 0;
    memset(&c->stats, 0, sizeof c->stats);
    for (int i = 0; i < n; i++) {
        if (n > 1)
            ng_graph_free(ws[i].graph);
        merge_ns += ws[i].merge_ns;
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
        free(ws[i].b.rels);
        free(ws[i].b.entry_node);
    }
    pthread_mutex_destroy(&shared.lock);
    /* the documents' messages in document order: merge the workers' lists */
    size_t *at = ng_xcalloc((size_t)n, sizeof *at);
    for (;;) {
        int best = -1;
        for (int i = 0; i < n; i++)
            if (at[i] < ws[i].n_msgs &&
                (best < 0 || ws[i].msgs[at[i]].seq < ws[best].msgs[at[best]].seq))
                best = i;
        if (best < 0)
            break;
        char *text = ws[best].msgs[at[best]++].text;
        if (c->diag && c->diag->out)
            fputs(text, c->diag->out);
        free(text);
    }
    for (int i = 0; i < n; i++)
        free(ws[i].msgs);
    free(at);
    if (cur.stream)
        ng_stream_close(cur.stream); /* stopped early */
    pthread_mutex_destroy(&cur.lock);
    /* the file ids live in c->strings, as long as the graph (c owns both) */
    if (name_articles(c, g, ws, n))
        failed = 1;
    c->articles = 0;
    c->bad_records = 0;
    for (int i = 0; i < n; i++) {
        c->articles += ws[i].articles;
        c->bad_records += ws[i].bad;
        free(ws[i].refs);
        ng_arena_release(&ws[i].meta);
    }
    if (c->bad_records && c->opts.skip_bad)
        ng_diag_report(c->diag, NG_DIAG_WARNING, NULL, 0,
                       "%zu malformed record%s skipped (--skip-bad)", c->bad_records,
                       c->bad_records == 1 ? "" : "s");
    /* every document is read: the list (24 bytes a document, 17 MB for
     * 700,000) and the in-memory texts go before the graph is exported,
     * which is when memory peaks; the ids stay (c->strings) */
    free(c->docs);
    c->docs = NULL;
    c->cap_docs = 0;
    free(c->dirs);
    c->dirs = NULL;
    c->n_dirs = c->cap_dirs = 0;
    for (size_t i = 0; i < c->n_mem; i++) {
        free(c->mem[i].text);
        for (int f = 0; f < NG_FIELD__COUNT; f++)
            free(c->mem[i].meta[f]);
    }
    free(c->mem);
    c->mem = NULL;
    c->n_mem = c->cap_mem = 0;
    ng_graph_set_extract(g, c->opts.extract);
    if (c->opts.keep_state)
        ng_graph_keep_state(g);
    if (!c->opts.unfinished)
        ng_graph_finish(g, c->opts.cooccurrence);
    /* merging ran in the workers: counted as graph time, summed over threads */
    c->graph_ns = now_ns() - t0 + merge_ns;
    c->graph = g;
    free(ws);
    free(tids);
    return failed ? NG_EIO : 0;
}

ng_graph *ng_corpus_graph(ng_corpus *c)
{
    return c->graph;
}

ng_graph *ng_corpus_take_graph(ng_corpus *c)
{
    ng_graph *g = c->graph;
    c->graph = NULL;
    return g;
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
