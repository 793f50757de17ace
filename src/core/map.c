/* map.c - open-addressing hash maps with linear probing */
#include "map.h"

#include <string.h>

#include "core/alloc.h"

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

uint64_t ng_hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ ((uint64_t)n * 0xff51afd7ed558ccdULL);
    while (n >= 8) {
        h = (h ^ load64(p)) * 0x9fb21c651e98df25ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n) {
        /* the last 1-7 bytes as one word (most keys are short words) */
        uint64_t tail = 0;
        if (n >= 4) {
            uint32_t a, b;
            memcpy(&a, p, 4);
            memcpy(&b, p + n - 4, 4);
            tail = ((uint64_t)a << 32) | b;
        } else {
            tail = (uint64_t)p[0] << 16 | (uint64_t)p[n / 2] << 8 | p[n - 1];
        }
        h = (h ^ tail) * 0x9fb21c651e98df25ULL;
    }
    return ng_hash_u64(h);
}

void ng_strmap_init(ng_strmap *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
    ng_arena_init(&m->keys, 32 * 1024);
}

void ng_strmap_release(ng_strmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
    ng_arena_release(&m->keys);
}

void ng_strmap_clear(ng_strmap *m)
{
    if (m->count)
        memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->count = 0;
    ng_arena_reset(&m->keys);
}

static void strmap_rehash(ng_strmap *m, size_t ncap);

static void strmap_grow(ng_strmap *m)
{
    strmap_rehash(m, m->cap ? m->cap * 2 : 16);
}

void ng_strmap_reserve(ng_strmap *m, size_t n)
{
    size_t cap = m->cap ? m->cap : 16;
    while ((n + 1) * 4 > cap * 3)
        cap *= 2;
    if (cap > m->cap)
        strmap_rehash(m, cap);
}

static void strmap_rehash(ng_strmap *m, size_t ncap)
{
    ng_strmap_slot *ns = ng_xcalloc(ncap, sizeof *ns);
    for (size_t i = 0; i < m->cap; i++) {
        ng_strmap_slot *s = &m->slots[i];
        if (!s->key)
            continue;
        size_t j = s->hash & (ncap - 1);
        while (ns[j].key)
            j = (j + 1) & (ncap - 1);
        ns[j] = *s;
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
}

/* Are the n bytes at a and b the same? Keys are short words: compared here,
 * without a call, so that the lookups stay leaf functions. */
static inline int bytes_equal(const char *a, const char *b, size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return 0;
    }
    if (n >= 4) { /* 4 to 7 bytes: the first four and the last four */
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return x0 == y0 && x1 == y1;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

uint32_t ng_strmap_get_h(const ng_strmap *m, const char *key, size_t len, uint64_t hash)
{
    if (!m->cap)
        return NG_NONE;
    size_t i = hash & (m->cap - 1);
    for (;;) {
        const ng_strmap_slot *s = &m->slots[i];
        if (!s->key)
            return NG_NONE;
        if (s->hash == hash && s->len == len && bytes_equal(s->key, key, len))
            return s->value;
        i = (i + 1) & (m->cap - 1);
    }
}

uint32_t ng_strmap_get(const ng_strmap *m, const char *key, size_t len)
{
    return ng_strmap_get_h(m, key, len, ng_hash_bytes(key, len));
}

static ng_strmap_slot *strmap_slot(ng_strmap *m, const char *key, size_t len, uint64_t hash,
                                   int *found)
{
    if ((m->count + 1) * 4 > m->cap * 3)
        strmap_grow(m);
    size_t i = hash & (m->cap - 1);
    for (;;) {
        ng_strmap_slot *s = &m->slots[i];
        if (!s->key) {
            *found = 0;
            return s;
        }
        if (s->hash == hash && s->len == len && bytes_equal(s->key, key, len)) {
            *found = 1;
            return s;
        }
        i = (i + 1) & (m->cap - 1);
    }
}

uint32_t ng_strmap_put(ng_strmap *m, const char *key, size_t len, uint32_t value,
                       const char **stored_key)
{
    uint64_t h = ng_hash_bytes(key, len);
    int found;
    ng_strmap_slot *s = strmap_slot(m, key, len, h, &found);
    if (!found) {
        s->hash = h;
        s->key = ng_arena_strndup(&m->keys, key, len);
        s->len = (uint32_t)len;
        s->value = value;
        m->count++;
    }
    if (stored_key)
        *stored_key = s->key;
    return s->value;
}

uint32_t ng_strmap_put_ref(ng_strmap *m, const char *key, size_t len, uint32_t value)
{
    uint64_t h = ng_hash_bytes(key, len);
    int found;
    ng_strmap_slot *s = strmap_slot(m, key, len, h, &found);
    if (!found) {
        s->hash = h;
        s->key = key;
        s->len = (uint32_t)len;
        s->value = value;
        m->count++;
    }
    return s->value;
}

uint32_t ng_strmap_swap_ref(ng_strmap *m, const char *key, size_t len, uint32_t value)
{
    uint64_t h = ng_hash_bytes(key, len);
    int found;
    ng_strmap_slot *s = strmap_slot(m, key, len, h, &found);
    uint32_t old = found ? s->value : NG_NONE;
    if (!found) {
        s->hash = h;
        s->key = key;
        s->len = (uint32_t)len;
        m->count++;
    }
    s->value = value;
    return old;
}

void ng_strmap_set(ng_strmap *m, const char *key, size_t len, uint32_t value)
{
    uint64_t h = ng_hash_bytes(key, len);
    int found;
    ng_strmap_slot *s = strmap_slot(m, key, len, h, &found);
    if (!found) {
        s->hash = h;
        s->key = ng_arena_strndup(&m->keys, key, len);
        s->len = (uint32_t)len;
        m->count++;
    }
    s->value = value;
}

void ng_u64map_init(ng_u64map *m)
{
    m->slots = NULL;
    m->cap = m->count = 0;
}

void ng_u64map_release(ng_u64map *m)
{
    free(m->slots);
    ng_u64map_init(m);
}

void ng_u64map_clear(ng_u64map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        m->slots[i].value = NG_NONE;
    m->count = 0;
}

static void u64map_grow(ng_u64map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 16;
    ng_u64map_slot *ns = ng_xmalloc(ncap * sizeof *ns);
    for (size_t i = 0; i < ncap; i++)
        ns[i].value = NG_NONE;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].value == NG_NONE)
            continue;
        size_t j = ng_hash_u64(m->slots[i].key) & (ncap - 1);
        while (ns[j].value != NG_NONE)
            j = (j + 1) & (ncap - 1);
        ns[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
}

uint32_t ng_u64map_get(const ng_u64map *m, uint64_t key)
{
    if (!m->cap)
        return NG_NONE;
    size_t i = ng_hash_u64(key) & (m->cap - 1);
    for (;;) {
        const ng_u64map_slot *s = &m->slots[i];
        if (s->value == NG_NONE)
            return NG_NONE;
        if (s->key == key)
            return s->value;
        i = (i + 1) & (m->cap - 1);
    }
}

uint32_t ng_u64map_put(ng_u64map *m, uint64_t key, uint32_t value)
{
    if ((m->count + 1) * 4 > m->cap * 3)
        u64map_grow(m);
    size_t i = ng_hash_u64(key) & (m->cap - 1);
    for (;;) {
        ng_u64map_slot *s = &m->slots[i];
        if (s->value == NG_NONE) {
            s->key = key;
            s->value = value;
            m->count++;
            return value;
        }
        if (s->key == key)
            return s->value;
        i = (i + 1) & (m->cap - 1);
    }
}

void ng_idmap_init(ng_idmap *m)
{
    m->slots = NULL;
    m->cap = m->count = 0;
}

void ng_idmap_release(ng_idmap *m)
{
    free(m->slots);
    ng_idmap_init(m);
}

static void idmap_rehash(ng_idmap *m, size_t ncap)
{
    ng_idmap_slot *ns = ng_xmalloc(ncap * sizeof *ns);
    for (size_t i = 0; i < ncap; i++)
        ns[i].value = NG_NONE;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].value == NG_NONE)
            continue;
        size_t j = m->slots[i].hash & (ncap - 1);
        while (ns[j].value != NG_NONE)
            j = (j + 1) & (ncap - 1);
        ns[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
}

void ng_idmap_reserve(ng_idmap *m, size_t n)
{
    size_t cap = m->cap ? m->cap : 16;
    while ((n + 1) * 4 > cap * 3)
        cap *= 2;
    if (cap > m->cap)
        idmap_rehash(m, cap);
}

void ng_idmap_clear(ng_idmap *m)
{
    if (m->count)
        for (size_t i = 0; i < m->cap; i++)
            m->slots[i].value = NG_NONE;
    m->count = 0;
}

uint32_t ng_idmap_get(const ng_idmap *m, uint32_t hash, ng_idmap_eq eq, const void *ctx,
                      const void *key)
{
    if (!m->cap)
        return NG_NONE;
    for (size_t i = hash & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        const ng_idmap_slot *s = &m->slots[i];
        if (s->value == NG_NONE)
            return NG_NONE;
        if (s->hash == hash && eq(ctx, s->value, key))
            return s->value;
    }
}

/* The slot of key, or the free slot where it goes. */
static ng_idmap_slot *idmap_slot(ng_idmap *m, uint32_t hash, ng_idmap_eq eq, const void *ctx,
                                 const void *key)
{
    if ((m->count + 1) * 4 > m->cap * 3)
        idmap_rehash(m, m->cap ? m->cap * 2 : 16);
    for (size_t i = hash & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        ng_idmap_slot *s = &m->slots[i];
        if (s->value == NG_NONE || (s->hash == hash && eq(ctx, s->value, key)))
            return s;
    }
}

uint32_t ng_idmap_put(ng_idmap *m, uint32_t hash, uint32_t value, ng_idmap_eq eq,
                      const void *ctx, const void *key)
{
    ng_idmap_slot *s = idmap_slot(m, hash, eq, ctx, key);
    if (s->value == NG_NONE) {
        s->hash = hash;
        s->value = value;
        m->count++;
    }
    return s->value;
}

uint32_t ng_idmap_swap(ng_idmap *m, uint32_t hash, uint32_t value, ng_idmap_eq eq,
                       const void *ctx, const void *key)
{
    ng_idmap_slot *s = idmap_slot(m, hash, eq, ctx, key);
    uint32_t old = s->value;
    if (old == NG_NONE) {
        s->hash = hash;
        m->count++;
    }
    s->value = value;
    return old;
}
