/* name.c - spelling-variant keys for names (text level: the graph's filters
 * and the extractor both use them) */
#include "text/name.h"

#include <string.h>

#include "core/alloc.h"
#include "core/map.h"
#include "text/text.h"

static const char *const articles[] = {"al", "el", "ad", "ed", "as", "es", "ash", "esh", "az",
                                       "ez", "ar", "er", "an", "en", "at", "et", "ath", "adh",
                                       "ud", "ul", "il", "ur", "us", "uz", NULL};

int ng_name_is_article(const char *f, size_t n)
{
    if (n < 2 || n > 3 || !strchr("aeiu", f[0]))
        return 0;
    for (const char *const *a = articles; *a; a++)
        if ((*a)[0] == f[0] && (*a)[1] == f[1] &&
            (n == 2 ? !(*a)[2] : (*a)[2] && (*a)[2] == f[2] && !(*a)[3]))
            return 1;
    return 0;
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int is_sun_letter(char c)
{
    return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n';
}

/* Append the key of one folded word (ASCII letters and digits) to out. */
static size_t key_word(const char *w, size_t n, char *out, size_t o, size_t cap)
{
    /* glued assimilated article: ezzor -> zor, assad -> sad */
    if (n >= 5 && (w[0] == 'a' || w[0] == 'e') && w[1] == w[2] && is_sun_letter(w[1])) {
        w += 2;
        n -= 2;
    }
    /* word-final "ah"/"eh"/"e" read as "a" */
    char tmp[256];
    if (n >= sizeof tmp)
        n = sizeof tmp - 1;
    memcpy(tmp, w, n);
    if (n >= 3 && tmp[n - 1] == 'h' && is_vowel(tmp[n - 2]))
        n--;
    if (n >= 3 && tmp[n - 1] == 'e')
        tmp[n - 1] = 'a';
    char last = o ? out[o - 1] : 0; /* doubled across words too: Kafr Ruma = Kafrruma */
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        char c = tmp[i];
        char next = i + 1 < n ? tmp[i + 1] : 0;
        char after = i + 2 < n ? tmp[i + 2] : 0;
        char k;
        if (c == 'q') {
            k = 'k';
        } else if (c == 'c' && next != 'h') {
            k = 'k';
        } else if (c == 'v') {
            k = 'f';
        } else if (c == 'p' && next == 'h') {
            k = 'f';
            i++;
        } else if ((c == 'a' || c == 'e') && (next == 'y' || next == 'i') &&
                   !is_vowel(after) && (after || next == 'y')) {
            /* ay/ai/ey/ei before a consonant or at the end */
            k = 'i';
            i++;
        } else if ((c == 'a' || c == 'o') && (next == 'w' || next == 'u') && !is_vowel(after) &&
                   (after || next == 'w')) {
            k = 'u';
            i++;
        } else if (c == 'o' || c == 'u') {
            k = 'u';
        } else if (c == 'e' || c == 'i') {
            k = 'i';
        } else {
            k = c;
        }
        if (k == last && (unsigned char)k < 0x80)
            continue; /* doubled letters (and ee, oo, ou after mapping) */
        out[o++] = k;
        last = k;
    }
    return o;
}

/* Common Arabic name words whose transliterations differ in more than the
 * letters key_word folds (Ahmed/Ahmad, Mohammed/Muhammad, Youssef/Yusuf),
 * each with the spelling its key is made from. */
#define W(v, a) {v, a, sizeof v - 1, sizeof a - 1}
static const struct {
    const char *variant, *as;
    unsigned char vlen, alen;
} name_words[] = {
    W("ahmed", "ahmad"),
    W("ahmet", "ahmad"),
    W("mohammed", "muhammad"),
    W("mohamed", "muhammad"),
    W("mohammad", "muhammad"),
    W("muhammed", "muhammad"),
    W("mohamad", "muhammad"),
    W("muhamed", "muhammad"),
    W("mahomet", "muhammad"),
    W("husayn", "hussein"),
    W("hussain", "hussein"),
    W("husain", "hussein"),
    W("hussien", "hussein"),
    W("youssef", "yusuf"),
    W("yousef", "yusuf"),
    W("yusef", "yusuf"),
    W("yousif", "yusuf"),
    W("youssif", "yusuf"),
    W("ibn", "bin"),
    W("ben", "bin"),
    W("abdel", "abd"),
    W("abdul", "abd"),
    W("abdol", "abd"),
    W("abdal", "abd"),
    W("abdil", "abd"),
    W("abdu", "abd"),
    {NULL, NULL, 0, 0}};
#undef W

/* Append the key of one word, written in any of its common
 * transliterations: a name word of the table, or "Abdul-" glued to the rest
 * of a name ("Abdulrahman", "Abdurrahman" = "Abdel Rahman" = "Abd al-Rahman":
 * the article of "Abd al-" is dropped as any other). */
static size_t key_name_word(const char *w, size_t n, char *out, size_t o, size_t cap)
{
    /* the table's words have 3 to 8 letters and begin with one of these */
    if (n >= 3 && n <= 8 && memchr("abhimy", w[0], 6)) {
        for (int i = 0; name_words[i].variant; i++)
            if (name_words[i].vlen == n && name_words[i].variant[0] == w[0] &&
                !memcmp(name_words[i].variant, w, n))
                return key_word(name_words[i].as, name_words[i].alen, out, o, cap);
    }
    if (n >= 7 && !memcmp(w, "abd", 3) && is_vowel(w[3])) {
        size_t r = 0;
        if (w[4] == 'l')
            r = 5; /* abdul-karim, abdel-rahman */
        else if (w[4] == w[5] && is_sun_letter(w[4]))
            r = 5; /* abdur-rahman: the article assimilated */
        if (r && n - r >= 3) {
            o = key_word("abd", 3, out, o, cap);
            return key_word(w + r, n - r, out, o, cap);
        }
    }
    return key_word(w, n, out, o, cap);
}

/* Words of a folded name: runs of ASCII letters and digits and of
 * non-ASCII bytes (letters of other scripts), as the tokenizer splits them
 * (apostrophes and periods are already gone). */
static size_t next_word(const char *f, size_t n, size_t *i, size_t *len)
{
    size_t p = *i;
    while (p < n && !((unsigned char)f[p] >= 0x80 || (f[p] >= 'a' && f[p] <= 'z') ||
                      (f[p] >= '0' && f[p] <= '9')))
        p++;
    size_t q = p;
    while (q < n && ((unsigned char)f[q] >= 0x80 || (f[q] >= 'a' && f[q] <= 'z') ||
                     (f[q] >= '0' && f[q] <= '9')))
        q++;
    *i = q;
    *len = q - p;
    return p;
}

/* Keys of folded words already made: a word's key does not depend on the
 * name it is in but for its first letter, dropped when the key before ends
 * in the same letter (doubled letters across words: Kafr Ruma = Kafrruma). */
struct ng_name_memo {
    ng_strmap words; /* folded word -> index in keys */
    const char **keys;
    size_t *lens;
    size_t n, cap;
    ng_arena arena;
};

ng_name_memo *ng_name_memo_new(void)
{
    ng_name_memo *m = ng_xcalloc(1, sizeof *m);
    ng_strmap_init(&m->words);
    ng_arena_init(&m->arena, 64 * 1024);
    return m;
}

void ng_name_memo_free(ng_name_memo *m)
{
    if (!m)
        return;
    ng_strmap_release(&m->words);
    free(m->keys);
    free(m->lens);
    ng_arena_release(&m->arena);
    free(m);
}

/* key_name_word through the memo. */
static size_t memo_name_word(ng_name_memo *m, const char *w, size_t n, char *out, size_t o,
                             size_t cap)
{
    uint32_t i = ng_strmap_get(&m->words, w, n);
    if (i == NG_NONE) {
        char k[4096 + 8]; /* a word's key is at most 3 bytes longer than it */
        size_t kl = key_name_word(w, n, k, 0, sizeof k);
        if (m->n == m->cap) {
            m->cap = m->cap ? m->cap * 2 : 64;
            m->keys = ng_xrealloc(m->keys, m->cap * sizeof *m->keys);
            m->lens = ng_xrealloc(m->lens, m->cap * sizeof *m->lens);
        }
        m->keys[m->n] = ng_arena_strndup(&m->arena, k, kl);
        m->lens[m->n] = kl;
        i = (uint32_t)m->n++;
        ng_strmap_put(&m->words, w, n, i, NULL);
    }
    const char *k = m->keys[i];
    size_t kl = m->lens[i], j = 0;
    if (kl && o && k[0] == out[o - 1] && (unsigned char)k[0] < 0x80)
        j = 1;
    for (; j < kl && o + 1 < cap; j++)
        out[o++] = k[j];
    return o;
}

static size_t name_key(const char *s, size_t n, char *out, size_t cap, ng_name_memo *memo);

size_t ng_name_key(const char *s, size_t n, char *out, size_t cap)
{
    return name_key(s, n, out, cap, NULL);
}

size_t ng_name_key_memo(const char *s, size_t n, char *out, size_t cap, ng_name_memo *memo)
{
    return name_key(s, n, out, cap, memo);
}

static size_t name_key(const char *s, size_t n, char *out, size_t cap, ng_name_memo *memo)
{
    if (cap == 0)
        return 0;
    /* a possessive 's ends a word: "Raqqa's" is Raqqa (the tokenizer splits it
     * off the same way) */
    char raw[4096], f[4096];
    size_t rl = 0;
    if (!memchr(s, '\'', n) && !memchr(s, 0xE2, n)) {
        /* no apostrophe: the name as it is (the loop below would copy it) */
        rl = n < sizeof raw ? n : sizeof raw;
        memcpy(raw, s, rl);
        n = 0;
    }
    for (size_t j = 0; j < n && rl < sizeof raw; j++) {
        size_t al = s[j] == '\'' ? 1 : (j + 2 < n && !memcmp(s + j, "\xE2\x80\x99", 3)) ? 3 : 0;
        if (al && j + al < n && (s[j + al] == 's' || s[j + al] == 'S') &&
            (j + al + 1 == n || !(((unsigned char)s[j + al + 1] | 0x20) >= 'a' &&
                                  ((unsigned char)s[j + al + 1] | 0x20) <= 'z'))) {
            j += al; /* skip the apostrophe and the s */
            continue;
        }
        raw[rl++] = s[j];
    }
    /* Kurdish (and Turkish) write sh as s-cedilla, which would fold to s:
     * the key reads it as English transliteration does (Qamislo with the
     * cedilla = Qamishlo); same length in bytes */
    for (char *c = memchr(raw, 0xC5, rl); c && c + 1 < raw + rl;
         c = memchr(c + 1, 0xC5, (size_t)(raw + rl - c - 1)))
        if ((unsigned char)c[1] == 0x9F || (unsigned char)c[1] == 0x9E) {
            c[0] = 's';
            c[1] = 'h';
        }
    size_t fl = ng_fold(raw, rl, f);
    size_t words = 0, i = 0, len;
    while (next_word(f, fl, &i, &len), len)
        words++;
    /* the letters of the name without its articles decide whether fuzzy
     * rules apply ("al-Qaim" is as short as "Qaim") */
    size_t letters = 0, seen = 0;
    int article = 0;
    i = 0;
    for (size_t p; (p = next_word(f, fl, &i, &len)), len;) {
        seen++;
        if (seen < words && ng_name_is_article(f + p, len)) {
            article = 1;
            continue;
        }
        for (size_t j = 0; j < len; j++)
            letters += ((unsigned char)f[p + j] & 0xC0) != 0x80; /* count characters */
    }
    /* a written Arabic article marks a transliterated name: fuzzy from 3 letters */
    int fuzzy = letters >= (article ? NG_NAME_FUZZY_MIN_ARTICLE : NG_NAME_FUZZY_MIN);
    size_t o = 0;
    seen = 0;
    i = 0;
    for (size_t p; (p = next_word(f, fl, &i, &len)), len;) {
        seen++;
        if (seen < words && ng_name_is_article(f + p, len))
            continue;
        if (!fuzzy) {
            for (size_t j = 0; j < len && o + 1 < cap; j++)
                out[o++] = f[p + j];
            continue;
        }
        o = memo ? memo_name_word(memo, f + p, len, out, o, cap)
                 : key_name_word(f + p, len, out, o, cap);
    }
    out[o] = '\0';
    return o;
}
