/* test_text.c - unit tests for UTF-8, folding, tokens, sentences, documents */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsgraph/common.h"
#include "text/document.h"
#include "text/text.h"

/* ---- helpers ---------------------------------------------------------- */

#define S(lit) (lit), (sizeof(lit) - 1)

static char *fold_str(const char *s)
{
    return ng_fold_dup(s, strlen(s));
}

static void assert_fold(const char *in, const char *want)
{
    char *got = fold_str(in);
    assert_string_equal(got, want);
    assert_true(strlen(got) <= strlen(in));
    free(got);
}

/* Tokenise text; the caller releases t. */
static void tokenize(ng_tokens *t, const char *text)
{
    ng_tokens_init(t);
    ng_tokens_run(t, text, strlen(text));
}

static int tok_is(const ng_tokens *t, size_t i, const char *text, const char *want)
{
    return t->tok[i].len == strlen(want) && memcmp(text + t->tok[i].start, want, strlen(want)) == 0;
}

static int fold_is(const ng_tokens *t, size_t i, const char *want)
{
    return t->tok[i].flen == strlen(want) && memcmp(ng_tokens_fold(t, i), want, strlen(want)) == 0;
}

/* Assert that the tokens' texts are exactly want[0..n). */
static void assert_tokens(const char *text, const char *const *want, size_t n)
{
    ng_tokens t;
    tokenize(&t, text);
    if (t.count != n)
        fail_msg("\"%s\": %zu tokens, expected %zu", text, t.count, n);
    for (size_t i = 0; i < n; i++)
        if (!tok_is(&t, i, text, want[i]))
            fail_msg("\"%s\": token %zu is \"%.*s\", expected \"%s\"", text, i,
                     (int)t.tok[i].len, text + t.tok[i].start, want[i]);
    ng_tokens_release(&t);
}

/* Sentences must tile the tokens in order, and their byte spans must be the
 * spans of their first and last tokens. */
static void check_sentence_invariants(const ng_sentences *s, const ng_tokens *t)
{
    uint32_t next = 0;
    for (size_t i = 0; i < s->count; i++) {
        const ng_sentence *x = &s->s[i];
        assert_int_equal(x->tok_begin, next);
        assert_true(x->tok_end > x->tok_begin);
        assert_int_equal(x->start, t->tok[x->tok_begin].start);
        assert_int_equal(x->end, t->tok[x->tok_end - 1].start + t->tok[x->tok_end - 1].len);
        assert_true(x->end > x->start);
        next = x->tok_end;
    }
    assert_int_equal(next, t->count);
}

/* Split text and compare the sentences' texts with want[0..n). */
static void assert_sentences(const char *text, const char *const *want, size_t n)
{
    ng_tokens t;
    ng_sentences s;
    tokenize(&t, text);
    ng_sentences_init(&s);
    ng_sentences_split(&s, text, &t);
    check_sentence_invariants(&s, &t);
    if (s.count != n) {
        for (size_t i = 0; i < s.count; i++)
            print_message("  sentence %zu: \"%.*s\"\n", i, (int)(s.s[i].end - s.s[i].start),
                          text + s.s[i].start);
        fail_msg("\"%s\": %zu sentences, expected %zu", text, s.count, n);
    }
    for (size_t i = 0; i < n; i++) {
        size_t len = s.s[i].end - s.s[i].start;
        if (len != strlen(want[i]) || memcmp(text + s.s[i].start, want[i], len) != 0)
            fail_msg("\"%s\": sentence %zu is \"%.*s\", expected \"%s\"", text, i, (int)len,
                     text + s.s[i].start, want[i]);
    }
    ng_sentences_release(&s);
    ng_tokens_release(&t);
}

#define ASSERT_TOKENS(text, ...)                                                           \
    do {                                                                                   \
        static const char *const want_[] = {__VA_ARGS__};                                  \
        assert_tokens((text), want_, sizeof want_ / sizeof want_[0]);                      \
    } while (0)

#define ASSERT_SENTENCES(text, ...)                                                        \
    do {                                                                                   \
        static const char *const want_[] = {__VA_ARGS__};                                  \
        assert_sentences((text), want_, sizeof want_ / sizeof want_[0]);                   \
    } while (0)

/* A diagnostics handle writing into memory. */
typedef struct capture {
    ng_diag diag;
    char *text;
    size_t size;
} capture;

static void capture_open(capture *c)
{
    memset(c, 0, sizeof *c);
    c->diag.out = open_memstream(&c->text, &c->size);
    assert_non_null(c->diag.out);
}

static char *capture_text(capture *c)
{
    fclose(c->diag.out);
    c->diag.out = NULL;
    return c->text;
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (*s == '\n')
            n++;
    return n;
}

/* ---- UTF-8 ------------------------------------------------------------ */

static void assert_decode(const char *s, size_t n, size_t want_len, uint32_t want_cp)
{
    uint32_t cp = 0;
    size_t len = ng_utf8_decode(s, n, &cp);
    assert_int_equal(len, want_len);
    assert_int_equal(cp, want_cp);
}

static void test_utf8_decode_valid(void **state)
{
    (void)state;
    assert_decode(S("A"), 1, 'A');
    assert_decode(S("\x7F"), 1, 0x7F);
    assert_decode("\0", 1, 1, 0);
    assert_decode(S("\xC2\x80"), 2, 0x80);
    assert_decode(S("\xC3\xAF"), 2, 0xEF); /* ï */
    assert_decode(S("\xDF\xBF"), 2, 0x7FF);
    assert_decode(S("\xE0\xA0\x80"), 3, 0x800);
    assert_decode(S("\xE2\x80\x99"), 3, 0x2019);
    assert_decode(S("\xD8\xAF"), 2, 0x062F); /* Arabic dal */
    assert_decode(S("\xED\x9F\xBF"), 3, 0xD7FF); /* just below the surrogates */
    assert_decode(S("\xEE\x80\x80"), 3, 0xE000); /* just above them */
    assert_decode(S("\xEF\xBF\xBD"), 3, 0xFFFD); /* a real U+FFFD is 3 bytes */
    assert_decode(S("\xF0\x90\x80\x80"), 4, 0x10000);
    assert_decode(S("\xF0\x9F\x98\x80"), 4, 0x1F600);
    assert_decode(S("\xF4\x8F\xBF\xBF"), 4, 0x10FFFF);
    /* only the first code point is decoded */
    assert_decode(S("\xC3\xA9tat"), 2, 0xE9);
}

static void test_utf8_decode_invalid(void **state)
{
    (void)state;
    /* overlong forms */
    assert_decode(S("\xC0\x80"), 1, 0xFFFD);
    assert_decode(S("\xC1\xBF"), 1, 0xFFFD);
    assert_decode(S("\xE0\x80\x80"), 1, 0xFFFD);
    assert_decode(S("\xE0\x9F\xBF"), 1, 0xFFFD);
    assert_decode(S("\xF0\x80\x80\x80"), 1, 0xFFFD);
    assert_decode(S("\xF0\x8F\xBF\xBF"), 1, 0xFFFD);
    /* UTF-16 surrogates */
    assert_decode(S("\xED\xA0\x80"), 1, 0xFFFD);
    assert_decode(S("\xED\xBF\xBF"), 1, 0xFFFD);
    /* beyond U+10FFFF */
    assert_decode(S("\xF4\x90\x80\x80"), 1, 0xFFFD);
    assert_decode(S("\xF5\x80\x80\x80"), 1, 0xFFFD);
    assert_decode(S("\xF7\xBF\xBF\xBF"), 1, 0xFFFD);
    assert_decode(S("\xF8\x88\x80\x80\x80"), 1, 0xFFFD);
    /* truncated by n, even when the bytes follow in memory */
    assert_decode("\xC3\xA9", 1, 1, 0xFFFD);
    assert_decode("\xE2\x80\x99", 2, 1, 0xFFFD);
    assert_decode("\xF0\x9F\x98\x80", 3, 1, 0xFFFD);
    /* bad continuation bytes */
    assert_decode(S("\xC3" "A"), 1, 0xFFFD);
    assert_decode(S("\xE2\x80" "A"), 1, 0xFFFD);
    assert_decode(S("\xE2\xC3\xA9"), 1, 0xFFFD);
    /* lone continuation bytes and bytes never used */
    assert_decode(S("\x80"), 1, 0xFFFD);
    assert_decode(S("\xBF"), 1, 0xFFFD);
    assert_decode(S("\xFE"), 1, 0xFFFD);
    assert_decode(S("\xFF"), 1, 0xFFFD);
}

static void test_utf8_encode_roundtrip(void **state)
{
    (void)state;
    char buf[4];
    assert_int_equal(ng_utf8_encode('z', buf), 1);
    assert_memory_equal(buf, "z", 1);
    assert_int_equal(ng_utf8_encode(0xEF, buf), 2);
    assert_memory_equal(buf, "\xC3\xAF", 2);
    assert_int_equal(ng_utf8_encode(0xFFFD, buf), 3);
    assert_memory_equal(buf, "\xEF\xBF\xBD", 3);
    assert_int_equal(ng_utf8_encode(0x1F600, buf), 4);
    assert_memory_equal(buf, "\xF0\x9F\x98\x80", 4);

    /* every scalar value survives encode + decode */
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        size_t n = ng_utf8_encode(cp, buf);
        size_t want = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (n != want)
            fail_msg("U+%04X encoded in %zu bytes", (unsigned)cp, n);
        uint32_t back = 0;
        size_t used = ng_utf8_decode(buf, n, &back);
        if (used != n || back != cp)
            fail_msg("U+%04X decoded as U+%04X (%zu bytes)", (unsigned)cp, (unsigned)back,
                     used);
        if (ng_utf8_invalid_count(buf, n) != 0)
            fail_msg("U+%04X counted as invalid", (unsigned)cp);
    }
}

static void test_utf8_invalid_count(void **state)
{
    (void)state;
    assert_int_equal(ng_utf8_invalid_count("", 0), 0);
    assert_int_equal(ng_utf8_invalid_count(S("Raqqa")), 0);
    assert_int_equal(ng_utf8_invalid_count(S("A\xC3\xAFn Issa \xD8\xAF\xF0\x9F\x98\x80")), 0);
    assert_int_equal(ng_utf8_invalid_count(S("real \xEF\xBF\xBD is valid")), 0);
    assert_int_equal(ng_utf8_invalid_count(S("\xFF")), 1);
    assert_int_equal(ng_utf8_invalid_count(S("a\xFF" "b\xFE" "c")), 2);
    assert_int_equal(ng_utf8_invalid_count(S("ends in \xC3")), 1);
    assert_int_equal(ng_utf8_invalid_count(S("\xC0\x80")), 2); /* overlong: 2 bad bytes */
    assert_int_equal(ng_utf8_invalid_count(S("\xED\xA0\x80")), 3); /* surrogate */
    /* a truncated sequence followed by ASCII: the ASCII is not swallowed */
    assert_int_equal(ng_utf8_invalid_count(S("\xE2\x80" "x")), 2);
    /* Latin-1 text mistaken for UTF-8 */
    assert_int_equal(ng_utf8_invalid_count(S("A\xEFn Issa, Mayad\xEEn")), 2);
}

static void test_utf8_repair(void **state)
{
    (void)state;
    size_t len = 0;
    char *r = ng_utf8_repair(S("a\xFF" "b"), &len);
    assert_int_equal(len, 5);
    assert_string_equal(r, "a\xEF\xBF\xBD" "b");
    free(r);

    /* each invalid byte of a broken sequence gets its own U+FFFD */
    r = ng_utf8_repair(S("\xC0\x80"), &len);
    assert_string_equal(r, "\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_int_equal(len, 6);
    free(r);

    /* truncated at the end */
    r = ng_utf8_repair(S("Mayad\xC3"), &len);
    assert_string_equal(r, "Mayad\xEF\xBF\xBD");
    free(r);

    /* C0 controls become spaces; TAB, LF and CR are kept */
    r = ng_utf8_repair(S("a\x01" "b\x1B" "c\td\ne\rf\x0C" "g"), &len);
    assert_string_equal(r, "a b c\td\ne\rf g");
    assert_int_equal(len, 13);
    free(r);
    r = ng_utf8_repair("x\0y", 3, &len); /* NUL is a control too */
    assert_int_equal(len, 3);
    assert_string_equal(r, "x y");
    free(r);
    /* DEL and C1 controls too; bidirectional formatting characters are
     * dropped (a name they split is whole again) */
    r = ng_utf8_repair(S("a\x7F" "b\xC2\x9B" "c Pu\xE2\x80\xAE" "tin \xE2\x81\xA6" "x\xE2\x80\x8F"),
                       &len);
    assert_string_equal(r, "a b c Putin x");
    assert_int_equal(len, 13);
    free(r);

    /* valid text, including a real U+FFFD, is copied unchanged */
    const char *ok = "A\xC3\xAFn Issa \xE2\x80\x94 \xD8\xAF\xD9\x8A\xD8\xB1 \xEF\xBF\xBD \xF0\x9F\x98\x80";
    r = ng_utf8_repair(ok, strlen(ok), &len);
    assert_string_equal(r, ok);
    assert_int_equal(len, strlen(ok));
    assert_int_equal(ng_utf8_invalid_count(r, len), 0);
    free(r);

    /* empty input and a NULL out_len */
    r = ng_utf8_repair("", 0, &len);
    assert_string_equal(r, "");
    assert_int_equal(len, 0);
    free(r);
    r = ng_utf8_repair(S("\xFE"), NULL);
    assert_string_equal(r, "\xEF\xBF\xBD");
    free(r);

    /* the repaired text is always valid */
    char junk[256];
    for (int i = 0; i < 256; i++)
        junk[i] = (char)(255 - i);
    r = ng_utf8_repair(junk, sizeof junk, &len);
    assert_int_equal(ng_utf8_invalid_count(r, len), 0);
    assert_int_equal(strlen(r), len);
    free(r);
}

/* ---- folding ---------------------------------------------------------- */

static void test_fold_latin(void **state)
{
    (void)state;
    assert_fold("A\xC3\xAFn Issa", "ain issa");          /* Aïn Issa */
    assert_fold("Erdo\xC4\x9F" "an", "erdogan");         /* Erdoğan */
    assert_fold("\xC3\x9F", "ss");                       /* ß */
    assert_fold("Stra\xC3\x9F" "e", "strasse");
    assert_fold("\xE1\xBA\x9E", "ss");                   /* capital ẞ */
    assert_fold("U.S.", "us");
    assert_fold("RAQQA", "raqqa");
    assert_fold("Qami\xC5\x9Flo", "qamislo");            /* Kurdish Qamişlo */
    assert_fold("Koban\xC3\xAE", "kobani");              /* Kobanî */
    assert_fold("Efr\xC3\xAEn", "efrin");                /* Efrîn */
    assert_fold("\xC5\x9E\xC3\xAAx Meqs\xC3\xBB" "d", "sex meqsud"); /* Şêx Meqsûd */
    assert_fold("\xC3\x86" "gir \xC5\x92uvre", "aegir oeuvre"); /* Æ Œ */
    assert_fold("\xC5\x81\xC3\xB3" "d\xC5\xBA", "lodz");  /* Łódź */
    assert_fold("\xC3\x98resund", "oresund");
    assert_fold("\xC3\x9E" "ing", "thing");              /* Þ */
    assert_fold("D\xC4\xB1yarbak\xC4\xB1r", "diyarbakir"); /* dotless ı */
    assert_fold("Nguy\xE1\xBB\x85n", "nguyen");          /* Vietnamese ễ */
    /* combining accents are dropped */
    assert_fold("Ai\xCC\x88n", "ain");
    assert_fold("", "");
}

static void test_fold_apostrophes_and_punct(void **state)
{
    (void)state;
    assert_fold("Ma'arrat", "maarrat");
    assert_fold("Ma\xE2\x80\x99" "arrat", "maarrat");   /* ’ */
    assert_fold("Ma\xCA\xBF" "arrat", "maarrat");       /* ʿ ayin */
    assert_fold("Ma\xCA\xBE" "arrat", "maarrat");       /* ʾ hamza */
    assert_fold("Ma\xCA\xBC" "arrat", "maarrat");       /* ʼ */
    assert_fold("Hay'at Tahrir al-Sham", "hayat tahrir al-sham");
    /* typographic quotes and dashes to ASCII */
    assert_fold("\xE2\x80\x9CRaqqa\xE2\x80\x9D", "\"raqqa\"");
    assert_fold("\xC2\xAB" "Kobani\xC2\xBB", "\"kobani\"");
    assert_fold("\xE2\x80\x9E" "x", "\"x");
    assert_fold("a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x80\x90" "d\xE2\x80\x91" "e", "a-b-c-d-e");
    /* periods and ellipses vanish; other ASCII punctuation stays */
    assert_fold("U.N. says\xE2\x80\xA6", "un says");
    assert_fold("a,b;c:d!e?(f)", "a,b;c:d!e?(f)");
}

static void test_fold_other_scripts(void **state)
{
    (void)state;
    /* Cyrillic and Greek capitals are lower-cased */
    assert_fold("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90",
                "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"); /* МОСКВА -> москва */
    assert_fold("\xD0\x90\xD0\xAF", "\xD0\xB0\xD1\x8F");             /* АЯ -> ая */
    assert_fold("\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91",
                "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1"); /* ΑΘΗΝΑ -> αθηνα */
    assert_fold("\xCE\xA3\xCE\xA9", "\xCF\x83\xCF\x89");             /* ΣΩ -> σω */
    /* lower case and other scripts are copied unchanged */
    assert_fold("\xD0\xBC\xCE\xB1", "\xD0\xBC\xCE\xB1");
    const char *arabic = "\xD8\xAF\xD9\x8A\xD8\xB1 \xD8\xA7\xD9\x84\xD8\xB2\xD9\x88\xD8\xB1";
    assert_fold(arabic, arabic); /* دير الزور */
    assert_fold("\xE4\xB8\xAD\xE6\x96\x87", "\xE4\xB8\xAD\xE6\x96\x87");
    assert_fold("\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80");
}

static void test_fold_never_longer(void **state)
{
    (void)state;
    /* every single code point, and the same in a run of mixed text */
    char in[8], out[8];
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        size_t n = ng_utf8_encode(cp, in);
        memset(out, 0, sizeof out);
        size_t fl = ng_fold(in, n, out);
        if (fl > n)
            fail_msg("U+%04X folds to %zu bytes from %zu", (unsigned)cp, fl, n);
    }
    /* invalid bytes are not expanded either */
    char junk[256], jout[256];
    for (int i = 0; i < 256; i++)
        junk[i] = (char)i;
    assert_true(ng_fold(junk, sizeof junk, jout) <= sizeof junk);
    /* ng_fold_dup terminates */
    char *d = ng_fold_dup("Abu Kamal", 3);
    assert_string_equal(d, "abu");
    free(d);
}

static void test_cp_class(void **state)
{
    (void)state;
    assert_int_equal(ng_cp_class('a'), NG_CP_LETTER);
    assert_int_equal(ng_cp_class('Z'), NG_CP_LETTER | NG_CP_UPPER);
    assert_int_equal(ng_cp_class('7'), NG_CP_DIGIT);
    assert_int_equal(ng_cp_class(' '), NG_CP_SPACE);
    assert_int_equal(ng_cp_class('\t'), NG_CP_SPACE);
    assert_int_equal(ng_cp_class('\n'), NG_CP_SPACE);
    assert_int_equal(ng_cp_class('\r'), NG_CP_SPACE);
    assert_int_equal(ng_cp_class('\''), NG_CP_APOS);
    assert_int_equal(ng_cp_class('-'), NG_CP_HYPHEN);
    assert_int_equal(ng_cp_class('.'), 0);
    assert_int_equal(ng_cp_class('"'), 0);
    assert_int_equal(ng_cp_class(0), 0);
    /* spaces beyond ASCII */
    assert_int_equal(ng_cp_class(0x00A0), NG_CP_SPACE); /* NBSP */
    assert_int_equal(ng_cp_class(0x2003), NG_CP_SPACE); /* em space */
    assert_int_equal(ng_cp_class(0x202F), NG_CP_SPACE);
    assert_int_equal(ng_cp_class(0xFEFF), NG_CP_SPACE); /* BOM */
    /* apostrophes and hyphens */
    assert_int_equal(ng_cp_class(0x2019), NG_CP_APOS);
    assert_int_equal(ng_cp_class(0x02BC), NG_CP_APOS);
    assert_int_equal(ng_cp_class(0x02BE), NG_CP_APOS);
    assert_int_equal(ng_cp_class(0x02BF), NG_CP_APOS);
    assert_int_equal(ng_cp_class(0x2010), NG_CP_HYPHEN);
    assert_int_equal(ng_cp_class(0x2011), NG_CP_HYPHEN);
    assert_int_equal(ng_cp_class(0x2013), 0); /* en dash is not a hyphen */
    assert_int_equal(ng_cp_class(0x2014), 0);
    assert_int_equal(ng_cp_class(0x201C), 0);
    /* letters */
    assert_int_equal(ng_cp_class(0x00C9), NG_CP_LETTER | NG_CP_UPPER); /* É */
    assert_int_equal(ng_cp_class(0x00E9), NG_CP_LETTER);               /* é */
    assert_int_equal(ng_cp_class(0x015E), NG_CP_LETTER | NG_CP_UPPER); /* Ş */
    assert_int_equal(ng_cp_class(0x00DF), NG_CP_LETTER);               /* ß */
    assert_int_equal(ng_cp_class(0x0410), NG_CP_LETTER | NG_CP_UPPER); /* А */
    assert_int_equal(ng_cp_class(0x0430), NG_CP_LETTER);               /* а */
    assert_int_equal(ng_cp_class(0x0391), NG_CP_LETTER | NG_CP_UPPER); /* Α */
    assert_int_equal(ng_cp_class(0x0627), NG_CP_LETTER);               /* alef */
    assert_int_equal(ng_cp_class(0x0308), NG_CP_LETTER); /* combining mark stays in words */
    assert_int_equal(ng_cp_class(0x0661), NG_CP_DIGIT);  /* Arabic-Indic one */
    /* symbols and punctuation */
    assert_int_equal(ng_cp_class(0x00D7), 0); /* × */
    assert_int_equal(ng_cp_class(0x00A9), 0); /* © */
    assert_int_equal(ng_cp_class(0x2026), 0); /* … */
    assert_int_equal(ng_cp_class(0x20AC), 0); /* € */
    assert_int_equal(ng_cp_class(0xFFFD), 0);
    assert_int_equal(ng_cp_class(0x1F600), 0);
    assert_int_equal(ng_cp_class(0xE000), 0); /* private use */
}

/* ---- tokens ----------------------------------------------------------- */

static void test_tokens_words_and_flags(void **state)
{
    (void)state;
    const char *text = "Kurdish SDF fighters took 12 villages, MiG A 3rd";
    ng_tokens t;
    tokenize(&t, text);
    assert_int_equal(t.count, 10);
    assert_true(tok_is(&t, 0, text, "Kurdish"));
    assert_int_equal(t.tok[0].flags, NG_TOK_WORD | NG_TOK_CAP | NG_TOK_PARA | NG_TOK_NEWLINE);
    assert_true(fold_is(&t, 0, "kurdish"));
    assert_true(tok_is(&t, 1, text, "SDF"));
    assert_int_equal(t.tok[1].flags, NG_TOK_WORD | NG_TOK_CAP | NG_TOK_UPPER | NG_TOK_SPACE);
    assert_true(fold_is(&t, 1, "sdf"));
    assert_int_equal(t.tok[2].flags, NG_TOK_WORD | NG_TOK_LOWER | NG_TOK_SPACE);
    assert_true(tok_is(&t, 4, text, "12"));
    assert_int_equal(t.tok[4].flags, NG_TOK_WORD | NG_TOK_NUMBER | NG_TOK_SPACE);
    assert_true(tok_is(&t, 6, text, ","));
    assert_int_equal(t.tok[6].flags, NG_TOK_PUNCT); /* no space before the comma */
    assert_true(fold_is(&t, 6, ","));
    assert_true(tok_is(&t, 7, text, "MiG"));
    assert_int_equal(t.tok[7].flags & (NG_TOK_CAP | NG_TOK_UPPER), NG_TOK_CAP);
    assert_true(tok_is(&t, 8, text, "A"));
    assert_int_equal(t.tok[8].flags & (NG_TOK_CAP | NG_TOK_UPPER), NG_TOK_CAP); /* 1 letter */
    assert_true(tok_is(&t, 9, text, "3rd"));
    assert_true(t.tok[9].flags & NG_TOK_NUMBER);
    assert_false(t.tok[9].flags & (NG_TOK_CAP | NG_TOK_LOWER));
    /* offsets and folded forms line up */
    for (size_t i = 0; i < t.count; i++) {
        assert_true(t.tok[i].start + t.tok[i].len <= strlen(text));
        assert_true(t.tok[i].fstart + t.tok[i].flen <= t.fold_len);
        assert_true(t.tok[i].flen <= t.tok[i].len);
    }
    ng_tokens_release(&t);
    assert_null(t.tok);
    assert_int_equal(t.count, 0);
}

static void test_tokens_non_latin(void **state)
{
    (void)state;
    /* NBSP separates; Arabic words and Arabic-Indic digits are words */
    const char *text = "Deir\xC2\xA0" "ez \xD8\xAF\xD9\x8A\xD8\xB1 \xD9\xA1\xD9\xA2 \xC3\x89tat "
                       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";
    ng_tokens t;
    tokenize(&t, text);
    assert_int_equal(t.count, 6);
    assert_true(tok_is(&t, 1, text, "ez"));
    assert_true(t.tok[1].flags & NG_TOK_SPACE);
    assert_true(tok_is(&t, 2, text, "\xD8\xAF\xD9\x8A\xD8\xB1"));
    assert_true(t.tok[2].flags & NG_TOK_WORD);
    assert_true(tok_is(&t, 3, text, "\xD9\xA1\xD9\xA2"));
    assert_true(t.tok[3].flags & NG_TOK_NUMBER);
    assert_true(tok_is(&t, 4, text, "\xC3\x89tat"));
    assert_true(t.tok[4].flags & NG_TOK_CAP);
    assert_true(fold_is(&t, 4, "etat"));
    assert_true(t.tok[5].flags & NG_TOK_CAP); /* Cyrillic capital */
    assert_true(fold_is(&t, 5, "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));
    ng_tokens_release(&t);
}

static void test_tokens_space_newline_para(void **state)
{
    (void)state;
    const char *text = "  One two\nthree\n\nfour\r\n\r\nfive \n \n six";
    ng_tokens t;
    tokenize(&t, text);
    assert_int_equal(t.count, 6);
    const unsigned mask = NG_TOK_SPACE | NG_TOK_NEWLINE | NG_TOK_PARA;
    assert_int_equal(t.tok[0].flags & mask, mask); /* start of text counts as a paragraph */
    assert_int_equal(t.tok[1].flags & mask, NG_TOK_SPACE);
    assert_int_equal(t.tok[2].flags & mask, NG_TOK_SPACE | NG_TOK_NEWLINE);
    assert_int_equal(t.tok[3].flags & mask, mask);
    assert_int_equal(t.tok[4].flags & mask, mask); /* CRLF blank line */
    assert_int_equal(t.tok[5].flags & mask, mask); /* blank line holding spaces */
    ng_tokens_release(&t);

    /* at the very start without white space: no SPACE, but PARA */
    tokenize(&t, "x");
    assert_int_equal(t.count, 1);
    assert_int_equal(t.tok[0].flags & mask, NG_TOK_NEWLINE | NG_TOK_PARA);
    ng_tokens_release(&t);
}

static void test_tokens_punctuation(void **state)
{
    (void)state;
    const char *text = "Deir ez-Zor \xE2\x80\x94 Raqqa \xE2\x80\x93 al\xE2\x80\x90" "Bab "
                       "\xE2\x80\x9CQuote\xE2\x80\x9D \"x\" (y)\xE2\x80\xA6";
    ASSERT_TOKENS(text, "Deir", "ez", "-", "Zor", "\xE2\x80\x94", "Raqqa", "\xE2\x80\x93", "al",
                  "\xE2\x80\x90", "Bab", "\xE2\x80\x9C", "Quote", "\xE2\x80\x9D", "\"", "x", "\"",
                  "(", "y", ")", "\xE2\x80\xA6");
    ng_tokens t;
    tokenize(&t, text);
    assert_int_equal(t.tok[2].flags, NG_TOK_PUNCT | NG_TOK_HYPHEN);
    assert_true(fold_is(&t, 2, "-"));
    assert_int_equal(t.tok[4].flags, NG_TOK_PUNCT | NG_TOK_DASH | NG_TOK_SPACE); /* em */
    assert_true(fold_is(&t, 4, "-"));
    assert_int_equal(t.tok[6].flags, NG_TOK_PUNCT | NG_TOK_DASH | NG_TOK_SPACE); /* en */
    assert_int_equal(t.tok[8].flags, NG_TOK_PUNCT | NG_TOK_HYPHEN); /* U+2010 */
    assert_int_equal(t.tok[10].flags, NG_TOK_PUNCT | NG_TOK_QUOTE | NG_TOK_SPACE);
    assert_true(fold_is(&t, 10, "\""));
    assert_int_equal(t.tok[12].flags, NG_TOK_PUNCT | NG_TOK_QUOTE);
    assert_int_equal(t.tok[13].flags, NG_TOK_PUNCT | NG_TOK_QUOTE | NG_TOK_SPACE);
    assert_int_equal(t.tok[16].flags, NG_TOK_PUNCT | NG_TOK_SPACE);
    assert_int_equal(t.tok[19].flags, NG_TOK_PUNCT);
    assert_int_equal(t.tok[19].flen, 0); /* the ellipsis folds to nothing */
    ng_tokens_release(&t);
}

static void test_tokens_possessive(void **state)
{
    (void)state;
    const char *text = "ISIS\xE2\x80\x99s fighters and Assad's army, ISIS'S men.";
    ASSERT_TOKENS(text, "ISIS", "\xE2\x80\x99s", "fighters", "and", "Assad", "'s", "army", ",",
                  "ISIS", "'S", "men", ".");
    ng_tokens t;
    tokenize(&t, text);
    assert_true(t.tok[0].flags & NG_TOK_UPPER);
    assert_true(fold_is(&t, 0, "isis"));
    assert_int_equal(t.tok[1].flags, NG_TOK_POSS);
    assert_true(fold_is(&t, 1, "'s"));
    assert_true(t.tok[2].flags & NG_TOK_SPACE);
    assert_int_equal(t.tok[5].flags, NG_TOK_POSS);
    assert_true(fold_is(&t, 5, "'s"));
    assert_int_equal(t.tok[9].flags, NG_TOK_POSS);
    assert_true(fold_is(&t, 9, "'s"));
    ng_tokens_release(&t);

    /* possessive at the very end of the text */
    ASSERT_TOKENS("Hezbollah's", "Hezbollah", "'s");
    /* a plural possessive apostrophe is punctuation */
    ASSERT_TOKENS("the Kurds' positions", "the", "Kurds", "'", "positions");
    /* a trailing apostrophe at the end of the text */
    ASSERT_TOKENS("Kurds'", "Kurds", "'");
}

static void test_tokens_internal_apostrophe(void **state)
{
    (void)state;
    ASSERT_TOKENS("O'Brien", "O'Brien");
    ASSERT_TOKENS("Ma'arrat al-Numan", "Ma'arrat", "al", "-", "Numan");
    ASSERT_TOKENS("Ma\xE2\x80\x99" "arrat", "Ma\xE2\x80\x99" "arrat");
    ASSERT_TOKENS("Hay'at Tahrir", "Hay'at", "Tahrir");
    /* 's followed by more letters is not a possessive */
    ASSERT_TOKENS("Ma'sum", "Ma'sum");
    ng_tokens t;
    tokenize(&t, "O'Brien Ma\xCA\xBF" "arrat");
    assert_int_equal(t.count, 2);
    assert_true(fold_is(&t, 0, "obrien"));
    assert_true(t.tok[0].flags & NG_TOK_CAP);
    assert_true(fold_is(&t, 1, "maarrat"));
    ng_tokens_release(&t);
}

static void test_tokens_dotted(void **state)
{
    (void)state;
    const char *text = "U.S. and U.N. envoys, e.g. the U.S.A. team";
    ASSERT_TOKENS(text, "U.S.", "and", "U.N.", "envoys", ",", "e.g.", "the", "U.S.A.", "team");
    ng_tokens t;
    tokenize(&t, text);
    assert_int_equal(t.tok[0].flags & ~(NG_TOK_PARA | NG_TOK_NEWLINE),
                     NG_TOK_WORD | NG_TOK_DOTTED | NG_TOK_CAP | NG_TOK_UPPER);
    assert_true(fold_is(&t, 0, "us"));
    assert_int_equal(t.tok[2].flags,
                     NG_TOK_WORD | NG_TOK_DOTTED | NG_TOK_CAP | NG_TOK_UPPER | NG_TOK_SPACE);
    assert_true(fold_is(&t, 2, "un"));
    assert_int_equal(t.tok[5].flags, NG_TOK_WORD | NG_TOK_DOTTED | NG_TOK_LOWER | NG_TOK_SPACE);
    assert_true(fold_is(&t, 7, "usa"));
    ng_tokens_release(&t);

    /* U.S.-backed: abbreviation, hyphen, word */
    text = "U.S.-backed forces";
    ASSERT_TOKENS(text, "U.S.", "-", "backed", "forces");
    tokenize(&t, text);
    assert_true(t.tok[0].flags & NG_TOK_DOTTED);
    assert_true(t.tok[1].flags & NG_TOK_HYPHEN);
    assert_false(t.tok[2].flags & NG_TOK_SPACE);
    ng_tokens_release(&t);

    /* St.John and a single initial are not dotted abbreviations */
    text = "St.John met A. Smith";
    ASSERT_TOKENS(text, "St", ".", "John", "met", "A", ".", "Smith");
    tokenize(&t, text);
    for (size_t i = 0; i < t.count; i++)
        assert_false(t.tok[i].flags & NG_TOK_DOTTED);
    ng_tokens_release(&t);
    ASSERT_TOKENS("A.Smith", "A", ".", "Smith");
    /* no final period: not an abbreviation */
    ASSERT_TOKENS("U.S", "U", ".", "S");
}

static void test_tokens_long_word(void **state)
{
    (void)state;
    size_t n = 3000;
    char *text = ng_xmalloc(n + 1);
    memset(text, 'a', n);
    text[n] = '\0';
    ng_tokens t;
    tokenize(&t, text);
    assert_int_equal(t.count, 3);
    assert_int_equal(t.tok[0].len, 1024);
    assert_int_equal(t.tok[1].start, 1024);
    assert_int_equal(t.tok[1].len, 1024);
    assert_int_equal(t.tok[2].start, 2048);
    assert_int_equal(t.tok[2].len, 952);
    for (size_t i = 0; i < 3; i++) {
        assert_true(t.tok[i].flags & NG_TOK_WORD);
        assert_int_equal(t.tok[i].flen, t.tok[i].len);
    }
    assert_false(t.tok[1].flags & NG_TOK_SPACE);
    ng_tokens_release(&t);
    free(text);

    /* multi-byte letters: the cut never falls inside a character */
    const char *e = "\xC3\xA9"; /* é */
    n = 1 + 2 * 1500;
    text = ng_xmalloc(n + 1);
    text[0] = 'x';
    for (size_t i = 0; i < 1500; i++)
        memcpy(text + 1 + 2 * i, e, 2);
    text[n] = '\0';
    tokenize(&t, text);
    assert_true(t.count >= 3);
    size_t total = 0;
    for (size_t i = 0; i < t.count; i++) {
        assert_int_equal(t.tok[i].start, total);
        assert_true(t.tok[i].len <= 1024 + 3);
        assert_int_not_equal((unsigned char)text[t.tok[i].start] & 0xC0, 0x80);
        assert_int_equal(ng_utf8_invalid_count(text + t.tok[i].start, t.tok[i].len), 0);
        total += t.tok[i].len;
    }
    assert_int_equal(total, n);
    ng_tokens_release(&t);
    free(text);
}

static void test_tokens_empty_and_reuse(void **state)
{
    (void)state;
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, "", 0);
    assert_int_equal(t.count, 0);
    ng_tokens_run(&t, "   \n\n\t  \r\n", 10);
    assert_int_equal(t.count, 0);
    /* reuse: the previous tokens are cleared, the memory kept */
    ng_tokens_run(&t, S("Manbij Military Council fighters entered Jarablus."));
    assert_int_equal(t.count, 7);
    ng_tokens_run(&t, S("Tabqa"));
    assert_int_equal(t.count, 1);
    assert_int_equal(t.fold_len, 5);
    assert_true(fold_is(&t, 0, "tabqa"));
    assert_int_equal(t.tok[0].flags, NG_TOK_WORD | NG_TOK_CAP | NG_TOK_NEWLINE | NG_TOK_PARA);
    ng_tokens_release(&t);
    ng_tokens_release(&t); /* releasing twice is harmless */
}

/* Tokenising a text piece by piece, each piece going on where the last
 * stopped, gives the tokens of the whole text (white space, line and
 * paragraph breaks before a token, possessives, long words); stopping at
 * blank lines, each piece starts with a paragraph. */
static void test_tokens_scan_resumes(void **state)
{
    (void)state;
    char text[4096];
    int len = snprintf(text, sizeof text,
                       "Headline of the day\n\nThe rebels' base in Ma'arat, near U.S.-backed "
                       "forces, held.  Syria's army\nwaited.\n\n\n  Ahmad's men left at 3.5km. "
                       "\xC3\x9cnal \xC3\x96zdemir's convoy \xE2\x80\x94 \"quoted\" (SDF).\n\n"
                       "%01500d's end.\n\nLast Aleppo's",
                       7);
    size_t n = (size_t)len;
    ng_tokens whole, part;
    ng_tokens_init(&whole);
    ng_tokens_init(&part);
    ng_tokens_run(&whole, text, n);
    for (size_t step = 1; step <= 6; step++) {
        size_t p = 0, done = 0;
        while (p < n) {
            part.count = 0;
            part.fold_len = 0;
            size_t q = ng_tokens_scan(&part, text, n, p, step, SIZE_MAX, 0);
            assert_true(part.count >= (q < n ? step : 1) || q == n);
            for (size_t i = 0; i < part.count; i++) {
                const ng_token *a = &part.tok[i], *b = &whole.tok[done + i];
                assert_int_equal(a->start, b->start);
                assert_int_equal(a->len, b->len);
                assert_int_equal(a->flags, b->flags);
                assert_int_equal(a->flen, b->flen);
                assert_memory_equal(ng_tokens_fold(&part, i), ng_tokens_fold(&whole, done + i),
                                    a->flen);
            }
            done += part.count;
            assert_true(q > p);
            p = q;
        }
        assert_int_equal(done, whole.count);
    }
    /* to the blank lines: the pieces are the paragraphs */
    size_t p = 0, done = 0, pieces = 0;
    while (p < n) {
        part.count = 0;
        part.fold_len = 0;
        p = ng_tokens_scan(&part, text, n, p, SIZE_MAX, 1, NG_TOK_PARA);
        assert_true(part.tok[0].flags & NG_TOK_PARA);
        for (size_t i = 1; i < part.count; i++)
            assert_false(part.tok[i].flags & NG_TOK_PARA);
        done += part.count;
        pieces++;
    }
    assert_int_equal(done, whole.count);
    assert_int_equal(pieces, 5);
    ng_tokens_release(&part);
    ng_tokens_release(&whole);
}

/* ---- sentences -------------------------------------------------------- */

static void test_sentences_basic(void **state)
{
    (void)state;
    ASSERT_SENTENCES("Fighting continued in Raqqa. Kurdish forces advanced.",
                     "Fighting continued in Raqqa.", "Kurdish forces advanced.");
    ASSERT_SENTENCES("Leave now! Why? Because\xE2\x80\xA6 They left.", "Leave now!", "Why?",
                     "Because\xE2\x80\xA6", "They left.");
    /* a number can start a sentence */
    ASSERT_SENTENCES("He left. 2019 was hard.", "He left.", "2019 was hard.");
    /* a lower-case word after a period does not */
    ASSERT_SENTENCES("The talks ended. and then more.", "The talks ended. and then more.");
    /* a period glued to the next word is not a boundary */
    ASSERT_SENTENCES("See www.example.org for more.", "See www.example.org for more.");
    /* the spans exclude surrounding white space */
    ASSERT_SENTENCES("  First one.  Second one.  ", "First one.", "Second one.");
    ASSERT_SENTENCES("No final period", "No final period");
}

static void test_sentences_abbreviations(void **state)
{
    (void)state;
    ASSERT_SENTENCES("The U.S. envoy met Col. Talal Silo and Dr. Ilham Ahmed in Qamishli.",
                     "The U.S. envoy met Col. Talal Silo and Dr. Ilham Ahmed in Qamishli.");
    ASSERT_SENTENCES("Mr. Erdogan and Gen. Mazloum Abdi spoke. Talks began on Jan. 12 in Erbil.",
                     "Mr. Erdogan and Gen. Mazloum Abdi spoke.",
                     "Talks began on Jan. 12 in Erbil.");
    ASSERT_SENTENCES("George W. Bush visited Baghdad. Then he left.",
                     "George W. Bush visited Baghdad.", "Then he left.");
    ASSERT_SENTENCES("Lt. Gen. Smith and Sgt. Jones met Prof. Ahmed.",
                     "Lt. Gen. Smith and Sgt. Jones met Prof. Ahmed.");
    /* a dotted abbreviation before a name does not end the sentence */
    ASSERT_SENTENCES("The U.N. Security Council met. The U.S. Army left.",
                     "The U.N. Security Council met.", "The U.S. Army left.");
    ASSERT_SENTENCES("U.S.-backed forces took Raqqa.", "U.S.-backed forces took Raqqa.");
    ASSERT_SENTENCES("He left at 5 p.m. and returned.", "He left at 5 p.m. and returned.");
    /* the first and last abbreviation of a letter, and words that only share
     * a first letter or a prefix with them */
    ASSERT_SENTENCES("Talks on Sat. 3 May and Thurs. 8 May with Acme Corp. Officials left.",
                     "Talks on Sat. 3 May and Thurs. 8 May with Acme Corp. Officials left.");
    ASSERT_SENTENCES("They met Sam. Then Stone. Then Corpus. Then \xC3\x96zil. Done.",
                     "They met Sam.", "Then Stone.", "Then Corpus.", "Then \xC3\x96zil.",
                     "Done.");
}

static void test_sentences_dotted_at_end(void **state)
{
    (void)state;
    /* "U.S. The": a dotted abbreviation ends a sentence before a sentence opener */
    ASSERT_SENTENCES("Troops returned to the U.S. The next day they rested.",
                     "Troops returned to the U.S.", "The next day they rested.");
    ASSERT_SENTENCES("He flew to the U.K. He landed at noon.", "He flew to the U.K.",
                     "He landed at noon.");
    ASSERT_SENTENCES("Aid came from the U.N.", "Aid came from the U.N.");
}

static void test_sentences_numbers(void **state)
{
    (void)state;
    ASSERT_SENTENCES("Prices rose 3.5 percent in Hasakah. Markets closed.",
                     "Prices rose 3.5 percent in Hasakah.", "Markets closed.");
    ASSERT_SENTENCES("It cost 1.200 pounds and 0.5 more.", "It cost 1.200 pounds and 0.5 more.");
}

static void test_sentences_quotes(void **state)
{
    (void)state;
    /* an opening quote glued to the period starts the next sentence */
    ASSERT_SENTENCES("Residents were told to leave.\xE2\x80\x9CThousands of families fled,\xE2\x80\x9D "
                     "he said.",
                     "Residents were told to leave.",
                     "\xE2\x80\x9CThousands of families fled,\xE2\x80\x9D he said.");
    ASSERT_SENTENCES("They had to leave.\"Thousands fled,\" he said.", "They had to leave.",
                     "\"Thousands fled,\" he said.");
    /* a closing quote stays with the sentence it closes */
    ASSERT_SENTENCES("\"We will stay,\" he said.\" Then the convoy left.",
                     "\"We will stay,\" he said.\"", "Then the convoy left.");
    ASSERT_SENTENCES("He said: \"We will stay.\" Then the convoy left.",
                     "He said: \"We will stay.\"", "Then the convoy left.");
    ASSERT_SENTENCES("He said: \xE2\x80\x9CWe will stay.\xE2\x80\x9D Then the convoy left.",
                     "He said: \xE2\x80\x9CWe will stay.\xE2\x80\x9D", "Then the convoy left.");
    ASSERT_SENTENCES("The town fell (again). Civilians fled.", "The town fell (again).",
                     "Civilians fled.");
    /* a question closed by a quote, then lower case: the sentence goes on */
    ASSERT_SENTENCES("\"Where are they?\" he asked. Nobody knew.",
                     "\"Where are they?\" he asked.", "Nobody knew.");
    /* a quoted sentence after a space */
    ASSERT_SENTENCES("He left. \xE2\x80\x9CWe are safe,\xE2\x80\x9D she said.", "He left.",
                     "\xE2\x80\x9CWe are safe,\xE2\x80\x9D she said.");
}

static void test_sentences_lines(void **state)
{
    (void)state;
    /* a blank line always splits, even before lower case or after an abbreviation */
    ASSERT_SENTENCES("Raqqa\n\nthe city fell", "Raqqa", "the city fell");
    ASSERT_SENTENCES("He met Col.\n\nAhmed arrived.", "He met Col.", "Ahmed arrived.");
    /* a single line break continues before lower case */
    ASSERT_SENTENCES("Forces advanced toward\nthe city on Monday.",
                     "Forces advanced toward\nthe city on Monday.");
    /* and splits otherwise */
    ASSERT_SENTENCES("Forces advanced\nKurdish officials said so.", "Forces advanced",
                     "Kurdish officials said so.");
    /* a headline without a final period is its own sentence */
    ASSERT_SENTENCES("Kurdish forces take Raqqa\nKurdish-led forces said on Tuesday they had "
                     "taken the city. Fighting ended.",
                     "Kurdish forces take Raqqa",
                     "Kurdish-led forces said on Tuesday they had taken the city.",
                     "Fighting ended.");
    ASSERT_SENTENCES("Title\r\n\r\nBody text here.", "Title", "Body text here.");
    ASSERT_SENTENCES("He said.\"\nThen left.", "He said.\"", "Then left.");
}

static void test_sentences_long_run(void **state)
{
    (void)state;
    size_t words = 1000;
    char *text = ng_xmalloc(words * 5 + 1);
    size_t n = 0;
    for (size_t i = 0; i < words; i++) {
        memcpy(text + n, i ? " word" : "word", i ? 5 : 4);
        n += i ? 5 : 4;
    }
    text[n] = '\0';
    ng_tokens t;
    ng_sentences s;
    tokenize(&t, text);
    assert_int_equal(t.count, words);
    ng_sentences_init(&s);
    ng_sentences_split(&s, text, &t);
    check_sentence_invariants(&s, &t);
    assert_true(s.count >= 3);
    for (size_t i = 0; i < s.count; i++)
        assert_true(s.s[i].tok_end - s.s[i].tok_begin <= 400);
    assert_int_equal(s.s[0].tok_end - s.s[0].tok_begin, 400);
    /* splitting again reuses the list */
    size_t first = s.count;
    ng_sentences_split(&s, text, &t);
    assert_int_equal(s.count, first);
    ng_sentences_release(&s);
    ng_tokens_release(&t);
    free(text);
}

static void test_sentences_empty(void **state)
{
    (void)state;
    ng_tokens t;
    ng_sentences s;
    tokenize(&t, "");
    ng_sentences_init(&s);
    ng_sentences_split(&s, "", &t);
    assert_int_equal(s.count, 0);
    ng_tokens_run(&t, S("   \n  "));
    ng_sentences_split(&s, "   \n  ", &t);
    assert_int_equal(s.count, 0);
    /* punctuation only */
    const char *p = "... !!! ???";
    ng_tokens_run(&t, p, strlen(p));
    ng_sentences_split(&s, p, &t);
    check_sentence_invariants(&s, &t);
    assert_true(s.count >= 1);
    ng_sentences_release(&s);
    ng_sentences_release(&s);
    ng_tokens_release(&t);
}

static void test_sentences_spans(void **state)
{
    (void)state;
    const char *text = "\xC3\x84in Issa fell. The SDF \xE2\x80\x94 backed by the U.S. \xE2\x80\x94 "
                       "withdrew.\n\nMayadin was next!";
    ng_tokens t;
    ng_sentences s;
    tokenize(&t, text);
    ng_sentences_init(&s);
    ng_sentences_split(&s, text, &t);
    check_sentence_invariants(&s, &t);
    assert_int_equal(s.count, 3);
    assert_int_equal(s.s[0].start, 0);
    assert_int_equal(s.s[0].end, strlen("\xC3\x84in Issa fell."));
    const char *second = strstr(text, "The SDF");
    assert_int_equal(s.s[1].start, second - text);
    assert_int_equal(s.s[1].end, strstr(text, "withdrew.") + 9 - text);
    assert_int_equal(s.s[2].start, strstr(text, "Mayadin") - text);
    assert_int_equal(s.s[2].end, strlen(text));
    ng_sentences_release(&s);
    ng_tokens_release(&t);
}

/* ---- documents -------------------------------------------------------- */

static void decode_ok(const char *raw, size_t n, const char *want, size_t want_len,
                      unsigned want_warnings)
{
    capture c;
    capture_open(&c);
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(ng_document_decode(raw, n, "doc.txt", &out, &len, &c.diag), 0);
    assert_non_null(out);
    assert_int_equal(len, want_len);
    assert_memory_equal(out, want, want_len);
    assert_int_equal(out[len], '\0');
    assert_int_equal(c.diag.warnings, want_warnings);
    assert_int_equal(c.diag.errors, 0);
    char *text = capture_text(&c);
    assert_int_equal(count_lines(text), want_warnings);
    free(text);
    free(out);
}

static void test_document_clean_and_bom(void **state)
{
    (void)state;
    const char *clean = "Raqqa, Syria \xE2\x80\x94 A\xC3\xAFn Issa\n\tend\n";
    decode_ok(clean, strlen(clean), clean, strlen(clean), 0);
    /* CR LF and lone CR line ends become LF, with invalid UTF-8 or without,
     * also past the first eight bytes (the fast scan) */
    decode_ok(S("Raqqa\r\nand Hajin.\r\n\r\nEnd\r"), "Raqqa\nand Hajin.\n\nEnd\n", 22, 0);
    decode_ok(S("old Mac\rline ends\r"), "old Mac\nline ends\n", 18, 0);
    decode_ok(S("bad \xFF byte\r\nnext"), "bad \xEF\xBF\xBD byte\nnext", 17, 1);
    decode_ok(S("\r\n"), "\n", 1, 0);
    /* a control or a high byte anywhere in an 8-byte block is seen */
    decode_ok(S("abcdefg\x01hijklmno"), "abcdefg hijklmno", 16, 0);
    decode_ok(S("abcdefgh\x7Fijklmno"), "abcdefgh ijklmno", 16, 0);
    decode_ok(S("abcdefghijklmn\xC3"), "abcdefghijklmn\xEF\xBF\xBD", 17, 1);
    /* a copy, not the input */
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(ng_document_decode(clean, strlen(clean), "x", &out, &len, NULL), 0);
    assert_ptr_not_equal(out, clean);
    free(out);
    /* the UTF-8 BOM is removed */
    decode_ok(S("\xEF\xBB\xBFHello"), "Hello", 5, 0);
    decode_ok(S("\xEF\xBB\xBF"), "", 0, 0);
    /* only at the start */
    decode_ok(S("a\xEF\xBB\xBF" "b"), "a\xEF\xBB\xBF" "b", 5, 0);
    decode_ok("", 0, "", 0, 0);
}

static void test_document_utf16(void **state)
{
    (void)state;
    /* "Hié😀" + LF in UTF-16LE: 😀 is the surrogate pair D83D DE00 */
    static const char le[] = "\xFF\xFE" "H\0i\0\xE9\0\x3D\xD8\x00\xDE\n\0";
    const char *want = "Hi\xC3\xA9\xF0\x9F\x98\x80\n";
    decode_ok(le, sizeof le - 1, want, strlen(want), 0);
    static const char be[] = "\xFE\xFF" "\0H\0i\0\xE9\xD8\x3D\xDE\x00\0\n";
    decode_ok(be, sizeof be - 1, want, strlen(want), 0);
    /* Arabic in UTF-16LE: دير */
    static const char ar[] = "\xFF\xFE\x2F\x06\x4A\x06\x31\x06";
    decode_ok(ar, sizeof ar - 1, "\xD8\xAF\xD9\x8A\xD8\xB1", 6, 0);
    /* BOM only */
    decode_ok(S("\xFF\xFE"), "", 0, 0);
    /* U+0000 and C0 controls become spaces */
    static const char ctl[] = "\xFF\xFE" "a\0\0\0b\0\x01\0c\0";
    decode_ok(ctl, sizeof ctl - 1, "a b c", 5, 0);
}

static void test_document_utf16_invalid(void **state)
{
    (void)state;
    /* an unpaired high surrogate, then an unpaired low one */
    static const char le[] = "\xFF\xFE" "a\0\x3D\xD8" "b\0\x00\xDE";
    capture c;
    capture_open(&c);
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(ng_document_decode(le, sizeof le - 1, "u16.txt", &out, &len, &c.diag), 0);
    assert_string_equal(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    assert_int_equal(len, 8);
    assert_int_equal(c.diag.warnings, 1);
    char *text = capture_text(&c);
    assert_int_equal(count_lines(text), 1);
    assert_true(strncmp(text, "u16.txt: warning: ", 18) == 0);
    free(text);
    free(out);

    /* an odd trailing byte is reported too */
    capture_open(&c);
    static const char odd[] = "\xFE\xFF\0x\0";
    assert_int_equal(ng_document_decode(odd, sizeof odd - 1, "odd.txt", &out, &len, &c.diag), 0);
    assert_string_equal(out, "x");
    assert_int_equal(c.diag.warnings, 1);
    text = capture_text(&c);
    assert_non_null(strstr(text, "odd.txt"));
    free(text);
    free(out);
}

static void test_document_binary(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    static const char bin[] = "\x7F" "ELF\x02\x01\x01\0\0\0\0";
    char *out = (char *)1;
    size_t len = 7;
    assert_int_equal(ng_document_decode(bin, sizeof bin - 1, "seeds/a.out", &out, &len, &c.diag),
                     NG_EENCODING);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_int_equal(c.diag.warnings, 1);
    assert_int_equal(c.diag.errors, 0);
    char *text = capture_text(&c);
    assert_int_equal(count_lines(text), 1);
    assert_true(strncmp(text, "seeds/a.out: warning: ", 22) == 0);
    free(text);

    /* a NUL after a UTF-8 BOM is still binary */
    capture_open(&c);
    assert_int_equal(ng_document_decode("\xEF\xBB\xBFtext\0more", 12, "b.txt", &out, &len,
                                        &c.diag),
                     NG_EENCODING);
    assert_null(out);
    text = capture_text(&c);
    assert_int_equal(count_lines(text), 1);
    free(text);
}

static void test_document_invalid_utf8(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    char *out = NULL;
    size_t len = 0;
    /* Latin-1 bytes: two invalid sequences, one warning */
    static const char raw[] = "A\xEFn Issa and Mayad\xEEn\n";
    assert_int_equal(ng_document_decode(raw, sizeof raw - 1, "latin1.txt", &out, &len, &c.diag),
                     0);
    assert_string_equal(out, "A\xEF\xBF\xBDn Issa and Mayad\xEF\xBF\xBDn\n");
    assert_int_equal(len, strlen(out));
    assert_int_equal(c.diag.warnings, 1);
    char *text = capture_text(&c);
    assert_int_equal(count_lines(text), 1);
    assert_true(strncmp(text, "latin1.txt: warning: ", 21) == 0);
    assert_non_null(strstr(text, "2"));
    free(text);
    free(out);

    /* controls are cleaned without a warning */
    decode_ok(S("a\x01" "b\x1B" "c\x0C" "d\te\n"), "a b c d\te\n", 10, 0);
    /* controls and invalid bytes together: still one warning */
    decode_ok(S("a\x01\xFF" "b"), "a \xEF\xBF\xBD" "b", 6, 1);
}

static void test_document_id(void **state)
{
    (void)state;
    static const struct {
        const char *path, *id;
    } cases[] = {
        {"seeds/003_fd01.txt", "003_fd01"},
        {"-", "stdin"},
        {"a/b.c.txt", "b.c"},
        {"noext", "noext"},
        {"dir/.hidden", ".hidden"},
        {".hidden.txt", ".hidden"},
        {"/abs/path/report.tsv", "report"},
        {"dots.in.dir/file", "file"},
        {"dir/sub/", "sub"},
        {"trailing.", "trailing"},
        {"plain.txt", "plain"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *id = ng_document_id(cases[i].path);
        if (strcmp(id, cases[i].id) != 0)
            fail_msg("ng_document_id(\"%s\") = \"%s\", expected \"%s\"", cases[i].path, id,
                     cases[i].id);
        free(id);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_decode_valid),
        cmocka_unit_test(test_utf8_decode_invalid),
        cmocka_unit_test(test_utf8_encode_roundtrip),
        cmocka_unit_test(test_utf8_invalid_count),
        cmocka_unit_test(test_utf8_repair),
        cmocka_unit_test(test_fold_latin),
        cmocka_unit_test(test_fold_apostrophes_and_punct),
        cmocka_unit_test(test_fold_other_scripts),
        cmocka_unit_test(test_fold_never_longer),
        cmocka_unit_test(test_cp_class),
        cmocka_unit_test(test_tokens_words_and_flags),
        cmocka_unit_test(test_tokens_non_latin),
        cmocka_unit_test(test_tokens_space_newline_para),
        cmocka_unit_test(test_tokens_punctuation),
        cmocka_unit_test(test_tokens_possessive),
        cmocka_unit_test(test_tokens_internal_apostrophe),
        cmocka_unit_test(test_tokens_dotted),
        cmocka_unit_test(test_tokens_long_word),
        cmocka_unit_test(test_tokens_empty_and_reuse),
        cmocka_unit_test(test_tokens_scan_resumes),
        cmocka_unit_test(test_sentences_basic),
        cmocka_unit_test(test_sentences_abbreviations),
        cmocka_unit_test(test_sentences_dotted_at_end),
        cmocka_unit_test(test_sentences_numbers),
        cmocka_unit_test(test_sentences_quotes),
        cmocka_unit_test(test_sentences_lines),
        cmocka_unit_test(test_sentences_long_run),
        cmocka_unit_test(test_sentences_empty),
        cmocka_unit_test(test_sentences_spans),
        cmocka_unit_test(test_document_clean_and_bom),
        cmocka_unit_test(test_document_utf16),
        cmocka_unit_test(test_document_utf16_invalid),
        cmocka_unit_test(test_document_binary),
        cmocka_unit_test(test_document_invalid_utf8),
        cmocka_unit_test(test_document_id),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
