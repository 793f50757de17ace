/* test_name.c - unit tests for spelling-variant name keys and Arabic articles */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/name.h"

/* ---- helpers ---------------------------------------------------------- */

#define KEY_CAP 128

static size_t key_of(const char *name, char *out)
{
    size_t n = ng_name_key(name, strlen(name), out, KEY_CAP);
    if (n != strlen(out))
        fail_msg("key of \"%s\": returned %zu, but the key \"%s\" has %zu bytes", name, n, out,
                 strlen(out));
    return n;
}

/* Every name of the NULL-terminated list has the same key. */
static void assert_same_key(const char *const *names)
{
    char first[KEY_CAP], other[KEY_CAP];
    key_of(names[0], first);
    if (first[0] == '\0')
        fail_msg("empty key for \"%s\"", names[0]);
    for (size_t i = 1; names[i]; i++) {
        key_of(names[i], other);
        if (strcmp(first, other) != 0)
            fail_msg("\"%s\" -> \"%s\" but \"%s\" -> \"%s\"", names[0], first, names[i], other);
    }
}

static void assert_key_differs(const char *a, const char *b)
{
    char ka[KEY_CAP], kb[KEY_CAP];
    key_of(a, ka);
    key_of(b, kb);
    if (strcmp(ka, kb) == 0)
        fail_msg("\"%s\" and \"%s\" share the key \"%s\"", a, b, ka);
}

static void assert_key(const char *name, const char *want)
{
    char k[KEY_CAP];
    key_of(name, k);
    if (strcmp(k, want) != 0)
        fail_msg("key of \"%s\" is \"%s\", expected \"%s\"", name, k, want);
}

#define SAME(...)                                                                          \
    do {                                                                                   \
        static const char *const names_[] = {__VA_ARGS__, NULL};                           \
        assert_same_key(names_);                                                           \
    } while (0)

/* ---- variant classes from name.h -------------------------------------- */

static void test_key_articles_and_assimilation(void **state)
{
    (void)state;
    /* the article dropped, also assimilated and glued */
    SAME("Deir Ezzor", "Deir ez-Zor", "Deir el-Zour", "Deir al-Zor", "Dayr az-Zawr",
         "Deir-ez-Zor", "Deir ez Zor", "Deir Ezzour", "DEIR EZ-ZOR");
    SAME("al-Hawl", "al-Hol", "Al Hawl", "AL-HOL");
    SAME("Raqqa", "ar-Raqqah", "Ar Raqqa", "al-Raqqa");
    SAME("Shaddadi", "al-Shaddadi", "Al-Shaddadi", "ash-Shaddadi", "Shadadi");
    SAME("Bashar al-Assad", "Bashar Assad", "Bashar el-Assad");
    SAME("Abu Bakr al-Baghdadi", "Abu Bakr Baghdadi");
    SAME("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Hay\xE2\x80\x99" "at Tahrir al-Sham");
    SAME("Ras al-Ain", "Ras al-Ayn", "Ras el-Ein");
    SAME("Nouri al-Maliki", "Nuri al-Maliki", "Nouri Maliki");
    SAME("Mayadin", "Al Mayadin", "al-Mayadeen");
}

static void test_key_vowels(void **state)
{
    (void)state;
    SAME("Baghouz", "Baghuz");
    SAME("Mayadeen", "Mayadin");
    SAME("Mustafa Bali", "Mostafa Bali");
    SAME("A\xC3\xAFn Issa", "Ain Issa", "Ayn Issa", "AIN ISSA"); /* Aïn */
    SAME("Mohammed", "Mohamed");
    SAME("Mazloum Abdi", "Mazlum Abdi");
    SAME("Qassem Soleimani", "Qasem Suleimani");
    SAME("Sheikh Maqsoud", "Sheikh Maksoud");
    SAME("Erbil", "Irbil");
    SAME("Kirkuk", "Kerkuk");
    SAME("Idlib", "Idleb");
    SAME("Hajin", "Hajeen");
    SAME("Busayrah", "Busaira");
    SAME("Sulaymaniyah", "Sulaimaniya");
    SAME("Mosul", "Mossoul"); /* French transliteration */
}

static void test_key_consonants_and_endings(void **state)
{
    (void)state;
    SAME("Raqqa", "Rakka", "Raqqah", "RAQQA");
    SAME("Hasakah", "Hasakeh", "Hasaka", "Hassakeh", "Hassake");
    SAME("Qamishli", "Kamishli");
    SAME("Hezbollah", "Hizbullah");
    SAME("Fallujah", "Falluja");
    SAME("Mustapha", "Mustafa", "Mostapha");           /* ph -> f */
    SAME("Cizre", "Kizre");                            /* c -> k */
    SAME("Tal Abyad", "Tall Abyad", "Tal-Abyad", "Talabyad");
    SAME("Raqqa's", "Raqqa");                          /* possessive ignored */
    SAME("Erdo\xC4\x9F" "an", "Erdogan", "ERDOGAN");   /* Erdoğan */
    /* Kurdish and Turkish s-cedilla for sh */
    SAME("Qamishlo", "Qami\xC5\x9Flo", "QAMI\xC5\x9ELO");
    SAME("Shervan Derwish", "\xC5\x9E" "ervan Derw\xC3\xAE\xC5\x9F");
    SAME("Sheikh Maqsoud", "\xC5\x9E" "eikh Maqsoud");
}

/* Arabic name words whose transliterations differ by more than a letter,
 * and "Abd al-" joined or spaced */
static void test_key_arabic_name_words(void **state)
{
    (void)state;
    SAME("Abdulrahman", "Abdel Rahman", "Abd al-Rahman", "Abdurrahman", "Abdul Rahman",
         "Abd el-Rahman", "Abdolrahman");
    SAME("Abdulkarim Omar", "Abdul Karim Omar", "Abdelkarim Omar", "Abd al-Karim Umar");
    SAME("Abdullah", "Abdallah", "Abdellah");
    SAME("Muhammad al-Bashir", "Mohammed al-Bashir", "Mohamed el-Bashir", "Mohammad Bashir",
         "Muhammed al-Bashir");
    SAME("Ahmed al-Khabil", "Ahmad al-Khabil", "Ahmet al-Khabil");
    SAME("Saddam Hussein", "Saddam Husayn", "Saddam Hussain");
    SAME("Youssef Ali", "Yusuf Ali", "Yousef Ali");
    SAME("Osama bin Laden", "Usama ibn Laden");
    assert_key_differs("Abdi", "Abdul");
    assert_key_differs("Mazloum Abdi", "Mazloum Abdul");
    assert_key_differs("Abdulrahman", "Abdulkarim");
    assert_key_differs("Bashar", "Bashir");
    assert_key_differs("Ahmed", "Mahmoud");
}

/* ---- names that must stay apart --------------------------------------- */

static void test_key_distinct(void **state)
{
    (void)state;
    assert_key_differs("Hassan", "Hussein");
    assert_key_differs("Iraq", "Iran");
    assert_key_differs("Raqqa", "Riga");
    assert_key_differs("Homs", "Hama");
    assert_key_differs("Mosul", "Manbij");
    assert_key_differs("Tabqa", "Tal Abyad");
    assert_key_differs("Abu Kamal", "Abu Hamam");
    assert_key_differs("Tal Abyad", "Tal Tamr");
    assert_key_differs("Idlib", "Afrin");
    assert_key_differs("Deir ez-Zor", "Deir Hafer");
    assert_key_differs("Ain Issa", "Ain al-Arab");
    assert_key_differs("Hasakah", "Hama");
    assert_key_differs("Kirkuk", "Kobani");
    assert_key_differs("Tikrit", "Tartus");
    assert_key_differs("Sinjar", "Shingal");
    assert_key_differs("Mazloum Abdi", "Mustafa Bali");
    assert_key_differs("Baghdadi", "Baghdad");
    assert_key_differs("Mayadin", "Manbij");
}

static void test_key_short_names_exact(void **state)
{
    (void)state;
    /* fewer than NG_NAME_FUZZY_MIN letters: folded only, no fuzzy rules */
    assert_key("Roj", "roj");
    assert_key("Bab", "bab");
    assert_key("Hol", "hol");
    assert_key("T4", "t4");
    assert_key("A\xC3\xAFn", "ain");
    assert_key("IRQ", "irq");
    assert_key_differs("Roj", "Ruj");
    assert_key_differs("Bab", "Beb");
    /* four letters: the fuzzy rules apply */
    assert_key("Iraq", "irak");
    assert_key("Homs", "hums");
    assert_key("Raqqa", "raka");
    assert_key("Mosul", "musul");
    assert_key_differs("Iraq", "Iran");
    assert_key_differs("Homs", "Hama");
    /* a written article marks a transliteration: fuzzy from three letters */
    assert_key("al-Hol", "hul");
    assert_key("al-Hawl", "hul");
    assert_key("al-Bab", "bab");
    /* the letter count spans the words */
    char a[KEY_CAP], b[KEY_CAP];
    key_of("Al Bab", a);
    key_of("al-Bab", b);
    assert_string_equal(a, b);
}

static void test_key_samples(void **state)
{
    (void)state;
    /* a few exact keys, so that a change to the rules shows */
    assert_key("Deir ez-Zor", "dirzur");
    assert_key("Hezbollah", "hizbula");
    assert_key("Hasakeh", "hasaka");
    assert_key("Mustafa Bali", "mustafabali");
    assert_key("Ain Issa", "inisa");
}

/* ---- edge cases ------------------------------------------------------- */

static void test_key_empty(void **state)
{
    (void)state;
    static const char *const empty[] = {"", "-", "--", "...", " - ", "\xE2\x80\x99",
                                        "\xE2\x80\x94", "\"\" ()", "   \n\t"};
    for (size_t i = 0; i < sizeof empty / sizeof empty[0]; i++) {
        char out[8];
        memset(out, 'X', sizeof out);
        size_t n = ng_name_key(empty[i], strlen(empty[i]), out, sizeof out);
        if (n != 0 || out[0] != '\0')
            fail_msg("key of \"%s\": %zu bytes \"%s\"", empty[i], n, out);
    }
}

static void test_key_truncation(void **state)
{
    (void)state;
    char full[KEY_CAP];
    size_t full_len = key_of("Deir ez-Zor", full);
    assert_true(full_len > 3);
    for (size_t cap = 1; cap <= full_len + 1; cap++) {
        char out[KEY_CAP];
        memset(out, 'X', sizeof out);
        size_t n = ng_name_key("Deir ez-Zor", strlen("Deir ez-Zor"), out, cap);
        assert_int_equal(n, cap - 1);
        assert_int_equal(out[n], '\0');
        assert_memory_equal(out, full, n); /* a prefix of the full key */
        assert_int_equal(out[cap], 'X');   /* nothing written beyond cap */
    }
    /* short (exact) names truncate the same way */
    char out[4];
    memset(out, 'X', sizeof out);
    assert_int_equal(ng_name_key("Iraq", 4, out, 3), 2);
    assert_string_equal(out, "ir");
    assert_int_equal(out[3], 'X');
    /* cap 0 writes nothing */
    out[0] = 'X';
    assert_int_equal(ng_name_key("Iraq", 4, out, 0), 0);
    assert_int_equal(out[0], 'X');
    /* a room for just the NUL */
    assert_int_equal(ng_name_key("Raqqa", 5, out, 1), 0);
    assert_int_equal(out[0], '\0');
}

/* Keys made through a memo of word keys are ng_name_key's: names built
 * from words whose keys start with the letter the word before ends in
 * (doubled across words), Arabic name words and "Abdul-" forms, articles,
 * short exact names, possessives, diacritics, every cap. The memo is
 * shared by all, so most words come from it. */
static void test_key_memo_same(void **state)
{
    (void)state;
    static const char *const words[] = {
        "Kafr", "Ruma", "Raqqa", "al-Raqqa", "Abdulrahman", "Abdul-Karim", "Abd", "al-Rahman",
        "Mohammed", "Muhammad", "Ahmed", "ibn", "Youssef", "Deir", "ez-Zor", "Ezzor", "Assad",
        "Hasakah", "Hasakeh", "Qamishli", "Phillip", "Aïn", "Issa", "Hay'at", "Tahrir",
        "Sham's", "Tell", "Abyad", "Mayadeen", "al", "Umm", "Ma'arrat", "Nu'man", "IS",
        "Şanlıurfa", "Kobani", "Ras", "al-Ain", "Damascus", "Syria's", "Idlib", "Baghouz",
        "Jisr", "ash-Shughur", "Abu", "Kamal", "Ousama", "Osama", "bin", "Laden", "Ha"};
    enum { NW = sizeof words / sizeof words[0] };
    ng_name_memo *memo = ng_name_memo_new();
    char name[256], a[KEY_CAP], b[KEY_CAP];
    unsigned x = 12345;
    for (int t = 0; t < 20000; t++) {
        size_t len = 0;
        int nw = 1 + t % 4;
        for (int k = 0; k < nw; k++) {
            x = x * 1103515245u + 12345u;
            const char *w = words[(x >> 8) % NW];
            len += (size_t)snprintf(name + len, sizeof name - len, "%s%s", k ? " " : "", w);
        }
        size_t cap = t % 7 == 6 ? 1 + (size_t)(x >> 20) % 12 : sizeof a;
        size_t na = ng_name_key(name, len, a, cap);
        size_t nb = ng_name_key_memo(name, len, b, cap, memo);
        if (na != nb || memcmp(a, b, na + 1) != 0)
            fail_msg("'%s' (cap %zu): '%s' without the memo, '%s' with it", name, cap, a, b);
    }
    ng_name_memo_free(memo);
}

static void test_key_long_name(void **state)
{
    (void)state;
    /* one very long word, and many words, with a key longer than the buffer */
    char name[2100];
    memset(name, 'b', 600);
    for (size_t i = 0; i < 600; i += 2)
        name[i] = 'k';
    name[600] = '\0';
    char out[64];
    memset(out, 'X', sizeof out);
    size_t n = ng_name_key(name, strlen(name), out, sizeof out);
    assert_int_equal(n, sizeof out - 1);
    assert_int_equal(strlen(out), n);

    size_t len = 0;
    for (int i = 0; i < 300; i++) {
        memcpy(name + len, "Raqqa ", 6);
        len += 6;
    }
    name[len] = '\0';
    char big[4096];
    n = ng_name_key(name, len, big, sizeof big);
    assert_int_equal(n, 300 * 4); /* "raka" per word */
    assert_int_equal(strlen(big), n);
    assert_memory_equal(big, "rakaraka", 8);
}

static void test_key_deterministic(void **state)
{
    (void)state;
    /* only s[0..n) is read: a longer buffer does not change the key */
    char a[KEY_CAP], b[KEY_CAP];
    ng_name_key("Raqqa city", 5, a, sizeof a);
    key_of("Raqqa", b);
    assert_string_equal(a, b);
    /* repeated calls agree */
    for (int i = 0; i < 3; i++) {
        key_of("Hay'at Tahrir al-Sham", a);
        key_of("Hayat Tahrir al-Sham", b);
        assert_string_equal(a, b);
    }
}

static void test_is_article(void **state)
{
    (void)state;
    static const char *const yes[] = {"al", "el", "ad", "as", "ash", "az", "ez", "ar", "an",
                                      "at", "ath", "ud", "ul"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (!ng_name_is_article(yes[i], strlen(yes[i])))
            fail_msg("\"%s\" should be an article", yes[i]);
    static const char *const no[] = {"", "a", "abu", "bin", "ibn", "all", "alx", "sham",
                                     "deir", "tal", "umm", "AL", "al-"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (ng_name_is_article(no[i], strlen(no[i])))
            fail_msg("\"%s\" should not be an article", no[i]);
    /* the length decides, not a terminating NUL */
    assert_true(ng_name_is_article("also", 2));
    assert_false(ng_name_is_article("al", 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_articles_and_assimilation),
        cmocka_unit_test(test_key_vowels),
        cmocka_unit_test(test_key_consonants_and_endings),
        cmocka_unit_test(test_key_arabic_name_words),
        cmocka_unit_test(test_key_distinct),
        cmocka_unit_test(test_key_short_names_exact),
        cmocka_unit_test(test_key_samples),
        cmocka_unit_test(test_key_empty),
        cmocka_unit_test(test_key_truncation),
        cmocka_unit_test(test_key_long_name),
        cmocka_unit_test(test_key_memo_same),
        cmocka_unit_test(test_key_deterministic),
        cmocka_unit_test(test_is_article),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
