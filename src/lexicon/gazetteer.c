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
    /* Both maps borrow their keys from the entries' strings in arena. */
    ng_strmap names;   /* folded name key -> live entry index */
    ng_strmap aliases; /* owner key ('C'/'f' + folded key) -> alias serial */
    ng_gazetteer_alias **serial; /* alias serial -> the alias (to disown it) */
    size_t n_serial, cap_serial;
    ng_strmap strings; /* categories, parents and file names: one copy each */
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
    ng_strmap_init(&g->strings);
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
    ng_strmap_release(&g->strings);
    free(g->serial);
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

/* Append to key the matching key of a name: folded words joined by spaces,
 * hyphens and apostrophes skipped. Nothing is appended when the name has no
 * word. (A folded token never holds a space: the key splits back into the
 * name's tokens, as the matcher does.) */
static void name_key(ng_tokens *scratch, ng_buf *key, const char *s, size_t n)
{
    size_t from = key->len;
    ng_tokens_run(scratch, s, n);
    for (size_t k = 0; k < scratch->count; k++) {
        const ng_token *t = &scratch->tok[k];
        if ((t->flags & NG_TOK_HYPHEN) || t->flen == 0)
            continue;
        if (key->len > from)
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
    uint32_t i = key.len ? ng_strmap_get(&g->names, key.data, key.len) : NG_NONE;
    ng_buf_release(&key);
    ng_tokens_release(&scratch);
    return i == NG_NONE ? NULL : &g->entries[i];
}

/* ---- loading ------------------------------------------------------------ */

/* A load stages its entries in an arena of its own, without one allocation
 * per string: on success the arena joins the gazetteer's (nothing is
 * copied), on error it is dropped whole. */

typedef struct staged_alias {
    const char *text; /* NUL-terminated, in the load's arena */
    const char *okey; /* owner key: 'C' (case-sensitive) or 'f', then the key */
    uint32_t oklen;
    uint32_t next;    /* the entry's next alias, or NG_NONE */
    uint32_t entry;   /* the staged entry it belongs to */
} staged_alias;

typedef struct staged {
    const char *name;
    ng_kind kind;
    const char *category;
    uint32_t first, last; /* the entry's aliases, a list in the load's array */
    size_t n_aliases;
    ng_strmap *seen;      /* owner keys of the aliases, once there are many */
    double lat, lon;
    int has_geo;
    const char *parent;
    unsigned long line;
} staged;

typedef struct loader {
    ng_gazetteer *g;
    ng_arena arena;
    staged_alias *al;
    size_t n_al, cap_al;
    ng_buf key;
} loader;

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

/* One copy of a string that many entries share (a category, a parent, the
 * file name), kept as long as the gazetteer. */
static const char *intern(ng_gazetteer *g, const char *s, size_t n)
{
    const char *kept;
    ng_strmap_put(&g->strings, s, n, 0, &kept);
    return kept;
}

static void staged_release(staged *st)
{
    if (st->seen) {
        ng_strmap_release(st->seen);
        free(st->seen);
        st->seen = NULL;
    }
}

/* An entry's aliases are kept distinct: compared one by one while they are
 * few, through a hash set beyond (200,000 aliases on one line took minutes
 * compared one by one). */
#define SEEN_AFTER 16

/* Link staged alias a (already in the load's array) to st, unless st has
 * an alias of the same owner key already. */
static void staged_link(loader *ld, staged *st, uint32_t a)
{
    staged_alias *x = &ld->al[a];
    if (st->seen) {
        size_t had = st->seen->count;
        ng_strmap_put_ref(st->seen, x->okey, x->oklen, 1);
        if (st->seen->count == had)
            return;
    } else {
        for (uint32_t i = st->first; i != NG_NONE; i = ld->al[i].next)
            if (ld->al[i].oklen == x->oklen && memcmp(ld->al[i].okey, x->okey, x->oklen) == 0)
                return;
        if (st->n_aliases >= SEEN_AFTER) {
            st->seen = ng_xmalloc(sizeof *st->seen);
            ng_strmap_init(st->seen);
            for (uint32_t i = st->first; i != NG_NONE; i = ld->al[i].next)
                ng_strmap_put_ref(st->seen, ld->al[i].okey, ld->al[i].oklen, 1);
            ng_strmap_put_ref(st->seen, x->okey, x->oklen, 1);
        }
    }
    x->next = NG_NONE;
    if (st->first == NG_NONE)
        st->first = a;
    else
        ld->al[st->last].next = a;
    st->last = a;
    st->n_aliases++;
}

/* Stage one spelling s[0..n) of st, cs telling whether it is case-sensitive.
 * Returns -1 when it has no word. */
static int staged_add(loader *ld, staged *st, const char *s, size_t n, int cs)
{
    ng_buf *key = &ld->key;
    key->len = 0;
    ng_buf_putc(key, cs ? 'C' : 'f');
    name_key(&ld->g->scratch, key, s, n);
    if (key->len == 1)
        return -1;
    ng_xgrow(&ld->al, &ld->cap_al, ld->n_al + 1, sizeof *ld->al);
    staged_alias *x = &ld->al[ld->n_al];
    x->text = ng_arena_strndup(&ld->arena, s, n);
    x->okey = ng_arena_strndup(&ld->arena, key->data, key->len);
    x->oklen = (uint32_t)key->len;
    staged_link(ld, st, (uint32_t)ld->n_al++);
    return 0;
}

/* Parse one non-comment line into *st. Returns 0 or reports and returns -1. */
static int parse_line(loader *ld, const char *q, const char *le, const char *file,
                      unsigned long line, ng_diag *diag, staged *st)
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
    st->first = st->last = NG_NONE;
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
    size_t mark = ld->n_al;
    if (staged_add(ld, st, f[0].s, f[0].n, name_cs)) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line, "name '%.*s' has no letters",
                       (int)f[0].n, f[0].s);
        return -1;
    }
    if (ng_kind_parse(f[1].s, f[1].n, &st->kind)) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                       "unknown kind '%.*s' (expected actor, place or event)", (int)f[1].n,
                       f[1].s);
        goto fail;
    }
    if (!valid_category(f[2])) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                       "bad category '%.*s' (lower-case letters, digits and '_')",
                       (int)f[2].n, f[2].s);
        goto fail;
    }
    if (nf >= 5) {
        field lat = f[4], lon = nf >= 6 ? f[5] : (field){"", 0};
        if (lat.n || lon.n) {
            if (parse_coord(lat, 90.0, &st->lat) || parse_coord(lon, 180.0, &st->lon)) {
                ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                               "bad coordinates '%.*s', '%.*s' (latitude -90..90 and "
                               "longitude -180..180 in decimal degrees)",
                               (int)lat.n, lat.s, (int)lon.n, lon.s);
                goto fail;
            }
            st->has_geo = 1;
        }
    }
    st->name = ld->al[st->first].text;
    st->category = intern(ld->g, f[2].s, f[2].n);
    if (nf >= 7 && f[6].n)
        st->parent = intern(ld->g, f[6].s, f[6].n);
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
            if (staged_add(ld, st, al.s, al.n, cs)) {
                ng_diag_report(diag, NG_DIAG_ERROR, file, line, "alias '%.*s' has no letters",
                               (int)al.n, al.s);
                goto fail;
            }
        }
    }
    return 0;
fail:
    staged_release(st);
    ld->n_al = mark; /* the line's aliases: their strings stay in the arena, unused */
    return -1;
}

static void disown_entry(ng_gazetteer *g, uint32_t idx)
{
    g->entries[idx].removed = 1;
}

static void disown_alias(ng_gazetteer *g, uint32_t serial)
{
    g->serial[serial]->owned = 0;
}

/* Put every key of staged (value v: base + v) into map, which borrows the
 * keys: a key map had already is taken over, and disown is told its old
 * value. The larger map is kept and the smaller one's keys go into it, so
 * that a big file loaded after the small built-in one costs one pass over
 * its own map, not a second table as big. Leaves staged empty. */
static void commit_map(ng_strmap *map, ng_strmap *staged, uint32_t base, ng_gazetteer *g,
                       void (*disown)(ng_gazetteer *, uint32_t))
{
    if (staged->count <= map->count) {
        for (size_t i = 0; i < staged->cap; i++) {
            const ng_strmap_slot *sl = &staged->slots[i];
            if (!sl->key)
                continue;
            uint32_t was = ng_strmap_swap_ref(map, sl->key, sl->len, base + sl->value);
            if (was != NG_NONE)
                disown(g, was);
        }
        ng_strmap_clear(staged);
        return;
    }
    for (size_t i = 0; i < staged->cap; i++)
        if (staged->slots[i].key)
            staged->slots[i].value += base;
    for (size_t i = 0; i < map->cap; i++) {
        const ng_strmap_slot *sl = &map->slots[i];
        if (!sl->key)
            continue;
        if (ng_strmap_get_h(staged, sl->key, sl->len, sl->hash) != NG_NONE)
            disown(g, sl->value);
        else
            ng_strmap_put_ref(staged, sl->key, sl->len, sl->value);
    }
    ng_strmap swap = *map;
    *map = *staged;
    *staged = swap;
    ng_strmap_clear(staged);
}

int ng_gazetteer_load(ng_gazetteer *g, const char *text, size_t n, const char *filename,
                      ng_diag *diag)
{
    staged *st = NULL;
    size_t count = 0, cap = 0;
    int rc = 0;
    /* both borrow their keys from the staged aliases */
    ng_strmap names, owners;
    ng_strmap_init(&names);
    ng_strmap_init(&owners);
    loader ld = {.g = g, .key = NG_BUF_INIT};
    ng_arena_init(&ld.arena, 256 * 1024);
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
        size_t mark = ld.n_al;
        staged cur;
        if (parse_line(&ld, q, le, filename, line, diag, &cur)) {
            rc = NG_EPARSE;
            continue;
        }
        /* a repeated name within this file: merge when the kind agrees */
        const staged_alias *nm = &ld.al[cur.first];
        uint32_t prev = ng_strmap_get(&names, nm->okey + 1, nm->oklen - 1);
        if (prev != NG_NONE) {
            staged *old = &st[prev];
            if (old->kind != cur.kind) {
                ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                               "duplicate name '%s' with conflicting kind %s (line %lu says %s)",
                               cur.name, ng_kind_name(cur.kind), old->line,
                               ng_kind_name(old->kind));
                staged_release(&cur);
                ld.n_al = mark;
                rc = NG_EPARSE;
                continue;
            }
        }
        /* every alias must belong to one entry of this file */
        int clash = 0;
        for (uint32_t i = cur.first; i != NG_NONE && !clash; i = ld.al[i].next) {
            uint32_t o = ng_strmap_get(&owners, ld.al[i].okey, ld.al[i].oklen);
            if (o != NG_NONE)
                o = ld.al[o].entry;
            if (o != NG_NONE && o != prev) {
                ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                               "'%s' already names '%s' (line %lu)", ld.al[i].text,
                               st[o].name, st[o].line);
                clash = 1;
            }
        }
        if (clash) {
            staged_release(&cur);
            ld.n_al = mark;
            rc = NG_EPARSE;
            continue;
        }
        uint32_t idx, from; /* from: the entry's first alias not yet in owners */
        if (prev != NG_NONE) {
            idx = prev;
            staged *old = &st[prev];
            from = NG_NONE;
            /* the line's aliases after its name join the earlier entry */
            for (uint32_t i = ld.al[cur.first].next, next; i != NG_NONE; i = next) {
                next = ld.al[i].next;
                uint32_t tail = old->last;
                staged_link(&ld, old, i);
                if (old->last != tail && from == NG_NONE)
                    from = i;
            }
            if (!old->has_geo && cur.has_geo) {
                old->has_geo = 1;
                old->lat = cur.lat;
                old->lon = cur.lon;
            }
            staged_release(&cur);
        } else {
            idx = (uint32_t)count;
            from = cur.first;
            ng_xgrow(&st, &cap, count + 1, sizeof *st);
            st[count++] = cur;
            ng_strmap_put_ref(&names, nm->okey + 1, nm->oklen - 1, idx);
        }
        for (uint32_t i = from; i != NG_NONE; i = ld.al[i].next) {
            ld.al[i].entry = idx;
            ng_strmap_put_ref(&owners, ld.al[i].okey, ld.al[i].oklen, i);
        }
    }

    if (rc == 0) {
        /* commit: later definitions replace earlier ones; the staged strings
         * become the gazetteer's. Entry i becomes entry e0 + i, staged alias
         * k gets serial s0 + k. */
        const char *file = intern(g, filename ? filename : "-", strlen(filename ? filename : "-"));
        size_t e0 = g->count, s0 = g->n_serial;
        ng_xgrow(&g->entries, &g->cap, g->count + count, sizeof *g->entries);
        ng_xgrow(&g->serial, &g->cap_serial, g->n_serial + ld.n_al, sizeof *g->serial);
        if (ld.n_al) /* a file of no aliases: g->serial may still be NULL */
            memset(g->serial + s0, 0, ld.n_al * sizeof *g->serial);
        g->n_serial += ld.n_al;
        for (size_t i = 0; i < count; i++) {
            staged *s = &st[i];
            ng_gazetteer_entry *e = &g->entries[g->count++];
            memset(e, 0, sizeof *e);
            e->name = s->name;
            e->kind = s->kind;
            e->category = s->category;
            e->parent = s->parent;
            e->lat = s->lat;
            e->lon = s->lon;
            e->has_geo = s->has_geo;
            e->file = file;
            e->line = s->line;
            ng_gazetteer_alias *al = ng_arena_alloc(&ld.arena, s->n_aliases * sizeof *al);
            size_t a = 0;
            for (uint32_t k = s->first; k != NG_NONE; k = ld.al[k].next, a++) {
                const staged_alias *x = &ld.al[k];
                al[a].text = x->text;
                al[a].key = x->okey + 1;
                al[a].case_sensitive = x->okey[0] == 'C';
                al[a].owned = 1;
                g->serial[s0 + k] = &al[a];
            }
            e->aliases = al;
            e->n_aliases = s->n_aliases;
        }
        commit_map(&g->names, &names, (uint32_t)e0, g, disown_entry);
        commit_map(&g->aliases, &owners, (uint32_t)s0, g, disown_alias);
        ng_arena_adopt(&g->arena, &ld.arena);
    }
    ng_strmap_release(&names);
    ng_strmap_release(&owners);
    for (size_t i = 0; i < count; i++)
        staged_release(&st[i]);
    free(st);
    free(ld.al);
    ng_arena_release(&ld.arena);
    ng_buf_release(&ld.key);
    return rc;
}

int ng_gazetteer_load_file(ng_gazetteer *g, const char *path, ng_diag *diag)
{
    char *data;
    size_t len;
    int rc = ng_file_read_text(path, &data, &len, diag);
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
    return !e->removed && alias < e->n_aliases && e->aliases[alias].owned;
}
