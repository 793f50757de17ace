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

/* Marks the functions the shared library exports (built with
 * -fvisibility=hidden: everything else stays inside). */
#if defined(__GNUC__) && !defined(NG_STATIC_ONLY)
#define NG_API __attribute__((visibility("default")))
#else
#define NG_API
#endif

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
NG_API const char *ng_strerror(int err);

typedef enum ng_kind { NG_KIND_ACTOR = 0, NG_KIND_PLACE = 1, NG_KIND_EVENT = 2 } ng_kind;

/* "actor", "place" or "event"; NULL when out of range. */
NG_API const char *ng_kind_name(ng_kind k);
/* Parse a kind name s[0..n); returns 0 and sets *k, or NG_EARG. */
NG_API int ng_kind_parse(const char *s, size_t n, ng_kind *k);

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
NG_API void ng_diag_report(ng_diag *d, ng_severity sev, const char *file, unsigned long line,
                    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
NG_API void ng_diag_vreport(ng_diag *d, ng_severity sev, const char *file, unsigned long line,
                     const char *fmt, va_list ap);

/* Open the file path (of any length) for reading as the library opens
 * every input it reads: a FIFO that no program opens for writing within
 * 2 seconds fails rather than blocking for ever. Returns a descriptor, or
 * -1 after reporting "path: error: cannot open: reason" to d. */
NG_API int ng_input_open(const char *path, ng_diag *d);

#ifdef __cplusplus
}
#endif
#endif
