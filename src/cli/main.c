/* main.c - the newsgraph command: parse arguments, read inputs, write outputs, exit codes */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h> /* mallopt */
#endif

#include "newsgraph/newsgraph.h"

#include "outfile.h"

enum { EXIT_OK = 0, EXIT_IO = 1, EXIT_USAGE = 2 };

static const char usage_text[] =
    "usage: newsgraph [OPTIONS] INPUT...\n"
    "       newsgraph --update KB.graphml [OPTIONS] INPUT...\n"
    "       newsgraph merge [OPTIONS] GRAPHML...\n"
    "\n"
    "Extract actors, places and events from news articles and draw their relations.\n"
    "INPUT is a file of articles, a directory (every such file below it) or - for\n"
    "standard input: .txt .md (front matter title:/date:/url:/source:), .html .htm,\n"
    ".jsonl .ndjson .json, .csv .tsv (a header row), each also .gz.\n"
    "The GraphML it writes is a knowledge base: 'merge' combines knowledge bases of\n"
    "different articles into what one run over all of them gives; --update adds the\n"
    "articles of INPUT not in KB to it and rewrites it (with -f, also writes those\n"
    "formats into -o DIR).\n"
    "\n"
    "  -o, --output DIR        write outputs into DIR (default: out; created if missing);\n"
    "                          '-' writes the single chosen format to standard output\n"
    "  -o FILE.EXT             write one file: the format its extension names (.svg,\n"
    "                          .png, .pdf, .dot, .gv, .graphml, .gexf, .json, .tsv), or\n"
    "                          the one format -f gives\n"
    "  -f, --formats LIST      comma-separated formats (default: dot,svg,graphml);\n"
    "                          one of: %s\n"
    "  -g, --gazetteer FILE    add a gazetteer (TSV) to the built-in one; repeatable\n"
    "      --triggers FILE     add relation/event trigger words and windows (the format\n"
    "                          of data/triggers.tsv) to the built-in ones; repeatable\n"
    "  -j, --jobs N            worker threads (default: number of processors)\n"
    "  -K, --engine NAME       Graphviz layout: dot, neato, fdp, sfdp, circo, twopi, auto\n"
    "      --title TEXT        title of the diagram\n"
    "      --page SIZE         the page the diagram is made for, which it fills: a4, a5,\n"
    "                          letter, slide (16:9), column (6.5 x 8 in), or WxH in in,\n"
    "                          cm, mm or pt (6.5x4in); default: within a column\n"
    "      --landscape         the page turned (wider than high)\n"
    "      --dpi N             PNG pixels per inch (default 192)\n"
    "  -G, -N, -E NAME=VALUE   a Graphviz attribute of the graph, every node, every edge\n"
    "      --no-layout-limit   lay out with the engine asked however long it takes (a view\n"
    "                          too large for it otherwise uses sfdp, or is bounded)\n"
    "\n"
    "What the diagram (dot, svg, png, pdf) shows; by default typed relations and\n"
    "co-occurrences seen at least twice among the best connected entities, as many\n"
    "as the page holds with labels of at least 8 pt (edges 6 pt), no entity without\n"
    "an edge:\n"
    "      --all               the whole graph, unfiltered (alone)\n"
    "      --min-weight W      only relations stated in at least W sentences\n"
    "      --top N             only the N most connected entities (0 = all)\n"
    "      --max-edges N       only the N strongest edges (0 = all)\n"
    "      --rank degree|mentions  how --top ranks entities (default degree)\n"
    "      --kinds LIST        only these kinds: actor,place,event\n"
    "      --relations LIST    only these relations (supports,opposes,...,co_occurs)\n"
    "      --focus NAME        only the neighbourhood of one entity (name or alias)\n"
    "      --depth K           ... up to K relations away (default 1)\n"
    "      --filter-data       apply these filters to graphml, gexf, json, tsv too\n"
    "      --no-positions      do not lay out the diagram for data-only runs\n"
    "      --field NAME=COLUMN read an article's NAME (id, url, title, date, source,\n"
    "                          text) from this JSON key or CSV column; repeatable\n"
    "      --directed-data     graphml, gexf, json: every edge directed, co_occurs too\n"
    "                          (networkx reads no graph mixing both; default: co_occurs\n"
    "                          edges are undirected)\n"
    "\n"
    "      --no-cooccurrence   drop co_occurs edges\n"
    "      --max-evidence N    evidence sentences kept per edge (default 10, 0 = all)\n"
    "      --max-docs N        documents listed per entity and edge (default 50, 0 = all;\n"
    "                          all are counted)\n"
    "      --skip-bad          skip inputs that cannot be read and malformed JSON lines\n"
    "                          and CSV rows, with a warning, counted (default: name\n"
    "                          them and fail, exit 1)\n"
    "      --max-size SIZE     skip documents larger than SIZE bytes (suffix K, M, G;\n"
    "                          default and most: 4G less 2 bytes), with a warning\n"
    "      --update KB         add INPUT's new articles to the knowledge base KB\n"
    "  -T, --files-from FILE   inputs from FILE too, one a line ('-': standard input)\n"
    "      --stats             print timings and counts to standard error\n"
    "  -q, --quiet             no warnings, errors only\n"
    "  -h, --help              this help\n"
    "  -V, --version           version\n";

static void usage(FILE *f)
{
    char names[256] = "";
    size_t len = 0;
    for (size_t i = 0; i < ng_exporter_count() && len < sizeof names; i++)
        len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", i ? ", " : "",
                                ng_exporter_name(ng_exporter_at(i)));
    fprintf(f, usage_text, names);
}

/* The path of format f in the output directory dir (malloc'd). */
static char *out_path(const char *dir, const ng_exporter *f)
{
    const char *ext = ng_exporter_extension(f);
    size_t n = strlen(dir) + strlen(ext) + 2;
    char *p = malloc(n);
    if (!p)
        abort();
    snprintf(p, n, "%s/%s", dir, ext);
    return p;
}

static int usage_error(const char *fmt, const char *arg)
{
    /* through the diagnostics: an argument's control bytes shown escaped */
    ng_diag d = {stderr, 0, 0, 0};
    ng_diag_report(&d, NG_DIAG_ERROR, NULL, 0, fmt, arg);
    fprintf(stderr, "Try 'newsgraph --help' for more information.\n");
    return EXIT_USAGE;
}

/* --help and --version: what was printed must have reached standard
 * output (`newsgraph --help >/dev/full` is a failure, exit 1). */
static int printed(void)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return EXIT_OK;
    int e = errno;
    ng_diag d = {stderr, 0, 0, 0};
    ng_diag_report(&d, NG_DIAG_ERROR, "standard output", 0, "not written: %s",
                   strerror(e ? e : EIO));
    return EXIT_IO;
}

static int parse_count(const char *s, long max, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < 0 || v > max)
        return -1;
    *out = v;
    return 0;
}

typedef struct options {
    const char *output;
    const ng_exporter *formats[16];
    size_t n_formats;
    const char **gazetteers; /* room for argc entries */
    size_t n_gazetteers;
    const char **triggers;   /* room for argc entries */
    size_t n_triggers;
    long jobs;
    const char *engine;
    const char *title;
    ng_cooccurrence cooccurrence;
    long max_evidence;
    long max_docs;
    int stats;
    int quiet;
    ng_filter *view;     /* what diagrams show */
    int filter_data;
    int positions;
    int directed_only;
    int formats_given;   /* -f was used */
    int single_file;     /* -o FILE.EXT: output is the file */
    int view_given;      /* --top, --max-edges, --all or --focus: no fitting */
    const char *page;    /* --page as given, or NULL */
    int landscape;
    int no_layout_limit;
    long dpi;
    ng_gv_attr *gv_attrs; /* room for argc entries */
    size_t n_gv_attrs;
    int skip_bad;
    unsigned long long max_size;
    const char **fields; /* --field specs, room for argc entries */
    size_t n_fields;
    int merge;          /* newsgraph merge GRAPHML... */
    const char *update; /* --update KB */
    const char **lists; /* -T, --files-from FILE (repeatable): inputs one a line
                           ("-": stdin) */
    size_t n_lists;
} options;

/* A size in bytes, with an optional K, M or G (powers of 1024). */
static int parse_size(const char *s, unsigned long long *out)
{
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9')
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift)
        end++;
    if (errno || *end || v == 0 || v > (1ull << 32) >> shift)
        return -1;
    *out = v << shift;
    return 0;
}

static int parse_formats(options *o, const char *list)
{
    o->n_formats = 0;
    char *copy = strdup(list);
    if (!copy)
        abort();
    int rc = 0;
    for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok;
         tok = strtok_r(NULL, ",", &save)) {
        const ng_exporter *e = ng_exporter_lookup(tok);
        if (!e) {
            rc = usage_error("unknown format '%s'", tok);
            break;
        }
        int dup = 0;
        for (size_t i = 0; i < o->n_formats; i++)
            dup |= o->formats[i] == e;
        if (!dup && o->n_formats < sizeof o->formats / sizeof o->formats[0])
            o->formats[o->n_formats++] = e;
    }
    if (!rc && !o->n_formats)
        rc = usage_error("no format given%s", "");
    free(copy);
    return rc;
}

static const char *const engines[] = {"auto", "dot",   "neato", "fdp",       "sfdp",
                                      "circo", "twopi", "osage", "patchwork", NULL};

/* What --stats reports of the export: the layout, then each format. */
typedef struct export_times {
    double layout_ms;
    double format_ms[16];
} export_times;

static void print_stats(ng_corpus *c, const ng_graph *g, const options *o,
                        const export_times *et, double wall)
{
    double export_ms = et->layout_ms;
    for (size_t i = 0; i < o->n_formats; i++)
        export_ms += et->format_ms[i];
    ng_extract_stats st;
    uint64_t read_ns, graph_ns;
    ng_corpus_stats(c, &st, &read_ns, &graph_ns);
    fprintf(stderr,
            "newsgraph: %llu documents, %llu bytes, %llu tokens, %llu sentences, %llu mentions\n"
            "newsgraph: graph: %zu nodes, %zu edges\n"
            "newsgraph: time (thread-summed ms): read %.1f, tokenize %.1f, match %.1f, "
            "resolve %.1f, relations %.1f; graph %.1f; export %.1f; wall %.3f s\n",
            (unsigned long long)st.documents, (unsigned long long)st.bytes,
            (unsigned long long)st.tokens, (unsigned long long)st.sentences,
            (unsigned long long)st.mentions, ng_graph_node_count(g), ng_graph_edge_count(g),
            read_ns / 1e6, st.tokenize_ns / 1e6, st.match_ns / 1e6, st.resolve_ns / 1e6,
            st.relations_ns / 1e6, graph_ns / 1e6, export_ms, wall);
    fprintf(stderr, "newsgraph: export (ms): layout %.1f", et->layout_ms);
    for (size_t i = 0; i < o->n_formats; i++)
        fprintf(stderr, ", %s %.1f", ng_exporter_name(o->formats[i]), et->format_ms[i]);
    fputc('\n', stderr);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Write every chosen format to a temporary file, then rename all into place:
 * a failure leaves the previous outputs as they were. */
static int write_outputs(const options *o, ng_graph *g, export_times *et, ng_diag *diag)
{
    /* --update without -f: the knowledge base only */
    size_t n_formats = o->update && !o->formats_given ? 0 : o->n_formats;
    ng_export_options *eo = ng_export_options_new();
    ng_export_options_set_string(eo, NG_EXPORT_ENGINE, o->engine);
    ng_export_options_set_string(eo, NG_EXPORT_TITLE, o->title);
    ng_filter *view = ng_export_options_view(eo);
    ng_filter_copy(view, o->view);
    ng_export_options_set_int(eo, NG_EXPORT_FILTER_DATA, o->filter_data);
    ng_export_options_set_int(eo, NG_EXPORT_DIRECTED_ONLY, o->directed_only);
    /* the page: as given (filled), or a report's column (fitted within) */
    double page_w, page_h;
    ng_page_parse(o->page ? o->page : "column", &page_w, &page_h);
    if (o->landscape && page_w < page_h) {
        double t = page_w;
        page_w = page_h;
        page_h = t;
    }
    ng_export_options_set_number(eo, NG_EXPORT_PAGE_WIDTH, page_w);
    ng_export_options_set_number(eo, NG_EXPORT_PAGE_HEIGHT, page_h);
    ng_export_options_set_int(eo, NG_EXPORT_PAGE_FILL, o->page != NULL);
    ng_export_options_set_int(eo, NG_EXPORT_FIT, !o->view_given);
    if (!o->view_given) {
        /* as many entities as the page's area may hold at legible sizes
         * (about 150 x 80 pt each, space around included), 1.25 edges each
         * spread over them; the layout draws fewer when they do not fit
         * (NG_EXPORT_FIT) */
        size_t n = (size_t)(page_w * page_h / 12000.0);
        size_t top = n < 8 ? 8 : n > 80 ? 80 : n;
        ng_filter_set_int(view, NG_FILTER_TOP, (int64_t)top);
        ng_filter_set_int(view, NG_FILTER_MAX_EDGES, (int64_t)(top + top / 4));
        ng_filter_set_int(view, NG_FILTER_SPREAD, 1);
    }
    ng_export_options_set_number(eo, NG_EXPORT_DPI, (double)o->dpi);
    ng_export_options_set_int(eo, NG_EXPORT_NO_LAYOUT_LIMIT, o->no_layout_limit);
    for (size_t i = 0; i < o->n_gv_attrs; i++)
        ng_export_options_add_gv_attr(eo, o->gv_attrs[i].kind, o->gv_attrs[i].name,
                                      o->gv_attrs[i].value);
    /* data exports carry the diagram's positions ... */
    ng_export_options_set_int(eo, NG_EXPORT_POSITIONS, o->positions);
    int positions_only = 1; /* ... and when nothing is drawn, only those */
    for (size_t i = 0; i < n_formats; i++)
        if (ng_exporter_drawing(o->formats[i]) == NG_DRAWING_DIAGRAM &&
            strcmp(ng_exporter_name(o->formats[i]), "dot") != 0)
            positions_only = 0;
    ng_export_options_set_int(eo, NG_EXPORT_POSITIONS_ONLY, positions_only);
    /* as many threads as the extraction had: a second one renders GraphML
     * edges while the graph is laid out */
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    ng_export_options_set_int(eo, NG_EXPORT_THREADS, o->jobs ? o->jobs : cpus > 0 ? cpus : 1);
    ng_export *x = ng_export_new(g, eo);
    ng_export_options_free(eo);
    memset(et, 0, sizeof *et);
    ng_outfile files[17];
    size_t opened = 0;
    int rc = 0;
    int to_stdout = strcmp(o->output, "-") == 0;
    /* the knowledge base first (--update): it is its GraphML */
    size_t first = o->update ? 0 : 1;
    for (size_t k = first; k <= n_formats && !rc; k++) {
        size_t i = k - first;
        const ng_exporter *f = k ? o->formats[k - 1] : ng_exporter_lookup("graphml");
        char *path = !k ? strdup(o->update)
                     : to_stdout || o->single_file ? strdup(to_stdout ? "-" : o->output)
                                                   : out_path(o->output, f);
        if (!path)
            abort();
        rc = ng_outfile_open(&files[opened], path, diag);
        free(path);
        if (rc)
            break;
        opened++;
        /* laid out once, by the first format that needs it: its time is
         * the layout's, not the format's */
        double t = now_s(), laid = ng_export_layout_ms(x);
        rc = ng_export_write(x, f, files[i].fp, diag);
        if (k)
            et->format_ms[k - 1] = (now_s() - t) * 1e3 - (ng_export_layout_ms(x) - laid);
        if (rc == NG_EIO) {
            /* the writer does not name the file nor the cause: one line here */
            int err = ng_outfile_error(&files[i]);
            ng_diag_report(diag, NG_DIAG_ERROR, ng_outfile_name(&files[i]), 0,
                           "not written: %s", err ? strerror(err) : ng_strerror(rc));
        } else if (!rc) {
            rc = ng_outfile_finish(&files[i], diag);
        }
    }
    if (rc) {
        for (size_t i = 0; i < opened; i++)
            ng_outfile_abort(&files[i]);
    } else if (ng_outfile_commit_all(files, opened, diag)) {
        rc = NG_EIO;
    }
    et->layout_ms = ng_export_layout_ms(x);
    ng_export_free(x);
    return rc;
}

/* -o FILE.EXT: one file, in the format its extension names or the one
 * format -f gave; an existing directory, or a name without extension, is an
 * output directory as before. Returns -1 to go on, or an exit status. */
/* A PNG is a bitmap of page x dpi pixels: cairo draws at most 32767 a
 * side (Graphviz then shrinks it, saying so raw on standard error), and
 * `--page 200x200in --dpi 2400` took 4 GB before that. At most 2^29
 * pixels (2 GiB of RGBA; an A4 page at 1600 dpi), checked before anything
 * is read. Returns -1, or the usage error's status. */
static int png_size_check(const options *o)
{
    int png = 0;
    for (size_t i = 0; i < o->n_formats; i++)
        png |= strcmp(ng_exporter_name(o->formats[i]), "png") == 0;
    double w, h;
    if (!png || ng_page_parse(o->page ? o->page : "column", &w, &h))
        return -1;
    double dpi = o->dpi ? (double)o->dpi : 192.0;
    w *= dpi / 72.0; /* the page in points */
    h *= dpi / 72.0;
    if (w <= 32767 && h <= 32767 && w * h <= (double)(1L << 29))
        return -1;
    ng_diag d = {stderr, 0, 0, 0};
    ng_diag_report(&d, NG_DIAG_ERROR, NULL, 0,
                   "a PNG of --page %s at --dpi %ld would be %.0f x %.0f pixels: at most "
                   "32767 a side and 536,870,912 in all (lower --dpi)",
                   o->page ? o->page : "column", o->dpi ? o->dpi : 192L, w, h);
    fprintf(stderr, "Try 'newsgraph --help' for more information.\n");
    return EXIT_USAGE;
}

/* --update writes its knowledge base; an output of -f into the same file
 * (`--update out/graph.graphml -f graphml -o out`) was renamed over it
 * too, the last rename winning: with --filter-data a filtered GraphML
 * without the knowledge base replaced it. Returns -1, or the usage
 * error's status. */
static int update_target_check(const options *o)
{
    if (!o->update || !o->formats_given || strcmp(o->output, "-") == 0)
        return -1;
    struct stat kb, t;
    int kb_known = stat(o->update, &kb) == 0;
    for (size_t i = 0; i < o->n_formats; i++) {
        char *p = o->single_file ? strdup(o->output) : out_path(o->output, o->formats[i]);
        if (!p)
            abort();
        int same = strcmp(p, o->update) == 0 ||
                   (kb_known && stat(p, &t) == 0 && t.st_dev == kb.st_dev &&
                    t.st_ino == kb.st_ino);
        free(p);
        if (same)
            return usage_error("--update writes the knowledge base '%s', and -f -o would write "
                               "it too: drop graphml from -f or choose another -o",
                               o->update);
    }
    return -1;
}

static int output_file(options *o)
{
    static const struct {
        const char *ext, *format;
    } exts[] = {{"svg", "svg"},         {"png", "png"},   {"pdf", "pdf"},
                {"dot", "dot"},         {"gv", "dot"},    {"graphml", "graphml"},
                {"gexf", "gexf"},       {"json", "json"}, {"tsv", "tsv"}};
    struct stat st;
    if (strcmp(o->output, "-") == 0 || (stat(o->output, &st) == 0 && S_ISDIR(st.st_mode)))
        return -1;
    const char *base = strrchr(o->output, '/');
    base = base ? base + 1 : o->output;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base || !dot[1])
        return -1;
    const ng_exporter *named = NULL;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot + 1, exts[i].ext) == 0) /* `-o Figure.SVG` too */
            named = ng_exporter_lookup(exts[i].format);
    if (!o->formats_given) {
        if (!named)
            return -1; /* a directory with a dot in its name */
        o->formats[0] = named;
        o->n_formats = 1;
        /* asked for as -f would: `--update KB -o fig.svg` writes fig.svg
         * (it was left unwritten without a word) */
        o->formats_given = 1;
    } else if (o->n_formats != 1) {
        if (!named)
            return -1;
        return usage_error("-o %s writes one file, but -f gives several formats "
                           "(-o DIR writes each into DIR)",
                           o->output);
    } else if (named && named != o->formats[0] &&
               !(strcasecmp(dot + 1, "tsv") == 0 &&
                 strcmp(ng_exporter_name(o->formats[0]), "evidence") == 0)) {
        ng_diag d = {stderr, 0, 0, 0}; /* the path's control bytes escaped */
        ng_diag_report(&d, NG_DIAG_ERROR, NULL, 0, "-o %s names a %s file, but -f asks for %s",
                       o->output, ng_exporter_name(named), ng_exporter_name(o->formats[0]));
        fputs("Try 'newsgraph --help' for more information.\n", stderr);
        return EXIT_USAGE;
    }
    o->single_file = 1;
    return -1;
}

/* Parse the command line into *o. Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, options *o)
{
    enum {
        OPT_NOCO = 256,
        OPT_MAXEV,
        OPT_MAXDOCS,
        OPT_STATS,
        OPT_TITLE,
        OPT_ALL,
        OPT_MINW,
        OPT_TOP,
        OPT_RANK,
        OPT_KINDS,
        OPT_RELS,
        OPT_FOCUS,
        OPT_DEPTH,
        OPT_FDATA,
        OPT_NOPOS,
        OPT_MAXE,
        OPT_DIRECTED,
        OPT_PAGE,
        OPT_LANDSCAPE,
        OPT_DPI,
        OPT_NOLIMIT,
        OPT_SKIPBAD,
        OPT_MAXSIZE,
        OPT_FIELD,
        OPT_TRIGGERS,
        OPT_UPDATE
    };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"formats", required_argument, NULL, 'f'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"jobs", required_argument, NULL, 'j'},
        {"engine", required_argument, NULL, 'K'},
        {"title", required_argument, NULL, OPT_TITLE},
        {"no-cooccurrence", no_argument, NULL, OPT_NOCO},
        {"max-evidence", required_argument, NULL, OPT_MAXEV},
        {"max-docs", required_argument, NULL, OPT_MAXDOCS},
        {"stats", no_argument, NULL, OPT_STATS},
        {"all", no_argument, NULL, OPT_ALL},
        {"min-weight", required_argument, NULL, OPT_MINW},
        {"top", required_argument, NULL, OPT_TOP},
        {"rank", required_argument, NULL, OPT_RANK},
        {"kinds", required_argument, NULL, OPT_KINDS},
        {"relations", required_argument, NULL, OPT_RELS},
        {"focus", required_argument, NULL, OPT_FOCUS},
        {"depth", required_argument, NULL, OPT_DEPTH},
        {"filter-data", no_argument, NULL, OPT_FDATA},
        {"no-positions", no_argument, NULL, OPT_NOPOS},
        {"max-edges", required_argument, NULL, OPT_MAXE},
        {"triggers", required_argument, NULL, OPT_TRIGGERS},
        {"directed-data", no_argument, NULL, OPT_DIRECTED},
        {"page", required_argument, NULL, OPT_PAGE},
        {"landscape", no_argument, NULL, OPT_LANDSCAPE},
        {"dpi", required_argument, NULL, OPT_DPI},
        {"no-layout-limit", no_argument, NULL, OPT_NOLIMIT},
        {"skip-bad", no_argument, NULL, OPT_SKIPBAD},
        {"max-size", required_argument, NULL, OPT_MAXSIZE},
        {"field", required_argument, NULL, OPT_FIELD},
        {"update", required_argument, NULL, OPT_UPDATE},
        {"files-from", required_argument, NULL, 'T'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    int c, rc;
    int all = 0;              /* --all given */
    const char *focus = NULL; /* --focus NAME */
    const char *view_opt = NULL; /* the first other view option given */
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:f:g:j:K:G:N:E:qhVT:", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            if (!*optarg)
                return usage_error("empty output directory%s", "");
            o->output = optarg;
            break;
        case 'f':
            if ((rc = parse_formats(o, optarg)))
                return rc;
            o->formats_given = 1;
            break;
        case 'G':
        case 'N':
        case 'E': {
            const char *eq = strchr(optarg, '=');
            char why[256];
            static const char *const what[] = {"graph", "node", "edge"};
            const char *w = what[c == 'G' ? 0 : c == 'N' ? 1 : 2];
            if (!eq || eq == optarg) {
                ng_diag d = {stderr, 0, 0, 0};
                ng_diag_report(&d, NG_DIAG_ERROR, NULL, 0,
                               "-%c %s: expected NAME=VALUE (a %s attribute)", c, optarg, w);
                fputs("Try 'newsgraph --help' for more information.\n", stderr);
                return EXIT_USAGE;
            }
            ng_gv_attr *a = &o->gv_attrs[o->n_gv_attrs++];
            a->kind = (char)c;
            a->name = strndup(optarg, (size_t)(eq - optarg));
            if (!a->name)
                abort();
            a->value = eq + 1;
            if (ng_gv_attr_check(a->kind, a->name, a->value, why, sizeof why)) {
                ng_diag d = {stderr, 0, 0, 0};
                ng_diag_report(&d, NG_DIAG_ERROR, NULL, 0, "-%c %s: %s", c, optarg, why);
                fputs("Try 'newsgraph --help' for more information.\n", stderr);
                return EXIT_USAGE;
            }
            break;
        }
        case OPT_PAGE: {
            double w, h;
            if (ng_page_parse(optarg, &w, &h))
                return usage_error("invalid page size '%s' (a4, a5, letter, slide, column, or "
                                   "WxH with a unit: in, cm, mm, pt; 1 to 200 in)",
                                   optarg);
            o->page = optarg;
            break;
        }
        case OPT_LANDSCAPE:
            o->landscape = 1;
            break;
        case OPT_NOLIMIT:
            o->no_layout_limit = 1;
            break;
        case OPT_DPI:
            if (parse_count(optarg, 2400, &o->dpi) || o->dpi < 10)
                return usage_error("invalid resolution '%s' (10 to 2400 dots per inch)", optarg);
            break;
        case 'T':
            if (!*optarg)
                return usage_error("empty --files-from file%s", "");
            o->lists[o->n_lists++] = optarg; /* each read: none silently dropped */
            break;
        case OPT_UPDATE:
            if (!*optarg)
                return usage_error("empty --update file%s", "");
            /* the last would win: the first knowledge base left as it was */
            if (o->update && strcmp(o->update, optarg))
                return usage_error("--update given twice (the second: '%s'): one knowledge "
                                   "base is updated at a time",
                                   optarg);
            o->update = optarg;
            break;
        case 'g':
            if (!*optarg)
                return usage_error("empty --gazetteer file%s", "");
            o->gazetteers[o->n_gazetteers++] = optarg;
            break;
        case OPT_TRIGGERS:
            if (!*optarg)
                return usage_error("empty --triggers file%s", "");
            o->triggers[o->n_triggers++] = optarg;
            break;
        case 'j':
            if (parse_count(optarg, 1024, &o->jobs) || o->jobs == 0)
                return usage_error("invalid job count '%s' (1 to 1024)", optarg);
            break;
        case 'K': {
            int ok = 0;
            for (int i = 0; engines[i]; i++)
                ok |= strcmp(engines[i], optarg) == 0;
            if (!ok)
                return usage_error("unknown layout engine '%s'", optarg);
            o->engine = optarg;
            break;
        }
        case OPT_TITLE:
            o->title = optarg;
            break;
        case OPT_NOCO:
            o->cooccurrence = NG_COOC_DROP;
            break;
        case OPT_MAXEV:
            if (parse_count(optarg, 1000000, &o->max_evidence))
                return usage_error("invalid evidence count '%s'", optarg);
            break;
        case OPT_MAXDOCS:
            if (parse_count(optarg, 1000000000, &o->max_docs))
                return usage_error("invalid document count '%s'", optarg);
            break;
        case OPT_STATS:
            o->stats = 1;
            break;
        case OPT_ALL:
            all = 1;
            ng_filter_free(o->view);
            o->view = ng_filter_new();
            o->view_given = 1;
            break;
        case OPT_MINW: {
            view_opt = view_opt ? view_opt : "--min-weight";
            long w;
            if (parse_count(optarg, 1000000000, &w))
                return usage_error("invalid weight '%s'", optarg);
            ng_filter_set_number(o->view, NG_FILTER_MIN_WEIGHT, (double)w);
            break;
        }
        case OPT_TOP: {
            view_opt = view_opt ? view_opt : "--top";
            long n;
            if (parse_count(optarg, 100000000, &n))
                return usage_error("invalid count '%s'", optarg);
            ng_filter_set_int(o->view, NG_FILTER_TOP, n);
            o->view_given = 1;
            break;
        }
        case OPT_RANK:
            view_opt = view_opt ? view_opt : "--rank";
            if (strcmp(optarg, "degree") == 0)
                ng_filter_set_int(o->view, NG_FILTER_RANK, NG_RANK_DEGREE);
            else if (strcmp(optarg, "mentions") == 0)
                ng_filter_set_int(o->view, NG_FILTER_RANK, NG_RANK_MENTIONS);
            else
                return usage_error("unknown ranking '%s' (degree or mentions)", optarg);
            break;
        case OPT_KINDS: {
            view_opt = view_opt ? view_opt : "--kinds";
            char bad[64];
            unsigned kinds;
            if (ng_filter_parse_kinds(optarg, &kinds, bad, sizeof bad))
                return usage_error("unknown kind '%s' (actor, place, event)", bad);
            ng_filter_set_int(o->view, NG_FILTER_KINDS, kinds);
            break;
        }
        case OPT_RELS: {
            view_opt = view_opt ? view_opt : "--relations";
            char bad[64];
            uint32_t rels;
            if (ng_filter_parse_relations(optarg, &rels, bad, sizeof bad))
                return usage_error("unknown relation '%s'", bad);
            ng_filter_set_int(o->view, NG_FILTER_RELATIONS, rels);
            if (rels & (1u << NG_REL_CO_OCCURS))
                ng_filter_set_number(o->view, NG_FILTER_MIN_COOCCURRENCE, 0); /* asked for: shown */
            break;
        }
        case OPT_FOCUS:
            view_opt = view_opt ? view_opt : "--focus";
            if (!*optarg)
                return usage_error("empty --focus name%s", "");
            if (focus && strcmp(focus, optarg))
                return usage_error("--focus given twice (the second: '%s'): the view has one "
                                   "focus",
                                   optarg);
            focus = optarg;
            ng_filter_set_string(o->view, NG_FILTER_FOCUS, optarg);
            ng_filter_set_int(o->view, NG_FILTER_TOP, 0);
            o->view_given = 1;
            break;
        case OPT_DEPTH: {
            view_opt = view_opt ? view_opt : "--depth";
            long d;
            if (parse_count(optarg, 1000, &d) || d == 0)
                return usage_error("invalid depth '%s' (1 to 1000)", optarg);
            ng_filter_set_int(o->view, NG_FILTER_DEPTH, d);
            break;
        }
        case OPT_FDATA:
            o->filter_data = 1;
            break;
        case OPT_NOPOS:
            o->positions = 0;
            break;
        case OPT_MAXE: {
            view_opt = view_opt ? view_opt : "--max-edges";
            long n;
            if (parse_count(optarg, 100000000, &n))
                return usage_error("invalid count '%s'", optarg);
            ng_filter_set_int(o->view, NG_FILTER_MAX_EDGES, n);
            o->view_given = 1;
            break;
        }
        case OPT_DIRECTED:
            o->directed_only = 1;
            break;
        case OPT_SKIPBAD:
            o->skip_bad = 1;
            break;
        case OPT_MAXSIZE:
            if (parse_size(optarg, &o->max_size))
                return usage_error("invalid size '%s' (1 to 4G)", optarg);
            break;
        case OPT_FIELD: {
            ng_fields f;
            ng_fields_init(&f);
            int bad = ng_fields_set(&f, optarg);
            ng_fields_release(&f);
            if (bad)
                return usage_error("invalid --field '%s' (NAME=COLUMN, NAME one of id, url, "
                                   "title, date, source, text)", optarg);
            /* one column a field: the last would win without a word */
            size_t nl = strcspn(optarg, "=");
            for (size_t i = 0; i < o->n_fields; i++)
                if (!strncmp(o->fields[i], optarg, nl) && o->fields[i][nl] == '=' &&
                    strcmp(o->fields[i], optarg))
                    return usage_error("--field '%s': that field is given another column "
                                       "already",
                                       optarg);
            o->fields[o->n_fields++] = optarg;
            break;
        }
        case 'q':
            o->quiet = 1;
            break;
        case 'h':
            usage(stdout);
            return printed();
        case 'V':
            printf("newsgraph %s\n", NG_VERSION);
            return printed();
        case ':':
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc && !o->n_lists)
        return usage_error("no input given%s", "");
    if (o->merge && o->update)
        return usage_error("merge and --update do not go together%s", "");
    /* --all is the whole graph: with a view option one of the two would be
     * dropped without a word (which one depended on their order) */
    if (all && view_opt)
        return usage_error("--all shows the whole graph: it does not go with %s", view_opt);
    if (strcmp(o->output, "-") == 0 && o->n_formats != 1)
        return usage_error("standard output takes exactly one format (-f)%s", "");
    int out = output_file(o);
    if (out < 0)
        out = update_target_check(o);
    return out >= 0 ? out : png_size_check(o);
}

/* A line of a -T list longer than this is no file name (a path longer than
 * PATH_MAX is read, but not one of a megabyte): reading /dev/zero or an
 * endless line stops there. */
#define LIST_LINE_MAX (1u << 20)

/* -T FILE: every line of FILE ("-": standard input) an input, given to
 * add (a corpus's inputs, or a merge's knowledge bases); lines end at LF,
 * CR LF or CR, empty lines are skipped, a UTF-8 BOM is skipped. A list
 * gets the bounds of any input: a NUL byte, a line over LIST_LINE_MAX or
 * more than max bytes in all ends the reading with an error (the file is
 * not a list of files: `yes | newsgraph --skip-bad -T -` ends); so does
 * the first input add refuses (it said why). A name repeated is one input
 * (add reads it once, and a line like the one before is not even looked
 * up: `yes` costs a byte comparison a line). Returns 0, or 1 after
 * reporting. */
static int files_from(const char *file, unsigned long long max,
                      int (*add)(void *ud, const char *path), void *ud, ng_diag *diag)
{
    if (!max || max > UINT32_MAX - 1ULL)
        max = UINT32_MAX - 1ULL; /* what any input may hold (--max-size's default) */
    FILE *f = stdin;
    if (strcmp(file, "-") != 0) {
        int fd = ng_input_open(file, diag); /* a FIFO with no writer: said */
        if (fd < 0)
            return 1;
        if (!(f = fdopen(fd, "r"))) {
            ng_diag_report(diag, NG_DIAG_ERROR, file, 0, "cannot read: %s", strerror(errno));
            close(fd);
            return 1;
        }
    }
    const char *name = f == stdin ? "standard input" : file;
    char *line = malloc(LIST_LINE_MAX + 1), *prev = malloc(LIST_LINE_MAX + 1);
    if (!line || !prev)
        abort();
    size_t n = 0, n_prev = (size_t)-1, prev_at = 0;
    unsigned long no = 0;
    unsigned long long total = 0;
    int rc = 0, c;
    do {
        c = getc_unlocked(f);
        if (c != EOF && ++total > max) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, no + 1,
                           "larger than %llu bytes: not a list of files", max);
            rc = 1;
            break;
        }
        if (c != EOF && c != '\n' && c != '\r') {
            if (c == '\0' || n == LIST_LINE_MAX) {
                ng_diag_report(diag, NG_DIAG_ERROR, name, no + 1,
                               c ? "a line longer than %u bytes: not a list of files"
                                 : "binary content (NUL bytes): not a list of files",
                               LIST_LINE_MAX);
                rc = 1;
                break;
            }
            line[n++] = (char)c;
            continue;
        }
        if (c == EOF && n == 0)
            break;
        no++;
        line[n] = '\0';
        const char *p = line;
        if (no == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
        size_t np = n - (size_t)(p - line);
        if (*p && !(np == n_prev && memcmp(p, prev + prev_at, np) == 0)) {
            if (add(ud, p)) {
                rc = 1;
                break; /* the run fails: the rest unread (`yes | newsgraph -T -` ends) */
            }
            char *t = prev; /* this name is the one to compare the next with */
            prev = line;
            line = t;
            prev_at = (size_t)(p - prev);
            n_prev = np;
        }
        n = 0;
    } while (c != EOF);
    if (ferror(f)) {
        ng_diag_report(diag, NG_DIAG_ERROR, name, 0, "read failed: %s", strerror(errno));
        rc = 1;
    }
    free(line);
    free(prev);
    if (f != stdin)
        fclose(f);
    return rc;
}

static int add_input(void *ud, const char *path)
{
    return ng_corpus_add_input(ud, path) != 0;
}

static int add_kb(void *ud, const char *path)
{
    return ng_kb_add_file(ud, path) != 0;
}

static int kb_knows(void *ud, const char *id)
{
    return ng_kb_has_article(ud, id);
}

/* Where the outputs go: the directory -o names, or for -o FILE.EXT the
 * directory FILE.EXT is in ("." without a slash, "/" for "/x.svg"). */
static char *output_parent(const options *o)
{
    char *parent;
    if (o->single_file) {
        const char *slash = strrchr(o->output, '/');
        parent = slash ? strndup(o->output, (size_t)(slash - o->output) + (slash == o->output))
                       : strdup(".");
    } else {
        parent = strdup(o->output);
    }
    if (!parent)
        abort();
    return parent;
}

static int run(int argc, char **argv, const options *o);
static int run_merge(int argc, char **argv, const options *o);

int main(int argc, char **argv)
{
    options o = {.output = "out", .jobs = 0, .cooccurrence = NG_COOC_UNTYPED, .max_evidence = 10,
                 .max_docs = 50, .positions = 1};
    ng_outfile_signals(); /* a run stopped by a signal leaves no temporary file */
#ifdef M_MMAP_THRESHOLD
    /* a block of 1 MB or more in pages of its own, always: glibc raises
     * the threshold to each large block freed (up to 32 MB), and then
     * the temporary tables of finishing and export stay in the heap */
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    o.view = ng_filter_new();
    ng_filter_default_drawing(o.view);
    parse_formats(&o, "dot,svg,graphml");
    o.gazetteers = calloc((size_t)argc + 1, sizeof *o.gazetteers);
    o.triggers = calloc((size_t)argc + 1, sizeof *o.triggers);
    if (!o.gazetteers || !o.triggers)
        abort();
    o.fields = calloc((size_t)argc + 1, sizeof *o.fields);
    if (!o.fields)
        abort();
    o.gv_attrs = calloc((size_t)argc + 1, sizeof *o.gv_attrs);
    o.lists = calloc((size_t)argc + 1, sizeof *o.lists);
    if (!o.gv_attrs || !o.lists)
        abort();
    if (argc > 1 && strcmp(argv[1], "merge") == 0) {
        o.merge = 1;
        argv[1] = argv[0]; /* getopt starts after it */
        argc--;
        argv++;
    }
    int status = parse_args(argc, argv, &o);
    if (status < 0)
        status = o.merge ? run_merge(argc, argv, &o) : run(argc, argv, &o);
    for (size_t i = 0; i < o.n_gv_attrs; i++)
        free((void *)o.gv_attrs[i].name);
    free(o.gv_attrs);
    ng_filter_free(o.view);
    free((void *)o.gazetteers);
    free((void *)o.fields);
    free((void *)o.triggers);
    free((void *)o.lists);
    return status;
}

/* The knowledge-base options of the command line (limits within range:
 * parse_count checked them). */
static ng_kb_options *kb_options(const options *o)
{
    ng_kb_options *ko = ng_kb_options_new();
    ng_kb_options_set_int(ko, NG_KB_DOC_LIMIT, o->max_docs);
    ng_kb_options_set_int(ko, NG_KB_EVIDENCE_LIMIT, o->max_evidence);
    return ko;
}

/* Load the model, read the inputs, extract, write the outputs. */
static int run(int argc, char **argv, const options *o)
{
    double t0 = now_s();
    ng_diag diag = {stderr, 0, 0, o->quiet};
    int status = EXIT_OK;
    char *parent = NULL; /* where the outputs go: DIR, or FILE's directory */
    ng_model *model = ng_model_new();
    ng_corpus *corpus = NULL;
    ng_kb *kb = NULL;      /* --update: the knowledge base */
    ng_graph *built = NULL; /* ... and the graph built from it */
    if (ng_model_load_defaults(model, &diag)) {
        status = EXIT_IO;
        goto done;
    }
    for (size_t i = 0; i < o->n_gazetteers; i++)
        if (ng_model_add_gazetteer_file(model, o->gazetteers[i], &diag))
            status = EXIT_IO;
    for (size_t i = 0; i < o->n_triggers; i++)
        if (ng_model_add_triggers_file(model, o->triggers[i], &diag))
            status = EXIT_IO;
    if (status)
        goto done;
    ng_model_compile(model);

    if (o->update) {
        ng_kb_options *ko = kb_options(o);
        kb = ng_kb_new(ko, &diag);
        ng_kb_options_free(ko);
        if (ng_kb_add_file(kb, o->update) || ng_outpath_check(o->update, &diag)) {
            status = EXIT_IO;
            goto done;
        }
    }
    ng_corpus_options *co = ng_corpus_options_new();
    ng_corpus_options_set_int(co, NG_CORPUS_THREADS, o->jobs);
    ng_corpus_options_set_int(co, NG_CORPUS_COOCCURRENCE, o->cooccurrence);
    ng_corpus_options_set_int(co, NG_CORPUS_EVIDENCE_LIMIT, o->max_evidence);
    ng_corpus_options_set_int(co, NG_CORPUS_DOC_LIMIT, o->max_docs);
    ng_corpus_options_set_int(co, NG_CORPUS_TIMING, o->stats);
    ng_corpus_options_set_int(co, NG_CORPUS_SKIP_BAD, o->skip_bad);
    ng_corpus_options_set_int(co, NG_CORPUS_MAX_BYTES, (int64_t)o->max_size);
    /* the GraphML written is a knowledge base: the graph keeps its state */
    ng_corpus_options_set_int(co, NG_CORPUS_KEEP_STATE, 1);
    /* with --update: merged with the knowledge base, then finished */
    ng_corpus_options_set_int(co, NG_CORPUS_UNFINISHED, o->update != NULL);
    corpus = ng_corpus_new(model, co, &diag);
    ng_corpus_options_free(co);
    for (size_t i = 0; i < o->n_fields; i++)
        ng_corpus_set_field(corpus, o->fields[i]); /* checked by parse_args */
    if (!o->single_file && strcmp(o->output, "-") != 0)
        ng_corpus_skip_directory(corpus, o->output); /* `-o out .`: not its own input */
    if (strcmp(o->output, "-") != 0) {
        /* `-o arts.json arts.json` would replace the articles read */
        size_t nf = o->update && !o->formats_given ? 0 : o->n_formats;
        for (size_t i = 0; i < nf; i++) {
            char *p = o->single_file ? strdup(o->output) : out_path(o->output, o->formats[i]);
            if (!p)
                abort();
            ng_corpus_protect(corpus, p);
            free(p);
        }
    }
    /* every input is checked before anything is written */
    for (int i = optind; i < argc; i++)
        if (ng_corpus_add_input(corpus, argv[i]))
            status = EXIT_IO;
    for (size_t i = 0; i < o->n_lists; i++)
        if (files_from(o->lists[i], o->max_size, add_input, corpus, &diag))
            status = EXIT_IO;
    if (status)
        goto done;
    if (kb)
        ng_corpus_skip(corpus, kb_knows, kb); /* what it has already */
    /* ... and where the outputs go, without creating anything yet */
    parent = output_parent(o);
    if (o->single_file) {
        if (ng_dir_check(parent, &diag) || ng_outpath_check(o->output, &diag)) {
            status = EXIT_IO;
            goto done;
        }
    } else if (strcmp(o->output, "-") != 0 && (!o->update || o->formats_given)) {
        if (ng_dir_check(o->output, &diag))
            status = EXIT_IO;
        for (size_t i = 0; i < o->n_formats && !status; i++) {
            char *path = out_path(o->output, o->formats[i]);
            if (ng_outpath_check(path, &diag))
                status = EXIT_IO;
            free(path);
        }
        if (status)
            goto done;
    }
    if (ng_corpus_run(corpus)) {
        /* the unreadable inputs are named; nothing is written */
        status = EXIT_IO;
        goto done;
    }
    ng_graph *g = ng_corpus_graph(corpus);
    if (kb) {
        size_t fresh = ng_corpus_document_count(corpus);
        if (!fresh) {
            /* nothing changes: nothing is written; but the knowledge base
             * is read whole all the same (its table of articles alone was
             * read), so that a broken one is said to be so, exit 1 */
            if (ng_kb_build(kb, o->cooccurrence, &built)) {
                status = EXIT_IO;
                goto done;
            }
        }
        if (!o->quiet)
            ng_diag_report(&diag, NG_DIAG_NOTE, o->update, 0,
                           "%zu articles; %zu of the inputs' already in it (skipped), %zu new",
                           ng_kb_article_count(kb), ng_corpus_skipped(corpus), fresh);
        if (!fresh)
            goto done;
    }
    if (ng_corpus_document_count(corpus) == 0) {
        /* an empty graph would replace the previous outputs: keep them */
        ng_diag_report(&diag, NG_DIAG_ERROR, NULL, 0,
                       "no article found in the inputs; no output written");
        status = EXIT_IO;
        goto done;
    }
    if (kb) {
        if (ng_kb_add_graph(kb, ng_corpus_take_graph(corpus), "the new articles") ||
            ng_kb_build(kb, o->cooccurrence, &built)) {
            status = EXIT_IO;
            goto done;
        }
        g = built;
    }
    if (ng_filter_get_string(o->view, NG_FILTER_FOCUS)) {
        /* an unknown --focus name: one message, nothing written, whatever
         * the formats (data formats alone would not need the view) */
        ng_graph *view = ng_filter_apply(g, o->view, &diag);
        if (!view) {
            status = EXIT_IO;
            goto done;
        }
        ng_graph_free(view);
    }
    if (strcmp(o->output, "-") != 0 && (!o->update || o->formats_given) &&
        ng_dir_make(parent, &diag)) {
        status = EXIT_IO;
        goto done;
    }
    export_times et;
    if (write_outputs(o, g, &et, &diag))
        status = EXIT_IO;
    if (o->stats)
        print_stats(corpus, g, o, &et, now_s() - t0);
done:
    free(parent);
    ng_graph_free(built);
    ng_kb_free(kb);
    ng_corpus_free(corpus);
    ng_model_free(model);
    return status;
}

/* newsgraph merge: read knowledge bases, merge them, write the outputs. */
static int run_merge(int argc, char **argv, const options *o)
{
    double t0 = now_s();
    ng_diag diag = {stderr, 0, 0, o->quiet};
    int status = EXIT_OK;
    ng_graph *g = NULL;
    ng_kb_options *ko = kb_options(o);
    ng_kb *kb = ng_kb_new(ko, &diag);
    ng_kb_options_free(ko);
    if (o->n_gazetteers)
        fprintf(stderr, "newsgraph: merge: -g is ignored (the knowledge bases hold what "
                        "their runs extracted)\n");
    /* every input and output is checked before anything is written */
    for (int i = optind; i < argc; i++)
        if (ng_kb_add_file(kb, argv[i]))
            status = EXIT_IO;
    for (size_t i = 0; i < o->n_lists; i++)
        if (files_from(o->lists[i], o->max_size, add_kb, kb, &diag))
            status = EXIT_IO;
    /* -o FILE.EXT as in a run: its directory made, not a directory of
     * that name (`merge -o x.svg` made x.svg/, then failed) */
    char *parent = output_parent(o);
    if (!status && strcmp(o->output, "-") != 0 && o->single_file) {
        if (ng_dir_check(parent, &diag) || ng_outpath_check(o->output, &diag))
            status = EXIT_IO;
    } else if (!status && strcmp(o->output, "-") != 0) {
        if (ng_dir_check(o->output, &diag))
            status = EXIT_IO;
        for (size_t i = 0; i < o->n_formats && !status; i++) {
            char *path = out_path(o->output, o->formats[i]);
            if (ng_outpath_check(path, &diag))
                status = EXIT_IO;
            free(path);
        }
    }
    if (!status && ng_kb_article_count(kb) == 0) {
        /* `merge -T /dev/null`: an empty graph would replace the outputs */
        ng_diag_report(&diag, NG_DIAG_ERROR, NULL, 0,
                       "no article in the knowledge bases; no output written");
        status = EXIT_IO;
    }
    double t1 = now_s();
    if (!status && ng_kb_build(kb, o->cooccurrence, &g))
        status = EXIT_IO;
    double t2 = now_s();
    if (!status && strcmp(o->output, "-") != 0 && ng_dir_make(parent, &diag))
        status = EXIT_IO;
    free(parent);
    export_times et;
    if (!status && write_outputs(o, g, &et, &diag))
        status = EXIT_IO;
    if (!status && o->stats)
        fprintf(stderr,
                "newsgraph: merge: %d knowledge bases, %zu articles, %zu nodes, %zu edges; "
                "headers %.3f s, merge %.3f s, export %.3f s, wall %.3f s\n",
                argc - optind, ng_kb_article_count(kb), ng_graph_node_count(g),
                ng_graph_edge_count(g), t1 - t0, t2 - t1, now_s() - t2, now_s() - t0);
    ng_graph_free(g);
    ng_kb_free(kb);
    return status;
}
