/* date.c - publication dates as news exports write them, to ISO 8601 */
#include "newsgraph/article.h"

#include <string.h>

#include "read_priv.h"

static const char *const month_names[12] = {"january", "february", "march",     "april",
                                            "may",     "june",     "july",      "august",
                                            "september", "october", "november", "december"};
static const char *const weekday_names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* A set of initial letters, as bits ('a' the lowest). */
#define INITIAL(c) (1u << ((c) - 'a'))

/* The word at s[0..n), any case: 1 + its index among names[0..count) when
 * it is that name or its first three letters (or, with sept, "sept" for the
 * ninth); else 0. first: the names' initials (most words have another). */
static int name_word(const char *const *names, int count, int sept, uint32_t first,
                     const char *s, size_t n)
{
    if (n < 3 || n > 9)
        return 0;
    unsigned c0 = (unsigned)lower((unsigned char)s[0]) - 'a';
    if (c0 >= 26 || !(first >> c0 & 1))
        return 0;
    for (int i = 0; i < count; i++) {
        const char *m = names[i];
        size_t k = 0;
        while (k < n && m[k] && lower((unsigned char)s[k]) == m[k])
            k++;
        if (k == n && (n == 3 || m[k] == '\0' || (sept && i == 8 && n == 4)))
            return i + 1;
    }
    return 0;
}

int ng_month_word(const char *s, size_t n)
{
    return name_word(month_names, 12, 1,
                     INITIAL('j') | INITIAL('f') | INITIAL('m') | INITIAL('a') | INITIAL('s') |
                         INITIAL('o') | INITIAL('n') | INITIAL('d'),
                     s, n);
}

int ng_weekday_word(const char *s, size_t n)
{
    return name_word(weekday_names, 7, 0,
                     INITIAL('m') | INITIAL('t') | INITIAL('w') | INITIAL('f') | INITIAL('s'), s,
                     n);
}

int ng_days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return m >= 1 && m <= 12 ? d[m - 1] : 0;
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
int32_t ng_date_days(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void ng_date_civil(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yy + (*m <= 2);
}

/* Digits at s[i..n), at most max of them: their value, *k their count. */
static int number(const char *s, size_t n, size_t i, size_t max, size_t *k)
{
    int v = 0;
    size_t j = 0;
    while (i + j < n && j < max && is_digit((unsigned char)s[i + j])) {
        if (v < 100000000) /* the digits are counted on; the value is read up to 9 */
            v = v * 10 + (s[i + j] - '0');
        j++;
    }
    *k = j;
    return v;
}

static size_t skip_space(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n && is_alpha((unsigned char)s[i]))
        i++;
    return i;
}

int ng_date_scan(const char *s, size_t n, int *py, int *pm, int *pd, size_t *end)
{
    size_t i = skip_space(s, n, 0), k;
    int y = 0, m = 0, d = 0;
    /* a weekday first: "Sun, 13 Oct 2019", "Sunday, October 13, 2019" */
    size_t we = word_end(s, n, i);
    if (we > i && ng_weekday_word(s + i, we - i)) {
        i = we;
        if (i < n && s[i] == '.')
            i++;
        if (i < n && s[i] == ',')
            i++;
        i = skip_space(s, n, i);
    }
    if (i < n && is_digit((unsigned char)s[i])) {
        int v = number(s, n, i, 14, &k);
        if (k == 4 && i + 4 < n && (s[i + 4] == '-' || s[i + 4] == '/')) {
            char sep = s[i + 4];
            y = v;
            size_t km, kd;
            m = number(s, n, i + 5, 2, &km);
            if (km == 0 || i + 5 + km >= n || s[i + 5 + km] != sep)
                return 0;
            d = number(s, n, i + 6 + km, 2, &kd);
            if (kd == 0)
                return 0;
            i += 6 + km + kd;
        } else if (k == 8 || k == 14) {
            /* GDELT: YYYYMMDD, YYYYMMDDHHMMSS, YYYYMMDDTHHMMSSZ */
            size_t all = k;
            y = number(s, n, i, 4, &k);
            m = number(s, n, i + 4, 2, &k);
            d = number(s, n, i + 6, 2, &k);
            i += all;
        } else if (k >= 1 && k <= 2) {
            /* "13 October 2019", "13 Oct 2019", "13 October, 2019" */
            d = v;
            i = skip_space(s, n, i + k);
            size_t e = word_end(s, n, i);
            if (!(m = ng_month_word(s + i, e - i)))
                return 0;
            i = e;
            if (i < n && s[i] == '.')
                i++;
            if (i < n && s[i] == ',')
                i++;
            i = skip_space(s, n, i);
            y = number(s, n, i, 5, &k);
            if (k != 4)
                return 0;
            i += 4;
        } else {
            return 0;
        }
    } else {
        /* "October 13, 2019", "Oct. 13 2019", "October 13th, 2019" */
        size_t e = word_end(s, n, i);
        if (!(m = ng_month_word(s + i, e - i)))
            return 0;
        i = e;
        if (i < n && s[i] == '.')
            i++;
        i = skip_space(s, n, i);
        d = number(s, n, i, 3, &k);
        if (k < 1 || k > 2)
            return 0;
        i += k;
        size_t se = word_end(s, n, i);
        if (se == i + 2) {
            char a = (char)lower((unsigned char)s[i]), b = (char)lower((unsigned char)s[i + 1]);
            if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                (a == 't' && b == 'h'))
                i = se;
        }
        if (i < n && s[i] == ',')
            i++;
        i = skip_space(s, n, i);
        y = number(s, n, i, 5, &k);
        if (k != 4)
            return 0;
        i += 4;
    }
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > ng_days_in_month(y, m))
        return 0;
    if (i < n && is_alpha((unsigned char)s[i]) && s[i] != 'T')
        return 0; /* "2019abc" */
    if (i < n && is_digit((unsigned char)s[i]))
        return 0;
    *py = y;
    *pm = m;
    *pd = d;
    if (end)
        *end = i;
    return 1;
}

void ng_date_format(int y, int m, int d, char out[11])
{
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

int ng_date_parse(const char *s, size_t n, char out[11])
{
    int y, m, d;
    if (!s || !ng_date_scan(s, n, &y, &m, &d, NULL))
        return NG_EPARSE;
    ng_date_format(y, m, d, out);
    return 0;
}
