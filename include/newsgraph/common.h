/* common.h - allocation, error codes and diagnostics shared by every module */
#ifndef NEWSGRAPH_COMMON_H
#define NEWSGRAPH_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NG_VERSION "0.1.0"

/* Error convention: 0 on success, a negative NG_E* code on failure.
 * Out of memory is not an error code: ng_xmalloc aborts in one place. */
enum {
    NG_OK = 0,
    NG_EIO = -1,       /* reading or writing a file failed */
    NG_EPARSE = -2,    /* malformed input (gazetteer line, rule file, ...) */
    NG_EARG = -3,      /* invalid argument or option value */
    NG_ENOENT = -4,    /* no such file or entity */
    NG_EENCODING = -5, /* text is not usable (binary, unsupported encoding) */
    NG_ERENDER = -6,   /* Graphviz layout or rendering failed */
    NG_ENOSPC = -7     /* no space left on the output device */
};

/* The text of an NG_E* code; never NULL, cannot fail. */
const char *ng_strerror(int err);

/* Allocation that cannot fail: on exhaustion they print one line to stderr
 * and abort. ng_xrealloc(NULL, n) behaves as ng_xmalloc(n). */
void *ng_xmalloc(size_t size);
void *ng_xcalloc(size_t count, size_t size);
void *ng_xrealloc(void *ptr, size_t size);
/* size bytes aligned to align (a power of two, a multiple of sizeof(void *));
 * released with free. */
void *ng_xaligned(size_t align, size_t size);
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

typedef enum { NG_DIAG_NOTE, NG_DIAG_WARNING, NG_DIAG_ERROR } ng_severity;

/* Where diagnostics go. The caller owns it and the FILE; tests give an
 * fmemopen stream to capture messages. A NULL ng_diag or NULL out
 * discards messages but still counts them; quiet drops notes and warnings. */
typedef struct ng_diag {
    FILE *out;
    unsigned warnings;
    unsigned errors;
    int quiet;
} ng_diag;

/* Report "FILE:LINE: error: message" (":LINE" omitted when line is 0,
 * "FILE: " omitted when file is NULL). One line, newline added. */
void ng_diag_report(ng_diag *d, ng_severity sev, const char *file, unsigned long line,
                    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
void ng_diag_vreport(ng_diag *d, ng_severity sev, const char *file, unsigned long line,
                     const char *fmt, va_list ap);

#ifdef __cplusplus
}
#endif
#endif
