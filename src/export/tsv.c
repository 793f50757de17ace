/* tsv.c - entities.tsv: every entity with the rule or gazetteer entry that produced it */
#include <string.h>

#include "../core/buf.h"
#include "escape.h"
#include "export_priv.h"

/* A TSV field: cleaned as every output is (ids and file names come raw
 * from the file system), tabs and line breaks made spaces. */
static void field(ng_buf *b, const char *s)
{
    ng_escape_tsv(b, s);
}

int ng_export_tsv(ng_export *x, FILE *out, ng_diag *diag)
{
    const ng_graph *g = x->o.filter_data ? ng_export_view(x, diag) : x->g;
    if (!g)
        return NG_EARG;
    ng_buf b = NG_BUF_INIT;
    ng_buf_puts(&b, "label\tkind\tcategory\taliases\tmentions\tdocuments\trule\tlatitude\t"
                    "longitude\tdate\n");
    ng_node_view v;
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_graph_node(g, (uint32_t)i, &v);
        field(&b, v.label);
        ng_buf_printf(&b, "\t%s\t", ng_kind_name(v.kind));
        field(&b, v.category);
        ng_buf_putc(&b, '\t');
        for (size_t a = 0; a < v.n_aliases; a++) {
            if (a)
                ng_buf_putc(&b, '|');
            field(&b, v.aliases[a]);
        }
        ng_buf_printf(&b, "\t%llu\t", (unsigned long long)v.mentions);
        for (size_t d = 0; d < v.n_docs; d++) {
            if (d)
                ng_buf_putc(&b, '|');
            field(&b, ng_graph_doc_name(g, v.docs[d]));
        }
        ng_buf_putc(&b, '\t');
        field(&b, v.rule);
        if (v.has_geo)
            ng_buf_printf(&b, "\t%.4f\t%.4f\t", v.lat, v.lon);
        else
            ng_buf_puts(&b, "\t\t\t");
        field(&b, v.date);
        ng_buf_putc(&b, '\n');
        if (b.len > 1 << 16) {
            if (fwrite(b.data, 1, b.len, out) != b.len)
                break;
            b.len = 0;
        }
    }
    int rc = fwrite(b.data, 1, b.len, out) == b.len ? 0 : NG_EIO;
    ng_buf_release(&b);
    return rc; /* a write error: the caller names file and cause */
}
