"""A member who says "sendt ind" or "melde sig ud" finds the rule that says "indsendt" or "udmeldelse"."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.language.particle_verbs import PARTICLES, TWO_WORD_PARTICLES, joined_forms, particle_verb_forms
from tests.support.corpus import make_document

# One everyday phrasing per particle and the form formal Danish writes it in.
EVERY_PARTICLE = [
    ("hvornår skal forslaget sendes ind?", "sendes", "indsendes"),
    ("hvordan melder jeg mig ud?", "melder", "udmelder"),
    ("kan jeg sige mit medlemskab op?", "sige", "opsige"),    # object between: not joined
    ("hvornår bliver foreningen lagt ned?", "lagt", "nedlagt"),
    ("hvornår bliver mødet holdt af?", "holdt", "afholdt"),
    ("hvem skal tage over?", "tage", "overtage"),
    ("kan planen lægges om?", "lægges", "omlægges"),
    ("hvordan melder man sig til?", "melder", "tilmelder"),
    ("hvornår bliver regnskabet lagt frem?", "lagt", "fremlagt"),
    ("kan et medlem vises bort?", "vises", "bortvises"),
    ("kan to lokalforeninger lægges sammen?", "lægges", "sammenlægges"),
    ("hvem sætter det i gang?", "sætter", "igangsætter"),
]


@pytest.mark.parametrize("question, verb, form", EVERY_PARTICLE)
def test_a_verb_followed_by_its_particle_is_also_read_with_the_particle_in_front(question, verb, form):
    found = joined_forms(question)
    if "mit medlemskab" in question:
        # A noun between verb and particle is not read: only pronouns stand there in a main clause.
        assert (verb, form) not in found
    else:
        assert (verb, form) in found


def test_every_particle_has_a_phrasing_above():
    tested = {form[:-len(verb)] for _, verb, form in EVERY_PARTICLE}
    assert tested >= set(PARTICLES) | set(TWO_WORD_PARTICLES.values())


def test_words_without_a_particle_after_them_are_left_alone():
    assert joined_forms("hvornår skal kontingentet være betalt?") == []
    # Pronouns are never verbs, and more than two do not stand between a verb and its particle.
    assert not [form for verb, form in joined_forms("melder vi os nu ud?") if verb == "melder"]


def test_a_proposal_sent_in_finds_the_rule_on_proposals_submitted_not_the_one_on_accounts_sent(index_of):
    index = index_of([make_document(
        "https://groenne-byer.example/vedtaegter/", "Vedtægter for Foreningen Grønne Byer",
        [("Generalforsamling", "Forslag skal være indsendt til bestyrelsen senest 14 dage før mødet."),
         ("Regnskab", "Regnskabet sendes til medlemmerne senest en uge før mødet."),
         ("Kontingent", "Kontingentet fastsættes af generalforsamlingen."),
         ("Bestyrelse", "Bestyrelsen består af fem medlemmer.")])])
    answer = ask("Hvornår skal mit forslag senest være sendt ind?", index)
    assert answer.answered, answer.answer
    assert "14 dage" in answer.answer
    assert "Regnskabet sendes" not in answer.answer.split("[1]")[0]


def test_a_particle_after_the_verbs_object_is_read_with_the_particle_in_front():
    from assistant.language.lemmas import lemma_of
    from assistant.language.particle_verbs import object_split_forms
    # "samlede I oplysningerne ind" is "indsamlede", "gav rapporten ud" is "udgav".
    assert ("samlede", "indsamlede") in object_split_forms("Hvornår samlede I oplysningerne ind?", lemma_of)
    assert ("gav", "udgav") in object_split_forms("Hvem gav rapporten ud?", lemma_of)
    # A noun before a preposition is no verb with its particle: "tilpengene" is no particle verb.
    assert object_split_forms("Hvor mange af pengene går til træerne?", lemma_of) == []
    # A preposition or conjunction ends the object: the particle belongs to another phrase.
    assert object_split_forms("Hvad samlede I, og hvem kom ind?", lemma_of) == []


@pytest.mark.parametrize("question, pair", [
    ("Hvem kalder os sammen til den årlige generalforsamling?", ("kalder", "sammenkalder")),
    ("hvem skal tage over?", ("tage", "overtage")),
    ("hvad går det ud på?", ("går", "udgår")),
    ("hvornår blev tallene samlet ind?", ("samlet", "indsamlet")),
])
def test_a_particle_that_ends_its_phrase_makes_a_particle_verb(question, pair):
    assert pair in particle_verb_forms(question)


@pytest.mark.parametrize("question, verb", [
    ("Hvornår kan bestyrelsen kalde til et ekstra møde?", "kalde"),   # "til" governs "et ekstra møde"
    ("Hvornår skal vi stemme om forslaget?", "stemme"),               # "om" governs "forslaget"
])
def test_a_preposition_before_a_noun_phrase_is_no_particle(question, verb):
    assert verb not in [v for v, _ in particle_verb_forms(question)]
