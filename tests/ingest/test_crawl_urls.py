"""Every page has one spelling, sitemaps are read whole, and generated URL traps are recognised."""
from __future__ import annotations

import gzip

import pytest

from assistant.ingest.sitemaps import parse_sitemap
from assistant.ingest.urls import looks_like_trap, normalize_url, page_key, site_of


@pytest.mark.parametrize("raw, expected", [
    ("HTTPS://GroenneByer.Example/om/#historie", "https://groennebyer.example/om/"),
    ("https://groennebyer.example:443/om/", "https://groennebyer.example/om/"),
    ("http://groennebyer.example:80", "http://groennebyer.example/"),
    ("http://groennebyer.example:8080/om", "http://groennebyer.example:8080/om"),
    ("https://groennebyer.example/a/../b/./c", "https://groennebyer.example/b/c"),
    ("https://groennebyer.example/s?utm_source=nyhedsbrev&b=2&fbclid=x&a=1", "https://groennebyer.example/s?a=1&b=2"),
    ("https://groennebyer.example/s?gclid=1&utm_medium=mail", "https://groennebyer.example/s"),
    ("https://groennebyer.example/grønne tage/", "https://groennebyer.example/gr%C3%B8nne%20tage/"),
    ("https://groennebyer.example/gr%c3%b8nne", "https://groennebyer.example/gr%c3%b8nne"),
    ("mailto:kasserer@groennebyer.example", None),
    ("javascript:void(0)", None),
    ("tel:+4512345678", None),
    ("https://groennebyer.example:99999/", None),
    ("", None),
])
def test_urls_are_normalised_to_one_spelling(raw, expected):
    assert normalize_url(raw) == expected


def test_relative_links_resolve_against_the_page():
    assert normalize_url("../kontakt/", "https://groennebyer.example/om/historie/") == \
        "https://groennebyer.example/om/kontakt/"
    assert normalize_url("#top", "https://groennebyer.example/om/") == "https://groennebyer.example/om/"


def test_trailing_slash_and_www_do_not_make_another_page_or_site():
    assert page_key("https://groennebyer.example/om/") == page_key("https://groennebyer.example/om")
    assert page_key("https://groennebyer.example/") == "https://groennebyer.example/"
    assert site_of("https://www.groennebyer.example/om/") == site_of("http://groennebyer.example/")
    assert site_of("https://groennebyer.example:8080/") != site_of("https://groennebyer.example/")


@pytest.mark.parametrize("url, trap", [
    ("https://groennebyer.example/kalender/naeste/naeste/naeste/", True),
    ("https://groennebyer.example/a/b/a/b/a/", True),
    ("https://groennebyer.example/" + "x" * 2100, True),
    ("https://groennebyer.example/nyheder/2024/04/plantedag/", False),
])
def test_generated_url_traps_are_recognised(url, trap):
    assert looks_like_trap(url) is trap


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><!-- kommentar -->
<url><loc> https://groennebyer.example/om/ </loc><lastmod>2024-01-01</lastmod></url>
<url><loc>https://groennebyer.example/medlemskab/?utm_source=sitemap</loc></url>
<url><loc>ftp://groennebyer.example/fil</loc></url></urlset>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://groennebyer.example/sitemap-sider.xml</loc></sitemap></sitemapindex>"""


@pytest.mark.parametrize("content, pages, nested", [
    (URLSET, ["https://groennebyer.example/om/", "https://groennebyer.example/medlemskab/"], []),
    (gzip.compress(URLSET), ["https://groennebyer.example/om/", "https://groennebyer.example/medlemskab/"], []),
    (INDEX, [], ["https://groennebyer.example/sitemap-sider.xml"]),
    (b"<html>ikke et sitemap", [], []),
    (b"\x1f\x8bikke gzip", [], []),
    (b"", [], []),
])
def test_sitemaps_and_sitemap_indexes_are_parsed(content, pages, nested):
    assert parse_sitemap(content) == (pages, nested)


def test_a_sitemap_cannot_make_us_read_local_files():
    evil = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <urlset><url><loc>https://groennebyer.example/&x;</loc></url></urlset>"""
    pages, _ = parse_sitemap(evil)
    assert all("root" not in page for page in pages)
