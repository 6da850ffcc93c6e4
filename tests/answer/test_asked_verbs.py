"""The verbs of a Danish question by word order, so that what is left is what it asks about."""
from __future__ import annotations

from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_verbs import verb_positions


def test_a_neuter_nouns_definite_form_is_the_thing_asked_not_a_participle():
    # "årsmødet" of "årsmøde" ends as "lavet" of "lave" does; the lemmatiser knows it only as a noun,
    # so "hvornår holdes årsmødet?" asks about the annual meeting, which a material may never name.
    assert asked_things("Hvornår holdes årsmødet?") == ["årsmødet"]
    assert asked_things("Hvornår holdes foreningens årsmøde?") == ["årsmøde"]
    # Participles stay verbs, also those of strong verbs that end as a short noun would ("set", "taget").
    assert asked_things("Hvad har I lavet i år?") == []
    assert "set" not in asked_things("Hvornår blev det set sidst?")
    assert "taget" not in asked_things("Hvornår blev beslutningen taget?")


def test_the_noun_after_an_empty_subject_and_a_copula_is_the_thing_asked():
    # "hvis der er stemmelighed": "der" opens the clause as its empty subject, and the noun after
    # "er" is what the question asks about, as after "er der" ("er der rabat?"); it is no predicate.
    assert "stemmelighed" in asked_things("Hvad sker der, hvis der er stemmelighed i bestyrelsen?")
    assert "suppleanter" in asked_things("Hvad sker der, hvis der ikke er flere suppleanter?")
    # After a noun, "der" is a relative, and what follows its copula says what the member is.
    assert "formand" not in asked_things("Hvad sker der med et medlem, der er formand?")


def test_an_adverb_of_frequency_after_hvor_takes_no_noun_and_the_verb_follows():
    # "hvor ofte holder bestyrelsen møde?": "holder" is the finite verb, not a noun of the question
    # phrase as "kommuner" is in "hvor mange kommuner har …"; "bestyrelsen" is its subject.
    words = "hvor ofte holder bestyrelsen møde".split()
    assert 2 in verb_positions(words) and 3 not in verb_positions(words)
    assert asked_things("Hvor tit udkommer nyhedsbrevet?") == ["nyhedsbrevet"]
    assert 2 not in verb_positions("hvor mange kommuner har været med".split())
