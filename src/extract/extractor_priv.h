/* extractor_priv.h - the extractor's state, shared by its stages
 *
 * ng_extractor_run (extractor.c) drives one document through the stages:
 * line marks (lines.c), per-sentence candidates (candidates.c), the
 * document-level resolution (resolve.c), then the mentions, co-occurrences
 * and typed relations it reports (extractor.c).
 */
#ifndef NG_EXTRACTOR_PRIV_H
#define NG_EXTRACTOR_PRIV_H

#include <stdint.h>
#include <string.h>

#include "newsgraph/extract.h"

#include "../core/arena.h"
#include "../core/map.h"
#include "clause.h"
#include "extract_priv.h"

enum { MARK_SKIP = 1, MARK_CAPS = 2, MARK_TITLE = 4, MARK_INITIAL = 8 };

#define LEX(c) (1u << (c))
/* cue strengths: higher wins when one name gets different kinds in a document */
enum {
    S_GAZETTEER = 100,
    S_HEAD = 80,
    S_TITLE = 70,
    S_ROLE = 65,
    S_FIRSTNAME = 60,
    S_PLACE_NOUN = 60,
    S_ORG_NOUN = 55,
    S_SPEECH = 50,
    S_DEFINED = 45,
    S_PLACE_PREP = 30,
    S_ACRONYM = 20
};

typedef struct cand {
    uint32_t tb, te;   /* token span */
    uint32_t sent;
    int32_t entry;     /* gazetteer entry or -1 */
    int8_t kind;       /* ng_kind, or -1 while unknown */
    uint8_t strength;
    uint8_t person;
    uint8_t dropped;
    const char *category;
    const char *rule;
    int32_t ent;       /* document entity, -1 until resolved */
} cand;

/* A candidate once its window's tokens are gone: what resolving the
 * document and reporting it need (token-level facts taken in its window). */
enum {
    CR_SINGLE = 1,   /* one word */
    CR_BARE = 2,     /* one word, "al-X" or "Al X": a surname may stand for a person */
    CR_INITIAL = 4,  /* its first word opens its sentence */
    CR_PREP = 8,     /* a place preposition comes right before it */
    CR_COORD = 16,   /* "Fabien and ...": a first name before "and" (see coords) */
    CR_SURNAME = 32, /* surname: the fold of its last word, of SURNAME_MIN_BYTES or more */
    CR_GENERIC = 64, /* a generic organisation head ends it (see generics) */
    CR_ACRONYM = 128, /* "(ACR)" follows it (see acros) */
    CR_GIVEN = 256,   /* given: the fold id of its first word (a full name's) */
    CR_FIRSTNAME = 512, /* one word, a known first name */
    CR_ADMIN = 1024,    /* a place ending in "province": written as the name alone */
    CR_SHORTHEAD = 2048, /* "the Observatory": an organisation's head word alone */
    CR_SHORTGEN = 4096,  /* "the Coalition": a head word that alone names nothing */
    CR_NAMEWORD = 8192   /* CR_BARE: its word is none the lexicon or triggers know */
};

typedef struct crec {
    uint32_t tb, te;  /* token span, in the document */
    uint32_t bs, be;  /* byte span */
    uint32_t sent;    /* sentence, in the document */
    int32_t entry;    /* gazetteer entry or -1 */
    int32_t ent;      /* document entity, -1 when none */
    uint32_t fold;    /* CR_BARE: the fold id (x->folds) of the word a surname would be */
    uint32_t surname; /* CR_SURNAME: the fold id of its last word */
    uint32_t given;   /* CR_GIVEN: the fold id of its first word */
    int8_t kind;
    uint8_t person : 1, dropped : 1;
    uint8_t pub;    /* an outlet told (1) or one that learns (2): publisher_mention */
    uint16_t flags; /* CR_* */
    const char *rule;
} crec;

/* Side records of rare candidates, in candidate order. */
typedef struct crec_key {
    uint32_t rec;
    const char *key; /* CR_GENERIC: the entity key of the name without its head */
} crec_key;

typedef struct crec_fold {
    uint32_t rec;
    uint32_t fold; /* CR_ACRONYM: the acronym's fold id */
} crec_fold;

typedef struct crec_coord {
    uint32_t rec, other; /* CR_COORD: a candidate right after its "and" */
    const char *full;    /* the first name with the other's surname, NULL: none */
} crec_coord;

/* A candidate's folded words, for the short forms of an institution. */
typedef struct crec_words {
    uint32_t rec;
    uint32_t n;         /* words */
    const char **w;     /* their folds */
    const char *last;   /* the fold of its last token */
    int nat;            /* a demonym opens it ("the Kurdish Red Crescent") */
} crec_words;

/* Institutions (and organisations found by their head word) of a
 * document looked at for short forms. */
#define SHORT_FORM_INSTITUTIONS 16

/* A window of the document: the tokens of whole paragraphs (its core)
 * with a margin of tokens on either side, tokenised from `from`. */
typedef struct window {
    uint32_t from;            /* where its tokenisation starts */
    uint32_t nlb, ncore, nla; /* tokens before, in and after the core */
    uint32_t tok0;            /* the document's index of its first core token */
    uint32_t sent0, nsent;    /* its sentences (of the core) in the document */
    int year;                 /* the last year written before its core, 0: none */
    const uint8_t *lb_marks;  /* the line marks of the tokens before the core */
} window;

/* A document entity: 56 bytes (a long document has one for each of
 * 166,000 names at 18 MB), what an ng_entity says of it made by
 * ng_dent_entity for the graph. A gazetteer entry's has a fixed label and
 * the entry's position, if any. */
typedef struct dent {
    const char *key, *label, *category;
    const char *date; /* events: ISO-8601 date or NULL */
    const char *rule;
    const ng_gazetteer_entry *entry; /* the gazetteer entry it is, or NULL */
    uint32_t first_tok;
    uint8_t kind; /* ng_kind */
    uint8_t person;
    uint8_t told : 1, cited : 1, learns : 1; /* an outlet told ("told Reuters"), cited, learning */
} dent;

_Static_assert(sizeof(dent) == 56, "dent: 56 bytes");

struct ng_extractor {
    const ng_model *model;
    const ng_lexicon *lex;
    const ng_gazetteer *gaz;
    const ng_matcher *matcher;
    const ng_triggers *tr; /* the model's trigger words (place heads) */
    ng_extract_ops ops;
    void *ud;
    unsigned options;
    ng_tokens t;
    ng_sentences ss;       /* the window's core's sentences */
    ng_sentences ss_after; /* the sentences of the margin after it */
    ng_buf entry_text; /* ng_dent_for_entry's rule and key, made in place */
    ng_buf span;       /* the text of a candidate's tokens (resolve.c), made in place */
    /* gazetteer entries' rules and keys made so far, across documents
     * (ng_dent_for_entry): entry -> index in entry_memo */
    ng_u64map entry_memo_ids;
    struct entry_memo *entry_memo;
    size_t n_entry_memo, cap_entry_memo;
    ng_arena entry_memo_arena;
    uint8_t *marks;
    uint32_t pub_b, pub_e; /* the publisher a byline or dateline names, or pub_b == pub_e */
    int32_t pub_entry;     /* the document's first such publisher's gazetteer entry, or -1 */
    int pub_done;          /* the document's first byline or dateline was seen */
    uint32_t core_b, core_e; /* the window's own tokens (its core) */
    uint32_t *bits;  /* per token: rule-list classes */
    uint32_t *ids;   /* per token: its matcher vocabulary id, 0 when none */
    uint32_t *fam;   /* per token: relation trigger families */
    uint32_t *wid;   /* per token: 1 + its model word's id, 0 when none */
    const ng_word_info *winfo; /* the model's words by id (set by window_prepare) */
    uint32_t *lset;  /* per token: its word's set of trigger lists (0: none) */
    /* per token, 16 bytes of room past the window's (ng_next_nonzero):
     * names: 1 for a capitalised word (is_capword) not marked MARK_SKIP or
     * MARK_CAPS, where a name may start; starts: 1 for a word an alias of
     * the gazetteer starts with, not a hyphen (ng_matcher_run_starts) */
    uint8_t *names, *starts;
    size_t cap_marks, cap_bits, cap_ids, cap_fam, cap_wid, cap_lset, cap_names, cap_starts;
    struct word_slot *word_cache; /* model words of short folds (extractor.c) */
    struct word_slot16 *word_cache16; /* and of folds of 9 to 16 bytes */
    ng_matches gm;
    cand *c; /* the candidates of the window */
    size_t nc, cap_c;
    crec *r; /* the candidates of the document */
    size_t nr, cap_r;
    crec_key *generics;
    size_t n_generics, cap_generics;
    crec_fold *acros;
    size_t n_acros, cap_acros;
    crec_coord *coords;
    size_t n_coords, cap_coords;
    /* organisations a nationality opens, and organisations found by their
     * head word: short forms of the first (resolve.c) */
    crec_words inst[SHORT_FORM_INSTITUTIONS], orgs[SHORT_FORM_INSTITUTIONS];
    size_t n_inst, n_orgs;
    ng_strmap folds;   /* folded word -> fold id (surnames, acronyms) */
    uint32_t *by_fold; /* per fold id: surname's, acronym's, given name's dent */
    /* the name keys of the document's surnames -> the person's dent, or
     * KEY_SHARED (two persons); made when a bare name needs them */
    ng_strmap skeys;
    /* an organisation's head words, folded to lower case ("observatory")
     * -> its dent, or KEY_SHARED (two); made when a short form needs them */
    ng_strmap heads;
    ng_buf head_word;
    size_t cap_by_fold;
    /* per model word: the id of its fold in folds (low half) in the
     * document of stamp fold_stamp (high half), to skip the lookup */
    uint64_t *fold_ids;
    size_t n_fold_ids;
    uint32_t fold_stamp; /* the document's (reset_document counts them) */
    window *w;         /* the document's windows */
    size_t nw, cap_w;
    size_t cur;        /* the window whose tokens are loaded */
    uint32_t base;     /* the document's index of the window's token 0 */
    ng_tokens t0;      /* tokens of the lower-case pass (lowers_doc) */
    ng_strmap lower_folds; /* lowers_doc: folds seen in lower case, not model words */
    int lowers_doc;
    dent *d;
    size_t nd, cap_d;
    uint32_t *order; /* candidate indices sorted by position */
    size_t cap_order;
    ng_idmap dkeys;     /* entity key -> dent (ng_dent_get, ng_dent_by_key) */
    ng_u64map entry_dents; /* gazetteer entry -> dent (dkeys, without the key) */
    ng_u64map span_ends; /* listed_places: 2*token+{0: ends, 1: starts} -> candidate */
    /* words seen in lower case in the document (built on demand): model
     * words by their stamp, others by the hash of the fold, to a token */
    uint32_t *lower_stamp; /* per model word, at 1 + its id: the stamp of the last build
                            * it was seen in (slot 0 is no word's) */
    size_t n_lower_stamp;
    uint32_t stamp;
    ng_u64map lowers;
    int lowers_built;
    /* ng_name_key of labels, across documents (see ng_memo_name_key) */
    ng_strmap name_memo; /* label -> index in memo */
    struct {
        const char *key;
        uint32_t len;
    } * memo;
    size_t n_memo, cap_memo;
    ng_arena memo_arena;
    ng_arena arena;
    const char *text;
    size_t len;
    uint32_t doc;
    int timing;
    int ref_y, ref_m, ref_d; /* the article's date (ng_extractor_set_date), 0: none */
    ng_extract_stats stats;
    void (*text_read)(void *ud, size_t upto); /* ng_extractor_on_text_read */
    void *text_read_ud;
    ng_rel_doc rdoc;
    ng_clause *clause; /* the sentence being analysed for relations */
};

/* The longest name key kept (ng_name_key's cap), and how many labels'
 * keys an extractor remembers before it starts again. */
#define NAME_KEY_CAP 480
#define NAME_MEMO_MAX 65536
/* Gazetteer entries whose rule and key are kept across documents, at most
 * (the memo starts again with a document past it). */
#define ENTRY_MEMO_MAX 65536

/* Empty m. Clearing costs the table's size: a table grown past `keep`
 * slots (by one huge sentence or document) is dropped rather than cleared
 * again and again for the small ones after it. */
static inline void u64map_reset(ng_u64map *m, size_t keep)
{
    if (m->cap > keep) {
        ng_u64map_release(m);
        ng_u64map_init(m);
    } else {
        ng_u64map_clear(m);
    }
}

/* ---- token helpers ------------------------------------------------------ */

#define TOK(k) (x->t.tok[k])
#define FL(k) (x->t.tok[k].flags)

static inline int fold_is(const ng_extractor *x, size_t k, const char *s)
{
    const char *f = ng_tokens_fold(&x->t, k);
    return x->t.tok[k].flen && f[0] == s[0] && ng_span_equals(f, x->t.tok[k].flen, s);
}

/* Is token k of the window a word of trigger list l (data/triggers.tsv)?
 * Its word's set of lists says (as ng_clause_in). */
static inline int ng_token_in_list(const ng_extractor *x, size_t k, ng_trigger_list l)
{
    const uint64_t *set = x->rdoc.list_sets + (size_t)x->lset[k] * NG_TL_SETS;
    return (int)((set[(unsigned)l / 64] >> ((unsigned)l % 64)) & 1);
}

static inline int text_is(const ng_extractor *x, size_t k, const char *s)
{
    const char *p = x->text + x->t.tok[k].start;
    return p[0] == s[0] && ng_span_equals(p, x->t.tok[k].len, s);
}

static inline int is_word(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) != 0;
}

static inline int is_capword(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) && (FL(k) & (NG_TOK_CAP | NG_TOK_UPPER)) &&
           !(FL(k) & NG_TOK_NUMBER);
}

static inline int is_lower(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) && (FL(k) & NG_TOK_LOWER);
}

/* The first token in [k, e) of x->names, or e when there is none: the
 * loops over a sentence's names go from one to the next, not through
 * every token with a branch each. */
static inline size_t next_name_word(const ng_extractor *x, size_t k, size_t e)
{
    return ng_next_nonzero(x->names, k, e);
}

static inline uint32_t bits_of(const ng_extractor *x, size_t k)
{
    return x->bits[k];
}

static inline int lower_has(const ng_extractor *x, size_t k, ng_lex_class c)
{
    return is_lower(x, k) && (x->bits[k] & LEX(c));
}

/* Can an entry of class c start at token i? Not at a word without the
 * class's bits (a hyphen or an empty fold is skipped by the lookups). */
static inline int lex_may_start(const ng_extractor *x, ng_lex_class c, size_t i)
{
    const ng_token *t = &x->t.tok[i];
    if (!t->flen || (t->flags & NG_TOK_HYPHEN) || (x->bits[i] & LEX(c)))
        return 1;
    /* classes of which a multi-word entry starts with the word */
    return x->wid[i] && (x->winfo[x->wid[i] - 1].lex_first & LEX(c));
}

/* Can an entry of class c of several words end at token i (its last
 * word)? Not at a hyphen, an empty fold or a word no such entry ends with. */
static inline int lex_may_end(const ng_extractor *x, ng_lex_class c, size_t i)
{
    const ng_token *t = &x->t.tok[i];
    return t->flen && !(t->flags & NG_TOK_HYPHEN) && x->wid[i] &&
           (x->winfo[x->wid[i] - 1].lex_last & LEX(c));
}

/* ng_lexicon_match, skipped at once where no entry of the class can start. */
static inline size_t lex_match(const ng_extractor *x, ng_lex_class c, size_t i, size_t end)
{
    if (i >= end || !lex_may_start(x, c, i))
        return 0;
    return ng_lexicon_match(x->lex, c, &x->t, i, end);
}

/* Is any token in [b, e) marked with m? */
static inline int any_mark(const ng_extractor *x, size_t b, size_t e, uint8_t m)
{
    for (size_t k = b; k < e; k++)
        if (x->marks[k] & m)
            return 1;
    return 0;
}

static inline size_t word_count(const ng_extractor *x, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t k = b; k < e; k++)
        if (is_word(x, k))
            n++;
    return n;
}

/* Do tokens i and k fold to the same word? */
static inline int same_fold(const ng_extractor *x, size_t i, size_t k)
{
    return TOK(i).flen == TOK(k).flen &&
           memcmp(ng_tokens_fold(&x->t, i), ng_tokens_fold(&x->t, k), TOK(k).flen) == 0;
}

/* ---- the stages ------------------------------------------------------------- */

/* lines.c: mark page furniture, bylines, photo credits (MARK_SKIP), lines in
 * capitals or title case, and each sentence's first word. */
void ng_lines_mark(ng_extractor *x);

/* candidates.c: the candidates of sentence s (gazetteer matches and
 * capitalised name spans, classified by their cues), appended to x->c. */
void ng_candidates_sentence(ng_extractor *x, uint32_t s);

/* candidates.c: does a place preposition ("in", "near", "outside of") end
 * right before token b (not before sentence start sb)? */
int ng_place_prep_before(const ng_extractor *x, size_t b, size_t sb);

/* candidates.c: is token k a generic head of an organisation's name
 * ("Society", "Committee", "Foundation"), one that does not make another? */
int ng_generic_org_head(const ng_extractor *x, size_t k);
/* candidates.c: does organisation head word k name a newspaper ("The Times")? */
int ng_media_org_head(const ng_extractor *x, size_t k);
/* resolve.c: the window's candidates (x->c) to document entities as far
 * as they tell alone (gazetteer entries, names with a cue), kept as
 * records (x->r) with what the rest of the resolution needs of their
 * tokens. */
void ng_resolve_window(ng_extractor *x, const window *w);

/* resolve.c: the gazetteer entry of the publisher the window's lines name
 * (x->pub_b, x->pub_e: "By Jane Doe | Associated Press", "BEIRUT (AFP) -"),
 * or -1. */
int32_t ng_named_publisher(ng_extractor *x);

/* resolve.c: are tokens [b, e) the whole name of an outlet (a gazetteer
 * entry of category media)? */
int ng_media_name(ng_extractor *x, size_t b, size_t e);

/* resolve.c: give every live record its document entity, using what the
 * whole document says (surnames, acronyms, names seen with a cue). */
void ng_resolve_document(ng_extractor *x);

/* candidates.c: the words of the whole document seen in lower case, for a
 * document read in several windows (x->lowers_doc). */
void ng_lowers_document(ng_extractor *x);

/* resolve.c: ng_name_key(label) into out (NAME_KEY_CAP bytes), remembered
 * across documents. Returns its length, 0 when the label has no key. */
size_t ng_memo_name_key(ng_extractor *x, const char *label, char *out);
/* Forget the gazetteer entries' rules and keys kept across documents. */
void ng_entry_memo_reset(ng_extractor *x);

/* resolve.c: the document entity of key, created from proto (label, kind,
 * category, ...; the key is copied) on first use. Returns its index. */
int32_t ng_dent_get(ng_extractor *x, const char *key, const ng_entity *proto,
                    const ng_gazetteer_entry *entry, const char *rule, int person, uint32_t tok);
/* resolve.c: document entity d as an ng_entity (valid while d is). */
void ng_dent_entity(const dent *d, ng_entity *e);
/* resolve.c: the document entity of key, or NG_NONE. */
uint32_t ng_dent_by_key(const ng_extractor *x, const char *key);

/* resolve.c: the document entity of gazetteer entry `entry`. */
int32_t ng_dent_for_entry(ng_extractor *x, size_t entry, uint32_t tok);

#endif
