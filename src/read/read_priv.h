/* read_priv.h - records of news exports, the streams they come from, dates */
#ifndef NG_READ_PRIV_H
#define NG_READ_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/article.h"
#include "core/alloc.h"

#include "../core/buf.h"

/* The fields of one article as read (text may be raw bytes still to be
 * decoded). A record is reused: ng_record_clear keeps the buffers. */
typedef struct ng_record {
    ng_buf f[NG_FIELD__COUNT];
    unsigned have; /* 1u << field: present */
    int raw;       /* a JSON line not parsed yet: f[NG_FIELD_TEXT] holds it */
    unsigned huge; /* 1u << field: a JSON number beyond 64 bits, not kept */
} ng_record;

void ng_record_clear(ng_record *r);
void ng_record_release(ng_record *r);
void ng_record_set(ng_record *r, ng_field f, const char *s, size_t n);
/* The field's text (NUL-terminated), or NULL when absent. */
const char *ng_record_get(ng_record *r, ng_field f);

/* A one-article file: front matter (title:, date:, url:, source:, id:)
 * taken off the top of text[0..n); without it, a dateline near the top
 * gives the date. */
void ng_record_from_text(ng_record *r, const char *text, size_t n);
/* A web page: its main text as a reader view shows it, and its metadata.
 * Returns 0, or NG_EPARSE when libxml2 makes nothing of it. */
int ng_record_from_html(ng_record *r, const char *raw, size_t n);
/* Parse a JSON line held in r (r->raw) into its fields. Returns 0, or
 * NG_EPARSE with the reason in why. */
int ng_record_parse_json(ng_record *r, const ng_fields *fields, char *why, size_t cap);
/* The dates of a record normalised ("YYYY-MM-DD"); a date not understood
 * is dropped and reported (file, line). */
void ng_record_finish(ng_record *r, const char *file, unsigned long line, ng_diag *diag);

/* A file of many articles, read a record at a time in bounded memory: a
 * record (a JSON line, a CSV row) longer than max bytes (0: 4 GiB - 2; a
 * JSON line at most 2 GiB) is skipped with a warning "file:line: larger
 * than N bytes: skipped", read past without being kept; a whole-JSON file
 * larger than max is skipped so (no records). */
typedef struct ng_stream ng_stream;
ng_stream *ng_stream_open(const char *path, ng_input_kind kind, int gz, const ng_fields *f,
                          unsigned long long max, ng_diag *diag);
/* The next record into r (JSON lines unparsed: r->raw). Returns 1, 0 at
 * the end, NG_EPARSE after reporting "file:line: reason" (the next call
 * goes on after the bad record) or NG_EIO. *line: the record's line. */
int ng_stream_next(ng_stream *s, ng_record *r, unsigned long *line, ng_diag *diag);
/* The caller skips malformed records (--skip-bad): they are said as
 * warnings, not errors. */
void ng_stream_skip_bad(ng_stream *s);
/* The file was found by walking a directory, not named: a file that is no
 * article export (a CSV or TSV header without a text column, a JSON
 * file holding no JSON object, a table or graph newsgraph wrote) is
 * skipped with a warning naming it ("not articles: ...; skipped", the
 * stream then ends), where a named one is an error (NG_EIO; a warning
 * with ng_stream_skip_bad). */
void ng_stream_found_in_tree(ng_stream *s);
/* Is the file at path (of kind, gzip'ed or not) a table or graph newsgraph
 * wrote (graph.json by its "generator", entities.tsv or evidence.tsv by
 * its header)? 1 or 0; nothing is said. */
int ng_file_own_output(const char *path, ng_input_kind kind, int gz);
void ng_stream_close(ng_stream *s);

/* Read a whole file, gzip'ed or not (gz), into *data (malloc'd, len). 0
 * or NG_EIO/NG_ENOENT after reporting, or NG_EENCODING after a warning
 * when it holds (decompressed) more than max bytes (0: 4 GiB - 2): a
 * decompression bomb or an endless stream ends there. */
int ng_file_read_any(const char *path, int gz, unsigned long long max, char **data, size_t *len,
                     ng_diag *diag);

/* Dates: scan one at s (see ng_date_parse; *end after it); 1 if found. */
int ng_date_scan(const char *s, size_t n, int *y, int *m, int *d, size_t *end);
void ng_date_format(int y, int m, int d, char out[11]);
int ng_days_in_month(int y, int m);
/* 1-12 when s[0..n), any case, names a month (its name, its first three
 * letters or "sept"), else 0. */
int ng_month_word(const char *s, size_t n);
/* 1-7 (Monday-Sunday) when s[0..n) names a weekday (or its first three
 * letters), else 0. */
int ng_weekday_word(const char *s, size_t n);
/* A dateline's date in the first lines of text[0..n) ("BEIRUT, October
 * 20, 2017 (Reuters) -", "Published: 20 October 2017"): 1 and out. */
int ng_dateline(const char *text, size_t n, char out[11]);

#endif
