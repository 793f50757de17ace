/* gv.c - the diagram through Graphviz in process: DOT (agwrite), SVG/PNG/PDF (gvc) */
#include <errno.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/buf.h"
#include "escape.h"
#include "export_priv.h"

#define FONT "Helvetica,Arial,sans-serif"

static char *S(const char *s)
{
    return (char *)s; /* Graphviz 2.43 takes char * for strings it does not modify */
}

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, S(name), S(value), S(""));
}

/* Text for a Graphviz label or tooltip, shown as written. Graphviz reads
 * such text for escapes ("\N" is the node's name, "\G" the graph's) and
 * HTML entities ("&amp;" shows as "&"); it expands tooltips twice. So:
 * characters XML 1.0 forbids dropped, line breaks made spaces, '&' written
 * "&amp;", and each backslash doubled in a label, quadrupled in a tooltip
 * (tooltip non-zero). Checked against Graphviz 2.43's SVG output. */
static void gv_text(ng_buf *out, const char *s, int tooltip)
{
    ng_buf clean = NG_BUF_INIT;
    ng_escape_xml_clean(&clean, s, strlen(s));
    out->len = 0;
    for (size_t i = 0; i < clean.len; i++) {
        char c = clean.data[i];
        if (c == '\\')
            ng_buf_puts(out, tooltip ? "\\\\\\\\" : "\\\\");
        else if (c == '&')
            ng_buf_puts(out, "&amp;");
        else if (c == '\n' || c == '\r')
            ng_buf_putc(out, ' ');
        else
            ng_buf_putc(out, c);
    }
    ng_buf_cstr(out);
    ng_buf_release(&clean);
}

static const char *kind_shape(ng_kind k)
{
    switch (k) {
    case NG_KIND_ACTOR:
        return "box";
    case NG_KIND_PLACE:
        return "ellipse";
    case NG_KIND_EVENT:
        return "hexagon";
    }
    return "box";
}

/* A CSS class token: lower-case letters, digits, '-' and '_' only. */
static void class_token(ng_buf *out, const char *s)
{
    for (; *s; s++) {
        char c = *s;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')
            ng_buf_putc(out, c);
        else if (c >= 'A' && c <= 'Z')
            ng_buf_putc(out, (char)(c + 32));
        else
            ng_buf_putc(out, '_');
    }
}

static void legend(Agraph_t *ag, const ng_graph *g)
{
    int kinds[3] = {0, 0, 0}, rels[NG_REL__COUNT] = {0};
    ng_node_view nv;
    ng_edge_view ev;
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_graph_node(g, (uint32_t)i, &nv);
        kinds[nv.kind] = 1;
    }
    for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_graph_edge(g, (uint32_t)i, &ev);
        rels[ev.relation] = 1;
    }
    ng_buf h = NG_BUF_INIT;
    ng_buf_puts(&h, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
                    "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
    static const char *const kind_desc[] = {"actor (box)", "place (ellipse)",
                                            "event (hexagon)"};
    for (int k = 0; k < 3; k++)
        if (kinds[k])
            ng_buf_printf(&h, "<TR><TD BGCOLOR=\"%s\"> </TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                          ng_kind_color((ng_kind)k), kind_desc[k]);
    for (int r = 0; r < NG_REL__COUNT; r++)
        if (rels[r])
            ng_buf_printf(&h,
                          "<TR><TD><FONT COLOR=\"%s\">&#8594;</FONT></TD>"
                          "<TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">%s</FONT></TD></TR>",
                          ng_relation_color((ng_relation)r), ng_relation_color((ng_relation)r),
                          ng_relation_name((ng_relation)r));
    ng_buf_puts(&h, "</TABLE>");
    Agraph_t *cl = agsubg(ag, S("cluster_legend"), 1);
    set(cl, "label", "");
    set(cl, "style", "invis");
    Agnode_t *n = agnode(cl, S("legend"), 1);
    set(n, "shape", "plaintext");
    set(n, "style", "");
    set(n, "fillcolor", "white");
    set(n, "class", "legend");
    agsafeset(n, S("label"), agstrdup_html(ag, h.data), S(""));
    set(n, "tooltip", "Legend");
    ng_buf_release(&h);
}

/* Build the Graphviz graph of the diagram (the view of the graph). */
static Agraph_t *build(const ng_export *x, const ng_graph *g)
{
    Agraph_t *ag = agopen(S("newsgraph"), Agdirected, NULL);
    agattr(ag, AGRAPH, S("fontname"), S(FONT));
    agattr(ag, AGRAPH, S("fontsize"), S("12"));
    agattr(ag, AGRAPH, S("bgcolor"), S("white"));
    agattr(ag, AGRAPH, S("pad"), S("0.3"));
    agattr(ag, AGRAPH, S("rankdir"), S("TB"));
    agattr(ag, AGRAPH, S("nodesep"), S("0.3"));
    agattr(ag, AGRAPH, S("ranksep"), S("0.7"));
    agattr(ag, AGRAPH, S("overlap"), S("false"));
    agattr(ag, AGRAPH, S("splines"), S("true"));
    agattr(ag, AGRAPH, S("outputorder"), S("edgesfirst"));
    if (x->o.title) {
        ng_buf t = NG_BUF_INIT;
        gv_text(&t, x->o.title, 0);
        agattr(ag, AGRAPH, S("label"), t.data);
        agattr(ag, AGRAPH, S("labelloc"), S("t"));
        agattr(ag, AGRAPH, S("fontsize"), S("16"));
        ng_buf_release(&t);
    }
    agattr(ag, AGNODE, S("fontname"), S(FONT));
    agattr(ag, AGNODE, S("fontsize"), S("11"));
    agattr(ag, AGNODE, S("style"), S("filled"));
    agattr(ag, AGNODE, S("penwidth"), S("1"));
    agattr(ag, AGEDGE, S("fontname"), S(FONT));
    agattr(ag, AGEDGE, S("fontsize"), S("9"));
    agattr(ag, AGEDGE, S("arrowsize"), S("0.7"));

    size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
    Agnode_t **nodes = ng_xcalloc(nn + 1, sizeof *nodes);
    ng_buf b = NG_BUF_INIT, name = NG_BUF_INIT;
    ng_node_view nv;
    for (size_t i = 0; i < nn; i++) {
        ng_graph_node(g, (uint32_t)i, &nv);
        name.len = 0;
        ng_buf_printf(&name, "n%zu", i);
        Agnode_t *n = nodes[i] = agnode(ag, name.data, 1);
        set(n, "id", name.data);
        gv_text(&b, nv.label, 0);
        set(n, "label", b.data);
        set(n, "shape", kind_shape(nv.kind));
        if (nv.kind == NG_KIND_ACTOR)
            set(n, "style", "filled,rounded");
        set(n, "fillcolor", ng_kind_color(nv.kind));
        /* tooltip: category and every spelling seen */
        ng_buf tip = NG_BUF_INIT;
        ng_buf_printf(&tip, "%s (%s", nv.label, ng_kind_name(nv.kind));
        if (*nv.category)
            ng_buf_printf(&tip, ", %s", nv.category);
        ng_buf_puts(&tip, ")");
        if (nv.date)
            ng_buf_printf(&tip, " %s", nv.date);
        if (nv.n_aliases) {
            ng_buf_puts(&tip, " - aliases: ");
            for (size_t a = 0; a < nv.n_aliases; a++)
                ng_buf_printf(&tip, "%s%s", a ? ", " : "", nv.aliases[a]);
        }
        ng_buf_printf(&tip, " - %llu mention%s in %llu document%s",
                      (unsigned long long)nv.mentions, nv.mentions == 1 ? "" : "s",
                      (unsigned long long)nv.doc_count, nv.doc_count == 1 ? "" : "s");
        gv_text(&b, tip.data, 1);
        set(n, "tooltip", b.data);
        ng_buf_release(&tip);
        /* CSS classes (Graphviz adds "node"): kind and category */
        b.len = 0;
        ng_buf_printf(&b, "%s ", ng_kind_name(nv.kind));
        class_token(&b, *nv.category ? nv.category : "uncategorised");
        set(n, "class", b.data);
    }
    ng_edge_view ev;
    for (size_t i = 0; i < ne; i++) {
        ng_graph_edge(g, (uint32_t)i, &ev);
        name.len = 0;
        ng_buf_printf(&name, "e%zu", i);
        Agedge_t *e = agedge(ag, nodes[ev.src], nodes[ev.dst], name.data, 1);
        set(e, "id", name.data);
        const char *rel = ng_relation_name(ev.relation);
        b.len = 0;
        if (ev.weight > 1)
            ng_buf_printf(&b, "%s (%llu)", rel, (unsigned long long)ev.weight);
        else
            ng_buf_puts(&b, rel);
        set(e, "label", b.data);
        set(e, "color", ng_relation_color(ev.relation));
        set(e, "fontcolor", ng_relation_color(ev.relation));
        char pw[32];
        /* thicker with more sentences, but never so thick that a strong
         * edge hides its neighbours on a large corpus */
        double width = 1.0 + log2((double)ev.weight);
        snprintf(pw, sizeof pw, "%.2f", width > 4.0 ? 4.0 : width);
        set(e, "penwidth", pw);
        if (ev.relation == NG_REL_CO_OCCURS) {
            set(e, "style", "dashed");
            set(e, "dir", "none");
        }
        if (ev.n_evidence) {
            ng_buf tip = NG_BUF_INIT;
            const char *doc = ng_graph_doc_name(g, ev.evidence[0].doc);
            if (doc)
                ng_buf_printf(&tip, "%s: %s", doc, ev.evidence[0].text);
            else /* an unnamed document: its index */
                ng_buf_printf(&tip, "document %u: %s", ev.evidence[0].doc, ev.evidence[0].text);
            gv_text(&b, tip.data, 1);
            set(e, "tooltip", b.data);
            ng_buf_release(&tip);
        }
        set(e, "class", rel); /* Graphviz adds "edge" */
    }
    if (nn)
        legend(ag, g);
    free(nodes);
    ng_buf_release(&b);
    ng_buf_release(&name);
    return ag;
}

static const char *choose_engine(const ng_export *x, const ng_graph *g)
{
    const char *e = x->o.engine;
    if (e && *e && strcmp(e, "auto") != 0)
        return e;
    size_t n = ng_graph_node_count(g), m = ng_graph_edge_count(g);
    /* dot draws readable layered pictures of sparse graphs but grows
     * super-linearly, and a dense graph comes out as one very wide rank;
     * neato keeps a dense graph of a few hundred nodes round and legible;
     * sfdp scales to thousands */
    if (n <= 200 && m <= 500 && m <= 2 * n)
        return "dot";
    if (n <= 400 && m <= 1000)
        return "neato";
    return "sfdp";
}

/* One Graphviz context for the process, never freed: Graphviz 2.43's text
 * layout plugin (pango) keeps a pointer to the last font name it measured,
 * which lives in the context, so a second context after a freed one reads
 * freed memory. Graphviz is not thread-safe: diagrams are drawn on one
 * thread at a time (see export.h). */
static GVC_t *shared_gvc;
static pthread_once_t gvc_once = PTHREAD_ONCE_INIT;

static void gvc_create(void)
{
    agseterr(AGERR); /* Graphviz warnings are not the user's business */
    shared_gvc = gvContext();
}

static GVC_t *context(ng_export *x)
{
    if (!x->gvc) {
        pthread_once(&gvc_once, gvc_create);
        x->gvc = shared_gvc;
    }
    return x->gvc;
}

/* Give every node of the diagram its position, in the view and in the
 * whole graph (data exports write it: Gephi opens on the same picture). */
static void record_positions(ng_export *x, Agraph_t *ag, const ng_graph *view)
{
    ng_buf name = NG_BUF_INIT;
    ng_node_view nv;
    for (size_t i = 0; i < ng_graph_node_count(view); i++) {
        name.len = 0;
        ng_buf_printf(&name, "n%zu", i);
        Agnode_t *n = agnode(ag, name.data, 0);
        if (!n)
            continue;
        double px = ND_coord(n).x, py = ND_coord(n).y;
        ng_graph_set_pos((ng_graph *)view, (uint32_t)i, px, py);
        ng_graph_node(view, (uint32_t)i, &nv);
        uint32_t id = ng_graph_find(x->g, nv.key);
        if (id != UINT32_MAX)
            ng_graph_set_pos(x->g, id, px, py);
    }
    ng_buf_release(&name);
}

static int lay_out(ng_export *x, ng_diag *diag)
{
    const ng_graph *view = ng_export_view(x, diag);
    if (!view) {
        x->layout_failed = 1;
        return NG_EARG;
    }
    GVC_t *gvc = context(x);
    Agraph_t *ag = build(x, view);
    const char *engine = choose_engine(x, view);
    if (strcmp(engine, "dot") != 0) {
        /* force-directed engines: no overlapping nodes, straight edges keep
         * large graphs fast */
        agsafeset(ag, S("overlap"), S("prism"), S(""));
        if (ng_graph_edge_count(view) > 2000)
            agsafeset(ag, S("splines"), S("false"), S(""));
    }
    /* only node positions wanted (GraphML/GEXF/JSON): routing edges around
     * nodes is most of neato's time and moves no node (the drawing may shift
     * as a whole); sfdp's placement does depend on it, so sfdp routes anyway */
    if (x->o.positions_only && (strcmp(engine, "neato") == 0 || strcmp(engine, "dot") == 0))
        agsafeset(ag, S("splines"), S("false"), S(""));
    /* sfdp draws from the C library's rand() and drand48() (its start, the
     * removal of overlaps): both are put back as a new process has them
     * (rand() as after srand(1); drand48() with X = 0 and the standard
     * multiplier and addend, which seed48 also restores), so that a graph
     * laid out again in the same process (a second export, a test, a
     * service) comes out the same as the first time */
    srand(1);
    unsigned short x0[3] = {0, 0, 0};
    seed48(x0);
    if (gvLayout(gvc, ag, engine) != 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "Graphviz layout with '%s' failed",
                       engine);
        agclose(ag);
        x->layout_failed = 1;
        return NG_ERENDER;
    }
    record_positions(x, ag, view);
    x->drawing = ag;
    return 0;
}

int ng_export_gv_layout(ng_export *x, ng_diag *diag)
{
    if (x->drawing)
        return 0;
    if (x->layout_failed)
        return NG_ERENDER;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = lay_out(x, diag);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    x->layout_ns += (uint64_t)((t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec));
    return rc;
}

void ng_export_gv_release(ng_export *x)
{
    if (x->drawing) {
        gvFreeLayout(x->gvc, x->drawing);
        agclose(x->drawing);
        x->drawing = NULL;
    }
    x->gvc = NULL; /* the process's context stays */
}

int ng_export_dot(ng_export *x, FILE *out, ng_diag *diag)
{
    /* a fresh graph without layout attributes: the DOT is the diagram's source */
    const ng_graph *view = ng_export_view(x, diag);
    if (!view)
        return NG_EARG;
    Agraph_t *ag = build(x, view);
    int rc = agwrite(ag, out) == EOF ? NG_EIO : 0;
    agclose(ag);
    return rc; /* a write error: the caller names file and cause */
}

/* cairo (1.16, Debian 12) stamps every PDF with the wall-clock time, which
 * would make two runs on the same input differ. Overwrite the date digits in
 * place (same length, so the xref offsets stay right) with SOURCE_DATE_EPOCH
 * when the environment sets it, else with the epoch itself. */
static void pdf_fix_dates(char *data, size_t len)
{
    static const char *const keys[] = {"/CreationDate (D:", "/ModDate (D:"};
    char stamp[15] = "19700101000000";
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long t = strtoll(sde, &end, 10);
        struct tm tm;
        time_t tt = (time_t)t;
        if (!errno && !*end && t >= 0 && gmtime_r(&tt, &tm) && tm.tm_year + 1900 <= 9999) {
            char buf[32];
            if (strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm) == 14)
                memcpy(stamp, buf, 14);
        }
    }
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        size_t kl = strlen(keys[k]);
        char *p = data, *end = data + len;
        while (p + kl <= end && (p = memchr(p, '/', (size_t)(end - p))) != NULL) {
            if ((size_t)(end - p) < kl || memcmp(p, keys[k], kl) != 0) {
                p++;
                continue;
            }
            p += kl;
            size_t n = 0;
            while (n < 14 && p + n < end && p[n] >= '0' && p[n] <= '9')
                n++;
            if (n == 14)
                memcpy(p, stamp, 14);
        }
    }
}

static int render(ng_export *x, const char *format, FILE *out, ng_diag *diag)
{
    int rc = ng_export_gv_layout(x, diag);
    if (rc)
        return rc;
    char *data = NULL;
    unsigned int len = 0;
    if (gvRenderData(x->gvc, x->drawing, format, &data, &len) != 0 || !data) {
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0,
                       "Graphviz cannot render %s (is its plugin installed?)", format);
        if (data)
            gvFreeRenderData(data);
        return NG_ERENDER;
    }
    if (strcmp(format, "pdf") == 0)
        pdf_fix_dates(data, len);
    rc = fwrite(data, 1, len, out) == len ? 0 : NG_EIO;
    gvFreeRenderData(data);
    return rc;
}

int ng_export_svg(ng_export *x, FILE *out, ng_diag *diag)
{
    return render(x, "svg", out, diag);
}

int ng_export_png(ng_export *x, FILE *out, ng_diag *diag)
{
    return render(x, "png", out, diag);
}

int ng_export_pdf(ng_export *x, FILE *out, ng_diag *diag)
{
    return render(x, "pdf", out, diag);
}
