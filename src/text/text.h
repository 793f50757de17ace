/* text.h - UTF-8 handling, case/diacritic folding, tokens and sentences */
#ifndef NG_TEXT_H
#define NG_TEXT_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- UTF-8 ------------------------------------------------------------ */

/* Decode one code point from s[0..n). Returns the number of bytes used
 * (1..4) and sets *cp; an invalid or truncated sequence returns 1 and sets
 * *cp to 0xFFFD. n must be > 0. Cannot fail. */
size_t ng_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encode cp into out (at least 4 bytes); returns the byte count. */
size_t ng_utf8_encode(uint32_t cp, char *out);

/* Number of invalid sequences in s[0..n) (0 for valid UTF-8). */
size_t ng_utf8_invalid_count(const char *s, size_t n);

/* Is cp a bidirectional formatting character: U+061C, U+200E, U+200F (the
 * marks), U+202A-U+202E (embeddings, overrides) or U+2066-U+2069
 * (isolates)? Invisible, they change how what follows them shows. */
int ng_cp_is_bidi_format(uint32_t cp);

/* The offset of the first control character in s[0..n) (a C0 control
 * other than TAB, DEL, a C1 control) or bidirectional formatting character,
 * with it in *cp; n when there is none. */
size_t ng_utf8_find_control(const char *s, size_t n, uint32_t *cp);

/* Why a line s[0..n) of a word file (a gazetteer, a trigger list) cannot
 * be read: NULL when it can; else "invalid UTF-8", "NUL byte in line" or,
 * written into why[0..cap), the control character it holds (no article text
 * holds one, so such a name would never match). Cannot fail. */
const char *ng_utf8_line_problem(const char *s, size_t n, char *why, size_t cap);

/* Append s[0..n) to b as a one-line value every output shows alike (an
 * article's id, URL, title, source): TAB and line ends as spaces; other C0
 * controls, DEL, C1 controls and bidirectional formatting characters
 * dropped; invalid UTF-8 as U+FFFD. */
struct ng_buf;
void ng_utf8_put_clean(struct ng_buf *b, const char *s, size_t n);

/* Copy s[0..n) to a new malloc'd NUL-terminated string in which every
 * invalid sequence is replaced by U+FFFD, C0 controls other than TAB, LF
 * and CR, DEL and C1 controls are replaced by a space, and bidirectional
 * formatting characters are dropped. *out_len receives the length. Cannot
 * fail. */
char *ng_utf8_repair(const char *s, size_t n, size_t *out_len);

/* ---- folding ---------------------------------------------------------- */

/* Fold s[0..n) for matching: ASCII lower case, Latin diacritics removed
 * (Aïn -> ain, Erdoğan -> erdogan, ß -> ss), apostrophes (' ’ ʿ ʾ ʼ) and
 * periods dropped, typographic quotes and dashes mapped to ASCII. Other
 * scripts are copied unchanged. Writes at most n bytes to out (no NUL) and
 * returns the length written. Cannot fail. */
size_t ng_fold(const char *s, size_t n, char *out);

/* Fold into a new malloc'd NUL-terminated string. */
char *ng_fold_dup(const char *s, size_t n);

/* Properties of one code point, for tokenising. */
enum {
    NG_CP_LETTER = 1, /* a letter (any script) */
    NG_CP_UPPER = 2,  /* an upper-case Latin letter */
    NG_CP_DIGIT = 4,
    NG_CP_SPACE = 8,  /* white space, including NBSP and BOM */
    NG_CP_APOS = 16,  /* an apostrophe: ' ’ ʼ ʿ ʾ */
    NG_CP_HYPHEN = 32 /* - ‐ ‑ */
};
unsigned ng_cp_class(uint32_t cp);

/* ---- tokens ----------------------------------------------------------- */

enum {
    NG_TOK_WORD = 1u << 0,    /* letters/digits (may hold internal ' . -free) */
    NG_TOK_NUMBER = 1u << 1,  /* a word that starts with a digit */
    NG_TOK_PUNCT = 1u << 2,   /* one punctuation character */
    NG_TOK_CAP = 1u << 3,     /* word whose first letter is upper case */
    NG_TOK_UPPER = 1u << 4,   /* word with >= 2 letters, all upper case */
    NG_TOK_SPACE = 1u << 5,   /* white space precedes the token */
    NG_TOK_NEWLINE = 1u << 6, /* a line break precedes the token */
    NG_TOK_PARA = 1u << 7,    /* a blank line (or start of text) precedes it */
    NG_TOK_HYPHEN = 1u << 8,  /* the token is a hyphen */
    NG_TOK_DASH = 1u << 9,    /* the token is an en or em dash */
    NG_TOK_DOTTED = 1u << 10, /* dotted abbreviation such as U.S. or U.N. */
    NG_TOK_POSS = 1u << 11,   /* the possessive 's split from a word */
    NG_TOK_QUOTE = 1u << 12,  /* a quotation mark */
    NG_TOK_LOWER = 1u << 13,  /* word whose first letter is lower case */
    NG_TOK_SLASH = 1u << 14   /* the token is a slash ("PKK/YPG") */
};

typedef struct ng_token {
    uint32_t start;  /* byte offset of the token in the text */
    uint32_t len;    /* byte length in the text */
    uint32_t fstart; /* offset of the folded form in the token list's fold buffer */
    uint16_t flen;   /* folded length (0 for punctuation that folds to nothing) */
    uint16_t flags;  /* NG_TOK_* */
} ng_token;

/* Tokens of one text plus the folded forms they point into. Reusable:
 * ng_tokens_run clears it first and keeps its memory. */
typedef struct ng_tokens {
    ng_token *tok;
    size_t count;
    size_t cap;
    char *fold;     /* folded forms, back to back (not NUL-separated); after
                     * ng_tokens_scan, with 16 bytes of room or more past
                     * fold_len (a fold may be read 8 or 16 bytes at once) */
    size_t fold_len;
    size_t fold_cap;
} ng_tokens;

void ng_tokens_init(ng_tokens *t);
void ng_tokens_release(ng_tokens *t);

/* Tokenise text[0..n) (valid UTF-8, n < 4 GiB). Words are runs of letters
 * and digits, with internal apostrophes ("Ma'arat") and dotted
 * abbreviations ("U.S.") kept whole; a trailing possessive 's is its own
 * token; every other non-space character is one punctuation token.
 * Linear time, no allocation beyond growing t. */
void ng_tokens_run(ng_tokens *t, const char *text, size_t n);

/* Tokenise text[from..n) onto the end of t, as ng_tokens_run tokenises the
 * whole text there: from is 0 or where one of its tokens ends (not before a
 * possessive 's split from its word). Stops before a token once t->count >=
 * limit, or before a token with one of the flags `breaks` (NG_TOK_PARA:
 * after a blank line, NG_TOK_NEWLINE: at a line's start) once t->count >=
 * at (a word and its possessive are added together). Returns where it
 * stopped: n at the end of the text, else the end of the last token added
 * (from when none was), a place to go on from. */
size_t ng_tokens_scan(ng_tokens *t, const char *text, size_t n, size_t from, size_t limit,
                      size_t at, unsigned breaks);

/* The first k' in [k, end) with f[k'] nonzero, or end: a per-token byte
 * array looked through 16 bytes at a time, which must have 16 bytes of room
 * past end (read, not used). */
static inline size_t ng_next_nonzero(const uint8_t *f, size_t k, size_t end)
{
#if defined(__SSE2__)
    while (k < end) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(f + k));
        unsigned nz = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) ^ 0xFFFFu;
        if (nz) {
            k += (size_t)__builtin_ctz(nz);
            return k < end ? k : end;
        }
        k += 16;
    }
    return end;
#else
    while (k < end && !f[k])
        k++;
    return k;
#endif
}

/* Are the n bytes at p the NUL-terminated string w? (No strlen: stops at
 * the first difference.) */
static inline int ng_span_equals(const char *p, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] != p[i] || !w[i])
            return 0;
    return w[n] == '\0';
}

/* The folded form of token i (not NUL-terminated; length tok[i].flen). */
static inline const char *ng_tokens_fold(const ng_tokens *t, size_t i)
{
    return t->fold + t->tok[i].fstart;
}

/* ---- sentences -------------------------------------------------------- */

typedef struct ng_sentence {
    uint32_t tok_begin; /* first token */
    uint32_t tok_end;   /* one past the last token */
    uint32_t start;     /* byte span in the text */
    uint32_t end;
} ng_sentence;

typedef struct ng_sentences {
    ng_sentence *s;
    size_t count;
    size_t cap;
} ng_sentences;

void ng_sentences_init(ng_sentences *s);
void ng_sentences_release(ng_sentences *s);

/* Split tokenised text into sentences. A sentence ends at . ! ? (with any
 * closing quotes or brackets) followed by space or an opening quote and a
 * capitalised word, digit or quote; abbreviations (U.S., Col., Dr., Jan.,
 * single initials) do not end a sentence. A blank line always ends one; a
 * single line break ends one unless the next line starts in lower case
 * and the line before does not end with . ! ? or an ellipsis.
 * Linear time. */
void ng_sentences_split(ng_sentences *out, const char *text, const ng_tokens *t);

#ifdef __cplusplus
}
#endif
#endif
