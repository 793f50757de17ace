/* fold.c - case and diacritic folding, code point classes */
#include <string.h>

#include "core/alloc.h"
#include "text/text.h"

#include "fold_table.h"

static const struct ng_fold_row *fold_row(uint32_t cp)
{
    /* U+00C0..U+013E (Latin-1's letters, most of Latin Extended-A) are the
     * first rows, only U+00D7 and U+00F7 missing: most letters of names in
     * Latin script are found without a search */
    if (cp >= 0xC0 && cp < 0x13F) {
        size_t d = cp - 0xC0 - (cp > 0xD7) - (cp > 0xF7);
        if (ng_fold_rows[d].cp == cp)
            return &ng_fold_rows[d];
    }
    size_t lo = 0, hi = sizeof ng_fold_rows / sizeof ng_fold_rows[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ng_fold_rows[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof ng_fold_rows / sizeof ng_fold_rows[0] && ng_fold_rows[lo].cp == cp)
        return &ng_fold_rows[lo];
    return NULL;
}

unsigned ng_cp_class(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            return NG_CP_LETTER;
        if (cp >= 'A' && cp <= 'Z')
            return NG_CP_LETTER | NG_CP_UPPER;
        if (cp >= '0' && cp <= '9')
            return NG_CP_DIGIT;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
            return NG_CP_SPACE;
        if (cp == '\'' || cp == '`')
            return NG_CP_APOS;
        if (cp == '-')
            return NG_CP_HYPHEN;
        return 0;
    }
    switch (cp) {
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF: case 0x0085:
        return NG_CP_SPACE;
    case 0x2019: case 0x02BC: case 0x02BE: case 0x02BF: case 0x00B4:
        return NG_CP_APOS;
    case 0x2010: case 0x2011:
        return NG_CP_HYPHEN;
    case 0x00AA: case 0x00B5: case 0x00BA:
        return NG_CP_LETTER;
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200B)
        return NG_CP_SPACE;
    if (cp < 0x00C0 || cp == 0x00D7 || cp == 0x00F7)
        return 0; /* C1 controls and Latin-1 punctuation/symbols */
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
        cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xE000 && cp <= 0xF8FF))
        return 0; /* general punctuation, symbols, emoji, private use */
    if (cp >= 0x0300 && cp <= 0x036F)
        return NG_CP_LETTER; /* combining marks stay inside words */
    const struct ng_fold_row *r = cp <= 0x1EFF ? fold_row(cp) : NULL;
    if (r)
        return NG_CP_LETTER | (r->upper ? NG_CP_UPPER : 0);
    if ((cp >= 0x0391 && cp <= 0x03A9) || (cp >= 0x0410 && cp <= 0x042F))
        return NG_CP_LETTER | NG_CP_UPPER; /* Greek and Cyrillic capitals */
    if (cp >= 0x0660 && cp <= 0x0669)
        return NG_CP_DIGIT;
    return NG_CP_LETTER;
}

size_t ng_fold(const char *s, size_t n, char *out)
{
    size_t o = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c >= 'A' && c <= 'Z')
                out[o++] = (char)(c + 32);
            else if (c != '\'' && c != '.' && c != '`')
                out[o++] = (char)c;
            continue;
        }
        if ((c == 0xC3 || c == 0xC4) && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            /* U+00C0..U+013F: a letter of its row or, for the few others,
             * the general way below */
            const struct ng_fold_row *r =
                fold_row(((uint32_t)(c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F));
            if (r) {
                out[o++] = r->fold[0];
                if (r->fold[1])
                    out[o++] = r->fold[1];
                i += 2;
                continue;
            }
        }
        uint32_t cp;
        size_t len = ng_utf8_decode(s + i, n - i, &cp);
        const struct ng_fold_row *r;
        if (cp >= 0x0300 && cp <= 0x036F) {
            /* combining accent: dropped */
        } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BE ||
                   cp == 0x02BF || cp == 0x00B4) {
            /* apostrophes and quote-like accents: dropped, as ASCII ' is */
        } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB ||
                   cp == 0x00BB) {
            out[o++] = '"';
        } else if (cp >= 0x2010 && cp <= 0x2015) {
            out[o++] = '-';
        } else if (cp == 0x2026) {
            /* ellipsis folds to nothing, like '.' */
        } else if (cp <= 0x1EFF && (r = fold_row(cp)) != NULL) {
            size_t fl = strlen(r->fold);
            memcpy(out + o, r->fold, fl);
            o += fl;
        } else if (cp >= 0x0410 && cp <= 0x042F) {
            o += ng_utf8_encode(cp + 0x20, out + o); /* Cyrillic capitals */
        } else if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) {
            o += ng_utf8_encode(cp + 0x20, out + o); /* Greek capitals */
        } else {
            memcpy(out + o, s + i, len);
            o += len;
        }
        i += len;
    }
    return o;
}

char *ng_fold_dup(const char *s, size_t n)
{
    char *out = ng_xmalloc(n + 1);
    size_t len = ng_fold(s, n, out);
    out[len] = '\0';
    return out;
}
