"""Statute questions: which § and stk. a question names, and the statutes' words for members' words."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..documents import Chunk
from ..language.analysis import Analyzer
from ..language.derivation import derived_terms
from ..language.lemmas import lemma_of, one_lemma_stems

# "§ 7", "§7.", "§§ 7", "§ 3a", "§ 3 a", "paragraf 7", "paragraffen 7", "paragraph 7", each maybe
# followed by ", stk. 2" / "stk 2" / "stykke 2". A spaced letter is only a–h, so "§ 5 i" stays § 5.
_REFERENCE = re.compile(
    r"(?:§+\s*|\b(?:paragraf(?:fen|ferne|fer)?|paragraph)\s+)(?P<n>\d{1,3})"
    r"(?:(?P<l>[a-zæøå])|\s(?P<s>[a-h]))?(?![^\W_])"
    r"(?:\s*,?\s*(?:stk|stykke)\.?\s*(?P<k>\d{1,2})(?![^\W_]))?")
_STK = re.compile(r"\b(?:stk|stykke)\.?\s*(?P<k>\d{1,2})(?![^\W_])")
_STATUTE_TOPIC = re.compile(r"vedt(?:æ|ae)gt|§|\bparagra(?:f|ph)")
_REFERENCE_TERM = re.compile(r"§\d+[a-zæøå]?|stk\d+")

# Members ask in everyday words; statutes use formal ones. Each rule: a pattern over the question
# (case-folded, æ/ø/å written ae/oe/aa), the named group `t` whose word stands for the topic, and
# the statutes' words for it. General Danish only: nothing here states a fact about anyone.
STATUTE_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?P<t>meld\w*)\b(?:\s+\w+){0,3}?\s+ud\b",
     ("udmeldelse", "udmelde", "udmeldt", "udtræde", "udtrædelse", "udtræden")),
    (r"\b(?P<t>meld\w*)\b(?:\s+\w+){0,3}?\s+ind\b", ("indmeldelse", "indmelde", "optage", "optagelse")),
    (r"\b(?P<t>stoppe?r?|holde?r?\s+op)\b.*\bmedlem", ("udmeldelse", "udmelde", "udtræde")),
    # A member gives notice ("siger op", "opsigelse"); statutes call it leaving with notice.
    (r"\b(?P<t>opsig\w*|opsagt)\b", ("udmeldelse", "udmelde", "varsel")),
    (r"\b(?P<t>sige?r?|sagt)\s+(?:\w+\s+){0,3}?op\b", ("udmeldelse", "udmelde", "varsel")),
    (r"\b(?P<t>smid\w*|smed)\b(?:\s+\w+){0,4}?\s+ud\b",
     ("eksklusion", "ekskludere", "ekskluderes", "udelukke", "udelukkelse")),
    (r"\b(?P<t>koste?r?|prise?n?|betale?r?)\b.*\bmedlem", ("kontingent", "kontingentet")),
    (r"\bmedlem\w*\b.*\b(?P<t>koste?r?|prise?n?|betale?r?)\b", ("kontingent", "kontingentet")),
    (r"\b(?P<t>stemme\w*|stemt)\b", ("stemmeret", "stemmeberettiget", "stemmes")),
    (r"\b(?P<t>nedlaeg\w*|luk(?:ke[rst]?|ker|kes|kede)?|opl[oe]+s(?:e[rst]?|es|te)?)\b",
     ("opløsning", "opløse", "opløses", "ophør", "ophøre")),
    (r"\b(?P<t>aendr\w*|lave?s?\s+om)\b.*\bvedtaegt", ("vedtægtsændring", "vedtægtsændringer")),
    (r"\b(?P<t>underskrive?r?|skrive?r?\s+under)\b", ("tegne", "tegnes", "tegningsret")),
    # Debt ("gæld", "gælden"), not the verb "gælde" ("hvor længe gælder det?"), which stems alike.
    (r"\b(?P<t>gaeld(?!e\b|er\b|te\b|ende\b)\w*|skyld\w*)\b", ("hæfte", "hæfter", "hæftelse", "forpligtelse")),
    (r"\b(?P<t>penge\w*|midler\w*)\b", ("formue", "formuen", "midler")),
    (r"\b(?P<t>regnskab\w*)\b", ("regnskabsår", "revision", "revideret")),
    # Unpaid dues are "restance" in statutes: "ikke betalt", "glemt at betale", "bagud med betalingen".
    # The group `neg` marks a rule for an act's absence (negated_acts).
    (r"\b(?P<neg>ikke|glem\w*|bagud|manglende|mangler|skylder)\b(?:\s+\w+){0,4}?\s+(?P<t>betal\w*|kontingent\w*)\b",
     ("restance",)),
    (r"\b(?P<t>betal\w*)\s+(?:\w+\s+){0,2}?(?P<neg>ikke|for sent)\b", ("restance",)),
    # A proposal is "indsendt" or "i hænde" by a deadline; a member "afleverer" it.
    (r"\b(?P<t>aflever\w*|indlever\w*)\b", ("indsende", "indsendt", "indsendes", "hænde")),
    (r"\b(?P<t>udeluk\w*|udsmid\w*|bortvis\w*)\b", ("eksklusion", "ekskludere", "ekskluderes")),
    # The body with the last word is the "øverste myndighed".
    (r"\b(?:sidste|hoejeste|oeverste|endelige)\s+(?P<t>ord|beslutning|instans)\b", ("myndighed",)),
    # Enough members present to decide: the board is "beslutningsdygtig".
    (r"\b(?:traeff\w*|tage?r?|tog)\s+(?:\w+\s+)?(?P<t>beslutning\w*)\b", ("beslutningsdygtig",)),
    (r"\b(?P<t>poster(?:ne)?|roller(?:ne)?|fordel\w*)\b.*\bbestyrelse", ("konstituere", "konstituerer")),
    # A board that chooses its own chairman "konstituerer sig".
    (r"\b(?P<t>vaelg\w*|valgt|udpeg\w*)\b(?:\s+\w+){0,3}?\s+(?:formand\w*|naestformand\w*|kasserer\w*)",
     ("konstituere", "konstituerer")),
    (r"\b(?P<t>reserve\w*|stedfortraed\w*|afloser\w*)\b", ("suppleant", "suppleanter")),
    # Someone else voting for a member does so by "fuldmagt".
    (r"\b(?P<t>stemme\w*)\b.*\b(?:for mig|i mit sted|paa mine vegne|for en anden)\b", ("fuldmagt",)),
    (r"\b(?P<t>send\w*|lad\w*)\b.*\ben anden\b", ("fuldmagt",)),
    # Who decides a sum or a rule: statutes say it is "fastsat" ("Kontingentet fastsættes af …").
    (r"\b(?P<t>bestem\w*|beslutte[rs]?)\b(?:[\s,]+\w+){0,3}?[\s,]+"
     r"(?:hvor (?:meget|stort?|hoejt)|kontingent\w*|pris\w*)",
     ("fastsætte", "fastsættes", "fastsættelse")),
    # A member who disagrees with a decision "indbringer" it for a body; a member "klager".
    (r"\b(?P<t>klage\w*|anke[rst]?|anket|appell\w*|uenig)\b", ("indbringe", "indbringes")),
    # Being told in advance is notice: "indkaldes med tre ugers varsel".
    (r"\b(?P<t>besked|forvejen|varslet)\b", ("varsel", "indkaldes", "indkaldelse")),
    # What membership gives is the members' rights: "har ret til at deltage …, modtager nyhedsbrevet".
    (r"\bhva?d?\s+(?P<t>faar|faa|fa|far)\b.*\bmedlem", ("ret", "modtage", "modtager")),
    # How long one sits on the board is the term one is elected for ("vælges … for to år ad gangen").
    (r"\bhvor (?:laenge|lang tid)\b.*\b(?P<t>sidde\w*|sid\w*|sad)\b", ("vælges", "valgt", "valgperiode")),
)
# Verbs that only point at the text ("hvad siger vedtægterne om …"); in a statute question they
# carry no topic, and a passage lacking them must not look like a poorer answer.
STATUTE_FILLER = ("siger", "sige", "står", "skriver", "nævner")

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


@dataclass(frozen=True)
class ParagraphRef:
    """A § (and maybe a stk.) that a question names: "§ 7, stk. 2" is ParagraphRef("7", "2")."""

    paragraph: str
    stk: str = ""


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def find_reference(question: str) -> ParagraphRef | None:
    """The first § the question names, with its stk. if one is named anywhere in the question."""
    text = _normalize(question)
    match = _REFERENCE.search(text)
    if match is None:
        return None
    paragraph = str(int(match["n"])) + (match["l"] or match["s"] or "")
    stk = match["k"]
    if stk is None:
        other = _STK.search(text)
        stk = other["k"] if other else ""
    return ParagraphRef(paragraph=paragraph, stk=str(int(stk)) if stk else "")


def is_reference_term(term: str) -> bool:
    """Whether an analysed query term names a § or stk. ("§7", "§3a", "stk2")."""
    return _REFERENCE_TERM.fullmatch(term) is not None


def is_statute_question(question: str) -> bool:
    """Whether a question is about statutes: it names them or a §."""
    return _STATUTE_TOPIC.search(_normalize(question)) is not None


def holds_paragraphs(vocabulary: tuple[str, ...]) -> bool:
    """Whether a sorted index vocabulary has § terms, i.e. the corpus holds statutes or laws."""
    i = bisect.bisect_left(vocabulary, "§")
    return i < len(vocabulary) and vocabulary[i].startswith("§")


@lru_cache(maxsize=8)
def _phrase_rules(analyzer: Analyzer) -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    rules = []
    for pattern, words in STATUTE_PHRASES:
        terms = tuple(dict.fromkeys(t for w in words for t in analyzer.document_terms(w)))
        rules.append((re.compile(pattern), terms))
    return tuple(rules)


def statute_expansions(analyzer: Analyzer, question: str, index=None) -> dict[str, tuple[str, ...]]:
    """Query term -> the statutes' terms for the same topic ("melder … ud" -> udmeldelse); with
    the `index`, also its root's other word classes there ("beslutte" -> "beslutningsdygtig").

    Statutes state rules in nouns ("opløsning", "eksklusion", "revision") where members ask with
    verbs; outside statutes (NorQuAD's articles, the Om page) the same expansion cost more than it
    found, so only the statutes' own terms are added.
    """
    folded = _normalize(question).translate(_FOLD)
    out: dict[str, tuple[str, ...]] = {}
    if index is not None:
        for term in analyzer.query_terms(question):
            derived = statute_derivations(index, term)
            if derived:
                out[term] = derived
    for pattern, terms in _phrase_rules(analyzer):
        for match in pattern.finditer(folded):
            for trigger in analyzer.query_terms(match["t"])[:1]:
                out[trigger] = tuple(dict.fromkeys((*out.get(trigger, ()), *terms)))
    # A rule for one word also reads the question's words in their dictionary form ("nedlagt" is a
    # form of "nedlægge"), where the material does not use the word itself ("betalt" keeps its own
    # rules). Rules of several words ("betale … medlem") are phrases, read only as written.
    for word in re.findall(r"[^\W\d_]+", _normalize(question)):
        lemma = lemma_of(word)
        trigger = next(iter(analyzer.query_terms(word)), None)
        if not lemma or trigger is None or (index is not None and trigger in index.term_ids):
            continue
        for pattern, terms in _phrase_rules(analyzer):
            if pattern.fullmatch(lemma.translate(_FOLD)):
                out[trigger] = tuple(dict.fromkeys((*out.get(trigger, ()), *terms)))
    return out


def negated_acts(analyzer: Analyzer, question: str) -> dict[str, frozenset[str]]:
    """Query term -> the statutes' terms for the act's absence, where the question says the act did
    not happen ("glemt at betale" -> restance): a rule that the act must happen ("skal være betalt
    senest …") answers the opposite case, so only these terms hold the word."""
    folded = _normalize(question).translate(_FOLD)
    out: dict[str, frozenset[str]] = {}
    for pattern, terms in _phrase_rules(analyzer):
        if "neg" in pattern.groupindex:
            for match in pattern.finditer(folded):
                for trigger in analyzer.query_terms(match["t"])[:1]:
                    out[trigger] = out.get(trigger, frozenset()) | frozenset(terms)
    return out


# Query terms whose derivations are kept per index: a conversation's follow-up is read together
# with its topic's questions (answer/topic.own_in_context), whose words come back on every turn.
DERIVATIONS_KEPT = 4096


def statute_derivations(index, term: str) -> tuple[str, ...]:
    """The term's derivations that a § of the index uses (worked out once per term and index)."""
    memo = index.memo.setdefault("statute_derivations", {})
    found = memo.get(term)
    if found is None:
        if len(memo) >= DERIVATIONS_KEPT:
            memo.clear()
        found = memo[term] = tuple(t for t in derived_terms(term, index.vocabulary, index.term_ids)
                                   if in_statutes(index, t))
    return found


# Passages of a term looked at for one that is a §: a term the statutes use is found early, as a
# material with statutes holds them in few documents.
STATUTE_SCAN = 64


def in_statutes(index, term: str) -> bool:
    """Whether a § of the index uses the term (memoised per index): a derived word is looked for
    in the statutes' own nouns, not in articles that happen to stand beside a § or two."""
    memo = index.memo.setdefault("statute_terms", {})
    found = memo.get(term)
    if found is None:
        t = index.term_ids.get(term)
        docs = index.post_docs[index.offsets[t]:index.offsets[t + 1]] if t is not None else ()
        found = memo[term] = any(index.chunk(int(cid)).paragraph for cid in docs[:STATUTE_SCAN])
    return found


def only_in_statutes(index, term: str) -> bool:
    """Whether every passage that uses the term is a § (a term of few passages, STATUTE_SCAN at most):
    a stem of the statutes alone, which nothing but a § is found by."""
    t = index.term_ids.get(term)
    if t is None:
        return False
    docs = index.post_docs[index.offsets[t]:index.offsets[t + 1]]
    return len(docs) <= STATUTE_SCAN and all(index.chunk(int(cid)).paragraph for cid in docs)


def statute_stems(index, term: str, lemmas: set[str] | None, material) -> list[str]:
    """The statutes' other stems of the asked word ("dagsorden" finds § 7's "Dagsordenen", which
    Snowball stems apart): stems only §§ use. In the Om page and the publication the same join of
    everyday forms ("få" / "fået", "træ" / "træer") moved passages that answered (−3 on alle-dev),
    and a stem a § shares with an article ("byerne") moved the article's answers too."""
    if not holds_paragraphs(index.vocabulary):
        return []
    return [t for t in one_lemma_stems(term, lemmas, index.vocabulary, material) if only_in_statutes(index, t)]


def with_statute_stems(index, terms: frozenset[str], material) -> frozenset[str]:
    """Stand-in `terms` with the statutes' other stems of their words: the thesaurus's "dagsorden" for
    "program" is "dagsord", which § 7's "Dagsordenen" is not, as it is not for the asked word."""
    return terms.union(*(statute_stems(index, t, material.lemmas_of(t), material) for t in terms))


# "Hvad siger I om regnvand?", "Hvad står der om kontingentet?": the verb of saying, with "hvad" as
# its object and the topic after "om", frames the question in any material.
_SAYS_ABOUT = re.compile(r"^\W*(?:hvad|hva)\s+(?P<verb>siger|sagde|står|stod|skriver|skrev|nævner|nævnte)\b"
                         r"[^?.!]*?\bom\b", re.IGNORECASE)


def statute_filler(analyzer: Analyzer, question: str) -> frozenset[str]:
    """Terms to leave out of a statute question ("siger", "står"), and the verb of "hvad siger X om
    Y?" in any question; empty for other questions."""
    if is_statute_question(question):
        return frozenset(t for w in STATUTE_FILLER for t in analyzer.query_terms(w))
    frame = _SAYS_ABOUT.search(question.strip())
    return frozenset(analyzer.query_terms(frame["verb"])) if frame else frozenset()


def paragraph_heading(paragraph: str, stk: str = "", title: str = "") -> str:
    """"§ 7, stk. 2 Generalforsamling": how a chunk's heading and a citation name a §."""
    label = f"§ {paragraph}" + (f", stk. {stk}" if stk else "")
    return f"{label} {title}" if title else label


def document_label(doc_title: str, paragraph: str, stk: str = "") -> str:
    """"Vedtægter for Foreningen X, § 7, stk. 2": the § together with the document that holds it."""
    where = paragraph_heading(paragraph, stk)
    if re.search(r"vedt(?:æ|ae)gt", doc_title, re.IGNORECASE):
        return f"{doc_title}, {where}"
    return f"Vedtægter {where} ({doc_title})" if doc_title else f"Vedtægter {where}"


def date_note(adopted: str = "", amended: str = "") -> str:
    """"(Vedtægterne er vedtaget 12. marts 2019 og senest ændret 4. maj 2023.)", or "" without dates."""
    if adopted and amended:
        return f"(Vedtægterne er vedtaget {adopted} og senest ændret {amended}.)"
    if amended:
        return f"(Vedtægterne er senest ændret {amended}.)"
    if adopted:
        return f"(Vedtægterne er vedtaget {adopted}.)"
    return ""


def stk_spans(chunk: Chunk) -> list[tuple[str, int, int]]:
    """(stk., start, end) of each stk. body in a statute chunk's text; [] for other chunks."""
    spans = chunk.statute.stks if chunk.paragraph and chunk.statute else None
    return [(str(s), int(a), int(b)) for s, a, b in spans] if spans else []


def has_stk(chunk: Chunk, stk: str) -> bool:
    """Whether a statute chunk holds the given stk."""
    return chunk.stk == stk or any(s == stk for s, _, _ in stk_spans(chunk))
