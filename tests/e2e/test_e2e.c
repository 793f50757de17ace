/* test_e2e.c - end-to-end: the newsgraph binary on seeds/ and crafted inputs
 *
 * usage: test_e2e NEWSGRAPH SOURCE_ROOT
 * Validates GraphML against the GraphML XSD with libxml2's schema API,
 * parses the DOT back with cgraph, checks the SVG is well-formed XML,
 * checks determinism (twice, and for -j 1 vs -j 2) and that the committed
 * out/ matches what the program writes now.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "common/files.h"
#include "common/gexf_schema.h"

#include <dirent.h>
#include <fcntl.h>
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <math.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const char *bin;
static const char *root;

/* ---- helpers --------------------------------------------------------------- */




static char *tmpdir(void)
{
    char tmpl[] = "/tmp/ng-e2e-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}


/* Run newsgraph with args (NULL-terminated). Standard input from in_path
 * (or /dev/null), standard output and error captured. Returns the exit
 * status, or -1 when killed by a signal. */
static int run(const char *in_path, char **out, char **err, ...)
{
    const char *argv[64];
    int argc = 0;
    argv[argc++] = bin;
    va_list ap;
    va_start(ap, err);
    const char *a;
    while ((a = va_arg(ap, const char *)) != NULL && argc < 63)
        argv[argc++] = a;
    va_end(ap);
    argv[argc] = NULL;
    char outp[] = "/tmp/ng-e2e-outXXXXXX", errp[] = "/tmp/ng-e2e-errXXXXXX";
    int ofd = mkstemp(outp), efd = mkstemp(errp);
    assert_true(ofd >= 0 && efd >= 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in_path ? in_path : "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, ofd, 1);
    posix_spawn_file_actions_adddup2(&fa, efd, 2);
    pid_t pid;
    int rc = posix_spawn(&pid, bin, &fa, NULL, (char *const *)argv, environ);
    assert_int_equal(rc, 0);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    posix_spawn_file_actions_destroy(&fa);
    close(ofd);
    close(efd);
    char *o = read_all(outp, NULL), *e = read_all(errp, NULL);
    unlink(outp);
    unlink(errp);
    if (out)
        *out = o;
    else
        free(o);
    if (err)
        *err = e;
    else
        free(e);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int file_exists(const char *dir, const char *name)
{
    char *p = path_join(dir, name);
    struct stat st;
    int ok = stat(p, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
    free(p);
    return ok;
}

static int same_file(const char *a, const char *b)
{
    size_t la, lb;
    char *x = read_all(a, &la), *y = read_all(b, &lb);
    int same = x && y && la == lb && memcmp(x, y, la) == 0;
    free(x);
    free(y);
    return same;
}

static size_t count_elements(xmlNodePtr n, const char *name)
{
    size_t c = 0;
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            if (!strcmp((const char *)n->name, name))
                c++;
            c += count_elements(n->children, name);
        }
    }
    return c;
}

/* Validate a GraphML file against tests/schemas/graphml.xsd. */
static int graphml_valid(const char *file)
{
    char *xsd = path_join(root, "tests/schemas/graphml.xsd");
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(xsd);
    xmlSchemaPtr schema = xmlSchemaParse(pc);
    assert_non_null(schema);
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    int rc = xmlSchemaValidateFile(vc, file, 0);
    xmlSchemaFreeValidCtxt(vc);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(pc);
    free(xsd);
    return rc == 0;
}

/* ---- seeds ----------------------------------------------------------------- */

static char *seeds_out;

static int setup_seeds(void **state)
{
    (void)state;
    seeds_out = tmpdir();
    char *seeds = path_join(root, "seeds");
    char *err = NULL;
    int rc = run(NULL, NULL, &err, "-o", seeds_out, seeds, NULL);
    if (rc != 0)
        fprintf(stderr, "seeds run failed (%d): %s\n", rc, err ? err : "");
    free(err);
    free(seeds);
    return rc;
}

static int teardown_seeds(void **state)
{
    (void)state;
    rm_rf(seeds_out);
    free(seeds_out);
    return 0;
}

static void seeds_outputs_exist(void **state)
{
    (void)state;
    assert_true(file_exists(seeds_out, "graph.dot"));
    assert_true(file_exists(seeds_out, "graph.svg"));
    assert_true(file_exists(seeds_out, "graph.graphml"));
}

static void seeds_graphml_schema_valid(void **state)
{
    (void)state;
    char *f = path_join(seeds_out, "graph.graphml");
    assert_true(graphml_valid(f));
    free(f);
}

/* GraphML carries the attributes score.py reads, each key before <graph>. */
static void seeds_graphml_content(void **state)
{
    (void)state;
    char *f = path_join(seeds_out, "graph.graphml");
    xmlDocPtr doc = xmlReadFile(f, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    xmlNodePtr r = xmlDocGetRootElement(doc);
    int seen_graph = 0;
    const char *need[] = {"label", "kind", "category", "aliases", "docs", "mentions",
                          "relation", "weight", "evidence"};
    int found[9] = {0};
    for (xmlNodePtr n = r->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (!strcmp((const char *)n->name, "graph")) {
            seen_graph = 1;
            xmlChar *ed = xmlGetProp(n, BAD_CAST "edgedefault");
            assert_string_equal((const char *)ed, "directed");
            xmlFree(ed);
        }
        if (!strcmp((const char *)n->name, "key")) {
            assert_false(seen_graph); /* keys come first */
            xmlChar *name = xmlGetProp(n, BAD_CAST "attr.name");
            xmlChar *dom = xmlGetProp(n, BAD_CAST "for");
            /* the knowledge base's keys are kb_*, of the graph too */
            assert_true(!strcmp((char *)dom, "node") || !strcmp((char *)dom, "edge") ||
                        (!strcmp((char *)dom, "graph") && !strncmp((char *)name, "kb_", 3)));
            for (int i = 0; i < 9; i++)
                if (!strcmp((char *)name, need[i]))
                    found[i] = 1;
            xmlFree(name);
            xmlFree(dom);
        }
    }
    for (int i = 0; i < 9; i++)
        assert_true(found[i]);
    assert_true(count_elements(r, "node") >= 40);
    assert_true(count_elements(r, "edge") >= 40);
    xmlFreeDoc(doc);
    free(f);
    /* the entities a reader expects, each once */
    size_t len;
    char *gpath = path_join(seeds_out, "graph.graphml");
    char *text = read_all(gpath, &len);
    free(gpath);
    assert_non_null(strstr(text, ">Islamic State<"));
    assert_non_null(strstr(text, ">Syrian Democratic Forces<"));
    assert_non_null(strstr(text, ">Deir ez-Zor<"));
    assert_non_null(strstr(text, "Deir el-Zour"));  /* an alias of the same node */
    assert_null(strstr(strstr(text, ">Deir ez-Zor<") + 1, ">Deir ez-Zor<"));
    free(text);
}

/* Node labels of a GraphML file. */
static size_t graphml_labels(const char *file, char ***out)
{
    xmlDocPtr doc = xmlReadFile(file, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    size_t n = 0, cap = 256;
    char **labels = malloc(cap * sizeof *labels);
    for (xmlNodePtr g = xmlDocGetRootElement(doc)->children; g; g = g->next) {
        if (g->type != XML_ELEMENT_NODE || strcmp((const char *)g->name, "graph"))
            continue;
        for (xmlNodePtr v = g->children; v; v = v->next) {
            if (v->type != XML_ELEMENT_NODE || strcmp((const char *)v->name, "node"))
                continue;
            for (xmlNodePtr d = v->children; d; d = d->next) {
                xmlChar *k = d->type == XML_ELEMENT_NODE ? xmlGetProp(d, BAD_CAST "key") : NULL;
                if (k && !strcmp((const char *)k, "n_label")) {
                    if (n == cap)
                        labels = realloc(labels, (cap *= 2) * sizeof *labels);
                    xmlChar *t = xmlNodeGetContent(d);
                    labels[n++] = strdup((const char *)t);
                    xmlFree(t);
                }
                xmlFree(k);
            }
        }
    }
    xmlFreeDoc(doc);
    *out = labels;
    return n;
}

/* The DOT is the diagram: a readable view of the graph (every node one of
 * the GraphML's, plus the legend); with --all it is the whole graph. */
static void seeds_dot_parses(void **state)
{
    (void)state;
    char *f = path_join(seeds_out, "graph.dot");
    FILE *fp = fopen(f, "r");
    assert_non_null(fp);
    Agraph_t *g = agread(fp, NULL);
    fclose(fp);
    assert_non_null(g);
    char *gm = path_join(seeds_out, "graph.graphml");
    char **labels;
    size_t nl = graphml_labels(gm, &labels);
    assert_non_null(agnode(g, "legend", 0));
    /* the default view fits a report's column: a handful of entities */
    assert_true(agnnodes(g) >= 6 && (size_t)agnnodes(g) <= nl + 1);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (!strcmp(agnameof(n), "legend"))
            continue;
        /* a long label is on two lines: "\n" where a space was */
        char *label = strdup(agget(n, "label"));
        char *nl_at = strstr(label, "\\n");
        if (nl_at) {
            *nl_at = ' ';
            memmove(nl_at + 1, nl_at + 2, strlen(nl_at + 2) + 1);
        }
        int found = 0;
        for (size_t i = 0; i < nl && !found; i++)
            found = !strcmp(labels[i], label);
        if (!found)
            fail_msg("DOT node '%s' is not in the GraphML", label);
        free(label);
        /* every typed edge carries its relation as label (a co-occurrence,
         * told by its dashed line, only its weight when over 1) */
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            if (strcmp(agget(e, "class"), "co_occurs") != 0)
                assert_true(agget(e, "label") && *agget(e, "label"));
    }
    agclose(g);
    /* the whole graph */
    char *seeds = path_join(root, "seeds"), *d = tmpdir();
    assert_int_equal(run(NULL, NULL, NULL, "--all", "-f", "dot", "-o", d, seeds, NULL), 0);
    char *all = path_join(d, "graph.dot");
    fp = fopen(all, "r");
    g = agread(fp, NULL);
    fclose(fp);
    assert_int_equal((size_t)agnnodes(g), nl + 1);
    agclose(g);
    for (size_t i = 0; i < nl; i++)
        free(labels[i]);
    free(labels);
    rm_rf(d);
    free(d);
    free(all);
    free(seeds);
    free(f);
    free(gm);
}

/* The diagram draws no entity without an edge, whatever --top asks (on the
 * seeds, --top 20 once left Turkey alone); a co_occurs edge has no arrow. */
static void top_leaves_nothing_alone(void **state)
{
    (void)state;
    char *seeds = path_join(root, "seeds");
    static const char *const tops[] = {"3", "5", "10", "20", "40", "0"};
    for (size_t t = 0; t < sizeof tops / sizeof tops[0]; t++) {
        char *out = NULL;
        assert_int_equal(run(NULL, &out, NULL, "--top", tops[t], "-f", "dot", "-o", "-", seeds,
                             NULL), 0);
        Agraph_t *g = agmemread(out);
        assert_non_null(g);
        assert_true(agnnodes(g) > 1);
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
            if (!strcmp(agnameof(n), "legend"))
                continue;
            if (!agdegree(g, n, 1, 1))
                fail_msg("--top %s: '%s' is drawn without an edge", tops[t], agget(n, "label"));
            for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
                if (!strcmp(agget(e, "class"), "co_occurs"))
                    assert_string_equal(agget(e, "dir"), "none");
        }
        agclose(g);
        free(out);
    }
    free(seeds);
}

/* The <svg> width and height attributes, in points. */
static void svg_size(const char *svg, double *w, double *h)
{
    const char *p = strstr(svg, "<svg width=\"");
    assert_non_null(p);
    assert_int_equal(sscanf(p, "<svg width=\"%lfpt\" height=\"%lfpt\"", w, h), 2);
}

/* --page SIZE, --landscape and --dpi: SVG, PDF and PNG at the page size,
 * the PNG at dpi pixels per inch; without --page the drawing fits within a
 * report's column (6.5 x 8 in). */
static void page_sizes(void **state)
{
    (void)state;
    char *seeds = path_join(root, "seeds"), *d = tmpdir();
    static const struct {
        const char *page;
        int landscape;
        double w, h;
    } cases[] = {{"a4", 0, 595.4, 841.7},   {"a4", 1, 841.7, 595.4}, {"letter", 0, 612, 792},
                 {"slide", 0, 720, 405},     {"column", 0, 468, 576}, {"12x9cm", 0, 340.2, 255.1},
                 {"100x80mm", 1, 283.5, 226.8}, {"5inx3in", 0, 360, 216}, {"400x300pt", 0, 400, 300}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *err = NULL;
        int rc = cases[i].landscape
                     ? run(NULL, NULL, &err, "-q", "--page", cases[i].page, "--landscape", "--dpi",
                           "144", "-f", "svg,pdf,png", "-o", d, seeds, NULL)
                     : run(NULL, NULL, &err, "-q", "--page", cases[i].page, "--dpi", "144", "-f",
                           "svg,pdf,png", "-o", d, seeds, NULL);
        if (rc)
            fail_msg("--page %s: exit %d: %s", cases[i].page, rc, err);
        free(err);
        char *f = path_join(d, "graph.svg");
        char *svg = read_all(f, NULL);
        double w, h;
        svg_size(svg, &w, &h);
        if (fabs(w - cases[i].w) > 1.0 || fabs(h - cases[i].h) > 1.0)
            fail_msg("--page %s%s: SVG %.1f x %.1f pt, not %.1f x %.1f", cases[i].page,
                     cases[i].landscape ? " --landscape" : "", w, h, cases[i].w, cases[i].h);
        free(svg);
        free(f);
        f = path_join(d, "graph.pdf");
        size_t n;
        char *pdf = read_all(f, &n);
        const char *mb = NULL;
        for (size_t k = 0; k + 11 <= n && !mb; k++)
            if (!memcmp(pdf + k, "/MediaBox [", 11))
                mb = pdf + k;
        assert_non_null(mb);
        double x0, y0, x1, y1;
        assert_int_equal(sscanf(mb, "/MediaBox [ %lf %lf %lf %lf", &x0, &y0, &x1, &y1), 4);
        if (fabs(x1 - x0 - cases[i].w) > 1.0 || fabs(y1 - y0 - cases[i].h) > 1.0)
            fail_msg("--page %s: PDF page %.0f x %.0f", cases[i].page, x1 - x0, y1 - y0);
        free(pdf);
        free(f);
        f = path_join(d, "graph.png");
        unsigned char *png = (unsigned char *)read_all(f, &n);
        assert_true(n > 24);
        double pw = png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19];
        double ph = png[20] << 24 | png[21] << 16 | png[22] << 8 | png[23];
        if (fabs(pw - cases[i].w * 2) > 3 || fabs(ph - cases[i].h * 2) > 3)
            fail_msg("--page %s --dpi 144: PNG %.0f x %.0f px", cases[i].page, pw, ph);
        free(png);
        free(f);
    }
    /* no --page: within a column, at most 6.5 x 8 in */
    char *out = NULL;
    assert_int_equal(run(NULL, &out, NULL, "-f", "svg", "-o", "-", seeds, NULL), 0);
    double w, h;
    svg_size(out, &w, &h);
    assert_true(w <= 468.5 && h <= 576.5 && w > 200);
    free(out);
    /* bad pages and resolutions: usage errors that say what is wrong */
    static const char *const bad[] = {"a3", "12x", "x9cm", "12x9", "12x9furlong", "0x9cm",
                                      "-4x9in", "300x9in", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *err = NULL;
        assert_int_equal(run(NULL, NULL, &err, "--page", bad[i], seeds, NULL), 2);
        assert_non_null(strstr(err, "invalid page size"));
        free(err);
    }
    char *err = NULL;
    assert_int_equal(run(NULL, NULL, &err, "--dpi", "0", seeds, NULL), 2);
    assert_non_null(strstr(err, "resolution"));
    free(err);
    rm_rf(d);
    free(d);
    free(seeds);
}

/* -G, -N, -E NAME=VALUE: applied as dot applies them; a bad name or value
 * is a usage error that names it. */
static void graphviz_overrides(void **state)
{
    (void)state;
    char *seeds = path_join(root, "seeds");
    char *out = NULL;
    assert_int_equal(run(NULL, &out, NULL, "-G", "bgcolor=lightyellow", "-N", "fontname=Courier",
                         "-N", "fillcolor=#ffffff", "-E", "penwidth=2.5", "-f", "dot", "-o", "-",
                         seeds, NULL),
                     0);
    Agraph_t *g = agmemread(out);
    assert_non_null(g);
    assert_string_equal(agget(g, "bgcolor"), "lightyellow");
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (!strcmp(agnameof(n), "legend"))
            continue;
        assert_string_equal(agget(n, "fontname"), "Courier");
        assert_string_equal(agget(n, "fillcolor"), "#ffffff");
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            assert_string_equal(agget(e, "penwidth"), "2.5");
    }
    agclose(g);
    free(out);
    /* the SVG too */
    assert_int_equal(run(NULL, &out, NULL, "-N", "fillcolor=#123456", "-f", "svg", "-o", "-",
                         seeds, NULL),
                     0);
    assert_non_null(strstr(out, "fill=\"#123456\""));
    free(out);
    static const struct {
        const char *opt, *arg, *says;
    } bad[] = {
        {"-G", "bgcolour=red", "'bgcolour' is not a Graphviz attribute"},
        {"-N", "fontsize=big", "fontsize: 'big' is not a font size"},
        {"-N", "fontsize=0", "fontsize: '0' is not a font size"},
        {"-E", "color=notacolour", "color: 'notacolour' is not a colour"},
        {"-N", "shape=blob", "'blob' is not a value of shape"},
        {"-G", "rankdir=up", "'up' is not a value of rankdir (TB, LR, BT, RL)"},
        {"-E", "shape=box", "'shape' is not an edge attribute"},
        {"-N", "rankdir=LR", "'rankdir' is not a node attribute"},
        {"-G", "size=big", "size: 'big' is not a size in inches"},
        {"-E", "style=wavy", "'wavy' is not a value of style"},
        {"-G", "=3", "expected NAME=VALUE"},
        {"-N", "fontsize", "expected NAME=VALUE"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *err = NULL;
        assert_int_equal(run(NULL, NULL, &err, bad[i].opt, bad[i].arg, seeds, NULL), 2);
        if (!strstr(err, bad[i].says))
            fail_msg("%s %s: '%s' not in: %s", bad[i].opt, bad[i].arg, bad[i].says, err);
        free(err);
    }
    free(seeds);
}

/* -o FILE.EXT writes that one file: the format its extension names, or the
 * one -f gives; an existing directory is a directory whatever its name. */
static void output_one_file(void **state)
{
    (void)state;
    char *seeds = path_join(root, "seeds"), *d = tmpdir();
    char *svg = path_join(d, "syria.svg"), *pdf = path_join(d, "sub/syria.pdf");
    char *other = path_join(d, "figure.out"), *dotdir = path_join(d, "res.d");
    assert_int_equal(run(NULL, NULL, NULL, "-q", "-f", "svg", "-o", svg, seeds, NULL), 0);
    char *text = read_all(svg, NULL);
    assert_non_null(strstr(text, "<svg"));
    free(text);
    assert_int_equal(run(NULL, NULL, NULL, "-q", "-o", pdf, seeds, NULL), 0);
    text = read_all(pdf, NULL);
    assert_memory_equal(text, "%PDF", 4);
    free(text);
    assert_int_equal(run(NULL, NULL, NULL, "-q", "-f", "graphml", "-o", other, seeds, NULL), 0);
    text = read_all(other, NULL);
    assert_non_null(strstr(text, "<graphml"));
    free(text);
    /* no directory was made for any of them */
    assert_false(file_exists(svg, "graph.svg"));
    assert_false(file_exists(d, "graph.svg"));
    /* an existing directory with a dot in its name stays a directory */
    assert_int_equal(mkdir(dotdir, 0755), 0);
    assert_int_equal(run(NULL, NULL, NULL, "-q", "-f", "svg", "-o", dotdir, seeds, NULL), 0);
    assert_true(file_exists(dotdir, "graph.svg"));
    /* one file, several formats, or an extension against -f: usage errors */
    char *err = NULL;
    assert_int_equal(run(NULL, NULL, &err, "-f", "svg,pdf", "-o", svg, seeds, NULL), 2);
    assert_non_null(strstr(err, "writes one file"));
    free(err);
    assert_int_equal(run(NULL, NULL, &err, "-f", "svg", "-o", pdf, seeds, NULL), 2);
    assert_non_null(strstr(err, "names a pdf file, but -f asks for svg"));
    free(err);
    rm_rf(d);
    free(d);
    free(svg);
    free(pdf);
    free(other);
    free(dotdir);
    free(seeds);
}

/* An invented word of three syllables, capitalised, into w[16]. */
static void invented(char *w, unsigned *r)
{
    static const char *const syl[] = {"ba", "ka", "ri", "zu", "mo", "ha", "di", "la", "ne", "sa",
                                      "ta", "fa", "jo", "wi", "ye", "pe", "gu", "lo"};
    w[0] = '\0';
    for (int k = 0; k < 3; k++) {
        *r = *r * 1103515245u + 12345u;
        strcat(w, syl[(*r >> 16) % 18]);
    }
    w[0] = (char)(w[0] - 32);
}

/* A text naming about n invented people and places, three a sentence. */
static char *many_names(size_t n)
{
    size_t cap = n * 120 + 64, len = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    len += (size_t)snprintf(t, cap, "Fighting report\n\n");
    unsigned r = 12345;
    char w[6][16];
    for (size_t i = 0; i < n / 3; i++) {
        for (int k = 0; k < 5; k++)
            invented(w[k], &r);
        len += (size_t)snprintf(t + len, cap - len,
                                "Colonel %s %s said that commander %s %s had arrived in the "
                                "town of %sa.\n",
                                w[0], w[1], w[2], w[3], w[4]);
    }
    return t;
}

/* A diagram that would take minutes to lay out: a cheaper engine, or a
 * bounded view, with a warning saying how to insist; --no-layout-limit
 * insists. (-f dot: the choice is made, nothing is laid out.) */
static void layout_limits(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "names.txt");
    char *text = many_names(1500); /* some 1,500 entities: too many for dot */
    write_file(in, text, strlen(text));
    free(text);
    char *out = NULL, *err = NULL;
    assert_int_equal(run(NULL, &out, &err, "-K", "dot", "--all", "-f", "dot", "-o", "-", in, NULL),
                     0);
    assert_non_null(strstr(err, "would take minutes: drawn with sfdp instead"));
    assert_non_null(strstr(err, "--no-layout-limit"));
    assert_non_null(strstr(out, "layout=sfdp"));
    free(out);
    free(err);
    assert_int_equal(run(NULL, &out, &err, "-K", "dot", "--all", "--no-layout-limit", "-f", "dot",
                         "-o", "-", in, NULL),
                     0);
    assert_null(strstr(err, "minutes"));
    assert_non_null(strstr(out, "layout=dot"));
    free(out);
    free(err);
    /* over what sfdp draws in seconds: a bounded view */
    text = many_names(9000);
    write_file(in, text, strlen(text));
    free(text);
    assert_int_equal(run(NULL, &out, &err, "--all", "-f", "dot", "-o", "-", in, NULL), 0);
    assert_non_null(strstr(err, "the diagram shows "));
    assert_non_null(strstr(err, "--no-layout-limit"));
    Agraph_t *g = agmemread(out);
    assert_non_null(g);
    assert_true(agnnodes(g) > 100 && agnnodes(g) <= 4001);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        if (strcmp(agnameof(n), "legend") && !agdegree(g, n, 1, 1))
            fail_msg("bounded view: '%s' without an edge", agget(n, "label"));
    agclose(g);
    free(out);
    free(err);
    rm_rf(d);
    free(d);
    free(in);
}

static void seeds_svg_well_formed(void **state)
{
    (void)state;
    char *f = path_join(seeds_out, "graph.svg");
    xmlDocPtr doc = xmlReadFile(f, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    xmlNodePtr r = xmlDocGetRootElement(doc);
    assert_string_equal((const char *)r->name, "svg");
    xmlChar *vb = xmlGetProp(r, BAD_CAST "viewBox");
    assert_non_null(vb);
    xmlFree(vb);
    assert_true(count_elements(r, "g") > 20);
    xmlFreeDoc(doc);
    free(f);
}

static void compare_dirs(const char *a, const char *b, const char *const *names)
{
    for (size_t i = 0; names[i]; i++) {
        char *x = path_join(a, names[i]), *y = path_join(b, names[i]);
        if (!same_file(x, y))
            fail_msg("%s and %s differ", x, y);
        free(x);
        free(y);
    }
}

static const char *const outputs[] = {"graph.dot", "graph.svg", "graph.graphml", NULL};

static void seeds_deterministic(void **state)
{
    (void)state;
    char *seeds = path_join(root, "seeds");
    char *d1 = tmpdir(), *d2 = tmpdir();
    assert_int_equal(run(NULL, NULL, NULL, "-j", "1", "-o", d1, seeds, NULL), 0);
    assert_int_equal(run(NULL, NULL, NULL, "-j", "2", "-o", d2, seeds, NULL), 0);
    compare_dirs(d1, d2, outputs);
    compare_dirs(d1, seeds_out, outputs);
    /* GraphML alone, with --stats: the first format laid out, so at -j 2 its
     * edges are rendered on a second thread during the layout */
    static const char *const graphml[] = {"graph.graphml", NULL};
    char *d3 = tmpdir(), *d4 = tmpdir(), *err = NULL;
    assert_int_equal(run(NULL, NULL, NULL, "-j", "1", "-f", "graphml", "-o", d3, seeds, NULL), 0);
    assert_int_equal(
        run(NULL, NULL, &err, "-j", "2", "--stats", "-f", "graphml", "-o", d4, seeds, NULL), 0);
    assert_non_null(strstr(err, "export (ms): layout "));
    compare_dirs(d3, d4, graphml);
    free(err);
    rm_rf(d1);
    rm_rf(d2);
    rm_rf(d3);
    rm_rf(d4);
    free(d1);
    free(d2);
    free(d3);
    free(d4);
    free(seeds);
}

/* The committed out/ is what the program writes from seeds/ now. */
static void committed_out_is_fresh(void **state)
{
    (void)state;
    char *out = path_join(root, "out");
    for (size_t i = 0; outputs[i]; i++) {
        char *committed = path_join(out, outputs[i]), *fresh = path_join(seeds_out, outputs[i]);
        if (!same_file(committed, fresh))
            fail_msg("out/%s is stale: run the README's first command and commit out/",
                     outputs[i]);
        free(committed);
        free(fresh);
    }
    free(out);
}

/* ---- crafted inputs ---------------------------------------------------------- */

static void bom_crlf_and_diacritics(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "bom.txt"), *o = path_join(d, "o");
    const char text[] = "\xEF\xBB\xBFThe Syrian Democratic Forces (SDF) reached Ain Issa.\r\n"
                        "\r\nA camp in A\xC3\xAFn Issa hosts families.\r\n";
    write_file(in, text, sizeof text - 1);
    assert_int_equal(run(NULL, NULL, NULL, "-f", "graphml", "-o", o, in, NULL), 0);
    char *gm = path_join(o, "graph.graphml");
    char *x = read_all(gm, NULL);
    assert_non_null(x);
    /* both spellings are aliases of one node, whose docs is the file name */
    assert_non_null(strstr(x, "Ain Issa|A\xC3\xAFn Issa"));
    assert_non_null(strstr(x, ">bom<"));
    assert_null(strstr(x, "\xEF\xBB\xBF"));
    assert_null(strstr(x, "\r"));
    assert_true(graphml_valid(gm));
    assert_false(file_exists(o, "graph.svg")); /* only what -f asked for */
    free(x);
    free(gm);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

static void standard_input_and_output(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in.txt");
    const char text[] = "Kurdish-led forces said Islamic State fighters fled Raqqa.\n";
    write_file(in, text, sizeof text - 1);
    char *out = NULL;
    assert_int_equal(run(in, &out, NULL, "-f", "graphml", "-o", "-", "-", NULL), 0);
    assert_non_null(strstr(out, "<graphml"));
    assert_non_null(strstr(out, ">stdin<"));
    assert_non_null(strstr(out, ">Raqqa<"));
    free(out);
    rm_rf(d);
    free(d);
    free(in);
}

static void usage_errors_exit_2(void **state)
{
    (void)state;
    char *err = NULL;
    assert_int_equal(run(NULL, NULL, &err, NULL), 2);
    assert_non_null(strstr(err, "no input"));
    free(err);
    assert_int_equal(run(NULL, NULL, &err, "--bogus", "x", NULL), 2);
    assert_non_null(strstr(err, "--bogus"));
    free(err);
    assert_int_equal(run(NULL, NULL, &err, "-f", "jpeg", "seeds", NULL), 2);
    assert_non_null(strstr(err, "jpeg"));
    free(err);
    assert_int_equal(run(NULL, NULL, &err, "-j", "zero", "seeds", NULL), 2);
    free(err);
    assert_int_equal(run(NULL, NULL, &err, "-o", "-", "seeds", NULL), 2);
    free(err);
    char *out = NULL;
    assert_int_equal(run(NULL, &out, NULL, "--help", NULL), 0);
    assert_non_null(strstr(out, "usage: newsgraph"));
    free(out);
    assert_int_equal(run(NULL, &out, NULL, "--version", NULL), 0);
    assert_non_null(strstr(out, "newsgraph "));
    free(out);
}

static void missing_input_exit_1_nothing_written(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o");
    char *err = NULL;
    assert_int_equal(run(NULL, NULL, &err, "-o", o, "/nonexistent/article.txt", NULL), 1);
    assert_non_null(strstr(err, "/nonexistent/article.txt"));
    /* one line */
    assert_non_null(strchr(err, '\n'));
    assert_null(strchr(strchr(err, '\n') + 1, '\n'));
    struct stat st;
    assert_int_not_equal(stat(o, &st), 0);
    free(err);
    rm_rf(d);
    free(d);
    free(o);
}

static void user_gazetteer_extends(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "a.txt"), *gz = path_join(d, "g.tsv");
    char *o = path_join(d, "o");
    const char text[] = "Fighters of the Zorblat Brigade entered Qarqoosh on Monday.\n";
    const char gaz[] = "# test gazetteer\nZorblat Brigade\tactor\tarmed_group\tZB\n"
                       "Qarqoosh\tplace\tvillage\tQarqush\t36.1\t41.2\n";
    write_file(in, text, sizeof text - 1);
    write_file(gz, gaz, sizeof gaz - 1);
    assert_int_equal(run(NULL, NULL, NULL, "-g", gz, "-f", "tsv", "-o", o, in, NULL), 0);
    char *tsv = path_join(o, "entities.tsv");
    char *x = read_all(tsv, NULL);
    assert_non_null(x);
    assert_non_null(strstr(x, "Qarqoosh\tplace\tvillage\t"));
    assert_non_null(strstr(x, "gazetteer:"));
    free(x);
    free(tsv);
    /* a malformed user gazetteer: file:line: reason, exit 1 */
    const char bad[] = "Good\tplace\tcity\nBad\tplace\n";
    write_file(gz, bad, sizeof bad - 1);
    char *err = NULL;
    assert_int_equal(run(NULL, NULL, &err, "-g", gz, "-o", o, in, NULL), 1);
    assert_non_null(strstr(err, "g.tsv:2:"));
    free(err);
    rm_rf(d);
    free(d);
    free(in);
    free(gz);
    free(o);
}

/* Every kind of GEXF newsgraph writes is GEXF 1.3 by the grammar in
 * tests/schemas/gexf (see its README): dynamic (the dated seeds), with
 * --directed-data, static (an undated article), a filtered view, a merge
 * of knowledge bases, standard output. The check has teeth: a file with an
 * edge without its target, or a viz element out of its namespace, fails. */
static void gexf_valid_against_schema(void **state)
{
    (void)state;
    char *d = tmpdir(), *seeds = path_join(root, "seeds");
    char *a = path_join(d, "a"), *b = path_join(d, "b"), *m = path_join(d, "m");
    char *u = path_join(d, "undated.txt"), *why = malloc(2048);
    char *s0 = path_join(seeds, "000_1809b1b6f24c1a65.txt");
    char *s1 = path_join(seeds, "001_463354fbd87d689c.txt");
    char *s2 = path_join(seeds, "002_8af4f1754f4ed659.txt");
    FILE *f = fopen(u, "w");
    assert_non_null(f);
    fputs("The Syrian Democratic Forces attacked Islamic State fighters in Raqqa.\n"
          "Turkey opposed the Syrian Democratic Forces near Manbij.\n", f);
    fclose(f);
    struct {
        const char *dir;
        const char *args[8];
    } runs[] = {
        {"dyn", {"-f", "gexf", seeds}},
        {"directed", {"-f", "gexf", "--directed-data", seeds}},
        {"static", {"-f", "gexf", u}},
        {"view", {"-f", "gexf", "--filter-data", "--focus", "Raqqa", "--depth", "2", seeds}},
        {"all", {"-f", "gexf", "--all", "--no-positions", seeds}},
    };
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        char *o = path_join(d, runs[i].dir), *g = path_join(o, "graph.gexf");
        const char **x = runs[i].args;
        assert_int_equal(run(NULL, NULL, NULL, "-q", "-o", o, x[0], x[1], x[2], x[3], x[4], x[5],
                             x[6], x[7], NULL),
                         0);
        if (gexf_check(root, g, why, 2048))
            fail_msg("%s (%s) is not GEXF 1.3: %s", g, runs[i].dir, why);
        free(o), free(g);
    }
    /* a merge of two knowledge bases */
    assert_int_equal(run(NULL, NULL, NULL, "-q", "-f", "graphml", "-o", a, s0, s1, NULL), 0);
    assert_int_equal(run(NULL, NULL, NULL, "-q", "-f", "graphml", "-o", b, s2, NULL), 0);
    char *ka = path_join(a, "graph.graphml"), *kb = path_join(b, "graph.graphml");
    char *mg = path_join(m, "graph.gexf");
    assert_int_equal(run(NULL, NULL, NULL, "merge", "-q", "-f", "gexf", "-o", m, ka, kb, NULL), 0);
    if (gexf_check(root, mg, why, 2048))
        fail_msg("%s (merge) is not GEXF 1.3: %s", mg, why);
    /* standard output */
    char *out = NULL;
    assert_int_equal(run(NULL, &out, NULL, "-q", "-f", "gexf", "-o", "-", seeds, NULL), 0);
    if (gexf_check_memory(root, out, strlen(out), why, 2048))
        fail_msg("the GEXF on standard output is not GEXF 1.3: %s", why);
    /* the check fails what it should */
    char *p = strstr(out, " target=\"");
    assert_non_null(p);
    memcpy(p, " tar_et=\"", 9);
    if (!gexf_check_memory(root, out, strlen(out), why, 2048))
        fail_msg("an edge without its target passed the GEXF check");
    memcpy(p, " target=\"", 9);
    p = strstr(out, "<viz:color ");
    assert_non_null(p);
    memcpy(p, "<vizzcolor ", 11);
    if (!gexf_check_memory(root, out, strlen(out), why, 2048))
        fail_msg("an unknown element passed the GEXF check");
    memcpy(p, "    <color ", 11); /* viz:color in the main namespace */
    if (!gexf_check_memory(root, out, strlen(out), why, 2048))
        fail_msg("a colour out of the viz namespace passed the GEXF check");
    free(out);
    rm_rf(d);
    free(d), free(seeds), free(a), free(b), free(m), free(u), free(why), free(s0), free(s1);
    free(s2), free(ka), free(kb), free(mg);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s NEWSGRAPH SOURCE_ROOT\n", argv[0]);
        return 2;
    }
    bin = argv[1];
    root = argv[2];
    const struct CMUnitTest seeds[] = {
        cmocka_unit_test(seeds_outputs_exist),
        cmocka_unit_test(seeds_graphml_schema_valid),
        cmocka_unit_test(seeds_graphml_content),
        cmocka_unit_test(seeds_dot_parses),
        cmocka_unit_test(seeds_svg_well_formed),
        cmocka_unit_test(top_leaves_nothing_alone),
        cmocka_unit_test(page_sizes),
        cmocka_unit_test(graphviz_overrides),
        cmocka_unit_test(output_one_file),
        cmocka_unit_test(layout_limits),
        cmocka_unit_test(seeds_deterministic),
        cmocka_unit_test(committed_out_is_fresh),
    };
    const struct CMUnitTest crafted[] = {
        cmocka_unit_test(bom_crlf_and_diacritics),
        cmocka_unit_test(standard_input_and_output),
        cmocka_unit_test(usage_errors_exit_2),
        cmocka_unit_test(missing_input_exit_1_nothing_written),
        cmocka_unit_test(user_gazetteer_extends),
        cmocka_unit_test(gexf_valid_against_schema),
    };
    int fails = cmocka_run_group_tests_name("seeds", seeds, setup_seeds, teardown_seeds);
    fails += cmocka_run_group_tests_name("crafted", crafted, NULL, NULL);
    xmlCleanupParser();
    return fails ? 1 : 0;
}
