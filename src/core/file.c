/* file.c - whole-file reads */
#define _GNU_SOURCE /* tee, pipe2: a FIFO's writer seen without reading */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "lines.h"

/* NUL bytes in the first bytes read, other than in UTF-16 (which has a BOM). */
static int binary_start(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return 0;
    return memchr(p, '\0', n < 4096 ? n : 4096) != NULL;
}

int ng_dir_open(const char *path)
{
    int fd = open(*path ? path : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0 || errno != ENAMETOOLONG)
        return fd;
    /* longer than PATH_MAX: one component at a time, each relative to the
     * directory before it */
    fd = open(path[0] == '/' ? "/" : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const char *p = path;
    while (fd >= 0 && *p) {
        while (*p == '/')
            p++;
        size_t n = strcspn(p, "/");
        if (!n)
            break;
        char *comp = ng_xstrndup(p, n);
        int next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        int e = errno;
        free(comp);
        close(fd);
        fd = next;
        errno = e;
        p += n;
    }
    return fd;
}

int ng_path_parent(const char *path, const char **base)
{
    const char *slash = strrchr(path, '/');
    *base = path;
    if (strlen(path) < PATH_MAX || !slash)
        return AT_FDCWD;
    char *dir = ng_xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
    int fd = ng_dir_open(dir);
    int e = errno;
    free(dir);
    errno = e;
    if (fd >= 0)
        *base = slash + 1;
    return fd < 0 ? -1 : fd;
}

/* Report a file that cannot be read: an error, or a warning when the
 * caller skips such files. */
static int unreadable(ng_diag *diag, const ng_read_opts *ro, const char *path, int rc,
                      const char *what, int err)
{
    if (ro && ro->skip_bad)
        ng_diag_report(diag, NG_DIAG_WARNING, path, 0, "%s%s%s; skipped", what,
                       err ? ": " : "", err ? strerror(err) : "");
    else
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "%s%s%s", what, err ? ": " : "",
                       err ? strerror(err) : "");
    return rc;
}

/* The largest size a read accepts: ro's, below NG_FILE_MAX. */
static uint64_t read_max(const ng_read_opts *ro)
{
    return ro && ro->max && ro->max < NG_FILE_MAX ? ro->max : NG_FILE_MAX - 1;
}

static void too_large(ng_diag *diag, const char *path, uint64_t max)
{
    if (max == NG_FILE_MAX - 1)
        ng_diag_report(diag, NG_DIAG_WARNING, path, 0, "larger than 4 GiB: skipped");
    else
        ng_diag_report(diag, NG_DIAG_WARNING, path, 0, "larger than %llu bytes: skipped",
                       (unsigned long long)max);
}

/* ng_file_read_fd with fd's status st already taken. */
static int read_fd_stat(int fd, const struct stat *st, const char *path, const ng_read_opts *ro,
                        char **buf, size_t *cap, size_t *len, ng_diag *diag)
{
    *len = 0;
    uint64_t max = read_max(ro);
    if (S_ISDIR(st->st_mode))
        return unreadable(diag, ro, path, NG_EIO, "is a directory, expected a file", 0);
    int regular = S_ISREG(st->st_mode);
    if (regular && (uint64_t)st->st_size > max) {
        too_large(diag, path, max);
        return NG_EENCODING;
    }
    size_t want = regular && st->st_size > 0 ? (size_t)st->st_size + 1 : 65536;
    if (*cap < want) {
        free(*buf); /* nothing in it is kept: no copy */
        *buf = ng_xmalloc(want);
        *cap = want;
    }
    char *b = *buf;
    size_t n = 0;
    int peeked = regular; /* devices and pipes: look at the start for binary */
    for (;;) {
        if (!peeked && n >= 4096) {
            peeked = 1;
            if (binary_start(b, n)) {
                ng_diag_report(diag, NG_DIAG_WARNING, path, 0,
                               "binary content (NUL bytes), not a text document: skipped");
                return NG_EENCODING;
            }
        }
        if (n > max) {
            /* an endless stream (a device, a pipe) must not take all memory */
            too_large(diag, path, max);
            return NG_EENCODING;
        }
        if (n + 1 >= *cap) {
            *cap *= 2;
            *buf = b = ng_xrealloc(b, *cap);
        }
        /* never more than one byte past the limit: enough to tell it is passed */
        size_t room = *cap - n - 1;
        if ((uint64_t)room > max + 1 - n)
            room = (size_t)(max + 1 - n);
        ssize_t r = read(fd, b + n, room);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return unreadable(diag, ro, path, NG_EIO, "read failed", errno);
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (regular && st->st_size > 0 && n == (size_t)st->st_size)
            break; /* the size stat gave: no second read (nor a larger buffer) to see the end */
    }
    if (n > max) {
        too_large(diag, path, max);
        return NG_EENCODING;
    }
    if (!peeked && binary_start(b, n)) {
        ng_diag_report(diag, NG_DIAG_WARNING, path, 0,
                       "binary content (NUL bytes), not a text document: skipped");
        return NG_EENCODING;
    }
    b[n] = '\0';
    *len = n;
    return 0;
}

int ng_file_read_fd(int fd, const char *path, const ng_read_opts *ro, char **buf,
                    size_t *cap, size_t *len, ng_diag *diag)
{
    *len = 0;
    struct stat st;
    if (fstat(fd, &st) != 0)
        return unreadable(diag, ro, path, NG_EIO, "cannot stat", errno);
    return read_fd_stat(fd, &st, path, ro, buf, cap, len, diag);
}

/* Whether the FIFO open as fd (non-blocking) has a writer or something to
 * read, waited for up to NG_FIFO_WAIT_MS: tee(2) into a pipe of our own
 * copies a byte without taking it, and says 0 when no program has the
 * FIFO open for writing and nothing is in it, EAGAIN when one has it open
 * (a blocking read then waits for that program, as for standard input).
 * 1 when it has (or when tee cannot tell), 0 when none came. */
static int fifo_has_writer(int fd)
{
    int p[2];
    if (pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0)
        return 1;
    int has = 0;
    for (int waited = 0;; waited += 10) {
        ssize_t r = tee(fd, p[1], 1, SPLICE_F_NONBLOCK);
        if (r > 0 || (r < 0 && errno != EINTR)) {
            has = 1; /* a byte, a writer (EAGAIN), or no telling (EINVAL) */
            break;
        }
        if (r < 0)
            continue;
        if (waited >= NG_FIFO_WAIT_MS)
            break;
        poll(NULL, 0, 10); /* not on fd: a writer gone since is POLLHUP at once */
    }
    close(p[0]);
    close(p[1]);
    return has;
}

/* Open name in dirfd (AT_FDCWD: a path of any length) for reading into
 * *fd, or report it as `path` and return NG_ENOENT or NG_EIO. The open does
 * not wait (O_NONBLOCK): a FIFO nobody writes to is an error, not a run
 * blocked for ever; the descriptor is then made blocking again (a regular
 * file's reads ignore O_NONBLOCK: left as it is, two calls fewer a file).
 * *st gets fd's status, or st_mode 0 when fstat failed. */
static int open_at(int dirfd, const char *name, const char *path, const ng_read_opts *ro,
                   int *fd, struct stat *st, ng_diag *diag)
{
    int pfd = -1;
    if (dirfd == AT_FDCWD) {
        /* a path longer than PATH_MAX: opened from its directory */
        pfd = ng_path_parent(name, &name);
        if (pfd == -1)
            return unreadable(diag, ro, path, errno == ENOENT ? NG_ENOENT : NG_EIO,
                              "cannot open", errno);
        dirfd = pfd;
    }
    *fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    int e = errno;
    if (pfd >= 0)
        close(pfd);
    if (*fd < 0)
        return unreadable(diag, ro, path, e == ENOENT ? NG_ENOENT : NG_EIO, "cannot open", e);
    if (fstat(*fd, st) != 0)
        st->st_mode = 0;
    if (S_ISREG(st->st_mode))
        return 0;
    if (S_ISFIFO(st->st_mode) && !fifo_has_writer(*fd)) {
        close(*fd);
        *fd = -1;
        return unreadable(diag, ro, path, NG_EIO,
                          "a FIFO no program writes to (waited " NG_FIFO_WAIT_TEXT ")", 0);
    }
    int fl = fcntl(*fd, F_GETFL);
    if (fl != -1)
        fcntl(*fd, F_SETFL, fl & ~O_NONBLOCK);
    return 0;
}

int ng_file_open(const char *path, const ng_read_opts *ro, int *fd, ng_diag *diag)
{
    struct stat st;
    return open_at(AT_FDCWD, path, path, ro, fd, &st, diag);
}

int ng_input_open(const char *path, ng_diag *d)
{
    int fd;
    struct stat st;
    return open_at(AT_FDCWD, path, path, NULL, &fd, &st, d) ? -1 : fd;
}

int ng_file_read_at(int dirfd, const char *name, const char *path, const ng_read_opts *ro,
                    char **buf, size_t *cap, size_t *len, ng_diag *diag)
{
    *len = 0;
    int fd;
    struct stat st;
    int rc = open_at(dirfd, name, path, ro, &fd, &st, diag);
    if (rc)
        return rc;
    if (st.st_mode)
        rc = read_fd_stat(fd, &st, path, ro, buf, cap, len, diag);
    else
        rc = ng_file_read_fd(fd, path, ro, buf, cap, len, diag);
    close(fd);
    return rc;
}

int ng_file_read(const char *path, char **data, size_t *len, ng_diag *diag)
{
    char *buf = NULL;
    size_t cap = 0;
    int rc = ng_file_read_at(AT_FDCWD, path, path, NULL, &buf, &cap, len, diag);
    if (rc != 0) {
        free(buf);
        buf = NULL;
    }
    *data = buf;
    return rc;
}

int ng_file_read_text(const char *path, char **data, size_t *len, ng_diag *diag)
{
    int rc = ng_file_read(path, data, len, diag);
    if (rc == 0 && binary_start(*data, *len)) { /* a regular file's start too */
        ng_diag_report(diag, NG_DIAG_WARNING, path, 0,
                       "binary content (NUL bytes), not a text document: skipped");
        free(*data);
        *data = NULL;
        rc = NG_EENCODING;
    }
    return rc;
}

static void binary_warning(ng_diag *diag, const char *path)
{
    ng_diag_report(diag, NG_DIAG_WARNING, path, 0,
                   "binary content (NUL bytes), not a text document: skipped");
}

/* The lines of text[0..n) to fn, numbered from *no + 1. */
static void each_line(const char *text, size_t n, unsigned long *no,
                      void (*fn)(void *, const char *, const char *, unsigned long), void *ud)
{
    ng_lines lines;
    ng_lines_init(&lines, text, n);
    lines.no = *no;
    const char *q, *le;
    while (ng_lines_next(&lines, &q, &le))
        fn(ud, q, le, lines.no);
    *no = lines.no;
}

int ng_file_each_line(const char *path, size_t piece,
                      void (*fn)(void *ud, const char *s, const char *e, unsigned long no),
                      void *ud, ng_diag *diag)
{
    int fd;
    struct stat st;
    int rc = open_at(AT_FDCWD, path, path, NULL, &fd, &st, diag);
    if (rc)
        return rc;
    if (!S_ISREG(st.st_mode) || st.st_size == 0) {
        /* a pipe or a device (or what fstat cannot tell): read whole */
        char *buf = NULL;
        size_t cap = 0, len;
        rc = ng_file_read_fd(fd, path, NULL, &buf, &cap, &len, diag);
        close(fd);
        if (rc == 0 && binary_start(buf, len)) {
            binary_warning(diag, path);
            rc = NG_EENCODING;
        }
        unsigned long no = 0;
        if (rc == 0)
            each_line(buf, len, &no, fn, ud);
        free(buf);
        return rc;
    }
    if ((uint64_t)st.st_size > read_max(NULL)) {
        close(fd);
        too_large(diag, path, read_max(NULL));
        return NG_EENCODING;
    }
    /* never past the size fstat gave, as ng_file_read_fd */
    size_t left = (size_t)st.st_size;
    size_t cap = piece < 4096 ? 4096 : piece, have = 0;
    char *buf = ng_xmalloc(cap);
    unsigned long no = 0;
    int first = 1;
    while (left) {
        if (have == cap) { /* one line fills the buffer: make room for more */
            cap *= 2;
            buf = ng_xrealloc(buf, cap);
        }
        size_t want = cap - have < left ? cap - have : left;
        ssize_t r = read(fd, buf + have, want);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            rc = unreadable(diag, NULL, path, NG_EIO, "read failed", errno);
            break;
        }
        if (r == 0)
            break; /* shorter than it was: what was read is the file */
        have += (size_t)r;
        left -= (size_t)r;
        if (first && (have >= 4096 || !left)) {
            first = 0;
            if (binary_start(buf, have)) {
                binary_warning(diag, path);
                rc = NG_EENCODING;
                break;
            }
        }
        if (first)
            continue;
        /* the complete lines go; a partial last one waits for the rest */
        const char *end = left ? NULL : buf + have;
        if (!end) {
            const char *nl = buf + have;
            while (nl > buf && nl[-1] != '\n')
                nl--;
            end = nl;
        }
        size_t done = (size_t)(end - buf);
        each_line(buf, done, &no, fn, ud);
        memmove(buf, buf + done, have - done);
        have -= done;
    }
    if (rc == 0 && have) {
        /* the file ended early (it shrank): its last bytes are its last line */
        if (first && binary_start(buf, have)) {
            binary_warning(diag, path);
            rc = NG_EENCODING;
        } else {
            each_line(buf, have, &no, fn, ud);
        }
    }
    free(buf);
    close(fd);
    return rc;
}
