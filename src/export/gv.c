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
            ng_article art;
            char date[11];
            ng_graph_article(g, ev.evidence[0].doc, &art, date);
            if (art.title || art.date) {
                /* the article cited as a reader would: title (outlet, date) */
                ng_buf_puts(&tip, art.title ? art.title : doc ? doc : "");
                if (art.source || art.date) {
                    ng_buf_puts(&tip, art.title || doc ? " (" : "(");
                    if (art.source)
                        ng_buf_printf(&tip, "%s%s", art.source, art.date ? ", " : "");
                    if (art.date)
                        ng_buf_puts(&tip, art.date);
                    ng_buf_putc(&tip, ')');
                }
                ng_buf_printf(&tip, ": %s", ev.evidence[0].text);
            } else if (doc)
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

/* One Graphviz context for the process, created on first need and freed
 * when the library is unloaded (at exit, or dlclose of the shared
 * library). Not one per export context: Graphviz 2.42's text layout plugin
 * (pango) keeps a pointer to the last font name it measured, which lives
 * in the context, so a layout in a second context after a freed one reads
 * freed memory (AddressSanitizer shows it in the unit tests). Graphviz is
 * not thread-safe: diagrams are drawn on one thread at a time (see
 * export.h). */
static GVC_t *shared_gvc;
static pthread_once_t gvc_once = PTHREAD_ONCE_INIT;

static void gvc_create(void)
{
    agseterr(AGERR); /* Graphviz warnings are not the user's business */
    shared_gvc = gvContext();
}

__attribute__((destructor)) static void gvc_free(void)
{
    if (shared_gvc)
        gvFreeContext(shared_gvc);
    shared_gvc = NULL;
}

static GVC_t *context(ng_export *x)
{
    if (!x->gvc) {
        pthread_once(&gvc_once, gvc_create);
        x->gvc = shared_gvc;
    }
    return x->gvc;
}

static void positions_init(ng_positions *p, size_t n)
{
    p->n = n;
    p->xy = ng_xcalloc(2 * n + 1, sizeof *p->xy);
    p->known = ng_xcalloc(n + 1, 1);
}

static void positions_set(ng_positions *p, uint32_t id, double px, double py)
{
    p->xy[2 * (size_t)id] = px;
    p->xy[2 * (size_t)id + 1] = py;
    p->known[id] = 1;
}

/* Give every node of the diagram its position, in the view and in the
 * whole graph (data exports write it: Gephi opens on the same picture). */
static void record_positions(ng_export *x, Agraph_t *ag, const ng_graph *view)
{
    positions_init(&x->at_view, ng_graph_node_count(view));
    positions_init(&x->at_graph, ng_graph_node_count(x->g));
    ng_buf name = NG_BUF_INIT;
    ng_node_view nv;
    for (size_t i = 0; i < ng_graph_node_count(view); i++) {
        name.len = 0;
        ng_buf_printf(&name, "n%zu", i);
        Agnode_t *n = agnode(ag, name.data, 0);
        if (!n)
            continue;
        double px = ND_coord(n).x, py = ND_coord(n).y;
        positions_set(&x->at_view, (uint32_t)i, px, py);
        ng_graph_node(view, (uint32_t)i, &nv);
        uint32_t id = ng_graph_find(x->g, nv.key);
        if (id != UINT32_MAX)
            positions_set(&x->at_graph, id, px, py);
    }
    ng_buf_release(&name);
}

/* sfdp draws from the C library's rand() and drand48() (its start, the
 * removal of overlaps) without seeding them. So that a graph laid out again
 * (a second export, a test, a service) comes out the same, the layout runs
 * on generators as a new process has them (rand() as after srand(1),
 * drand48() with X = 0); so that the caller's own sequences go on as if no
 * layout ran, their states are saved before and put back after. (Seeding
 * through Graphviz's "start" attribute instead would move the nodes of
 * every diagram written so far; this keeps them where they were.)
 * rand() is saved through initstate()/setstate(): in glibc
 * rand() draws from random()'s state. drand48()'s X is saved through
 * seed48(), which also puts back the standard multiplier and addend (a
 * caller's lcong48() parameters are not kept). Not thread-safe, as rand()
 * is not: no other thread may draw while a layout runs. */
typedef struct gen_state {
    char rand_state[128]; /* the size of glibc's default state (TYPE_3) */
    char *caller_rand;
    unsigned short caller_x[3];
} gen_state;

static void generators_fresh(gen_state *s)
{
    s->caller_rand = initstate(1, s->rand_state, sizeof s->rand_state);
    unsigned short x0[3] = {0, 0, 0};
    memcpy(s->caller_x, seed48(x0), sizeof s->caller_x);
}

static void generators_restore(gen_state *s)
{
    setstate(s->caller_rand);
    seed48(s->caller_x);
}

int ng_gv_layout(ng_export *x, const ng_graph *view, ng_diag *diag)
{
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
    gen_state gens;
    generators_fresh(&gens);
    int rc = gvLayout(gvc, ag, engine);
    generators_restore(&gens);
    if (rc != 0) {
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

void *ng_gv_build(const ng_export *x, const ng_graph *view)
{
    return build(x, view);
}

void ng_gv_release(ng_export *x)
{
    if (x->drawing) {
        gvFreeLayout(x->gvc, x->drawing);
        agclose(x->drawing);
        x->drawing = NULL;
    }
    x->gvc = NULL; /* the process's context stays until the library is unloaded */
}
