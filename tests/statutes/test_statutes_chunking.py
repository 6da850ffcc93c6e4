"""Statutes become one chunk per § (or stk.), whatever way the association wrote its § markers."""
from __future__ import annotations

import re

import pytest

from assistant.documents import Document, Section
from assistant.index.chunking import chunk_document
from assistant.statutes.markers import statute_dates
from assistant.statutes.parse import split_statutes
from assistant.statutes.references import ParagraphRef, find_reference, stk_spans

URL = "https://groenne-byer.example/om/vedtaegter/"
TITLE = "Vedtægter for Foreningen Grønne Byer"
OPENING = "§ 1 Navn\nForeningens navn er Foreningen Grønne Byer."


def statutes(text: str, title: str = TITLE, content_type: str = "text/html") -> Document:
    """One-section statutes as an extractor would hand them over."""
    return Document(url=URL, title=title, content_type=content_type,
                    sections=(Section(heading="", anchor="", text=text, level=1),))


def paragraphs(doc: Document) -> list[tuple[str, str, str]]:
    """(§, stk., heading) of every statute chunk."""
    return [(c.paragraph, c.stk, c.heading) for c in chunk_document(doc) if c.paragraph]


@pytest.mark.parametrize("written, number, title", [
    ("§ 2 Formål", "2", "Formål"),
    ("§2. Formål", "2", "Formål"),
    ("§ 2. Formål", "2", "Formål"),
    ("§ 2 - Formål", "2", "Formål"),
    ("§ 2: Formål", "2", "Formål"),
    ("§ 2 FORMÅL", "2", "Formål"),
    ("Paragraf 2 Formål", "2", "Formål"),
    ("§ 1a Lokalforeninger", "1a", "Lokalforeninger"),
    ("§ 2\nFormål", "2", "Formål"),
    ("§ 2", "2", ""),
    ("§ 2 Formål Foreningen arbejder for grønne byer.", "2", "Formål"),
    ("2. FORMÅL", "2", "Formål"),
    ("2. FORMÅL Foreningen arbejder for grønne byer.", "2", "Formål"),
])
def test_a_paragraph_is_recognised_however_it_is_written(written, number, title):
    body = "" if "arbejder" in written else "\nForeningen arbejder for grønne byer."
    doc = statutes(f"{OPENING}\n\n{written}{body}")
    heading = f"§ {number} {title}".strip()
    assert paragraphs(doc) == [("1", "", "§ 1 Navn"), (number, "", heading)]
    chunk = chunk_document(doc)[-1]
    assert chunk.text == "Foreningen arbejder for grønne byer."
    assert chunk.paragraph_title == title


def test_a_numbered_heading_counts_as_a_paragraph_in_statutes():
    doc = Document(url=URL, title=TITLE, sections=(
        Section(heading="1. Navn", anchor="navn", text="Foreningens navn er Grønne Byer Odense."),
        Section(heading="2. Kontingent", anchor="kontingent", text="Kontingentet er 100 kr."),
    ))
    assert paragraphs(doc) == [("1", "", "§ 1 Navn"), ("2", "", "§ 2 Kontingent")]
    assert [c.url for c in chunk_document(doc)] == [URL + "#navn", URL + "#kontingent"]


def test_numbered_headings_in_a_report_are_not_statutes():
    doc = Document(url="https://groenne-byer.example/rapport/", title="Årsrapport 2023", sections=(
        Section(heading="1. Indledning", anchor="indledning", text="Året bød på mange plantedage."),
        Section(heading="2. Økonomi", anchor="oekonomi", text="Regnskabet viser et overskud."),
        Section(heading="3. Frivillige", anchor="frivillige", text="Vi har 40 frivillige."),
        Section(heading="4. Fremtiden", anchor="fremtiden", text="Vi planter flere træer."),
    ))
    assert split_statutes(doc) == list(doc.sections)
    assert not any(c.paragraph for c in chunk_document(doc))


def test_a_page_that_mentions_a_paragraph_keeps_its_ordinary_sections():
    doc = Document(url="https://groenne-byer.example/nyt/", title="Nyt fra bestyrelsen", sections=(
        Section(heading="Generalforsamling", anchor="gf",
                text="Bestyrelsen foreslår at ændre § 5 om kontingent.\n\n§ 7 forbliver uændret."),
    ))
    assert split_statutes(doc) == list(doc.sections)


def test_sub_paragraphs_are_numbered_and_an_unlabelled_first_one_is_stk_1():
    doc = statutes(f"{OPENING}\n\n§ 2 Medlemmer\nAlle kan blive medlem.\n\nStk. 2. Udmeldelse sker "
                   "skriftligt.\n\nstk. 3 Eksklusion besluttes af bestyrelsen.\n\nStk 4: Ingen hæfter.")
    chunk = chunk_document(doc)[-1]
    bodies = {s: chunk.text[a:b] for s, a, b in stk_spans(chunk)}
    assert bodies == {"1": "Alle kan blive medlem.", "2": "Udmeldelse sker skriftligt.",
                      "3": "Eksklusion besluttes af bestyrelsen.", "4": "Ingen hæfter."}


def test_a_wrapped_reference_starts_no_paragraph_and_no_stk():
    text = (f"{OPENING}\n\n§ 2 Beslutninger\nStk. 1. Beslutninger træffes ved simpelt flertal, jf.\n"
            "§ 12 og § 13.\nStk. 2. Reglerne i\nstk. 1 gælder også ved valg.\n\n§ 3 Opløsning\n"
            "Foreningen opløses efter § 2.")
    chunks = {c.paragraph: c for c in chunk_document(statutes(text)) if c.paragraph}
    assert list(chunks) == ["1", "2", "3"]
    assert [s for s, _, _ in stk_spans(chunks["2"])] == ["1", "2"]
    assert "§ 12 og § 13." in chunks["2"].text and "stk. 1 gælder også" in chunks["2"].text


def test_a_numbered_list_inside_a_paragraph_stays_in_it():
    items = "\n".join(f"{n}. Punkt nummer {n}" for n in range(1, 9))
    text = (f"{OPENING}\n\n§ 2 Generalforsamling\nDagsordenen skal mindst indeholde:\n{items}\n\n"
            "§ 3 Bestyrelse\nBestyrelsen har fem medlemmer.")
    chunks = [c for c in chunk_document(statutes(text)) if c.paragraph]
    assert [c.paragraph for c in chunks] == ["1", "2", "3"]
    assert chunks[1].text.endswith("8. Punkt nummer 8")


def test_a_long_paragraph_is_cut_per_stk_and_a_short_one_is_kept_whole():
    long_stk = " ".join(["Generalforsamlingen indkaldes med tre ugers varsel."] * 10)
    text = (f"{OPENING}\n\n§ 2 Generalforsamling\nStk. 1. {long_stk}\nStk. 2. {long_stk}\n"
            f"Stk. 3. Forslag sendes til bestyrelsen.")
    assert paragraphs(statutes(text)) == [
        ("1", "", "§ 1 Navn"), ("2", "1", "§ 2, stk. 1 Generalforsamling"),
        ("2", "2", "§ 2, stk. 2 Generalforsamling"), ("2", "3", "§ 2, stk. 3 Generalforsamling")]
    stk3 = chunk_document(statutes(text))[-1]
    assert stk3.text == "Stk. 3. Forslag sendes til bestyrelsen."


def test_citations_open_at_the_paragraph_on_a_page_and_in_a_pdf():
    page = Document(url=URL, title=TITLE, sections=(
        Section(heading="§ 1 Navn", anchor="navn", text="Foreningens navn er Grønne Byer."),
        Section(heading="§ 2 Formål", anchor="formaal",
                text="Foreningen planter træer.\n\n§ 3 - Kontingent\nKontingentet er 250 kr."),
    ))
    urls = {c.paragraph: c.url for c in chunk_document(page)}
    assert urls["1"] == URL + "#navn"
    assert urls["3"] == URL + "#formaal:~:text=%C2%A7%203%20%2D%20Kontingent"
    pdf = Document(url="https://groenne-byer.example/vedtaegter.pdf", title=TITLE,
                   content_type="application/pdf", sections=(
        Section(heading=TITLE, anchor="page=1", page=1, text="§ 1 Navn\nForeningens navn er X."),
        Section(heading="Side 2", anchor="page=2", page=2, text="§ 2 Formål\nForeningen planter træer."),
    ))
    chunks = [c for c in chunk_document(pdf) if c.paragraph]
    assert [(c.url.rsplit("#", 1)[1], c.page) for c in chunks] == [("page=1", 1), ("page=2", 2)]


def test_a_sentence_broken_by_a_page_break_is_joined_again():
    pdf = Document(url="https://groenne-byer.example/vedtaegter.pdf", title=TITLE, sections=(
        Section(heading="Side 1", anchor="page=1", page=1,
                text=f"{OPENING}\n§ 2 Kontingent\nEt medlem i restance slettes som"),
        Section(heading="Side 2", anchor="page=2", page=2, text="medlem.\n§ 3 Bestyrelse\nFem medlemmer."),
    ))
    chunks = {c.paragraph: c for c in chunk_document(pdf) if c.paragraph}
    assert chunks["2"].text == "Et medlem i restance slettes som medlem."


def test_no_word_of_the_statutes_is_lost_even_when_numbering_is_odd():
    text = ("Indledning: foreningen blev stiftet af haveejere.\n\n"
            f"{OPENING}\n\n§ 2 Formål\nAt plante træer.\n\n§ 2 Formål igen\nEn gentaget paragraf.\n\n"
            "§ 9 Langt spring\nEt spring i nummereringen.\n\n§ 3 Medlemmer\nAlle kan være medlem.\n\n"
            "Vedtaget på generalforsamlingen 2. marts 2021.")
    doc = statutes(text)
    chunked = " ".join(f"{c.heading} {c.text}" for c in chunk_document(doc))
    for word in re.findall(r"\w+", text):
        assert word in chunked, word
    assert [p for p, _, _ in paragraphs(doc)] == ["1", "2", "3"]


@pytest.mark.parametrize("text, expected", [
    ("Vedtaget på den stiftende generalforsamling 12. marts 2019, senest ændret 4. maj 2023.",
     ("12. marts 2019", "4. maj 2023")),
    ("Vedtaget 12.03.2019. Ændret på generalforsamlingerne 3. maj 2021 og 4. maj 2023.",
     ("12.03.2019", "4. maj 2023")),
    ("Således vedtaget på generalforsamlingen den 2. marts 2021.", ("2. marts 2021", "")),
    ("Vedtægterne er revideret 2022-05-04.", ("", "2022-05-04")),
    ("Ændringer af vedtægterne kan vedtages på en generalforsamling.", ("", "")),
    ("Kontingentet betales senest 1. marts.", ("", "")),
])
def test_the_adoption_and_amendment_dates_are_read_as_written(text, expected):
    assert statute_dates(text) == expected


def test_the_adoption_line_is_no_part_of_the_last_paragraph():
    doc = statutes(f"{OPENING}\n\n§ 2 Opløsning\nFormuen går til et grønt formål.\n\n"
                   "Vedtaget på den stiftende generalforsamling 12. marts 2019, senest ændret 4. maj 2023.")
    chunks = chunk_document(doc)
    assert chunks[1].text == "Formuen går til et grønt formål."
    assert chunks[1].statute.adopted == "12. marts 2019" and chunks[1].statute.amended == "4. maj 2023"
    assert chunks[2].paragraph == "" and chunks[2].text.startswith("Vedtaget på")


def test_an_adoption_sentence_run_into_the_last_paragraph_is_taken_out_of_it():
    doc = statutes(f"{OPENING}\n§ 2 Opløsning\nFormuen går til et grønt formål. Vedtaget på "
                   "generalforsamlingen 2. marts 2021.", content_type="application/pdf")
    chunks = chunk_document(doc)
    assert chunks[1].text == "Formuen går til et grønt formål."
    assert chunks[2].text == "Vedtaget på generalforsamlingen 2. marts 2021."


@pytest.mark.parametrize("question, expected", [
    ("hvad siger § 7?", ParagraphRef("7")),
    ("§7 stk 2", ParagraphRef("7", "2")),
    ("hvad siger § 7, stk. 2?", ParagraphRef("7", "2")),
    ("hvad står der i stk. 2 i § 7?", ParagraphRef("7", "2")),
    ("paragraf 7", ParagraphRef("7")),
    ("hvad siger paragraffen 7 stykke 3", ParagraphRef("7", "3")),
    ("what does paragraph 7 say", ParagraphRef("7")),
    ("§ 3a", ParagraphRef("3a")),
    ("§ 3 A", ParagraphRef("3a")),
    ("hvad siger § 5 i vedtægterne?", ParagraphRef("5")),
    ("§§ 12", ParagraphRef("12")),
    ("hvad koster det at være medlem?", None),
    ("§ 99999", None),
])
def test_a_question_names_a_paragraph_in_the_ways_members_write_it(question, expected):
    assert find_reference(question) == expected
