/* lines.c - line marks: page furniture, bylines, photo credits, headlines */
#include "extractor_priv.h"

/* A line's shape, in words (tokens for the dateline): */
#define FURNITURE_MAX_WORDS 12 /* a furniture phrase marks a line this short */
#define BYLINE_MAX_WORDS 8     /* "Josie Ensor in Beirut" */
#define BY_LINE_MAX_WORDS 14   /* "By Jane Doe and John Roe | Associated Press" */
#define CREDIT_NAME_MAX_WORDS 3 /* the photographer before "/AFP" */
#define PHOTO_CREDIT_MAX_WORDS 8 /* after "Photo:" (names of people and agencies) */
#define DATELINE_REACH 14      /* tokens before the "(AP)" of a dateline */
#define AGENCY_MAX_TOKENS 5    /* inside its parentheses */
#define INITIALS_MAX_BYTES 4   /* an editor's initials before a credit: "ng/kms" */
#define PROSE_LINE_MIN_TOKENS 12 /* a line this long ending a sentence is the article's */
#define CONTRIB_LINE_MAX_WORDS 24 /* "X in Moscow contributed to this report." */
#define CONTRIB_REPORT_REACH 3    /* "contributed (to this) report" */
#define CONTRIB_MAX_AT 30         /* "contributed" among a line's first tokens */
#define OUTLET_LINE_MAX_WORDS 4 /* "VOA News" alone on a line */
#define OUTLET_NAME_MAX_WORDS 5 /* "FDD's Long War Journal" */
#define PUBLISHER_LINE_MAX_WORDS 16 /* "By Jane Roe | July 25, 2025 | FDD's Long War Journal" */
#define HEADER_LINE_MAX_WORDS 6 /* "Kurdistan24 | Azad Rashid", "Enab Baladi - Al-Hasakah" */
/* A content word is longer than this (bytes of its fold) and not a stopword. */
#define CONTENT_WORD_MIN_BYTES 3
/* A line is in capitals (or title case) when at least 4 in 5 of its words
 * (content words) are; title case needs this many content words. */
#define HEADLINE_SHARE_NUM 4
#define HEADLINE_SHARE_DEN 5
#define TITLE_MIN_CONTENT_WORDS 4
/* A byline that is only a name has at most so many words. */
#define NAME_LINE_MAX_WORDS 4
#define NAME_LINE_PLACE_MAX_WORDS 2 /* "Lina Haddad, Beirut" */
/* A time stamp's line has at most so many words that are no date or number
 * (the zone: "UK"). */
#define DATE_LINE_MAX_OTHER 1
/* "PM", "a.m.", "GMT", "EDT" after a time of day: so many bytes at most */
#define TIME_WORD_MAX_BYTES 4

/* Is token k in list l? (The lines are marked before the document's list
 * sets are set up: the model's.) */
static int in_list_lines(const ng_extractor *x, size_t k, ng_trigger_list l)
{
    if (!x->lset[k])
        return 0;
    const uint64_t *set = ng_model_list_sets(x->model) + (size_t)x->lset[k] * NG_TL_SETS;
    return (set[(unsigned)l / 64] >> ((unsigned)l % 64)) & 1;
}

static int is_terminal_punct(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_PUNCT) &&
           (text_is(x, k, ".") || text_is(x, k, "!") || text_is(x, k, "?") ||
            text_is(x, k, "\xE2\x80\x9D") || text_is(x, k, "\""));
}

/* A "/" with no space before it ("Name/AFP", "AFP/Getty"): where a photo
 * credit may be. */
static int glued_slash(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_PUNCT) && !(FL(k) & NG_TOK_SPACE) && text_is(x, k, "/");
}

static int is_dash(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_PUNCT) && (text_is(x, k, "-") || text_is(x, k, "--") ||
                                      text_is(x, k, "\xE2\x80\x94") ||
                                      text_is(x, k, "\xE2\x80\x93"));
}

/* A dateline names the agency that published the article: "BEIRUT (AP) -",
 * "AKCAKALE, Turkey, Oct 9 (Reuters) -". The agency is the publisher, not a
 * source the text cites: mark it skipped. */
static void mark_dateline(ng_extractor *x, size_t b, size_t e)
{
    /* "(Bloomberg) -- Syrian rebels ...": the agency alone first */
    int paren = text_is(x, b, "(");
    if (!is_capword(x, b) && !paren)
        return;
    for (size_t k = b + !paren; k < e && k < b + DATELINE_REACH; k++) {
        /* "MOSCOW, June 19. /TASS/. Russia has ..." */
        if (k > b && text_is(x, k, "/") && k + 2 < e && is_capword(x, k + 1)) {
            size_t m = k + 1;
            while (m < e && m < k + AGENCY_MAX_TOKENS && is_capword(x, m))
                m++;
            if (m < e && text_is(x, m, "/") && ng_media_name(x, k + 1, m)) {
                memset(x->marks + k + 1, MARK_SKIP, m - k - 1);
                if (x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
                    x->pub_b = (uint32_t)(k + 1);
                    x->pub_e = (uint32_t)m;
                }
                return;
            }
        }
        /* only the place and the date come before the agency */
        if (is_word(x, k) && !is_capword(x, k) && !(FL(k) & NG_TOK_NUMBER))
            return;
        /* "Damascus, SANA- The ministry said", "BEIRUT, Reuters - " */
        if (text_is(x, k, ",") && k + 2 < e) {
            size_t cl = lex_match(x, NG_LEX_CREDIT, k + 1, e);
            if (cl && k + 1 + cl < e && is_dash(x, k + 1 + cl)) {
                memset(x->marks + k + 1, MARK_SKIP, cl);
                if (x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
                    x->pub_b = (uint32_t)(k + 1);
                    x->pub_e = (uint32_t)(k + 1 + cl);
                }
                return;
            }
        }
        if (!text_is(x, k, "("))
            continue;
        size_t m = k + 1;
        while (m < e && m < k + AGENCY_MAX_TOKENS && (is_capword(x, m) || (FL(m) & NG_TOK_HYPHEN)))
            m++;
        if (m == k + 1 || m + 1 >= e || !text_is(x, m, ")") || !is_dash(x, m + 1))
            return;
        memset(x->marks + k + 1, MARK_SKIP, m - k - 1);
        if (x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
            x->pub_b = (uint32_t)(k + 1);
            x->pub_e = (uint32_t)m;
        }
        return;
    }
}

/* Lower-case words of a "By" line that signs for a newsroom. */
static int byline_word(const ng_extractor *x, size_t k)
{
    static const char *const w[] = {"a",        "our",      "the",        "staff",
                                    "writer",   "writers",  "reporter",   "reporters",
                                    "correspondent", "correspondents", "team", "desk",
                                    "editor",
                                    "with",     NULL};
    for (int i = 0; w[i]; i++)
        if (fold_is(x, k, w[i]))
            return 1;
    return 0;
}

/* A wire credit line: agencies in parentheses, alone on the line or after
 * the editors' initials: "(AFP)", "ng/kms (AFP, Reuters, dpa)". */
static int agency_line(const ng_extractor *x, size_t b, size_t e)
{
    size_t k = b;
    while (k < e && ((is_lower(x, k) && TOK(k).flen <= INITIALS_MAX_BYTES) || text_is(x, k, "/")))
        k++;
    if (k + 2 >= e || !text_is(x, k, "(") || !text_is(x, e - 1, ")"))
        return 0;
    int credit = 0;
    for (size_t m = k + 1; m + 1 < e; m++) {
        size_t cl = lex_match(x, NG_LEX_CREDIT, m, e - 1);
        if (cl) {
            credit = 1;
            m += cl - 1;
        } else if (!text_is(x, m, ",") && !text_is(x, m, "/") && !fold_is(x, m, "and") &&
                   !fold_is(x, m, "with") && !(FL(m) & NG_TOK_NUMBER) && !is_capword(x, m)) {
            return 0;
        }
    }
    return credit;
}

/* Is [b, e) only a credit's name ("Reuters", "AFP via Getty Images")? */
static int credit_only(const ng_extractor *x, size_t b, size_t e)
{
    while (b < e && !is_word(x, b))
        b++;
    while (e > b && !is_word(x, e - 1))
        e--;
    if (b >= e)
        return 0;
    size_t cl = lex_match(x, NG_LEX_CREDIT, b, e);
    if (!cl) {
        /* "(U.S. Navy via AP)": whose handout, through a wire */
        size_t n = 0;
        while (b + cl < e && n < CREDIT_NAME_MAX_WORDS && is_capword(x, b + cl)) {
            cl++;
            n++;
        }
        if (!n || b + cl + 1 >= e || !fold_is(x, b + cl, "via") ||
            !lex_match(x, NG_LEX_CREDIT, b + cl + 1, e))
            return 0;
    }
    if (cl && b + cl + 1 < e && fold_is(x, b + cl, "via"))
        cl += 1 + lex_match(x, NG_LEX_CREDIT, b + cl + 1, e);
    return cl && b + cl == e;
}

/* Does the line [b, e) say that someone "contributed (to this) report" or
 * "contributed reporting", within its first words (the reporters' names
 * and cities come first)? */
static int contributed_line(const ng_extractor *x, size_t b, size_t e)
{
    for (size_t k = b; k + 1 < e && k < b + CONTRIB_MAX_AT; k++) {
        if (TOK(k).flen != 11 || !is_lower(x, k) || !fold_is(x, k, "contributed"))
            continue;
        for (size_t m = k + 1; m < e && m <= k + CONTRIB_REPORT_REACH; m++)
            if (fold_is(x, m, "report") || fold_is(x, m, "reporting") ||
                fold_is(x, m, "reports"))
                return 1;
    }
    return 0;
}

/* A photo's label opening a sentence: "Photo:", "(Photograph:", "Image
 * by": the credit follows, up to the closing parenthesis or the end of the
 * line e. Returns the token after the label, or 0. */
static int photo_word(const ng_extractor *x, size_t k)
{
    return in_list_lines(x, k, NG_TL_PHOTO_LABEL);
}

static size_t photo_label(const ng_extractor *x, size_t k, size_t e)
{
    if (k + 2 >= e || (!is_capword(x, k) && !(k > 0 && is_capword(x, k - 1) &&
                                               fold_is(x, k - 1, "file"))))
        return 0;
    if (!text_is(x, k + 1, ":") && !fold_is(x, k + 1, "by"))
        return 0;
    /* a credit is a few names ("Emre Tanriverdi/AFP/Getty Images"), a
     * caption is prose ("PHOTO: Smoke rises from ...") */
    size_t words = 0;
    for (size_t m = k + 2; m < e && !text_is(x, m, ")"); m++) {
        if (!is_word(x, m))
            continue;
        if (!(FL(m) & (NG_TOK_CAP | NG_TOK_UPPER)) && !fold_is(x, m, "via") &&
            !fold_is(x, m, "and"))
            return 0;
        if (++words > PHOTO_CREDIT_MAX_WORDS)
            return 0;
    }
    return words ? k + 2 : 0;
}

/* "(Some) information for this report (story, article)", c0 the line's
 * first word. */
static int wires_line(const ng_extractor *x, size_t c0, size_t e)
{
    if (c0 < e && fold_is(x, c0, "some"))
        c0++;
    return c0 + 4 < e && fold_is(x, c0, "information") && fold_is(x, c0 + 1, "for") &&
           (fold_is(x, c0 + 2, "this") || fold_is(x, c0 + 2, "the")) &&
           (fold_is(x, c0 + 3, "report") || fold_is(x, c0 + 3, "story") ||
            fold_is(x, c0 + 3, "article"));
}

/* The end of an outlet's name at token k: a credit ("AFP", "Getty
 * Images") or a news outlet of the gazetteer ("Deutsche Welle", "FDD's
 * Long War Journal"), the longest; k when none. */
static size_t outlet_at(ng_extractor *x, size_t k, size_t e)
{
    size_t best = k + lex_match(x, NG_LEX_CREDIT, k, e);
    if (!is_capword(x, k))
        return best;
    size_t m = k, words = 0;
    while (m < e && words < OUTLET_NAME_MAX_WORDS &&
           (is_capword(x, m) || (FL(m) & (NG_TOK_HYPHEN | NG_TOK_POSS)))) {
        words += is_word(x, m);
        m++;
        if (m > best && ng_media_name(x, k, m))
            best = m;
    }
    return best;
}

/* A publisher's line, anywhere: outlets and wires only, with the words
 * that join them and the time stamp ("DW with AFP, Reuters", "Le Monde
 * with AFP", "TRT World and Agencies", "Ahram Online , AFP , Reuters ,
 * Friday 6 Oct 2023", "By Euronews with AP * Updated: 26/08/2020 -
 * 19:20"); after "By" the reporters' names too ("By Jane Roe | July 25,
 * 2025 | FDD's Long War Journal"). Returns the first outlet's end (its
 * start in *ob), or 0. */
static size_t publisher_line(ng_extractor *x, size_t b, size_t e, size_t *ob)
{
    size_t k = b, first = 0, words = 0, known = 0;
    int by = 0;
    while (k < e && !is_word(x, k))
        k++;
    if (k < e && fold_is(x, k, "by")) {
        by = 1;
        k++;
    }
    /* first its shape, with no look-up: capitalised words, joining words,
     * dates and separators, one of these at least (a title-case headline
     * has none) */
    int joined = 0;
    for (size_t m = k; m < e; m++) {
        if (!is_word(x, m)) {
            joined |= !(FL(m) & (NG_TOK_HYPHEN | NG_TOK_NUMBER | NG_TOK_POSS));
            continue;
        }
        if (in_list_lines(x, m, NG_TL_PUBLISHER_JOIN))
            joined = 1;
        else if (!is_capword(x, m) && !(FL(m) & NG_TOK_NUMBER))
            return 0;
    }
    if (!joined)
        return 0;
    /* the publisher first may be one the gazetteer does not know, with a
     * known wire after it: "Ahram Online , AFP , Reuters" */
    size_t u = k;
    while (u < e && u < k + OUTLET_NAME_MAX_WORDS && is_capword(x, u) &&
           !(bits_of(x, u) & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY))))
        u++;
    if (u > k && u < e && (text_is(x, u, ",") || in_list_lines(x, u, NG_TL_PUBLISHER_JOIN)) &&
        outlet_at(x, k, u) < u) {
        *ob = k;
        first = u;
        words += u - k;
        k = u;
    }
    while (k < e) {
        size_t m = outlet_at(x, k, e);
        if (m > k) {
            if (!first) {
                *ob = k;
                first = m;
            }
            known++;
            words += m - k;
            k = m;
            continue;
        }
        if (is_word(x, k) && !(FL(k) & NG_TOK_NUMBER)) {
            uint32_t bt = bits_of(x, k);
            if (!in_list_lines(x, k, NG_TL_PUBLISHER_JOIN) &&
                !(bt & (LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY))) &&
                !(by && is_capword(x, k) && !(bt & LEX(NG_LEX_STOPWORD))) &&
                !(TOK(k).flen <= TIME_WORD_MAX_BYTES && (FL(k) & NG_TOK_UPPER) && k > b &&
                  (FL(k - 1) & NG_TOK_NUMBER)))
                return 0;
            if (++words > PUBLISHER_LINE_MAX_WORDS)
                return 0;
        } else if (!(FL(k) & NG_TOK_NUMBER) && is_terminal_punct(x, k) && !text_is(x, k, ".")) {
            return 0;
        }
        k++;
    }
    return known ? first : 0;
}

static void mark_line(ng_extractor *x, size_t b, size_t e, int top)
{
    size_t words = 0, upper = 0, content = 0, content_cap = 0;
    size_t slash = e; /* the first glued "/" before the line's last token */
    size_t copy = e;    /* the first copyright sign */
    int terminal = is_terminal_punct(x, e - 1);
    /* a headline may ask ("What Next For The Camps?"); prose that asks is
     * in lower case and fails the share below */
    int question = text_is(x, e - 1, "?");
    /* title case is looked for in a line that ends no sentence or asks:
     * its content words are counted there only (not in prose) */
    int titled = !terminal || question;
    for (size_t k = b; k < e; k++) {
        if (!is_word(x, k) || (FL(k) & NG_TOK_NUMBER)) {
            if (slash == e && k + 1 < e && glued_slash(x, k))
                slash = k;
            if (copy == e && (unsigned char)x->text[TOK(k).start] == 0xC2 &&
                text_is(x, k, "\xC2\xA9"))
                copy = k;
            continue;
        }

        words++;
        if (FL(k) & NG_TOK_UPPER)
            upper++;
        if (!titled)
            continue;
        /* title case shows in the words prose writes in lower case: a
         * content word, a common word such as "Thousands" or "Women", or a
         * small word ("In", "For", "The") inside the line; an acronym
         * ("SDF") is written so in prose as in a headline and counts for
         * the title case, not against it */
        uint32_t bt = bits_of(x, k);
        int cased = (FL(k) & (NG_TOK_CAP | NG_TOK_UPPER)) != 0;
        int common = (bt & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_CONNECTOR))) != 0;
        if (!(bt & LEX(NG_LEX_ARTICLE)) &&
            ((TOK(k).flen > CONTENT_WORD_MIN_BYTES && (cased || !common)) ||
             (cased && k > b && common))) {
            content++;
            if (cased)
                content_cap++;
        }
    }
    if (!words)
        return;
    /* a credit closing a wire story: "Jane Roe in Amman contributed to
     * this report.", "Jane Roe contributed reporting from Amman." (names
     * and places of the newsroom, none of the story) */
    if (words <= CONTRIB_LINE_MAX_WORDS && contributed_line(x, b, e)) {
        memset(x->marks + b, MARK_SKIP, e - b);
        return;
    }
    /* a wire story's credits, however long: "Reporting by X in Ankara;
     * Editing by Y", "(Additional reporting by Z)" */
    size_t c0 = b;
    while (c0 < e && !is_word(x, c0))
        c0++;
    /* "With additional reporting by" */
    if (c0 < e && fold_is(x, c0, "with"))
        c0++;
    if (c0 < e && fold_is(x, c0, "additional"))
        c0++;
    if (c0 + 1 < e && fold_is(x, c0 + 1, "by") &&
        (fold_is(x, c0, "reporting") || fold_is(x, c0, "writing") ||
         fold_is(x, c0, "editing") || fold_is(x, c0, "compiled") ||
         fold_is(x, c0, "reported") || fold_is(x, c0, "edited") ||
         fold_is(x, c0, "written") || fold_is(x, c0, "translated"))) {
        memset(x->marks + b, MARK_SKIP, e - b);
        return;
    }
    /* the wires a report drew on: "Some information for this report came
     * from AP, AFP and Reuters", "Information for this story came from
     * AFP" */
    if (terminal && words <= CONTRIB_LINE_MAX_WORDS && wires_line(x, c0, e)) {
        memset(x->marks + b, MARK_SKIP, e - b);
        return;
    }
    /* "(AFP)", "ng/kms (AFP, Reuters, dpa)", "(FRANCE 24 with AFP)": the
     * first publishes the article */
    if (agency_line(x, b, e)) {
        memset(x->marks + b, MARK_SKIP, e - b);
        size_t a = b;
        while (a < e && !text_is(x, a, "("))
            a++;
        size_t m = ++a;
        while (m < e && (is_capword(x, m) || (FL(m) & NG_TOK_NUMBER)))
            m++;
        if (m > a && x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
            x->pub_b = (uint32_t)a;
            x->pub_e = (uint32_t)m;
        }
        return;
    }
    /* "© Jane Roe, AFP": a copyright to the line's end */
    if (copy < e) {
        memset(x->marks + copy, MARK_SKIP, e - copy);
        if (copy == b)
            return;
        e = copy;
    }
    /* "SOURCE: Al Jazeera and news agencies": the publisher and its wires */
    if (c0 + 2 < e && words <= FURNITURE_MAX_WORDS && fold_is(x, c0, "source") &&
        text_is(x, c0 + 1, ":")) {
        memset(x->marks + b, MARK_SKIP, e - b);
        size_t m = c0 + 2;
        while (m < e && is_capword(x, m))
            m++;
        if (m > c0 + 2 && x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
            x->pub_b = (uint32_t)(c0 + 2);
            x->pub_e = (uint32_t)m;
        }
        return;
    }
    /* a caption's credit after its last sentence: "... on Saturday.
     * Reuters", or the whole line */
    {
        size_t t = e;
        while (t > b && !is_terminal_punct(x, t - 1))
            t--;
        if (t < e && credit_only(x, t, e)) {
            memset(x->marks + t, MARK_SKIP, e - t);
            if (t == b)
                return;
        }
    }
    /* a header line of two names and a separator, above the article:
     * "Kurdistan24 | Azad Rashid", "Enab Baladi - Al-Hasakah" (the
     * outlet first) */
    if (top && words >= 2 && words <= HEADER_LINE_MAX_WORDS && !terminal) {
        size_t sep = e, seps = 0;
        int ok = 1;
        for (size_t k = b; k < e && ok; k++) {
            if (is_word(x, k)) {
                ok = (FL(k) & (NG_TOK_CAP | NG_TOK_UPPER)) ||
                     (is_lower(x, k) && (bits_of(x, k) & LEX(NG_LEX_ARTICLE)));
            } else if (text_is(x, k, "|") || text_is(x, k, "\xE2\x80\x94") ||
                       text_is(x, k, "\xE2\x80\x93") || text_is(x, k, "\xE2\x80\xA2") ||
                       text_is(x, k, "\xC2\xB7") ||
                       ((text_is(x, k, "-") || text_is(x, k, "/")) && (FL(k) & NG_TOK_SPACE))) {
                sep = k;
                seps++;
            } else {
                ok = (FL(k) & NG_TOK_HYPHEN) != 0;
            }
        }
        if (ok && seps == 1 && sep > b && sep + 1 < e) {
            memset(x->marks + b, MARK_SKIP, e - b);
            if (x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
                x->pub_b = (uint32_t)b;
                x->pub_e = (uint32_t)sep;
            }
            return;
        }
    }
    /* the outlet's name alone on a line above the article ("Rudaw", "VOA
     * News", an entry of category media): the publisher */
    if (top && words <= OUTLET_LINE_MAX_WORDS && !terminal && is_capword(x, c0) &&
        ng_media_name(x, c0, e)) {
        memset(x->marks + b, MARK_SKIP, e - b);
        if (x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
            x->pub_b = (uint32_t)c0;
            x->pub_e = (uint32_t)e;
        }
        return;
    }
    /* "DW with AFP, Reuters", "TRT World and Agencies": the first
     * publishes the article */
    if (words <= PUBLISHER_LINE_MAX_WORDS && !terminal) {
        size_t ob = 0, oe = publisher_line(x, b, e, &ob);
        if (oe) {
            memset(x->marks + b, MARK_SKIP, e - b);
            if (x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
                x->pub_b = (uint32_t)ob;
                x->pub_e = (uint32_t)oe;
            }
            return;
        }
    }
    /* "Follow Al Jazeera English:" above the share buttons */
    if (words <= FURNITURE_MAX_WORDS && fold_is(x, c0, "follow") && text_is(x, e - 1, ":")) {
        memset(x->marks + b, MARK_SKIP, e - b);
        return;
    }
    /* page furniture and scrape junk: a short line holding a furniture phrase */
    if (words <= FURNITURE_MAX_WORDS) {
        for (size_t k = b; k < e; k++) {
            if (lex_match(x, NG_LEX_FURNITURE, k, e)) {
                memset(x->marks + b, MARK_SKIP, e - b);
                return;
            }
        }
    }
    /* byline: "Josie Ensor in Beirut", "By Jane Doe" */
    int by = fold_is(x, b, "by");
    /* "Jane Doe in Akcakale and John Roe in Beirut": a name and a place each */
    size_t ands = 0;
    for (size_t k = b; k < e && words > BYLINE_MAX_WORDS && !terminal && !by; k++)
        ands += is_lower(x, k) && fold_is(x, k, "and");
    if (words >= 2 && words <= (by ? BY_LINE_MAX_WORDS : BYLINE_MAX_WORDS * (1 + ands)) &&
        !terminal) {
        int ok = 1, has_in = 0;
        size_t sep = e; /* the first separator of a "By" line */
        for (size_t k = b; k < e && ok; k++) {
            if (!is_word(x, k)) {
                /* "By Jane Doe | Associated Press", "By Jane Doe — AFP" */
                int mark = by && (text_is(x, k, "|") || text_is(x, k, "/") ||
                                  text_is(x, k, "\xE2\x80\x94") ||
                                  text_is(x, k, "\xE2\x80\x93") ||
                                  text_is(x, k, "\xE2\x80\xA2") || text_is(x, k, "\xC2\xB7"));
                ok = text_is(x, k, ",") || (FL(k) & NG_TOK_HYPHEN) || mark;
                if (mark && sep == e)
                    sep = k;
                continue;
            }
            /* "in" written in lower case: "Fighting Eases In Raqqa" is a
             * title-case headline */
            if (is_lower(x, k) && (fold_is(x, k, "in") || fold_is(x, k, "and")))
                has_in |= fold_is(x, k, "in");
            else if (by && is_lower(x, k) && byline_word(x, k))
                continue; /* "By Middle East Eye staff", "By a staff writer" */
            else if (!(FL(k) & NG_TOK_CAP) || ((FL(k) & NG_TOK_UPPER) && !by))
                ok = 0; /* an agency in capitals may sign a "By" line */
        }
        if (ok && (has_in || by) && (FL(b) & NG_TOK_CAP) &&
            (by || !(bits_of(x, b) & LEX(NG_LEX_STOPWORD)))) {
            memset(x->marks + b, MARK_SKIP, e - b);
            /* the outlet after the separator publishes the article */
            if (sep + 1 < e && x->pub_b == x->pub_e && b >= x->core_b && b < x->core_e) {
                x->pub_b = (uint32_t)(sep + 1);
                x->pub_e = (uint32_t)e;
            }
            return;
        }
    }
    /* a byline's second line: "Middle East reporter", "Defence
     * correspondent" (capitalised words, then the job) */
    if (words >= 2 && words <= BYLINE_MAX_WORDS && !terminal && is_lower(x, e - 1) &&
        byline_word(x, e - 1) && TOK(e - 1).flen > CONTENT_WORD_MIN_BYTES) {
        size_t k = b;
        while (k < e - 1 && (is_capword(x, k) || !is_word(x, k)))
            k++;
        if (k == e - 1) {
            memset(x->marks + b, MARK_SKIP, e - b);
            return;
        }
    }
    /* photo credits: "Name Surname/AFP", "AFP/Getty Images" */
    for (size_t k = slash; k + 1 < e; k++) {
        if (!glued_slash(x, k))
            continue;
        size_t cl = lex_match(x, NG_LEX_CREDIT, k + 1, e);
        size_t end = k + 1 + cl;
        size_t start = k;
        if (!cl) {
            /* credit before the slash: "AFP/Getty", "Copyright AP
             * Photo/Jane Roe" (to the line's end) */
            if (k >= b + 2 && lex_match(x, NG_LEX_CREDIT, k - 2, k) == 2)
                start = k - 2;
            else if (k > b && lex_match(x, NG_LEX_CREDIT, k - 1, k))
                start = k - 1;
            else
                continue;
            if (start > b && fold_is(x, start - 1, "copyright"))
                start--;
            end = k + 1;
            while (end < e && is_capword(x, end))
                end++;
        } else {
            size_t n = 0;
            /* "Ayman Al-hamid/AFP": a name's part after a hyphen too */
            while (start > b && n < CREDIT_NAME_MAX_WORDS &&
                   (is_capword(x, start - 1) || (FL(start - 1) & NG_TOK_HYPHEN) ||
                    (start - 1 > b && (FL(start - 2) & NG_TOK_HYPHEN) && is_word(x, start - 1)))) {
                start--;
                n += is_capword(x, start);
            }
        }
        /* "Name/AFP via Getty Images" */
        if (end + 1 < e && fold_is(x, end, "via"))
            end += 1 + lex_match(x, NG_LEX_CREDIT, end + 1, e);
        memset(x->marks + start, MARK_SKIP, end - start);
    }
    mark_dateline(x, b, e);
    if (words >= 2 && upper * HEADLINE_SHARE_DEN >= words * HEADLINE_SHARE_NUM) {
        for (size_t k = b; k < e; k++)
            x->marks[k] |= MARK_CAPS;
    } else if (content >= TITLE_MIN_CONTENT_WORDS && (!terminal || question) &&
               content_cap * HEADLINE_SHARE_DEN >= content * HEADLINE_SHARE_NUM) {
        for (size_t k = b; k < e; k++)
            x->marks[k] |= MARK_TITLE;
    }
}

/* A time stamp's line: "Friday 16 December 2016 11:40 GMT", "Sunday 20
 * November 2022 12:15, UK" (a date word, numbers, at most one other word). */
static int date_line(const ng_extractor *x, size_t b, size_t e)
{
    size_t dates = 0, other = 0;
    int after_time = 0; /* "5:04 PM ET": the meridiem and the zone after a time */
    for (size_t k = b; k < e; k++) {
        if (!is_word(x, k) || (FL(k) & NG_TOK_NUMBER)) {
            after_time = (FL(k) & NG_TOK_NUMBER) != 0;
            continue;
        }
        if (after_time && TOK(k).flen <= TIME_WORD_MAX_BYTES &&
            (FL(k) & (NG_TOK_UPPER | NG_TOK_DOTTED)))
            continue;
        after_time = 0;
        if (bits_of(x, k) & (LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY)))
            dates++;
        else if (!(bits_of(x, k) & LEX(NG_LEX_STOPWORD)) && ++other > DATE_LINE_MAX_OTHER)
            return 0;
    }
    return dates > 0;
}

/* A magazine's dateline after the date: "Feb 16th 2023 | ANTAKYA" names the
 * place the article is written from (capitalised words after the line's
 * last bar). The end of the date's part of the line [b, e): the place's
 * first token, or e. */
static size_t dated_place(const ng_extractor *x, size_t b, size_t e)
{
    size_t k = e;
    while (k > b && is_capword(x, k - 1) &&
           !(bits_of(x, k - 1) & (LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY))))
        k--;
    return k < e && k > b + 1 && text_is(x, k - 1, "|") && e - k <= NAME_LINE_PLACE_MAX_WORDS
               ? k
               : e;
}

/* A line that is only a person's name, as a byline gives it: two to four
 * capitalised words, nothing else ("Harriet Vale", "Rachel Dunmore Beirut"). */
static int name_line(const ng_extractor *x, size_t b, size_t e)
{
    size_t words = 0, place = 0, comma = 0;
    for (size_t k = b; k < e; k++) {
        if (FL(k) & NG_TOK_HYPHEN)
            continue;
        /* "Lina Haddad, Beirut": the reporter's city after a comma */
        if (text_is(x, k, ",") && !comma && words) {
            comma = 1;
            continue;
        }
        if (!is_capword(x, k) || (FL(k) & NG_TOK_UPPER) ||
            (bits_of(x, k) & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY))))
            return 0;
        if (comma)
            place++;
        else
            words++;
    }
    return words >= 2 && words <= NAME_LINE_MAX_WORDS &&
           (!comma || (place >= 1 && place <= NAME_LINE_PLACE_MAX_WORDS));
}

void ng_lines_mark(ng_extractor *x)
{
    size_t n = x->t.count, b = 0;
    x->pub_b = x->pub_e = 0;
    /* the line before, for a byline that is only a name */
    size_t pb = 0, pe = 0;
    int top = 1; /* no line of prose yet: headline, standfirst, bylines */
    for (size_t k = 1; k <= n; k++) {
        /* to the line's end, with the tokens in a local */
        const ng_token *tok = x->t.tok;
        while (k < n && !(tok[k].flags & NG_TOK_NEWLINE))
            k++;
        {
            mark_line(x, b, k, top);
            if (top && is_terminal_punct(x, k - 1) && k - b >= PROSE_LINE_MIN_TOKENS)
                top = 0;
            /* a time stamp's line names nothing; a name alone on the line
             * above it, or above the reporter's job, signs the article */
            int stamp = !(x->marks[b] & MARK_SKIP) && date_line(x, b, k);
            if (stamp)
                memset(x->marks + b, MARK_SKIP, dated_place(x, b, k) - b);
            if ((stamp || (x->marks[b] & MARK_SKIP)) && pe > pb && !(x->marks[pb] & MARK_SKIP) &&
                name_line(x, pb, pe))
                memset(x->marks + pb, MARK_SKIP, pe - pb);
            /* above the article, a line that is only a person's name (a known
             * given name first), with the reporter's city after a comma:
             * "Jane Roe, Amman" signs it */
            if (top && !(x->marks[b] & MARK_SKIP) && (bits_of(x, b) & LEX(NG_LEX_FIRSTNAME)) &&
                name_line(x, b, k))
                memset(x->marks + b, MARK_SKIP, k - b);
            pb = b;
            pe = k;
            b = k;
        }
    }
    for (size_t s = 0; s < x->ss.count; s++) {
        for (size_t k = x->ss.s[s].tok_begin; k < x->ss.s[s].tok_end; k++) {
            if (is_word(x, k)) {
                x->marks[k] |= MARK_INITIAL;
                /* "Photo: Name/Outlet", "(Photo: Kurdistan24)", "Photograph
                 * by Name": a credit to the parenthesis or the line's end */
                size_t e = k + 1, m = 0;
                /* "(File photo: Reuters)" */
                size_t pk = k + 1 < n && fold_is(x, k, "file") && photo_word(x, k + 1) ? k + 1 : k;
                if (photo_word(x, pk)) {
                    while (e < n && !(FL(e) & NG_TOK_NEWLINE))
                        e++;
                    m = photo_label(x, pk, e);
                }
                if (m) {
                    while (m < e && !text_is(x, m, ")"))
                        m++;
                    memset(x->marks + k, MARK_SKIP, m - k);
                }
                break;
            }
        }
    }
}
