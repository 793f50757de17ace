/* buf.c - growable byte buffer */
#include "buf.h"

#include <stdio.h>
#include <string.h>

#include "core/alloc.h"

void ng_buf_release(ng_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void ng_buf_reserve(ng_buf *b, size_t extra)
{
    ng_xgrow(&b->data, &b->cap, b->len + extra + 1, 1);
}

void ng_buf_put(ng_buf *b, const void *p, size_t n)
{
    ng_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void ng_buf_puts(ng_buf *b, const char *s)
{
    ng_buf_put(b, s, strlen(s));
}

void ng_buf_putc(ng_buf *b, char c)
{
    ng_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void ng_buf_printf(ng_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        ng_buf_put(b, tmp, (size_t)n);
        return;
    }
    ng_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *ng_buf_cstr(ng_buf *b)
{
    if (!b->data)
        ng_buf_reserve(b, 0), b->data[0] = '\0';
    return b->data;
}

char *ng_buf_detach(ng_buf *b)
{
    ng_buf_cstr(b);
    char *p = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

size_t ng_buf_join(char *out, size_t cap, const char *const *parts, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        size_t l = strlen(parts[i]);
        if (l > cap - 1 - o)
            l = cap - 1 - o;
        memcpy(out + o, parts[i], l);
        o += l;
    }
    out[o] = '\0';
    return o;
}
