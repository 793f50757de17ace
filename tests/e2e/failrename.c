/* failrename.c - an LD_PRELOAD module for test_badinput: rename() onto a
 * file named $NG_FAIL_RENAME fails with EPERM, as it does for a file owned
 * by another user in a sticky directory (tests run as root, where the
 * sticky bit does not stop anything). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int rename(const char *from, const char *to)
{
    const char *name = getenv("NG_FAIL_RENAME");
    const char *base = strrchr(to, '/');
    base = base ? base + 1 : to;
    if (name && strcmp(base, name) == 0) {
        errno = EPERM;
        return -1;
    }
    int (*real)(const char *, const char *) =
        (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    return real(from, to);
}
