/* page.c - page sizes for diagrams and checks of user-set Graphviz attributes */
#include <errno.h>
#include <graphviz/color.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/export.h"

/* libgvc exports it (Graphviz 2.42/2.43) without declaring it in the
 * installed headers: the colour names and forms Graphviz itself accepts. */
extern int colorxlate(char *str, gvcolor_t *color, color_type_t target_type);

static const struct {
    const char *name;
    double w, h; /* inches */
} pages[] = {
    {"a4", 8.27, 11.69},   {"a5", 5.83, 8.27},    {"letter", 8.5, 11.0},
    {"slide", 10.0, 5.625}, {"column", 6.5, 8.0},
};

/* A length: a number and an optional unit; the unit's points per unit in
 * *per (0 when none was written). Returns the end, or NULL. */
static const char *length(const char *s, double *v, double *per)
{
    char *end;
    *v = strtod(s, &end);
    if (end == s || !isfinite(*v) || *v <= 0)
        return NULL;
    static const struct {
        const char *unit;
        double pt;
    } units[] = {{"in", 72.0}, {"cm", 72.0 / 2.54}, {"mm", 72.0 / 25.4}, {"pt", 1.0}};
    *per = 0;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strncmp(end, units[i].unit, 2) == 0) {
            *per = units[i].pt;
            return end + 2;
        }
    return end;
}

int ng_page_parse(const char *spec, double *w, double *h)
{
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
        if (strcmp(spec, pages[i].name) == 0) {
            *w = pages[i].w * 72.0;
            *h = pages[i].h * 72.0;
            return 0;
        }
    double a, b, ua, ub;
    const char *p = length(spec, &a, &ua);
    if (!p || (*p != 'x' && *p != 'X'))
        return NG_EARG;
    p = length(p + 1, &b, &ub);
    if (!p || *p || !ub)
        return NG_EARG;
    if (!ua)
        ua = ub; /* "6.5x4in": the last unit for both */
    a *= ua;
    b *= ub;
    if (a > 200 * 72.0 || b > 200 * 72.0 || a < 72.0 || b < 72.0)
        return NG_EARG; /* between 1 and 200 inches */
    *w = a;
    *h = b;
    return 0;
}

/* ---- Graphviz attributes ------------------------------------------------ */

typedef enum {
    T_STR,   /* any text */
    T_NUM,   /* a number */
    T_POS,   /* a number >= 0 */
    T_FONT,  /* a font size: >= 1 */
    T_INT,
    T_BOOL,
    T_COLOR, /* one colour */
    T_COLORS,/* a colour list ("red:blue;0.3") */
    T_POINT, /* "x" or "x,y", maybe with '!' */
    T_WORDS, /* one of a list */
    T_STYLE, /* comma-separated style words */
} attr_type;

#define G 1
#define N 2
#define E 4

static const char *const engines[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi",
                                      "osage", "patchwork", NULL};
static const char *const rankdirs[] = {"TB", "LR", "BT", "RL", NULL};
static const char *const spline_words[] = {"true", "false", "none", "line", "polyline", "curved",
                                      "ortho", "spline", "compound", "", NULL};
static const char *const overlaps[] = {"true", "false", "scale", "scalexy", "prism", "compress",
                                       "vpsc", "ortho", "orthoxy", "ortho_yx", "portho",
                                       "porthoxy", "portho_yx", "ipsep", "voronoi", NULL};
static const char *const ratios[] = {"fill", "compress", "expand", "auto", NULL};
static const char *const locs[] = {"t", "b", "c", NULL};
static const char *const justs[] = {"l", "r", "c", NULL};
static const char *const dirs[] = {"forward", "back", "both", "none", NULL};
static const char *const orders[] = {"breadthfirst", "nodesfirst", "edgesfirst", NULL};
static const char *const ordering[] = {"in", "out", "", NULL};
static const char *const shapes[] = {
    "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext",
    "plain", "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon",
    "septagon", "octagon", "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle",
    "invtrapezium", "invhouse", "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle",
    "square", "star", "none", "underline", "cylinder", "note", "tab", "folder", "box3d",
    "component", "promoter", "cds", "terminator", "utr", "primersite", "restrictionsite",
    "fivepoverhang", "threepoverhang", "noverhang", "assembly", "signature", "insulator",
    "ribosite", "rnastab", "proteasesite", "proteinstab", "rpromoter", "rarrow", "larrow",
    "lpromoter", NULL};
static const char *const arrows[] = {"normal", "inv", "dot", "invdot", "odot", "invodot",
                                     "none", "tee", "empty", "invempty", "diamond", "odiamond",
                                     "ediamond", "crow", "box", "obox", "open", "halfopen",
                                     "vee", "curve", "icurve", NULL};
static const char *const styles[] = {"filled", "invisible", "invis", "diagonals", "rounded",
                                     "dashed", "dotted", "solid", "bold", "tapered", "radial",
                                     "striped", "wedged", NULL};

static const struct gv_attr_def {
    const char *name;
    unsigned kinds;
    attr_type type;
    const char *const *words;
} defs[] = {
    {"K", G, T_POS, NULL},
    {"URL", G | N | E, T_STR, NULL},
    {"arrowhead", E, T_WORDS, arrows},
    {"arrowsize", E, T_POS, NULL},
    {"arrowtail", E, T_WORDS, arrows},
    {"bgcolor", G, T_COLORS, NULL},
    {"center", G, T_BOOL, NULL},
    {"class", G | N | E, T_STR, NULL},
    {"clusterrank", G, T_WORDS, (const char *const[]){"local", "global", "none", NULL}},
    {"color", N | E | G, T_COLORS, NULL},
    {"colorscheme", G | N | E, T_STR, NULL},
    {"comment", G | N | E, T_STR, NULL},
    {"compound", G, T_BOOL, NULL},
    {"concentrate", G, T_BOOL, NULL},
    {"constraint", E, T_BOOL, NULL},
    {"decorate", E, T_BOOL, NULL},
    {"defaultdist", G, T_POS, NULL},
    {"dim", G, T_INT, NULL},
    {"dimen", G, T_INT, NULL},
    {"dir", E, T_WORDS, dirs},
    {"distortion", N, T_NUM, NULL},
    {"dpi", G, T_POS, NULL},
    {"epsilon", G, T_POS, NULL},
    {"esep", G, T_POINT, NULL},
    {"fillcolor", N | E | G, T_COLORS, NULL},
    {"fixedsize", N, T_WORDS, (const char *const[]){"true", "false", "shape", NULL}},
    {"fontcolor", G | N | E, T_COLOR, NULL},
    {"fontname", G | N | E, T_STR, NULL},
    {"fontsize", G | N | E, T_FONT, NULL},
    {"forcelabels", G, T_BOOL, NULL},
    {"gradientangle", G | N, T_INT, NULL},
    {"group", N, T_STR, NULL},
    {"headclip", E, T_BOOL, NULL},
    {"headlabel", E, T_STR, NULL},
    {"height", N, T_POS, NULL},
    {"href", G | N | E, T_STR, NULL},
    {"id", G | N | E, T_STR, NULL},
    {"labelangle", E, T_NUM, NULL},
    {"labeldistance", E, T_POS, NULL},
    {"labelfloat", E, T_BOOL, NULL},
    {"labelfontcolor", E, T_COLOR, NULL},
    {"labelfontname", E, T_STR, NULL},
    {"labelfontsize", E, T_FONT, NULL},
    {"labeljust", G, T_WORDS, justs},
    {"labelloc", G | N, T_WORDS, locs},
    {"landscape", G, T_BOOL, NULL},
    {"layout", G, T_WORDS, engines},
    {"len", E, T_POS, NULL},
    {"margin", G | N, T_POINT, NULL},
    {"maxiter", G, T_INT, NULL},
    {"mclimit", G, T_POS, NULL},
    {"mindist", G, T_POS, NULL},
    {"minlen", E, T_INT, NULL},
    {"newrank", G, T_BOOL, NULL},
    {"nodesep", G, T_POS, NULL},
    {"nojustify", G | N, T_BOOL, NULL},
    {"normalize", G, T_STR, NULL},
    {"nslimit", G, T_POS, NULL},
    {"ordering", G | N, T_WORDS, ordering},
    {"orientation", N, T_NUM, NULL},
    {"outputorder", G, T_WORDS, orders},
    {"overlap", G, T_WORDS, overlaps},
    {"overlap_scaling", G, T_NUM, NULL},
    {"pack", G, T_STR, NULL},
    {"packmode", G, T_STR, NULL},
    {"pad", G, T_POINT, NULL},
    {"pencolor", G, T_COLOR, NULL},
    {"penwidth", G | N | E, T_POS, NULL},
    {"peripheries", N | G, T_INT, NULL},
    {"quantum", G, T_POS, NULL},
    {"rankdir", G, T_WORDS, rankdirs},
    {"ranksep", G, T_STR, NULL},
    {"ratio", G, T_WORDS, ratios},
    {"regular", N, T_BOOL, NULL},
    {"remincross", G, T_BOOL, NULL},
    {"repulsiveforce", G, T_POS, NULL},
    {"rotate", G, T_INT, NULL},
    {"searchsize", G, T_INT, NULL},
    {"sep", G, T_POINT, NULL},
    {"shape", N, T_WORDS, shapes},
    {"sides", N, T_INT, NULL},
    {"size", G, T_POINT, NULL},
    {"skew", N, T_NUM, NULL},
    {"smoothing", G, T_STR, NULL},
    {"splines", G, T_WORDS, spline_words},
    {"start", G, T_STR, NULL},
    {"style", G | N | E, T_STYLE, styles},
    {"tailclip", E, T_BOOL, NULL},
    {"taillabel", E, T_STR, NULL},
    {"target", G | N | E, T_STR, NULL},
    {"tooltip", G | N | E, T_STR, NULL},
    {"truecolor", G, T_BOOL, NULL},
    {"weight", E, T_POS, NULL},
    {"width", N, T_POS, NULL},
    {"xlabel", G | N | E, T_STR, NULL},
};

static int one_of(const char *v, size_t n, const char *const *words)
{
    for (; *words; words++)
        if (strlen(*words) == n && strncmp(*words, v, n) == 0)
            return 1;
    return 0;
}

static int is_number(const char *v, double *out)
{
    char *end;
    double d = strtod(v, &end);
    if (end == v || *end || !isfinite(d))
        return 0;
    *out = d;
    return 1;
}

static int is_color(const char *v, size_t n)
{
    char buf[128];
    if (!n || n >= sizeof buf)
        return 0;
    if (v[0] == '#') { /* Graphviz reads any hex prefix: #rrggbb or #rrggbbaa only */
        if (n != 7 && n != 9)
            return 0;
        for (size_t i = 1; i < n; i++)
            if (!strchr("0123456789abcdefABCDEF", v[i]))
                return 0;
        return 1;
    }
    memcpy(buf, v, n);
    buf[n] = '\0';
    gvcolor_t c;
    memset(&c, 0, sizeof c);
    return colorxlate(buf, &c, RGBA_BYTE) == COLOR_OK;
}

/* msg into the caller's buffer why (why_cap bytes, at least 1), truncated. */
static void say_why(char *why, size_t why_cap, const char *msg)
{
    snprintf(why, why_cap, "%s", msg);
}

int ng_gv_attr_check(char kind, const char *name, const char *value, char *why, size_t why_cap)
{
    unsigned k = kind == 'G' ? G : kind == 'N' ? N : kind == 'E' ? E : 0;
    const char *what = k == G ? "a graph" : k == N ? "a node" : "an edge";
    char msg[256];
    const struct gv_attr_def *d = NULL;
    for (size_t i = 0; i < sizeof defs / sizeof defs[0] && !d; i++)
        if (strcmp(defs[i].name, name) == 0)
            d = &defs[i];
    if (!k || !d) {
        snprintf(msg, sizeof msg, "'%.64s' is not a Graphviz attribute newsgraph can set", name);
        say_why(why, why_cap, msg);
        return NG_EARG;
    }
    if (!(d->kinds & k)) {
        snprintf(msg, sizeof msg, "'%s' is not %s attribute", name, what);
        say_why(why, why_cap, msg);
        return NG_EARG;
    }
    double num;
    int ok = 1;
    const char *expect = "";
    switch (d->type) {
    case T_STR:
        break;
    case T_NUM:
        ok = is_number(value, &num);
        expect = "a number";
        break;
    case T_POS:
        ok = is_number(value, &num) && num >= 0;
        expect = "a number >= 0";
        break;
    case T_FONT:
        /* Pango takes sizes as int 1/1024ths of a point: 1e308 overflowed
         * into its "size >= 0" assertion, printed raw to standard error */
        ok = is_number(value, &num) && num >= 1 && num <= 1000;
        expect = "a font size in points, 1 to 1000";
        break;
    case T_INT: {
        /* where Graphviz takes a count as work or memory, a bound:
         * minlen=1e9 crashed dot, sides=1e8 took 1.5 GB and minutes,
         * peripheries=1e6 minutes */
        static const struct {
            const char *name;
            long lo, hi;
            const char *expect;
        } ranges[] = {{"minlen", 0, 1000, "an integer, 0 to 1000"},
                      {"peripheries", 0, 100, "an integer, 0 to 100"},
                      {"sides", 3, 100, "an integer, 3 to 100"}};
        char *end;
        errno = 0;
        long v = strtol(value, &end, 10);
        ok = end != value && !*end && errno != ERANGE;
        expect = "an integer";
        for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
            if (strcmp(name, ranges[i].name) == 0) {
                ok = ok && v >= ranges[i].lo && v <= ranges[i].hi;
                expect = ranges[i].expect;
            }
        break;
    }
    case T_BOOL: {
        static const char *const bools[] = {"true", "false", "yes", "no", "1", "0", NULL};
        ok = one_of(value, strlen(value), bools);
        expect = "true or false";
        break;
    }
    case T_COLOR:
        ok = is_color(value, strlen(value));
        expect = "a colour (a name or #rrggbb)";
        break;
    case T_COLORS: {
        /* "red", "red:blue", "red;0.3:blue" */
        const char *p = value;
        do {
            size_t n = strcspn(p, ":;");
            ok &= is_color(p, n);
            p += n;
            if (*p == ';')
                p += strcspn(p, ":");
            if (*p == ':')
                p++;
            else
                break;
        } while (ok);
        expect = "a colour (a name or #rrggbb) or a list of colours";
        break;
    }
    case T_POINT: {
        char *end;
        double a = strtod(value, &end), b = 0;
        ok = end != value && isfinite(a) && a >= 0;
        if (ok && *end == ',') {
            const char *q = end + 1;
            b = strtod(q, &end);
            ok = end != q && isfinite(b) && b >= 0;
        }
        if (ok && *end == '!')
            end++;
        ok = ok && !*end;
        expect = "a size in inches: X or X,Y (optionally followed by !)";
        break;
    }
    case T_WORDS:
        ok = one_of(value, strlen(value), d->words) || (d->words == ratios && is_number(value, &num));
        break;
    case T_STYLE: {
        const char *p = value;
        while (ok && *p) {
            size_t n = strcspn(p, ",");
            ok = one_of(p, n, d->words) || (n > 13 && strncmp(p, "setlinewidth(", 13) == 0);
            p += n;
            if (*p == ',')
                p++;
        }
        break;
    }
    }
    if (!ok) {
        if (d->type == T_WORDS || d->type == T_STYLE) {
            size_t len = (size_t)snprintf(msg, sizeof msg, "'%.40s' is not a value of %s (",
                                          value, name);
            const char *const *w = d->words;
            for (; *w && len < sizeof msg - 48; w++)
                len += (size_t)snprintf(msg + len, sizeof msg - len, "%s%s",
                                        w == d->words ? "" : ", ", **w ? *w : "\"\"");
            snprintf(msg + len, sizeof msg - len, "%s%s)", *w ? ", ..." : "",
                     d->type == T_STYLE ? ", joined by commas" : "");
        } else {
            snprintf(msg, sizeof msg, "%s: '%.40s' is not %s", name, value, expect);
        }
        say_why(why, why_cap, msg);
        return NG_EARG;
    }
    return 0;
}
