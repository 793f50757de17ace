/* alloc.h - allocation that cannot fail (private to the library) */
#ifndef NG_ALLOC_H
#define NG_ALLOC_H

#include <stddef.h>

#include "newsgraph/common.h"

/* Allocation that cannot fail: on exhaustion they print one line to stderr
 * and abort. ng_xrealloc(NULL, n) behaves as ng_xmalloc(n). */
void *ng_xmalloc(size_t size);
void *ng_xcalloc(size_t count, size_t size);
void *ng_xrealloc(void *ptr, size_t size);
/* size bytes aligned to align (a power of two, a multiple of sizeof(void *));
 * released with free. */
void *ng_xaligned(size_t align, size_t size);
/* An array aligned to 64 bytes that grows: p (size bytes, NULL: none)
 * becomes a block of new_size bytes (more than size) holding its first
 * used bytes. A block of 1 MB or more is pages of its own: it grows in
 * place where the system can (no second copy alive while copying, as
 * when a realloc moves) and pages never written cost nothing. Released
 * with ng_xaligned_free(p, its size). */
void *ng_xaligned_grow(void *p, size_t size, size_t used, size_t new_size);
/* An array given by ng_xaligned_grow, of cap elements of elem bytes (at
 * most a page), keeps its first n: whole pages after them go back to the
 * system. Returns its capacity now, in elements (cap itself for a block
 * below 1 MB, which stays as it is; never below 1 MB for one above). */
size_t ng_xaligned_trim(void *p, size_t cap, size_t n, size_t elem);
void ng_xaligned_free(void *p, size_t size);
char *ng_xstrdup(const char *s);
char *ng_xstrndup(const char *s, size_t n);

/* Grow *items (each of size elem) so that it holds at least need elements;
 * *cap is updated. Amortised doubling. Cannot fail. Inline where there is
 * room already (most calls: one per token, candidate or mention). */
void ng_xgrow_to(void *items, size_t *cap, size_t need, size_t elem);
static inline void ng_xgrow(void *items, size_t *cap, size_t need, size_t elem)
{
    if (need > *cap)
        ng_xgrow_to(items, cap, need, elem);
}

#endif
