/* param.h - options objects behind typed accessors (private to the library)
 *
 * The public options objects (ng_filter, ng_export_options,
 * ng_corpus_options) are opaque: a caller sets and reads them by parameter
 * (an enum of the public header) through ng_*_set_int/number/string and
 * ng_*_get_*. Each object type describes its parameters in a table of
 * ng_param rows (type, where the field is, its range); the functions here
 * do the checking and the copying for all of them. */
#ifndef NG_PARAM_H
#define NG_PARAM_H

#include <stddef.h>
#include <stdint.h>

/* The type of a parameter's value. */
typedef enum ng_param_type { NG_PARAM_NONE, NG_PARAM_INT, NG_PARAM_NUMBER, NG_PARAM_STRING } ng_param_type;

/* One parameter: an integer field of `size` bytes (4 or 8, unsigned or
 * non-negative), a double or a const char * at `offset` of the object. */
typedef struct ng_param {
    ng_param_type type;
    unsigned short offset;
    unsigned char size;
    int64_t min, max; /* integers: the range accepted */
} ng_param;

#define NG_PARAM_INT_FIELD(T, field, lo, hi)                                                   \
    {NG_PARAM_INT, (unsigned short)offsetof(T, field), (unsigned char)sizeof(((T *)0)->field), \
     (lo), (hi)}
#define NG_PARAM_NUMBER_FIELD(T, field) {NG_PARAM_NUMBER, (unsigned short)offsetof(T, field), 8, 0, 0}
#define NG_PARAM_STRING_FIELD(T, field)                                                        \
    {NG_PARAM_STRING, (unsigned short)offsetof(T, field), (unsigned char)sizeof(char *), 0, 0}

/* Copies of strings an options object holds (freed with it). */
typedef struct ng_held {
    char **v;
    size_t n, cap;
} ng_held;

/* A copy of s (NULL: NULL) that h holds. */
const char *ng_held_dup(ng_held *h, const char *s);
/* Free every copy h holds. */
void ng_held_release(ng_held *h);

/* Set parameter p (< n) of obj, described by table[p], to v. Returns 0, or
 * NG_EARG (nothing set) when p is unknown, of another type, or v outside
 * its range (numbers: negative, not finite). Strings are copied into h. */
int ng_param_set_int(void *obj, const ng_param *table, size_t n, unsigned p, int64_t v);
int ng_param_set_number(void *obj, const ng_param *table, size_t n, unsigned p, double v);
int ng_param_set_string(void *obj, const ng_param *table, size_t n, unsigned p, const char *s,
                        ng_held *h);
/* The value of parameter p: 0, 0.0 or NULL when p is unknown or of another
 * type. */
int64_t ng_param_get_int(const void *obj, const ng_param *table, size_t n, unsigned p);
double ng_param_get_number(const void *obj, const ng_param *table, size_t n, unsigned p);
const char *ng_param_get_string(const void *obj, const ng_param *table, size_t n, unsigned p);

#endif
