/* document.h - turning raw file bytes into clean UTF-8 text */
#ifndef NG_DOCUMENT_H
#define NG_DOCUMENT_H

#include <stddef.h>
#include <stdint.h>

#include "core/alloc.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Decode raw[0..n) into a new malloc'd NUL-terminated UTF-8 text (*out,
 * *out_len) that the extractor can use:
 *   - a UTF-8 byte-order mark is removed;
 *   - UTF-16 with a byte-order mark (LE or BE) is transcoded;
 *   - invalid UTF-8 is replaced by U+FFFD, with one warning naming the file;
 *   - C0 control characters other than TAB, LF and CR, DEL and C1 controls
 *     become spaces; bidirectional formatting characters (U+200E, U+200F,
 *     U+061C, U+202A-U+202E, U+2066-U+2069) are dropped: invisible, they
 *     split a name ("Pu\u202Etin") and reorder what shows after them;
 *   - CR LF and lone CR line ends become LF (the same text gives the same graph
 *     whatever the line ends).
 * Binary content (NUL bytes outside UTF-16) is refused: a warning is
 * reported and NG_EENCODING returned (*out is NULL). name is used in
 * messages. Returns 0 otherwise. */
int ng_document_decode(const char *raw, size_t n, const char *name, char **out,
                       size_t *out_len, ng_diag *diag);

/* As ng_document_decode, without copying text that needs no change: on
 * success *text and *len give the clean text and *owned is either NULL (the text
 * is raw itself, after any UTF-8 byte-order mark: raw must outlive it) or
 * the new buffer holding it (free it). */
int ng_document_view(const char *raw, size_t n, const char *name, const char **text,
                     size_t *len, char **owned, ng_diag *diag);

/* 1 when p[0..n) starts with a UTF-16 little-endian byte-order mark, 2
 * big-endian, else 0. */
int ng_utf16_bom(const char *p, size_t n);
/* The code point that UTF-16 p[0..n) (n >= 2) starts with, into *cp: U+0000
 * as a space, an unpaired surrogate as U+FFFD (counted in *bad). Returns the
 * bytes it takes (2 or 4), or 0 when p ends inside a surrogate pair and more
 * is to come (more != 0). */
size_t ng_utf16_next(const unsigned char *p, size_t n, int big_endian, int more, uint32_t *cp,
                     size_t *bad);
/* Warn that bad UTF-16 sequences of name were replaced (nothing when 0). */
void ng_utf16_warn_bad(ng_diag *diag, const char *name, size_t bad);
/* UTF-16 p[0..n) (after its BOM) to a new malloc'd NUL-terminated UTF-8
 * string: an unpaired surrogate or an odd last byte is U+FFFD (counted in
 * *bad), U+0000 a space. */
char *ng_utf16_to_utf8(const unsigned char *p, size_t n, int big_endian, size_t *out_len,
                       size_t *bad);

/* The document id of a path: its file name without the last extension
 * ("seeds/003_fd01.txt" -> "003_fd01"); "-" gives "stdin". Returns a new
 * malloc'd string. Cannot fail. */
char *ng_document_id(const char *path);

#ifdef __cplusplus
}
#endif
#endif
