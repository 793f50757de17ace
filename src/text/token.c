/* token.c - tokenizer: words, possessives, dotted abbreviations, punctuation */
#include <pthread.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/alloc.h"
#include "text/text.h"

/* Longer runs of word characters are cut into several tokens; nothing real
 * is this long, and it keeps folded lengths within uint16_t. */
#define MAX_WORD 1024

void ng_tokens_init(ng_tokens *t)
{
    memset(t, 0, sizeof *t);
}

void ng_tokens_release(ng_tokens *t)
{
    free(t->tok);
    free(t->fold);
    ng_tokens_init(t);
}

static unsigned char ascii_class[128];
#if !defined(__SSE2__)
/* For every byte: its folded form when it is an ASCII letter or digit (0
 * otherwise), and 1 for a letter plus 1 << 16 for an upper-case one (a
 * word's letters and capitals counted by one sum). */
static unsigned char word_fold[256];
static uint32_t word_count[256];
#endif
/* The flags of a word that begins with the byte (ASCII letters, digits). */
static uint16_t first_flags[128];
/* After an ASCII word: 1 for a byte that sends it down the general path
 * (non-ASCII, an apostrophe), 2 for one that does after a single letter
 * (the period of "U.S."), else 0. */
static unsigned char word_after[256];

static void init_tables(void)
{
    for (unsigned c = 0; c < 128; c++) {
        unsigned cls = ng_cp_class(c);
        ascii_class[c] = (unsigned char)cls;
        if (cls & (NG_CP_LETTER | NG_CP_DIGIT)) {
#if !defined(__SSE2__)
            word_fold[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            word_count[c] = ((cls & NG_CP_LETTER) != 0) + ((uint32_t)(c >= 'A' && c <= 'Z') << 16);
#endif
            first_flags[c] = (uint16_t)((cls & NG_CP_DIGIT)   ? NG_TOK_NUMBER
                                        : (cls & NG_CP_UPPER) ? NG_TOK_CAP
                                                              : NG_TOK_LOWER);
        }
        if (cls & NG_CP_APOS)
            word_after[c] = 1;
    }
    word_after['.'] = 2;
    for (unsigned c = 0x80; c < 256; c++)
        word_after[c] = 1;
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void init_ascii_class(void)
{
    pthread_once(&tables_once, init_tables);
}

static inline unsigned cp_at(const char *s, size_t n, size_t i, uint32_t *cp, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        *len = 1;
        return ascii_class[c];
    }
    *len = ng_utf8_decode(s + i, n - i, cp);
    return ng_cp_class(*cp);
}

static ng_token *push(ng_tokens *t, size_t start, size_t len, unsigned flags)
{
    ng_xgrow(&t->tok, &t->cap, t->count + 1, sizeof *t->tok);
    ng_token *k = &t->tok[t->count++];
    k->start = (uint32_t)start;
    k->len = (uint32_t)len;
    k->flags = (uint16_t)flags;
    k->fstart = (uint32_t)t->fold_len;
    k->flen = 0;
    return k;
}

static void fold_into(ng_tokens *t, ng_token *k, const char *text)
{
    ng_xgrow(&t->fold, &t->fold_cap, t->fold_len + k->len + 1, 1);
    size_t fl = ng_fold(text + k->start, k->len, t->fold + t->fold_len);
    k->fstart = (uint32_t)t->fold_len;
    k->flen = (uint16_t)fl;
    t->fold_len += fl;
}

/* "U.S." / "U.N." / "e.g.": single letters each followed by a period, at
 * least two of them. Returns the length or 0. */
static size_t dotted_len(const char *s, size_t n, size_t i, unsigned *upper)
{
    size_t j = i, letters = 0;
    unsigned all_upper = 1;
    for (;;) {
        if (j >= n)
            break;
        uint32_t cp;
        size_t len;
        unsigned cls = cp_at(s, n, j, &cp, &len);
        if (!(cls & NG_CP_LETTER) || j + len >= n || s[j + len] != '.')
            break;
        if (!(cls & NG_CP_UPPER))
            all_upper = 0;
        /* the letter must not continue a longer word: "St.John" is not dotted */
        size_t k = j + len + 1;
        letters++;
        j = k;
        if (k < n) {
            uint32_t c2;
            size_t l2;
            unsigned cls2 = cp_at(s, n, k, &c2, &l2);
            if (!(cls2 & NG_CP_LETTER))
                break;
            /* next letter must itself be followed by '.' */
            if (k + l2 >= n || s[k + l2] != '.')
                break;
        }
    }
    *upper = all_upper;
    return letters >= 2 ? j - i : 0;
}

static unsigned punct_flags(uint32_t cp)
{
    switch (cp) {
    case '-': case 0x2010: case 0x2011:
        return NG_TOK_HYPHEN;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        return NG_TOK_DASH;
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
        return NG_TOK_QUOTE;
    case '/':
        return NG_TOK_SLASH;
    default:
        return 0;
    }
}

/* The general path for a word starting at i (any script, apostrophes,
 * possessives, dotted abbreviations). Returns the index after it. */
static size_t word_slow(ng_tokens *t, const char *text, size_t n, size_t i, unsigned cls,
                        unsigned pending)
{
    uint32_t cp;
    size_t len;
    unsigned upper = 0;
    size_t dl = (cls & NG_CP_LETTER) ? dotted_len(text, n, i, &upper) : 0;
    if (dl) {
        unsigned f = NG_TOK_WORD | NG_TOK_DOTTED | pending;
        f |= upper ? (NG_TOK_CAP | NG_TOK_UPPER) : NG_TOK_LOWER;
        fold_into(t, push(t, i, dl, f), text);
        return i + dl;
    }
    size_t start = i;
    unsigned f = NG_TOK_WORD | pending;
    if (cls & NG_CP_DIGIT)
        f |= NG_TOK_NUMBER;
    else
        f |= (cls & NG_CP_UPPER) ? NG_TOK_CAP : NG_TOK_LOWER;
    size_t letters = 0, uppers = 0;
    int poss = 0;
    while (i < n && i - start < MAX_WORD) {
        unsigned c = cp_at(text, n, i, &cp, &len);
        if (c & (NG_CP_LETTER | NG_CP_DIGIT)) {
            if (c & NG_CP_LETTER) {
                letters++;
                if (c & NG_CP_UPPER)
                    uppers++;
            }
            i += len;
            continue;
        }
        if ((c & NG_CP_APOS) && i + len < n) {
            uint32_t c2;
            size_t l2;
            unsigned cls2 = cp_at(text, n, i + len, &c2, &l2);
            if (!(cls2 & NG_CP_LETTER))
                break;
            if (c2 == 's' || c2 == 'S') {
                size_t after = i + len + l2;
                uint32_t c3 = ' ';
                size_t l3;
                unsigned cls3 = after < n ? cp_at(text, n, after, &c3, &l3) : 0;
                if (!(cls3 & (NG_CP_LETTER | NG_CP_DIGIT))) {
                    poss = 1;
                    break;
                }
            }
            i += len; /* internal apostrophe: Ma'arat, O'Brien */
            continue;
        }
        break;
    }
    if (letters >= 2 && letters == uppers)
        f |= NG_TOK_UPPER;
    fold_into(t, push(t, start, i - start, f), text);
    if (poss) {
        uint32_t a;
        size_t al;
        cp_at(text, n, i, &a, &al);
        ng_token *k = push(t, i, al + 1, NG_TOK_POSS);
        ng_xgrow(&t->fold, &t->fold_cap, t->fold_len + 2, 1);
        t->fold[t->fold_len] = '\'';
        t->fold[t->fold_len + 1] = 's';
        k->fstart = (uint32_t)t->fold_len;
        k->flen = 2;
        t->fold_len += 2;
        i += al + 1;
    }
    return i;
}

#if defined(__SSE2__)
/* Of the 16 bytes v: the folded bytes (ASCII capitals to lower case) in
 * *fold, the bits of the ASCII letters and digits returned; with lower,
 * those of the letters in *letters and of the lower-case ones in *lower. */
static inline unsigned word_bits16(__m128i v, __m128i *fold, unsigned *letters,
                                   unsigned *lower)
{
    /* signed bytes shifted so that each range starts at -128 */
    const __m128i to_up = _mm_set1_epi8((char)(0x80 - 'A')),
                  to_lo = _mm_set1_epi8((char)(0x80 - 'a')),
                  to_dg = _mm_set1_epi8((char)(0x80 - '0'));
    const __m128i n26 = _mm_set1_epi8(-128 + 26), n10 = _mm_set1_epi8(-128 + 10);
    __m128i up = _mm_cmplt_epi8(_mm_add_epi8(v, to_up), n26);
    __m128i f = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(f, to_lo), n26);
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, to_dg), n10);
    *fold = f;
    if (lower) {
        *letters = (unsigned)_mm_movemask_epi8(letter);
        *lower = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(up, letter));
    }
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
}

/* The ASCII word (letters and digits, u[i] one of them) at u[i..n), up to
 * MAX_WORD bytes, 16 bytes at a time: its folded form written at fold (and
 * up to 15 bytes more after it, in the room ng_tokens_scan keeps), its end
 * returned. With upper, *upper says whether it has two letters or more,
 * all of them upper case. */
static inline size_t ascii_word16(const unsigned char *u, size_t i, size_t n, char *fold,
                                  unsigned *upper)
{
    unsigned lowers = 0, letters = 0, letter, lower;
    size_t p = i;
    for (;;) {
        __m128i v, f;
        if (n - p >= 16) {
            v = _mm_loadu_si128((const __m128i *)(const void *)(u + p));
        } else {
            /* the text's last bytes, through a copy padded with spaces */
            unsigned char pad[16];
            memset(pad, ' ', sizeof pad);
            memcpy(pad, u + p, n - p);
            v = _mm_loadu_si128((const __m128i *)(const void *)pad);
        }
        unsigned other = word_bits16(v, &f, &letter, upper ? &lower : NULL) ^ 0xFFFFu;
        _mm_storeu_si128((__m128i *)(void *)(fold + (p - i)), f);
        if (upper) {
            /* the word's letters in these 16: two or more count as two */
            unsigned in = other ? (other & (0u - other)) - 1 : 0xFFFFu;
            unsigned l = letter & in;
            lowers |= lower & in;
            letters += (l != 0) + ((l & (l - 1)) != 0);
        }
        if (other) {
            p += (size_t)__builtin_ctz(other);
            break;
        }
        p += 16;
        if (p - i >= MAX_WORD || p >= n)
            break;
    }
    if (upper)
        *upper = !lowers && letters >= 2;
    return p;
}
#endif

void ng_tokens_run(ng_tokens *t, const char *text, size_t n)
{
    t->count = 0;
    t->fold_len = 0;
    ng_tokens_scan(t, text, n, 0, SIZE_MAX, SIZE_MAX, 0);
}

size_t ng_tokens_scan(ng_tokens *t, const char *text, size_t n, size_t from, size_t limit,
                      size_t at, unsigned breaks)
{
    init_ascii_class();
    size_t count0 = t->count;
    /* folded forms are never longer than the text (a possessive "'s" folds
     * to two bytes from two or more): one reservation for the rest */
    ng_xgrow(&t->fold, &t->fold_cap, t->fold_len + (n - from) + 16, 1);
    /* where a token ends, nothing is pending: white space after it sets
     * the flags of the next as it does from the start */
    unsigned pending = from ? 0 : NG_TOK_PARA | NG_TOK_NEWLINE;
    unsigned newlines = 0;
    size_t stop = limit < at ? limit : at;
    size_t i = from;
    const unsigned char *u = (const unsigned char *)text;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            unsigned cls = ascii_class[c];
            if (cls & NG_CP_SPACE) {
                pending |= NG_TOK_SPACE;
                if (c == '\n') {
                    pending |= NG_TOK_NEWLINE;
                    if (++newlines >= 2)
                        pending |= NG_TOK_PARA;
                }
                i++;
                continue;
            }
            newlines = 0;
            if (t->count >= stop && (t->count >= limit || (pending & breaks)))
                break;
            if (cls & (NG_CP_LETTER | NG_CP_DIGIT)) {
                /* ASCII word: scan, fold and classify in one pass */
                size_t j = i;
                char *fold = t->fold + t->fold_len;
                unsigned f = NG_TOK_WORD | pending | first_flags[c];
#if defined(__SSE2__)
                if (f & NG_TOK_LOWER) {
                    /* a lower-case letter first: never all upper case */
                    j = ascii_word16(u, i, n, fold, NULL);
                } else {
                    unsigned upper;
                    j = ascii_word16(u, i, n, fold, &upper);
                    if (upper)
                        f |= NG_TOK_UPPER;
                }
#else
                size_t lim = n - i > MAX_WORD ? i + MAX_WORD : n;
                if (f & NG_TOK_LOWER) {
                    /* a lower-case letter first: never all upper case */
                    for (unsigned char fc; j < lim && (fc = word_fold[u[j]]) != 0; j++)
                        *fold++ = (char)fc;
                } else {
                    uint32_t counts = 0;
                    for (unsigned char fc; j < lim && (fc = word_fold[u[j]]) != 0; j++) {
                        *fold++ = (char)fc;
                        counts += word_count[u[j]];
                    }
                    uint32_t letters = counts & 0xFFFF, uppers = counts >> 16;
                    if (letters >= 2 && letters == uppers)
                        f |= NG_TOK_UPPER;
                }
#endif
                /* anything unusual after it (a non-ASCII letter, an apostrophe,
                 * a period of an abbreviation): the general path */
                if (j < n && word_after[u[j]] &&
                    (word_after[u[j]] == 1 || (j == i + 1 && (cls & NG_CP_LETTER))) &&
                    j - i < MAX_WORD) {
                    i = word_slow(t, text, n, i, cls, pending);
                    pending = 0;
                    continue;
                }
                if (t->count == t->cap)
                    ng_xgrow(&t->tok, &t->cap, t->count + 1, sizeof *t->tok);
                ng_token *k = &t->tok[t->count++];
                k->start = (uint32_t)i;
                k->len = (uint32_t)(j - i);
                k->fstart = (uint32_t)t->fold_len;
                k->flen = (uint16_t)(j - i);
                k->flags = (uint16_t)f;
                t->fold_len += j - i;
                pending = 0;
                i = j;
                continue;
            }
            /* ASCII punctuation: one token; folds to itself, or to nothing
             * for an apostrophe, a period or a backtick */
            unsigned f = NG_TOK_PUNCT | pending | punct_flags(c);
            if (t->count == t->cap)
                ng_xgrow(&t->tok, &t->cap, t->count + 1, sizeof *t->tok);
            ng_token *k = &t->tok[t->count++];
            k->start = (uint32_t)i;
            k->len = 1;
            k->fstart = (uint32_t)t->fold_len;
            k->flags = (uint16_t)f;
            if (c == '\'' || c == '.' || c == '`') {
                k->flen = 0;
            } else {
                k->flen = 1;
                t->fold[t->fold_len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            pending = 0;
            i++;
            continue;
        }
        uint32_t cp;
        size_t len;
        unsigned cls = cp_at(text, n, i, &cp, &len);
        if (cls & NG_CP_SPACE) {
            pending |= NG_TOK_SPACE;
            i += len;
            continue;
        }
        newlines = 0;
        if (t->count >= stop && (t->count >= limit || (pending & breaks)))
            break;
        if (cls & (NG_CP_LETTER | NG_CP_DIGIT)) {
            i = word_slow(t, text, n, i, cls, pending);
            pending = 0;
            continue;
        }
        unsigned f = NG_TOK_PUNCT | pending | punct_flags(cp);
        fold_into(t, push(t, i, len, f), text);
        pending = 0;
        i += len;
    }
    if (i >= n)
        return n;
    if (t->count == count0)
        return from;
    const ng_token *last = &t->tok[t->count - 1];
    return last->start + last->len;
}
