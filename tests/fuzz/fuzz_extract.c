/* fuzz_extract.c - libFuzzer harness: news text -> extractor -> graph -> every exporter
 *
 * Input: one control byte, then the text (any bytes: the corpus decodes
 * BOMs and UTF-16 and repairs invalid UTF-8 as for a file). Form feeds
 * ('\f') split the text into up to four documents, all named "fuzz" (so
 * that the corpus has to make their ids unique).
 *
 *   control bits 0-2  Graphviz renderers run: 0-2 none, 3-4 svg, 5 pdf, 6 png,
 *                     7 svg and pdf (PNG is the slowest by far: zlib)
 *                     (dot, graphml, gexf, json, tsv and evidence always run)
 *           bit  3    data exports carry layout positions (a Graphviz layout)
 *           bit  4    data exports apply the view filter too
 *           bits 5-6  co-occurrence: 0 drop, 1 keep where untyped, 2 keep all,
 *                     3 keep where untyped with one evidence sentence per edge
 *           bit  7    a hostile title, and the view filter comes from the last
 *                     input byte f (see view_filter): whole graph, kinds and
 *                     weights, a focus on one entity's label or alias with a
 *                     depth, or top N / rank / max edges / relations
 *
 * Besides crashes and leaks it checks what the library promises: the
 * graph passes ng_graph_check, several documents give the same graph with
 * two worker threads as with one (compared as JSON, TSV and evidence), GraphML/GEXF/SVG are well-formed XML, the
 * DOT reads back into Graphviz, the JSON is valid (RFC 8259, UTF-8), the
 * TSV files keep their column count, PNG/PDF start with their signatures,
 * and a render failure writes nothing.
 */
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"
#include "extract/model_priv.h"
#include "graph/graph_priv.h"
#include "export/export_priv.h"
#include "extract/corpus_priv.h"
#include "text/text.h"
#include "text/document.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);

/* The suppressed Graphviz leaks are many: do not list them after every check. */
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}

/* Graphviz and the font stack behind it keep process-lifetime caches (the
 * list of .ci/lsan.supp), built in so that a bare ./fuzz_extract needs no
 * LSAN_OPTIONS. */
const char *__lsan_default_suppressions(void)
{
    return "leak:libgvc.so\nleak:libcgraph.so\nleak:libcdt.so\nleak:libgvplugin\n"
           "leak:libltdl.so\nleak:libfontconfig.so\nleak:libpango\nleak:libcairo.so\n"
           "leak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libharfbuzz.so\n";
}

static void fail(const char *format, const char *what)
{
    fprintf(stderr, "fuzz_extract: %s output broken: %s\n", format, what);
    fflush(stderr);
    abort();
}

/* ---- a strict JSON checker (RFC 8259), enough to judge the exporter ---- */

typedef struct jp {
    const char *s;
    size_t n, i;
    int depth;
} jp;

static void j_ws(jp *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' ||
                           p->s[p->i] == '\r'))
        p->i++;
}

static int j_lit(jp *p, const char *w)
{
    size_t l = strlen(w);
    if (p->n - p->i < l || memcmp(p->s + p->i, w, l) != 0)
        return -1;
    p->i += l;
    return 0;
}

static int j_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int j_string(jp *p)
{
    if (p->i >= p->n || p->s[p->i] != '"')
        return -1;
    p->i++;
    while (p->i < p->n) {
        unsigned char c = (unsigned char)p->s[p->i++];
        if (c == '"')
            return 0;
        if (c < 0x20)
            return -1;
        if (c == '\\') {
            if (p->i >= p->n)
                return -1;
            char e = p->s[p->i++];
            if (e == 'u') {
                if (p->n - p->i < 4)
                    return -1;
                for (int k = 0; k < 4; k++)
                    if (!j_hex(p->s[p->i + (size_t)k]))
                        return -1;
                p->i += 4;
            } else if (!strchr("\"\\/bfnrt", e) || e == '\0') {
                return -1;
            }
        }
    }
    return -1;
}

static int j_digits(jp *p)
{
    size_t b = p->i;
    while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
        p->i++;
    return p->i > b ? 0 : -1;
}

static int j_number(jp *p)
{
    if (p->i < p->n && p->s[p->i] == '-')
        p->i++;
    if (p->i < p->n && p->s[p->i] == '0')
        p->i++;
    else if (j_digits(p))
        return -1;
    if (p->i < p->n && p->s[p->i] == '.') {
        p->i++;
        if (j_digits(p))
            return -1;
    }
    if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
        p->i++;
        if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
            p->i++;
        if (j_digits(p))
            return -1;
    }
    return 0;
}

static int j_value(jp *p)
{
    j_ws(p);
    if (p->i >= p->n || ++p->depth > 64)
        return -1;
    int rc = 0;
    char c = p->s[p->i];
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        p->i++;
        j_ws(p);
        if (p->i < p->n && p->s[p->i] == close) {
            p->i++;
        } else {
            for (;;) {
                if (c == '{') {
                    j_ws(p);
                    if (j_string(p))
                        return -1;
                    j_ws(p);
                    if (p->i >= p->n || p->s[p->i++] != ':')
                        return -1;
                }
                if (j_value(p))
                    return -1;
                j_ws(p);
                if (p->i >= p->n)
                    return -1;
                if (p->s[p->i] == ',') {
                    p->i++;
                    continue;
                }
                if (p->s[p->i++] != close)
                    return -1;
                break;
            }
        }
    } else if (c == '"') {
        rc = j_string(p);
    } else if (c == 't') {
        rc = j_lit(p, "true");
    } else if (c == 'f') {
        rc = j_lit(p, "false");
    } else if (c == 'n') {
        rc = j_lit(p, "null");
    } else {
        rc = j_number(p);
    }
    p->depth--;
    return rc;
}

static void check_json(const char *s, size_t n)
{
    jp p = {s, n, 0, 0};
    if (j_value(&p))
        fail("json", "not valid JSON");
    j_ws(&p);
    if (p.i != n)
        fail("json", "text after the JSON value");
    if (ng_utf8_invalid_count(s, n))
        fail("json", "invalid UTF-8");
}

/* ---- the other formats ------------------------------------------------ */

static void check_xml(const char *format, const char *s, size_t n)
{
    if (n > INT32_MAX)
        return;
    xmlDocPtr doc = xmlReadMemory(s, (int)n, "fuzz.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                      XML_PARSE_HUGE);
    if (!doc)
        fail(format, "not well-formed XML");
    xmlFreeDoc(doc);
}

static void check_dot(const char *s, size_t n)
{
    char *z = malloc(n + 1);
    if (!z)
        abort();
    memcpy(z, s, n);
    z[n] = '\0';
    Agraph_t *g = agmemread(z);
    free(z);
    if (!g)
        fail("dot", "Graphviz cannot read it back");
    agclose(g);
}

/* Every line has as many fields as the header. */
static void check_tsv(const char *format, const char *s, size_t n)
{
    if (n == 0 || s[n - 1] != '\n')
        fail(format, "missing final newline");
    long want = -1, tabs = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t') {
            tabs++;
        } else if (s[i] == '\n') {
            if (want < 0)
                want = tabs;
            else if (tabs != want)
                fail(format, "a line with the wrong number of fields");
            tabs = 0;
        } else if (s[i] == '\r') {
            fail(format, "carriage return inside a field");
        }
    }
}

static void check(const char *name, const char *s, size_t n)
{
    if (strcmp(name, "json") == 0)
        check_json(s, n);
    else if (strcmp(name, "graphml") == 0 || strcmp(name, "gexf") == 0 ||
             strcmp(name, "svg") == 0)
        check_xml(name, s, n);
    else if (strcmp(name, "dot") == 0)
        check_dot(s, n);
    else if (strcmp(name, "tsv") == 0 || strcmp(name, "evidence") == 0)
        check_tsv(name, s, n);
    else if (strcmp(name, "png") == 0 && (n < 8 || memcmp(s, "\x89PNG\r\n\x1a\n", 8) != 0))
        fail(name, "no PNG signature");
    else if (strcmp(name, "pdf") == 0 && (n < 5 || memcmp(s, "%PDF-", 5) != 0))
        fail(name, "no PDF signature");
}

/* ---- the harness ------------------------------------------------------- */

static int quiet_gv_errors(char *msg)
{
    (void)msg;
    return 0;
}

static ng_model *model(void)
{
    static ng_model *m;
    if (!m) {
        m = fuzz_default_model("fuzz_extract");
        xmlInitParser();
        agseterrf(quiet_gv_errors); /* check_dot's own parse errors */
    }
    return m;
}

/* The view filter that f selects (bit 7 of the control byte). */
static void view_filter(ng_filter *v, unsigned f, const ng_graph *g)
{
    ng_filter_init(v);
    switch (f & 3u) {
    case 0: /* the whole graph */
        break;
    case 1:
        ng_filter_default_drawing(v);
        v->kinds = f >> 2 & 7u;
        v->min_weight = f & 32u ? 2 : 0;
        break;
    case 2: {
        size_t n = ng_graph_node_count(g);
        v->depth = 1 + (f >> 5 & 3u);
        if (!n) {
            v->focus = "Raqqa"; /* names nothing: the view fails */
            break;
        }
        ng_node_view nv;
        ng_graph_node(g, (uint32_t)((f >> 2 & 7u) % n), &nv);
        v->focus = (f & 128u) && nv.n_aliases ? nv.aliases[nv.n_aliases - 1] : nv.label;
        break;
    }
    default:
        v->top = f >> 2 & 7u;
        v->rank = f & 32u ? NG_RANK_MENTIONS : NG_RANK_DEGREE;
        v->max_edges = f & 64u ? 3 : 0;
        v->drop_isolated = (f & 128u) != 0;
        if (f & 4u)
            v->relations = 1u << NG_REL_CO_OCCURS | 1u << NG_REL_OPPOSES |
                           1u << NG_REL_PARTICIPATES_IN | 1u << NG_REL_OCCURRED_IN;
        v->min_cooccurrence = f & 8u ? 2 : 0;
        break;
    }
}

/* The graph as data (JSON, entities and evidence TSV, no layout), for comparisons. */
static char *data_dump(ng_graph *g, size_t *len)
{
    ng_export_options eo;
    ng_export_options_init(&eo);
    eo.positions = 0;
    ng_export *x = ng_export_new(g, &eo);
    char *buf = NULL;
    FILE *out = open_memstream(&buf, len);
    if (!out)
        abort();
    static const char *const names[] = {"json", "tsv", "evidence"};
    for (size_t i = 0; i < 3; i++)
        ng_export_write(x, ng_exporter_lookup(names[i]), out, NULL);
    fclose(out);
    ng_export_free(x);
    return buf;
}

/* Documents split by form feeds; returns their number. */
static int add_documents(ng_corpus *c, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    int docs = 1;
    for (; docs < 4; docs++) {
        const char *ff = memchr(p, '\f', (size_t)(end - p));
        if (!ff)
            break;
        ng_corpus_add_text(c, "fuzz", p, (size_t)(ff - p));
        p = ff + 1;
    }
    ng_corpus_add_text(c, "fuzz", p, (size_t)(end - p));
    return docs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned ctl = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;

    ng_diag diag = {NULL, 0, 0, 0};
    ng_corpus_options co;
    ng_corpus_options_init(&co);
    co.threads = 1;
    unsigned cooc = ctl >> 5 & 3u;
    co.cooccurrence = cooc == 3 ? 1 : (int)cooc;
    co.evidence_limit = cooc == 3 ? 1 : 20;
    ng_corpus *c = ng_corpus_new(model(), &co, &diag);
    int docs = add_documents(c, text, len);
    ng_corpus_run(c);
    ng_graph *g = ng_corpus_graph(c);
    const char *why = NULL;
    if (ng_graph_check(g, &why) != 0)
        fail("graph", why ? why : "ng_graph_check failed");
    if (docs > 1) {
        ng_corpus_options co2 = co;
        co2.threads = 2;
        ng_corpus *c2 = ng_corpus_new(model(), &co2, NULL);
        add_documents(c2, text, len);
        ng_corpus_run(c2);
        size_t l1, l2;
        char *d1 = data_dump(g, &l1), *d2 = data_dump(ng_corpus_graph(c2), &l2);
        if (l1 != l2 || memcmp(d1, d2, l1) != 0)
            fail("graph", "two threads give another graph than one");
        free(d1);
        free(d2);
        ng_corpus_free(c2);
    }

    ng_export_options eo;
    ng_export_options_init(&eo);
    eo.positions = (ctl & 8u) != 0;
    eo.filter_data = (ctl & 16u) != 0;
    if (ctl & 128u) {
        view_filter(&eo.view, len ? (unsigned char)text[len - 1] : 0u, g);
        eo.title = "T\xC3\xAAte \"&<b>\\N\\G\x01\n";
    }
    static const unsigned renderers[8] = {0, 0, 0, 1, 1, 2, 4, 3}; /* bits: svg pdf png */
    unsigned render = renderers[ctl & 7u];

    ng_export *x = ng_export_new(g, &eo);
    for (size_t i = 0; i < ng_exporter_count(); i++) {
        const ng_exporter *f = ng_exporter_at(i);
        const char *name = ng_exporter_name(f);
        unsigned bit = strcmp(name, "svg") == 0   ? 1u
                       : strcmp(name, "pdf") == 0 ? 2u
                       : strcmp(name, "png") == 0 ? 4u
                                                  : 0u;
        if (bit && !(render & bit))
            continue;
        char *buf = NULL;
        size_t blen = 0;
        FILE *out = open_memstream(&buf, &blen);
        if (!out)
            abort();
        int rc = ng_export_write(x, f, out, &diag);
        fclose(out);
        if (rc == 0)
            check(name, buf, blen);
        else if (rc == NG_ERENDER && blen != 0)
            fail(name, "a failed render wrote output");
        free(buf);
    }
    ng_export_free(x);
    ng_corpus_free(c);
    return 0;
}
