"""A web page becomes a Document of its own words: sections, anchors, title, language and date."""
from __future__ import annotations

import pytest

from assistant.ingest.extract.html import extract_html, parse_html

URL = "https://groennebyer.example/side/"

BOILERPLATE_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Kontingent | Foreningen Grønne Byer</title>
<script>var tekst = "Skjult scripttekst";</script><style>body { color: red }</style></head>
<body class="layout-with-sidebar">
<div id="cookie-notice" class="cc-window"><p>Vi bruger cookies.</p><button>Accepter</button></div>
<header><a href="/">Logo</a><nav><ul><li><a href="/om/">Om os</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Forside</a> › Kontingent</div>
<main>
  <h1>Kontingent</h1>
  <p>Kontingentet er 250 kr. om året.</p>
  <form><label>Din e-mail</label><input name="mail"><button>Tilmeld</button></form>
  <div hidden>Skjult tekst</div><p style="display:none">Også skjult</p>
  <div class="share-buttons">Del på Facebook</div>
</main>
<aside role="complementary"><h2>Se også</h2><p>Relaterede sider</p></aside>
<footer><p>Lindealle 7, 9999 Træby</p></footer>
<noscript>Slå JavaScript til</noscript>
</body></html>"""


def all_text(doc) -> str:
    return "\n".join(f"{s.heading}\n{s.text}" for s in doc.sections)


def test_a_page_heavy_with_boilerplate_keeps_only_its_own_text():
    doc = extract_html(BOILERPLATE_PAGE, URL)
    text = all_text(doc)
    assert "Kontingentet er 250 kr. om året." in text
    for chrome in ("Skjult scripttekst", "cookies", "Accepter", "Om os", "Kontakt", "Forside ›",
                   "Din e-mail", "Tilmeld", "Skjult tekst", "Også skjult", "Del på Facebook",
                   "Se også", "Relaterede sider", "Lindealle", "JavaScript", "color"):
        assert chrome not in text, chrome


def test_without_main_element_the_body_minus_chrome_is_used():
    page = ("<html><body><nav><a href='/a'>Menu</a></nav><div id='wrapper'><h2>Formål</h2>"
            "<p>Vi planter træer.</p></div><footer>Adresse</footer></body></html>")
    doc = extract_html(page, URL)
    assert [(s.heading, s.text) for s in doc.sections] == [("Formål", "Vi planter træer.")]


def test_an_article_header_keeps_its_heading_and_date():
    page = ("<html><body><header>Sitets top</header><article><header><h1>Plantedag</h1>"
            "<time class='published' datetime='2024-04-12T09:00:00+02:00'>12. april</time></header>"
            "<p>Vi planter frugttræer.</p></article></body></html>")
    doc = extract_html(page, URL)
    assert doc.sections[0].heading == "Plantedag"
    assert "Sitets top" not in all_text(doc)
    assert doc.published == "2024-04-12"


def test_nested_headings_become_sections_with_ids_or_stable_slugs():
    page = """<main><p>Indledning før første overskrift.</p>
    <h1>Om foreningen</h1><p>Kort om os.</p>
    <h2 id="formaal">Vores formål</h2><p>Grønnere byer.</p>
    <h3>Træer i gaderne</h3><p>Vi planter.</p>
    <h4><a name="tage"></a>Grønne tage</h4><p>Vi rådgiver.</p>
    <h2>Træer i gaderne</h2><p>Igen, et andet sted.</p>
    <h2>Tom overskrift</h2><h3>Underoverskrift</h3><p>Tekst.</p>
    <h5>Lille overskrift</h5><p>Brødtekst.</p></main>"""
    sections = extract_html(page, URL).sections
    assert [(s.heading, s.anchor, s.level) for s in sections] == [
        ("", "", 1),
        ("Om foreningen", "om-foreningen", 1),
        ("Vores formål", "formaal", 2),
        ("Træer i gaderne", "traeer-i-gaderne", 3),
        ("Grønne tage", "tage", 4),
        ("Træer i gaderne", "traeer-i-gaderne-2", 2),
        ("Underoverskrift", "underoverskrift", 3),
    ]
    assert sections[0].text == "Indledning før første overskrift."
    assert sections[-1].text == "Tekst.\n\nLille overskrift\n\nBrødtekst."
    assert extract_html(page, URL).sections == sections  # slugs are stable


def test_blocks_lists_inline_markup_and_spaces_are_flattened_as_the_contract_says():
    page = """<main><h2>Kontingent</h2>
    <p>Alle&nbsp;kan   blive <strong>medlem</strong> af <a href="/x">foreningen</a>,
    <em>også</em> børn.</p>
    <ul><li>Voksne: 250 kr.</li><li>Studerende: <b>100</b> kr.<ul><li>med studiekort</li></ul></li></ul>
    <p>Lindealle 7<br>9999 Træby</p>
    <table><tr><th>Type</th><th>Pris</th></tr><tr><td>Familie</td><td>400 kr.</td></tr></table>
    </main>"""
    (section,) = extract_html(page, URL).sections
    assert section.text.split("\n\n") == [
        "Alle kan blive medlem af foreningen, også børn.",
        "Voksne: 250 kr.\nStuderende: 100 kr.\nmed studiekort",
        "Lindealle 7\n9999 Træby",
        "Type | Pris\nFamilie | 400 kr.",
    ]


def test_statute_paragraphs_keep_each_stk_on_its_own_paragraph():
    page = """<main><h2>§ 4 Medlemmer</h2><p>Stk. 1. Som medlem kan optages enhver.</p>
    <p>Stk. 2. Udmeldelse sker skriftligt.</p><h2>§ 5 Kontingent</h2>
    <p>Kontingentet fastsættes af generalforsamlingen.</p></main>"""
    sections = extract_html(page, URL).sections
    assert sections[0].heading == "§ 4 Medlemmer"
    assert sections[0].text == "Stk. 1. Som medlem kan optages enhver.\n\nStk. 2. Udmeldelse sker skriftligt."
    assert sections[1].heading == "§ 5 Kontingent"


@pytest.mark.parametrize("head, expected", [
    ('<meta property="og:title" content="Medlemskab"><title>Medlemskab | Grønne Byer</title>', "Medlemskab"),
    ("<title>Medlemskab | Grønne Byer</title>", "Medlemskab | Grønne Byer"),
    ("", "Bliv medlem"),
])
def test_title_comes_from_og_title_then_title_then_h1(head, expected):
    page = f"<html><head>{head}</head><body><h1>Bliv medlem</h1><p>Tekst.</p></body></html>"
    assert extract_html(page, URL).title == expected


@pytest.mark.parametrize("html_tag, expected", [
    ('<html lang="da-DK">', "da"), ('<html lang="en">', "en"), ("<html>", "da"),
    ('<html lang="12">', "da"),
])
def test_language_comes_from_the_html_lang_attribute(html_tag, expected):
    assert extract_html(f"{html_tag}<body><p>Tekst</p></body></html>", URL).language == expected


@pytest.mark.parametrize("page, expected", [
    ('<meta property="article:published_time" content="2023-03-01T10:00:00Z"><p>x</p>', "2023-03-01"),
    ('<script type="application/ld+json">{"datePublished": "2022-11-05"}</script><p>x</p>', "2022-11-05"),
    ("<main><p>Udgivet 3. marts 2023</p><p>Nyheden.</p></main>", "2023-03-03"),
    ("<main><p>Publiceret: 05.06.2021</p></main>", "2021-06-05"),
    ("<main><p>Generalforsamling 12. maj 2024 i Træby.</p></main>", None),
    ('<meta name="date" content="ikke en dato"><p>x</p>', None),
])
def test_publication_date_is_taken_only_where_the_page_states_one(page, expected):
    assert extract_html(page, URL).published == expected


DANISH = "Grønne tage på Æblehavens Skole – “sedum” koster 5 €"


@pytest.mark.parametrize("encoding, content_type, meta", [
    ("latin-1", None, ""),                                   # old page, no charset anywhere
    ("windows-1252", "text/html", ""),                       # header without charset
    ("windows-1252", "text/html; charset=utf-8", ""),        # header lies: says UTF-8
    ("utf-8", "text/html; charset=iso-8859-1", ""),          # header lies: says Latin-1
    ("windows-1252", None, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
    ("utf-8", None, '<meta charset="utf-8">'),
])
def test_wrong_or_missing_charsets_decode_correctly(encoding, content_type, meta):
    text = DANISH if encoding != "latin-1" else DANISH.replace("–", "-").replace("“", '"').replace(
        "”", '"').replace("€", "EUR")
    page = f"<html><head>{meta}</head><body><p>{text}</p></body></html>".encode(encoding)
    assert extract_html(page, URL, content_type).sections[0].text == text


@pytest.mark.parametrize("broken", [
    "<p>Første afsnit<p>Andet afsnit <b>fed uden slut",
    "<html><body><div><p>Første afsnit</div></span><p>Andet afsnit <b>fed uden slut</body>",
    "<table><tr><td><p>Første afsnit</td></tr><p>Andet afsnit <b>fed uden slut",
])
def test_broken_html_still_yields_its_text(broken):
    text = all_text(extract_html(broken, URL))
    assert "Første afsnit" in text and "Andet afsnit fed uden slut" in text


def test_an_empty_or_textless_page_gives_a_document_without_sections():
    assert extract_html(b"", URL).sections == ()
    assert extract_html("<html><body><nav>Menu</nav></body></html>", URL).sections == ()


def test_parse_html_reports_links_canonical_and_robots_wishes_for_the_crawler():
    page = """<html><head><base href="https://groennebyer.example/a/">
    <link rel="canonical" href="/medlemskab/"><meta name="robots" content="noindex, nofollow"></head>
    <body><nav><a href="/om/">Om</a></nav><main><a href="b.html">B</a><a href="b.html">B igen</a>
    <a href="mailto:x@y.dk">Mail</a></main></body></html>"""
    parsed = parse_html(page, URL)
    assert parsed.links == ("https://groennebyer.example/om/", "https://groennebyer.example/a/b.html",
                            "mailto:x@y.dk")
    assert parsed.canonical == "https://groennebyer.example/medlemskab/"
    assert parsed.noindex and parsed.nofollow
    assert not parse_html("<p>x</p>", URL).noindex
