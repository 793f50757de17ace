/* outfile.c - the command's output files: atomic (temporary file + rename)
 * writes and output directories */
#define _GNU_SOURCE /* fopencookie: a stream that remembers why a write failed */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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

/* ---- signals: no temporary file left behind ------------------------------ */

/* The temporary files open now, for the handler of a fatal signal to remove
 * (a SIGTERM while writing left ".graph.graphml.tmpXXXXXX", 22 MB). A slot
 * is cleared before its name is freed. */
#define PENDING_MAX 32
static char *volatile pending[PENDING_MAX];
static volatile sig_atomic_t committing, deferred;

static void pending_add(char *tmp)
{
    for (int i = 0; i < PENDING_MAX; i++)
        if (!pending[i]) {
            pending[i] = tmp;
            return;
        }
}

static void pending_drop(const char *tmp)
{
    for (int i = 0; tmp && i < PENDING_MAX; i++)
        if (pending[i] == tmp)
            pending[i] = NULL;
}

/* Remove the temporary files, then end by the signal as if not caught.
 * Only async-signal-safe calls. While a set is being renamed into place the
 * signal waits for it (ng_outfile_commit_all ends the process then). */
static void on_fatal_signal(int sig)
{
    if (committing) {
        deferred = sig;
        return;
    }
    int e = errno;
    for (int i = 0; i < PENDING_MAX; i++) {
        char *t = pending[i];
        if (t)
            unlink(t);
    }
    errno = e;
    signal(sig, SIG_DFL);
    raise(sig);
}

void ng_outfile_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction sa, old;
        if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
            continue; /* ignored (a background job's SIGINT, nohup's SIGHUP): still */
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
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
    pending_add(tmp);
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
    pending_drop(o->tmp);
    free(o->tmp);
    free(o->path);
    free(o->sink);
    memset(o, 0, sizeof *o);
    return rc;
}

/* A fresh name beside path for a hard link to it: ".NAME.bakXXXXXX". */
static char *backup_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? xprintf("%.*s.%s.bakXXXXXX", (int)(slash - path + 1), path, slash + 1)
                 : xprintf(".%s.bakXXXXXX", path);
}

/* Copy path (st: its lstat) to the fresh name b. Returns 0 or an errno;
 * b does not exist after a failure. */
static int backup_copy(const char *path, const struct stat *st, const char *b)
{
    if (!S_ISREG(st->st_mode))
        return EPERM;
    int in = open(path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    int out = open(b, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        int e = errno;
        close(in);
        return e;
    }
    int e = 0;
    char buf[1 << 16];
    for (;;) {
        ssize_t r = read(in, buf, sizeof buf);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (r < 0)
                e = errno;
            break;
        }
        for (ssize_t done = 0; done < r;) {
            ssize_t w = write(out, buf + done, (size_t)(r - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                e = w < 0 ? errno : ENOSPC;
                break;
            }
            done += w;
        }
        if (e)
            break;
    }
    if (!e && fchmod(out, st->st_mode & 07777) != 0)
        e = errno;
    if (close(out) != 0 && !e)
        e = errno;
    close(in);
    if (e)
        unlink(b);
    return e;
}

/* Keep what path holds under a new hard link *bak, or a copy where no link
 * can be made (NULL when path does not exist). Returns 0 or an errno. */
static int backup_link(const char *path, char **bak)
{
    struct stat st;
    *bak = NULL;
    if (lstat(path, &st) != 0)
        return errno == ENOENT ? 0 : errno;
    if (S_ISDIR(st.st_mode))
        return EISDIR;
    for (int tries = 0; tries < 100; tries++) {
        char *b = backup_name(path);
        int fd = mkstemp(b); /* a unique name, freed again for link() */
        if (fd < 0) {
            int e = errno;
            free(b);
            return e;
        }
        close(fd);
        unlink(b);
        if (link(path, b) == 0) {
            *bak = b;
            return 0;
        }
        int e = errno;
        if (e != EEXIST) {
            /* no hard link here (another user's file under
             * protected_hardlinks, a file system without links): a copy */
            e = backup_copy(path, &st, b);
            if (!e) {
                *bak = b;
                return 0;
            }
            free(b);
            return e;
        }
        free(b);
    }
    return EEXIST;
}

int ng_outfile_commit_all(ng_outfile *o, size_t n, ng_diag *diag)
{
    committing = 1; /* a signal now waits for the set to be whole (or put back) */
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        if (o[i].fp)
            rc = ng_outfile_finish(&o[i], diag);
    char **bak = xcalloc(n + 1, sizeof *bak);
    unsigned char *had = xcalloc(n + 1, 1);
    /* every target checked and kept before the first rename */
    for (size_t i = 0; i < n && !rc; i++) {
        if (!o[i].tmp)
            continue;
        int e = backup_link(o[i].path, &bak[i]);
        if (e) {
            ng_diag_report(diag, NG_DIAG_ERROR, o[i].path, 0,
                           "cannot replace output: %s", strerror(e));
            rc = NG_EIO;
        }
        had[i] = bak[i] != NULL;
    }
    size_t done = 0;
    for (; done < n && !rc; done++) {
        if (o[done].tmp && rename(o[done].tmp, o[done].path) != 0) {
            ng_diag_report(diag, NG_DIAG_ERROR, o[done].path, 0,
                           "cannot rename output into place: %s", strerror(errno));
            rc = NG_EIO;
            break;
        }
    }
    if (rc) {
        /* put the earlier targets back as they were */
        for (size_t i = 0; i < done; i++) {
            if (!o[i].tmp)
                continue;
            if (had[i]) {
                if (rename(bak[i], o[i].path) == 0) {
                    free(bak[i]);
                    bak[i] = NULL;
                } else {
                    /* never lose it: the backup stays, named */
                    ng_diag_report(diag, NG_DIAG_ERROR, o[i].path, 0,
                                   "cannot restore previous output (kept as %s): %s", bak[i],
                                   strerror(errno));
                    free(bak[i]);
                    bak[i] = NULL;
                }
            } else {
                unlink(o[i].path);
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (bak[i])
            unlink(bak[i]);
        free(bak[i]);
        if (rc && o[i].tmp && i >= done)
            unlink(o[i].tmp);
        pending_drop(o[i].tmp);
        free(o[i].tmp);
        free(o[i].path);
        free(o[i].sink);
        memset(&o[i], 0, sizeof o[i]);
    }
    free(bak);
    free(had);
    committing = 0;
    if (deferred)
        on_fatal_signal(deferred); /* no file of the set left half-done */
    return rc;
}

void ng_outfile_abort(ng_outfile *o)
{
    if (o->fp)
        fclose(o->fp); /* standard output itself stays open: the sink does not own it */
    if (o->tmp)
        unlink(o->tmp);
    pending_drop(o->tmp);
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
