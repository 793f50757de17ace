/* evidence.c - evidence.tsv: every relation with each sentence kept for it, for footnotes */
#include "../core/buf.h"
#include "escape.h"
#include "export_priv.h"

/* A TSV field: cleaned as every output is (ids and file names come raw
 * from the file system), tabs and line breaks made spaces. */
static void field(ng_buf *b, const char *s)
{
    ng_escape_tsv(b, s);
}

int ng_export_evidence(ng_export *x, FILE *out, ng_diag *diag)
{
    const ng_graph *g = x->o.filter_data ? ng_export_view(x, diag) : x->g;
    if (!g)
        return NG_EARG;
    ng_buf b = NG_BUF_INIT;
    /* the articles' date, URL, title and outlet follow when any is known */
    int arts = ng_graph_has_articles(g);
    ng_buf_puts(&b, "source\trelation\ttarget\trole\tweight\tdocument\toffset\tsentence");
    ng_buf_puts(&b, arts ? "\tdate\turl\ttitle\toutlet\n" : "\n");
    ng_edge_view ev;
    ng_node_view s, t;
    int rc = 0;
    for (size_t i = 0; i < ng_graph_edge_count(g) && !rc; i++) {
        ng_graph_edge(g, (uint32_t)i, &ev);
        ng_graph_node(g, ev.src, &s);
        ng_graph_node(g, ev.dst, &t);
        for (size_t k = 0; k < ev.n_evidence; k++) {
            field(&b, s.label);
            ng_buf_printf(&b, "\t%s\t", ng_relation_name(ev.relation));
            field(&b, t.label);
            ng_buf_putc(&b, '\t');
            field(&b, ev.role);
            ng_buf_printf(&b, "\t%llu\t", (unsigned long long)ev.weight);
            field(&b, ng_graph_doc_name(g, ev.evidence[k].doc));
            ng_buf_printf(&b, "\t%u\t", ev.evidence[k].offset);
            field(&b, ev.evidence[k].text);
            if (arts) {
                ng_article a;
                char date[11];
                ng_graph_article(g, ev.evidence[k].doc, &a, date);
                const char *f[4] = {a.date, a.url, a.title, a.source};
                for (int j = 0; j < 4; j++) {
                    ng_buf_putc(&b, '\t');
                    field(&b, f[j]);
                }
            }
            ng_buf_putc(&b, '\n');
        }
        if (b.len > 1 << 16) {
            rc = fwrite(b.data, 1, b.len, out) == b.len ? 0 : NG_EIO;
            b.len = 0;
        }
    }
    if (!rc && b.len)
        rc = fwrite(b.data, 1, b.len, out) == b.len ? 0 : NG_EIO;
    ng_buf_release(&b);
    return rc; /* a write error: the caller names file and cause */
}
