/* triggers.h - the words and windows of the relation and event finders
 *
 * The vocabulary lives in data/triggers.tsv (compiled in) and in the files
 * a user adds (newsgraph --triggers FILE); the code names the lists and
 * windows it uses below and holds the mechanism. A model owns one table,
 * read once by ng_model_compile; the finders read it through their
 * document (ng_rel_doc.tr). The format is documented in data/triggers.tsv.
 */
#ifndef NG_TRIGGERS_H
#define NG_TRIGGERS_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/common.h"

/* Trigger families: the word lists whose members start a pattern. Each
 * token of a sentence gets the bit set of the families its word is in, so
 * a pattern family only looks at its candidate words. */
enum {
    NG_FAM_SUPPORT = 1u << 0,
    NG_FAM_OPPOSE = 1u << 1,
    NG_FAM_CAPTURE = 1u << 2,
    NG_FAM_CONTROL = 1u << 3,
    NG_FAM_LOCATE = 1u << 4,
    NG_FAM_HELD = 1u << 5,
    NG_FAM_MOVE = 1u << 6,
    NG_FAM_EVENT = 1u << 7,
    /* word classes the finders test often */
    NG_FAM_NEGATION = 1u << 8,
    NG_FAM_PREPOSITION = 1u << 9,
    NG_FAM_DETERMINER = 1u << 10,
    NG_FAM_ROLE = 1u << 11,
    NG_FAM_DIRECTION = 1u << 12,
    /* the first-stage word lists of the finders, as bits */
    NG_FAM_SUPPORT_VERB = 1u << 13,
    NG_FAM_OPPOSE_VERB = 1u << 14,
    NG_FAM_OPPOSE_NOUN = 1u << 15,
    NG_FAM_CAPTURE_VERB = 1u << 16,
    NG_FAM_CONTROL_VERB = 1u << 17,
    NG_FAM_SEAT_NOUN = 1u << 18,
    NG_FAM_MOVE_VERB = 1u << 19,
    NG_FAM_CARRY_VERB = 1u << 20,
    NG_FAM_HELD_VERB = 1u << 21,
    NG_FAM_STOP = 1u << 22,       /* which, who, that, while, ... end an object search */
    NG_FAM_PREFIX = 1u << 23,     /* anti, pro, ex, non */
    NG_FAM_QUANTITY = 1u << 24,   /* dozens, hundreds, members ... of */
    NG_FAM_SUPPORT_PART = 1u << 25, /* backed, supported ... after a hyphen */
    NG_FAM_CONTROL_PART = 1u << 26, /* held, controlled ... after a hyphen */
    /* used by the extractor's discovery rules */
    NG_FAM_PLACE_AFTER = 1u << 27, /* province, camp, town ... after a name: a place */
    NG_FAM_PLACE_HEAD = 1u << 28,  /* river, dam, camp ... naming a place's category */
    NG_FAM_SUBORDINATOR = 1u << 29, /* as, after, while ... opening a clause */
    NG_FAM_VESSEL = 1u << 30,       /* frigate, tanker ... before a ship's name */
    NG_FAM_JOIN = 1u << 31          /* join, fought, allegiance: a person's member_of */
};

/* The word lists: X(ID, "name in triggers.tsv", families its words start).
 * A list's words are tested with ng_clause_in(c, k, NG_TL_ID); a list with
 * families also marks its words' tokens (ng_clause_fam). */
#define NG_TRIGGER_LISTS(X)                                                                  \
    /* clause analysis (clause.c) */                                                       \
    X(NEGATION, "negation", NG_FAM_NEGATION)                                                \
    X(STOP, "stop", NG_FAM_STOP)                                                            \
    X(HYPOTHETICAL, "hypothetical", 0)                                                      \
    X(MODAL, "modal", 0)                                                                    \
    X(MODAL_PASS, "modal_pass", 0)                                                          \
    X(LOCATIVE_PREP, "locative_prep", 0)                                                    \
    X(STATE_MODIFIED_NOUN, "state_modified_noun", 0)                                        \
    X(DENIAL, "denial", 0)                                                                  \
    X(PREFIX, "prefix", NG_FAM_PREFIX)                                                      \
    X(QUANTITY, "quantity", NG_FAM_QUANTITY)                                                \
    X(PREPOSITION, "preposition", NG_FAM_PREPOSITION)                                       \
    X(DETERMINER, "determiner", NG_FAM_DETERMINER)                                          \
    X(RELATIVE, "relative", 0)                                                              \
    X(CLAUSE_OPENER, "clause_opener", 0)                                                    \
    X(FUNCTION_WORD, "function_word", 0)                                                    \
    X(NOUN_DETERMINER, "noun_determiner", 0)                                                \
    X(RELATIVE_AGENT, "relative_agent", 0)                                                  \
    X(SUBORDINATOR, "subordinator", NG_FAM_SUBORDINATOR)                                    \
    X(SUBORDINATE_PASS, "subordinate_pass", 0)                                              \
    X(BACKER_PARTICIPLE, "backer_participle", 0)                                            \
    X(LANDMARK, "landmark", 0)                                                              \
    X(LEADER_PARTICIPLE, "leader_participle", 0)                                            \
    /* supports, opposes, member_of (relation_actor.c) */                                  \
    X(SUPPORT_VERB, "support_verb", NG_FAM_SUPPORT | NG_FAM_SUPPORT_VERB)                   \
    X(SUPPORT_PARTICIPLE, "support_participle", NG_FAM_SUPPORT_PART)                        \
    X(WHOSE_GROUP_NOUN, "whose_group_noun", 0)                                              \
    X(JOIN_VERB, "join_verb", 0)                                                            \
    X(SUPPORT_WORD, "support_word", NG_FAM_SUPPORT)                                         \
    X(SUPPORT_COMPOUND_HEAD, "support_compound_head", 0)                                    \
    X(SUPPORT_HELP_NOUN, "support_help_noun", 0)                                            \
    X(RECEIVE_VERB, "receive_verb", 0)                                                      \
    X(SUPPORT_PARTNER_NOUN, "support_partner_noun", 0)                                      \
    X(SUPPORT_ALLIED, "support_allied", 0)                                                  \
    X(SUPPLY_VERB, "supply_verb", NG_FAM_SUPPORT)                                           \
    X(SUPPLY_NOUN, "supply_noun", 0)                                                        \
    X(AMONG_WORD, "among_word", 0)                                                          \
    X(SUPPORT_ALLY_NOUN, "support_ally_noun", 0)                                            \
    X(SUPPORT_SEEN_VERB, "support_seen_verb", 0)                                            \
    X(OPPOSE_VICTIM_VERB, "oppose_victim_verb", 0)                                          \
    X(SUPPORT_AS_PART, "support_as_part", 0)                                                \
    X(OWNER_PARTICIPLE, "owner_participle", 0)                                              \
    X(TARGET_NOUN, "target_noun", 0)                                                        \
    X(OPPOSE_VERB, "oppose_verb", NG_FAM_OPPOSE | NG_FAM_OPPOSE_VERB)                       \
    X(OPPOSE_NOUN, "oppose_noun", NG_FAM_OPPOSE | NG_FAM_OPPOSE_NOUN)                       \
    X(ACCUSE_VERB, "accuse_verb", 0)                                                        \
    X(OPPOSE_NOUN_PREMOD, "oppose_noun_premod", 0)                                          \
    X(ADVERBIAL_PREP, "adverbial_prep", 0)                                                  \
    X(PARTNER_VERB, "partner_verb", NG_FAM_OPPOSE)                                          \
    X(HELP_VERB, "help_verb", 0)                                                            \
    X(PARTNER_WITH_VERB, "partner_with_verb", 0)                                            \
    X(PASSIVE_AUX, "passive_aux", 0)                                                        \
    X(OPPOSE_TARGET_PREP, "oppose_target_prep", 0)                                          \
    X(OPPOSE_NOT_ON, "oppose_not_on", 0)                                                    \
    X(CLAIM_VERB, "claim_verb", 0)                                                          \
    X(PERFECT_AUX, "perfect_aux", 0)                                                        \
    X(OUST_VERB, "oust_verb", 0)                                                            \
    X(ATTEMPT_NOUN, "attempt_noun", 0)                                                      \
    X(AGAINST_NOUN, "against_noun", 0)                                                      \
    X(AGAINST_WORD, "against_word", NG_FAM_OPPOSE)                                          \
    X(CLEAR_OF_VERB, "clear_of_verb", 0)                                                    \
    X(CLASH_NOUN, "clash_noun", 0)                                                          \
    X(CLASH_OUTBREAK, "clash_outbreak", 0)                                                  \
    X(ALONGSIDE, "alongside", 0)                                                            \
    X(FIGHT_VERB, "fight_verb", 0)                                                          \
    X(FIGHT_WITHIN, "fight_within", 0)                                                      \
    X(FIGHT_WITHIN_NOUN, "fight_within_noun", 0)                                            \
    X(PLEDGE_VERB, "pledge_verb", 0)                                                        \
    X(PERSUADE_VERB, "persuade_verb", 0)                                                    \
    X(JOIN_SHAPE, "join_shape", 0)                                                          \
    X(JOIN_TRIGGER, "join_trigger", NG_FAM_JOIN)                                            \
    X(SELF_WORD, "self_word", 0)                                                            \
    X(KIN_NOUN, "kin_noun", 0)                                                              \
    X(FIGHT_PREP, "fight_prep", 0)                                                          \
    X(FIGHT_SCENE_PREP, "fight_scene_prep", 0)                                              \
    X(OPPOSE_SHAPE, "oppose_shape", NG_FAM_OPPOSE)                                          \
    X(CONFLICT_NOUN, "conflict_noun", 0)                                                    \
    X(CLASH_VERB, "clash_verb", 0)                                                          \
    X(TOGETHER, "together", 0)                                                              \
    X(EXCHANGE_VERB, "exchange_verb", 0)                                                    \
    X(EXCHANGE_OBJECT, "exchange_object", 0)                                                \
    X(PIT_VERB, "pit_verb", 0)                                                              \
    X(FIRE_VERB, "fire_verb", 0)                                                            \
    X(LAUNCH_VERB, "launch_verb", 0)                                                        \
    X(PROJECTILE_NOUN, "projectile_noun", 0)                                                \
    X(FIRE_TARGET_PREP, "fire_target_prep", 0)                                              \
    X(KILL_VERB, "kill_verb", 0)                                                            \
    X(KILL_NOUN, "kill_noun", 0)                                                            \
    X(ATTACK_OWNER_PARTICIPLE, "attack_owner_participle", 0)                                \
    X(ATTACK_BYSTANDER_VERB, "attack_bystander_verb", 0)                                    \
    X(MEMBER_ROLE, "member_role", NG_FAM_ROLE)                                              \
    X(LEAD_VERB, "lead_verb", 0)                                                            \
    X(MEMBER_TO_ROLE, "member_to_role", 0)                                                  \
    X(MEMBER_ROLE_PREP, "member_role_prep", 0)                                              \
    X(MEMBER_STOP, "member_stop", 0)                                                        \
    X(MEMBER_COPULA, "member_copula", 0)                                                    \
    /* captured, controls, located_in, held_in, moved_to (relation_place.c) */             \
    X(CAPTURE_VERB, "capture_verb", NG_FAM_CAPTURE | NG_FAM_CAPTURE_VERB)                   \
    X(FALL_VERB, "fall_verb", NG_FAM_CAPTURE)                                               \
    X(REGAIN_VERB, "regain_verb", 0)                                                        \
    X(EXPEL_VERB, "expel_verb", NG_FAM_CAPTURE)                                             \
    X(EXPEL_OBJECT_NOUN, "expel_object_noun", 0)                                            \
    X(CAPTURE_NOUN, "capture_noun", NG_FAM_CAPTURE)                                         \
    X(CAPTURE_NOUN_TO, "capture_noun_to", 0)                                                \
    X(CONTROL_SHARE, "control_share", 0)                                                    \
    X(GAIN_VERB, "gain_verb", 0)                                                            \
    X(HOLDER_SEAT_NOUN, "holder_seat_noun", 0)                                        \
    X(SEAT_PREMOD, "seat_premod", 0)                                    \
    X(CONTROL_VERB, "control_verb", NG_FAM_CONTROL | NG_FAM_CONTROL_VERB)                   \
    X(CONTROL_WORD, "control_word", NG_FAM_CONTROL)                                         \
    X(CONTROL_PARTICIPLE, "control_participle", NG_FAM_CONTROL_PART)                        \
    X(SEAT_NOUN, "seat_noun", NG_FAM_CONTROL | NG_FAM_SEAT_NOUN)                            \
    X(GENERIC_GROUP, "generic_group", 0)                                                    \
    X(HELD_AREA_NOUN, "held_area_noun", 0)                                                  \
    X(HELD_NEAR_WORD, "held_near_word", 0)                                                  \
    X(CONTROL_UNDER_NOUN, "control_under_noun", NG_FAM_CONTROL)                             \
    X(CONTROL_HANDS, "control_hands", NG_FAM_CONTROL)                                       \
    X(CONTROL_RULE_NOUN, "control_rule_noun", NG_FAM_CONTROL)                               \
    X(DISPATCH_VERB, "dispatch_verb", 0)                                                    \
    X(FORCE_NOUN, "force_noun", 0)                                                          \
    X(RESIDENT_NOUN, "resident_noun", 0)                                                    \
    X(CONTROL_KEPT_VERB, "control_kept_verb", NG_FAM_CONTROL)                               \
    X(NAMED_VERB, "named_verb", 0)                                                          \
    X(CONTROL_STATE, "control_state", 0)                                                    \
    X(CONTROL_AUX, "control_aux", 0)                                                        \
    X(KEEP_VERB, "keep_verb", 0)                                                            \
    X(CONTROL_A_SHARE, "control_a_share", 0)                                                \
    X(CONTROL_SHARE_NOUN, "control_share_noun", 0)                                          \
    X(CONTROL_NEAR_WORD, "control_near_word", 0)                                            \
    X(CONTROL_COMPLEMENT, "control_complement", 0)                                          \
    X(CONTROL_PREP, "control_prep", 0)                                                      \
    X(COMPARISON_NOUN, "comparison_noun", 0)                                                \
    X(CAPTURE_PART_NOUN, "capture_part_noun", 0)                                            \
    X(SEAT_MODIFIER, "seat_modifier", 0)                                                    \
    X(SEAT_MODIFIER_PREFIX, "seat_modifier_prefix", 0)                                      \
    X(LOCATE_WORD, "locate_word", NG_FAM_LOCATE)                                            \
    X(LOCATE_WHERE, "locate_where", NG_FAM_LOCATE)                                          \
    X(DIRECTION, "direction", NG_FAM_DIRECTION)                                             \
    X(PLACE_PAIR_PREP, "place_pair_prep", 0)                                                \
    X(LOCATE_PREP, "locate_prep", 0)                                                        \
    X(PROVINCE_NOUN, "province_noun", 0)                                                    \
    X(PLACE_PLURAL_NOUN, "place_plural_noun", 0)                                            \
    X(SITE_PLURAL_NOUN, "site_plural_noun", 0)                                              \
    X(LOCATE_PART_NOUN, "locate_part_noun", 0)                                              \
    X(LOCATE_PASSABLE, "locate_passable", 0)                                              \
    X(DISTANCE_APPROX, "distance_approx", 0)                                                \
    X(CAPTURE_OTHER_NOUN, "capture_other_noun", 0)                                          \
    X(DISTANCE_UNIT, "distance_unit", 0)                                                    \
    X(DISTANCE_PREP, "distance_prep", 0)                                                    \
    X(COMPASS_POINT, "compass_point", 0)                                                    \
    X(HELD_VERB, "held_verb", NG_FAM_HELD | NG_FAM_HELD_VERB)                               \
    X(HELD_WHERE, "held_where", NG_FAM_HELD)                                                \
    X(DETENTION_NOUN, "detention_noun", 0)                                                  \
    X(HELD_LINKING_VERB, "held_linking_verb", 0)                                            \
    X(HELD_PREP, "held_prep", 0)                                                            \
    X(HELD_PERSON_NOUN, "held_person_noun", NG_FAM_HELD)                                    \
    X(HELD_TIME_VERB, "held_time_verb", 0)                                                  \
    X(MOVE_VERB, "move_verb", NG_FAM_MOVE | NG_FAM_MOVE_VERB)                               \
    X(CARRY_VERB, "carry_verb", NG_FAM_CARRY_VERB)                                          \
    X(CARRIED_PEOPLE, "carried_people", 0)                                                  \
    X(MOVE_NOUN, "move_noun", NG_FAM_MOVE)                                                  \
    X(INCURSION_NOUN, "incursion_noun", NG_FAM_MOVE)                                        \
    X(MOVE_IN_NOUN, "move_in_noun", NG_FAM_MOVE)                                            \
    X(OWN_MOVE_VERB, "own_move_verb", 0)                                                    \
    X(MOVE_TO_PREP, "move_to_prep", 0)                                                      \
    X(MOVE_ADVERB, "move_adverb", 0)                                                        \
    X(ENTER_VERB, "enter_verb", 0)                                                          \
    X(MOVE_INTO_PREP, "move_into_prep", 0)                                                  \
    X(MOVE_FROM_WORD, "move_from_word", 0)                                                  \
    X(HEAD_FOR_VERB, "head_for_verb", 0)                                                    \
    X(REACH_VERB, "reach_verb", NG_FAM_MOVE | NG_FAM_MOVE_VERB)                             \
    X(REACH_NOUN, "reach_noun", 0)                                                          \
    X(LEAVE_VERB, "leave_verb", NG_FAM_MOVE | NG_FAM_MOVE_VERB)                             \
    X(RETURN_VERB, "return_verb", 0)                                                        \
    X(SPELL_OUT_WORD, "spell_out_word", 0)                                                  \
    X(ARRIVE_VERB, "arrive_verb", 0)                                                        \
    X(CONTROL_ADVERB, "control_adverb", 0)                                                  \
    X(CEDE_VERB, "cede_verb", NG_FAM_CAPTURE)                                               \
    X(COPULA, "copula", 0)                                                                  \
    X(MOVE_STOP, "move_stop", 0)                                                            \
    /* events (event.c); the triggers themselves are event records */                      \
    X(EVENT_FILLER, "event_filler", 0)                                                      \
    X(EVENT_PLACE_PASS, "event_place_pass", 0)                                              \
    X(EVENT_LAUNCH_VERB, "event_launch_verb", 0)                                            \
    X(ARTICLE, "article", 0)                                                                \
    X(EVENT_AGENT_PREP, "event_agent_prep", 0)                                              \
    X(MEDIATE_VERB, "mediate_verb", 0)                                                      \
    X(MEDIATE_VERB_ANYWHERE, "mediate_verb_anywhere", 0)                                    \
    X(EVENT_HELD_PARTICIPLE, "event_held_participle", 0)                                    \
    X(CONVOY_FROM_WORD, "convoy_from_word", 0)                                              \
    X(CONVOY_TO_WORD, "convoy_to_word", 0)                                                  \
    /* discovery (candidates.c) */                                                         \
    X(PLACE_AFTER, "place_after", NG_FAM_PLACE_AFTER)                                       \
    X(APPOSITION_DET, "apposition_det", 0)                                                  \
    X(VESSEL_NOUN, "vessel_noun", NG_FAM_VESSEL)                                            \
    X(NUMBERED_UNIT, "numbered_unit", 0)                                                    \
    X(PHOTO_LABEL, "photo_label", 0)                                                        \
    X(FACILITY_NOUN, "facility_noun", 0)                                                    \
    X(FACILITY_HEAD, "facility_head", 0)                                                    \
    X(BATTLE_NOUN, "battle_noun", 0)                                                        \
    X(NAMED_AS, "named_as", 0)                                                              \
    X(KUNYA, "kunya", 0)                                                                    \
    X(UNIT_ORDINAL, "unit_ordinal", 0)                                                      \
    X(PLACE_DESIGNATION, "place_designation", 0)                                            \
    X(COMMON_ACRONYM, "common_acronym", 0)                                                  \
    X(ALIAS_INTRO, "alias_intro", 0)                                                        \
    X(ALIAS_FILLER, "alias_filler", 0)                                                      \
    X(ALIAS_START, "alias_start", 0)                                                        \
    X(LEAD_PARTICIPLE, "lead_participle", 0)                                                \
    X(ADMIN_HEAD, "admin_head", 0)                                                          \
    X(PUBLISHER_SPOKE, "publisher_spoke", 0)                                                \
    X(PUBLISHER_PHONE, "publisher_phone", 0)                                                \
    X(BARE_GENERIC, "bare_generic", 0)                                                      \
    X(FORCE_GEAR, "force_gear", 0)                                                          \
    X(PUBLISHER_JOIN, "publisher_join", 0)                                                  \
    X(MEMBERS_NOUN, "members_noun", 0)                                                      \
    /* a capital standing for its state (resolve.c) */                                     \
    X(CAPITAL_VERB, "capital_verb", 0)                                                      \
    X(CAPITAL_PAST, "capital_past", 0)                                                      \
    X(CAPITAL_AFFAIRS, "capital_affairs", 0)                                                \
    X(CAPITAL_PRESSED, "capital_pressed", 0)                                                \
    X(CAPITAL_COMPOUND, "capital_compound", 0)                                              \
    X(CAPITAL_ACTED_ON, "capital_acted_on", 0)                                              \
    X(CAPITAL_ASKED, "capital_asked", 0)                                                    \
    X(CAPITAL_DEALINGS, "capital_dealings", 0)                                              \
    X(CAPITAL_TO, "capital_to", 0)                                                          \
    X(CAPITAL_AGAINST, "capital_against", 0)                                                \
    X(CAPITAL_ADVERB, "capital_adverb", 0)                                                  \
    X(CAPITAL_MOOD, "capital_mood", 0)                                                      \
    X(CAPITAL_CITY_VERB, "capital_city_verb", 0)                                            \
    X(CAPITAL_CITY_NOUN, "capital_city_noun", 0)                                            \
    X(CAPITAL_CITY_ROUTE, "capital_city_route", 0)                                          \
    X(CAPITAL_CITY_EVENT, "capital_city_event", 0)                                          \
    /* the outlet that publishes the article (resolve.c) */                                 \
    X(PUBLISHER_TOLD, "publisher_told", 0)                                                  \
    X(PUBLISHER_LEARNS, "publisher_learns", 0)                                              \
    X(PUBLISHER_REACHED, "publisher_reached", 0)                                            \
    X(FAMILY_NOUN, "family_noun", 0)                                                       \
    /* an operation's name is no actor (candidates.c) */                                    \
    X(OPERATION_TITLE, "operation_title", 0)                                                \
    X(OPERATION_NOUN, "operation_noun", 0)                                                  \
    /* the cue words of the actor-pair fallback (relation_cue.c) */                        \
    X(CUE_OPPOSE, "cue_oppose", 0)                                                          \
    X(CUE_SUPPORT, "cue_support", 0)                                                        \
    X(CUE_SUPPORT_NOUN, "cue_support_noun", 0)                                              \
    X(CUE_PARTY_NOUN, "cue_party_noun", 0)                                                  \
    X(CUE_ENEMY_NOUN, "cue_enemy_noun", 0)                                                  \
    X(CUE_BLOCK, "cue_block", 0)                                                            \
    X(CUE_SPEECH, "cue_speech", 0)                                                          \
    X(CUE_WAGE, "cue_wage", 0)                                                              \
    X(CUE_EXPEL, "cue_expel", 0)                                                            \
    X(CUE_PRONOUN, "cue_pronoun", 0)

typedef enum {
#define NG_TL_ENUM(id, name, fam) NG_TL_##id,
    NG_TRIGGER_LISTS(NG_TL_ENUM)
#undef NG_TL_ENUM
    NG_TL_COUNT
} ng_trigger_list;

/* The 64-bit words of a set of lists (bit l % 64 of word l / 64: list l). */
#define NG_TL_SETS ((NG_TL_COUNT + 63) / 64)

/* The search windows, in tokens: X(ID, "name in triggers.tsv"). */
#define NG_TRIGGER_WINDOWS(X)                                                                \
    X(SUPPORT_COMPOUND_OBJECT, "support_compound_object")                                   \
    X(SUPPORT_NOUN_AGENT, "support_noun_agent")                                             \
    X(SUPPORT_BY_AGENT, "support_by_agent")                                                 \
    X(SUPPORT_OBJECT, "support_object")                                                     \
    X(SUPPORT_PARTNER_OBJECT, "support_partner_object")                                     \
    X(SUPPORT_ALLIED_OBJECT, "support_allied_object")                                       \
    X(SUPPORT_FOR_OBJECT, "support_for_object")                                             \
    X(SUPPORT_PART_OBJECT, "support_part_object")                                           \
    X(SUPPORT_ALLY_ADJECTIVES, "support_ally_adjectives")                                   \
    X(SUPPORT_SEEN_REACH, "support_seen_reach")                                             \
    X(OPPOSE_BY_AGENT, "oppose_by_agent")                                                   \
    X(OPPOSE_NOUN_AGENT, "oppose_noun_agent")                                               \
    X(OPPOSE_NOUN_TARGET_REACH, "oppose_noun_target_reach")                                 \
    X(OPPOSE_NOUN_TARGET, "oppose_noun_target")                                             \
    X(OPPOSE_NOUN_OBJECT, "oppose_noun_object")                                             \
    X(OPPOSE_CLAIMER_BACK, "oppose_claimer_back")                                           \
    X(ATTACK_OWNER_REACH, "attack_owner_reach")                                             \
    X(OPPOSE_BEHIND_NOUN, "oppose_behind_noun")                                             \
    X(CLASH_FIRST, "clash_first")                                                           \
    X(CLASH_SECOND, "clash_second")                                                         \
    X(FIGHT_ALONGSIDE_OBJECT, "fight_alongside_object")                                     \
    X(FIGHT_OBJECT, "fight_object")                                                         \
    X(LEAD_ORG, "lead_org")                                                                 \
    X(LEAD_APPOSITION, "lead_apposition")                                                   \
    X(MEMBER_ROLE_REACH, "member_role_reach")                                               \
    X(MEMBER_ROLE_SKIP, "member_role_skip")                                                 \
    X(MEMBER_ORG, "member_org")                                                             \
    X(CAPTURE_BY_AGENT, "capture_by_agent")                                                 \
    X(CAPTURE_PASSIVE_REACH, "capture_passive_reach")                                       \
    X(CAPTURE_OBJECT, "capture_object")                                                     \
    X(CAPTURE_AFTER_REACH, "capture_after_reach")                                           \
    X(CAPTURE_AFTER_AGENT, "capture_after_agent")                                           \
    X(INCLUDING_REACH, "including_reach")                                                   \
    X(FALL_TO_AGENT, "fall_to_agent")                                                       \
    X(EXPEL_OBJECT, "expel_object")                                                         \
    X(HELD_COMPOUND_PLACE, "held_compound_place")                                           \
    X(CONTROL_BY_AGENT, "control_by_agent")                                                 \
    X(APPOSITION_REACH, "apposition_reach")                                                 \
    X(CONTROL_PLACE_BACK, "control_place_back")                                             \
    X(CONTROL_OBJECT, "control_object")                                                     \
    X(SEAT_OF_ORG, "seat_of_org")                                                           \
    X(SEAT_PLACE, "seat_place")                                                             \
    X(PLACE_PAIR_REACH, "place_pair_reach")                                                 \
    X(LOCATE_SMALL_STEPS, "locate_small_steps")                                             \
    X(LOCATE_BIG, "locate_big")                                                             \
    X(APPOSED_REACH, "apposed_reach")                                                       \
    X(LOCATE_SMALL_BACK, "locate_small_back")                                               \
    X(HELD_WHERE_BACK, "held_where_back")                                                   \
    X(HELD_WHERE_REACH, "held_where_reach")                                                 \
    X(HELD_CAMP, "held_camp")                                                               \
    X(MOVE_NOUN_OBJECT, "move_noun_object")                                                 \
    X(MOVE_OBJECT, "move_object")                                                           \
    X(MOVE_FROM_PLACE, "move_from_place")                                                   \
    X(MOVE_TO_REACH, "move_to_reach")                                                       \
    X(CARRY_TO_REACH, "carry_to_reach")                                                     \
    X(CARRY_OBJECT, "carry_object")                                                         \
    X(EVENT_BY_AGENT, "event_by_agent")                                                     \
    X(EVENT_LAUNCH_BACK, "event_launch_back")                                               \
    X(EVENT_PARTICIPANT_REACH, "event_participant_reach")                                   \
    X(EVENT_TARGET, "event_target")                                                         \
    X(EVENT_MEDIATOR, "event_mediator")                                                     \
    X(CONVOY_OF_ACTOR, "convoy_of_actor")                                                   \
    X(EVENT_HELD_REACH, "event_held_reach")                                                 \
    X(CONVOY_REACH, "convoy_reach")                                                         \
    X(CONVOY_PLACE, "convoy_place")                                                         \
    X(EVENT_PLACE, "event_place")                                                           \
    X(EVENT_LABEL_REACH, "event_label_reach")                                               \
    X(CUE_GAP, "cue_gap")

typedef enum {
#define NG_TW_ENUM(id, name) NG_TW_##id,
    NG_TRIGGER_WINDOWS(NG_TW_ENUM)
#undef NG_TW_ENUM
    NG_TW_COUNT
} ng_trigger_window;

/* The longest window a file may set (a sentence is analysed up to
 * NG_CLAUSE_MAX tokens). */
#define NG_TRIGGER_WINDOW_MAX 512

/* At most this many event triggers: a word's triggers are a 64-bit set. */
#define NG_EVENT_TRIGGERS_MAX 64

/* One event trigger: "battle for X" is a battle labelled "Battle of X". */
typedef struct ng_event_trigger {
    const char *const *words; /* the trigger word forms, NULL-ended */
    const char *const *after; /* the word that must follow, NULL-ended, or NULL */
    const char *category;     /* battle, siege, air_strike, ... */
    const char *head;         /* label: head, preposition, place ("Siege of Baghuz") */
    const char *prep;
    int verb;                 /* the trigger is a verb: its subject takes part */
    const char *role;         /* role of the agent */
} ng_event_trigger;

/* A place's category told by a head word ("Tishrin Dam", "the town of"). */
typedef struct ng_place_head {
    const char *word, *category;
} ng_place_head;

typedef struct ng_triggers {
    const char **list[NG_TL_COUNT]; /* per list: its words, NULL-ended (never NULL) */
    size_t n_list[NG_TL_COUNT], cap_list[NG_TL_COUNT];
    uint32_t window[NG_TW_COUNT];   /* 0 while unset */
    ng_event_trigger *events;       /* in file order: the first that fits wins */
    size_t n_events, cap_events;
    ng_place_head *heads;           /* in file order: the first of a word wins */
    size_t n_heads, cap_heads;
    struct ng_triggers_mem *mem;    /* what the lists point into */
} ng_triggers;

/* An empty table (every list empty, every window 0). Cannot fail. */
ng_triggers *ng_triggers_new(void);
void ng_triggers_free(ng_triggers *t);

/* Add the records of text (data/triggers.tsv format) to t: words to lists,
 * windows set (a later file overrides), event triggers and place heads
 * appended. Errors go to diag as "name:line: reason"; a bad line is
 * skipped, the others are kept. Returns 0 or NG_EPARSE. */
int ng_triggers_load(ng_triggers *t, const char *text, size_t n, const char *name,
                     ng_diag *diag);

/* Is every window set and every list non-empty? Else reports what is
 * missing (as "name: ...") and returns NG_EPARSE. */
int ng_triggers_check(const ng_triggers *t, const char *name, ng_diag *diag);

/* Call cb for every word of the table with the families it starts and the
 * event triggers (bit i: t->events[i]) it is a form of; a word may come
 * more than once (the caller ORs). */
void ng_triggers_foreach_word(const ng_triggers *t,
                              void (*cb)(void *ud, const char *w, size_t n, uint32_t fam,
                                         uint64_t events),
                              void *ud);

/* Call cb for every word of every list l of the table (a word may come
 * more than once, in one list or several). */
void ng_triggers_foreach_list_word(const ng_triggers *t,
                                   void (*cb)(void *ud, const char *w, size_t n,
                                              ng_trigger_list l),
                                   void *ud);

/* The name of list l or window w in triggers.tsv. */
const char *ng_trigger_list_name(ng_trigger_list l);
const char *ng_trigger_window_name(ng_trigger_window w);

#endif
