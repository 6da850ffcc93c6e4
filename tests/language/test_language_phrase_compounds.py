"""A member who writes "lokal forening" or "medlem af bestyrelsen" finds the rule that says
"lokalforening" or "bestyrelsesmedlem", and the compound counts once."""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.retrieve import analyse_query, search
from assistant.language.analysis import default_analyzer
from assistant.language.lemmas import lemma_of
from assistant.language.phrase_compounds import LINKS, REVERSING, compound_split, phrase_compounds
from tests.support.corpus import make_document


def _known(*words: str) -> set[str]:
    analyzer = default_analyzer()
    return {t for w in words for t in analyzer.document_terms(w)}


def _compounds(question: str, *material: str) -> dict[str, list[str]]:
    return phrase_compounds(default_analyzer(), question, _known(*material), lemma_of)


def test_two_neighbouring_words_are_read_as_the_compound_with_each_linking_element():
    # none: lokal|forening; -s-: bestyrelse|s|medlem.
    assert _compounds("kan en lokal forening være med?", "lokalforeninger") == {
        "lokal": ["lokalforening"], "forening": ["lokalforening"]}
    assert "bestyrelsesmedlem" in _compounds("hvor mange bestyrelse medlemmer", "bestyrelsesmedlem")["medlem"]
    assert set(LINKS) == {"", "s", "e"}


def test_a_phrase_with_a_preposition_is_the_compound_the_other_way_round():
    found = _compounds("hvor længe sidder et medlem af bestyrelsen?", "bestyrelsesmedlemmer")
    assert found["medlem"] == ["bestyrelsesmedlem"] and found["bestyr"] == ["bestyrelsesmedlem"]
    found = _compounds("kan man foreslå en ændring af vedtægterne?", "vedtægtsændringer")
    assert found["aendring"] == ["vedtaegtsaendring"]
    # -e- and the plural: "hus for børn" is a "børnehus".
    assert _compounds("et hus for børn", "børnehuse")["hus"] == ["boernehus"]
    assert {"af", "for", "til", "om"} == REVERSING


def test_nothing_is_made_that_the_material_lacks_or_the_question_writes_itself():
    assert _compounds("kan en lokal forening være med?", "forening", "lokal") == {}
    # The question's own compound is searched as itself already.
    assert _compounds("bestyrelsesmedlem bestyrelse medlem", "bestyrelsesmedlem") == {}
    # Stop words are no parts of a compound ("for at" is no "forat").
    assert _compounds("hvad skal der til for at", "forat", "tilfor") == {}


STATUTES = [
    ("§ 2 Formål", "Klubben arrangerer lokale ture, og hver afdeling har sin egen turleder."),
    ("§ 3 Medlemskab", "Som medlem kan optages enhver, der støtter klubbens formål."),
    ("§ 3a Lokalafdelinger", "Lokalafdelinger med egne vedtægter kan optages som kollektive "
     "medlemmer."),
    ("§ 4 Kontingent", "Kontingentet fastsættes af generalforsamlingen."),
]


def test_a_member_asking_if_a_local_branch_can_join_finds_the_rule_on_local_branches(index_of):
    index = index_of([make_document("https://faelgen.example/vedtaegter/",
                                    "Vedtægter for Cykelklubben Fælgen", STATUTES)])
    answer = ask("Kan en lokal afdeling blive medlem af klubben?", index)
    assert answer.answered, answer.answer
    assert "kollektive medlemmer" in answer.answer.split("[1]")[0]
    # The two words are one word of the question: one group, the compound scored once.
    groups = {g.term: g.members for g in analyse_query(index, "en lokal afdeling").groups}
    assert list(groups) == ["lokal"]
    assert {"lokal", "afdeling", "lokalafdeling"} <= set(groups["lokal"])


def test_a_compound_splits_into_the_two_parts_the_index_holds_or_not_at_all():
    analyzer = default_analyzer()
    known = _known("vedtægter", "ændring", "bestyrelse", "medlem", "general", "år", "regnskab")
    assert compound_split(analyzer, "vedtaegtsaendring", known) == ("vedtaeg", "aendring")
    assert compound_split(analyzer, "bestyrelsesmedlem", known) == ("bestyr", "medlem")
    # "forsamling" is no word of this index, and "år" too short to be told from an ending.
    assert compound_split(analyzer, "generalforsamling", known) is None
    assert compound_split(analyzer, "regnskabsaar", known) is None


def test_a_compound_in_the_question_is_answered_by_the_stk_that_writes_it_as_a_phrase(index_of):
    index = index_of([make_document("https://faelgen.example/vedtaegter/",
                                    "Vedtægter for Cykelklubben Fælgen", [
        ("§ 11 Vedtægtsændringer",
         "Stk. 1. Ændringer af vedtægterne kræver to tredjedele af de afgivne stemmer.\n"
         "Stk. 2. Forslag til vedtægtsændringer skal stå i indkaldelsen."),
        # The material says "flertal" elsewhere: the question asks about nothing the material lacks.
        ("§ 12 Opløsning", "Klubben kan kun opløses med flertal på to generalforsamlinger."),
        *STATUTES])])
    answer = ask("hvor stort et flertal behøves ved en vedtægtsændring?", index)
    assert answer.answered, answer.answer
    assert "to tredjedele" in answer.answer.split("[1]")[0]


def test_the_compounds_tried_for_a_question_are_not_remembered_by_the_analyser():
    # A server sees endless made-up compounds ("lokalforening", "lokalsforening", …): remembered,
    # they would push the words that recur out of the analyser's memo and grow the worker.
    analyzer = default_analyzer()
    known = frozenset(analyzer.query_terms("lokalforening medlem bestyrelse"))
    before = len(analyzer._term_memo(query=True)), len(analyzer._term_memo(query=False))
    phrase_compounds(analyzer, "Kan en lokal forening blive medlem?", known, lemma_of)
    compound_split(analyzer, "bestyrelsesmedlem", known)
    analyzer.query_terms("Kan en lokal forening blive medlem?")  # only the words asked are remembered
    grown = len(analyzer._term_memo(query=True)) - before[0]
    assert grown <= len("kan en lokal forening blive medlem".split())
    assert len(analyzer._term_memo(query=False)) == before[1]


def test_an_adjective_before_its_noun_is_the_compound_with_the_noun_first():
    # "politiske partier" is the page's "partipolitisk"; the compound is the noun's alone, so a
    # passage with "politisk" only does not hold the parties too.
    found = _compounds("står I uden for de politiske partier?", "partipolitisk")
    assert found == {"parti": ["partipolitisk"]}


def test_independence_of_the_parties_is_found_in_the_sentence_that_says_it(index_of):
    page = make_document("https://example.org/om/", "Om os", [
        ("", "Vi er en partipolitisk uafhængig forening for hele landet."),
        ("Vores kamp", "Vi håber, at alle partier med en klar politisk vision vil være med."),
        ("Vores historie", "Foreningen blev stiftet i 2001 af en gruppe borgere i Viborg."),
        ("Vores medlemmer", "Medlemmerne er kommuner, virksomheder og privatpersoner."),
        ("Kontakt", "Sekretariatet har åbent på hverdage fra klokken ni til fire."),
    ])
    index = index_of([page])
    parti = next(g for g in analyse_query(index, "Er I uafhængige af de politiske partier?").groups
                 if g.term == "parti")
    assert "partipolitisk" in parti.members
    assert "partipolitisk" in search(index, "Er I uafhængige af de politiske partier?")[0].chunk.text
