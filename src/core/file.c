/* file.c - whole-file reads and atomic writes */
#define _GNU_SOURCE /* fopencookie: a stream that remembers why a write failed */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

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

int ng_file_read_fd(int fd, const char *path, const ng_read_opts *ro, char **buf,
                    size_t *cap, size_t *len, ng_diag *diag)
{
    *len = 0;
    uint64_t max = read_max(ro);
    struct stat st;
    if (fstat(fd, &st) != 0)
        return unreadable(diag, ro, path, NG_EIO, "cannot stat", errno);
    if (S_ISDIR(st.st_mode))
        return unreadable(diag, ro, path, NG_EIO, "is a directory, expected a file", 0);
    int regular = S_ISREG(st.st_mode);
    if (regular && (uint64_t)st.st_size > max) {
        too_large(diag, path, max);
        return NG_EENCODING;
    }
    size_t want = regular && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
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
        if (regular && st.st_size > 0 && n == (size_t)st.st_size)
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

int ng_file_read_at(int dirfd, const char *name, const char *path, const ng_read_opts *ro,
                    char **buf, size_t *cap, size_t *len, ng_diag *diag)
{
    *len = 0;
    int pfd = -1;
    if (dirfd == AT_FDCWD) {
        /* a path longer than PATH_MAX: opened from its directory */
        pfd = ng_path_parent(name, &name);
        if (pfd == -1)
            return unreadable(diag, ro, path, errno == ENOENT ? NG_ENOENT : NG_EIO,
                              "cannot open", errno);
        dirfd = pfd;
    }
    int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC);
    int e = errno;
    if (pfd >= 0)
        close(pfd);
    if (fd < 0)
        return unreadable(diag, ro, path, e == ENOENT ? NG_ENOENT : NG_EIO, "cannot open", e);
    int rc = ng_file_read_fd(fd, path, ro, buf, cap, len, diag);
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

/* A stream over a descriptor that keeps the errno of its first failed
 * write: stdio and libxml2 only say that a write failed, not why. */
struct ng_sink {
    int fd;
    int own; /* close fd with the stream */
    int err;
};

static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
    struct ng_sink *k = cookie;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(k->fd, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (!k->err)
                k->err = w < 0 ? errno : ENOSPC;
            /* fewer bytes than asked (0: nothing) marks the stream in
             * error; never -1, which glibc's fwrite miscounts */
            return (ssize_t)done;
        }
        done += (size_t)w;
    }
    return (ssize_t)done;
}

static int sink_close(void *cookie)
{
    struct ng_sink *k = cookie;
    int rc = 0;
    if (k->own && close(k->fd) != 0) {
        if (!k->err)
            k->err = errno;
        rc = -1;
    }
    return rc;
}

static FILE *sink_open(ng_outfile *o, int fd, int own)
{
    o->sink = ng_xcalloc(1, sizeof *o->sink);
    o->sink->fd = fd;
    o->sink->own = own;
    cookie_io_functions_t io = {NULL, sink_write, NULL, sink_close};
    FILE *fp = fopencookie(o->sink, "wb", io);
    if (fp)
        setvbuf(fp, NULL, _IOFBF, 1 << 16);
    return fp;
}

int ng_outfile_error(const ng_outfile *o)
{
    return o->sink ? o->sink->err : 0;
}

const char *ng_outfile_name(const ng_outfile *o)
{
    return o->tmp || !o->path ? o->path : "standard output";
}

int ng_outfile_open(ng_outfile *o, const char *path, ng_diag *diag)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        fflush(stdout);
        o->fp = sink_open(o, STDOUT_FILENO, 0);
        if (!o->fp) {
            ng_diag_report(diag, NG_DIAG_ERROR, "standard output", 0, "cannot write: %s",
                           strerror(errno));
            free(o->sink);
            o->sink = NULL;
            return NG_EIO;
        }
        o->path = ng_xstrdup("-");
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "is a directory, cannot write output");
        return NG_EIO;
    }
    /* the temporary file lives beside the target so rename() is atomic */
    const char *slash = strrchr(path, '/');
    ng_buf tmp = NG_BUF_INIT;
    if (slash) {
        ng_buf_put(&tmp, path, (size_t)(slash - path + 1));
        ng_buf_printf(&tmp, ".%s.tmpXXXXXX", slash + 1);
    } else {
        ng_buf_printf(&tmp, ".%s.tmpXXXXXX", path);
    }
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create output: %s",
                       strerror(errno));
        ng_buf_release(&tmp);
        return NG_EIO;
    }
    /* mkstemp makes 0600; outputs are ordinary files that honour the umask */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) {
        /* harmless: the file stays private */
    }
    o->fp = sink_open(o, fd, 1);
    if (!o->fp) {
        free(o->sink);
        o->sink = NULL;
        close(fd);
        unlink(tmp.data);
        ng_buf_release(&tmp);
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create output: %s",
                       strerror(errno));
        return NG_EIO;
    }
    o->tmp = ng_buf_detach(&tmp);
    o->path = ng_xstrdup(path);
    return 0;
}

int ng_outfile_finish(ng_outfile *o, ng_diag *diag)
{
    if (!o->fp)
        return 0;
    int failed = fflush(o->fp) != 0 || ferror(o->fp);
    if (fclose(o->fp) != 0)
        failed = 1;
    o->fp = NULL;
    int err = ng_outfile_error(o);
    if (failed || err) {
        if (!err)
            err = EIO;
        ng_diag_report(diag, NG_DIAG_ERROR, ng_outfile_name(o), 0, "not written: %s",
                       strerror(err));
        return err == ENOSPC ? NG_ENOSPC : NG_EIO;
    }
    return 0;
}

int ng_outfile_commit(ng_outfile *o, ng_diag *diag)
{
    int rc = 0;
    if (o->fp)
        rc = ng_outfile_finish(o, diag);
    if (!rc && o->tmp && rename(o->tmp, o->path) != 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, o->path, 0, "cannot rename output into place: %s",
                       strerror(errno));
        rc = NG_EIO;
    }
    if (rc && o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    free(o->sink);
    memset(o, 0, sizeof *o);
    return rc;
}

void ng_outfile_abort(ng_outfile *o)
{
    if (o->fp)
        fclose(o->fp); /* standard output itself stays open: the sink does not own it */
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    free(o->sink);
    memset(o, 0, sizeof *o);
}

int ng_dir_make(const char *path, ng_diag *diag)
{
    struct stat st;
    if (!*path) {
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "empty directory name");
        return NG_EIO;
    }
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "exists and is not a directory");
        return NG_EIO;
    }
    char *p = ng_xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0755) != 0 && errno != EEXIST) {
            ng_diag_report(diag, NG_DIAG_ERROR, p, 0, "cannot create directory: %s",
                           strerror(errno));
            free(p);
            return NG_EIO;
        }
        *s = '/';
    }
    if (mkdir(p, 0755) != 0 && errno != EEXIST) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create directory: %s",
                       strerror(errno));
        free(p);
        return NG_EIO;
    }
    free(p);
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "exists and is not a directory");
        return NG_EIO;
    }
    return 0;
}

/* The nearest existing ancestor of path (path itself included), in *out. */
static int existing_ancestor(const char *path, ng_buf *out, struct stat *st)
{
    out->len = 0;
    ng_buf_puts(out, path);
    for (;;) {
        while (out->len > 1 && out->data[out->len - 1] == '/')
            out->data[--out->len] = '\0';
        if (stat(out->data, st) == 0)
            return 0;
        if (errno != ENOENT)
            return -1;
        char *slash = strrchr(out->data, '/');
        if (!slash) {
            out->len = 0;
            ng_buf_puts(out, ".");
        } else if (slash == out->data) {
            out->len = 1;
            out->data[1] = '\0';
        } else {
            *slash = '\0';
            out->len = (size_t)(slash - out->data);
        }
    }
}

int ng_dir_check(const char *path, ng_diag *diag)
{
    if (!*path) {
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "empty directory name");
        return NG_EIO;
    }
    ng_buf anc = NG_BUF_INIT;
    struct stat st;
    int rc = 0;
    if (existing_ancestor(path, &anc, &st) != 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, anc.data, 0, "cannot use as output: %s",
                       strerror(errno));
        rc = NG_EIO;
    } else if (!S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, anc.data, 0, "exists and is not a directory");
        rc = NG_EIO;
    } else if (access(anc.data, W_OK | X_OK) != 0) {
        int e = errno;
        if (strcmp(anc.data, path) == 0)
            ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot write outputs here: %s",
                           strerror(e));
        else
            ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create directory in %s: %s",
                           anc.data, strerror(e));
        rc = NG_EIO;
    }
    ng_buf_release(&anc);
    return rc;
}

int ng_outpath_check(const char *path, ng_diag *diag)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "is a directory, cannot write output");
        return NG_EIO;
    }
    return 0;
}
