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
/* Font sizes in points at scale 1: a drawing scaled to its page by at least
 * MIN_NODE/12 = MIN_EDGE/9 = 2/3 prints every label legibly. */
#define NODE_FONT "12"
#define EDGE_FONT "9"
#define GRAPH_FONT "12"  /* the legend's and the graph's own text */
#define TITLE_FONT "16"
#define PAD_IN "0.15"    /* inches of white around the drawing */
#define NODESEP_IN "0.3" /* dot: between nodes of a rank */
#define RANKSEP_IN "0.7" /* dot: between ranks */
#define NODE_PEN "1"     /* node outline, points */
#define ARROW_SIZE "0.7" /* times Graphviz's default arrowhead */
/* Edges get thicker with their sentences: 1 + log2(weight) points, at most
 * this, so that a strong edge does not hide its neighbours. */
#define EDGE_PEN_MAX 4.0
/* Graphviz's default font size, where the graph sets none. */
#define GV_DEFAULT_FONT_PT 14
/* Force-directed layouts of more edges draw them straight (routing them
 * around nodes takes most of the time). */
#define STRAIGHT_EDGES_FROM 2000
/* The largest views dot, then neato, lays out readably and in seconds
 * (entities, edges); beyond, sfdp (see choose_engine). */
#define DOT_MAX_NODES 200
#define DOT_MAX_EDGES 500
#define NEATO_MAX_NODES 400
#define NEATO_MAX_EDGES 1000
#define PT_PER_IN 72.0


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

/* A long label on two lines: the space nearest its middle becomes Graphviz's
 * centred line break, so that a long name makes a taller node, not a wide
 * one (a page is narrower than a name list). out holds gv_text's result. */
#define WRAP_AT 16

static void wrap_label(ng_buf *out)
{
    size_t chars = 0;
    for (size_t i = 0; i < out->len; i++)
        chars += ((unsigned char)out->data[i] & 0xC0) != 0x80;
    if (chars <= WRAP_AT)
        return;
    size_t mid = out->len / 2, best = 0, best_d = SIZE_MAX;
    for (size_t i = 1; i + 1 < out->len; i++) {
        if (out->data[i] != ' ')
            continue;
        size_t d = i > mid ? i - mid : mid - i;
        if (d < best_d)
            best = i, best_d = d;
    }
    if (!best)
        return;
    ng_buf w = NG_BUF_INIT;
    ng_buf_printf(&w, "%.*s\\n%s", (int)best, out->data, out->data + best + 1);
    out->len = 0;
    ng_buf_puts(out, w.data);
    ng_buf_cstr(out);
    ng_buf_release(&w);
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
    /* two entries a row (swatch, text): half as tall as one a row, so the
     * legend takes little of a page */
    ng_buf h = NG_BUF_INIT, item = NG_BUF_INIT;
    ng_buf_puts(&h, "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">");
    static const char *const kind_desc[] = {"actor", "place", "event"};
    int col = 0;
    for (int i = 0; i < 3 + NG_REL__COUNT; i++) {
        item.len = 0;
        if (i < 3 && kinds[i]) {
            ng_buf_printf(&item, "<TD BGCOLOR=\"%s\" BORDER=\"1\">  </TD><TD ALIGN=\"LEFT\">%s</TD>",
                          ng_kind_color((ng_kind)i), kind_desc[i]);
        } else if (i >= 3 && rels[i - 3]) {
            ng_relation r = (ng_relation)(i - 3);
            /* the text in a darker shade of light colours: readable on white */
            ng_buf_printf(&item,
                          "<TD><FONT COLOR=\"%s\">%s</FONT></TD>"
                          "<TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">%s</FONT></TD>",
                          ng_relation_color(r), ng_relation_symmetric(r) ? "- - -" : "&#8594;",
                          ng_relation_symmetric(r) ? "#666666" : ng_relation_color(r),
                          ng_relation_symmetric(r) ? "co_occurs (n: sentences)"
                                                   : ng_relation_name(r));
        } else {
            continue;
        }
        ng_buf_printf(&h, "%s%s%s", col ? "" : "<TR>", item.data, col ? "</TR>" : "");
        col = !col;
    }
    if (col)
        ng_buf_puts(&h, "<TD></TD><TD></TD></TR>");
    ng_buf_release(&item);
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
    agattr(ag, AGRAPH, S("fontsize"), S(GRAPH_FONT));
    agattr(ag, AGRAPH, S("bgcolor"), S("white"));
    agattr(ag, AGRAPH, S("pad"), S(PAD_IN));
    agattr(ag, AGRAPH, S("rankdir"), S("TB"));
    agattr(ag, AGRAPH, S("nodesep"), S(NODESEP_IN));
    agattr(ag, AGRAPH, S("ranksep"), S(RANKSEP_IN));
    agattr(ag, AGRAPH, S("overlap"), S("false"));
    agattr(ag, AGRAPH, S("splines"), S("true"));
    agattr(ag, AGRAPH, S("outputorder"), S("edgesfirst"));
    if (x->o.title) {
        ng_buf t = NG_BUF_INIT;
        gv_text(&t, x->o.title, 0);
        agattr(ag, AGRAPH, S("label"), t.data);
        agattr(ag, AGRAPH, S("labelloc"), S("t"));
        agattr(ag, AGRAPH, S("fontsize"), S(TITLE_FONT));
        ng_buf_release(&t);
    }
    agattr(ag, AGNODE, S("fontname"), S(FONT));
    agattr(ag, AGNODE, S("fontsize"), S(NODE_FONT));
    agattr(ag, AGNODE, S("style"), S("filled"));
    agattr(ag, AGNODE, S("penwidth"), S(NODE_PEN));
    agattr(ag, AGEDGE, S("fontname"), S(FONT));
    agattr(ag, AGEDGE, S("fontsize"), S(EDGE_FONT));
    agattr(ag, AGEDGE, S("arrowsize"), S(ARROW_SIZE));

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
        wrap_label(&b);
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
        /* a co-occurrence is told by its dashed grey line (the legend says
         * so): its label is only its weight, which keeps dense diagrams small */
        if (ng_relation_symmetric(ev.relation)) {
            if (ev.weight > 1)
                ng_buf_printf(&b, "%llu", (unsigned long long)ev.weight);
        } else if (ev.weight > 1)
            ng_buf_printf(&b, "%s (%llu)", rel, (unsigned long long)ev.weight);
        else
            ng_buf_puts(&b, rel);
        if (b.len)
            set(e, "label", ng_buf_cstr(&b));
        set(e, "color", ng_relation_color(ev.relation));
        set(e, "fontcolor", ng_relation_color(ev.relation));
        char pw[32];
        /* thicker with more sentences, but never so thick that a strong
         * edge hides its neighbours on a large corpus */
        double width = 1.0 + log2((double)ev.weight);
        snprintf(pw, sizeof pw, "%.2f", width > EDGE_PEN_MAX ? EDGE_PEN_MAX : width);
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
    if (n <= DOT_MAX_NODES && m <= DOT_MAX_EDGES && m <= 2 * n)
        return "dot";
    if (n <= NEATO_MAX_NODES && m <= NEATO_MAX_EDGES)
        return "neato";
    return "sfdp";
}

/* One Graphviz context for the process, created on first need and freed
 * when the library is unloaded (at exit, or dlclose of the shared
 * library); every export context uses it. Graphviz is not thread-safe:
 * diagrams are drawn on one thread at a time (see export.h).
 *
 * Why not one per export context, or one counted by its users and freed
 * with the last: Graphviz 2.42 (Debian 12's; it reports 2.43.0) cannot
 * lay out in a context made after one was freed. Its pango text-layout
 * plugin remembers the last font it measured in a static, as a pointer to
 * the font name (`static char *fontname; ... fontname = span->font->name`
 * in plugin/pango/gvtextlayout_pango.c), and that name belongs to the
 * context's font dictionary, which gvFreeContext frees. The next layout,
 * in any new context, compares against it: AddressSanitizer reports a
 * heap-use-after-free (a READ in strcmp from libgvplugin_pango.so, of the
 * 12-byte "Times-Roman" freed by gvFreeContext, reached from gvLayout ->
 * make_label -> textspan_size). A 40-line program with two contexts, one
 * after the other, shows it without newsgraph. Later Graphviz copies the
 * name (gv_strdup), which fixes it there.
 *
 * A context could still be freed safely by first measuring a string in a
 * font whose name is static (through textspan_size, which libgvc exports
 * but declares in no installed header), so that the plugin lets go of the
 * freed name; tried, and ASan-clean. Not done: it relies on that
 * undeclared function, and there is little to gain. What the process keeps
 * is the GVC_t with its plugin tables and font dictionary: about 16 KB of
 * heap (measured with mallinfo2, one layout and the four renderings per
 * context); a freed context gives back about 10 KB of them (Graphviz 2.42
 * keeps about 6 KB of each context anyway). The font caches, some 650 KB,
 * belong to pango and fontconfig, whose statics the plugin fills and which
 * no gvFreeContext releases. */
static GVC_t *shared_gvc;
static pthread_once_t gvc_once = PTHREAD_ONCE_INIT;

/* Graphviz's own messages (agerr): it wrote them to standard error as they
 * came, raw (control bytes and all) and without the program's prefix.
 * Gathered here instead while Graphviz runs (on one thread at a time),
 * then reported through the caller's diagnostics, escaped, on one line:
 * within the caller's error when the call failed, else as a warning. At
 * most 4 KB is kept. */
static ng_buf gv_msgs;
static pthread_mutex_t gv_msgs_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t gv_err_once = PTHREAD_ONCE_INIT;

/* Graphviz 2.42 gives a message in pieces: "Error", ": ", then the text. */
static int gv_message(char *s)
{
    pthread_mutex_lock(&gv_msgs_lock);
    if (gv_msgs.len < 4096)
        ng_buf_put(&gv_msgs, s, strnlen(s, 4096 - gv_msgs.len));
    pthread_mutex_unlock(&gv_msgs_lock);
    return 0;
}

static void gv_err_install(void)
{
    agseterr(AGERR); /* Graphviz warnings are not the user's business */
    agseterrf(gv_message);
}

void ng_gv_begin(void)
{
    pthread_once(&gv_err_once, gv_err_install);
}

char *ng_gv_messages(void)
{
    pthread_mutex_lock(&gv_msgs_lock);
    ng_buf out = NG_BUF_INIT;
    const char *p = gv_msgs.data, *end = gv_msgs.data + gv_msgs.len;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t n = (size_t)(le - p);
        if (n >= 7 && memcmp(p, "Error: ", 7) == 0)
            p += 7, n -= 7;
        else if (n >= 9 && memcmp(p, "Warning: ", 9) == 0)
            p += 9, n -= 9;
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\r'))
            n--;
        if (n) {
            if (out.len)
                ng_buf_puts(&out, "; ");
            ng_buf_put(&out, p, n);
        }
        p = le + 1;
    }
    gv_msgs.len = 0;
    pthread_mutex_unlock(&gv_msgs_lock);
    if (!out.len) {
        ng_buf_release(&out);
        return NULL;
    }
    ng_buf_cstr(&out);
    return ng_buf_detach(&out);
}

void ng_gv_end(ng_diag *diag)
{
    char *m = ng_gv_messages();
    if (m)
        ng_diag_report(diag, NG_DIAG_WARNING, NULL, 0, "Graphviz: %s", m);
    free(m);
}

static void gvc_create(void)
{
    ng_gv_begin();
    shared_gvc = gvContext();
}

__attribute__((destructor)) static void gvc_free(void)
{
    if (shared_gvc)
        gvFreeContext(shared_gvc);
    shared_gvc = NULL;
    ng_buf_release(&gv_msgs);
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

/* The attributes of the page, the engine and the user, on a built graph. */
static void prepare(const ng_export *x, Agraph_t *ag, const ng_graph *view, const char *engine)
{
    if (strcmp(engine, "dot") != 0) {
        /* force-directed engines: no overlapping nodes, straight edges keep
         * large graphs fast */
        agsafeset(ag, S("overlap"), S("prism"), S(""));
        if (ng_graph_edge_count(view) > STRAIGHT_EDGES_FROM)
            agsafeset(ag, S("splines"), S("false"), S(""));
    }
    /* only node positions wanted (GraphML/GEXF/JSON): routing edges around
     * nodes is most of neato's time and moves no node (the drawing may shift
     * as a whole); sfdp's placement does depend on it, so sfdp routes anyway.
     * Not when fitting a page: the view chosen must not depend on it */
    if (x->o.positions_only && !x->o.fit &&
        (strcmp(engine, "neato") == 0 || strcmp(engine, "dot") == 0))
        agsafeset(ag, S("splines"), S("false"), S(""));
    if (x->o.page_width > 0 && x->o.page_height > 0) {
        /* Graphviz scales a drawing larger than size down to it (a page
         * filled exactly is set after the layout: see fill_page); no
         * device margin around it (PDF's is half an inch) */
        char sz[64];
        snprintf(sz, sizeof sz, "%.4g,%.4g", x->o.page_width / PT_PER_IN,
                 x->o.page_height / PT_PER_IN);
        agsafeset(ag, S("size"), sz, S(""));
        agsafeset(ag, S("margin"), S("0"), S(""));
    }
    for (size_t i = 0; i < x->o.n_gv_attrs; i++) {
        const ng_gv_attr *a = &x->o.gv_attrs[i];
        if (a->kind == 'G') {
            agsafeset(ag, S(a->name), S(a->value), S(""));
            continue;
        }
        int kind = a->kind == 'N' ? AGNODE : AGEDGE;
        agattr(ag, kind, S(a->name), S(a->value)); /* the default ... */
        Agsym_t *sym = agattr(ag, kind, S(a->name), NULL);
        for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
            if (kind == AGNODE) { /* ... and every node's own value */
                if (strcmp(agnameof(n), "legend") != 0)
                    agxset(n, sym, S(a->value));
                continue;
            }
            for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e))
                agxset(e, sym, S(a->value));
        }
    }
}

static double default_num(Agraph_t *ag, int kind, const char *name, double dflt)
{
    Agsym_t *sym = agattr(ag, kind, S(name), NULL);
    double v = sym && sym->defval ? atof(sym->defval) : 0;
    return v > 0 ? v : dflt;
}

/* The scale every label needs to print at its minimum size. */
static double needed_scale(Agraph_t *ag)
{
    double nf = default_num(ag, AGNODE, "fontsize", GV_DEFAULT_FONT_PT);
    double ef = default_num(ag, AGEDGE, "fontsize", GV_DEFAULT_FONT_PT);
    double a = NG_MIN_NODE_LABEL_PT / nf, b = NG_MIN_EDGE_LABEL_PT / ef;
    return a > b ? a : b;
}

/* The scale Graphviz applies to a laid-out drawing at the page size (as
 * its renderers compute it: the bounding box and the padding against
 * size), 1 without a page. */
static double page_scale(const ng_export *x, Agraph_t *ag)
{
    if (!(x->o.page_width > 0 && x->o.page_height > 0))
        return 1.0;
    double pad = PT_PER_IN * atof(PAD_IN);
    const char *p = agget(ag, S("pad"));
    if (p && *p)
        pad = PT_PER_IN * atof(p);
    boxf bb = GD_bb(ag);
    double w = bb.UR.x - bb.LL.x + 2 * pad, h = bb.UR.y - bb.LL.y + 2 * pad;
    double z = 1.0;
    if (w > x->o.page_width || h > x->o.page_height) {
        double zx = x->o.page_width / w, zy = x->o.page_height / h;
        z = zx < zy ? zx : zy;
    }
    return z;
}

/* How many pairs of labels overlap in a laid-out drawing (a node's label
 * counted as its whole shape, the box Graphviz gives the node): a label
 * covered by another, or by a node, cannot be read at any size. */
typedef struct lbox {
    double x0, y0, x1, y1;
} lbox;

static size_t label_overlaps(Agraph_t *ag)
{
    size_t n = 0, cap = 64, hits = 0;
    lbox *b = ng_xmalloc(cap * sizeof *b);
    for (Agnode_t *v = agfstnode(ag); v; v = agnxtnode(ag, v)) {
        if (strcmp(agnameof(v), "legend") != 0 && ND_label(v)) {
            if (n == cap)
                b = ng_xrealloc(b, (cap *= 2) * sizeof *b);
            /* half the size, in points */
            double w = ND_width(v) * (PT_PER_IN / 2), h = ND_height(v) * (PT_PER_IN / 2);
            pointf at = ND_coord(v);
            b[n++] = (lbox){at.x - w, at.y - h, at.x + w, at.y + h};
        }
        for (Agedge_t *e = agfstout(ag, v); e; e = agnxtout(ag, e)) {
            textlabel_t *l = ED_label(e);
            if (!l || !l->set)
                continue;
            if (n == cap)
                b = ng_xrealloc(b, (cap *= 2) * sizeof *b);
            b[n++] = (lbox){l->pos.x - l->dimen.x / 2, l->pos.y - l->dimen.y / 2,
                            l->pos.x + l->dimen.x / 2, l->pos.y + l->dimen.y / 2};
        }
    }
    const double slack = 1.0; /* points: touching is not covering */
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (b[i].x0 + slack < b[j].x1 && b[j].x0 + slack < b[i].x1 &&
                b[i].y0 + slack < b[j].y1 && b[j].y0 + slack < b[i].y1)
                hits++;
    free(b);
    return hits;
}

/* A drawing that fills its page exactly (o.page_fill): the renderers'
 * viewport is the page, in points, at the drawing's scale, centred on it.
 * Every engine alike (neato ignores ratio=fill); SVG, PNG and PDF come out
 * at the page size, the drawing in the middle. */
static void fill_page(const ng_export *x, Agraph_t *ag, double z)
{
    if (!x->o.page_fill || !(x->o.page_width > 0 && x->o.page_height > 0))
        return;
    boxf bb = GD_bb(ag);
    char vp[160];
    snprintf(vp, sizeof vp, "%.2f,%.2f,%.6g,%.2f,%.2f", x->o.page_width, x->o.page_height, z,
             (bb.LL.x + bb.UR.x) / 2, (bb.LL.y + bb.UR.y) / 2);
    agsafeset(ag, S("viewport"), vp, S(""));
}

/* One layout of view with engine: the laid-out graph, or NULL (reported).
 * measure: only to measure its size and labels; dot places edge labels
 * before it routes edges, so it routes none (neato places them on the
 * routes: it routes). */
static Agraph_t *layout_once(ng_export *x, const ng_graph *view, const char *engine,
                             int measure, char **said, ng_diag *diag)
{
    Agraph_t *ag = build(x, view);
    prepare(x, ag, view, engine);
    if (measure && strcmp(engine, "dot") == 0)
        agsafeset(ag, S("splines"), S("false"), S(""));
    gen_state gens;
    generators_fresh(&gens);
    ng_gv_end(diag); /* anything said before: not this layout's */
    int rc = gvLayout(context(x), ag, engine);
    generators_restore(&gens);
    if (rc != 0) {
        char *m = ng_gv_messages();
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "Graphviz layout with '%s' failed%s%s",
                       engine, m ? ": " : "", m ? m : "");
        free(m);
        agclose(ag);
        return NULL;
    }
    /* as ng_gv_end, the message kept for the caller when it asks */
    char *m = ng_gv_messages();
    if (m)
        ng_diag_report(diag, NG_DIAG_WARNING, NULL, 0, "Graphviz: %s", m);
    if (said)
        *said = m;
    else
        free(m);
    return ag;
}

void ng_gv_measured_drop(ng_export *x)
{
    if (x->measured) {
        gvFreeLayout(context(x), x->measured);
        agclose(x->measured);
    }
    free(x->measured_said);
    x->measured = NULL;
    x->measured_view = NULL;
    x->measured_engine = NULL;
    x->measured_said = NULL;
}

const char *ng_gv_engine(const ng_export *x, const ng_graph *view)
{
    return choose_engine(x, view);
}

int ng_gv_measure(ng_export *x, const ng_graph *view, const char *engine, ng_gv_fit *out,
                  ng_diag *diag)
{
    ng_gv_measured_drop(x);
    char *said = NULL;
    Agraph_t *ag = layout_once(x, view, engine, 1, &said, diag);
    if (!ag)
        return NG_ERENDER;
    out->scale = page_scale(x, ag);
    out->need = needed_scale(ag);
    out->overlaps = label_overlaps(ag);
    if (strcmp(engine, "dot") != 0) {
        /* routed as a drawing is: kept, the drawing when it is chosen
         * next (a fitted page is most often the last view measured) */
        x->measured = ag;
        x->measured_view = view;
        x->measured_engine = engine;
        x->measured_said = said;
        return 0;
    }
    /* freed at once: Graphviz keeps the attribute symbols of the graph it
     * last laid out in globals its renderers read, so a drawing is only
     * rendered when it was the last laid out */
    free(said);
    gvFreeLayout(context(x), ag);
    agclose(ag);
    return 0;
}

int ng_gv_layout(ng_export *x, const ng_graph *view, const char *engine, ng_diag *diag)
{
    if (!engine)
        engine = choose_engine(x, view);
    Agraph_t *ag = NULL;
    if (x->measured && x->measured_view == view && strcmp(x->measured_engine, engine) == 0) {
        /* the layout just measured, the last Graphviz made: laid out again
         * it comes out the same, and Graphviz says the same again */
        ag = x->measured;
        x->measured = NULL;
        ng_gv_end(diag); /* anything said before: not this layout's */
        if (x->measured_said)
            ng_diag_report(diag, NG_DIAG_WARNING, NULL, 0, "Graphviz: %s", x->measured_said);
    }
    ng_gv_measured_drop(x);
    if (!ag)
        ag = layout_once(x, view, engine, 0, NULL, diag);
    if (!ag) {
        x->layout_failed = 1;
        return NG_ERENDER;
    }
    double z = page_scale(x, ag), need = needed_scale(ag);
    x->engine = engine;
    x->scale = z;
    fill_page(x, ag, z);
    if (z + 1e-9 < need)
        ng_diag_report(diag, NG_DIAG_WARNING, NULL, 0,
                       "at this page size (%.0f x %.0f pt) the diagram's labels print at %.1f pt "
                       "(nodes) and %.1f pt (edges), below %.0f and %.0f: draw fewer entities "
                       "(--top, --max-edges, --focus) or give a larger --page",
                       x->o.page_width, x->o.page_height,
                       z * default_num(ag, AGNODE, "fontsize", 14),
                       z * default_num(ag, AGEDGE, "fontsize", 14), NG_MIN_NODE_LABEL_PT,
                       NG_MIN_EDGE_LABEL_PT);
    record_positions(x, ag, view);
    x->drawing = ag;
    return 0;
}

void *ng_gv_source(const ng_export *x, const ng_graph *view, const char *engine)
{
    ng_gv_begin();
    if (!engine)
        engine = choose_engine(x, view);
    Agraph_t *ag = build(x, view);
    prepare(x, ag, view, engine);
    agsafeset(ag, S("layout"), S(engine), S(""));
    return ag;
}

void ng_gv_release(ng_export *x)
{
    ng_gv_measured_drop(x);
    if (x->drawing) {
        gvFreeLayout(x->gvc, x->drawing);
        agclose(x->drawing);
        x->drawing = NULL;
    }
    x->gvc = NULL; /* the process's context stays until the library is unloaded */
}
