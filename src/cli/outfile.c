/* outfile.c - the command's output files: atomic (temporary file + rename)
 * writes and output directories */
#define _GNU_SOURCE /* fopencookie: a stream that remembers why a write failed */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) {
        fputs("newsgraph: out of memory\n", stderr);
        abort();
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xcalloc(1, n), s, n);
}

static char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xcalloc(1, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
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
    o->sink = xcalloc(1, sizeof *o->sink);
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
        o->path = xstrdup("-");
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "is a directory, cannot write output");
        return NG_EIO;
    }
    /* the temporary file lives beside the target so rename() is atomic */
    const char *slash = strrchr(path, '/');
    char *tmp = slash ? xprintf("%.*s.%s.tmpXXXXXX", (int)(slash - path + 1), path, slash + 1)
                      : xprintf(".%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create output: %s",
                       strerror(errno));
        free(tmp);
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
        unlink(tmp);
        free(tmp);
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create output: %s",
                       strerror(errno));
        return NG_EIO;
    }
    o->tmp = tmp;
    o->path = xstrdup(path);
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
    char *p = xstrdup(path);
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

/* The nearest existing ancestor of path (path itself included), in *out
 * (malloc'd). */
static int existing_ancestor(const char *path, char **out, struct stat *st)
{
    size_t cap = strlen(path) + 2, len = strlen(path);
    char *p = *out = xcalloc(1, cap);
    memcpy(p, path, len);
    for (;;) {
        while (len > 1 && p[len - 1] == '/')
            p[--len] = '\0';
        if (stat(p, st) == 0)
            return 0;
        if (errno != ENOENT)
            return -1;
        char *slash = strrchr(p, '/');
        if (!slash) {
            strcpy(p, ".");
            len = 1;
        } else if (slash == p) {
            p[1] = '\0';
            len = 1;
        } else {
            *slash = '\0';
            len = (size_t)(slash - p);
        }
    }
}

int ng_dir_check(const char *path, ng_diag *diag)
{
    if (!*path) {
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "empty directory name");
        return NG_EIO;
    }
    char *anc = NULL;
    struct stat st;
    int rc = 0;
    if (existing_ancestor(path, &anc, &st) != 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, anc, 0, "cannot use as output: %s",
                       strerror(errno));
        rc = NG_EIO;
    } else if (!S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, anc, 0, "exists and is not a directory");
        rc = NG_EIO;
    } else if (access(anc, W_OK | X_OK) != 0) {
        int e = errno;
        if (strcmp(anc, path) == 0)
            ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot write outputs here: %s",
                           strerror(e));
        else
            ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot create directory in %s: %s",
                           anc, strerror(e));
        rc = NG_EIO;
    }
    free(anc);
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
