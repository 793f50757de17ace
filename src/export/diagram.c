/* diagram.c - the diagram formats: DOT (agwrite), SVG/PNG/PDF (gvc) */
#include <errno.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export_priv.h"

int ng_export_dot(ng_export *x, FILE *out, ng_diag *diag)
{
    /* a fresh graph without layout attributes: the DOT is the diagram's source */
    const ng_graph *view = ng_export_view(x, diag);
    if (!view)
        return NG_EARG;
    Agraph_t *ag = ng_gv_build(x, view);
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
    int rc = ng_export_drawing(x, diag);
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
