/* alloc.c - allocation that cannot fail: out of memory aborts */
#include "core/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
