/* kb.c - knowledge bases: GraphML read back (streaming, hardened) and merged exactly */
#include "newsgraph/kb.h"

#include <errno.h>
#include <fcntl.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsgraph/extract.h"
#include "text/text.h"

#include "core/alloc.h"
#include "core/param.h"
#include "graph/graph_priv.h"
#include "../core/buf.h"
#include "../core/map.h"
#include "kb_priv.h"

#define MAX_ATTR ((size_t)64 << 10) /* an attribute value: ids, key names */
#define MAX_KEYS 256
#define MAX_DEPTH 4                 /* graphml > graph > node > data */

void ng_kb_options_init(ng_kb_options *o)
{
    o->doc_limit = NG_DOC_LIMIT_DEFAULT;
    o->evidence_limit = NG_EVIDENCE_LIMIT_DEFAULT;
    o->extract = NG_EXTRACT_DEFAULT;
}

ng_kb_options *ng_kb_options_new(void)
{
    ng_kb_options *o = ng_xmalloc(sizeof *o);
    ng_kb_options_init(o);
    return o;
}

void ng_kb_options_free(ng_kb_options *o)
{
    free(o);
}

#define KB_FIELD(...) NG_PARAM_INT_FIELD(struct ng_kb_options, __VA_ARGS__)

static const ng_param kb_params[] = {
    [NG_KB_DOC_LIMIT] = KB_FIELD(doc_limit, 0, INT64_MAX),
    [NG_KB_EVIDENCE_LIMIT] = KB_FIELD(evidence_limit, 0, INT64_MAX),
    [NG_KB_EXTRACT] = KB_FIELD(extract, 0, UINT32_MAX),
};
#define N_KB_PARAMS (sizeof kb_params / sizeof *kb_params)

int ng_kb_options_set_int(ng_kb_options *o, ng_kb_param p, int64_t v)
{
    return ng_param_set_int(o, kb_params, N_KB_PARAMS, (unsigned)p, v);
}

int64_t ng_kb_options_get_int(const ng_kb_options *o, ng_kb_param p)
{
    return ng_param_get_int(o, kb_params, N_KB_PARAMS, (unsigned)p);
}

/* An article of a knowledge base: its id, where it was read (the global
 * order: unit, line, then id) and what it says of itself. */
typedef struct art {
    char *id, *unit;
    unsigned long line;
    char *f[4];     /* url, title, date, source (NULL: none) */
    uint32_t local; /* its document number in its source */
    uint32_t src;   /* its source (set by ng_kb_build) */
} art;

static int art_cmp(const art *a, const art *b)
{
    int c = strcmp(a->unit, b->unit);
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return strcmp(a->id, b->id);
}

static void art_release(art *a)
{
    free(a->id);
    free(a->unit);
    for (int k = 0; k < 4; k++)
        free(a->f[k]);
}

/* Where articles come from: a file, or the graph of a corpus run. */
typedef struct source {
    char *name;
    ng_graph *g;      /* a graph, or NULL: a file at name */
    art *arts;        /* its articles, in the global order */
    size_t n_ids, cap_ids;
    uint32_t *docmap; /* its document i is global article docmap[i] */
    size_t n_local;   /* document numbers below this */
} source;

struct ng_kb {
    ng_kb_options o;
    ng_diag *diag;
    source *src;
    size_t n_src, cap_src;
    ng_strmap ids; /* article id -> source */
    ng_strmap files; /* the files added: 'p' and each path, 'i' and each file's
                        device and inode, to read each once */
    size_t n_articles;
    int built;
};

ng_kb *ng_kb_new(const ng_kb_options *o, ng_diag *diag)
{
    ng_kb *kb = ng_xcalloc(1, sizeof *kb);
    if (o)
        kb->o = *o;
    else
        ng_kb_options_init(&kb->o);
    kb->diag = diag;
    ng_strmap_init(&kb->ids);
    ng_strmap_init(&kb->files);
    return kb;
}

static void source_release(source *s)
{
    free(s->name);
    ng_graph_free(s->g);
    for (size_t i = 0; i < s->n_ids; i++)
        art_release(&s->arts[i]);
    free(s->arts);
    free(s->docmap);
}

void ng_kb_free(ng_kb *kb)
{
    if (!kb)
        return;
    for (size_t i = 0; i < kb->n_src; i++)
        source_release(&kb->src[i]);
    free(kb->src);
    ng_strmap_release(&kb->ids);
    ng_strmap_release(&kb->files);
    free(kb);
}

int ng_kb_has_article(const ng_kb *kb, const char *id)
{
    return ng_strmap_get(&kb->ids, id, strlen(id)) != NG_NONE;
}

size_t ng_kb_article_count(const ng_kb *kb)
{
    return kb->n_articles;
}

/* ---- the reader ------------------------------------------------------------ */

typedef struct keydef {
    char *id;
    int domain; /* 0 graph, 1 node, 2 edge, 3 other */
    int rec;    /* an ng_kb_rec, or -1 */
} keydef;

typedef enum { READ_HEADER, READ_ALL } read_mode;

typedef struct reader {
    xmlTextReaderPtr r;
    const char *name;
    ng_diag *diag;
    read_mode mode;
    /* the first error libxml2 reported */
    int xml_failed;
    unsigned long xml_line;
    char xml_msg[200];
    keydef keys[MAX_KEYS];
    size_t n_keys;
    int seen_root, seen_graph, in_graph;
    int seen[NG_KB__COUNT];
    int articles_closed; /* a record that numbers articles came: no more articles */
    unsigned long line;  /* of the record being read */
    unsigned long line0; /* of the <data> element being read */
    unsigned long doctype_line; /* of "<!DOCTYPE" near the top, if any */
    int blank;                  /* the whole text is empty or white space */
    size_t max_docs, max_evidence;
    unsigned extract;
    int has_format;
    int version;
    ng_kb_sentences sents; /* version 2: the evidence sentences */
    /* READ_HEADER: the ids go into ids; READ_ALL: counted, and the records
     * of the graph parsed into g with docmap */
    source *s;
    size_t n_docs;
    art last; /* reading into a graph of its own: the last article */
    ng_graph *g;
    const uint32_t *docmap;
    ng_strmap node_ids, edge_ids;
    ng_buf tmp;
} reader;

static void on_xml_error(void *arg, xmlErrorPtr err)
{
    reader *rd = arg;
    if (rd->xml_failed || !err || err->level < XML_ERR_ERROR)
        return;
    rd->xml_failed = 1;
    rd->xml_line = err->line > 0 ? (unsigned long)err->line : 0;
    const char *m = err->message ? err->message : "malformed XML";
    size_t n = strlen(m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
        n--;
    if (n >= sizeof rd->xml_msg)
        n = sizeof rd->xml_msg - 1;
    memcpy(rd->xml_msg, m, n);
    rd->xml_msg[n] = '\0';
}

/* The line of the node the reader is on (the parser may have read ahead). */
static unsigned long line_of(reader *rd)
{
    xmlNodePtr n = xmlTextReaderCurrentNode(rd->r);
    long l = n ? xmlGetLineNo(n) : -1;
    if (l <= 0)
        l = xmlTextReaderGetParserLineNumber(rd->r);
    return l > 0 ? (unsigned long)l : 0;
}

static int fail(reader *rd, const char *fmt, const char *arg)
{
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, fmt, arg ? arg : "");
    ng_diag_report(rd->diag, NG_DIAG_ERROR, rd->name, rd->line ? rd->line : line_of(rd), "%s",
                   ng_buf_cstr(&b));
    ng_buf_release(&b);
    return NG_EPARSE;
}

/* The attribute `name` of the current element, checked for size; NULL when
 * absent (*rc set when too long). The caller frees it (xmlFree). */
static char *attr(reader *rd, const char *name, int *rc)
{
    xmlChar *v = xmlTextReaderGetAttribute(rd->r, BAD_CAST name);
    if (v && strlen((const char *)v) > MAX_ATTR) {
        xmlFree(v);
        *rc = fail(rd, "attribute '%s' too long", name);
        return NULL;
    }
    return (char *)v;
}

/* Every attribute of the current element within MAX_ATTR. */
static int attrs_ok(reader *rd)
{
    int rc = 0;
    if (xmlTextReaderHasAttributes(rd->r) != 1)
        return 0;
    while (!rc && xmlTextReaderMoveToNextAttribute(rd->r) == 1) {
        const xmlChar *v = xmlTextReaderConstValue(rd->r);
        if (v && strlen((const char *)v) > MAX_ATTR)
            rc = fail(rd, "attribute value too long%s", NULL);
    }
    xmlTextReaderMoveToElement(rd->r);
    return rc;
}

static const keydef *key_find(const reader *rd, const char *id)
{
    for (size_t i = 0; i < rd->n_keys; i++)
        if (strcmp(rd->keys[i].id, id) == 0)
            return &rd->keys[i];
    return NULL;
}

static int on_key(reader *rd)
{
    int rc = 0;
    char *id = attr(rd, "id", &rc), *dom = attr(rd, "for", &rc),
         *name = attr(rd, "attr.name", &rc), *type = attr(rd, "attr.type", &rc);
    if (rc)
        goto out;
    if (!id || !*id) {
        rc = fail(rd, "<key> without id%s", NULL);
        goto out;
    }
    if (key_find(rd, id)) {
        rc = fail(rd, "key '%s' declared twice", id);
        goto out;
    }
    if (rd->n_keys == MAX_KEYS) {
        rc = fail(rd, "too many keys%s", NULL);
        goto out;
    }
    keydef *k = &rd->keys[rd->n_keys];
    k->domain = !dom                        ? 3
                : strcmp(dom, "graph") == 0 ? 0
                : strcmp(dom, "node") == 0  ? 1
                : strcmp(dom, "edge") == 0  ? 2
                                            : 3;
    k->rec = -1;
    for (int r = 0; r < NG_KB__COUNT; r++)
        if (strcmp(id, ng_kb_rec_key((ng_kb_rec)r)) == 0)
            k->rec = r;
    if (k->rec >= 0 && (!dom || strcmp(dom, ng_kb_rec_domain((ng_kb_rec)k->rec)) != 0 ||
                        !name || strcmp(name, id) != 0 || !type ||
                        strcmp(type, "string") != 0)) {
        rc = fail(rd, "key '%s' is not declared as newsgraph declares it", id);
        goto out;
    }
    k->id = ng_xstrdup(id);
    rd->n_keys++;
out:
    xmlFree(id);
    xmlFree(dom);
    xmlFree(name);
    xmlFree(type);
    return rc;
}

/* "newsgraph-kb V max-docs=N max-evidence=N extract=N" */
static int on_format(reader *rd, const char *text)
{
    unsigned v, ex;
    unsigned long long md, me;
    int end = 0;
    /* numbers of at most 9 digits, unsigned: sscanf's %llu takes "-1" as
     * 2^64 - 1 and an overflow is undefined (a header edited by hand) */
    int digits = 0, bad = 0;
    for (const char *p = text; *p && !bad; p++) {
        digits = *p >= '0' && *p <= '9' ? digits + 1 : 0;
        bad = digits > 9 || (*p == '=' && !(p[1] >= '0' && p[1] <= '9'));
    }
    if (bad || sscanf(text, "newsgraph-kb %u max-docs=%llu max-evidence=%llu extract=%u%n", &v,
                      &md, &me, &ex, &end) != 4 ||
        text[end] != '\0')
        return fail(rd, "bad knowledge base header '%s'", text);
    if (v < 1 || v > NG_KB_VERSION)
        return fail(rd, "knowledge base of another version ('%s'): rebuild it with this one",
                    text);
    rd->version = (int)v;
    rd->max_docs = (size_t)md;
    rd->max_evidence = (size_t)me;
    rd->extract = ex;
    rd->has_format = 1;
    if (!rd->s && rd->g) {
        /* read into a graph of its own: it keeps what the file kept */
        ng_graph_set_doc_limit(rd->g, rd->max_docs);
        ng_graph_set_evidence_limit(rd->g, rd->max_evidence);
        ng_graph_set_extract(rd->g, ex);
    }
    return 0;
}

static int hexdigit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Field f of a line of the table of articles, unescaped (malloc'd; NULL
 * when empty and `empty_null`). */
static int article_field(reader *rd, const char *p, size_t n, int empty_null, char **out)
{
    *out = NULL;
    rd->tmp.len = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '%') {
            int hi = i + 2 < n ? hexdigit(p[i + 1]) : -1;
            int lo = i + 2 < n ? hexdigit(p[i + 2]) : -1;
            if (hi < 0 || lo < 0 || hi * 16 + lo < 0x20)
                return fail(rd, "bad %%-escape in the table of articles%s", NULL);
            c = (char)(hi * 16 + lo);
            i += 2;
        } else if ((unsigned char)c < 0x20) {
            return fail(rd, "control character in the table of articles%s", NULL);
        }
        ng_buf_putc(&rd->tmp, c);
    }
    const char *v = ng_buf_cstr(&rd->tmp);
    if (ng_utf8_invalid_count(v, rd->tmp.len))
        return fail(rd, "invalid UTF-8 in the table of articles%s", NULL);
    if (rd->tmp.len || !empty_null)
        *out = ng_xstrndup(v, rd->tmp.len);
    return 0;
}

/* One line of the table of articles: id, unit, line, url, title, date,
 * source. */
static int on_doc(reader *rd, const char *text, size_t len)
{
    const char *p[8];
    size_t n[7], k = 0;
    p[0] = text;
    for (const char *q = text; q < text + len && k < 7; q++)
        if (*q == '\t')
            p[++k] = q + 1;
    if (k != 6)
        return fail(rd, "an article of the table without its 7 fields%s", NULL);
    p[7] = text + len + 1;
    for (int i = 0; i < 7; i++)
        n[i] = (size_t)(p[i + 1] - 1 - p[i]);
    art a;
    memset(&a, 0, sizeof a);
    int rc = article_field(rd, p[0], n[0], 0, &a.id) || article_field(rd, p[1], n[1], 0, &a.unit);
    for (int i = 0; i < 4 && !rc; i++)
        rc = article_field(rd, p[3 + i], n[3 + i], 1, &a.f[i]);
    if (!rc) {
        char num[24];
        char *end;
        if (!n[2] || n[2] >= sizeof num || p[2][0] < '0' || p[2][0] > '9') {
            rc = fail(rd, "bad line number in the table of articles%s", NULL);
        } else {
            memcpy(num, p[2], n[2]);
            num[n[2]] = '\0';
            errno = 0;
            a.line = strtoul(num, &end, 10);
            if (*end || errno)
                rc = fail(rd, "bad line number in the table of articles%s", NULL);
        }
    }
    if (!rc && (!*a.id || !*a.unit))
        rc = fail(rd, "article without id%s", NULL);
    source *s = rd->s;
    const art *prev = s ? (rd->mode == READ_HEADER && s->n_ids ? &s->arts[s->n_ids - 1] : NULL)
                        : (rd->n_docs ? &rd->last : NULL);
    if (!rc && prev && art_cmp(prev, &a) >= 0)
        rc = fail(rd, "article '%s' out of order or twice", a.id);
    if (!rc && s && rd->mode == READ_ALL &&
        (rd->n_docs >= s->n_ids || strcmp(s->arts[rd->n_docs].id, a.id) != 0))
        rc = fail(rd, "article '%s' not the one read before: the file changed", a.id);
    if (rc) {
        art_release(&a);
        return rc;
    }
    if (!s) {
        /* reading into a graph of its own: the articles are its documents */
        uint32_t d = (uint32_t)rd->n_docs;
        ng_article na = {a.id, a.f[0], a.f[1], a.f[2], a.f[3], NULL, 0};
        ng_graph_set_article(rd->g, d, &na);
        ng_graph_set_doc_order(rd->g, d, a.unit, a.line);
        art_release(&rd->last);
        rd->last = a;
    } else if (rd->mode == READ_HEADER) {
        a.local = (uint32_t)s->n_ids;
        ng_xgrow(&s->arts, &s->cap_ids, s->n_ids + 1, sizeof *s->arts);
        s->arts[s->n_ids++] = a;
        s->n_local = s->n_ids;
    } else {
        art_release(&a);
    }
    rd->n_docs++;
    return 0;
}

static int on_record(reader *rd, int rec, const char *text, size_t len)
{
    if (rec == NG_KB_FORMAT || rec == NG_KB_ARTICLES || rec == NG_KB_BINDS ||
        rec == NG_KB_SENTENCES) {
        if (rd->seen[rec])
            return fail(rd, "a second '%s'", ng_kb_rec_key((ng_kb_rec)rec));
    }
    if (rec != NG_KB_FORMAT && !rd->has_format)
        return fail(rd, "'%s' before the knowledge base header", ng_kb_rec_key((ng_kb_rec)rec));
    if (rec == NG_KB_ARTICLES && rd->articles_closed)
        return fail(rd, "articles after the nodes%s", NULL);
    rd->seen[rec] = 1;
    if (strlen(text) != len)
        return fail(rd, "NUL byte in a record%s", NULL);
    if (rec == NG_KB_FORMAT)
        return on_format(rd, text);
    if (rec != NG_KB_ARTICLES) {
        /* newsgraph writes the articles right after kb_format: a table
         * moved after the nodes (by hand, by a tool) is said as such, not
         * as document numbers out of range or a base without articles */
        if (!rd->seen[NG_KB_ARTICLES])
            return fail(rd, "'%s' before the table of articles ('kb_articles'): the "
                            "articles must come first, after 'kb_format'",
                        ng_kb_rec_key((ng_kb_rec)rec));
        rd->articles_closed = 1;
        if (rd->mode == READ_HEADER)
            return 1; /* the header is read */
    }
    /* one record a line; line numbers count from the element's */
    unsigned long line0 = rd->line0;
    const char *p = text, *end = text + len;
    int rc = 0;
    for (unsigned long k = 0; !rc && p <= end; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        rd->line = line0 ? line0 + k : 0;
        if (rec == NG_KB_ARTICLES) {
            rc = on_doc(rd, p, (size_t)(e - p));
        } else {
            const char *why = NULL;
            if (ng_graph_state_parse(rd->g, (ng_kb_rec)rec, p, (size_t)(e - p), rd->docmap,
                                     rd->n_docs, rd->version, &rd->sents, &why))
                rc = fail(rd, "%s", why ? why : "bad record");
        }
        p = e + 1;
    }
    rd->line = 0;
    if (!rc && rec == NG_KB_ARTICLES && rd->mode == READ_HEADER)
        return 1; /* the header is read */
    return rc;
}

/* <node> or <edge> of the graph: ids unique, edge ends known. */
static int on_item(reader *rd, int is_edge)
{
    int rc = 0;
    char *id = attr(rd, "id", &rc);
    char *src = is_edge ? attr(rd, "source", &rc) : NULL;
    char *dst = is_edge ? attr(rd, "target", &rc) : NULL;
    if (rc)
        goto out;
    ng_strmap *m = is_edge ? &rd->edge_ids : &rd->node_ids;
    if (!id || !*id) {
        rc = fail(rd, is_edge ? "<edge> without id%s" : "<node> without id%s", NULL);
    } else if (ng_strmap_get(m, id, strlen(id)) != NG_NONE) {
        rc = fail(rd, is_edge ? "edge id '%s' twice" : "node id '%s' twice", id);
    } else if (is_edge && (!src || !dst)) {
        rc = fail(rd, "edge '%s' without source or target", id);
    } else if (is_edge && ng_strmap_get(&rd->node_ids, src, strlen(src)) == NG_NONE) {
        rc = fail(rd, "edge from a missing node '%s'", src);
    } else if (is_edge && ng_strmap_get(&rd->node_ids, dst, strlen(dst)) == NG_NONE) {
        rc = fail(rd, "edge to a missing node '%s'", dst);
    } else {
        ng_strmap_put(m, id, strlen(id), 1, NULL);
    }
out:
    xmlFree(id);
    xmlFree(src);
    xmlFree(dst);
    return rc;
}

/* The <data> element the reader is on, at depth `depth`, inside a graph (2)
 * or a node or edge (3) of domain `domain`. */
static int on_data(reader *rd, int domain)
{
    int rc = 0;
    char *k = attr(rd, "key", &rc);
    if (rc)
        return rc;
    const keydef *kd = k ? key_find(rd, k) : NULL;
    if (!kd) {
        rc = fail(rd, "<data> of an undeclared key '%s'", k ? k : "");
    } else if (kd->domain != domain && kd->domain != 3) {
        rc = fail(rd, "<data> of key '%s' in the wrong place", k);
    } else if (kd->rec >= 0) {
        rd->line0 = line_of(rd);
        xmlChar *text = xmlTextReaderReadString(rd->r);
        if (!text && !rd->xml_failed)
            text = (xmlChar *)ng_xstrdup("");
        if (text) {
            rc = on_record(rd, kd->rec, (const char *)text, strlen((const char *)text));
            xmlFree(text);
        }
    }
    xmlFree(k);
    return rc;
}

static int read_kb(reader *rd)
{
    int rc = 0, ret;
    int item = 0; /* inside a node (1) or an edge (2) */
    while (!rc && (ret = xmlTextReaderRead(rd->r)) == 1) {
        int type = xmlTextReaderNodeType(rd->r);
        int depth = xmlTextReaderDepth(rd->r);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            rd->line = rd->doctype_line; /* the parser has read past it */
            return fail(rd, "document type declaration (DTD) not allowed%s", NULL);
        }
        if (type == XML_READER_TYPE_ENTITY_REFERENCE || type == XML_READER_TYPE_ENTITY)
            return fail(rd, "entity reference not allowed%s", NULL);
        if (type == XML_READER_TYPE_END_ELEMENT) {
            if (depth == 2)
                item = 0;
            continue;
        }
        if (type != XML_READER_TYPE_ELEMENT)
            continue;
        if (depth > MAX_DEPTH)
            return fail(rd, "elements nested too deeply%s", NULL);
        const char *name = (const char *)xmlTextReaderConstLocalName(rd->r);
        if (!name)
            return fail(rd, "element without name%s", NULL);
        if ((rc = attrs_ok(rd)))
            break;
        if (depth == 0) {
            if (strcmp(name, "graphml") != 0)
                return fail(rd, "not GraphML: the root element is <%s>", name);
            rd->seen_root = 1;
        } else if (depth == 1) {
            if (strcmp(name, "key") == 0) {
                if (rd->seen_graph)
                    return fail(rd, "<key> after the graph%s", NULL);
                rc = on_key(rd);
            } else if (strcmp(name, "graph") == 0) {
                if (rd->seen_graph)
                    return fail(rd, "a second graph%s", NULL);
                rd->seen_graph = 1;
                if (!key_find(rd, ng_kb_rec_key(NG_KB_FORMAT)))
                    return fail(rd, "not a newsgraph knowledge base (no '%s' key: written by "
                                    "another program or an older newsgraph)",
                                ng_kb_rec_key(NG_KB_FORMAT));
            }
        } else if (depth == 2 && rd->seen_graph) {
            if (strcmp(name, "data") == 0) {
                rc = on_data(rd, 0);
                if (rc == 1)
                    return 0; /* READ_HEADER: done */
            } else if (strcmp(name, "node") == 0 || strcmp(name, "edge") == 0) {
                if (rd->mode == READ_HEADER && !rd->has_format)
                    return fail(rd, "node before the knowledge base header%s", NULL);
                if (!rd->seen[NG_KB_ARTICLES])
                    return fail(rd, "<%s> before the table of articles ('kb_articles'): the "
                                    "articles must come first, after 'kb_format'",
                                name);
                if (rd->mode == READ_HEADER)
                    return 0;
                item = name[0] == 'n' ? 1 : 2;
                rc = on_item(rd, item == 2);
            }
        } else if (depth == 3 && item && strcmp(name, "data") == 0) {
            rc = on_data(rd, item);
        }
    }
    if (rc)
        return rc;
    if (rd->xml_failed || ret < 0) {
        /* an empty file (`touch kb.graphml`) is "Extra content at the end
         * of the document" to libxml2: said for what it is */
        if (rd->blank && !rd->seen_root)
            ng_diag_report(rd->diag, NG_DIAG_ERROR, rd->name, 1,
                           "empty: not a knowledge base (newsgraph -f graphml -o FILE "
                           "writes one)");
        else
            ng_diag_report(rd->diag, NG_DIAG_ERROR, rd->name,
                           rd->xml_line ? rd->xml_line : line_of(rd), "malformed XML: %s",
                           rd->xml_failed ? rd->xml_msg : "read error");
        return NG_EPARSE;
    }
    if (!rd->seen_root)
        return fail(rd, "not GraphML: no <graphml> element%s", NULL);
    if (!rd->seen_graph || !rd->has_format)
        return fail(rd, "not a newsgraph knowledge base (no header: written by another "
                        "program or an older newsgraph)%s", NULL);
    return 0;
}

static void silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* The line of "<!DOCTYPE" in p[0..n) (the prolog, where it must be), or 0. */
static unsigned long doctype_line(const char *p, size_t n)
{
    unsigned long line = 1;
    for (size_t i = 0; i + 9 <= n; i++) {
        if (p[i] == '\n')
            line++;
        else if (p[i] == '<' && memcmp(p + i, "<!DOCTYPE", 9) == 0)
            return line;
    }
    return 0;
}

/* Is s[0..n) empty or white space only? */
static int all_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    return 1;
}

/* Read a knowledge base from a file (path) or memory (buf). */
static int read_source(reader *rd, const char *path, const char *buf, size_t len)
{
    /* XML_PARSE_HUGE: the table of articles of a large knowledge base is
     * one element past libxml2's 10 MB default (700,000 articles: about 20
     * MB); what is read stays bounded by the file itself, and attributes
     * are still held to MAX_ATTR */
    int opts = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_HUGE;
    char head[65536];
    if (path) {
        /* not waiting (O_NONBLOCK): a FIFO nobody writes to blocked for ever */
        int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
        struct stat st;
        if (fd >= 0 && !f)
            close(fd);
        if (f && fstat(fd, &st) == 0 && !S_ISREG(st.st_mode)) {
            /* libxml2 read a directory as an empty document ("Extra
             * content ..."); a FIFO or a device cannot be read twice */
            fclose(f);
            ng_diag_report(rd->diag, NG_DIAG_ERROR, rd->name, 0,
                           S_ISDIR(st.st_mode)
                               ? "is a directory, expected a file"
                               : "not a regular file (a FIFO, socket or device): a knowledge "
                                 "base is read from a file (it is read twice)");
            return NG_EIO;
        }
        size_t got = f ? fread(head, 1, sizeof head, f) : 0;
        int whole = f && got < sizeof head && feof(f);
        if (f)
            fclose(f);
        rd->doctype_line = doctype_line(head, got);
        rd->blank = whole && all_blank(head, got);
    } else {
        rd->doctype_line = doctype_line(buf, len < sizeof head ? len : sizeof head);
        rd->blank = all_blank(buf, len);
    }
    xmlGenericErrorFunc old = xmlGenericError;
    void *old_ctx = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, silent);
    rd->r = path ? xmlReaderForFile(path, NULL, opts)
                 : xmlReaderForMemory(buf, (int)len, rd->name, NULL, opts);
    int rc;
    if (!rd->r) {
        int e = errno;
        ng_diag_report(rd->diag, NG_DIAG_ERROR, rd->name, 0, "cannot read: %s",
                       path && e ? strerror(e) : "cannot open");
        rc = NG_EIO;
    } else {
        xmlTextReaderSetStructuredErrorHandler(rd->r, on_xml_error, rd);
        ng_strmap_init(&rd->node_ids);
        ng_strmap_init(&rd->edge_ids);
        rc = read_kb(rd);
        ng_strmap_release(&rd->node_ids);
        ng_strmap_release(&rd->edge_ids);
        xmlFreeTextReader(rd->r);
    }
    xmlSetGenericErrorFunc(old_ctx, old);
    for (size_t i = 0; i < rd->n_keys; i++)
        free(rd->keys[i].id);
    ng_buf_release(&rd->tmp);
    ng_kb_sentences_release(&rd->sents);
    return rc;
}

int ng_kb_read_memory(const char *buf, size_t len, const char *name, ng_diag *diag,
                      ng_graph **out)
{
    *out = NULL;
    if (len > INT32_MAX)
        return NG_EARG;
    reader rd;
    memset(&rd, 0, sizeof rd);
    rd.name = name;
    rd.diag = diag;
    rd.mode = READ_ALL;
    rd.g = ng_graph_new();
    ng_graph_set_doc_limit(rd.g, 0);
    ng_graph_set_evidence_limit(rd.g, 0);
    int rc = read_source(&rd, NULL, buf, len);
    art_release(&rd.last);
    if (rc) {
        ng_graph_free(rd.g);
        return rc;
    }
    *out = rd.g;
    return 0;
}

/* ---- collecting and merging ------------------------------------------------ */

/* The limits and extractions of a source against the options: NG_EARG
 * after reporting when it cannot give the result asked for. */
static int check_limits(ng_kb *kb, const char *name, size_t docs, size_t ev, unsigned extract)
{
    const char *what = NULL;
    size_t have = 0, want = 0;
    if (docs && (!kb->o.doc_limit || kb->o.doc_limit > docs))
        what = "--max-docs", have = docs, want = kb->o.doc_limit;
    else if (ev && (!kb->o.evidence_limit || kb->o.evidence_limit > ev))
        what = "--max-evidence", have = ev, want = kb->o.evidence_limit;
    if (what) {
        ng_diag_report(kb->diag, NG_DIAG_ERROR, name, 0,
                       "built with %s %zu, cannot give %s %zu (0: all); use at most %zu", what,
                       have, what, want, have);
        return NG_EARG;
    }
    if (extract != kb->o.extract) {
        ng_diag_report(kb->diag, NG_DIAG_ERROR, name, 0,
                       "built with other extractions (%u, not %u: --no-cooccurrence differs)",
                       extract, kb->o.extract);
        return NG_EARG;
    }
    return 0;
}

/* Register the ids of source i; NG_EARG when one is already known. */
static int register_ids(ng_kb *kb, size_t i)
{
    source *s = &kb->src[i];
    for (size_t k = 0; k < s->n_ids; k++) {
        const char *id = s->arts[k].id;
        uint32_t other = ng_strmap_get(&kb->ids, id, strlen(id));
        if (other != NG_NONE) {
            ng_diag_report(kb->diag, NG_DIAG_ERROR, s->name, 0,
                           "article '%s' is also in %s (an article may be in one input only)",
                           id, kb->src[other].name);
            for (size_t j = 0; j < k; j++)
                ng_strmap_set(&kb->ids, s->arts[j].id, strlen(s->arts[j].id), NG_NONE);
            return NG_EARG;
        }
        ng_strmap_set(&kb->ids, id, strlen(id), (uint32_t)i);
    }
    kb->n_articles += s->n_ids;
    return 0;
}

static source *source_add(ng_kb *kb, const char *name)
{
    ng_xgrow(&kb->src, &kb->cap_src, kb->n_src + 1, sizeof *kb->src);
    source *s = &kb->src[kb->n_src];
    memset(s, 0, sizeof *s);
    s->name = ng_xstrdup(name);
    return s;
}

/* Was this file added already (the same path, or another path to the same
 * file)? Marks it added. */
static int added_before(ng_kb *kb, const char *path)
{
    ng_buf k = NG_BUF_INIT;
    ng_buf_putc(&k, 'p');
    ng_buf_puts(&k, path);
    size_t before = kb->files.count;
    ng_strmap_put(&kb->files, k.data, k.len, 1, NULL);
    ng_buf_release(&k);
    if (kb->files.count == before)
        return 1;
    struct stat st;
    if (stat(path, &st) != 0)
        return 0; /* said when it is read */
    char key[1 + sizeof st.st_dev + sizeof st.st_ino];
    key[0] = 'i';
    memcpy(key + 1, &st.st_dev, sizeof st.st_dev);
    memcpy(key + 1 + sizeof st.st_dev, &st.st_ino, sizeof st.st_ino);
    before = kb->files.count;
    ng_strmap_put(&kb->files, key, sizeof key, 1, NULL);
    return kb->files.count == before;
}

int ng_kb_add_file(ng_kb *kb, const char *path)
{
    if (strcmp(path, "-") == 0) {
        /* libxml2 would read "-" as standard input, once: the second
         * reading (headers first, then the graph) found it empty,
         * "malformed XML: Extra content at the end of the document" */
        ng_diag_report(kb->diag, NG_DIAG_ERROR, "standard input", 0,
                       "a knowledge base is read from a file (it is read twice): name it");
        return NG_EARG;
    }
    /* a knowledge base named twice (a -T list) is read once */
    if (added_before(kb, path))
        return 0;
    source *s = source_add(kb, path);
    reader rd;
    memset(&rd, 0, sizeof rd);
    rd.name = path;
    rd.diag = kb->diag;
    rd.mode = READ_HEADER;
    rd.s = s;
    int rc = read_source(&rd, path, NULL, 0);
    if (!rc)
        rc = check_limits(kb, path, rd.max_docs, rd.max_evidence, rd.extract);
    if (!rc)
        rc = register_ids(kb, kb->n_src);
    if (rc) {
        source_release(s);
        return rc;
    }
    kb->n_src++;
    return 0;
}

int ng_kb_add_graph(ng_kb *kb, ng_graph *g, const char *name)
{
    int finished = ng_graph_is_finished(g);
    if (finished || check_limits(kb, name, ng_graph_doc_limit(g), ng_graph_evidence_limit(g),
                                 kb->o.extract)) {
        if (finished)
            ng_diag_report(kb->diag, NG_DIAG_ERROR, name, 0,
                           "a finished graph cannot be merged (run the corpus unfinished)");
        ng_graph_free(g);
        return NG_EARG;
    }
    source *s = source_add(kb, name);
    s->g = g;
    s->n_local = ng_graph_doc_count(g);
    /* its named documents (the others were not read, or skipped) */
    for (size_t i = 0; i < s->n_local; i++) {
        ng_article na;
        char date[11];
        const char *unit;
        unsigned long line;
        if (ng_graph_article(g, (uint32_t)i, &na, date) || !na.id)
            continue;
        if (!ng_graph_doc_at(g, (uint32_t)i, &unit, &line))
            unit = na.id, line = 0;
        art a = {ng_xstrdup(na.id), ng_xstrdup(unit), line, {NULL}, (uint32_t)i, 0};
        const char *f[4] = {na.url, na.title, na.date, na.source};
        for (int k = 0; k < 4; k++)
            a.f[k] = f[k] ? ng_xstrdup(f[k]) : NULL;
        if (s->n_ids && art_cmp(&s->arts[s->n_ids - 1], &a) >= 0) {
            ng_diag_report(kb->diag, NG_DIAG_ERROR, name, 0,
                           "document '%s' not numbered in the global order (ng_graph_set_doc_order)",
                           a.id);
            art_release(&a);
            source_release(s);
            return NG_EARG;
        }
        ng_xgrow(&s->arts, &s->cap_ids, s->n_ids + 1, sizeof *s->arts);
        s->arts[s->n_ids++] = a;
    }
    int rc = register_ids(kb, kb->n_src);
    if (rc) {
        source_release(s);
        return rc;
    }
    kb->n_src++;
    return 0;
}

static int art_ptr_cmp(const void *a, const void *b)
{
    return art_cmp(*(const art *const *)a, *(const art *const *)b);
}

int ng_kb_build(ng_kb *kb, ng_cooccurrence cooccurrence, ng_graph **out)
{
    *out = NULL;
    if (kb->built)
        return NG_EARG;
    kb->built = 1;
    /* the global order: where articles were read (input id, line), then
     * their ids */
    art **all = ng_xmalloc((kb->n_articles + 1) * sizeof *all);
    size_t n = 0;
    for (size_t i = 0; i < kb->n_src; i++) {
        source *s = &kb->src[i];
        s->docmap = ng_xmalloc((s->n_local + 1) * sizeof *s->docmap);
        for (size_t k = 0; k < s->n_local; k++)
            s->docmap[k] = NG_NONE;
        for (size_t k = 0; k < s->n_ids; k++) {
            s->arts[k].src = (uint32_t)i;
            all[n++] = &s->arts[k];
        }
    }
    qsort(all, n, sizeof *all, art_ptr_cmp);
    ng_graph *g = ng_graph_new();
    ng_graph_set_doc_limit(g, kb->o.doc_limit);
    ng_graph_set_evidence_limit(g, kb->o.evidence_limit);
    ng_graph_keep_state(g);
    ng_graph_set_extract(g, kb->o.extract);
    for (size_t i = 0; i < n; i++) {
        const art *a = all[i];
        ng_article na = {a->id, a->f[0], a->f[1], a->f[2], a->f[3], NULL, 0};
        ng_graph_set_article(g, (uint32_t)i, &na);
        ng_graph_set_doc_order(g, (uint32_t)i, a->unit, a->line);
    }
    /* each source's documents to their global numbers */
    for (size_t i = 0; i < n; i++)
        kb->src[all[i]->src].docmap[all[i]->local] = (uint32_t)i;
    free(all);
    int rc = 0;
    for (size_t i = 0; i < kb->n_src && !rc; i++) {
        source *s = &kb->src[i];
        ng_graph *part = s->g;
        if (part) {
            ng_graph_state_renumber(part, s->docmap);
        } else {
            reader rd;
            memset(&rd, 0, sizeof rd);
            rd.name = s->name;
            rd.diag = kb->diag;
            rd.mode = READ_ALL;
            rd.s = s;
            rd.docmap = s->docmap;
            rd.g = part = ng_graph_new();
            ng_graph_set_doc_limit(part, kb->o.doc_limit);
            ng_graph_set_evidence_limit(part, kb->o.evidence_limit);
            rc = read_source(&rd, s->name, NULL, 0);
            if (!rc && rd.n_docs != s->n_ids) {
                ng_diag_report(kb->diag, NG_DIAG_ERROR, s->name, 0,
                               "articles not the ones read before: the file changed");
                rc = NG_EPARSE;
            }
        }
        if (!rc)
            rc = ng_graph_merge(g, part);
        ng_graph_free(part);
        s->g = NULL;
    }
    if (rc) {
        ng_graph_free(g);
        return rc;
    }
    ng_graph_finish(g, cooccurrence);
    *out = g;
    return 0;
}
