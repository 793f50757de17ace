/* fuzz_read.c - libFuzzer harness: the readers of news exports, dates and trigger files
 *
 * Input: one control byte, then the bytes of one input.
 *
 *   control bits 0-2  what reads them: 0 a web page (ng_record_from_html),
 *                     1 a text file's front matter or dateline
 *                     (ng_record_from_text, ng_dateline), 2 JSON Lines,
 *                     3 a whole JSON file, 4 CSV, 5 TSV (ng_stream_open /
 *                     ng_stream_next / ng_record_parse_json over a file),
 *                     6 a date (ng_date_parse), 7 a trigger file
 *                     (ng_triggers_load over the built-in lists)
 *           bit  3    streams: the file gzip'ed
 *           bit  4    streams: a record bound (--max-size) of 64 bytes, so
 *                     that records are skipped past it
 *           bit  5    streams: --field text=body, id=a.b
 *           bit  6    streams: the file found in a tree
 *                     (ng_stream_found_in_tree: no export is a warning)
 *           bit  7    streams: --skip-bad (ng_stream_skip_bad)
 *
 * Checks, besides sanitizer reports: every field a record gives is a
 * NUL-terminated string of its length; a stream gives only 1, 0,
 * NG_EPARSE or NG_EIO and ends; a failure is always reported (an error,
 * or with bits 6-7 a warning, counted); a file found in a tree or read
 * with --skip-bad never fails for holding no articles (no NG_EIO without
 * an error); a date read is a real day written YYYY-MM-DD; a trigger file
 * either loads or fails with NG_EPARSE and a message.
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include "newsgraph/newsgraph.h"
#include "read/read_priv.h"
#include "extract/triggers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_read: %s\n", what);
    fflush(stderr);
    abort();
}

static void check_record(ng_record *r)
{
    for (int f = 0; f < NG_FIELD__COUNT; f++) {
        const char *v = ng_record_get(r, (ng_field)f);
        if (v && strlen(v) > r->f[f].len)
            fail("a field runs past its length");
        if (v && v[r->f[f].len] != '\0')
            fail("a field is not NUL-terminated");
    }
    const char *d = ng_record_get(r, NG_FIELD_DATE);
    if (d && ng_record_get(r, NG_FIELD_TEXT)) {
        char iso[11];
        ng_date_parse(d, strlen(d), iso);
    }
}

static void check_date(const char *s, size_t n)
{
    char iso[11];
    memset(iso, 'x', sizeof iso);
    if (ng_date_parse(s, n, iso) != 0)
        return;
    int y, m, d;
    if (strlen(iso) != 10 || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || iso[4] != '-' ||
        iso[7] != '-')
        fail("a date read is not written YYYY-MM-DD");
    if (m < 1 || m > 12 || d < 1 || d > ng_days_in_month(y, m))
        fail("a date read is not a real day");
}

/* The input as a file (gzip'ed when gz), its path in path. -1: none. */
static int as_file(const uint8_t *data, size_t size, int gz, char *path, size_t cap)
{
    int fd = memfd_create("fuzz_read", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    snprintf(path, cap, "/proc/self/fd/%d", fd);
    if (gz) {
        gzFile z = gzdopen(dup(fd), "wb1");
        if (!z || (size && gzwrite(z, data, (unsigned)size) != (int)size) || gzclose(z) != Z_OK)
            fail("gzip into memory failed");
    } else if (size && write(fd, data, size) != (ssize_t)size) {
        fail("write into memory failed");
    }
    return fd;
}

static void read_stream(const uint8_t *data, size_t size, unsigned ctl)
{
    static const ng_input_kind kinds[] = {NG_INPUT_JSONL, NG_INPUT_JSON, NG_INPUT_CSV,
                                          NG_INPUT_TSV};
    ng_input_kind kind = kinds[(ctl & 7) - 2];
    char path[64];
    int fd = as_file(data, size, ctl & 8, path, sizeof path);
    if (fd < 0)
        return;
    ng_fields fields;
    ng_fields_init(&fields);
    if (ctl & 32) {
        ng_fields_set(&fields, "text=body");
        ng_fields_set(&fields, "id=a.b");
    }
    ng_diag d = {NULL, 0, 0, 1};
    ng_stream *s = ng_stream_open(path, kind, ctl & 8, &fields, ctl & 16 ? 64 : 0, &d);
    if (!s && !d.errors)
        fail("a stream not opened without an error");
    if (s && (ctl & 64))
        ng_stream_found_in_tree(s);
    if (s && (ctl & 128))
        ng_stream_skip_bad(s);
    ng_record r;
    memset(&r, 0, sizeof r);
    for (unsigned long k = 0; s && k < 100000; k++) {
        unsigned long line = 0;
        unsigned errors = d.errors, warnings = d.warnings;
        int rc = ng_stream_next(s, &r, &line, &d);
        if (rc == 0)
            break;
        if (rc != 1 && rc != NG_EPARSE && rc != NG_EIO)
            fail("a stream gave an unknown result");
        if (rc < 0 && d.errors == errors && !((ctl & 192) && d.warnings > warnings))
            fail("a bad record without an error");
        if (rc == NG_EIO && d.errors == errors)
            fail("a stream failed without an error");
        if (rc == NG_EIO)
            break;
        if (rc == 1) {
            if (r.raw) {
                char why[256] = "";
                if (ng_record_parse_json(&r, &fields, why, sizeof why) && !why[0])
                    fail("a JSON line refused without a reason");
            }
            check_record(&r);
        }
    }
    ng_stream_close(s);
    ng_record_release(&r);
    ng_fields_release(&fields);
    close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned ctl = data[0];
    data++;
    size--;
    switch (ctl & 7) {
    case 0: {
        ng_record r;
        memset(&r, 0, sizeof r);
        if (ng_record_from_html(&r, (const char *)data, size) == 0)
            check_record(&r);
        ng_record_release(&r);
        break;
    }
    case 1: {
        ng_record r;
        memset(&r, 0, sizeof r);
        ng_record_from_text(&r, (const char *)data, size);
        check_record(&r);
        ng_record_release(&r);
        char d[11];
        if (ng_dateline((const char *)data, size, d))
            check_date(d, 10);
        break;
    }
    case 6:
        check_date((const char *)data, size);
        break;
    case 7: {
        ng_triggers *t = ng_triggers_new();
        ng_diag d = {NULL, 0, 0, 1};
        int rc = ng_triggers_load(t, (const char *)data, size, "fuzz.tsv", &d);
        if (rc != 0 && rc != NG_EPARSE)
            fail("a trigger file gave an unknown result");
        if (rc == NG_EPARSE && !d.errors)
            fail("a trigger file refused without an error");
        ng_triggers_free(t);
        break;
    }
    default:
        read_stream(data, size, ctl);
    }
    return 0;
}
