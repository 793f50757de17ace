/* json_reader.h - a strict JSON (RFC 8259) reader for the tests: a tree of
 * jval, rejecting what RFC 8259 forbids (trailing commas, bad escapes, lone
 * surrogates, invalid UTF-8, duplicate keys, leading zeros). Independent of
 * the library's writer on purpose. Header-only: include it in one test
 * file, after <cmocka.h> (jget and jneed assert). */
#ifndef NG_TEST_JSON_READER_H
#define NG_TEST_JSON_READER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

/* Strict UTF-8: the length of the sequence at s, or 0 when invalid
 * (overlong, surrogate, beyond U+10FFFF, truncated). Independent of the
 * library's decoder on purpose. */
/* Append code point c to b as UTF-8. */
static inline void put_cp(ng_buf *b, uint32_t c)
{
    if (c < 0x80) {
        ng_buf_putc(b, (char)c);
    } else if (c < 0x800) {
        ng_buf_putc(b, (char)(0xC0 | c >> 6));
        ng_buf_putc(b, (char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        ng_buf_putc(b, (char)(0xE0 | c >> 12));
        ng_buf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
        ng_buf_putc(b, (char)(0x80 | (c & 0x3F)));
    } else {
        ng_buf_putc(b, (char)(0xF0 | c >> 18));
        ng_buf_putc(b, (char)(0x80 | (c >> 12 & 0x3F)));
        ng_buf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
        ng_buf_putc(b, (char)(0x80 | (c & 0x3F)));
    }
}

static inline size_t u8(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0)
        len = 2, v = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
        len = 3, v = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0)
        len = 4, v = c & 0x07, min = 0x10000;
    else
        return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}


typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;

typedef struct jval {
    jtype t;
    int b;
    double num;
    char *str; /* decoded string (J_STR) */
    size_t len;
    struct jval **items; /* array items or object values */
    char **keys;         /* object keys (decoded) */
    size_t n;
} jval;

typedef struct jparser {
    const char *p, *end;
    const char *err;
    int depth;
} jparser;

static inline void jfree(jval *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++) {
        jfree(v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    free(v);
}

static inline void jws(jparser *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static inline int hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

/* A string at j->p (on the opening quote), decoded into a new buffer. */
static inline char *jstring(jparser *j, size_t *len)
{
    ng_buf b = NG_BUF_INIT;
    j->p++;
    for (;;) {
        if (j->p >= j->end) {
            j->err = "unterminated string";
            break;
        }
        unsigned char c = (unsigned char)*j->p;
        if (c == '"') {
            j->p++;
            ng_buf_cstr(&b);
            *len = b.len;
            return ng_buf_detach(&b);
        }
        if (c < 0x20) {
            j->err = "raw control character in a string";
            break;
        }
        if (c == '\\') {
            if (j->end - j->p < 2) {
                j->err = "truncated escape";
                break;
            }
            char e = j->p[1];
            j->p += 2;
            const char *simple = strchr("\"\\/bfnrt", e);
            if (e && simple) {
                static const char repl[] = "\"\\/\b\f\n\r\t";
                ng_buf_putc(&b, repl[simple - "\"\\/bfnrt"]);
                continue;
            }
            uint32_t u, lo;
            if (e != 'u' || j->end - j->p < 4 || !hex4(j->p, &u)) {
                j->err = "bad escape";
                break;
            }
            j->p += 4;
            if (u >= 0xDC00 && u <= 0xDFFF) {
                j->err = "lone low surrogate";
                break;
            }
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u' ||
                    !hex4(j->p + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
                    j->err = "lone high surrogate";
                    break;
                }
                j->p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            put_cp(&b, u);
            continue;
        }
        uint32_t cp;
        size_t n = u8((const unsigned char *)j->p, (size_t)(j->end - j->p), &cp);
        if (!n) {
            j->err = "invalid UTF-8 in a string";
            break;
        }
        ng_buf_put(&b, j->p, n);
        j->p += n;
    }
    ng_buf_release(&b);
    return NULL;
}

static inline int jdigits(jparser *j)
{
    const char *s = j->p;
    while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
        j->p++;
    return j->p > s;
}

static inline jval *jvalue(jparser *j);

static inline jval *jnew(jtype t)
{
    jval *v = calloc(1, sizeof *v);
    v->t = t;
    return v;
}

static inline void jpush(jval *v, char *key, jval *item)
{
    v->items = realloc(v->items, (v->n + 1) * sizeof *v->items);
    if (v->t == J_OBJ)
        v->keys = realloc(v->keys, (v->n + 1) * sizeof *v->keys);
    v->items[v->n] = item;
    if (v->t == J_OBJ)
        v->keys[v->n] = key;
    v->n++;
}

static inline jval *jcompound(jparser *j, int obj)
{
    jval *v = jnew(obj ? J_OBJ : J_ARR);
    if (++j->depth > 64) {
        j->err = "too deep";
        return jfree(v), NULL;
    }
    j->p++;
    jws(j);
    if (j->p < j->end && *j->p == (obj ? '}' : ']')) {
        j->p++;
        j->depth--;
        return v;
    }
    for (;;) {
        char *key = NULL;
        jws(j);
        if (obj) {
            size_t kl;
            if (j->p >= j->end || *j->p != '"' || !(key = jstring(j, &kl))) {
                if (!j->err)
                    j->err = "object key expected";
                return jfree(v), NULL;
            }
            for (size_t i = 0; i < v->n; i++)
                if (strcmp(v->keys[i], key) == 0) {
                    j->err = "duplicate key";
                    free(key);
                    return jfree(v), NULL;
                }
            jws(j);
            if (j->p >= j->end || *j->p != ':') {
                j->err = "':' expected";
                free(key);
                return jfree(v), NULL;
            }
            j->p++;
        }
        jval *item = jvalue(j);
        if (!item) {
            free(key);
            return jfree(v), NULL;
        }
        jpush(v, key, item);
        jws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == (obj ? '}' : ']')) {
            j->p++;
            j->depth--;
            return v;
        }
        j->err = obj ? "',' or '}' expected" : "',' or ']' expected";
        return jfree(v), NULL;
    }
}

static inline jval *jvalue(jparser *j)
{
    jws(j);
    if (j->p >= j->end) {
        j->err = "value expected";
        return NULL;
    }
    char c = *j->p;
    if (c == '{' || c == '[')
        return jcompound(j, c == '{');
    if (c == '"') {
        jval *v = jnew(J_STR);
        v->str = jstring(j, &v->len);
        if (!v->str)
            return jfree(v), NULL;
        return v;
    }
    static const struct {
        const char *word;
        jtype t;
        int b;
    } words[] = {{"true", J_BOOL, 1}, {"false", J_BOOL, 0}, {"null", J_NULL, 0}};
    for (size_t i = 0; i < 3; i++) {
        size_t n = strlen(words[i].word);
        if ((size_t)(j->end - j->p) >= n && memcmp(j->p, words[i].word, n) == 0) {
            j->p += n;
            jval *v = jnew(words[i].t);
            v->b = words[i].b;
            return v;
        }
    }
    const char *start = j->p;
    if (*j->p == '-')
        j->p++;
    if (j->p < j->end && *j->p == '0')
        j->p++;
    else if (!jdigits(j)) {
        j->err = "bad number";
        return NULL;
    }
    if (j->p < j->end && *j->p == '.') {
        j->p++;
        if (!jdigits(j)) {
            j->err = "bad fraction";
            return NULL;
        }
    }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
            j->p++;
        if (!jdigits(j)) {
            j->err = "bad exponent";
            return NULL;
        }
    }
    char tmp[64];
    size_t n = (size_t)(j->p - start);
    if (n >= sizeof tmp) {
        j->err = "number too long";
        return NULL;
    }
    memcpy(tmp, start, n);
    tmp[n] = '\0';
    jval *v = jnew(J_NUM);
    v->num = strtod(tmp, NULL);
    return v;
}

/* The whole text as one JSON value, or NULL with *err set. */
static inline jval *jparse(const char *s, size_t n, const char **err, size_t *at)
{
    jparser j = {s, s + n, NULL, 0};
    jval *v = jvalue(&j);
    if (v) {
        jws(&j);
        if (j.p != j.end) {
            j.err = "trailing characters";
            jfree(v);
            v = NULL;
        }
    }
    *err = j.err;
    *at = (size_t)(j.p - s);
    return v;
}

static inline jval *jget(const jval *o, const char *key)
{
    assert_int_equal(o->t, J_OBJ);
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->keys[i], key) == 0)
            return o->items[i];
    return NULL;
}

static inline jval *jneed(const jval *o, const char *key, jtype t)
{
    jval *v = jget(o, key);
    if (!v)
        fail_msg("JSON member \"%s\" missing", key);
    if (v->t != t)
        fail_msg("JSON member \"%s\" has type %d, not %d", key, v->t, t);
    return v;
}

/* The string member key equals raw after JSON's repairs. */
#endif
