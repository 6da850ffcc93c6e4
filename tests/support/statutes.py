"""Test support for statutes: the fictional associations' pages, a PDF made from them, and indexes."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from fpdf import FPDF

from assistant.documents import Document, write_document
from assistant.index.bm25 import Index
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.ingest.extract.html import extract_html
from assistant.ingest.extract.pdf import extract_pdf
from assistant.language.analysis import default_analyzer

DATA = Path(__file__).parents[1] / "data" / "statutes"
STATUTES_HTML = DATA / "groenne-byer-vedtaegter.html"
ODENSE_HTML = DATA / "groenne-byer-odense-vedtaegter.html"
EVENTS_HTML = DATA / "arrangementer.html"
STATUTES_URL = "https://groenne-byer.example/om/vedtaegter/"
STATUTES_PDF_URL = "https://groenne-byer.example/filer/vedtaegter-groenne-byer.pdf"
ODENSE_URL = "https://odense.groenne-byer.example/vedtaegter/"
EVENTS_URL = "https://groenne-byer.example/arrangementer/"
STATUTES_TITLE = "Vedtægter for Foreningen Grønne Byer"
ODENSE_TITLE = "Vedtægter for Grønne Byer Odense"
DATE_NOTE = "(Vedtægterne er vedtaget 12. marts 2019 og senest ændret 4. maj 2023.)"
# (question as a member writes it, the § that answers it, the stk. when the answer is one stk.)
MEMBER_QUESTIONS = [
    ("hvordan melder jeg mig ud?", "4", "2"),
    ("hvornaar skal generalforsamlingen indkaldes?", "7", "2"),
    ("hvad siger § 7 stk. 2?", "7", "2"),
    ("hvem kan stemme?", "7", "5"),
    ("hvad koster det at vaere medlem?", "5", "2"),
    ("paragraf 9", "9", ""),
    ("§3a", "3a", ""),
    ("hvad står der i paragraph 12?", "12", ""),
    ("§7 stk 4", "7", "4"),
    ("hvem kan blive medlem?", "3", "1"),
    ("hvad er foreningens formål?", "2", ""),
    ("hvor har foreningen hjemsted?", "1", ""),
    ("hvor mange medlemmer har bestyrelsen?", "6", "1"),
    ("hvem tegner foreningen?", "9", ""),
    ("kan man blive smidt ud af foreningen?", "4", "3"),
    ("hvordan aendrer man vedtaegterne?", "12", "1"),
    ("hvad sker der med formuen, hvis foreningen nedlaegges?", "13", "2"),
    ("hvad er regnskabsaaret?", "10", "1"),
    ("hæfter jeg personligt for foreningens gæld?", "11", ""),
    ("hvornaar skal forslag til generalforsamlingen vaere indsendt?", "7", "3"),
    ("hvad skal der vaere paa dagsordenen til generalforsamlingen?", "7", "4"),
    ("hvad staar der i vedtaegterne om dagsordenen?", "7", "4"),
    ("hvornår kan der indkaldes til ekstraordinær generalforsamling?", "8", ""),
    ("kan en lokalforening blive medlem?", "3a", "1"),
    ("hvad siger vedtægterne om kontingent?", "5", ""),
    ("må jeg stemme ved fuldmagt?", "7", "5"),
    ("Hvad siger paragraf 5, stk. 3?", "5", "3"),
]
# The PDF's core font (Helvetica) covers Latin-1; the pages use nothing outside it.
FONT = "Helvetica"


def html_document(path: Path, url: str) -> Document:
    """A fixture page as the HTML extractor reads it."""
    return extract_html(path.read_bytes(), url)


def _blocks(html: str) -> list[tuple[str, str]]:
    """(kind, text) of the page's main content in reading order: heading, paragraph or list item."""
    main = BeautifulSoup(html, "lxml").find("main")
    blocks: list[tuple[str, str]] = []
    for tag in main.find_all(["h1", "h2", "h3", "p", "li"]):
        for br in tag.find_all("br"):
            br.replace_with("\n")
        lines = [" ".join(line.split()) for line in tag.get_text().split("\n")]
        text = "\n".join(line for line in lines if line)
        if tag.name == "li":
            number = len(tag.find_previous_siblings("li")) + 1
            blocks.append(("item", f"{number}. {text}"))
        else:
            blocks.append(("heading" if tag.name.startswith("h") else "text", text))
    return blocks


def statutes_pdf(html_path: Path = STATUTES_HTML) -> bytes:
    """The same statutes as a PDF, laid out the way an association prints them (A4, wrapped lines)."""
    blocks = _blocks(html_path.read_text(encoding="utf-8"))
    pdf = FPDF(format="A4")
    pdf.set_title(blocks[0][1])
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "heading":
            pdf.ln(3)
            pdf.set_font(FONT, style="B", size=12)
        else:
            pdf.set_font(FONT, size=11)
        indent = 6 if kind == "item" else 0
        for line in text.split("\n"):
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(pdf.epw - indent, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    return bytes(pdf.output())


def pdf_document(content: bytes | None = None, url: str = STATUTES_PDF_URL) -> Document:
    """The statutes PDF as the PDF extractor reads it."""
    return extract_pdf(content if content is not None else statutes_pdf(), url)


def build_index(folder: Path, documents: list[Document]) -> Index:
    """Write the documents as a corpus and build, save and load its index, as the indexer does."""
    corpus = folder / "corpus"
    for doc in documents:
        write_document(corpus, doc)
    path = folder / "index.bm25"
    build_and_save(corpus, path)
    return load_index(path, default_analyzer())
