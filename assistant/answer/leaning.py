"""Whether a message leans on the turns before it by its words: the words of the question it asks,
not of the story told around it.

"Jeg er opvokset på Lolland … Det gør mig trist. Hvilke slags medlemmer har I?": the story's "det"
points at the story, not at the conversation's earlier question ("Er I et parti?"). Read over the
whole message, that pointer made a clear new question a follow-up, read in the old topic and then
declined, though alone it is answered. The question is the clause message_clauses.split_context reads as
the one put as a question; a message of one clause, or asking several, is read whole as before. A
question of its own that has no answer alone is still tried in its topic (conversation.py), so a
story that leans back ("Det lyder godt. Hvor kan jeg læse mere?") is not cut from it.
"""
from __future__ import annotations

from .message_clauses import split_context
from .own_words import points_back
from .wrappers import without_opener


def leans_by_words(message: str) -> bool:
    """Whether the question a message asks points back ("og …?", "det", "hvad med …?"), after the
    chat's opener ("super, og for en virksomhed?")."""
    return points_back(split_context(without_opener(message))[1])
