/* lexicon.h - the rule word lists (titles, roles, cues, demonyms, ...) */
#ifndef NG_LEXICON_H
#define NG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "core/alloc.h"
#include "text/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Word classes of a rule file (data/rules.tsv: "class<TAB>entry" lines). */
typedef enum ng_lex_class {
    NG_LEX_TITLE,       /* title before a person's name: Colonel, Dr, President */
    NG_LEX_ROLE,        /* role noun marking a person: spokesman, commander */
    NG_LEX_ORG_WORD,    /* head word of an organisation name: Forces, Council */
    NG_LEX_PLACE_WORD,  /* head word of a place name: River, Dam, Camp */
    NG_LEX_PLACE_NOUN,  /* lower-case noun beside a place: town (of X), (X) province */
    NG_LEX_PLACE_PREP,  /* preposition before a place: in, near, north of */
    NG_LEX_DEMONYM,     /* nationality/ethnic/religious word, never an entity */
    NG_LEX_MONTH,
    NG_LEX_WEEKDAY,
    NG_LEX_STOPWORD,    /* capitalised word that is never a name alone */
    NG_LEX_CONNECTOR,   /* particle inside a name: al, bin, de, of, the */
    NG_LEX_ARTICLE,     /* Arabic article prefix dropped from spelling keys */
    NG_LEX_FURNITURE,   /* page furniture phrase: "Post a Comment" */
    NG_LEX_CREDIT,      /* photo/wire agency in credits: AFP, Getty Images */
    NG_LEX_SPEECH_VERB, /* said, told, according */
    NG_LEX_FIRSTNAME,   /* given name */
    NG_LEX_ORG_NOUN,    /* lower-case noun before an organisation's name: group, charity */
    NG_LEX_NATIONALITY, /* country adjective (subset of demonym): Syrian, Russian */
    NG_LEX_INSTITUTION, /* state institution after a nationality: army, defence ministry */
    NG_LEX_HOLIDAY,     /* religious months and holidays: Ramadan, Eid (not places) */
    NG_LEX__COUNT
} ng_lex_class;

typedef struct ng_lexicon ng_lexicon;

/* An empty lexicon. Free with ng_lexicon_free. Cannot fail. */
ng_lexicon *ng_lexicon_new(void);
void ng_lexicon_free(ng_lexicon *lx);

/* Add the entries of a rule file held in text[0..n). filename names it in
 * diagnostics. Returns 0, or NG_EPARSE after reporting every bad line as
 * "file:line: reason" to diag (the good lines are kept). */
int ng_lexicon_load(ng_lexicon *lx, const char *text, size_t n, const char *filename,
                    ng_diag *diag);

/* The name of a class ("title", ...), or NULL when out of range. */
const char *ng_lex_class_name(ng_lex_class c);

/* Bit set (1u << class) of the one-word entries equal to the folded word
 * f[0..n). 0 when none. */
uint32_t ng_lexicon_word(const ng_lexicon *lx, const char *f, size_t n);

/* Length in tokens of the longest entry of class c that starts at token i
 * of t and ends before token end, comparing folded forms and skipping
 * hyphens; 0 when none. */
size_t ng_lexicon_match(const ng_lexicon *lx, ng_lex_class c, const ng_tokens *t, size_t i,
                        size_t end);

/* Are tokens [i, end) exactly one entry of class c of two words or more
 * (hyphens skipped, the last token a word)? The same as
 * ng_lexicon_match(lx, c, t, i, end) == end - i for end - i >= 2, with one
 * lookup instead of one per length. */
int ng_lexicon_spans(const ng_lexicon *lx, ng_lex_class c, const ng_tokens *t, size_t i,
                     size_t end);

/* Call cb for every one-word entry: its folded form and class bit set. */
void ng_lexicon_foreach_word(const ng_lexicon *lx,
                             void (*cb)(void *ud, const char *f, size_t n, uint32_t bits),
                             void *ud);

/* Call cb for every word that starts a multi-word entry, with the class bit
 * set of the entries it starts. */
void ng_lexicon_foreach_first(const ng_lexicon *lx,
                              void (*cb)(void *ud, const char *f, size_t n, uint32_t bits),
                              void *ud);

/* ... that ends one, with the class bit set of the entries it ends. */
void ng_lexicon_foreach_last(const ng_lexicon *lx,
                             void (*cb)(void *ud, const char *f, size_t n, uint32_t bits),
                             void *ud);

/* Number of entries of a class. */
size_t ng_lexicon_count(const ng_lexicon *lx, ng_lex_class c);

#ifdef __cplusplus
}
#endif
#endif
