/* lines.h - a cursor over the lines of a text held in memory */
#ifndef NG_LINES_H
#define NG_LINES_H

#include <stddef.h>
#include <string.h>

/* The data files (gazetteer, rules, triggers) are read line by line: a line
 * ends at LF, a CR before it is dropped, the last line may lack its LF. */
typedef struct ng_lines {
    const char *p, *end;
    unsigned long no; /* number of the line last returned, from 1 */
} ng_lines;

static inline void ng_lines_init(ng_lines *l, const char *text, size_t n)
{
    l->p = text;
    l->end = text + n;
    l->no = 0;
}

/* The next line, without its line end, as [*s, *e): returns 1, or 0 when
 * the text is done. Cannot fail. */
static inline int ng_lines_next(ng_lines *l, const char **s, const char **e)
{
    if (l->p >= l->end)
        return 0;
    const char *nl = memchr(l->p, '\n', (size_t)(l->end - l->p));
    const char *le = nl ? nl : l->end;
    *s = l->p;
    l->p = nl ? nl + 1 : l->end;
    if (le > *s && le[-1] == '\r')
        le--;
    *e = le;
    l->no++;
    return 1;
}

#endif
