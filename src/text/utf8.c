/* utf8.c - UTF-8 decoding, validation and repair */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "text/text.h"

#include "../core/buf.h"

size_t ng_utf8_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return len;
}

size_t ng_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A real U+FFFD in the input decodes to 0xFFFD with length 3; an invalid
 * byte decodes to 0xFFFD with length 1. */
static int invalid_at(const char *s, size_t n, size_t *len)
{
    uint32_t cp;
    *len = ng_utf8_decode(s, n, &cp);
    return cp == 0xFFFD && *len == 1;
}

size_t ng_utf8_invalid_count(const char *s, size_t n)
{
    size_t bad = 0, i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len;
        if (invalid_at(s + i, n - i, &len))
            bad++;
        i += len;
    }
    return bad;
}

int ng_cp_is_bidi_format(uint32_t cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

size_t ng_utf8_find_control(const char *s, size_t n, uint32_t *cp)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                *cp = c;
                return i;
            }
            i++;
            continue;
        }
        uint32_t u;
        size_t len = ng_utf8_decode(s + i, n - i, &u);
        if ((u >= 0x80 && u <= 0x9F) || ng_cp_is_bidi_format(u)) {
            *cp = u;
            return i;
        }
        i += len;
    }
    return n;
}

void ng_utf8_put_clean(ng_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp = c;
        size_t len = c < 0x80 ? 1 : ng_utf8_decode(s + i, n - i, &cp);
        if (c == '\t' || c == '\n' || c == '\r')
            ng_buf_putc(b, ' ');
        else if (c >= 0x80 && len == 1)
            ng_buf_puts(b, "\xEF\xBF\xBD"); /* not UTF-8 */
        else if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F) &&
                 !ng_cp_is_bidi_format(cp))
            ng_buf_put(b, s + i, len);
        i += len;
    }
}

char *ng_utf8_repair(const char *s, size_t n, size_t *out_len)
{
    /* each invalid sequence (one byte) grows into a 3-byte U+FFFD: size the
     * copy exactly rather than for the worst case (a 50 MB text would take
     * 150 MB) */
    size_t bad = ng_utf8_invalid_count(s, n);
    char *out = ng_xmalloc(n + 2 * bad + 1);
    size_t o = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ? ' '
                                                                                    : (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = ng_utf8_decode(s + i, n - i, &cp);
        if (cp == 0xFFFD && len == 1) {
            o += ng_utf8_encode(0xFFFD, out + o);
        } else if (cp >= 0x80 && cp <= 0x9F) {
            out[o++] = ' '; /* a C1 control, as a C0 one */
        } else if (!ng_cp_is_bidi_format(cp)) {
            memcpy(out + o, s + i, len);
            o += len;
        } /* a bidirectional formatting character: dropped ("Pu\u202Etin" is Putin) */
        i += len;
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return out;
}

const char *ng_utf8_line_problem(const char *s, size_t n, char *why, size_t cap)
{
    if (ng_utf8_invalid_count(s, n))
        return "invalid UTF-8";
    if (memchr(s, '\0', n))
        return "NUL byte in line";
    uint32_t cc;
    if (ng_utf8_find_control(s, n, &cc) == n)
        return NULL;
    snprintf(why, cap,
             "a control or bidirectional formatting character (U+%04X) in line: "
             "no article text holds one",
             (unsigned)cc);
    return why;
}
