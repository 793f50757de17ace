/* gazetteer.h - known entities: canonical names, kinds, categories, aliases, coordinates
 *
 * File format (TSV, UTF-8; '#' starts a comment line; blank lines ignored):
 *
 *   name<TAB>kind<TAB>category[<TAB>aliases[<TAB>lat<TAB>lon[<TAB>parent]]]
 *
 *   name      canonical name, unique (compared folded)
 *   kind      actor | place | event
 *   category  lower-case letters, digits and '_' (armed_group, country, camp, ...)
 *   aliases   other spellings joined by '|'; may be empty
 *   lat, lon  decimal degrees, both or neither
 *   parent    canonical name of the containing place (for a capital: its country)
 *
 * Matching folds case and diacritics and treats a hyphen like a space. An
 * alias of at most three letters written in capitals (IS, US, UN) matches
 * only upper-case text; a name or alias written with a leading '='
 * (=Turkey) matches only text capitalised as written or in capitals
 * ("Turkey", "TURKEY", not "turkey").
 */
#ifndef NG_GAZETTEER_H
#define NG_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "core/alloc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_gazetteer_alias {
    const char *text;       /* as written in the file (without a leading '=') */
    uint32_t key_len;       /* of its key: its folded words joined by single spaces
                               (hyphens and apostrophes skipped), what it matches
                               (ng_gazetteer_alias_key, gazetteer_priv.h) */
    uint8_t case_sensitive; /* matches only upper-case text */
    uint8_t owned;          /* not taken over by an entry of a later load */
    uint8_t key_kept;       /* the key follows the text's NUL; else it is the text
                               folded with '-' as ' ' (most names: not kept twice) */
} ng_gazetteer_alias;

typedef struct ng_gazetteer_entry {
    const char *name;
    const char *category;
    const char *parent; /* NULL when none */
    const char *file;   /* where it was defined */
    const ng_gazetteer_alias *aliases; /* aliases[0] is the name itself */
    double lat, lon;
    uint32_t n_aliases;
    uint32_t line;      /* (a file holds fewer than 2^32 lines: NG_FILE_MAX) */
    ng_kind kind;
    uint8_t has_geo;
    uint8_t removed;    /* replaced by a later definition; skip it */
} ng_gazetteer_entry;

typedef struct ng_gazetteer ng_gazetteer;

/* An empty gazetteer. Cannot fail. */
ng_gazetteer *ng_gazetteer_new(void);
void ng_gazetteer_free(ng_gazetteer *g);

/* Add the entries of text[0..n), a gazetteer file named filename in
 * diagnostics. An entry whose name is already known from an earlier load
 * replaces it; an alias already used by an entry of an earlier load moves
 * to the new entry. Within one load, a duplicate name with a conflicting
 * kind, or an alias naming two entries, is an error. Returns 0, or
 * NG_EPARSE after reporting each bad line as "file:line: reason"; on error
 * the gazetteer is unchanged. */
int ng_gazetteer_load(ng_gazetteer *g, const char *text, size_t n, const char *filename,
                      ng_diag *diag);

/* Read and load a file. NG_ENOENT (missing) or NG_EIO (unreadable), reported
 * as "path: reason", when it cannot be read. */
int ng_gazetteer_load_file(ng_gazetteer *g, const char *path, ng_diag *diag);

/* Number of entry slots (removed ones included); entries are indexed from 0. */
size_t ng_gazetteer_count(const ng_gazetteer *g);
const ng_gazetteer_entry *ng_gazetteer_get(const ng_gazetteer *g, size_t i);
/* The live entry whose canonical name folds like name, or NULL. */
const ng_gazetteer_entry *ng_gazetteer_find(const ng_gazetteer *g, const char *name);
/* Index of an entry returned by ng_gazetteer_get/find. */
size_t ng_gazetteer_index(const ng_gazetteer *g, const ng_gazetteer_entry *e);

#ifdef __cplusplus
}
#endif
#endif
