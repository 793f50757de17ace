/* escape.h - making arbitrary text safe for XML, HTML-like Graphviz labels and JSON */
#ifndef NG_ESCAPE_H
#define NG_ESCAPE_H

#include <libxml/xmlerror.h>
#include <stddef.h>

#include "../core/buf.h"

/* Append s[0..n) to out without the characters XML 1.0 forbids (C0
 * controls other than TAB, LF, CR; U+FFFE, U+FFFF; invalid UTF-8, which
 * becomes U+FFFD). The result is still to be escaped by an XML writer. */
void ng_escape_xml_clean(ng_buf *out, const char *s, size_t n);

/* Append s (NUL-terminated; NULL: nothing) as one TSV field: cleaned as
 * for XML (C0 and C1 controls, DEL and bidirectional formatting characters
 * dropped: a U+202E would show the rest of the row reversed; invalid UTF-8
 * as U+FFFD),
 * TAB, LF, CR and the Unicode line and paragraph separators (U+2028,
 * U+2029) made spaces, so that a field never breaks its row. */
void ng_escape_tsv(ng_buf *out, const char *s);

/* Append s[0..n) escaped for XML/HTML text and attribute values
 * (& < > " ' as entities), forbidden characters removed as above. */
void ng_escape_html(ng_buf *out, const char *s, size_t n);

/* Append s[0..n) escaped for XML character data (& < > and CR as entities;
 * quotes kept), forbidden characters removed as above. */
void ng_escape_xml_text(ng_buf *out, const char *s, size_t n);

/* Append s[0..n) as the inside of a JSON string (no quotes added). */
void ng_escape_json(ng_buf *out, const char *s, size_t n);

/* Append the stable id of the node with this key: the key with ASCII
 * letters, digits, ':' and '-' as they are, a space as '_', any other byte
 * as '.' and two hex digits ("e:battle@l:raqqa" is "e:battle.40l:raqqa").
 * Distinct keys give distinct ids (no '.' or '_' is kept as itself), an
 * XML NMTOKEN (as GraphML wants ids) that JSON and DOT take unescaped; the
 * same key gives the same id in every run. */
void ng_escape_id(ng_buf *out, const char *key);
/* Append the stable id of an edge: source id ".." relation ".." target id
 * (a node id never holds "..": '.' only starts an escape). */
void ng_escape_edge_id(ng_buf *out, const char *src_key, const char *relation,
                       const char *dst_key);

/* A copy of s, cleaned as by ng_escape_xml_clean (malloc'd). */
char *ng_escape_xml_dup(const char *s);

/* libxml2 prints its own message when a write fails ("I/O error : ..."); the
 * writers return NG_EIO and leave the message to whoever named the file.
 * Silence this thread's libxml2 error output between begin and end. */
typedef struct ng_xml_quiet {
    xmlGenericErrorFunc handler;
    void *context;
} ng_xml_quiet;
void ng_xml_quiet_begin(ng_xml_quiet *q);
void ng_xml_quiet_end(const ng_xml_quiet *q);

#endif
