/* document.c - raw bytes to clean UTF-8: BOMs, UTF-16, invalid sequences, binary */
#include "text/document.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/text.h"

#include "../core/buf.h"

int ng_utf16_bom(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return 1;
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return 2;
    return 0;
}

static uint32_t unit16(const unsigned char *p, int big_endian)
{
    return big_endian ? (uint32_t)(p[0] << 8 | p[1]) : (uint32_t)(p[1] << 8 | p[0]);
}

size_t ng_utf16_next(const unsigned char *p, size_t n, int big_endian, int more, uint32_t *cp,
                     size_t *bad)
{
    uint32_t u = unit16(p, big_endian);
    size_t used = 2;
    if (u >= 0xD800 && u <= 0xDBFF) {
        if (n < 4 && more)
            return 0; /* its low half is still to come */
        uint32_t lo = n >= 4 ? unit16(p + 2, big_endian) : 0;
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            used = 4;
        } else {
            u = 0xFFFD;
            (*bad)++;
        }
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
        u = 0xFFFD;
        (*bad)++;
    }
    *cp = u ? u : ' ';
    return used;
}

void ng_utf16_warn_bad(ng_diag *diag, const char *name, size_t bad)
{
    if (bad)
        ng_diag_report(diag, NG_DIAG_WARNING, name, 0,
                       "%zu invalid UTF-16 sequence%s replaced by U+FFFD", bad,
                       bad == 1 ? "" : "s");
}

char *ng_utf16_to_utf8(const unsigned char *p, size_t n, int big_endian, size_t *out_len,
                       size_t *bad)
{
    ng_buf b = NG_BUF_INIT;
    ng_buf_reserve(&b, n + n / 2);
    *bad = 0;
    size_t i = 0;
    while (i + 1 < n) {
        uint32_t u;
        i += ng_utf16_next(p + i, n - i, big_endian, 0, &u, bad);
        char enc[4];
        ng_buf_put(&b, enc, ng_utf8_encode(u, enc));
    }
    if (i < n)
        (*bad)++; /* odd trailing byte */
    ng_buf_cstr(&b);
    *out_len = b.len;
    return ng_buf_detach(&b);
}

enum { REPAIR = 1, CARRIAGE = 2 };

/* What character i of s[0..n) needs (REPAIR, CARRIAGE or 0); its length
 * in *len. */
static unsigned char_needs(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        if (c == '\r')
            return CARRIAGE;
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F ? REPAIR : 0;
    }
    uint32_t cp;
    *len = ng_utf8_decode(s + i, n - i, &cp);
    return (cp == 0xFFFD && *len == 1) || (cp >= 0x80 && cp <= 0x9F) || ng_cp_is_bidi_format(cp)
               ? REPAIR
               : 0;
}

/* What the text needs: REPAIR for invalid UTF-8, control characters (C0,
 * DEL, C1) or bidirectional formatting characters,
 * CARRIAGE for CR line ends to turn into LF. Sixteen bytes at a time (with
 * SSE2; else eight) while there are only printable ASCII, tabs and line
 * feeds to see. */
static unsigned needs_repair(const char *s, size_t n)
{
    unsigned need = 0;
    size_t i = 0, len;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F),
                  lf = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* signed bytes: below 0x20, and 0x80 and above, are below 0x20 */
        __m128i odd = _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del));
        __m128i ok = _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, tab));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(ok, odd));
        if (!mask) {
            i += 16;
            continue;
        }
        /* the bytes before the first one to see are ASCII: it starts a
         * character */
        i += (size_t)__builtin_ctz(mask);
        need |= char_needs(s, n, i, &len);
        i += len;
        if (need == (REPAIR | CARRIAGE))
            return need;
    }
#else
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t d = x ^ (0x7F * ones);
        /* any byte >= 0x80, < 0x20 or == 0x7F (may flag a clean word:
         * the byte loop below then decides) */
        if (!((x | ((x - 0x20 * ones) & ~x) | ((d - ones) & ~d)) & highs)) {
            i += 8;
            continue;
        }
        for (size_t end = i + 8; i < end;) {
            need |= char_needs(s, n, i, &len);
            i += len;
        }
        if (need == (REPAIR | CARRIAGE))
            return need;
    }
#endif
    while (i < n) {
        need |= char_needs(s, n, i, &len);
        i += len;
    }
    return need;
}

/* CR LF and lone CR line ends to LF, in place; returns the new length. */
static size_t unix_lines(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            s[o++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
        } else {
            s[o++] = s[i];
        }
    }
    s[o] = '\0';
    return o;
}

/* Decode: *out is a new buffer when the text had to change, NULL when raw
 * (after a UTF-8 BOM) is already clean; *out_len is the text's length. */
static int decode(const char *raw, size_t n, const char *name, char **out, size_t *out_len,
                  ng_diag *diag)
{
    const unsigned char *p = (const unsigned char *)raw;
    *out = NULL;
    *out_len = 0;
    int u16 = ng_utf16_bom(raw, n);
    if (u16) {
        size_t bad;
        char *u8 = ng_utf16_to_utf8(p + 2, n - 2, u16 == 2, out_len, &bad);
        ng_utf16_warn_bad(diag, name, bad);
        /* the transcoded text still gets the control-character clean-up */
        char *clean = ng_utf8_repair(u8, *out_len, out_len);
        free(u8);
        *out = clean;
        *out_len = unix_lines(clean, *out_len);
        return 0;
    }
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        raw += 3;
        n -= 3;
    }
    if (memchr(raw, '\0', n)) {
        ng_diag_report(diag, NG_DIAG_WARNING, name, 0,
                       "binary content (NUL bytes), not a text document: skipped");
        return NG_EENCODING;
    }
    unsigned need = needs_repair(raw, n);
    if (need & REPAIR) {
        size_t bad = ng_utf8_invalid_count(raw, n);
        if (bad)
            ng_diag_report(diag, NG_DIAG_WARNING, name, 0,
                           "invalid UTF-8: %zu byte sequence%s replaced by U+FFFD", bad,
                           bad == 1 ? "" : "s");
        *out = ng_utf8_repair(raw, n, out_len);
    } else if (need & CARRIAGE) {
        *out = ng_xstrndup(raw, n);
        *out_len = n;
    }
    if (need) {
        /* Windows (and old Mac) line ends: the same text with LF gives the
         * same graph, evidence included */
        if (need & CARRIAGE)
            *out_len = unix_lines(*out, *out_len);
        return 0;
    }
    *out = NULL; /* clean: the raw text itself */
    *out_len = n;
    return 0;
}

int ng_document_view(const char *raw, size_t n, const char *name, const char **text,
                     size_t *len, char **owned, ng_diag *diag)
{
    int rc = decode(raw, n, name, owned, len, diag);
    if (rc)
        return rc;
    if (*owned) {
        *text = *owned;
    } else {
        size_t bom = n >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3) ? 3 : 0;
        *text = raw + bom;
    }
    return 0;
}

int ng_document_decode(const char *raw, size_t n, const char *name, char **out,
                       size_t *out_len, ng_diag *diag)
{
    int rc = decode(raw, n, name, out, out_len, diag);
    if (rc || *out)
        return rc;
    size_t bom = n >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3) ? 3 : 0;
    *out = ng_xstrndup(raw + bom, *out_len);
    return 0;
}

char *ng_document_id(const char *path)
{
    if (strcmp(path, "-") == 0)
        return ng_xstrdup("stdin");
    size_t len = strlen(path);
    while (len > 1 && path[len - 1] == '/')
        len--;
    const char *base = path;
    for (size_t i = 0; i < len; i++)
        if (path[i] == '/')
            base = path + i + 1;
    size_t bl = (size_t)(path + len - base);
    const char *dot = NULL;
    for (size_t i = 1; i < bl; i++)
        if (base[i] == '.')
            dot = base + i;
    /* as an id read from a record (reader.c clean_meta): one value in
     * every output, none that drives a terminal ("a\u202Etxt.exe") */
    ng_buf b = NG_BUF_INIT;
    ng_utf8_put_clean(&b, base, dot ? (size_t)(dot - base) : bl);
    if (!b.len)
        ng_buf_puts(&b, "unnamed");
    return ng_buf_detach(&b);
}
