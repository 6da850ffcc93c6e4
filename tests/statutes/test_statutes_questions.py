"""Members ask about the statutes and get the exact § and stk., quoted, from the HTML page and the PDF."""
from __future__ import annotations

import re

import pytest

from assistant.answer.compose import ask
from assistant.index.chunking import chunk_document
from assistant.statutes.references import find_reference
from tests.support.statutes import (
    DATE_NOTE,
    EVENTS_HTML,
    EVENTS_URL,
    MEMBER_QUESTIONS,
    ODENSE_HTML,
    ODENSE_TITLE,
    ODENSE_URL,
    STATUTES_HTML,
    STATUTES_TITLE,
    STATUTES_URL,
    build_index,
    html_document,
    pdf_document,
)

NOT_IN_THE_STATUTES = ["hvad mener foreningen om atomkraft?", "kan jeg parkere ved sekretariatet?"]


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> dict:
    """The association's statutes as its web page and as its PDF, each with the events page."""
    html, pdf = html_document(STATUTES_HTML, STATUTES_URL), pdf_document()
    events = html_document(EVENTS_HTML, EVENTS_URL)
    return {
        "html": (build_index(tmp_path_factory.mktemp("html"), [html, events]), html),
        "pdf": (build_index(tmp_path_factory.mktemp("pdf"), [pdf, events]), pdf),
    }


@pytest.fixture(scope="module")
def two_bodies(tmp_path_factory):
    """The association's statutes and those of a member organisation, side by side."""
    return build_index(tmp_path_factory.mktemp("bodies"), [
        html_document(STATUTES_HTML, STATUTES_URL), html_document(ODENSE_HTML, ODENSE_URL),
        html_document(EVENTS_HTML, EVENTS_URL)])


def flat(text: str) -> str:
    return " ".join(text.split())


def quotes(answer_text: str) -> list[str]:
    """The quoted pieces of an answer; "…" marks words left out between them."""
    return [piece for q in re.findall(r"»(.*?)«", answer_text) for piece in q.split(" …") if piece]


@pytest.mark.parametrize("version", ["html", "pdf"])
@pytest.mark.parametrize("question, paragraph, stk", MEMBER_QUESTIONS)
def test_a_member_gets_the_right_paragraph_quoted_first(versions, version, question, paragraph, stk):
    index, source = versions[version]
    answer = ask(question, index)
    assert answer.answered, answer.answer
    first = answer.citations[0]
    assert (first.paragraph, first.title) == (paragraph, STATUTES_TITLE), answer.answer
    if stk:
        assert first.stk == stk, answer.answer
    assert first.heading.startswith(f"§ {paragraph}" + (f", stk. {stk}" if stk else ""))
    assert answer.answer.startswith(f"{STATUTES_TITLE}, § {paragraph}")
    assert "[1]" in answer.answer and answer.answer.endswith(DATE_NOTE)
    source_text = flat(" ".join(f"{s.heading} {s.text}" for s in source.sections))
    assert quotes(answer.answer) and all(flat(q) in source_text for q in quotes(answer.answer))


@pytest.mark.parametrize("version", ["html", "pdf"])
def test_a_short_paragraph_named_without_stk_is_cited_whole(versions, version):
    for question, paragraph, _ in MEMBER_QUESTIONS:
        if find_reference(question) and not find_reference(question).stk:
            first = ask(question, versions[version][0]).citations[0]
            assert (first.paragraph, first.stk) == (paragraph, ""), question


@pytest.mark.parametrize("version", ["html", "pdf"])
def test_a_question_the_statutes_do_not_regulate_never_cites_a_paragraph(versions, version):
    index, _ = versions[version]
    party = ask("hvornår holder foreningen sommerfest?", index)
    assert party.answered and party.citations[0].url == EVENTS_URL + "#sommerfest"
    assert not any(c.paragraph for c in party.citations)
    for question in NOT_IN_THE_STATUTES:
        answer = ask(question, index)
        assert not answer.answered and not answer.citations, answer.answer


def test_the_citation_opens_the_page_at_the_paragraph(versions):
    html_index, _ = versions["html"]
    assert ask("hvad siger § 7 stk. 2?", html_index).citations[0].url.startswith(
        STATUTES_URL + "#generalforsamling:~:text=Stk.%202.%20Ordin%C3%A6r")
    assert ask("§ 6", html_index).citations[0].url == STATUTES_URL + "#bestyrelse"
    assert ask("paragraf 5", html_index).citations[0].url == (
        STATUTES_URL + "#paragraf-3a-lokalforeninger:~:text=%C2%A7%205.%20Kontingent")
    pdf_index, _ = versions["pdf"]
    first = ask("hvem tegner foreningen?", pdf_index).citations[0]
    assert first.url.endswith("#page=2")
    assert ask("hvad siger § 11?", pdf_index).citations[0].url.endswith("#page=3")


def test_a_whole_paragraph_is_quoted_stk_by_stk_with_where_to_read_the_rest(versions):
    answer = ask("hvad siger § 7?", versions["html"][0])
    assert [c.stk for c in answer.citations] == ["1", "2", "3"]
    assert answer.answer.startswith(f"{STATUTES_TITLE}, § 7, stk. 1 (Generalforsamling): "
                                    "»Generalforsamlingen er foreningens øverste myndighed.« [1]")
    assert "Stk. 2: »Ordinær generalforsamling" in answer.answer
    assert "§ 7 har 6 stk.; resten står i kilden [3]." in answer.answer


@pytest.mark.parametrize("version", ["html", "pdf"])
def test_a_sentence_that_opens_a_list_brings_the_list_along(versions, version):
    answer = ask("hvad skal der vaere paa dagsordenen til generalforsamlingen?", versions[version][0])
    assert "skal mindst indeholde: 1. Valg af dirigent" in answer.answer
    assert "7. Valg af revisor 8. Eventuelt« [1]" in answer.answer


def test_a_short_paragraph_is_quoted_whole_with_its_stk_labels(versions):
    answer = ask("§ 1", versions["pdf"][0])
    assert answer.answer == (
        f"{STATUTES_TITLE}, § 1 (Navn og hjemsted): »Stk. 1. Foreningens navn er Foreningen Grønne "
        f"Byer. Stk. 2. Foreningens hjemsted er Vejle Kommune.« [1] {DATE_NOTE}")


def test_a_paragraph_or_stk_that_does_not_exist_is_said_plainly(versions):
    index, _ = versions["html"]
    missing = ask("hvad siger § 42?", index, contact_url="https://groenne-byer.example/kontakt/")
    assert not missing.answered and not missing.citations
    assert missing.answer.startswith("Jeg kan ikke finde § 42 i vedtægterne.")
    assert "https://groenne-byer.example/kontakt/" in missing.answer
    no_stk = ask("§ 7 stk. 9", index)
    assert not no_stk.answered
    assert no_stk.answer == (f"{STATUTES_TITLE}, § 7 har intet stk. 9 (den har stk. 1, 2, 3, 4, 5, "
                             "6). Se hele paragraffen i kilden [1].")
    assert [(c.paragraph, c.stk) for c in no_stk.citations] == [("7", "1")]


@pytest.mark.parametrize("question, begins", [
    ("§", "Det kan jeg desværre ikke finde"),
    ("paragraf", "Det kan jeg desværre ikke finde"),
    ("stk. 2", "Det kan jeg desværre ikke finde"),
    ("§ 0", "Jeg kan ikke finde § 0 i vedtægterne."),
    ("§ 99999 stk. 99", "Det kan jeg desværre ikke finde"),
    ("§ 7 stk. 0", f"{STATUTES_TITLE}, § 7 har intet stk. 0"),
])
def test_an_odd_paragraph_question_is_declined_in_plain_danish(versions, question, begins):
    answer = ask(question, versions["html"][0])
    assert not answer.answered and answer.answer.startswith(begins)
    assert all(c.paragraph == "7" for c in answer.citations)


def test_each_citation_names_which_body_s_statutes_it_quotes(two_bodies):
    odense = ask("hvad siger § 7 i Grønne Byer Odenses vedtægter?", two_bodies)
    assert [(c.title, c.paragraph) for c in odense.citations] == [(ODENSE_TITLE, "7")]
    assert odense.answer == (f"{ODENSE_TITLE}, § 7 (Opløsning): »Ved opløsning overgår foreningens "
                             "midler til Foreningen Grønne Byer.« [1] "
                             "(Vedtægterne er vedtaget 2. marts 2021.)")
    ours = ask("hvad siger § 7 i vedtægterne for Foreningen Grønne Byer?", two_bodies)
    assert {c.title for c in ours.citations} == {STATUTES_TITLE}
    fee = ask("hvad er kontingentet i Grønne Byer Odense?", two_bodies)
    assert (fee.citations[0].title, fee.citations[0].heading) == (ODENSE_TITLE, "§ 4 Kontingent")
    assert ask("hvad koster det at vaere medlem?", two_bodies).citations[0].title == STATUTES_TITLE


def test_a_paragraph_both_bodies_have_is_quoted_from_both(two_bodies):
    answer = ask("hvad siger § 5 stk. 2?", two_bodies)
    assert answer.answer.startswith("Flere vedtægter har en § 5.")
    assert [(c.title, c.heading) for c in answer.citations] == [
        (STATUTES_TITLE, "§ 5, stk. 2 Kontingent"), (ODENSE_TITLE, "§ 5, stk. 2 Generalforsamling")]
    assert DATE_NOTE in answer.answer and "(Vedtægterne er vedtaget 2. marts 2021.)" in answer.answer


def test_a_question_that_does_not_say_whose_statutes_quotes_each_body(two_bodies):
    answer = ask("hvor mange medlemmer har bestyrelsen?", two_bodies)
    assert sorted((c.title, c.paragraph) for c in answer.citations) == [
        (STATUTES_TITLE, "6"), (ODENSE_TITLE, "6")]
    assert "»Foreningen ledes af en bestyrelse på fem til syv medlemmer" in answer.answer
    assert "»Bestyrelsen består af tre til fem medlemmer" in answer.answer


def test_the_answer_keeps_the_json_contract(versions):
    data = ask("hvad siger § 7 stk. 2?", versions["pdf"][0]).to_json()
    assert {"question", "answered", "answer", "citations"} <= data.keys()
    citation = data["citations"][0]
    assert {"n", "title", "heading", "url", "snippet", "score"} <= citation.keys()
    assert (citation["n"], citation["paragraph"], citation["stk"]) == (1, "7", "2")
    assert "Generalforsamlingen indkaldes af bestyrelsen" in citation["quoted"]
    assert "Generalforsamlingen indkaldes af bestyrelsen" not in citation["snippet"], "no repetition"


def test_the_pdf_and_the_page_give_the_same_paragraphs(versions):
    def layout(doc):
        return [(c.paragraph, c.stk, c.heading) for c in chunk_document(doc) if c.paragraph]

    assert layout(versions["pdf"][1]) == layout(versions["html"][1])
    assert len({p for p, _, _ in layout(versions["pdf"][1])}) >= 10


def test_everyday_words_meet_the_statutes_words_only_where_there_are_statutes(versions, tmp_path):
    from assistant.answer.retrieve import analyse_query
    from assistant.documents import Document, Section

    def members(index, question):
        return {m for g in analyse_query(index, question).groups for m in g.members}

    # (A particle verb, "melder jeg mig ud" -> "udmeldelse", is grammar and is read everywhere:
    # language/particle_verbs.py. Being thrown out is an exclusion only in statutes.)
    question = "kan man blive smidt ud?"
    excluded = members(versions["html"][0], question) & {"ekskluder", "eksklusion"}
    assert excluded
    forum = Document(url="https://groenne-byer.example/forum/", title="Forum",
                     sections=(Section(heading="Regler", anchor="regler",
                                       text="Eksklusion fra forummet sker, når en bruger ekskluderes "
                                            "for spam."),))
    no_statutes = build_index(tmp_path, [forum, html_document(EVENTS_HTML, EVENTS_URL)])
    assert excluded & set(no_statutes.term_ids)
    assert not excluded & members(no_statutes, question)
