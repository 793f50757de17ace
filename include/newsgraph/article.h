/* article.h - a news article (id, URL, title, date, outlet, text) and the readers of news exports
 *
 * An article is what a corpus extracts: its text, and what is known of it.
 * Readers turn files into articles by their extension (each also gzip'ed,
 * "*.gz"):
 *   .txt .md            one article; optional front matter ("---" lines with
 *                       title:, date:, url:, source:, id:) at the top
 *   .html .htm          one article: the page's main text as a reader view
 *                       shows it; title, date, URL and outlet from its metadata
 *   .jsonl .ndjson      one article per line (a JSON object)
 *   .json               an array of articles, or an object holding one
 *   .csv .tsv           one article per row under a header row
 * A field is found under the names common exports use (text: content, body,
 * maintext, article; date: published, publishedAt, pubDate, date_publish,
 * seendate; url: link; title: headline; source: domain, outlet, publisher,
 * source.name), or under the column named by ng_fields_set.
 */
#ifndef NEWSGRAPH_ARTICLE_H
#define NEWSGRAPH_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An article. Every string may be NULL (unknown) but text. date is an
 * ISO-8601 date ("2017-10-20"); a reader gives it already normalised, a
 * caller may give any form ng_date_parse reads. */
typedef struct ng_article {
    const char *id;     /* NULL: the URL, else where it was read from */
    const char *url;
    const char *title;
    const char *date;
    const char *source; /* the outlet */
    const char *text;
    size_t text_len;
} ng_article;

/* The fields of an article, in the order of ng_article. */
typedef enum ng_field {
    NG_FIELD_ID,
    NG_FIELD_URL,
    NG_FIELD_TITLE,
    NG_FIELD_DATE,
    NG_FIELD_SOURCE,
    NG_FIELD_TEXT,
    NG_FIELD__COUNT
} ng_field;

/* "id", "url", "title", "date", "source", "text". */
NG_API const char *ng_field_name(ng_field f);

/* Read a date as news exports write it into out ("YYYY-MM-DD"): ISO 8601
 * (date or date-time), RFC 2822 ("Sun, 13 Oct 2019 10:00:00 +0000"),
 * GDELT's YYYYMMDD[HHMMSS] (and YYYYMMDDTHHMMSSZ), "13 October 2019",
 * "October 13, 2019" (a weekday before either is allowed). The time and
 * time zone are ignored: the date is the one written. Returns 0, or
 * NG_EPARSE (out unchanged). */
NG_API int ng_date_parse(const char *s, size_t n, char out[11]);

/* Days since 1970-01-01 of a valid date, and back. */
NG_API int32_t ng_date_days(int y, int m, int d);
NG_API void ng_date_civil(int32_t days, int *y, int *m, int *d);

/* ---- readers ----------------------------------------------------------- */

typedef enum ng_input_kind {
    NG_INPUT_NONE,  /* not an article file (unknown extension) */
    NG_INPUT_TEXT,  /* .txt .md */
    NG_INPUT_HTML,  /* .html .htm */
    NG_INPUT_JSONL, /* .jsonl .ndjson */
    NG_INPUT_JSON,  /* .json */
    NG_INPUT_CSV,   /* .csv */
    NG_INPUT_TSV    /* .tsv */
} ng_input_kind;

/* The kind of a file by its name; *gz (may be NULL) is set when it ends in
 * ".gz" (the kind is then that of the name without it). Cannot fail. */
NG_API ng_input_kind ng_input_kind_of(const char *name, int *gz);
/* Does a file of this kind hold many articles (JSON Lines, JSON, CSV, TSV)? */
NG_API int ng_input_kind_is_stream(ng_input_kind k);

/* Which column or key holds each field (set with ng_fields_set), besides
 * the usual names. */
typedef struct ng_fields {
    char *name[NG_FIELD__COUNT]; /* NULL: the usual names only */
} ng_fields;

/* Start with the usual names only / free the names set. Cannot fail. */
NG_API void ng_fields_init(ng_fields *f);
NG_API void ng_fields_release(ng_fields *f);
/* Apply "FIELD=COLUMN" (e.g. "text=body", "source=source.name": a dot
 * reaches into a JSON object). Returns 0, or NG_EARG for an unknown field
 * or a missing column (f unchanged). */
NG_API int ng_fields_set(ng_fields *f, const char *spec);

typedef struct ng_reader ng_reader;

/* Open a file of articles (any kind above, gzip'ed or not). fields may be
 * NULL. Messages go to diag. Returns NULL after reporting "path: reason"
 * (unreadable file, unknown extension, a JSON file that is not an array
 * of articles). */
NG_API ng_reader *ng_reader_open(const char *path, const ng_fields *fields, ng_diag *diag);
/* The next article into *a (its strings valid until the next call or
 * ng_reader_free; a->id is the id as the corpus gives it: the id field,
 * else the URL, else the file's id, with ":ROW" in a file of many). Returns
 * 1, 0 at the end, or NG_EPARSE after reporting "file:line: reason" for a
 * malformed record (the next call goes on after it), NG_EIO when reading
 * fails. *line (may be NULL) is the record's line (row for CSV, element
 * for JSON; 0 for a one-article file). */
NG_API int ng_reader_next(ng_reader *r, ng_article *a, unsigned long *line);
NG_API void ng_reader_free(ng_reader *r);

#ifdef __cplusplus
}
#endif
#endif
