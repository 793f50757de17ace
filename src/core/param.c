/* param.c - options objects behind typed accessors (see param.h) */
#include "param.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "newsgraph/common.h"

const char *ng_held_dup(ng_held *h, const char *s)
{
    if (!s)
        return NULL;
    ng_xgrow(&h->v, &h->cap, h->n + 1, sizeof *h->v);
    return h->v[h->n++] = ng_xstrdup(s);
}

void ng_held_release(ng_held *h)
{
    for (size_t i = 0; i < h->n; i++)
        free(h->v[i]);
    free(h->v);
    memset(h, 0, sizeof *h);
}

static const ng_param *find(const ng_param *table, size_t n, unsigned p, ng_param_type type)
{
    return p < n && table[p].type == type ? &table[p] : NULL;
}

int ng_param_set_int(void *obj, const ng_param *table, size_t n, unsigned p, int64_t v)
{
    const ng_param *d = find(table, n, p, NG_PARAM_INT);
    if (!d || v < d->min || v > d->max)
        return NG_EARG;
    char *at = (char *)obj + d->offset;
    if (d->size == sizeof(uint32_t)) {
        uint32_t x = (uint32_t)v; /* in range: an int or enum field holds it too */
        memcpy(at, &x, sizeof x);
    } else {
        uint64_t x = (uint64_t)v;
        memcpy(at, &x, sizeof x);
    }
    return 0;
}

int ng_param_set_number(void *obj, const ng_param *table, size_t n, unsigned p, double v)
{
    const ng_param *d = find(table, n, p, NG_PARAM_NUMBER);
    if (!d || !isfinite(v) || v < 0)
        return NG_EARG;
    memcpy((char *)obj + d->offset, &v, sizeof v);
    return 0;
}

int ng_param_set_string(void *obj, const ng_param *table, size_t n, unsigned p, const char *s,
                        ng_held *h)
{
    const ng_param *d = find(table, n, p, NG_PARAM_STRING);
    if (!d)
        return NG_EARG;
    const char *copy = ng_held_dup(h, s);
    memcpy((char *)obj + d->offset, &copy, sizeof copy);
    return 0;
}

int64_t ng_param_get_int(const void *obj, const ng_param *table, size_t n, unsigned p)
{
    const ng_param *d = find(table, n, p, NG_PARAM_INT);
    if (!d)
        return 0;
    const char *at = (const char *)obj + d->offset;
    if (d->size == sizeof(uint32_t)) {
        uint32_t x;
        memcpy(&x, at, sizeof x);
        return x;
    }
    uint64_t x;
    memcpy(&x, at, sizeof x);
    return (int64_t)x;
}

double ng_param_get_number(const void *obj, const ng_param *table, size_t n, unsigned p)
{
    const ng_param *d = find(table, n, p, NG_PARAM_NUMBER);
    double v = 0;
    if (d)
        memcpy(&v, (const char *)obj + d->offset, sizeof v);
    return v;
}

const char *ng_param_get_string(const void *obj, const ng_param *table, size_t n, unsigned p)
{
    const ng_param *d = find(table, n, p, NG_PARAM_STRING);
    const char *s = NULL;
    if (d)
        memcpy(&s, (const char *)obj + d->offset, sizeof s);
    return s;
}
