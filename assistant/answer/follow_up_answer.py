"""A follow-up's answer in its topic: sentences chosen by its own words, not the earlier answer again.

Checked that it quotes the follow-up's own words, not only the topic's.

The conversation core (conversation.py) finds the passages with the topic's words added; what is
quoted from them, and whether that is an answer to the follow-up, is decided here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from .answerability import load_model
from .compose import MAX_CITED_PASSAGES, answerable_hits, distinct_hits, pick_sentences
from .fact_kinds import MONEY, asked_types, has_figure, is_head_of, tells_time
from .formatting import declined, formatted
from .gate_reason import asks_reason
from .own_words import asks_who, refers_back
from .reading import Reading as QuestionReading
from .result import Answer, in_english
from .retrieve import Hit, Query, TermGroup
from .sentence_evidence import sentences
from .topic import ANCHORED_OWN_WORDS, best_passage, clear_topic_question

# In a context answer the topic's words only break ties between sentences: the follow-up asks for
# its own thing, and the sentence the topic alone picks was the earlier answer ("og hvad hedder
# den?" after the seat quotes § 1, stk. 1, not the seat again).
# (0 to 0.5 give the same figures on the dev sets: benchmarks/conversations_eval.py.)
SENTENCE_TOPIC_SHARE = 0.1
# A follow-up that names a case ("og hvad hvis …?", "og hvis man ikke betaler?", "what if …?").
CONDITION = re.compile(r"\b(?:hvis|if)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:ikke|aldrig|not|never|don't|doesn't)\b", re.IGNORECASE)
FREQUENCY = re.compile(r"\b(?:hvor (?:ofte|tit)|how often)\b", re.IGNORECASE)
# The words a cited passage gives a reason by, for a follow-up that asks why (gate_reason.asks_reason):
# a cause ("fordi det vil sikre …", "som et oprør mod …") or a goal ("så byerne bedre tåler skybrud",
# "Målet var at …"). Looser than gate_reason's grammar (any "så"): it reads the quoted passage, not
# the sentence that answers.
GIVES_REASON = re.compile(r"\b(?:fordi|derfor|idet|så|for at|til gavn|skyldes|på grund af|årsagen|"
                          r"grunden|(?:oprør|protest) mod|(?:for)?målet (?:var|er)|because|since|so that|"
                          r"therefore|due to|the (?:reason|aim|goal|purpose) (?:is|was))\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
# A sentence that is only a mark the splitter left alone ("Stk. 4.", "3.").
# And a heading's label: a word and its number ("Anbefaling 5.", "Figur 1.").
LABEL = re.compile(r"^\s*(?:stk\.?\s*\d+\.?|§\s*\d+\s*[a-zæøå]?\.?|\d{1,2}\.|[-•*]|[^\W\d_]+\s+\d{1,3}\.?)\s*$",
                   re.IGNORECASE)
# A heading's label before the sentence it heads ("Anbefaling 6. Grønne skolegårde. …"): a question
# word found only there ("who proposed it?": "anbefale") is not in what the sentence says.
LEADING_LABEL = re.compile(r"^\s*[^\W\d_]+\s+\d{1,3}\.\s+")
# Who did it, in the grammar of rules and reports: the doer named by a passive or a participle
# ("fastsættes af den ordinære generalforsamling", "vedtaget af foreningens landsråd",
# "udarbejdet af foreningens sekretariat").
DOER = re.compile(r"\b[^\W\d_]{3,}(?:es|et|t) af\b", re.IGNORECASE)
# A price asked with the verb in any form and place ("hvad skal det koste?"), which the kinds of
# fact (fact_kinds.asked_types) read only right after "hvad".
COSTS = re.compile(r"\b(?:koste|koster|kostede|kostet|cost|costs)\b", re.IGNORECASE)


def led_by_own(index: Index, text: str, query: Query, hits: list[Hit], own: tuple[TermGroup, ...],
               topic: tuple[TermGroup, ...], previous: Answer, contact_url: str,
               question: QuestionReading | None) -> Answer:
    """The context reading's answer with its sentences chosen by the question's own words, the
    topic's only breaking ties: the passages and whether they answer are the context reading's."""
    hits = distinct_hits(index, hits)
    answerable = answerable_hits(index, question.text if question else text, query, hits,
                                 load_model(), asked=text)
    led = Query(groups=own + tuple(replace(g, weight=g.weight * SENTENCE_TOPIC_SHARE)
                                   for g in topic))
    # The follow-up as put tells the kind of fact asked ("og hvornår skal jeg betale?" a time), which
    # the sentences are chosen for as a question's alone are: the led query has no text of its own.
    chosen = pick_sentences(index, led, answerable[:MAX_CITED_PASSAGES], asked=text) if answerable else []
    fresh = fresh_sentence(index, chosen[0], own, previous, case_of(text)) if chosen else None
    if fresh:
        chosen = pick_sentences(index, led, answerable[:MAX_CITED_PASSAGES], prefer=fresh, asked=text)
    if not chosen:
        return declined(text, contact_url, hits[0].score)
    answer = formatted(text, chosen, hits[0].score, contact_url, answerable,
                       lambda hit: pick_sentences(index, led, [hit], asked=text), MAX_CITED_PASSAGES)
    return in_english(answer, contact_url) if question and question.english else answer


def fresh_sentence(index: Index, chosen: tuple[Hit, str, int], own: tuple[TermGroup, ...],
                   previous: Answer, case: str = "") -> str | None:
    """A sentence of the chosen passage that the earlier answer did not quote and that holds as
    much of the question's own words as the chosen one, when the chosen one was quoted: "og
    hvordan melder man sig ind?" after § 3, stk. 1 asks for something that answer did not say.

    A case (case_of) asks what follows from it: the passage's next sentence after the earlier
    answer's that holds most of its own words; a case of the earlier answer not holding ("og hvad
    hvis man ikke betaler?") takes it however few of them it holds (the statutes say "restance",
    not "betaler"), another case ("og hvad hvis jeg er privatperson?") only with some of them."""
    hit, sentence, _ = chosen
    said = [c.quoted for c in previous.citations]
    if not any(sentence in quoted for quoted in said):
        return None
    weighed = [(s, sum(g.weight for g in own if set(terms).intersection(g.members)))
               for s, terms in sentences(index, hit.chunk_id)]
    if case:
        at = next(i for i, (s, _) in enumerate(weighed) if s == sentence)
        later = [(s, w) for s, w in weighed[at + 1:] if (w > 0 or case == "not")
                 and not LABEL.match(s) and not any(s in quoted for quoted in said)]
        if later:
            return max(later, key=lambda sw: sw[1])[0]
    needed = next((w for s, w in weighed if s == sentence), None)
    fresh = [s for s, w in weighed if needed is not None and w >= needed > 0
             and not any(s in quoted for quoted in said)]
    # Of those, the one holding the question's word itself, not a stand-in for it: "og hvornår skal
    # jeg betale?" is "skal være betalt senest 1. marts", not the other "Kontingentet …" sentence.
    itself = {s: sum(g.weight for g in own if any(t.startswith(g.term) for t in terms))
              for s, terms in sentences(index, hit.chunk_id)}
    return max(fresh, key=lambda s: itself.get(s, 0.0)) if fresh else None


def case_of(text: str) -> str:
    """"not" for a follow-up naming the case that the earlier answer does not hold ("og hvad hvis
    man ikke betaler?"), "if" for another case ("og hvis jeg er studerende?"), "" for none."""
    if not CONDITION.search(text):
        return ""
    return "not" if NEGATION.search(text) else "if"


def supported(index: Index, answer: Answer, own: tuple[TermGroup, ...],
              turns_on: Answer | None = None) -> bool:
    """Whether the sentences an answer quotes hold each of the question's own words the index
    knows. A condition's words may stand in the earlier answer it turns on ("og hvad hvis man
    ikke betaler?" after "skal være betalt senest 1. marts"): `turns_on`, for a condition."""
    quoted = [LEADING_LABEL.sub("", c.quoted) for c in answer.citations]
    if turns_on is not None:
        quoted += [c.quoted for c in turns_on.citations]
    terms = {t for q in quoted for t in index.analyzer.document_terms(q)}
    return all(terms.intersection(g.members) for g in own if g.members)


def quotes_word(index: Index, answer: Answer, group: TermGroup) -> bool:
    """Whether an answer's quote holds a question word the index knows, itself or as the head of
    a compound that names a kind of it ("tætte bykvarterer" for "neighbourhoods")."""
    if not group.members:
        return True
    terms = {t for c in answer.citations for t in index.analyzer.document_terms(c.quoted)}
    return any(t == m or is_head_of(m, t) for t in terms for m in group.members)


def quotes_asked_fact(index: Index, answer: Answer, text: str, topic: tuple[TermGroup, ...],
                      own: tuple[TermGroup, ...] = (), alone: bool = False) -> bool:
    """Whether a follow-up is quoted a sentence: one asking how often a count or a time, one asking
    why a reason ("fordi", "så", "for at"), and one
    asking a figure a sentence that states it of the thing asked about. A question with a pronoun
    and a word or two of its own ("hvad skal det koste?") asks it of what the pronoun stands for
    (the topic's words stand in its place, and a sum beside other words is the price of something
    else: "de otte anbefalinger"); one that names its thing asks it of that ("hvor mange kommuner
    var med?" is not answered by "en række kommuner" beside the years of the passage). A quote that
    is only a mark ("2.", a list item's number the topic's "anbefaling 2" found) quotes nothing."""
    if all(LABEL.match(c.quoted) for c in answer.citations):
        return False
    if FREQUENCY.search(text) and not any(has_figure(c.quoted) or tells_time(c.quoted)
                                          for c in answer.citations):
        # "hvor ofte sker det?" is answered by a count or a time ("hvert år"), which the kinds of
        # fact do not check for a frequency: a passage on the exclusion itself is no answer.
        return False
    if asks_reason(text) and not any(GIVES_REASON.search(f"{c.quoted} {c.snippet}")
                                            for c in answer.citations):
        # "why did they change it?": the passage on the change says when, not why. The reason
        # may stand in the sentences around the quote ("Derfor er kampen …").
        return False
    asks = asked_types(text)
    price = asks.price or COSTS.search(text) is not None
    # A time too, for a follow-up answered alone, where no topic's words chose the sentence:
    # "hvornår blev det sendt ud?" after the questionnaire is not when questions may be sent.
    time = alone and asks.time and not (asks.quantity or price)
    if not (asks.quantity or price or time):
        return True
    said = [s for c in answer.citations for s in SENTENCE_END.split(c.quoted)
            if (MONEY.search(s) if price else tells_time(s) if time else has_figure(s))]
    named = tuple(g for g in own if g.members)
    if not named or refers_back(text, DANISH_STOPWORDS) and len(own) <= ANCHORED_OWN_WORDS:
        named = topic
    # The figure and the thing in one sentence: another quoted sentence may name the thing only
    # because the topic's words chose it ("Det første byregnskab udkommer i 2026").
    return any(set(index.analyzer.document_terms(s)).intersection(g.members)
               for s in said for g in named)


def own_answered(index: Index, searched: str, text: str, own: tuple[TermGroup, ...],
                 hits: list[Hit]) -> bool:
    """Whether the passage the context found answers the question's own words by the
    answerability model, the topic's words left out: a follow-up about something the material
    lacks must not pass on the strength of the topic alone."""
    total = sum(g.weight for g in own) or 1.0
    terms = {g.term for g in own}
    # The passages as the question's own words alone would have found them (no second search).
    own_hits = [replace(h, matched=h.matched & terms,
                        coverage=sum(g.weight for g in own if g.term in h.matched) / total)
                for h in hits]
    # The kind of fact asked (a sum for "hvad koster det?") was checked on the context's reading,
    # whose sentences the topic's words pick; the question's few own words alone may rank another
    # sentence of the same passage first.
    return bool(answerable_hits(index, searched, Query(groups=own), own_hits, load_model(),
                                asked=text, fact_kinds=False))


def asks_doer(own: tuple[TermGroup, ...], question: QuestionReading) -> bool:
    """Whether a follow-up asks who did what its pronoun stands for, in a verb the material holds
    only in other words: the thesaurus's stand-ins ("hvem bestemmer det?": "beslutte") or a
    related word instead of itself ("hvem stiftede den?": "startede")."""
    return bool(own) and asks_who(question.original) and refers_back(question.original, DANISH_STOPWORDS) \
        and all(g.members and (g.scale < 1.0 or g.term not in g.members) for g in own)


def doer_in_topic(index: Index, text: str, earlier: tuple[str, ...], contact_url: str,
                  question: QuestionReading, own: tuple[TermGroup, ...] = ()) -> Answer | None:
    """A "hvem …?" follow-up whose verb the material says in other words ("hvem bestemmer det?"
    after the student fee: "Kontingentet fastsættes af den ordinære generalforsamling"), answered
    by the first sentence of the topic's passage that names who did something to it (DOER).

    Asked only where the material holds its own words only through the thesaurus's stand-ins
    (asks_doer): it speaks of such acts in other words; a verb the material has no word for at
    all ("hvem ejer den?") asks what it does not tell. Without a doer there, the topic's passage
    does not say who ("hvem stiftede den?" is not "I 2017 blev bevægelsen …").
    After a topic that asked who itself, the doer its passage names was that answer, and another
    doer there did something else: the new who is not told ("hvem sidder i den nu?" after "Hvem
    vælger bestyrelsen?" is no "vælges af …"; "hvem bestemte det?" after who funded the mapping is
    not who wrote the analysis)."""
    if asks_who(earlier[-1]):
        return None
    asked = clear_topic_question(index, earlier)
    chunk_id = best_passage(index, asked) if asked else None
    if chunk_id is None:
        return None
    hit = Hit(chunk_id=chunk_id, score=0.0, chunk=index.chunk(chunk_id), matched=frozenset(),
              coverage=0.0)
    chosen = next(([(hit, sentence, pos)] for pos, (sentence, _) in enumerate(sentences(index, chunk_id))
                   if DOER.search(sentence)), None) or _decided_by(index, hit, own)
    if chosen is None:
        return None
    answer = formatted(text, chosen, hit.score, contact_url, [hit], lambda _: chosen, 1)
    return in_english(answer, contact_url) if question.english else answer


# A noun after a genitive ("generalforsamlings beslutning"): the genitive names whose act the noun is.
_GENITIVE = re.compile(r"\b[^\W\d_]{3,}s\s+([^\W\d_]+)")


def _decided_by(index: Index, hit: Hit, own: tuple[TermGroup, ...]) -> list[tuple[Hit, str, int]] | None:
    """The sentence of the topic's passage that names the doer of the asked act as the genitive of
    the act's noun, which the thesaurus gives for the question's verb ("hvem bestemmer det?" after
    what happens to the fortune: "… efter den sidste generalforsamlings beslutning")."""
    stand_ins = {m for g in own for m in g.members}
    for pos, (sentence, _) in enumerate(sentences(index, hit.chunk_id)):
        if any(stand_ins.intersection(index.analyzer.document_terms(m.group(1)))
               for m in _GENITIVE.finditer(sentence)):
            return [(hit, sentence, pos)]
    return None
