/* record.c - the fields of one article as read (read_priv.h) */
#include "read_priv.h"

void ng_record_clear(ng_record *r)
{
    for (int i = 0; i < NG_FIELD__COUNT; i++)
        r->f[i].len = 0;
    r->have = 0;
    r->raw = 0;
    r->huge = 0;
}

void ng_record_release(ng_record *r)
{
    for (int i = 0; i < NG_FIELD__COUNT; i++)
        ng_buf_release(&r->f[i]);
    r->have = 0;
}

void ng_record_set(ng_record *r, ng_field f, const char *s, size_t n)
{
    r->f[f].len = 0;
    ng_buf_put(&r->f[f], s, n);
    ng_buf_cstr(&r->f[f]);
    r->have |= 1u << f;
}

const char *ng_record_get(ng_record *r, ng_field f)
{
    return r->have & (1u << f) ? ng_buf_cstr(&r->f[f]) : NULL;
}
