"""Is the best passage an answer? A small logistic model over several signals, trained on NorQuAD.

One coverage threshold fitted to our own question files declined every question that used an
everyday word the material lacks ("laver" where the page says "udarbejder"). The model weighs how
telling each question word is in *general* language (a word common in ordinary Danish such as
"gerne" or "fortælle" hardly counts; a rare one such as "risalamande" does), how much of the
question the passage and its best sentence hold, and how the passage's BM25 score compares with the
question's own maximum and with the next passage. Its weights and operating point come from
`benchmarks/answerability_train.py`, trained on questions nobody on the team wrote (NorQuAD: a
question against a corpus holding its article is answerable, against the same corpus without it
not), and live in `answerability_model.json` beside this file.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..index.bm25 import K1, Index
from ..language.analysis import Analyzer
from ..language.background import rarity_of
from .retrieve import Hit, Query, passage_has
from .sentence_evidence import QueryTerms, best_sentence_weight, sentences

MODEL_PATH = Path(__file__).with_name("answerability_model.json")

FEATURES = (
    "coverage",            # share of the question's corpus weight (idf) the passage holds
    "general_coverage",    # the same, each word weighed by how rare it is in general language
    "joint_coverage",      # weighed by both: rare in the corpus *and* in general language
    "unmatched_rare",      # how rare in general language the rarest word the passage lacks is
    "rarest_matched",      # whether the passage holds the question's most telling word
    "sentence_coverage",   # share of the question's weight in the passage's best sentence
    "relative_score",      # BM25 score / the score a passage holding every query term would get
    "margin",              # how far ahead of the next passage the best one is
    "terms",               # log(1 + number of query terms)
    "names_matched",       # share of the question's names and numbers the passage holds
    "sentence_joint",      # joint-weighted share of the question in the passage's best sentence
    "lead",                # the best score over the mean of the other candidates' scores
    "rare_missing",        # how many words rare in general language the passage lacks
    "time_found",          # "hvornår?": the best sentence holds a year, date or number (1 if not asked)
    "quantity_found",      # "hvor mange?", "hvad koster?": it holds a number (1 if not asked)
    "person_found",        # "hvem?": it holds a name (1 if not asked)
    # The best sentence alone: a passage on the question's topic that lacks the fact asked for
    # ("Får bestyrelsen løn?" against the board's §) holds the topic words in one sentence and the
    # rest nowhere, or scattered over sentences that say other things.
    "sentence_general",    # general-language-weighted share of the question in the best sentence
    "sentence_unmatched",  # how rare in general language the rarest word the best sentence lacks is
    "sentence_about",      # whether the best sentence holds the word rarest in general language
    # How the passage holds that word: whole (itself, its family, a synonym: 1), only as the head of
    # the compound (0.5: "Kan man blive æresmedlem?" finds "medlem" only), or not (0).
    "about_exact",
    "exact_general",       # general-language-weighted share of the question held other than as heads
)

# The kinds of fact whose absence from the answer sentence declines by itself (see answerable()).
TYPE_GATE = ("time_found", "quantity_found")
# A word all but unknown to general language (Zipf ≤ 1) that no passage holds in any form, not even through
# compound parts, spelling or synonyms ("risalamande"), declines by itself: the question is about
# something the material never mentions.
ABSENT_RARE_GATE = rarity_of(1.0)

# What a question asks for, by its interrogative (Danish, Norwegian and English grammar).
_ASKS_TIME = re.compile(r"\b(?:hvornår|hvornaar|hvornar|hvilket [åa]a?r|hvilken dato|when|what year)\b"
                        r"|^\W*(?:når|naar|nar)\b")
_ASKS_QUANTITY = re.compile(r"\b(?:hvor (?:mange|meget|mye|stor|store|høj|lang)|how (?:many|much)"
                            r"|hva?d? kost(?:er|ede|et)|what does .{1,40} cost)\b")
# A price asked with the verb "koste": a sentence that speaks of the price itself ("Kontingentet
# fastsættes af generalforsamlingen") answers it even without a figure.
_ASKS_PRICE = re.compile(r"\b(?:hva?d? kost(?:er|ede|et)|what does .{1,40} cost|how much money"
                         r"|hvor (?:mange|meget) penge|hva?d? er prisen)\b")
# An amount of money: a figure with its currency ("250 kr.", "1,2 milliarder kroner", "€ 40").
_MONEY = re.compile(r"\d[\d.,]*\s*(?:(?:mio|mia|millioner|milliarder|million|milliard)\.?\s+)?"
                    r"(?:kr\b|kroner|dkk|euro|€)|(?:€|dkk|kr\.)\s*\d", re.IGNORECASE)
# "Hvem er formanden?", "Who is the director?": the subject is a role, not a name, and the answer is
# the name of whoever holds it. A sentence without a name answers only if it says what the role is
# ("Generalforsamlingen er foreningens øverste myndighed").
# "Hvem er medlemmerne?" asks for kinds of members, not for names: a definite plural is not a role.
_PLURAL = re.compile(r"(?:erne|ene)\W*$", re.IGNORECASE)
_ASKS_IDENTITY = re.compile(r"^\W*(?i:hvem|who)\s+(?i:er|var|is|was)\s+(?i:the\s+)?(?P<role>[a-zæøå][^?]*)")
_PRICE_WORD = re.compile(r"\b(?:kontingent|medlemsbidrag|gebyr|pris|beløb|betal|kost|kr\b)\w*",
                         re.IGNORECASE)
_ASKS_PERSON = re.compile(r"^\W*(?:hvem|who)\b|\b(?:hvem|who) (?:er|var|is|was)\b")
# Numbers written out: the grammar words of Danish and Norwegian counting (not "en"/"et": articles).
_NUMBER = re.compile(
    r"\d|\b(?:to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|elleve|tolv|tyve|tjue|tredive|tretti|fyrre|"
    r"førti|halvtreds|femti|hundrede?|tusinde?|tusen|millioner|million|milliarder|milliard|mio|mia|"
    r"halvdelen|halvparten|procent|prosent|dobbelt|én|ét)\b", re.IGNORECASE)
# A statute's own numbering ("§ 3a", "Stk. 2.") is an address, not a figure the question asks for:
# "Hvor mange lokalforeninger er der?" is not answered by "Stk. 1. Lokalforeninger … kan optages".
_STATUTE_NUMBERING = re.compile(r"§\s*\d+\s*[a-zæøå]?\b|\bstk\.?\s*\d+\.?", re.IGNORECASE)
# "Hvilke kommuner …?" asks which ones: the answer names or describes them. A sentence that only
# counts them ("24 kommuner", "en række kommuner") does not say which.
_ASKS_WHICH = re.compile(r"\b(?:hvilke|which)\s+(?:\d+\s+)?(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)
# The grammar words that count or quantify a plural noun without naming its members.
_QUANTIFIER = re.compile(r"^(?:\d[\d.,]*|række|flere|mange|nogle|adskillige|få|alle|antal)$", re.IGNORECASE)
# A list item's mark, which the sentence splitter may leave on its own: "1. Valg af dirigent", "- byhaver".
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\.|[-•*])(?:\s|$)")
# A time told relative to something else ("senest en uge før", "inden udgangen af april", "med en
# måneds varsel"): the units and the relating words of Danish time expressions.
_RELATIVE_TIME = re.compile(r"\b(?:dag|dage|dagen|døgn|uge|uger|ugers|måned|måneder|måneds|kvartal|kvartalet|"
                            r"år|året|før|efter|inden|senest|straks)\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(?:januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|"
                    r"oktober|november|december|desember)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<=[^.!?:]\s)[A-ZÆØÅ][\wæøå-]+")


def name_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """Query terms of the question's names and numbers: capitalised words after its first, digits."""
    words = re.findall(r"[^\W_]+", question)
    names = [w for i, w in enumerate(words) if w.isdigit() or (i > 0 and w[:1].isupper())]
    return frozenset(t for w in names for t in analyzer.query_terms(w))


@dataclass(frozen=True)
class Signals:
    """The model's inputs for one passage, in FEATURES order."""

    values: tuple[float, ...]
    # Rarity of the rarest question word no passage holds in any form: a gate, not a model input
    # (as an input it only blurred the model; as a gate it does what it says).
    absent_rare: float = 0.0
    # Whether the passage holds the kind of fact asked for where the model's inputs cannot tell: a
    # sum of money for a price, a name for "hvem er formanden?". Gates too, for the same reason.
    money_found: bool = True
    role_named: bool = True
    which_named: bool = True

    def as_dict(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.values))


def _max_score(index: Index, query: Query) -> float:
    """The BM25 score of a passage holding every query term at saturation (tf → ∞)."""
    total = 0.0
    for term in query.terms:
        t = index.term_ids.get(term)
        if t is not None:
            total += max(float(index.idf[t]), 0.0) * (K1 + 1)
    return total


def asked_types(question: str) -> tuple[bool, bool, bool, bool, str, str]:
    """Whether the question asks for a time, a quantity, a person, a price (a kind of quantity), the
    role whose holder it asks for and the things it asks to have named ("" when it does not)."""
    text = re.sub(r"\s+", " ", question.casefold())
    role = _ASKS_IDENTITY.match(re.sub(r"\s+", " ", question.strip()))
    which = _ASKS_WHICH.search(text)
    return (bool(_ASKS_TIME.search(text)), bool(_ASKS_QUANTITY.search(text)),
            bool(_ASKS_PERSON.search(text)), bool(_ASKS_PRICE.search(text)),
            role["role"].casefold() if role and not _PLURAL.search(role["role"]) else "",
            which["noun"] if which else "")


def names_which(analyzer: Analyzer, sentence: str, members: frozenset[str]) -> bool:
    """Whether a sentence that mentions the asked things does so other than only by counting them:
    "bevægelsen Oprør fra Udkanten" or "decentrale uddannelser" say which; "24 kommuner" does not.
    A sentence that does not mention them may name them without the word (no verdict: True)."""
    words = re.findall(r"[^\W_]+(?:[.,]\d+)*", sentence)
    found = [i for i, w in enumerate(words) if members.intersection(analyzer.document_terms(w))]
    return not found or any(not (i and (_QUANTIFIER.match(words[i - 1]) or _NUMBER.fullmatch(words[i - 1])))
                            for i in found)


def has_figure(text: str) -> bool:
    """Whether a text states a figure (in digits or words), a statute's own numbering aside."""
    return bool(_NUMBER.search(_STATUTE_NUMBERING.sub(" ", text)))


def tells_time(text: str) -> bool:
    """Whether a text tells a time: a year, date or figure, a month, or a relative time ("en uge før")."""
    return has_figure(text) or bool(_MONTH.search(text) or _RELATIVE_TIME.search(text))


def names_role(text: str, role: str) -> bool:
    """Whether a text says who or what holds a role: a name, or "… er <the role>"."""
    if _NAME.search(" " + text):
        return True
    stems = [re.escape(w[:5]) for w in re.findall(r"[^\W\d_]{4,}", role)]
    pattern = r"\b(?:er|var|is|was)\s+(?:\w+\s+){0,2}(?:" + "|".join(stems) + ")"
    return bool(stems) and re.search(pattern, text, re.IGNORECASE) is not None


def _best_sentence(index: Index, chunk_id: int, terms: QueryTerms) -> tuple[int, tuple]:
    """The passage's analysed sentences and the position of the one that holds most of the question
    (-1 when it has none)."""
    found = sentences(index, chunk_id)
    best = max(range(len(found)), key=lambda i: (terms.sentence_weight(found[i][1]), -i), default=-1)
    return best, found


def _is_head_of(member: str, term: str) -> bool:
    """Whether an index term stands for the query term only as its compound head ("medlem" for
    "æresmedlem"): the compound's first part, which says which kind, is then lost."""
    return len(member) < len(term) and term.endswith(member)


def _held(groups, words: set[str], whole: bool = False) -> frozenset[str]:
    """The query terms (TermGroup.term) a set of index terms holds; `whole`: not only as heads."""
    return frozenset(g.term for g in groups
                     if any(m in words for m in g.members if not (whole and _is_head_of(m, g.term))))


def _prices_the_thing(groups, general: dict[str, float], words: set[str]) -> bool:
    """Whether the answer sentence names what a price question asks the price of, as a whole word:
    a fee for "personlige medlemmer" prices no "familiemedlemskab", a sum for the whole plan no
    "publikation". The thing is the question's word rarest in general language, price words aside."""
    things = [g for g in groups if not _PRICE_WORD.match(g.term)]
    if not things:
        return True
    thing = max(things, key=lambda g: (general[g.term], g.weight))
    return thing.term in _held(groups, words, whole=True)


def _introduces_list(found: tuple, at: int) -> bool:
    """Whether a list follows the sentence and the sentence is not itself one of the list's items."""
    return (at + 1 < len(found) and bool(_LIST_ITEM.match(found[at + 1][0]))
            and not (at and _LIST_ITEM.match(found[at - 1][0])) and not _LIST_ITEM.match(found[at][0]))


def _which_named(index: Index, groups, noun: str, found: tuple, best: int) -> bool:
    """The gate for "hvilke <noun>?": true when not asked, or when the noun is not among the query
    terms (an English noun the translation changed), or when the best sentence says which, or a list
    follows it ("… bygger på tre kilder." and then "1. En spørgeskemaundersøgelse …")."""
    terms = set(index.analyzer.query_terms(noun)) if noun else set()
    members = frozenset(m for g in groups if g.term in terms for m in g.members)
    if not members or best < 0 or _introduces_list(found, best):
        return True
    return names_which(index.analyzer, found[best][0], members)


def signals(index: Index, query: Query, hits: Sequence[Hit], rank: int,
            rarity: dict[str, float], names: frozenset[str] = frozenset(),
            asks: tuple = (False, False, False, False, "", ""),
            unknown: dict[str, float] | None = None) -> Signals:
    """The signals for hits[rank] as the answer to the query."""
    hit = hits[rank]
    groups = query.groups
    total = query.total_weight or 1.0
    general = {g.term: rarity.get(g.term, 1.0) for g in groups}
    joint = {g.term: general[g.term] * g.weight for g in groups}
    matched = hit.matched
    general_total = sum(general.values()) or 1.0
    joint_total = sum(joint.values()) or 1.0
    unmatched = [general[g.term] for g in groups if g.term not in matched]
    rarest = max(groups, key=lambda g: (joint[g.term], g.weight), default=None)
    terms = QueryTerms([(frozenset(g.members), g.weight) for g in groups])
    best_sentence = best_sentence_weight(index, hit.chunk_id, terms)
    top = _max_score(index, query)
    nxt = hits[rank + 1].score if rank + 1 < len(hits) else 0.0
    margin = (hit.score - nxt) / abs(hit.score) if hit.score else 0.0
    asked_names = [g.term for g in groups if g.term in names]
    joint_terms = QueryTerms([(frozenset(g.members), joint[g.term]) for g in groups])
    others = [h.score for i, h in enumerate(hits) if i != rank]
    mean_other = sum(others) / len(others) if others else 0.0
    role = asks[4] if len(asks) > 4 else ""
    own = frozenset(g.term for g in groups if g.term in matched and any(
        passage_has(index, hit.chunk_id, m) for m in g.members if not _is_head_of(m, g.term)))
    best, found_sentences = _best_sentence(index, hit.chunk_id, terms)
    words = set(found_sentences[best][1]) if best >= 0 else set()
    held = _held(groups, words)
    about = max(groups, key=lambda g: (general[g.term], g.weight), default=None)
    text = " ".join(s for s, _ in found_sentences[max(0, best - 1):best + 2]) if best >= 0 else ""
    sentence = found_sentences[best][0] if best >= 0 else ""
    has_number = has_figure(text)
    price_named = bool(_PRICE_WORD.search(text))
    found = (not asks[0] or tells_time(text),
             not asks[1] or has_number or (asks[3] and price_named),
             not asks[2] or bool(_NAME.search(" " + text)))
    return Signals((
        hit.coverage,
        sum(v for t, v in general.items() if t in matched) / general_total,
        sum(v for t, v in joint.items() if t in matched) / joint_total,
        max(unmatched, default=0.0),
        1.0 if rarest is not None and rarest.term in matched else 0.0,
        min(1.0, best_sentence / total),
        min(1.0, max(0.0, hit.score / top)) if top > 0 else 0.0,
        max(-1.0, min(1.0, margin)),
        math.log1p(len(groups)),
        (sum(t in matched for t in asked_names) / len(asked_names)) if asked_names else 1.0,
        min(1.0, best_sentence_weight(index, hit.chunk_id, joint_terms) / joint_total),
        min(5.0, hit.score / mean_other) if mean_other > 0 else 5.0,
        float(sum(1 for v in unmatched if v >= 0.5)),
        *(1.0 if ok else 0.0 for ok in found),
        sum(general[t] for t in held) / general_total,
        max((general[g.term] for g in groups if g.term not in held), default=0.0),
        1.0 if about is not None and about.term in held else 0.0,
        0.0 if about is None or about.term not in matched else
        1.0 if about.term in own else 0.5,
        sum(general[t] for t in own) / general_total,
    ), absent_rare=max(((unknown if unknown is not None else general).get(g.term, 1.0)
                        for g in groups if not g.members), default=0.0),
        # The sum must stand in the very sentence that answers: its neighbours name other sums.
        money_found=not asks[3] or (price_named and not has_number or bool(_MONEY.search(sentence)))
        and _prices_the_thing(groups, general, words),
        role_named=not role or names_role(text, role),
        which_named=_which_named(index, groups, asks[5] if len(asks) > 5 else "", found_sentences, best))


@dataclass(frozen=True)
class AnswerabilityModel:
    """Standardised logistic regression: P(answerable) = σ(w · (x - mean) / scale + bias)."""

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bias: float
    threshold: float       # the operating point: answer when P ≥ threshold
    features: tuple[str, ...] = FEATURES

    def probability(self, s: Signals) -> float:
        x = (np.asarray(s.values) - np.asarray(self.mean)) / np.asarray(self.scale)
        z = float(np.dot(np.asarray(self.weights), x) + self.bias)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def answerable(self, s: Signals) -> bool:
        """Answer when the model is sure enough and the passage holds the kind of fact asked for.

        The kind check is a gate besides the model: NorQuAD's news passages are so full of numbers
        and names that it learns little from them, while an organisation's pages often hold the
        topic of a question ("medlemmer") but not the figure it asks for ("hvor mange?").
        """
        values = s.as_dict()
        if any(values[name] == 0.0 for name in TYPE_GATE) or s.absent_rare >= ABSENT_RARE_GATE:
            return False
        if not (s.money_found and s.role_named and s.which_named):
            return False
        return self.probability(s) >= self.threshold

    def to_json(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights),
                "mean": list(self.mean), "scale": list(self.scale), "bias": self.bias,
                "threshold": self.threshold}


class ModelError(ValueError):
    """The model file does not fit this code (other features) or is damaged."""


def model_from_json(data: dict) -> AnswerabilityModel:
    try:
        features = tuple(data["features"])
        if features != FEATURES:
            raise ModelError(f"modellen har andre signaler ({', '.join(features)}) end koden")
        n = len(FEATURES)
        model = AnswerabilityModel(
            weights=tuple(float(v) for v in data["weights"]), mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]), bias=float(data["bias"]),
            threshold=float(data["threshold"]), features=features)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ModelError):
            raise
        raise ModelError(f"modelfilen er ugyldig: {exc}") from None
    if not (len(model.weights) == len(model.mean) == len(model.scale) == n):
        raise ModelError("modelfilen har et forkert antal vægte")
    if not 0.0 < model.threshold < 1.0 or any(s <= 0 for s in model.scale):
        raise ModelError("modelfilens tærskel eller skala er uden for gyldigt område")
    return model


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> AnswerabilityModel:
    """The shipped model (read once per process)."""
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))

