"""A member asks about something the material never mentions, though it speaks of the topic: the
assistant declines instead of quoting the topic's passage. Verbs the material lacks are paraphrase,
not a missing thing, and Danish word order tells them apart."""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing import absent_things, asked_things
from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.compose import ask
from assistant.language import wordnet
from assistant.language.analysis import default_analyzer
from assistant.language.folding import danish_spelling
from tests.support.corpus import make_document
from tests.support.language import require_debian_file


@pytest.mark.parametrize("question, thing", [
    ("Kan man stemme elektronisk på generalforsamlingen?", "elektronisk"),
    ("Kan kommunen få tilskud til en byhave?", "tilskud"),
    ("Hvad koster kontingentet for pensionister?", "pensionister"),
    ("Må jeg tage min kat med til mødet?", "kat"),
])
def test_the_thing_asked_about_is_found_in_the_noun_positions(question, thing):
    assert thing in asked_things(question)


@pytest.mark.parametrize("question, verb", [
    ("Hvad vil I opnå med jeres arbejde?", "opnå"),                    # after an auxiliary and its subject
    ("Hvad foreslår I for skolegårdene?", "foreslår"),                 # before an inverted subject
    ("Hvor mange deltog i undersøgelsen?", "deltog"),                  # after "hvor mange", before a preposition
    ("Hvilke partier samarbejder I med?", "samarbejder"),              # after the question phrase (V2)
    ("Hvad sker der, hvis jeg glemmer at betale?", "glemmer"),         # after a subordinator and its subject
    ("Hvornår får medlemmerne regnskabet tilsendt?", "tilsendt"),      # a participle by its dictionary form
    ("Kan kommunen få tilskud til en byhave?", "få"),                  # after an auxiliary and a definite subject
    ("Hvem skal skrive under, når foreningen indgår en aftale?", "indgår"),
    ("Hvor stort et flertal behøves ved en vedtægtsændring?", "behøves"),  # degree, article, noun, verb
    # An infinitive ending as a definite noun does ("-ne") is its own dictionary form: not a subject.
    ("Hvis foreningen vil låne penge, hvem skal så skrive under?", "låne"),
    # The participle of a verb whose infinitive ends in another vowel than -e ("foreslå").
    ("Har jeres forening foreslået noget om skolegårde?", "foreslået"),
    # A subordinate question puts its subject before its verb ("vil høre, hvad I foreslår").
    ("Jeg vil gerne høre, hvad I foreslår for skolernes udearealer?", "foreslår"),
    # A reflexive follows its verb, though the subject before it is a noun phrase.
    ("Kan helt almindelige folk melde sig ind?", "melde"),
])
def test_a_verb_is_not_a_thing_asked_about(question, verb):
    assert verb not in asked_things(question)


def test_grammar_words_everyday_words_and_modifiers_are_not_things_asked_about():
    # "allerede" is everyday Danish; "elektroniske" modifies "afstemninger", which is the thing.
    things = asked_things("Hvem har allerede betalt for de elektroniske afstemninger?")
    assert "allerede" not in things and "elektroniske" not in things and "afstemninger" in things
    # "Hvilket organ …?" asks which one: the answer names it without the noun.
    assert "organ" not in asked_things("Hvilket organ vedtog planen?")
    # "prisen" names the kind of fact asked (a sum), not the thing priced.
    assert asked_things("Hvem bestemmer prisen på et abonnement?") == ["abonnement"]
    # "på foreningens vegne" is a preposition, whatever its words.
    assert "vegne" not in asked_things("Hvem skriver under på foreningens vegne?")


@pytest.mark.parametrize("typed, written", [
    ("hvad kan man faa hjaelp til paa kontoret", "hvad kan man få hjælp til på kontoret"),
    ("hvem er formand paa skolen", "hvem er formand på skolen"),
    ("hvornaar holdes foreningens aarsmoede", "hvornår holdes foreningens årsmøde"),
])
def test_a_question_typed_without_danish_letters_asks_about_the_same_things(typed, written):
    # "paa" and "hvornaar" are grammar as "på" and "hvornår" are: neither a thing the material must
    # hold nor a noun after which the word before it would read as a mere modifier.
    for content in (False, True):
        found = [danish_spelling(w) for w in asked_things(typed, content=content)]
        assert found == asked_things(written, content=content)


def test_an_adverb_placing_the_question_in_the_askers_time_is_not_a_thing_asked_about(bundled_index):
    # "dengang" says when from where the asker stands; the page says when in its own words.
    assert asked_things("Hvem tog initiativ til foreningen dengang?") == ["initiativ"]
    answer = ask("Hvornår blev I startet, og hvad hed I dengang?", bundled_index)
    assert answer.answered and "Danmark på Vippen" in answer.answer
    # One of the present asks how things stand now, which a dated page does not say.
    assert "idag" in asked_things("Hvem leder organisationen idag?")
    # A manner adverb is what is asked about: the material never says "online".
    assert "online" in asked_things("Kan man være med til generalforsamlingen online?")


def test_a_question_about_a_way_of_paying_the_statutes_never_mention_is_declined(statutes):
    assert not ask("Kan kontingentet betales med kreditkort?", statutes).answered
    # The same topic in the statutes' own terms is answered.
    assert ask("Hvornår skal kontingentet være betalt?", statutes).answered


def test_a_paraphrased_verb_does_not_decline_what_the_statutes_answer(statutes):
    answer = ask("Hvornår får medlemmerne det reviderede regnskab tilsendt?", statutes)
    assert answer.answered and "en uge før" in answer.answer


def test_a_word_on_the_same_stem_as_the_material_stands_for_the_thing(publication_index):
    # The publication says "erhvervsbyggerier"; the member writes "erhvervsbygninger".
    answer = ask("Skal nye erhvervsbygninger have grønne tage?", publication_index)
    assert answer.answered and "500 kvadratmeter" in answer.answer
    assert not ask("Skal nye parcelhuse have grønne tage?", publication_index).answered


@pytest.mark.parametrize("question, word", [
    ("Who signs on behalf of the association?", "behalf"),             # part of a preposition
    ("I'm thinking about joining, what does it cost?", "thinking"),     # after a contraction
    ("What temperature difference did the volunteers measure?", "difference"),  # "what X" asks which
    ("When were the recommendations adopted?", "adopted"),               # a past form
    ("Does Balance Danmark receive money from the state?", "receive"),   # after an auxiliary and a name
    ("Hello, I run a small shop. Is there a discount?", "run"),          # after a subject pronoun
])
def test_an_english_verb_or_grammar_word_is_not_a_thing_asked_about(question, word):
    assert word not in english_asked_things(question)


def test_an_english_question_names_its_thing_in_its_own_word_order():
    things = english_asked_things("Does the association have a youth section?")
    assert "youth" in things and "have" not in things and "does" not in things
    assert "online" in english_asked_things("Can the board meet online?")


def test_an_english_question_about_something_the_statutes_never_mention_is_declined_in_english(statutes):
    answer = ask("Does the association have a youth section?", statutes)
    assert not answer.answered and answer.answer.startswith("Sorry, I cannot find an answer")
    # Its own words' Danish translations are what is looked for: the student fee is there.
    answer = ask("How much is the fee for students?", statutes)
    assert answer.answered and "125 kr" in answer.answer


def test_a_passage_holding_every_thing_asked_answers_though_the_verb_is_put_otherwise(bundled_index):
    # The page says the organisation "startede" in 2014; the visitor asks when it was "grundlagt".
    answer = ask("I hvilket år blev organisationen grundlagt?", bundled_index)
    assert answer.answered and answer.citations[0].url.endswith("#vores-historie")


def test_the_held_things_must_stand_beside_the_kind_of_fact_asked(publication_index):
    from assistant.answer.asked_thing import holds_every_thing
    from assistant.answer.reading import read_question
    from assistant.answer.retrieve import analyse_query, search_query

    def held(question: str, heading: str) -> bool:
        query = analyse_query(publication_index, read_question(publication_index, question).text)
        hit = next(h for h in search_query(publication_index, query, 8) if h.chunk.heading == heading)
        return holds_every_thing(publication_index, question, query, hit.chunk_id, question)

    # "Anbefalinger 2025" says when the recommendations were adopted: a date beside them.
    assert held("Hvornår blev anbefalingerne besluttet?", "Anbefalinger 2025: Grønnere byer for alle")
    # The page of recommendation 4 names them beside "500 kvadratmeter", a figure and no time.
    assert not held("Hvornår blev anbefalingerne besluttet?", "Anbefalinger om natur i byen")


def test_a_compound_the_material_writes_as_a_phrase_is_no_missing_thing(index_of):
    # The statutes say "ændring af vedtægterne" and "flertal"; the member writes the compound.
    index = index_of([make_document("https://cykelklub.example/vedtaegter/", "Vedtægter for Cykelklubben Egern", [
        ("§ 9 Ændringer", "Stk. 1. Enhver ændring af vedtægterne kræver et flertal på tre fjerdedele af "
                          "de fremmødte."),
        ("§ 10 Kontingent", "Stk. 1. Kontingentet fastsættes af generalforsamlingen."),
        ("§ 11 Ture", "Stk. 1. Klubben kører fællesture hver søndag fra april til oktober."),
        ("§ 12 Regnskab", "Stk. 1. Regnskabsåret følger kalenderåret, og kassereren fører regnskabet."),
        ("§ 13 Opløsning", "Stk. 1. Opløses klubben, går formuen til den lokale idrætsforening.")])])
    answer = ask("Hvor stort et flertal behøves ved en vedtægtsændring?", index)
    assert answer.answered and "tre fjerdedele" in answer.answer


def test_an_english_verb_word_order_misses_does_not_decline_what_the_material_answers(publication_index):
    # WordNet knows "shrink" mostly as a verb (language/english_things.py).
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    answer = ask("How much did the green areas shrink in the big cities?", publication_index)
    assert answer.answered and "Store byer" in answer.answer


def test_an_english_adjective_asked_about_still_declines_in_english(statutes):
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    answer = ask("Can members vote online at the general meeting?", statutes)
    assert not answer.answered and answer.answer.startswith("Sorry")


def test_an_english_question_about_a_name_the_statutes_never_mention_is_declined_in_english(statutes):
    for question in ("Can I pay my fee by PayPal?", "Is the fee the same for members in Aarhus?"):
        answer = ask(question, statutes)
        assert not answer.answered and answer.answer.startswith("Sorry"), question
    # A name in the scene around the question is no thing asked about.
    answer = ask("I'm a student from Oslo. How much is the fee for students?", statutes)
    assert answer.answered and "125 kr" in answer.answer


def test_a_compound_held_only_by_its_first_part_elsewhere_is_declined(association):
    # No passage says "kort"; "medlem" is everywhere, but not in the passage found first, which
    # holds only "gøre" and "så", and "medlemskab" shares no more than "medlem" + "s" + "k".
    answer = ask("hvis jeg mister mit medlemskort hvad goer jeg saa", association)
    assert not answer.answered and "Det kan jeg desværre ikke finde" in answer.answer


def test_a_compound_held_by_its_first_part_in_the_passage_found_is_answered(association):
    # The statutes strike a member off ("slettes som medlem") without naming the list: the passage
    # found first holds "medlem", so "medlemslisten" is the compound put otherwise.
    answer = ask("Hej, jeg har glemt at betale kontingent et stykke tid – hvornår bliver man egentlig "
                 "fjernet fra medlemslisten? mvh Ole", association)
    assert answer.answered and "§ 5" in "".join(c.title + c.url for c in answer.citations) + answer.answer


def test_a_derived_word_is_held_by_its_root_not_read_as_a_compound(association):
    # "plantning" is "plant" + "-ning", no compound: the passage speaking of planted trees answers.
    answer = ask("Hvor stor en del af de forsvundne træer har medlemmernes plantning erstattet?", association)
    assert answer.answered and "plantet 14.300 træer" in answer.answer


def test_a_shared_stem_reaches_into_the_head_past_a_first_part_the_material_holds():
    analyzer = default_analyzer()

    def absent(question, word, known):
        terms = analyzer.query_terms(word)
        stems = frozenset(t[:8] for t in known if len(t) >= 8)
        return absent_things(analyzer, question, terms, stems, frozenset(known), sorted(known))

    # "medlemskab" shares "medlemsk" with "medlemskort": the first part, its link and one letter.
    assert absent("Hvad koster et medlemskort?", "medlemskort", {"medlem", "medlemskab"}) == ["medlemskort"]
    # "erhvervsbyggeri" shares "erhvervsbyg" with "erhvervsbygninger": three letters of the head.
    assert absent("Hvad koster erhvervsbygninger?", "erhvervsbygninger", {"erhverv", "erhvervsbyggeri"}) == []


@pytest.mark.parametrize("question, thing", [
    # An indefinite adverb of place asks whether, not about a place the material must name.
    ("Do you publish your recommendations somewhere?", "somewhere"),
    # An adjective is no subject alone: "small companies" is the subject and "join" the verb.
    ("Can small companies join?", "join"),
])
def test_an_english_questions_adverbs_and_verbs_are_not_things_asked_about(question, thing):
    assert thing not in english_asked_things(question)


def test_a_preposition_after_an_auxiliary_is_no_adjective_of_a_subject():
    # "were behind the initiative": "behind" opens a phrase, so "initiative" is no verb but the thing.
    assert "initiative" in english_asked_things("Which municipalities were behind the initiative at the start?")


def test_after_is_the_noun_phrase_ends_in_its_noun_not_in_a_verb(publication_index):
    # "When is the next public hearing …?": after a copula the -ing word ends the noun phrase; the
    # report names no hearing, so the question is declined instead of answered with the tree plan.
    assert "hearing" in english_asked_things("Hi, when is the next public hearing on the tree plan?")
    assert "meeting" in english_asked_things("When is the annual general meeting?")
    assert not ask("Hi, when is the next public hearing on the tree plan?", publication_index).answered
    # After "does", the last word of a long subject is still its verb ("does the cost estimate cover").
    assert "cover" not in english_asked_things("Does the total cost estimate cover the tree plan?")


def test_a_place_name_is_a_thing_asked_about_however_common(publication_index):
    # "Aarhus" is as common in Danish as an everyday word, but a name is not put otherwise: the
    # report names no trees for Aarhus, so the question is declined, not answered with the tree plan.
    assert "aarhus" in asked_things("Hvor mange træer vil I plante i Aarhus?")
    assert not ask("Hvor mange træer vil I plante i Aarhus?", publication_index).answered
    # A capital after a full stop or the pronoun "I" is no name.
    assert asked_things("Hej. Hvad laver I?") == []


class _Unwalkable(frozenset):
    """The material's terms, which a test will not let the code walk one by one."""

    def __iter__(self):
        raise AssertionError("every term of the material walked")


def test_the_movement_noun_of_a_moved_place_is_looked_up_in_the_sorted_vocabulary():
    # "flytte … ud af hovedstaden": the place is no thing the material must name where it holds
    # "udflytning". At 10,000 passages a walk over the material's terms cost more than anything
    # else in a new question with a moved place; the sorted vocabulary is searched instead.
    analyzer = default_analyzer()
    question = "Hvad er jeres holdning til at flytte statslige job ud af hovedstaden?"
    unheld = analyzer.query_terms("hovedstaden")

    def absent(material):
        known = set(analyzer.query_terms(material))
        return absent_things(analyzer, question, unheld, frozenset(), _Unwalkable(known), sorted(known))

    assert absent("udflytningen af statslige job") == []
    assert absent("statslige job") == ["hovedstaden"]
