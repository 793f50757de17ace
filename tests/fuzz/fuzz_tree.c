/* fuzz_tree.c - libFuzzer harness: the directory walk (ng_corpus_add_input
 * on a directory) and the readers it hands each file to, over a small tree
 * the input describes, then the run (ng_corpus_run) and the graph check.
 *
 * Input: one control byte, then records. The control byte: bit 0
 * --skip-bad, bit 1 a record bound (--max-size) of 256 bytes, bit 2 the
 * first file made is an output of the run (ng_corpus_protect), bit 3 the
 * first directory made is the output directory (ng_corpus_skip_directory).
 * A record is one op byte, a name up to '\n' (at most 48 bytes; '/' and
 * NUL become '_', "." and ".." become "_", an empty name "_"), and for a
 * file its content up to the byte 0xFF (at most 4 KB):
 *
 *   op & 3   0 a regular file of that name (its extension picks the
 *              reader: .txt .md .html .json .jsonl .csv .tsv .gz, or none)
 *            1 a directory of that name, entered (at most 8 deep)
 *            2 back to the parent directory (the name is read and dropped)
 *            3 a symbolic link of that name to: op >> 2 & 3 = 0 ".", 1
 *              "..", 2 the last name made, 3 a name that does not exist
 *              (".." only below the top: the walk never leaves the tree)
 *
 * The tree is made in a fresh directory under $TMPDIR and removed after.
 * Checks, besides sanitizer reports: a failed ng_corpus_add_input said why
 * (an error, or a warning with --skip-bad); ng_graph_check passes after
 * the run; the run reads no more documents than the files made could hold.
 * No FIFO, socket or device is made (a FIFO waits 2 s by design).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsgraph/newsgraph.h"
#include "graph/graph_priv.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define fail(what) fuzz_fail("fuzz_tree", (what))

static ng_model *model(void)
{
    static ng_model *m;
    if (!m)
        m = fuzz_default_model("fuzz_tree");
    return m;
}

static void rm_tree(int dfd)
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
            int sub = openat(dirfd(dh), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
            if (sub >= 0)
                rm_tree(sub);
            unlinkat(dirfd(dh), e->d_name, AT_REMOVEDIR);
        } else {
            unlinkat(dirfd(dh), e->d_name, 0);
        }
    }
    closedir(dh);
}

#define MAX_DEPTH 8
#define MAX_NAME 48
#define MAX_CONTENT 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned ctl = data[0];
    const char *tmp = getenv("TMPDIR");
    char top[512];
    snprintf(top, sizeof top, "%s/ng-fuzz-tree-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(top))
        return 0;
    char path[MAX_DEPTH * (MAX_NAME + 1) + 600];
    snprintf(path, sizeof path, "%s", top);
    size_t depth = 0, files = 0;
    char last[MAX_NAME + 1] = "_";
    char protect[sizeof path] = "", outdir[sizeof path] = "";
    size_t i = 1;
    while (i < size && files < 64) {
        unsigned op = data[i++];
        char name[MAX_NAME + 1];
        size_t n = 0;
        while (i < size && data[i] != '\n') {
            if (n < MAX_NAME)
                name[n++] = data[i] == '/' || data[i] == '\0' ? '_' : (char)data[i];
            i++;
        }
        i += i < size; /* the '\n' */
        name[n] = '\0';
        if (!n || !strcmp(name, ".") || !strcmp(name, ".."))
            snprintf(name, sizeof name, "_");
        size_t at = strlen(path);
        switch (op & 3) {
        case 0: {
            size_t start = i;
            while (i < size && data[i] != 0xFF && i - start < MAX_CONTENT)
                i++;
            snprintf(path + at, sizeof path - at, "/%s", name);
            int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0644);
            if (fd >= 0) {
                if (write(fd, data + start, i - start) < 0) {
                    /* a full disk: the file is as far as it got */
                }
                close(fd);
                files++;
                if ((ctl & 4) && !protect[0])
                    snprintf(protect, sizeof protect, "%s", path);
            }
            i += i < size; /* the 0xFF */
            path[at] = '\0';
            snprintf(last, sizeof last, "%s", name);
            break;
        }
        case 1:
            if (depth == MAX_DEPTH)
                break;
            snprintf(path + at, sizeof path - at, "/%s", name);
            if (mkdir(path, 0755) == 0 || errno == EEXIST) {
                struct stat st;
                if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
                    depth++;
                    if ((ctl & 8) && !outdir[0])
                        snprintf(outdir, sizeof outdir, "%s", path);
                    snprintf(last, sizeof last, "%s", name);
                    break;
                }
            }
            path[at] = '\0';
            break;
        case 2:
            if (depth) {
                *strrchr(path, '/') = '\0';
                depth--;
            }
            break;
        case 3: {
            unsigned to = op >> 2 & 3;
            const char *target = to == 0 ? "." : to == 1 ? ".." : to == 2 ? last : "missing~";
            if (to == 1 && !depth)
                target = ".";
            snprintf(path + at, sizeof path - at, "/%s", name);
            if (symlink(target, path) == 0)
                files++;
            path[at] = '\0';
            break;
        }
        }
    }

    ng_diag diag = {NULL, 0, 0, 1};
    ng_corpus_options *co = ng_corpus_options_new();
    ng_corpus_options_set_int(co, NG_CORPUS_THREADS, 1);
    ng_corpus_options_set_int(co, NG_CORPUS_SKIP_BAD, ctl & 1);
    if (ctl & 2)
        ng_corpus_options_set_int(co, NG_CORPUS_MAX_BYTES, 256);
    ng_corpus *c = ng_corpus_new(model(), co, &diag);
    ng_corpus_options_free(co);
    if (outdir[0])
        ng_corpus_skip_directory(c, outdir);
    if (protect[0])
        ng_corpus_protect(c, protect);
    unsigned said = diag.errors + diag.warnings;
    int rc = ng_corpus_add_input(c, top);
    if (rc != 0 && diag.errors + diag.warnings == said)
        fail("an input refused without a word");
    if (rc == 0) {
        ng_corpus_run(c);
        const char *why = NULL;
        if (ng_graph_check(ng_corpus_graph(c), &why) != 0)
            fail(why ? why : "ng_graph_check failed");
        /* a file of many holds at most a record a byte; a file one */
        if (ng_corpus_document_count(c) > files * MAX_CONTENT + 1)
            fail("more documents than the files could hold");
    }
    ng_corpus_free(c);
    int fd = open(top, O_RDONLY | O_DIRECTORY);
    if (fd >= 0)
        rm_tree(fd);
    rmdir(top);
    return 0;
}
