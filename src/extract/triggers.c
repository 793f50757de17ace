/* triggers.c - the trigger table: data/triggers.tsv and a user's files */
#include "triggers.h"

#include <string.h>

#include "text/document.h"
#include "text/text.h"

#include "core/alloc.h"
#include "core/lines.h"
#include "core/arena.h"

struct ng_triggers_mem {
    ng_arena arena;
};

static const struct {
    const char *name;
    uint32_t fam;
} lists[NG_TL_COUNT] = {
#define NG_TL_ROW(id, name, fam) {name, fam},
    NG_TRIGGER_LISTS(NG_TL_ROW)
#undef NG_TL_ROW
};

static const char *const windows[NG_TW_COUNT] = {
#define NG_TW_ROW(id, name) name,
    NG_TRIGGER_WINDOWS(NG_TW_ROW)
#undef NG_TW_ROW
};

/* The longest word, field or line part kept. */
#define WORD_MAX 64
#define FIELDS_MAX 8

const char *ng_trigger_list_name(ng_trigger_list l)
{
    return (unsigned)l < NG_TL_COUNT ? lists[l].name : NULL;
}

const char *ng_trigger_window_name(ng_trigger_window w)
{
    return (unsigned)w < NG_TW_COUNT ? windows[w] : NULL;
}

static const char *const no_words[] = {NULL};

ng_triggers *ng_triggers_new(void)
{
    ng_triggers *t = ng_xcalloc(1, sizeof *t);
    t->mem = ng_xcalloc(1, sizeof *t->mem);
    ng_arena_init(&t->mem->arena, 16 * 1024);
    for (int l = 0; l < NG_TL_COUNT; l++)
        t->list[l] = (const char **)no_words;
    return t;
}

void ng_triggers_free(ng_triggers *t)
{
    if (!t)
        return;
    for (int l = 0; l < NG_TL_COUNT; l++)
        if (t->cap_list[l])
            free(t->list[l]);
    free(t->events);
    free(t->heads);
    ng_arena_release(&t->mem->arena);
    free(t->mem);
    free(t);
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct span {
    const char *p;
    size_t n;
} span;

static int span_is(span s, const char *lit)
{
    return s.n == strlen(lit) && memcmp(s.p, lit, s.n) == 0;
}

/* The space-separated words of s, each checked: folded form (lower case,
 * no accents: what a token's fold can equal), not too long. Returns them
 * NULL-ended in the arena, or NULL after reporting. */
static const char **words_of(ng_triggers *t, span s, const char *name, unsigned long line,
                             ng_diag *diag)
{
    size_t count = 0;
    for (size_t i = 0; i < s.n;) {
        while (i < s.n && s.p[i] == ' ')
            i++;
        if (i < s.n)
            count++;
        while (i < s.n && s.p[i] != ' ')
            i++;
    }
    if (!count) {
        ng_diag_report(diag, NG_DIAG_ERROR, name, line, "no words");
        return NULL;
    }
    const char **w = ng_arena_alloc(&t->mem->arena, (count + 1) * sizeof *w);
    size_t k = 0;
    for (size_t i = 0; i < s.n;) {
        while (i < s.n && s.p[i] == ' ')
            i++;
        size_t b = i;
        while (i < s.n && s.p[i] != ' ')
            i++;
        if (b == i)
            continue;
        char folded[WORD_MAX];
        if (i - b > WORD_MAX) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "word longer than %d bytes",
                           WORD_MAX);
            return NULL;
        }
        if (ng_fold(s.p + b, i - b, folded) != i - b || memcmp(folded, s.p + b, i - b) != 0) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line,
                           "'%.*s' is not a folded word (lower case, no accents or periods)",
                           (int)(i - b), s.p + b);
            return NULL;
        }
        w[k++] = ng_arena_strndup(&t->mem->arena, s.p + b, i - b);
    }
    w[k] = NULL;
    return w;
}

static void list_add(ng_triggers *t, int l, const char *const *words)
{
    size_t n = 0;
    while (words[n])
        n++;
    if (!t->cap_list[l])
        t->list[l] = NULL;
    ng_xgrow(&t->list[l], &t->cap_list[l], t->n_list[l] + n + 1, sizeof *t->list[l]);
    memcpy(t->list[l] + t->n_list[l], words, n * sizeof *words);
    t->n_list[l] += n;
    t->list[l][t->n_list[l]] = NULL;
}

static const char *field_dup(ng_triggers *t, span s)
{
    return ng_arena_strndup(&t->mem->arena, s.p, s.n);
}

/* One record (its fields, kind first); 0 or NG_EPARSE (reported). */
static int record(ng_triggers *t, const span *f, size_t nf, const char *name, unsigned long line,
                  ng_diag *diag)
{
    if (span_is(f[0], "list") || span_is(f[0], "place_head")) {
        int head = f[0].p[0] == 'p';
        if (nf != 3) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "expected '%s<TAB>%s<TAB>words'",
                           head ? "place_head" : "list", head ? "category" : "name");
            return NG_EPARSE;
        }
        int l = -1;
        if (!head) {
            for (int i = 0; i < NG_TL_COUNT && l < 0; i++)
                if (span_is(f[1], lists[i].name))
                    l = i;
            if (l < 0) {
                ng_diag_report(diag, NG_DIAG_ERROR, name, line, "unknown list '%.*s'",
                               (int)f[1].n, f[1].p);
                return NG_EPARSE;
            }
        } else if (!f[1].n) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "empty category");
            return NG_EPARSE;
        }
        const char **w = words_of(t, f[2], name, line, diag);
        if (!w)
            return NG_EPARSE;
        if (!head) {
            list_add(t, l, w);
            return 0;
        }
        const char *cat = field_dup(t, f[1]);
        for (; *w; w++) {
            ng_xgrow(&t->heads, &t->cap_heads, t->n_heads + 1, sizeof *t->heads);
            t->heads[t->n_heads++] = (ng_place_head){*w, cat};
        }
        return 0;
    }
    if (span_is(f[0], "window")) {
        int w = -1;
        if (nf != 3) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line,
                           "expected 'window<TAB>name<TAB>tokens'");
            return NG_EPARSE;
        }
        for (int i = 0; i < NG_TW_COUNT && w < 0; i++)
            if (span_is(f[1], windows[i]))
                w = i;
        if (w < 0) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "unknown window '%.*s'",
                           (int)f[1].n, f[1].p);
            return NG_EPARSE;
        }
        unsigned long v = 0;
        size_t i = 0;
        while (i < f[2].n && f[2].p[i] >= '0' && f[2].p[i] <= '9' && v <= NG_TRIGGER_WINDOW_MAX)
            v = v * 10 + (unsigned long)(f[2].p[i++] - '0');
        if (!f[2].n || i != f[2].n || v < 1 || v > NG_TRIGGER_WINDOW_MAX) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line,
                           "invalid window '%.*s' (1 to %d tokens)", (int)f[2].n, f[2].p,
                           NG_TRIGGER_WINDOW_MAX);
            return NG_EPARSE;
        }
        t->window[w] = (uint32_t)v;
        return 0;
    }
    if (span_is(f[0], "event")) {
        if (nf != 8) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line,
                           "expected 'event<TAB>category<TAB>label<TAB>preposition<TAB>"
                           "noun|verb<TAB>role<TAB>words<TAB>next words|-'");
            return NG_EPARSE;
        }
        if (!span_is(f[4], "noun") && !span_is(f[4], "verb")) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "expected 'noun' or 'verb', not '%.*s'",
                           (int)f[4].n, f[4].p);
            return NG_EPARSE;
        }
        for (int i = 1; i <= 5; i++)
            if (!f[i].n) {
                ng_diag_report(diag, NG_DIAG_ERROR, name, line, "empty field %d", i + 1);
                return NG_EPARSE;
            }
        if (t->n_events >= NG_EVENT_TRIGGERS_MAX) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "more than %d event triggers",
                           NG_EVENT_TRIGGERS_MAX);
            return NG_EPARSE;
        }
        const char **words = words_of(t, f[6], name, line, diag), **after = NULL;
        if (!words)
            return NG_EPARSE;
        if (!span_is(f[7], "-") && !(after = words_of(t, f[7], name, line, diag)))
            return NG_EPARSE;
        ng_xgrow(&t->events, &t->cap_events, t->n_events + 1, sizeof *t->events);
        t->events[t->n_events++] = (ng_event_trigger){
            .words = words, .after = after, .category = field_dup(t, f[1]),
            .head = field_dup(t, f[2]), .prep = field_dup(t, f[3]),
            .verb = span_is(f[4], "verb"), .role = field_dup(t, f[5])};
        return 0;
    }
    ng_diag_report(diag, NG_DIAG_ERROR, name, line,
                   "unknown record '%.*s' (list, window, event or place_head)", (int)f[0].n,
                   f[0].p);
    return NG_EPARSE;
}

int ng_triggers_load(ng_triggers *t, const char *text, size_t n, const char *name,
                     ng_diag *diag)
{
    int rc = 0;
    if (ng_utf16_bom(text, n)) {
        ng_diag_report(diag, NG_DIAG_ERROR, name, 1,
                       "UTF-16 text (a byte-order mark): save the trigger file as UTF-8");
        return NG_EPARSE;
    }
    ng_lines lines;
    ng_lines_init(&lines, text, n);
    const char *q, *le;
    while (ng_lines_next(&lines, &q, &le)) {
        unsigned long line = lines.no;
        if (q == le || *q == '#')
            continue;
        char why[112];
        const char *bad = ng_utf8_line_problem(q, (size_t)(le - q), why, sizeof why);
        if (bad) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "%s", bad);
            rc = NG_EPARSE;
            continue;
        }
        span f[FIELDS_MAX] = {{0}};
        size_t nf = 0;
        for (const char *b = q;;) {
            const char *tab = memchr(b, '\t', (size_t)(le - b));
            const char *e = tab ? tab : le;
            if (nf == FIELDS_MAX) {
                nf++;
                break;
            }
            f[nf++] = (span){b, (size_t)(e - b)};
            if (!tab)
                break;
            b = tab + 1;
        }
        if (nf > FIELDS_MAX) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, line, "too many fields");
            rc = NG_EPARSE;
            continue;
        }
        if (record(t, f, nf, name, line, diag))
            rc = NG_EPARSE;
    }
    return rc;
}

int ng_triggers_check(const ng_triggers *t, const char *name, ng_diag *diag)
{
    int rc = 0;
    for (int l = 0; l < NG_TL_COUNT; l++)
        if (!t->n_list[l]) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, 0, "list '%s' has no words",
                           lists[l].name);
            rc = NG_EPARSE;
        }
    for (int w = 0; w < NG_TW_COUNT; w++)
        if (!t->window[w]) {
            ng_diag_report(diag, NG_DIAG_ERROR, name, 0, "window '%s' is not set", windows[w]);
            rc = NG_EPARSE;
        }
    return rc;
}

void ng_triggers_foreach_word(const ng_triggers *t,
                              void (*cb)(void *ud, const char *w, size_t n, uint32_t fam,
                                         uint64_t events),
                              void *ud)
{
    for (int l = 0; l < NG_TL_COUNT; l++)
        if (lists[l].fam)
            for (const char *const *w = t->list[l]; *w; w++)
                cb(ud, *w, strlen(*w), lists[l].fam, 0);
    for (size_t i = 0; i < t->n_events; i++)
        for (const char *const *w = t->events[i].words; *w; w++)
            cb(ud, *w, strlen(*w), NG_FAM_EVENT, (uint64_t)1 << i);
    for (size_t i = 0; i < t->n_heads; i++)
        cb(ud, t->heads[i].word, strlen(t->heads[i].word), NG_FAM_PLACE_HEAD, 0);
}

void ng_triggers_foreach_list_word(const ng_triggers *t,
                                   void (*cb)(void *ud, const char *w, size_t n,
                                              ng_trigger_list l),
                                   void *ud)
{
    for (int l = 0; l < NG_TL_COUNT; l++)
        for (const char *const *w = t->list[l]; *w; w++)
            cb(ud, *w, strlen(*w), (ng_trigger_list)l);
}
