"""Danish particle verbs: "sendt ind" is also written "indsendt", "melde sig ud" is an "udmeldelse".

A Danish verb with an adverbial particle after it ("sende ind", "melde sig ud", "sætte i gang")
has a fixed form with the particle in front ("indsende", "udmelde", "igangsætte"), and formal texts
such as statutes use that form and its nouns ("indsendt", "udmeldelse"). A question in everyday
Danish puts the particle after the verb, often with a pronoun between ("melder jeg mig ud"); its
verb alone would find the wrong rule ("sendes" instead of "indsendt").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .letter_runs import letter_runs

# The adverbial particles that join a verb in front (a closed word class of Danish grammar;
# each has a test in tests/language/test_particle_verbs.py): ind|sende, ud|melde, op|sige,
# ned|lægge, af|holde, over|tage, om|lægge, til|melde, frem|lægge, bort|vise, sammen|lægge,
# igang|sætte. "på" and "med" are left out: after a verb they are mostly prepositions
# ("stemme på", "være med i").
PARTICLES = ("ind", "ud", "op", "ned", "af", "over", "om", "til", "frem", "bort", "sammen")
# "sætte i gang": the particle is two words, joined as one in front.
TWO_WORD_PARTICLES = {("i", "gang"): "igang"}
# What may stand between the verb and its particle: the reflexive and personal pronouns of a
# Danish main clause ("melder jeg mig ud", "sender vi det ind"), at most two of them.
PRONOUNS = frozenset("sig mig dig os jer dem det den de jeg du vi man han hun i".split())
MAX_BETWEEN = 2
_FOLLOWERS = PRONOUNS | frozenset(PARTICLES)


def _words(text: str) -> list[str]:
    return letter_runs(text.casefold())


def joined_forms(question: str) -> list[tuple[str, str]]:
    """(verb, particle + verb) for each verb of the question that a particle follows.

    "hvornår skal det være sendt ind?" gives ("sendt", "indsendt"); "melder jeg mig ud" gives
    ("melder", "udmelder").
    """
    return [(verb, form) for verb, form, _ in _joined(_words(question))]


def _joined(tokens: list[str]):
    """(verb, particle + verb, where the one-word particle stands or None) for each word token a
    particle follows, next to it or after at most MAX_BETWEEN pronouns."""
    # Only a token a pronoun or a particle follows can be one ("i gang" starts with the pronoun
    # "i"): picked first, so a long passage's other words are not walked one by one.
    for i in [k for k, after in enumerate(tokens[1:]) if after in _FOLLOWERS]:
        verb = tokens[i]
        if not verb[0].isalpha() or verb in PRONOUNS or verb in PARTICLES:
            continue
        j = i + 1
        while j < len(tokens) and j - i - 1 < MAX_BETWEEN and tokens[j] in PRONOUNS \
                and tokens[j:j + 2] != ["i", "gang"]:
            j += 1
        pair = tuple(tokens[j:j + 2])
        if pair in TWO_WORD_PARTICLES:
            yield verb, TWO_WORD_PARTICLES[pair] + verb, None
        elif j < len(tokens) and tokens[j] in PARTICLES:
            yield verb, tokens[j] + verb, j


# What ends the object between a verb and its particle: prepositions, conjunctions and question
# words start another phrase ("flyttet ... fra byen ud", "samlede ..., som vi ud"). "i" is also the
# pronoun "I" and is left out; the particles end it anyway (the scan stops at the first).
OBJECT_BREAKS = frozenset("på med for fra ved under efter før mellem uden hos mod imod gennem og eller "
                          "men at som der når hvis fordi end hvor hvornår hvad hvem hvilke hvilken hvilket "
                          "hvorfor hvordan".split())
# An object is at most this many words ("jeres data", "de overflødige p-pladser").
MAX_OBJECT = 3


def _particles_after(words: list[str]):
    """(verb, particle, object words) for each word a particle follows within a short object."""
    for i, verb in enumerate(words):
        if verb in PRONOUNS or verb in PARTICLES or verb in OBJECT_BREAKS:
            continue
        between = 0
        for j in range(i + 1, min(len(words), i + 2 + MAX_OBJECT + MAX_BETWEEN)):
            word = words[j]
            if word in PARTICLES:
                yield verb, word, between
                break
            if word in OBJECT_BREAKS or (word not in PRONOUNS and between == MAX_OBJECT):
                break
            between += word not in PRONOUNS


def object_split_forms(question: str, lemma_of: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """(verb, particle + verb) for each verb whose particle follows its object ("samlede I
    oplysningerne ind" gives ("samlede", "indsamlede"), "gav rapporten ud" ("gav", "udgav")).

    Everyday Danish may put a short object between a verb and its particle, where joined_forms
    takes only pronouns. Any word before a particle would then join it ("pengene går til" would
    make "tilpengene"), so the joined form must be the verb's own particle verb: its lemma is the
    particle in front of the verb's lemma (`lemma_of`: "indsamlede" -> "indsamle" = "ind" +
    "samle"), which no noun or adverb before a particle gives.
    """
    out: list[tuple[str, str]] = []
    for verb, particle, between in _particles_after(_words(question)):
        lemma = lemma_of(verb) if between else None
        if lemma and lemma_of(particle + verb) == particle + lemma:
            out.append((verb, particle + verb))
    return out


def words_with_particle(question: str) -> set[str]:
    """The question's words a particle follows, next to them or after a short object ("holder
    foreningen til"): such a verb may be a particle verb no word list joins ("tilholder")."""
    return {verb for verb, _, _ in _particles_after(_words(question))}


# Particles that are as often prepositions before a noun phrase ("kalde til et ekstra møde", "tale
# om sagen"): after the verb they are its particle only where no noun phrase follows.
PREPOSITIONS_TOO = frozenset({"til", "over", "om", "af"})


def particle_verb_forms(question: str) -> list[tuple[str, str]]:
    """joined_forms, less a "particle" that is a preposition before a noun phrase: "kalder os sammen
    til den årlige generalforsamling" gives ("kalder", "sammenkalder") and "hvem tager over?"
    ("tager", "overtager"), but "kalde til et ekstra møde" nothing. A particle of PREPOSITIONS_TOO
    counts where its clause ends after it or a break word or another particle follows ("går det ud
    på"); a punctuation mark between verb and particle parts them."""
    tokens = re.findall(r"[^\W\d_]+|[^\w\s]", question.casefold())
    out: list[tuple[str, str]] = []
    for verb, form, j in _joined(tokens):
        following = tokens[j + 1] if j is not None and j + 1 < len(tokens) else ""
        if j is not None and tokens[j] in PREPOSITIONS_TOO and following[:1].isalpha() \
                and following not in OBJECT_BREAKS and following not in PARTICLES:
            continue
        out.append((verb, form))
    return out
