"""Whether the passage holds the role a who-question asks for, in Danish and in English.

"Hvem er foreningens formand?" asks for whoever holds the role at the head of the noun phrase
(`asked_head.role_head`), and a passage that never names that role does not answer it, however much
else it holds: § 1's "Foreningens navn er …" holds the owner, not the chair. An English role ("Who's
the chairman of the board right now?") is the same question; its words are read as the question's
own reading reads them, by their Danish translation (reading.translator), so an English role goes
through the same gate as a Danish one instead of passing unchecked.
"""
from __future__ import annotations

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.english import english_words
from ..language.english_things import can_be_noun
from .asked_head import role_head
from .ranked_passages import passage_has
from .reading import translator
from .word_class import OTHER, word_class

# Prepositions opening what follows "who is" ("Who was behind the founding?", "Hvem er i bestyrelsen?"):
# no noun phrase (closed classes of English and Danish grammar).
_PREPOSITIONS = frozenset("behind beside besides beyond within among across along around against in on at with "
                          "from about i på ved hos bag med".split())


def is_role(role: str) -> bool:
    """Whether what a who-question asks about is a role, a noun phrase whose head is a noun: "Who is
    liable for the debts?" (an adjective, "ansvarlig") and "Who was behind the founding?" (a
    preposition) ask who is so, which a passage may say without a name."""
    words = role.split()
    head = role_head(role)
    if not words or not head or words[0] in _PREPOSITIONS:
        return False
    # Not only adjectives or adverbs by the Danish forms ("ansvarlig") or by WordNet ("liable"); a noun
    # that is also a verb's form ("kasserer" of "kassere") is a role, and so is a noun with an adverb
    # after it ("organisationen oprindeligt"); a pronoun stands for a noun ("hvad hedder de?").
    return any(w in DANISH_STOPWORDS or word_class(w) != OTHER and can_be_noun(w) for w in head)


def role_words(index: Index, groups, role: str) -> tuple[list[str], str]:
    """The words of a role's head as the question's reading has them, and the words a sentence that
    says what the role is may use (`fact_kinds.names_role`): a Danish role's own words and the role
    as asked; an English one's Danish translation (when none of its own words is a term of the
    reading), with the material's words the reading found for it ("authority" → "autoritet", found
    as "myndighed")."""
    words = role_head(role)
    terms = {g.term for g in groups}
    if any(t in terms for w in words for t in index.analyzer.query_terms(w)):
        return words, role
    danish = [d for t in translator(index).translate(english_words(" ".join(words))) for d in t.danish]
    if not danish:
        return words, role
    own = {t for w in danish for t in index.analyzer.query_terms(w)}
    return danish, " ".join(danish + sorted(m for g in groups if g.term in own for m in g.members))


def holds_role(index: Index, groups, matched, words: list[str], chunk_id: int) -> bool:
    """Whether the passage holds the role asked about (`role_words`): the association's name, found
    for "hvad hedder" through the stand-in "navn", says nothing of what the treasurer is called. A
    role the reading does not search for at all is not checked."""
    terms = {t for w in words for t in index.analyzer.query_terms(w)}
    asked = [g for g in groups if g.term in terms]
    return not asked or any(g.term in matched and not _first_part_only(index, chunk_id, g) for g in asked)


def _first_part_only(index: Index, chunk_id: int, group) -> bool:
    """Whether the passage holds a compound role only by its first part: the head names the role
    ("-ansvarlig", "-chef"), the first part only its field, so "hele Danmarks økonomi" names no
    "økonomiansvarlig" and "foreningens sekretariat" no "sekretariatschef"."""
    firsts = [m for m in group.members if len(m) < len(group.term) and group.term.startswith(m)]
    return bool(firsts) and not any(passage_has(index, chunk_id, m) for m in group.members if m not in firsts)
