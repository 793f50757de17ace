/* html.c - a web page's article as a reader view shows it: main text, title, date, URL, outlet */
#include <json-c/json.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <strings.h>

#include "read_priv.h"
#include "text/document.h"

/* Elements that never hold the article's text. */
static const char *const dropped[] = {
    "script", "style",  "noscript", "nav",    "header", "footer", "aside",  "form",
    "figure", "figcaption", "menu", "button", "iframe", "svg",    "template", "select",
    "textarea", "dialog", "object", "embed",  "canvas", "video",  "audio",  "picture",
    "img",    "input",  "label",    "h1",     "head",   "title",  "meta",   "link", NULL};

/* Words in an id or class that mark page furniture ("cookie-banner",
 * "site_nav", "related posts"). */
static const char *const furniture[] = {
    "cookie", "cookies", "consent", "gdpr",  "banner", "nav",     "navbar",  "navigation",
    "menu",   "breadcrumb", "breadcrumbs", "footer", "header", "masthead", "sidebar",
    "share",  "sharing", "social",  "related", "recommended", "newsletter", "subscribe",
    "subscription", "promo", "advert", "ad",  "ads",  "advertisement", "sponsored",
    "comments", "comment", "popup", "modal", "caption", "credit", "byline-share", "toolbar",
    "skip", "paywall", "signup", "login", "tags", "more-stories", NULL};

static const char *const blocks[] = {"p",  "div", "section", "article", "main", "li",
                                     "ul", "ol",  "blockquote", "h2",   "h3",   "h4",
                                     "h5", "h6",  "pre",     "table",   "tr",   "dd",
                                     "dt", "dl",  "body",    "br",      "hr",   NULL};

static int name_in(const xmlChar *name, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcasecmp((const char *)name, list[i]) == 0)
            return 1;
    return 0;
}

/* Does a class or id value name furniture? */
static int furniture_attr(const char *v)
{
    char word[64];
    while (*v) {
        size_t n = 0;
        while (*v && (*v == ' ' || *v == '-' || *v == '_' || *v == '\t'))
            v++;
        while (v[n] && v[n] != ' ' && v[n] != '-' && v[n] != '_' && v[n] != '\t')
            n++;
        if (n && n < sizeof word) {
            for (size_t i = 0; i < n; i++)
                word[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]);
            word[n] = '\0';
            for (int i = 0; furniture[i]; i++)
                if (strcmp(word, furniture[i]) == 0)
                    return 1;
        }
        v += n;
    }
    return 0;
}

static const char *attr(xmlNodePtr n, const char *name)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (strcasecmp((const char *)a->name, name) == 0 && a->children &&
            a->children->type == XML_TEXT_NODE)
            return (const char *)a->children->content;
    return NULL;
}

static int skipped(xmlNodePtr n)
{
    if (name_in(n->name, dropped))
        return 1;
    const char *v;
    if ((v = attr(n, "class")) && furniture_attr(v))
        return 1;
    if ((v = attr(n, "id")) && furniture_attr(v))
        return 1;
    if ((v = attr(n, "role")) &&
        (strcasecmp(v, "navigation") == 0 || strcasecmp(v, "banner") == 0 ||
         strcasecmp(v, "contentinfo") == 0 || strcasecmp(v, "complementary") == 0 ||
         strcasecmp(v, "dialog") == 0 || strcasecmp(v, "alertdialog") == 0))
        return 1;
    if ((v = attr(n, "aria-hidden")) && strcasecmp(v, "true") == 0)
        return 1;
    if (attr(n, "hidden"))
        return 1;
    return 0;
}

typedef struct page {
    ng_buf text;
    int pending_break; /* a block ended: a paragraph break before more text */
    int space;         /* white space seen since the last word */
    const char *title, *og_title, *date, *url, *og_url, *site, *time_dt;
    char *ld_date, *ld_url, *ld_title, *ld_site;
} page;

static void put_text(page *p, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        int ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        /* no-break space (U+00A0) is white space here too */
        if (c == 0xC2 && (unsigned char)s[1] == 0xA0) {
            ws = 1;
            s++;
        }
        if (ws) {
            p->space = 1;
            continue;
        }
        if (p->text.len) {
            if (p->pending_break)
                ng_buf_puts(&p->text, "\n\n");
            else if (p->space)
                ng_buf_putc(&p->text, ' ');
        }
        p->pending_break = p->space = 0;
        ng_buf_putc(&p->text, (char)c);
    }
}

static void text_of(xmlNodePtr n, page *p)
{
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                put_text(p, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            if (skipped(c))
                continue;
            int block = name_in(c->name, blocks);
            if (block)
                p->pending_break = 1;
            text_of(c->children, p);
            if (block)
                p->pending_break = 1;
        }
    }
}

/* The length of the text a subtree would give (its furniture left out). */
static size_t text_len(xmlNodePtr n)
{
    size_t k = 0;
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content)
            k += strlen((const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && !skipped(c))
            k += text_len(c->children);
    }
    return k;
}

/* The node holding the article: the <article> with the most text, else
 * <main> or role="main", else <body>. */
static void find_root(xmlNodePtr n, xmlNodePtr *article, size_t *best, xmlNodePtr *main_,
                      xmlNodePtr *body)
{
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *role = attr(c, "role");
        if (strcasecmp((const char *)c->name, "article") == 0) {
            size_t k = text_len(c->children);
            if (k > *best) {
                *best = k;
                *article = c;
            }
        } else if (!*main_ && (strcasecmp((const char *)c->name, "main") == 0 ||
                               (role && strcasecmp(role, "main") == 0))) {
            *main_ = c;
        } else if (!*body && strcasecmp((const char *)c->name, "body") == 0) {
            *body = c;
        }
        if (strcasecmp((const char *)c->name, "script") != 0 &&
            strcasecmp((const char *)c->name, "style") != 0)
            find_root(c->children, article, best, main_, body);
    }
}

/* A string member of o, copied; NULL when there is none. */
static char *str_member(json_object *o, const char *key)
{
    json_object *x;
    if (json_object_object_get_ex(o, key, &x) && json_object_is_type(x, json_type_string))
        return ng_xstrdup(json_object_get_string(x));
    return NULL;
}

static void json_ld(page *p, json_object *v, int depth)
{
    if (!v || depth > 4)
        return;
    if (json_object_is_type(v, json_type_array)) {
        size_t n = json_object_array_length(v);
        for (size_t i = 0; i < n; i++)
            json_ld(p, json_object_array_get_idx(v, i), depth + 1);
        return;
    }
    if (!json_object_is_type(v, json_type_object))
        return;
    if (!p->ld_date)
        p->ld_date = str_member(v, "datePublished");
    if (p->ld_date && !p->ld_title)
        p->ld_title = str_member(v, "headline");
    if (p->ld_date && !p->ld_url)
        p->ld_url = str_member(v, "url");
    json_object *pub;
    if (p->ld_date && !p->ld_site && json_object_object_get_ex(v, "publisher", &pub) &&
        json_object_is_type(pub, json_type_object))
        p->ld_site = str_member(pub, "name");
    json_object *graph;
    if (json_object_object_get_ex(v, "@graph", &graph))
        json_ld(p, graph, depth + 1);
}

static void metadata(xmlNodePtr n, page *p)
{
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (strcasecmp(name, "meta") == 0) {
            const char *prop = attr(c, "property");
            if (!prop)
                prop = attr(c, "name");
            if (!prop)
                prop = attr(c, "itemprop");
            const char *content = attr(c, "content");
            if (prop && content && *content) {
                if (strcasecmp(prop, "og:title") == 0 && !p->og_title)
                    p->og_title = content;
                else if ((strcasecmp(prop, "article:published_time") == 0 ||
                          strcasecmp(prop, "datePublished") == 0 ||
                          strcasecmp(prop, "pubdate") == 0 ||
                          strcasecmp(prop, "publishdate") == 0 ||
                          strcasecmp(prop, "dc.date") == 0 ||
                          strcasecmp(prop, "dcterms.created") == 0) &&
                         !p->date)
                    p->date = content;
                else if (strcasecmp(prop, "og:url") == 0 && !p->og_url)
                    p->og_url = content;
                else if (strcasecmp(prop, "og:site_name") == 0 && !p->site)
                    p->site = content;
            }
        } else if (strcasecmp(name, "link") == 0) {
            const char *rel = attr(c, "rel"), *href = attr(c, "href");
            if (rel && href && strcasecmp(rel, "canonical") == 0 && !p->url)
                p->url = href;
        } else if (strcasecmp(name, "title") == 0 && !p->title && c->children &&
                   c->children->type == XML_TEXT_NODE) {
            p->title = (const char *)c->children->content;
        } else if (strcasecmp(name, "time") == 0 && !p->time_dt) {
            p->time_dt = attr(c, "datetime");
        } else if (strcasecmp(name, "script") == 0) {
            const char *type = attr(c, "type");
            if (type && strcasecmp(type, "application/ld+json") == 0 && c->children &&
                c->children->content) {
                json_object *v = json_tokener_parse((const char *)c->children->content);
                json_ld(p, v, 0);
                json_object_put(v);
            }
            continue;
        }
        metadata(c->children, p);
    }
}

/* A title's text with its white space collapsed. */
static void set_clean(ng_record *r, ng_field f, const char *s)
{
    ng_buf b = NG_BUF_INIT;
    int space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
            space = b.len > 0;
            continue;
        }
        if (space)
            ng_buf_putc(&b, ' ');
        space = 0;
        ng_buf_putc(&b, *s);
    }
    if (b.len)
        ng_record_set(r, f, b.data, b.len);
    ng_buf_release(&b);
}

/* A start tag with more attributes than this loses them (the element
 * stays): libxml2 checks each attribute against the tag's earlier ones, so
 * a tag of 20,000 attributes took 7 s and one of 80,000 minutes. */
#define HTML_MAX_ATTRS 256

static int html_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* raw[0..n) with the attributes of every start tag holding more than
 * HTML_MAX_ATTRS blanked, as a malloc'd copy; NULL when no tag has so many.
 * One pass: a quote opens a value only after '=' (so an apostrophe in a
 * stray text cannot run on). */
static char *tame_attributes(const char *raw, size_t n)
{
    char *copy = NULL;
    size_t i = 0;
    while (i < n) {
        const char *lt = memchr(raw + i, '<', n - i);
        if (!lt)
            break;
        size_t p = (size_t)(lt - raw) + 1;
        unsigned char c0 = p < n ? (unsigned char)raw[p] : 0;
        if (!((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z')) {
            i = p;
            continue;
        }
        while (p < n && !html_space(raw[p]) && raw[p] != '/' && raw[p] != '>')
            p++;
        size_t attrs = p, count = 0;
        int in_tok = 0, after_eq = 0;
        char q = 0;
        for (; p < n; p++) {
            char c = raw[p];
            if (q) {
                if (c == q)
                    q = 0;
                continue;
            }
            if (c == '>')
                break;
            if (after_eq && (c == '"' || c == '\'')) {
                q = c;
                after_eq = 0;
                continue;
            }
            int ws = html_space(c);
            if (c == '=')
                after_eq = 1;
            else if (!ws)
                after_eq = 0;
            if (!ws && !in_tok && c != '=')
                count++;
            in_tok = !ws && c != '=';
        }
        if (count > HTML_MAX_ATTRS) {
            if (!copy) {
                copy = ng_xmalloc(n);
                memcpy(copy, raw, n);
            }
            memset(copy + attrs, ' ', p - attrs);
        }
        i = p;
    }
    return copy;
}

/* libxml2 stops reading a page nested deeper than 256 elements (the rest
 * of its text is lost); newsgraph's walks of the tree recurse too. A page
 * it stops on is read again with the tags nested deeper than this blanked
 * (their text kept). */
#define HTML_MAX_DEPTH 200

/* Elements that have no end tag. */
static int void_element(const char *name, size_t n)
{
    static const char *const v[] = {"area", "base", "br",    "col",  "embed", "hr",
                                    "img",  "input", "link", "meta", "param", "source",
                                    "track", "wbr",  NULL};
    for (size_t i = 0; v[i]; i++)
        if (strlen(v[i]) == n && strncasecmp(v[i], name, n) == 0)
            return 1;
    return 0;
}

/* raw[0..n) with every start and end tag nested deeper than HTML_MAX_DEPTH
 * blanked, as a malloc'd copy. The depth is counted as written (a start
 * tag opens, its end tag closes, void and self-closed tags do neither):
 * a page whose unclosed tags make it seem deeper than it is loses tags,
 * never text. Comments and declarations are passed over. */
static char *flatten_depth(const char *raw, size_t n)
{
    char *copy = ng_xmalloc(n ? n : 1);
    memcpy(copy, raw, n);
    size_t depth = 0, i = 0;
    while (i < n) {
        const char *lt = memchr(raw + i, '<', n - i);
        if (!lt)
            break;
        size_t start = (size_t)(lt - raw), p = start + 1;
        if (p + 2 < n && raw[p] == '!' && raw[p + 1] == '-' && raw[p + 2] == '-') {
            const char *end = NULL;
            for (size_t k = p + 3; k + 2 < n && !end; k++)
                if (raw[k] == '-' && raw[k + 1] == '-' && raw[k + 2] == '>')
                    end = raw + k + 3;
            i = end ? (size_t)(end - raw) : n;
            continue;
        }
        int closing = p < n && raw[p] == '/';
        p += (size_t)closing;
        unsigned char c0 = p < n ? (unsigned char)raw[p] : 0;
        if (!((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z')) {
            i = start + 1; /* "<!DOCTYPE", "< ", "<3": no tag to count */
            continue;
        }
        size_t name = p;
        while (p < n && !html_space(raw[p]) && raw[p] != '/' && raw[p] != '>')
            p++;
        size_t name_len = p - name;
        char q = 0;
        for (; p < n; p++) {
            if (q) {
                if (raw[p] == q)
                    q = 0;
            } else if (raw[p] == '"' || raw[p] == '\'') {
                q = raw[p];
            } else if (raw[p] == '>') {
                break;
            }
        }
        size_t end = p < n ? p + 1 : n;
        int self_closed = p < n && p > start && raw[p - 1] == '/';
        int opens = !closing && !self_closed && !void_element(raw + name, name_len);
        if (closing && depth > 0)
            depth--;
        if ((closing ? depth + 1 : depth + (size_t)opens) > HTML_MAX_DEPTH)
            memset(copy + start, ' ', end - start);
        if (opens)
            depth++;
        i = end;
    }
    return copy;
}

/* Parse a page; *too_deep set when libxml2 stopped at its depth limit. */
static htmlDocPtr parse_page(const char *raw, size_t n, const char *encoding, int *too_deep)
{
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, raw, (int)n, NULL, encoding,
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
    *too_deep = e && e->message && strncmp(e->message, "Excessive depth", 15) == 0;
    htmlFreeParserCtxt(ctxt);
    return doc;
}

int ng_record_from_html(ng_record *r, const char *raw, size_t n)
{
    if (n > INT32_MAX)
        return NG_EPARSE;
    /* a page in UTF-16 (a byte-order mark): read as the UTF-8 it holds (its
     * own charset declaration then no longer applies) */
    char *u8 = NULL;
    int u16 = ng_utf16_bom(raw, n);
    if (u16) {
        size_t bad;
        u8 = ng_utf16_to_utf8((const unsigned char *)raw + 2, n - 2, u16 == 2, &n, &bad);
        raw = u8;
    }
    char *tamed = tame_attributes(raw, n);
    if (tamed)
        raw = tamed;
    /* libxml2 reads an undeclared page as Latin-1; pages today are UTF-8 */
    size_t head = n < 4096 ? n : 4096;
    int declared = 0;
    for (size_t i = 0; i + 8 <= head && !declared && !u16; i++)
        declared = strncasecmp(raw + i, "charset=", 8) == 0 ||
                   strncasecmp(raw + i, "charset ", 8) == 0;
    int too_deep = 0;
    htmlDocPtr doc = parse_page(raw, n, declared ? NULL : "UTF-8", &too_deep);
    if (too_deep) {
        /* the text past depth 256 is lost: read it again, flattened */
        char *flat = flatten_depth(raw, n);
        xmlFreeDoc(doc);
        doc = parse_page(flat, n, declared ? NULL : "UTF-8", &too_deep);
        free(flat);
    }
    free(tamed);
    free(u8);
    if (!doc)
        return NG_EPARSE;
    xmlNodePtr top = xmlDocGetRootElement(doc);
    page p;
    memset(&p, 0, sizeof p);
    metadata(top, &p);
    xmlNodePtr article = NULL, main_ = NULL, body = NULL;
    size_t best = 0;
    find_root(top, &article, &best, &main_, &body);
    xmlNodePtr root = article ? article : main_ ? main_ : body ? body : top;
    if (root)
        text_of(root->children, &p);
    ng_record_set(r, NG_FIELD_TEXT, p.text.data ? p.text.data : "", p.text.len);
    const char *title = p.og_title ? p.og_title : p.ld_title ? p.ld_title : p.title;
    if (title)
        set_clean(r, NG_FIELD_TITLE, title);
    const char *date = p.date ? p.date : p.time_dt ? p.time_dt : p.ld_date;
    if (date)
        ng_record_set(r, NG_FIELD_DATE, date, strlen(date));
    const char *url = p.url ? p.url : p.og_url ? p.og_url : p.ld_url;
    if (url)
        ng_record_set(r, NG_FIELD_URL, url, strlen(url));
    const char *site = p.site ? p.site : p.ld_site;
    if (site)
        set_clean(r, NG_FIELD_SOURCE, site);
    ng_buf_release(&p.text);
    free(p.ld_date);
    free(p.ld_url);
    free(p.ld_title);
    free(p.ld_site);
    xmlFreeDoc(doc);
    return 0;
}
