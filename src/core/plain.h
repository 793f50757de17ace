/* plain.h - the run of bytes an escaper copies as they are */
#ifndef NG_PLAIN_H
#define NG_PLAIN_H

#include <stddef.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The length of the longest prefix of s[0..n) whose bytes are all in
 * 0x20..0x7F and none of stop[0..nstop) (nstop <= 8, each in 0x20..0x7F):
 * what an XML or record escaper copies without looking closer. Most text
 * is such runs; with SSE2, 16 bytes are checked at a time. */
#if defined(__SSE2__)
/* One bit for each of the 16 bytes at p that is not plain. */
static inline unsigned ng_plain_mask16(const char *p, const char *stop, int nstop)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* signed bytes: below 0x20, and 0x80 and above, are below 0x20 */
    __m128i m = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    for (int k = 0; k < nstop; k++)
        m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(stop[k])));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

static inline size_t ng_plain_run(const char *s, size_t n, const char *stop, int nstop)
{
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        unsigned mask = ng_plain_mask16(s + i, stop, nstop);
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
    }
    if (i == n)
        return n;
    if (n >= 16) {
        /* the last 16 bytes, of which those from i on are still to see */
        size_t at = n - 16;
        unsigned mask = ng_plain_mask16(s + at, stop, nstop) >> (i - at);
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
    if (n >= 4) {
        /* fewer than 16 bytes in all: through a copy padded with plain ones */
        char pad[16];
        memset(pad, 'a', sizeof pad);
        memcpy(pad, s, n);
        unsigned mask = ng_plain_mask16(pad, stop, nstop) & ((1u << n) - 1);
        return mask ? (size_t)__builtin_ctz(mask) : n;
    }
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x80)
            return i;
        for (int k = 0; k < nstop; k++)
            if (c == (unsigned char)stop[k])
                return i;
    }
    return i;
}

#endif
