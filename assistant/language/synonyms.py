"""Danish words that ask for the same thing ("stiftet" and "startede"), matched as one query term."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .analysis import Analyzer
from .lemmas import lemma_of

# Derivations of one topic word that a stemmer cannot bring together. Always matched together.
# General language only: nothing here states a fact about the organisation.
WORD_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("kæmpe", "kæmper", "kæmpede", "kamp", "kampen"),
    ("medlem", "medlemmer", "medlemskab", "medlemsskab"),
    ("udmelde", "udmelding", "udmeldelse"),
    ("udtræde", "udtræden", "udtrædelse"),
    ("opsige", "opsigelse", "opsagt"),
    ("indkalde", "indkaldelse", "indkaldes"),
    ("varsle", "varsel", "varsles"),
    ("ændre", "ændrede", "ændret", "ændring"),
    ("stifte", "stiftet", "stiftede", "stiftelse"),
    ("decentral", "decentrale", "decentralisering"),
    ("centralisering", "centralisere", "centraliseret"),
)

# Everyday near-synonyms that people use in questions where the source uses the other word. They
# stand in only for a word the material does not use (see retrieve.analyse_query).
SYNONYM_SETS: tuple[tuple[str, ...], ...] = (
    ("stifte", "stiftet", "stiftede", "grundlægge", "grundlagt", "grundlagde", "starte", "startede",
     "startet", "etablere", "etableret", "etablerede", "oprette", "oprettet", "begynde", "begyndte"),
    ("navn", "navne", "hedde", "hed", "hedder", "kaldt", "kaldte", "omdøbe", "omdøbt", "omdøbte"),
    ("skifte", "skiftede", "skiftet", "ændre", "ændrede", "ændret"),
    ("kontingent", "medlemsbidrag", "medlemsgebyr"),
    ("udmelde", "udmeldelse", "udtræde", "udtrædelse"),
    ("indkalde", "indkaldelse", "varsle", "varsel"),
    ("formand", "forperson"),
    ("historie", "baggrund", "oprindelse"),
    ("lave", "laver", "lavet", "lavede", "producere", "producerer", "produceret", "udarbejde",
     "udarbejder", "udarbejdet"),
    ("slutte", "slutter", "sluttede", "sluttet", "ophøre", "ophører", "ophørte"),
    # Strong verbs, whose tenses a stemmer cannot bring together ("står bag" / "stod bag"). Only
    # as stand-ins: matched always, they cost 0.3 points R@1 on NorQuAD.
    ("stå", "står", "stod", "stået"),
    ("gå", "går", "gik", "gået"),
    ("tage", "tager", "tog", "taget"),
    ("give", "giver", "gav", "givet"),
    ("komme", "kommer", "kom", "kommet"),
    ("ligge", "ligger", "lå", "ligget"),
    ("sige", "siger", "sagde", "sagt"),
    ("gøre", "gør", "gjorde", "gjort"),
    ("sætte", "sætter", "satte", "sat"),
    ("vælge", "vælger", "valgte", "valgt"),
    ("træde", "træder", "trådte", "trådt"),
    ("skrive", "skriver", "skrev", "skrevet"),
    ("finde", "finder", "fandt", "fundet"),
    ("få", "får", "fik", "fået"),
    ("bede", "beder", "bad", "bedt"),
)


def _table(analyzer: Analyzer, sets: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[str]]:
    """Analysed term -> the analysed terms of its sets (the same analyser as the index)."""
    table: dict[str, set[str]] = {}
    for words in sets:
        terms = {t for w in words for t in analyzer.document_terms(w)}
        for term in terms:
            table.setdefault(term, set()).update(terms)
    return {term: frozenset(others) for term, others in table.items()}


@lru_cache(maxsize=8)
def family_table(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    return _table(analyzer, WORD_FAMILIES)


@lru_cache(maxsize=8)
def synonym_table(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    return _table(analyzer, SYNONYM_SETS)


def word_family(analyzer: Analyzer, term: str) -> frozenset[str]:
    """Index terms of the other forms of the same word (empty when it has none)."""
    return family_table(analyzer).get(term, frozenset())


def synonyms(analyzer: Analyzer, term: str) -> frozenset[str]:
    """The term's synonyms as index terms (empty when it has none)."""
    return synonym_table(analyzer).get(term, frozenset())


@lru_cache(maxsize=8)
def _synonym_lemma_table(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for words in SYNONYM_SETS:
        # A set word the lemmatiser does not know adds nothing to tell its words apart by.
        lemmas = {found for w in words if (found := lemma_of(w)) is not None}
        for term in {t for w in words for t in analyzer.document_terms(w)}:
            table.setdefault(term, set()).update(lemmas)
    return {term: frozenset(stems) for term, stems in table.items()}


def synonym_lemmas(analyzer: Analyzer, term: str) -> frozenset[str]:
    """The lemmas of the words of the term's synonym sets ("grundlagt" -> "grundlægge"): what a
    material's word of one of its terms must be related to, to be the same word (lemmas.collides)."""
    return _synonym_lemma_table(analyzer).get(term, frozenset())


def particle_verb_synonyms(analyzer: Analyzer, term: str,
                           joined: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The synonyms, and their lemmas (synonym_lemmas), a verb's query `term` is searched by: its particle
    verb's where the question `joined` one the sets know ("træder ud" -> "udtræde" -> "udmelde"), for
    the particle verb is another word than its verb ("træde" is to step); else the verb's own."""
    for form in joined:
        if found := synonyms(analyzer, form):
            return found, synonym_lemmas(analyzer, form)
    return synonyms(analyzer, term), synonym_lemmas(analyzer, term)
