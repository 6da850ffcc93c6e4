"""Test support for a publication: the fictional association's recommendations, rendered as a PDF."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

from assistant.documents import Document
from assistant.ingest.extract.pdf import extract_pdf

PUBLICATION_MD = Path(__file__).parents[1] / "data" / "publication" / "groenne-byer-anbefalinger.md"
PUBLICATION_URL = "https://groenne-byer.example/anbefalinger-2025.pdf"
PUBLICATION_TITLE = "Foreningen Grønne Byer: Anbefalinger 2025"
# The PDF's core font (Helvetica) covers Latin-1; the text uses nothing outside it.
FONT = "Helvetica"
# The PDF's creation date, which the extractor reads as the publication's date: fixed, so the
# citations (and tests/data/answers_recorded.json, recorded on this day) do not change at midnight.
CREATED = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _chapters(markdown: str) -> list[list[str]]:
    """The text's chapters (each begins with a '# ' heading), as their non-empty lines."""
    body = markdown.split("-->", 1)[1] if markdown.lstrip().startswith("<!--") else markdown
    chapters: list[list[str]] = []
    for line in body.splitlines():
        if line.startswith("# "):
            chapters.append([])
        if line.strip() and chapters:
            chapters[-1].append(line.strip())
    return chapters


def _table(pdf: FPDF, rows: list[str]) -> None:
    cells = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]
    with pdf.table(col_widths=(60, 25, 25), width=110, align="LEFT", first_row_as_headings=True,
                   line_height=6) as table:
        for values in cells:
            row = table.row()
            for value in values:
                row.cell(value)


def publication_pdf(path: Path = PUBLICATION_MD) -> bytes:
    """The publication as a PDF with one chapter a page, so a chapter's anchor is `#page=N`."""
    chapters = _chapters(path.read_text(encoding="utf-8"))
    pdf = FPDF(format="A4")
    pdf.set_title(PUBLICATION_TITLE)
    pdf.set_creation_date(CREATED)
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    for lines in chapters:
        pdf.add_page()
        table: list[str] = []
        for line in lines + [""]:
            if line.startswith("|"):
                table.append(line)
                continue
            if table:
                _table(pdf, table)
                pdf.ln(3)
                table = []
            if not line:
                continue
            heading = line.startswith("#")
            pdf.set_font(FONT, style="B" if heading else "", size=14 if line.startswith("# ") else
                         12 if heading else 11)
            pdf.multi_cell(0, 5.5 if not heading else 7, line.lstrip("# "), new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2)
    if pdf.page_no() != len(chapters):
        # A chapter that runs onto a second page would shift every later chapter's anchor.
        raise ValueError(f"{path}: {len(chapters)} kapitler fylder {pdf.page_no()} sider")
    return bytes(pdf.output())


def publication_document(url: str = PUBLICATION_URL) -> Document:
    """The publication PDF as the PDF extractor reads it."""
    return extract_pdf(publication_pdf(), url)
