/* file.c - whole-file reads and atomic writes */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

int ng_file_read(const char *path, char **data, size_t *len, ng_diag *diag)
{
    *data = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot open: %s", strerror(e));
        return e == ENOENT ? NG_ENOENT : NG_EIO;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "cannot stat: %s", strerror(errno));
        close(fd);
        return NG_EIO;
    }
    if (S_ISDIR(st.st_mode)) {
        ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "is a directory, expected a file");
        close(fd);
        return NG_EIO;
    }
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    char *buf = ng_xmalloc(cap);
    size_t n = 0;
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            buf = ng_xrealloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            ng_diag_report(diag, NG_DIAG_ERROR, path, 0, "read failed: %s", strerror(errno));
            free(buf);
            close(fd);
            return NG_EIO;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

int ng_outfile_open(ng_outfile *o, const char *path, ng_diag *diag)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        o->path = ng_xstrdup("-");
        o->fp = stdout;
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
    o->fp = fdopen(fd, "wb");
    if (!o->fp) {
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
    int err = 0;
    if (fflush(o->fp) != 0 || ferror(o->fp))
        err = errno ? errno : EIO;
    if (o->tmp) {
        if (fclose(o->fp) != 0 && !err)
            err = errno ? errno : EIO;
    }
    o->fp = NULL;
    if (err) {
        const char *name = o->tmp ? o->path : "standard output";
        ng_diag_report(diag, NG_DIAG_ERROR, name, 0, "write failed: %s", strerror(err));
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
    memset(o, 0, sizeof *o);
    return rc;
}

void ng_outfile_abort(ng_outfile *o)
{
    if (o->fp && o->tmp)
        fclose(o->fp);
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
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
