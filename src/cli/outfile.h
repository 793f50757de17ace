/* outfile.h - the command's output files (private to src/cli/) */
#ifndef NG_CLI_OUTFILE_H
#define NG_CLI_OUTFILE_H

#include <stdio.h>

#include "newsgraph/common.h"

/* An output file written to a temporary name beside its final path and
 * renamed into place only by ng_outfile_commit, so that a failed run never
 * leaves a partial file nor destroys the previous one. */
typedef struct ng_outfile {
    char *path; /* final path */
    char *tmp;  /* temporary path, NULL for standard output */
    FILE *fp;   /* write here */
    struct ng_sink *sink; /* the descriptor under fp and its first write error */
} ng_outfile;

/* Create the temporary file for path ("-" writes to standard output and
 * commits by flushing). Reports "path: reason" and returns NG_EIO on
 * failure; o is then empty. */
int ng_outfile_open(ng_outfile *o, const char *path, ng_diag *diag);
/* The errno of the first failed write to o->fp (ENOSPC, EFBIG, ...), or 0:
 * what to tell the user when a writer reports an I/O failure. */
int ng_outfile_error(const ng_outfile *o);
/* The name to give o in messages: its path, or "standard output". */
const char *ng_outfile_name(const ng_outfile *o);
/* Flush and close the temporary file (reporting write errors such as a full
 * disk), without renaming yet. Returns 0, NG_ENOSPC or NG_EIO. */
int ng_outfile_finish(ng_outfile *o, ng_diag *diag);
/* Rename a finished temporary file into place. */
int ng_outfile_commit(ng_outfile *o, ng_diag *diag);
/* Commit the n outputs o[0..n-1] as one set: every existing target is
 * first kept under a hard link ".NAME.bakXXXXXX" beside it, then the
 * temporary files are renamed into place in order; when one cannot be
 * (written, kept or renamed), the ones already renamed are put back as they
 * were (or removed when they did not exist), "path: reason" is reported and
 * NG_EIO or NG_ENOSPC is returned. No temporary or backup file remains
 * either way; o[0..n-1] are emptied. */
int ng_outfile_commit_all(ng_outfile *o, size_t n, ng_diag *diag);
/* Catch SIGINT, SIGTERM, SIGHUP, SIGPIPE and SIGXFSZ (those not ignored):
 * the temporary files of the outputs not yet committed are removed, then
 * the process ends by the signal as it would have; one that comes while
 * ng_outfile_commit_all renames a set waits until the set is whole or put
 * back. */
void ng_outfile_signals(void);
/* Close and delete the temporary file (the final path is untouched). */
void ng_outfile_abort(ng_outfile *o);

/* Create directory path (and missing parents). Reports and returns NG_EIO
 * when it cannot, or when path exists and is not a directory. */
int ng_dir_make(const char *path, ng_diag *diag);

/* Whether outputs can go into directory path without creating it yet: it is
 * a writable directory, or its nearest existing ancestor is one. Reports
 * "path: reason" and returns NG_EIO when not. */
int ng_dir_check(const char *path, ng_diag *diag);
/* Whether an output can be written at path (it is not a directory). */
int ng_outpath_check(const char *path, ng_diag *diag);

#endif
