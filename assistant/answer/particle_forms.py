"""The material's words for a question word written as a particle verb's form or a joined form.

A participle with its particle in front may stand in the material as the verb without it
("indbetalt" where the statutes say "betalt"), and a joined form no word list knows may split into
compound parts the material has ("afopstarten" -> "start"). Moved out of retrieve.py, which reads
the question into term groups and asks these for a word the material lacks.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..index.bm25 import Index
from ..language.lemmas import lemma_of
from ..language.letter_runs import letter_runs
from ..language.particle_verbs import PARTICLES, words_with_particle
from ..language.related_terms import compound_parts
from ..language.thesaurus import synonyms
from .opposite_particles import OPPOSITE
from .reading import lemma_table
from .scene import material_uses

# A verb left once a particle is taken off a participle's lemma is this long at least ("gå" is none).
MIN_VERB = 4


def joined_parts(index: Index, forms: Sequence[str]) -> list[str]:
    """The compound parts the index holds of joined forms no word list knows ("afopstarten" ->
    "start"): only parts, not near spellings of a word that does not exist, and not the particle
    put in front: the question has it as a word of its own, and as a part it finds what merely
    begins like it ("fundet frem til" -> "fremfundet" -> "frem", the stem of "fremmer")."""
    known = index.term_ids
    return list(dict.fromkeys(p for form in forms for p in compound_parts(form, known)
                              if p in known and not _is_front_particle(form, p)))


def _is_front_particle(form: str, part: str) -> bool:
    return any(form.startswith(particle) and particle.startswith(part) for particle in PARTICLES)


def particle_participle_verb(index: Index, question: str, term: str) -> list[str]:
    """The material's terms of the verb a question word is the participle of, with a particle in
    front ("indbetalt" -> "betalt", "tilsendt" -> "sendes": language/particle_verbs.py); [] for
    another word. Only a participle: it states the act done, as the statutes' "skal være betalt" and
    "sendes" do, where a particle verb's other forms are mostly other senses ("indgår en aftale" is
    no "går", "opstod" no "stod"). The material's words of the term must be that verb ("oprettet"
    is no "ret til"), and not one whose act the particle turns round: where the material writes
    both "indmeldelse" and "udmeldelse", its "melde" may be either (opposite_particles.py)."""
    lemmas = lemma_table(index)
    for word in letter_runs(question.casefold()):
        lemma = lemma_of(word)
        if (not lemma or lemma == word or not word.endswith(("t", "te")) or not lemma.endswith("e")
                or index.analyzer.query_terms(word) != [term]):
            continue
        for particle in PARTICLES:
            verb = lemma[len(particle):]
            if not (lemma.startswith(particle) and word.startswith(particle) and len(verb) >= MIN_VERB):
                continue
            if any(material_uses(index, one + verb) and material_uses(index, other + verb)
                   for one, other in OPPOSITE.items()):
                return []
            # The participle itself without its particle first: the stemmer may leave it whole
            # ("betalt"), as the material's word is then indexed.
            found = [t for form in (word[len(particle):], verb) for t in index.analyzer.query_terms(form)
                     if t in index.term_ids and verb in lemmas.lemmas_of(t)]
            return list(dict.fromkeys(found))
    return []


def particle_prefixed(index: Index, question: str, term: str, asked) -> list[str]:
    """The material's terms of the question's verb with a particle in front, where the material
    lacks the verb alone ("holdt" -> "afholdes", "flyttet" -> "udflytningen" is no verb and stays
    out): formal Danish writes the particle verb where a member writes the plain verb (the statutes'
    "Ordinær generalforsamling afholdes"). The material's word must be that particle verb: one of
    its lemmas is the particle in front of the asked word's lemma (`asked`: the question's lemmas
    of `term`), so "afskal" is no "skal" and "opgave" no "gave". And the two must be synonyms in the
    thesaurus (mythes-da has "afholde" for "holde"): a particle verb is often another sense
    ("indbringe" a case is no "bringe" a dog, "indkomne forslag" no "komme" to a meeting). A verb
    the question gives a particle of its own is that particle verb ("holder foreningen til" is to
    reside, not "afholde")."""
    if not asked or term in index.term_ids or _has_own_particle(index.analyzer, question, term):
        return []
    lemmas = lemma_table(index)
    found = []
    for particle in PARTICLES:
        candidate = particle + term
        held = lemmas.lemmas_of(candidate) if candidate in index.term_ids else frozenset()
        if any(particle + lemma in held and _synonyms(lemma, particle + lemma)
               for lemma in asked if len(lemma) >= MIN_VERB):
            found.append(candidate)
    return found


def _synonyms(one: str, other: str) -> bool:
    return other in synonyms(one) or one in synonyms(other)


def _has_own_particle(analyzer, question: str, term: str) -> bool:
    return any(term in analyzer.query_terms(verb) for verb in words_with_particle(question))
