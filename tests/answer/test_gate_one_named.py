"""A visitor asks which one of a kind; the material speaks of the kind only as some or any of it.

"Hvilken revisor har foreningen valgt?" was answered with "Regnskabet revideres af en revisor, …" and
"Hvilken virksomhed er jeres største medlem?" with "Balance Danmarks medlemmer består af kommuner,
virksomheder, …": the passages hold the kind, and say it with an indefinite article or as a plural, naming
no one. A passage that names one ("Hvilken bank …?": "Danske Andelskassers Bank"), says the kind in the
definite or answers a which-question by a description ("Hvilket flertal …?": "simpelt flertal") still
answers, and so does a question for which ones may take part. Written against the bundled Om page and a
fictional page of an association (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_concrete import asked_members
from assistant.answer.gate_one_named import ONE_NAMED_GATE, asked_one
from assistant.documents import Document, Section
from tests.support.gates import declined_by
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(bundled_index):
    return bundled_index


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    """A fictional page about an association's accounts, its members and its meeting, naming no one."""
    page = Document(url="https://groenne-byer.example/regnskab/", title="Regnskab og medlemmer",
                    sections=(Section(heading="Regnskab", anchor="regnskab",
                                      text="Foreningens regnskab gennemgås hvert år af en revisor, som "
                                           "generalforsamlingen vælger for et år ad gangen."),
                              Section(heading="Medlemmer", anchor="medlemmer",
                                      text="Som medlemmer optager foreningen skoler, virksomheder og "
                                           "privatpersoner, der vil plante træer i byen."),
                              Section(heading="Afstemning", anchor="afstemning",
                                      text="På generalforsamlingen træffes beslutninger ved simpelt flertal. "
                                           "Revisoren fremlægger regnskabet."),))
    return build_index(tmp_path_factory.mktemp("regnskab"), [page])



def test_which_one_is_declined_where_the_passage_says_only_some_of_the_kind(club):
    assert declined_by(ONE_NAMED_GATE, "Hvilken revisor har foreningen valgt i år?", club)
    assert declined_by(ONE_NAMED_GATE, "Hvilken virksomhed plantede flest træer?", club)


def test_which_one_is_declined_on_the_om_page_where_it_names_none_of_the_kind(om):
    assert declined_by(ONE_NAMED_GATE, "Hvilken virksomhed er jeres største medlem?", om)


def test_names_listed_beside_the_kind_are_others_than_it(om):
    # "Bag initiativet stod Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner": the list's
    # names are not among "en række kommuner", and its bank is still the answer to "Hvilken bank …?".
    assert declined_by(ONE_NAMED_GATE, "Hvilken kommune stod bag Danmark på Vippen fra begyndelsen?", om)
    assert ask("Hvilken bank stod bag Danmark på Vippen fra begyndelsen?", om).answered


def test_a_name_a_description_or_the_definite_still_answers(om, club):
    assert ask("Hvilken bank var med til at starte Danmark på Vippen?", om).answered
    assert ask("Hvilket flertal kræves på generalforsamlingen?", club).answered


def test_the_question_asks_one_and_not_several_a_condition_or_a_kind_of_a_kind():
    assert asked_one("Hvilken revisor har foreningen valgt?") == "revisor"
    assert asked_one("Which company audits the accounts?") == "company"
    assert asked_one("Hvilke virksomheder er medlemmer?") == ""
    assert asked_one("Which companies are members?") == ""
    assert asked_one("Hvilken virksomhed kan blive medlem?") == ""
    assert asked_one("Hvilken slags by er det?") == ""
    assert asked_one("Hvem bestemmer, hvilken revisor der skal tjekke regnskabet?") == ""
    # A time or a sum is told by a date or a figure ("i januar"), and an adjective is no kind.
    assert asked_one("I hvilken måned bliver kontingentet krævet ind?") == ""
    assert asked_one("i hvilken maaned kommer regningen") == ""
    assert asked_one("Which new buildings should get green roofs?") == ""
    # An English noun before another is the first part of a compound: the kind is the last.
    assert asked_one("Which policy fields have you had a say in?") == ""
    assert asked_one("Which accountant did the association choose?") == "accountant"


def test_naming_one_of_them_asks_for_a_member_as_naming_them_does(om):
    assert asked_members("Kan I nævne en af de kommuner, der var med fra starten?") == "kommuner"
    assert not ask("Kan I nævne en af de kommuner, der var med fra starten?", om).answered


def test_a_compound_of_the_kind_said_as_some_names_none(tmp_path):
    # "Lokalforeninger … kan optages som kollektive medlemmer" speaks of any local association, a compound
    # whose last part is the asked kind; "Foreningen Grønne Byer" is the association the question asks
    # about, not one that joined it. Neither names an association that has joined.
    page = Document(url="https://groenne-byer.example/lokalt/", title="Foreningen Grønne Byer: lokalt arbejde",
                    sections=(Section(heading="Lokalt", anchor="lokalt",
                                      text="Foreningen Grønne Byer arbejder for grønnere byer i hele landet. "
                                           "Lokalforeninger med egne vedtægter kan optages som kollektive "
                                           "medlemmer."),))
    local = build_index(tmp_path, [page])
    assert declined_by(ONE_NAMED_GATE, "Hvilken forening har sluttet sig til Grønne Byer som kollektivt medlem?", local)
    # A question for which ones may join asks a condition, which the description answers, and the
    # page's own association answers which one works for greener towns.
    assert ask("Hvilken forening kan optages som kollektivt medlem?", local).answered
    assert "Foreningen Grønne Byer" in ask("Hvilken forening arbejder for grønnere byer?", local).answer


def test_a_compound_the_lemmatiser_lacks_is_read_as_a_plural_by_its_last_part(tmp_path):
    # "grønne tage, lommeparker og byhaver": any pocket parks, none of them named.
    page = Document(url="https://groenne-byer.example/byrum/", title="Byrum",
                    sections=(Section(heading="Byrum", anchor="byrum",
                                      text="Kommunen anlægger parker i de nye kvarterer. Frivillige passer "
                                           "grønne tage, lommeparker og byhaver i hele byen."),))
    index = build_index(tmp_path, [page])
    assert declined_by(ONE_NAMED_GATE, "Hvilken park passer de frivillige?", index)


def test_spoken_to_the_association_itself_is_not_the_one_that_joined_it(tmp_path):
    # "Foreningens navn er Foreningen Grønne Byer" names the association the visitor speaks to ("jer"),
    # and "Vejle Kommune" is a municipality: no association that joined is named.
    page = Document(url="https://groenne-byer.example/vedtaegter/", title="Vedtægter for Foreningen Grønne Byer",
                    sections=(Section(heading="§ 1 Navn og hjemsted", anchor="navn",
                                      text="Foreningens navn er Foreningen Grønne Byer. Foreningens hjemsted er "
                                           "Vejle Kommune."),))
    index = build_index(tmp_path, [page])
    assert declined_by(ONE_NAMED_GATE, "Hvilken forening sluttede sig til jer, da I skiftede navn?", index)
    # Asked which one it is itself, or without speaking to it, the association's own name answers.
    assert "Foreningen Grønne Byer" in ask("Hvad hedder jeres forening?", index).answer
    assert ask("Hvilken forening har hjemsted i Vejle Kommune?", index).answered


@pytest.fixture(scope="module")
def school_garden(tmp_path_factory):
    """A fictional page that says some of a kind and then tells which: in brackets, by a figure, by examples."""
    page = Document(url="https://groenne-byer.example/skolehaver/", title="Skolehaver",
                    sections=(Section(heading="Skolehaver", anchor="skolehaver",
                                      text="Foreningen har anlagt skolehaver med en række haveklubber. Den har "
                                           "blandt andet samarbejdet med Kvist og Muldvarpen. Hver uge arbejder "
                                           "eleverne i haven i en rolle (gartner eller kok). Den, der ødelægger "
                                           "en have, får en karantæne på to år."),))
    return build_index(tmp_path_factory.mktemp("skolehaver"), [page])


@pytest.mark.parametrize("question, fact", [
    # The examples stand in the next sentence, which the sentence choice does not quote (yet): cited only.
    ("Hvilken klub har foreningen anlagt skolehaver med?", "haveklubber"),
    ("Hvilken rolle har eleverne i haven hver uge?", "gartner"),
    ("Hvilken karantæne får man for at ødelægge en have?", "to år")])
def test_the_one_told_by_examples_brackets_or_a_figure_after_the_kind_is_answered(school_garden, question, fact):
    # NorQuAD's "I hvilken klubb spilte Erlandsen …?" ("… en rekke klubber … Han ledet blant annet
    # Lillestrøm"), "I hvilken posisjon …?" ("en posisjon (høyre bakspiller)") and "Hvilken strafferamme …?"
    # ("en strafferamme på inntil tre års fengsel") were declined as some of the kind.
    assert not declined_by(ONE_NAMED_GATE, question, school_garden)
    answer = ask(question, school_garden)
    assert answer.answered and fact in answer.answer


def test_one_of_a_group_asked_by_the_partitive_is_declined_where_only_some_are_said(om):
    # "Hvilken af kommunerne …?" asks one of them, as "Hvilken kommune …?" does: "Bag initiativet stod
    # Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner" names none of the municipalities.
    assert asked_one("Hvilken af kommunerne bag Danmark på Vippen meldte sig ind først?") == "kommunerne"
    assert asked_one("Which of the founding municipalities was the first to sign up?") == "municipalities"
    assert declined_by(ONE_NAMED_GATE, "Hvilken af kommunerne bag Danmark på Vippen meldte sig ind først?", om)


def test_one_of_a_group_is_answered_where_the_group_is_said_in_the_definite(tmp_path):
    # "de otte anbefalinger" is the group itself (the definite), not some of it: the gate lets it answer.
    page = Document(url="https://groenne-byer.example/okonomi/", title="Økonomi",
                    sections=(Section(heading="Økonomi", anchor="okonomi",
                                      text="Foreningen anslår, at de otte anbefalinger tilsammen vil koste "
                                           "1,2 milliarder kroner. Den største post er den nationale træplan "
                                           "med 450 millioner kroner."),))
    index = build_index(tmp_path, [page])
    assert ask("Hvilken af anbefalingerne bliver dyrest?", index).answered
