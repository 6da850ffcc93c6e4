"""Whether a passage holds anything of what a question asks, apart from the story told before it.

"Jeg har netop meldt mig ind. Hvornår har jeg stemmeret på generalforsamlingen?": the story says who
asks ("meldt mig ind"), the question what is asked ("stemmeret", "generalforsamlingen"). The scene's
words the material uses are searched with the question (scene.without_scene: they may say what it is
about), so a § that repeats the story (§ 3, stk. 2: "Indmeldelse sker …") held as much of the message
as the one that answers (§ 7, stk. 5: "Stemmeret på generalforsamlingen har alle medlemmer, der har
været medlem i mindst tre måneder …"), and §§, alike in length, are ordered by
how much of the message they hold (retrieve.boost_statute_titles). A § that holds only the story's
words now goes after those that hold a word of the question itself. Ordering by how much of the
question alone a § holds went too far (alle-dev: 5 won, 5 lost): the story often carries the topic
the question points back to ("… indkaldelsen til generalforsamlingen. hvor lang tid i forvejen skal den
sendes ud?", "Vi er fem i bestyrelsen … Kan vi stadig træffe beslutninger?"), and a § that holds the
story's word *and* the question's ("studerende" and "om året" in "Jeg er studerende. Hvad skal jeg
betale om året?") is the answer.

The question is the clause message_clauses.split_context reads as the one put as a question; a message of
one clause, or one that asks several, has no story, and then nothing changes.
"""
from __future__ import annotations

from .message_clauses import split_context
from .ranked_passages import Hit, Query, TermGroup


def scene_terms(analyzer, groups: list[TermGroup], message: str) -> frozenset[str]:
    """The groups' terms that only the story before the question says: those the question's own
    clause does not (its words analysed as the groups' were); none when the message tells no story."""
    scene, asked = split_context(message) if message else ("", "")
    if not scene:
        return frozenset()
    said = set(analyzer.query_terms(asked))
    return frozenset(g.term for g in groups if g.term not in said)


def asks_nothing_held(query: Query, hit: Hit) -> bool:
    """Whether the passage holds only the story's words of the question, none of the question's own:
    never when the question tells no story, or when the passage holds nothing of it at all."""
    return bool(query.scene) and bool(hit.matched) and hit.matched <= query.scene
