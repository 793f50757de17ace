/* diagram.c - the diagram formats: DOT (agwrite), SVG/PNG/PDF (gvc) */
#define _GNU_SOURCE /* fopencookie: agwrite's output filtered on its way out */
#include <errno.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export_priv.h"

/* Graphviz's DOT reader takes no string longer than 16,384 bytes (its
 * scanner's buffer: "syntax error ... longer than 16384?"), and agwrite
 * writes strings whole, quoted or, when they are identifiers, bare: a long
 * --title, a tooltip holding a long URL, a very long name. The filter below
 * cuts every such string into pieces of at most DOT_PIECE bytes joined by
 * DOT's concatenation, "..." + "...", which every reader joins back (a
 * long bare identifier is quoted first): the same graph, readable. It never
 * cuts an escape (backslash and the next byte) nor a UTF-8 sequence, and
 * passes HTML strings (<...>, the legend; short) as they are. */
#define DOT_PIECE 8192

typedef struct dot_split {
    FILE *out;
    int state;    /* OUTSIDE, QUOTED, BARE (an identifier), HTML */
    int escape;   /* QUOTED: after a backslash */
    int closing;  /* QUOTED: a bare identifier quoted here; close it at its end */
    int depth;    /* HTML: '<' nesting */
    size_t piece; /* QUOTED: bytes of the current piece */
    size_t n_bare;
    char bare[DOT_PIECE]; /* BARE: the identifier so far, not yet written */
} dot_split;

enum { OUTSIDE, QUOTED, BARE, HTML };

static int id_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.' || c == '-' || c >= 0x80;
}

static int dot_split_byte(dot_split *k, unsigned char c)
{
    FILE *o = k->out;
    switch (k->state) {
    case BARE:
        if (id_byte(c) && k->n_bare < sizeof k->bare) {
            k->bare[k->n_bare++] = (char)c;
            return 0;
        }
        if (!id_byte(c)) {
            k->state = OUTSIDE;
            if (fwrite(k->bare, 1, k->n_bare, o) != k->n_bare)
                return -1;
            return dot_split_byte(k, c);
        }
        /* too long to leave bare: quoted from its start, cut from now */
        if (putc('"', o) == EOF || fwrite(k->bare, 1, k->n_bare, o) != k->n_bare)
            return -1;
        k->state = QUOTED;
        k->closing = 1;
        k->escape = 0;
        k->piece = k->n_bare;
        return dot_split_byte(k, c);
    case QUOTED:
        if (k->closing && !id_byte(c)) {
            k->state = OUTSIDE;
            k->closing = 0;
            if (putc('"', o) == EOF)
                return -1;
            return dot_split_byte(k, c);
        }
        if (k->escape) {
            k->escape = 0;
        } else if (c == '"') {
            k->state = OUTSIDE;
        } else {
            if (k->piece >= DOT_PIECE && (c & 0xC0) != 0x80) {
                if (fputs("\" + \"", o) == EOF)
                    return -1;
                k->piece = 0;
            }
            k->escape = c == '\\';
        }
        k->piece++;
        break;
    case HTML:
        if (c == '<')
            k->depth++;
        else if (c == '>' && --k->depth == 0)
            k->state = OUTSIDE;
        break;
    default:
        if (c == '"') {
            k->state = QUOTED;
            k->escape = 0;
            k->piece = 0;
        } else if (c == '<') {
            k->state = HTML;
            k->depth = 1;
        } else if (id_byte(c)) {
            k->state = BARE;
            k->bare[0] = (char)c;
            k->n_bare = 1;
            return 0;
        }
        break;
    }
    return putc(c, o) == EOF ? -1 : 0;
}

static ssize_t dot_split_write(void *cookie, const char *buf, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (dot_split_byte(cookie, (unsigned char)buf[i]))
            return (ssize_t)i; /* short: the stream is in error */
    return (ssize_t)n;
}

/* The end: an identifier still held is written. */
static int dot_split_close(void *cookie)
{
    dot_split *k = cookie;
    if (k->state == BARE && fwrite(k->bare, 1, k->n_bare, k->out) != k->n_bare)
        return -1;
    if (k->state == QUOTED && k->closing && putc('"', k->out) == EOF)
        return -1;
    return 0;
}

int ng_export_dot(ng_export *x, FILE *out, ng_diag *diag)
{
    /* a fresh graph without layout results: the DOT is the diagram's
     * source. A page to fit is laid out first: that chooses what is shown
     * and the engine, which the DOT names (layout=...) so that Graphviz
     * draws the same picture from it */
    if (x->o.fit && x->o.page_width > 0 && ng_graph_node_count(x->g)) {
        int rc = ng_export_drawing(x, diag);
        if (rc)
            return rc;
    }
    ng_export_bound(x, diag);
    const ng_graph *view = ng_export_view(x, diag);
    if (!view)
        return NG_EARG;
    Agraph_t *ag = ng_gv_source(x, view, x->engine ? x->engine : x->engine_forced);
    dot_split *k = ng_xcalloc(1, sizeof *k);
    k->out = out;
    cookie_io_functions_t io = {NULL, dot_split_write, NULL, dot_split_close};
    FILE *f = fopencookie(k, "w", io);
    int rc = NG_EIO;
    if (f) {
        setvbuf(f, NULL, _IOFBF, 1 << 16);
        rc = agwrite(ag, f) == EOF ? NG_EIO : 0;
        if (fclose(f) != 0 || ferror(out))
            rc = NG_EIO;
    }
    ng_gv_end(diag);
    free(k);
    agclose(ag);
    return rc; /* a write error: the caller names file and cause */
}

/* The digits of a PDF date: YYYYMMDDHHMMSS. */
#define PDF_STAMP_LEN 14

/* cairo (1.16, Debian 12) stamps every PDF with the wall-clock time, which
 * would make two runs on the same input differ. Overwrite the date digits in
 * place (same length, so the xref offsets stay right) with SOURCE_DATE_EPOCH
 * when the environment sets it, else with the epoch itself. */
static void pdf_fix_dates(char *data, size_t len)
{
    static const char *const keys[] = {"/CreationDate (D:", "/ModDate (D:"};
    char stamp[PDF_STAMP_LEN + 1] = "19700101000000";
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long t = strtoll(sde, &end, 10);
        struct tm tm;
        time_t tt = (time_t)t;
        if (!errno && !*end && t >= 0 && gmtime_r(&tt, &tm) && tm.tm_year + 1900 <= 9999) {
            char buf[32];
            if (strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm) == PDF_STAMP_LEN)
                memcpy(stamp, buf, PDF_STAMP_LEN);
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
            while (n < PDF_STAMP_LEN && p + n < end && p[n] >= '0' && p[n] <= '9')
                n++;
            if (n == PDF_STAMP_LEN)
                memcpy(p, stamp, PDF_STAMP_LEN);
        }
    }
}

static int render(ng_export *x, const char *format, FILE *out, ng_diag *diag)
{
    int rc = ng_export_drawing(x, diag);
    if (rc)
        return rc;
    char *data = NULL;
    unsigned int len = 0;
    /* a PNG's pixels per inch: the renderer reads it from the layout */
    Agraph_t *ag = x->drawing;
    double dpi = GD_drawing(ag)->dpi;
    if (strcmp(format, "png") == 0)
        GD_drawing(ag)->dpi = x->o.dpi > 0 ? x->o.dpi : 192.0;
    ng_gv_end(diag);
    rc = gvRenderData(x->gvc, ag, format, &data, &len);
    GD_drawing(ag)->dpi = dpi;
    if (rc != 0 || !data) {
        char *m = ng_gv_messages();
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0,
                       "Graphviz cannot render %s (is its plugin installed?)%s%s", format,
                       m ? ": " : "", m ? m : "");
        free(m);
        if (data)
            gvFreeRenderData(data);
        return NG_ERENDER;
    }
    ng_gv_end(diag);
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
