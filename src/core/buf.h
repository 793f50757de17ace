/* buf.h - growable byte buffer */
#ifndef NG_BUF_H
#define NG_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct ng_buf {
    char *data; /* always NUL-terminated when len > 0 or after ng_buf_cstr */
    size_t len;
    size_t cap;
} ng_buf;

#define NG_BUF_INIT {NULL, 0, 0}

void ng_buf_release(ng_buf *b);
/* Room for extra more bytes and the NUL after them. */
void ng_buf_reserve(ng_buf *b, size_t extra);

/* The appends, inline: the writers call them for every field and
 * separator (the room is checked here, grown in ng_buf_reserve). */
static inline void ng_buf_put(ng_buf *b, const void *p, size_t n)
{
    if (b->len + n + 1 > b->cap)
        ng_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static inline void ng_buf_puts(ng_buf *b, const char *s)
{
    ng_buf_put(b, s, strlen(s));
}

static inline void ng_buf_putc(ng_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        ng_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void ng_buf_printf(ng_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Concatenate the n strings parts[0..n-1] into out, of cap > 0 bytes, as
 * snprintf(out, cap, "%s%s...") would, without parsing a format: cut at
 * cap - 1 bytes, always NUL-terminated. Returns the length written. For
 * keys built once per mention. Cannot fail. */
size_t ng_buf_join(char *out, size_t cap, const char *const *parts, size_t n);
/* Append s[0, n) as a terminal may show it: printable ASCII and valid
 * UTF-8 as they are; control bytes escaped as C writes them ("\n", "\e",
 * "\x7f"), C1 controls and bidirectional marks as "\u009b", bytes that
 * are not UTF-8 as "\xff" (as `ls -b` would). For names in messages: a
 * file named "\e]0;pwned\a" cannot drive the user's terminal. */
void ng_buf_put_visible(ng_buf *b, const char *s, size_t n);
/* The contents as a C string (never NULL). */
const char *ng_buf_cstr(ng_buf *b);
/* Take ownership of the contents (NUL-terminated); the buffer becomes empty. */
char *ng_buf_detach(ng_buf *b);

#endif
