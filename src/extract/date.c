/* date.c - dates written in news sentences, as ISO-8601 */
#include <stdlib.h>
#include <string.h>

#include "extract_priv.h"
#include "../read/read_priv.h"

static int month_at(const ng_tokens *t, const char *text, size_t k)
{
    const ng_token *tk = &t->tok[k];
    if (!(tk->flags & NG_TOK_CAP))
        return 0; /* "may" the verb, "march" the noun */
    (void)text;
    return ng_month_word(ng_tokens_fold(t, k), tk->flen);
}

/* A number token made of digits only, as an int (or -1). */
static int number_at(const ng_tokens *t, const char *text, size_t k)
{
    const ng_token *tk = &t->tok[k];
    if (!(tk->flags & NG_TOK_NUMBER) || tk->len > 4)
        return -1;
    int v = 0;
    for (uint32_t i = 0; i < tk->len; i++) {
        char ch = text[tk->start + i];
        if (ch < '0' || ch > '9')
            return -1;
        v = v * 10 + (ch - '0');
    }
    return v;
}

/* The years a number may be (for "15 October" without one, the latest). */
#define YEAR_MIN 1900
#define YEAR_MAX 2100

static int plausible_year(int y)
{
    return y >= YEAR_MIN && y <= YEAR_MAX;
}

/* Is token k a year by its context ("in 2014", "June 2017", "since 2013")? */
static int year_at(const ng_tokens *t, const char *text, size_t k, size_t begin)
{
    int y = number_at(t, text, k);
    if (!plausible_year(y) || t->tok[k].len != 4)
        return 0;
    if (k > begin) {
        const ng_token *p = &t->tok[k - 1];
        static const char *const before[] = {"in", "since", "until", "by", "of", "early",
                                             "late", "mid", "from", "during", "before",
                                             "after", "summer", "winter", "spring",
                                             "autumn", "fall", NULL};
        for (const char *const *b = before; *b; b++)
            if (p->flen && ng_span_equals(ng_tokens_fold(t, k - 1), p->flen, *b))
                return y;
        if (month_at(t, text, k - 1))
            return y;
        if ((p->flags & NG_TOK_PUNCT) && text[p->start] == ',' && k >= begin + 2 &&
            (number_at(t, text, k - 2) > 0 || month_at(t, text, k - 2)))
            return y; /* "October 15, 2017", "15 October, 2017" */
    }
    return 0;
}

int ng_date_year_before(const ng_rel_doc *d, size_t k)
{
    const ng_tokens *t = d->t;
    const char *text = d->text;
    while (k-- > d->year_from) {
        if (!(t->tok[k].flags & NG_TOK_NUMBER) || t->tok[k].len != 4)
            continue; /* what year_at asks first, without the call */
        int y = year_at(t, text, k, 0);
        if (y)
            return y;
    }
    return d->year;
}

static const char *const weekdays[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};

/* 1-7 (Monday-Sunday) when token k is a weekday's name, capitalised. */
static int weekday_at(const ng_tokens *t, size_t k)
{
    const ng_token *tk = &t->tok[k];
    if (!(tk->flags & NG_TOK_CAP) || tk->flen < 6 || tk->flen > 9)
        return 0;
    const char *f = ng_tokens_fold(t, k);
    for (int i = 0; i < 7; i++)
        if (ng_span_equals(f, tk->flen, weekdays[i]))
            return i + 1;
    return 0;
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* Days since 1970-01-01 (Hinnant's days_from_civil) and back. */
static long days_of(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_of(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* v (0 <= v < 10^width) as width decimal digits, zero-padded, at o; returns
 * the end. */
static char *digits(char *o, int v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        o[i] = (char)('0' + v % 10);
        v /= 10;
    }
    return o + width;
}

int ng_date_find(const ng_rel_doc *d, const ng_sentence *s, uint32_t k, char *out)
{
    const ng_tokens *t = d->t;
    const char *text = d->text;
    int best_dist = -1, by = 0, bm = 0, bd = 0, bwd = 0;
    uint32_t bi = 0;
    for (uint32_t i = s->tok_begin; i < s->tok_end; i++) {
        if (!(t->tok[i].flags & (NG_TOK_CAP | NG_TOK_NUMBER)))
            continue; /* neither a month (capitalised) nor a year (a number) */
        int y = 0, m = 0, day = 0, wd = 0;
        if ((wd = weekday_at(t, i)) != 0) {
            /* "on Sunday": only against the article's date */
            if (!d->ref_y)
                continue;
        } else if ((m = month_at(t, text, i)) != 0) {
            /* "15 October [2017]" or "October 15[, 2017]" or "June 2017" */
            int before = i > s->tok_begin ? number_at(t, text, i - 1) : -1;
            int after = i + 1 < s->tok_end ? number_at(t, text, i + 1) : -1;
            if (before >= 1 && before <= 31) {
                day = before;
                if (i + 1 < s->tok_end && plausible_year(after) && t->tok[i + 1].len == 4)
                    y = after;
                else if (i + 2 < s->tok_end && text[t->tok[i + 1].start] == ',' &&
                         plausible_year(number_at(t, text, i + 2)) && t->tok[i + 2].len == 4)
                    y = number_at(t, text, i + 2); /* "15 October, 2018" */
            } else if (after >= 1 && after <= 31) {
                day = after;
                if (i + 3 < s->tok_end && text[t->tok[i + 2].start] == ',' &&
                    plausible_year(number_at(t, text, i + 3)))
                    y = number_at(t, text, i + 3);
                else if (i + 2 < s->tok_end && plausible_year(number_at(t, text, i + 2)) &&
                         t->tok[i + 2].len == 4)
                    y = number_at(t, text, i + 2);
            } else if (plausible_year(after) && t->tok[i + 1].len == 4) {
                y = after;
            } else {
                continue; /* a bare month name: too vague */
            }
        } else if ((t->tok[i].flags & NG_TOK_NUMBER) && t->tok[i].len == 4 &&
                   (y = year_at(t, text, i, s->tok_begin)) != 0) {
            /* a year alone (four digits: year_at's first test, without the
             * call): not if it belongs to a month expression */
            if (i > s->tok_begin && (month_at(t, text, i - 1) ||
                                     (i >= s->tok_begin + 2 && month_at(t, text, i - 2)) ||
                                     (i >= s->tok_begin + 3 && month_at(t, text, i - 3))))
                continue; /* "June 2017", "15 June, 2017", "June 15, 2017" */
        } else {
            continue;
        }
        int dist = (int)(i > k ? i - k : k - i);
        if (best_dist < 0 || dist < best_dist) {
            best_dist = dist;
            by = y;
            bm = m;
            bd = day;
            bwd = wd;
            bi = i;
        }
    }
    if (best_dist < 0)
        return 0;
    if (bwd) {
        /* the last such weekday on or before the article's date (1970-01-01
         * was a Thursday) */
        long ref = days_of(d->ref_y, d->ref_m, d->ref_d);
        int ref_wd = (int)(((ref + 3) % 7 + 7) % 7) + 1;
        civil_of(ref - (ref_wd - bwd + 7) % 7, &by, &bm, &bd);
    } else if (!by && d->ref_y) {
        /* the latest such date not after the article's */
        by = d->ref_y;
        if (bm > d->ref_m || (bm == d->ref_m && bd > d->ref_d))
            by--;
        while (bd > month_days(by, bm))
            by--; /* 29 February */
    } else if (!by) {
        by = ng_date_year_before(d, bi);
    }
    if (!by)
        return 0;
    /* by is a plausible year (4 digits), bm 1-12, bd 1-31 */
    char *o = digits(out, by, 4);
    if (bm) {
        *o++ = '-';
        o = digits(o, bm, 2);
        if (bd) {
            *o++ = '-';
            o = digits(o, bd, 2);
        }
    }
    *o = '\0';
    return 1;
}
