/* test_core.c - unit tests for the arena, hash maps, buffers, errors, diagnostics and files */
#define _XOPEN_SOURCE 700 /* nftw */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "common/files.h"

#include "newsgraph/common.h"
#include "src/core/arena.h"
#include "src/core/buf.h"
#include "src/core/file.h"
#include "src/core/lines.h"
#include "src/cli/outfile.h"
#include "src/core/map.h"
#include "src/core/plain.h"

/* ---- helpers ---------------------------------------------------------- */

/* A diagnostics handle writing into memory; capture_text closes the stream
 * and returns what was written (caller frees). */
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

static char *scratch_dir(void)
{
    char tmpl[] = "/tmp/ng-test-core-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return ng_xstrdup(d);
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Remove dir and everything under it. */
static void remove_tree(const char *dir)
{
    assert_int_equal(nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS), 0);
    assert_false(exists(dir));
}

/* Number of entries in dir whose name starts with prefix. */
static int count_entries(const char *dir, const char *prefix)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
            n++;
    }
    closedir(d);
    return n;
}

/* ---- arena ------------------------------------------------------------ */

/* ng_plain_run stops at the first byte below 0x20, at or above 0x80, or in
 * its stop list, wherever it stands in a block of 16 (SSE2) or in the tail,
 * and never reads past n. */
static void test_plain_run(void **state)
{
    (void)state;
    static const char stop[] = "%&,;<>|\x7f";
    char s[48];
    static const int counts[] = {0, 3, 8};
    for (size_t ci = 0; ci < 3; ci++) {
        int nstop = counts[ci];
        for (unsigned c = 0; c < 256; c++) {
            int special = c < 0x20 || c >= 0x80;
            for (int k = 0; k < nstop; k++)
                special |= c == (unsigned char)stop[k];
            for (size_t at = 0; at < sizeof s; at++) {
                memset(s, 'a', sizeof s);
                s[at] = (char)c;
                size_t want = special ? at : sizeof s;
                assert_int_equal(ng_plain_run(s, sizeof s, stop, nstop), want);
                /* cut just before the byte: the run is all of it */
                assert_int_equal(ng_plain_run(s, at, stop, nstop), at);
            }
        }
    }
}

static void test_arena_alignment(void **state)
{
    (void)state;
    ng_arena a;
    ng_arena_init(&a, 256);
    const size_t align = alignof(max_align_t);
    char *prev = NULL;
    for (size_t size = 1; size < 40; size += 3) {
        char *p = ng_arena_alloc(&a, size);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % align, 0);
        memset(p, 0x5A, size);
        if (prev)
            assert_ptr_not_equal(p, prev);
        prev = p;
    }
    /* the allocation after a one-byte one is aligned again */
    ng_arena_reset(&a);
    ng_arena_alloc(&a, 1);
    assert_int_equal(a.used, 1);
    char *q = ng_arena_alloc(&a, 1);
    assert_int_equal((uintptr_t)q % align, 0);
    /* strings are packed without alignment; what follows is aligned */
    ng_arena_reset(&a);
    char *s1 = ng_arena_strdup(&a, "abc"), *s2 = ng_arena_strdup(&a, "de");
    assert_ptr_equal(s2, s1 + 4);
    assert_string_equal(s1, "abc");
    assert_string_equal(s2, "de");
    assert_int_equal(a.used, 7);
    double *d = ng_arena_alloc(&a, sizeof *d);
    assert_int_equal((uintptr_t)d % align, 0);
    *d = 1.5;
    long double *ld = ng_arena_alloc(&a, sizeof *ld);
    *ld = 2.5L;
    assert_true(*d == 1.5 && *ld == 2.5L);
    ng_arena_release(&a);
    assert_null(a.head);
    assert_int_equal(a.used, 0);
}

static void test_arena_adopt(void **state)
{
    (void)state;
    ng_arena a, b;
    ng_arena_init(&a, 128);
    ng_arena_init(&b, 128);
    /* adopting an empty arena changes nothing */
    ng_arena_adopt(&a, &b);
    assert_null(a.head);
    char *keep[40];
    for (int i = 0; i < 40; i++) {
        char s[16];
        snprintf(s, sizeof s, "b%d", i);
        keep[i] = ng_arena_strdup(&b, s); /* several blocks of b */
    }
    char *big = ng_arena_alloc(&b, 1000); /* an oversized block too */
    memset(big, 7, 1000);
    char *a1 = ng_arena_strdup(&a, "in a");
    size_t used = a.used + b.used;
    ng_arena_adopt(&a, &b);
    assert_null(b.head);
    assert_int_equal(b.used, 0);
    assert_int_equal(a.used, used);
    /* a keeps allocating from its own block; b's strings are intact */
    char *a2 = ng_arena_strdup(&a, "still a");
    assert_ptr_equal(a2, a1 + 5);
    for (int i = 0; i < 40; i++) {
        char s[16];
        snprintf(s, sizeof s, "b%d", i);
        assert_string_equal(keep[i], s);
    }
    assert_int_equal(big[999], 7);
    /* b is usable again, and a into an empty arena works */
    char *b1 = ng_arena_strdup(&b, "again");
    assert_string_equal(b1, "again");
    ng_arena c;
    ng_arena_init(&c, 128);
    ng_arena_adopt(&c, &b);
    assert_string_equal(b1, "again");
    assert_null(b.head);
    ng_arena_release(&a); /* every adopted block is freed (ASan: no leak) */
    ng_arena_release(&b);
    ng_arena_release(&c);
}

static void test_arena_default_block_size(void **state)
{
    (void)state;
    ng_arena a;
    ng_arena_init(&a, 0);
    assert_true(a.block_size > 0);
    assert_null(a.head);
    assert_int_equal(a.used, 0);
    ng_arena_release(&a); /* nothing allocated: must be harmless */
}

static void test_arena_large_allocations(void **state)
{
    (void)state;
    ng_arena a;
    ng_arena_init(&a, 1024);
    unsigned char *small1 = ng_arena_alloc(&a, 100);
    memset(small1, 0x11, 100);
    /* far larger than a block: gets its own block */
    unsigned char *big = ng_arena_alloc(&a, 100000);
    memset(big, 0x22, 100000);
    unsigned char *small2 = ng_arena_alloc(&a, 100);
    memset(small2, 0x33, 100);
    unsigned char *big2 = ng_arena_alloc(&a, 5000);
    memset(big2, 0x44, 5000);
    for (size_t i = 0; i < 100; i++) {
        assert_int_equal(small1[i], 0x11);
        assert_int_equal(small2[i], 0x33);
    }
    for (size_t i = 0; i < 100000; i++)
        assert_int_equal(big[i], 0x22);
    for (size_t i = 0; i < 5000; i++)
        assert_int_equal(big2[i], 0x44);
    assert_true(a.used >= 100000 + 5000 + 200);
    ng_arena_release(&a);
}

static void test_arena_many_blocks_and_reset(void **state)
{
    (void)state;
    ng_arena a;
    ng_arena_init(&a, 512);
    uint32_t *ptrs[1000];
    for (uint32_t i = 0; i < 1000; i++) {
        ptrs[i] = ng_arena_alloc(&a, sizeof(uint32_t) * 4);
        for (int k = 0; k < 4; k++)
            ptrs[i][k] = i * 4 + (uint32_t)k;
    }
    for (uint32_t i = 0; i < 1000; i++)
        for (int k = 0; k < 4; k++)
            assert_int_equal(ptrs[i][k], i * 4 + (uint32_t)k);

    for (int round = 0; round < 3; round++) {
        ng_arena_reset(&a);
        assert_int_equal(a.used, 0);
        assert_non_null(a.head);
        /* the memory is reused and calloc really clears it */
        unsigned char *p = ng_arena_alloc(&a, 64);
        memset(p, 0xFF, 64);
        ng_arena_reset(&a);
        unsigned char *z = ng_arena_calloc(&a, 64);
        for (int i = 0; i < 64; i++)
            assert_int_equal(z[i], 0);
        /* and still grows after a reset */
        for (int i = 0; i < 200; i++) {
            char *s = ng_arena_alloc(&a, 33);
            memset(s, 'x', 33);
        }
        char *big = ng_arena_alloc(&a, 4096);
        memset(big, 'y', 4096);
        assert_int_equal(big[4095], 'y');
    }
    ng_arena_release(&a);
    /* reusable after release and init */
    ng_arena_init(&a, 512);
    char *s = ng_arena_strdup(&a, "again");
    assert_string_equal(s, "again");
    ng_arena_release(&a);
    /* reset of an arena that never allocated is harmless */
    ng_arena_init(&a, 512);
    ng_arena_reset(&a);
    assert_null(a.head);
    ng_arena_release(&a);
}

static void test_arena_strdup(void **state)
{
    (void)state;
    ng_arena a;
    ng_arena_init(&a, 64);
    const char *src = "Deir ez-Zor";
    char *s = ng_arena_strdup(&a, src);
    assert_ptr_not_equal(s, src);
    assert_string_equal(s, src);
    char *e = ng_arena_strdup(&a, "");
    assert_string_equal(e, "");
    char *part = ng_arena_strndup(&a, "Raqqa province", 5);
    assert_string_equal(part, "Raqqa");
    /* strndup copies exactly n bytes, embedded NULs included */
    char *bin = ng_arena_strndup(&a, "a\0b", 3);
    assert_memory_equal(bin, "a\0b", 4);
    /* a string longer than the block size */
    char longs[300];
    memset(longs, 'q', sizeof longs - 1);
    longs[sizeof longs - 1] = '\0';
    char *l = ng_arena_strdup(&a, longs);
    assert_string_equal(l, longs);
    /* earlier copies are untouched by later allocations */
    assert_string_equal(s, src);
    assert_string_equal(part, "Raqqa");
    ng_arena_release(&a);
}

/* ---- string map ------------------------------------------------------- */

static void test_strmap_put_get_set(void **state)
{
    (void)state;
    ng_strmap m;
    ng_strmap_init(&m);
    assert_int_equal(ng_strmap_get(&m, "x", 1), NG_NONE); /* empty map */

    const char *stored = NULL;
    char key[] = "Raqqa";
    assert_int_equal(ng_strmap_put(&m, key, 5, 7, &stored), 7);
    assert_non_null(stored);
    assert_ptr_not_equal(stored, key);
    assert_string_equal(stored, "Raqqa");
    key[0] = 'X'; /* the map holds its own copy */
    assert_int_equal(ng_strmap_get(&m, "Raqqa", 5), 7);
    assert_int_equal(ng_strmap_get(&m, "Xaqqa", 5), NG_NONE);

    /* put keeps the old value and reports it */
    const char *stored2 = NULL;
    assert_int_equal(ng_strmap_put(&m, "Raqqa", 5, 99, &stored2), 7);
    assert_ptr_equal(stored2, stored);
    assert_int_equal(m.count, 1);

    /* set replaces, or inserts */
    ng_strmap_set(&m, "Raqqa", 5, 99);
    assert_int_equal(ng_strmap_get(&m, "Raqqa", 5), 99);
    ng_strmap_set(&m, "Manbij", 6, 3);
    assert_int_equal(ng_strmap_get(&m, "Manbij", 6), 3);
    assert_int_equal(m.count, 2);

    /* lengths matter: prefixes and extensions are different keys */
    assert_int_equal(ng_strmap_get(&m, "Raqq", 4), NG_NONE);
    assert_int_equal(ng_strmap_get(&m, "Raqqa province", 14), NG_NONE);
    assert_int_equal(ng_strmap_get(&m, "Raqqa province", 5), 99);
    assert_int_equal(ng_strmap_get(&m, "raqqa", 5), NG_NONE);

    /* the precomputed-hash lookup agrees */
    assert_int_equal(ng_strmap_get_h(&m, "Manbij", 6, ng_hash_bytes("Manbij", 6)), 3);

    /* the empty key is an ordinary key */
    assert_int_equal(ng_strmap_get(&m, "", 0), NG_NONE);
    ng_strmap_put(&m, "", 0, 42, NULL);
    assert_int_equal(ng_strmap_get(&m, "", 0), 42);
    assert_int_equal(m.count, 3);
    ng_strmap_release(&m);
    assert_null(m.slots);
    assert_int_equal(m.count, 0);
}

/* put_ref and swap_ref keep the caller's key (no copy) and say what they
 * replaced; 10,000 keys through several growths stay found. */
static void test_strmap_by_reference(void **state)
{
    (void)state;
    ng_strmap m;
    ng_strmap_init(&m);
    char key[] = "Deir ez-Zor";
    assert_int_equal(ng_strmap_put_ref(&m, key, 4, 1), 1);
    assert_int_equal(ng_strmap_put_ref(&m, "Deir", 4, 2), 1); /* present: unchanged */
    assert_int_equal(m.count, 1);
    assert_int_equal(m.keys.used, 0); /* nothing copied */
    assert_int_equal(ng_strmap_swap_ref(&m, "Deir", 4, 3), 1);
    assert_int_equal(ng_strmap_get(&m, "Deir", 4), 3);
    assert_int_equal(ng_strmap_swap_ref(&m, key + 5, 6, 4), NG_NONE); /* new */
    assert_int_equal(ng_strmap_get(&m, "ez-Zor", 6), 4);
    /* the map holds the caller's bytes: the first key is key itself */
    size_t seen = 0;
    for (size_t i = 0; i < m.cap; i++)
        if (m.slots[i].key)
            seen += m.slots[i].key == key || m.slots[i].key == key + 5;
    assert_int_equal(seen, 2);
    ng_strmap_release(&m);

    static char keys[10000][8];
    ng_strmap_init(&m);
    for (uint32_t i = 0; i < 10000; i++) {
        snprintf(keys[i], sizeof keys[i], "k%u", i);
        assert_int_equal(ng_strmap_swap_ref(&m, keys[i], strlen(keys[i]), i), NG_NONE);
    }
    for (uint32_t i = 0; i < 10000; i += 3)
        assert_int_equal(ng_strmap_swap_ref(&m, keys[i], strlen(keys[i]), i + 1), i);
    for (uint32_t i = 0; i < 10000; i++)
        assert_int_equal(ng_strmap_get(&m, keys[i], strlen(keys[i])), i % 3 ? i : i + 1);
    assert_int_equal(m.count, 10000);
    assert_int_equal(m.keys.used, 0);
    ng_strmap_release(&m);
}

/* After ng_strmap_reserve(n) the table takes n keys without growing, and
 * the keys it had are still found. */
/* The id map holds hashes and values only: the keys are the caller's,
 * compared through eq. Values of equal hash (forced here) stay apart by
 * their keys, swap replaces and returns the value it replaced, reserve
 * sizes the table once. */
static int idmap_key_is(const void *ctx, uint32_t v, const void *key)
{
    const char *const *keys = ctx;
    return strcmp(keys[v], key) == 0;
}

static void test_idmap(void **state)
{
    (void)state;
    enum { N = 3000 };
    static char store[N][16];
    static const char *keys[N];
    for (int i = 0; i < N; i++) {
        snprintf(store[i], sizeof store[i], "k%d", i / 2); /* each key twice */
        keys[i] = store[i];
    }
    ng_idmap m;
    ng_idmap_init(&m);
    assert_int_equal(ng_idmap_get(&m, 1, idmap_key_is, keys, "k0"), NG_NONE);
    ng_idmap_reserve(&m, N / 2);
    size_t cap = m.cap;
    for (uint32_t i = 0; i < N; i++) {
        /* one key in three under one hash: found by eq, not by the hash */
        uint32_t h = (i / 2) % 3 ? ng_idmap_hash(keys[i], strlen(keys[i])) : 7;
        uint32_t got = ng_idmap_put(&m, h, i, idmap_key_is, keys, keys[i]);
        assert_int_equal(got, i - i % 2); /* the second of a key finds the first */
    }
    assert_int_equal(m.count, N / 2);
    assert_int_equal(m.cap, cap);
    for (uint32_t i = 0; i < N; i += 2) {
        uint32_t h = (i / 2) % 3 ? ng_idmap_hash(keys[i], strlen(keys[i])) : 7;
        assert_int_equal(ng_idmap_get(&m, h, idmap_key_is, keys, keys[i]), i);
        assert_int_equal(ng_idmap_swap(&m, h, i + 1, idmap_key_is, keys, keys[i]), i);
        assert_int_equal(ng_idmap_get(&m, h, idmap_key_is, keys, keys[i]), i + 1);
    }
    assert_int_equal(m.count, N / 2);
    assert_int_equal(ng_idmap_get(&m, 7, idmap_key_is, keys, "k1"), NG_NONE);
    assert_int_equal(ng_idmap_get(&m, ng_idmap_hash("k9999", 5), idmap_key_is, keys, "k9999"),
                     NG_NONE);
    assert_int_equal(ng_idmap_swap(&m, 5, 0, idmap_key_is, keys, "new"), NG_NONE);
    assert_int_equal(m.count, N / 2 + 1);
    ng_idmap_release(&m);
}

static void test_strmap_reserve(void **state)
{
    (void)state;
    ng_strmap m;
    ng_strmap_init(&m);
    ng_strmap_put(&m, "Kobani", 6, 1, NULL);
    ng_strmap_reserve(&m, 5000);
    size_t cap = m.cap;
    const ng_strmap_slot *slots = m.slots;
    assert_true(cap * 3 >= 5001 * 4);
    assert_int_equal(ng_strmap_get(&m, "Kobani", 6), 1);
    char k[16];
    for (uint32_t i = 1; i < 5000; i++) {
        snprintf(k, sizeof k, "w%u", i);
        ng_strmap_put(&m, k, strlen(k), i + 1, NULL);
    }
    assert_int_equal(m.count, 5000);
    assert_int_equal(m.cap, cap);  /* no growth on the way */
    assert_ptr_equal(m.slots, slots);
    for (uint32_t i = 1; i < 5000; i++) {
        snprintf(k, sizeof k, "w%u", i);
        assert_int_equal(ng_strmap_get(&m, k, strlen(k)), i + 1);
    }
    ng_strmap_reserve(&m, 10); /* never shrinks */
    assert_int_equal(m.cap, cap);
    ng_strmap_release(&m);
}

/* Keys are compared byte for byte whatever their length: a key that
 * differs in any one byte is not found, even under the stored key's hash. */
static void test_strmap_compares_every_byte(void **state)
{
    (void)state;
    const char *text = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (size_t len = 1; len <= 24; len++) {
        ng_strmap m;
        ng_strmap_init(&m);
        ng_strmap_put(&m, text + 1, len, 5, NULL);
        uint64_t h = ng_hash_bytes(text + 1, len);
        char probe[32];
        memcpy(probe, text + 1, len);
        assert_int_equal(ng_strmap_get_h(&m, probe, len, h), 5);
        for (size_t i = 0; i < len; i++) {
            probe[i] ^= 0x20;
            assert_int_equal(ng_strmap_get_h(&m, probe, len, h), NG_NONE);
            probe[i] ^= 0x20;
        }
        /* a prefix or a longer key under the same hash is not the key */
        assert_int_equal(ng_strmap_get_h(&m, text + 1, len - 1, h), NG_NONE);
        assert_int_equal(ng_strmap_get_h(&m, text + 1, len + 1, h), NG_NONE);
        ng_strmap_release(&m);
    }
}

static void test_strmap_embedded_bytes(void **state)
{
    (void)state;
    ng_strmap m;
    ng_strmap_init(&m);
    ng_strmap_put(&m, "a\0b", 3, 1, NULL);
    ng_strmap_put(&m, "a\0c", 3, 2, NULL);
    ng_strmap_put(&m, "a", 1, 3, NULL);
    ng_strmap_put(&m, "\0", 1, 4, NULL);
    ng_strmap_put(&m, "\0\0", 2, 5, NULL);
    const char *stored = NULL;
    ng_strmap_put(&m, "\xFF\xFE\x80", 3, 6, &stored);
    assert_int_equal(m.count, 6);
    assert_int_equal(ng_strmap_get(&m, "a\0b", 3), 1);
    assert_int_equal(ng_strmap_get(&m, "a\0c", 3), 2);
    assert_int_equal(ng_strmap_get(&m, "a", 1), 3);
    assert_int_equal(ng_strmap_get(&m, "\0", 1), 4);
    assert_int_equal(ng_strmap_get(&m, "\0\0", 2), 5);
    assert_int_equal(ng_strmap_get(&m, "\xFF\xFE\x80", 3), 6);
    assert_int_equal(ng_strmap_get(&m, "", 0), NG_NONE);
    assert_int_equal(ng_strmap_get(&m, "\0\0\0", 3), NG_NONE);
    assert_memory_equal(stored, "\xFF\xFE\x80", 4); /* NUL-terminated copy */
    ng_strmap_release(&m);
}

static void test_strmap_growth(void **state)
{
    (void)state;
    ng_strmap m;
    ng_strmap_init(&m);
    char key[32];
    const uint32_t n = 20000;
    for (uint32_t i = 0; i < n; i++) {
        int len = snprintf(key, sizeof key, "key-%u", i);
        assert_int_equal(ng_strmap_put(&m, key, (size_t)len, i * 3, NULL), i * 3);
    }
    assert_int_equal(m.count, n);
    assert_true(m.cap >= n);
    assert_int_equal(m.cap & (m.cap - 1), 0); /* power of two */
    assert_true(m.count * 4 <= m.cap * 3);     /* load factor kept */
    for (uint32_t i = 0; i < n; i++) {
        int len = snprintf(key, sizeof key, "key-%u", i);
        assert_int_equal(ng_strmap_get(&m, key, (size_t)len), i * 3);
    }
    for (uint32_t i = n; i < n + 100; i++) {
        int len = snprintf(key, sizeof key, "key-%u", i);
        assert_int_equal(ng_strmap_get(&m, key, (size_t)len), NG_NONE);
    }
    /* every stored key is the map's NUL-terminated copy */
    size_t seen = 0;
    for (size_t i = 0; i < m.cap; i++) {
        if (!m.slots[i].key)
            continue;
        seen++;
        assert_int_equal(strlen(m.slots[i].key), m.slots[i].len);
        assert_int_equal(ng_strmap_get(&m, m.slots[i].key, m.slots[i].len), m.slots[i].value);
    }
    assert_int_equal(seen, n);
    ng_strmap_release(&m);
}

static void test_strmap_clear(void **state)
{
    (void)state;
    ng_strmap m;
    ng_strmap_init(&m);
    ng_strmap_clear(&m); /* clearing an empty map is harmless */
    char key[32];
    for (uint32_t i = 0; i < 500; i++) {
        int len = snprintf(key, sizeof key, "k%u", i);
        ng_strmap_put(&m, key, (size_t)len, i, NULL);
    }
    size_t cap = m.cap;
    ng_strmap_clear(&m);
    assert_int_equal(m.count, 0);
    assert_int_equal(m.cap, cap); /* memory kept */
    for (uint32_t i = 0; i < 500; i++) {
        int len = snprintf(key, sizeof key, "k%u", i);
        assert_int_equal(ng_strmap_get(&m, key, (size_t)len), NG_NONE);
    }
    /* usable again, with new values */
    for (uint32_t i = 0; i < 500; i += 2) {
        int len = snprintf(key, sizeof key, "k%u", i);
        assert_int_equal(ng_strmap_put(&m, key, (size_t)len, i + 1000, NULL), i + 1000);
    }
    assert_int_equal(m.count, 250);
    for (uint32_t i = 0; i < 500; i++) {
        int len = snprintf(key, sizeof key, "k%u", i);
        assert_int_equal(ng_strmap_get(&m, key, (size_t)len), i % 2 ? NG_NONE : i + 1000);
    }
    ng_strmap_release(&m);
}

static void test_hash_bytes(void **state)
{
    (void)state;
    /* deterministic */
    assert_true(ng_hash_bytes("Kobani", 6) == ng_hash_bytes("Kobani", 6));
    assert_true(ng_hash_bytes("Kobani", 6) != ng_hash_bytes("Kobane", 6));
    /* runs of NUL bytes of different lengths must not collide */
    static const char zeros[24] = {0};
    uint64_t h[24];
    for (size_t n = 0; n < 24; n++) {
        h[n] = ng_hash_bytes(zeros, n);
        for (size_t k = 0; k < n; k++)
            assert_true(h[n] != h[k]);
    }
    /* the hash of a key does not depend on its alignment in memory */
    char buf[40];
    for (size_t off = 0; off < 8; off++) {
        memcpy(buf + off, "Hasakah governorate", 19);
        assert_true(ng_hash_bytes(buf + off, 19) == ng_hash_bytes("Hasakah governorate", 19));
    }
}

/* ---- u64 map ---------------------------------------------------------- */

static void test_u64map(void **state)
{
    (void)state;
    ng_u64map m;
    ng_u64map_init(&m);
    assert_int_equal(ng_u64map_get(&m, 1), NG_NONE);
    ng_u64map_clear(&m); /* clearing before any insert is harmless */

    assert_int_equal(ng_u64map_put(&m, 0, 10), 10);
    assert_int_equal(ng_u64map_put(&m, UINT64_MAX, 20), 20);
    assert_int_equal(ng_u64map_put(&m, 0, 30), 10); /* existing value kept */
    assert_int_equal(ng_u64map_get(&m, 0), 10);
    assert_int_equal(ng_u64map_get(&m, UINT64_MAX), 20);
    assert_int_equal(ng_u64map_get(&m, 1), NG_NONE);
    assert_int_equal(m.count, 2);

    /* many keys with equal low bits force growth and long probes */
    const uint32_t n = 10000;
    for (uint32_t i = 1; i <= n; i++)
        assert_int_equal(ng_u64map_put(&m, (uint64_t)i << 32, i), i);
    assert_int_equal(m.count, n + 2);
    assert_int_equal(m.cap & (m.cap - 1), 0);
    for (uint32_t i = 1; i <= n; i++)
        assert_int_equal(ng_u64map_get(&m, (uint64_t)i << 32), i);
    assert_int_equal(ng_u64map_get(&m, (uint64_t)(n + 1) << 32), NG_NONE);
    assert_int_equal(ng_u64map_get(&m, 0), 10);

    size_t cap = m.cap;
    ng_u64map_clear(&m);
    assert_int_equal(m.count, 0);
    assert_int_equal(m.cap, cap);
    assert_int_equal(ng_u64map_get(&m, 0), NG_NONE);
    assert_int_equal(ng_u64map_get(&m, (uint64_t)5 << 32), NG_NONE);
    assert_int_equal(ng_u64map_put(&m, (uint64_t)5 << 32, 55), 55);
    assert_int_equal(ng_u64map_get(&m, (uint64_t)5 << 32), 55);
    ng_u64map_release(&m);
    assert_null(m.slots);
    assert_int_equal(m.cap, 0);
}

/* ---- buffers and growth ----------------------------------------------- */

static void test_buf_basic(void **state)
{
    (void)state;
    ng_buf b = NG_BUF_INIT;
    const char *c = ng_buf_cstr(&b);
    assert_non_null(c);
    assert_string_equal(c, "");
    assert_int_equal(b.len, 0);

    ng_buf_puts(&b, "al-");
    ng_buf_putc(&b, 'H');
    ng_buf_put(&b, "awl!!", 3);
    ng_buf_put(&b, "ignored", 0);
    assert_int_equal(b.len, 7);
    assert_string_equal(b.data, "al-Hawl");
    ng_buf_put(&b, "\0x", 2); /* embedded NUL counted in len */
    assert_int_equal(b.len, 9);
    assert_memory_equal(b.data, "al-Hawl\0x", 10);
    ng_buf_release(&b);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
}

static void test_buf_printf(void **state)
{
    (void)state;
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, "%s=%d;", "n", 42);
    assert_string_equal(ng_buf_cstr(&b), "n=42;");
    /* output longer than the 256-byte stack buffer */
    char longs[1001];
    for (int i = 0; i < 1000; i++)
        longs[i] = (char)('a' + i % 26);
    longs[1000] = '\0';
    ng_buf_printf(&b, "[%s|%05d]", longs, 7);
    assert_int_equal(b.len, 5 + 1 + 1000 + 7);
    assert_memory_equal(b.data, "n=42;[", 6);
    assert_memory_equal(b.data + 6, longs, 1000);
    assert_string_equal(b.data + 1006, "|00007]");
    /* exactly 255 and 256 bytes: both sides of the boundary */
    ng_buf_release(&b);
    char s255[256];
    memset(s255, 'z', 255);
    s255[255] = '\0';
    ng_buf_printf(&b, "%s", s255);
    assert_int_equal(b.len, 255);
    ng_buf_printf(&b, "%s!", s255);
    assert_int_equal(b.len, 511);
    assert_int_equal(strlen(b.data), 511);
    assert_int_equal(b.data[510], '!');
    assert_int_equal(b.data[509], 'z');
    /* appending after long output keeps working */
    ng_buf_putc(&b, '#');
    assert_int_equal(b.data[511], '#');
    assert_int_equal(b.data[512], '\0');
    ng_buf_release(&b);
}

/* ng_buf_join is snprintf("%s%s...") without the format: same text, same cut. */
static void test_buf_join(void **state)
{
    (void)state;
    char out[16], ref[16];
    const char *const parts[] = {"e:", "battle", "@", "p:raqqa"};
    assert_int_equal(ng_buf_join(out, sizeof out, parts, 4), 16 - 1);
    snprintf(ref, sizeof ref, "%s%s%s%s", parts[0], parts[1], parts[2], parts[3]);
    assert_string_equal(out, ref); /* cut at 15 bytes: "e:battle@p:raqq" */
    assert_string_equal(out, "e:battle@p:raqq");
    assert_int_equal(ng_buf_join(out, sizeof out, parts, 2), 8);
    assert_string_equal(out, "e:battle");
    assert_int_equal(ng_buf_join(out, sizeof out, parts, 0), 0);
    assert_string_equal(out, "");
    /* one byte: only the NUL */
    out[0] = 'x';
    assert_int_equal(ng_buf_join(out, 1, parts, 4), 0);
    assert_int_equal(out[0], '\0');
    /* every cut agrees with snprintf */
    char big[64], bigref[64];
    for (size_t cap = 1; cap <= sizeof big; cap++) {
        size_t n = ng_buf_join(big, cap, parts, 4);
        snprintf(bigref, cap, "%s%s%s%s", parts[0], parts[1], parts[2], parts[3]);
        assert_string_equal(big, bigref);
        assert_int_equal(n, strlen(bigref));
    }
}

static void test_buf_detach(void **state)
{
    (void)state;
    ng_buf b = NG_BUF_INIT;
    char *empty = ng_buf_detach(&b);
    assert_non_null(empty);
    assert_string_equal(empty, "");
    free(empty);

    ng_buf_puts(&b, "Tal Abyad");
    char *s = ng_buf_detach(&b);
    assert_string_equal(s, "Tal Abyad");
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
    /* the buffer is reusable and independent of the detached string */
    ng_buf_puts(&b, "Tabqa");
    assert_string_equal(b.data, "Tabqa");
    assert_string_equal(s, "Tal Abyad");
    free(s);
    ng_buf_release(&b);
}

static void test_xgrow(void **state)
{
    (void)state;
    int *items = NULL;
    size_t cap = 0;
    ng_xgrow(&items, &cap, 1, sizeof *items);
    assert_non_null(items);
    assert_true(cap >= 1);
    size_t first = cap;
    int *before = items;
    ng_xgrow(&items, &cap, first, sizeof *items); /* already enough: unchanged */
    assert_ptr_equal(items, before);
    assert_int_equal(cap, first);
    for (size_t i = 0; i < cap; i++)
        items[i] = (int)i;
    ng_xgrow(&items, &cap, 1000, sizeof *items);
    assert_true(cap >= 1000);
    assert_true(cap < 2000); /* doubling, not wild over-allocation */
    for (size_t i = 0; i < first; i++)
        assert_int_equal(items[i], (int)i);
    items[999] = 999; /* writable up to need */
    size_t c2 = cap;
    ng_xgrow(&items, &cap, c2 + 1, sizeof *items);
    assert_true(cap >= 2 * c2);
    assert_int_equal(items[999], 999);
    free(items);

    /* large elements */
    struct big {
        char b[1000];
    } *bigs = NULL;
    size_t bcap = 0;
    ng_xgrow(&bigs, &bcap, 3, sizeof *bigs);
    assert_true(bcap >= 3);
    memset(bigs, 1, 3 * sizeof *bigs);
    free(bigs);
}

/* An array of pages grown and trimmed keeps its elements, and its
 * capacity after a trim still frees as a block of pages, also for an
 * element size that does not divide 1 MB (104: an edge). */
static void test_xaligned_grow_trim(void **state)
{
    (void)state;
    const size_t elem = 104;
    unsigned char *p = NULL;
    size_t cap = 0, n = 0;
    while (n < 40000) {
        if (n == cap) {
            size_t ncap = cap ? 2 * cap : 64;
            p = ng_xaligned_grow(p, cap * elem, n * elem, ncap * elem);
            assert_true(((uintptr_t)p & 63) == 0);
            cap = ncap;
        }
        memset(p + n * elem, (int)(n % 251), elem);
        n++;
    }
    assert_true(cap * elem >= ((size_t)1 << 20));
    /* a few kept: the block stays at least 1 MB of whole elements */
    size_t kept = 9000;
    cap = ng_xaligned_trim(p, cap, kept, elem);
    assert_true(cap >= kept);
    assert_true(cap * elem >= ((size_t)1 << 20));
    for (size_t i = 0; i < kept; i++)
        assert_int_equal(p[i * elem + elem - 1], (unsigned char)(i % 251));
    /* and it grows again from there */
    p = ng_xaligned_grow(p, cap * elem, kept * elem, 2 * cap * elem);
    cap *= 2;
    memset(p + (cap - 1) * elem, 7, elem);
    assert_int_equal(p[kept * elem - 1], (unsigned char)((kept - 1) % 251));
    ng_xaligned_free(p, cap * elem);
}

static void test_xalloc(void **state)
{
    (void)state;
    char *s = ng_xstrdup("Qamishli");
    assert_string_equal(s, "Qamishli");
    char *t = ng_xstrndup("Qamishli airport", 8);
    assert_string_equal(t, "Qamishli");
    int *z = ng_xcalloc(16, sizeof *z);
    for (int i = 0; i < 16; i++)
        assert_int_equal(z[i], 0);
    void *r = ng_xrealloc(NULL, 10); /* behaves as malloc */
    assert_non_null(r);
    void *m0 = ng_xmalloc(0); /* zero bytes still gives a pointer */
    assert_non_null(m0);
    free(s);
    free(t);
    free(z);
    free(r);
    free(m0);
}

/* ---- errors and diagnostics ------------------------------------------- */

static void test_strerror(void **state)
{
    (void)state;
    const int codes[] = {NG_OK,        NG_EIO,      NG_EPARSE, NG_EARG,
                         NG_ENOENT,    NG_EENCODING, NG_ERENDER, NG_ENOSPC};
    const size_t n = sizeof codes / sizeof codes[0];
    const char *unknown = ng_strerror(-1000);
    assert_non_null(unknown);
    for (size_t i = 0; i < n; i++) {
        const char *s = ng_strerror(codes[i]);
        assert_non_null(s);
        assert_true(strlen(s) > 0);
        assert_string_not_equal(s, unknown);
        for (size_t k = 0; k < i; k++)
            assert_string_not_equal(s, ng_strerror(codes[k]));
    }
    assert_non_null(strstr(ng_strerror(NG_ENOSPC), "space"));
    assert_non_null(strstr(ng_strerror(NG_ENOENT), "not found"));
    assert_non_null(strstr(ng_strerror(NG_EENCODING), "encoding"));
    /* codes outside the enum all give the same fallback text */
    assert_string_equal(ng_strerror(1), unknown);
    assert_string_equal(ng_strerror(-8), unknown);
    assert_string_equal(ng_strerror(INT32_MIN), unknown);
}

static void test_diag_format(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    ng_diag_report(&c.diag, NG_DIAG_ERROR, "gaz.tsv", 12, "bad column %d", 3);
    ng_diag_report(&c.diag, NG_DIAG_WARNING, "seeds/a.txt", 0, "odd %s", "byte");
    ng_diag_report(&c.diag, NG_DIAG_ERROR, NULL, 0, "no input");
    ng_diag_report(&c.diag, NG_DIAG_NOTE, NULL, 7, "line without file is ignored");
    ng_diag_report(&c.diag, NG_DIAG_NOTE, "x", 0, "%s", "");
    /* names from files and users: control bytes, C1 controls, bidi marks
     * and bytes that are not UTF-8 shown escaped; other UTF-8 as it is */
    ng_diag_report(&c.diag, NG_DIAG_ERROR, "a\033]0;x\a\tb\x7f", 2, "'%s'",
                   "\xc2\x9b\xe2\x80\xae\xff\xc3\xa9\\n\n");
    unsigned warnings = c.diag.warnings, errors = c.diag.errors;
    char *text = capture_text(&c);
    assert_string_equal(text, "gaz.tsv:12: error: bad column 3\n"
                              "seeds/a.txt: warning: odd byte\n"
                              "newsgraph: error: no input\n"
                              "newsgraph: note: line without file is ignored\n"
                              "x: note: \n"
                              "a\\e]0;x\\a\\tb\\x7f:2: error: "
                              "'\\u009b\\u202e\\xff\xc3\xa9\\n\\n'\n");
    assert_int_equal(errors, 3);
    assert_int_equal(warnings, 1); /* notes are not counted */
    free(text);
}

static void test_diag_long_message(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    /* a long message of short parts is printed whole (no fixed buffer) */
    char part[101];
    memset(part, 'm', 100);
    part[100] = '\0';
    ng_diag_report(&c.diag, NG_DIAG_ERROR, "f", 1, "%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s",
                   part, part, part, part, part, part, part, part, part, part, part, part, part,
                   part, part, part, part, part, part, part);
    char *text = capture_text(&c);
    assert_int_equal(strlen(text), strlen("f:1: error: ") + 2000 + 1);
    assert_int_equal(text[strlen(text) - 1], '\n');
    free(text);
}

/* Issue 22: a string a message quotes (a 100 KB --focus name, a 1 MB line
 * of a -T list as a file name) showed whole. Bounded: over 256 bytes, its
 * first and last 128 bytes joined by "...", cut between characters. */
static void test_diag_quoted_strings_bounded(void **state)
{
    (void)state;
    size_t n = 100 * 1024;
    char *big = malloc(n + 1), *want = malloc(4096);
    assert_non_null(big);
    assert_non_null(want);
    memset(big, 'q', n);
    big[0] = 'A';
    big[n - 1] = 'Z';
    big[n] = '\0';
    char head[129], tail[129];
    memcpy(head, big, 128);
    memcpy(tail, big + n - 128, 128);
    head[128] = tail[128] = '\0';

    capture c;
    capture_open(&c);
    ng_diag_report(&c.diag, NG_DIAG_ERROR, NULL, 0, "no entity named '%s'; nothing written",
                   big);
    char *text = capture_text(&c);
    snprintf(want, 4096, "newsgraph: error: no entity named '%s...%s'; nothing written\n", head,
             tail);
    assert_string_equal(text, want);
    free(text);

    /* a file name, and a precision: the bytes it takes, bounded */
    capture_open(&c);
    ng_diag_report(&c.diag, NG_DIAG_WARNING, big, 7, "a %.*s b", 300, big);
    text = capture_text(&c);
    char mid[129];
    memcpy(mid, big + 300 - 128, 128);
    mid[128] = '\0';
    snprintf(want, 4096, "%s...%s:7: warning: a %s...%s b\n", head, tail, head, mid);
    assert_string_equal(text, want);
    free(text);

    /* exactly 256 bytes: whole */
    capture_open(&c);
    big[256] = '\0';
    ng_diag_report(&c.diag, NG_DIAG_NOTE, "f", 0, "%s", big);
    text = capture_text(&c);
    snprintf(want, 4096, "f: note: %s\n", big);
    assert_string_equal(text, want);
    free(text);

    /* two-byte characters: each side of "..." holds whole characters */
    capture_open(&c);
    for (size_t i = 0; i + 1 < 600; i += 2)
        memcpy(big + i, "\xc3\xa9", 2);
    big[600] = '\0';
    ng_diag_report(&c.diag, NG_DIAG_NOTE, "f", 0, "<%s>", big + 1); /* from mid-character */
    text = capture_text(&c);
    /* a lone continuation byte first (escaped: it is no UTF-8), then the
     * characters up to the cut, which ends before one; after "...", whole
     * characters to the end */
    assert_true(!strncmp(text, "f: note: <\\xa9\xc3\xa9", 16));
    const char *dots = strstr(text, "...");
    assert_non_null(dots);
    assert_true(!strncmp(dots - 2, "\xc3\xa9...\xc3\xa9", 7));
    assert_int_equal(dots - text, 14 + 126); /* "f: note: <\\xa9" and 63 characters */
    assert_string_equal(dots + 3 + 128, ">\n"); /* the last 64 characters */
    assert_null(strstr(text + 13, "\\x"));
    free(text);
    free(want);
    free(big);
}

/* The conversions the bounded formatter handles print as printf's. */
static void test_diag_conversions(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    ng_diag_report(&c.diag, NG_DIAG_NOTE, NULL, 0,
                   "%d|%5d|%-4d|%i|%u|%lu|%llu|%zu|%x|%X|%o|%c|%.1f|%.0f|%g|%e|%%|%.3s|%.*s|%ld|%lld|%jd|%08.3f|%+d|%#x|%s",
                   -3, 42, 7, 9, 4000000000u, 123456789012UL, 18446744073709551615ULL,
                   (size_t)77, 255u, 255u, 8u, 'Z', 2.25, 9.5, 1e-5, 12345.678, "abcdef", 2,
                   "xyz", -5L, -6LL, (intmax_t)-7, 3.14159, 5, 255u, "end");
    char want[512];
    snprintf(want, sizeof want,
             "newsgraph: note: "
             "%d|%5d|%-4d|%i|%u|%lu|%llu|%zu|%x|%X|%o|%c|%.1f|%.0f|%g|%e|%%|%.3s|%.*s|%ld|%lld|%jd|%08.3f|%+d|%#x|%s\n",
             -3, 42, 7, 9, 4000000000u, 123456789012UL, 18446744073709551615ULL, (size_t)77,
             255u, 255u, 8u, 'Z', 2.25, 9.5, 1e-5, 12345.678, "abcdef", 2, "xyz", -5L, -6LL,
             (intmax_t)-7, 3.14159, 5, 255u, "end");
    char *text = capture_text(&c);
    assert_string_equal(text, want);
    free(text);
}

static void test_diag_quiet_and_null(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    c.diag.quiet = 1;
    ng_diag_report(&c.diag, NG_DIAG_WARNING, "a.txt", 0, "dropped warning");
    ng_diag_report(&c.diag, NG_DIAG_NOTE, "a.txt", 0, "dropped note");
    ng_diag_report(&c.diag, NG_DIAG_ERROR, "a.txt", 3, "kept error");
    ng_diag_report(&c.diag, NG_DIAG_WARNING, NULL, 0, "dropped too");
    unsigned warnings = c.diag.warnings, errors = c.diag.errors;
    char *text = capture_text(&c);
    assert_string_equal(text, "a.txt:3: error: kept error\n");
    assert_int_equal(warnings, 2); /* dropped but counted */
    assert_int_equal(errors, 1);
    free(text);

    /* a NULL out still counts */
    ng_diag d = {NULL, 0, 0, 0};
    ng_diag_report(&d, NG_DIAG_WARNING, "f", 1, "x");
    ng_diag_report(&d, NG_DIAG_ERROR, "f", 1, "y");
    ng_diag_report(&d, NG_DIAG_ERROR, NULL, 0, "z");
    assert_int_equal(d.warnings, 1);
    assert_int_equal(d.errors, 2);
    /* a NULL handle discards silently */
    ng_diag_report(NULL, NG_DIAG_ERROR, "f", 1, "discarded %d", 1);
}

static void vreport_helper(ng_diag *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ng_diag_vreport(d, NG_DIAG_WARNING, "v.txt", 9, fmt, ap);
    va_end(ap);
}

static void test_diag_vreport(void **state)
{
    (void)state;
    capture c;
    capture_open(&c);
    vreport_helper(&c.diag, "%s has %u items", "list", 3u);
    char *text = capture_text(&c);
    assert_string_equal(text, "v.txt:9: warning: list has 3 items\n");
    assert_int_equal(c.diag.warnings, 1);
    free(text);
}

/* ---- reading files ---------------------------------------------------- */

static void test_file_read_missing(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = path_join(dir, "no-such-file.txt");
    capture c;
    capture_open(&c);
    char *data = (char *)1;
    size_t len = 99;
    assert_int_equal(ng_file_read(path, &data, &len, &c.diag), NG_ENOENT);
    assert_null(data);
    assert_int_equal(len, 0);
    assert_int_equal(c.diag.errors, 1);
    char *text = capture_text(&c);
    assert_true(strncmp(text, path, strlen(path)) == 0); /* "path: ..." */
    assert_non_null(strstr(text, ": error: "));
    assert_non_null(strstr(text, "No such file"));
    free(text);
    free(path);
    remove_tree(dir);
    free(dir);
}

static void test_file_read_directory(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    capture c;
    capture_open(&c);
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(ng_file_read(dir, &data, &len, &c.diag), NG_EIO);
    assert_null(data);
    char *text = capture_text(&c);
    assert_true(strncmp(text, dir, strlen(dir)) == 0);
    assert_non_null(strstr(text, "is a directory"));
    free(text);
    remove_tree(dir);
    free(dir);
}

/* Files read by name in an open directory into one buffer, reused: the
 * way a corpus reads its files. */
static void test_file_read_at_reuses_buffer(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *a = path_join(dir, "a.txt"), *b = path_join(dir, "b.txt"), *x = path_join(dir, "x.txt");
    write_file(a, "Raqqa fell.", 11);
    size_t big = 200000;
    char *blob = ng_xmalloc(big);
    for (size_t i = 0; i < big; i++)
        blob[i] = (char)('a' + i % 26);
    write_file(b, blob, big);
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    assert_true(dfd >= 0);
    char *buf = NULL;
    size_t cap = 0, len = 99;
    assert_int_equal(ng_file_read_at(dfd, "a.txt", a, NULL, &buf, &cap, &len, NULL), 0);
    assert_int_equal(len, 11);
    assert_string_equal(buf, "Raqqa fell.");
    assert_true(cap >= 12);
    /* larger: the buffer grows */
    assert_int_equal(ng_file_read_at(dfd, "b.txt", b, NULL, &buf, &cap, &len, NULL), 0);
    assert_int_equal(len, big);
    assert_memory_equal(buf, blob, big);
    assert_int_equal(buf[len], '\0');
    size_t grown = cap;
    char *kept = buf;
    /* smaller again: the same buffer, and only the new text in it */
    assert_int_equal(ng_file_read_at(dfd, "a.txt", a, NULL, &buf, &cap, &len, NULL), 0);
    assert_ptr_equal(buf, kept);
    assert_int_equal(cap, grown);
    assert_int_equal(len, 11);
    assert_string_equal(buf, "Raqqa fell.");
    /* a missing file: an error naming the path given, the buffer still the caller's */
    capture c;
    capture_open(&c);
    assert_int_equal(ng_file_read_at(dfd, "x.txt", x, NULL, &buf, &cap, &len, &c.diag), NG_ENOENT);
    assert_ptr_equal(buf, kept);
    assert_int_equal(len, 0);
    char *text = capture_text(&c);
    assert_true(strncmp(text, x, strlen(x)) == 0);
    assert_non_null(strstr(text, "No such file"));
    free(text);
    /* AT_FDCWD: a path */
    assert_int_equal(ng_file_read_at(AT_FDCWD, a, a, NULL, &buf, &cap, &len, NULL), 0);
    assert_string_equal(buf, "Raqqa fell.");
    close(dfd);
    free(buf);
    free(blob);
    free(a);
    free(b);
    free(x);
    remove_tree(dir);
    free(dir);
}

/* ng_file_each_line reads a file in pieces and gives the same lines as
 * ng_lines over the whole text: lines longer than a piece, CR LF, empty
 * lines, a last line without its LF, a file ending in LF. */
typedef struct seen_lines {
    ng_buf text; /* "no:line\n" for each */
} seen_lines;

static void note_line(void *ud, const char *s, const char *e, unsigned long no)
{
    seen_lines *sl = ud;
    ng_buf_printf(&sl->text, "%lu:", no);
    ng_buf_put(&sl->text, s, (size_t)(e - s));
    ng_buf_putc(&sl->text, '\n');
}

static void test_file_each_line(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = path_join(dir, "lines.tsv");
    ng_buf text = NG_BUF_INIT;
    for (int i = 0; i < 400; i++) {
        if (i % 7 == 3)
            ng_buf_puts(&text, "\r\n"); /* an empty line, CR LF */
        size_t len = (size_t)(i * 131) % 9000; /* some longer than a piece of 4096 */
        for (size_t k = 0; k < len; k++)
            ng_buf_putc(&text, (char)('a' + (i + k) % 26));
        ng_buf_puts(&text, i % 5 ? "\n" : "\r\n");
    }
    for (int last = 0; last < 2; last++) {
        if (last)
            ng_buf_puts(&text, "no line end");
        write_file(path, text.data, text.len);
        seen_lines whole = {NG_BUF_INIT}, pieces = {NG_BUF_INIT};
        ng_lines l;
        ng_lines_init(&l, text.data, text.len);
        const char *q, *le;
        while (ng_lines_next(&l, &q, &le))
            note_line(&whole, q, le, l.no);
        assert_int_equal(ng_file_each_line(path, 4096, note_line, &pieces, NULL), 0);
        assert_int_equal(pieces.text.len, whole.text.len);
        assert_memory_equal(pieces.text.data, whole.text.data, whole.text.len);
        ng_buf_release(&whole.text);
        ng_buf_release(&pieces.text);
    }
    /* binary: skipped before any line; missing: an error */
    write_file(path, "name\tplace\0city\n", 17);
    seen_lines none = {NG_BUF_INIT};
    ng_diag d = {NULL, 0, 0, 0};
    assert_int_equal(ng_file_each_line(path, 4096, note_line, &none, &d), NG_EENCODING);
    assert_int_equal(none.text.len, 0);
    assert_int_equal(d.warnings, 1);
    unlink(path);
    assert_int_equal(ng_file_each_line(path, 4096, note_line, &none, &d), NG_ENOENT);
    assert_int_equal(d.errors, 1);
    assert_int_equal(none.text.len, 0);
    ng_buf_release(&text);
    free(path);
    remove_tree(dir);
    free(dir);
}

static void test_file_read_regular(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = path_join(dir, "doc.txt");
    const char content[] = "Line one\nbinary \0 inside\n";
    write_file(path, content, sizeof content - 1);
    char *data = NULL;
    size_t len = 0;
    ng_diag d = {NULL, 0, 0, 0};
    assert_int_equal(ng_file_read(path, &data, &len, &d), 0);
    assert_int_equal(len, sizeof content - 1);
    assert_memory_equal(data, content, len);
    assert_int_equal(data[len], '\0');
    assert_int_equal(d.errors, 0);
    free(data);

    /* empty file: a valid empty string */
    write_file(path, "", 0);
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_non_null(data);
    assert_int_equal(len, 0);
    assert_string_equal(data, "");
    free(data);

    /* a file larger than any initial guess */
    size_t big = 300000;
    char *blob = ng_xmalloc(big);
    for (size_t i = 0; i < big; i++)
        blob[i] = (char)(i * 7 + 3);
    write_file(path, blob, big);
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_int_equal(len, big);
    assert_memory_equal(data, blob, big);
    assert_int_equal(data[len], '\0');
    free(data);
    free(blob);

    /* a character device with no size: read until end of file */
    assert_int_equal(ng_file_read("/dev/null", &data, &len, NULL), 0);
    assert_int_equal(len, 0);
    assert_string_equal(data, "");
    free(data);

    free(path);
    remove_tree(dir);
    free(dir);
}

/* ---- writing files ---------------------------------------------------- */

static void test_outfile_commit(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = path_join(dir, "graph.dot");
    ng_outfile o;
    capture c;
    capture_open(&c);
    assert_int_equal(ng_outfile_open(&o, path, &c.diag), 0);
    assert_non_null(o.fp);
    assert_non_null(o.tmp);
    assert_string_equal(o.path, path);
    /* the temporary file is beside the target, hidden and named after it */
    char *prefix = path_join(dir, ".graph.dot.tmp");
    assert_true(strncmp(o.tmp, prefix, strlen(prefix)) == 0);
    free(prefix);
    assert_true(exists(o.tmp));
    assert_false(exists(path));
    char *tmp = ng_xstrdup(o.tmp);

    fputs("digraph {}\n", o.fp);
    assert_int_equal(ng_outfile_commit(&o, &c.diag), 0);
    assert_null(o.fp);
    assert_null(o.tmp);
    assert_null(o.path);
    assert_false(exists(tmp));
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_string_equal(data, "digraph {}\n");
    free(data);
    assert_int_equal(count_entries(dir, "."), 0); /* no temporary left */
    assert_int_equal(c.diag.errors, 0);
    char *text = capture_text(&c);
    assert_string_equal(text, "");
    free(text);

    /* commit replaces an existing file; finish first, then commit */
    assert_int_equal(ng_outfile_open(&o, path, NULL), 0);
    fputs("second\n", o.fp);
    assert_int_equal(ng_outfile_finish(&o, NULL), 0);
    assert_null(o.fp);
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_string_equal(data, "digraph {}\n"); /* not yet replaced */
    free(data);
    assert_int_equal(ng_outfile_commit(&o, NULL), 0);
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_string_equal(data, "second\n");
    free(data);

    free(tmp);
    free(path);
    remove_tree(dir);
    free(dir);
}

static void test_outfile_relative_path(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char cwd[4096];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(dir), 0);
    ng_outfile o;
    assert_int_equal(ng_outfile_open(&o, "plain.tsv", NULL), 0);
    assert_true(strncmp(o.tmp, ".plain.tsv.tmp", 14) == 0);
    fputs("a\tb\n", o.fp);
    assert_int_equal(ng_outfile_commit(&o, NULL), 0);
    assert_true(exists("plain.tsv"));
    assert_int_equal(chdir(cwd), 0);
    remove_tree(dir);
    free(dir);
}

static void test_outfile_abort(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = path_join(dir, "out.graphml");
    write_file(path, "previous", 8);
    ng_outfile o;
    assert_int_equal(ng_outfile_open(&o, path, NULL), 0);
    char *tmp = ng_xstrdup(o.tmp);
    fputs("partial output that must never appear", o.fp);
    fflush(o.fp);
    assert_true(exists(tmp));
    ng_outfile_abort(&o);
    assert_null(o.fp);
    assert_null(o.tmp);
    assert_null(o.path);
    assert_false(exists(tmp));
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_int_equal(len, 8);
    assert_memory_equal(data, "previous", 8);
    free(data);

    /* abort after finish (fp already closed) also removes the temporary */
    assert_int_equal(ng_outfile_open(&o, path, NULL), 0);
    free(tmp);
    tmp = ng_xstrdup(o.tmp);
    assert_int_equal(ng_outfile_finish(&o, NULL), 0);
    assert_true(exists(tmp));
    ng_outfile_abort(&o);
    assert_false(exists(tmp));
    assert_int_equal(count_entries(dir, "."), 0);

    /* abort with no target ever created leaves nothing behind */
    char *fresh = path_join(dir, "fresh.svg");
    assert_int_equal(ng_outfile_open(&o, fresh, NULL), 0);
    ng_outfile_abort(&o);
    assert_false(exists(fresh));
    assert_int_equal(count_entries(dir, "."), 0);
    free(fresh);

    free(tmp);
    free(path);
    remove_tree(dir);
    free(dir);
}

static void test_outfile_open_errors(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    ng_outfile o;
    capture c;
    capture_open(&c);
    /* the target is a directory */
    assert_int_equal(ng_outfile_open(&o, dir, &c.diag), NG_EIO);
    assert_null(o.fp);
    assert_null(o.tmp);
    assert_null(o.path);
    /* the parent directory does not exist */
    char *missing = path_join(dir, "nope/out.dot");
    assert_int_equal(ng_outfile_open(&o, missing, &c.diag), NG_EIO);
    assert_null(o.fp);
    assert_null(o.tmp);
    assert_null(o.path);
    assert_int_equal(c.diag.errors, 2);
    char *text = capture_text(&c);
    assert_true(strncmp(text, dir, strlen(dir)) == 0);
    assert_non_null(strstr(text, "is a directory"));
    char *line2 = strchr(text, '\n');
    assert_non_null(line2);
    line2++;
    assert_true(strncmp(line2, missing, strlen(missing)) == 0);
    assert_non_null(strstr(line2, "cannot create output"));
    free(text);
    free(missing);
    remove_tree(dir);
    free(dir);
}

static void test_outfile_stdout(void **state)
{
    (void)state;
    ng_outfile o;
    assert_int_equal(ng_outfile_open(&o, "-", NULL), 0);
    assert_non_null(o.fp); /* a stream of its own over descriptor 1 */
    assert_null(o.tmp);
    assert_string_equal(o.path, "-");
    assert_int_equal(ng_outfile_commit(&o, NULL), 0);
    assert_null(o.path);
    assert_null(o.fp);
    /* descriptor 1 is flushed, never closed */
    assert_true(fflush(stdout) == 0);
    assert_true(fcntl(STDOUT_FILENO, F_GETFD) >= 0);
}

static void test_outfile_full_disk(void **state)
{
    (void)state;
    int full = open("/dev/full", O_WRONLY);
    if (full < 0) {
        skip();
        return;
    }
    /* standard output on a full device: one line naming it and the cause */
    capture c;
    capture_open(&c);
    fflush(stdout);
    int saved = dup(STDOUT_FILENO);
    assert_true(saved >= 0);
    assert_true(dup2(full, STDOUT_FILENO) >= 0);
    ng_outfile o;
    assert_int_equal(ng_outfile_open(&o, "-", &c.diag), 0);
    assert_string_equal(ng_outfile_name(&o), "standard output");
    fputs("nodes and edges\n", o.fp);
    assert_int_equal(fflush(o.fp), EOF);
    assert_int_equal(ng_outfile_error(&o), ENOSPC);
    assert_int_equal(ng_outfile_commit(&o, &c.diag), NG_ENOSPC);
    assert_true(dup2(saved, STDOUT_FILENO) >= 0);
    close(saved);
    close(full);
    assert_null(o.fp);
    assert_int_equal(c.diag.errors, 1);
    char *text = capture_text(&c);
    assert_string_equal(text, "standard output: error: not written: No space left on device\n");
    free(text);

    /* a real outfile that cannot grow (a file-size limit, as on a full
     * disk): the cause is named, the temporary removed, the old file kept */
    char *dir = scratch_dir();
    char *path = path_join(dir, "out.tsv");
    write_file(path, "old", 3);
    capture_open(&c);
    assert_int_equal(ng_outfile_open(&o, path, &c.diag), 0);
    char *tmp = ng_xstrdup(o.tmp);
    struct rlimit old_lim, lim;
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old_lim), 0);
    lim = old_lim;
    lim.rlim_cur = 16;
    void (*old_sig)(int) = signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
    for (int i = 0; i < 100; i++)
        fputs("x\ty\n", o.fp);
    int rc = ng_outfile_commit(&o, &c.diag);
    setrlimit(RLIMIT_FSIZE, &old_lim);
    signal(SIGXFSZ, old_sig);
    assert_int_equal(rc, NG_EIO);
    assert_null(o.tmp);
    assert_false(exists(tmp)); /* the failed temporary is removed */
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(ng_file_read(path, &data, &len, NULL), 0);
    assert_string_equal(data, "old"); /* previous output intact */
    free(data);
    text = capture_text(&c);
    ng_buf want = NG_BUF_INIT;
    ng_buf_printf(&want, "%s: error: not written: File too large\n", path);
    assert_string_equal(text, want.data);
    ng_buf_release(&want);
    free(text);
    free(tmp);
    free(path);
    remove_tree(dir);
    free(dir);
}

/* ---- directories ------------------------------------------------------ */

static void test_dir_make(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *nested = path_join(dir, "a/b/c");
    capture c;
    capture_open(&c);
    assert_int_equal(ng_dir_make(nested, &c.diag), 0);
    struct stat st;
    assert_int_equal(stat(nested, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    /* existing directory: fine, and idempotent */
    assert_int_equal(ng_dir_make(nested, &c.diag), 0);
    assert_int_equal(ng_dir_make(dir, &c.diag), 0);
    /* trailing slash */
    char *slashed = path_join(dir, "d/e/");
    assert_int_equal(ng_dir_make(slashed, &c.diag), 0);
    assert_int_equal(stat(slashed, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(c.diag.errors, 0);

    /* an existing file is not a directory */
    char *file = path_join(dir, "plain");
    write_file(file, "x", 1);
    assert_int_equal(ng_dir_make(file, &c.diag), NG_EIO);
    /* nor can it be a parent */
    char *under = path_join(dir, "plain/sub/deeper");
    assert_int_equal(ng_dir_make(under, &c.diag), NG_EIO);
    assert_false(exists(under));
    assert_int_equal(c.diag.errors, 2);
    char *text = capture_text(&c);
    assert_true(strncmp(text, file, strlen(file)) == 0);
    assert_non_null(strstr(text, "not a directory"));
    char *line2 = strchr(text, '\n');
    assert_non_null(line2);
    assert_non_null(strstr(line2 + 1, "cannot create directory"));
    free(text);

    free(under);
    free(file);
    free(slashed);
    free(nested);
    remove_tree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_alignment),
        cmocka_unit_test(test_arena_adopt),
        cmocka_unit_test(test_arena_default_block_size),
        cmocka_unit_test(test_arena_large_allocations),
        cmocka_unit_test(test_arena_many_blocks_and_reset),
        cmocka_unit_test(test_arena_strdup),
        cmocka_unit_test(test_strmap_put_get_set),
        cmocka_unit_test(test_strmap_by_reference),
        cmocka_unit_test(test_strmap_reserve),
        cmocka_unit_test(test_idmap),
        cmocka_unit_test(test_strmap_compares_every_byte),
        cmocka_unit_test(test_strmap_embedded_bytes),
        cmocka_unit_test(test_strmap_growth),
        cmocka_unit_test(test_strmap_clear),
        cmocka_unit_test(test_hash_bytes),
        cmocka_unit_test(test_u64map),
        cmocka_unit_test(test_buf_basic),
        cmocka_unit_test(test_buf_printf),
        cmocka_unit_test(test_buf_detach),
        cmocka_unit_test(test_buf_join),
        cmocka_unit_test(test_xgrow),
        cmocka_unit_test(test_xaligned_grow_trim),
        cmocka_unit_test(test_xalloc),
        cmocka_unit_test(test_strerror),
        cmocka_unit_test(test_diag_format),
        cmocka_unit_test(test_diag_long_message),
        cmocka_unit_test(test_diag_quoted_strings_bounded),
        cmocka_unit_test(test_diag_conversions),
        cmocka_unit_test(test_diag_quiet_and_null),
        cmocka_unit_test(test_diag_vreport),
        cmocka_unit_test(test_file_read_missing),
        cmocka_unit_test(test_file_read_directory),
        cmocka_unit_test(test_file_read_regular),
        cmocka_unit_test(test_file_each_line),
        cmocka_unit_test(test_file_read_at_reuses_buffer),
        cmocka_unit_test(test_outfile_commit),
        cmocka_unit_test(test_outfile_relative_path),
        cmocka_unit_test(test_outfile_abort),
        cmocka_unit_test(test_outfile_open_errors),
        cmocka_unit_test(test_outfile_stdout),
        cmocka_unit_test(test_outfile_full_disk),
        cmocka_unit_test(test_dir_make),
        cmocka_unit_test(test_plain_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
