"""An English noun for a person who does something, as the material's Danish noun for the doer.

No dictionary holds "planners"; WordNet derives "planner" from the verb "plan", which the Danish
dictionaries give as "planlægge". Danish makes the doer of most verbs with -r ("planlægger", plural
"planlæggere"), and the publication interviewed "byplanlæggere". Before, the word fell back to "plan"
(english_fallback.py: a word the material's compounds start with), which found the plans and laws
("planloven", "lokalplaner"), not the people, and "In how many municipalities did you talk to
planners?" was declined. Only for an English noun made of its verb and an agent ending ("plan" +
"ners", "found" + "ers"), and only the material's words that are that Danish noun or end with it (a
compound's head, at least english_fallback.MIN_HEAD letters): a doer the material never names keeps
falling back as before.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# English agent endings after the verb ("found|ers", "organise|rs", "plan|n|ers": a doubled consonant).
AGENT_ENDINGS = ("er", "ers", "r", "rs", "or", "ors")
# The Danish doer of a verb's infinitive ("planlægge" -> "planlægger") and its plural forms.
DANISH_AGENT = "r"
DANISH_AGENT_FORMS = ("", "e", "en", "ne")
# A Danish infinitive ends in -e; a shorter doer is too often another word ("ser", "går").
MIN_AGENT = 5


def agent_verb(noun: str, verb: str) -> bool:
    """Whether the English noun is the verb with an agent ending ("planners": "plan")."""
    if not noun.startswith(verb) or noun == verb:
        return False
    rest = noun[len(verb):]
    return rest in AGENT_ENDINGS or (rest[0] == verb[-1] and rest[1:] in AGENT_ENDINGS)


def agent_nouns(forms: Sequence[str]) -> list[str]:
    """The forms that are another form with an agent ending ("planners", "planner" beside "plan")."""
    return [noun for noun in forms if any(agent_verb(noun, verb) for verb in forms)]


def agent_words(noun: str, verbs: Iterable[str], danish: Callable[[str], Sequence[str]],
                ending: Callable[[str], list[str]]) -> tuple[str, ...]:
    """The material's words for the doer the noun names: the Danish doer of the verbs it is made of.

    verbs: the verbs WordNet derives the noun from; danish: a form's Danish dictionary words; ending:
    the material's words that are a Danish word or end with it.
    """
    found: list[str] = []
    for verb in verbs:
        if not agent_verb(noun, verb):
            continue
        for infinitive in danish(verb):
            if " " in infinitive or not infinitive.endswith("e") or len(infinitive) + 1 < MIN_AGENT:
                continue
            doer = infinitive + DANISH_AGENT
            found += [w for form in DANISH_AGENT_FORMS for w in ending(doer + form)]
    return tuple(dict.fromkeys(found))
