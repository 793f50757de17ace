/* escape.c - XML, HTML-label and JSON escaping */
#include "escape.h"

#include <string.h>

#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include "core/alloc.h"
#include "core/plain.h"
#include "text/text.h"

/* Calls put(out, piece) for each valid, XML-allowed piece of s. */
static size_t next_piece(const char *s, size_t n, size_t i, uint32_t *cp, int *ok)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        *ok = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
        return 1;
    }
    size_t len = ng_utf8_decode(s + i, n - i, cp);
    *ok = !(*cp == 0xFFFE || *cp == 0xFFFF);
    if (*cp == 0xFFFD && len == 1)
        *ok = 2; /* invalid byte: replaced */
    return len;
}

void ng_escape_xml_clean(ng_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int ok;
        size_t len = next_piece(s, n, i, &cp, &ok);
        if (ok == 1)
            ng_buf_put(out, s + i, len);
        else if (ok == 2)
            ng_buf_puts(out, "\xEF\xBF\xBD");
        i += len;
    }
}

void ng_escape_tsv(ng_buf *out, const char *s)
{
    if (!s)
        return;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        int ok;
        size_t len = next_piece(s, n, i, &cp, &ok);
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029)
            ng_buf_putc(out, ' '); /* U+2028, U+2029: lines to Python's splitlines() */
        else if (ok == 1 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F) &&
                 !ng_cp_is_bidi_format(cp))
            ng_buf_put(out, s + i, len); /* DEL, C1 controls and bidi marks dropped too */
        else if (ok == 2)
            ng_buf_puts(out, "\xEF\xBF\xBD");
        i += len;
    }
}

void ng_escape_xml_text(ng_buf *out, const char *s, size_t n)
{
    ng_buf_reserve(out, n + 16);
    size_t i = 0;
    while (i < n) {
        /* runs of plain ASCII in one copy; what needs more than copying
         * in XML text: < 0x20, & < >, and every byte >= 0x80 (checked for
         * validity and U+FFFE/U+FFFF) */
        size_t j = i + ng_plain_run(s + i, n - i, "&<>", 3);
        if (j > i) {
            ng_buf_put(out, s + i, j - i);
            i = j;
            continue;
        }
        uint32_t cp;
        int ok;
        size_t len = next_piece(s, n, i, &cp, &ok);
        if (ok == 2)
            ng_buf_puts(out, "\xEF\xBF\xBD");
        else if (ok)
            switch (cp) {
            case '&': ng_buf_puts(out, "&amp;"); break;
            case '<': ng_buf_puts(out, "&lt;"); break;
            case '>': ng_buf_puts(out, "&gt;"); break;
            case '\r': ng_buf_puts(out, "&#13;"); break; /* a raw CR would read back as LF */
            default: ng_buf_put(out, s + i, len); break;
            }
        i += len;
    }
}

void ng_escape_html(ng_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int ok;
        size_t len = next_piece(s, n, i, &cp, &ok);
        if (ok == 2) {
            ng_buf_puts(out, "\xEF\xBF\xBD");
        } else if (ok) {
            switch (cp) {
            case '&': ng_buf_puts(out, "&amp;"); break;
            case '<': ng_buf_puts(out, "&lt;"); break;
            case '>': ng_buf_puts(out, "&gt;"); break;
            case '"': ng_buf_puts(out, "&quot;"); break;
            case '\'': ng_buf_puts(out, "&#39;"); break;
            default: ng_buf_put(out, s + i, len); break;
            }
        }
        i += len;
    }
}

void ng_escape_json(ng_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t len = ng_utf8_decode(s + i, n - i, &cp);
            if (cp == 0xFFFD && len == 1)
                ng_buf_puts(out, "\xEF\xBF\xBD");
            else if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp <= 0x9F))
                /* JavaScript line terminators; C1 controls, escaped as C0's are */
                ng_buf_printf(out, "\\u%04x", cp);
            else
                ng_buf_put(out, s + i, len);
            i += len;
            continue;
        }
        switch (c) {
        case '"': ng_buf_puts(out, "\\\""); break;
        case '\\': ng_buf_puts(out, "\\\\"); break;
        case '\n': ng_buf_puts(out, "\\n"); break;
        case '\r': ng_buf_puts(out, "\\r"); break;
        case '\t': ng_buf_puts(out, "\\t"); break;
        case '/': ng_buf_puts(out, "/"); break;
        default:
            if (c < 0x20 || c == 0x7F)
                ng_buf_printf(out, "\\u%04x", c);
            else
                ng_buf_putc(out, (char)c);
        }
        i++;
    }
}

char *ng_escape_xml_dup(const char *s)
{
    ng_buf b = NG_BUF_INIT;
    ng_escape_xml_clean(&b, s, strlen(s));
    ng_buf_cstr(&b);
    return ng_buf_detach(&b);
}

static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void ng_xml_quiet_begin(ng_xml_quiet *q)
{
    q->handler = xmlGenericError;
    q->context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, xml_silent);
}

void ng_xml_quiet_end(const ng_xml_quiet *q)
{
    xmlSetGenericErrorFunc(q->context, q->handler);
}

void ng_escape_id(ng_buf *out, const char *key)
{
    static const char hex[] = "0123456789abcdef";
    for (const unsigned char *s = (const unsigned char *)key; *s; s++) {
        unsigned char c = *s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == ':' || c == '-')
            ng_buf_putc(out, (char)c);
        else if (c == ' ')
            ng_buf_putc(out, '_');
        else {
            char e[3] = {'.', hex[c >> 4], hex[c & 15]};
            ng_buf_put(out, e, 3);
        }
    }
}

void ng_escape_edge_id(ng_buf *out, const char *src_key, const char *relation,
                       const char *dst_key)
{
    ng_escape_id(out, src_key);
    ng_buf_puts(out, "..");
    ng_buf_puts(out, relation);
    ng_buf_puts(out, "..");
    ng_escape_id(out, dst_key);
}
