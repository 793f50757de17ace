/* common.c - error strings and diagnostics */
#include "core/alloc.h"
#include "core/buf.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *ng_strerror(int err)
{
    switch (err) {
    case NG_OK:
        return "success";
    case NG_EIO:
        return "input/output error";
    case NG_EPARSE:
        return "malformed input";
    case NG_EARG:
        return "invalid argument";
    case NG_ENOENT:
        return "not found";
    case NG_EENCODING:
        return "unusable text encoding";
    case NG_ERENDER:
        return "layout or rendering failed";
    case NG_ENOSPC:
        return "no space left on device";
    default:
        return "unknown error";
    }
}

/* A string a message quotes (a name, a path, a line of a file) longer than
 * this shows its first and last half of it, joined by "...": a 100 KB
 * --focus name or a 1 MB line of a list is no 100 KB message. Program
 * text (a reason of up to 255 bytes) is never cut. */
#define QUOTE_MAX 256

/* Is byte c inside a UTF-8 sequence (not its first byte)? */
static int continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Append s[0..n), bounded to QUOTE_MAX bytes as above, cut between
 * characters. */
static void put_quoted(ng_buf *b, const char *s, size_t n)
{
    if (n <= QUOTE_MAX) {
        ng_buf_put(b, s, n);
        return;
    }
    size_t head = QUOTE_MAX / 2, tail = n - QUOTE_MAX / 2;
    for (int k = 0; k < 3 && head > 0 && continuation((unsigned char)s[head]); k++)
        head--;
    for (int k = 0; k < 3 && tail < n && continuation((unsigned char)s[tail]); k++)
        tail++;
    ng_buf_put(b, s, head);
    ng_buf_puts(b, "...");
    ng_buf_put(b, s + tail, n - tail);
}

/* vsnprintf into b, each string argument (%s, %.*s) bounded by
 * put_quoted. The conversions of C99 printf but %n. */
static void format_bounded(ng_buf *b, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        if (*p != '%' || p[1] == '%') {
            const char *q = p + (*p == '%' ? 2 : 0);
            while (*q && *q != '%')
                q++;
            if (*p == '%') {
                ng_buf_putc(b, '%');
                p += 2;
            }
            ng_buf_put(b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        /* one conversion: %[flags][width][.precision][length]type, its
         * '*'s replaced by their values */
        char spec[64];
        size_t k = 0;
        spec[k++] = *p++;
        while (*p && strchr("-+ #0", *p) && k < 8)
            spec[k++] = *p++;
        if (*p == '*') {
            k += (size_t)snprintf(spec + k, 16, "%d", va_arg(ap, int));
            p++;
        } else {
            while (*p >= '0' && *p <= '9' && k < 24)
                spec[k++] = *p++;
        }
        int prec = -1;
        if (*p == '.') {
            spec[k++] = *p++;
            if (*p == '*') {
                prec = va_arg(ap, int);
                k += (size_t)snprintf(spec + k, 16, "%d", prec < 0 ? 0 : prec);
                spec[k] = '\0';
                if (prec < 0) /* as if no precision: drop the '.' */
                    k = (size_t)(strchr(spec, '.') - spec);
                p++;
            } else {
                prec = 0;
                while (*p >= '0' && *p <= '9' && k < 40) {
                    prec = prec * 10 + (*p - '0');
                    spec[k++] = *p++;
                }
            }
        }
        char len[3] = "";
        size_t nl = 0;
        while (*p && strchr("hljztL", *p) && nl < 2)
            len[nl++] = *p, spec[k++] = *p++;
        len[nl] = '\0';
        char type = *p;
        if (!type)
            break;
        spec[k++] = *p++;
        spec[k] = '\0';
        switch (type) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            put_quoted(b, s, prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s));
            break;
        }
        case 'c':
            ng_buf_printf(b, spec, va_arg(ap, int));
            break;
        case 'd':
        case 'i':
            if (!strcmp(len, "l"))
                ng_buf_printf(b, spec, va_arg(ap, long));
            else if (!strcmp(len, "ll"))
                ng_buf_printf(b, spec, va_arg(ap, long long));
            else if (!strcmp(len, "z"))
                ng_buf_printf(b, spec, va_arg(ap, ptrdiff_t)); /* signed size_t */
            else if (!strcmp(len, "j"))
                ng_buf_printf(b, spec, va_arg(ap, intmax_t));
            else if (!strcmp(len, "t"))
                ng_buf_printf(b, spec, va_arg(ap, ptrdiff_t));
            else
                ng_buf_printf(b, spec, va_arg(ap, int));
            break;
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            if (!strcmp(len, "l"))
                ng_buf_printf(b, spec, va_arg(ap, unsigned long));
            else if (!strcmp(len, "ll"))
                ng_buf_printf(b, spec, va_arg(ap, unsigned long long));
            else if (!strcmp(len, "z"))
                ng_buf_printf(b, spec, va_arg(ap, size_t));
            else if (!strcmp(len, "j"))
                ng_buf_printf(b, spec, va_arg(ap, uintmax_t));
            else if (!strcmp(len, "t"))
                ng_buf_printf(b, spec, va_arg(ap, ptrdiff_t));
            else
                ng_buf_printf(b, spec, va_arg(ap, unsigned));
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            if (!strcmp(len, "L"))
                ng_buf_printf(b, spec, va_arg(ap, long double));
            else
                ng_buf_printf(b, spec, va_arg(ap, double));
            break;
        case 'p':
            ng_buf_printf(b, spec, va_arg(ap, void *));
            break;
        default: /* %n or not a conversion: shown as written */
            ng_buf_puts(b, spec);
            break;
        }
    }
}

void ng_diag_vreport(ng_diag *d, ng_severity sev, const char *file, unsigned long line,
                     const char *fmt, va_list ap)
{
    if (d) {
        if (sev == NG_DIAG_ERROR)
            d->errors++;
        else if (sev == NG_DIAG_WARNING)
            d->warnings++;
    }
    if (!d || !d->out || (d->quiet && sev != NG_DIAG_ERROR))
        return;
    static const char *const names[] = {"note", "warning", "error"};
    /* names in messages come from files and users: every control byte is
     * shown escaped, never sent to the terminal */
    ng_buf raw = NG_BUF_INIT, line_ = NG_BUF_INIT;
    if (file) {
        put_quoted(&raw, file, strlen(file));
        if (line)
            ng_buf_printf(&raw, ":%lu", line);
        ng_buf_puts(&raw, ": ");
    } else {
        ng_buf_puts(&raw, "newsgraph: "); /* not about a file: the program's prefix */
    }
    ng_buf_printf(&raw, "%s: ", names[sev]);
    va_list aq;
    va_copy(aq, ap);
    format_bounded(&raw, fmt, aq);
    va_end(aq);
    ng_buf_put_visible(&line_, raw.data, raw.len);
    ng_buf_putc(&line_, '\n');
    fwrite(line_.data, 1, line_.len, d->out);
    fflush(d->out);
    ng_buf_release(&raw);
    ng_buf_release(&line_);
}

void ng_diag_report(ng_diag *d, ng_severity sev, const char *file, unsigned long line,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ng_diag_vreport(d, sev, file, line, fmt, ap);
    va_end(ap);
}
