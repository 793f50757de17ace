/* reader.c - news exports (text with front matter, JSON Lines, JSON, CSV/TSV, gzip) to records */
#include "newsgraph/article.h"

#include <csv.h>
#include <errno.h>
#include <inttypes.h>
#include <json-c/json.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

#include "core/file.h"

#include "text/document.h"
#include "text/text.h"

#include "read_priv.h"

/* ---- fields ------------------------------------------------------------- */

static const char *const field_names[NG_FIELD__COUNT] = {"id",   "url",    "title",
                                                         "date", "source", "text"};

const char *ng_field_name(ng_field f)
{
    return (unsigned)f < NG_FIELD__COUNT ? field_names[f] : NULL;
}

/* The names exports give each field, the most specific first. */
static const char *const usual_names[NG_FIELD__COUNT][16] = {
    [NG_FIELD_ID] = {"id", "_id", "doc_id", "docid", "article_id", "uuid", "guid", NULL},
    [NG_FIELD_URL] = {"url", "link", "uri", "canonical_url", "web_url", "sourceurl",
                      "source_url", "documentidentifier", "href", NULL},
    [NG_FIELD_TITLE] = {"title", "headline", "heading", NULL},
    [NG_FIELD_DATE] = {"date", "published", "publishedAt", "published_at", "pubDate",
                       "pub_date", "date_publish", "datePublished", "publish_date",
                       "seendate", "published_date", "datetime", NULL},
    [NG_FIELD_SOURCE] = {"source", "domain", "outlet", "publisher", "source_name",
                         "sourcename", "site_name", "site", "source_domain", NULL},
    [NG_FIELD_TEXT] = {"text", "content", "body", "maintext", "article", "full_text",
                       "fulltext", "article_text", "story", NULL},
};

void ng_fields_init(ng_fields *f)
{
    memset(f, 0, sizeof *f);
}

void ng_fields_release(ng_fields *f)
{
    for (int i = 0; i < NG_FIELD__COUNT; i++) {
        free(f->name[i]);
        f->name[i] = NULL;
    }
}

int ng_fields_set(ng_fields *f, const char *spec)
{
    const char *eq = strchr(spec, '=');
    if (!eq || !eq[1])
        return NG_EARG;
    for (int i = 0; i < NG_FIELD__COUNT; i++)
        if (strlen(field_names[i]) == (size_t)(eq - spec) &&
            memcmp(field_names[i], spec, (size_t)(eq - spec)) == 0) {
            free(f->name[i]);
            f->name[i] = ng_xstrdup(eq + 1);
            return 0;
        }
    return NG_EARG;
}

ng_input_kind ng_input_kind_of(const char *name, int *gz)
{
    size_t n = strlen(name);
    int z = n > 3 && strcasecmp(name + n - 3, ".gz") == 0;
    if (z)
        n -= 3;
    if (gz)
        *gz = z;
    static const struct {
        const char *ext;
        ng_input_kind kind;
    } exts[] = {{".txt", NG_INPUT_TEXT},    {".md", NG_INPUT_TEXT},
                {".html", NG_INPUT_HTML},   {".htm", NG_INPUT_HTML},
                {".jsonl", NG_INPUT_JSONL}, {".ndjson", NG_INPUT_JSONL},
                {".json", NG_INPUT_JSON},   {".csv", NG_INPUT_CSV},
                {".tsv", NG_INPUT_TSV},     {NULL, NG_INPUT_NONE}};
    for (int i = 0; exts[i].ext; i++) {
        size_t k = strlen(exts[i].ext);
        if (n > k && strncasecmp(name + n - k, exts[i].ext, k) == 0)
            return exts[i].kind;
    }
    return NG_INPUT_NONE;
}

int ng_input_kind_is_stream(ng_input_kind k)
{
    return k == NG_INPUT_JSONL || k == NG_INPUT_JSON || k == NG_INPUT_CSV || k == NG_INPUT_TSV;
}

/* ---- text with front matter ----------------------------------------------- */

/* The field a front-matter key or a CSV header names (any case), or -1. */
static int field_of_name(const char *s, size_t n, const ng_fields *fields)
{
    if (fields)
        for (int f = 0; f < NG_FIELD__COUNT; f++)
            if (fields->name[f] && strlen(fields->name[f]) == n &&
                strncasecmp(fields->name[f], s, n) == 0)
                return f;
    for (int f = 0; f < NG_FIELD__COUNT; f++)
        for (int k = 0; usual_names[f][k]; k++)
            if (strlen(usual_names[f][k]) == n && strncasecmp(usual_names[f][k], s, n) == 0)
                return f;
    return -1;
}

/* The line at text[i..n): its end (at the '\n' or n). */
static size_t line_end(const char *text, size_t n, size_t i)
{
    const char *nl = memchr(text + i, '\n', n - i);
    return nl ? (size_t)(nl - text) : n;
}

static int is_fence(const char *s, size_t n)
{
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return n == 3 && memcmp(s, "---", 3) == 0;
}

void ng_record_from_text(ng_record *r, const char *text, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    size_t e = line_end(text, n, i);
    if (e < n && is_fence(text + i, e - i)) {
        /* front matter: "key: value" lines up to the closing "---" */
        size_t p = e + 1;
        int closed = 0;
        while (p < n) {
            size_t le = line_end(text, n, p);
            if (is_fence(text + p, le - p)) {
                closed = 1;
                p = le < n ? le + 1 : n;
                break;
            }
            p = le < n ? le + 1 : n;
        }
        if (closed) {
            for (p = e + 1;;) {
                size_t le = line_end(text, n, p);
                if (is_fence(text + p, le - p))
                    break;
                const char *colon = memchr(text + p, ':', le - p);
                if (colon) {
                    size_t kl = (size_t)(colon - (text + p));
                    while (kl && (text[p + kl - 1] == ' ' || text[p + kl - 1] == '\t'))
                        kl--;
                    int f = field_of_name(text + p, kl, NULL);
                    const char *v = colon + 1, *ve = text + le;
                    while (v < ve && (*v == ' ' || *v == '\t'))
                        v++;
                    while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t' || ve[-1] == '\r'))
                        ve--;
                    if (ve - v >= 2 && ((*v == '"' && ve[-1] == '"') ||
                                        (*v == '\'' && ve[-1] == '\''))) {
                        v++;
                        ve--;
                    }
                    if (f >= 0 && f != NG_FIELD_TEXT && ve > v)
                        ng_record_set(r, (ng_field)f, v, (size_t)(ve - v));
                }
                p = le + 1;
            }
            size_t body = line_end(text, n, p);
            body = body < n ? body + 1 : n;
            ng_record_set(r, NG_FIELD_TEXT, text + body, n - body);
            return;
        }
    }
    ng_record_set(r, NG_FIELD_TEXT, text, n);
    char d[11];
    if (ng_dateline(text, n, d))
        ng_record_set(r, NG_FIELD_DATE, d, 10);
}

/* Is s[0..n) a place in capitals ("BEIRUT", "RAS AL-AIN", "Beirut" not)? */
static int caps_place(const char *s, size_t n)
{
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z')
            return 0;
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (c != ' ' && c != '-' && c != '\'' && c != '.' && c < 0x80)
            return 0;
    }
    return letters >= 2;
}

int ng_dateline(const char *text, size_t n, char out[11])
{
    size_t p = 0;
    for (int lines = 0; p < n && lines < 6 && p < 3000;) {
        size_t e = line_end(text, n, p);
        const char *s = text + p;
        size_t len = e - p;
        while (len && (*s == ' ' || *s == '\t')) {
            s++;
            len--;
        }
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
            len--;
        p = e < n ? e + 1 : n;
        if (!len)
            continue;
        lines++;
        /* "Published: ...", "Updated on ..." */
        static const char *const lead[] = {"published", "updated", "posted", "date", NULL};
        for (int k = 0; lead[k]; k++) {
            size_t kl = strlen(lead[k]);
            if (len > kl && strncasecmp(s, lead[k], kl) == 0 &&
                (s[kl] == ':' || s[kl] == ' ')) {
                s += kl;
                len -= kl;
                while (len && (*s == ':' || *s == ' '))
                    s++, len--;
                if (len > 3 && strncasecmp(s, "on ", 3) == 0)
                    s += 3, len -= 3;
                break;
            }
        }
        /* "BEIRUT, Syria, October 20, 2017 (Reuters) -": the place in
         * capitals, then up to one more name, before the date */
        const char *c = memchr(s, ',', len);
        const char *d = s;
        if (c && caps_place(s, (size_t)(c - s))) {
            d = c + 1;
            int y, m, dd;
            size_t end;
            const char *c2 = memchr(d, ',', len - (size_t)(d - s));
            if (!ng_date_scan(d, len - (size_t)(d - s), &y, &m, &dd, &end) && c2 &&
                c2 - d < 40)
                d = c2 + 1;
        }
        int y, m, dd;
        size_t end;
        size_t rest = len - (size_t)(d - s);
        if (ng_date_scan(d, rest, &y, &m, &dd, &end)) {
            const char *after = d + end;
            size_t al = rest - end;
            while (al && (*after == ' ' || *after == ','))
                after++, al--;
            /* the date ends the line, or a time, a dash, "(Agency)" or ":" follows */
            int ok = al == 0 || *after == '(' || *after == '-' || *after == ':' ||
                     *after == '|' || (al >= 3 && memcmp(after, "\xE2\x80", 2) == 0) ||
                     (*after >= '0' && *after <= '9' && len <= 60);
            if (ok && len <= 200) {
                ng_date_format(y, m, dd, out);
                return 1;
            }
        }
    }
    return 0;
}

/* ---- JSON --------------------------------------------------------------- */

/* The member of o named name, any case. */
static json_object *member(json_object *o, const char *name, size_t n)
{
    json_object *v;
    if (json_object_object_get_ex(o, name, &v)) /* the usual case: exactly so */
        return v;
    json_object_object_foreach(o, k, val) {
        if (strlen(k) == n && strncasecmp(k, name, n) == 0)
            return val;
    }
    return NULL;
}

/* A dotted path ("source.name") in o. */
static json_object *path_get(json_object *o, const char *path)
{
    while (o && json_object_is_type(o, json_type_object)) {
        const char *dot = strchr(path, '.');
        size_t n = dot ? (size_t)(dot - path) : strlen(path);
        json_object *v;
        if (json_object_object_get_ex(o, path, &v)) /* a key with dots in it */
            return v;
        char key[256];
        if (n >= sizeof key)
            return NULL;
        memcpy(key, path, n);
        key[n] = '\0';
        v = member(o, key, n);
        if (!dot)
            return v;
        o = v;
        path = dot + 1;
    }
    return NULL;
}

/* A value as a field: a string, a number, or an object's name/main/title. */
static int value_text(json_object *v, ng_record *r, ng_field f)
{
    char num[64];
    switch (json_object_get_type(v)) {
    case json_type_object: {
        static const char *const inner[] = {"name", "main", "title", "domain", "url", NULL};
        for (int i = 0; inner[i]; i++) {
            json_object *x;
            if (json_object_object_get_ex(v, inner[i], &x) &&
                json_object_is_type(x, json_type_string))
                return value_text(x, r, f);
        }
        return 0;
    }
    case json_type_string: {
        int n = json_object_get_string_len(v);
        if (n <= 0)
            return 0;
        ng_record_set(r, f, json_object_get_string(v), (size_t)n);
        return 1;
    }
    case json_type_int: {
        /* json-c clamps a number beyond 64 bits to the nearest limit: a
         * 5000-digit date or id would become 18446744073709551615 (two
         * different ids one); such a number is said and dropped instead */
        int64_t s64 = json_object_get_int64(v);
        uint64_t u64 = json_object_get_uint64(v);
        if (s64 == INT64_MIN || u64 == UINT64_MAX) {
            r->huge |= 1u << f;
            return 0;
        }
        if (s64 < 0)
            snprintf(num, sizeof num, "%" PRId64, s64);
        else
            snprintf(num, sizeof num, "%" PRIu64, u64);
        ng_record_set(r, f, num, strlen(num));
        return 1;
    }
    case json_type_double: {
        /* as written (json-c keeps a parsed number's text): an id 12.50
         * stays "12.50", a date 1.5e9 is said not understood */
        const char *t = json_object_get_string(v);
        if (!t || !*t)
            return 0;
        ng_record_set(r, f, t, strlen(t));
        return 1;
    }
    case json_type_array: {
        if (f != NG_FIELD_TEXT)
            return 0;
        /* paragraphs as an array of strings */
        ng_buf *b = &r->f[f];
        b->len = 0;
        size_t n = json_object_array_length(v);
        for (size_t i = 0; i < n; i++) {
            json_object *x = json_object_array_get_idx(v, i);
            if (json_object_is_type(x, json_type_string)) {
                if (b->len)
                    ng_buf_puts(b, "\n\n");
                ng_buf_put(b, json_object_get_string(x), (size_t)json_object_get_string_len(x));
            }
        }
        ng_buf_cstr(b);
        r->have |= 1u << f;
        return b->len > 0;
    }
    default:
        return 0;
    }
}

/* The fields of a JSON object into r. Returns 0, or NG_EPARSE with why. */
static int record_from_json(ng_record *r, json_object *o, const ng_fields *fields, char *why,
                            size_t cap)
{
    if (!json_object_is_type(o, json_type_object)) {
        snprintf(why, cap, "not a JSON object");
        return NG_EPARSE;
    }
    for (int f = 0; f < NG_FIELD__COUNT; f++) {
        if (fields && fields->name[f]) {
            json_object *v = path_get(o, fields->name[f]);
            if (v)
                value_text(v, r, (ng_field)f);
            continue;
        }
        for (int k = 0; usual_names[f][k]; k++) {
            json_object *v = member(o, usual_names[f][k], strlen(usual_names[f][k]));
            if (v && value_text(v, r, (ng_field)f))
                break;
        }
    }
    return 0;
}

/* Parse text[0..n) as one JSON value (white space around it allowed).
 * Returns it, or NULL with the reason and the byte offset of the fault. */
static json_object *parse_json(const char *text, size_t n, char *why, size_t cap, size_t *at)
{
    if (n > INT32_MAX) {
        snprintf(why, cap, "JSON text larger than 2 GiB");
        *at = 0;
        return NULL;
    }
    json_tokener *tok = json_tokener_new_ex(64);
    json_object *o = json_tokener_parse_ex(tok, text, (int)n);
    enum json_tokener_error e = json_tokener_get_error(tok);
    size_t end = json_tokener_get_parse_end(tok);
    if (e == json_tokener_continue && end == n) {
        /* a number or a literal at the very end (`null`, `42`) is complete
         * only once something follows it: the end of the text does */
        o = json_tokener_parse_ex(tok, " ", 1);
        e = json_tokener_get_error(tok);
        end = n;
    }
    if (o && e == json_tokener_success) {
        while (end < n && (text[end] == ' ' || text[end] == '\t' || text[end] == '\n' ||
                           text[end] == '\r'))
            end++;
        if (end < n) {
            snprintf(why, cap, "malformed JSON: text after the value (column %zu)", end + 1);
            json_object_put(o);
            o = NULL;
        }
    } else if (!o && e == json_tokener_success) {
        snprintf(why, cap, "null, not an article");
    } else {
        if (o)
            json_object_put(o);
        o = NULL;
        snprintf(why, cap, "malformed JSON: %s (column %zu)",
                 e == json_tokener_continue ? "unexpected end of the text"
                                            : json_tokener_error_desc(e),
                 end + 1);
    }
    *at = end;
    json_tokener_free(tok);
    return o;
}

int ng_record_parse_json(ng_record *r, const ng_fields *fields, char *why, size_t cap)
{
    ng_buf line = r->f[NG_FIELD_TEXT]; /* the line, moved out of the record */
    memset(&r->f[NG_FIELD_TEXT], 0, sizeof line);
    r->have = 0;
    r->raw = 0;
    size_t at;
    json_object *o = parse_json(line.data ? line.data : "", line.len, why, cap, &at);
    int rc = NG_EPARSE;
    if (o) {
        rc = record_from_json(r, o, fields, why, cap);
        json_object_put(o);
    }
    /* the line's buffer goes back to the record, for the next line */
    if (!(r->have & (1u << NG_FIELD_TEXT))) {
        ng_buf_release(&r->f[NG_FIELD_TEXT]);
        r->f[NG_FIELD_TEXT] = line;
        r->f[NG_FIELD_TEXT].len = 0;
    } else {
        ng_buf_release(&line);
    }
    return rc;
}

/* An article's id, URL, title or source as every output shows it: TAB and
 * line ends as spaces, other C0 controls, DEL, C1 controls and
 * bidirectional formatting characters (U+202E...) dropped,
 * invalid UTF-8 as U+FFFD (what the TSV and XML writers would make of it,
 * so that JSON, GraphML, GEXF and the TSV files carry one value; `jq -r`
 * on the JSON cannot send an ESC to a terminal). Empty after that: unset. */
static void clean_meta(ng_record *r, ng_field f)
{
    if (!(r->have & (1u << f)))
        return;
    const char *s = r->f[f].data;
    size_t n = r->f[f].len, i = 0;
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F)
        i++;
    if (i == n)
        return; /* printable ASCII: the usual case */
    ng_buf b = NG_BUF_INIT;
    ng_buf_put(&b, s, i);
    ng_utf8_put_clean(&b, s + i, n - i);
    if (b.len)
        ng_record_set(r, f, b.data, b.len);
    else
        r->have &= ~(1u << f);
    ng_buf_release(&b);
}

void ng_record_finish(ng_record *r, const char *file, unsigned long line, ng_diag *diag)
{
    static const ng_field meta[] = {NG_FIELD_ID, NG_FIELD_URL, NG_FIELD_TITLE, NG_FIELD_SOURCE};
    for (int f = 0; f < NG_FIELD__COUNT; f++)
        if (r->huge & ~r->have & (1u << f))
            ng_diag_report(diag, NG_DIAG_WARNING, file, line,
                           "%s: a number beyond 64 bits; ignored", ng_field_name((ng_field)f));
    for (size_t i = 0; i < sizeof meta / sizeof *meta; i++)
        clean_meta(r, meta[i]);
    const char *d = ng_record_get(r, NG_FIELD_DATE);
    if (!d)
        return;
    char iso[11];
    if (ng_date_parse(d, strlen(d), iso) == 0) {
        ng_record_set(r, NG_FIELD_DATE, iso, 10);
    } else {
        ng_diag_report(diag, NG_DIAG_WARNING, file, line, "date '%.40s' not understood; ignored",
                       d);
        r->have &= ~(1u << NG_FIELD_DATE);
    }
}

/* ---- files, gzip'ed or not ---------------------------------------------- */

/* zlib's message for z: without the "PATH: " it starts with (the
 * diagnostic names the file already), strerror for a system error. */
static const char *gz_why(gzFile z, const char *path, int *zerr)
{
    const char *msg = gzerror(z, zerr);
    if (*zerr == Z_ERRNO)
        return strerror(errno);
    size_t n = strlen(path);
    if (msg && strncmp(msg, path, n) == 0 && msg[n] == ':' && msg[n + 1] == ' ')
        msg += n + 2;
    return msg ? msg : "unknown error";
}

int ng_file_read_any(const char *path, int gz, unsigned long long max, char **data, size_t *len,
                     ng_diag *diag)
{
    if (!max || max > UINT32_MAX - 1ull)
        max = UINT32_MAX - 1ull; /* as a plain file (document offsets are 32-bit) */
    int fd, rc = ng_file_open(path, NULL, &fd, diag);
    if (rc)
        return rc;
    gzFile z = gzdopen(fd, "rb");
    if (!z) {
        close(fd);
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot read: out of memory");
        return NG_EIO;
    }
    gzbuffer(z, 128 * 1024);
    ng_buf b = NG_BUF_INIT;
    for (;;) {
        ng_buf_reserve(&b, 65536);
        int k = gzread(z, b.data + b.len, 65536);
        if (k < 0) {
            int zerr;
            const char *msg = gz_why(z, path, &zerr);
            ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "%s: %s",
                           gz ? "cannot decompress" : "cannot read", msg);
            gzclose(z);
            ng_buf_release(&b);
            return NG_EIO;
        }
        if (k == 0) {
            int zerr;
            const char *msg = gz_why(z, path, &zerr);
            if (zerr == Z_BUF_ERROR) { /* the file ends inside the gzip stream */
                ng_diag_report(diag, NG_DIAG_ERROR, path, 0,
                               "cannot decompress: %s (a truncated file?)", msg);
                gzclose(z);
                ng_buf_release(&b);
                return NG_EIO;
            }
            break;
        }
        b.len += (size_t)k;
        if (b.len > max) {
            if (max == UINT32_MAX - 1ull)
                ng_diag_report(diag, NG_DIAG_WARNING, path, 0, "larger than 4 GiB: skipped");
            else
                ng_diag_report(diag, NG_DIAG_WARNING, path, 0,
                               "larger than %llu bytes: skipped", max);
            gzclose(z);
            ng_buf_release(&b);
            return NG_EENCODING;
        }
    }
    gzclose(z);
    *len = b.len;
    ng_buf_cstr(&b);
    *data = ng_buf_detach(&b);
    return 0;
}

/* ---- streams ------------------------------------------------------------ */

/* A CSV row as libcsv gives it: fields appended to one buffer. */
typedef struct csv_row {
    ng_buf text;
    size_t *off; /* field i is text[off[i] .. off[i+1]) */
    size_t n, cap;
    int complete;
} csv_row;

/* newsgraph's own outputs are never articles: graph.json says so in its
 * "generator", the TSV files by their header (they carry no other mark). */
static int own_graph(json_object *root)
{
    json_object *g;
    return json_object_is_type(root, json_type_object) &&
           json_object_object_get_ex(root, "generator", &g) &&
           json_object_is_type(g, json_type_string) &&
           strncmp(json_object_get_string(g), "newsgraph ", 10) == 0;
}

/* 1: entities.tsv's header, 2: evidence.tsv's, 0: neither. */
static int own_table(const csv_row *row)
{
    static const char *const heads[2][9] = {
        {"label", "kind", "category", "aliases", "mentions", "documents", "rule", NULL},
        {"source", "relation", "target", "role", "weight", "document", "offset", "sentence",
         NULL}};
    for (int t = 0; t < 2; t++) {
        size_t c = 0;
        for (; heads[t][c]; c++) {
            if (c >= row->n)
                break;
            const char *h = row->text.data + row->off[c];
            if (c == 0 && strncmp(h, "\xEF\xBB\xBF", 3) == 0)
                h += 3;
            if (strcmp(h, heads[t][c]))
                break;
        }
        if (!heads[t][c])
            return t + 1;
    }
    return 0;
}

struct ng_stream {
    char *path;
    ng_input_kind kind;
    const ng_fields *fields;
    gzFile z;
    char *chunk;
    size_t at, end; /* unread bytes of chunk */
    int eof;
    int started;         /* the first bytes were read (and looked at for a BOM) */
    int u16;             /* UTF-16 with a BOM: 1 little-, 2 big-endian; chunk is
                            then transcoded from raw */
    unsigned char *raw;  /* UTF-16: bytes read, not transcoded yet */
    size_t ra, re;       /* raw[ra..re) */
    int raw_eof;
    size_t u16_bad;      /* unpaired surrogates and an odd last byte */
    unsigned long line; /* lines read */
    int last_cr;        /* the last line ended at a CR (its LF may follow) */
    unsigned long long max; /* a record longer than this is skipped */
    ng_severity bad_sev;    /* a malformed record's: an error, or a warning
                               when the caller skips it (ng_stream_skip_bad) */
    int found;              /* found in a tree (ng_stream_found_in_tree) */
    int own;                /* newsgraph's own output (own_graph, own_table) */
    char *foreign;          /* why the file holds no articles, said by the
                               first ng_stream_next (NULL: an export) */
    ng_buf lbuf;
    /* CSV */
    struct csv_parser csv;
    csv_row row;
    ng_buf tfield; /* TSV: the field being read */
    int col[NG_FIELD__COUNT]; /* column of each field, -1 none */
    size_t ncols;
    int header_done;
    /* JSON */
    json_object *array;
    size_t next;
};

#define CHUNK (256 * 1024)

static void row_field(void *s, size_t n, void *ud)
{
    csv_row *row = ud;
    ng_xgrow(&row->off, &row->cap, row->n + 2, sizeof *row->off);
    if (row->n == 0)
        row->off[0] = 0;
    ng_buf_put(&row->text, s ? s : "", s ? n : 0);
    ng_buf_putc(&row->text, '\0'); /* fields are read as C strings */
    row->off[++row->n] = row->text.len;
}

static void row_end(int c, void *ud)
{
    (void)c;
    ((csv_row *)ud)->complete = 1;
}

/* The first line end (LF or CR) in p[0..n), or NULL. */
static char *line_stop(char *p, size_t n)
{
    char *lf = memchr(p, '\n', n);
    char *cr = memchr(p, '\r', lf ? (size_t)(lf - p) : n);
    return cr ? cr : lf;
}

/* Up to cap bytes into p: the count (0 at the end), or -1 after reporting. */
static int read_some(ng_stream *s, void *p, unsigned cap, ng_diag *diag)
{
    int k = gzread(s->z, p, cap);
    int zerr;
    if (k < 0) {
        const char *msg = gz_why(s->z, s->path, &zerr);
        ng_diag_report(diag, NG_DIAG_ERROR, s->path, s->line + 1, "cannot read: %s", msg);
        return -1;
    }
    if (k == 0) {
        const char *msg = gz_why(s->z, s->path, &zerr);
        if (zerr == Z_BUF_ERROR) { /* the file ends inside the gzip stream */
            ng_diag_report(diag, NG_DIAG_ERROR, s->path, s->line + 1,
                           "cannot decompress: %s (a truncated file?)", msg);
            return -1;
        }
    }
    return k;
}

/* UTF-16 from s->raw into s->chunk as UTF-8, as ng_utf16_to_utf8 makes it
 * (U+0000 a space: the record is then no binary), a pair of surrogates
 * never split between two reads. Returns the bytes written. */
static size_t u16_out(ng_stream *s)
{
    size_t o = 0;
    while (o + 4 <= CHUNK && s->re - s->ra >= 2) {
        uint32_t u;
        size_t used = ng_utf16_next(s->raw + s->ra, s->re - s->ra, s->u16 == 2, !s->raw_eof, &u,
                                    &s->u16_bad);
        if (!used)
            break; /* a pair's low half is still to come */
        o += ng_utf8_encode(u, s->chunk + o);
        s->ra += used;
    }
    if (s->raw_eof && s->re - s->ra == 1 && o + 4 <= CHUNK) {
        o += ng_utf8_encode(0xFFFD, s->chunk + o); /* an odd last byte */
        s->u16_bad++;
        s->ra++;
    }
    return o;
}

/* More bytes into s->chunk: 0, or NG_EIO after reporting. A file that
 * starts with a UTF-16 byte-order mark (a spreadsheet's or PowerShell's
 * export) is read as the UTF-8 it holds. */
static int fill(ng_stream *s, ng_diag *diag)
{
    if (!s->u16) {
        int k = read_some(s, s->chunk, CHUNK, diag);
        if (k < 0)
            return NG_EIO;
        s->at = 0;
        s->end = (size_t)k;
        if (!s->started) {
            s->started = 1;
            if ((s->u16 = ng_utf16_bom(s->chunk, s->end)) != 0) {
                s->raw = ng_xmalloc(CHUNK);
                memcpy(s->raw, s->chunk + 2, s->end - 2);
                s->ra = 0;
                s->re = s->end - 2;
                s->end = 0;
                s->raw_eof = k == 0;
            }
        }
        if (!s->u16) {
            s->eof = k == 0;
            return 0;
        }
    }
    for (;;) {
        s->at = 0;
        s->end = u16_out(s);
        if (s->end)
            return 0;
        if (s->raw_eof) {
            s->eof = 1;
            ng_utf16_warn_bad(diag, s->path, s->u16_bad);
            return 0;
        }
        memmove(s->raw, s->raw + s->ra, s->re - s->ra);
        s->re -= s->ra;
        s->ra = 0;
        int k = read_some(s, s->raw + s->re, (unsigned)(CHUNK - s->re), diag);
        if (k < 0)
            return NG_EIO;
        s->re += (size_t)k;
        s->raw_eof = k == 0;
    }
}

/* The next line into s->lbuf (without its end). 1, 0 at the end, NG_EIO;
 * *over: the line was longer than s->max (lbuf holds its start only: the
 * rest is read past, not kept). */
static int next_line(ng_stream *s, ng_diag *diag, int *over)
{
    s->lbuf.len = 0;
    *over = 0;
    int any = 0;
    for (;;) {
        if (s->at < s->end) {
            if (s->last_cr && s->chunk[s->at] == '\n')
                s->at++; /* the LF of a CR LF: the line ended at its CR */
            s->last_cr = 0;
        }
        if (s->at < s->end) {
            char *nl = line_stop(s->chunk + s->at, s->end - s->at);
            size_t stop = nl ? (size_t)(nl - s->chunk) : s->end;
            if (!*over && s->lbuf.len + (stop - s->at) > s->max)
                *over = 1;
            if (!*over)
                ng_buf_put(&s->lbuf, s->chunk + s->at, stop - s->at);
            any = 1;
            s->at = nl ? stop + 1 : stop;
            if (nl) {
                s->last_cr = *nl == '\r';
                s->line++;
                ng_buf_cstr(&s->lbuf);
                return 1;
            }
        }
        if (s->eof)
            break;
        if (fill(s, diag))
            return NG_EIO;
    }
    if (any && (s->lbuf.len || *over)) {
        s->line++;
        ng_buf_cstr(&s->lbuf);
        return 1;
    }
    return 0;
}

static void drop_cr(ng_buf *b)
{
    if (b->len && b->data[b->len - 1] == '\r')
        b->data[--b->len] = '\0';
}

ng_stream *ng_stream_open(const char *path, ng_input_kind kind, int gz, const ng_fields *f,
                          unsigned long long max, ng_diag *diag)
{
    (void)gz; /* zlib reads either */
    ng_stream *s = ng_xcalloc(1, sizeof *s);
    s->path = ng_xstrdup(path);
    s->kind = kind;
    s->fields = f;
    s->bad_sev = NG_DIAG_ERROR;
    /* a record as a document (document offsets are 32-bit); json-c parses
     * at most 2 GiB */
    if (!max || max > UINT32_MAX - 1ull)
        max = UINT32_MAX - 1ull;
    if (kind == NG_INPUT_JSONL && max > INT32_MAX)
        max = INT32_MAX;
    s->max = max;
    if (kind == NG_INPUT_JSON) {
        char *data;
        size_t len;
        int rc = ng_file_read_any(path, gz, max, &data, &len, diag);
        if (rc == NG_EENCODING) { /* larger than max: skipped, as the warning says */
            s->array = json_object_new_array();
            return s;
        }
        if (rc) {
            ng_stream_close(s);
            return NULL;
        }
        int u16 = ng_utf16_bom(data, len);
        if (u16) { /* a UTF-16 export: the UTF-8 it holds */
            size_t bad, n8;
            char *u8 = ng_utf16_to_utf8((const unsigned char *)data + 2, len - 2, u16 == 2, &n8,
                                        &bad);
            free(data);
            data = u8;
            len = n8;
            ng_utf16_warn_bad(diag, path, bad);
        }
        char why[256];
        size_t at, bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        json_object *root = parse_json(data + bom, len - bom, why, sizeof why, &at);
        at += bom;
        if (!root) {
            unsigned long line = 1;
            for (size_t i = 0; i < at && i < len; i++)
                line += data[i] == '\n';
            free(data);
            ng_diag_report(diag, NG_DIAG_ERROR, path, line, "%s", why);
            ng_stream_close(s);
            return NULL;
        }
        free(data);
        json_object *arr = NULL;
        if (json_object_is_type(root, json_type_array)) {
            arr = root;
        } else if (json_object_is_type(root, json_type_object)) {
            static const char *const keys[] = {"articles", "results", "data",    "items",
                                               "documents", "docs",   "records", "stories",
                                               "response", "hits",    NULL};
            json_object *o = root;
            for (int depth = 0; depth < 3 && o && !arr; depth++) {
                json_object *found = NULL;
                for (int i = 0; keys[i] && !found; i++)
                    found = member(o, keys[i], strlen(keys[i]));
                if (found && json_object_is_type(found, json_type_array))
                    arr = found;
                else
                    o = found && json_object_is_type(found, json_type_object) ? found : NULL;
            }
            if (!arr) {
                /* one article */
                arr = json_object_new_array();
                json_object_array_add(arr, root);
                root = arr;
            }
        }
        const char *foreign = NULL;
        if (!arr) {
            foreign = "not an array of articles nor an object holding one";
        } else if (own_graph(root)) {
            foreign = "a graph newsgraph wrote (its \"generator\"), not articles";
            s->own = 1;
        } else if (json_object_array_length(arr) > 0) {
            size_t n = json_object_array_length(arr), i = 0;
            while (i < n && !json_object_is_type(json_object_array_get_idx(arr, i),
                                                 json_type_object))
                i++;
            if (i == n)
                foreign = "an array holding no JSON object, not articles";
        }
        if (foreign) {
            /* said by the first ng_stream_next, once the caller has said
             * whether the file was named or found in a tree */
            s->foreign = ng_xstrdup(foreign);
            s->array = json_object_new_array();
        } else {
            s->array = json_object_get(arr);
        }
        json_object_put(root);
        return s;
    }
    int fd;
    if (ng_file_open(path, NULL, &fd, diag)) {
        ng_stream_close(s);
        return NULL;
    }
    s->z = gzdopen(fd, "rb");
    if (!s->z) {
        close(fd);
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot read: out of memory");
        ng_stream_close(s);
        return NULL;
    }
    gzbuffer(s->z, 128 * 1024);
    s->chunk = ng_xmalloc(CHUNK);
    if (kind == NG_INPUT_CSV || kind == NG_INPUT_TSV) {
        csv_init(&s->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL);
        if (kind == NG_INPUT_TSV) {
            csv_set_delim(&s->csv, '\t');
            csv_set_quote(&s->csv, '\0'); /* TSV has no quoting */
        }
        for (int i = 0; i < NG_FIELD__COUNT; i++)
            s->col[i] = -1;
    }
    return s;
}

void ng_stream_skip_bad(ng_stream *s)
{
    s->bad_sev = NG_DIAG_WARNING;
}

void ng_stream_found_in_tree(ng_stream *s)
{
    s->found = 1;
}

int ng_file_own_output(const char *path, ng_input_kind kind, int gz)
{
    if (kind != NG_INPUT_JSON && kind != NG_INPUT_CSV && kind != NG_INPUT_TSV)
        return 0;
    ng_stream *s = ng_stream_open(path, kind, gz, NULL, 0, NULL);
    if (!s)
        return 0;
    if (kind != NG_INPUT_JSON) {
        ng_record r;
        unsigned long line;
        memset(&r, 0, sizeof r);
        s->found = 1; /* quietly to the end of the header */
        ng_stream_next(s, &r, &line, NULL);
        ng_record_release(&r);
    }
    int own = s->own;
    ng_stream_close(s);
    return own;
}

/* The file is no article export (why): found in a tree, or skipped by the
 * caller, a warning and the end; named, an error. */
static int not_articles(ng_stream *s, unsigned long line, const char *why, ng_diag *diag)
{
    if (s->found || s->bad_sev == NG_DIAG_WARNING) {
        ng_diag_report(diag, NG_DIAG_WARNING, s->path, line, "%s; skipped", why);
        return 0;
    }
    ng_diag_report(diag, NG_DIAG_ERROR, s->path, line, "%s", why);
    return NG_EIO;
}

void ng_stream_close(ng_stream *s)
{
    if (!s)
        return;
    if (s->z)
        gzclose(s->z);
    if (s->kind == NG_INPUT_CSV || s->kind == NG_INPUT_TSV)
        csv_free(&s->csv);
    json_object_put(s->array);
    free(s->foreign);
    free(s->chunk);
    free(s->raw);
    free(s->row.off);
    ng_buf_release(&s->row.text);
    ng_buf_release(&s->tfield);
    ng_buf_release(&s->lbuf);
    free(s->path);
    free(s);
}

static void csv_reset(ng_stream *s)
{
    csv_free(&s->csv);
    csv_init(&s->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL);
    if (s->kind == NG_INPUT_TSV) {
        csv_set_delim(&s->csv, '\t');
        csv_set_quote(&s->csv, '\0'); /* TSV has no quoting */
    }
}

#define ROW_TOO_LONG 2

/* TSV has no quoting (libcsv has no "no quote": its quote byte NUL would
 * open a quoted field at a NUL byte): fields end at a TAB, rows at a line
 * end (LF, CR LF or a lone CR, as libcsv's); every other byte, NUL
 * included, is the field's. Spaces around a field are trimmed, as libcsv
 * does. */
static void tsv_field(ng_stream *s)
{
    const char *f = s->tfield.data ? s->tfield.data : "";
    size_t n = s->tfield.len;
    while (n && *f == ' ')
        f++, n--;
    while (n && f[n - 1] == ' ')
        n--;
    row_field(n ? (void *)f : NULL, n, &s->row);
    s->tfield.len = 0;
}

static void tsv_row(ng_stream *s)
{
    if (s->tfield.len && s->tfield.data[s->tfield.len - 1] == '\r')
        s->tfield.len--;
    if (s->row.n == 0) {
        size_t i = 0;
        while (i < s->tfield.len && s->tfield.data[i] == ' ')
            i++;
        if (i == s->tfield.len) { /* a blank line: no row */
            s->tfield.len = 0;
            return;
        }
    }
    tsv_field(s);
    s->row.complete = 1;
}

/* p[0..k): a line or its start (at most one LF, at its end) */
static void tsv_parse(ng_stream *s, const char *p, size_t k)
{
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && p[j] != '\t' && p[j] != '\n' && p[j] != '\r')
            j++;
        ng_buf_put(&s->tfield, p + i, j - i);
        if (j < k) {
            if (p[j] == '\t')
                tsv_field(s);
            else
                tsv_row(s);
        }
        i = j + 1;
    }
}

/* One CSV row (possibly over several lines) into s->row: 1, 0 at the end,
 * NG_EPARSE or NG_EIO after reporting, ROW_TOO_LONG when the row is longer
 * than s->max (read past, not kept: neither libcsv's field buffer nor the
 * row grows past the bound). The bytes go to libcsv a line, or what of it
 * is buffered, at a time: a line is never held whole. */
static int csv_next_row(ng_stream *s, ng_diag *diag, unsigned long *first)
{
    s->row.n = 0;
    s->row.text.len = 0;
    s->row.complete = 0;
    *first = 0;
    int skip_line, over = 0, quoted = 0;
    for (;;) {
        if (s->at >= s->end) {
            if (s->eof) {
                if (over) {
                    if (quoted) {
                        ng_diag_report(diag, s->bad_sev, s->path, *first,
                                       "malformed CSV row: a quoted field not closed before "
                                       "the end of the file");
                        csv_reset(s); /* the next call (--skip-bad) finds the end */
                        return NG_EPARSE;
                    }
                    return ROW_TOO_LONG;
                }
                if (s->kind == NG_INPUT_TSV) {
                    if (s->row.n || s->tfield.len)
                        tsv_row(s);
                    return s->row.complete && s->row.n ? 1 : 0;
                }
                if (csv_fini(&s->csv, row_field, row_end, &s->row) != 0) {
                    ng_diag_report(diag, s->bad_sev, s->path, *first ? *first : s->line,
                                   "malformed CSV row: %s",
                                   s->csv.quoted ? "a quoted field not closed before the end "
                                                   "of the file"
                                                 : csv_strerror(csv_error(&s->csv)));
                    /* the row is given up: the next call (--skip-bad) finds
                     * the end, not the same row again (for ever) */
                    csv_reset(s);
                    return NG_EPARSE;
                }
                return s->row.complete && s->row.n ? 1 : 0;
            }
            if (fill(s, diag))
                return NG_EIO;
            continue;
        }
        char *p = s->chunk + s->at;
        size_t avail = s->end - s->at;
        /* a piece: up to a line end (LF, CR LF or a lone CR) */
        int crlf = s->last_cr && *p == '\n';
        const char *nl = crlf ? p : line_stop(p, avail);
        size_t k = nl ? (size_t)(nl - p) + 1 : avail;
        unsigned long lineno = crlf ? s->line : s->line + 1;
        s->at += k;
        s->last_cr = 0;
        if (nl && !crlf) {
            s->line++;
            s->last_cr = *nl == '\r';
        }
        if (!*first)
            *first = lineno;
        if (over) {
            /* past the bound: follow the quotes to the row's end */
            for (size_t i = 0; i < k; i++) {
                if (s->kind == NG_INPUT_CSV && p[i] == '"')
                    quoted = !quoted;
                else if ((p[i] == '\n' || p[i] == '\r') && !quoted) {
                    s->at -= k - i - 1; /* the rest is the next row's */
                    csv_reset(s);
                    return ROW_TOO_LONG;
                }
            }
            continue;
        }
        if (s->kind == NG_INPUT_TSV) {
            tsv_parse(s, p, k);
        } else if (csv_parse(&s->csv, p, k, row_field, row_end, &s->row) != k) {
            ng_diag_report(diag, s->bad_sev, s->path, lineno, "malformed CSV row: %s",
                           csv_strerror(csv_error(&s->csv)));
            csv_reset(s);
            skip_line = !nl;
            if (!skip_line)
                return NG_EPARSE;
            /* the rest of this line first */
            while (skip_line) {
                if (s->at >= s->end) {
                    if (s->eof)
                        break;
                    if (fill(s, diag))
                        return NG_EIO;
                    continue;
                }
                const char *q = line_stop(s->chunk + s->at, s->end - s->at);
                s->at = q ? (size_t)(q - s->chunk) + 1 : s->end;
                if (q) {
                    s->line++;
                    s->last_cr = *q == '\r';
                    skip_line = 0;
                }
            }
            return NG_EPARSE;
        }
        if (s->row.n == 0 && !s->row.complete && s->csv.pstate == 0 && !s->tfield.len)
            *first = 0; /* a blank line: no row */
        if (s->row.complete) {
            if (s->row.n == 1 && s->row.off[1] == 1) {
                /* a blank line */
                s->row.n = 0;
                s->row.complete = 0;
                *first = 0;
                continue;
            }
            return s->row.text.len > s->max ? ROW_TOO_LONG : 1;
        }
        if (s->row.text.len + s->csv.entry_pos + s->tfield.len > s->max) {
            /* libcsv's state: inside a quoted field (its FIELD_BEGUN is 2)? */
            quoted = s->kind == NG_INPUT_CSV && s->csv.quoted && s->csv.pstate == 2;
            over = 1;
            s->row.text.len = 0;
            s->row.n = 0;
            s->tfield.len = 0;
        }
    }
}

/* A record past the bound: skipped with a warning, as a document would be. */
static void too_long(const ng_stream *s, unsigned long line, ng_diag *diag)
{
    if (s->max == UINT32_MAX - 1ull)
        ng_diag_report(diag, NG_DIAG_WARNING, s->path, line, "larger than 4 GiB: skipped");
    else if (s->max == INT32_MAX)
        ng_diag_report(diag, NG_DIAG_WARNING, s->path, line,
                       "larger than 2 GiB (a JSON line's limit): skipped");
    else
        ng_diag_report(diag, NG_DIAG_WARNING, s->path, line, "larger than %llu bytes: skipped",
                       s->max);
}

int ng_stream_next(ng_stream *s, ng_record *r, unsigned long *line, ng_diag *diag)
{
    ng_record_clear(r);
    if (s->foreign) {
        int rc = not_articles(s, 0, s->foreign, diag);
        free(s->foreign);
        s->foreign = NULL;
        return rc;
    }
    if (s->kind == NG_INPUT_JSON) {
        if (s->next >= json_object_array_length(s->array))
            return 0;
        json_object *o = json_object_array_get_idx(s->array, s->next++);
        *line = s->next;
        char why[256];
        if (record_from_json(r, o, s->fields, why, sizeof why)) {
            ng_diag_report(diag, s->bad_sev, s->path, 0, "article %lu: %s", *line, why);
            return NG_EPARSE;
        }
        return 1;
    }
    if (s->kind == NG_INPUT_JSONL) {
        for (;;) {
            int over;
            int rc = next_line(s, diag, &over);
            if (rc <= 0)
                return rc;
            if (over) {
                too_long(s, s->line, diag);
                continue;
            }
            drop_cr(&s->lbuf);
            if (s->line == 1 && s->lbuf.len >= 3 && memcmp(s->lbuf.data, "\xEF\xBB\xBF", 3) == 0)
                memset(s->lbuf.data, ' ', 3); /* a BOM: white space before the value */
            size_t i = 0;
            while (i < s->lbuf.len && (s->lbuf.data[i] == ' ' || s->lbuf.data[i] == '\t'))
                i++;
            if (i == s->lbuf.len)
                continue; /* blank lines between records */
            *line = s->line;
            ng_buf tmp = r->f[NG_FIELD_TEXT];
            r->f[NG_FIELD_TEXT] = s->lbuf;
            s->lbuf = tmp;
            s->lbuf.len = 0;
            r->have = 1u << NG_FIELD_TEXT;
            r->raw = 1;
            return 1;
        }
    }
    /* CSV, TSV */
    unsigned long first;
    if (!s->header_done) {
        int rc = csv_next_row(s, diag, &first);
        if (rc == ROW_TOO_LONG) {
            ng_diag_report(diag, NG_DIAG_ERROR, s->path, first,
                           "a header longer than %llu bytes", s->max);
            return NG_EIO;
        }
        if (rc <= 0)
            return rc;
        s->ncols = s->row.n;
        for (size_t c = 0; c < s->row.n; c++) {
            const char *h = s->row.text.data + s->row.off[c];
            size_t hl = strlen(h);
            if (c == 0 && hl >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0)
                h += 3, hl -= 3;
            int f = field_of_name(h, hl, s->fields);
            /* an explicit column wins; else the most specific usual name */
            if (f >= 0 && s->col[f] < 0)
                s->col[f] = (int)c;
        }
        s->header_done = 1;
        int own = own_table(&s->row);
        s->own = own != 0;
        if (own)
            return not_articles(s, first,
                                own == 1 ? "a table newsgraph wrote (entities.tsv's header), "
                                           "not articles"
                                         : "a table newsgraph wrote (evidence.tsv's header), "
                                           "not articles",
                                diag);
        if (s->col[NG_FIELD_TEXT] < 0)
            return not_articles(s, first,
                                "no text column in the header (text, content, body, ...; or "
                                "--field text=COLUMN)",
                                diag);
    }
    int rc;
    while ((rc = csv_next_row(s, diag, &first)) == ROW_TOO_LONG)
        too_long(s, first, diag);
    if (rc <= 0)
        return rc;
    *line = first;
    if (s->row.n != s->ncols) {
        ng_diag_report(diag, s->bad_sev, s->path, first,
                       "malformed CSV row: %zu fields, the header has %zu", s->row.n, s->ncols);
        return NG_EPARSE;
    }
    for (int f = 0; f < NG_FIELD__COUNT; f++) {
        if (s->col[f] < 0)
            continue;
        size_t c = (size_t)s->col[f];
        const char *v = s->row.text.data + s->row.off[c];
        size_t vl = s->row.off[c + 1] - s->row.off[c] - 1; /* NUL bytes too */
        if (vl)
            ng_record_set(r, (ng_field)f, v, vl);
    }
    return 1;
}

/* ---- the public reader ---------------------------------------------------- */

struct ng_reader {
    char *path;
    ng_input_kind kind;
    ng_stream *stream; /* a file of many */
    int done;          /* a one-article file: given */
    ng_diag *diag;
    const ng_fields *fields;
    ng_record rec;
    ng_buf id;
    char *owned;       /* decoded text */
    int gz;
};

ng_reader *ng_reader_open(const char *path, const ng_fields *fields, ng_diag *diag)
{
    int gz;
    ng_input_kind k = ng_input_kind_of(path, &gz);
    if (k == NG_INPUT_NONE) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "unsupported input type");
        return NULL;
    }
    ng_reader *r = ng_xcalloc(1, sizeof *r);
    r->path = ng_xstrdup(path);
    r->kind = k;
    r->gz = gz;
    r->diag = diag;
    r->fields = fields;
    if (ng_input_kind_is_stream(k)) {
        r->stream = ng_stream_open(path, k, gz, fields, 0, diag);
        if (!r->stream) {
            ng_reader_free(r);
            return NULL;
        }
    }
    return r;
}

void ng_reader_free(ng_reader *r)
{
    if (!r)
        return;
    ng_stream_close(r->stream);
    ng_record_release(&r->rec);
    ng_buf_release(&r->id);
    free(r->owned);
    free(r->path);
    free(r);
}

int ng_reader_next(ng_reader *r, ng_article *a, unsigned long *line)
{
    memset(a, 0, sizeof *a);
    unsigned long ln = 0;
    free(r->owned);
    r->owned = NULL;
    ng_record *rec = &r->rec;
    if (r->stream) {
        int rc = ng_stream_next(r->stream, rec, &ln, r->diag);
        if (rc <= 0)
            return rc;
        if (rec->raw) {
            char why[256];
            if (ng_record_parse_json(rec, r->fields, why, sizeof why)) {
                ng_diag_report(r->diag, NG_DIAG_ERROR, r->path, ln, "%s", why);
                return NG_EPARSE;
            }
        }
    } else {
        if (r->done)
            return 0;
        r->done = 1;
        char *raw;
        size_t len;
        int rc = ng_file_read_any(r->path, r->gz, 0, &raw, &len, r->diag);
        if (rc)
            return NG_EIO;
        ng_record_clear(rec);
        if (r->kind == NG_INPUT_HTML) {
            rc = ng_record_from_html(rec, raw, len);
            free(raw);
            if (rc) {
                ng_diag_report(r->diag, NG_DIAG_ERROR, r->path, 0, "not a readable web page");
                return NG_EPARSE;
            }
        } else {
            const char *t;
            size_t tl;
            char *owned = NULL;
            rc = ng_document_view(raw, len, r->path, &t, &tl, &owned, r->diag);
            if (rc == 0)
                ng_record_from_text(rec, t, tl);
            free(owned);
            free(raw);
            if (rc)
                return NG_EPARSE;
        }
    }
    ng_record_finish(rec, r->path, ln, r->diag);
    const char *text = ng_record_get(rec, NG_FIELD_TEXT);
    size_t tl = 0;
    if (text) {
        char *owned = NULL;
        if (ng_document_view(text, rec->f[NG_FIELD_TEXT].len, r->path, &text, &tl, &owned,
                             r->diag) != 0) {
            text = "";
            tl = 0;
        }
        r->owned = owned;
    }
    a->url = ng_record_get(rec, NG_FIELD_URL);
    a->title = ng_record_get(rec, NG_FIELD_TITLE);
    a->date = ng_record_get(rec, NG_FIELD_DATE);
    a->source = ng_record_get(rec, NG_FIELD_SOURCE);
    a->text = text ? text : "";
    a->text_len = tl;
    r->id.len = 0;
    if ((a->id = ng_record_get(rec, NG_FIELD_ID)) == NULL && (a->id = a->url) == NULL) {
        char *fid = ng_document_id(r->path);
        if (r->stream) {
            const char *base = strrchr(r->path, '/');
            ng_buf_printf(&r->id, "%s:%lu", base ? base + 1 : r->path, ln);
        } else {
            ng_buf_puts(&r->id, fid);
        }
        free(fid);
        a->id = ng_buf_cstr(&r->id);
    }
    if (line)
        *line = ln;
    return 1;
}
