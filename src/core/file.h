/* file.h - whole-file reads */
#ifndef NG_FILE_H
#define NG_FILE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/alloc.h"

/* Files of this size or more are not read (document offsets are 32-bit). */
#define NG_FILE_MAX ((uint64_t)UINT32_MAX)

/* Read a whole file into a new malloc'd buffer (NUL-terminated; *len
 * excludes the NUL). Errors are reported as "path: reason" and return
 * NG_ENOENT (missing), NG_EIO (unreadable, a directory, ...). A file of
 * NG_FILE_MAX bytes or more, or a device or pipe whose first bytes hold a
 * NUL (binary: /dev/zero), is not read: a warning, and NG_EENCODING. */
int ng_file_read(const char *path, char **data, size_t *len, ng_diag *diag);
/* ng_file_read for a file of text (a gazetteer, a trigger file): a regular
 * file whose first bytes hold a NUL (an image, a file of zeros) is not
 * read either: a warning "binary content ...: skipped", NG_EENCODING. */
int ng_file_read_text(const char *path, char **data, size_t *len, ng_diag *diag);
/* How a read treats what it cannot use. */
typedef struct ng_read_opts {
    uint64_t max; /* more bytes than this: skipped with a warning (0, or
                     NG_FILE_MAX or more: files of NG_FILE_MAX bytes or more) */
    int skip_bad; /* a file that cannot be opened or read is a warning
                     "path: reason; skipped", not an error */
} ng_read_opts;

/* ng_file_read for the file `name` in the directory open as `dirfd` (as
 * openat: AT_FDCWD, or an absolute name, for a path of any length), named
 * `path` in messages, with the limits of ro (NULL: none but NG_FILE_MAX),
 * into *buf of *cap bytes: grown as needed and kept for the next read (its
 * contents are not kept), freed by the caller. On success the text and a
 * NUL are in *buf and *len is its length; on failure *len is 0 and *buf is
 * still the caller's. A corpus reads its files one directory at a time:
 * the kernel looks up one name, and no buffer is allocated per file.
 * Returns 0, NG_EENCODING (skipped: binary or too large; a warning), or
 * NG_ENOENT/NG_EIO (reported as errors, as warnings under ro->skip_bad). */
int ng_file_read_at(int dirfd, const char *name, const char *path, const ng_read_opts *ro,
                    char **buf, size_t *cap, size_t *len, ng_diag *diag);
/* The same for a descriptor already open (standard input), which is read
 * to its end and not closed: pipes and devices get the same bound and the
 * same binary check as named files. */
int ng_file_read_fd(int fd, const char *path, const ng_read_opts *ro, char **buf,
                    size_t *cap, size_t *len, ng_diag *diag);

/* ng_file_read_text, line by line: fn gets every line of the text file at
 * path as ng_lines splits it (without its LF and a CR before it; the last
 * may lack its LF), numbered from 1. A regular file is read in pieces of
 * about piece bytes (a line longer than that in one), so that a file of
 * hundreds of MB is never in memory whole; a pipe or device is read whole
 * first. The same checks, messages and codes as ng_file_read_text; on
 * NG_EIO part of the lines may have been passed already. */
int ng_file_each_line(const char *path, size_t piece,
                      void (*fn)(void *ud, const char *s, const char *e, unsigned long no),
                      void *ud, ng_diag *diag);

/* A FIFO named as an input is waited for this long for a program to open
 * it for writing (or to write to it); then it is an input that cannot be
 * read ("a FIFO no program writes to"), never a run blocked for ever. */
#define NG_FIFO_WAIT_MS 2000
#define NG_FIFO_WAIT_TEXT "2 s"
/* Open path (of any length) for reading, as every read here does: a FIFO
 * no program writes to within NG_FIFO_WAIT_MS fails. Errors are reported
 * as ng_file_read_at's ("path: cannot open: reason"; warnings under
 * ro->skip_bad) and return NG_ENOENT or NG_EIO; 0 with *fd open. */
int ng_file_open(const char *path, const ng_read_opts *ro, int *fd, ng_diag *diag);

/* Open the directory path, however long (beyond PATH_MAX it is opened one
 * component at a time). Returns a descriptor, or -1 with errno set. */
int ng_dir_open(const char *path);
/* For a path longer than PATH_MAX, open its directory (returned; the caller
 * closes it) and point *base at its last component; otherwise AT_FDCWD and
 * *base = path. Returns -1 with errno set when the directory cannot be
 * opened. */
int ng_path_parent(const char *path, const char **base);

#endif
