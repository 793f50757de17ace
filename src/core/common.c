/* common.c - error strings and diagnostics */
#include "core/alloc.h"
#include "core/buf.h"

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
    if (file && line)
        ng_buf_printf(&raw, "%s:%lu: ", file, line);
    else if (file)
        ng_buf_printf(&raw, "%s: ", file);
    else
        ng_buf_puts(&raw, "newsgraph: "); /* not about a file: the program's prefix */
    ng_buf_printf(&raw, "%s: ", names[sev]);
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n > 0) {
        ng_buf_reserve(&raw, (size_t)n);
        vsnprintf(raw.data + raw.len, (size_t)n + 1, fmt, ap);
        raw.len += (size_t)n;
    }
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
