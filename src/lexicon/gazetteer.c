/* gazetteer.c - gazetteer TSV loading with per-line validation and overrides */
#include "lexicon/gazetteer.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/document.h"
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
    /* folded name key -> live entry index; the keys are the names' own */
    ng_idmap names;
    ng_gazetteer_alias **blocks; /* the aliases of each load, one array a load */
    size_t n_blocks;
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
    ng_idmap_init(&g->names);
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
    ng_idmap_release(&g->names);
    for (size_t i = 0; i < g->n_blocks; i++)
        free(g->blocks[i]);
    free(g->blocks);
    ng_strmap_release(&g->strings);
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
 * name's tokens, as the matcher does.) Returns 1 when the tokens show that
 * the key is plain_key(s) (below): words only, their folds (ng_fold of
 * their bytes) one byte ' ' or '-' apart, nothing before or after; else 0
 * (it may be all the same: plain_key tells). */
static int name_key(ng_tokens *scratch, ng_buf *key, const char *s, size_t n)
{
    size_t from = key->len, end = 0;
    int plain = 1;
    ng_tokens_run(scratch, s, n);
    for (size_t k = 0; k < scratch->count; k++) {
        const ng_token *t = &scratch->tok[k];
        if ((t->flags & NG_TOK_HYPHEN) || t->flen == 0)
            continue;
        if (key->len > from) {
            ng_buf_putc(key, ' ');
            plain = plain && t->start == end + 1 && (s[end] == ' ' || s[end] == '-');
        } else {
            plain = plain && t->start == 0;
        }
        /* a word's fold holds no '-' (punctuation's may: "–" is "-"); a
         * possessive's keeps its apostrophe, not as ng_fold */
        plain = plain && (t->flags & NG_TOK_WORD) && !(t->flags & NG_TOK_POSS);
        end = t->start + t->len;
        ng_buf_put(key, ng_tokens_fold(scratch, k), t->flen);
    }
    ng_buf_cstr(key);
    return plain && end == n;
}

/* The key of a spelling when it is not kept: the text folded (ng_fold), a
 * hyphen as a space. Writes at most n bytes to out; returns the length. A
 * load keeps an alias's key only when name_key differs from this (two
 * spaces in a row, a letter joined to a digit, ...): most keys are made
 * again when wanted, not kept beside their text. */
static size_t plain_key(const char *s, size_t n, char *out)
{
    size_t kl = ng_fold(s, n, out);
    for (size_t i = 0; i < kl; i++)
        if (out[i] == '-')
            out[i] = ' ';
    return kl;
}

const char *ng_gazetteer_alias_key(const ng_gazetteer_alias *a, ng_buf *buf)
{
    size_t n = strlen(a->text);
    if (a->key_kept)
        return a->text + n + 1;
    buf->len = 0;
    ng_buf_reserve(buf, n + 1);
    buf->len = plain_key(a->text, n, buf->data);
    buf->data[buf->len] = '\0';
    return buf->data;
}

/* An alias looked up: an alias (its key made when compared) or a key. */
typedef struct probe {
    const ng_gazetteer_alias *a;
    const char *key; /* when a is NULL */
    uint32_t len;
    uint8_t cs;
} probe;

static probe alias_probe(const ng_gazetteer_alias *a)
{
    return (probe){.a = a, .len = a->key_len, .cs = a->case_sensitive};
}

/* Has alias b the key of p? (Called on equal hashes: the keys are made
 * only then.) */
static int key_is(const ng_gazetteer_alias *b, const probe *p)
{
    if (b->key_len != p->len)
        return 0;
    ng_buf kb = NG_BUF_INIT, pb = NG_BUF_INIT;
    const char *bk = ng_gazetteer_alias_key(b, &kb);
    const char *pk = p->a ? ng_gazetteer_alias_key(p->a, &pb) : p->key;
    int eq = memcmp(bk, pk, p->len) == 0;
    ng_buf_release(&kb);
    ng_buf_release(&pb);
    return eq;
}

/* Aliases are told apart by their key and case-sensitivity (an alias "IS"
 * in capitals only and "is" in any case are two). */
static uint32_t key_hash(const char *key, size_t n, int cs)
{
    return ng_idmap_hash(key, n) ^ (cs ? 0x9e3779b9u : 0);
}

static uint32_t alias_hash(const ng_gazetteer_alias *a)
{
    ng_buf kb = NG_BUF_INIT;
    uint32_t h = key_hash(ng_gazetteer_alias_key(a, &kb), a->key_len, a->case_sensitive);
    ng_buf_release(&kb);
    return h;
}

/* ---- loading ------------------------------------------------------------ */

/* A load stages its entries behind the gazetteer's (g->entries from
 * g->count on, not counted yet), its aliases in an array of its own and
 * their strings in an arena of its own. On success the entries are
 * counted, the array (in entry order) becomes the load's block of aliases
 * and the arena joins the gazetteer's: nothing is copied. On error they
 * are dropped whole. */

typedef struct staged {
    uint32_t first, last; /* the entry's aliases, a list through loader.next */
    ng_idmap *seen;       /* its aliases, once there are many */
} staged;

typedef struct loader {
    ng_gazetteer *g;
    const char *file; /* interned */
    ng_diag *diag;
    int rc;
    ng_arena arena;
    ng_gazetteer_alias *al; /* staged aliases */
    uint32_t *hash;         /* per alias: key_hash of its key */
    uint32_t *next;         /* per alias: the entry's next alias, or NG_NONE */
    uint32_t *owner;        /* per alias: its staged entry */
    size_t n_al, cap_al;
    staged *st;             /* staged entry i is g->entries[g->count + i] */
    size_t n_st, cap_st;
    ng_idmap names;  /* name key -> staged entry */
    ng_idmap owners; /* case-sensitivity and key -> alias */
    int merged;      /* a line added to an earlier entry: aliases not in entry order */
    int utf16;       /* the file is UTF-16: said once, its lines not read */
    ng_buf key;
    ng_buf both; /* a kept alias: its text, and its key after a NUL when kept */
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

static ng_gazetteer_entry *staged_entry(loader *ld, uint32_t i)
{
    return &ld->g->entries[ld->g->count + i];
}

static void staged_release(staged *st)
{
    if (st->seen) {
        ng_idmap_release(st->seen);
        free(st->seen);
        st->seen = NULL;
    }
}

/* Is staged alias v the alias of probe k (same key and case-sensitivity)? */
static int alias_is(const void *ctx, uint32_t v, const void *k)
{
    const ng_gazetteer_alias *a = &((const loader *)ctx)->al[v];
    const probe *p = k;
    return a->case_sensitive == p->cs && key_is(a, p);
}

/* Is the name of staged entry v the key of probe k? */
static int staged_name_is(const void *ctx, uint32_t v, const void *k)
{
    const loader *ld = ctx;
    return key_is(&ld->al[ld->st[v].first], k);
}

/* An entry's aliases are kept distinct: compared one by one while they are
 * few, through a hash set beyond (200,000 aliases on one line took minutes
 * compared one by one). */
#define SEEN_AFTER 16

/* Link staged alias a to st (entry e), unless st has an alias with the
 * same key and case-sensitivity already. Returns whether it was linked. */
static int staged_link(loader *ld, staged *st, ng_gazetteer_entry *e, uint32_t a,
                       const probe *x)
{
    uint32_t h = ld->hash[a];
    if (st->seen) {
        size_t had = st->seen->count;
        ng_idmap_put(st->seen, h, a, alias_is, ld, x);
        if (st->seen->count == had)
            return 0;
    } else {
        for (uint32_t i = st->first; i != NG_NONE; i = ld->next[i])
            if (ld->hash[i] == h && alias_is(ld, i, x))
                return 0;
        if (e->n_aliases >= SEEN_AFTER) {
            st->seen = ng_xmalloc(sizeof *st->seen);
            ng_idmap_init(st->seen);
            for (uint32_t i = st->first; i != NG_NONE; i = ld->next[i]) {
                probe pi = alias_probe(&ld->al[i]);
                ng_idmap_put(st->seen, ld->hash[i], i, alias_is, ld, &pi);
            }
            ng_idmap_put(st->seen, h, a, alias_is, ld, x);
        }
    }
    ld->next[a] = NG_NONE;
    if (st->first == NG_NONE)
        st->first = a;
    else
        ld->next[st->last] = a;
    st->last = a;
    e->n_aliases++;
    return 1;
}

/* Stage one spelling s[0..n) of st (entry e), cs telling whether it is
 * case-sensitive: kept unless the entry has it already. Returns -1 when it
 * has no word. */
static int staged_add(loader *ld, staged *st, ng_gazetteer_entry *e, const char *s, size_t n,
                      int cs)
{
    ng_buf *key = &ld->key;
    key->len = 0;
    int surely_plain = name_key(&ld->g->scratch, key, s, n);
    if (key->len == 0)
        return -1;
    if (ld->n_al == ld->cap_al) {
        /* by half again, not double: the array is most of a load's memory */
        size_t cap = ld->cap_al < 1024 ? 1024 : ld->cap_al + ld->cap_al / 2;
        if (cap > NG_NONE - 1)
            cap = NG_NONE - 1; /* (a 4 GiB file holds fewer aliases) */
        ld->al = ng_xrealloc(ld->al, cap * sizeof *ld->al);
        ld->hash = ng_xrealloc(ld->hash, cap * sizeof *ld->hash);
        ld->next = ng_xrealloc(ld->next, cap * sizeof *ld->next);
        ld->owner = ng_xrealloc(ld->owner, cap * sizeof *ld->owner);
        ld->cap_al = cap;
    }
    uint32_t a = (uint32_t)ld->n_al;
    ng_gazetteer_alias *x = &ld->al[a];
    /* compared by its key; copied only when kept */
    probe p = {.key = key->data, .len = (uint32_t)key->len, .cs = (uint8_t)(cs != 0)};
    *x = (ng_gazetteer_alias){.text = "", .key_len = p.len, .case_sensitive = p.cs,
                              .owned = 1};
    ld->hash[a] = key_hash(key->data, key->len, cs);
    ld->owner[a] = NG_NONE;
    if (staged_link(ld, st, e, a, &p)) {
        /* the key is kept after the text when it cannot be made from it */
        ng_buf *both = &ld->both;
        both->len = 0;
        ng_buf_reserve(both, n + 1 + key->len);
        int plain = surely_plain || (plain_key(s, n, both->data) == key->len &&
                                     memcmp(both->data, key->data, key->len) == 0);
        both->len = 0;
        ng_buf_put(both, s, n);
        if (!plain) {
            ng_buf_putc(both, '\0');
            ng_buf_put(both, key->data, key->len);
        }
        x->text = ng_arena_strndup(&ld->arena, both->data, both->len);
        x->key_kept = (uint8_t)!plain;
        ld->n_al++;
    }
    return 0;
}

/* Parse one non-comment line into *e and *st. Returns 0 or reports and
 * returns -1. */
static int parse_line(loader *ld, const char *q, const char *le, unsigned long line,
                      ng_gazetteer_entry *e, staged *st)
{
    const char *file = ld->file;
    ng_diag *diag = ld->diag;
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
    memset(e, 0, sizeof *e);
    memset(st, 0, sizeof *st);
    st->first = st->last = NG_NONE;
    e->line = (uint32_t)line;
    e->file = file;
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
    if (staged_add(ld, st, e, f[0].s, f[0].n, name_cs)) {
        ng_diag_report(diag, NG_DIAG_ERROR, file, line, "name '%.*s' has no letters",
                       (int)f[0].n, f[0].s);
        return -1;
    }
    if (ng_kind_parse(f[1].s, f[1].n, &e->kind)) {
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
            if (parse_coord(lat, 90.0, &e->lat) || parse_coord(lon, 180.0, &e->lon)) {
                ng_diag_report(diag, NG_DIAG_ERROR, file, line,
                               "bad coordinates '%.*s', '%.*s' (latitude -90..90 and "
                               "longitude -180..180 in decimal degrees)",
                               (int)lat.n, lat.s, (int)lon.n, lon.s);
                goto fail;
            }
            e->has_geo = 1;
        }
    }
    e->name = ld->al[st->first].text;
    e->category = intern(ld->g, f[2].s, f[2].n);
    if (nf >= 7 && f[6].n)
        e->parent = intern(ld->g, f[6].s, f[6].n);
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
            if (staged_add(ld, st, e, al.s, al.n, cs)) {
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

static void loader_init(loader *ld, ng_gazetteer *g, const char *filename, ng_diag *diag)
{
    memset(ld, 0, sizeof *ld);
    ld->g = g;
    ld->file = intern(g, filename ? filename : "-", strlen(filename ? filename : "-"));
    ld->diag = diag;
    ng_arena_init(&ld->arena, 256 * 1024);
    ng_idmap_init(&ld->names);
    ng_idmap_init(&ld->owners);
    ld->key = (ng_buf)NG_BUF_INIT;
    ld->both = (ng_buf)NG_BUF_INIT;
}

/* The hash of staged alias i's key as a name (case-sensitivity aside). */
static uint32_t name_hash(const loader *ld, uint32_t i)
{
    return ld->hash[i] ^ (ld->al[i].case_sensitive ? 0x9e3779b9u : 0);
}

/* One line of the file (ng_lines: without its line end), numbered line. */
static void loader_line(void *ud, const char *q, const char *le, unsigned long line)
{
    loader *ld = ud;
    const char *filename = ld->file;
    ng_diag *diag = ld->diag;
    if (ld->utf16)
        return;
    if (line == 1 && ng_utf16_bom(q, (size_t)(le - q))) {
        /* a spreadsheet's "Unicode text": one message, not one per line */
        ng_diag_report(diag, NG_DIAG_ERROR, filename, 1,
                       "UTF-16 text (a byte-order mark): save the gazetteer as UTF-8");
        ld->utf16 = 1;
        ld->rc = NG_EPARSE;
        return;
    }
    if (line == 1 && le - q >= 3 && memcmp(q, "\xEF\xBB\xBF", 3) == 0)
        q += 3; /* a byte-order mark */
    field whole = trim(q, (size_t)(le - q));
    if (!whole.n || whole.s[0] == '#')
        return;
    char why[112];
    const char *bad = ng_utf8_line_problem(q, (size_t)(le - q), why, sizeof why);
    if (bad) {
        /* the text never holds a control character (document.h): such a
         * name never matched */
        ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "%s", bad);
        ld->rc = NG_EPARSE;
        return;
    }
    size_t mark = ld->n_al;
    /* the entry goes behind the staged ones (it is not counted until kept) */
    ng_xgrow(&ld->g->entries, &ld->g->cap, ld->g->count + ld->n_st + 1,
             sizeof *ld->g->entries);
    ng_gazetteer_entry *cur = staged_entry(ld, (uint32_t)ld->n_st);
    staged x;
    if (parse_line(ld, q, le, line, cur, &x)) {
        ld->rc = NG_EPARSE;
        return;
    }
    /* a repeated name within this file: merge when the kind agrees */
    const ng_gazetteer_alias *nm = &ld->al[x.first];
    probe np = alias_probe(nm);
    uint32_t nh = name_hash(ld, x.first);
    uint32_t prev = ng_idmap_get(&ld->names, nh, staged_name_is, ld, &np);
    if (prev != NG_NONE) {
        const ng_gazetteer_entry *old = staged_entry(ld, prev);
        if (old->kind != cur->kind) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                           "duplicate name '%s' with conflicting kind %s (line %lu says %s)",
                           cur->name, ng_kind_name(cur->kind), (unsigned long)old->line,
                           ng_kind_name(old->kind));
            staged_release(&x);
            ld->n_al = mark;
            ld->rc = NG_EPARSE;
            return;
        }
    }
    /* every alias must belong to one entry of this file */
    for (uint32_t i = x.first; i != NG_NONE; i = ld->next[i]) {
        const ng_gazetteer_alias *a = &ld->al[i];
        probe p = alias_probe(a);
        uint32_t o = ng_idmap_get(&ld->owners, ld->hash[i], alias_is, ld, &p);
        if (o != NG_NONE)
            o = ld->owner[o];
        if (o != NG_NONE && o != prev) {
            const ng_gazetteer_entry *other = staged_entry(ld, o);
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                           "'%s' already names '%s' (line %lu)", a->text, other->name,
                           (unsigned long)other->line);
            staged_release(&x);
            ld->n_al = mark;
            ld->rc = NG_EPARSE;
            return;
        }
    }
    uint32_t idx, from; /* from: the entry's first alias not yet in owners */
    if (prev != NG_NONE) {
        idx = prev;
        staged *os = &ld->st[prev];
        ng_gazetteer_entry *old = staged_entry(ld, prev);
        from = NG_NONE;
        /* the line's aliases after its name join the earlier entry */
        for (uint32_t i = ld->next[x.first], next; i != NG_NONE; i = next) {
            next = ld->next[i];
            probe p = alias_probe(&ld->al[i]);
            if (staged_link(ld, os, old, i, &p) && from == NG_NONE)
                from = i;
        }
        if (!old->has_geo && cur->has_geo) {
            old->has_geo = 1;
            old->lat = cur->lat;
            old->lon = cur->lon;
        }
        staged_release(&x);
        ld->merged = 1;
    } else {
        idx = (uint32_t)ld->n_st;
        from = x.first;
        ng_xgrow(&ld->st, &ld->cap_st, ld->n_st + 1, sizeof *ld->st);
        ld->st[ld->n_st++] = x;
        ng_idmap_put(&ld->names, nh, idx, staged_name_is, ld, &np);
    }
    for (uint32_t i = from; i != NG_NONE; i = ld->next[i]) {
        ld->owner[i] = idx;
        probe p = alias_probe(&ld->al[i]);
        ng_idmap_put(&ld->owners, ld->hash[i], i, alias_is, ld, &p);
    }
}

/* Is the name of (committed) entry v the key of probe k? */
static int entry_name_is(const void *ctx, uint32_t v, const void *k)
{
    const ng_gazetteer *g = ctx;
    return key_is(&g->entries[v].aliases[0], k);
}

/* Keep what was staged (rc 0) or drop it; release the loader. */
static int loader_finish(loader *ld, int rc)
{
    ng_gazetteer *g = ld->g;
    if (rc == 0) {
        size_t e0 = g->count, n = ld->n_st;
        /* aliases of earlier loads that this one takes over */
        if (ld->owners.count)
            for (size_t i = 0; i < e0; i++) {
                ng_gazetteer_entry *e = &g->entries[i];
                ng_gazetteer_alias *al = (ng_gazetteer_alias *)e->aliases;
                if (e->removed)
                    continue;
                for (uint32_t a = 0; a < e->n_aliases; a++) {
                    probe p = alias_probe(&al[a]);
                    if (al[a].owned &&
                        ng_idmap_get(&ld->owners, alias_hash(&al[a]), alias_is, ld, &p) !=
                            NG_NONE)
                        al[a].owned = 0;
                }
            }
        /* the aliases in entry order: as staged unless a line added to an
         * earlier entry */
        ng_gazetteer_alias *block = NULL;
        if (ld->n_al && !ld->merged) {
            block = ng_xrealloc(ld->al, ld->n_al * sizeof *block);
            ld->al = NULL;
        } else if (ld->n_al) {
            size_t total = 0;
            for (size_t i = 0; i < n; i++)
                total += staged_entry(ld, (uint32_t)i)->n_aliases;
            block = ng_xmalloc(total * sizeof *block);
            size_t k = 0;
            for (size_t i = 0; i < n; i++)
                for (uint32_t a = ld->st[i].first; a != NG_NONE; a = ld->next[a])
                    block[k++] = ld->al[a];
        }
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            ng_gazetteer_entry *e = &g->entries[e0 + i];
            e->aliases = block + k;
            k += e->n_aliases;
        }
        if (block) {
            g->blocks = ng_xrealloc(g->blocks, (g->n_blocks + 1) * sizeof *g->blocks);
            g->blocks[g->n_blocks++] = block;
        }
        g->count += n;
        /* names: later definitions replace earlier ones. The larger table
         * is kept and the other's names go into it (a big file after the
         * small built-in one: one pass over the built-in names). */
        ng_idmap *st = &ld->names;
        for (size_t i = 0; i < st->cap; i++)
            if (st->slots[i].value != NG_NONE)
                st->slots[i].value += (uint32_t)e0;
        ng_idmap *keep = &g->names, *from = st;
        if (st->count > g->names.count) {
            keep = st;
            from = &g->names;
        }
        ng_idmap_reserve(keep, keep->count + from->count);
        for (size_t i = 0; i < from->cap; i++) {
            const ng_idmap_slot *sl = &from->slots[i];
            if (sl->value == NG_NONE)
                continue;
            probe nm = alias_probe(&g->entries[sl->value].aliases[0]);
            if (keep == &g->names) {
                uint32_t was = ng_idmap_swap(keep, sl->hash, sl->value, entry_name_is, g, &nm);
                if (was != NG_NONE)
                    g->entries[was].removed = 1;
            } else if (ng_idmap_put(keep, sl->hash, sl->value, entry_name_is, g, &nm) !=
                       sl->value) {
                g->entries[sl->value].removed = 1; /* an earlier one: replaced */
            }
        }
        if (keep == st) {
            ng_idmap swap = g->names;
            g->names = *st;
            *st = swap;
        }
        ng_arena_adopt(&g->arena, &ld->arena);
    }
    for (size_t i = 0; i < ld->n_st; i++)
        staged_release(&ld->st[i]);
    free(ld->st);
    free(ld->al);
    free(ld->hash);
    free(ld->next);
    free(ld->owner);
    ng_idmap_release(&ld->names);
    ng_idmap_release(&ld->owners);
    ng_arena_release(&ld->arena);
    ng_buf_release(&ld->key);
    ng_buf_release(&ld->both);
    return rc;
}

int ng_gazetteer_load(ng_gazetteer *g, const char *text, size_t n, const char *filename,
                      ng_diag *diag)
{
    loader ld;
    loader_init(&ld, g, filename, diag);
    ng_lines lines;
    ng_lines_init(&lines, text, n);
    const char *q, *le;
    while (ng_lines_next(&lines, &q, &le))
        loader_line(&ld, q, le, lines.no);
    return loader_finish(&ld, ld.rc);
}

int ng_gazetteer_load_file(ng_gazetteer *g, const char *path, ng_diag *diag)
{
    loader ld;
    loader_init(&ld, g, path, diag);
    /* in pieces of 1 MB: a file of a million lines is never in memory whole */
    int rc = ng_file_each_line(path, 1 << 20, loader_line, &ld, diag);
    loader_finish(&ld, rc ? rc : ld.rc);
    if (rc == NG_EENCODING)
        return 0; /* binary or too large: skipped, as the warning says */
    return rc ? rc : ld.rc;
}

const ng_gazetteer_entry *ng_gazetteer_find(const ng_gazetteer *g, const char *name)
{
    ng_buf key = NG_BUF_INIT;
    ng_tokens scratch;
    ng_tokens_init(&scratch);
    name_key(&scratch, &key, name, strlen(name));
    probe a = {.key = key.data, .len = (uint32_t)key.len};
    uint32_t i = key.len ? ng_idmap_get(&g->names, ng_idmap_hash(key.data, key.len),
                                        entry_name_is, g, &a)
                         : NG_NONE;
    ng_buf_release(&key);
    ng_tokens_release(&scratch);
    return i == NG_NONE ? NULL : &g->entries[i];
}

int ng_gazetteer_owns_alias(const ng_gazetteer *g, size_t idx, size_t alias)
{
    const ng_gazetteer_entry *e = &g->entries[idx];
    return !e->removed && alias < e->n_aliases && e->aliases[alias].owned;
}
