"""A publication PDF becomes one section per page, so a citation opens the page that holds it."""
from __future__ import annotations

import pytest

from assistant.errors import ExtractionError
from assistant.index.chunking import chunk_document
from assistant.ingest.extract.pdf import BROKEN_PDF, NO_TEXT_LAYER, extract_pdf
from tests.support.crawl import image_only_pdf, make_pdf

URL = "https://groennebyer.example/publikationer/aarsrapport-2023.pdf"

REPORT = [
    "Årsrapport 2023\n\nI 2023 plantede foreningens frivillige 312 nye træer i byens gader og gårde. "
    "Det er flere end nogensinde før, og arbejdet blev gjort af over hundrede frivillige, som mødte "
    "op på vores plantedage i foråret og efteråret.",
    "Foreningen fik i 2023 et overskud på 18.400 kr., som hensættes til nye plantekasser.\n\n2",
    "",
    "Regnskab\n\n§ 9 Regnskab\nStk. 1. Regnskabsåret følger kalenderåret.\nStk. 2. Regnskabet revideres.",
]


@pytest.fixture(scope="module")
def report():
    return extract_pdf(make_pdf(REPORT, title="Årsrapport 2023"), URL)


def test_each_page_with_text_is_a_section_anchored_at_its_page(report):
    assert [(s.anchor, s.page) for s in report.sections] == [("page=1", 1), ("page=2", 2), ("page=4", 4)]
    assert report.title == "Årsrapport 2023"
    assert report.content_type == "application/pdf"


def test_a_clear_first_line_becomes_the_page_heading_otherwise_side_n(report):
    assert [s.heading for s in report.sections] == ["Årsrapport 2023", "Side 2", "Regnskab"]


def test_wrapped_lines_are_reflowed_into_sentences_and_page_numbers_dropped(report):
    first, second, _ = report.sections
    assert first.text.startswith("I 2023 plantede foreningens frivillige 312 nye træer i byens gader og gårde.")
    assert "\n" not in first.text  # one paragraph, whatever the page width wrapped
    assert second.text == "Foreningen fik i 2023 et overskud på 18.400 kr., som hensættes til nye plantekasser."


def test_statute_lines_in_a_pdf_stay_on_their_own_lines(report):
    assert report.sections[2].text.split("\n") == [
        "§ 9 Regnskab", "Stk. 1. Regnskabsåret følger kalenderåret.", "Stk. 2. Regnskabet revideres."]


def test_citations_of_pdf_chunks_point_to_url_page_n(report):
    urls = {chunk.url for chunk in chunk_document(report)}
    assert urls == {URL + "#page=1", URL + "#page=2", URL + "#page=4"}


@pytest.mark.parametrize("content, reason", [
    (b"", BROKEN_PDF),
    (b"<html>ikke en pdf</html>", BROKEN_PDF),
    (None, BROKEN_PDF),            # a truncated download
    ("image", NO_TEXT_LAYER),      # a scan without OCR
])
def test_broken_and_textless_pdfs_raise_a_danish_extraction_error(content, reason):
    if content is None:
        whole = make_pdf(REPORT)
        content = whole[: len(whole) // 3]
    elif content == "image":
        content = image_only_pdf()
    with pytest.raises(ExtractionError) as caught:
        extract_pdf(content, URL)
    assert caught.value.reason == reason
    assert URL in caught.value.message and "PDF" in caught.value.message
