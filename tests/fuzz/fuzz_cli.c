/* fuzz_cli.c - libFuzzer harness for what the command line reads itself:
 * its options (parse_args) and -T lists (files_from), with the bounded
 * message formatter every diagnostic goes through.
 *
 * The first byte chooses: even, a -T list (the rest of the input is the
 * list's bytes, read under a --max-size of 16 bytes to 1 KiB taken from
 * the second byte, so that inputs reach it); odd, a command line (the rest split at NUL bytes into at
 * most 48 arguments after "newsgraph", "merge" first when the second byte
 * says so). Nothing is read or written but the list's temporary file:
 * parse_args only parses; the list's names go to a callback that checks
 * them (no NUL, no empty name, within LIST_LINE_MAX, no name twice in a
 * row) and refuses those starting with '!' (the list then ends).
 * The list's messages go to /dev/null; parse_args's usage errors and
 * --help to standard error and output (run libFuzzer with
 * -close_fd_mask=3).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define main newsgraph_cli_main
#include "../../src/cli/main.c"
#undef main

/* A broken promise: say which and stop, so libFuzzer keeps the input. */
static void fuzz_fail(const char *harness, const char *what)
{
    fprintf(stderr, "%s: %s\n", harness, what);
    fflush(stderr);
    abort();
}

typedef struct list_check {
    char *prev;
    unsigned long names;
    ng_diag *diag;
} list_check;

static int fuzz_add(void *ud, const char *path)
{
    list_check *lc = ud;
    size_t n = strlen(path);
    if (n == 0 || n > LIST_LINE_MAX)
        fuzz_fail("fuzz_cli", "a -T name empty or longer than the line bound");
    if (lc->prev && strcmp(lc->prev, path) == 0)
        fuzz_fail("fuzz_cli", "a -T name given twice in a row");
    free(lc->prev);
    lc->prev = strdup(path);
    lc->names++;
    if (path[0] != '!')
        return 0;
    /* refused, as an input that cannot be read: said by the callee */
    ng_diag_report(lc->diag, NG_DIAG_ERROR, path, 0, "refused");
    return 1;
}

static void fuzz_list(const uint8_t *data, size_t size, FILE *sink)
{
    char path[] = "/tmp/fuzz_cli_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return;
    unsigned long long max = size ? 16ull * (1 + data[0] % 64) : 1024; /* 16 B to 1 KiB */
    const uint8_t *p = size ? data + 1 : data;
    size_t n = size ? size - 1 : 0;
    if (write(fd, p, n) != (ssize_t)n) {
        close(fd);
        unlink(path);
        return;
    }
    close(fd);
    ng_diag diag = {sink, 0, 0, 0};
    list_check lc = {NULL, 0, &diag};
    int rc = files_from(path, max, fuzz_add, &lc, &diag);
    if (rc && !diag.errors)
        fuzz_fail("fuzz_cli", "a -T list failed without an error message");
    if (n > max && !rc)
        fuzz_fail("fuzz_cli", "a -T list over its bound was read whole");
    free(lc.prev);
    unlink(path);
}

static void fuzz_args(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    if (!buf)
        return;
    memcpy(buf, data, size);
    buf[size] = '\0';
    char *argv[52];
    int argc = 0;
    argv[argc++] = "newsgraph";
    if (size && (data[0] & 1))
        argv[argc++] = "merge";
    for (size_t i = size ? 1 : 0; i <= size && argc < 50;) {
        argv[argc++] = buf + i;
        i += strlen(buf + i) + 1;
    }
    argv[argc] = NULL;
    /* as main() sets it up (options live past getopt's reordering) */
    options o = {.output = "out", .jobs = 0, .cooccurrence = NG_COOC_UNTYPED,
                 .max_evidence = 10, .max_docs = 50, .positions = 1};
    o.view = ng_filter_new();
    ng_filter_default_drawing(o.view);
    parse_formats(&o, "dot,svg,graphml");
    o.gazetteers = calloc((size_t)argc + 1, sizeof *o.gazetteers);
    o.triggers = calloc((size_t)argc + 1, sizeof *o.triggers);
    o.fields = calloc((size_t)argc + 1, sizeof *o.fields);
    o.gv_attrs = calloc((size_t)argc + 1, sizeof *o.gv_attrs);
    o.lists = calloc((size_t)argc + 1, sizeof *o.lists);
    if (!o.gazetteers || !o.triggers || !o.fields || !o.gv_attrs || !o.lists)
        abort();
    char **av = argv;
    int ac = argc;
    if (ac > 1 && strcmp(av[1], "merge") == 0) {
        o.merge = 1;
        av[1] = av[0];
        ac--;
        av++;
    }
    optind = 0; /* getopt starts afresh */
    opterr = 0;
    int status = parse_args(ac, av, &o);
    if (status > 2)
        fuzz_fail("fuzz_cli", "parse_args returned an unknown status");
    for (size_t i = 0; i < o.n_gv_attrs; i++)
        free((void *)o.gv_attrs[i].name);
    free(o.gv_attrs);
    ng_filter_free(o.view);
    free((void *)o.gazetteers);
    free((void *)o.fields);
    free((void *)o.triggers);
    free((void *)o.lists);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink) {
        sink = fopen("/dev/null", "w"); /* the list's messages */
        if (!sink)
            abort();
    }
    if (size == 0)
        return 0;
    if (data[0] & 1)
        fuzz_args(data + 1, size - 1);
    else
        fuzz_list(data + 1, size - 1, sink);
    return 0;
}
