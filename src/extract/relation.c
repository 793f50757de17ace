/* relation.c - typed relations stated by a sentence: pattern families over entity slots
 *
 * The families live in relation_actor.c and relation_place.c; here they run,
 * in a fixed order (the order relations are reported in).
 *
 * Directions follow the annotation rules: the backer supports the backed,
 * the attacker opposes the target, the person is member_of the
 * organisation, the smaller place is located_in the larger or nearby one.
 * A negated or denied trigger states nothing.
 */
#include "relation_priv.h"

void ng_relations_find(const ng_clause *c, const ng_rel_sink *sink)
{
    if (c->n < 2)
        return;
    /* an actor and a word of the support or oppose families (nearly every
     * cue word of relation_cue.c is one): note what the families type */
    unsigned f = c->sent_fam;
    rel_typed typed;
    int pairs = (f & (NG_FAM_SUPPORT | NG_FAM_OPPOSE)) && c->actors >= 1 &&
                (c->actors >= 2 || c->places >= 1);
    typed.n = 0;
    rel r = {c, sink, pairs ? &typed : NULL};
    if (f & NG_FAM_SUPPORT)
        ng_rel_supports(&r);
    if (c->hyphens)
        ng_rel_supports_compound(&r);
    if (f & NG_FAM_OPPOSE)
        ng_rel_opposes(&r);
    if (f & NG_FAM_CAPTURE)
        ng_rel_captured(&r);
    if (c->hyphens)
        ng_rel_controls_compound(&r);
    if (f & NG_FAM_CONTROL)
        ng_rel_controls(&r);
    if (c->places >= 2) /* a place in another */
        ng_rel_located_in_places(&r);
    if (f & (NG_FAM_LOCATE | NG_FAM_DIRECTION))
        ng_rel_located_in(&r);
    if (c->actors) /* a person, or an organisation led */
        ng_rel_member_of(&r);
    if (f & NG_FAM_HELD)
        ng_rel_held_in(&r);
    if (f & NG_FAM_MOVE)
        ng_rel_moved_to(&r);
    if (pairs)
        ng_rel_cue_pairs(&r);
}
