/* test_badinput.c - end-to-end: newsgraph under bad input
 *
 * usage: test_badinput NEWSGRAPH SOURCE_ROOT
 *
 * The issue "Robust under bad input": bad input gets a clear one-line error
 * (or warning) naming the file and the problem, the right exit code (0
 * success, 1 input/output problem, 2 usage error), no crash, no partial
 * output file, and the previous run's outputs stay intact when a run fails.
 *
 * Every case runs the real binary (fork/exec, standard streams captured,
 * killed after a timeout) and checks the exit status, the messages and the
 * output directory: absent, or valid and complete (GraphML against the XSD,
 * GEXF and SVG parsed as XML 1.0, DOT read back with cgraph, JSON with a
 * strict validator), or byte-identical to a previous run after a failure,
 * with no temporary file (".*.tmp*") left behind.
 *
 * Cases that fail because the program misbehaves are written as they should
 * be and skipped, each with a comment starting "BUG:" (none left).
 *
 * When run as root, permission cases run the program as user nobody
 * (65534); if that is not possible they say so and are skipped.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "common/files.h"
#include "common/gexf_schema.h"
#include "common/json_reader.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <graphviz/cgraph.h>
#include <grp.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *bin;
static const char *root;
static const char *failrename; /* the LD_PRELOAD module failrename.c */

#define ALL_FORMATS "dot,svg,graphml,gexf,json,tsv,evidence"
#define CHILD_TIMEOUT 120.0 /* seconds; a child still running then is killed */
#define NOBODY 65534

/* An article the built-in gazetteer knows: several entities, relations. */
static const char good_text[] =
    "The Syrian Democratic Forces attacked Islamic State fighters in Raqqa on Monday.\n"
    "Turkey opposed the Syrian Democratic Forces near Manbij.\n";

/* ---- small helpers ----------------------------------------------------------- */




static void write_str(const char *path, const char *s)
{
    write_file(path, s, strlen(s));
}

/* Every temporary directory made, removed again at the end even when a
 * failed assertion skipped a test's own clean-up. */
static char *made_dirs[256];
static size_t n_made_dirs;

static char *tmpdir(void)
{
    char tmpl[] = "/tmp/ng-bad-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    /* other users (nobody, for the permission cases) may need to enter it */
    assert_int_equal(chmod(d, 0755), 0);
    if (n_made_dirs < sizeof made_dirs / sizeof *made_dirs)
        made_dirs[n_made_dirs++] = strdup(d);
    return strdup(d);
}


/* Remove a tree whose paths may be longer than PATH_MAX (relative to
 * descriptors, one level at a time). */
static void rm_rf_fd(int dfd)
{
    DIR *dh = fdopendir(dfd);
    if (!dh) {
        close(dfd);
        return;
    }
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        struct stat st;
        if (fstatat(dirfd(dh), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISDIR(st.st_mode)) {
            int sub = openat(dirfd(dh), e->d_name, O_RDONLY | O_DIRECTORY);
            if (sub >= 0)
                rm_rf_fd(sub);
            unlinkat(dirfd(dh), e->d_name, AT_REMOVEDIR);
        } else {
            unlinkat(dirfd(dh), e->d_name, 0);
        }
    }
    closedir(dh);
}

static void rm_rf_at(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0)
        rm_rf_fd(fd);
    rmdir(dir);
}

static int exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* ---- running the program ------------------------------------------------------- */

/* AddressSanitizer reserves terabytes of address space for its shadow
 * memory, so an RLIMIT_AS would kill a sanitized binary before main();
 * under ASan the limit is dropped (ASan itself bounds what a run may take). */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

typedef struct spawn_opts {
    const char *in;       /* standard input (NULL: /dev/null) */
    const char *out_path; /* standard output goes there instead of being captured */
    long nofile;          /* RLIMIT_NOFILE, 0: unchanged */
    long fsize;           /* RLIMIT_FSIZE in bytes (and SIGXFSZ ignored), 0: unchanged */
    long as;              /* RLIMIT_AS in bytes, 0: unchanged */
    int unprivileged;     /* when root, run as nobody so that permissions hold */
    const char *fail_rename; /* rename() onto a file of this name fails (EPERM) */
    double timeout;          /* seconds before the child is killed, 0: CHILD_TIMEOUT */
    int fsize_signal;        /* with fsize: SIGXFSZ left as it is (a write past kills) */
} spawn_opts;

typedef struct result {
    int status;    /* exit status, -1 when killed by a signal */
    int sig;       /* that signal */
    int timed_out; /* killed after CHILD_TIMEOUT (or the run's own timeout) */
    double cpu;    /* the child's user + system time: what a bound compares, as
                    * wall time on a shared machine is mostly waiting */
    long rss_kb;   /* the child's peak resident set size */
    char *out, *err;
} result;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void result_free(result *r)
{
    free(r->out);
    free(r->err);
    memset(r, 0, sizeof *r);
}

/* The GEXF a run with args writes (malloc'd), NULL when none or standard
 * output ("-"); *to_stdout set when -o - -f gexf. */
static char *gexf_target(const char *const *args, int *to_stdout)
{
    const char *o = NULL, *f = NULL;
    *to_stdout = 0;
    for (size_t i = 0; args[i]; i++) {
        if ((!strcmp(args[i], "-o") || !strcmp(args[i], "--output")) && args[i + 1])
            o = args[++i];
        else if ((!strcmp(args[i], "-f") || !strcmp(args[i], "--formats")) && args[i + 1])
            f = args[++i];
    }
    if (!o)
        return NULL;
    size_t n = strlen(o);
    if (!strcmp(o, "-")) {
        *to_stdout = f && !strcmp(f, "gexf");
        return NULL;
    }
    if (n > 5 && !strcmp(o + n - 5, ".gexf"))
        return strdup(o);
    return path_join(o, "graph.gexf");
}

/* Every GEXF a successful run writes is checked against the GEXF 1.3
 * grammar (tests/schemas/gexf): hostile inputs make hostile outputs. */
static void expect_gexf_written_valid(const char *path, const struct stat *before,
                                      int existed, const result *r, int to_stdout)
{
    char why[1024];
    if (to_stdout && r->status == 0 && r->out &&
        gexf_check_memory(root, r->out, strlen(r->out), why, sizeof why))
        fail_msg("the GEXF written to standard output is not GEXF 1.3: %s", why);
    struct stat st;
    if (!path || r->status != 0 || stat(path, &st) || !S_ISREG(st.st_mode))
        return;
    if (existed && st.st_ino == before->st_ino && st.st_size == before->st_size &&
        st.st_mtim.tv_sec == before->st_mtim.tv_sec &&
        st.st_mtim.tv_nsec == before->st_mtim.tv_nsec)
        return; /* not written by this run */
    if (gexf_check(root, path, why, sizeof why))
        fail_msg("%s is not GEXF 1.3: %s", path, why);
}

/* Run newsgraph with args (NULL-terminated), with fork and exec so that the
 * child can get resource limits and another user first. */
static void run_argv(const spawn_opts *so, result *r, const char *const *args)
{
    static const spawn_opts none;
    if (!so)
        so = &none;
    const char *argv[96];
    int argc = 0;
    argv[argc++] = bin;
    for (size_t i = 0; args[i] && argc < 95; i++)
        argv[argc++] = args[i];
    argv[argc] = NULL;
    int gexf_stdout;
    char *gexf_path = gexf_target(args, &gexf_stdout);
    struct stat gexf_before;
    int gexf_existed = gexf_path && stat(gexf_path, &gexf_before) == 0;
    char outp[] = "/tmp/ng-bad-outXXXXXX", errp[] = "/tmp/ng-bad-errXXXXXX";
    int ofd = mkstemp(outp), efd = mkstemp(errp);
    assert_true(ofd >= 0 && efd >= 0);
    fflush(stdout);
    fflush(stderr);
    double t0 = now_s();
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int in = open(so->in ? so->in : "/dev/null", O_RDONLY);
        int out = so->out_path ? open(so->out_path, O_WRONLY) : ofd;
        if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(efd, 2) < 0)
            _exit(125);
        for (int fd = 3; fd < 1024; fd++)
            close(fd);
        struct rlimit rl;
        if (so->nofile) {
            rl.rlim_cur = rl.rlim_max = (rlim_t)so->nofile;
            if (setrlimit(RLIMIT_NOFILE, &rl))
                _exit(125);
        }
        if (so->fsize) {
            if (!so->fsize_signal)
                signal(SIGXFSZ, SIG_IGN); /* a write past the limit fails with EFBIG */
            rl.rlim_cur = rl.rlim_max = (rlim_t)so->fsize;
            if (setrlimit(RLIMIT_FSIZE, &rl))
                _exit(125);
        }
        if (so->as && !UNDER_ASAN) {
            rl.rlim_cur = rl.rlim_max = (rlim_t)so->as;
            if (setrlimit(RLIMIT_AS, &rl))
                _exit(125);
        }
        if (so->unprivileged && geteuid() == 0) {
            if (setgroups(0, NULL) || setgid(NOBODY) || setuid(NOBODY))
                _exit(126);
        }
        if (so->fail_rename) {
            /* the module comes before the sanitizer runtime: tell it so */
            const char *a = getenv("ASAN_OPTIONS");
            char asan[1024];
            snprintf(asan, sizeof asan, "%s%sverify_asan_link_order=0", a ? a : "",
                     a && *a ? ":" : "");
            if (setenv("LD_PRELOAD", failrename, 1) ||
                setenv("NG_FAIL_RENAME", so->fail_rename, 1) ||
                setenv("ASAN_OPTIONS", asan, 1))
                _exit(125);
        }
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    int status = 0;
    memset(r, 0, sizeof *r);
    for (;;) {
        struct rusage ru;
        pid_t w = wait4(pid, &status, WNOHANG, &ru);
        if (w == pid) {
            r->cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
            r->rss_kb = ru.ru_maxrss;
            break;
        }
        assert_int_equal(w, 0);
        if (now_s() - t0 > (so->timeout > 0 ? so->timeout : CHILD_TIMEOUT)) {
            kill(pid, SIGKILL);
            assert_int_equal(waitpid(pid, &status, 0), pid);
            r->timed_out = 1;
            break;
        }
        struct timespec ts = {0, 2000000};
        nanosleep(&ts, NULL);
    }
    close(ofd);
    close(efd);
    r->out = read_all(outp, NULL);
    r->err = read_all(errp, NULL);
    unlink(outp);
    unlink(errp);
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r->sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    expect_gexf_written_valid(gexf_path, &gexf_before, gexf_existed, r, gexf_stdout);
    free(gexf_path);
}

#define RUN(so, r, ...) run_argv((so), (r), (const char *const[]){__VA_ARGS__, NULL})

static void expect_status_at(const result *r, int want, const char *file, int line)
{
    if (r->timed_out)
        fail_msg("%s:%d: newsgraph still running after its timeout: killed; stderr:\n%.2000s",
                 file, line, r->err);
    if (r->status != want)
        fail_msg("%s:%d: newsgraph exited with %d (signal %d), expected %d; stderr:\n%.2000s",
                 file, line, r->status, r->sig, want, r->err);
}
#define expect_status(r, want) expect_status_at((r), (want), __FILE__, __LINE__)

/* Is this standard-error line one of the statistics --stats prints
 * ("newsgraph: N documents, ...", "newsgraph: graph: ...", ...), not a
 * warning or an error? */
static int is_stats_line(const char *l)
{
    return !strncmp(l, "newsgraph: ", 11) && !strstr(l, "warning") && !strstr(l, "error");
}

/* The lines of standard error, the statistics left out when stats is set.
 * Every line must end with a newline. */
static size_t split_lines(const char *err, int stats, char ***out)
{
    size_t n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    const char *p = err;
    while (*p) {
        const char *nl = strchr(p, '\n');
        if (!nl)
            fail_msg("standard error does not end with a newline: '%s'", p);
        char *l = strndup(p, (size_t)(nl - p));
        p = nl + 1;
        if (stats && is_stats_line(l)) {
            free(l);
            continue;
        }
        if (n == cap)
            v = realloc(v, (cap *= 2) * sizeof *v);
        v[n++] = l;
    }
    *out = v;
    return n;
}

/* The message lines of a run without --stats. */
static size_t diag_lines(const char *err, char ***out)
{
    return split_lines(err, 0, out);
}

/* The message lines of a run with --stats. */
static size_t stats_diag_lines(const char *err, char ***out)
{
    return split_lines(err, 1, out);
}

static void free_lines(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* Standard error holds exactly one diagnostic line, naming name and
 * containing what (when not NULL). */
static void expect_one_line_at(const result *r, const char *name, const char *what,
                               const char *file, int line)
{
    char **v;
    size_t n = diag_lines(r->err, &v);
    if (n != 1)
        fail_msg("%s:%d: expected one message line naming '%s', got %zu:\n%.3000s", file, line,
                 name, n, r->err);
    if (!strstr(v[0], name))
        fail_msg("%s:%d: the message does not name '%s': %s", file, line, name, v[0]);
    if (what && !strstr(v[0], what))
        fail_msg("%s:%d: the message does not say '%s': %s", file, line, what, v[0]);
    free_lines(v, n);
}
#define expect_one_line(r, name, what) expect_one_line_at((r), (name), (what), __FILE__, __LINE__)

/* Every input skipped: exit 1, the line naming why, then "no article found"
 * (issue 18: an empty graph would replace the previous outputs). */
static void expect_no_article_at(const result *r, const char *name, const char *what,
                                 const char *file, int line)
{
    expect_status_at(r, 1, file, line);
    char **v;
    size_t n = diag_lines(r->err, &v);
    if (n != 2 || !strstr(v[0], name) || (what && !strstr(v[0], what)) ||
        !strstr(v[1], "no article found"))
        fail_msg("%s:%d: expected a line naming '%s' (%s), then 'no article found', got:\n%.3000s",
                 file, line, name, what ? what : "", r->err);
    free_lines(v, n);
}
#define expect_no_article(r, name, what) \
    expect_no_article_at((r), (name), (what), __FILE__, __LINE__)

/* A usage error: exit 2, nothing on standard output, one line
 * "newsgraph: PROBLEM" naming what; the conventional hint line
 * "Try 'newsgraph --help' for more information." may follow it. */
static void expect_usage_at(const result *r, const char *what, const char *file, int line)
{
    expect_status_at(r, 2, file, line);
    if (*r->out)
        fail_msg("%s:%d: a usage error wrote to standard output: %.500s", file, line, r->out);
    char **v;
    size_t n = diag_lines(r->err, &v);
    int ok = n == 1 ||
             (n == 2 && !strcmp(v[1], "Try 'newsgraph --help' for more information."));
    if (!ok)
        fail_msg("%s:%d: expected a one-line usage error, got %zu lines:\n%s", file, line, n,
                 r->err);
    if (strncmp(v[0], "newsgraph: ", 11) || !strstr(v[0], what))
        fail_msg("%s:%d: the usage error does not name '%s': %s", file, line, what, v[0]);
    free_lines(v, n);
}
#define expect_usage(r, what) expect_usage_at((r), (what), __FILE__, __LINE__)

/* The number N of "newsgraph: N documents, ..." (--stats), or -1. */
static long stats_documents(const char *err)
{
    for (const char *p = err; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        long n;
        if (sscanf(p, "newsgraph: %ld documents,", &n) == 1)
            return n;
    }
    return -1;
}

/* Run as nobody possible (or not needed: not root)? */
static int unprivileged_ok(void)
{
    static int ok = -1;
    if (ok < 0) {
        if (geteuid() != 0) {
            ok = 1;
        } else {
            spawn_opts so = {.unprivileged = 1};
            result r;
            RUN(&so, &r, "--version");
            ok = r.status == 0;
            result_free(&r);
        }
    }
    return ok;
}

/* ---- output directories: snapshots and temporary files ------------------------ */

typedef struct snapshot {
    size_t n;
    char **names;
    char **data; /* NULL for a directory */
    size_t *len;
} snapshot;

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t list_dir(const char *dir, char ***out)
{
    DIR *d = opendir(dir);
    if (!d)
        fail_msg("cannot list %s: %s", dir, strerror(errno));
    size_t n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (n == cap)
            v = realloc(v, (cap *= 2) * sizeof *v);
        v[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(v, n, sizeof *v, name_cmp);
    *out = v;
    return n;
}

static void snap_take(snapshot *s, const char *dir)
{
    s->n = list_dir(dir, &s->names);
    s->data = calloc(s->n + 1, sizeof *s->data);
    s->len = calloc(s->n + 1, sizeof *s->len);
    for (size_t i = 0; i < s->n; i++) {
        char *p = path_join(dir, s->names[i]);
        struct stat st;
        assert_int_equal(lstat(p, &st), 0);
        if (S_ISREG(st.st_mode)) {
            s->data[i] = read_all(p, &s->len[i]);
            assert_non_null(s->data[i]);
        }
        free(p);
    }
}

static void snap_free(snapshot *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->names[i]);
        free(s->data[i]);
    }
    free(s->names);
    free(s->data);
    free(s->len);
    memset(s, 0, sizeof *s);
}

/* No ".NAME.tmpXXXXXX" left in dir. */
static void expect_no_tmp_at(const char *dir, const char *file, int line)
{
    char **v;
    size_t n = list_dir(dir, &v);
    for (size_t i = 0; i < n; i++)
        if (fnmatch(".*.tmp*", v[i], 0) == 0)
            fail_msg("%s:%d: temporary file %s/%s left behind", file, line, dir, v[i]);
    free_lines(v, n);
}
#define expect_no_tmp(dir) expect_no_tmp_at((dir), __FILE__, __LINE__)

/* dir holds exactly what it held when s was taken, byte for byte. */
static void expect_snapshot_at(const snapshot *s, const char *dir, const char *file, int line)
{
    expect_no_tmp_at(dir, file, line);
    snapshot now;
    snap_take(&now, dir);
    for (size_t i = 0, j = 0; i < s->n || j < now.n;) {
        int c = i == s->n ? 1 : j == now.n ? -1 : strcmp(s->names[i], now.names[j]);
        if (c < 0)
            fail_msg("%s:%d: %s/%s is gone", file, line, dir, s->names[i]);
        if (c > 0)
            fail_msg("%s:%d: %s/%s appeared", file, line, dir, now.names[j]);
        if ((s->data[i] == NULL) != (now.data[j] == NULL) || s->len[i] != now.len[j] ||
            (s->data[i] && memcmp(s->data[i], now.data[j], s->len[i])))
            fail_msg("%s:%d: %s/%s changed", file, line, dir, s->names[i]);
        i++;
        j++;
    }
    snap_free(&now);
}
#define expect_snapshot(s, dir) expect_snapshot_at((s), (dir), __FILE__, __LINE__)

/* A successful run of every data and diagram format from in into out. */
static void prime(const char *out, const char *in)
{
    result r;
    RUN(NULL, &r, "-f", ALL_FORMATS, "-o", out, in);
    expect_status(&r, 0);
    result_free(&r);
    const char *names[] = {"graph.dot",  "graph.svg",    "graph.graphml", "graph.gexf",
                           "graph.json", "entities.tsv", "evidence.tsv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *p = path_join(out, names[i]);
        struct stat st;
        if (stat(p, &st) || st.st_size == 0)
            fail_msg("the priming run did not write %s", p);
        free(p);
    }
}

/* ---- validators ----------------------------------------------------------------- */

static xmlSchemaPtr graphml_schema;

/* Validate a GraphML file against tests/schemas/graphml.xsd. */
static int graphml_valid(const char *file)
{
    if (!graphml_schema) {
        char *xsd = path_join(root, "tests/schemas/graphml.xsd");
        xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(xsd);
        graphml_schema = xmlSchemaParse(pc);
        xmlSchemaFreeParserCtxt(pc);
        free(xsd);
        assert_non_null(graphml_schema);
    }
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(graphml_schema);
    int rc = xmlSchemaValidateFile(vc, file, 0);
    xmlSchemaFreeValidCtxt(vc);
    return rc == 0;
}

static void expect_graphml_valid_at(const char *file, const char *src, int line)
{
    if (!graphml_valid(file))
        fail_msg("%s:%d: %s is not valid GraphML", src, line, file);
}
#define expect_graphml_valid(f) expect_graphml_valid_at((f), __FILE__, __LINE__)

/* Parse an XML 1.0 file (libxml2 rejects control characters, character
 * references to them, bad UTF-8 and anything not well-formed). */
static xmlDocPtr xml_parse(const char *file)
{
    xmlDocPtr doc = xmlReadFile(file, NULL, XML_PARSE_NONET);
    if (!doc)
        fail_msg("%s is not well-formed XML", file);
    return doc;
}

/* Is s valid UTF-8 (no overlong forms, no surrogates)? */
static int utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return 0;
        }
        if (i + len > n)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += len;
    }
    return 1;
}

/* No raw C0 control character (but tab, newline, return) nor DEL. */
static void expect_no_control_bytes(const char *file)
{
    size_t n;
    char *s = read_all(file, &n);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            fail_msg("%s: control character 0x%02X at byte %zu", file, c, i);
    }
    free(s);
}

/* Whether s (n bytes) is a key or a string value anywhere in v. */
static int json_has_string(const jval *v, const char *s, size_t n)
{
    if (v->t == J_STR)
        return v->len == n && memcmp(v->str, s, n) == 0;
    for (size_t i = 0; i < v->n; i++) {
        if (v->keys && strlen(v->keys[i]) == n && memcmp(v->keys[i], s, n) == 0)
            return 1;
        if (json_has_string(v->items[i], s, n))
            return 1;
    }
    return 0;
}

/* The file is one valid JSON document (RFC 8259, strict: the shared reader
 * of tests/common/json_reader.h) in valid UTF-8; every string of want
 * (NULL-terminated, may be NULL) is one of its keys or string values. */
static void expect_json_at(const char *file, const char *const *want, const char *src, int line)
{
    size_t n;
    char *s = read_all(file, &n);
    if (!s)
        fail_msg("%s:%d: %s missing", src, line, file);
    if (!utf8_valid((const unsigned char *)s, n))
        fail_msg("%s:%d: %s is not valid UTF-8", src, line, file);
    const char *err = NULL;
    size_t at = 0;
    jval *v = jparse(s, n, &err, &at);
    if (!v)
        fail_msg("%s:%d: %s is not valid JSON: %s at byte %zu", src, line, file, err, at);
    for (size_t i = 0; want && want[i]; i++)
        if (!json_has_string(v, want[i], strlen(want[i])))
            fail_msg("%s:%d: %s has no string '%s'", src, line, file, want[i]);
    jfree(v);
    free(s);
}
#define expect_json(f, want) expect_json_at((f), (want), __FILE__, __LINE__)

/* Node labels of a GraphML file (key n_label). */
static size_t graphml_labels(const char *file, char ***out)
{
    xmlDocPtr doc = xml_parse(file);
    size_t n = 0, cap = 64;
    char **labels = malloc(cap * sizeof *labels);
    for (xmlNodePtr g = xmlDocGetRootElement(doc)->children; g; g = g->next) {
        if (g->type != XML_ELEMENT_NODE || strcmp((const char *)g->name, "graph"))
            continue;
        for (xmlNodePtr v = g->children; v; v = v->next) {
            if (v->type != XML_ELEMENT_NODE || strcmp((const char *)v->name, "node"))
                continue;
            for (xmlNodePtr d = v->children; d; d = d->next) {
                xmlChar *k = d->type == XML_ELEMENT_NODE ? xmlGetProp(d, BAD_CAST "key") : NULL;
                if (k && !strcmp((const char *)k, "n_label")) {
                    if (n == cap)
                        labels = realloc(labels, (cap *= 2) * sizeof *labels);
                    xmlChar *t = xmlNodeGetContent(d);
                    labels[n++] = strdup((const char *)t);
                    xmlFree(t);
                }
                xmlFree(k);
            }
        }
    }
    xmlFreeDoc(doc);
    *out = labels;
    return n;
}

static int has_label(char **labels, size_t n, const char *want)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(labels[i], want))
            return 1;
    return 0;
}

/* want drawn on two lines: two texts in a row, joined by a space. */
static int has_wrapped_label(char **labels, size_t n, const char *want)
{
    for (size_t i = 0; i + 1 < n; i++) {
        size_t a = strlen(labels[i]);
        if (!strncmp(labels[i], want, a) && want[a] == ' ' && !strcmp(labels[i + 1], want + a + 1))
            return 1;
    }
    return 0;
}

/* The GraphML has a node labelled each of want (NULL-terminated). */
static void expect_graphml_nodes_at(const char *file, const char *const *want, const char *src,
                                    int line)
{
    char **labels;
    size_t n = graphml_labels(file, &labels);
    for (size_t i = 0; want[i]; i++)
        if (!has_label(labels, n, want[i]))
            fail_msg("%s:%d: %s has no node '%s'", src, line, file, want[i]);
    free_lines(labels, n);
}
#define expect_graphml_nodes(f, want) expect_graphml_nodes_at((f), (want), __FILE__, __LINE__)

/* Collect, below n, the attribute attr of elements elem (attr NULL: the
 * text content). */
static void collect(xmlNodePtr n, const char *elem, const char *attr, char ***v, size_t *nv,
                    size_t *cap)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (!strcmp((const char *)n->name, elem)) {
            xmlChar *t = attr ? xmlGetProp(n, BAD_CAST attr) : xmlNodeGetContent(n);
            if (t) {
                if (*nv == *cap)
                    *v = realloc(*v, (*cap *= 2) * sizeof **v);
                (*v)[(*nv)++] = strdup((const char *)t);
                xmlFree(t);
            }
        }
        collect(n->children, elem, attr, v, nv, cap);
    }
}

static size_t xml_strings(const char *file, const char *elem, const char *attr, char ***out)
{
    xmlDocPtr doc = xml_parse(file);
    size_t n = 0, cap = 64;
    *out = malloc(cap * sizeof **out);
    collect(xmlDocGetRootElement(doc), elem, attr, out, &n, &cap);
    xmlFreeDoc(doc);
    return n;
}

/* Read a DOT file with cgraph; no syntax error. */
static Agraph_t *dot_read(const char *file)
{
    FILE *fp = fopen(file, "r");
    if (!fp)
        fail_msg("%s missing", file);
    agreseterrors();
    Agraph_t *g = agread(fp, NULL);
    fclose(fp);
    if (!g || agerrors())
        fail_msg("%s does not parse as DOT: %s", file, aglasterr() ? aglasterr() : "");
    return g;
}

/* A DOT label as Graphviz draws it: "\\" is one backslash, "&amp;" an
 * ampersand (Graphviz reads HTML entities in labels), "\n" the line break
 * of a long label, where a space was. */
static char *dot_unescape(const char *s)
{
    char *o = malloc(strlen(s) + 1), *q = o;
    for (; *s; s++) {
        if (s[0] == '\\' && s[1] == '\\') {
            s++;
        } else if (s[0] == '\\' && s[1] == 'n') {
            s++;
            *q++ = ' ';
            continue;
        } else if (strncmp(s, "&amp;", 5) == 0) {
            s += 4;
            *q++ = '&';
            continue;
        }
        *q++ = *s;
    }
    *q = '\0';
    return o;
}

/* ---- Encoding --------------------------------------------------------------------- */

/* Invalid UTF-8 is replaced by U+FFFD with exactly one warning per file
 * naming it; the outputs are valid. */
static void invalid_utf8_one_warning_per_file(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char *bad1 = path_join(in, "bad1.txt"), *bad2 = path_join(in, "bad2.txt");
    char *good = path_join(in, "good.txt");
    /* lone continuation, invalid lead bytes, a control character, several
     * problems in one sentence, and one between two entities */
    write_str(bad1, "Islamic State fighters \xFF\xFE attacked Raqqa on Monday.\n"
                    "Stray \x80 and \xC3 and \x01 bytes \xF8\x88\x80\x80\x80 here.\n");
    /* overlong, encoded surrogate, too large, truncated at the end */
    write_str(bad2, "Turkey opposed the Syrian Democratic Forces near Manbij \xC0\xAF.\n"
                    "More \xED\xA0\x80 and \xF4\x90\x80\x80 then \xE2\x82");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-j", "2", "--all", "-f", "graphml,gexf,svg,json,tsv", "-o", o, in);
    expect_status(&r, 0);
    char **v;
    size_t n = diag_lines(r.err, &v);
    if (n != 2)
        fail_msg("expected one warning per bad file (2), got:\n%s", r.err);
    /* documents are reported in path order */
    assert_non_null(strstr(v[0], bad1));
    assert_non_null(strstr(v[1], bad2));
    for (size_t i = 0; i < n; i++) {
        assert_non_null(strstr(v[i], "warning"));
        assert_non_null(strstr(v[i], "UTF-8"));
    }
    free_lines(v, n);
    result_free(&r);
    char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
    char *gx = path_join(o, "graph.gexf"), *sv = path_join(o, "graph.svg");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", "Turkey", "Manbij", NULL};
    expect_graphml_nodes(gm, nodes);
    /* the replacement character made it into the evidence */
    char *x = read_all(gm, NULL);
    assert_non_null(strstr(x, "fighters \xEF\xBF\xBD"));
    free(x);
    expect_json(js, NULL);
    xmlFreeDoc(xml_parse(gx));
    xmlFreeDoc(xml_parse(sv));
    expect_no_tmp(o);
    /* standard input: the warning names it */
    RUN(&(spawn_opts){.in = bad1}, &r, "-f", "graphml", "-o", o, "-");
    expect_status(&r, 0);
    n = diag_lines(r.err, &v);
    if (n != 1 || !strstr(v[0], "UTF-8") || (!strstr(v[0], "stdin") && !strstr(v[0], "standard input")))
        fail_msg("expected one warning naming standard input, got:\n%s", r.err);
    free_lines(v, n);
    result_free(&r);
    expect_graphml_valid(gm);
    free(gm);
    free(js);
    free(gx);
    free(sv);
    free(bad1);
    free(bad2);
    free(good);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* No carriage return nor byte-order mark in these outputs of o. */
static void expect_no_cr_nor_bom(const char *o)
{
    const char *files[] = {"graph.graphml", "graph.json", "entities.tsv", "evidence.tsv"};
    for (size_t i = 0; i < 4; i++) {
        char *p = path_join(o, files[i]);
        char *x = read_all(p, NULL);
        assert_non_null(x);
        if (strchr(x, '\r') || strstr(x, "\\r") || strstr(x, "\xEF\xBB\xBF") ||
            strstr(x, "&#13;") || strstr(x, "&#xD;"))
            fail_msg("%s carries a carriage return or byte-order mark", p);
        free(x);
        free(p);
    }
}

/* A UTF-8 byte-order mark and CRLF line ends: no warning, entities found,
 * neither the mark nor a carriage return in the outputs. */
static void bom_and_crlf(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char *a = path_join(in, "bom.txt"), *b = path_join(in, "crlf.txt");
    write_str(a, "\xEF\xBB\xBFIslamic State fighters attacked Raqqa on Monday.\r\n\r\n"
                 "The Syrian Democratic Forces left Raqqa.\r\n");
    write_str(b, "Turkey opposed the Syrian Democratic Forces near Manbij.\r\n\r\n"
                 "Fighters reached Kobani.\r\n");
    result r;
    RUN(NULL, &r, "--all", "-f", "graphml,json,tsv,evidence", "-o", o, in);
    expect_status(&r, 0);
    if (*r.err)
        fail_msg("no warning expected, got:\n%s", r.err);
    result_free(&r);
    char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", "Syrian Democratic Forces", "Turkey",
                           "Manbij", "Kobani", NULL};
    expect_graphml_nodes(gm, nodes);
    const char *docs[] = {"bom", "crlf", NULL};
    expect_json(js, docs);
    expect_no_cr_nor_bom(o);
    expect_no_tmp(o);
    free(gm);
    free(js);
    free(a);
    free(b);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* A file with a byte-order mark and CRLF line ends gives the same outputs
 * as the same text with LF line ends, also when a sentence spans a line
 * break. */
static void crlf_same_as_lf(void **state)
{
    (void)state;
    /* Was a bug (fixed; kept as a regression test): a sentence spanning a CRLF line break keeps its carriage return:
     * `printf 'Turkey opposed the Syrian Democratic Forces\r\nnear Manbij.\r\n'
     * > crlf.txt; newsgraph --all -f graphml,json,tsv,evidence -o DIR crlf.txt`
     * writes the evidence "...Forces\r\nnear Manbij." into graph.graphml (a raw
     * CR, which XML readers turn into a newline) and graph.json ("\r\n"),
     * and "Forces  near" (two spaces) into evidence.tsv, where the LF file
     * gives "Forces\nnear" and "Forces near". Expected: CRLF read as LF, the
     * outputs byte-identical to the LF file's. */
    char *d = tmpdir(), *crlf = path_join(d, "crlf"), *lf = path_join(d, "lf");
    assert_int_equal(mkdir(crlf, 0755), 0);
    assert_int_equal(mkdir(lf, 0755), 0);
    char *a = path_join(crlf, "article.txt"), *b = path_join(lf, "article.txt");
    write_str(a, "\xEF\xBB\xBFTurkey opposed the Syrian Democratic Forces\r\nnear Manbij.\r\n"
                 "\r\nIslamic State fighters attacked\r\nRaqqa on Monday.\r\n");
    write_str(b, "Turkey opposed the Syrian Democratic Forces\nnear Manbij.\n"
                 "\nIslamic State fighters attacked\nRaqqa on Monday.\n");
    char *oc = path_join(d, "oc"), *ol = path_join(d, "ol");
    result r;
    RUN(NULL, &r, "--all", "-f", ALL_FORMATS, "-o", oc, a);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    RUN(NULL, &r, "--all", "-f", ALL_FORMATS, "-o", ol, b);
    expect_status(&r, 0);
    result_free(&r);
    expect_no_cr_nor_bom(oc);
    snapshot s;
    snap_take(&s, ol);
    expect_snapshot(&s, oc);
    snap_free(&s);
    free(a);
    free(b);
    free(oc);
    free(ol);
    free(crlf);
    free(lf);
    rm_rf(d);
    free(d);
}

/* Encode UTF-8 text (BMP and supplementary characters) as UTF-16. */
static size_t to_utf16(const char *s, int big, unsigned char *out)
{
    size_t o = 0;
    out[o++] = big ? 0xFE : 0xFF;
    out[o++] = big ? 0xFF : 0xFE;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t cp;
        if (*p < 0x80)
            cp = *p++;
        else if ((*p & 0xE0) == 0xC0)
            cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F), p += 2;
        else if ((*p & 0xF0) == 0xE0)
            cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F),
            p += 3;
        else
            cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
                 (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F),
            p += 4;
        uint32_t units[2];
        int nu = 1;
        if (cp >= 0x10000) {
            units[0] = 0xD800 + ((cp - 0x10000) >> 10);
            units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nu = 2;
        } else {
            units[0] = cp;
        }
        for (int k = 0; k < nu; k++) {
            out[o++] = (unsigned char)(big ? units[k] >> 8 : units[k] & 0xFF);
            out[o++] = (unsigned char)(big ? units[k] & 0xFF : units[k] >> 8);
        }
    }
    return o;
}

/* UTF-16LE and UTF-16BE with a byte-order mark are transcoded: the
 * entities inside are found, without warnings. A lone surrogate gets one
 * warning naming the file. */
static void utf16_transcoded(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o");
    const char text[] = "Islamic State fighters attacked Raqqa on Monday \xF0\x9F\x93\xB0.\r\n"
                        "A camp in A\xC3\xAFn Issa hosts families; Turkey opposed it.\n";
    unsigned char buf[1024];
    for (int big = 0; big < 2; big++) {
        char *in = path_join(d, big ? "utf16be.txt" : "utf16le.txt");
        write_file(in, (const char *)buf, to_utf16(text, big, buf));
        result r;
        RUN(NULL, &r, "-f", "graphml,json", "-o", o, in);
        expect_status(&r, 0);
        if (*r.err)
            fail_msg("%s: no warning expected, got:\n%s", in, r.err);
        result_free(&r);
        char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
        expect_graphml_valid(gm);
        const char *nodes[] = {"Islamic State", "Raqqa", "Ain Issa", "Turkey", NULL};
        expect_graphml_nodes(gm, nodes);
        const char *docs[] = {big ? "utf16be" : "utf16le", NULL};
        expect_json(js, docs);
        char *x = read_all(gm, NULL);
        assert_non_null(strstr(x, "Monday \xF0\x9F\x93\xB0")); /* the surrogate pair */
        free(x);
        free(gm);
        free(js);
        free(in);
    }
    /* a lone high surrogate in UTF-16LE */
    char *in = path_join(d, "lone.txt");
    size_t n = to_utf16("Islamic State fighters attacked Raqqa.\n", 0, buf);
    memcpy(buf + n, "\x00\xD8" "A\x00.\x00\n\x00", 8);
    write_file(in, (const char *)buf, n + 8);
    result r;
    RUN(NULL, &r, "-f", "graphml", "-o", o, in);
    expect_status(&r, 0);
    expect_one_line(&r, in, "warning");
    result_free(&r);
    char *gm = path_join(o, "graph.graphml");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", NULL};
    expect_graphml_nodes(gm, nodes);
    expect_no_tmp(o);
    free(gm);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, fourth sweep (wrong encodings): a gazetteer saved as a
 * spreadsheet's "Unicode text" (UTF-16 with a BOM) gave "invalid UTF-8"
 * and then "NUL byte in line" for every line; a trigger file the same.
 * Expected: one line saying it is UTF-16, exit 1. */
static void utf16_word_files_said_once(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *gz = path_join(d, "g16.tsv"), *tr = path_join(d, "t16.tsv");
    write_str(good, good_text);
    unsigned char buf[1024];
    write_file(gz, (const char *)buf,
               to_utf16("Zorbastan\tplace\tcountry\nFoo Front\tactor\tarmed_group\n"
                        "Bar Town\tplace\tvillage\n",
                        0, buf));
    write_file(tr, (const char *)buf, to_utf16("list\tnegation\tnope\nlist\tnegation\tnah\n", 0, buf));
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, "-g", gz, good);
    expect_status(&r, 1);
    expect_one_line(&r, "g16.tsv:1:", "UTF-16");
    result_free(&r);
    RUN(NULL, &r, "-f", "json", "-o", o, "--triggers", tr, good);
    expect_status(&r, 1);
    expect_one_line(&r, "t16.tsv:1:", "UTF-16");
    result_free(&r);
    assert_false(exists(o));
    rm_rf(d);
    free(d), free(o), free(good), free(gz), free(tr);
}

/* Issue 22, fourth sweep (every reader, wrong encodings): a JSON Lines,
 * JSON, CSV or TSV export or a web page in UTF-16 with a byte-order mark
 * (a spreadsheet's "Unicode text", PowerShell's Out-File) failed:
 * "malformed JSON: unexpected character (column 1)", "no text column in
 * the header", "no text; skipped"; only a .txt was transcoded. A raw NUL
 * byte in a JSON line was an error "unexpected end of data", where a CSV
 * row holding one is skipped as binary. Expected: each read as the UTF-8
 * it holds; the NUL line skipped with a warning naming its line. */
static void utf16_exports_read(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o"),
         *oj = path_join(d, "o/graph.json");
    assert_int_equal(mkdir(in, 0755), 0);
    static const struct {
        const char *name, *text;
        int big;
    } files[] = {
        {"r.jsonl", "{\"id\":\"j16-1\",\"text\":\"Turkey opposed the Syrian Democratic Forces "
                    "near Manbij \xF0\x9F\x93\xB0.\"}\n{\"id\":\"j16-2\",\"text\":\"Islamic State "
                    "fighters attacked Raqqa.\"}\n", 0},
        {"a.json", "[{\"id\":\"a16-1\",\"text\":\"Turkey opposed the Syrian Democratic Forces "
                   "near Manbij.\"}]", 1},
        {"c.csv", "id,text\r\nc16-1,Turkey opposed the Syrian Democratic Forces near Manbij.\r\n",
         0},
        {"t.tsv", "id\ttext\nt16-1\tIslamic State fighters attacked Raqqa.\n", 1},
        {"p.html", "<html><body><p>Islamic State fighters attacked Raqqa.</p></body></html>", 0},
    };
    unsigned char buf[1024];
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char *p = path_join(in, files[i].name);
        write_file(p, (const char *)buf, to_utf16(files[i].text, files[i].big, buf));
        free(p);
    }
    char *nul = path_join(in, "n.jsonl");
    static const char nl[] = "{\"id\":\"n-ok\",\"text\":\"Turkey attacked Manbij.\"}\n"
                             "{\"id\":\"n-bad\",\"te\0xt\":\"x\"}\n";
    write_file(nul, nl, sizeof nl - 1);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, in);
    expect_status(&r, 0);
    expect_one_line(&r, "n.jsonl:2:", "binary content");
    result_free(&r);
    expect_json(oj, ((const char *[]){"j16-1", "j16-2", "a16-1", "c16-1", "t16-1", "p", "n-ok",
                                      "Syrian Democratic Forces", "Raqqa", NULL}));
    /* the same JSON Lines gzip'ed, big-endian */
    char *gz = path_join(d, "r16.jsonl"), cmd[4096];
    write_file(gz, (const char *)buf, to_utf16(files[0].text, 1, buf));
    snprintf(cmd, sizeof cmd, "gzip -f '%s'", gz);
    assert_int_equal(system(cmd), 0);
    char *gzp = path_join(d, "r16.jsonl.gz");
    RUN(NULL, &r, "-f", "json", "-o", o, gzp);
    expect_status(&r, 0);
    if (*r.err)
        fail_msg("a UTF-16 .jsonl.gz: no message expected, got:\n%.2000s", r.err);
    result_free(&r);
    expect_json(oj, ((const char *[]){"j16-1", "j16-2", NULL}));
    char *js = read_all(oj, NULL);
    assert_non_null(strstr(js, "Manbij \xF0\x9F\x93\xB0")); /* the surrogate pair, whole */
    free(js);
    rm_rf(d);
    free(d), free(in), free(o), free(oj), free(nul), free(gz), free(gzp);
}


/* A 1x1 PNG image. */
static const unsigned char png[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
    0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

/* NUL bytes / binary content: the file is skipped with one warning naming
 * it; exit 0 when the other files are fine. */
static void binary_files_skipped(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char *good = path_join(in, "good.txt"), *img = path_join(in, "image.txt");
    char *elf = path_join(in, "program.txt"), *nul = path_join(in, "nul.txt");
    write_str(good, good_text);
    write_file(img, (const char *)png, sizeof png);
    size_t n;
    char *self = read_all("/proc/self/exe", &n);
    assert_non_null(self);
    assert_true(n > 4096 && !memcmp(self, "\x7F" "ELF", 4));
    write_file(elf, self, 4096);
    free(self);
    /* text with one NUL in the middle */
    write_file(nul, "Islamic State fighters\0attacked Manbij.\n", 40);
    /* a directory of them */
    result r;
    RUN(NULL, &r, "-f", "graphml,json", "-o", o, in);
    expect_status(&r, 0);
    char **v;
    size_t nl = diag_lines(r.err, &v);
    const char *bad[] = {img, nul, elf}; /* path order */
    if (nl != 3)
        fail_msg("expected one warning per binary file (3), got:\n%s", r.err);
    for (size_t i = 0; i < 3; i++) {
        if (!strstr(v[i], bad[i]) || !strstr(v[i], "warning"))
            fail_msg("expected a warning naming %s, got: %s", bad[i], v[i]);
    }
    free_lines(v, nl);
    result_free(&r);
    char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", "Turkey", "Manbij", NULL};
    expect_graphml_nodes(gm, nodes);
    expect_json(js, nodes);
    char *x = read_all(gm, NULL);
    assert_null(strstr(x, "PNG"));
    assert_null(strstr(x, "ELF"));
    free(x);
    expect_no_tmp(o);
    /* the same files named on the command line */
    rm_rf(o);
    RUN(NULL, &r, "-f", "graphml", "-o", o, img, good, elf);
    expect_status(&r, 0);
    nl = diag_lines(r.err, &v);
    if (nl != 2 || !strstr(v[0], img) || !strstr(v[1], elf))
        fail_msg("expected one warning naming each binary file, got:\n%s", r.err);
    free_lines(v, nl);
    result_free(&r);
    expect_graphml_valid(gm);
    expect_graphml_nodes(gm, nodes);
    free(gm);
    free(js);
    free(good);
    free(img);
    free(elf);
    free(nul);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* A character device of endless NUL bytes is binary content like any
 * other: skipped with a warning (or refused with an error), promptly and
 * without exhausting memory. */
static void endless_binary_input(void **state)
{
    (void)state;
    /* Was a bug (fixed; kept as a regression test): `newsgraph -o DIR /dev/zero good.txt` reads /dev/zero until
     * memory runs out ("newsgraph: out of memory (2147483648 bytes)", then
     * abort(), exit by SIGABRT; unbounded without a memory limit) before
     * looking for NUL bytes, and creates DIR before failing. Expected: one
     * line naming /dev/zero (binary content skipped, exit 0, or not a
     * regular file, exit 1), no crash. */
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    write_str(good, good_text);
    result r;
    RUN(&(spawn_opts){.as = 1L << 30}, &r, "-f", "graphml", "-o", o, "/dev/zero", good);
    if (r.timed_out || r.sig)
        fail_msg("newsgraph on /dev/zero: killed (signal %d, timeout %d); stderr:\n%.1000s",
                 r.sig, r.timed_out, r.err);
    if (r.status != 0 && r.status != 1)
        fail_msg("exit %d; stderr:\n%s", r.status, r.err);
    expect_one_line(&r, "/dev/zero", NULL);
    if (r.status == 0) {
        char *gm = path_join(o, "graph.graphml");
        expect_graphml_valid(gm);
        free(gm);
    } else {
        assert_false(exists(o));
    }
    result_free(&r);
    free(good);
    rm_rf(d);
    free(d);
    free(o);
}

/* C0 control characters (and DEL) inside names, evidence and document
 * names never reach GraphML, GEXF or SVG, which all parse as XML 1.0. */
static void control_characters_never_reach_xml(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    char *gz = path_join(d, "ctl.tsv");
    assert_int_equal(mkdir(in, 0755), 0);
    /* (a gazetteer name or alias with control characters is an error now:
     * gazetteer_malformed_lines) */
    write_str(gz, "Zorblat Brigade\tactor\tarmed_group\tZBX|Qarqoosh Front\n");
    char text[2048];
    size_t n = 0;
    n += (size_t)snprintf(text + n, sizeof text - n,
                          "Commander Abu\x01Khalid of the Zorblat Brigade said Islamic "
                          "State\x02 fighters fled Raqqa\x7F.\n"
                          "The ZBX and Qarqoosh Front attacked Islamic State in Raqqa.\n"
                          "Abu\x01Khalid met Hajji\x1F Marwan in Manbij.\n");
    /* every C0 control but tab, newline and return, and DEL, in a name */
    for (int c = 1; c < 0x20; c++) {
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        n += (size_t)snprintf(text + n, sizeof text - n, "Abu%cSalem left Raqqa.\n", c);
    }
    n += (size_t)snprintf(text + n, sizeof text - n, "Abu\x7FSalem left Manbij.\n");
    char *f1 = path_join(in, "ctl.txt");
    write_file(f1, text, n);
    /* a document name with control characters */
    char *f2 = path_join(in, "doc\x01with\x1F" "controls.txt");
    write_str(f2, good_text);
    result r;
    RUN(NULL, &r, "-g", gz, "--all", "-f", "graphml,gexf,svg,json,dot", "-o", o, in);
    expect_status(&r, 0);
    result_free(&r);
    const char *files[] = {"graph.graphml", "graph.gexf", "graph.svg", "graph.json"};
    for (size_t i = 0; i < 4; i++) {
        char *p = path_join(o, files[i]);
        expect_no_control_bytes(p);
        if (i < 3) {
            xmlDocPtr doc = xml_parse(p);
            xmlFreeDoc(doc);
        } else {
            expect_json(p, NULL);
        }
        free(p);
    }
    char *gm = path_join(o, "graph.graphml");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", "Manbij", NULL};
    expect_graphml_nodes(gm, nodes);
    char **labels;
    size_t nl = graphml_labels(gm, &labels);
    int zor = 0;
    for (size_t i = 0; i < nl; i++)
        zor |= strstr(labels[i], "blat Brigade") != NULL;
    assert_true(zor); /* the gazetteer entity was found */
    free_lines(labels, nl);
    char *dt = path_join(o, "graph.dot");
    agclose(dot_read(dt));
    free(dt);
    expect_no_tmp(o);
    free(gm);
    free(f1);
    free(f2);
    free(gz);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* ---- Escaping in outputs ------------------------------------------------------------ */

/* Names and evidence with " < > & ' ] ; -> { } \ : in every format. */
static void special_characters_in_every_format(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *gz = path_join(d, "special.tsv");
    char *in = path_join(d, "special.txt");
    const char *n1 = "A&B <Brigade> \"X\"", *n2 = "Brace {x} \\N back: -> arrow; [y] \\l",
               *n3 = "Q<r>&q 'v' ]]>";
    char gaz[1024];
    snprintf(gaz, sizeof gaz,
             "# names full of characters that formats escape\n"
             "%s\tactor\tarmed_group\tAmp's ]]> Group;\n"
             "%s\tactor\tmilitary\n"
             "%s\tplace\tvillage\t\t36.1\t41.2\n",
             n1, n2, n3);
    write_str(gz, gaz);
    const char *s1 = "Fighters of A&B <Brigade> \"X\" entered Q<r>&q 'v' ]]> on Monday.";
    char text[2048];
    snprintf(text, sizeof text,
             "%s Brace {x} \\N back: -> arrow; [y] \\l attacked A&B <Brigade> \"X\" in "
             "Q<r>&q 'v' ]]>. Amp's ]]> Group; fought Islamic State near Raqqa.\n",
             s1);
    write_str(in, text);
    result r;
    RUN(NULL, &r, "-g", gz, "--all", "-f", ALL_FORMATS, "-o", o, in);
    expect_status(&r, 0);
    if (*r.err)
        fail_msg("no warning expected, got:\n%s", r.err);
    result_free(&r);
    const char *names[] = {n1, n2, n3, "Islamic State", "Raqqa", NULL};
    /* GraphML: schema-valid, the labels exact, the evidence intact */
    char *gm = path_join(o, "graph.graphml");
    expect_graphml_valid(gm);
    expect_graphml_nodes(gm, names);
    xmlDocPtr doc = xml_parse(gm);
    xmlChar *all = xmlNodeGetContent(xmlDocGetRootElement(doc));
    assert_non_null(strstr((const char *)all, s1));
    assert_non_null(strstr((const char *)all, "Amp's ]]> Group;"));
    xmlFree(all);
    xmlFreeDoc(doc);
    /* GEXF: node labels */
    char *gx = path_join(o, "graph.gexf"), **v;
    size_t nv = xml_strings(gx, "node", "label", &v);
    for (size_t i = 0; names[i]; i++)
        if (!has_label(v, nv, names[i]))
            fail_msg("%s has no node labelled '%s'", gx, names[i]);
    free_lines(v, nv);
    /* SVG: the drawn labels (a long one on two lines, broken at a space) */
    char *sv = path_join(o, "graph.svg");
    nv = xml_strings(sv, "text", NULL, &v);
    for (size_t i = 0; names[i]; i++)
        if (!has_label(v, nv, names[i]) && !has_wrapped_label(v, nv, names[i]))
            fail_msg("%s draws no label '%s'", sv, names[i]);
    free_lines(v, nv);
    /* DOT: cgraph reads it back, the labels as Graphviz draws them */
    char *dt = path_join(o, "graph.dot");
    Agraph_t *g = dot_read(dt);
    for (size_t i = 0; names[i]; i++) {
        int found = 0;
        for (Agnode_t *nd = agfstnode(g); nd && !found; nd = agnxtnode(g, nd)) {
            const char *l = agget(nd, "label");
            char *u = l ? dot_unescape(l) : NULL;
            found = u && !strcmp(u, names[i]);
            free(u);
        }
        if (!found)
            fail_msg("%s has no node labelled '%s'", dt, names[i]);
    }
    agclose(g);
    /* JSON: valid, the names and the evidence sentence exact */
    char *js = path_join(o, "graph.json");
    const char *want[] = {n1, n2, n3, s1, "Amp's ]]> Group;", NULL};
    expect_json(js, want);
    /* TSV: one entity per line, the names verbatim */
    char *ts = path_join(o, "entities.tsv"), *ev = path_join(o, "evidence.tsv");
    char *x = read_all(ts, NULL);
    for (size_t i = 0; names[i]; i++) {
        char line0[256];
        snprintf(line0, sizeof line0, "\n%s\t", names[i]);
        if (!strstr(x, line0))
            fail_msg("%s has no line for '%s'", ts, names[i]);
    }
    free(x);
    x = read_all(ev, NULL);
    assert_non_null(strstr(x, s1));
    free(x);
    expect_no_tmp(o);
    free(gm);
    free(gx);
    free(sv);
    free(dt);
    free(js);
    free(ts);
    free(ev);
    free(gz);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* ---- Files --------------------------------------------------------------------------- */

/* A missing input: exit 1, one line naming it, nothing written; the
 * previous outputs intact. */
static void missing_input(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *fresh = path_join(d, "fresh"), *missing = path_join(d, "no-such-article.txt");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-o", fresh, good, missing);
    expect_status(&r, 1);
    expect_one_line(&r, missing, NULL);
    result_free(&r);
    assert_false(exists(fresh));
    /* into a directory holding the previous run's outputs */
    prime(o, good);
    snapshot s;
    snap_take(&s, o);
    RUN(NULL, &r, "-f", ALL_FORMATS, "-o", o, missing, good);
    expect_status(&r, 1);
    expect_one_line(&r, missing, NULL);
    result_free(&r);
    expect_snapshot(&s, o);
    /* a file where a directory was expected on the input side */
    char *notdir = path_join(d, "good.txt/");
    RUN(NULL, &r, "-f", ALL_FORMATS, "-o", o, notdir);
    expect_status(&r, 1);
    expect_one_line(&r, notdir, NULL);
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    free(notdir);
    free(good);
    free(fresh);
    free(missing);
    rm_rf(d);
    free(d);
    free(o);
}

/* The outputs are one set: when the last one cannot be renamed into place
 * (a file of another user in a sticky directory: EPERM), the ones renamed
 * before it are put back, byte for byte, or removed when there were none;
 * one line names the file, no temporary nor backup file remains. */
static void late_rename_failure_keeps_the_set(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *fresh = path_join(d, "fresh"), *ev = path_join(o, "evidence.tsv");
    write_str(good, good_text);
    prime(o, good);
    /* the next run would change every file: make the old ones distinct */
    const char *names[] = {"graph.dot",  "graph.svg",    "graph.graphml", "graph.gexf",
                           "graph.json", "entities.tsv", "evidence.tsv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *p = path_join(o, names[i]);
        write_str(p, "old\n");
        free(p);
    }
    snapshot s;
    snap_take(&s, o);
    spawn_opts so = {.fail_rename = "evidence.tsv"};
    result r;
    RUN(&so, &r, "-f", ALL_FORMATS, "-o", o, good);
    expect_status(&r, 1);
    expect_one_line(&r, ev, NULL);
    if (!strstr(r.err, strerror(EPERM)))
        fail_msg("the message does not give the cause: %s", r.err);
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    /* where nothing was before, nothing is left */
    RUN(&so, &r, "-f", ALL_FORMATS, "-o", fresh, good);
    expect_status(&r, 1);
    result_free(&r);
    if (exists(fresh)) {
        char **v;
        size_t n = list_dir(fresh, &v);
        if (n)
            fail_msg("%s/%s left by a failed run", fresh, v[0]);
        free_lines(v, n);
    }
    /* the same run without the failure replaces them all */
    RUN(NULL, &r, "-f", ALL_FORMATS, "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    expect_no_tmp(o);
    char *dot = path_join(o, "graph.dot");
    char *data = read_all(dot, NULL);
    assert_non_null(data);
    assert_string_not_equal(data, "old\n");
    free(data);
    free(dot);
    free(ev);
    free(good);
    free(fresh);
    rm_rf(d);
    free(d);
    free(o);
}

/* An input directory is walked; a gazetteer (-g) that is a directory, or
 * missing, is an error naming it. */
static void gazetteer_is_a_directory(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    char *fresh = path_join(d, "fresh"), *gdir = path_join(d, "gazetteers");
    assert_int_equal(mkdir(in, 0755), 0);
    assert_int_equal(mkdir(gdir, 0755), 0);
    char *good = path_join(in, "good.txt");
    write_str(good, good_text);
    /* the input directory is fine */
    result r;
    RUN(NULL, &r, "-f", "graphml", "-o", fresh, in);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    char *gm = path_join(fresh, "graph.graphml");
    expect_graphml_valid(gm);
    rm_rf(fresh);
    /* the gazetteer is not */
    RUN(NULL, &r, "-g", gdir, "-o", fresh, in);
    expect_status(&r, 1);
    expect_one_line(&r, gdir, "directory");
    result_free(&r);
    assert_false(exists(fresh));
    char *nogaz = path_join(d, "missing.tsv");
    RUN(NULL, &r, "-g", nogaz, "-o", fresh, in);
    expect_status(&r, 1);
    expect_one_line(&r, nogaz, NULL);
    result_free(&r);
    assert_false(exists(fresh));
    prime(o, in);
    snapshot s;
    snap_take(&s, o);
    RUN(NULL, &r, "-g", gdir, "-f", ALL_FORMATS, "-o", o, in);
    expect_status(&r, 1);
    expect_one_line(&r, gdir, "directory");
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    free(nogaz);
    free(gm);
    free(good);
    free(gdir);
    free(fresh);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* -o naming an existing regular file: exit 1 naming it, the file untouched. */
static void output_is_a_regular_file(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *of = path_join(d, "notes.txt");
    write_str(good, good_text);
    const char keep[] = "not a directory: keep me\n";
    write_str(of, keep);
    result r;
    RUN(NULL, &r, "-o", of, good);
    expect_status(&r, 1);
    expect_one_line(&r, of, NULL);
    result_free(&r);
    size_t n;
    char *x = read_all(of, &n);
    assert_int_equal(n, strlen(keep));
    assert_memory_equal(x, keep, n);
    free(x);
    /* and nothing beside it */
    char **v;
    size_t nv = list_dir(d, &v);
    assert_int_equal(nv, 2);
    free_lines(v, nv);
    /* a path below a regular file */
    char *below = path_join(of, "sub");
    RUN(NULL, &r, "-o", below, good);
    expect_status(&r, 1);
    expect_one_line(&r, of, NULL);
    result_free(&r);
    x = read_all(of, &n);
    assert_int_equal(n, strlen(keep));
    free(x);
    free(below);
    free(good);
    free(of);
    rm_rf(d);
    free(d);
}

/* An output file name taken by a directory (DIR/graph.svg/): exit 1 naming
 * it; the other previous outputs intact, no temporary file left. */
static void output_file_is_a_directory(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    write_str(good, good_text);
    prime(o, good);
    char *svg = path_join(o, "graph.svg");
    assert_int_equal(unlink(svg), 0);
    assert_int_equal(mkdir(svg, 0755), 0);
    snapshot s;
    snap_take(&s, o);
    /* another input, so that a partial rewrite would show */
    char *other = path_join(d, "other.txt");
    write_str(other, "Turkey opposed the Kurdish fighters near Kobani on Tuesday.\n");
    result r;
    RUN(NULL, &r, "-f", ALL_FORMATS, "-o", o, other);
    expect_status(&r, 1);
    expect_one_line(&r, svg, NULL);
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    free(svg);
    free(other);
    free(good);
    rm_rf(d);
    free(d);
    free(o);
}

/* An output directory that is not writable: exit 1 naming it, the
 * previous outputs intact, nothing left behind. */
static void output_directory_not_writable(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    write_str(good, good_text);
    prime(o, good);
    char *other = path_join(d, "other.txt");
    write_str(other, "Turkey opposed the Kurdish fighters near Kobani on Tuesday.\n");
    result r;
    if (!unprivileged_ok()) {
        /* root, and cannot run as nobody: a directory root cannot write */
        print_message("root cannot run the program as nobody here: "
                      "only /proc/self checked for an unwritable output directory\n");
        RUN(NULL, &r, "-f", "graphml", "-o", "/proc/self", other);
        expect_status(&r, 1);
        expect_one_line(&r, "/proc/self", NULL);
        result_free(&r);
    } else {
        snapshot s;
        snap_take(&s, o);
        assert_int_equal(chmod(o, 0555), 0);
        RUN(&(spawn_opts){.unprivileged = 1}, &r, "-f", ALL_FORMATS, "-o", o, other);
        expect_status(&r, 1);
        expect_one_line(&r, o, strerror(EACCES));
        result_free(&r);
        /* a new output directory in it cannot be made */
        char *sub = path_join(o, "new");
        RUN(&(spawn_opts){.unprivileged = 1}, &r, "-o", sub, other);
        expect_status(&r, 1);
        expect_one_line(&r, sub, strerror(EACCES));
        result_free(&r);
        free(sub);
        assert_int_equal(chmod(o, 0755), 0);
        expect_snapshot(&s, o);
        snap_free(&s);
    }
    free(other);
    free(good);
    rm_rf(d);
    free(d);
    free(o);
}

/* An unreadable input file: exit 1 naming it. */
static void unreadable_input_outputs_intact(void **state)
{
    (void)state;
    if (!unprivileged_ok()) {
        print_message("root cannot run the program as nobody here: unreadable input skipped\n");
        skip();
    }
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char *good = path_join(in, "good.txt"), *secret = path_join(in, "secret.txt");
    write_str(good, good_text);
    write_str(secret, good_text);
    prime(o, in);
    assert_int_equal(chmod(o, 0777), 0);
    snapshot s;
    snap_take(&s, o);
    assert_int_equal(chmod(secret, 0), 0);
    spawn_opts so = {.unprivileged = 1};
    result r;
    /* named on the command line, and found in a directory */
    RUN(&so, &r, "-f", ALL_FORMATS, "-o", o, good, secret);
    expect_status(&r, 1);
    assert_non_null(strstr(r.err, secret));
    assert_non_null(strstr(r.err, strerror(EACCES)));
    result_free(&r);
    expect_snapshot(&s, o);
    RUN(&so, &r, "-f", ALL_FORMATS, "-o", o, in);
    expect_status(&r, 1);
    assert_non_null(strstr(r.err, secret));
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    free(good);
    free(secret);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

static void unreadable_input_one_line_nothing_written(void **state)
{
    (void)state;
    /* Was a bug (fixed; kept as a regression test): `newsgraph -o FRESH good.txt secret.txt` (secret.txt mode 000, run
     * as an ordinary user) exits 1 but prints two lines, "secret.txt: error:
     * cannot open: Permission denied" and "newsgraph: some inputs could not
     * be read; no output written", and creates the empty directory FRESH:
     * the files are only opened after the output directory is made
     * (ng_dir_make before ng_corpus_run in src/cli/main.c). Expected: one
     * line naming the file, FRESH not created. */
    if (!unprivileged_ok()) {
        print_message("root cannot run the program as nobody here: unreadable input skipped\n");
        skip();
    }
    char *d = tmpdir(), *fresh = path_join(d, "fresh");
    assert_int_equal(chmod(d, 0777), 0);
    char *good = path_join(d, "good.txt"), *secret = path_join(d, "secret.txt");
    write_str(good, good_text);
    write_str(secret, good_text);
    assert_int_equal(chmod(secret, 0), 0);
    result r;
    RUN(&(spawn_opts){.unprivileged = 1}, &r, "-o", fresh, good, secret);
    expect_status(&r, 1);
    expect_one_line(&r, secret, strerror(EACCES));
    result_free(&r);
    assert_false(exists(fresh));
    free(good);
    free(secret);
    free(fresh);
    rm_rf(d);
    free(d);
}

/* Issue 22, defect 1: standard input had no bound. `newsgraph - </dev/zero`
 * grew by 300 MB/s and never ended, `yes | newsgraph -` the same, while
 * /dev/zero named on the command line was refused at once. Expected: the
 * same binary check and size bound as a named file, one warning naming
 * standard input, promptly. */
static void stdin_bounded(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *fifo = path_join(d, "fifo");
    result r;
    spawn_opts zero = {.in = "/dev/zero", .as = 1L << 30};
    RUN(&zero, &r, "-f", "graphml", "-o", o, "-");
    expect_no_article(&r, "standard input", "binary");
    result_free(&r);
    /* an endless text stream (`yes |`) stops at the size limit */
    assert_int_equal(mkfifo(fifo, 0600), 0);
    pid_t writer = fork();
    assert_true(writer >= 0);
    if (writer == 0) {
        int fd = open(fifo, O_WRONLY);
        static char ys[65536];
        for (size_t i = 0; i < sizeof ys; i += 2)
            memcpy(ys + i, "y\n", 2);
        while (fd >= 0 && write(fd, ys, sizeof ys) > 0)
            ;
        _exit(0);
    }
    spawn_opts pipe = {.in = fifo, .as = 1L << 30};
    RUN(&pipe, &r, "--max-size", "1M", "-f", "graphml", "-o", o, "-");
    kill(writer, SIGKILL);
    waitpid(writer, NULL, 0);
    expect_no_article(&r, "standard input", "larger than 1048576 bytes");
    result_free(&r);
    /* the same limit for a named file */
    char *big = path_join(d, "big.txt");
    char *text = malloc(2 << 20);
    for (size_t i = 0; i < 2 << 20; i += 2)
        memcpy(text + i, "y\n", 2);
    write_file(big, text, 2 << 20);
    RUN(NULL, &r, "--max-size", "1M", "-f", "graphml", "-o", o, big);
    expect_no_article(&r, big, "larger than 1048576 bytes");
    result_free(&r);
    /* a gazetteer that is a device of NUL bytes: skipped as the warning
     * says (it said "skipped" and exited 1) */
    char *good = path_join(d, "good.txt");
    write_str(good, good_text);
    RUN(NULL, &r, "-g", "/dev/zero", "-f", "graphml", "-o", o, good);
    expect_status(&r, 0);
    expect_one_line(&r, "/dev/zero", "skipped");
    result_free(&r);
    free(good);
    /* ... and for a gzip'ed one, decompressed (a bomb ends there) */
    char cmd[512];
    snprintf(cmd, sizeof cmd, "gzip -c '%s' > '%s.gz'", big, big);
    assert_int_equal(system(cmd), 0);
    char *bigz = malloc(strlen(big) + 4), *good2 = path_join(d, "good2.txt");
    sprintf(bigz, "%s.gz", big);
    write_str(good2, good_text);
    RUN(NULL, &r, "--max-size", "1M", "-f", "graphml", "-o", o, bigz, good2);
    expect_status(&r, 0);
    expect_one_line(&r, bigz, "larger than 1048576 bytes");
    result_free(&r);
    free(bigz);
    free(good2);
    RUN(NULL, &r, "--max-size", "2M", "-f", "graphml", "-o", o, big);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    free(text);
    free(big);
    free(fifo);
    rm_rf(d);
    free(d);
    free(o);
}

/* A file of size bytes: head, then a hole (NUL bytes on no disk), then
 * tail: a sparse file, so that a huge record costs no disk and no time to
 * make. */
static void write_sparse(const char *path, const char *head, off_t size, const char *tail)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, head, strlen(head)), (ssize_t)strlen(head));
    assert_int_equal(pwrite(fd, tail, strlen(tail), size - (off_t)strlen(tail)),
                     (ssize_t)strlen(tail));
    assert_int_equal(close(fd), 0);
}

/* Issue 22, sibling of defect 1: a JSON line or a CSV row was read whole
 * into memory, however long (bounded by the file only; --max-size was not
 * applied to records). Expected: a record longer than --max-size is skipped
 * with a warning "file:line: larger than N bytes: skipped", read past
 * without being kept, and the next records are read; a quoted CSV field
 * never closed is an error saying so, naming the row's first line. */
static void stream_records_bounded(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o");
    char *jl = path_join(d, "a.jsonl"), *csv = path_join(d, "a.csv"),
         *tsv = path_join(d, "a.tsv"), *open_q = path_join(d, "q.csv"),
         *oj = path_join(d, "o/graph.json");
    char good[512];
    /* 384 MB of NUL bytes in one line/field: more than a 256 MB address
     * space holds (the plain build; under ASan, which takes no address
     * space limit, 32 MB: the same behaviour, in CI's time) */
    const off_t big = UNDER_ASAN ? 32L << 20 : 384L << 20;
    spawn_opts lim = {.as = 256L << 20};
    result r;
    write_sparse(jl, "{\"id\":\"huge\",\"text\":\"", big,
                 "\"}\n{\"id\":\"next\",\"text\":\"Turkey opposed the Syrian Democratic Forces "
                 "near Manbij.\"}\n");
    RUN(&lim, &r, "--max-size", "1M", "-f", "json", "-o", o, jl);
    expect_status(&r, 0);
    snprintf(good, sizeof good, "%s:1", jl);
    expect_one_line(&r, good, "larger than 1048576 bytes: skipped");
    result_free(&r);
    expect_json(oj, ((const char *[]){"next", "Manbij", NULL}));
    write_sparse(csv, "id,text\nhuge,\"", big,
                 "\"\nnext,Turkey opposed the Syrian Democratic Forces near Manbij.\n");
    RUN(&lim, &r, "--max-size", "1M", "-f", "json", "-o", o, csv);
    expect_status(&r, 0);
    snprintf(good, sizeof good, "%s:2", csv);
    expect_one_line(&r, good, "larger than 1048576 bytes: skipped");
    result_free(&r);
    expect_json(oj, ((const char *[]){"next", "Manbij", NULL}));
    write_sparse(tsv, "id\ttext\nhuge\t", big,
                 "\nnext\tTurkey opposed the Syrian Democratic Forces near Manbij.\n");
    RUN(&lim, &r, "--max-size", "1M", "-f", "json", "-o", o, tsv);
    expect_status(&r, 0);
    snprintf(good, sizeof good, "%s:2", tsv);
    expect_one_line(&r, good, "larger than 1048576 bytes: skipped");
    result_free(&r);
    /* a quote never closed: the rest of the file is one field */
    write_sparse(open_q, "id,text\nfirst,\"Turkey opposed the Syrian Democratic Forces.\"\n"
                         "second,\"an unclosed quote\n", big, "and more\n");
    RUN(&lim, &r, "--max-size", "1M", "-f", "json", "-o", o, open_q);
    expect_status(&r, 1);
    snprintf(good, sizeof good, "%s:3", open_q);
    expect_one_line(&r, good, "quoted field not closed");
    result_free(&r);
    rm_rf(d);
    free(d), free(o), free(oj), free(jl), free(csv), free(tsv), free(open_q);
}

/* The message lines of r that contain what. */
static size_t lines_with(const result *r, const char *what)
{
    char **v;
    size_t n = diag_lines(r->err, &v), k = 0;
    for (size_t i = 0; i < n; i++)
        k += strstr(v[i], what) != NULL;
    free_lines(v, n);
    return k;
}

/* Issue 22, second sweep, siblings in the readers of files of many:
 * - a UTF-8 BOM before a JSON Lines or a JSON file failed it ("malformed
 *   JSON: unexpected character (column 1)"), where .txt, .csv, .tsv skip it;
 * - lone CR line ends (old Mac exports) made a CSV or TSV one broken row
 *   ("no article found", "no text column") and a JSON Lines file one bad
 *   line, where .txt reads them as LF;
 * - a truncated gzip file was read as far as it went, silently (exit 0);
 * - a binary record's warning named its file, not its line;
 * - a whole JSON file over --max-size was read anyway;
 * - a file of one id repeated printed one error line per article. */
static void stream_formats_edge_cases(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *oj = path_join(d, "o/graph.json");
    static const char t[] = "Turkey opposed the Syrian Democratic Forces near Manbij.";
    char buf[8192], p[4][1024];
    result r;
    /* BOMs */
    snprintf(p[0], sizeof p[0], "%s/bom1.jsonl", d);
    snprintf(buf, sizeof buf, "\xEF\xBB\xBF{\"id\":\"bomjl\",\"text\":\"%s\"}\n", t);
    write_str(p[0], buf);
    snprintf(p[1], sizeof p[1], "%s/bom2.json", d);
    snprintf(buf, sizeof buf, "\xEF\xBB\xBF[{\"id\":\"bomj\",\"text\":\"%s\"}]", t);
    write_str(p[1], buf);
    RUN(NULL, &r, "-f", "json", "-o", o, p[0], p[1]);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    expect_json(oj, ((const char *[]){"bomjl", "bomj", NULL}));
    /* lone CR line ends */
    snprintf(p[0], sizeof p[0], "%s/cr1.csv", d);
    snprintf(buf, sizeof buf, "id,text\rcsv1,%s\rcsv2,\"%s\"\r", t, t);
    write_str(p[0], buf);
    snprintf(p[1], sizeof p[1], "%s/cr2.tsv", d);
    snprintf(buf, sizeof buf, "id\ttext\rtsv1\t%s\rtsv2\t%s", t, t);
    write_str(p[1], buf);
    snprintf(p[2], sizeof p[2], "%s/cr3.jsonl", d);
    snprintf(buf, sizeof buf, "{\"id\":\"jl1\",\"text\":\"%s\"}\r{\"id\":\"jl2\",\"text\":\"%s\"}\r",
             t, t);
    write_str(p[2], buf);
    snprintf(p[3], sizeof p[3], "%s/cr4.tsv", d);
    snprintf(buf, sizeof buf, "id\ttext\r\ntsv3\t%s\r\n\r\ntsv4\t%s\r\n", t, t);
    write_str(p[3], buf);
    RUN(NULL, &r, "-f", "json", "-o", o, p[0], p[1], p[2], p[3]);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    expect_json(oj, ((const char *[]){"csv1", "csv2", "tsv1", "tsv2", "jl1", "jl2", "tsv3",
                                      "tsv4", NULL}));
    /* a NUL byte in a CSV field: that record is binary, named by its line */
    snprintf(p[0], sizeof p[0], "%s/nul.csv", d);
    static const char nul_csv[] = "id,text\nn1,\"a NUL \0 byte\"\nn2,Turkey opposed Manbij.\n";
    write_file(p[0], nul_csv, sizeof nul_csv - 1);
    RUN(NULL, &r, "-f", "json", "-o", o, p[0]);
    expect_status(&r, 0);
    snprintf(buf, sizeof buf, "%s:2:", p[0]);
    expect_one_line(&r, buf, "binary");
    result_free(&r);
    /* truncated gzip: an error naming the file, nothing written */
    snprintf(p[0], sizeof p[0], "%s/t.txt", d);
    snprintf(p[1], sizeof p[1], "%s/t.csv", d);
    snprintf(buf, sizeof buf, "id,text\n1,%s\n2,%s\n", t, t);
    write_str(p[1], buf);
    write_str(p[0], good_text);
    snprintf(buf, sizeof buf,
             "gzip -c '%s' | head -c 60 > '%s.gz' && gzip -c '%s' | head -c 60 > '%s.gz'", p[0],
             p[0], p[1], p[1]);
    assert_int_equal(system(buf), 0);
    strcat(p[0], ".gz");
    strcat(p[1], ".gz");
    for (int i = 0; i < 2; i++) {
        char *fresh = path_join(d, "fresh");
        RUN(NULL, &r, "-f", "json", "-o", fresh, p[i]);
        expect_status(&r, 1);
        expect_one_line(&r, p[i], "truncated");
        assert_false(exists(fresh));
        result_free(&r);
        free(fresh);
    }
    /* a whole JSON file over --max-size: skipped with a warning */
    snprintf(p[0], sizeof p[0], "%s/big.json", d);
    snprintf(p[1], sizeof p[1], "%s/small.txt", d);
    write_str(p[1], good_text);
    FILE *f = fopen(p[0], "w");
    assert_non_null(f);
    fputs("[", f);
    for (int i = 0; i < 3000; i++)
        fprintf(f, "%s{\"id\":\"b%d\",\"text\":\"%s\"}", i ? "," : "", i, t);
    fputs("]", f);
    assert_int_equal(fclose(f), 0);
    RUN(NULL, &r, "--max-size", "100K", "-f", "json", "-o", o, p[0], p[1]);
    expect_status(&r, 0);
    expect_one_line(&r, p[0], "larger than 102400 bytes: skipped");
    result_free(&r);
    /* one id repeated: the first ten named, the rest counted */
    snprintf(p[0], sizeof p[0], "%s/dup.jsonl", d);
    f = fopen(p[0], "w");
    assert_non_null(f);
    for (int i = 0; i < 31; i++)
        fprintf(f, "{\"id\":\"same\",\"text\":\"%s\"}\n", t);
    assert_int_equal(fclose(f), 0);
    RUN(NULL, &r, "-f", "json", "-o", o, p[0]);
    expect_status(&r, 1);
    assert_int_equal(lines_with(&r, "is also the id of"), 10);
    assert_int_equal(lines_with(&r, "20 more articles"), 1);
    result_free(&r);
    rm_rf(d);
    free(d), free(o), free(oj);
}

/* Issue 22, second sweep, siblings of defects 1 and 9 in the other files
 * newsgraph reads:
 * - `-T /dev/zero` and `-T - </dev/zero` read one endless line into memory
 *   (19 GB after 2 minutes); a NUL byte cut a name short silently; a
 *   UTF-8 BOM became part of the first name; `yes | newsgraph -T -` printed
 *   an error per line for ever. Expected: a NUL byte or a line over 1 MiB
 *   is an error naming the list and its line, at once; the BOM is skipped;
 *   the first input that cannot be read ends the list.
 * - `--triggers /dev/zero` warned "skipped" and exited 1 (fixed for -g last
 *   time); a regular file of NUL bytes as -g or --triggers failed ("NUL byte
 *   in line", "invalid UTF-8") where a device was skipped. Expected: both
 *   skipped with the warning, exit 0. */
static void lists_and_word_files_bounded(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *zeros = path_join(d, "zeros.tsv"), *list = path_join(d, "list");
    write_str(good, good_text);
    static const char nul100[100];
    write_file(zeros, nul100, sizeof nul100);
    result r;
    spawn_opts lim = {.as = 1L << 30};
    RUN(&lim, &r, "-f", "json", "-o", o, "-T", "/dev/zero");
    expect_status(&r, 1);
    expect_one_line(&r, "/dev/zero:1:", "not a list of files");
    result_free(&r);
    spawn_opts zin = {.in = "/dev/zero", .as = 1L << 30};
    RUN(&zin, &r, "-f", "json", "-o", o, "-T", "-");
    expect_status(&r, 1);
    expect_one_line(&r, "standard input:1:", "not a list of files");
    result_free(&r);
    /* a NUL byte inside a name */
    char buf[2048];
    int k = snprintf(buf, sizeof buf, "%s", good);
    buf[k++] = '\0';
    k += snprintf(buf + k, sizeof buf - (size_t)k, "%s\n", good);
    write_file(list, buf, (size_t)k);
    RUN(NULL, &r, "-f", "json", "-o", o, "-T", list);
    expect_status(&r, 1);
    expect_one_line(&r, list, "NUL");
    result_free(&r);
    /* a BOM before the first name */
    snprintf(buf, sizeof buf, "\xEF\xBB\xBF%s\r\n", good);
    write_str(list, buf);
    RUN(NULL, &r, "-f", "json", "-o", o, "-T", list);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    /* an endless list of missing files: one error, the end */
    char *fifo = path_join(d, "fifo");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    pid_t writer = fork();
    assert_true(writer >= 0);
    if (writer == 0) {
        int fd = open(fifo, O_WRONLY);
        while (fd >= 0 && write(fd, "y\ny\ny\ny\n", 8) > 0)
            ;
        _exit(0);
    }
    spawn_opts yes = {.in = fifo};
    RUN(&yes, &r, "-f", "json", "-o", o, "-T", "-");
    kill(writer, SIGKILL);
    waitpid(writer, NULL, 0);
    expect_status(&r, 1);
    expect_one_line(&r, "y", "cannot read");
    result_free(&r);
    /* word files of NUL bytes: skipped as the warning says */
    const char *const opts[][2] = {{"--triggers", "/dev/zero"}, {"--triggers", zeros},
                                   {"-g", zeros}};
    for (size_t i = 0; i < 3; i++) {
        RUN(NULL, &r, opts[i][0], opts[i][1], "-f", "json", "-o", o, good);
        expect_status(&r, 0);
        expect_one_line(&r, opts[i][1], "skipped");
        result_free(&r);
    }
    rm_rf(d);
    free(d), free(o), free(good), free(zeros), free(list), free(fifo);
}

/* Issue 22, third sweep (left by the second): `yes | newsgraph --skip-bad
 * -T -` warned for ever, a list having no bound but its line length; a
 * path listed many times was read as many documents ("document id 'good'
 * already used; this one is 'good~2'", counted twice), a bad one warned
 * once a line; `merge -T` of one knowledge base listed twice failed
 * ("article ... is also in ..."). Expected: a list gets --max-size like
 * any input (an error naming its line past it); a path named twice, or
 * two paths to one file, is one input, read once, one warning when bad. */
static void list_repeats_read_once_and_bounded(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *oj = path_join(d, "o/graph.json"),
         *good = path_join(d, "good.txt"), *missing = path_join(d, "missing.txt"),
         *list = path_join(d, "list"), *fifo = path_join(d, "fifo");
    write_str(good, good_text);
    char buf[8192];
    snprintf(buf, sizeof buf, "%s\n%s\n%s\n%s/./good.txt\n%s\n%s\n", good, missing, good, d,
             missing, good);
    write_str(list, buf);
    result r;
    RUN(NULL, &r, "--skip-bad", "-f", "json", "-o", o, good, "-T", list);
    expect_status(&r, 0);
    expect_one_line(&r, missing, "skipped");
    result_free(&r);
    expect_json(oj, ((const char *[]){"good", NULL}));
    char *json = read_all(oj, NULL);
    assert_null(strstr(json, "good~2"));
    free(json);
    /* knowledge bases: one listed twice is merged once */
    char *kb = path_join(d, "o/graph.graphml"), *m = path_join(d, "m");
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    snprintf(buf, sizeof buf, "%s\n%s/o/../o/graph.graphml\n", kb, d);
    write_str(list, buf);
    RUN(NULL, &r, "merge", "-f", "json", "-o", m, kb, "-T", list);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    /* an endless list of one missing name, skipped: one warning, then the
     * list's bound */
    assert_int_equal(mkfifo(fifo, 0600), 0);
    pid_t writer = fork();
    assert_true(writer >= 0);
    if (writer == 0) {
        int fd = open(fifo, O_WRONLY);
        while (fd >= 0 && write(fd, "y\ny\ny\ny\n", 8) > 0)
            ;
        _exit(0);
    }
    spawn_opts yes = {.in = fifo};
    RUN(&yes, &r, "--skip-bad", "--max-size", "1M", "-f", "json", "-o", o, "-T", "-");
    kill(writer, SIGKILL);
    waitpid(writer, NULL, 0);
    expect_status(&r, 1);
    char **v;
    size_t n = diag_lines(r.err, &v);
    if (n != 2 || !strstr(v[0], "y: warning: cannot read input") ||
        !strstr(v[1], "standard input:524289: error: larger than 1048576 bytes"))
        fail_msg("expected one warning for 'y', then the list's bound, got:\n%.3000s", r.err);
    free_lines(v, n);
    result_free(&r);
    rm_rf(d);
    free(d), free(o), free(oj), free(good), free(missing), free(list), free(fifo), free(kb),
        free(m);
}

/* Issue 22, third sweep (class g, repeated options): `-T a -T b` read b
 * only: the first list's inputs were dropped without a word. Expected:
 * every list read (for merge too). */
static void every_list_read(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *oj = path_join(d, "o/graph.json"),
         *a = path_join(d, "a.txt"), *b = path_join(d, "b.txt"), *la = path_join(d, "la"),
         *lb = path_join(d, "lb");
    write_str(a, good_text);
    write_str(b, "Turkey attacked Raqqa on Monday.\n");
    char buf[4096];
    snprintf(buf, sizeof buf, "%s\n", a);
    write_str(la, buf);
    snprintf(buf, sizeof buf, "%s\n", b);
    write_str(lb, buf);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, "-T", la, "-T", lb);
    expect_status(&r, 0);
    result_free(&r);
    char *json = read_all(oj, NULL);
    if (!json || !strstr(json, "\"documents\": [\"a\", \"b\"]"))
        fail_msg("both lists' documents expected in %s:\n%.500s", oj, json ? json : "");
    free(json);
    rm_rf(d);
    free(d), free(o), free(oj), free(a), free(b), free(la), free(lb);
}

/* Issue 22, third sweep (class 6, messages): standard input was named
 * "standard input" by the size check and "stdin" (its document id) by
 * every later one: a NUL byte past the first bytes, invalid UTF-8, no
 * text. Expected: "standard input" in every message. */
static void standard_input_named_alike(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "in.txt"),
         *empty = path_join(d, "empty");
    size_t n = 200000;
    char *text = malloc(n);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        text[i] = good_text[i % (sizeof good_text - 1)];
    text[n - 2] = '\0';
    write_file(in, text, n);
    write_str(empty, "");
    result r;
    spawn_opts so = {.in = in};
    RUN(&so, &r, "-f", "json", "-o", o, "-");
    expect_no_article(&r, "standard input:", "binary");
    result_free(&r);
    spawn_opts se = {.in = empty};
    RUN(&se, &r, "-f", "json", "-o", o, "-");
    expect_no_article(&r, "standard input:", "no text");
    result_free(&r);
    write_str(in, "Turkey attacked Raqqa \xff on Monday.\n");
    RUN(&so, &r, "-f", "json", "-o", o, "-");
    expect_status(&r, 0);
    expect_one_line(&r, "standard input:", "invalid UTF-8");
    result_free(&r);
    free(text);
    rm_rf(d);
    free(d), free(o), free(in), free(empty);
}

/* Issue 22, third sweep (classes f and 7): `merge -T /dev/null` (no
 * knowledge base at all) wrote an empty graph over the outputs, exit 0;
 * `merge -` and `--update -` read standard input once where a knowledge
 * base is read twice: "-:1: malformed XML: Extra content at the end of
 * the document". Expected: "no article", exit 1, outputs untouched; a
 * knowledge base on standard input said to be one that must be named. */
static void merge_of_nothing_and_stdin_kb(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *kb = path_join(d, "o/graph.graphml");
    write_str(good, good_text);
    prime(o, good);
    snapshot s;
    snap_take(&s, o);
    result r;
    RUN(NULL, &r, "merge", "-o", o, "-T", "/dev/null");
    expect_status(&r, 1);
    expect_one_line(&r, "newsgraph:", "no article");
    result_free(&r);
    expect_snapshot(&s, o);
    spawn_opts in = {.in = kb};
    RUN(&in, &r, "merge", "-f", "json", "-o", o, "-");
    expect_status(&r, 1);
    expect_one_line(&r, "standard input", "read from a file");
    result_free(&r);
    RUN(&in, &r, "--update", "-", good);
    expect_status(&r, 1);
    expect_one_line(&r, "standard input", "read from a file");
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    rm_rf(d);
    free(d), free(o), free(good), free(kb);
}

/* Issue 22, third sweep: a message quoting what a user gave printed it
 * whole: `--focus` with a 100 KB unknown name, a -T line of 512 KB naming
 * no file. Expected: the quoted text bounded (its first and last 128
 * bytes), the message one short line. */
static void long_names_in_messages_bounded(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *list = path_join(d, "list");
    write_str(good, good_text);
    size_t n = 512 * 1024;
    char *big = malloc(n + 2);
    assert_non_null(big);
    memset(big, 'N', n);
    big[n] = '\0';
    big[100 * 1024] = '\0';
    result r;
    RUN(NULL, &r, "--focus", big, "-f", "json", "-o", o, good);
    expect_status(&r, 1);
    expect_one_line(&r, "NNNNNNNN...NNNNNNNN", "--focus");
    assert_true(strlen(r.err) < 400);
    result_free(&r);
    big[100 * 1024] = 'N';
    big[n] = '\n';
    big[n + 1] = '\0';
    write_str(list, big);
    RUN(NULL, &r, "-f", "json", "-o", o, "-T", list);
    expect_status(&r, 1);
    expect_one_line(&r, "NNNNNNNN...NNNNNNNN", "cannot read input");
    assert_true(strlen(r.err) < 400);
    result_free(&r);
    assert_false(exists(o));
    free(big);
    rm_rf(d);
    free(d), free(o), free(good), free(list);
}

/* Issue 22, third sweep: `null` (or `42`, `true`) as a whole JSON file or
 * a JSON line was "malformed JSON: unexpected end of the text": json-c
 * waits for what follows a literal at the end. Expected: what it is. */
static void json_literals_said_to_be_no_articles(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *p = path_join(d, "w.json"),
         *pl = path_join(d, "w.jsonl");
    const char *const cases[][2] = {{"null", "null, not an article"},
                                    {" null\n", "null, not an article"},
                                    {"42", "not an array of articles"},
                                    {"true", "not an array of articles"},
                                    {"nul", "null expected"}};
    result r;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        write_str(p, cases[i][0]);
        RUN(NULL, &r, "-f", "json", "-o", o, p);
        expect_status(&r, 1);
        expect_one_line(&r, p, cases[i][1]);
        result_free(&r);
    }
    write_str(pl, "null\n42");
    RUN(NULL, &r, "--skip-bad", "-f", "json", "-o", o, pl);
    expect_status(&r, 1);
    assert_int_equal(lines_with(&r, ":1: warning: null, not an article"), 1);
    assert_int_equal(lines_with(&r, ":2: warning: not a JSON object"), 1);
    result_free(&r);
    assert_false(exists(o));
    rm_rf(d);
    free(d), free(o), free(p), free(pl);
}

/* Issue 22, third sweep: a CSV file whose quoted field is never closed,
 * read with --skip-bad, never ended: the row was reported "not closed
 * before the end of the file", and the next call found the same row again,
 * for ever, its messages kept (500 MB after 3 s). And a malformed row
 * skipped by --skip-bad was said to be an "error" (exit 0), where a JSON
 * line is a warning. Expected: one warning for the row, the count, the
 * other inputs read, exit 0; without --skip-bad one error, exit 1. */
static void csv_quote_never_closed_skipped_once(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *csv = path_join(d, "q.csv");
    write_str(good, good_text);
    char buf[4096];
    snprintf(buf, sizeof buf,
             "id,text\nc1,\"never closed %s\nc2,more text\nc3,more text\n", good_text);
    write_str(csv, buf);
    spawn_opts lim = {.as = 1L << 30}; /* the loop grew without bound */
    result r;
    RUN(&lim, &r, "--skip-bad", "-f", "json", "-o", o, csv, good);
    expect_status(&r, 0);
    char **v;
    size_t n = diag_lines(r.err, &v);
    snprintf(buf, sizeof buf, "%s:2: warning: malformed CSV row: a quoted field not closed", csv);
    if (n != 2 || !strstr(v[0], buf) || !strstr(v[1], "1 malformed record skipped"))
        fail_msg("expected a warning for the row, then the count, got:\n%.3000s", r.err);
    free_lines(v, n);
    result_free(&r);
    RUN(&lim, &r, "-f", "json", "-o", o, csv, good);
    expect_status(&r, 1);
    snprintf(buf, sizeof buf, "%s:2: error: malformed CSV row", csv);
    expect_one_line(&r, buf, "not closed");
    result_free(&r);
    /* a row of too many fields, skipped: a warning too */
    snprintf(buf, sizeof buf, "id,text\nc1,Turkey opposed Manbij.,x\nc2,%s", good_text);
    write_str(csv, buf);
    RUN(&lim, &r, "--skip-bad", "-f", "json", "-o", o, csv);
    expect_status(&r, 0);
    assert_int_equal(lines_with(&r, ":2: warning: malformed CSV row: 3 fields"), 1);
    assert_int_equal(lines_with(&r, "error"), 0);
    result_free(&r);
    rm_rf(d);
    free(d), free(o), free(good), free(csv);
}

/* Issue 22, third sweep: a web page nested deeper than 256 elements lost
 * its text past that depth silently (libxml2 stops there): a page whose
 * article sits inside 300 <div>s was "no text; skipped", exit 1. Expected:
 * the text read (the tags past a depth flattened), in linear time. */
static void html_deeper_than_libxml2_reads(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *oj = path_join(d, "o/graph.json"),
         *divs = path_join(d, "divs.html"), *lis = path_join(d, "lis.html");
    FILE *f = fopen(divs, "w");
    assert_non_null(f);
    fputs("<html><head><title>Deep</title></head><body>", f);
    for (int i = 0; i < 300; i++)
        fputs("<div class=\"x\">", f);
    fputs(good_text, f);
    for (int i = 0; i < 300; i++)
        fputs("</div>", f);
    fputs("</body></html>", f);
    assert_int_equal(fclose(f), 0);
    f = fopen(lis, "w");
    assert_non_null(f);
    for (int i = 0; i < 100000; i++) /* never closed: 200,000 deep as written */
        fputs("<ul><li>", f);
    fputs("Turkey opposed the Syrian Democratic Forces near Manbij.", f);
    assert_int_equal(fclose(f), 0);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, divs, lis);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    expect_json(oj, ((const char *[]){"divs", "lis", "Raqqa", "Manbij", NULL}));
    rm_rf(d);
    free(d), free(o), free(oj), free(divs), free(lis);
}

/* Issue 22, third sweep (class of defect 7): a FIFO or a socket named like
 * an article (x.txt) inside a directory given was passed over without a
 * word: its documents, if any, lost silently. Expected: not read (a FIFO
 * could block the walk) but said, in one warning naming the directory;
 * the other files read, exit 0. */
static void special_files_in_a_tree_said(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char *good = path_join(in, "good.txt"), *fifo = path_join(in, "f.txt"),
         *sock = path_join(in, "s.txt");
    write_str(good, good_text);
    assert_int_equal(mkfifo(fifo, 0644), 0);
    int sfd = socket(AF_UNIX, SOCK_STREAM, 0);
    assert_true(sfd >= 0);
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    assert_true(strlen(sock) < sizeof sa.sun_path);
    strcpy(sa.sun_path, sock);
    assert_int_equal(bind(sfd, (struct sockaddr *)&sa, sizeof sa), 0);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, in);
    close(sfd);
    expect_status(&r, 0);
    expect_one_line(&r, in, "2 files named as articles but not regular");
    result_free(&r);
    rm_rf(d);
    free(d), free(in), free(o), free(good), free(fifo), free(sock);
}

/* Issue 22, fourth sweep (a careless user): `newsgraph -o out .` run twice
 * read the first run's outputs as articles: the session-start binary took
 * graph.json, entities.tsv and evidence.tsv as texts (documents "graph",
 * "entities", "evidence"); once a tree's files were read by their kind,
 * entities.tsv failed the run ("no text column"). Expected: the output
 * directory is never read as an input, with one warning. */
static void output_directory_among_inputs_not_read(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "out"), *a = path_join(d, "a.txt"),
         *oj = path_join(d, "out/graph.json");
    write_str(a, good_text);
    result r;
    RUN(NULL, &r, "-f", "json,tsv,evidence", "-o", o, d);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-f", "json,tsv,evidence", "-o", o, d);
    expect_status(&r, 0);
    expect_one_line(&r, o, "output directory");
    result_free(&r);
    char *js = read_all(oj, NULL);
    assert_non_null(js);
    if (!strstr(js, "\"documents\": [\"a\"]"))
        fail_msg("the outputs were read as articles:\n%.600s", js);
    free(js);
    rm_rf(d);
    free(d), free(o), free(a), free(oj);
}

/* Issue 22, fourth sweep (outputs a consumer reads back): a document
 * skipped after it was numbered (an empty file in a tree, a JSON line or
 * CSV row without text) was listed in graph.json as "" (documents) and
 * {"id": ""} (articles), and counted by the GEXF description. Expected:
 * only the documents read are listed and counted. */
static void skipped_documents_not_listed(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char *a = path_join(in, "a.txt"), *b = path_join(in, "b.txt"), *m = path_join(in, "m.jsonl");
    write_str(a, good_text);
    write_str(b, "");
    write_str(m, "{\"id\":\"m1\",\"url\":\"http://x/1\",\"text\":\"Turkey attacked Manbij.\"}\n"
                 "{\"id\":\"m2\",\"url\":\"http://x/2\"}\n"
                 "{\"id\":\"m3\",\"url\":\"http://x/3\",\"text\":\"Turkey opposed Raqqa.\"}\n");
    result r;
    RUN(NULL, &r, "-q", "-f", "json,gexf", "-o", o, in);
    expect_status(&r, 0);
    result_free(&r);
    char *oj = path_join(o, "graph.json"), *og = path_join(o, "graph.gexf");
    expect_json(oj, ((const char *[]){"a", "m1", "m3", NULL}));
    char *js = read_all(oj, NULL), *gx = read_all(og, NULL);
    assert_non_null(js);
    assert_non_null(gx);
    if (strstr(js, "\"\"") || strstr(js, "\"id\": \"\""))
        fail_msg("graph.json lists a document without a name:\n%.1500s", js);
    if (!strstr(gx, "of 3 documents"))
        fail_msg("graph.gexf does not count the 3 documents read:\n%.800s", gx);
    free(js), free(gx), free(oj), free(og), free(a), free(b), free(m), free(in), free(o);
    rm_rf(d);
    free(d);
}

/* Issue 22, fourth sweep (every reader, in a tree): a file found in a
 * directory given was always read as plain text: a web page with its tags
 * as the article's words, a .jsonl, .json or .csv as one article holding
 * the whole export, a .gz skipped as "binary content". Expected: each read
 * by its extension, as when it is named on the command line. */
static void tree_files_read_by_kind(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o"),
         *oj = path_join(d, "o/graph.json");
    assert_int_equal(mkdir(in, 0755), 0);
    char *p = path_join(in, "page.html");
    write_str(p, "<html><head><title>T</title></head><body><p>"
                 "The Syrian Democratic Forces attacked Islamic State fighters in Raqqa."
                 "</p></body></html>\n");
    free(p);
    p = path_join(in, "recs.jsonl");
    write_str(p, "{\"id\":\"rec-j1\",\"text\":\"Turkey opposed the Syrian Democratic "
                 "Forces near Manbij.\"}\n{\"id\":\"rec-j2\",\"text\":\"Turkey "
                 "attacked Manbij.\"}\n");
    free(p);
    p = path_join(in, "rows.csv");
    write_str(p, "id,text\nrec-c1,Turkey opposed the Syrian Democratic Forces near Manbij.\n");
    free(p);
    p = path_join(in, "arr.json");
    write_str(p, "[{\"id\":\"rec-a1\",\"text\":\"Turkey opposed the Syrian Democratic "
                 "Forces near Manbij.\"}]");
    free(p);
    char *txt = path_join(d, "z.txt");
    write_str(txt, good_text);
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "gzip -c '%s' > '%s/zipped.txt.gz'", txt, in);
    assert_int_equal(system(cmd), 0);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, in);
    expect_status(&r, 0);
    if (*r.err)
        fail_msg("messages on a tree of good files:\n%.2000s", r.err);
    result_free(&r);
    expect_json(oj, ((const char *[]){"page", "rec-j1", "rec-j2", "rec-c1", "rec-a1", "zipped.txt",
                                      NULL}));
    char *js = read_all(oj, NULL);
    assert_non_null(js);
    if (strstr(js, "<p>") || strstr(js, "\\\"id\\\"") || strstr(js, "id,text"))
        fail_msg("a file of the tree read as plain text:\n%.2000s", js);
    free(js);
    rm_rf(d);
    free(d), free(in), free(o), free(oj), free(txt);
}

/* Issue 22, fourth sweep: a FIFO named as an input (an article, a JSON
 * Lines stream, a -T list, a gazetteer, a knowledge base) that no program
 * writes to blocked the run for ever (open(2) waits for a writer). Expected:
 * after a short wait, one line naming it, exit 1 (a warning and the rest
 * read with --skip-bad); a knowledge base, read twice, is refused at once;
 * a writer that comes late is still read. */
static void fifo_without_writer_fails(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *oj = path_join(d, "o/graph.json");
    write_str(good, good_text);
    static const char *const names[] = {"f.txt", "f.jsonl", "list", "g.tsv", "kb.graphml"};
    char *fifo[5];
    for (int i = 0; i < 5; i++) {
        fifo[i] = path_join(d, names[i]);
        assert_int_equal(mkfifo(fifo[i], 0644), 0);
    }
    spawn_opts so = {.timeout = 30};
    result r;
    RUN(&so, &r, "-f", "json", "-o", o, fifo[0]);
    expect_status(&r, 1);
    expect_one_line(&r, fifo[0], "a FIFO no program writes to");
    result_free(&r);
    RUN(&so, &r, "-f", "json", "-o", o, fifo[1], good);
    expect_status(&r, 1);
    expect_one_line(&r, fifo[1], "a FIFO no program writes to");
    result_free(&r);
    RUN(&so, &r, "-f", "json", "-o", o, "-T", fifo[2]);
    expect_status(&r, 1);
    expect_one_line(&r, fifo[2], "a FIFO no program writes to");
    result_free(&r);
    RUN(&so, &r, "-f", "json", "-o", o, "-g", fifo[3], good);
    expect_status(&r, 1);
    expect_one_line(&r, fifo[3], "a FIFO no program writes to");
    result_free(&r);
    RUN(&so, &r, "--update", fifo[4], "-o", o, good);
    expect_status(&r, 1);
    expect_one_line(&r, fifo[4], "not a regular file");
    result_free(&r);
    RUN(&so, &r, "merge", "-o", o, fifo[4]);
    expect_status(&r, 1);
    expect_one_line(&r, fifo[4], "not a regular file");
    result_free(&r);
    assert_false(exists(o));
    RUN(&so, &r, "--skip-bad", "-f", "json", "-o", o, fifo[0], good);
    expect_status(&r, 0);
    expect_one_line(&r, fifo[0], "warning");
    result_free(&r);
    expect_json(oj, ((const char *[]){"Raqqa", "Manbij", NULL}));
    /* a writer that opens the FIFO after the run started is read */
    rm_rf(o);
    pid_t w = fork();
    assert_true(w >= 0);
    if (w == 0) {
        struct timespec ts = {0, 300000000};
        nanosleep(&ts, NULL);
        int fd = open(fifo[0], O_WRONLY);
        if (fd < 0 || write(fd, good_text, strlen(good_text)) != (ssize_t)strlen(good_text))
            _exit(1);
        _exit(0);
    }
    RUN(&so, &r, "-f", "json", "-o", o, fifo[0]);
    int ws;
    assert_int_equal(waitpid(w, &ws, 0), w);
    expect_status(&r, 0);
    result_free(&r);
    expect_json(oj, ((const char *[]){"Raqqa", "Manbij", NULL}));
    rm_rf(d);
    for (int i = 0; i < 5; i++)
        free(fifo[i]);
    free(d), free(o), free(good), free(oj);
}

/* Issue 22, fourth sweep (a knowledge base edited by hand): the header's
 * numbers were read with sscanf's %llu, which takes "-1" as 2^64 - 1 and
 * whose overflow is undefined: "max-docs=-1" and a 20-digit max-docs were
 * accepted (exit 0). Expected: "bad knowledge base header", exit 1,
 * nothing written. */
static void knowledge_base_header_numbers_checked(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *gm = path_join(d, "o/graph.graphml"), *kb = path_join(d, "kb.graphml"),
         *m = path_join(d, "m");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-f", "graphml", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    size_t n;
    char *g = read_all(gm, &n);
    assert_non_null(g);
    char *at = strstr(g, "max-docs=50 ");
    assert_non_null(at);
    static const char *const bad[] = {"-1", "99999999999999999999", "+5"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        FILE *f = fopen(kb, "wb");
        assert_non_null(f);
        fwrite(g, 1, (size_t)(at - g) + 9, f); /* up to "max-docs=" */
        fputs(bad[i], f);
        fwrite(at + 11, 1, n - (size_t)(at + 11 - g), f); /* from the space after 50 */
        assert_int_equal(fclose(f), 0);
        RUN(NULL, &r, "merge", "-f", "json", "-o", m, kb);
        expect_status(&r, 1);
        expect_one_line(&r, kb, "bad knowledge base header");
        result_free(&r);
        assert_false(exists(m));
    }
    free(g);
    rm_rf(d);
    free(d), free(o), free(good), free(gm), free(kb), free(m);
}

/* Issue 22, second sweep: a directory given as a knowledge base (merge,
 * --update) was read by libxml2 as an empty document: "DIR:1: malformed
 * XML: Extra content at the end of the document". Expected: "DIR: is a
 * directory, expected a file", as for every other input, exit 1, nothing
 * written. */
static void knowledge_base_is_a_directory(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "merge", "-o", o, d);
    expect_status(&r, 1);
    expect_one_line(&r, d, "is a directory");
    result_free(&r);
    RUN(NULL, &r, "--update", d, "-q", good);
    expect_status(&r, 1);
    expect_one_line(&r, d, "is a directory");
    result_free(&r);
    assert_false(exists(o));
    rm_rf(d);
    free(d), free(o), free(good);
}

/* Issue 22, second sweep, a superlinear path (class of defect 4): a web
 * page with one tag of many attributes; libxml2 checks each attribute
 * against the tag's earlier ones: 20,000 took 7.4 s, 80,000 more than two
 * minutes (40,000: 28 s on a loaded machine). Expected: linear (the
 * attributes of such a tag are dropped, the element and its text kept). */
static void html_many_attributes_linear(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *page = path_join(d, "attrs.html"),
         *oj = path_join(d, "o/graph.json");
    FILE *f = fopen(page, "w");
    assert_non_null(f);
    fputs("<html><body><p id=\"x\">The Syrian Democratic Forces attacked Raqqa.</p><p ", f);
    for (int i = 0; i < 80000; i++)
        fprintf(f, "a%d=\"v>'\" ", i);
    fputs(">Turkey opposed the Syrian Democratic Forces near Manbij.</p></body></html>\n", f);
    assert_int_equal(fclose(f), 0);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, page);
    expect_status(&r, 0);
    double limit = UNDER_ASAN ? 60 : 20;
    if (r.cpu > limit)
        fail_msg("80,000 attributes took %.1f s of CPU (limit %.0f s)", r.cpu, limit);
    result_free(&r);
    expect_json(oj, ((const char *[]){"Raqqa", "Manbij", "Turkey", NULL}));
    rm_rf(d);
    free(d), free(o), free(page), free(oj);
}

/* Issue 22, second sweep (class of defect 7): `--update KB` with nothing
 * new read only KB's table of articles, so a knowledge base broken past it
 * (truncated, a bad record) was accepted: exit 0, "0 new", the broken file
 * left unnoticed, where merge and an update with new articles refuse it.
 * Expected: exit 1 naming KB's line, KB untouched. */
static void update_nothing_new_checks_the_knowledge_base(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *kb = path_join(d, "o/graph.graphml");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    size_t n;
    char *text = read_all(kb, &n);
    /* cut inside the nodes, past the table of articles */
    char *cut = strstr(text, "<node ");
    assert_non_null(cut);
    cut = strstr(cut + 6, "<node ");
    assert_non_null(cut);
    write_file(kb, text, (size_t)(cut - text) + 20);
    snapshot before;
    snap_take(&before, o);
    RUN(NULL, &r, "--update", kb, good);
    expect_status(&r, 1);
    expect_one_line(&r, kb, "error");
    result_free(&r);
    expect_snapshot_at(&before, o, __FILE__, __LINE__);
    snap_free(&before);
    free(text);
    rm_rf(d);
    free(d), free(o), free(good), free(kb);
}

/* Issue 22, second sweep (class of defect 8, and what a failed run
 * leaves): an empty .txt (or white space only, or front matter without a
 * body) was an article: a run of only such files wrote an empty graph
 * over the previous outputs, exit 0, where a JSON record without text is
 * "no text; skipped". Expected: the same warning; nothing else to read:
 * "no article found", exit 1, outputs untouched. */
static void empty_documents_are_no_articles(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *empty = path_join(d, "empty.txt"), *blank = path_join(d, "blank.txt"),
         *fm = path_join(d, "fm.md");
    write_str(good, good_text);
    write_str(empty, "");
    write_str(blank, "\n  \r\n\t\n");
    write_str(fm, "---\ntitle: Nothing\ndate: 2017-10-20\n---\n");
    prime(o, good);
    snapshot before;
    snap_take(&before, o);
    result r;
    RUN(NULL, &r, "-f", ALL_FORMATS, "-o", o, empty, blank, fm);
    expect_status(&r, 1);
    assert_int_equal(lines_with(&r, "no text; skipped"), 3);
    assert_int_equal(lines_with(&r, "no article found"), 1);
    result_free(&r);
    expect_snapshot_at(&before, o, __FILE__, __LINE__);
    snap_free(&before);
    RUN(NULL, &r, "-f", "json", "-o", o, empty, good);
    expect_status(&r, 0);
    expect_one_line(&r, empty, "no text; skipped");
    result_free(&r);
    rm_rf(d);
    free(d), free(o), free(good), free(empty), free(blank), free(fm);
}

/* Issue 22, defect 7: an unreadable subdirectory was dropped with a
 * warning and exit 0 (its documents lost), while an unreadable file gave
 * exit 1. Expected: one rule: an input that cannot be read fails the run,
 * naming it, nothing written; --skip-bad makes it a warning. */
static void unreadable_subdirectory_fails(void **state)
{
    (void)state;
    if (!unprivileged_ok()) {
        print_message("root cannot run the program as nobody here: unreadable input skipped\n");
        skip();
    }
    char *d = tmpdir(), *in = path_join(d, "in"), *fresh = path_join(d, "fresh");
    assert_int_equal(chmod(d, 0777), 0);
    char *a = path_join(in, "a"), *b = path_join(in, "b");
    assert_int_equal(mkdir(in, 0755), 0);
    assert_int_equal(mkdir(a, 0755), 0);
    assert_int_equal(mkdir(b, 0755), 0);
    char *good = path_join(a, "good.txt"), *lost = path_join(b, "lost.txt");
    write_str(good, good_text);
    write_str(lost, good_text);
    assert_int_equal(chmod(b, 0), 0);
    spawn_opts so = {.unprivileged = 1};
    result r;
    RUN(&so, &r, "-f", "graphml", "-o", fresh, in);
    expect_status(&r, 1);
    expect_one_line(&r, b, strerror(EACCES));
    assert_non_null(strstr(r.err, "error"));
    result_free(&r);
    assert_false(exists(fresh));
    /* asked to skip: a warning, the rest is read */
    RUN(&so, &r, "--skip-bad", "--stats", "-f", "graphml", "-o", fresh, in);
    expect_status(&r, 0);
    char **v;
    size_t n = stats_diag_lines(r.err, &v);
    if (n != 1 || !strstr(v[0], b) || !strstr(v[0], "warning") || !strstr(v[0], "skipped"))
        fail_msg("expected one warning naming %s, got:\n%s", b, r.err);
    free_lines(v, n);
    assert_int_equal(stats_documents(r.err), 1);
    result_free(&r);
    /* an unreadable file the same way */
    assert_int_equal(chmod(b, 0755), 0);
    assert_int_equal(chmod(lost, 0), 0);
    RUN(&so, &r, "--skip-bad", "--stats", "-f", "graphml", "-o", fresh, in);
    expect_status(&r, 0);
    n = stats_diag_lines(r.err, &v);
    if (n != 1 || !strstr(v[0], lost) || !strstr(v[0], "warning") || !strstr(v[0], "skipped"))
        fail_msg("expected one warning naming %s, got:\n%s", lost, r.err);
    free_lines(v, n);
    assert_int_equal(stats_documents(r.err), 1);
    result_free(&r);
    RUN(&so, &r, "--skip-bad", "-f", "graphml", "-o", fresh, lost, good);
    expect_status(&r, 0);
    expect_one_line(&r, lost, "skipped");
    result_free(&r);
    free(good);
    free(lost);
    free(a);
    free(b);
    free(fresh);
    free(in);
    rm_rf(d);
    free(d);
}

/* Issue 22, defect 7: a path longer than PATH_MAX was dropped silently (the
 * walk stat'ed full paths). Expected: read, below a directory and named on
 * the command line. */
static void path_longer_than_path_max(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "in");
    assert_int_equal(mkdir(in, 0755), 0);
    int fd = open(in, O_RDONLY | O_DIRECTORY);
    assert_true(fd >= 0);
    char comp[201];
    memset(comp, 'd', 200);
    comp[200] = '\0';
    size_t len = strlen(in);
    for (int i = 0; i < 25; i++) { /* 25 x 201 bytes: past PATH_MAX (4096) */
        assert_int_equal(mkdirat(fd, comp, 0755), 0);
        int next = openat(fd, comp, O_RDONLY | O_DIRECTORY);
        assert_true(next >= 0);
        close(fd);
        fd = next;
        len += 201;
    }
    int f = openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0644);
    assert_true(f >= 0);
    assert_int_equal(write(f, good_text, strlen(good_text)), (ssize_t)strlen(good_text));
    close(f);
    close(fd);
    assert_true(len > 4096);
    result r;
    RUN(NULL, &r, "--stats", "-f", "graphml", "-o", o, in);
    expect_status(&r, 0);
    char **v;
    size_t n = stats_diag_lines(r.err, &v);
    if (n != 0)
        fail_msg("expected no message, got:\n%s", r.err);
    free_lines(v, n);
    assert_int_equal(stats_documents(r.err), 1);
    result_free(&r);
    /* the file itself, by its full path */
    char *p = malloc(len + 16);
    strcpy(p, in);
    for (int i = 0; i < 25; i++) {
        strcat(p, "/");
        strcat(p, comp);
    }
    strcat(p, "/deep.txt");
    RUN(NULL, &r, "--stats", "-f", "graphml", "-o", o, p);
    expect_status(&r, 0);
    assert_int_equal(stats_documents(r.err), 1);
    result_free(&r);
    free(p);
    rm_rf_at(in);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, defect 8: a directory with no input (empty, or only other files
 * and empty subdirectories) called qsort(NULL, 0, ...), undefined behaviour
 * that UBSan reports (exit 1 with CI's options). Expected: one warning,
 * then "no article found" and exit 1 with nothing written (issue 18), under
 * the sanitizers too. */
static void empty_tree(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "in");
    char *sub = path_join(in, "sub"), *other = path_join(in, ".notes");
    assert_int_equal(mkdir(in, 0755), 0);
    result r;
    RUN(NULL, &r, "-f", "graphml,json", "-o", o, in);
    expect_no_article(&r, in, "no article files");
    result_free(&r);
    assert_int_equal(mkdir(sub, 0755), 0);
    write_str(other, good_text);
    RUN(NULL, &r, "-f", "graphml,json", "-o", o, in);
    expect_no_article(&r, in, "no article files");
    result_free(&r);
    assert_int_equal(access(o, F_OK), -1); /* nothing written */
    free(sub);
    free(other);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, defect 3: a quoted (or bare) DOT string over 16,384 bytes (a
 * long --title, an evidence tooltip holding a long URL) made graph.dot
 * unreadable: "syntax error ... longer than 16384?" from Graphviz's reader.
 * Expected: graph.dot reads back with cgraph, every string whole. */
static void dot_long_strings_read_back(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *art = path_join(d, "url.txt");
    size_t n = 40000;
    char *url = malloc(n + 64);
    strcpy(url, "https://example.com/");
    for (size_t i = strlen(url); i < n; i++)
        url[i] = "abcdefghij"[i % 10];
    url[n] = '\0';
    size_t alen = n + 512;
    char *text = malloc(alen);
    snprintf(text, alen,
             "The Syrian Democratic Forces attacked Islamic State fighters in Raqqa, "
             "according to %s today.\n",
             url);
    write_str(art, text);
    /* a bare identifier (letters only), and a quoted one with escapes */
    char *bare = malloc(20001), *quoted = malloc(30001);
    memset(bare, 'x', 20000);
    bare[20000] = '\0';
    for (size_t i = 0; i < 30000; i += 3)
        memcpy(quoted + i, "a\"\\", 3);
    quoted[30000] = '\0';
    const char *titles[] = {bare, quoted};
    for (size_t t = 0; t < 2; t++) {
        result r;
        RUN(NULL, &r, "-f", "dot", "--all", "--title", titles[t], "-o", o, art);
        expect_status(&r, 0);
        result_free(&r);
        char *dot = path_join(o, "graph.dot");
        Agraph_t *g = dot_read(dot);
        const char *label = agget(g, "label");
        assert_non_null(label);
        char *want = t == 0 ? strdup(bare) : NULL;
        if (t == 1) { /* the label as written: each backslash doubled */
            want = malloc(40001);
            char *q = want;
            for (size_t i = 0; i < 30000; i += 3) {
                memcpy(q, "a\"\\\\", 4);
                q += 4;
            }
            *q = '\0';
        }
        assert_string_equal(label, want);
        free(want);
        /* the edge's tooltip holds the whole URL */
        int whole = 0;
        for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
            for (Agedge_t *e = agfstout(g, v); e; e = agnxtout(g, e)) {
                const char *tip = agget(e, "tooltip");
                whole |= tip && strstr(tip, url) != NULL;
            }
        if (!whole)
            fail_msg("no edge tooltip of %s holds the %zu-byte URL", dot, n);
        agclose(g);
        free(dot);
    }
    free(bare);
    free(quoted);
    free(text);
    free(url);
    free(art);
    rm_rf(d);
    free(d);
    free(o);
}

/* Standard error holds nothing a terminal would act on: no C0 control
 * byte but the newline ending each line, no DEL, no C1 control (U+0080 to
 * U+009F: 0x9B is a CSI), only valid UTF-8. */
static void expect_inert_at(const result *r, const char *file, int line)
{
    const unsigned char *e = (const unsigned char *)r->err;
    size_t n = strlen(r->err);
    for (size_t i = 0; i < n; i++)
        if ((e[i] < 0x20 && e[i] != '\n') || e[i] == 0x7F ||
            (e[i] == 0xC2 && i + 1 < n && e[i + 1] >= 0x80 && e[i + 1] <= 0x9F))
            fail_msg("%s:%d: byte 0x%02X at %zu of standard error:\n%s", file, line, e[i], i,
                     r->err);
    if (!utf8_valid(e, n))
        fail_msg("%s:%d: standard error is not UTF-8:\n%s", file, line, r->err);
}
#define expect_inert(r) expect_inert_at((r), __FILE__, __LINE__)

/* Each line of a TSV file has as many fields as its header. */
static void expect_tsv_rows(const char *file)
{
    size_t n;
    char *s = read_all(file, &n);
    assert_non_null(s);
    long want = -1, row = 0;
    for (char *p = s; *p;) {
        char *nl = strchr(p, '\n');
        if (!nl)
            fail_msg("%s: last line without a newline", file);
        long tabs = 0;
        for (char *q = p; q < nl; q++)
            tabs += *q == '\t';
        if (want < 0)
            want = tabs;
        else if (tabs != want)
            fail_msg("%s: row %ld has %ld fields, the header %ld", file, row, tabs + 1,
                     want + 1);
        row++;
        p = nl + 1;
    }
    free(s);
}

/* Issue 22, defect 5: entities.tsv and evidence.tsv copied document ids and
 * gazetteer:FILE:LINE paths raw (ESC, invalid UTF-8, DEL), while the XML
 * and JSON exports cleaned the same ids. Expected: every output cleaned the
 * same way; a TAB or newline in a name never breaks a TSV row. */
static void raw_bytes_in_no_output(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "in");
    assert_int_equal(mkdir(in, 0755), 0);
    char *doc = path_join(in, "doc\t\n\033[2J\xff\x7f\xc2\x9b.txt");
    write_str(doc, good_text);
    char *gz = path_join(d, "gaz\t\n\033]0;\xfe\x7f.tsv");
    write_str(gz, "Zorbastan\tplace\tcountry\n");
    char *doc2 = path_join(in, "z.txt");
    write_str(doc2, "Turkey attacked Zorbastan.\n");
    result r;
    RUN(NULL, &r, "-q", "--all", "-g", gz, "-f", "dot,svg,graphml,gexf,json,tsv,evidence",
        "-o", o, in);
    expect_status(&r, 0);
    result_free(&r);
    const char *names[] = {"graph.dot",  "graph.svg",    "graph.graphml", "graph.gexf",
                           "graph.json", "entities.tsv", "evidence.tsv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *p = path_join(o, names[i]);
        size_t n;
        char *s = read_all(p, &n);
        assert_non_null(s);
        if (!utf8_valid((const unsigned char *)s, n))
            fail_msg("%s is not UTF-8", p);
        for (size_t k = 0; strstr(names[i], ".tsv") && k + 1 < n; k++)
            if ((unsigned char)s[k] == 0xC2 && (unsigned char)s[k + 1] >= 0x80 &&
                (unsigned char)s[k + 1] <= 0x9F)
                fail_msg("%s: C1 control at byte %zu", p, k);
        /* no C0 control but TAB, LF, CR anywhere; in the TSV files no DEL
         * nor C1 control either (the XML formats keep what XML allows) */
        for (size_t k = 0; k < n; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                fail_msg("%s: control character 0x%02X at byte %zu", p, c, k);
        }
        free(s);
        if (strstr(names[i], ".tsv")) {
            expect_no_control_bytes(p);
            expect_tsv_rows(p);
        }
        free(p);
    }
    /* the rows name the file and the document, cleaned */
    char *tsv = path_join(o, "entities.tsv");
    char *t = read_all(tsv, NULL);
    if (!strstr(t, "gazetteer:") || !strstr(t, ".tsv:1"))
        fail_msg("entities.tsv does not name the gazetteer line:\n%.2000s", t);
    free(t);
    free(tsv);
    free(doc2);
    free(gz);
    free(doc);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, fourth sweep (classes of defects 5 and 6): bidirectional
 * formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE, U+2067, U+200F)
 * reached the TSV files raw (a U+202E shows the rest of the row reversed:
 * "atxt.exe" read as "exe.txt"), in a file name's id, a record's id and
 * in names; inside a word they cut the name ("Vladimir Pu\u202Etin" gave
 * "Vladimir Pu"). A trigger file line holding an ESC was taken as a word
 * that can never match. Expected: the text and ids without them (names
 * whole), none in any output; the trigger line refused with its line. */
static void bidi_marks_in_no_output(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "in");
    assert_int_equal(mkdir(in, 0755), 0);
    char *doc = path_join(in, "a\xE2\x80\xAEtxt.exe.txt");
    write_str(doc, "Vladimir Pu\xE2\x80\xAEtin met Recep Tayyip Erdo\xE2\x80\x8Fgan in "
                   "Mos\xE2\x81\xA7" "cow.\n");
    char *recs = path_join(in, "r.jsonl");
    write_str(recs, "{\"id\":\"x\xE2\x80\xAEy\",\"title\":\"t\xE2\x81\xA6t\",\"text\":"
                    "\"Turkey opposed the Syrian Democratic Forces near Manbij.\"}\n");
    result r;
    RUN(NULL, &r, "-q", "--all", "-f", "dot,graphml,gexf,json,tsv,evidence", "-o", o, in);
    expect_status(&r, 0);
    result_free(&r);
    const char *names[] = {"graph.dot",  "graph.graphml", "graph.gexf",
                           "graph.json", "entities.tsv",  "evidence.tsv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *p = path_join(o, names[i]);
        size_t n;
        char *s = read_all(p, &n);
        assert_non_null(s);
        static const char *const marks[] = {"\xE2\x80\xAE", "\xE2\x80\x8F", "\xE2\x81\xA6",
                                            "\xE2\x81\xA7", "\\u202e", "\\u202E"};
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
            if (strstr(s, marks[k]))
                fail_msg("%s holds a bidirectional formatting character:\n%.2000s", p, s);
        free(s);
        free(p);
    }
    char *oj = path_join(o, "graph.json");
    expect_json(oj, ((const char *[]){"Vladimir Putin", "Recep Tayyip Erdogan", "Moscow",
                                      "atxt.exe", "xy", NULL}));
    free(oj);
    char *trig = path_join(d, "trig.tsv"), *good = path_join(d, "good.txt");
    write_str(trig, "# words\nlist\tnegation\tnope\033[2J\n");
    write_str(good, good_text);
    RUN(NULL, &r, "--triggers", trig, "-o", o, good);
    expect_status(&r, 1);
    expect_one_line(&r, "trig.tsv:2:", "U+001B");
    result_free(&r);
    free(trig), free(good), free(recs), free(doc), free(in), free(o);
    rm_rf(d);
    free(d);
}

/* Issue 22, third sweep (class of defect 5): an article's own id, title,
 * URL and source (a JSON line, a CSV row, a page's <title>) kept their
 * control characters in graph.json ("\u001b", so `jq -r` sends an ESC to
 * the terminal) and in the knowledge base's table ("%1B"), where the TSV
 * files dropped them: two values for one field. Expected: one cleaned
 * value everywhere (C0 controls, DEL and C1 controls dropped, TAB and line
 * ends as spaces). */
static void article_fields_cleaned_once(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *jl = path_join(d, "a.jsonl"),
         *csv = path_join(d, "b.csv"), *html = path_join(d, "c.html");
    write_str(jl, "{\"id\":\"j\\u001b[2Jid\\u0007\",\"title\":\"ti\\u001b]0;x\\u0007tle\\u0085"
                  "\\u2028line\\u2029para\",\"url\":\"http://x/\\u007f\",\"source\":\"s\\u009bo\","
                  "\"text\":\"Turkey opposed the Syrian Democratic Forces near Manbij.\"}\n");
    write_str(csv, "id,title,text\nc\033sv,t\033i\177tle,Turkey attacked Raqqa.\n");
    write_str(html, "<html><head><title>h&#x1b;[2Jt&#x85;itle</title></head><body><p>Turkey "
                    "opposed the Syrian Democratic Forces.</p></body></html>");
    result r;
    RUN(NULL, &r, "-q", "-f", "graphml,gexf,json,tsv,evidence", "-o", o, jl, csv, html);
    expect_status(&r, 0);
    result_free(&r);
    const char *names[] = {"graph.graphml", "graph.gexf", "graph.json", "evidence.tsv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *p = path_join(o, names[i]);
        char *t = read_all(p, NULL);
        assert_non_null(t);
        const char *bad[] = {"\\u00", "%1B", "%07", "%7F", "\x7f", "\xc2\x85", "\xc2\x9b",
                             "&#27;", "&#x1b;", "&#7;"};
        for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
            if (strstr(t, bad[k]))
                fail_msg("%s holds a control character ('%s'): ...%.200s", p, bad[k],
                         strstr(t, bad[k]) > t + 60 ? strstr(t, bad[k]) - 60 : t);
        free(t);
        free(p);
    }
    /* the Unicode line and paragraph separators end a line for Python's
     * splitlines(): spaces in a TSV field */
    char *ev = path_join(o, "evidence.tsv");
    char *t = read_all(ev, NULL);
    if (strstr(t, "\xe2\x80\xa8") || strstr(t, "\xe2\x80\xa9") || !strstr(t, "ti]0;xtle line para"))
        fail_msg("%s: the title's U+2028, U+2029 are not spaces:\n%.2000s", ev, t);
    free(t);
    free(ev);
    char *oj = path_join(o, "graph.json");
    expect_json(oj, ((const char *[]){"j[2Jid", "ti]0;xtle\xe2\x80\xa8line\xe2\x80\xa9para",
                                      "http://x/", "so", "csv", "title", "h[2Jtitle", NULL}));
    free(oj);
    rm_rf(d);
    free(d), free(o), free(jl), free(csv), free(html);
}

/* Issue 22, defect 6: a file named "evil\e]0;pwned\a\e[2J.txt" sent its
 * escape bytes raw to the terminal in the warning. Expected: every message
 * shows names with control bytes escaped (as `ls -b` would): warnings,
 * errors, usage errors, gazetteer lines, --focus. */
static void escape_sequences_never_reach_terminal(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "in");
    assert_int_equal(mkdir(in, 0755), 0);
    static const char evil[] = "evil\033]0;pwned\a\033[2J\xc2\x9b\xff\x7f.txt";
    char *bad = path_join(in, evil);
    write_str(bad, "Caf\xe9 in Raqqa.\n"); /* invalid UTF-8: a warning naming it */
    result r;
    RUN(NULL, &r, "-f", "graphml", "-o", o, in);
    expect_status(&r, 0);
    expect_inert(&r);
    expect_one_line(&r, "evil\\e]0;pwned\\a\\e[2J", "UTF-8");
    result_free(&r);
    /* an error naming a missing file */
    char *missing = path_join(d, "gone\033[31m.txt");
    RUN(NULL, &r, "-f", "graphml", "-o", o, missing);
    expect_status(&r, 1);
    expect_inert(&r);
    expect_one_line(&r, "gone\\e[31m.txt", NULL);
    result_free(&r);
    /* a usage error quoting the argument */
    RUN(NULL, &r, "-f", "svg\033[2J", "-o", o, in);
    expect_usage(&r, "svg\\e[2J");
    expect_inert(&r);
    result_free(&r);
    /* a gazetteer named with escapes, with a bad line */
    char *gz = path_join(d, "g\033]0;x\a.tsv");
    write_str(gz, "Foo\tactor\n");
    RUN(NULL, &r, "-g", gz, "-f", "graphml", "-o", o, in);
    expect_status(&r, 1);
    expect_inert(&r);
    expect_one_line(&r, "g\\e]0;x\\a.tsv:1", NULL);
    result_free(&r);
    /* --focus on an unknown name with escapes */
    RUN(NULL, &r, "-q", "--focus", "x\033[2Jy\x9b", "-f", "graphml", "-o", o, in);
    expect_status(&r, 1);
    expect_inert(&r);
    expect_one_line(&r, "x\\e[2Jy\\x9b", NULL);
    result_free(&r);
    free(gz);
    free(missing);
    free(bad);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, defect 9: `--focus` on an unknown name printed an error and
 * exited 0, writing the outputs, with data formats only; with drawing
 * formats the message came twice, without the program's prefix. Expected:
 * one message "newsgraph: ...", exit 1, outputs untouched (a fresh
 * directory not created). */
static void focus_unknown_name_fails(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *fresh = path_join(d, "fresh");
    write_str(good, good_text);
    prime(o, good);
    snapshot s;
    snap_take(&s, o);
    const char *formats[] = {"graphml", "json,tsv", "dot,svg,graphml", ALL_FORMATS};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        result r;
        RUN(NULL, &r, "--focus", "Atlantis", "-f", formats[i], "-o", o, good);
        expect_status(&r, 1);
        expect_one_line(&r, "Atlantis", NULL);
        if (strncmp(r.err, "newsgraph: ", 11))
            fail_msg("-f %s: the message lacks the program's prefix: %s", formats[i], r.err);
        result_free(&r);
        expect_snapshot(&s, o);
        RUN(NULL, &r, "--focus", "Atlantis", "-f", formats[i], "-o", fresh, good);
        expect_status(&r, 1);
        result_free(&r);
        assert_false(exists(fresh));
    }
    /* a known name still works */
    result r;
    RUN(NULL, &r, "--focus", "Raqqa", "-f", "graphml", "-o", fresh, good);
    expect_status(&r, 0);
    result_free(&r);
    snap_free(&s);
    free(good);
    free(fresh);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, defect 10: `newsgraph --help >/dev/full` (and --version) exited
 * 0. Expected: exit 1 with a message, as for every other output. */
static void help_to_full_device(void **state)
{
    (void)state;
    const char *opts[] = {"--help", "-h", "--version", "-V"};
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++) {
        result r;
        RUN(&(spawn_opts){.out_path = "/dev/full"}, &r, opts[i]);
        expect_status(&r, 1);
        expect_one_line(&r, "standard output", strerror(ENOSPC));
        result_free(&r);
        RUN(NULL, &r, opts[i]);
        expect_status(&r, 0);
        assert_string_equal(r.err, "");
        result_free(&r);
    }
}

static const char *const every_format[] = {"dot",  "svg", "png", "pdf",      "graphml",
                                           "gexf", "json", "tsv", "evidence", NULL};

/* Standard output on a full device (/dev/full): exit 1 with a message, no
 * crash, nothing written anywhere. */
static void full_stdout_exit_1(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt");
    char *seeds = path_join(root, "seeds");
    write_str(good, good_text);
    for (size_t i = 0; every_format[i]; i++) {
        for (int big = 0; big < 2; big++) {
            result r;
            RUN(&(spawn_opts){.out_path = "/dev/full"}, &r, "-o", "-", "-f", every_format[i],
                big ? seeds : good);
            expect_status(&r, 1);
            if (!*r.err)
                fail_msg("-f %s to /dev/full: exit 1 without a message", every_format[i]);
            result_free(&r);
        }
    }
    char **v;
    size_t nv = list_dir(d, &v);
    assert_int_equal(nv, 1);
    free_lines(v, nv);
    free(seeds);
    free(good);
    rm_rf(d);
    free(d);
}

static void full_stdout_one_line_naming_cause(void **state)
{
    (void)state;
    /* Was a bug (fixed; kept as a regression test): `newsgraph -o - -f graphml seeds > /dev/full` prints four lines:
     * "I/O error : No space left on device", "I/O error : write error"
     * (libxml2's own), "error: writing GraphML failed" (no file named),
     * "-: error: not written: input/output error" (the cause lost). The
     * same for gexf; dot, json, tsv and evidence print two lines ("error:
     * writing DOT failed" and "-: error: not written: input/output error");
     * svg, png and pdf print one line without the cause. Expected: one line
     * naming standard output and saying "No space left on device". */
    char *seeds = path_join(root, "seeds");
    for (size_t i = 0; every_format[i]; i++) {
        result r;
        RUN(&(spawn_opts){.out_path = "/dev/full"}, &r, "-o", "-", "-f", every_format[i],
            seeds);
        expect_status(&r, 1);
        expect_one_line(&r, "standard output", strerror(ENOSPC));
        result_free(&r);
    }
    free(seeds);
}

/* A device that fills up while the outputs are written. Without root
 * tricks (a small file system needs mount) the child gets RLIMIT_FSIZE
 * of 1 KiB with SIGXFSZ ignored: every write past it fails (EFBIG), like
 * writes to a full device (ENOSPC). Exit 1, a message naming the file, the
 * previous outputs intact, no temporary file left. */
/* Issue 22, fourth sweep (partial outputs, signals): a run ended by a
 * signal while writing its outputs (here SIGXFSZ, a write past
 * RLIMIT_FSIZE, as deterministic as a SIGTERM or a Ctrl-C at that moment)
 * left ".graph.dot.tmpXXXXXX" beside the outputs. Expected: killed by that
 * signal, the previous outputs intact, no temporary file, for a plain run,
 * --update (the knowledge base in the set) and merge. */
static void signal_while_writing_leaves_nothing(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *good = path_join(d, "good.txt"),
         *k = path_join(d, "k"), *kb = path_join(d, "k/kb.graphml"),
         *gm = path_join(d, "o/graph.graphml"), *more = path_join(d, "more.txt");
    write_str(good, good_text);
    write_str(more, "Turkey attacked Manbij on Tuesday.\n");
    prime(o, good);
    assert_int_equal(mkdir(k, 0755), 0);
    size_t n;
    char *g = read_all(gm, &n); /* the GraphML is a knowledge base */
    write_file(kb, g, n);
    free(g);
    snapshot s, sk;
    snap_take(&s, o);
    snap_take(&sk, k);
    spawn_opts so = {.fsize = 600, .fsize_signal = 1};
    result r;
    RUN(&so, &r, "-f", ALL_FORMATS, "-o", o, good, more);
    if (r.sig != SIGXFSZ)
        fail_msg("expected the run killed by SIGXFSZ, got status %d signal %d:\n%.2000s",
                 r.status, r.sig, r.err);
    result_free(&r);
    expect_snapshot(&s, o);
    RUN(&so, &r, "--update", kb, more);
    if (r.sig != SIGXFSZ)
        fail_msg("--update: expected SIGXFSZ, got status %d signal %d:\n%.2000s", r.status,
                 r.sig, r.err);
    result_free(&r);
    expect_snapshot(&sk, k);
    RUN(&so, &r, "merge", "-f", ALL_FORMATS, "-o", o, kb);
    if (r.sig != SIGXFSZ)
        fail_msg("merge: expected SIGXFSZ, got status %d signal %d:\n%.2000s", r.status, r.sig,
                 r.err);
    result_free(&r);
    expect_snapshot(&s, o);
    expect_snapshot(&sk, k);
    snap_free(&s);
    snap_free(&sk);
    rm_rf(d);
    free(d), free(o), free(good), free(k), free(kb), free(gm), free(more);
}

static void full_device_outputs_intact(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *seeds = path_join(root, "seeds");
    result r;
    RUN(NULL, &r, "-f", ALL_FORMATS ",png,pdf", "-o", o, seeds);
    expect_status(&r, 0);
    result_free(&r);
    snapshot s;
    snap_take(&s, o);
    for (size_t i = 0; i < s.n; i++)
        if (s.len[i] <= 1024)
            fail_msg("%s/%s too small to overflow the limit", o, s.names[i]);
    /* each format alone, then all at once */
    for (size_t i = 0; every_format[i]; i++) {
        RUN(&(spawn_opts){.fsize = 1024}, &r, "-f", every_format[i], "-o", o, seeds);
        expect_status(&r, 1);
        if (!strstr(r.err, o))
            fail_msg("-f %s: the message does not name %s:\n%s", every_format[i], o, r.err);
        result_free(&r);
        expect_snapshot(&s, o);
    }
    RUN(&(spawn_opts){.fsize = 1024}, &r, "-f", ALL_FORMATS ",png,pdf", "-o", o, seeds);
    expect_status(&r, 1);
    assert_non_null(strstr(r.err, o));
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    free(seeds);
    rm_rf(d);
    free(d);
    free(o);
}

static void full_device_one_line_naming_cause(void **state)
{
    (void)state;
    /* Was a bug (fixed; kept as a regression test): with writes failing half-way (RLIMIT_FSIZE 1 KiB, SIGXFSZ ignored:
     * `(trap '' XFSZ; ulimit -f 1; newsgraph -f graphml -o DIR seeds)`)
     * graphml and gexf print four lines (libxml2's "I/O error : File too
     * large" and "I/O error : write error", then "error: writing GraphML
     * failed" without a file name, then "DIR/graph.graphml: error: not
     * written: input/output error"); dot, json, tsv and evidence print two
     * ("error: writing DOT failed" and the file's line); every format says
     * "input/output error" instead of the cause. Expected: one line naming
     * DIR/graph.X and saying "File too large"
     * (strerror(EFBIG); "No space left on device" on a full disk). */
    char *d = tmpdir(), *o = path_join(d, "o"), *seeds = path_join(root, "seeds");
    static const char *const ext[] = {"graph.dot",  "graph.svg",  "graph.png",
                                      "graph.pdf",  "graph.graphml", "graph.gexf",
                                      "graph.json", "entities.tsv", "evidence.tsv"};
    for (size_t i = 0; every_format[i]; i++) {
        result r;
        RUN(&(spawn_opts){.fsize = 1024}, &r, "-f", every_format[i], "-o", o, seeds);
        expect_status(&r, 1);
        char *target = path_join(o, ext[i]);
        expect_one_line(&r, target, strerror(EFBIG));
        free(target);
        result_free(&r);
        expect_no_tmp(o);
    }
    free(seeds);
    rm_rf(d);
    free(d);
    free(o);
}

static void make_loop_tree(const char *in)
{
    assert_int_equal(mkdir(in, 0755), 0);
    char *sub = path_join(in, "sub"), *one = path_join(in, "one.txt");
    char *two = path_join(sub, "two.txt"), *a = path_join(in, "a"), *up = path_join(sub, "up");
    assert_int_equal(mkdir(sub, 0755), 0);
    write_str(one, good_text);
    write_str(two, "Turkey opposed the Kurdish fighters near Kobani on Tuesday.\n");
    assert_int_equal(symlink(".", a), 0);
    assert_int_equal(symlink("..", up), 0);
    free(sub);
    free(one);
    free(two);
    free(a);
    free(up);
}

/* Symbolic-link loops to an enclosing directory (a -> ., sub/up -> ..):
 * one warning naming each, the rest processed once, exit 0. */
static void symlink_loops_to_enclosing(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    make_loop_tree(in);
    result r;
    RUN(NULL, &r, "--stats", "-f", "graphml", "-o", o, in);
    expect_status(&r, 0);
    assert_int_equal(stats_documents(r.err), 2);
    char **v;
    size_t n = stats_diag_lines(r.err, &v);
    char *a = path_join(in, "a"), *up = path_join(in, "sub/up");
    if (n != 2 || !strstr(v[0], a) || !strstr(v[1], up))
        fail_msg("expected one warning naming %s and one naming %s, got:\n%s", a, up, r.err);
    for (size_t i = 0; i < n; i++) {
        assert_non_null(strstr(v[i], "warning"));
        assert_non_null(strstr(v[i], "loop"));
    }
    free_lines(v, n);
    result_free(&r);
    char *gm = path_join(o, "graph.graphml");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", "Turkey", "Kobani", NULL};
    expect_graphml_nodes(gm, nodes);
    expect_no_tmp(o);
    free(gm);
    free(a);
    free(up);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* Two directories linking to each other (x/toy -> ../y, y/tox -> ../x): a
 * warning naming the loop, every file read once, exit 0. */
static void symlink_loop_between_two_dirs(void **state)
{
    (void)state;
    /* Was a bug (fixed; kept as a regression test): `newsgraph --stats -o DIR in` with in/x/inx.txt, in/y/iny.txt,
     * in/x/toy -> ../y and in/y/tox -> ../x reads each file twice (via
     * in/x/toy/iny.txt and in/y/iny.txt): "4 documents" instead of 2, with
     * "document id 'iny' already used; this one is 'iny~2'" warnings; the
     * walk only compares a directory with its ancestors, not with every
     * directory already visited. Expected: 2 documents, only loop
     * warnings. */
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    char *x = path_join(in, "x"), *y = path_join(in, "y");
    assert_int_equal(mkdir(in, 0755), 0);
    assert_int_equal(mkdir(x, 0755), 0);
    assert_int_equal(mkdir(y, 0755), 0);
    char *fx = path_join(x, "inx.txt"), *fy = path_join(y, "iny.txt");
    char *lx = path_join(x, "toy"), *ly = path_join(y, "tox");
    write_str(fx, good_text);
    write_str(fy, "Turkey opposed the Kurdish fighters near Kobani on Tuesday.\n");
    assert_int_equal(symlink("../y", lx), 0);
    assert_int_equal(symlink("../x", ly), 0);
    result r;
    RUN(NULL, &r, "--stats", "-f", "graphml", "-o", o, in);
    expect_status(&r, 0);
    assert_int_equal(stats_documents(r.err), 2);
    char **v;
    size_t n = stats_diag_lines(r.err, &v);
    int loop = 0;
    for (size_t i = 0; i < n; i++) {
        if (!strstr(v[i], "warning") || !strstr(v[i], in))
            fail_msg("expected only warnings naming a directory of %s, got: %s", in, v[i]);
        loop |= strstr(v[i], "loop") && (strstr(v[i], "toy") || strstr(v[i], "tox"));
    }
    if (!loop)
        fail_msg("expected a warning naming the loop, got:\n%s", r.err);
    free_lines(v, n);
    result_free(&r);
    char *gm = path_join(o, "graph.graphml");
    expect_graphml_valid(gm);
    const char *docs[] = {"inx", "iny", NULL};
    char *js = path_join(o, "graph.json");
    RUN(NULL, &r, "-f", "json", "-o", o, in);
    expect_status(&r, 0);
    result_free(&r);
    expect_json(js, docs);
    char *t = read_all(js, NULL);
    assert_null(strstr(t, "~2"));
    free(t);
    free(js);
    free(gm);
    free(fx);
    free(fy);
    free(lx);
    free(ly);
    free(x);
    free(y);
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* Tens of thousands of files in nested directories, with 64 file
 * descriptors: all documents counted, exit 0 (a descriptor leak would
 * run out). */
static void twenty_thousand_files(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "in"), *o = path_join(d, "o");
    assert_int_equal(mkdir(in, 0755), 0);
    char p[512];
    for (int i = 0; i < 20000; i++) {
        if (i % 1000 == 0) {
            snprintf(p, sizeof p, "%s/d%02d", in, i / 1000);
            assert_int_equal(mkdir(p, 0755), 0);
        }
        if (i % 100 == 0) {
            snprintf(p, sizeof p, "%s/d%02d/e%d", in, i / 1000, i / 100 % 10);
            assert_int_equal(mkdir(p, 0755), 0);
        }
        snprintf(p, sizeof p, "%s/d%02d/e%d/f%05d.txt", in, i / 1000, i / 100 % 10, i);
        char text[128];
        int n = snprintf(text, sizeof text, "Report %d: fighters left Raqqa.\n", i);
        int fd = open(p, O_WRONLY | O_CREAT | O_EXCL, 0644);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, text, (size_t)n), n);
        assert_int_equal(close(fd), 0);
    }
    for (int jobs = 1; jobs <= 4; jobs += 3) {
        char j[8];
        snprintf(j, sizeof j, "%d", jobs);
        result r;
        RUN(&(spawn_opts){.nofile = 64}, &r, "--stats", "-j", j, "-f", "graphml,json", "-o",
            o, in);
        expect_status(&r, 0);
        assert_int_equal(stats_documents(r.err), 20000);
        char **v;
        size_t n = stats_diag_lines(r.err, &v);
        if (n)
            fail_msg("no message expected, got:\n%.2000s", r.err);
        free_lines(v, n);
        result_free(&r);
        char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
        expect_graphml_valid(gm);
        const char *nodes[] = {"Raqqa", NULL};
        expect_graphml_nodes(gm, nodes);
        const char *docs[] = {"f00000", "f19999", NULL};
        expect_json(js, docs);
        expect_no_tmp(o);
        free(gm);
        free(js);
    }
    rm_rf(d);
    free(d);
    free(in);
    free(o);
}

/* ---- Gazetteer files --------------------------------------------------------------- */

typedef struct bad_gazetteer {
    const char *what;
    const char *lines; /* lines 2 and 3 (line 1 is a comment) */
    unsigned long line;
    const char *says;
} bad_gazetteer;

static const bad_gazetteer bad_gazetteers[] = {
    {"empty name", "Good Town\tplace\tvillage\n\tplace\tvillage\n", 3, "empty"},
    {"blank name", "Good Town\tplace\tvillage\n   \tplace\tvillage\n", 3, "name"},
    {"unknown kind", "Good Town\tplace\tvillage\nFoo Group\tgroup\tarmed_group\n", 3,
     "'group'"},
    {"latitude out of range", "Good Town\tplace\tvillage\nBar Town\tplace\tvillage\t\t91.5\t10\n",
     3, "coordinates"},
    {"longitude out of range",
     "Good Town\tplace\tvillage\nBar Town\tplace\tvillage\t\t35\t-180.5\n", 3, "coordinates"},
    {"coordinates not numbers",
     "Good Town\tplace\tvillage\nBaz Town\tplace\tvillage\t\tnorth\teast\n", 3, "coordinates"},
    {"latitude without longitude",
     "Good Town\tplace\tvillage\nLat Town\tplace\tvillage\t\t35.0\n", 3, "coordinates"},
    {"too few fields", "Good Town\tplace\tvillage\nOnly Two\tplace\n", 3, "fields"},
    {"one field", "Good Town\tplace\tvillage\nLonely\n", 3, "fields"},
    {"too many fields", "Good Town\tplace\tvillage\nA\tactor\tb\tc\t1\t2\tp\tx\n", 3, "fields"},
    {"conflicting duplicate", "Good Town\tplace\tvillage\nGood Town\tactor\tarmed_group\n", 3,
     "duplicate"},
    {"invalid UTF-8", "Good Town\tplace\tvillage\nBad\xFF Town\tplace\tvillage\n", 3, "UTF-8"},
    /* issue 22, fourth sweep: accepted silently, and such a name never
     * matched (the text holds no control nor bidirectional formatting
     * character) */
    {"ESC in a name", "Good Town\tplace\tvillage\nEsc\033[2J Town\tplace\tvillage\n", 3,
     "U+001B"},
    {"C1 control in a name", "Good Town\tplace\tvillage\nCsi\xC2\x9B Town\tplace\tvillage\n", 3,
     "U+009B"},
    {"RTL override in an alias",
     "Good Town\tplace\tvillage\nRtl Town\tplace\tvillage\tRtl\xE2\x80\xAETown\n", 3, "U+202E"},
};

/* Each malformed line: "file:line: reason", exit 1, nothing written, the
 * previous outputs intact. */
static void gazetteer_malformed_lines(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *fresh = path_join(d, "fresh"), *gz = path_join(d, "user.tsv");
    write_str(good, good_text);
    prime(o, good);
    snapshot s;
    snap_take(&s, o);
    for (size_t i = 0; i < sizeof bad_gazetteers / sizeof *bad_gazetteers; i++) {
        const bad_gazetteer *b = &bad_gazetteers[i];
        char text[512], where[600];
        snprintf(text, sizeof text, "# user gazetteer: %s\n%s", b->what, b->lines);
        write_str(gz, text);
        snprintf(where, sizeof where, "%s:%lu: ", gz, b->line);
        result r;
        RUN(NULL, &r, "-g", gz, "-o", fresh, good);
        expect_status(&r, 1);
        char **v;
        size_t n = diag_lines(r.err, &v);
        if (n != 1 || strncmp(v[0], where, strlen(where)) || !strstr(v[0], b->says))
            fail_msg("%s: expected one line '%s... %s', got:\n%s", b->what, where, b->says,
                     r.err);
        free_lines(v, n);
        result_free(&r);
        assert_false(exists(fresh));
        RUN(NULL, &r, "-g", gz, "-f", ALL_FORMATS, "-o", o, good);
        expect_status(&r, 1);
        expect_one_line(&r, where, b->says);
        result_free(&r);
        expect_snapshot(&s, o);
    }
    snap_free(&s);
    free(good);
    free(fresh);
    free(gz);
    rm_rf(d);
    free(d);
    free(o);
}

/* Many problems in one file: one line per problem, in order. */
static void gazetteer_one_line_per_problem(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *fresh = path_join(d, "fresh");
    char *gz = path_join(d, "user.tsv");
    write_str(good, good_text);
    write_str(gz, "# several problems\n"
                  "Good Town\tplace\tvillage\n"           /* 2 */
                  "\tplace\tvillage\n"                    /* 3 empty name */
                  "Foo Group\tgroup\tarmed_group\n"       /* 4 unknown kind */
                  "\n"                                    /* 5 blank: fine */
                  "Bar Town\tplace\tvillage\t\t91.5\t10\n" /* 6 coordinates */
                  "Only Two\tplace\n"                     /* 7 fields */
                  "Qarqoosh\tplace\tvillage\tQarqush\t36.1\t41.2\n" /* 8 fine */
                  "Good Town\tactor\tarmed_group\n");     /* 9 duplicate */
    result r;
    RUN(NULL, &r, "-g", gz, "-o", fresh, good);
    expect_status(&r, 1);
    char **v;
    size_t n = diag_lines(r.err, &v);
    const unsigned long lines[] = {3, 4, 6, 7, 9};
    if (n != 5)
        fail_msg("expected 5 lines, one per problem, got:\n%s", r.err);
    for (size_t i = 0; i < 5; i++) {
        char where[600];
        snprintf(where, sizeof where, "%s:%lu: ", gz, lines[i]);
        if (strncmp(v[i], where, strlen(where)))
            fail_msg("line %zu should start with '%s': %s", i + 1, where, v[i]);
    }
    free_lines(v, n);
    result_free(&r);
    assert_false(exists(fresh));
    free(good);
    free(fresh);
    free(gz);
    rm_rf(d);
    free(d);
}

/* ---- No blow-ups ------------------------------------------------------------------- */

/* size bytes of text on one line, no sentence end; some known entities. */
static void write_one_line(const char *path, size_t size)
{
    static const char words[] =
        "the fighters said on monday that they had left the town after long talks with "
        "local leaders and moved north along the river road while Islamic State fighters "
        "held out near Raqqa and the Syrian Democratic Forces waited ";
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    size_t n = 0, w = sizeof words - 1;
    while (n < size) {
        size_t k = size - n < w ? size - n : w;
        assert_int_equal(fwrite(words, 1, k, f), k);
        n += k;
    }
    fputc('\n', f);
    assert_int_equal(fclose(f), 0);
}

/* A 50 MB single line; the time for 50 MB is roughly five times the time
 * for 10 MB (a quadratic path would give ~25). Each the best of two runs.
 * Issue 22, fourth sweep (the limit "peak memory for a single document"):
 * a line without a blank line was one window, its tokens, candidates and
 * sentences held whole: the 50 MB line peaked at 486 MB, 9.7 times (a
 * 1 GB line was killed at 4.8 GB). Expected: at most 4 times its size and
 * 64 MB (not checked under ASan, whose own memory dwarfs it). */
static void huge_single_line_linear(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o");
    char *f10 = path_join(d, "ten.txt"), *f50 = path_join(d, "fifty.txt");
    write_one_line(f10, 10u * 1000 * 1000);
    write_one_line(f50, 50u * 1000 * 1000);
    double t10 = 1e9, t50;
    result r;
    for (int k = 0; k < 2; k++) {
        RUN(NULL, &r, "--stats", "-f", "graphml", "-o", o, f10);
        expect_status(&r, 0);
        assert_int_equal(stats_documents(r.err), 1);
        if (r.cpu < t10)
            t10 = r.cpu;
        result_free(&r);
    }
    t50 = 1e9;
    long rss = 0;
    for (int k = 0; k < 2; k++) {
        RUN(NULL, &r, "--stats", "-f", "graphml,json,svg", "-o", o, f50);
        expect_status(&r, 0);
        if (r.cpu < t50)
            t50 = r.cpu;
        rss = r.rss_kb;
        assert_int_equal(stats_documents(r.err), 1);
        char **v;
        size_t n = stats_diag_lines(r.err, &v);
        if (n)
            fail_msg("no message expected, got:\n%.2000s", r.err);
        free_lines(v, n);
        result_free(&r);
    }
    print_message("CPU: 10 MB %.2f s, 50 MB %.2f s, ratio %.1f; 50 MB peak RSS %ld KB\n", t10,
                  t50, t50 / t10, rss);
    if (!UNDER_ASAN && rss > 4 * 50000 + 65536)
        fail_msg("the 50 MB line peaked at %ld KB: more than 4 times its size and 64 MB", rss);
    char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
    char *sv = path_join(o, "graph.svg");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Islamic State", "Raqqa", "Syrian Democratic Forces", NULL};
    expect_graphml_nodes(gm, nodes);
    expect_json(js, nodes);
    xmlFreeDoc(xml_parse(sv));
    expect_no_tmp(o);
    if (t50 / t10 > 10.0)
        fail_msg("50 MB took %.2f s of CPU, 10 MB %.2f s: ratio %.1f > 10, not linear", t50, t10,
                 t50 / t10);
    free(gm);
    free(js);
    free(sv);
    free(f10);
    free(f50);
    rm_rf(d);
    free(d);
    free(o);
}

/* 2 MB of capitalised words without punctuation: one endless "name". */
static void capitalised_words_without_punctuation(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *in = path_join(d, "caps.txt");
    FILE *f = fopen(in, "wb");
    assert_non_null(f);
    uint32_t x = 12345;
    for (size_t n = 0; n < 2u * 1000 * 1000; n += 4) {
        char w[5];
        for (int k = 0; k < 3; k++) {
            x = x * 1103515245u + 12345u;
            w[k] = (char)((k ? 'a' : 'A') + (x >> 16) % 26);
        }
        w[3] = ' ';
        w[4] = '\0';
        fputs(w, f);
    }
    fputs("Raqqa\n", f);
    assert_int_equal(fclose(f), 0);
    result r;
    RUN(NULL, &r, "--stats", "-f", ALL_FORMATS, "-o", o, in);
    expect_status(&r, 0);
    assert_int_equal(stats_documents(r.err), 1);
    char **v;
    size_t n = stats_diag_lines(r.err, &v);
    if (n)
        fail_msg("no message expected, got:\n%.2000s", r.err);
    free_lines(v, n);
    result_free(&r);
    char *gm = path_join(o, "graph.graphml"), *js = path_join(o, "graph.json");
    char *gx = path_join(o, "graph.gexf"), *sv = path_join(o, "graph.svg");
    char *dt = path_join(o, "graph.dot");
    expect_graphml_valid(gm);
    expect_json(js, NULL);
    xmlFreeDoc(xml_parse(gx));
    xmlFreeDoc(xml_parse(sv));
    agclose(dot_read(dt));
    expect_no_tmp(o);
    free(gm);
    free(js);
    free(gx);
    free(sv);
    free(dt);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* A user gazetteer of 100,000 entries with an alias each. */
static void gazetteer_of_100000_aliases(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *gz = path_join(d, "big.tsv");
    char *in = path_join(d, "in.txt");
    FILE *f = fopen(gz, "wb");
    assert_non_null(f);
    for (int i = 0; i < 100000; i++)
        fprintf(f, "Name%d\tplace\tvillage\tAlias%d\n", i, i);
    assert_int_equal(fclose(f), 0);
    write_str(in, "Islamic State fighters moved from Alias77777 to Name99999 and Raqqa.\n");
    result r;
    RUN(NULL, &r, "-g", gz, "-f", "graphml", "-o", o, in);
    expect_status(&r, 0);
    assert_string_equal(r.err, "");
    result_free(&r);
    char *gm = path_join(o, "graph.graphml");
    expect_graphml_valid(gm);
    const char *nodes[] = {"Name77777", "Name99999", "Islamic State", "Raqqa", NULL};
    expect_graphml_nodes(gm, nodes);
    free(gm);
    free(gz);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, defect 4: the aliases of one line were kept distinct by a
 * linear scan: 20,000 took 0.94 s, 80,000 12.7 s, 200,000 minutes. Expected:
 * linear (a hash set): 200,000 aliases on one line (and the same name
 * repeated on 50,000 lines, which merged the same way) in seconds. */
static void gazetteer_200000_aliases_on_one_line(void **state)
{
    (void)state;
    char *d = tmpdir(), *o = path_join(d, "o"), *gz = path_join(d, "wide.tsv");
    char *in = path_join(d, "in.txt");
    for (int merged = 0; merged < 2; merged++) {
        FILE *f = fopen(gz, "wb");
        assert_non_null(f);
        if (!merged) {
            fputs("Wide Front\tactor\tarmed_group\t", f);
            for (int i = 0; i < 200000; i++)
                fprintf(f, "%sWide%d", i ? "|" : "", i);
            fputs("|Wide5\n", f); /* a repeat: kept once */
        } else {
            for (int i = 0; i < 50000; i++)
                fprintf(f, "Wide Front\tactor\tarmed_group\tWide%d|Wider%d\n", i, i);
        }
        assert_int_equal(fclose(f), 0);
        write_str(in, "Islamic State fighters attacked Wide4999 near Raqqa.\n");
        result r;
        RUN(NULL, &r, "-g", gz, "-f", "graphml", "-o", o, in);
        expect_status(&r, 0);
        assert_string_equal(r.err, "");
        double limit = UNDER_ASAN ? 60.0 : 20.0;
        if (r.cpu > limit)
            fail_msg("%s aliases: %.1f s of CPU (more than %.0f)",
                     merged ? "merged" : "one line's", r.cpu, limit);
        result_free(&r);
        char *gm = path_join(o, "graph.graphml");
        const char *nodes[] = {"Wide Front", "Islamic State", "Raqqa", NULL};
        expect_graphml_nodes(gm, nodes);
        free(gm);
    }
    free(gz);
    free(in);
    rm_rf(d);
    free(d);
    free(o);
}

/* ---- Usage errors ------------------------------------------------------------------- */

/* Exit 2, a one-line message, nothing written, previous outputs intact. */
static void usage_errors(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *fresh = path_join(d, "fresh");
    write_str(good, good_text);
    prime(o, good);
    snapshot s;
    snap_take(&s, o);
    result r;
    /* unknown option */
    RUN(NULL, &r, "--bogus", "-o", fresh, good);
    expect_usage(&r, "--bogus");
    result_free(&r);
    RUN(NULL, &r, "-Z", "-o", o, good);
    expect_usage(&r, "-Z");
    result_free(&r);
    RUN(NULL, &r, "-o", o, "--stats=yes", good);
    expect_usage(&r, "--stats");
    result_free(&r);
    /* missing option value */
    RUN(NULL, &r, good, "-o");
    expect_usage(&r, "-o");
    result_free(&r);
    RUN(NULL, &r, "-o", fresh, good, "--formats");
    expect_usage(&r, "--formats");
    result_free(&r);
    RUN(NULL, &r, "-o", o, good, "-g");
    expect_usage(&r, "-g");
    result_free(&r);
    /* unknown format */
    RUN(NULL, &r, "-f", "jpeg", "-o", fresh, good);
    expect_usage(&r, "'jpeg'");
    result_free(&r);
    RUN(NULL, &r, "-f", "dot,graphml,xml", "-o", o, good);
    expect_usage(&r, "'xml'");
    result_free(&r);
    RUN(NULL, &r, "-f", ",", "-o", o, good);
    expect_usage(&r, "format");
    result_free(&r);
    /* bad -j value */
    const char *jobs[] = {"0", "-1", "zero", "2x", "99999", "", NULL};
    for (size_t i = 0; jobs[i]; i++) {
        char quoted[32];
        snprintf(quoted, sizeof quoted, "'%s'", jobs[i]);
        RUN(NULL, &r, "-j", jobs[i], "-o", o, good);
        expect_usage(&r, quoted);
        result_free(&r);
    }
    /* no input */
    RUN(NULL, &r, "-o", fresh);
    expect_usage(&r, "no input");
    result_free(&r);
    RUN(NULL, &r, NULL);
    expect_usage(&r, "no input");
    result_free(&r);
    assert_false(exists(fresh));
    expect_snapshot(&s, o);
    snap_free(&s);
    free(good);
    free(fresh);
    rm_rf(d);
    free(d);
    free(o);
}

/* Issue 22, third sweep (class g, option values): Graphviz attribute
 * values of the right type but out of any sane range: `-E minlen=1000000000`
 * crashed dot (SIGSEGV), `-N sides=100000000` took 1.5 GB and minutes,
 * `-N peripheries=1000000` minutes, `-N fontsize=1e308` printed Pango's
 * raw "CRITICAL" lines; `--page 200x200in --dpi 2400 -f png` asked cairo
 * for 480,000 pixels a side: 4 GB, minutes, and Graphviz's raw "(null):
 * graph is too large" line. Expected: usage errors, exit 2, nothing read
 * or written. */
static void option_values_out_of_range(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    write_str(good, good_text);
    const char *const attrs[][3] = {{"-E", "minlen=1000000000", "0 to 1000"},
                                    {"-N", "sides=100000000", "3 to 100"},
                                    {"-N", "peripheries=1000000", "0 to 100"},
                                    {"-N", "peripheries=99999999999999999999", "0 to 100"},
                                    {"-N", "fontsize=1e308", "1 to 1000"},
                                    {"-E", "labelfontsize=2000", "1 to 1000"}};
    result r;
    spawn_opts lim = {.as = 1L << 30};
    for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++) {
        RUN(&lim, &r, attrs[i][0], attrs[i][1], "-f", "svg", "-o", o, good);
        expect_usage(&r, attrs[i][2]);
        result_free(&r);
    }
    RUN(&lim, &r, "--page", "200x200in", "--dpi", "2400", "-f", "png", "-o", o, good);
    expect_usage(&r, "480000 x 480000 pixels");
    result_free(&r);
    char *png = path_join(d, "x.png");
    RUN(&lim, &r, "--page", "200x200in", "-o", png, good);
    expect_usage(&r, "38400 x 38400 pixels");
    result_free(&r);
    /* within the bounds: drawn */
    RUN(&lim, &r, "-E", "minlen=3", "-N", "peripheries=2", "-N", "fontsize=20", "--page",
        "200x200in", "--dpi", "40", "-f", "svg,png", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    assert_false(exists(png));
    rm_rf(d);
    free(d), free(good), free(o), free(png);
}

/* --all is the whole graph, unfiltered; a view option with it was dropped
 * without a word (--focus X --all drew everything, --all --focus X the
 * neighbourhood: the later won). Either order is a usage error naming the
 * other option; nothing is read or written. */
static void all_with_view_options_refused(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    write_str(good, good_text);
    const char *const views[][2] = {{"--focus", "Raqqa"}, {"--top", "5"},
                                    {"--max-edges", "3"}, {"--min-weight", "2"},
                                    {"--kinds", "actor"}, {"--relations", "opposes"},
                                    {"--depth", "2"},     {"--rank", "mentions"}};
    result r;
    for (size_t i = 0; i < sizeof views / sizeof *views; i++) {
        RUN(NULL, &r, views[i][0], views[i][1], "--all", "-f", "json", "-o", o, good);
        expect_usage(&r, views[i][0]);
        result_free(&r);
        RUN(NULL, &r, "--all", views[i][0], views[i][1], "-f", "json", "-o", o, good);
        expect_usage(&r, views[i][0]);
        result_free(&r);
    }
    assert_false(exists(o));
    /* each alone still draws */
    RUN(NULL, &r, "--all", "--all", "-f", "json", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "--focus", "Raqqa", "--depth", "2", "-f", "json", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    rm_rf(d);
    free(d), free(good), free(o);
}

/* A JSON number beyond 64 bits as a field: json-c clamps it to the limit,
 * so a 5000-digit date was said to be '9223372036854775807' and two long
 * numeric ids were one ("also the id of"). Such a number is said once,
 * naming the field, and dropped (the id falls back to FILE:LINE); the
 * numbers that fit are kept as written, above 2^63 too. */
static void json_numbers_beyond_64_bits(void **state)
{
    (void)state;
    char *d = tmpdir(), *in = path_join(d, "n.jsonl"), *o = path_join(d, "o");
    const char *t = "\"text\": \"Turkey opposed the Syrian Democratic Forces near Manbij.\"}\n";
    size_t cap = 16384, len = 0;
    char *s = malloc(cap);
    len += (size_t)snprintf(s + len, cap - len, "{\"id\": \"a\", \"date\": ");
    for (int i = 0; i < 5000; i++)
        s[len++] = '9';
    len += (size_t)snprintf(s + len, cap - len, ", %s", t);
    len += (size_t)snprintf(s + len, cap - len, "{\"id\": 999999999999999999999999999999, %s", t);
    len += (size_t)snprintf(s + len, cap - len, "{\"id\": 9999999999999999999999999999999, %s", t);
    len += (size_t)snprintf(s + len, cap - len, "{\"id\": -999999999999999999999999999999, %s", t);
    len += (size_t)snprintf(s + len, cap - len, "{\"id\": 10000000000000000000, %s", t);
    len += (size_t)snprintf(s + len, cap - len, "{\"id\": 12.50, %s", t);
    write_file(in, s, len);
    free(s);
    result r;
    RUN(NULL, &r, "-f", "json", "-o", o, in);
    expect_status(&r, 0);
    char **v;
    size_t n = diag_lines(r.err, &v);
    const char *want[] = {"n.jsonl:1: warning: date: a number beyond 64 bits",
                          "n.jsonl:2: warning: id: a number beyond 64 bits",
                          "n.jsonl:3: warning: id: a number beyond 64 bits",
                          "n.jsonl:4: warning: id: a number beyond 64 bits"};
    if (n != 4)
        fail_msg("expected 4 warnings, got %zu:\n%s", n, r.err);
    for (size_t i = 0; i < n; i++)
        if (!strstr(v[i], want[i]) || strstr(v[i], "9223372036854775807"))
            fail_msg("line %zu: expected '%s', got '%s'", i + 1, want[i], v[i]);
    free_lines(v, n);
    result_free(&r);
    char *gj = path_join(o, "graph.json"), *j = read_all(gj, NULL);
    assert_non_null(j);
    if (!strstr(j, "\"documents\": [\"a\", \"n.jsonl:2\", \"n.jsonl:3\", \"n.jsonl:4\", "
                   "\"10000000000000000000\", \"12.50\"]") ||
        strstr(j, "9223372036854775807"))
        fail_msg("graph.json's documents are not the ids as written:\n%.600s", j);
    free(j), free(gj);
    rm_rf(d);
    free(d), free(in), free(o);
}

/* Issue 22, fifth sweep: a .csv or .tsv in an input tree that is no article
 * export (no text column) failed the whole run, as did a .json holding no
 * object ([1,2,3], 42); and `newsgraph -f json -o tree/x.json tree` run
 * twice read its own x.json the second time ("article 1: not a JSON
 * object", exit 1; entities.tsv and evidence.tsv as single files alike).
 * Expected: a file found by walking a tree that is no article export,
 * newsgraph's own outputs included, is skipped with one warning naming it
 * and why, the rest read (exit 0); named on the command line it is an
 * error (exit 1, nothing written), a warning with --skip-bad. */
static void non_exports_in_a_tree_skipped(void **state)
{
    (void)state;
    char *d = tmpdir(), *t = path_join(d, "t"), *o = path_join(d, "o");
    char *good = path_join(t, "good.txt"), *x = path_join(t, "x.json");
    char *ent = path_join(t, "ent.tsv"), *ev = path_join(t, "ev.tsv");
    char *oj = path_join(o, "graph.json");
    assert_int_equal(mkdir(t, 0755), 0);
    write_str(good, good_text);
    const char *const foreign[][3] = {
        {"data.csv", "a,b\n1,2\n", "no text column"},
        {"notes.tsv", "x\ty\n1\t2\n", "no text column"},
        {"numbers.json", "[1, 2, 3]", "holding no JSON object"},
        {"strings.json", "{\"results\": [\"a\", \"b\"]}", "holding no JSON object"},
        {"scalar.json", "42", "not an array of articles"},
    };
    size_t nf = sizeof foreign / sizeof *foreign;
    for (size_t i = 0; i < nf; i++) {
        char *p = path_join(t, foreign[i][0]);
        write_str(p, foreign[i][1]);
        free(p);
    }
    result r;
    /* a run's own single-file outputs inside its input tree, run twice */
    for (int k = 0; k < 2; k++) {
        RUN(NULL, &r, "-q", "-f", "json", "-o", x, t);
        expect_status(&r, 0);
        result_free(&r);
        RUN(NULL, &r, "-q", "-f", "tsv", "-o", ent, t);
        expect_status(&r, 0);
        result_free(&r);
        RUN(NULL, &r, "-q", "-f", "evidence", "-o", ev, t);
        expect_status(&r, 0);
        result_free(&r);
    }
    RUN(NULL, &r, "-f", "json", "-o", o, t);
    expect_status(&r, 0);
    char **v;
    size_t n = diag_lines(r.err, &v);
    if (n != nf + 3)
        fail_msg("expected %zu warnings, one a file, got %zu:\n%s", nf + 3, n, r.err);
    for (size_t i = 0; i < nf; i++)
        if (lines_with(&r, foreign[i][0]) != 1 || lines_with(&r, foreign[i][2]) < 1)
            fail_msg("%s not said once (%s):\n%s", foreign[i][0], foreign[i][2], r.err);
    if (lines_with(&r, "x.json: warning: a graph newsgraph wrote") != 1 ||
        lines_with(&r, "ent.tsv:1: warning: a table newsgraph wrote (entities.tsv") != 1 ||
        lines_with(&r, "ev.tsv:1: warning: a table newsgraph wrote (evidence.tsv") != 1 ||
        lines_with(&r, "; skipped") != nf + 3 || lines_with(&r, "error") != 0)
        fail_msg("newsgraph's own outputs not said as such:\n%s", r.err);
    free_lines(v, n);
    result_free(&r);
    expect_json(oj, ((const char *[]){"good", NULL}));
    char *j = read_all(oj, NULL);
    if (!strstr(j, "\"documents\": [\"good\"]"))
        fail_msg("documents other than good read:\n%.400s", j);
    free(j);
    /* named: an error, nothing written; with --skip-bad a warning */
    rm_rf(o);
    const char *named[] = {"data.csv", "numbers.json", "scalar.json", "x.json", "ev.tsv", NULL};
    for (size_t i = 0; named[i]; i++) {
        char *p = path_join(t, named[i]);
        RUN(NULL, &r, "-f", "json", "-o", o, good, p);
        expect_status(&r, 1);
        expect_one_line(&r, p, "error");
        result_free(&r);
        assert_false(exists(o));
        RUN(NULL, &r, "--skip-bad", "-f", "json", "-o", o, good, p);
        expect_status(&r, 0);
        expect_one_line(&r, p, "warning");
        assert_int_equal(lines_with(&r, "; skipped"), 1);
        result_free(&r);
        rm_rf(o);
        free(p);
    }
    rm_rf(d);
    free(d), free(t), free(o), free(good), free(x), free(ent), free(ev), free(oj);
}

/* Issue 22, fifth sweep, options repeated or empty: `--update a --update
 * b` updated b and left a as it was, `--focus A --focus B` drew B,
 * `--field text=a --field text=b` read b, each without a word; `-g ''`
 * and `--triggers ''` were "': error: cannot open" (exit 1) where an
 * empty -T or --update is a usage error. Expected: a usage error naming
 * the option (exit 2, nothing read, no knowledge base touched); the same
 * value twice stays harmless. */
static void repeated_options_said(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *k1 = path_join(d, "k1.graphml"), *k2 = path_join(d, "k2.graphml");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", k1, good);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", k2, good);
    expect_status(&r, 0);
    result_free(&r);
    snapshot s;
    snap_take(&s, d);
    RUN(NULL, &r, "--update", k1, "--update", k2, good);
    expect_usage(&r, "--update given twice");
    result_free(&r);
    RUN(NULL, &r, "--focus", "Raqqa", "--focus", "Turkey", "-f", "json", "-o", o, good);
    expect_usage(&r, "--focus given twice");
    result_free(&r);
    RUN(NULL, &r, "--field", "text=a", "--field", "text=b", "-f", "json", "-o", o, good);
    expect_usage(&r, "--field 'text=b'");
    result_free(&r);
    RUN(NULL, &r, "-g", "", "-f", "json", "-o", o, good);
    expect_usage(&r, "empty --gazetteer file");
    result_free(&r);
    RUN(NULL, &r, "--triggers", "", "-f", "json", "-o", o, good);
    expect_usage(&r, "empty --triggers file");
    result_free(&r);
    expect_snapshot(&s, d);
    snap_free(&s);
    /* the same value twice, or two fields: read */
    RUN(NULL, &r, "-q", "--focus", "Raqqa", "--focus", "Raqqa", "--field", "text=text",
        "--field", "text=text", "--field", "id=id", "-f", "json", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-q", "--update", k1, "--update", k1, good);
    expect_status(&r, 0);
    result_free(&r);
    rm_rf(d);
    free(d), free(good), free(o), free(k1), free(k2);
}

/* Issue 22, fifth sweep: `newsgraph -o arts.json arts.json` read the
 * articles, then replaced them with the graph (exit 0: the export lost);
 * the same with -o arts.tsv, with the input found in a tree, and with
 * -o DIR naming DIR/graph.json as an input. Expected: an input that an
 * output of the run would replace is an error naming it (exit 1, every
 * file as it was), --skip-bad or not; newsgraph's own output (written by
 * an earlier run) stays an output like any other. */
static void output_never_replaces_an_input(void **state)
{
    (void)state;
    char *d = tmpdir(), *t = path_join(d, "t"), *o = path_join(d, "o");
    char *aj = path_join(t, "arts.json"), *at = path_join(t, "arts.tsv");
    char *good = path_join(t, "good.txt"), *og = path_join(o, "graph.json");
    assert_int_equal(mkdir(t, 0755), 0);
    assert_int_equal(mkdir(o, 0755), 0);
    write_str(good, good_text);
    write_str(aj, "[{\"id\": \"j\", \"text\": \"Turkey opposed the Syrian Democratic Forces.\"}]");
    write_str(at, "id\ttext\nt\tTurkey opposed the Syrian Democratic Forces.\n");
    write_str(og, "[{\"id\": \"g\", \"text\": \"Turkey opposed the Syrian Democratic Forces.\"}]");
    snapshot s, so;
    snap_take(&s, t);
    snap_take(&so, o);
    result r;
    const char *const runs[][8] = {
        {"-o", aj, aj, NULL},
        {"--skip-bad", "-o", aj, aj, good, NULL},
        {"-o", at, at, NULL},
        {"-f", "json", "-o", aj, t, NULL},
        {"--skip-bad", "-f", "tsv", "-o", at, t, NULL},
        {"-f", "json", "-o", o, og, NULL},
    };
    const char *const named[] = {aj, aj, at, aj, at, og};
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        const char *const *a = runs[i];
        RUN(NULL, &r, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
        expect_status(&r, 1);
        expect_one_line(&r, named[i], "an input, and an output of this run");
        result_free(&r);
        expect_snapshot(&s, t);
        expect_snapshot(&so, o);
    }
    snap_free(&s);
    snap_free(&so);
    /* newsgraph's own output in its place is replaced, as any output */
    RUN(NULL, &r, "-q", "-f", "json", "-o", og, good);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-f", "json", "-o", o, og, good);
    expect_status(&r, 1); /* named: not articles */
    expect_one_line(&r, og, "a graph newsgraph wrote");
    result_free(&r);
    RUN(NULL, &r, "-q", "-f", "json", "-o", o, t);
    expect_status(&r, 0);
    result_free(&r);
    rm_rf(d);
    free(d), free(t), free(o), free(aj), free(at), free(good), free(og);
}

/* Issue 22, fifth sweep: `--update KB -o fig.svg INPUT` did not write
 * fig.svg (exit 0): only -f asked for formats. And `--update KB -f
 * graphml -o DIR` with KB being
 * DIR/graph.graphml (the default output's name), or -o KB itself, wrote
 * the knowledge base twice, the last rename winning: with --filter-data
 * --focus a filtered GraphML without the knowledge base replaced it (11
 * nodes left of 43, "not a newsgraph knowledge base" on the next
 * --update), exit 0. Expected: a usage error naming the knowledge base;
 * it stays as it was. */
static void update_and_output_one_file(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *o = path_join(d, "o");
    char *kb = path_join(o, "graph.graphml"), *two = path_join(d, "two.txt");
    char *dot = path_join(d, "./o/graph.graphml");
    write_str(good, good_text);
    write_str(two, "Russia supported the Syrian government in Aleppo.\n");
    result r;
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", o, good);
    expect_status(&r, 0);
    result_free(&r);
    snapshot s;
    snap_take(&s, o);
    RUN(NULL, &r, "--update", kb, "-f", "graphml", "--filter-data", "--focus", "Turkey", "-o",
        o, two);
    expect_usage(&r, "--update writes the knowledge base");
    result_free(&r);
    RUN(NULL, &r, "--update", dot, "-f", "json,graphml", "-o", o, two);
    expect_usage(&r, "--update writes the knowledge base");
    result_free(&r);
    RUN(NULL, &r, "--update", kb, "-o", kb, two);
    expect_usage(&r, "--update writes the knowledge base");
    result_free(&r);
    expect_snapshot(&s, o);
    snap_free(&s);
    /* -o FILE.EXT asks for its format as -f would: it was not written */
    char *fig = path_join(d, "fig.svg");
    RUN(NULL, &r, "-q", "--update", kb, "-o", fig, two);
    expect_status(&r, 0);
    result_free(&r);
    if (!exists(fig))
        fail_msg("--update KB -o fig.svg did not write fig.svg");
    free(fig);
    /* other formats into the same directory: fine */
    RUN(NULL, &r, "-q", "--update", kb, "-f", "json", "-o", o, two);
    expect_status(&r, 0);
    result_free(&r);
    rm_rf(d);
    free(d), free(good), free(o), free(kb), free(two), free(dot);
}

/* Issue 22, fifth sweep: `newsgraph merge -o x.svg a.graphml b.graphml`
 * made an empty directory x.svg, then failed ("x.svg: is a directory,
 * cannot write output", exit 1): merge took -o FILE.EXT for a directory.
 * Expected: as in a run, the one file written (its directory made when
 * missing); merging into one of the knowledge bases read is fine. */
static void merge_into_one_file(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *two = path_join(d, "two.txt");
    char *ka = path_join(d, "a.graphml"), *kb = path_join(d, "b.graphml");
    char *svg = path_join(d, "x.svg"), *sub = path_join(d, "sub/m.graphml");
    write_str(good, good_text);
    write_str(two, "Russia supported the Syrian government in Aleppo.\n");
    result r;
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", ka, good);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", kb, two);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "merge", "-q", "-o", svg, ka, kb);
    expect_status(&r, 0);
    result_free(&r);
    struct stat st;
    assert_int_equal(lstat(svg, &st), 0);
    if (!S_ISREG(st.st_mode))
        fail_msg("merge -o x.svg did not write the file x.svg");
    xmlFreeDoc(xml_parse(svg));
    RUN(NULL, &r, "merge", "-q", "-o", sub, ka, kb);
    expect_status(&r, 0);
    result_free(&r);
    expect_graphml_valid(sub);
    RUN(NULL, &r, "merge", "-q", "-o", ka, ka, kb);
    expect_status(&r, 0);
    result_free(&r);
    expect_graphml_valid(ka);
    rm_rf(d);
    free(d), free(good), free(two), free(ka), free(kb), free(svg), free(sub);
}

/* Issue 22, fifth sweep: `-o Figure.SVG` or `-o graph.JSON` made a
 * DIRECTORY of that name holding graph.dot, graph.svg and graph.graphml
 * (exit 0), where inputs are read by extension in any case (A.TXT).
 * Expected: the one file, its format named by the extension in any case. */
static void output_extension_any_case(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt");
    char *svg = path_join(d, "Figure.SVG"), *js = path_join(d, "g.JSON");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-q", "-o", svg, good);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-q", "-f", "json", "-o", js, good);
    expect_status(&r, 0);
    result_free(&r);
    struct stat st;
    assert_int_equal(lstat(svg, &st), 0);
    if (!S_ISREG(st.st_mode))
        fail_msg("-o Figure.SVG did not write the file Figure.SVG");
    xmlFreeDoc(xml_parse(svg));
    assert_int_equal(lstat(js, &st), 0);
    if (!S_ISREG(st.st_mode))
        fail_msg("-o g.JSON did not write the file g.JSON");
    expect_json(js, ((const char *[]){"good", NULL}));
    rm_rf(d);
    free(d), free(good), free(svg), free(js);
}

/* Issue 22, fifth sweep: an empty knowledge base (`touch kb.graphml`,
 * then --update or merge) was "kb.graphml:1: error: malformed XML:
 * Extra content at the end of the document", libxml2's words for no
 * document. Expected: said to be empty, not a knowledge base; exit 1,
 * the file as it was. */
static void empty_knowledge_base_said(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *kb = path_join(d, "kb.graphml");
    char *o = path_join(d, "o");
    write_str(good, good_text);
    write_str(kb, "");
    result r;
    RUN(NULL, &r, "--update", kb, good);
    expect_status(&r, 1);
    expect_one_line(&r, kb, "empty: not a knowledge base");
    result_free(&r);
    write_str(kb, "\n \n");
    RUN(NULL, &r, "merge", "-o", o, kb);
    expect_status(&r, 1);
    expect_one_line(&r, kb, "empty: not a knowledge base");
    result_free(&r);
    size_t n;
    char *t = read_all(kb, &n);
    assert_int_equal(n, 3);
    free(t);
    assert_false(exists(o));
    rm_rf(d);
    free(d), free(good), free(kb), free(o);
}

/* Issue 22 (the fifth sweep's leftover): a knowledge base whose table of
 * articles was moved after its nodes (by hand, by a tool re-ordering the
 * graph's <data>) said "document number out of range" (--update, merge of
 * two) or "no article in the knowledge bases" (merge of one). Expected: one
 * line naming the file and saying the articles must come first; the base
 * untouched. */
static void kb_articles_after_nodes_said(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *kb = path_join(d, "kb.graphml");
    char *moved = path_join(d, "moved.graphml"), *o = path_join(d, "o");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-q", "-f", "graphml", "-o", kb, good);
    expect_status(&r, 0);
    result_free(&r);
    size_t n;
    char *t = read_all(kb, &n);
    char *a = strstr(t, "<data key=\"kb_articles\">"), *ae = a ? strstr(a, "</data>") : NULL;
    char *g = strstr(t, "</graph>");
    assert_non_null(ae);
    assert_non_null(g);
    ae += strlen("</data>");
    assert_true(a != NULL && ae <= g);
    /* the record moved after the nodes; lengths kept in size_t so GCC
     * (-O3, LTO) sees no negative one in a copy */
    size_t before = (size_t)(a - t), rec = (size_t)(ae - a), nodes = (size_t)(g - ae),
           rest = strlen(g), len = 0;
    char *m = malloc(before + rec + nodes + 3 + rest + 1);
    assert_non_null(m);
    memcpy(m + len, t, before), len += before;
    memcpy(m + len, ae, nodes), len += nodes;
    memcpy(m + len, a, rec), len += rec;
    memcpy(m + len, "\n  ", 3), len += 3;
    memcpy(m + len, g, rest + 1), len += rest;
    write_str(moved, m);
    free(t);
    const char *const runs[][7] = {{"merge", "-q", "-o", o, moved, NULL},
                                   {"merge", "-q", "-o", o, kb, moved},
                                   {"-q", "--update", moved, good, NULL, NULL}};
    for (size_t i = 0; i < 3; i++) {
        run_argv(NULL, &r, runs[i]);
        expect_status(&r, 1);
        expect_one_line(&r, moved, "before the table of articles ('kb_articles')");
        result_free(&r);
    }
    t = read_all(moved, &n);
    assert_int_equal(n, len);
    assert_memory_equal(t, m, n);
    free(t);
    free(m);
    assert_false(exists(o));
    rm_rf(d);
    free(d), free(good), free(kb), free(moved), free(o);
}

/* Issue 22 (the fifth sweep's leftover): `newsgraph -o . .` said that it
 * skips the output directory, then "no article found". Expected: one line
 * naming the input as the output directory, exit 1, nothing written; the
 * output directory found below a named one is still skipped with a warning
 * and the rest read. */
static void output_dir_as_input_said_once(void **state)
{
    (void)state;
    char *d = tmpdir(), *good = path_join(d, "good.txt"), *sub = path_join(d, "out");
    char *dot = path_join(d, "graph.dot"), *sub_dot = path_join(sub, "graph.dot");
    write_str(good, good_text);
    result r;
    RUN(NULL, &r, "-o", d, d);
    expect_status(&r, 1);
    expect_one_line(&r, d, "the output directory (-o), never read as input");
    result_free(&r);
    assert_false(exists(dot));
    RUN(NULL, &r, "--skip-bad", "-o", d, good, d);
    expect_status(&r, 1);
    expect_one_line(&r, d, "the output directory (-o), never read as input");
    result_free(&r);
    assert_false(exists(dot));
    /* below a named directory: skipped, said, the rest read */
    RUN(NULL, &r, "-q", "-o", sub, d);
    expect_status(&r, 0);
    result_free(&r);
    RUN(NULL, &r, "-o", sub, d);
    expect_status(&r, 0);
    expect_one_line(&r, sub, "the output directory, among the inputs: not read");
    result_free(&r);
    assert_true(exists(sub_dot));
    rm_rf(d);
    free(d), free(good), free(sub), free(dot), free(sub_dot);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s NEWSGRAPH SOURCE_ROOT FAILRENAME_MODULE [TEST]\n", argv[0]);
        return 2;
    }
    bin = argv[1];
    root = argv[2];
    failrename = argv[3];
    if (argc > 4) /* a test name (or a pattern): that one only */
        cmocka_set_test_filter(argv[4]);
    umask(022);
    const struct CMUnitTest encoding[] = {
        cmocka_unit_test(invalid_utf8_one_warning_per_file),
        cmocka_unit_test(bom_and_crlf),
        cmocka_unit_test(crlf_same_as_lf),
        cmocka_unit_test(utf16_transcoded),
        cmocka_unit_test(utf16_exports_read),
        cmocka_unit_test(utf16_word_files_said_once),
        cmocka_unit_test(binary_files_skipped),
        cmocka_unit_test(endless_binary_input),
        cmocka_unit_test(control_characters_never_reach_xml),
    };
    const struct CMUnitTest escaping[] = {
        cmocka_unit_test(special_characters_in_every_format),
        cmocka_unit_test(dot_long_strings_read_back),
        cmocka_unit_test(escape_sequences_never_reach_terminal),
        cmocka_unit_test(raw_bytes_in_no_output),
        cmocka_unit_test(bidi_marks_in_no_output),
        cmocka_unit_test(article_fields_cleaned_once),
    };
    const struct CMUnitTest files[] = {
        cmocka_unit_test(missing_input),
        cmocka_unit_test(gazetteer_is_a_directory),
        cmocka_unit_test(late_rename_failure_keeps_the_set),
        cmocka_unit_test(output_is_a_regular_file),
        cmocka_unit_test(output_file_is_a_directory),
        cmocka_unit_test(output_directory_not_writable),
        cmocka_unit_test(unreadable_input_outputs_intact),
        cmocka_unit_test(unreadable_input_one_line_nothing_written),
        cmocka_unit_test(stdin_bounded),
        cmocka_unit_test(stream_records_bounded),
        cmocka_unit_test(stream_formats_edge_cases),
        cmocka_unit_test(lists_and_word_files_bounded),
        cmocka_unit_test(list_repeats_read_once_and_bounded),
        cmocka_unit_test(every_list_read),
        cmocka_unit_test(standard_input_named_alike),
        cmocka_unit_test(merge_of_nothing_and_stdin_kb),
        cmocka_unit_test(long_names_in_messages_bounded),
        cmocka_unit_test(json_literals_said_to_be_no_articles),
        cmocka_unit_test(csv_quote_never_closed_skipped_once),
        cmocka_unit_test(html_deeper_than_libxml2_reads),
        cmocka_unit_test(special_files_in_a_tree_said),
        cmocka_unit_test(fifo_without_writer_fails),
        cmocka_unit_test(tree_files_read_by_kind),
        cmocka_unit_test(skipped_documents_not_listed),
        cmocka_unit_test(output_directory_among_inputs_not_read),
        cmocka_unit_test(knowledge_base_is_a_directory),
        cmocka_unit_test(knowledge_base_header_numbers_checked),
        cmocka_unit_test(html_many_attributes_linear),
        cmocka_unit_test(update_nothing_new_checks_the_knowledge_base),
        cmocka_unit_test(empty_documents_are_no_articles),
        cmocka_unit_test(unreadable_subdirectory_fails),
        cmocka_unit_test(path_longer_than_path_max),
        cmocka_unit_test(empty_tree),
        cmocka_unit_test(focus_unknown_name_fails),
        cmocka_unit_test(help_to_full_device),
        cmocka_unit_test(full_stdout_exit_1),
        cmocka_unit_test(full_stdout_one_line_naming_cause),
        cmocka_unit_test(full_device_outputs_intact),
        cmocka_unit_test(signal_while_writing_leaves_nothing),
        cmocka_unit_test(full_device_one_line_naming_cause),
        cmocka_unit_test(symlink_loops_to_enclosing),
        cmocka_unit_test(symlink_loop_between_two_dirs),
        cmocka_unit_test(twenty_thousand_files),
    };
    const struct CMUnitTest gazetteer[] = {
        cmocka_unit_test(gazetteer_malformed_lines),
        cmocka_unit_test(gazetteer_one_line_per_problem),
    };
    const struct CMUnitTest blowups[] = {
        cmocka_unit_test(huge_single_line_linear),
        cmocka_unit_test(capitalised_words_without_punctuation),
        cmocka_unit_test(gazetteer_of_100000_aliases),
        cmocka_unit_test(gazetteer_200000_aliases_on_one_line),
    };
    const struct CMUnitTest usage[] = {
        cmocka_unit_test(usage_errors),
        cmocka_unit_test(option_values_out_of_range),
        cmocka_unit_test(all_with_view_options_refused),
        cmocka_unit_test(json_numbers_beyond_64_bits),
        cmocka_unit_test(non_exports_in_a_tree_skipped),
        cmocka_unit_test(repeated_options_said),
        cmocka_unit_test(output_never_replaces_an_input),
        cmocka_unit_test(update_and_output_one_file),
        cmocka_unit_test(merge_into_one_file),
        cmocka_unit_test(output_extension_any_case),
        cmocka_unit_test(empty_knowledge_base_said),
        cmocka_unit_test(kb_articles_after_nodes_said),
        cmocka_unit_test(output_dir_as_input_said_once),
    };
    int fails = cmocka_run_group_tests_name("encoding", encoding, NULL, NULL);
    fails += cmocka_run_group_tests_name("escaping", escaping, NULL, NULL);
    fails += cmocka_run_group_tests_name("files", files, NULL, NULL);
    fails += cmocka_run_group_tests_name("gazetteer", gazetteer, NULL, NULL);
    fails += cmocka_run_group_tests_name("blowups", blowups, NULL, NULL);
    fails += cmocka_run_group_tests_name("usage", usage, NULL, NULL);
    for (size_t i = 0; i < n_made_dirs; i++) {
        rm_rf(made_dirs[i]);
        free(made_dirs[i]);
    }
    if (graphml_schema)
        xmlSchemaFree(graphml_schema);
    xmlCleanupParser();
    return fails ? 1 : 0;
}
