/* arena.h - bump allocator: many small allocations, freed all at once */
#ifndef NG_ARENA_H
#define NG_ARENA_H

#include <stddef.h>

typedef struct ng_arena_block ng_arena_block;

typedef struct ng_arena {
    ng_arena_block *head; /* current block, linked to older ones */
    size_t block_size;    /* size of ordinary blocks */
    size_t used;          /* bytes handed out since the last reset (for statistics) */
} ng_arena;

/* Initialise an empty arena (no allocation until first use). */
void ng_arena_init(ng_arena *a, size_t block_size);
/* Release every block. The arena may be reused after ng_arena_init. */
void ng_arena_release(ng_arena *a);
/* Forget every allocation but keep the first block for reuse. */
void ng_arena_reset(ng_arena *a);

/* Move every block of from into a (from is left empty, reusable): what
 * was allocated from `from` now lives as long as a. Nothing is copied. */
void ng_arena_adopt(ng_arena *a, ng_arena *from);

/* size bytes aligned for any type; cannot fail (aborts on OOM). */
void *ng_arena_alloc(ng_arena *a, size_t size);
void *ng_arena_calloc(ng_arena *a, size_t size);
/* Copy n bytes of s and a terminating NUL. */
char *ng_arena_strndup(ng_arena *a, const char *s, size_t n);
char *ng_arena_strdup(ng_arena *a, const char *s);

#endif
