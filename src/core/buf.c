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

/* The length of the valid UTF-8 sequence at s (of n bytes) and its code
 * point, or 0 when s does not start one (overlong forms and surrogates
 * included). */
static size_t utf8_seq(const unsigned char *s, size_t n, unsigned *cp)
{
    size_t len;
    unsigned c = s[0], min;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, c &= 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, c &= 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, c &= 0x07, min = 0x10000;
    else
        return 0;
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

void ng_buf_put_visible(ng_buf *b, const char *s, size_t n)
{
    static const char named[] = "\\a\\b\\t\\n\\v\\f\\r";
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned c = u[i];
        if (c >= 0x20 && c < 0x7F) {
            ng_buf_putc(b, (char)c);
            i++;
        } else if (c >= 0x07 && c <= 0x0D) {
            ng_buf_put(b, named + 2 * (c - 0x07), 2);
            i++;
        } else if (c == 0x1B) {
            ng_buf_puts(b, "\\e");
            i++;
        } else if (c < 0x80) {
            ng_buf_printf(b, "\\x%02x", c); /* other C0 controls, DEL */
            i++;
        } else {
            unsigned cp = 0;
            size_t len = utf8_seq(u + i, n - i, &cp);
            if (!len) {
                ng_buf_printf(b, "\\x%02x", c); /* not UTF-8 */
                i++;
            } else if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
                       (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
                       cp == 0x061C) {
                /* C1 controls (0x9B is a CSI), and the marks that reorder
                 * what a terminal shows */
                ng_buf_printf(b, "\\u%04x", cp);
                i += len;
            } else {
                ng_buf_put(b, s + i, len);
                i += len;
            }
        }
    }
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
