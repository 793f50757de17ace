/* arena.c - bump allocator */
#include "arena.h"

#include <stdalign.h>
#include <string.h>

#include "core/alloc.h"

struct ng_arena_block {
    ng_arena_block *next;
    size_t size;
    size_t pos;
    alignas(max_align_t) unsigned char data[];
};

void ng_arena_init(ng_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->used = 0;
}

void ng_arena_release(ng_arena *a)
{
    ng_arena_block *b = a->head;
    while (b) {
        ng_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}

void ng_arena_reset(ng_arena *a)
{
    ng_arena_block *b = a->head;
    if (!b)
        return;
    /* keep the oldest block, which has the ordinary size */
    while (b->next) {
        ng_arena_block *next = b->next;
        free(b);
        b = next;
    }
    b->pos = 0;
    a->head = b;
    a->used = 0;
}

void ng_arena_adopt(ng_arena *a, ng_arena *from)
{
    ng_arena_block *b = from->head;
    if (!b)
        return;
    /* the adopted chain goes behind a's current block, which stays the one
     * allocations are bumped from */
    ng_arena_block *last = b;
    while (last->next)
        last = last->next;
    if (a->head) {
        last->next = a->head->next;
        a->head->next = b;
    } else {
        a->head = b;
    }
    a->used += from->used;
    from->head = NULL;
    from->used = 0;
}

/* size bytes at a multiple of align (a power of two). */
static void *arena_get(ng_arena *a, size_t size, size_t align)
{
    ng_arena_block *b = a->head;
    size_t pos = b ? (b->pos + align - 1) & ~(align - 1) : 0;
    if (!b || pos > b->size || b->size - pos < size) {
        size_t want = size > a->block_size / 4 ? size : a->block_size;
        ng_arena_block *nb = ng_xmalloc(sizeof *nb + want);
        nb->size = want;
        nb->pos = 0;
        if (b && want != a->block_size) {
            /* oversized: insert behind the current block so it stays usable */
            nb->next = b->next;
            b->next = nb;
            nb->pos = size;
            a->used += size;
            return nb->data;
        }
        nb->next = b;
        a->head = b = nb;
        pos = 0;
    }
    void *p = b->data + pos;
    b->pos = pos + size;
    a->used += size;
    return p;
}

void *ng_arena_alloc(ng_arena *a, size_t size)
{
    return arena_get(a, size ? size : 1, alignof(max_align_t));
}

void *ng_arena_calloc(ng_arena *a, size_t size)
{
    void *p = ng_arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}

char *ng_arena_strndup(ng_arena *a, const char *s, size_t n)
{
    char *p = arena_get(a, n + 1, 1); /* strings need no alignment */
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ng_arena_strdup(ng_arena *a, const char *s)
{
    return ng_arena_strndup(a, s, strlen(s));
}
