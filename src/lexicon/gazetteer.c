/* gazetteer.c - gazetteer TSV loading with per-line validation and overrides */
#include "lexicon/gazetteer.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

#include "../core/arena.h"
#include "../core/lines.h"
#include "../core/buf.h"
#include "../core/map.h"
#include "../core/file.h"
#include "gazetteer_priv.h"

struct ng_gazetteer {
    ng_gazetteer_entry *entries;
    size_t count, cap;
    ng_strmap names;   /* folded name key -> live entry index */
    ng_strmap aliases; /* folded alias key -> owning entry index */
    ng_arena arena;
    ng_tokens scratch;
};

static const char *const kind_names[] = {"actor", "place", "event"};

const char *ng_kind_name(ng_kind k)
{
    return (unsigned)k <= NG_KIND_EVENT ? kind_names[k] : NULL;
}

int ng_kind_parse(const char *s, size_t n, ng_kind *k)
{
    for (int i = 0; i <= NG_KIND_EVENT; i++)
        if (strlen(kind_names[i]) == n && memcmp(kind_names[i], s, n) == 0) {
            *k = (ng_kind)i;
            return 0;
        }
    return NG_EARG;
}

ng_gazetteer *ng_gazetteer_new(void)
{
    ng_gazetteer *g = ng_xcalloc(1, sizeof *g);
    ng_strmap_init(&g->names);
    ng_strmap_init(&g->aliases);
    ng_arena_init(&g->arena, 64 * 1024);
    ng_tokens_init(&g->scratch);
    return g;
}

void ng_gazetteer_free(ng_gazetteer *g)
{
    if (!g)
        return;
    free(g->entries);
    ng_strmap_release(&g->names);
    ng_strmap_release(&g->aliases);
    ng_arena_release(&g->arena);
    ng_tokens_release(&g->scratch);
    free(g);
}

size_t ng_gazetteer_count(const ng_gazetteer *g)
{
    return g->count;
}

const ng_gazetteer_entry *ng_gazetteer_get(const ng_gazetteer *g, size_t i)
{
    return i < g->count ? &g->entries[i] : NULL;
}

size_t ng_gazetteer_index(const ng_gazetteer *g, const ng_gazetteer_entry *e)
{
    return (size_t)(e - g->entries);
}

/* The matching key of a name: folded words joined by spaces, hyphens and
 * apostrophes skipped. Empty when the name has no word. */
static void name_key(ng_tokens *scratch, ng_buf *key, const char *s, size_t n)
{
    key->len = 0;
    ng_tokens_run(scratch, s, n);
    for (size_t k = 0; k < scratch->count; k++) {
        const ng_token *t = &scratch->tok[k];
        if ((t->flags & NG_TOK_HYPHEN) || t->flen == 0)
            continue;
        if (key->len)
            ng_buf_putc(key, ' ');
        ng_buf_put(key, ng_tokens_fold(scratch, k), t->flen);
    }
    ng_buf_cstr(key);
}

const ng_gazetteer_entry *ng_gazetteer_find(const ng_gazetteer *g, const char *name)
{
    ng_buf key = NG_BUF_INIT;
    ng_tokens scratch;
    ng_tokens_init(&scratch);
    name_key(&scratch, &key, name, strlen(name));
    uint32_t i = ng_strmap_get(&g->names, key.data, key.len);
    ng_buf_release(&key);
    ng_tokens_release(&scratch);
    return i == NG_NONE ? NULL : &g->entries[i];
}

/* ---- loading ------------------------------------------------------------ */

typedef struct staged_alias {
    char *text;
    int case_sensitive;
    char *key;
} staged_alias;

typedef struct staged {
    char *name;
    ng_kind kind;
    char *category;
    staged_alias *aliases;
    size_t n_aliases, cap_aliases;
    ng_strmap *seen; /* "C"/"f" + key of each alias, once there are many */
    double lat, lon;
    int has_geo;
    char *parent;
    unsigned long line;
} staged;

typedef struct field {
    const char *s;
    size_t n;
} field;

static field trim(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return (field){s, n};
}

static int parse_coord(field f, double lim, double *out)
{
    char tmp[64];
    if (f.n == 0 || f.n >= sizeof tmp)
        return -1;
    memcpy(tmp, f.s, f.n);
    tmp[f.n] = '\0';
    char *end;
    errno = 0;
    double v = strtod(tmp, &end);
    if (errno || *end || !isfinite(v) || v < -lim || v > lim)
        return -1;
    *out = v;
    return 0;
}

static int valid_category(field f)
{
    if (!f.n)
        return 0;
    for (size_t i = 0; i < f.n; i++) {
        char c = f.s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return 0;
    }
    return 1;
}

/* All letters upper case and at most three of them (dots ignored). */
static int short_capitals(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.')
            continue;
        if (c < 'A' || c > 'Z')
            return 0;
        letters++;
    }
    return letters >= 1 && letters <= 3;
}

static void staged_free(staged *st)
{
    free(st->name);
    free(st->category);
    free(st->parent);
    for (size_t i = 0; i < st->n_aliases; i++) {
        free(st->aliases[i].text);
        free(st->aliases[i].key);
    }
    free(st->aliases);
    if (st->seen) {
        ng_strmap_release(st->seen);
        free(st->seen);
    }
}

/* An entry's aliases are kept distinct: compared one by one while they are
 * few, through a hash set beyond (200,000 aliases on one line took minutes
 * compared one by one). */
#define SEEN_AFTER 16

static int seen_add(ng_strmap *m, int cs, const char *key)
{
    char tmp[256];
    size_t n = strlen(key);
    char *k = n + 1 < sizeof tmp ? tmp : ng_xmalloc(n + 2);
    k[0] = cs ? 'C' : 'f';
    memcpy(k + 1, key, n);
    int fresh = ng_strmap_get(m, k, n + 1) == NG_NONE;
    if (fresh)
        ng_strmap_put(m, k, n + 1, 1, NULL);
    if (k != tmp)
        free(k);
    return fresh;
}

static void staged_add_alias(staged *st, const char *s, size_t n, int cs, const char *key)
{
    if (st->seen) {
        if (!seen_add(st->seen, cs, key))
            return;
    } else {
        for (size_t i = 0; i < st->n_aliases; i++)
            if (strcmp(st->aliases[i].key, key) == 0 && st->aliases[i].case_sensitive == cs)
                return;
        if (st->n_aliases >= SEEN_AFTER) {
            st->seen = ng_xmalloc(sizeof *st->seen);
            ng_strmap_init(st->seen);
            for (size_t i = 0; i < st->n_aliases; i++)
                seen_add(st->seen, st->aliases[i].case_sensitive, st->aliases[i].key);
            seen_add(st->seen, cs, key);
        }
    }
    ng_xgrow(&st->aliases, &st->cap_aliases, st->n_aliases + 1, sizeof *st->aliases);
    staged_alias *a = &st->aliases[st->n_aliases++];
    a->text = ng_xstrndup(s, n);
    a->case_sensitive = cs;
    a->key = ng_xstrdup(key);
}

/* Parse one non-comment line into *st. Returns 0 or reports and returns -1. */
static int parse_line(ng_gazetteer *g, ng_buf *key, const char *q, const char *le,
                      const char *file, unsigned long line, ng_diag *diag, staged *st)
{
    field f[8];
    size_t nf = 0;
    const char *p = q;
    for (;;) {
        const char *tab = memchr(p, '\t', (size_t)(le - p));
        const char *fe = tab ? tab : le;
        if (nf == 8) {
            nf++;
            break;
        }
        f[nf++] = trim(p, (size_t)(fe - p));
        if (!tab)
            break;
        p = tab + 1;
    }
    memset(st, 0, sizeof *st);
    st->line = line;
    if (nf < 3 || nf > 7) {
        if (nf > 7)
            ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                           "expected 3 to 7 tab-separated fields "
                           "(name, kind, category, aliases, lat, lon, parent), got more than 7");
        else
            ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                           "expected 3 to 7 tab-separated fields "
                           "(name, kind, category, aliases, lat, lon, parent), got %zu", nf);
        return -1;
    }
    int name_cs = f[0].n && f[0].s[0] == '=';
    if (name_cs)
        f[0] = trim(f[0].s + 1, f[0].n - 1);
    if (!f[0].n) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line, "empty name");
        return -1;
    }
    name_key(&g->scratch, key, f[0].s, f[0].n);
    if (!key->len) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line, "name '%.*s' has no letters",
                       (int)f[0].n, f[0].s);
        return -1;
    }
    if (ng_kind_parse(f[1].s, f[1].n, &st->kind)) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                       "unknown kind '%.*s' (expected actor, place or event)", (int)f[1].n,
                       f[1].s);
        return -1;
    }
    if (!valid_category(f[2])) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                       "bad category '%.*s' (lower-case letters, digits and '_')",
                       (int)f[2].n, f[2].s);
        return -1;
    }
    if (nf >= 5) {
        field lat = f[4], lon = nf >= 6 ? f[5] : (field){"", 0};
        if (lat.n || lon.n) {
            if (parse_coord(lat, 90.0, &st->lat) || parse_coord(lon, 180.0, &st->lon)) {
                ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                               "bad coordinates '%.*s', '%.*s' (latitude -90..90 and "
                               "longitude -180..180 in decimal degrees)",
                               (int)lat.n, lat.s, (int)lon.n, lon.s);
                return -1;
            }
            st->has_geo = 1;
        }
    }
    st->name = ng_xstrndup(f[0].s, f[0].n);
    st->category = ng_xstrndup(f[2].s, f[2].n);
    if (nf >= 7 && f[6].n)
        st->parent = ng_xstrndup(f[6].s, f[6].n);
    staged_add_alias(st, f[0].s, f[0].n, name_cs, key->data);
    if (nf >= 4) {
        const char *a = f[3].s, *ae = f[3].s + f[3].n;
        while (a <= ae) {
            const char *bar = memchr(a, '|', (size_t)(ae - a));
            const char *end = bar ? bar : ae;
            field al = trim(a, (size_t)(end - a));
            a = end + 1;
            if (al.n == 0)
                continue;
            int cs = 0;
            if (al.s[0] == '=') {
                cs = 1;
                al = trim(al.s + 1, al.n - 1);
            } else {
                cs = short_capitals(al.s, al.n);
            }
            name_key(&g->scratch, key, al.s, al.n);
            if (!key->len) {
                ng_diag_report(diag, NG_DIAG_ERROR, file, line, "alias '%.*s' has no letters",
                               (int)al.n, al.s);
                staged_free(st);
                return -1;
            }
            staged_add_alias(st, al.s, al.n, cs, key->data);
        }
    }
    return 0;
}

/* Alias ownership keys distinguish case-sensitive aliases ("US") from
 * folded ones ("us" would never clash with it in text). */
static void owner_key(ng_buf *out, const staged_alias *a)
{
    out->len = 0;
    ng_buf_putc(out, a->case_sensitive ? 'C' : 'f');
    ng_buf_puts(out, a->key);
}

int ng_gazetteer_load(ng_gazetteer *g, const char *text, size_t n, const char *filename,
                      ng_diag *diag)
{
    staged *st = NULL;
    size_t count = 0, cap = 0;
    int rc = 0;
    ng_strmap names, owners;
    ng_strmap_init(&names);
    ng_strmap_init(&owners);
    ng_buf key = NG_BUF_INIT, okey = NG_BUF_INIT;
    ng_lines lines;
    if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        ng_lines_init(&lines, text + 3, n - 3);
    else
        ng_lines_init(&lines, text, n);
    const char *q, *le;
    while (ng_lines_next(&lines, &q, &le)) {
        unsigned long line = lines.no;
        field whole = trim(q, (size_t)(le - q));
        if (!whole.n || whole.s[0] == '#')
            continue;
        if (ng_utf8_invalid_count(q, (size_t)(le - q))) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "invalid UTF-8");
            rc = NG_EPARSE;
            continue;
        }
        if (memchr(q, '\0', (size_t)(le - q))) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "NUL byte in line");
            rc = NG_EPARSE;
            continue;
        }
        staged cur;
        if (parse_line(g, &key, q, le, filename, line, diag, &cur)) {
            rc = NG_EPARSE;
            continue;
        }
        /* a repeated name within this file: merge when the kind agrees */
        uint32_t prev = ng_strmap_get(&names, cur.aliases[0].key, strlen(cur.aliases[0].key));
        if (prev != NG_NONE) {
            staged *old = &st[prev];
            if (old->kind != cur.kind) {
                ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                               "duplicate name '%s' with conflicting kind %s (line %lu says %s)",
                               cur.name, ng_kind_name(cur.kind), old->line,
                               ng_kind_name(old->kind));
                staged_free(&cur);
                rc = NG_EPARSE;
                continue;
            }
        }
        /* every alias must belong to one entry of this file */
        int clash = 0;
        for (size_t i = 0; i < cur.n_aliases && !clash; i++) {
            owner_key(&okey, &cur.aliases[i]);
            uint32_t o = ng_strmap_get(&owners, okey.data, okey.len);
            if (o != NG_NONE && o != prev) {
                ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                               "'%s' already names '%s' (line %lu)", cur.aliases[i].text,
                               st[o].name, st[o].line);
                clash = 1;
            }
        }
        if (clash) {
            staged_free(&cur);
            rc = NG_EPARSE;
            continue;
        }
        uint32_t idx;
        size_t owned_from = 0; /* the entry's aliases not yet in owners */
        if (prev != NG_NONE) {
            idx = prev;
            owned_from = st[prev].n_aliases;
            staged *old = &st[prev];
            for (size_t i = 1; i < cur.n_aliases; i++)
                staged_add_alias(old, cur.aliases[i].text, strlen(cur.aliases[i].text),
                                 cur.aliases[i].case_sensitive, cur.aliases[i].key);
            if (!old->has_geo && cur.has_geo) {
                old->has_geo = 1;
                old->lat = cur.lat;
                old->lon = cur.lon;
            }
            staged_free(&cur);
        } else {
            idx = (uint32_t)count;
            ng_xgrow(&st, &cap, count + 1, sizeof *st);
            st[count++] = cur;
            ng_strmap_put(&names, cur.aliases[0].key, strlen(cur.aliases[0].key), idx, NULL);
        }
        for (size_t i = owned_from; i < st[idx].n_aliases; i++) {
            owner_key(&okey, &st[idx].aliases[i]);
            ng_strmap_put(&owners, okey.data, okey.len, idx, NULL);
        }
    }

    if (rc == 0) {
        /* commit: later definitions replace earlier ones */
        for (size_t i = 0; i < count; i++) {
            staged *s = &st[i];
            const char *k0 = s->aliases[0].key;
            uint32_t old = ng_strmap_get(&g->names, k0, strlen(k0));
            if (old != NG_NONE)
                g->entries[old].removed = 1;
            ng_xgrow(&g->entries, &g->cap, g->count + 1, sizeof *g->entries);
            uint32_t idx = (uint32_t)g->count;
            ng_gazetteer_entry *e = &g->entries[g->count++];
            memset(e, 0, sizeof *e);
            e->name = ng_arena_strdup(&g->arena, s->name);
            e->kind = s->kind;
            e->category = ng_arena_strdup(&g->arena, s->category);
            e->parent = s->parent ? ng_arena_strdup(&g->arena, s->parent) : NULL;
            e->lat = s->lat;
            e->lon = s->lon;
            e->has_geo = s->has_geo;
            e->file = ng_arena_strdup(&g->arena, filename ? filename : "-");
            e->line = s->line;
            ng_gazetteer_alias *al = ng_arena_alloc(&g->arena, s->n_aliases * sizeof *al);
            for (size_t a = 0; a < s->n_aliases; a++) {
                al[a].text = ng_arena_strdup(&g->arena, s->aliases[a].text);
                al[a].case_sensitive = s->aliases[a].case_sensitive;
                owner_key(&okey, &s->aliases[a]);
                ng_strmap_set(&g->aliases, okey.data, okey.len, idx);
            }
            e->aliases = al;
            e->n_aliases = s->n_aliases;
            ng_strmap_set(&g->names, k0, strlen(k0), idx);
        }
    }
    for (size_t i = 0; i < count; i++)
        staged_free(&st[i]);
    free(st);
    ng_strmap_release(&names);
    ng_strmap_release(&owners);
    ng_buf_release(&key);
    ng_buf_release(&okey);
    return rc;
}

int ng_gazetteer_load_file(ng_gazetteer *g, const char *path, ng_diag *diag)
{
    char *data;
    size_t len;
    int rc = ng_file_read(path, &data, &len, diag);
    if (rc == NG_EENCODING)
        return 0; /* binary or too large: skipped, as the warning says */
    if (rc)
        return rc;
    rc = ng_gazetteer_load(g, data, len, path, diag);
    free(data);
    return rc;
}

int ng_gazetteer_owns_alias(const ng_gazetteer *g, size_t idx, size_t alias)
{
    const ng_gazetteer_entry *e = &g->entries[idx];
    if (e->removed || alias >= e->n_aliases)
        return 0;
    ng_buf key = NG_BUF_INIT;
    ng_tokens scratch;
    ng_tokens_init(&scratch);
    name_key(&scratch, &key, e->aliases[alias].text, strlen(e->aliases[alias].text));
    ng_buf okey = NG_BUF_INIT;
    ng_buf_putc(&okey, e->aliases[alias].case_sensitive ? 'C' : 'f');
    ng_buf_puts(&okey, key.data);
    uint32_t o = ng_strmap_get(&g->aliases, okey.data, okey.len);
    ng_buf_release(&key);
    ng_buf_release(&okey);
    ng_tokens_release(&scratch);
    return o == idx;
}
