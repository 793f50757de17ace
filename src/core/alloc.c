/* alloc.c - allocation that cannot fail: out of memory aborts */
#define _GNU_SOURCE /* mremap: a large array grows in place */
#include "core/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static void ng_oom(size_t size)
{
    fprintf(stderr, "newsgraph: out of memory (%zu bytes)\n", size);
    abort();
}

void *ng_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        ng_oom(size);
    return p;
}

void *ng_xaligned(size_t align, size_t size)
{
    void *p = NULL;
    if (posix_memalign(&p, align, size ? size : 1) != 0)
        ng_oom(size);
    return p;
}

/* Aligned blocks of this size or more are pages of their own. */
#define BIG_BYTES ((size_t)1 << 20)

static void *big_map(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        ng_oom(size);
    return p;
}

void *ng_xaligned_grow(void *p, size_t size, size_t used, size_t new_size)
{
    if (new_size < BIG_BYTES) {
        void *q = ng_xaligned(64, new_size);
        if (used)
            memcpy(q, p, used);
        free(p);
        return q;
    }
    if (p && size >= BIG_BYTES) {
#ifdef MREMAP_MAYMOVE
        void *q = mremap(p, size, new_size, MREMAP_MAYMOVE);
        if (q == MAP_FAILED)
            ng_oom(new_size);
        return q;
#else
        void *q = big_map(new_size);
        memcpy(q, p, used);
        munmap(p, size);
        return q;
#endif
    }
    void *q = big_map(new_size);
    if (used)
        memcpy(q, p, used);
    free(p);
    return q;
}

size_t ng_xaligned_trim(void *p, size_t cap, size_t n, size_t elem)
{
    if (!p || cap * elem < BIG_BYTES)
        return cap;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    /* it stays a block of pages: at least BIG_BYTES in whole elements */
    size_t least = (BIG_BYTES + elem - 1) / elem;
    size_t keep = ((n > least ? n : least) * elem + page - 1) / page * page;
    size_t size = (cap * elem + page - 1) / page * page;
    if (keep >= size)
        return cap;
    munmap((char *)p + keep, size - keep);
    return keep / elem;
}

void ng_xaligned_free(void *p, size_t size)
{
    if (!p)
        return;
    if (size >= BIG_BYTES)
        munmap(p, size);
    else
        free(p);
}

void *ng_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        ng_oom(count * size);
    return p;
}

void *ng_xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p)
        ng_oom(size);
    return p;
}

char *ng_xstrndup(const char *s, size_t n)
{
    char *p = ng_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ng_xstrdup(const char *s)
{
    return ng_xstrndup(s, strlen(s));
}

void ng_xgrow_to(void *items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem)
            ng_oom(SIZE_MAX);
        n *= 2;
    }
    void **pp = items;
    *pp = ng_xrealloc(*pp, n * elem);
    *cap = n;
}
