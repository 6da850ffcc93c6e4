"""How a question's words relate before they are searched: particle verbs, everyday words, one word's alternatives."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..language.background import rarity_of, term_rarity, zipf
from ..language.compound_heads import backwards_vocabulary
from ..language.lemmas import MaterialLemmas, lemma_of
from ..language.particle_verbs import joined_forms, object_split_forms, particle_verb_forms
from ..language.phrase_compounds import abbreviated_compounds, phrase_compounds
from .particle_verb_terms import APART_TABLE, particle_verb_terms

if TYPE_CHECKING:
    from .retrieve import TermGroup


def particle_terms(analyzer, question: str, index=None, words: bool = True,
                   material: MaterialLemmas | None = None) -> dict[str, list[str]]:
    """A question word's query term -> other terms it is searched by: the particle-first form of a
    verb ("sendt ind" -> "indsendt"; with the `material`'s lemmas also in the material's own form,
    material_particle_forms); with the `index`, the compounds the question writes as a
    phrase ("lokal forening" -> "lokalforening") or shortens ("p-pladser" -> "parkeringsplads").
    With `words=False`, only the joined forms that are no Danish word (unknown_particle_terms)."""
    out: dict[str, list[str]] = {}
    for verb, form in joined_forms(question):
        # A particle after a noun is no particle verb: "regner grønne områder ud" joins "ud" to
        # "områder", and "udområder", no word, split as a compound went to "råd" (dev23f). A
        # joined form is searched only when it is a word Danish knows (simplemma's lemma or a
        # wordfreq entry); the others are a last resort (unknown_particle_terms).
        if (lemma_of(form) is not None or zipf(form) > 0) != words:
            continue
        forms = analyzer.query_terms(form)
        if index is not None and material is not None and not any(f in index.term_ids for f in forms):
            forms = material_particle_forms(analyzer, verb, form, index.term_ids, material) or forms
        for term in analyzer.query_terms(verb):
            out.setdefault(term, []).extend(forms)
    if index is None or not words:
        return out
    for term, compounds in phrase_compounds(analyzer, question, index.term_ids, lemma_of).items():
        out.setdefault(term, []).extend(compounds)
    for term, compounds in abbreviated_compounds(analyzer, question, backwards_vocabulary(index)).items():
        out.setdefault(term, []).extend(compounds)
    return out


def split_particle_terms(analyzer, question: str, known,
                         material: MaterialLemmas | None = None) -> dict[str, list[str]]:
    """A verb's query term -> the index terms (in `known`) of its particle verb, when the question
    puts the verb's object between them ("samlede I data ind" -> "indsaml", "gav rapporten ud" ->
    "udgiv" by the lemma "udgive"): language/particle_verbs.object_split_forms. The particle verb is
    another word than its verb ("samle ind" is to collect, the statutes' "den samlede bestyrelse"
    and "samle lokale grupper" are not), so it is searched instead of the verb, and only where the
    material has it. With the `material`'s lemmas, also in a form whose stem the question's forms
    do not give (material_particle_forms)."""
    out: dict[str, list[str]] = {}
    for verb, form in object_split_forms(question, lemma_of):
        forms = [t for word in (form, lemma_of(form) or form) for t in analyzer.query_terms(word) if t in known]
        if not forms and material is not None:
            forms = material_particle_forms(analyzer, verb, form, known, material)
        for term in analyzer.query_terms(verb) if forms else ():
            out.setdefault(term, []).extend(f for f in forms if f not in out.get(term, ()))
    return out


def own_particle_verbs(index, question: str, material: MaterialLemmas | None = None) -> dict[str, list[str]]:
    """A verb's query term -> the index terms of the particle verb the question writes it as, the
    particle next to it or after pronouns ("samlet ind" -> "indsaml"), where the material has that
    particle verb and never writes the verb itself with a particle after it. Only a particle verb
    the lemmatiser knows as the verb's own (its lemma is the particle in front of the verb's lemma:
    "indsamle" = "ind" + "samle").

    A particle verb is another word than its verb, as split_particle_terms says of a split one:
    "samle ind" is to collect where the statutes' "den samlede bestyrelse" is the whole board, and
    "sende ind" is no "sendes til medlemmerne". So it is searched instead of the verb. Where the
    material writes the verb with a particle of its own ("kan melde sig ud"), the verb is the
    material's particle verb too, and stays searched."""
    analyzer, known = index.analyzer, index.term_ids
    out: dict[str, list[str]] = {}
    for verb, form in particle_verb_forms(question):
        lemma, verb_lemma = lemma_of(form), lemma_of(verb)
        particle = form[:len(form) - len(verb)]
        if not lemma or not verb_lemma or lemma != particle + verb_lemma:
            continue
        forms = [t for word in (form, lemma) for t in analyzer.query_terms(word) if t in known]
        if not forms and material is not None:
            forms = material_particle_forms(analyzer, verb, form, known, material)
        for term in analyzer.query_terms(verb) if forms else ():
            if not written_apart(index, term):
                out.setdefault(term, []).extend(f for f in forms if f not in out.get(term, ()))
    return out


# A common verb's passages are many: this many are read for the verb written with a particle after it.
APART_SCAN = 200


def written_apart(index, term: str) -> bool:
    """Whether a passage of the material writes the verb of `term` with a particle after it ("Et
    medlem kan melde sig ud"), read once per index and verb (the index's memo)."""
    table = index.memo.get(APART_TABLE)
    if table is not None:  # read at load (particle_verb_terms.prepare_written_apart): the same verdicts
        return term in table
    memo = index.memo.setdefault("verb_written_apart", {})
    if term not in memo:
        t = index.term_ids.get(term)
        chunks = index.post_docs[index.offsets[t]:index.offsets[t + 1]][:APART_SCAN] if t is not None else ()
        # Each passage's particle verbs are read once for every verb asked (particle_verb_terms.py).
        memo[term] = any(term in particle_verb_terms(index, int(cid)) for cid in chunks)
    return memo[term]


def material_particle_forms(analyzer, verb: str, form: str, known, material: MaterialLemmas) -> list[str]:
    """The index terms of the particle verb `form` (particle + `verb`) that the material writes in a
    form of its own: the stemmer cuts the infinitive "indsende" to "inds" but the statutes'
    participle "indsendt" to "indsend", so "sende et forslag ind" reaches no word by its forms. The
    particle before the verb's stem ("ind" + "send") is the material's term when a word the material
    has under it is the particle verb (its lemma is the form's: "indsendt" -> "indsende")."""
    lemma = lemma_of(form)
    particle = form[:len(form) - len(verb)]
    if not lemma or not particle:
        return []
    stems = dict.fromkeys(analyzer.query_terms(verb) + analyzer.query_terms(lemma_of(verb) or verb))
    return [particle + s for s in stems if particle + s in known and lemma in material.lemmas_of(particle + s)]


def unknown_particle_terms(analyzer, question: str) -> dict[str, list[str]]:
    """A question word's query term -> its joined forms with a following particle that are no
    Danish word ("opstarten af" -> "afopstarten"). Split as compounds they find the question
    word's own head after its particle ("start" of "opstart"), which nothing else finds: a last
    resort for a word the material has in no other form."""
    return particle_terms(analyzer, question, words=False)


# Words at least this common in everyday Danish (wordfreq's Zipf scale: "tak", "gerne", "laver")
# get no thesaurus stand-ins.
EVERYDAY_ZIPF = 5.0


def everyday_terms(analyzer, question: str) -> frozenset[str]:
    """Query terms whose every word in the question is an everyday Danish word."""
    return frozenset(t for t, r in term_rarity(analyzer, question).items()
                     if r <= rarity_of(EVERYDAY_ZIPF))


def _one_compound(groups: list[TermGroup]) -> dict[str, str]:
    """Group term -> an earlier group's term that the material writes in one compound with it
    ("lokal", "forening" -> "lokalforening"): a member of both that holds both terms. The two are
    one word of the question, and apart the compound would score twice."""
    terms = {g.term for g in groups}
    holder: dict[str, str] = {}
    out: dict[str, str] = {}
    for g in groups:
        for m in g.members:
            if m in terms:
                continue
            other = holder.setdefault(m, g.term)
            if other != g.term and other in m and g.term in m:
                out.setdefault(g.term, other)
    return out


def merged_groups(groups: list[TermGroup], analyzer,
                  alternatives: Sequence[Sequence[str]]) -> tuple[TermGroup, ...]:
    """Groups whose terms are alternatives of one word, or the two words of one compound, joined
    into the first of them."""
    first_of: dict[str, str] = {}
    for words in alternatives:
        terms = [t for w in words for t in analyzer.query_terms(w)]
        for term in terms[1:]:
            first_of.setdefault(term, terms[0])
    for later, earlier in _one_compound(groups).items():
        first_of.setdefault(later, earlier)
    by_term = {g.term: g for g in groups}
    out: dict[str, TermGroup] = {}
    for g in groups:
        head = first_of.get(g.term, g.term)
        if head not in by_term:
            head = g.term
        if head in out:
            kept = out[head]
            out[head] = replace(kept, members=tuple(dict.fromkeys(kept.members + g.members)),
                                weight=max(kept.weight, g.weight), scale=max(kept.scale, g.scale))
        else:
            out[head] = g
    return tuple(out.values())
