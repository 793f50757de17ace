/* test_relation.c - unit tests for typed relations, events and dates */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsgraph/newsgraph.h"
#include "extract/model_priv.h"
#include "graph/graph_priv.h"
#include "export/export_priv.h"
#include "extract/corpus_priv.h"
#include "text/text.h"
#include "text/document.h"

/* ---- the model and a corpus run ------------------------------------------ */

/* Entities the built-in gazetteer does not know, to show that added
 * entries take part in relations like built-in ones. */
static const char test_gazetteer[] =
    "Dashisha\tplace\tvillage\tDashishah\t36.08\t40.86\tHasakah\n"
    "Abu Khawla Brigade\tactor\tarmed_group\n";

/* One model for the whole group: loading the defaults is the slow part,
 * and a compiled model is read-only. */
static int group_setup(void **state)
{
    ng_diag diag = {stderr, 0, 0, 0};
    ng_model *m = ng_model_new();
    if (ng_model_load_defaults(m, &diag) != 0 ||
        ng_model_add_gazetteer_text(m, test_gazetteer, strlen(test_gazetteer), "test",
                                    &diag) != 0 ||
        diag.errors) {
        ng_model_free(m);
        return -1;
    }
    ng_model_compile(m);
    *state = m;
    return 0;
}

static int group_teardown(void **state)
{
    ng_model_free(*state);
    return 0;
}

typedef struct run {
    ng_diag diag; /* the corpus keeps a pointer to it */
    ng_corpus *c;
    ng_graph *g;
} run;

static void check_graph(const ng_graph *g)
{
    const char *why = NULL;
    if (ng_graph_check(g, &why) != 0)
        fail_msg("ng_graph_check: %s", why ? why : "(no reason)");
}

/* Extract texts[0..n) as documents "d0", "d1", ... on one thread. */
static ng_graph *run_opts(run *r, void **state, const char *const *texts, size_t n,
                          const ng_corpus_options *o)
{
    r->diag = (ng_diag){stderr, 0, 0, 0};
    r->c = ng_corpus_new(*state, o, &r->diag);
    for (size_t i = 0; i < n; i++) {
        char id[24];
        snprintf(id, sizeof id, "d%zu", i);
        ng_corpus_add_text(r->c, id, texts[i], strlen(texts[i]));
    }
    assert_int_equal(ng_corpus_document_count(r->c), n);
    assert_int_equal(ng_corpus_run(r->c), 0);
    assert_int_equal(r->diag.errors, 0);
    r->g = ng_corpus_graph(r->c);
    assert_non_null(r->g);
    check_graph(r->g);
    return r->g;
}

static ng_graph *run_texts(run *r, void **state, const char *const *texts, size_t n,
                           int cooccurrence)
{
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    o.threads = 1;
    o.cooccurrence = cooccurrence;
    return run_opts(r, state, texts, n, &o);
}

static ng_graph *run_text(run *r, void **state, const char *text)
{
    return run_texts(r, state, &text, 1, 1);
}

static void run_free(run *r)
{
    ng_corpus_free(r->c);
    r->c = NULL;
    r->g = NULL;
}

/* ---- looking at the graph --------------------------------------------------- */

static uint32_t node_by_label(const ng_graph *g, const char *label)
{
    for (uint32_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_node_view v;
        ng_graph_node(g, i, &v);
        if (strcmp(v.label, label) == 0)
            return v.id;
    }
    return UINT32_MAX;
}

static ng_relation relation_of(const char *name)
{
    ng_relation r;
    if (ng_relation_parse(name, strlen(name), &r) != 0)
        fail_msg("unknown relation '%s'", name);
    return r;
}

/* The edge "src -relation-> dst" (either way round for co_occurs) into *out. */
static int find_edge(const ng_graph *g, const char *src, const char *relation,
                     const char *dst, ng_edge_view *out)
{
    ng_relation r = relation_of(relation);
    uint32_t s = node_by_label(g, src), d = node_by_label(g, dst);
    if (s == UINT32_MAX || d == UINT32_MAX)
        return 0;
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_graph_edge(g, i, &e);
        if (e.relation != r)
            continue;
        if ((e.src == s && e.dst == d) ||
            (r == NG_REL_CO_OCCURS && e.src == d && e.dst == s)) {
            if (out)
                *out = e;
            return 1;
        }
    }
    return 0;
}

static int has_rel(const ng_graph *g, const char *src, const char *relation, const char *dst)
{
    return find_edge(g, src, relation, dst, NULL);
}

static size_t count_typed(const ng_graph *g)
{
    size_t n = 0;
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_graph_edge(g, i, &e);
        n += ng_relation_is_typed(e.relation) != 0;
    }
    return n;
}

static size_t count_relation(const ng_graph *g, ng_relation r)
{
    size_t n = 0;
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_graph_edge(g, i, &e);
        n += e.relation == r;
    }
    return n;
}

static size_t count_events(const ng_graph *g)
{
    size_t n = 0;
    for (uint32_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_node_view v;
        ng_graph_node(g, i, &v);
        n += v.kind == NG_KIND_EVENT;
    }
    return n;
}

/* Every edge, for the message of a failed test. */
static void dump(const ng_graph *g)
{
    for (uint32_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_node_view s, d;
        ng_graph_edge(g, i, &e);
        ng_graph_node(g, e.src, &s);
        ng_graph_node(g, e.dst, &d);
        print_message("    %s -%s-> %s%s%s (weight %llu)\n", s.label,
                      ng_relation_name(e.relation), d.label, e.role ? " role=" : "",
                      e.role ? e.role : "", (unsigned long long)e.weight);
    }
}

/* ---- typed relations from one sentence ---------------------------------------- */

typedef struct triple {
    const char *src, *rel, *dst;
} triple;

typedef struct rel_case {
    const char *text;
    size_t typed;   /* typed relations the sentence gives, in all */
    triple want[3]; /* each present, and not the other way round */
    triple deny[3]; /* each absent */
} rel_case;

static void check_case(void **state, const rel_case *k)
{
    run r;
    ng_graph *g = run_text(&r, state, k->text);
    const char *why = NULL;
    const triple *bad = NULL;
    for (size_t i = 0; i < 3 && !why && k->want[i].src; i++) {
        const triple *t = &k->want[i];
        if (!has_rel(g, t->src, t->rel, t->dst))
            why = "missing", bad = t;
        else if (has_rel(g, t->dst, t->rel, t->src))
            why = "also reversed", bad = t;
    }
    for (size_t i = 0; i < 3 && !why && k->deny[i].src; i++)
        if (has_rel(g, k->deny[i].src, k->deny[i].rel, k->deny[i].dst))
            why = "unexpected", bad = &k->deny[i];
    size_t typed = count_typed(g);
    if (why || typed != k->typed) {
        print_message("\"%s\" gives:\n", k->text);
        dump(g);
        run_free(&r);
        if (why)
            fail_msg("%s: %s -%s-> %s", why, bad->src, bad->rel, bad->dst);
        fail_msg("%zu typed relations, expected %zu", typed, k->typed);
    }
    run_free(&r);
}

#define CHECK_CASES(state, cases)                                                          \
    do {                                                                                   \
        for (size_t i_ = 0; i_ < sizeof(cases) / sizeof(cases)[0]; i_++)                   \
            check_case(state, &(cases)[i_]);                                               \
    } while (0)

static void test_supports(void **state)
{
    static const rel_case cases[] = {
        /* "Y, backed by X" */
        {"The Syrian Democratic Forces, backed by the United States, pushed toward Tabqa.",
         2,
         {{"United States", "supports", "Syrian Democratic Forces"},
          {"Syrian Democratic Forces", "moved_to", "Tabqa"}},
         {{"United States", "moved_to", "Tabqa"}}},
        /* "X-backed Y" */
        {"US-backed Kurdish YPG fighters captured Manbij.",
         2,
         {{"United States", "supports", "People's Protection Units"},
          {"People's Protection Units", "captured", "Manbij"}},
         {{"United States", "captured", "Manbij"}}},
        /* a state backing a state, capitals for both */
        {"Washington warned Ankara, while Moscow backs Damascus.",
         1,
         {{"Russia", "supports", "Syria"}},
         {{"United States", "supports", "Turkey"}}},
        {"The US backs Kurdish fighters in Syria.", 0, {{0}}, {{"United States", "supports", "Syria"}}},
        {"Washington has armed the YPG.",
         1,
         {{"United States", "supports", "People's Protection Units"}},
         {{0}}},
        /* "X fought for Y" */
        {"Hezbollah, the Lebanese Shiite group, has fought for Assad since 2013.",
         1,
         {{"Hezbollah", "supports", "Bashar al-Assad"}},
         {{"Hezbollah", "opposes", "Bashar al-Assad"}}},
        /* "Y, the X-backed group": the apposition describes Y */
        {"The Syrian Democratic Forces, the U.S.-backed group, said it would defend Kobani.",
         1,
         {{"United States", "supports", "Syrian Democratic Forces"}},
         {{"United States", "opposes", "Syrian Democratic Forces"}}},
        /* "the X-allied Y": Y is X's ally and sides with X, as "affiliated with" */
        {"The SDF-allied Manbij Military Council held the city.",
         1,
         {{"Manbij Military Council", "supports", "Syrian Democratic Forces"}},
         {{0}}},
        {"The Syrian Democratic Forces, the U.S.-allied group, said it would defend Kobani.",
         1,
         {{"Syrian Democratic Forces", "supports", "United States"}},
         {{0}}},
        /* "A, a close ally of B", "B's main ally A": A backs B */
        {"Russia, a close ally of the Syrian government, called for talks.",
         1,
         {{"Russia", "supports", "Syrian government"}},
         {{0}}},
        {"Iran, Assad's closest ally, sent advisers.",
         1,
         {{"Iran", "supports", "Bashar al-Assad"}},
         {{0}}},
        /* "B, which A sees as an indispensable ally" */
        {"The council praised the SDF, which Washington regards as a vital partner.",
         1,
         {{"United States", "supports", "Syrian Democratic Forces"}},
         {{0}}},
        /* "A, which is affiliated with B" */
        {"The Autonomous Administration, which is affiliated with the SDF, urged states to act.",
         1,
         {{"Autonomous Administration of North and East Syria", "supports",
           "Syrian Democratic Forces"}},
         {{0}}},
        {"Jaish al-Izza, a Turkey-backed faction, shelled the road.",
         1,
         {{"Turkey", "supports", "Jaish al-Ezza"}},
         {{0}}},
        /* "X backing Y" */
        {"Russia backing the Syrian army gave Damascus the upper hand.",
         1,
         {{"Russia", "supports", "Syrian Arab Army"}},
         {{0}}},
        /* "Y, a partner force of X" */
        {"The Sanadid Forces, a partner force of the SDF, patrolled the border.",
         1,
         {{"Syrian Democratic Forces", "supports", "Al-Sanadid Forces"}},
         {{0}}},
        /* "Y allied with X": Y sides with X */
        {"Hezbollah allied with the Syrian government in the battle for Qusayr.",
         1,
         {{"Hezbollah", "supports", "Syrian government"}},
         {{0}}},
        /* "with the help of X" */
        {"The YPG captured Tal Abyad with the help of the US-led coalition.",
         2,
         {{"US-led coalition", "supports", "People's Protection Units"},
          {"People's Protection Units", "captured", "Tal Abyad"}},
         {{0}}},
        /* "X fought alongside Y" */
        {"Peshmerga fighters fought alongside the YPG in Kobani.",
         1,
         {{"Peshmerga", "supports", "People's Protection Units"}},
         {{"Peshmerga", "opposes", "People's Protection Units"}}},
        /* "X fighting as part of Y" */
        {"The International Freedom Battalion has been fighting as part of the SDF since 2015.",
         1,
         {{"International Freedom Battalion", "supports", "Syrian Democratic Forces"}},
         {{"International Freedom Battalion", "opposes", "Syrian Democratic Forces"}}},
        {"Jaysh al-Thuwar fought as part of the Syrian Democratic Forces in Raqqa.",
         1,
         {{"Jaysh al-Thuwar", "supports", "Syrian Democratic Forces"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_opposes(void **state)
{
    static const rel_case cases[] = {
        /* "B killed in a US raid": the country behind the raid opposes B */
        {"Militant leader Karim Haddad killed in U.S. raid near Idlib",
         1,
         {{"United States", "opposes", "Karim Haddad"}},
         {{0}}},
        {"Karim Haddad, a commander of the Islamic State, was killed in an SDF raid on "
         "Tuesday.",
         2,
         {{"Syrian Democratic Forces", "opposes", "Karim Haddad"},
          {"Karim Haddad", "member_of", "Islamic State"}},
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}}},
        {"IS claimed responsibility for an attack on SDF fighters in Deir ez-Zor.",
         1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"Clashes broke out between the Syrian army and the SDF in Qamishli.",
         1,
         {{"Syrian Arab Army", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"Hayat Tahrir al-Sham clashed with Ahrar al-Sham in Idlib.",
         1,
         {{"Hayat Tahrir al-Sham", "opposes", "Ahrar al-Sham"}},
         {{0}}},
        {"The Kurdish-led SDF attacked ISIS in Hajin.",
         1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Syrian troops shelled Ahrar al-Sham in Jisr al-Shughur.",
         1,
         {{"Syrian Arab Army", "opposes", "Ahrar al-Sham"}},
         {{0}}},
        {"The US-led coalition struck ISIS in Hajin.",
         1,
         {{"US-led coalition", "opposes", "Islamic State"}},
         {{0}}},
        /* passive: the agent attacks the subject */
        {"The YPG was bombed by Turkey near Afrin.",
         1,
         {{"Turkey", "opposes", "People's Protection Units"}},
         {{0}}},
        /* "air strikes by X against Y" */
        {"Air strikes by Russia against Jaysh al-Islam killed dozens in Douma.",
         1,
         {{"Russia", "opposes", "Jaysh al-Islam"}},
         {{0}}},
        /* "X's offensive against Y" */
        {"The SDF's offensive against ISIS began in September 2018.",
         1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        /* "the onslaught from X" is against the subject */
        {"ISIS fighters retreated to Hajin after the onslaught from the SDF.",
         2,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"},
          {"Islamic State", "moved_to", "Hajin"}},
         {{"Syrian Democratic Forces", "moved_to", "Hajin"}}},
        /* "retook P from Y": captured and opposes */
        {"The Syrian army retook Palmyra from ISIS in March 2016.",
         2,
         {{"Syrian Arab Army", "captured", "Palmyra"},
          {"Syrian Arab Army", "opposes", "Islamic State"}},
         {{"Islamic State", "captured", "Palmyra"}}},
        /* "launched an offensive against Y": opposes, and the event */
        {"The SDF launched an offensive against ISIS in Hajin in September 2018.",
         1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_captured(void **state)
{
    static const rel_case cases[] = {
        /* a passive with a phrase before "by": and the captor fought the loser */
        {"Kobani was retaken from Islamic State in January 2015 by the YPG.",
         2,
         {{"People's Protection Units", "captured", "Kobani"},
          {"People's Protection Units", "opposes", "Islamic State"}},
         {{0}}},
        /* "X lost / surrendered P to Z": Z took P */
        {"Islamic State lost Dabiq to the Free Syrian Army in October 2016.",
         1,
         {{"Free Syrian Army", "captured", "Dabiq"}},
         {{"Islamic State", "captured", "Dabiq"}}},
        {"Islamic State surrendered its capital Raqqa to the Syrian Democratic Forces.",
         2,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}, {"Islamic State", "controls", "Raqqa"}},
         {{0}}},
        {"The SDF lost 40 fighters in Tabqa to Islamic State mines.",
         0,
         {{0}},
         {{"Islamic State", "captured", "Tabqa"}}},
        /* "X said it/they had (fully) cleared/liberated Y": the pronoun is X */
        {"The SDF said it had fully cleared Busayrah of gunmen.",
         1,
         {{"Syrian Democratic Forces", "captured", "Busayrah"}},
         {{0}}},
        {"The Syrian army said on Sunday they had completely liberated the town of Mayadin.",
         1,
         {{"Syrian Arab Army", "captured", "Mayadin"}},
         {{0}}},
        /* a named subject after the reporting verb is the one */
        {"Turkey said the SDF had seized Manbij.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{"Turkey", "captured", "Manbij"}}},
        /* ", led by X," is an aside: the fighters of the tribe took the towns */
        {"Fighters of the Shaitat tribe, led by Sheikh Karim Haddad, took the towns of "
         "Dhiban and Busayrah.",
         3,
         {{"Shaitat tribe", "captured", "Dhiban"}, {"Shaitat tribe", "captured", "Busayrah"},
          {"Karim Haddad", "member_of", "Shaitat tribe"}},
         {{"Karim Haddad", "captured", "Dhiban"}}},
        /* a passive past an apposition whose place is after a preposition */
        {"Sinjar, a Yazidi town in northern Iraq, was captured by IS in 2014.",
         2,
         {{"Islamic State", "captured", "Sinjar"}, {"Sinjar", "located_in", "Iraq"}},
         {{"Islamic State", "captured", "Iraq"}}},
        {"The SDF captured Raqqa, Tabqa and Manbij in 2017.",
         3,
         {{"Syrian Democratic Forces", "captured", "Raqqa"},
          {"Syrian Democratic Forces", "captured", "Tabqa"},
          {"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
        /* a neighbourhood of a city is not the city */
        {"Iraqi forces retake western Mosul neighbourhood.",
         0,
         {{0}},
         {{"Iraqi Security Forces", "captured", "Mosul"}}},
        /* a place of another rank after "and" starts a new clause */
        {"The SDF captured Raqqa and Turkey sent troops.",
         1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Syrian Democratic Forces", "captured", "Turkey"}}},
        {"Iraqi Security Forces seized Tal Afar in August 2017.",
         1,
         {{"Iraqi Security Forces", "captured", "Tal Afar"}},
         {{0}}},
        {"Peshmerga forces took control of Kirkuk in 2014.",
         1,
         {{"Peshmerga", "captured", "Kirkuk"}},
         {{"Peshmerga", "controls", "Kirkuk"}}},
        {"Hayat Tahrir al-Sham recaptured Saraqib in February 2020.",
         1,
         {{"Hayat Tahrir al-Sham", "captured", "Saraqib"}},
         {{0}}},
        {"The Syrian army liberated Deir ez-Zor in November 2017.",
         1,
         {{"Syrian Arab Army", "captured", "Deir ez-Zor"}},
         {{0}}},
        /* passive */
        {"Manbij was captured by the SDF in August 2016.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
        /* "P fell to X" */
        {"Mosul fell to ISIS in June 2014.",
         1,
         {{"Islamic State", "captured", "Mosul"}},
         {{0}}},
        /* gerund */
        {"The SDF moved toward Raqqa after capturing Tabqa.",
         2,
         {{"Syrian Democratic Forces", "captured", "Tabqa"},
          {"Syrian Democratic Forces", "moved_to", "Raqqa"}},
         {{"Syrian Democratic Forces", "captured", "Raqqa"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls(void **state)
{
    static const rel_case cases[] = {
        /* "P is an X-held town"; not a place after another preposition */
        {"Al-Bab was then an IS-held town on the road to Aleppo.",
         1,
         {{"Islamic State", "controls", "al-Bab"}},
         {{"Islamic State", "controls", "Aleppo"}}},
        /* "X's de facto capital P", "its capital P" */
        {"Hayat Tahrir al-Sham's de facto capital Idlib was shelled.",
         1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}},
         {{0}}},
        /* "holds only a strip of P" */
        {"Islamic State now holds only a strip of the Euphrates valley.",
         1,
         {{"Islamic State", "controls", "Euphrates River"}},
         {{0}}},
        /* "P province, the A stronghold in Q" */
        {"The offensive began from Idlib province, the HTS stronghold in the northwest.",
         1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}},
         {{0}}},
        /* "X-held territory in the village of P" (a spelling variant of Susah) */
        {"Civilians sheltered in ISIS-held territory in the village of Sousa.",
         1,
         {{"Islamic State", "controls", "Susah"}},
         {{0}}},
        /* "P, an X-held city": the apposition's head */
        {"Mosul, an IS-held city, was retaken in July 2017.",
         1,
         {{"Islamic State", "controls", "Mosul"}},
         {{0}}},
        /* coordinated places of one rank */
        {"At its height, the Islamic State ruled a third of Syria and Iraq.",
         2,
         {{"Islamic State", "controls", "Syria"}, {"Islamic State", "controls", "Iraq"}},
         {{0}}},
        /* areas by a place are not the place */
        {"IS-held areas near Hajin were bombed.", 0, {{0}}, {{"Islamic State", "controls", "Hajin"}}},
        {"Jarablus was under the control of ISIS until 2016.",
         1,
         {{"Islamic State", "controls", "Jarablus"}},
         {{0}}},
        {"ISIS retains a foothold in Hajin.",
         1,
         {{"Islamic State", "controls", "Hajin"}},
         {{0}}},
        {"The Syrian government controls Palmyra.",
         1,
         {{"Syrian government", "controls", "Palmyra"}},
         {{0}}},
        /* "P, the centre of X's caliphate" */
        {"Mosul, the centre of ISIS's caliphate, fell in 2017.",
         1,
         {{"Islamic State", "controls", "Mosul"}},
         {{"Islamic State", "captured", "Mosul"}}},
        {"Raqqa, the centre of ISIS's self-declared caliphate, was bombed.",
         1,
         {{"Islamic State", "controls", "Raqqa"}},
         {{0}}},
        /* "X's self-declared capital of P" */
        {"Fighters gathered in ISIS's self-declared capital of Raqqa.",
         1,
         {{"Islamic State", "controls", "Raqqa"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in(void **state)
{
    static const rel_case cases[] = {
        /* "P, which lies in Q"; "P south of Q" */
        {"The Roj camp, which lies in Hasakah province, was searched.",
         1,
         {{"Roj camp", "located_in", "Hasakah"}},
         {{0}}},
        {"Families were taken to the Jeddah 1 camp south of Mosul.",
         1,
         {{"Jeddah 1 camp", "located_in", "Mosul"}},
         {{0}}},
        {"Fighters fled south of Raqqa.", 0, {{0}}, {{0}}},
        /* the town on a river, at a distance from a city: the town is near the city */
        {"Markada sits on the Khabur about 40 kilometres south of Hasakah.",
         2,
         {{"Markada", "located_in", "Khabur River"}, {"Markada", "located_in", "Hasakah"}},
         {{"Khabur River", "located_in", "Hasakah"}}},
        /* "P, Country" */
        {"Fighting resumed in Kobani, Syria, on Monday.",
         1,
         {{"Kobani", "located_in", "Syria"}},
         {{0}}},
        /* "Country's P" */
        {"Iraq's Tal Afar was quiet.", 1, {{"Tal Afar", "located_in", "Iraq"}}, {{0}}},
        /* "P, in Q" apposition, and a country's region */
        {"The jets flew from a base in Erbil, in Iraq's Kurdistan Region.",
         2,
         {{"Erbil", "located_in", "Kurdistan Region"}, {"Kurdistan Region", "located_in", "Iraq"}},
         {{"Erbil", "located_in", "Iraq"}}},
        {"The Roj camp, in Hasakah province, holds 2,000 people.",
         1,
         {{"Roj camp", "located_in", "Hasakah"}},
         {{0}}},
        /* a list of places is no apposition */
        {"Clashes were reported in Hajin, in Deir Ezzor and in Hasakah.",
         0,
         {{0}},
         {{"Hajin", "located_in", "Deir ez-Zor"}}},
        /* "on" a river */
        {"Shaafa, a village on the Euphrates River, was shelled.",
         1,
         {{"al-Shaafa", "located_in", "Euphrates River"}},
         {{0}}},
        {"Talks on Syria resumed in Geneva.", 0, {{0}}, {{"Geneva", "located_in", "Syria"}}},
        /* "P in Q" */
        {"Shaddadi in Hasakah province was quiet.",
         1,
         {{"Shaddadi", "located_in", "Hasakah"}},
         {{0}}},
        {"Qamishli in northeastern Syria hosted the talks.",
         1,
         {{"Qamishli", "located_in", "Syria"}},
         {{0}}},
        /* "P, a village near Q" (al-Shaafa is spelt Shafa here) */
        {"Fighters hid in Shafa, a village near Hajin.",
         1,
         {{"al-Shaafa", "located_in", "Hajin"}},
         {{0}}},
        /* an entity from the test gazetteer, by its alias */
        {"Dashishah, a village near Shaddadi, was shelled.",
         1,
         {{"Dashisha", "located_in", "Shaddadi"}},
         {{0}}},
        /* "P, a town 50km from Q" */
        {"Markada, a town 50km from Shaddadi, was shelled.",
         1,
         {{"Markada", "located_in", "Shaddadi"}},
         {{0}}},
        /* "40 kilometres south of Q" */
        {"Busayrah lies 40 kilometres south of Deir ez-Zor.",
         1,
         {{"Busayrah", "located_in", "Deir ez-Zor"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_member_of(void **state)
{
    static const rel_case cases[] = {
        /* relative clauses about a person: the person joined, and went */
        {"Among them was Laila Brandt, a Dutch citizen who joined ISIS in 2014 and travelled "
         "to Raqqa.",
         2,
         {{"Laila Brandt", "member_of", "Islamic State"}, {"Laila Brandt", "moved_to", "Raqqa"}},
         {{"Islamic State", "moved_to", "Raqqa"}}},
        {"Nadim Sabbagh, who heads the media office of the Syrian Democratic Forces, spoke.",
         1,
         {{"Nadim Sabbagh", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        /* "the HTS-run Salvation Government": the modifier binds to its noun */
        {"Karim Nassar, who had headed the HTS-run Salvation Government in Idlib, resigned.",
         1,
         {{"Karim Nassar", "member_of", "Syrian Salvation Government"}},
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"},
          {"Karim Nassar", "member_of", "Hayat Tahrir al-Sham"}}},
        {"\"We have liberated the city,\" said Talal Silo, the SDF's spokesman.",
         1,
         {{"Talal Silo", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Sonia Khush, Save the Children's Syria response director, said it was desperate.",
         1,
         {{"Sonia Khush", "member_of", "Save the Children"}},
         {{0}}},
        {"Rami Abdel Rahman, who heads the Syrian Observatory for Human Rights, said 50 died.",
         1,
         {{"Rami Abdulrahman", "member_of", "Syrian Observatory for Human Rights"}},
         {{0}}},
        {"The head of the Syrian Observatory, Rami Abdulrahman, said 50 people died.",
         1,
         {{"Rami Abdulrahman", "member_of", "Syrian Observatory for Human Rights"}},
         {{0}}},
        {"UN Secretary-General Antonio Guterres called for calm.",
         1,
         {{"Antonio Guterres", "member_of", "United Nations"}},
         {{0}}},
        /* "ORG role PERSON" */
        {"SDF commander Mazloum Abdi said the campaign would continue.",
         1,
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Amnesty International researcher Diana Semaan visited the camp.",
         1,
         {{"Diana Semaan", "member_of", "Amnesty International"}},
         {{0}}},
        /* "PERSON, a role with/for/at ORG" */
        {"Adnan Afrin, a commander with the SDF, spoke to reporters.",
         1,
         {{"Adnan Afrin", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Farhad Shami, a spokesman for the SDF, said the attack was repelled.",
         1,
         {{"Farhad Shami", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Charles Lister, a senior fellow at the Middle East Institute, disagreed.",
         1,
         {{"Charles Lister", "member_of", "Middle East Institute"}},
         {{0}}},
        /* "PERSON, head of ... at ORG" */
        {"Redur Xelil, head of foreign relations at the Syrian Democratic Forces, met the "
         "envoy.",
         1,
         {{"Redur Xelil", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        /* "PERSON, an ORG role" */
        {"Kino Gabriel, an SDF spokesman, confirmed the attack.",
         1,
         {{"Kino Gabriel", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        /* "PERSON of the ORG": the organisation right after "of" */
        {"Aram Haddad of the Syrian Democratic Forces said the offensive would go on.",
         1,
         {{"Aram Haddad", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"\"The camp is full,\" said Leyla Hassan of the Kurdish Red Crescent.",
         1,
         {{"Leyla Hassan", "member_of", "Kurdish Red Crescent"}},
         {{0}}},
        /* the organisation only modifies another noun; a country is no organisation */
        {"Leyla Hassan of the SDF-run camp administration spoke to Bashar al-Assad of Syria.",
         0,
         {{0}},
         {{"Leyla Hassan", "member_of", "Syrian Democratic Forces"},
          {"Bashar al-Assad", "member_of", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_held_in(void **state)
{
    static const rel_case cases[] = {
        /* the Ghwayran prison under another of its news names */
        {"ISIS militants rioted inside Sanaa prison on Sunday.",
         1,
         {{"Islamic State", "held_in", "Ghwayran prison"}},
         {{0}}},
        {"Hoda Muthana is held in Roj camp.", 1, {{"Hoda Muthana", "held_in", "Roj camp"}},
         {{0}}},
        {"Jack Letts was detained in Ghwayran prison for years.",
         1,
         {{"Jack Letts", "held_in", "Ghwayran prison"}},
         {{0}}},
        {"Zahran Alloush was jailed in Sednaya prison before 2011.",
         1,
         {{"Zahran Alloush", "held_in", "Sednaya prison"}},
         {{0}}},
        /* "P is the camp where PERSON was discovered" */
        {"Roj camp is the camp where Hoda Muthana was found by reporters.",
         1,
         {{"Hoda Muthana", "held_in", "Roj camp"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_moved_to(void **state)
{
    static const rel_case cases[] = {
        /* "reached P", "reached its besieged garrison in P"; not "reached a deal in P" */
        {"The Iraqi army reached its besieged garrison in Haditha on Friday.",
         1,
         {{"Iraqi Army", "moved_to", "Haditha"}},
         {{0}}},
        {"Turkey and Iran reached an agreement in Astana.",
         0,
         {{0}},
         {{"Turkey", "moved_to", "Astana"}}},
        /* "left for P", not "left P to Z"; "arrived in P" */
        {"Hezbollah units left for Qusayr at dawn.",
         1,
         {{"Hezbollah", "moved_to", "Qusayr"}},
         {{0}}},
        {"The Russian Military Police arrived in Kobani on Wednesday.",
         1,
         {{"Russian Military Police", "moved_to", "Kobani"}},
         {{0}}},
        /* a headline in title case: its verbs are capitalised */
        {"Iraqi Army Enters Tal Afar\n\nThe army said it met little resistance.",
         1,
         {{"Iraqi Army", "moved_to", "Tal Afar"}},
         {{0}}},
        /* and its modifiers bind as in prose */
        {"US-Backed Forces Retake ISIS Hub In East Syria\n\nThe city was taken.",
         0,
         {{0}},
         {{"United States", "captured", "Syria"}, {"Islamic State", "controls", "United States"}}},
        /* "as rebels seized P": a clause with a subject of its own */
        {"Hezbollah withdrew to Lebanon as rebels seized Qusayr.",
         1,
         {{"Hezbollah", "moved_to", "Lebanon"}},
         {{"Hezbollah", "captured", "Qusayr"}}},
        /* coordinated destinations of one rank */
        {"The Syrian government sent troops to the border towns of Tal Tamr and Ain Issa.",
         2,
         {{"Syrian government", "moved_to", "Tal Tamr"}, {"Syrian government", "moved_to", "Ain Issa"}},
         {{0}}},
        /* what is carried moves, not who carries it */
        {"The SDF transferred 150 Iraqi IS suspects to Iraq.",
         1,
         {{"Islamic State", "moved_to", "Iraq"}},
         {{"Syrian Democratic Forces", "moved_to", "Iraq"}}},
        {"The Syrian army advanced into Deir ez-Zor in September 2017.",
         1,
         {{"Syrian Arab Army", "moved_to", "Deir ez-Zor"}},
         {{0}}},
        {"ISIS fighters fled to Baghuz in early 2019.",
         1,
         {{"Islamic State", "moved_to", "Baghuz"}},
         {{0}}},
        {"ISIS moved its headquarters to Mayadin in 2017.",
         1,
         {{"Islamic State", "moved_to", "Mayadin"}},
         {{0}}},
        {"The Turkish army crossed into Jarablus.",
         1,
         {{"Turkish Armed Forces", "moved_to", "Jarablus"}},
         {{0}}},
        {"Hezbollah fighters were seen crossing into Qusayr from Lebanon.",
         1,
         {{"Hezbollah", "moved_to", "Qusayr"}},
         {{"Hezbollah", "moved_to", "Lebanon"}}},
        /* "withdrew from P to Q": Q only */
        {"The Free Syrian Army withdrew from Darayya to Idlib.",
         1,
         {{"Free Syrian Army", "moved_to", "Idlib"}},
         {{"Free Syrian Army", "moved_to", "Darayya"}}},
        /* "X's incursion into P" */
        {"ISIS's incursion into Sinjar in August 2014 forced thousands to flee.",
         1,
         {{"Islamic State", "moved_to", "Sinjar"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Negation, denial, movement away, reported speech, modifiers: nothing typed
 * (or only what the sentence does state). */
/* Lists of actors and places: each name of a list takes part */
static void test_lists(void **state)
{
    static const rel_case cases[] = {
        /* backers listed in a participial aside, the aside closed after the list */
        {"Hezbollah, backed by Iran, Russia and Iraq, moved into Qusayr.",
         4,
         {{"Iran", "supports", "Hezbollah"}, {"Russia", "supports", "Hezbollah"},
          {"Iraq", "supports", "Hezbollah"}},
         {{"Iraq", "moved_to", "Qusayr"}}},
        {"The Free Syrian Army, supported by Turkey, the United States, Jordan and Qatar, "
         "held the border crossing.",
         4,
         {{"Jordan", "supports", "Free Syrian Army"}, {"Qatar", "supports", "Free Syrian Army"},
          {"United States", "supports", "Free Syrian Army"}},
         {{0}}},
        /* subjects and objects listed with determiners between them */
        {"The Peshmerga and the YPG fought Islamic State and Hezbollah near Sinjar.",
         4,
         {{"Peshmerga", "opposes", "Hezbollah"},
          {"People's Protection Units", "opposes", "Islamic State"},
          {"People's Protection Units", "opposes", "Hezbollah"}},
         {{0}}},
        /* a name after "and" followed by a verb starts another clause */
        {"Russia bombed Islamic State and Hezbollah attacked the Free Syrian Army.",
         2,
         {{"Russia", "opposes", "Islamic State"}, {"Hezbollah", "opposes", "Free Syrian Army"}},
         {{"Russia", "opposes", "Hezbollah"}}},
        /* an object list is no subject list of the next verb */
        {"Turkey shelled the YPG and Hezbollah fought the Free Syrian Army.",
         2,
         {{"Turkey", "opposes", "People's Protection Units"},
          {"Hezbollah", "opposes", "Free Syrian Army"}},
         {{"People's Protection Units", "opposes", "Free Syrian Army"}}},
        /* places listed past a date */
        {"Hayat Tahrir al-Sham seized Maarat al-Numan in January, Saraqib on February 6 and "
         "Kafranbel.",
         3,
         {{"Hayat Tahrir al-Sham", "captured", "Maarat al-Numan"},
          {"Hayat Tahrir al-Sham", "captured", "Saraqib"},
          {"Hayat Tahrir al-Sham", "captured", "Kafranbel"}},
         {{0}}},
        /* a dateline is no list and no subject: "ERBIL, Iraq (AP) -" */
        {"ERBIL, Iraq (AP) - Kurdish fighters backed by US air strikes have driven Islamic "
         "State out of Makhmour, officials said.",
         1,
         {{"Erbil", "located_in", "Iraq"}},
         {{"Iraq", "opposes", "Islamic State"}, {"Erbil", "opposes", "Islamic State"}}},
        /* a dateline without an agency; "the US-backed SDF" is no verb's object */
        {"MOSUL, Iraq — The U.S.-backed Iraqi army said on Monday it had fully liberated "
         "the town of Tal Afar.",
         3,
         {{"Iraqi Army", "captured", "Tal Afar"}, {"United States", "supports", "Iraqi Army"},
          {"Mosul", "located_in", "Iraq"}},
         {{"Iraq", "captured", "Tal Afar"}}},
        /* people listed as held, and "with PERSON" */
        {"Mary Major and Jane Roe were detained in Roj camp.",
         2,
         {{"Mary Major", "held_in", "Roj camp"}, {"Jane Roe", "held_in", "Roj camp"}},
         {{0}}},
        {"Jane Roe has lived in al-Hol camp with Mary Major since 2019.",
         2,
         {{"Jane Roe", "held_in", "al-Hawl camp"}, {"Mary Major", "held_in", "al-Hawl camp"}},
         {{0}}},
        /* "X said its warplanes struck Y": the speaker's instrument */
        {"Russia said its jets bombed Jaish al-Izza near Latamneh.",
         1,
         {{"Russia", "opposes", "Jaish al-Ezza"}},
         {{0}}},
        /* appositive places: "P, 40 km east of Q, eastern R"; "P on the river, south of Q" */
        {"Fighting reached the town of Susah, 30 kilometres south of Abu Kamal, eastern Syria.",
         2,
         {{"Susah", "located_in", "Abu Kamal"}, {"Abu Kamal", "located_in", "Syria"}},
         {{0}}},
        {"Rebels massed near the Tishreen Dam on the Euphrates, southeast of Manbij.",
         2,
         {{"Tishreen Dam", "located_in", "Manbij"}},
         {{"Euphrates River", "located_in", "Manbij"}}},
        /* "B, the pro-X news agency"; "PERSON, whose ORG group led" */
        {"Hawar News Agency, the pro-SDF outlet, said three people died.",
         1,
         {{"Hawar News Agency", "supports", "Syrian Democratic Forces"}},
         {{0}}},
        {"Abu Mohammad al-Julani, whose HTS group rules Idlib, spoke on Friday.",
         2,
         {{"Abu Mohammad al-Julani", "member_of", "Hayat Tahrir al-Sham"},
          {"Hayat Tahrir al-Sham", "controls", "Idlib"}},
         {{0}}},
        /* a relative clause naming a place before "joined", or "to join" later */
        {"Mary Major, a nurse from Toronto who joined ISIS in 2015, was arrested.",
         1,
         {{"Mary Major", "member_of", "Islamic State"}},
         {{0}}},
        {"Jack Letts, who left Oxford in 2014 to join Islamic State, was detained.",
         1,
         {{"Jack Letts", "member_of", "Islamic State"}},
         {{0}}},
        /* a modifier of the name after it is no object */
        {"Russia armed the YPG-dominated Syrian Democratic Forces in 2017.",
         1,
         {{"Russia", "supports", "Syrian Democratic Forces"}},
         {{"Russia", "supports", "People's Protection Units"}}},
        /* "from the Kurdish-led SDF and advanced": the SDF is an object */
        {"The SNA took Tal Rifaat from the Kurdish-led SDF and advanced toward Manbij.",
         2,
         {{"Syrian National Army", "moved_to", "Manbij"},
          {"Syrian National Army", "captured", "Tal Rifaat"}},
         {{"Syrian Democratic Forces", "moved_to", "Manbij"}}},
        /* places listed before a direction */
        {"Shelling hit Tal Abyad and Suluk, north of Raqqa.",
         2,
         {{"Tal Abyad", "located_in", "Raqqa"}, {"Suluk", "located_in", "Raqqa"}},
         {{0}}},
        /* "A was in control of (almost all of) P" */
        {"The YPG was in control of almost all of Tal Abyad by Monday.",
         1,
         {{"People's Protection Units", "controls", "Tal Abyad"}},
         {{0}}},
        /* "P, the X-held city in Q": X holds P, not Q; "P, the town in Q" */
        {"Raqqa, the IS-held city in Syria, was encircled.",
         1,
         {{"Islamic State", "controls", "Raqqa"}},
         {{"Islamic State", "controls", "Syria"}}},
        {"Manbij, the town in northern Syria, was quiet.",
         1,
         {{"Manbij", "located_in", "Syria"}},
         {{0}}},
        /* several captors */
        {"The Peshmerga and the Iraqi army retook Sinjar in November 2015.",
         2,
         {{"Peshmerga", "captured", "Sinjar"}, {"Iraqi Army", "captured", "Sinjar"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* ---- lists, chains of places, anaphora, "with support from" ----------------- */

static void test_lists_place_nouns(void **state)
{
    static const rel_case cases[] = {
        /* "and the nearby town of X" after reported speech */
        {"Hayat Tahrir al-Sham said on Friday that it had seized Saraqib and the nearby town of "
         "Binnish.",
         2,
         {{"Hayat Tahrir al-Sham", "captured", "Saraqib"},
          {"Hayat Tahrir al-Sham", "captured", "Binnish"}},
         {{0}}},
        /* the last item of a list after "and the town of" */
        {"Jaysh al-Islam still controls the villages of Susah and al-Bahra and the town of Hajin.",
         3,
         {{"Jaysh al-Islam", "controls", "Susah"}, {"Jaysh al-Islam", "controls", "al-Bahra"},
          {"Jaysh al-Islam", "controls", "Hajin"}},
         {{0}}},
        {"The YPG captured Tal Abyad and the strategic border town of Suluk.",
         2,
         {{"People's Protection Units", "captured", "Tal Abyad"},
          {"People's Protection Units", "captured", "Suluk"}},
         {{0}}},
        /* a verb before "the town of" ends the list */
        {"The Syrian Army took Palmyra and then moved to the town of Sukhnah.",
         2,
         {{"Syrian Arab Army", "captured", "Palmyra"}, {"Syrian Arab Army", "moved_to", "Sukhnah"}},
         {{"Syrian Arab Army", "captured", "Sukhnah"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in_appositions(void **state)
{
    static const rel_case cases[] = {
        /* a chain does not cross a coordination: Iraq is not in Syria */
        {"Twin air strikes hit targets near Husaybah in Iraq and Abu Kamal in Syria.",
         2,
         {{"Husaybah", "located_in", "Iraq"}, {"Abu Kamal", "located_in", "Syria"}},
         {{"Iraq", "located_in", "Syria"}}},
        /* "P, the X-held town in Q" */
        {"Jindires, a Kurdish-held town in north-western Syria, was shelled.",
         1,
         {{"Jindires", "located_in", "Syria"}},
         {{0}}},
        {"Tal Rifaat, the rebel-held town in northern Syria, was shelled.",
         1,
         {{"Tal Rifaat", "located_in", "Syria"}},
         {{0}}},
        /* "P, near the town of Q" */
        {"Areesha camp, near the town of Shaddadi, shelters 12,000 people.",
         1,
         {{"Areesha camp", "located_in", "Shaddadi"}},
         {{0}}},
        /* a distance and a direction before "in Q" */
        {"Mabrouka camp, some 40 km to the west in Hasakah province, was emptied in 2019.",
         1,
         {{"Mabrouka camp", "located_in", "Hasakah"}},
         {{0}}},
        /* past the river a town is on, to the province */
        {"Busayrah, a town on the eastern bank of the Euphrates in Deir ez-Zor province, was "
         "retaken by the SDF.",
         3,
         {{"Busayrah", "located_in", "Deir ez-Zor"},
          {"Syrian Democratic Forces", "captured", "Busayrah"},
          {"Busayrah", "located_in", "Euphrates River"}},
         {{0}}},
        /* "P, the ORG stronghold in Q" */
        {"Jisr al-Shughur, the HTS stronghold in north-western Syria, came under fire.",
         2,
         {{"Jisr al-Shughur", "located_in", "Syria"},
          {"Hayat Tahrir al-Sham", "controls", "Jisr al-Shughur"}},
         {{0}}},
        /* "P village, just north of Q" */
        {"Susah village, just north of Baghuz, fell on Sunday.",
         1,
         {{"Susah", "located_in", "Baghuz"}},
         {{0}}},
        /* a distance with its conversion and a hyphenated direction */
        {"Tiyas air base, some 60km (37 miles) south-west of Homs, was struck.",
         1,
         {{"Tiyas air base", "located_in", "Homs"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_captured_anaphora(void **state)
{
    static const rel_case cases[] = {
        /* "the base" after a semicolon stands for the air base named before */
        {"Islamic State overran Kuweires air base in 2014; the base was retaken by the Syrian "
         "Army in 2015.",
         2,
         {{"Islamic State", "captured", "Kuweires air base"},
          {"Syrian Arab Army", "captured", "Kuweires air base"}},
         {{"Syrian Arab Army", "opposes", "Islamic State"}}},
        {"The Free Syrian Army seized Rastan in 2012, and the town was recaptured by the Syrian "
         "Army in 2018.",
         2,
         {{"Free Syrian Army", "captured", "Rastan"}, {"Syrian Arab Army", "captured", "Rastan"}},
         {{0}}},
        /* a noun of another kind stands for no air base */
        {"Islamic State seized Tabqa air base in 2014; the dam was retaken by the SDF in 2017.",
         1,
         {{"Islamic State", "captured", "Tabqa air base"}},
         {{"Syrian Democratic Forces", "captured", "Tabqa air base"}}},
        /* a semicolon ends the search for a subject */
        {"Jaysh al-Islam controlled Douma for years; it was besieged by the Syrian Army.",
         1,
         {{"Jaysh al-Islam", "controls", "Douma"}},
         {{"Syrian Arab Army", "opposes", "Jaysh al-Islam"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_supports_with_support(void **state)
{
    static const rel_case cases[] = {
        {"The Peshmerga pushed into Sinjar with air support from the United States.",
         2,
         {{"United States", "supports", "Peshmerga"}, {"Peshmerga", "moved_to", "Sinjar"}},
         {{0}}},
        /* the helped one is a passive's agent */
        {"Security in the camp is handled by the Asayish, the Kurdish police, with logistical "
         "support from France.",
         1,
         {{"France", "supports", "Asayish"}},
         {{0}}},
        /* not the other way round */
        {"The Syrian Arab Army attacked Palmyra with support from Russia.",
         1,
         {{"Russia", "supports", "Syrian Arab Army"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_member_of_titles(void **state)
{
    static const rel_case cases[] = {
        /* "ORG under TITLE NAME": NAME leads ORG, and is no agent of the verb */
        {"The Desert Hawks under Brigadier General Mohammed Jaber stormed Palmyra.",
         3,
         {{"Mohammed Jaber", "member_of", "Desert Hawks Brigade"},
          {"Desert Hawks Brigade", "captured", "Palmyra"},
          {"Desert Hawks Brigade", "moved_to", "Palmyra"}},
         {{"Mohammed Jaber", "captured", "Palmyra"}}},
        /* ranks between the role and the name */
        {"Foreign Ministry spokesman Major General Igor Konashenkov said the raids hit Idlib.",
         1,
         {{"Igor Konashenkov", "member_of", "Foreign Ministry"}},
         {{0}}},
        /* "NAME formerly commanded ORG's branch, the ORG2" */
        {"Abu Mohammad al-Julani formerly commanded al-Qaeda's Syrian affiliate, the Nusra Front.",
         1,
         {{"Abu Mohammad al-Julani", "member_of", "Nusra Front"}},
         {{"Abu Mohammad al-Julani", "member_of", "al-Qaeda"}}},
        /* leading an offensive against ORG is no membership */
        {"Mazloum Abdi led an offensive against Islamic State.",
         0,
         {{0}},
         {{"Mazloum Abdi", "member_of", "Islamic State"}}},
        /* "A, a force that fights as part of B" */
        {"The Deir ez-Zor Military Council, an Arab force that fights as part of the SDF, holds "
         "Busayrah.",
         2,
         {{"Deir ez-Zor Military Council", "supports", "Syrian Democratic Forces"},
          {"Deir ez-Zor Military Council", "controls", "Busayrah"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A role before the name: compounds of roles, the role's place, titles
 * after the comma; the sentences are written for these tests. */
static void test_member_of_role_before_name(void **state)
{
    static const rel_case cases[] = {
        /* a hyphenated role: "co-founder", "vice-chair", "ex-commander" */
        {"PKK co-founder Selin Arslan denied the report on Monday.",
         1,
         {{"Selin Arslan", "member_of", "Kurdistan Workers' Party"}},
         {{0}}},
        {"Asked about the talks, SDF vice-chair Nadia Kassem said nothing had been agreed.",
         1,
         {{"Nadia Kassem", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        /* two role words: "deputy leader", "general commander" */
        {"HTS deputy leader Tarek Hamdan was killed in a drone strike.",
         1,
         {{"Tarek Hamdan", "member_of", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"The SDF's general commander, Aram Haddad, met the delegation.",
         1,
         {{"Aram Haddad", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        /* the role's place between the possessive and the role */
        {"Amnesty International's Iraq researcher Lena Dorsey visited the camp.",
         1,
         {{"Lena Dorsey", "member_of", "Amnesty International"}},
         {{0}}},
        /* "role of/for ORG, TITLE NAME" */
        {"The commander of US Central Command, General Peter Walsh, toured the base.",
         1,
         {{"Peter Walsh", "member_of", "US Central Command"}},
         {{0}}},
        {"A spokesman for the Pentagon, Colonel Dale Hunter, said the raid had succeeded.",
         1,
         {{"Dale Hunter", "member_of", "US Department of Defense"}},
         {{0}}},
        /* abbreviated titles, each with its period */
        {"SDF spokesman Maj. Gen. Karim Nassar said the town was quiet.",
         1,
         {{"Karim Nassar", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        /* a capitalised word or the place of the role between the
         * organisation and the role */
        {"The UN Special Envoy for Syria, Lars Nyborg, met the rebels in Geneva.",
         1,
         {{"Lars Nyborg", "member_of", "United Nations"}},
         {{0}}},
        {"UN Iraq envoy Lars Nyborg said the vote was fair.",
         1,
         {{"Lars Nyborg", "member_of", "United Nations"}},
         {{0}}},
        /* "ORG, a panel headed by TITLE NAME", "ORG, led by NAME" */
        {"The Karama Committee, a nine-member panel headed by Judge Samir Taleb, met on Sunday.",
         1,
         {{"Samir Taleb", "member_of", "Karama Committee"}},
         {{0}}},
        {"The Zahra Council, a 12-member body chaired by Leyla Hassan, met.",
         1,
         {{"Leyla Hassan", "member_of", "Zahra Council"}},
         {{0}}},
        {"The Hamza Division, led by Saif Abu Bakr, shelled the village.",
         1,
         {{"Saif Abu Bakr", "member_of", "Hamza Division"}},
         {{0}}},
        /* ... not the object of a preposition, not negated */
        {"The campaign against the SDF, led by Saif Abu Bakr, stalled.",
         0,
         {{0}},
         {{"Saif Abu Bakr", "member_of", "Syrian Democratic Forces"}}},
        {"The Hamza Division was never led by Saif Abu Bakr.",
         0,
         {{0}},
         {{"Saif Abu Bakr", "member_of", "Hamza Division"}}},
        /* no role word before the name: an object, a convoy, a victim */
        {"SDF fighters killed a militant, Omar Saleh, near the river.",
         1,
         {{"Syrian Democratic Forces", "opposes", "Omar Saleh"}},
         {{"Omar Saleh", "member_of", "Syrian Democratic Forces"}}},
        {"A convoy for the SDF, Omar Saleh said, was hit near the river.",
         0,
         {{0}},
         {{"Omar Saleh", "member_of", "Syrian Democratic Forces"}}},
        {"PKK co-operation with Omar Saleh was denied.",
         0,
         {{0}},
         {{"Omar Saleh", "member_of", "Kurdistan Workers' Party"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_opposes_behind_nouns(void **state)
{
    static const rel_case cases[] = {
        {"The YPG has been battling Turkish-backed factions of the Free Syrian Army near Afrin.",
         1,
         {{"People's Protection Units", "opposes", "Free Syrian Army"}},
         {{0}}},
        {"The Peshmerga repelled an attack by the Iranian-backed Kataib Hezbollah near Kirkuk.",
         1,
         {{"Peshmerga", "opposes", "Kataib Hezbollah"}},
         {{0}}},
        /* "has claimed attacks against B" */
        {"Islamic State has claimed attacks against Russia.",
         1,
         {{"Islamic State", "opposes", "Russia"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in_more(void **state)
{
    static const rel_case cases[] = {
        /* "P, a district west of the river in Q province": both */
        {"The patrol passed Ghwayran, a district west of the Khabur River in Hasakah province.",
         2,
         {{"Ghwayran", "located_in", "Hasakah"}, {"Ghwayran", "located_in", "Khabur River"}},
         {{0}}},
        /* a distance after "P in Q": P's, not Q's */
        {"The blast hit the village of Susah in Deir ez-Zor province, about 8 km east of the "
         "Euphrates River.",
         2,
         {{"Susah", "located_in", "Deir ez-Zor"}, {"Susah", "located_in", "Euphrates River"}},
         {{"Deir ez-Zor", "located_in", "Euphrates River"}}},
        /* "A and B, two ... towns in Q" */
        {"Nubl and Zahraa, two Shia towns in Aleppo province, were besieged for years.",
         2,
         {{"Nubl", "located_in", "Aleppo"}, {"Zahraa", "located_in", "Aleppo"}},
         {{0}}},
        /* "P, the group's de facto capital in Q" */
        {"The road links Raqqa, the group's de facto capital in Syria, with Mosul.",
         1,
         {{"Raqqa", "located_in", "Syria"}},
         {{0}}},
        /* "and the X district north of Q": listed, and near Q */
        {"Hezbollah fighters took Qusayr and the Sheikh Maqsoud district north of Aleppo.",
         3,
         {{"Hezbollah", "captured", "Sheikh Maqsoud"}, {"Sheikh Maqsoud", "located_in", "Aleppo"},
          {"Hezbollah", "captured", "Qusayr"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_supports_given(void **state)
{
    static const rel_case cases[] = {
        /* "A supplied X to B", "A provided air cover to B" */
        {"Iran has supplied rockets and money to Hezbollah for decades.",
         1,
         {{"Iran", "supports", "Hezbollah"}},
         {{0}}},
        {"Russia has provided air cover to the Syrian Arab Army since 2015.",
         1,
         {{"Russia", "supports", "Syrian Arab Army"}},
         {{0}}},
        /* what is given must be help */
        {"Qatar offered a deal to Hezbollah.",
         0,
         {{0}},
         {{"Qatar", "supports", "Hezbollah"}}},
        /* "A, a militia loyal to B"; "militias loyal to B, among them A" */
        {"The Fatemiyoun, a militia loyal to Iran, fought in Aleppo.",
         1,
         {{"Liwa Fatemiyoun", "supports", "Iran"}},
         {{0}}},
        {"Several militias loyal to Iran, among them Kataib Hezbollah, have dominated Abu Kamal "
         "since 2017.",
         2,
         {{"Kataib Hezbollah", "supports", "Iran"}, {"Kataib Hezbollah", "controls", "Abu Kamal"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_objects_elsewhere(void **state)
{
    static const rel_case cases[] = {
        /* a person overthrown */
        {"Rebel factions led by Hayat Tahrir al-Sham overthrew Bashar al-Assad in December.",
         1,
         {{"Hayat Tahrir al-Sham", "opposes", "Bashar al-Assad"}},
         {{0}}},
        /* "..., including the districts of A, B and C" */
        {"The Syrian Army recaptured nearly all of the city's east, including the districts of "
         "Hanano, Sakhour and Sheikh Maqsoud.",
         3,
         {{"Syrian Arab Army", "captured", "Hanano"}, {"Syrian Arab Army", "captured", "Sakhour"},
          {"Syrian Arab Army", "captured", "Sheikh Maqsoud"}},
         {{0}}},
        {"The SDF still controls much of the north-east, including the al-Omar oil field.",
         1,
         {{"Syrian Democratic Forces", "controls", "al-Omar oil field"}},
         {{0}}},
        /* "P, which A seized" */
        {"The Conoco gas field, which the SDF seized from Islamic State in 2017, lies near Khasham.",
         1,
         {{"Syrian Democratic Forces", "captured", "Conoco gas field"}},
         {{0}}},
        {"Tabqa, which Islamic State ruled for three years, lies on the Euphrates.",
         1,
         {{"Islamic State", "controls", "Tabqa"}},
         {{0}}},
        /* "kept control of P" */
        {"The SDF kept control of Manbij after the battle.",
         1,
         {{"Syrian Democratic Forces", "controls", "Manbij"}},
         {{0}}},
        /* "in Q's northern province of P" */
        {"Turkish troops entered the town of Tal Abyad in Syria's northern province of Raqqa.",
         2,
         {{"Tal Abyad", "located_in", "Raqqa"}, {"Raqqa", "located_in", "Syria"}},
         {{"Tal Abyad", "located_in", "Syria"}}},
        /* "fled P for Q" */
        {"Jaysh al-Islam fled Douma for Jarablus in 2018.",
         1,
         {{"Jaysh al-Islam", "moved_to", "Jarablus"}},
         {{0}}},
        /* a list after "by" that a comma closes is no subject */
        {"The PKK, designated a terrorist group by Turkey, the United States and the European "
         "Union, has waged a war against Turkey.",
         1,
         {{"Kurdistan Workers' Party", "opposes", "Turkey"}},
         {{"European Union", "opposes", "Turkey"}, {"United States", "opposes", "Turkey"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_lists_then(void **state)
{
    static const rel_case cases[] = {
        {"The Nusra Front headed for Idlib and then for Afrin.",
         2,
         {{"Nusra Front", "moved_to", "Idlib"}, {"Nusra Front", "moved_to", "Afrin"}},
         {{0}}},
        {"The Syrian Democratic Forces took Raqqa and then Tabqa.",
         2,
         {{"Syrian Democratic Forces", "captured", "Raqqa"},
          {"Syrian Democratic Forces", "captured", "Tabqa"}},
         {{0}}},
        /* a state after "and then" starts another clause */
        {"The Syrian Democratic Forces took Raqqa and then Turkey attacked.",
         1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Syrian Democratic Forces", "captured", "Turkey"}}},
        /* "from P to Q": both ends */
        {"Islamic State controlled territory stretching from western Syria to eastern Iraq.",
         2,
         {{"Islamic State", "controls", "Syria"}, {"Islamic State", "controls", "Iraq"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Expulsion is capture: "A drove B out of P", "B was pushed from P by A";
 * the nominal "the fall of P to A", "the seizure of P by A". */
static void test_captured_expelled(void **state)
{
    static const rel_case cases[] = {
        {"The Syrian Democratic Forces drove Islamic State out of Tabqa last spring.",
         2,
         {{"Syrian Democratic Forces", "captured", "Tabqa"},
          {"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{"Islamic State", "captured", "Tabqa"}}},
        /* the expelled named by a generic noun and "of" */
        {"In 2016 the Free Syrian Army expelled the last militants of Islamic State from "
         "Jarablus.",
         2,
         {{"Free Syrian Army", "captured", "Jarablus"},
          {"Free Syrian Army", "opposes", "Islamic State"}},
         {{0}}},
        {"The Iraqi army chased the jihadists out of the town of Rutba.",
         1,
         {{"Iraqi Army", "captured", "Rutba"}},
         {{0}}},
        /* passive, two places, a date before the agent */
        {"Hayat Tahrir al-Sham was ousted from Saraqib and Maarat al-Numan in March by the "
         "Syrian army.",
         3,
         {{"Syrian Arab Army", "captured", "Saraqib"},
          {"Syrian Arab Army", "captured", "Maarat al-Numan"},
          {"Syrian Arab Army", "opposes", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"The SNA forced the YPG from Tal Rifaat within days.",
         2,
         {{"Syrian National Army", "captured", "Tal Rifaat"},
          {"Syrian National Army", "opposes", "People's Protection Units"}},
         {{0}}},
        /* nouns */
        {"Since the fall of Ramadi to Islamic State, Baghdad has rebuilt its army.",
         1,
         {{"Islamic State", "captured", "Ramadi"}},
         {{0}}},
        {"The seizure of Manbij by the SDF in 2016 angered Ankara.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
        {"Diplomats feared the Hayat Tahrir al-Sham takeover of Idlib would last.",
         1,
         {{"Hayat Tahrir al-Sham", "captured", "Idlib"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* What expulsion and capture nouns must not give. */
static void test_captured_expelled_negative(void **state)
{
    static const rel_case cases[] = {
        /* civilians are not the armed men a capture expels */
        {"The SDF forced thousands of civilians from Raqqa.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Raqqa"}}},
        /* an aim, and a negation */
        {"The SDF vowed to drive Islamic State out of Hajin.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Hajin"}}},
        {"The army has not driven the jihadists out of Palmyra.",
         0,
         {{0}},
         {{0}}},
        /* the one who lost a place did not take it */
        {"Islamic State's loss of Raqqa hurt its recruitment.",
         0,
         {{0}},
         {{"Islamic State", "captured", "Raqqa"}}},
        /* "the fall of" a person is no capture */
        {"The fall of Bashar al-Assad to the rebels surprised Moscow.",
         0,
         {{0}},
         {{0}}},
        /* pushed toward, not out of: movement, no capture */
        {"The SDF pushed Islamic State fighters toward Baghuz.",
         1,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Baghuz"}}},
    };
    CHECK_CASES(state, cases);
}

/* "P, the largest town A held": the verb's object is the place the
 * apposition before its agent describes; "controls much of northeast
 * Syria"; "P, on the bank of the RIVER". */
static void test_controls_apposed(void **state)
{
    static const rel_case cases[] = {
        {"Palmyra, the biggest city Islamic State still controlled in Homs province, was "
         "shelled.",
         2,
         {{"Islamic State", "controls", "Palmyra"}, {"Palmyra", "located_in", "Homs"}},
         {{"Islamic State", "controls", "Homs"}}},
        /* "the group": the armed group named before in the sentence */
        {"Raqqa, the seat of ISIS, fell in 2017, and Mosul, the main city that the "
         "militants held in Iraq, fell months earlier.",
         3,
         {{"Islamic State", "controls", "Mosul"}, {"Mosul", "located_in", "Iraq"}},
         {{"Islamic State", "controls", "Iraq"}}},
        {"Manbij, a town the SDF had taken from Islamic State, changed hands again.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
        /* a direction before a country is the country; "north of" is near it */
        {"Hayat Tahrir al-Sham dominates northwest Syria.",
         1,
         {{"Hayat Tahrir al-Sham", "controls", "Syria"}},
         {{0}}},
        {"The Euphrates flows past Mayadin, on the western bank of the Euphrates.",
         1,
         {{"Mayadin", "located_in", "Euphrates River"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_apposed_negative(void **state)
{
    static const rel_case cases[] = {
        /* "the group" with no group before it names nobody */
        {"Mosul, the largest city the group held in Iraq, was retaken, and Raqqa fell to "
         "the SDF.",
         2,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}, {"Mosul", "located_in", "Iraq"}},
         {{"Syrian Democratic Forces", "controls", "Mosul"}}},
        /* positions north of a town are not the town */
        {"American troops held positions north of Manbij.",
         0,
         {{0}},
         {{0}}},
        /* no noun for a place before the agent: not an apposition */
        {"Raqqa, where Islamic State held hostages, was bombed.",
         0,
         {{0}},
         {{"Islamic State", "controls", "Raqqa"}}},
    };
    CHECK_CASES(state, cases);
}

/* "HTS-led rebels seized P": the leader acts; targets behind what they
 * own or use: "struck depots used by B", "positions of B". */
static void test_leaders_and_targets(void **state)
{
    static const rel_case cases[] = {
        {"HTS-led fighters captured Saraqib on Sunday.",
         1,
         {{"Hayat Tahrir al-Sham", "captured", "Saraqib"}},
         {{0}}},
        {"SNA-led militias advanced toward Manbij.",
         1,
         {{"Syrian National Army", "moved_to", "Manbij"}},
         {{0}}},
        {"Russia bombed warehouses used by Hayat Tahrir al-Sham in Idlib.",
         1,
         {{"Russia", "opposes", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"Israel hit a convoy belonging to Hezbollah on the Lebanese border.",
         1,
         {{"Israel", "opposes", "Hezbollah"}},
         {{0}}},
        {"Turkey pounded outposts of the SDF east of the Euphrates.",
         1,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_leaders_and_targets_negative(void **state)
{
    static const rel_case cases[] = {
        /* a leader of a named actor: the named one acts */
        {"The HTS-led Salvation Government taxed Idlib.",
         0,
         {{0}},
         {{"Hayat Tahrir al-Sham", "captured", "Idlib"}}},
        /* a backer is no subject */
        {"US-backed fighters captured Tabqa.",
         0,
         {{0}},
         {{"United States", "captured", "Tabqa"}}},
        /* what the target carries is not its owner */
        {"Russia bombed a convoy carrying aid from the United Nations.",
         0,
         {{0}},
         {{"Russia", "opposes", "United Nations"}}},
    };
    CHECK_CASES(state, cases);
}

/* controls: a passive whose place is the clause's subject ("P, home to
 * ..., is run by A"), "has run P", places listed before "held by A",
 * "which A has kept", "under the authority of A", "under A control". */
static void test_controls_more(void **state)
{
    static const rel_case cases[] = {
        {"The Roj camp, home to some 2,500 foreign women and children, is run by the "
         "Autonomous Administration of North and East Syria.",
         1,
         {{"Autonomous Administration of North and East Syria", "controls", "Roj camp"}},
         {{0}}},
        {"Hayat Tahrir al-Sham, a group that has run Idlib since 2017, denied it.",
         1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}},
         {{0}}},
        {"Turkey threatened Tal Rifaat and Manbij, two towns held by the YPG west of the "
         "Euphrates.",
         2,
         {{"People's Protection Units", "controls", "Tal Rifaat"},
          {"People's Protection Units", "controls", "Manbij"}},
         {{0}}},
        {"The jets flew from Hmeimim air base, south of Latakia, which Russia has kept since "
         "2015.",
         2,
         {{"Russia", "controls", "Khmeimim air base"},
          {"Khmeimim air base", "located_in", "Latakia"}},
         {{"Russia", "controls", "Latakia"}}},
        {"Residents of Deir ez-Zor and Raqqa, which are under the authority of the SDF, "
         "protested.",
         2,
         {{"Syrian Democratic Forces", "controls", "Deir ez-Zor"},
          {"Syrian Democratic Forces", "controls", "Raqqa"}},
         {{0}}},
        {"Manbij, under SDF control since 2016, is calm.",
         1,
         {{"Syrian Democratic Forces", "controls", "Manbij"}},
         {{0}}},
        /* the place its country follows, not the country */
        {"Kirkuk, Iraq, has been under the control of the Peshmerga since 2017.",
         2,
         {{"Peshmerga", "controls", "Kirkuk"}, {"Kirkuk", "located_in", "Iraq"}},
         {{"Peshmerga", "controls", "Iraq"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_more_negative(void **state)
{
    static const rel_case cases[] = {
        /* the place left is not the area under control */
        {"Civilians fled Raqqa for areas under SDF control.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        /* people held by A are no place held */
        {"Raqqa was calm, and hundreds of civilians were held by Islamic State.",
         0,
         {{0}},
         {{"Islamic State", "controls", "Raqqa"}}},
        /* "kept" with an object of its own is no control */
        {"Russia kept its promises to Damascus.",
         0,
         {{0}},
         {{"Russia", "controls", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* located_in: "near P, in Q province" (a city's name for its province),
 * "P, a coastal city south of Q", "north-west of", "the P neighbourhood
 * of Q", "P (alias) camp in Q". */
static void test_located_in_appositions_more(void **state)
{
    static const rel_case cases[] = {
        {"Gunmen attacked a checkpoint near Qardaha, in Latakia province.",
         1,
         {{"Qardaha", "located_in", "Latakia"}},
         {{0}}},
        {"In Tartus, a coastal city south of Baniyas, residents fled.",
         1,
         {{"Tartus", "located_in", "Baniyas"}},
         {{0}}},
        {"Tal Tamr, north-west of Hasakah, was shelled.",
         1,
         {{"Tal Tamr", "located_in", "Hasakah"}},
         {{0}}},
        {"Shelling hit the Sheikh Maqsoud neighbourhood of Aleppo.",
         1,
         {{"Sheikh Maqsoud", "located_in", "Aleppo"}},
         {{0}}},
        {"Women are held in the Roj (al-Roj) camp in Hasakah.",
         1,
         {{"Roj camp", "located_in", "Hasakah"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "A, the force affiliated with B"; "waged an insurgency against B";
 * "A accused B of shelling its posts": B opposes A; "ran toward P". */
static void test_actor_phrasings_more(void **state)
{
    static const rel_case cases[] = {
        {"The camp is guarded by the Asayish, the police force affiliated with the "
         "Autonomous Administration.",
         1,
         {{"Asayish", "supports", "Autonomous Administration of North and East Syria"}},
         {{0}}},
        {"Hurras al-Din has waged an insurgency against Hayat Tahrir al-Sham.",
         1,
         {{"Hurras al-Din", "opposes", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"Turkey accused the YPG of shelling its border posts.",
         1,
         {{"People's Protection Units", "opposes", "Turkey"}},
         {{0}}},
        {"The SDF blamed Islamic State for attacking the Asayish.",
         1,
         {{"Islamic State", "opposes", "Asayish"}},
         {{"Syrian Democratic Forces", "opposes", "Asayish"}}},
        {"IS fighters ran toward Mayadin.",
         1,
         {{"Islamic State", "moved_to", "Mayadin"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_actor_phrasings_more_negative(void **state)
{
    static const rel_case cases[] = {
        /* the accuser is not the attacker; civilians are no side */
        {"The SDF accused Turkey of shelling civilians.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Turkey"}}},
        {"The SDF denied accusing Turkey of attacking its positions.",
         0,
         {{0}},
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}},
        /* "ran" a place is no movement */
        {"Islamic State ran Raqqa for three years.",
         0,
         {{0}},
         {{"Islamic State", "moved_to", "Raqqa"}}},
    };
    CHECK_CASES(state, cases);
}

/* The partner's fight: "A, working with B against C", "A ... to assist
 * B in the battle against C": A opposes C; a slash joins two names. */
static void test_opposes_partners(void **state)
{
    static const rel_case cases[] = {
        {"France kept 200 soldiers in Syria, working with the SDF against Islamic State "
         "cells.",
         3,
         {{"France", "opposes", "Islamic State"},
          {"France", "supports", "Syrian Democratic Forces"},
          {"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{"France", "opposes", "Syrian Democratic Forces"}}},
        {"Russia, which has partnered with the Syrian army against Hayat Tahrir al-Sham, "
         "denied it.",
         3,
         {{"Russia", "opposes", "Hayat Tahrir al-Sham"},
          {"Russia", "supports", "Syrian Arab Army"},
          {"Syrian Arab Army", "opposes", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"Dozens of US advisers were sent to Iraq to assist the Peshmerga in the battle "
         "against Islamic State.",
         3,
         {{"United States", "opposes", "Islamic State"},
          {"Peshmerga", "opposes", "Islamic State"},
          {"United States", "moved_to", "Iraq"}},
         {{0}}},
        {"The SNA shelled the PKK/YPG near Tal Rifaat.",
         2,
         {{"Syrian National Army", "opposes", "Kurdistan Workers' Party"},
          {"Syrian National Army", "opposes", "People's Protection Units"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* located_in: "P, 40 km north-west of Q, lies on the M4 highway" (the
 * offset's head is on the road), "villages in Q province, such as P and
 * R", "P, east of Q in R province" (in R too), "the P and Q districts of
 * northern R". */
static void test_located_in_lists_roads(void **state)
{
    static const rel_case cases[] = {
        {"Tal Tamr, some 40 km north-west of Hasakah, lies on the M4 highway.",
         2,
         {{"Tal Tamr", "located_in", "M4 highway"}, {"Tal Tamr", "located_in", "Hasakah"}},
         {{"Hasakah", "located_in", "M4 highway"}}},
        {"Many fled villages in Idlib province, such as Saraqib and Maarat al-Numan.",
         2,
         {{"Saraqib", "located_in", "Idlib"}, {"Maarat al-Numan", "located_in", "Idlib"}},
         {{0}}},
        {"Shelling hit towns in Hama province, including Kafr Zita.",
         1,
         {{"Kafr Zita", "located_in", "Hama"}},
         {{0}}},
        {"They were taken to Roj camp, east of Qamishli in Hasakah province.",
         3,
         {{"Roj camp", "located_in", "Hasakah"},
          {"Roj camp", "located_in", "Qamishli"},
          {"Qamishli", "located_in", "Hasakah"}},
         {{0}}},
        {"Jets struck the Sinjar and Makhmour districts of northern Iraq.",
         2,
         {{"Sinjar", "located_in", "Iraq"}, {"Makhmour", "located_in", "Iraq"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in_lists_roads_negative(void **state)
{
    static const rel_case cases[] = {
        /* the chain stops at a possessive: the province is in the country */
        {"Manbij, a town west of the Euphrates in Syria's Aleppo province, fell.",
         3,
         {{"Manbij", "located_in", "Aleppo"}, {"Aleppo", "located_in", "Syria"}},
         {{"Manbij", "located_in", "Syria"}}},
        /* working with someone against nobody named */
        {"Turkey, working with Russia, shelled Afrin.",
         0,
         {{0}},
         {{"Turkey", "opposes", "Russia"}}},
    };
    CHECK_CASES(state, cases);
}

/* "handed over P to A" (A captured P); "in control of the city, also
 * called P"; "a state launched an offensive in another" (moved_to). */
static void test_handover_known_as_launch(void **state)
{
    static const rel_case cases[] = {
        {"The SDF handed over Tabqa to the Syrian government.",
         1,
         {{"Syrian government", "captured", "Tabqa"}},
         {{"Syrian Democratic Forces", "captured", "Tabqa"}}},
        {"In 2016 the jihadists of Islamic State handed over Jarablus to the Free Syrian Army.",
         1,
         {{"Free Syrian Army", "captured", "Jarablus"}},
         {{"Islamic State", "captured", "Jarablus"}}},
        {"The YPG was in control of the city, also called Ain al-Arab.",
         1,
         {{"People's Protection Units", "controls", "Kobani"}},
         {{0}}},
        {"Islamic State was in control of the city, known in Arabic as Tadmur.",
         1,
         {{"Islamic State", "controls", "Palmyra"}},
         {{0}}},
        {"Israel launched a ground operation in Lebanon.",
         1,
         {{"Israel", "moved_to", "Lebanon"}},
         {{0}}},
        {"In 2015 Russia started an air operation in western Syria.",
         1,
         {{"Russia", "moved_to", "Syria"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_handover_known_as_launch_negative(void **state)
{
    static const rel_case cases[] = {
        /* a group's offensive is no state's move; nor one in its own country */
        {"Islamic State launched an offensive in Iraq.",
         0,
         {{0}},
         {{"Islamic State", "moved_to", "Iraq"}}},
        {"Turkey launched an offensive against the PKK in Turkey.",
         1,
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
        /* a town named after "control of" is what is held; "known as" a person is no place */
        {"The YPG was in control of the town, known as the home of Abdullah Ocalan.",
         0,
         {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "A took P after months of fighting backed by B": B backs the one
 * fighting, the subject before the fight's preposition. */
static void test_supports_fighting_backed(void **state)
{
    static const rel_case cases[] = {
        {"The SNA seized Afrin after a two-month offensive supported by Turkey.",
         2,
         {{"Turkey", "supports", "Syrian National Army"},
          {"Syrian National Army", "captured", "Afrin"}},
         {{0}}},
        {"The Iraqi army retook Mosul after nine months of fighting backed by the US-led "
         "coalition.",
         2,
         {{"US-led coalition", "supports", "Iraqi Army"}, {"Iraqi Army", "captured", "Mosul"}},
         {{0}}},
        /* no actor fights: nobody is backed */
        {"Civilians fled Aleppo during fighting backed by Russia.",
         0,
         {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "P, X's last stronghold", "P, its de facto capital": the possessor of a
 * seat noun in an apposition holds the place the apposition describes */
static void test_controls_possessed_seat(void **state)
{
    static const rel_case cases[] = {
        {"Kurdish units closed in on Baghuz, the Islamic State's last bastion, on Friday.",
         1,
         {{"Islamic State", "controls", "Baghuz"}},
         {{0}}},
        {"Islamic State abandoned Raqqa, its self-declared capital, in October.",
         1,
         {{"Islamic State", "controls", "Raqqa"}},
         {{0}}},
        /* and the place after "in" holds the seat */
        {"Planes struck Idlib, Hayat Tahrir al-Sham's main stronghold in northwestern Syria.",
         2,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}, {"Idlib", "located_in", "Syria"}},
         {{0}}},
        {"Islamic State fighters retreated to Mayadin, the group's last major hub.",
         2,
         {{"Islamic State", "controls", "Mayadin"}, {"Islamic State", "moved_to", "Mayadin"}},
         {{0}}},
        /* an apposition of its own before: the place it describes */
        {"Troops reached Hajin, in Deir ez-Zor, the Islamic State's last stronghold.",
         2,
         {{"Islamic State", "controls", "Hajin"}, {"Hajin", "located_in", "Deir ez-Zor"}},
         {{"Islamic State", "controls", "Deir ez-Zor"}}},
        {"Fighting raged in Baghuz, Syria, the last stronghold of Islamic State.",
         2,
         {{"Islamic State", "controls", "Baghuz"}, {"Baghuz", "located_in", "Syria"}},
         {{"Islamic State", "controls", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* "A held P": "held" with a place for object (not a modifier of a noun
 * after it) */
static void test_controls_held_object(void **state)
{
    static const rel_case cases[] = {
        {"The YPG had held Tal Abyad since June 2015.",
         1,
         {{"People's Protection Units", "controls", "Tal Abyad"}},
         {{0}}},
        {"Hayat Tahrir al-Sham, which has held Idlib for years, rejected the deal.",
         1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}},
         {{0}}},
        {"Islamic State held the town of Dabiq until October 2016.",
         1,
         {{"Islamic State", "controls", "Dabiq"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_held_object_negative(void **state)
{
    static const rel_case cases[] = {
        /* a compound participle whose modifier names no one: no verb */
        {"Ahrar al-Sham fighters were bused to the opposition-controlled town of Jarablus.",
         0,
         {{0}},
         {{"Ahrar al-Sham", "controls", "Jarablus"}}},
        {"The SDF fought near the regime-controlled city of Deir ez-Zor.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "controls", "Deir ez-Zor"}}},
        {"Hundreds of Jaish al-Islam fighters left for the rebel-held town of Jarablus.",
         0,
         {{0}},
         {{"Jaysh al-Islam", "controls", "Jarablus"}}},
        /* a place modifying the noun held */
        {"Russia, Iran and Turkey held Astana talks in January.",
         0,
         {{0}},
         {{"Turkey", "controls", "Astana"}}},
        {"Putin held Moscow talks with Erdogan.",
         0,
         {{0}},
         {{"Vladimir Putin", "controls", "Moscow"}}},
    };
    CHECK_CASES(state, cases);
}

/* "on the edge of Q", a town on a lake or river before a direction, "which
 * run P", "the size of X" */
static void test_place_edges_and_objects(void **state)
{
    static const rel_case cases[] = {
        {"Shelling hit Harasta, a suburb on the northern edge of Damascus, overnight.",
         1,
         {{"Harasta", "located_in", "Damascus"}},
         {{0}}},
        {"Residents of Kafr Nabudah, a village on the southern edge of Idlib province, fled.",
         1,
         {{"Kafr Nabudah", "located_in", "Idlib"}},
         {{0}}},
        {"Troops rolled into Tabqa, a town on the shore of Lake Assad west of Raqqa.",
         2,
         {{"Tabqa", "located_in", "Raqqa"}, {"Tabqa", "located_in", "Lake Assad"}},
         {{"Lake Assad", "located_in", "Raqqa"}}},
        {"Jarablus, a town on the Euphrates north of Manbij, fell.",
         2,
         {{"Jarablus", "located_in", "Manbij"}, {"Jarablus", "located_in", "Euphrates River"}},
         {{"Euphrates River", "located_in", "Manbij"}}},
        {"The Autonomous Administration, which run the Roj camp, said the women could leave.",
         1,
         {{"Autonomous Administration of North and East Syria", "controls", "Roj camp"}},
         {{0}}},
        {"The SDF, who run Raqqa and Tabqa, denied the report.",
         2,
         {{"Syrian Democratic Forces", "controls", "Raqqa"},
          {"Syrian Democratic Forces", "controls", "Tabqa"}},
         {{0}}},
        {"Islamic State, which once ruled a territory the size of Portugal across Iraq and "
         "Syria, is now weak.",
         2,
         {{"Islamic State", "controls", "Iraq"}, {"Islamic State", "controls", "Syria"}},
         {{"Islamic State", "controls", "Portugal"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_place_edges_and_objects_negative(void **state)
{
    static const rel_case cases[] = {
        /* a country's possessive over a name, a verb or an event noun */
        {"Turkey's Afrin Operation Angers Washington", 0, {{0}}, {{"Afrin", "located_in", "Turkey"}}},
        {"Iraq's Prime Minister visited Mosul on Sunday.",
         0,
         {{0}},
         {{"Mosul", "located_in", "Iraq"}}},
        {"Iraq's Mosul was retaken in 2017.", 1, {{"Mosul", "located_in", "Iraq"}}, {{0}}},
        /* the object of another preposition is not held */
        {"Russia, which runs joint patrols with Turkey in the northeast, declined to comment.",
         0,
         {{0}},
         {{"Russia", "controls", "Turkey"}}},
        {"Hayat Tahrir al-Sham controls talks with Turkey over Idlib.",
         0,
         {{0}},
         {{"Hayat Tahrir al-Sham", "controls", "Turkey"}}},
        {"The roads which run through Raqqa were closed.", 0, {{0}}, {{0}}},
        /* part of a town, or somewhere near it, taken: not the town */
        {"Islamic State fighters stormed two neighbourhoods of Hasakah on Thursday.",
         1,
         {{"Islamic State", "moved_to", "Hasakah"}},
         {{"Islamic State", "captured", "Hasakah"}}},
        {"The SDF captured several villages near Hajin.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Hajin"}}},
        /* ... but named districts are what was taken, and "took over" takes */
        {"The Syrian army retook the districts of Hanano and Sakhour in Aleppo.",
         4,
         {{"Syrian Arab Army", "captured", "Hanano"}, {"Syrian Arab Army", "captured", "Sakhour"},
          {"Hanano", "located_in", "Aleppo"}},
         {{"Syrian Arab Army", "captured", "Aleppo"}}},
        {"Jaish al-Islam took over Douma in 2013.",
         1,
         {{"Jaysh al-Islam", "captured", "Douma"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A relative or a participle after an apposition is about the place the
 * apposition describes ("P, a city of 100,000 people, which A took") */
static void test_relative_past_apposition(void **state)
{
    static const rel_case cases[] = {
        {"The Omar oil field, the largest in Syria, which the SDF seized in 2017, now hosts US "
         "troops.",
         2,
         {{"Syrian Democratic Forces", "captured", "al-Omar oil field"},
          {"al-Omar oil field", "located_in", "Syria"}},
         {{0}}},
        {"Tabqa Dam, one of the biggest on the river, which the SDF captured from Islamic State "
         "in May, was damaged.",
         1,
         {{"Syrian Democratic Forces", "captured", "Tabqa Dam"}},
         {{0}}},
        {"Manbij, a mostly Arab city of 100,000 people, which the SDF took in 2016, is tense.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
        {"Afrin, a Kurdish enclave of some 300,000 people, which the YPG controlled until 2018, "
         "was shelled.",
         1,
         {{"People's Protection Units", "controls", "Afrin"}},
         {{0}}},
        /* and not the place inside the apposition */
        {"The army advanced on Douma, the last rebel enclave near Damascus, held by Jaish "
         "al-Islam.",
         2,
         {{"Jaysh al-Islam", "controls", "Douma"}, {"Douma", "located_in", "Damascus"}},
         {{"Jaysh al-Islam", "controls", "Damascus"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_relative_past_apposition_negative(void **state)
{
    static const rel_case cases[] = {
        /* no one named holds it */
        {"Jets struck Saraqeb, a key town on the M5 highway, held by rebels since 2012.",
         1,
         {{"Saraqib", "located_in", "M5 highway"}},
         {{0}}},
        /* visiting takes nothing */
        {"They met in Ankara, the Turkish capital, which Erdogan visited.", 0, {{0}}, {{0}}},
        /* an apposition that is a clause of its own is no description */
        {"Raqqa, where Islamic State once ruled, which the SDF took in 2017, is safe.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Raqqa"}}},
    };
    CHECK_CASES(state, cases);
}

/* An offset's anchor written "the city of Q", an offset after a relative
 * clause (it tells of the clause's head), "held" with a relative's place. */
static void test_offset_anchor_relative_head(void **state)
{
    static const rel_case cases[] = {
        {"Tabqa, about 50 kilometres west of the city of Raqqa, fell in May.", 1,
         {{"Tabqa", "located_in", "Raqqa"}}, {{0}}},
        {"Tal Tamr, about 40 km northwest of the city of Hasakah, was quiet.", 1,
         {{"Tal Tamr", "located_in", "Hasakah"}}, {{0}}},
        {"Kobani, 150 km northeast of the city of Aleppo, held out.", 1,
         {{"Kobani", "located_in", "Aleppo"}}, {{0}}},
        {"Tabqa lies 50 km west of the city of Raqqa.", 1, {{"Tabqa", "located_in", "Raqqa"}},
         {{0}}},
        {"Ain Issa, north of the city of Raqqa, was shelled.", 1,
         {{"Ain Issa", "located_in", "Raqqa"}}, {{0}}},
        {"The strikes hit Mayadin, south-east of the town of Deir ez-Zor.", 1,
         {{"Mayadin", "located_in", "Deir ez-Zor"}}, {{0}}},
        /* the dam, not the place the road leads to */
        {"The Tishreen Dam, which carries the main road to Aleppo, about 25 km south of "
         "Manbij, was shelled.",
         1, {{"Tishreen Dam", "located_in", "Manbij"}}, {{"Aleppo", "located_in", "Manbij"}}},
        {"The Tishreen Dam, which carries the main road to Aleppo, south of Manbij, was shelled.",
         1, {{"Tishreen Dam", "located_in", "Manbij"}}, {{"Aleppo", "located_in", "Manbij"}}},
        {"Jarablus, which faces the road from Kobani, 30 km north of Manbij, is calm.", 1,
         {{"Jarablus", "located_in", "Manbij"}}, {{"Kobani", "located_in", "Manbij"}}},
        /* "held" with no object of its own: the relative's place */
        {"The town of Hajin, which Islamic State held until December, was destroyed.", 1,
         {{"Islamic State", "controls", "Hajin"}}, {{0}}},
        {"Fighting raged in Raqqa, which Islamic State held until 2017.", 1,
         {{"Islamic State", "controls", "Raqqa"}}, {{0}}},
        {"Civilians returned to Azaz, which the Syrian National Army has held since 2016.", 1,
         {{"Syrian National Army", "controls", "Azaz"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_offset_anchor_relative_head_negative(void **state)
{
    static const rel_case cases[] = {
        /* a relative after "NOUN near P" tells of the noun */
        {"The villages near Raqqa, which Islamic State seized in 2014, were empty.", 0, {{0}},
         {{"Islamic State", "captured", "Raqqa"}}},
        {"The oil fields in Deir ez-Zor, which the SDF controls, pump little oil.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Deir ez-Zor"}}},
        {"The prisons in Hasakah, which the SDF runs, hold thousands of fighters.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Hasakah"}}},
        {"Positions outside Manbij, which the Syrian National Army took in 2019, were shelled.",
         0, {{0}}, {{"Syrian National Army", "captured", "Manbij"}}},
        {"The checkpoints around Afrin, which the Syrian National Army holds, were closed.", 0,
         {{0}}, {{"Syrian National Army", "controls", "Afrin"}}},
        {"The village near Hajin, which Islamic State held until December, was razed.", 0,
         {{0}}, {{"Islamic State", "controls", "Hajin"}}},
        /* a relative whose head is no place, or whose last place is where
         * the head is: the offset tells of the last place */
        {"The SDF, which controls Tabqa, 50 km west of Raqqa, denied it.", 2,
         {{"Tabqa", "located_in", "Raqqa"}, {"Syrian Democratic Forces", "controls", "Tabqa"}},
         {{0}}},
        {"Hajin, which lies near Susah, 10 km north of Albu Kamal, fell.", 1,
         {{"Susah", "located_in", "Abu Kamal"}}, {{"Hajin", "located_in", "Abu Kamal"}}},
        /* "held talks": no hold */
        {"Islamic State held talks in Raqqa, which the SDF took later.", 1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Islamic State", "controls", "Raqqa"}}},
    };
    CHECK_CASES(state, cases);
}

/* Control said indirectly: "in the hands of A", "in A's hands" (and "fell
 * into the hands of A": captured), "P was under A control" with P the
 * subject, "areas held by A in P", "A factions that control P". */
static void test_controls_indirect(void **state)
{
    static const rel_case cases[] = {
        {"Manbij is now in the hands of the Syrian Democratic Forces.", 1,
         {{"Syrian Democratic Forces", "controls", "Manbij"}}, {{0}}},
        {"By 2015 Palmyra was in the hands of Islamic State.", 1,
         {{"Islamic State", "controls", "Palmyra"}}, {{0}}},
        {"Raqqa remained in Islamic State's hands until 2017.", 1,
         {{"Islamic State", "controls", "Raqqa"}}, {{0}}},
        {"Afrin, now in the hands of the Syrian National Army, is tense.", 1,
         {{"Syrian National Army", "controls", "Afrin"}}, {{0}}},
        {"Tal Abyad and Ras al-Ain are in the hands of the Syrian National Army.", 2,
         {{"Syrian National Army", "controls", "Tal Abyad"},
          {"Syrian National Army", "controls", "Ras al-Ain"}},
         {{0}}},
        {"Mosul has been in the hands of Islamic State since June.", 1,
         {{"Islamic State", "controls", "Mosul"}}, {{0}}},
        {"Palmyra fell into the hands of Islamic State in May 2015.", 1,
         {{"Islamic State", "captured", "Palmyra"}}, {{"Islamic State", "controls", "Palmyra"}}},
        {"Aleppo fell into Hayat Tahrir al-Sham's hands in November 2024.", 1,
         {{"Hayat Tahrir al-Sham", "captured", "Aleppo"}}, {{0}}},
        /* the place is the clause's subject */
        {"Deir ez-Zor remains under Syrian government control.", 1,
         {{"Syrian government", "controls", "Deir ez-Zor"}}, {{0}}},
        {"Tabqa has been under SDF control since 2017.", 1,
         {{"Syrian Democratic Forces", "controls", "Tabqa"}}, {{0}}},
        /* areas held in a place */
        {"Aid reached territory run by Hayat Tahrir al-Sham in Idlib.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}, {{0}}},
        {"Areas held by the SDF in Deir ez-Zor were hit.", 1,
         {{"Syrian Democratic Forces", "controls", "Deir ez-Zor"}}, {{0}}},
        {"Civilians in areas under SDF control in Deir ez-Zor were counted.", 1,
         {{"Syrian Democratic Forces", "controls", "Deir ez-Zor"}}, {{0}}},
        {"Areas under the control of Hayat Tahrir al-Sham in Idlib were bombed.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}, {{0}}},
        /* a relative "that control" after the holder's noun */
        {"The factions of the Syrian National Army that control Afrin and Azaz are backed by "
         "Turkey.",
         3,
         {{"Syrian National Army", "controls", "Afrin"},
          {"Syrian National Army", "controls", "Azaz"},
          {"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
        {"Syrian National Army factions that control Afrin and Azaz are backed by Turkey.", 3,
         {{"Syrian National Army", "controls", "Afrin"},
          {"Syrian National Army", "controls", "Azaz"},
          {"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_indirect_negative(void **state)
{
    static const rel_case cases[] = {
        /* another noun's place, no place, a negation */
        {"The fate of Raqqa is in the hands of the SDF.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"The decision rests in the hands of Turkey.", 0, {{0}}, {{0}}},
        {"Raqqa is not in the hands of the SDF.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"Refugees from Raqqa are under SDF control.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        /* people held, a place near */
        {"Soldiers held by Islamic State in Raqqa were freed.", 0, {{0}},
         {{"Islamic State", "controls", "Raqqa"}}},
        {"Areas held by the SDF north of Raqqa were hit.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        /* the relative's noun names no holder: not the clause's subject */
        {"Turkey backs factions that control Afrin and Azaz.", 0, {{0}},
         {{"Turkey", "controls", "Afrin"}}},
        {"Turkey wants forces that control Manbij to leave.", 0, {{0}},
         {{"Turkey", "controls", "Manbij"}}},
        {"Russia said the militias that control Deir ez-Zor answer to Iran.", 0, {{0}},
         {{"Russia", "controls", "Deir ez-Zor"}}},
    };
    CHECK_CASES(state, cases);
}

/* A move noun's owner moves to the place after it: "A's (military)
 * offensive into / in P", "the A operation in P", "A suspended its
 * offensive in P". */
static void test_moved_to_owned_noun(void **state)
{
    static const rel_case cases[] = {
        {"Turkey suspended its offensive in northeastern Syria after talks.", 1,
         {{"Turkey", "moved_to", "Syria"}}, {{0}}},
        {"Russia expanded its deployment in Qamishli.", 1, {{"Russia", "moved_to", "Qamishli"}},
         {{0}}},
        {"The United States ended its deployment in Manbij in 2019.", 1,
         {{"United States", "moved_to", "Manbij"}}, {{0}}},
        {"Russia's military operation in Syria began in 2015.", 1,
         {{"Russia", "moved_to", "Syria"}}, {{0}}},
        {"The US operation in Syria continues.", 1,
         {{"United States", "moved_to", "Syria"},
          {"United States", "participates_in", "Offensive in Syria"}},
         {{0}}},
        {"Turkey's cross-border offensive into northern Syria drew criticism.", 1,
         {{"Turkey", "moved_to", "Syria"}}, {{0}}},
        {"Hezbollah's intervention in Syria saved Assad.", 1,
         {{"Hezbollah", "moved_to", "Syria"}}, {{0}}},
        {"Iran launched its operation in Albu Kamal in 2017.", 1,
         {{"Iran", "moved_to", "Abu Kamal"}}, {{0}}},
        /* one place, not the speaker after it */
        {"Turkey expanded its operation in Syria, Russia said.", 1,
         {{"Turkey", "moved_to", "Syria"}}, {{"Turkey", "moved_to", "Russia"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_moved_to_owned_noun_negative(void **state)
{
    static const rel_case cases[] = {
        /* "its" after a verb of no move of one's own */
        {"Washington criticised its offensive in Syria.", 0, {{0}},
         {{"United States", "moved_to", "Syria"}}},
        {"The SDF said its operation in Deir ez-Zor was over.", 0, {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Deir ez-Zor"}}},
        /* no owner named, a year after "in", a threat */
        {"Turkey threatened an offensive in northeastern Syria.", 0, {{0}},
         {{"Turkey", "moved_to", "Syria"}}},
        {"Iran ended its support for the operation in Syria.", 0, {{0}},
         {{"Iran", "moved_to", "Syria"}}},
        {"The Islamic State's operation in 2014 surprised Iraq.", 0, {{0}},
         {{"Islamic State", "moved_to", "Iraq"}}},
        {"Turkey may resume its offensive in Syria.", 0, {{0}}, {{"Turkey", "moved_to", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* Captures: "wrested / reclaimed P" with the place for object, lists of
 * places as the subject of "fell to" and of a passive, and a country
 * after the place ("Raqqa, Syria, fell") says where it is. */
static void test_captured_lists_and_objects(void **state)
{
    static const rel_case cases[] = {
        {"Hayat Tahrir al-Sham wrested Saraqib from the Syrian army.", 2,
         {{"Hayat Tahrir al-Sham", "captured", "Saraqib"},
          {"Hayat Tahrir al-Sham", "opposes", "Syrian Arab Army"}},
         {{0}}},
        {"The SDF wrested Tabqa from Islamic State in May 2017.", 2,
         {{"Syrian Democratic Forces", "captured", "Tabqa"}}, {{0}}},
        {"The Syrian army reclaimed Palmyra from Islamic State.", 2,
         {{"Syrian Arab Army", "captured", "Palmyra"}}, {{0}}},
        {"In 2024 Aleppo, Hama and Homs fell to Hayat Tahrir al-Sham.", 3,
         {{"Hayat Tahrir al-Sham", "captured", "Aleppo"},
          {"Hayat Tahrir al-Sham", "captured", "Hama"},
          {"Hayat Tahrir al-Sham", "captured", "Homs"}},
         {{0}}},
        {"Raqqa and Tabqa were captured by the SDF in 2017.", 2,
         {{"Syrian Democratic Forces", "captured", "Raqqa"},
          {"Syrian Democratic Forces", "captured", "Tabqa"}},
         {{0}}},
        {"Raqqa, Tabqa and Manbij were liberated by the SDF.", 3,
         {{"Syrian Democratic Forces", "captured", "Raqqa"},
          {"Syrian Democratic Forces", "captured", "Tabqa"},
          {"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
        {"Raqqa, Syria, fell to the SDF in October.", 2,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}, {"Raqqa", "located_in", "Syria"}},
         {{"Syrian Democratic Forces", "captured", "Syria"}}},
        {"Raqqa, Syria, was captured by the SDF in October.", 2,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}, {"Raqqa", "located_in", "Syria"}},
         {{"Syrian Democratic Forces", "captured", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_captured_lists_and_objects_negative(void **state)
{
    static const rel_case cases[] = {
        /* a regain verb whose object is no place */
        {"The SDF regained momentum in Raqqa.", 0, {{0}},
         {{"Syrian Democratic Forces", "captured", "Raqqa"}}},
        {"Islamic State regained strength in Deir ez-Zor.", 0, {{0}},
         {{"Islamic State", "captured", "Deir ez-Zor"}}},
        {"Assad wrested concessions from Turkey.", 0, {{0}}, {{0}}},
        {"The Syrian army reclaimed its positions near Palmyra.", 0, {{0}},
         {{"Syrian Arab Army", "captured", "Palmyra"}}},
        /* "fell to" with no taker, a place named before the list */
        {"Turkey and Iran fell to arguing over Idlib.", 0, {{0}}, {{0}}},
        {"In Iraq, Mosul fell to Islamic State in June 2014.", 1,
         {{"Islamic State", "captured", "Mosul"}}, {{"Islamic State", "captured", "Iraq"}}},
    };
    CHECK_CASES(state, cases);
}

/* Chains of appositions: ", in Q" after an apposition of the place
 * ("Azaz, near the Turkish border, in Aleppo province"), a town in a
 * city's province ("the town of Hajin, in Deir ez-Zor,"), and "held by A"
 * after a place in an apposition. */
static void test_located_in_chains(void **state)
{
    static const rel_case cases[] = {
        {"Shelling hit Azaz, near the Turkish border, in Aleppo province.", 1,
         {{"Azaz", "located_in", "Aleppo"}}, {{0}}},
        {"Marea, a small town close to the Turkish border, in northern Aleppo province, was "
         "shelled.",
         1, {{"Marea", "located_in", "Aleppo"}}, {{0}}},
        {"Hajin, a town in the Euphrates valley near the Iraqi border, in Deir ez-Zor "
         "province, fell.",
         2, {{"Hajin", "located_in", "Deir ez-Zor"}}, {{0}}},
        {"Clashes in Kobani, a Kurdish town, in Aleppo province, left five dead.", 1,
         {{"Kobani", "located_in", "Aleppo"}}, {{0}}},
        {"The town of Hajin, in Deir ez-Zor, 95 kilometres east of the provincial capital, "
         "fell.",
         1, {{"Hajin", "located_in", "Deir ez-Zor"}}, {{0}}},
        {"Manbij, in Aleppo, is calm.", 1, {{"Manbij", "located_in", "Aleppo"}}, {{0}}},
        {"Raqqa, the largest city in northern Syria held by Islamic State, was besieged.", 2,
         {{"Islamic State", "controls", "Raqqa"}, {"Raqqa", "located_in", "Syria"}},
         {{"Islamic State", "controls", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* "X quarter" names a quarter as "X district" does: "Afrin's Ashrafieh
 * quarter", "the Midan quarter of Hama" */
static void test_located_in_quarters(void **state)
{
    static const rel_case cases[] = {
        {"Clashes broke out in Afrin's Ashrafieh quarter on Tuesday.", 1,
         {{"Ashrafieh", "located_in", "Afrin"}}, {{0}}},
        {"Snipers fired into the Ashrafieh quarter of Afrin overnight.", 1,
         {{"Ashrafieh", "located_in", "Afrin"}}, {{0}}},
        {"Mortars hit the Midan quarter of Hama, residents said.", 1,
         {{"Midan", "located_in", "Hama"}}, {{0}}},
        {"Trade through Idlib fell in the third quarter.", 0, {{0}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in_chains_negative(void **state)
{
    static const rel_case cases[] = {
        /* lists of "in P", a year, an apposition with a clause word */
        {"Fighting in Raqqa, in Tabqa, in Manbij continued.", 0, {{0}},
         {{"Tabqa", "located_in", "Manbij"}}},
        {"Shelling in Idlib, in Hama, killed ten people.", 0, {{0}},
         {{"Idlib", "located_in", "Hama"}}},
        {"They met in Raqqa, near the river, in 2017.", 0, {{0}}, {{0}}},
        {"Turkey, which backs the rebels, in Afrin denied it.", 0, {{0}},
         {{"Turkey", "located_in", "Afrin"}}},
        {"Islamic State fighters, a group of 50 men, in Raqqa surrendered.", 0, {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A place described by an apposition longer than a few words ("Raqqa,
 * the militants' de facto capital in Syria", "Kobani, the Kurdish town on
 * the Turkish border in northern Syria") is in the place the description
 * names; a where-clause opening with places lists places in the one
 * before its comma. */
static void test_located_in_described(void **state)
{
    static const rel_case cases[] = {
        {"Fighters withdrew from Raqqa, the militants' de facto capital in Syria, in October "
         "2017.",
         1, {{"Raqqa", "located_in", "Syria"}}, {{0}}},
        {"Turkish jets bombed Qandil, the mountain range in northern Iraq where the PKK is "
         "based.",
         1, {{"Qandil Mountains", "located_in", "Iraq"}}, {{0}}},
        {"Shelling hit Jindires, a town in the north-western corner of Syria, on Tuesday.", 1,
         {{"Jindires", "located_in", "Syria"}}, {{0}}},
        {"Refugees gathered in Azaz, on the Turkish border north of Aleppo.", 1,
         {{"Azaz", "located_in", "Aleppo"}}, {{0}}},
        {"The SDF said they had captured al-Omar, Syria's largest oil field, which lies in the "
         "eastern province of Deir Ezzor.",
         3,
         {{"al-Omar oil field", "located_in", "Deir ez-Zor"},
          {"Syrian Democratic Forces", "captured", "al-Omar oil field"}},
         {{"Syrian Democratic Forces", "captured", "Syria"}}},
        {"Clashes broke out in Manbij, a mixed Arab and Kurdish town in the north of Aleppo "
         "province.",
         1, {{"Manbij", "located_in", "Aleppo"}}, {{0}}},
        {"Kobani, the Kurdish town on the Turkish border in northern Syria, was besieged in "
         "2014.",
         1, {{"Kobani", "located_in", "Syria"}}, {{0}}},
        {"The rebels shelled Qardaha, the Assad family's home town in Latakia province.", 1,
         {{"Qardaha", "located_in", "Latakia"}}, {{0}}},
        {"Residents fled al-Omar, Syria's largest oil field, which lies near Mayadin, in 2017.",
         2, {{"al-Omar oil field", "located_in", "Mayadin"}}, {{0}}},
        {"Displaced families reached Sarmada, a crowded border town close to the frontier in "
         "Idlib province, in 2020.",
         1, {{"Sarmada", "located_in", "Idlib"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in_where(void **state)
{
    static const rel_case cases[] = {
        {"The offensive targeted the northern Hama countryside, where the towns of Kafr Zita, "
         "Latamneh and Morek remain in rebel hands.",
         3,
         {{"Kafr Zita", "located_in", "Hama"},
          {"Latamneh", "located_in", "Hama"},
          {"Morek", "located_in", "Hama"}},
         {{0}}},
        {"Airstrikes hit the eastern Ghouta, where Douma, Harasta and Arbin are held by rebel "
         "groups.",
         3,
         {{"Douma", "located_in", "Eastern Ghouta"},
          {"Harasta", "located_in", "Eastern Ghouta"},
          {"Arbin", "located_in", "Eastern Ghouta"}},
         {{0}}},
        {"The SDF patrols the Deir ez-Zor countryside, where the villages of Shuhail, Thiban "
         "and Busayrah rose up in 2023.",
         3, {{"al-Shuhayl", "located_in", "Deir ez-Zor"}, {"Busayrah", "located_in", "Deir ez-Zor"}},
         {{0}}},
        {"Clashes erupted in Daraa province, where the towns of Tafas and Jasim defied the "
         "government.",
         2, {{"Tafas", "located_in", "Daraa"}, {"Jasim", "located_in", "Daraa"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_located_in_described_negative(void **state)
{
    static const rel_case cases[] = {
        /* descriptions of people, clauses with a verb, places in a list */
        {"In Raqqa, the group's spokesman in Hasakah said the talks had failed.", 0, {{0}},
         {{"Raqqa", "located_in", "Hasakah"}}},
        {"In Raqqa, the SDF's fighters in Hasakah were put on alert.", 0, {{0}},
         {{"Raqqa", "located_in", "Hasakah"}}},
        {"Mosul, the city where IS declared its caliphate in 2014, was retaken in 2017.", 0,
         {{0}}, {{0}}},
        {"Raqqa, the city the SDF captured from IS, held elections in Syria last year.", 1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Raqqa", "located_in", "Syria"}}},
        {"Besides Kobani, the main town on the border, fighting hit villages in Hasakah "
         "province.",
         0, {{0}}, {{"Kobani", "located_in", "Hasakah"}}},
        {"In Idlib, the last rebel stronghold, people in Aleppo heard the strikes.", 0, {{0}},
         {{"Idlib", "located_in", "Aleppo"}}},
        /* a where-clause whose subject is no place, or a place modifying a noun */
        {"The talks were held in Syria, where Russian forces have bases.", 0, {{0}}, {{0}}},
        {"Fighters poured into Hasakah, where Raqqa officials had fled.", 0, {{0}},
         {{"Raqqa", "located_in", "Hasakah"}}},
        {"Fighters moved to Idlib, where Turkey's troops are deployed.", 0, {{0}},
         {{"Turkey", "located_in", "Idlib"}}},
        /* a relative clause saying more than where the place lies */
        {"Deir Ezzor province, which lies 140km south and connects its territory in Syria and "
         "Iraq, is the target.",
         0, {{0}}, {{"Deir ez-Zor", "located_in", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* "P, <an apposition>, had been held by A": the place the apposition
 * describes is held, not a place inside the apposition. */
static void test_controls_apposed_passive(void **state)
{
    static const rel_case cases[] = {
        {"Tabqa, about 50 km west of Raqqa, had been held by the Islamic State since 2014.", 2,
         {{"Islamic State", "controls", "Tabqa"}, {"Tabqa", "located_in", "Raqqa"}},
         {{"Islamic State", "controls", "Raqqa"}}},
        {"Roj camp, in Syria's Hasakah province, is run by the Syrian Democratic Forces.", 3,
         {{"Syrian Democratic Forces", "controls", "Roj camp"}},
         {{"Syrian Democratic Forces", "controls", "Hasakah"}}},
        {"Manbij, some 30 km west of the Euphrates, was held by the SDF until 2024.", 2,
         {{"Syrian Democratic Forces", "controls", "Manbij"}},
         {{"Syrian Democratic Forces", "controls", "Euphrates River"}}},
    };
    CHECK_CASES(state, cases);
}

/* A capture verb whose object is no place ("took power in P", "secured a
 * deal in P"), or places by which what was taken lies ("villages east
 * of P"), or a place naming an office ("Idlib, Hatay Governor ..."). */
static void test_place_other_objects_negative(void **state)
{
    static const rel_case cases[] = {
        {"HTS, which took power in Syria in December, named a new cabinet.", 0, {{0}},
         {{"Hayat Tahrir al-Sham", "captured", "Syria"}}},
        {"Hezbollah commanders took refuge in Qusayr.", 0, {{0}},
         {{"Hezbollah", "captured", "Qusayr"}}},
        {"The SDF secured a deal in Hasakah with the tribes.", 0, {{0}},
         {{"Syrian Democratic Forces", "captured", "Hasakah"}}},
        {"Islamic State fighters stormed villages north and east of Deir ez-Zor on Monday.", 0,
         {{0}}, {{"Islamic State", "captured", "Deir ez-Zor"}}},
        {"Thirty soldiers died in the province of Idlib, Hatay Governor Rahmi Dogan said.", 0,
         {{0}}, {{"Idlib", "located_in", "Hatay"}}},
    };
    CHECK_CASES(state, cases);
}

/* The subject of a verb right after an apposition is the name the
 * apposition describes, not the last name inside it: "A, a coalition led
 * by B, controls P". */
static void test_subject_before_apposition(void **state)
{
    static const rel_case cases[] = {
        {"Hayat Tahrir al-Sham, an alliance led by the former Nusra Front, now controls most of "
         "Idlib.",
         1, {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}, {{"Nusra Front", "controls", "Idlib"}}},
        {"The Sultan Murad Division, an SNA faction commanded by the Levant Front, attacked the "
         "Hamza Division.",
         1, {{"Sultan Murad Division", "opposes", "Hamza Division"}},
         {{"Levant Front", "opposes", "Hamza Division"}}},
        {"Jaysh al-Islam, a rebel group once known as the Army of Islam Brigade, held Douma until "
         "2018.",
         1, {{"Jaysh al-Islam", "controls", "Douma"}},
         {{"Army of Islam Brigade", "controls", "Douma"}}},
        /* not a phrase fronted before the subject */
        {"With help from Russia, a key ally, the army retook Palmyra.", 0, {{0}},
         {{"Russia", "captured", "Palmyra"}}},
        {"After talks with Iran, a rival power, Turkey shelled Tal Rifaat.", 0, {{0}},
         {{"Iran", "opposes", "Turkey"}}},
    };
    CHECK_CASES(state, cases);
}

/* A possessive place after a capture verb: what it has is taken ("seized
 * Syria's largest oil field"), or the place it owns ("Syria's Afrin
 * region", "Lebanon's border village of Q"). */
static void test_captured_possessed(void **state)
{
    static const rel_case cases[] = {
        {"The Syrian National Army seized Syria's Afrin region in 2018.", 2,
         {{"Syrian National Army", "captured", "Afrin"}, {"Afrin", "located_in", "Syria"}},
         {{"Syrian National Army", "captured", "Syria"}}},
        {"Hezbollah captured Lebanon's border village of Hosh al-Sayyed Ali.", 2,
         {{"Hezbollah", "captured", "Hosh al-Sayyed Ali"}},
         {{"Hezbollah", "captured", "Lebanon"}}},
        {"The SDF seized Syria's largest oil field from IS in 2017.", 0, {{0}},
         {{"Syrian Democratic Forces", "captured", "Syria"}}},
        /* a part of the place is the place */
        {"The SDF captured Raqqa's eastern districts in August.", 1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Control said indirectly: a relative whose subject is a generic word for
 * the group ("Raqqa, which the group had ruled"), the group an expulsion
 * drove out ("drove ISIS out of Raqqa, the capital of its caliphate"),
 * nouns of rule ("Turkey's occupation of Afrin"), lists under "the
 * control of A", "one of the last strongholds held by A", "A's remaining
 * enclave of P". */
static void test_controls_said_indirectly(void **state)
{
    static const rel_case cases[] = {
        {"In October 2017 the SDF drove ISIS out of Raqqa, which the group had ruled since "
         "2014.",
         3,
         {{"Islamic State", "controls", "Raqqa"},
          {"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"In October 2017 the SDF drove ISIS out of Raqqa, the capital of its caliphate.", 3,
         {{"Islamic State", "controls", "Raqqa"},
          {"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"Iraqi forces expelled Islamic State from Mosul, which the militants had held since "
         "2014.",
         1, {{"Islamic State", "controls", "Mosul"}}, {{0}}},
        {"The army drove HTS out of Saraqib, which the jihadists had controlled since 2015.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Saraqib"}}, {{0}}},
        {"Islamic State lost Raqqa, which it had ruled since 2014.", 1,
         {{"Islamic State", "controls", "Raqqa"}}, {{0}}},
        {"Saraqib and Maarat al-Numan remain under the control of Hayat Tahrir al-Sham.", 2,
         {{"Hayat Tahrir al-Sham", "controls", "Saraqib"},
          {"Hayat Tahrir al-Sham", "controls", "Maarat al-Numan"}},
         {{0}}},
        {"Turkey's occupation of Afrin has displaced thousands since 2018.", 1,
         {{"Turkey", "controls", "Afrin"}}, {{0}}},
        {"Residents celebrated the end of the Islamic State's occupation of Mosul in 2017.", 1,
         {{"Islamic State", "controls", "Mosul"}}, {{0}}},
        {"Kurds protested against the occupation of Afrin by Turkey.", 1,
         {{"Turkey", "controls", "Afrin"}}, {{0}}},
        {"The SDF's control of Raqqa ended in 2025.", 1,
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}, {{0}}},
        {"Islamic State's rule over Mosul lasted three years.", 1,
         {{"Islamic State", "controls", "Mosul"}}, {{0}}},
        {"Mayadin was one of the last strongholds held by Islamic State in the valley.", 1,
         {{"Islamic State", "controls", "Mayadin"}}, {{0}}},
        {"Fighters retreated to the Islamic State's remaining enclave of Baghuz in March 2019.",
         1, {{"Islamic State", "controls", "Baghuz"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_said_indirectly_negative(void **state)
{
    static const rel_case cases[] = {
        /* the group that took the place did not hold it before */
        {"The SDF entered Raqqa, which the group had ruled since 2014.", 1,
         {{"Syrian Democratic Forces", "moved_to", "Raqqa"}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"The SDF has retaken Raqqa, which it had long wanted to free.", 1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        /* nouns of rule with no place, a denied one, a place owning a noun */
        {"Turkey's opposition to the SDF's role in Manbij is well known.", 0, {{0}}, {{0}}},
        {"Turkey would not accept the SDF's control of Manbij.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Manbij"}}},
        {"Russia's rule of law programme in Syria stalled.", 0, {{0}}, {{0}}},
        {"The SDF's control of Raqqa's oil fields angered Damascus.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"Turkey's grip on the SDF tightened.", 0, {{0}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Movement of an actor's convoys and men: "Convoys of ISIS members ...
 * were heading towards P", "X reinforcements poured into P", "Columns of X
 * vehicles rolled into P", "A rushed reinforcements / dispatched troops to
 * P" (the sender, only with armed men). */
static void test_moved_to_convoys_and_men(void **state)
{
    static const rel_case cases[] = {
        {"Convoys of ISIS members and their families were heading towards Baghuz on Tuesday.",
         1, {{"Islamic State", "moved_to", "Baghuz"}}, {{0}}},
        {"Convoys of ISIS members were heading towards Baghuz on Tuesday.", 1,
         {{"Islamic State", "moved_to", "Baghuz"}}, {{0}}},
        {"Hezbollah reinforcements poured into Qusayr in May 2013.", 1,
         {{"Hezbollah", "moved_to", "Qusayr"}}, {{0}}},
        {"Columns of SDF fighters rolled into Raqqa.", 1,
         {{"Syrian Democratic Forces", "moved_to", "Raqqa"}}, {{0}}},
        {"Russia dispatched military police to Manbij after the US withdrawal.", 1,
         {{"Russia", "moved_to", "Manbij"}}, {{0}}},
        {"The Syrian army rushed reinforcements to Saraqib on Monday.", 1,
         {{"Syrian Arab Army", "moved_to", "Saraqib"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_moved_to_convoys_and_men_negative(void **state)
{
    static const rel_case cases[] = {
        /* aid, envoys and infinitives are no movement of the sender */
        {"The UN dispatched aid to Idlib in 2020.", 0, {{0}},
         {{"United Nations", "moved_to", "Idlib"}}},
        {"The SDF rushed to deny the report about Raqqa.", 0, {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Raqqa"}}},
        {"Russia rushed to condemn Turkey over Idlib.", 0, {{0}}, {{"Russia", "moved_to", "Turkey"}}},
        {"Hezbollah dispatched a delegation to talks in Astana.", 0, {{0}},
         {{"Hezbollah", "moved_to", "Astana"}}},
        {"Iran dispatched its foreign minister to Damascus.", 0, {{0}}, {{0}}},
        /* things that pour in, no actor */
        {"Money poured into Raqqa from Turkey after 2017.", 0, {{0}}, {{0}}},
        {"The SDF said foreign fighters poured into Syria through Turkey.", 0, {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* A province named as where something is ("a town in northern Aleppo
 * province held by A") is not what A holds; the object of "backed by" is
 * no captor ("Rebels backed by Turkey took P"). */
static void test_place_province_and_backer(void **state)
{
    static const rel_case cases[] = {
        {"The SNA captured Tal Rifaat, a town in northern Aleppo province held by the PKK.", 3,
         {{"Kurdistan Workers' Party", "controls", "Tal Rifaat"},
          {"Syrian National Army", "captured", "Tal Rifaat"}},
         {{"Kurdistan Workers' Party", "controls", "Aleppo"}}},
        {"The SNA captured Jindires, a town in the Aleppo countryside held by the SDF.", 3,
         {{"Syrian Democratic Forces", "controls", "Jindires"}},
         {{"Syrian Democratic Forces", "controls", "Aleppo"}}},
        /* "led by" names the one who leads the taking */
        {"Fighters led by the SDF took Tabqa in May 2017.", 1,
         {{"Syrian Democratic Forces", "captured", "Tabqa"}}, {{0}}},
        {"Idlib province, held by HTS since 2015, was shelled.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_place_province_and_backer_negative(void **state)
{
    static const rel_case cases[] = {
        {"Government forces backed by Russia recaptured Saraqib in 2020.", 0, {{0}},
         {{"Russia", "captured", "Saraqib"}}},
        {"Rebels supported by Turkey seized Afrin from the YPG in March 2018.", 0, {{0}},
         {{"Turkey", "captured", "Afrin"}, {"Turkey", "opposes", "People's Protection Units"}}},
        {"Forces backed by the United States captured Raqqa in 2017.", 0, {{0}},
         {{"United States", "captured", "Raqqa"}}},
        {"Militias armed by Iran entered Albu Kamal in 2017.", 0, {{0}},
         {{"Iran", "moved_to", "Abu Kamal"}}},
        {"Fighting raged in the Idlib countryside held by HTS.", 0, {{0}},
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}},
    };
    CHECK_CASES(state, cases);
}

/* "SDF-run Raqqa and Hasakah": each place of the list right after an
 * X-held / X-run modifier is held by X. */
static void test_controls_compound_list(void **state)
{
    static const rel_case cases[] = {
        {"Protests spread in SDF-run Raqqa and Hasakah in 2023.", 2,
         {{"Syrian Democratic Forces", "controls", "Raqqa"},
          {"Syrian Democratic Forces", "controls", "Hasakah"}},
         {{0}}},
        {"Protests spread in SDF-held Raqqa, Hasakah and Qamishli in 2023.", 3,
         {{"Syrian Democratic Forces", "controls", "Qamishli"}}, {{0}}},
        {"Families fled IS-held Mosul and Raqqa in 2016.", 2,
         {{"Islamic State", "controls", "Raqqa"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_compound_list_negative(void **state)
{
    static const rel_case cases[] = {
        {"Traders moved between IS-held Raqqa and Aleppo in 2015.", 1,
         {{"Islamic State", "controls", "Raqqa"}}, {{"Islamic State", "controls", "Aleppo"}}},
        {"Families fled IS-held Mosul and Raqqa residents returned.", 1,
         {{"Islamic State", "controls", "Mosul"}}, {{"Islamic State", "controls", "Raqqa"}}},
        {"Shelling hit rebel-held Idlib and HTS-held Saraqib.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Saraqib"}},
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}},
    };
    CHECK_CASES(state, cases);
}

/* A noun of area between the place and "under A control" / "in the hands
 * of A" ("Baghuz, the last pocket under IS control in Syria"), shares of
 * territory ("pockets of", "about a quarter of"). */
static void test_controls_area_nouns(void **state)
{
    static const rel_case cases[] = {
        {"The SDF retook the village of Baghuz, the last pocket under Islamic State control in "
         "Syria.",
         3,
         {{"Islamic State", "controls", "Baghuz"}, {"Baghuz", "located_in", "Syria"},
          {"Syrian Democratic Forces", "captured", "Baghuz"}},
         {{"Islamic State", "controls", "Syria"}}},
        {"Baghuz, near the Iraqi border, was the last pocket under Islamic State control.", 1,
         {{"Islamic State", "controls", "Baghuz"}}, {{0}}},
        {"Hajin was a town under Islamic State control in Syria.", 2,
         {{"Islamic State", "controls", "Hajin"}, {"Hajin", "located_in", "Syria"}}, {{0}}},
        {"Baghuz, the final enclave in the hands of Islamic State, fell in March.", 1,
         {{"Islamic State", "controls", "Baghuz"}}, {{0}}},
        {"Islamic State still controls pockets of territory in the Syrian desert.", 1,
         {{"Islamic State", "controls", "Syrian Desert"}}, {{0}}},
        {"The SDF controls about a quarter of Syria.", 1,
         {{"Syrian Democratic Forces", "controls", "Syria"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_area_nouns_negative(void **state)
{
    static const rel_case cases[] = {
        {"Raqqa and the villages under Islamic State control were bombed.", 0, {{0}},
         {{"Islamic State", "controls", "Raqqa"}}},
        {"The fate of the last pocket under Islamic State control is unclear.", 0, {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "here" in a quote is where the speaker lives: "'A rules here,' said a
 * resident of P", "a P resident", "here in P". */
static void test_controls_here(void **state)
{
    static const rel_case cases[] = {
        {"\"The SDF rules here,\" said a resident of Manbij.", 1,
         {{"Syrian Democratic Forces", "controls", "Manbij"}}, {{0}}},
        {"\"Islamic State still holds here,\" a Hajin resident told reporters.", 1,
         {{"Islamic State", "controls", "Hajin"}}, {{0}}},
        {"\"Hayat Tahrir al-Sham rules here,\" said residents of Idlib.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_here_negative(void **state)
{
    static const rel_case cases[] = {
        {"\"Nobody rules here,\" said a resident of Manbij.", 0, {{0}}, {{0}}},
        {"\"The SDF rules here,\" he said, adding that he left Raqqa.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Raqqa"}}},
        {"\"Turkey does not control here,\" said residents of Afrin.", 0, {{0}},
         {{"Turkey", "controls", "Afrin"}}},
    };
    CHECK_CASES(state, cases);
}

static void test_controls_possessed_seat_negative(void **state)
{
    static const rel_case cases[] = {
        /* a state's stronghold is no holder's (a country possesses, it does not hold) */
        {"Kobani, Syria's main Kurdish stronghold, was quiet.",
         1,
         {{"Kobani", "located_in", "Syria"}},
         {{"Syria", "controls", "Kobani"}}},
        /* the possessor is an apposition's only when just an article or
         * an adverb comes before it */
        {"Civilians left Hajin for Shafa and the Islamic State's last stronghold, Baghuz.",
         1,
         {{"Islamic State", "controls", "Baghuz"}},
         {{"Islamic State", "controls", "Shafa"}}},
        /* "its" before no seat noun */
        {"The SDF, its Arab allies and the coalition took Raqqa.",
         1,
         {{"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{0}}},
        /* a river is in no town, and the village is out of reach */
        {"Supplies reached Susa, a village on the Euphrates about 10 km north of Albu Kamal.",
         0,
         {{0}},
         {{"Euphrates River", "located_in", "Abu Kamal"}}},
        /* "holds X responsible" is a judgement */
        {"Washington holds Damascus responsible for the gas attack.",
         0,
         {{0}},
         {{"United States", "controls", "Damascus"}}},
        {"The Kurdish council held Raqqa accountable for the shortages.",
         0,
         {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_negative(void **state)
{
    static const rel_case cases[] = {
        /* a modifier of a common noun binds to nothing; a modifier is no place */
        {"US-backed forces retake ISIS hub in east Syria",
         0,
         {{0}},
         {{"United States", "supports", "Islamic State"},
          {"Islamic State", "controls", "United States"}}},
        {"Iran-backed militias attack the SDF near Deir ez-Zor",
         0,
         {{0}},
         {{"Iran", "supports", "Syrian Democratic Forces"}}},
        {"Turkey denied backing the Sultan Murad Division.",
         0,
         {{0}},
         {{"Turkey", "supports", "Sultan Murad Division"}}},
        {"The United States did not back the Free Syrian Army in Idlib.",
         0,
         {{0}},
         {{"United States", "supports", "Free Syrian Army"}}},
        {"Russia has never supported the YPG.",
         0,
         {{0}},
         {{"Russia", "supports", "People's Protection Units"}}},
        {"The SDF did not advance into Raqqa.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Raqqa"}}},
        {"The SDF has not captured Hajin.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Hajin"}}},
        {"ISIS never attacked Israel.", 0, {{0}}, {{"Islamic State", "opposes", "Israel"}}},
        /* an envoy to a coalition fighting IS: neither a member of IS nor
         * the US fighting IS in this sentence */
        {"Brett McGurk, the U.S. envoy to the coalition fighting IS, spoke on Friday.",
         0,
         {{0}},
         {{"Brett McGurk", "member_of", "Islamic State"}, {"United States", "opposes", "Islamic State"}}},
        /* a headline passive: the victim is not the attacker (the raid's
         * country opposes the victim, not the victim's group) */
        {"IS leader Abu Bakr al-Baghdadi killed in US raid in Syria.",
         2,
         {{"Abu Bakr al-Baghdadi", "member_of", "Islamic State"},
          {"United States", "opposes", "Abu Bakr al-Baghdadi"}},
         {{"Islamic State", "opposes", "United States"}, {"United States", "opposes", "Islamic State"}}},
        /* held ground by a place is not holding the place */
        {"The Peshmerga hold positions north of Mosul.",
         0,
         {{0}},
         {{"Peshmerga", "controls", "Mosul"}}},
        {"ISIS still holds villages near Hajin.",
         0,
         {{0}},
         {{"Islamic State", "controls", "Hajin"}}},
        {"The SDF said it had not attacked Turkey.",
         0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Turkey"}}},
        {"Salah Abdeslam was never held in Camp Bucca.",
         0,
         {{0}},
         {{"Salah Abdeslam", "held_in", "Camp Bucca"}}},
        /* movement from a place */
        {"ISIS fighters fled Raqqa in October 2017.",
         0,
         {{0}},
         {{"Islamic State", "moved_to", "Raqqa"}}},
        {"Hayat Tahrir al-Sham fighters fled from Saraqib.",
         0,
         {{0}},
         {{"Hayat Tahrir al-Sham", "moved_to", "Saraqib"}}},
        /* the speaker does not move */
        {"Mustafa Bali said ISIS fighters fled to Hajin.",
         1,
         {{"Islamic State", "moved_to", "Hajin"}},
         {{"Mustafa Bali", "moved_to", "Hajin"}}},
        /* liberated from X: no capture, by X or anyone */
        {"Raqqa was liberated from ISIS in October 2017.",
         0,
         {{0}},
         {{"Islamic State", "captured", "Raqqa"}}},
        /* a place modifying a noun is not the place taken */
        {"ISIS seized the Raqqa roundabout.",
         0,
         {{0}},
         {{"Islamic State", "captured", "Raqqa"}}},
        /* "anti-ISIS": ISIS is not the subject */
        {"Anti-ISIS group Jaysh al-Thuwar captured Tabqa.",
         1,
         {{"Jaysh al-Thuwar", "captured", "Tabqa"}},
         {{"Islamic State", "captured", "Tabqa"}}},
        /* a backer written as a modifier is not the object */
        {"ISIS attacked US-backed troops near Shaddadi.",
         0,
         {{0}},
         {{"Islamic State", "opposes", "United States"}}},
    };
    CHECK_CASES(state, cases);
}

/* ---- events ---------------------------------------------------------------------- */

typedef struct event_case {
    const char *text;
    const char *label;    /* the event node */
    const char *category;
    const char *place;    /* its occurred_in */
    const char *date;     /* NULL: none */
    const char *actor[2]; /* participates_in, with role[i] */
    const char *role[2];
} event_case;

static void check_event_in(const ng_graph *g, const event_case *k)
{
    uint32_t id = node_by_label(g, k->label);
    if (id == UINT32_MAX) {
        dump(g);
        fail_msg("\"%s\": no event '%s'", k->text, k->label);
    }
    ng_node_view v;
    ng_graph_node(g, id, &v);
    assert_int_equal(v.kind, NG_KIND_EVENT);
    assert_string_equal(v.category, k->category);
    if (k->date) {
        if (!v.date)
            fail_msg("\"%s\": no date, expected %s", k->text, k->date);
        assert_string_equal(v.date, k->date);
    } else if (v.date) {
        fail_msg("\"%s\": date %s, expected none", k->text, v.date);
    }
    if (!has_rel(g, k->label, "occurred_in", k->place)) {
        dump(g);
        fail_msg("\"%s\": no %s occurred_in %s", k->text, k->label, k->place);
    }
    for (int i = 0; i < 2 && k->actor[i]; i++) {
        ng_edge_view e;
        if (!find_edge(g, k->actor[i], "participates_in", k->label, &e)) {
            dump(g);
            fail_msg("\"%s\": %s does not take part in %s", k->text, k->actor[i], k->label);
        }
        if (!e.role)
            fail_msg("\"%s\": %s takes part with no role", k->text, k->actor[i]);
        assert_string_equal(e.role, k->role[i]);
    }
}

static void check_events(void **state, const event_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        run r;
        ng_graph *g = run_text(&r, state, cases[i].text);
        check_event_in(g, &cases[i]);
        if (count_events(g) != 1) {
            dump(g);
            fail_msg("\"%s\": %zu events, expected 1", cases[i].text, count_events(g));
        }
        run_free(&r);
    }
}

#define CHECK_EVENTS(state, cases) check_events(state, cases, sizeof(cases) / sizeof(cases)[0])

static void test_event_battle(void **state)
{
    static const event_case cases[] = {
        {"The battle for Tal Abyad began in June 2015.", "Battle of Tal Abyad", "battle",
         "Tal Abyad", "2015-06", {0}, {0}},
        {"Fighting in Ain Issa in 2014 displaced thousands.", "Battle of Ain Issa", "battle",
         "Ain Issa", "2014", {0}, {0}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_siege(void **state)
{
    static const event_case cases[] = {
        {"The siege of Madaya began in July 2015.", "Siege of Madaya", "siege", "Madaya",
         "2015-07", {0}, {0}},
        {"Civilians were trapped in the besieged town of Madaya.", "Siege of Madaya", "siege",
         "Madaya", NULL, {0}, {0}},
        {"The SDF besieged Tabqa in April 2017.", "Siege of Tabqa", "siege", "Tabqa",
         "2017-04", {"Syrian Democratic Forces"}, {"besieger"}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_air_strike(void **state)
{
    static const event_case cases[] = {
        {"Turkish air strikes on Tal Rifaat began on April 26, 2018.",
         "Air strikes on Tal Rifaat", "air_strike", "Tal Rifaat", "2018-04-26", {0}, {0}},
        {"Russian air strikes on Saraqib intensified on February 3, 2020.",
         "Air strikes on Saraqib", "air_strike", "Saraqib", "2020-02-03", {0}, {0}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_offensive(void **state)
{
    static const event_case cases[] = {
        {"An offensive to recapture Tal Afar began on 20 August 2017.",
         "Offensive on Tal Afar", "offensive", "Tal Afar", "2017-08-20", {0}, {0}},
        {"In 2018, the Syrian army's offensive to retake Daraa began.", "Offensive on Daraa",
         "offensive", "Daraa", "2018", {"Syrian Arab Army"}, {"attacker"}},
        {"The SDF launched an offensive against ISIS in Hajin in September 2018.",
         "Offensive on Hajin",
         "offensive",
         "Hajin",
         "2018-09",
         {"Syrian Democratic Forces", "Islamic State"},
         {"attacker", "target"}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_attack_and_capture(void **state)
{
    static const event_case cases[] = {
        {"ISIS attacks on Kirkuk killed dozens in October 2016.", "Attack on Kirkuk", "attack",
         "Kirkuk", "2016-10", {"Islamic State"}, {"attacker"}},
        {"The fall of Palmyra shocked the world in May 2015.", "Fall of Palmyra", "capture",
         "Palmyra", "2015-05", {0}, {0}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_convoy(void **state)
{
    static const event_case cases[] = {
        {"A convoy of ISIS fighters left Tabqa on Friday.", "Convoy from Tabqa", "convoy",
         "Tabqa", NULL, {"Islamic State"}, {"evacuee"}},
        {"A convoy of buses was heading for Idlib.", "Convoy to Idlib", "convoy", "Idlib", NULL,
         {0}, {0}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_evacuation(void **state)
{
    static const event_case cases[] = {
        {"Hundreds of civilians were evacuated from Darayya in August 2016.",
         "Evacuation of Darayya", "evacuation", "Darayya", "2016-08", {0}, {0}},
        {"Jaysh al-Islam fighters were evacuated from Douma in April 2018.",
         "Evacuation of Douma", "evacuation", "Douma", "2018-04", {"Jaysh al-Islam"},
         {"evacuee"}},
        {"The evacuation of Madaya was brokered by the United Nations.",
         "Evacuation of Madaya", "evacuation", "Madaya", NULL, {"United Nations"},
         {"mediator"}},
    };
    CHECK_EVENTS(state, cases);
}

static void test_event_surrender_release_repatriation(void **state)
{
    static const event_case cases[] = {
        {"ISIS fighters surrendered in Baghuz in March 2019.", "Surrender at Baghuz",
         "surrender", "Baghuz", "2019-03", {"Islamic State"}, {"surrendering"}},
        {"Three journalists were released in Idlib in 2016.", "Release in Idlib", "release",
         "Idlib", "2016", {0}, {0}},
        {"Jack Letts was released from Ghwayran prison in 2021.",
         "Release in Ghwayran prison", "release", "Ghwayran prison", "2021", {"Jack Letts"},
         {"released"}},
        {"Dozens of children were repatriated to Uzbekistan in 2019.",
         "Repatriation to Uzbekistan", "repatriation", "Uzbekistan", "2019", {0}, {0}},
    };
    CHECK_EVENTS(state, cases);
}

/* Negated event triggers tell no event. */
static void test_event_negative(void **state)
{
    static const char *const texts[] = {
        "ISIS militants refused to surrender in Hajin.",
        "The SDF has not besieged Hajin.",
        "There was no siege of Hajin in 2018.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        run r;
        ng_graph *g = run_text(&r, state, texts[i]);
        if (count_events(g) != 0 || count_relation(g, NG_REL_OCCURRED_IN) != 0 ||
            count_relation(g, NG_REL_PARTICIPATES_IN) != 0) {
            dump(g);
            fail_msg("\"%s\" tells an event", texts[i]);
        }
        assert_int_equal(count_typed(g), 0);
        run_free(&r);
    }
}

/* ---- dates ------------------------------------------------------------------------ */

static void test_date_year_from_document(void **state)
{
    /* "on 15 October" in an undated article: the year is the nearest written
     * before it (issue 18), not the latest the document mentions */
    static const event_case nearest = {
        "Talks failed in 2019. The SDF took Raqqa in 2017. The siege of Hajin began on 15 "
        "October.",
        "Siege of Hajin", "siege", "Hajin", "2017-10-15", {0}, {0}};
    /* only a year after it ("until 2025"): no date */
    static const event_case after = {"The siege of Hajin began on 15 October. Rebuilding "
                                     "could take until 2025.",
                                     "Siege of Hajin", "siege", "Hajin", NULL, {0}, {0}};
    /* no year anywhere: no date */
    static const event_case none = {"The siege of Hajin began on 15 October.",
                                    "Siege of Hajin", "siege", "Hajin", NULL, {0}, {0}};
    const event_case *cases[] = {&nearest, &after, &none};
    for (size_t i = 0; i < 3; i++) {
        run r;
        ng_graph *g = run_text(&r, state, cases[i]->text);
        check_event_in(g, cases[i]);
        run_free(&r);
    }
}

/* The same event told twice is one node; the earliest stated date wins. */
static void test_event_one_node(void **state)
{
    run r;
    /* two sentences of one document, worded differently */
    ng_graph *g = run_text(&r, state,
                           "The SDF besieged Tabqa in April 2017. The siege of Tabqa ended in "
                           "May 2017.");
    static const event_case tabqa = {NULL, "Siege of Tabqa", "siege", "Tabqa", "2017-04",
                                     {"Syrian Democratic Forces"}, {"besieger"}};
    check_event_in(g, &tabqa);
    assert_int_equal(count_events(g), 1);
    ng_edge_view e;
    assert_true(find_edge(g, "Siege of Tabqa", "occurred_in", "Tabqa", &e));
    assert_int_equal(e.weight, 2);
    run_free(&r);

    /* two documents */
    static const char *const docs[] = {
        "The siege of Madaya began in July 2015.",
        "Civilians were trapped in the besieged town of Madaya.",
    };
    g = run_texts(&r, state, docs, 2, 1);
    assert_int_equal(count_events(g), 1);
    uint32_t id = node_by_label(g, "Siege of Madaya");
    assert_int_not_equal(id, UINT32_MAX);
    ng_node_view v;
    ng_graph_node(g, id, &v);
    assert_int_equal(v.n_docs, 2);
    assert_int_equal(v.docs[0], 0);
    assert_int_equal(v.docs[1], 1);
    assert_non_null(v.date);
    assert_string_equal(v.date, "2015-07");
    assert_true(find_edge(g, "Siege of Madaya", "occurred_in", "Madaya", &e));
    assert_int_equal(e.weight, 2);
    assert_int_equal(e.n_docs, 2);
    run_free(&r);
}

/* ---- evidence and weight ---------------------------------------------------------- */

static void test_evidence_verbatim(void **state)
{
    static const char text[] = "Shops reopened.  Manbij was captured\nby the SDF in August "
                               "2016.  Officials confirmed it.";
    static const char sentence[] = "Manbij was captured\nby the SDF in August 2016.";
    run r;
    ng_graph *g = run_text(&r, state, text);
    ng_edge_view e;
    assert_true(find_edge(g, "Syrian Democratic Forces", "captured", "Manbij", &e));
    assert_int_equal(e.weight, 1);
    assert_int_equal(e.n_evidence, 1);
    assert_int_equal(e.evidence[0].doc, 0);
    assert_int_equal(e.evidence[0].offset, strstr(text, sentence) - text);
    assert_string_equal(e.evidence[0].text, sentence);
    assert_string_equal(ng_graph_doc_name(g, 0), "d0");
    run_free(&r);

    /* quotation marks and UTF-8 are kept as written */
    static const char quoted[] = "Erdogan said: \xE2\x80\x9CManbij was captured by the SDF.\xE2"
                                 "\x80\x9D";
    g = run_text(&r, state, quoted);
    assert_true(find_edge(g, "Syrian Democratic Forces", "captured", "Manbij", &e));
    assert_int_equal(e.n_evidence, 1);
    assert_non_null(strstr(quoted, e.evidence[0].text));
    assert_non_null(strstr(e.evidence[0].text, "Manbij was captured by the SDF."));
    assert_int_equal(e.evidence[0].offset, strstr(quoted, e.evidence[0].text) - quoted);
    run_free(&r);
}

static void test_weight_counts_sentences(void **state)
{
    /* two sentences: weight 2, evidence in text order */
    static const char text[] = "The SDF captured Tabqa in May 2017. Tabqa was captured by the "
                               "SDF after weeks of fighting. Officials confirmed it.";
    run r;
    ng_graph *g = run_text(&r, state, text);
    ng_edge_view e;
    assert_true(find_edge(g, "Syrian Democratic Forces", "captured", "Tabqa", &e));
    assert_int_equal(e.weight, 2);
    assert_int_equal(e.n_evidence, 2);
    assert_int_equal(e.n_docs, 1);
    assert_string_equal(e.evidence[0].text, "The SDF captured Tabqa in May 2017.");
    assert_int_equal(e.evidence[0].offset, 0);
    assert_string_equal(e.evidence[1].text,
                        "Tabqa was captured by the SDF after weeks of fighting.");
    assert_int_equal(e.evidence[1].offset, strstr(text, "Tabqa was") - text);
    assert_int_equal(count_typed(g), 1);
    run_free(&r);

    /* one sentence stating it twice: weight 1 */
    g = run_text(&r, state, "Tabqa fell to the SDF after the SDF stormed Tabqa.");
    assert_true(find_edge(g, "Syrian Democratic Forces", "captured", "Tabqa", &e));
    assert_int_equal(e.weight, 1);
    assert_int_equal(e.n_evidence, 1);
    run_free(&r);
}

static void test_evidence_sorted_by_document(void **state)
{
    /* d0 states it late in the text, d1 at the start: d0 comes first */
    static const char *const docs[] = {
        "Shops reopened in the city. Residents returned. Manbij was captured by the SDF in "
        "August 2016.",
        "The SDF seized Manbij after a long fight. The SDF took Manbij street by street.",
    };
    run r;
    ng_graph *g = run_texts(&r, state, docs, 2, 1);
    ng_edge_view e;
    assert_true(find_edge(g, "Syrian Democratic Forces", "captured", "Manbij", &e));
    assert_int_equal(e.weight, 3);
    assert_int_equal(e.n_evidence, 3);
    assert_int_equal(e.n_docs, 2);
    assert_int_equal(e.docs[0], 0);
    assert_int_equal(e.docs[1], 1);
    assert_int_equal(e.evidence[0].doc, 0);
    assert_int_equal(e.evidence[0].offset, strstr(docs[0], "Manbij was") - docs[0]);
    assert_string_equal(e.evidence[0].text,
                        "Manbij was captured by the SDF in August 2016.");
    assert_int_equal(e.evidence[1].doc, 1);
    assert_int_equal(e.evidence[1].offset, 0);
    assert_string_equal(e.evidence[1].text, "The SDF seized Manbij after a long fight.");
    assert_int_equal(e.evidence[2].doc, 1);
    assert_true(e.evidence[2].offset > e.evidence[1].offset);
    assert_string_equal(ng_graph_doc_name(g, 1), "d1");
    run_free(&r);

    /* a limit on kept evidence still counts every sentence */
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    o.threads = 1;
    o.evidence_limit = 1;
    g = run_opts(&r, state, docs, 2, &o);
    assert_true(find_edge(g, "Syrian Democratic Forces", "captured", "Manbij", &e));
    assert_int_equal(e.weight, 3);
    assert_int_equal(e.n_evidence, 1);
    assert_int_equal(e.evidence[0].doc, 0);
    run_free(&r);
}

/* ---- co-occurrence ------------------------------------------------------------------ */

static void test_cooccurrence(void **state)
{
    static const char text[] = "The SDF captured Manbij while Turkey watched.";
    const char *texts[] = {text};
    run r;

    /* 1 (default): only pairs no typed relation joins */
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    assert_int_equal(o.cooccurrence, 1);
    ng_graph *g = run_texts(&r, state, texts, 1, 1);
    assert_true(has_rel(g, "Syrian Democratic Forces", "captured", "Manbij"));
    assert_true(has_rel(g, "Syrian Democratic Forces", "co_occurs", "Turkey"));
    assert_true(has_rel(g, "Manbij", "co_occurs", "Turkey"));
    assert_false(has_rel(g, "Syrian Democratic Forces", "co_occurs", "Manbij"));
    assert_int_equal(count_relation(g, NG_REL_CO_OCCURS), 2);
    run_free(&r);

    /* 0: none at all, typed relations stay */
    g = run_texts(&r, state, texts, 1, 0);
    assert_true(has_rel(g, "Syrian Democratic Forces", "captured", "Manbij"));
    assert_int_equal(count_relation(g, NG_REL_CO_OCCURS), 0);
    assert_int_equal(count_typed(g), 1);
    run_free(&r);

    /* 2: every pair */
    g = run_texts(&r, state, texts, 1, 2);
    assert_true(has_rel(g, "Syrian Democratic Forces", "co_occurs", "Manbij"));
    assert_int_equal(count_relation(g, NG_REL_CO_OCCURS), 3);
    run_free(&r);

    /* a typed relation in one sentence removes the pair's co_occurs from another */
    g = run_text(&r, state, "The SDF captured Manbij in 2016. Turkey threatened the SDF in "
                            "Manbij.");
    assert_true(has_rel(g, "Syrian Democratic Forces", "captured", "Manbij"));
    assert_false(has_rel(g, "Syrian Democratic Forces", "co_occurs", "Manbij"));
    assert_true(has_rel(g, "Syrian Democratic Forces", "co_occurs", "Turkey"));
    assert_true(has_rel(g, "Manbij", "co_occurs", "Turkey"));
    run_free(&r);
}

/* The test gazetteer's actor takes part in relations, and a relation
 * and an event come from one document together. */
static void test_added_gazetteer_entities(void **state)
{
    run r;
    ng_graph *g = run_text(&r, state,
                           "The Abu Khawla Brigade, a partner force of the SDF, attacked ISIS "
                           "in Dashisha.");
    assert_true(has_rel(g, "Syrian Democratic Forces", "supports", "Abu Khawla Brigade"));
    assert_false(has_rel(g, "Abu Khawla Brigade", "supports", "Syrian Democratic Forces"));
    assert_true(has_rel(g, "Abu Khawla Brigade", "opposes", "Islamic State"));
    assert_int_equal(count_typed(g), 2);
    uint32_t id = node_by_label(g, "Dashisha");
    assert_int_not_equal(id, UINT32_MAX);
    ng_node_view v;
    ng_graph_node(g, id, &v);
    assert_int_equal(v.kind, NG_KIND_PLACE);
    assert_string_equal(v.category, "village");
    assert_true(v.has_geo);
    run_free(&r);
}


/* ---- trigger words from a file ------------------------------------------- */

/* The built-in model and one extended with a user's triggers: a new
 * support verb, a new event trigger, a longer window. Each takes effect in
 * its own model only (the trigger table belongs to the model). */
static void test_added_triggers(void **state)
{
    static const char added[] =
        "# a user's own triggers\n"
        "list\tsupport_verb\tsubsidizes subsidized\n"
        "event\tprotest\tProtest\tin\tnoun\tprotester\tprotest protests\tin\n"
        "window\tcapture_object\t9\n";
    static const char *const texts[] = {
        "The SDF subsidizes the Abu Khawla Brigade.",
        "Hundreds joined protests in Dashisha on Friday.",
        "The SDF captured the small remote dusty desert village of Dashisha.",
    };
    ng_diag diag = {NULL, 0, 0, 0};
    ng_model *m = ng_model_new();
    assert_int_equal(ng_model_load_defaults(m, &diag), 0);
    assert_int_equal(ng_model_add_gazetteer_text(m, test_gazetteer, strlen(test_gazetteer),
                                                 "test", &diag), 0);
    assert_int_equal(ng_model_add_triggers_text(m, added, strlen(added), "mine.tsv", &diag), 0);
    assert_int_equal(diag.errors, 0);
    ng_model_compile(m);
    void *mine = m;

    run r;
    ng_graph *g = run_texts(&r, &mine, texts, 3, 0);
    assert_true(has_rel(g, "Syrian Democratic Forces", "supports", "Abu Khawla Brigade"));
    assert_int_not_equal(node_by_label(g, "Protest in Dashisha"), UINT32_MAX);
    assert_true(has_rel(g, "Protest in Dashisha", "occurred_in", "Dashisha"));
    assert_true(has_rel(g, "Syrian Democratic Forces", "captured", "Dashisha"));
    run_free(&r);

    /* the built-in model, used after the other was made, knows none of it */
    g = run_texts(&r, state, texts, 3, 0);
    assert_false(has_rel(g, "Syrian Democratic Forces", "supports", "Abu Khawla Brigade"));
    assert_int_equal(node_by_label(g, "Protest in Dashisha"), UINT32_MAX);
    assert_false(has_rel(g, "Syrian Democratic Forces", "captured", "Dashisha"));
    run_free(&r);
    ng_model_free(m);
}

/* One corpus run per round on a model, from its own thread. */
typedef struct model_runner {
    const ng_model *m;
    const char *text;
    int rounds;
    ng_corpus *last; /* the last round's corpus (its graph), or NULL on failure */
} model_runner;

static void *run_rounds(void *arg)
{
    model_runner *r = arg;
    for (int i = 0; i < r->rounds; i++) {
        ng_diag diag = {NULL, 0, 0, 0};
        ng_corpus_free(r->last);
        r->last = ng_corpus_new(r->m, NULL, &diag);
        ng_corpus_add_text(r->last, "a", r->text, strlen(r->text));
        if (ng_corpus_run(r->last) != 0) {
            ng_corpus_free(r->last);
            r->last = NULL;
            break;
        }
    }
    return NULL;
}

/* Two models in one process, each with its own gazetteer entries and
 * triggers, extracting at the same time in two threads (each corpus with
 * its worker threads): each graph has what its model says and nothing of
 * the other's. Nothing the library keeps is shared between models. */
static void test_two_models_at_once(void **state)
{
    (void)state;
    static const char text[] =
        "The Zorava Front subsidizes the Abu Khawla Brigade. "
        "The Zorava Front backs the Abu Khawla Brigade, its leader said.";
    static const char gaz_a[] = "Zorava Front\tactor\tarmed_group\n"
                                "Abu Khawla Brigade\tactor\tarmed_group\n";
    static const char gaz_b[] = "Zorava Front\tactor\tpolitical_party\tZorava Party\n"
                                "Abu Khawla Brigade\tactor\tarmed_group\n";
    static const char trig_a[] = "list\tsupport_verb\tsubsidizes subsidized\n";
    ng_diag diag = {NULL, 0, 0, 0};
    ng_model *a = ng_model_new(), *b = ng_model_new();
    assert_int_equal(ng_model_load_defaults(a, &diag), 0);
    assert_int_equal(ng_model_load_defaults(b, &diag), 0);
    assert_int_equal(ng_model_add_gazetteer_text(a, gaz_a, strlen(gaz_a), "a", &diag), 0);
    assert_int_equal(ng_model_add_gazetteer_text(b, gaz_b, strlen(gaz_b), "b", &diag), 0);
    assert_int_equal(ng_model_add_triggers_text(a, trig_a, strlen(trig_a), "a.tsv", &diag), 0);
    ng_model_compile(a);
    ng_model_compile(b);

    model_runner ra = {a, text, 8, NULL}, rb = {b, text, 8, NULL};
    pthread_t ta, tb;
    assert_int_equal(pthread_create(&ta, NULL, run_rounds, &ra), 0);
    assert_int_equal(pthread_create(&tb, NULL, run_rounds, &rb), 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    assert_non_null(ra.last);
    assert_non_null(rb.last);

    const ng_graph *ga = ng_corpus_graph(ra.last), *gb = ng_corpus_graph(rb.last);
    ng_node_view va, vb;
    uint32_t ia = node_by_label(ga, "Zorava Front"), ib = node_by_label(gb, "Zorava Front");
    assert_int_not_equal(ia, UINT32_MAX);
    assert_int_not_equal(ib, UINT32_MAX);
    ng_graph_node(ga, ia, &va);
    ng_graph_node(gb, ib, &vb);
    assert_string_equal(va.category, "armed_group");
    assert_string_equal(vb.category, "political_party");
    ng_edge_view ea, eb;
    /* "subsidizes" supports in a only; "backs" in both */
    assert_true(find_edge(ga, "Zorava Front", "supports", "Abu Khawla Brigade", &ea));
    assert_true(find_edge(gb, "Zorava Front", "supports", "Abu Khawla Brigade", &eb));
    assert_int_equal(ea.weight, 2);
    assert_int_equal(eb.weight, 1);
    ng_corpus_free(ra.last);
    ng_corpus_free(rb.last);
    ng_model_free(a);
    ng_model_free(b);
}

/* A bad trigger line is reported as "file:line: error: reason" and skipped;
 * the good lines of the same file are kept. */
static void test_trigger_errors(void **state)
{
    (void)state;
    static const struct {
        const char *line, *message;
    } cases[] = {
        {"list\tno_such_list\tword", "t.tsv:1: error: unknown list 'no_such_list'\n"},
        {"list\tsupport_verb", "t.tsv:1: error: expected 'list<TAB>name<TAB>words'\n"},
        {"list\tsupport_verb\t  ", "t.tsv:1: error: no words\n"},
        {"list\tsupport_verb\tBankrolls",
         "t.tsv:1: error: 'Bankrolls' is not a folded word (lower case, no accents or "
         "periods)\n"},
        {"list\tsupport_verb\tcaf\xc3\xa9",
         "t.tsv:1: error: 'caf\xc3\xa9' is not a folded word (lower case, no accents or "
         "periods)\n"},
        {"list\tsupport_verb\tbad\xff", "t.tsv:1: error: invalid UTF-8\n"},
        {"window\tno_such_window\t3", "t.tsv:1: error: unknown window 'no_such_window'\n"},
        {"window\tevent_place\t0", "t.tsv:1: error: invalid window '0' (1 to 512 tokens)\n"},
        {"window\tevent_place\t513", "t.tsv:1: error: invalid window '513' (1 to 512 tokens)\n"},
        {"window\tevent_place\t99999999999999999999",
         "t.tsv:1: error: invalid window '99999999999999999999' (1 to 512 tokens)\n"},
        {"window\tevent_place\t4x", "t.tsv:1: error: invalid window '4x' (1 to 512 tokens)\n"},
        {"window\tevent_place", "t.tsv:1: error: expected 'window<TAB>name<TAB>tokens'\n"},
        {"event\tprotest\tProtest\tin\tnoun\tprotester\tprotest",
         "t.tsv:1: error: expected 'event<TAB>category<TAB>label<TAB>preposition<TAB>"
         "noun|verb<TAB>role<TAB>words<TAB>next words|-'\n"},
        {"event\tprotest\tProtest\tin\tadjective\tprotester\tprotest\t-",
         "t.tsv:1: error: expected 'noun' or 'verb', not 'adjective'\n"},
        {"event\t\tProtest\tin\tnoun\tprotester\tprotest\t-", "t.tsv:1: error: empty field 2\n"},
        {"place_head\t\tdam", "t.tsv:1: error: empty category\n"},
        {"rule\tsupport_verb\tbacks",
         "t.tsv:1: error: unknown record 'rule' (list, window, event or place_head)\n"},
        {"a\tb\tc\td\te\tf\tg\th\ti", "t.tsv:1: error: too many fields\n"},
        {"list\tsupport_verb\tbacks "
         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
         "t.tsv:1: error: word longer than 64 bytes\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[512] = {0};
        FILE *f = fmemopen(buf, sizeof buf - 1, "w");
        assert_non_null(f);
        ng_diag diag = {f, 0, 0, 0};
        ng_model *m = ng_model_new();
        int rc = ng_model_add_triggers_text(m, cases[i].line, strlen(cases[i].line), "t.tsv",
                                            &diag);
        fclose(f);
        if (rc != NG_EPARSE || diag.errors != 1 || strcmp(buf, cases[i].message) != 0)
            fail_msg("case %zu: rc %d, %u errors, message '%s'", i, rc, diag.errors, buf);
        ng_model_free(m);
    }
    /* more than 64 event lines: the 65th is refused, the line number counts
     * comments and blank lines */
    char *text = malloc(70 * 64 + 64);
    size_t n = (size_t)sprintf(text, "# many\n\n");
    for (int i = 0; i < 65; i++)
        n += (size_t)sprintf(text + n, "event\tc%d\tC\tin\tnoun\tr\tw%d\t-\n", i, i);
    char buf[256] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    ng_diag diag = {f, 0, 0, 0};
    ng_model *m = ng_model_new();
    assert_int_equal(ng_model_add_triggers_text(m, text, n, "t.tsv", &diag), NG_EPARSE);
    fclose(f);
    assert_string_equal(buf, "t.tsv:67: error: more than 64 event triggers\n");
    ng_model_free(m);
    free(text);
    /* CRLF line ends, comments and blank lines are accepted */
    static const char crlf[] = "# mine\r\n\r\nlist\tsupport_verb\tsubsidizes\r\n"
                               "window\tevent_place\t7\r\n";
    diag = (ng_diag){NULL, 0, 0, 0};
    m = ng_model_new();
    assert_int_equal(ng_model_add_triggers_text(m, crlf, strlen(crlf), "t.tsv", &diag), 0);
    assert_int_equal(diag.errors, 0);
    ng_model_free(m);
    /* a missing file */
    f = fmemopen(buf, sizeof buf - 1, "w");
    diag = (ng_diag){f, 0, 0, 0};
    m = ng_model_new();
    assert_int_equal(ng_model_add_triggers_file(m, "/nonexistent/t.tsv", &diag), NG_ENOENT);
    fclose(f);
    assert_int_equal(diag.errors, 1);
    ng_model_free(m);
}


/* Cases that once went wrong, each fixed by a general rule. */
static void test_regressions(void **state)
{
    static const rel_case cases[] = {
        /* "with the backing/support of X" gives X supports the subject */
        {"The YPG entered Tal Abyad with the backing of the US-led coalition.",
         2,
         {{"US-led coalition", "supports", "People's Protection Units"},
          {"People's Protection Units", "moved_to", "Tal Abyad"}},
         {{0}}},
        {"Iraqi Security Forces recaptured Ramadi with the support of the United States.",
         2,
         {{"United States", "supports", "Iraqi Security Forces"},
          {"Iraqi Security Forces", "captured", "Ramadi"}},
         {{0}}},
        /* a backer written as a modifier does not push the object away */
        {"Turkey shelled the US-backed SDF in Tal Tamr.",
         2,
         {{"Turkey", "opposes", "Syrian Democratic Forces"},
          {"United States", "supports", "Syrian Democratic Forces"}},
         {{"Turkey", "opposes", "United States"}}},
        /* nor does "anti-X" */
        {"Turkey attacked the anti-ISIS YPG near Afrin.",
         1,
         {{"Turkey", "opposes", "People's Protection Units"}},
         {{"Turkey", "opposes", "Islamic State"}}},
        {"The US-led coalition backed the anti-ISIS group Jaysh al-Thuwar.",
         1,
         {{"US-led coalition", "supports", "Jaysh al-Thuwar"}},
         {{"US-led coalition", "supports", "Islamic State"}}},
        /* a place followed by a verb is not a modifier */
        {"The Turkish army crossing into Jarablus met little resistance.",
         1,
         {{"Turkish Armed Forces", "moved_to", "Jarablus"}},
         {{0}}},
        /* "Country's incursion into P" is not "Country's P" */
        {"Turkey's incursion into Afrin began in January 2018.",
         1,
         {{"Turkey", "moved_to", "Afrin"}},
         {{"Afrin", "located_in", "Turkey"}}},
        /* an aim is not a capture */
        {"The Iraqi army launched an offensive to recapture Tal Afar on 20 August 2017.",
         0,
         {{0}},
         {{"Iraqi Army", "captured", "Tal Afar"}}},
        /* the subject of a fronted gerund comes after the comma */
        {"After capturing Tabqa, the SDF moved toward Raqqa.",
         2,
         {{"Syrian Democratic Forces", "captured", "Tabqa"},
          {"Syrian Democratic Forces", "moved_to", "Raqqa"}},
         {{0}}},
        /* a participial aside describes the subject before it */
        {"Iran, backing the Syrian government, sent militias to Aleppo.",
         2,
         {{"Iran", "supports", "Syrian government"}, {"Iran", "moved_to", "Aleppo"}},
         {{"Syrian government", "moved_to", "Aleppo"}}},
        /* ... and a trailing participle takes the clause's subject, not the last noun */
        {"The president said troops would leave Syria, announcing the battle against ISIS "
         "almost over.",
         0,
         {{0}},
         {{"Syria", "opposes", "Islamic State"}}},
        /* "street by street" is not a landmark of Manbij */
        {"The SDF took Manbij street by street.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
    static const event_case events[] = {
        /* a quantity of fighters is the group taking part */
        {"Dozens of ISIS fighters surrendered in Baghuz in March 2019.", "Surrender at Baghuz",
         "surrender", "Baghuz", "2019-03", {"Islamic State"}, {"surrendering"}},
        /* a country can mediate */
        {"Three hostages were released in Idlib after talks mediated by Qatar.",
         "Release in Idlib", "release", "Idlib", NULL, {"Qatar"}, {"mediator"}},
        /* "15 October, 2018" */
        {"Coalition air strikes on Hajin killed civilians on 15 October, 2018.",
         "Air strikes on Hajin", "air_strike", "Hajin", "2018-10-15", {0}, {0}},
    };
    CHECK_EVENTS(state, events);
}

/* ---- precision: scope, modality ----------------------------------------------- */

/* ", backed by X," describes the name right before its comma, and a name
 * with such an aside of its own starts a new conjunct, not the next
 * backer of a list. */
static void test_participle_head(void **state)
{
    static const rel_case cases[] = {
        {"The SDF, backed by the United States, and the Syrian army, backed by Russia, "
         "raced toward Deir ez-Zor.",
         2,
         {{"United States", "supports", "Syrian Democratic Forces"},
          {"Russia", "supports", "Syrian Arab Army"}},
         {{"Russia", "supports", "Syrian Democratic Forces"},
          {"Syrian Arab Army", "supports", "Syrian Democratic Forces"}}},
        {"Hezbollah, armed by Iran, and the Syrian army, supported by Russia, "
         "besieged Qusayr.",
         2,
         {{"Iran", "supports", "Hezbollah"}, {"Russia", "supports", "Syrian Arab Army"}},
         {{"Russia", "supports", "Hezbollah"}, {"Syrian Arab Army", "supports", "Hezbollah"}}},
        /* the aside after the subject still describes the subject */
        {"The YPG, helped by coalition air strikes and the Peshmerga, took Kobani.",
         1,
         {{"People's Protection Units", "captured", "Kobani"}},
         {{"People's Protection Units", "opposes", "Peshmerga"}}},
        /* a list of backers still is one */
        {"The Manbij Military Council, backed by the United States and France, entered "
         "Manbij.",
         3,
         {{"United States", "supports", "Manbij Military Council"},
          {"France", "supports", "Manbij Military Council"},
          {"Manbij Military Council", "moved_to", "Manbij"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A word of both lists after a determiner or a noun modifier is the
 * noun ("air strikes", "the fighting"), whose object is no target. */
static void test_oppose_noun_use(void **state)
{
    static const rel_case cases[] = {
        {"The Iraqi army, aided by US air strikes and the Peshmerga, pushed into Mosul.", 2,
         {{"United States", "supports", "Iraqi Army"}, {"Iraqi Army", "moved_to", "Mosul"}},
         {{"Iraqi Army", "opposes", "Peshmerga"}}},
        {"The SDF, helped by coalition air strikes and the Manbij Military Council, took "
         "Manbij.",
         1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{"Syrian Democratic Forces", "opposes", "Manbij Military Council"}}},
        /* the verb still takes its object */
        {"Hezbollah fighters attacked the Free Syrian Army near Zabadani.", 1,
         {{"Hezbollah", "opposes", "Free Syrian Army"}}, {{0}}},
        {"The Syrian army shelled Jaysh al-Islam positions in Douma.", 1,
         {{"Syrian Arab Army", "opposes", "Jaysh al-Islam"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "A, B's former affiliate, took P": the possessor in an apposition is
 * not the subject of the verb after it */
static void test_possessor_apposition(void **state)
{
    static const rel_case cases[] = {
        {"Jabhat al-Nusra, al-Qaeda's Syrian branch at the time, seized Idlib in 2015.",
         1,
         {{"Nusra Front", "captured", "Idlib"}},
         {{"al-Qaeda", "captured", "Idlib"}}},
        {"The United States, the SDF's main backer, bombed Islamic State positions in Hajin.",
         2,
         {{"United States", "opposes", "Islamic State"},
          {"United States", "supports", "Syrian Democratic Forces"}},
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}}},
        /* a possessor opening the sentence stays its subject */
        {"Turkey's army shelled the YPG near Afrin.",
         1,
         {{"Turkey", "opposes", "People's Protection Units"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A possibility, an aim, an attempt or a condition is no capture,
 * movement or control; the same verbs stated as facts still are. */
static void test_unreal(void **state)
{
    static const rel_case cases[] = {
        {"If the Islamic State takes Deir ez-Zor, the whole valley is lost.", 0, {{0}},
         {{"Islamic State", "captured", "Deir ez-Zor"}}},
        {"The Syrian army may soon recapture Palmyra, a commander said.", 0, {{0}},
         {{"Syrian Arab Army", "captured", "Palmyra"}}},
        {"The SDF plans to move into Raqqa before the winter.", 0, {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Raqqa"}}},
        {"The Turkish army could enter Manbij within days.", 0, {{0}},
         {{"Turkish Armed Forces", "moved_to", "Manbij"}}},
        {"Mosul could be retaken by the Iraqi army before the summer.", 0, {{0}},
         {{"Iraqi Army", "captured", "Mosul"}}},
        {"It is unclear whether Hayat Tahrir al-Sham seized Saraqeb.", 0, {{0}},
         {{"Hayat Tahrir al-Sham", "captured", "Saraqeb"}}},
        {"The Syrian army is trying to enter Douma.", 0, {{0}},
         {{"Syrian Arab Army", "moved_to", "Douma"}}},
        /* facts */
        {"The Syrian army has finally recaptured Palmyra.", 1,
         {{"Syrian Arab Army", "captured", "Palmyra"}}, {{0}}},
        {"The SDF pushed into Raqqa in June.", 1,
         {{"Syrian Democratic Forces", "moved_to", "Raqqa"}}, {{0}}},
        {"Mosul was retaken by the Iraqi army in July.", 1,
         {{"Iraqi Army", "captured", "Mosul"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "controlled by A", "under the control of A" speak of the noun before:
 * a place, an area, not another noun the place is near. */
static void test_controlled_noun(void **state)
{
    static const rel_case cases[] = {
        {"The convoy left a base in Iraq and crossed airspace controlled by Russia.", 0,
         {{0}}, {{"Russia", "controls", "Iraq"}}},
        {"Near Tal Abyad, checkpoints held by the Syrian National Army stopped the trucks.", 0,
         {{0}}, {{"Syrian National Army", "controls", "Tal Abyad"}}},
        {"In Hasakah, prisoners under the control of the SDF rioted.", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "Hasakah"}}},
        /* the place, or an area, is controlled */
        {"Tabqa, controlled by the SDF since 2017, lies on the Euphrates.", 1,
         {{"Syrian Democratic Forces", "controls", "Tabqa"}}, {{0}}},
        {"They fled to Idlib province, an area mostly held by Hayat Tahrir al-Sham.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}}, {{0}}},
        {"Afrin is now under the control of the Syrian National Army.", 1,
         {{"Syrian National Army", "controls", "Afrin"}}, {{0}}},
        /* the town, not the country named after it */
        {"Jarablus, Syria, has been under the control of the Syrian National Army since 2016.",
         2,
         {{"Syrian National Army", "controls", "Jarablus"}, {"Jarablus", "located_in", "Syria"}},
         {{"Syrian National Army", "controls", "Syria"}}},
        {"Kilis, Turkey, and Azaz, Syria, held by the Free Syrian Army, were shelled.", 2,
         {{"Free Syrian Army", "controls", "Azaz"}, {"Kilis", "located_in", "Turkey"}},
         {{"Free Syrian Army", "controls", "Syria"}, {"Free Syrian Army", "controls", "Turkey"}}},
        /* a relative or a coordinated verb phrase: the place before */
        {"Roj camp, which is run by the Asayish, holds 2,600 people.", 1,
         {{"Asayish", "controls", "Roj camp"}}, {{0}}},
        {"Roj camp holds 2,600 people and is run by the Asayish.", 1,
         {{"Asayish", "controls", "Roj camp"}}, {{0}}},
        {"Officials named Manbij and Tal Abyad, two towns held by the YPG, as the next "
         "targets.",
         2,
         {{"People's Protection Units", "controls", "Tal Abyad"},
          {"People's Protection Units", "controls", "Manbij"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A state after a locative preposition says where the target or agent
 * is; it is no side ("raids on Kurdish fighters in Iraq"). */
static void test_locative_not_actor(void **state)
{
    static const rel_case cases[] = {
        {"Turkey Launches Raids On Kurdish Fighters In Iraq", 0, {{0}},
         {{"Turkey", "opposes", "Iraq"}}},
        {"Russia carried out air strikes on rebel groups in Turkey's neighbour Syria.", 0,
         {{0}}, {{"Russia", "opposes", "Turkey"}}},
        /* the object itself still counts */
        {"Turkey launched air strikes on the PKK in Iraq.", 1,
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}}, {{"Turkey", "opposes", "Iraq"}}},
        {"Turkey bombed Iraq on Monday.", 1, {{"Turkey", "opposes", "Iraq"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A clause with a subject of its own, named or not ("After Iraqi forces
 * retook Mosul", "since Turkish-backed rebels expelled IS"), is not the
 * main subject's doing. */
static void test_own_subject_clause(void **state)
{
    static const rel_case cases[] = {
        {"After Iraqi forces retook Mosul, Trump praised the coalition.", 0, {{0}},
         {{"Donald Trump", "captured", "Mosul"}}},
        {"Before US-backed fighters entered Raqqa, the Islamic State moved its capital.", 0,
         {{0}}, {{"Islamic State", "moved_to", "Raqqa"}}},
        {"The Free Syrian Army has held Jarablus since Turkish-backed rebels expelled the "
         "Islamic State.",
         1,
         {{"Free Syrian Army", "controls", "Jarablus"}},
         {{"Free Syrian Army", "opposes", "Islamic State"}}},
        {"Hezbollah has run Qusayr since Iran-backed militias defeated the Free Syrian Army "
         "there.",
         1,
         {{"Hezbollah", "controls", "Qusayr"}},
         {{"Hezbollah", "opposes", "Free Syrian Army"}}},
        /* a fronted participle still takes the subject after the comma */
        {"After seizing Tabqa, the SDF advanced toward Raqqa.", 2,
         {{"Syrian Democratic Forces", "captured", "Tabqa"},
          {"Syrian Democratic Forces", "moved_to", "Raqqa"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A denial or a negation just before the "that" of the trigger's clause
 * negates it; a plain report does not. */
static void test_negated_that(void **state)
{
    static const rel_case cases[] = {
        {"Officials rejected claims that the Syrian army had captured Saraqeb.", 0, {{0}},
         {{"Syrian Arab Army", "captured", "Saraqib"}}},
        {"The SDF dismissed reports that the Syrian army had entered Manbij.", 0, {{0}},
         {{"Syrian Arab Army", "moved_to", "Manbij"}}},
        {"The SDF said that the Syrian army had entered Manbij.", 1,
         {{"Syrian Arab Army", "moved_to", "Manbij"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "P, STATE officials said": the state modifies a noun, it is no
 * container of P. */
static void test_state_modifier(void **state)
{
    static const rel_case cases[] = {
        {"The convoy stopped near Raqqa, US officials said.", 0, {{0}},
         {{"Raqqa", "located_in", "United States"}}},
        {"Fighting raged in Deir ez-Zor, Syria, on Monday.", 1,
         {{"Deir ez-Zor", "located_in", "Syria"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* A capital a group holds or takes is the city ("now runs Damascus",
 * "took control of Damascus"), not its state. */
static void test_capital_held(void **state)
{
    static const rel_case cases[] = {
        {"Hayat Tahrir al-Sham now runs Damascus.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Damascus"}},
         {{"Hayat Tahrir al-Sham", "controls", "Syria"}}},
        {"Hayat Tahrir al-Sham took control of Damascus on Sunday.", 1,
         {{"Hayat Tahrir al-Sham", "captured", "Damascus"}},
         {{"Hayat Tahrir al-Sham", "captured", "Syria"}}},
        /* a capital that acts is still its state */
        {"Moscow backs Damascus.", 1, {{"Russia", "supports", "Syria"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* "A, the main US partner, fought B": a state modifying the noun of an
 * apposition is not its head. */
static void test_modifier_apposition(void **state)
{
    static const rel_case cases[] = {
        {"The SDF, the main U.S. partner in the war against IS, lost 11,000 fighters.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{"United States", "opposes", "Islamic State"}}},
        {"The Peshmerga, a key US ally, fought the Islamic State near Mosul.", 1,
         {{"Peshmerga", "opposes", "Islamic State"}},
         {{"United States", "opposes", "Islamic State"}}},
        {"The YPG, a US partner force, captured Tal Abyad.", 1,
         {{"People's Protection Units", "captured", "Tal Abyad"}},
         {{"United States", "captured", "Tal Abyad"}}},
    };
    CHECK_CASES(state, cases);
}

/* Who carries people somewhere does not move there; a place people are
 * taken from is not captured. */
static void test_carried_people(void **state)
{
    static const rel_case cases[] = {
        {"Iraq took back 600 families from al-Hol, moving them to the Jeddah 1 camp.", 0,
         {{0}},
         {{"Iraq", "moved_to", "Jeddah 1 camp"}, {"Iraq", "captured", "al-Hawl camp"}}},
        {"The SDF transferred hundreds of detainees to Ghwayran prison.", 0, {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Ghwayran prison"}}},
        /* one's own forces: the agent moves */
        {"Turkey has deployed thousands of troops to Idlib.", 1,
         {{"Turkey", "moved_to", "Idlib"}}, {{0}}},
        {"The Iraqi army retook Ramadi from the Islamic State.", 2,
         {{"Iraqi Army", "captured", "Ramadi"}, {"Iraqi Army", "opposes", "Islamic State"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* An attack noun in an adverbial phrase ("after an attack on B") names
 * no attacker, and a quantity's body follows its "of" directly. */
static void test_adverbial_attack(void **state)
{
    static const rel_case cases[] = {
        {"U.S. Hits Fighters After Attack On SDF", 0, {{0}},
         {{"United States", "opposes", "Syrian Democratic Forces"}}},
        {"U.S. Strikes Kill Scores Of Fighters After Attack On SDF Headquarters", 0, {{0}},
         {{"United States", "opposes", "Syrian Democratic Forces"}}},
        {"U.S. Jets Pound Pro-Government Fighters After Attack On SDF Base", 0, {{0}},
         {{"Syrian Democratic Forces", "controls", "United States"}}},
        /* the subject's own offensive, and a quantity of a named body */
        {"Turkey launched an offensive against the YPG in October.", 1,
         {{"Turkey", "opposes", "People's Protection Units"}}, {{0}}},
        {"The SDF killed dozens of Islamic State fighters near Hajin.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Opposition written as a pair, a reciprocal verb, "pitted", a missile
 * fired at, a named operation launched against, a person killed, a threat. */
static void test_opposes_shapes(void **state)
{
    static const rel_case cases[] = {
        {"The Iran-Iraq war lasted eight years.", 1,
         {{"Iran", "opposes", "Iraq"}}, {{0}}},
        {"Renewed Turkey-PKK clashes killed nine soldiers last week.", 1,
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}}, {{0}}},
        {"The conflict between Israel and Hezbollah has displaced thousands.", 1,
         {{"Israel", "opposes", "Hezbollah"}}, {{0}}},
        {"Fighting broke out late on Sunday between the Syrian army and Hayat Tahrir al-Sham.", 1,
         {{"Syrian Arab Army", "opposes", "Hayat Tahrir al-Sham"}}, {{0}}},
        {"The battle for Aleppo pitted Jaysh al-Islam against the Syrian army.", 1,
         {{"Jaysh al-Islam", "opposes", "Syrian Arab Army"}}, {{0}}},
        {"Hezbollah and Israel clashed along the border for a third day.", 1,
         {{"Hezbollah", "opposes", "Israel"}}, {{0}}},
        {"Ahrar al-Sham and Hayat Tahrir al-Sham fought each other for control of Idlib.", 1,
         {{"Ahrar al-Sham", "opposes", "Hayat Tahrir al-Sham"}}, {{0}}},
        {"Iran and Iraq fought a bloody war in the 1980s.", 1, {{"Iran", "opposes", "Iraq"}}, {{0}}},
        {"The YPG and the Free Syrian Army exchanged heavy fire near Tal Rifaat.", 1,
         {{"People's Protection Units", "opposes", "Free Syrian Army"}}, {{0}}},
        {"Hezbollah traded fire with Israel across the frontier.", 1,
         {{"Hezbollah", "opposes", "Israel"}}, {{0}}},
        {"Hezbollah has fired hundreds of rockets into Israel since October.", 1,
         {{"Hezbollah", "opposes", "Israel"}}, {{0}}},
        {"Iran launched ballistic missiles at Islamic State bases in Deir ez-Zor.", 1,
         {{"Iran", "opposes", "Islamic State"}}, {{0}}},
        {"Turkey launched Operation Peace Spring against the SDF in October 2019.", 1,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}, {{0}}},
        {"Israel killed Hezbollah commander Fuad Shukr in Beirut.", 3,
         {{"Israel", "opposes", "Fuad Shukr"}, {"Israel", "opposes", "Hezbollah"}}, {{0}}},
        {"The United States assassinated Qassem Soleimani in Baghdad in 2020.", 1,
         {{"United States", "opposes", "Qassem Soleimani"}}, {{0}}},
        {"Fuad Shukr was killed by Israel in July.", 1,
         {{"Israel", "opposes", "Fuad Shukr"}}, {{0}}},
        {"Turkey has threatened to attack the SDF in Manbij.", 1,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}, {{0}}},
        {"Russia pledged to back the Syrian government.", 1,
         {{"Russia", "supports", "Syrian government"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_opposes_shapes_negative(void **state)
{
    static const rel_case cases[] = {
        /* allies fighting a third side, together or not */
        {"The SDF and the US-led coalition fought together in Raqqa.", 0, {{0}},
         {{"Syrian Democratic Forces", "opposes", "US-led coalition"}}},
        {"Hezbollah and the Syrian army fought a long war against the rebels.", 0, {{0}},
         {{"Hezbollah", "opposes", "Syrian Arab Army"}}},
        {"Israel and the United States fought in the same war.", 0, {{0}},
         {{"Israel", "opposes", "United States"}}},
        {"The US-SDF campaign against Islamic State ended in 2019.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{"United States", "opposes", "Syrian Democratic Forces"}}},
        {"The Iran-Iraq border crossing reopened on Monday.", 0, {{0}},
         {{"Iran", "opposes", "Iraq"}}},
        /* words that are no fighting */
        {"The SDF exchanged prisoners with Islamic State.", 0, {{0}},
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}}},
        {"Russia and Turkey exchanged views on Idlib.", 0, {{0}}, {{"Russia", "opposes", "Turkey"}}},
        {"Turkey and the SDF did not clash on Tuesday.", 0, {{0}},
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}},
        {"Hezbollah fired rockets from Lebanon on Sunday.", 0, {{0}},
         {{"Hezbollah", "opposes", "Lebanon"}}},
        {"The Syrian army launched its attack from Damascus.", 0, {{0}},
         {{"Syria", "opposes", "Syrian Arab Army"}}},
        {"The SDF killed Islamic State fighters, SDF spokesman Farhad Shami said.", 2,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{"Syrian Democratic Forces", "opposes", "Farhad Shami"}}},
    };
    CHECK_CASES(state, cases);
}

/* Actors behind "led by" and brackets, allies and backers written as
 * appositions, receivers of support, partners; member_of by copula, by a
 * role without a comma, by a name given; held_in by a noun. */
static void test_actor_relations_more(void **state)
{
    static const rel_case cases[] = {
        /* the leader of a common noun after it, a bracketed short form */
        {"Militias led by Hezbollah took Qusayr and shelled the Free Syrian Army.", 2,
         {{"Hezbollah", "captured", "Qusayr"}, {"Hezbollah", "opposes", "Free Syrian Army"}}, {{0}}},
        {"After fighters led by the Syrian Democratic Forces (SDF) stormed the town, Islamic State fled.",
         0, {{0}}, {{"Islamic State", "opposes", "Syrian Democratic Forces"}}},
        {"Rebels led by Jaysh al-Islam (JAI) attacked the Syrian army in Douma.", 1,
         {{"Jaysh al-Islam", "opposes", "Syrian Arab Army"}}, {{0}}},
        {"Israel responded by striking Hezbollah depots in the Bekaa valley.", 1,
         {{"Israel", "opposes", "Hezbollah"}}, {{0}}},
        /* backers and allies */
        {"Tabqa was taken in 2017 by the Syrian Democratic Forces, a Kurdish-led alliance armed by the United States.",
         2, {{"United States", "supports", "Syrian Democratic Forces"}}, {{0}}},
        {"The Sultan Murad Division, a Turkmen and Arab faction allied with Turkey, entered Afrin.", 2,
         {{"Sultan Murad Division", "supports", "Turkey"}}, {{0}}},
        {"The Hamza Division, a faction that receives weapons and support from Ankara, denied the report.",
         1, {{"Turkey", "supports", "Hamza Division"}}, {{0}}},
        {"Jaysh al-Islam got financial backing from Saudi Arabia for years.", 1,
         {{"Saudi Arabia", "supports", "Jaysh al-Islam"}}, {{0}}},
        {"Lebanon and its ally Iran protested on Monday.", 1, {{"Iran", "supports", "Lebanon"}}, {{0}}},
        {"France, which partners with the SDF, sent envoys to Qamishli.", 2,
         {{"France", "supports", "Syrian Democratic Forces"}}, {{0}}},
        /* member_of */
        {"Mazloum Abdi has been the commander of the Syrian Democratic Forces since 2015.", 1,
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}}, {{0}}},
        {"Abu Mohammad al-Julani was the leader of Hayat Tahrir al-Sham until 2024.", 1,
         {{"Abu Mohammad al-Julani", "member_of", "Hayat Tahrir al-Sham"}}, {{0}}},
        {"Spokeswoman of the Syrian Democratic Council Jihan Ahmed denied the report.", 1,
         {{"Jihan Ahmed", "member_of", "Syrian Democratic Council"}}, {{0}}},
        {"The UN envoy for Syria Staffan de Mistura met the delegations.", 1,
         {{"Staffan de Mistura", "member_of", "United Nations"}}, {{0}}},
        {"The UN's refugee agency chief, Filippo Grandi, visited the camp.", 1,
         {{"Filippo Grandi", "member_of", "United Nations"}}, {{0}}},
        {"A Peshmerga officer who gave his name as Kawa Rasul said the road was open.", 1,
         {{"Kawa Rasul", "member_of", "Peshmerga"}}, {{0}}},
        {"Fighters of the Shaitat tribe, led by Sheikh Rafaa Aktaa, joined the assault.", 1,
         {{"Rafaa Aktaa", "member_of", "Shaitat tribe"}}, {{0}}},
        /* held_in */
        {"A former detainee of Sednaya prison, Omar Alshogre, spoke in Washington.", 1,
         {{"Omar Alshogre", "held_in", "Sednaya prison"}}, {{0}}},
        {"Omar Alshogre, who spent three years in Sednaya prison, spoke in Washington.", 1,
         {{"Omar Alshogre", "held_in", "Sednaya prison"}}, {{0}}},
        {"Islamic State prisoners at Ghwayran prison rioted on Thursday.", 1,
         {{"Islamic State", "held_in", "Ghwayran prison"}}, {{0}}},
        {"Hundreds of Islamic State fighters remain in Ghwayran prison.", 1,
         {{"Islamic State", "held_in", "Ghwayran prison"}}, {{0}}},
    };
    CHECK_CASES(state, cases);
}

static void test_actor_relations_more_negative(void **state)
{
    static const rel_case cases[] = {
        /* the ally's own apposition is no list */
        {"Russia, Assad's closest ally, kept him in power.", 1,
         {{"Russia", "supports", "Bashar al-Assad"}}, {{0}}},
        {"Iraq and its army condemned the strike.", 0, {{0}}, {{"Iraq", "supports", "Iraq"}}},
        /* a copula before no role */
        {"Mazloum Abdi was meeting the SDF commander in Hasakah.", 0, {{0}},
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}}},
        {"Jane Roe is the mother of an Islamic State fighter.", 0, {{0}},
         {{"Jane Roe", "member_of", "Islamic State"}}},
        {"Jane Roe was married to a member of the Islamic State.", 0, {{0}},
         {{"Jane Roe", "member_of", "Islamic State"}}},
        {"Abu Khawla is not a member of the Hamza Division.", 0, {{0}},
         {{"Abu Khawla", "member_of", "Hamza Division"}}},
        /* a role of another clause */
        {"Devlet Bahceli, an ally of Recep Tayyip Erdogan, said that PKK leader Abdullah Ocalan could speak.",
         2, {{"Abdullah Ocalan", "member_of", "Kurdistan Workers' Party"}},
         {{"Recep Tayyip Erdogan", "member_of", "Kurdistan Workers' Party"}}},
        {"An SDF commander who knew Heval Zagros said the town had fallen.", 0, {{0}},
         {{"Heval Zagros", "member_of", "Syrian Democratic Forces"}}},
        /* held: a person held, no holder; not a stay */
        {"Jane Roe, now held in Roj camp, wants to go home.", 1,
         {{"Jane Roe", "held_in", "Roj camp"}}, {{"Jane Roe", "controls", "Roj camp"}}},
        {"The SDF released prisoners from Ghwayran prison.", 0, {{0}},
         {{"Syrian Democratic Forces", "held_in", "Ghwayran prison"}}},
        {"The SDF remained in Raqqa for months.", 0, {{0}},
         {{"Syrian Democratic Forces", "held_in", "Raqqa"}}},
    };
    CHECK_CASES(state, cases);
}

/* "NAME, 31, an apposition": the age aside passed over. */
static void test_member_of_age_aside(void **state)
{
    static const rel_case cases[] = {
        {"Sara Khalil, 29, a Dutch woman who joined the Islamic State, was repatriated.", 1,
         {{"Sara Khalil", "member_of", "Islamic State"}}, {{0}}},
        {"Sipan Hemo, 48, the YPG commander, visited the front.", 1,
         {{"Sipan Hemo", "member_of", "People's Protection Units"}}, {{0}}},
        {"Nouri Mahmoud, 35, a spokesman for the YPG, denied the report.", 1,
         {{"Nouri Mahmoud", "member_of", "People's Protection Units"}}, {{0}}},
        /* negative: the age, then the clause's verb */
        {"Sara Khalil, 29, said the Islamic State had killed her husband.", 0, {{0}},
         {{"Sara Khalil", "member_of", "Islamic State"}}},
    };
    CHECK_CASES(state, cases);
}

/* Who did an attack, by the noun: a name modifying it past "air" or
 * "drone", "claimed by A", "blamed on A", "carried out by A", "A claimed
 * the bombing, which killed B", "C blamed A for"; the target of an
 * assassination is a person; subjects listed ("A and B launched an
 * offensive against C"); "A is at war with B". */
static void test_attack_owners(void **state)
{
    static const rel_case cases[] = {
        {"Abu Mohammed al-Adnani was killed in a US air strike in Aleppo province.", 1,
         {{"United States", "opposes", "Abu Mohammad al-Adnani"}},
         {{0}}},
        {"Three SDF fighters died in a Turkey drone strike near Qamishli.", 1,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"An Islamic State commander was killed in a US-led coalition air strike.", 1,
         {{"US-led coalition", "opposes", "Islamic State"}},
         {{0}}},
        {"The attack, claimed by HTS, killed three Syrian army soldiers.", 1,
         {{"Hayat Tahrir al-Sham", "opposes", "Syrian Arab Army"}},
         {{0}}},
        {"Islamic State claimed the bombing, which killed four SDF fighters in Manbij.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"The Islamic State claimed Tuesday's attack, which killed three SDF fighters.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"HTS claimed responsibility for the attack, which killed 12 Syrian army soldiers.", 1,
         {{"Hayat Tahrir al-Sham", "opposes", "Syrian Arab Army"}},
         {{0}}},
        {"The raid, carried out by the United States, killed three Islamic State commanders.", 1,
         {{"United States", "opposes", "Islamic State"}},
         {{0}}},
        {"An assassination attempt on Mazloum Abdi was blamed on Turkey.", 1,
         {{"Turkey", "opposes", "Mazloum Abdi"}},
         {{0}}},
        {"The assassination of Fuad Shukr, blamed on Israel, shook Beirut.", 1,
         {{"Israel", "opposes", "Fuad Shukr"}},
         {{0}}},
        {"Israel's assassination of Fuad Shukr shook Beirut.", 1,
         {{"Israel", "opposes", "Fuad Shukr"}},
         {{0}}},
        {"Iran blamed Israel for the assassination of Ismail Haniyeh.", 1,
         {{"Israel", "opposes", "Ismail Haniyeh"}},
         {{"Iran", "opposes", "Ismail Haniyeh"}}},
        {"Turkey was blamed for the drone strike that killed three SDF commanders.", 1,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"A suicide bombing by the Islamic State, which killed nine Syrian army soldiers, shook Damascus.", 1,
         {{"Islamic State", "opposes", "Syrian Arab Army"}},
         {{0}}},
        {"Turkey and the SNA launched an offensive against the SDF.", 2,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}, {"Syrian National Army", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"The SDF and the US-led coalition kept up their attacks on Islamic State positions.", 2,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}, {"US-led coalition", "opposes", "Islamic State"}},
         {{0}}},
        {"Russia and the Syrian army began a new offensive on HTS in 2019.", 2,
         {{"Russia", "opposes", "Hayat Tahrir al-Sham"}, {"Syrian Arab Army", "opposes", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"Turkey is at war with the PKK.", 1,
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
        {"Israel has been at war with Hezbollah since October.", 1,
         {{"Israel", "opposes", "Hezbollah"}},
         {{0}}},
        {"Turkey's decades-long war with the PKK has killed 40,000 people.", 1,
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* No attacker in the one who condemns, mourns, or denies an attack, nor
 * in the one who blames it on another; an attack noun that is the object
 * of a preposition or before a participle's comma leaves the subject. */
static void test_attack_owners_negative(void **state)
{
    static const rel_case cases[] = {
        {"Turkey condemned the attack, which killed five SDF fighters.", 0,
         {{0}},
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}},
        {"HTS did not claim the attack, which killed 12 Syrian army soldiers.", 0,
         {{0}},
         {{"Hayat Tahrir al-Sham", "opposes", "Syrian Arab Army"}}},
        {"Turkey condemned the attack on the SDF.", 0,
         {{0}},
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}},
        {"Turkey condemned the assassination attempt on Mazloum Abdi.", 0,
         {{0}},
         {{"Turkey", "opposes", "Mazloum Abdi"}}},
        {"The United States condemned the assassination of Hezbollah commander Fuad Shukr.", 1,
         {{0}},
         {{"United States", "opposes", "Fuad Shukr"}, {"United States", "opposes", "Hezbollah"}}},
        {"Hezbollah vowed revenge for the assassination of Fuad Shukr.", 0,
         {{0}},
         {{"Hezbollah", "opposes", "Fuad Shukr"}}},
        {"Turkey blamed the attack on the PKK.", 0,
         {{0}},
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}}},
        {"The SDF repelled an attack on its positions by the Islamic State.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}}},
        {"The SDF, backed by coalition air strikes, killed 20 Islamic State fighters.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"The SDF pressed its offensive, killing dozens of Islamic State fighters.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Two days after the bombing, HTS attacked Syrian army positions.", 1,
         {{"Hayat Tahrir al-Sham", "opposes", "Syrian Arab Army"}},
         {{0}}},
        {"The SDF stepped up its attacks, which killed dozens of Islamic State fighters.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Turkey said the air strike killed 20 PKK fighters.", 0,
         {{0}},
         {{"Turkey", "opposes", "Kurdistan Workers' Party"}}},
        {"Russia is at war with Ukraine, not with Turkey.", 1,
         {{0}},
         {{"Russia", "opposes", "Turkey"}}},
        {"Turkey and the SDF are no longer at war with each other.", 0,
         {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Backers written as nouns ("its backers A and C", "B's main backer, A",
 * "A and C, the main backers of B", "B's patron A", "B's proxy A"), a
 * faction fighting inside, under the banner of or on the side of another,
 * "provided air cover for B", "with A's air cover". */
static void test_supports_backers(void **state)
{
    static const rel_case cases[] = {
        {"The Syrian government and its backers Russia and Iran rejected the plan.", 2,
         {{"Russia", "supports", "Syrian government"}, {"Iran", "supports", "Syrian government"}},
         {{0}}},
        {"The Syrian government's main backer, Russia, vetoed the resolution.", 1,
         {{"Russia", "supports", "Syrian government"}},
         {{0}}},
        {"Russia, the Syrian government's main backer, vetoed the resolution.", 1,
         {{"Russia", "supports", "Syrian government"}},
         {{0}}},
        {"Russia, the main backer of the Syrian government, vetoed the resolution.", 1,
         {{"Russia", "supports", "Syrian government"}},
         {{0}}},
        {"Iran, a key sponsor of Hezbollah, denied the report.", 1,
         {{"Iran", "supports", "Hezbollah"}},
         {{0}}},
        {"Hezbollah's patron Iran denied the report.", 1,
         {{"Iran", "supports", "Hezbollah"}},
         {{0}}},
        {"Turkey, the SNA's backer, denied the report.", 1,
         {{"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
        {"Qatar and Turkey, the main backers of HTS, denied it.", 2,
         {{"Qatar", "supports", "Hayat Tahrir al-Sham"}, {"Turkey", "supports", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"The Sultan Murad Division, a brigade fighting inside the SNA, shelled the village.", 1,
         {{"Sultan Murad Division", "supports", "Syrian National Army"}},
         {{0}}},
        {"The Hamza Division, which fights within the Syrian National Army, took the town.", 1,
         {{"Hamza Division", "supports", "Syrian National Army"}},
         {{0}}},
        {"The Hamza Division fights under the banner of the Syrian National Army.", 1,
         {{"Hamza Division", "supports", "Syrian National Army"}},
         {{0}}},
        {"Jaish al-Islam fought under the umbrella of the Free Syrian Army.", 1,
         {{"Jaysh al-Islam", "supports", "Free Syrian Army"}},
         {{0}}},
        {"Hezbollah fought on the side of the Syrian army.", 1,
         {{"Hezbollah", "supports", "Syrian Arab Army"}},
         {{0}}},
        {"Russia provided air cover for the Syrian army's advance on Palmyra.", 1,
         {{"Russia", "supports", "Syrian Arab Army"}},
         {{0}}},
        {"The Syrian army, with Russia's air cover, retook Palmyra.", 2,
         {{"Russia", "supports", "Syrian Arab Army"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not a place fought in, not a negated backing; what the rules above
 * must keep or leave alone. */
static void test_supports_backers_negative(void **state)
{
    static const rel_case cases[] = {
        {"The SDF fought inside Raqqa against the Islamic State.", 1,
         {{0}},
         {{"Syrian Democratic Forces", "supports", "Raqqa"}}},
        {"The PKK fights within Turkey and Iraq.", 0,
         {{0}},
         {{"Kurdistan Workers' Party", "supports", "Turkey"}}},
        {"Hezbollah fought on the side of the Syrian army against the rebels.", 1,
         {{"Hezbollah", "supports", "Syrian Arab Army"}},
         {{"Hezbollah", "opposes", "Syrian Arab Army"}}},
        {"The Hamza Division, which fights within the Syrian National Army, took the town.", 1,
         {{0}},
         {{"Hamza Division", "opposes", "Syrian National Army"}}},
        {"Russia is not the main backer of the Syrian government.", 0,
         {{0}},
         {{"Russia", "supports", "Syrian government"}}},
        {"The US provided no support for the SNA.", 0,
         {{0}},
         {{"United States", "supports", "Syrian National Army"}}},
        {"Turkey provided cover for the attack on the SDF.", 1,
         {{0}},
         {{"Turkey", "supports", "Syrian Democratic Forces"}}},
        {"The SDF and its backers deny that Turkey is a target.", 0,
         {{0}},
         {{"Turkey", "supports", "Syrian Democratic Forces"}}},
        {"The Syrian army, with Russia's help, retook Palmyra.", 2,
         {{"Russia", "supports", "Syrian Arab Army"}},
         {{0}}},
        {"HTS fought under Abu Mohammad al-Julani against the Syrian army.", 0,
         {{0}},
         {{"Hayat Tahrir al-Sham", "supports", "Abu Mohammad al-Julani"}}},
        {"The SNA fighters, with Turkey's artillery support, attacked the SDF.", 2,
         {{"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
        {"Turkey, the SNA's main backer, and the SDF clashed in Ain Issa.", 1,
         {{"Turkey", "supports", "Syrian National Army"}},
         {{"Syrian National Army", "supports", "Turkey"}}},
        {"The United States, the SDF's main backer, struck Iranian-backed militias.", 1,
         {{"United States", "supports", "Syrian Democratic Forces"}},
         {{0}}},
        {"Iran's proxy Hezbollah and Russia's ally Syria met.", 2,
         {{"Iran", "supports", "Hezbollah"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* member_of for people: a chain of role words ("general commander of
 * ORG"); the subject of "join", "fight for", "pledge/swear allegiance
 * to" wherever the verb stands in the clause. */
static void test_member_of_joined(void **state)
{
    static const rel_case cases[] = {
        {"Mazloum Abdi, general commander of the SDF, met the envoy.", 1,
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Farhad Shami, deputy leader of the SDF media office, said the attack failed.", 1,
         {{"Farhad Shami", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Omar Haddad fought for the Islamic State in Raqqa.", 1,
         {{"Omar Haddad", "member_of", "Islamic State"}},
         {{0}}},
        {"Omar Haddad, who fought for the Islamic State, was released.", 1,
         {{"Omar Haddad", "member_of", "Islamic State"}},
         {{0}}},
        {"Omar Haddad, who had pledged allegiance to the Islamic State, was released.", 1,
         {{"Omar Haddad", "member_of", "Islamic State"}},
         {{0}}},
        {"Omar Haddad travelled to Syria in 2014 to join the Islamic State.", 2,
         {{"Omar Haddad", "member_of", "Islamic State"}},
         {{0}}},
        {"Jane Roe left Britain in 2015 and later joined the Islamic State.", 1,
         {{"Jane Roe", "member_of", "Islamic State"}},
         {{0}}},
        {"Karim Haddad swore allegiance to HTS in 2017.", 1,
         {{"Karim Haddad", "member_of", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"Karim Haddad fought for the Free Syrian Army until 2016.", 1,
         {{"Karim Haddad", "member_of", "Free Syrian Army"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not someone urged to join, a relative who joined, another subject,
 * a negated join; not the wife, mother or widow of a fighter. */
static void test_member_of_joined_negative(void **state)
{
    static const rel_case cases[] = {
        {"Omar Haddad refused to join the Islamic State.", 0,
         {{0}},
         {{"Omar Haddad", "member_of", "Islamic State"}}},
        {"Omar Haddad joined Turkey in condemning the attack.", 0,
         {{0}},
         {{"Omar Haddad", "member_of", "Turkey"}}},
        {"Omar Haddad fought for years against the Islamic State.", 0,
         {{0}},
         {{"Omar Haddad", "member_of", "Islamic State"}}},
        {"Jane Roe, the mother of an SDF fighter, spoke to reporters.", 0,
         {{0}},
         {{"Jane Roe", "member_of", "Syrian Democratic Forces"}}},
        {"Mustafa Bali said the SDF fought for the Kurds.", 0,
         {{0}},
         {{"Mustafa Bali", "member_of", "Syrian Democratic Forces"}}},
        {"Karim Haddad, whose son joined the Islamic State, was arrested.", 0,
         {{0}},
         {{"Karim Haddad", "member_of", "Islamic State"}}},
        {"Omar Haddad urged young men not to join the Islamic State.", 0,
         {{0}},
         {{"Omar Haddad", "member_of", "Islamic State"}}},
        {"Omar Haddad urged young men to join the Islamic State.", 0,
         {{0}},
         {{"Omar Haddad", "member_of", "Islamic State"}}},
        {"Mazloum Abdi called on Arab tribes to join the SDF.", 0,
         {{0}},
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}}},
        {"Mazloum Abdi said the tribes would fight for the SDF.", 0,
         {{0}},
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}}},
        {"Jane Roe, the widow of an Islamic State commander, lives in al-Hol camp.", 1,
         {{0}},
         {{"Jane Roe", "member_of", "Islamic State"}}},
        {"Omar Haddad met the Islamic State commander who joined the SDF.", 0,
         {{0}},
         {{"Omar Haddad", "member_of", "Syrian Democratic Forces"}}},
    };
    CHECK_CASES(state, cases);
}

/* The speaker as target or attacker: "A said B attacked its positions"
 * (B opposes A), "A said it had neutralised B" (A opposes B). */
static void test_opposes_speaker(void **state)
{
    static const rel_case cases[] = {
        {"Turkey said the SDF attacked its positions near Tal Abyad.", 1,
         {{"Syrian Democratic Forces", "opposes", "Turkey"}},
         {{0}}},
        {"The SDF said Islamic State cells attacked its checkpoints.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"Russia says HTS drones targeted its troops.", 1,
         {{"Hayat Tahrir al-Sham", "opposes", "Russia"}},
         {{0}}},
        {"Hezbollah said Israel had struck its positions.", 1,
         {{"Israel", "opposes", "Hezbollah"}},
         {{0}}},
        {"The PKK said Turkish Armed Forces jets bombed their camps in Qandil.", 1,
         {{"Turkish Armed Forces", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
        {"Turkey's defence ministry said it had neutralised 15 PKK militants.", 1,
         {{"Turkish Ministry of National Defence", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not "its own", not a denial or a negated strike, not "A's offensive
 * ... undermined the fight against C" (A's attack is the subject, not
 * A); a pronoun agent kept. */
static void test_opposes_speaker_negative(void **state)
{
    static const rel_case cases[] = {
        {"The Iraqi Army says it killed 30 Islamic State fighters near Qaim.", 1,
         {{"Iraqi Army", "opposes", "Islamic State"}},
         {{0}}},
        {"US officials said Turkey's offensive against the SDF undermined the fight against the Islamic State.", 1,
         {{"Turkey", "opposes", "Syrian Democratic Forces"}},
         {{"Turkey", "opposes", "Islamic State"}}},
        {"Turkey said the SDF had attacked its own civilians.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Turkey"}}},
        {"Turkey denied it had struck SDF positions.", 0,
         {{0}},
         {{"Turkey", "opposes", "Syrian Democratic Forces"}}},
        {"Russia said it had not struck HTS positions.", 0,
         {{0}},
         {{"Russia", "opposes", "Hayat Tahrir al-Sham"}}},
        {"The Islamic State attacked its former allies in Raqqa.", 0,
         {{0}},
         {{0}}},
        {"The SDF said the Islamic State cells were hiding in its territory.", 0,
         {{0}},
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}}},
    };
    CHECK_CASES(state, cases);
}

/* Attacks on people: shot dead, executed, beheaded, kidnapped,
 * targeted (a person the object); "died during a raid by A", "blew
 * himself up during a US raid"; "the US operation against NAME"; "an
 * insurgency in P against B". */
static void test_opposes_people(void **state)
{
    static const rel_case cases[] = {
        {"Mustafa Bali was shot dead by Islamic State gunmen in Raqqa.", 1,
         {{"Islamic State", "opposes", "Mustafa Bali"}},
         {{0}}},
        {"Islamic State gunmen shot dead Mustafa Bali in Raqqa.", 1,
         {{"Islamic State", "opposes", "Mustafa Bali"}},
         {{0}}},
        {"The Islamic State executed 20 SDF fighters near Hajin.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"The Islamic State beheaded Kayla Mueller.", 1,
         {{"Islamic State", "opposes", "Kayla Mueller"}},
         {{0}}},
        {"Kayla Mueller was kidnapped by the Islamic State in 2013.", 1,
         {{"Islamic State", "opposes", "Kayla Mueller"}},
         {{0}}},
        {"Abu Bakr al-Baghdadi died during a raid by US special forces.", 1,
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}},
         {{0}}},
        {"Abu Bakr al-Baghdadi blew himself up during a US raid in Barisha.", 1,
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}},
         {{0}}},
        {"US forces targeted Abu Bakr al-Baghdadi in Barisha.", 1,
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}},
         {{0}}},
        {"The US operation against Abu Bakr al-Baghdadi ended in Barisha.", 1,
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}},
         {{0}}},
        {"The Islamic State has waged a low-level insurgency in Deir ez-Zor against the SDF.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not "shot footage", not a plan executed, not a house targeted, not
 * "blew up a bridge", not a negated kill, not a bystander. */
static void test_opposes_people_negative(void **state)
{
    static const rel_case cases[] = {
        {"Reuters shot footage of Islamic State fighters in Raqqa.", 0,
         {{0}},
         {{"Reuters", "opposes", "Islamic State"}}},
        {"The plan was executed by the SDF in 2017.", 0,
         {{0}},
         {{0}}},
        {"US forces targeted a house linked to Abu Bakr al-Baghdadi.", 0,
         {{0}},
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}}},
        {"The UN condemned the campaign against Mazloum Abdi.", 0,
         {{0}},
         {{"United Nations", "opposes", "Mazloum Abdi"}}},
        {"Mustafa Bali said the Islamic State shot dead two SDF fighters.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{"Mustafa Bali", "opposes", "Syrian Democratic Forces"}}},
        {"Abu Bakr al-Baghdadi blew up a bridge during a US raid.", 0,
         {{0}},
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}}},
        {"Abu Bakr al-Baghdadi was not killed in a US raid.", 0,
         {{0}},
         {{"United States", "opposes", "Abu Bakr al-Baghdadi"}}},
        {"Protests against Bashar al-Assad spread in 2011.", 0,
         {{0}},
         {{"Bashar al-Assad", "opposes", "Bashar al-Assad"}}},
        {"The SDF kidnapped nobody, Mustafa Bali said.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Mustafa Bali"}}},
        {"Turkey shot down a Syrian Arab Army helicopter over Idlib.", 1,
         {{"Turkey", "opposes", "Syrian Arab Army"}},
         {{0}}},
        {"Hezbollah fighters executed a plan drawn up by Iran.", 0,
         {{0}},
         {{"Hezbollah", "opposes", "Iran"}}},
    };
    CHECK_CASES(state, cases);
}

/* A partner against a common enemy: "A worked with B against C", "A fought alongside B against C", "in partnership with B in the fight against C": A backs B, both fight C (i21r) */
static void test_partner_common_enemy(void **state)
{
    static const rel_case cases[] = {
        {"US forces work with the SDF against the Islamic State in eastern Syria.", 3,
         {{"United States", "supports", "Syrian Democratic Forces"}, {"United States", "opposes", "Islamic State"}, {"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Turkish troops fought alongside the Syrian National Army against the YPG in 2018.", 1,
         {{"Syrian National Army", "opposes", "People's Protection Units"}},
         {{0}}},
        {"In 2017 the United States partnered with the Syrian Democratic Forces against ISIS.", 3,
         {{"United States", "supports", "Syrian Democratic Forces"}, {"United States", "opposes", "Islamic State"}, {"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Iran cooperated with Hezbollah against the Nusra Front near Qusayr.", 3,
         {{"Iran", "supports", "Hezbollah"}, {"Iran", "opposes", "Nusra Front"}, {"Hezbollah", "opposes", "Nusra Front"}},
         {{0}}},
        {"Hezbollah fighters battled Nusra Front alongside the Syrian army in 2015.", 3,
         {{"Hezbollah", "supports", "Syrian Arab Army"}, {"Hezbollah", "opposes", "Nusra Front"}, {"Syrian Arab Army", "opposes", "Nusra Front"}},
         {{0}}},
        {"France has worked closely with the SDF in the fight against Islamic State since 2015.", 3,
         {{"France", "supports", "Syrian Democratic Forces"}, {"France", "opposes", "Islamic State"}, {"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"The SDF, which works with the US-led coalition against Islamic State, said on Monday the attack failed.", 3,
         {{"Syrian Democratic Forces", "supports", "US-led coalition"}, {"Syrian Democratic Forces", "opposes", "Islamic State"}, {"US-led coalition", "opposes", "Islamic State"}},
         {{0}}},
        {"Since 2014 the Peshmerga have cooperated closely with the United States in the campaign against Islamic State.", 3,
         {{"Peshmerga", "supports", "United States"}, {"Peshmerga", "opposes", "Islamic State"}, {"United States", "opposes", "Islamic State"}},
         {{0}}},
        {"Russian jets and Hezbollah fought alongside the Syrian army against Nusra Front in 2016.", 3,
         {{"Hezbollah", "supports", "Syrian Arab Army"}, {"Syrian Arab Army", "opposes", "Nusra Front"}, {"Hezbollah", "opposes", "Nusra Front"}},
         {{0}}},
        {"The coalition worked in partnership with the SDF against Islamic State in Raqqa.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not without an actor as the enemy, not negated, not a partner of another clause */
static void test_partner_common_enemy_negative(void **state)
{
    static const rel_case cases[] = {
        {"Turkey worked with Russia on a ceasefire in Idlib.", 0,
         {{0}},
         {{"Turkey", "supports", "Russia"}, {"Russia", "supports", "Turkey"}}},
        {"The United States worked with Turkey against the wishes of the SDF.", 0,
         {{0}},
         {{"United States", "opposes", "Syrian Democratic Forces"}, {"Turkey", "opposes", "Syrian Democratic Forces"}, {"United States", "supports", "Turkey"}}},
        {"Turkey coordinated with Russia against the backdrop of the Islamic State collapse.", 0,
         {{0}},
         {{"Turkey", "opposes", "Islamic State"}, {"Russia", "opposes", "Islamic State"}, {"Turkey", "supports", "Russia"}}},
        {"Turkey did not work with the SDF against Islamic State.", 0,
         {{0}},
         {{"Turkey", "supports", "Syrian Democratic Forces"}, {"Turkey", "opposes", "Islamic State"}, {"Syrian Democratic Forces", "opposes", "Islamic State"}}},
        {"The United States works with Turkey, which opposes the YPG.", 0,
         {{0}},
         {{"United States", "opposes", "People's Protection Units"}, {"United States", "supports", "Turkey"}}},
        {"Iraq worked with Iran against sanctions imposed by the United States.", 0,
         {{0}},
         {{"Iraq", "opposes", "United States"}, {"Iran", "opposes", "United States"}, {"Iraq", "supports", "Iran"}}},
    };
    CHECK_CASES(state, cases);
}

/* moved_to by withdrawal: "pulled back to P", "fell back towards P", "pulled out of the city towards P", "withdrew from the town to P": the destination (i21r) */
static void test_moved_to_withdrawal(void **state)
{
    static const rel_case cases[] = {
        {"The fighters of Hamza Division pulled out of the city towards Azaz.", 1,
         {{"Hamza Division", "moved_to", "Azaz"}},
         {{0}}},
        {"The YPG pulled back to Kobani in October 2019.", 1,
         {{"People's Protection Units", "moved_to", "Kobani"}},
         {{0}}},
        {"The Nusra Front fell back towards Idlib after losing Aleppo.", 1,
         {{"Nusra Front", "moved_to", "Idlib"}},
         {{0}}},
        {"The SNA factions withdrew from the town to Jarablus in 2019.", 1,
         {{"Syrian National Army", "moved_to", "Jarablus"}},
         {{0}}},
        {"Hezbollah fighters fell back to Qusayr under heavy fire.", 1,
         {{"Hezbollah", "moved_to", "Qusayr"}},
         {{0}}},
        {"The SDF pulled its forces back to Hasakah in 2019.", 1,
         {{"Syrian Democratic Forces", "moved_to", "Hasakah"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not the place left, not "to the dismay of A", not "P fell to A"; not the one who urges, helps or forces others to return, nor who returns something */
static void test_moved_to_withdrawal_negative(void **state)
{
    static const rel_case cases[] = {
        {"The YPG pulled out of Manbij.", 0,
         {{0}},
         {{"People's Protection Units", "moved_to", "Manbij"}}},
        {"Hezbollah pulled out of the talks to the dismay of Iran.", 0,
         {{0}},
         {{"Hezbollah", "moved_to", "Iran"}}},
        {"Raqqa fell to the SDF in October 2017.", 1,
         {{0}},
         {{"Raqqa", "moved_to", "Syrian Democratic Forces"}, {"Syrian Democratic Forces", "moved_to", "Raqqa"}}},
        {"The Syrian army pulled out of Palmyra to the relief of Islamic State.", 0,
         {{0}},
         {{"Syrian Arab Army", "moved_to", "Palmyra"}}},
        {"Islamic State fell from power in Mosul in 2017.", 0,
         {{0}},
         {{"Islamic State", "moved_to", "Mosul"}}},
        {"Turkey said it would help refugees return to Syria.", 0,
         {{0}},
         {{"Turkey", "moved_to", "Syria"}}},
        {"Lebanon has deported hundreds of refugees, forcing them to return to Syria.", 0,
         {{0}},
         {{"Lebanon", "moved_to", "Syria"}}},
        {"Denmark revoked permits, telling refugees to return to Damascus.", 0,
         {{0}},
         {{"Denmark", "moved_to", "Damascus"}}},
        {"Turkey returned the bodies to Syria on Monday.", 0,
         {{0}},
         {{"Turkey", "moved_to", "Syria"}}},
        {"The SDF agreed to return dozens of Iraqi detainees to Iraq.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Iraq"}}},
        {"The SDF was pulled into a war with Turkey in Afrin.", 1,
         {{0}},
         {{"Syrian Democratic Forces", "moved_to", "Turkey"}}},
    };
    CHECK_CASES(state, cases);
}

/* Slash names of two groups ("PKK/YPG", "SNA/FSA"): each name gets every
 * relation the pair's place gives, as subject and as object, for the
 * actor and the place families. */
static void test_slash_pairs(void **state)
{
    static const rel_case cases[] = {
        {"The YPG/PKK has held Tal Rifaat and Manbij since 2016.", 4,
         {{"People's Protection Units", "controls", "Tal Rifaat"},
          {"Kurdistan Workers' Party", "controls", "Manbij"}},
         {{0}}},
        {"Hundreds of militants of the PKK/YPG fled to Tabqa after the assault.", 2,
         {{"People's Protection Units", "moved_to", "Tabqa"},
          {"Kurdistan Workers' Party", "moved_to", "Tabqa"}},
         {{0}}},
        {"The Syrian National Army liberates Tal Rifaat from PKK/YPG terrorists.", 3,
         {{"Syrian National Army", "captured", "Tal Rifaat"},
          {"Syrian National Army", "opposes", "People's Protection Units"},
          {"Syrian National Army", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
        {"The US-backed YPG/PKK seized Raqqa from Daesh in 2017.", 6,
         {{"People's Protection Units", "captured", "Raqqa"},
          {"Kurdistan Workers' Party", "captured", "Raqqa"},
          {"United States", "supports", "Kurdistan Workers' Party"}},
         {{0}}},
        {"Turkish troops and allied Syrian rebels entered YPG/PKK-held Tal Rifaat on Sunday.", 2,
         {{"People's Protection Units", "controls", "Tal Rifaat"},
          {"Kurdistan Workers' Party", "controls", "Tal Rifaat"}},
         {{0}}},
        {"The SNA/FSA captured Ras al-Ain from the SDF in October 2019.", 4,
         {{"Syrian National Army", "opposes", "Syrian Democratic Forces"},
          {"Free Syrian Army", "opposes", "Syrian Democratic Forces"},
          {"Free Syrian Army", "captured", "Ras al-Ain"}},
         {{0}}},
        {"Clashes erupted between the FSA/SNA and the YPG/PKK near Azaz.", 4,
         {{"Free Syrian Army", "opposes", "People's Protection Units"},
          {"Syrian National Army", "opposes", "Kurdistan Workers' Party"}},
         {{0}}},
        {"Ankara says it has attacked the PYD/YPG in Afrin, a claim the PYD/YPG denied.", 2,
         {{"Turkey", "opposes", "Democratic Union Party"},
          {"Turkey", "opposes", "People's Protection Units"}},
         {{"Democratic Union Party", "opposes", "People's Protection Units"}}},
    };
    CHECK_CASES(state, cases);
}

/* The two names of a pair state nothing of each other; one name written
 * two ways ("ISIS/Daesh") is one entity; a slash between places of no
 * relation gives none. */
static void test_slash_pairs_negative(void **state)
{
    static const rel_case cases[] = {
        {"Turkey considers the PYD/YPG a terrorist group and has fought the PYD/YPG since 2016.", 0,
         {{0}},
         {{"Democratic Union Party", "opposes", "People's Protection Units"},
          {"People's Protection Units", "opposes", "Democratic Union Party"}}},
        {"The SDF/YPG, which Washington backs, fought the SDF/YPG's rivals.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "People's Protection Units"}}},
        {"The YPG/PKK attacked the YPG/PKK's former allies in Afrin.", 0,
         {{0}},
         {{"People's Protection Units", "opposes", "Kurdistan Workers' Party"}}},
        {"The PYD/YPG and the PKK are the same organisation, Turkey says.", 0,
         {{0}},
         {{"Democratic Union Party", "opposes", "Kurdistan Workers' Party"}}},
        {"ISIS/Daesh militants captured Palmyra in May 2015.", 1,
         {{"Islamic State", "captured", "Palmyra"}},
         {{0}}},
        {"Daesh/ISIS fighters attacked the SDF in Deir ez-Zor/Deir Ezzor.", 1,
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}},
         {{0}}},
        {"Fighting raged along the Iraq/Syria border as ISIS retreated to Baghuz.", 1,
         {{"Islamic State", "moved_to", "Baghuz"}},
         {{"Islamic State", "moved_to", "Syria"}}},
        {"The PYD/YPG accused the SDF of shelling Afrin.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Democratic Union Party"}}},
    };
    CHECK_CASES(state, cases);
}

/* member_of by a role whose organisation is a modifier ("a YPG press
 * officer"), a pronoun ("its jailed founder NAME": the organisation named
 * before) or a noun of groups ("NAME, the group's spokesman"). */
static void test_member_of_role_owner(void **state)
{
    static const rel_case cases[] = {
        {"Nuri Mahmoud, a YPG press officer reached by telephone in Qamishli, said the attack was repelled.", 1,
         {{"Nouri Mahmoud", "member_of", "People's Protection Units"}},
         {{0}}},
        {"The PKK ended its armed struggle after a call by its jailed founder Abdullah Ocalan.", 1,
         {{"Abdullah Ocalan", "member_of", "Kurdistan Workers' Party"}},
         {{0}}},
        {"The SDF denied the report, said Farhad Shami, the group's spokesman.", 1,
         {{"Farhad Shami", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Hezbollah said in a statement that its commander Fuad Shukr had been killed.", 1,
         {{"Fuad Shukr", "member_of", "Hezbollah"}},
         {{0}}},
        {"Hayat Tahrir al-Sham named Anas Khattab, the group's intelligence chief, as head of the new agency.", 1,
         {{"Anas Khattab", "member_of", "Hayat Tahrir al-Sham"}},
         {{0}}},
        {"The Islamic State confirmed the death of its spokesman Abu Mohammad al-Adnani.", 1,
         {{"Abu Mohammad al-Adnani", "member_of", "Islamic State"}},
         {{0}}},
        {"The Kurdish-led SDF said its commander Mazloum Abdi had met US officials.", 1,
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Jaish al-Islam agreed to leave Douma, according to Mohammed Alloush, the movement's political chief.", 1,
         {{"Mohammed Alloush", "member_of", "Jaysh al-Islam"}},
         {{0}}},
        {"Hezbollah fighters crossed into Qusayr, where its senior commander Mustafa Badreddine led the assault.", 2,
         {{"Mustafa Badreddine", "member_of", "Hezbollah"}},
         {{0}}},
        {"Ahrar al-Sham lost Hassan Aboud, its founding leader, in a 2014 bombing.", 1,
         {{"Hassan Aboud", "member_of", "Ahrar al-Sham"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not someone held or named by the organisation, not a state's official
 * ("Turkey said its intelligence chief"), not a word that is no role
 * ("its former ally and head of ..."). */
static void test_member_of_role_owner_negative(void **state)
{
    static const rel_case cases[] = {
        {"The SDF said its fighters had captured Abu Omar in Hajin.", 1,
         {{0}},
         {{"Abu Omar", "member_of", "Syrian Democratic Forces"}}},
        {"Turkey said its intelligence chief Ibrahim Kalin met Ahmed al-Sharaa in Damascus.", 0,
         {{0}},
         {{"Ibrahim Kalin", "member_of", "Hayat Tahrir al-Sham"}}},
        {"The SDF handed Jane Roe, the group's prisoner, to Canada.", 0,
         {{0}},
         {{"Jane Roe", "member_of", "Syrian Democratic Forces"}}},
        {"The SDF said its spokesman did not name Abu Omar.", 0,
         {{0}},
         {{"Abu Omar", "member_of", "Syrian Democratic Forces"}}},
        {"The SDF arrested Abu Khawla, the group's former ally and head of the Deir ez-Zor Military Council.", 0,
         {{0}},
         {{"Ahmad Abu Khawla", "member_of", "Syrian Democratic Forces"}}},
    };
    CHECK_CASES(state, cases);
}

/* opposes by a body that exists to fight ("leads the coalition against
 * B", "part of the US mission against B"), by a commander ("forces under
 * NAME crushed B"), by the one behind an uprising ("crushed an uprising by
 * B", "an uprising by B was crushed by A"), by "cleared P of B". */
static void test_opposes_against_bodies(void **state)
{
    static const rel_case cases[] = {
        {"The United States leads the coalition against the Islamic State.", 1,
         {{"United States", "opposes", "Islamic State"}},
         {{0}}},
        {"The Pentagon said the raid was part of the US mission against ISIS.", 1,
         {{"United States", "opposes", "Islamic State"}},
         {{0}}},
        {"Denmark joined the international alliance against the Islamic State in 2014.", 1,
         {{"Denmark", "opposes", "Islamic State"}},
         {{0}}},
        {"The SDF is part of the coalition against the Islamic State.", 1,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Iran's struggle against Israel has shaped Hezbollah.", 1,
         {{"Iran", "opposes", "Israel"}},
         {{0}}},
        {"Forces under Bashar al-Assad crushed an uprising by the Muslim Brotherhood in Hama.", 1,
         {{"Bashar al-Assad", "opposes", "Muslim Brotherhood"}},
         {{0}}},
        {"Troops under General Suheil al-Hassan routed the Islamic State near Palmyra.", 1,
         {{"Suheil al-Hassan", "opposes", "Islamic State"}},
         {{0}}},
        {"Militias under Qassem Soleimani attacked US forces.", 1,
         {{"Qassem Soleimani", "opposes", "United States"}},
         {{0}}},
        {"An uprising by the Muslim Brotherhood was crushed by the Syrian army in 1982.", 1,
         {{"Syrian Arab Army", "opposes", "Muslim Brotherhood"}},
         {{0}}},
        {"Hezbollah fighters crushed a revolt by Nusra Front militants in Arsal, Lebanese officials said.", 1,
         {{"Hezbollah", "opposes", "Nusra Front"}},
         {{0}}},
        {"The SDF cleared Hajin of Islamic State fighters in December 2018.", 2,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}, {"Syrian Democratic Forces", "captured", "Hajin"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not one who criticises or opposes such a body, not a coalition's own
 * name, not areas or refugees "under" someone, not an uprising no actor
 * made. */
static void test_opposes_against_bodies_negative(void **state)
{
    static const rel_case cases[] = {
        {"Turkey opposed the formation of an alliance against Bashar al-Assad.", 0,
         {{0}},
         {{"Turkey", "opposes", "Bashar al-Assad"}}},
        {"Russia criticised the coalition against the Islamic State.", 0,
         {{0}},
         {{"Russia", "opposes", "Islamic State"}}},
        {"A prisoners' uprising in Sinaa prison was crushed by the SDF.", 0,
         {{0}},
         {{0}}},
        {"Areas under Bashar al-Assad were shelled by the rebels.", 0,
         {{0}},
         {{0}}},
        {"The SDF said an escape attempt by Islamic State prisoners was foiled by guards.", 0,
         {{0}},
         {{0}}},
        {"Refugees under United Nations protection crossed into Lebanon.", 0,
         {{0}},
         {{0}}},
        {"The International Coalition against the Islamic State said it had struck Hajin.", 0,
         {{0}},
         {{"US-led coalition", "opposes", "Islamic State"}}},
    };
    CHECK_CASES(state, cases);
}

/* supports said indirectly: "militias loyal to B, among them A and C",
 * "a coalition of factions armed and paid by A", "Mr Assad's ally", "was
 * supported by air strikes and special forces of A". */
static void test_supports_indirect(void **state)
{
    static const rel_case cases[] = {
        {"Iran deployed militias loyal to Tehran, among them Kataib Hezbollah and the Fatemiyoun, to Aleppo.", 2,
         {{"Kataib Hezbollah", "supports", "Iran"}, {"Liwa Fatemiyoun", "supports", "Iran"}},
         {{0}}},
        {"Fighters loyal to Ankara, including the Sultan Murad Division and the Hamza Division, entered Afrin.", 2,
         {{"Sultan Murad Division", "supports", "Turkey"}, {"Hamza Division", "supports", "Turkey"}},
         {{0}}},
        {"The SNA, a coalition of rebel factions armed and paid by Turkey, attacked Manbij.", 1,
         {{"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
        {"Russia, Mr Assad's ally, intervened in 2015.", 1,
         {{"Russia", "supports", "Bashar al-Assad"}},
         {{0}}},
        {"Iran, President Assad's closest ally, sent advisers.", 1,
         {{"Iran", "supports", "Bashar al-Assad"}},
         {{0}}},
        {"Hezbollah, Mr. Assad's most important ally, sent thousands of fighters.", 1,
         {{"Hezbollah", "supports", "Bashar al-Assad"}},
         {{0}}},
        {"The advance was led by the SDF and was supported by air strikes and special forces of the United States.", 1,
         {{"United States", "supports", "Syrian Democratic Forces"}},
         {{0}}},
        {"The assault was led by the SDF, supported by jets and drones of the US-led coalition.", 1,
         {{"US-led coalition", "supports", "Syrian Democratic Forces"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Militias from a country are not the country; forces loyal to B are
 * not the one striking them; "among the militias loyal to B" still is. */
static void test_supports_indirect_negative(void **state)
{
    static const rel_case cases[] = {
        {"Militias from Iraq and Lebanon have fought alongside the Syrian army.", 0,
         {{0}},
         {{"Lebanon", "supports", "Syrian Arab Army"}, {"Iraq", "supports", "Syrian Arab Army"}}},
        {"The US-led coalition struck a convoy of forces loyal to President Bashar al-Assad near al-Tanf.", 0,
         {{0}},
         {{"US-led coalition", "supports", "Bashar al-Assad"}}},
        {"Fighters from Afghanistan and Pakistan fought alongside Hezbollah in Aleppo.", 0,
         {{0}},
         {{"Afghanistan", "supports", "Hezbollah"}, {"Pakistan", "supports", "Hezbollah"}}},
        {"Turkish jets bombed militias loyal to the SDF near Manbij, the ministry said.", 0,
         {{0}},
         {{0}}},
        {"The offensive was supported by thousands of fighters of the SNA.", 0,
         {{0}},
         {{0}}},
        {"The United States said it was concerned about the Islamic State's resurgence in the desert.", 0,
         {{0}},
         {{"United States", "opposes", "Islamic State"}}},
        {"Kataib Hezbollah is among the militias loyal to Iran that the United States has bombed.", 1,
         {{"Kataib Hezbollah", "supports", "Iran"}},
         {{"United States", "supports", "Iran"}}},
    };
    CHECK_CASES(state, cases);
}

/* captured (brief class 3): the places that spell out a plural noun the verb took ("took P and several villages, including Q", "among them", "such as"); "P, a town that A helped (to) seize" (i21r) */
static void test_captured_spelled_out_helped(void **state)
{
    static const rel_case cases[] = {
        {"HTS took control of Afrin and several villages, including the town of Kafr Jannah.", 2,
         {{"Hayat Tahrir al-Sham", "captured", "Afrin"}, {"Hayat Tahrir al-Sham", "captured", "Kafr Jannah"}},
         {{0}}},
        {"The SDF captured dozens of villages in 2017, among them Tabqa.", 1,
         {{"Syrian Democratic Forces", "captured", "Tabqa"}},
         {{0}}},
        {"Islamic State took Palmyra and nearby towns such as al-Sukhnah.", 2,
         {{"Islamic State", "captured", "Palmyra"}, {"Islamic State", "captured", "Sukhnah"}},
         {{0}}},
        {"The SNA took Tal Abyad and Ras al-Ain and nearby villages, including Suluk, in October 2019.", 3,
         {{"Syrian National Army", "captured", "Suluk"}, {"Syrian National Army", "captured", "Ras al-Ain"}},
         {{0}}},
        {"Qusayr, a Syrian town that Hezbollah helped seize in 2013, lies near the border.", 1,
         {{"Hezbollah", "captured", "Qusayr"}},
         {{0}}},
        {"Palmyra, the ancient city that Russia helped retake in 2016, was shelled again.", 1,
         {{"Russia", "captured", "Palmyra"}},
         {{0}}},
        {"Manbij, a town which the SDF helped to capture in 2016, is contested.", 1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not another verb's places, not an attack's; "A helped defeat B" is no support of B */
static void test_captured_spelled_out_helped_negative(void **state)
{
    static const rel_case cases[] = {
        {"The United States helped defeat Islamic State in Raqqa.", 1,
         {{"United States", "opposes", "Islamic State"}},
         {{"United States", "supports", "Islamic State"}}},
        {"Manbij, which the SDF helped capture from Islamic State in 2016, is contested.", 1,
         {{"Syrian Democratic Forces", "captured", "Manbij"}},
         {{"Syrian Democratic Forces", "supports", "Islamic State"}}},
        {"Qusayr, a town that Hezbollah helped shell in 2013, lies near the border.", 0,
         {{0}},
         {{"Hezbollah", "captured", "Qusayr"}}},
        {"The SDF took Raqqa after battles in several towns, including Tabqa.", 1,
         {{0}},
         {{"Syrian Democratic Forces", "captured", "Tabqa"}}},
        {"Islamic State captured Mosul and attacked several towns, including Tal Afar.", 1,
         {{0}},
         {{"Islamic State", "captured", "Tal Afar"}}},
        {"HTS seized Idlib, and Turkey later deployed troops to several villages, including Atmeh.", 1,
         {{0}},
         {{"Hayat Tahrir al-Sham", "captured", "Atmeh"}, {"Turkey", "captured", "Atmeh"}}},
        {"Turkey condemned attacks on several towns, including Afrin.", 0,
         {{0}},
         {{"Turkey", "captured", "Afrin"}}},
        {"Iran helped arm Hezbollah.", 1,
         {{"Iran", "supports", "Hezbollah"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* opposes by a member of a body fighting B: "A is part of / a member of /
 * joined the coalition fighting B". */
static void test_opposes_body_members(void **state)
{
    static const rel_case cases[] = {
        {"France has been part of the coalition fighting the Islamic State since 2014.", 1,
         {{"France", "opposes", "Islamic State"}},
         {{0}}},
        {"Jordan is a member of the coalition fighting ISIS.", 1,
         {{"Jordan", "opposes", "Islamic State"}},
         {{0}}},
        {"Britain, a member of the coalition bombing the Islamic State, sent more jets.", 1,
         {{"United Kingdom", "opposes", "Islamic State"}},
         {{0}}},
        {"The Netherlands joined the coalition fighting the Islamic State in 2015.", 1,
         {{"Netherlands", "opposes", "Islamic State"}},
         {{0}}},
        {"Australia pulled its jets out of the alliance bombing the Islamic State, said Canada.", 0,
         {{0}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not one who criticises, speaks of or opposes the body, not its head (a
 * person: member_of's business). */
static void test_opposes_body_members_negative(void **state)
{
    static const rel_case cases[] = {
        {"Turkey criticised the coalition fighting the Islamic State.", 0,
         {{0}},
         {{"Turkey", "opposes", "Islamic State"}}},
        {"Iran said the coalition fighting the Islamic State had killed civilians.", 0,
         {{0}},
         {{"Iran", "opposes", "Islamic State"}}},
        {"Brett McGurk, head of the coalition fighting the Islamic State, visited Kobani.", 0,
         {{0}},
         {{0}}},
        {"Russia, which opposes the alliance fighting the Islamic State, sent jets.", 0,
         {{0}},
         {{"Russia", "opposes", "Islamic State"}}},
    };
    CHECK_CASES(state, cases);
}

/* controls (brief class 5): "A, which control much of north-east P" (a plural verb after a relative), "controls P's Q province" is Q (i21r) */
static void test_controls_relative_possessed(void **state)
{
    static const rel_case cases[] = {
        {"The SDF, which control much of north-east Syria, said the attack failed.", 1,
         {{"Syrian Democratic Forces", "controls", "Syria"}},
         {{0}}},
        {"The Kurdish-led SDF, which control most of Syria's northeast, rejected the plan.", 1,
         {{"Syrian Democratic Forces", "controls", "Syria"}},
         {{0}}},
        {"The rebels, who control Idlib, and HTS, which control parts of Hama, clashed.", 1,
         {{"Hayat Tahrir al-Sham", "controls", "Hama"}},
         {{0}}},
        {"HTS controls Syria's Idlib province.", 2,
         {{"Hayat Tahrir al-Sham", "controls", "Idlib"}},
         {{"Hayat Tahrir al-Sham", "controls", "Syria"}}},
    };
    CHECK_CASES(state, cases);
}

/* Not the place whose goods are held ("much of Syria's oil", "Iraq's second city"), not an aim */
static void test_controls_relative_possessed_negative(void **state)
{
    static const rel_case cases[] = {
        {"The SDF, which controls much of Syria's oil, said no.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "controls", "Syria"}}},
        {"The SDF controls much of Syria's oil and gas.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "controls", "Syria"}}},
        {"Islamic State controlled Iraq's second city, Mosul, in 2014.", 1,
         {{0}},
         {{"Islamic State", "controls", "Iraq"}}},
        {"Turkey, which wants to control the border, said no.", 0,
         {{0}},
         {{"Turkey", "controls", "Syria"}}},
        {"The SDF controls Syria's northeast.", 1,
         {{"Syrian Democratic Forces", "controls", "Syria"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* supports (brief class 2): "A bankrolled B", "which bankrolls B", "the A-bankrolled B" (i21r) */
static void test_supports_bankrolled(void **state)
{
    static const rel_case cases[] = {
        {"Qatar bankrolled Ahrar al-Sham for years.", 1,
         {{"Qatar", "supports", "Ahrar al-Sham"}},
         {{0}}},
        {"Iran has long bankrolled Hezbollah and the Fatemiyoun.", 2,
         {{"Iran", "supports", "Hezbollah"}},
         {{0}}},
        {"Turkey, which bankrolls the Syrian National Army, denied the report.", 1,
         {{"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
        {"The US-bankrolled SDF took Raqqa.", 2,
         {{"United States", "supports", "Syrian Democratic Forces"}, {"Syrian Democratic Forces", "captured", "Raqqa"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not denied */
static void test_supports_bankrolled_negative(void **state)
{
    static const rel_case cases[] = {
        {"Qatar denied it had bankrolled Ahrar al-Sham.", 0,
         {{0}},
         {{"Qatar", "supports", "Ahrar al-Sham"}}},
    };
    CHECK_CASES(state, cases);
}

/* member_of through a plural possessive: "a commander of the rebels'
 * Military Operations Command" (the apostrophe is no quotation); not a
 * quoted name, not a place of the rebels' near an organisation. */
static void test_member_of_plural_possessive(void **state)
{
    static const rel_case cases[] = {
        {"Hassan Hamadeh, a commander of the rebels' Military Operations Command, said the offensive had begun.", 1,
         {{"Hassan Hamadeh", "member_of", "Military Operations Command"}},
         {{0}}},
        {"Abu Omar, a spokesman for the factions' Fatah al-Mubin operations room, said the attack failed.", 0,
         {{0}},
         {{0}}},
        {"Abu Yahya, a member of the insurgents' Jaysh al-Fatah alliance, was killed.", 1,
         {{"Abu Yahya", "member_of", "Jaish al-Fatah"}},
         {{0}}},
        {"Hassan Hamadeh, a commander of the rebels' 'Military Operations Command', said the offensive had begun.", 0,
         {{0}},
         {{0}}},
        {"Hassan Hamadeh, a commander of the rebels' positions near the SDF, said the offensive had begun.", 0,
         {{0}},
         {{"Hassan Hamadeh", "member_of", "Syrian Democratic Forces"}}},
    };
    CHECK_CASES(state, cases);
}

/* The fallback for actor pairs no family typed: the cue word between two
 * actors next to each other (relation_cue.c) */
static void test_cue_pairs(void **state)
{
    static const rel_case cases[] = {
        {"Officials named the Free Syrian Army (FSA), which has fought the Islamic State for three years.", 1,
         {{"Free Syrian Army", "opposes", "Islamic State"}},
         {{0}}},
        {"Hayat Tahrir al-Sham, a rival of the Syrian National Army, has its own backers.", 1,
         {{"Hayat Tahrir al-Sham", "opposes", "Syrian National Army"}},
         {{0}}},
        {"The Nusra Front, an enemy of Hezbollah, shelled the road.", 1,
         {{"Nusra Front", "opposes", "Hezbollah"}},
         {{0}}},
        {"Abu Mohammed al-Adnani was killed in clashes with the Syrian Democratic Forces (SDF) near Hajin.", 1,
         {{"Syrian Democratic Forces", "opposes", "Abu Mohammad al-Adnani"}},
         {{0}}},
        {"Fighters of Hezbollah took part in the assault alongside the Syrian Arab Army, the Observatory said.", 1,
         {{"Hezbollah", "supports", "Syrian Arab Army"}},
         {{0}}},
        {"The Islamic State, a foe of the Taliban, claimed the bombing.", 1,
         {{"Islamic State", "opposes", "Taliban"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not across speech, truces, negation, a modal, an origin ("militias from
 * Iraq"), an aside's actor, a prepositional object, a noun's modifier, a
 * relative after the cue, a possessed party noun not naming the next */
static void test_cue_pairs_negative(void **state)
{
    static const rel_case cases[] = {
        {"The Syrian Democratic Forces said the Islamic State attacked the prison.", 0,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}}},
        {"Turkey attacked the Syrian Democratic Forces, the Pentagon said on Monday.", 1,
         {{0}},
         {{"Syrian Democratic Forces", "opposes", "Pentagon"}}},
        {"Russia and Turkey brokered a ceasefire between the Syrian army and the rebels in Idlib.", 0,
         {{0}},
         {{"Russia", "opposes", "Turkey"}}},
        {"The Islamic State did not attack Hezbollah that year.", 0,
         {{0}},
         {{"Islamic State", "opposes", "Hezbollah"}}},
        {"Militias from Iraq fought alongside the Syrian army.", 0,
         {{0}},
         {{"Iraq", "supports", "Syrian Arab Army"}}},
        {"The YPG, whose fighters were trained by the United States, lost a war against the Islamic State.", 2,
         {{0}},
         {{"United States", "opposes", "Islamic State"}}},
        {"Hezbollah, backed by Iran, attacked the Nusra Front near Arsal.", 2,
         {{0}},
         {{"Iran", "opposes", "Nusra Front"}}},
        {"Turkey, a NATO ally that considers the YPG a terrorist group, protested.", 0,
         {{0}},
         {{"NATO", "supports", "People's Protection Units"}}},
        {"The Syrian Arab Army shelled the town that Hezbollah holds.", 0,
         {{0}},
         {{"Syrian Arab Army", "opposes", "Hezbollah"}}},
        {"Jordan warned Iraq against any action that harmed Saudi Arabia.", 0,
         {{0}},
         {{"Iraq", "opposes", "Saudi Arabia"}}},
        {"The Syrian army and its allies retook the area from the Islamic State.", 0,
         {{0}},
         {{"Islamic State", "supports", "Syrian Arab Army"}}},
        {"The Islamic State lost ground in Syria after the Syrian Democratic Forces advanced.", 0,
         {{0}},
         {{"Islamic State", "opposes", "Syrian Democratic Forces"}}},
    };
    CHECK_CASES(state, cases);
}

/* The fallback's structure: an object relative ("the coalition that A
 * arms"), "A backs B against C", "fought alongside" */
static void test_cue_pairs_structure(void **state)
{
    static const rel_case cases[] = {
        {"Officials said the Syrian National Army, the rebel coalition that Turkey arms and pays, held the road.", 1,
         {{"Turkey", "supports", "Syrian National Army"}},
         {{0}}},
        {"Residents fled from the Nusra Front, the jihadist group that Hezbollah fought in Qalamoun.", 1,
         {{"Hezbollah", "opposes", "Nusra Front"}},
         {{0}}},
        {"Washington backs the Syrian Democratic Forces against Islamic State remnants in the east.", 2,
         {{"Syrian Democratic Forces", "opposes", "Islamic State"}},
         {{0}}},
        {"Russia, which has fought alongside the forces of Bashar al-Assad since 2015, sent more jets.", 1,
         {{"Russia", "supports", "Bashar al-Assad"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not a speaker after, a state listed after a locative one, a relative
 * after a preposition's object, a negated relative */
static void test_cue_pairs_structure_negative(void **state)
{
    static const rel_case cases[] = {
        {"The three groups pushed the Levant Front back across the Afrin region, said Ahrar al-Sham.", 0,
         {{0}},
         {{"Ahrar al-Sham", "opposes", "Levant Front"}}},
        {"Hamas fights within Israel and Egypt.", 0,
         {{0}},
         {{"Hamas", "opposes", "Egypt"}}},
        {"HTS is a group once linked to al-Qaeda that has fought Islamic State cells.", 1,
         {{0}},
         {{"al-Qaeda", "opposes", "Islamic State"}}},
        {"The SDF, which the United States does not arm, holds Raqqa.", 1,
         {{0}},
         {{"United States", "supports", "Syrian Democratic Forces"}}},
    };
    CHECK_CASES(state, cases);
}

/* member_of by a role: past the name's own acronym ("the SDF (SDF)
 * commander NAME"), a hyphenated role ("commander-in-chief of"), a plural
 * possessive in capitals ("the Guards' Quds Force"), "its spokesman, NAME" */
static void test_member_of_role_shapes(void **state)
{
    static const rel_case cases[] = {
        {"The Syrian Democratic Forces (SDF) commander Mazloum Abdi said the talks would go on.", 1,
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"The Islamic State named a successor weeks after the death of its spokesman, Abu Mohammad al-Adnani.", 1,
         {{"Abu Mohammad al-Adnani", "member_of", "Islamic State"}},
         {{0}}},
        {"Mazloum Abdi, the commander-in-chief of the Syrian Democratic Forces, met the envoy on Monday.", 1,
         {{"Mazloum Abdi", "member_of", "Syrian Democratic Forces"}},
         {{0}}},
        {"Reporters saw Qassem Soleimani, the head of the Guards' Quds Force, near the border.", 1,
         {{"Qassem Soleimani", "member_of", "Quds Force"}},
         {{0}}},
    };
    CHECK_CASES(state, cases);
}

/* Not a place after "its NOUN,", not a name listed after a plural */
static void test_member_of_role_shapes_negative(void **state)
{
    static const rel_case cases[] = {
        {"Hezbollah lost its stronghold, Qusayr, to the rebels.", 1,
         {{0}},
         {{"Qusayr", "member_of", "Hezbollah"}}},
        {"The Islamic State mourned its fighters, Abu Mohammad al-Adnani among them.", 0,
         {{0}},
         {{"Abu Mohammad al-Adnani", "member_of", "Islamic State"}}},
    };
    CHECK_CASES(state, cases);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_supports),
        cmocka_unit_test(test_opposes),
        cmocka_unit_test(test_captured),
        cmocka_unit_test(test_controls),
        cmocka_unit_test(test_located_in),
        cmocka_unit_test(test_member_of),
        cmocka_unit_test(test_held_in),
        cmocka_unit_test(test_moved_to),
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_lists_place_nouns),
        cmocka_unit_test(test_located_in_appositions),
        cmocka_unit_test(test_captured_anaphora),
        cmocka_unit_test(test_supports_with_support),
        cmocka_unit_test(test_member_of_titles),
        cmocka_unit_test(test_member_of_role_before_name),
        cmocka_unit_test(test_opposes_behind_nouns),
        cmocka_unit_test(test_located_in_more),
        cmocka_unit_test(test_supports_given),
        cmocka_unit_test(test_objects_elsewhere),
        cmocka_unit_test(test_lists_then),
        cmocka_unit_test(test_captured_expelled),
        cmocka_unit_test(test_captured_expelled_negative),
        cmocka_unit_test(test_controls_apposed),
        cmocka_unit_test(test_controls_apposed_negative),
        cmocka_unit_test(test_leaders_and_targets),
        cmocka_unit_test(test_leaders_and_targets_negative),
        cmocka_unit_test(test_controls_more),
        cmocka_unit_test(test_controls_more_negative),
        cmocka_unit_test(test_located_in_appositions_more),
        cmocka_unit_test(test_actor_phrasings_more),
        cmocka_unit_test(test_actor_phrasings_more_negative),
        cmocka_unit_test(test_opposes_partners),
        cmocka_unit_test(test_located_in_lists_roads),
        cmocka_unit_test(test_located_in_lists_roads_negative),
        cmocka_unit_test(test_handover_known_as_launch),
        cmocka_unit_test(test_handover_known_as_launch_negative),
        cmocka_unit_test(test_supports_fighting_backed),
        cmocka_unit_test(test_controls_possessed_seat),
        cmocka_unit_test(test_controls_possessed_seat_negative),
        cmocka_unit_test(test_controls_held_object),
        cmocka_unit_test(test_controls_held_object_negative),
        cmocka_unit_test(test_place_edges_and_objects),
        cmocka_unit_test(test_place_edges_and_objects_negative),
        cmocka_unit_test(test_relative_past_apposition),
        cmocka_unit_test(test_relative_past_apposition_negative),
        cmocka_unit_test(test_offset_anchor_relative_head),
        cmocka_unit_test(test_offset_anchor_relative_head_negative),
        cmocka_unit_test(test_controls_indirect),
        cmocka_unit_test(test_controls_indirect_negative),
        cmocka_unit_test(test_moved_to_owned_noun),
        cmocka_unit_test(test_moved_to_owned_noun_negative),
        cmocka_unit_test(test_captured_lists_and_objects),
        cmocka_unit_test(test_captured_lists_and_objects_negative),
        cmocka_unit_test(test_located_in_chains),
        cmocka_unit_test(test_located_in_chains_negative),
        cmocka_unit_test(test_located_in_quarters),
        cmocka_unit_test(test_located_in_described),
        cmocka_unit_test(test_located_in_where),
        cmocka_unit_test(test_located_in_described_negative),
        cmocka_unit_test(test_controls_apposed_passive),
        cmocka_unit_test(test_place_other_objects_negative),
        cmocka_unit_test(test_subject_before_apposition),
        cmocka_unit_test(test_captured_possessed),
        cmocka_unit_test(test_controls_said_indirectly),
        cmocka_unit_test(test_controls_said_indirectly_negative),
        cmocka_unit_test(test_moved_to_convoys_and_men),
        cmocka_unit_test(test_moved_to_convoys_and_men_negative),
        cmocka_unit_test(test_place_province_and_backer),
        cmocka_unit_test(test_place_province_and_backer_negative),
        cmocka_unit_test(test_controls_compound_list),
        cmocka_unit_test(test_controls_compound_list_negative),
        cmocka_unit_test(test_controls_area_nouns),
        cmocka_unit_test(test_controls_area_nouns_negative),
        cmocka_unit_test(test_controls_here),
        cmocka_unit_test(test_controls_here_negative),
        cmocka_unit_test(test_negative),
        cmocka_unit_test(test_event_battle),
        cmocka_unit_test(test_event_siege),
        cmocka_unit_test(test_event_air_strike),
        cmocka_unit_test(test_event_offensive),
        cmocka_unit_test(test_event_attack_and_capture),
        cmocka_unit_test(test_event_convoy),
        cmocka_unit_test(test_event_evacuation),
        cmocka_unit_test(test_event_surrender_release_repatriation),
        cmocka_unit_test(test_event_negative),
        cmocka_unit_test(test_date_year_from_document),
        cmocka_unit_test(test_event_one_node),
        cmocka_unit_test(test_evidence_verbatim),
        cmocka_unit_test(test_weight_counts_sentences),
        cmocka_unit_test(test_evidence_sorted_by_document),
        cmocka_unit_test(test_cooccurrence),
        cmocka_unit_test(test_added_gazetteer_entities),
        cmocka_unit_test(test_added_triggers),
        cmocka_unit_test(test_two_models_at_once),
        cmocka_unit_test(test_trigger_errors),
        cmocka_unit_test(test_regressions),
        cmocka_unit_test(test_participle_head),
        cmocka_unit_test(test_oppose_noun_use),
        cmocka_unit_test(test_possessor_apposition),
        cmocka_unit_test(test_unreal),
        cmocka_unit_test(test_controlled_noun),
        cmocka_unit_test(test_locative_not_actor),
        cmocka_unit_test(test_own_subject_clause),
        cmocka_unit_test(test_negated_that),
        cmocka_unit_test(test_state_modifier),
        cmocka_unit_test(test_capital_held),
        cmocka_unit_test(test_modifier_apposition),
        cmocka_unit_test(test_carried_people),
        cmocka_unit_test(test_adverbial_attack),
        cmocka_unit_test(test_opposes_shapes),
        cmocka_unit_test(test_opposes_shapes_negative),
        cmocka_unit_test(test_actor_relations_more),
        cmocka_unit_test(test_actor_relations_more_negative),
        cmocka_unit_test(test_member_of_age_aside),
        cmocka_unit_test(test_attack_owners),
        cmocka_unit_test(test_attack_owners_negative),
        cmocka_unit_test(test_supports_backers),
        cmocka_unit_test(test_supports_backers_negative),
        cmocka_unit_test(test_member_of_joined),
        cmocka_unit_test(test_member_of_joined_negative),
        cmocka_unit_test(test_opposes_speaker),
        cmocka_unit_test(test_opposes_speaker_negative),
        cmocka_unit_test(test_opposes_people),
        cmocka_unit_test(test_opposes_people_negative),
        cmocka_unit_test(test_partner_common_enemy),
        cmocka_unit_test(test_partner_common_enemy_negative),
        cmocka_unit_test(test_moved_to_withdrawal),
        cmocka_unit_test(test_moved_to_withdrawal_negative),
        cmocka_unit_test(test_slash_pairs),
        cmocka_unit_test(test_slash_pairs_negative),
        cmocka_unit_test(test_member_of_role_owner),
        cmocka_unit_test(test_member_of_role_owner_negative),
        cmocka_unit_test(test_opposes_against_bodies),
        cmocka_unit_test(test_opposes_against_bodies_negative),
        cmocka_unit_test(test_supports_indirect),
        cmocka_unit_test(test_supports_indirect_negative),
        cmocka_unit_test(test_captured_spelled_out_helped),
        cmocka_unit_test(test_captured_spelled_out_helped_negative),
        cmocka_unit_test(test_opposes_body_members),
        cmocka_unit_test(test_opposes_body_members_negative),
        cmocka_unit_test(test_controls_relative_possessed),
        cmocka_unit_test(test_controls_relative_possessed_negative),
        cmocka_unit_test(test_supports_bankrolled),
        cmocka_unit_test(test_supports_bankrolled_negative),
        cmocka_unit_test(test_member_of_plural_possessive),
        cmocka_unit_test(test_cue_pairs),
        cmocka_unit_test(test_cue_pairs_negative),
        cmocka_unit_test(test_cue_pairs_structure),
        cmocka_unit_test(test_cue_pairs_structure_negative),
        cmocka_unit_test(test_member_of_role_shapes),
        cmocka_unit_test(test_member_of_role_shapes_negative),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
