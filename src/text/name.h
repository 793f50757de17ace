/* name.h - spelling-variant keys for names (transliteration folding) */
#ifndef NG_NAME_H
#define NG_NAME_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Names whose letters (articles not counted) number fewer than this are
 * keyed exactly (folded only): fuzzy rules on short names merge too much.
 * A name written with an Arabic article (al-Hol) is transliterated: the
 * fuzzy rules apply from NG_NAME_FUZZY_MIN_ARTICLE letters. */
#define NG_NAME_FUZZY_MIN 4
#define NG_NAME_FUZZY_MIN_ARTICLE 3

/* Write into out (cap bytes, NUL-terminated) the spelling key of the name
 * s[0..n): the same for the usual English transliterations of one Arabic or
 * Kurdish name, different otherwise as far as possible.
 *
 *   - case and diacritics folded, apostrophes dropped (Aïn = Ain, Hay'at = Hayat)
 *   - hyphens, spaces and the Arabic article (al-, el-, ad-, ez-, as-, ...)
 *     dropped, also when assimilated and glued (Deir Ezzor = Deir ez-Zor =
 *     Deir el-Zour = Deir al-Zor)
 *   - vowels: o/u/ou/oo -> u, e/i/ee -> i, ay/ai/ey/ei before a consonant -> i,
 *     aw/ow/au before a consonant -> u (Mostafa = Mustafa, Mayadeen = Mayadin,
 *     Baghouz = Baghuz, al-Hawl = al-Hol, Dayr = Deir)
 *   - q -> k, c (not ch) -> k, v -> f, ph -> f; doubled letters collapsed
 *     (Raqqa = Rakka); a word-final h after a vowel dropped and a final e
 *     read as a (Hasakah = Hasakeh = Hasaka)
 *
 * A name with fewer letters than the thresholds above gets its folded
 * letters only (articles dropped). Returns
 * the key length (0 for a name without letters). Cannot fail; a key longer
 * than cap-1 is truncated. */
size_t ng_name_key(const char *s, size_t n, char *out, size_t cap);

/* ng_name_key for many names: the keys of their words are made once and
 * kept in memo (a million gazetteer names have a few thousand words). The
 * same keys as ng_name_key. A memo serves one thread. */
typedef struct ng_name_memo ng_name_memo;
ng_name_memo *ng_name_memo_new(void);
void ng_name_memo_free(ng_name_memo *m);
size_t ng_name_key_memo(const char *s, size_t n, char *out, size_t cap, ng_name_memo *memo);

/* Is the folded word f[0..n) an Arabic article (al, el, ad, as, ash, ...)? */
int ng_name_is_article(const char *f, size_t n);

#ifdef __cplusplus
}
#endif
#endif
