/* map.h - open-addressing hash maps: byte string -> uint32, uint64 -> uint32 */
#ifndef NG_MAP_H
#define NG_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

#define NG_NONE UINT32_MAX

/* 64-bit hash of n bytes; deterministic across runs and machines. */
uint64_t ng_hash_bytes(const void *p, size_t n);
static inline uint64_t ng_hash_u64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

typedef struct ng_strmap_slot {
    uint64_t hash;
    const char *key; /* NUL-terminated copy owned by the map, NULL when empty */
    uint32_t len;
    uint32_t value;
} ng_strmap_slot;

/* A set of distinct byte strings, each with a uint32 value. Keys are
 * copied into the map's arena; lookups never allocate. */
typedef struct ng_strmap {
    ng_strmap_slot *slots;
    size_t cap;   /* power of two */
    size_t count;
    ng_arena keys;
} ng_strmap;

void ng_strmap_init(ng_strmap *m);
void ng_strmap_release(ng_strmap *m);
/* The value stored for key, or NG_NONE. */
uint32_t ng_strmap_get(const ng_strmap *m, const char *key, size_t len);
uint32_t ng_strmap_get_h(const ng_strmap *m, const char *key, size_t len, uint64_t hash);
/* Insert key with value unless present; returns the value now stored
 * (the old one when the key was there). *stored_key, if given, receives the
 * map's copy of the key. */
uint32_t ng_strmap_put(ng_strmap *m, const char *key, size_t len, uint32_t value,
                       const char **stored_key);
/* ng_strmap_put and a swap that do not copy a new key: the map keeps the
 * pointer, so key must stay valid and unchanged while the map holds it (keys
 * that already live in an arena of their owner: no second copy). */
uint32_t ng_strmap_put_ref(ng_strmap *m, const char *key, size_t len, uint32_t value);
/* Store value for key (kept by reference when new); returns the value it
 * replaced, or NG_NONE when the key was not there. */
uint32_t ng_strmap_swap_ref(ng_strmap *m, const char *key, size_t len, uint32_t value);
/* Make room for n keys in all, so that the table does not grow (and
 * rehash) until then. */
void ng_strmap_reserve(ng_strmap *m, size_t n);
/* Forget every key but keep the table's memory. */
void ng_strmap_clear(ng_strmap *m);
/* Replace the value of an existing key, or insert it. */
void ng_strmap_set(ng_strmap *m, const char *key, size_t len, uint32_t value);

typedef struct ng_u64map_slot {
    uint64_t key;
    uint32_t value; /* NG_NONE marks an empty slot */
} ng_u64map_slot;

/* uint64 -> uint32 (values must not be NG_NONE). */
typedef struct ng_u64map {
    ng_u64map_slot *slots;
    size_t cap;
    size_t count;
} ng_u64map;

void ng_u64map_init(ng_u64map *m);
void ng_u64map_release(ng_u64map *m);
uint32_t ng_u64map_get(const ng_u64map *m, uint64_t key);
uint32_t ng_u64map_put(ng_u64map *m, uint64_t key, uint32_t value);
/* Start fetching the slot of key into the cache (a hint: a get follows). */
static inline void ng_u64map_prefetch(const ng_u64map *m, uint64_t key)
{
    if (m->cap)
        __builtin_prefetch(&m->slots[ng_hash_u64(key) & (m->cap - 1)]);
}
void ng_u64map_clear(ng_u64map *m);

/* A set of uint32 values (not NG_NONE) looked up by keys the map does not
 * hold: each slot is a 32-bit hash of the value's key and the value, 8
 * bytes, where a string map spends 24 and a copy of the key. The caller
 * keeps the keys (in its own records, which the values index) and tells
 * the map, through eq, whether the key of a value is the one looked up;
 * eq is called only for values of the same hash. */
typedef int (*ng_idmap_eq)(const void *ctx, uint32_t value, const void *key);

typedef struct ng_idmap_slot {
    uint32_t hash;
    uint32_t value; /* NG_NONE: a free slot */
} ng_idmap_slot;

typedef struct ng_idmap {
    ng_idmap_slot *slots;
    size_t cap; /* power of two */
    size_t count;
} ng_idmap;

static inline uint32_t ng_idmap_hash(const void *key, size_t n)
{
    return (uint32_t)(ng_hash_bytes(key, n) >> 32);
}

void ng_idmap_init(ng_idmap *m);
void ng_idmap_release(ng_idmap *m);
/* Room for n values in all, so that the table does not grow until then. */
void ng_idmap_reserve(ng_idmap *m, size_t n);
/* Forget every value but keep the table's memory. */
void ng_idmap_clear(ng_idmap *m);
/* The value whose key equals key (hash: its hash), or NG_NONE. */
uint32_t ng_idmap_get(const ng_idmap *m, uint32_t hash, ng_idmap_eq eq, const void *ctx,
                      const void *key);
/* Insert value under key unless a value of that key is there; returns the
 * value now stored. */
uint32_t ng_idmap_put(ng_idmap *m, uint32_t hash, uint32_t value, ng_idmap_eq eq,
                      const void *ctx, const void *key);
/* Store value under key; returns the value it replaced, or NG_NONE. */
uint32_t ng_idmap_swap(ng_idmap *m, uint32_t hash, uint32_t value, ng_idmap_eq eq,
                       const void *ctx, const void *key);

#endif
