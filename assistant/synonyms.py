"""Danish words that ask for the same thing ("stiftet" and "startede"), matched as one query term."""
from __future__ import annotations

from functools import lru_cache

from .analysis import Analyzer

# Everyday Danish near-synonyms that people use in questions where the source uses the other word.
# General language only: nothing here states a fact about the organisation.
SYNONYM_SETS: tuple[tuple[str, ...], ...] = (
    ("stifte", "stiftet", "stiftede", "stiftelse", "grundlægge", "grundlagt", "grundlagde",
     "starte", "startede", "startet", "etablere", "etableret", "etablerede", "oprette", "oprettet",
     "begynde", "begyndte"),
    ("navn", "navne", "hedde", "hed", "hedder", "kaldt", "kaldte", "omdøbe", "omdøbt", "omdøbte"),
    ("skifte", "skiftede", "skiftet", "ændre", "ændrede", "ændret", "ændring"),
    ("kæmpe", "kæmper", "kæmpede", "kamp", "kampen"),
    ("medlem", "medlemmer", "medlemskab", "medlemsskab"),
    ("kontingent", "medlemsbidrag", "medlemsgebyr"),
    ("udmelde", "udmelding", "udmeldelse", "udtræde", "udtræden", "udtrædelse"),
    ("opsige", "opsigelse", "opsagt"),
    ("indkalde", "indkaldelse", "indkaldes", "varsle", "varsel", "varsles"),
    ("formand", "forperson"),
    ("historie", "baggrund", "oprindelse"),
    ("lave", "laver", "lavet", "lavede", "producere", "producerer", "produceret", "udarbejde",
     "udarbejder", "udarbejdet"),
    # Strong verbs, whose forms a stemmer cannot bring together.
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
    ("slutte", "slutter", "sluttede", "sluttet", "ophøre", "ophører", "ophørte"),
    ("decentral", "decentrale", "decentralisering"),
    ("centralisering", "centralisere", "centraliseret"),
)


@lru_cache(maxsize=8)
def synonym_table(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    """Analysed term -> the analysed terms of its synonym set (the same analyser as the index)."""
    table: dict[str, set[str]] = {}
    for words in SYNONYM_SETS:
        terms = {t for w in words for t in analyzer.document_terms(w)}
        for term in terms:
            table.setdefault(term, set()).update(terms)
    return {term: frozenset(others) for term, others in table.items()}


def synonyms(analyzer: Analyzer, term: str) -> frozenset[str]:
    """The term's synonyms as index terms (empty when it has none)."""
    return synonym_table(analyzer).get(term, frozenset())
