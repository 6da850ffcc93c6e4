"""What kind of fact a question asks for, and whether a passage's answering sentence holds it.

Grammar, not vocabulary: the interrogative tells the kind ("hvornår?" a time, "hvor mange?" a
figure, "hvad koster?" a price, "hvem er formanden?" a name, "hvilke kommuner?" which ones), and the
sentence that answers must hold that kind. The answerability model weighs these as signals, and
some decline by themselves (answerability.Signals); NorQuAD's news passages, full of figures and
names, teach a model little about them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from .asked_direction import asks_direction
from .asked_kinds import ASKS_WHAT_PAID, AskedTypes
from .calendar_time import calendar_time
from .figures import YEAR, counted_head, has_figure
from .gate_clock import asks_clock_time, asks_day_by_noun, asks_time_of_year, time_kind
from .gate_role import is_role
from .indirect_question import direct_order
from .one_space import one_space
from .sentence_evidence import QueryTerms, sentences
from .word_class import asks_degree
from .word_guard import guarded

# What a question asks for, by its interrogative (Danish, Norwegian and English grammar).
# "Hvor længe …?" / "how long …?" ask for a duration, which is told as a time ("for to år ad gangen"); "hvor
# ofte" / "hvor tit" for a frequency ("hvert år"); "hvilken dag / måned …?" name the time's unit as "hvilket år?".
_ASKS_TIME = re.compile(r"\b(?:hvornår|hvornaar|hvornar|hvilket [åa]a?r|hvilken (?:dato|dag|måned|maaned|uge)"
                        r"|when|(?:what|which) (?:year|day|date|month|week)"
                        r"|hvor (?:ofte|tit)|how often|hvor (?:længe|laenge|lang tid)|how long)\b"
                        r"|^\W*(?:når|naar|nar)\b")
# "Who must sign when the association sells?": after another question word, "when" opens a clause of time,
# and the question asks for what the first word asks.
_WHEN_CLAUSE = re.compile(r"\b(?:who|what|which|how|where|why)\b[^.?!]*\bwhen\b")
_TIME_WORDS = re.compile(r"\b(?:hvornår|hvornaar|hvornar|hvilket [åa]a?r|hvilken (?:dato|dag|måned|maaned|uge)"
                         r"|(?:what|which) (?:year|day|date|month|week)|hvor (?:ofte|tit)"
                         r"|how often|hvor (?:længe|laenge|lang tid)|how long)\b|^\W*(?:når|naar|nar|when)\b")
# Each form of the adjective after "hvor" asks for a degree ("hvor stort er budgettet?" as "hvor stor"); "hvor få"
# (also "faa") asks how few, as "hvor mange" asks how many.
_ASKS_QUANTITY = re.compile(r"\b(?:hvor (?:mange|meget|få|faa|færre|faerre|mye|stor|store|stort|høj|høje|højt|lang|"
                            r"lange|langt|gammel|gamle|gammelt|ung|unge|ungt)|how (?:many|much|far|old|young)"
                            r"|hva?d? kost(?:er|ede|et)|what (?:does|do|did|will|would|might|could) .{1,40} cost)\b")
# A price asked with the verb "koste": a sentence that speaks of the price itself ("Kontingentet
# fastsættes af generalforsamlingen") answers it even without a figure.
# Any tense: "What will a green roof cost?", "What did the mapping cost?" ask a sum as "what does" does.
_ASKS_PRICE = re.compile(r"\b(?:hva?d? kost(?:er|ede|et)|what (?:does|do|did|will|would|might|could) .{1,40} cost"
                         r"|how much money|(?:i|in) (?:kroner|kr|dkk)"  # "Hvor stor er besparelsen i kroner?": a sum
                         r"|hvor (?:mange|meget) penge|hva?d? er prisen|how expensive)\b")
# "Hvor meget koster et bytræ?", "How much will the tree plan cost?": "hvor meget" / "how much" with the verb
# "koste" asks for a sum as "hvad koster" does, and so does what one is paid or gets ("How much is the board paid?",
# "Hvor meget får revisoren?"). Not "betale" / "pay": "how much would I pay as a student?" prices the payer.
_ASKS_HOW_MUCH_COST = re.compile(r"\b(?:hvor meget (?:[a-zæøå]+ ){0,4}kost(?:er|ede|et|e)|hvor meget (?:får|faar)"
                                 r"|how much (?:[a-z']+ ){0,5}(?:cost|costs|charge|charges|charged|paid|earns?))\b"
                                 # What someone gave or spent, asked with "hvor meget" / "how much" right before the
                                 # verb's auxiliary ("How much did the bank contribute?", "Hvor meget har kommunerne
                                 # brugt?"): a sum. "How much notice must I give?" names what it measures, "notice".
                                 r"|\b(?:hvor meget (?:har|havde|gav|giver|skal|skulle|vil|ville) (?:[^\W_]+ ){0,5}"
                                 r"(?:bidrag(?:et|er)?|bidrog|doner(?:et|ede|er)|givet|gav|brugt|brugte|investeret|skudt)"
                                 r"|how much (?:did|does|do|will|would|has|have|had) (?:[a-z']+ ){0,5}"
                                 r"(?:contribute[ds]?|donate[ds]?|give|gave|given|spend|spent|invest(?:ed)?|put in))\b"
                                 # What someone is paid for a post ("hvad får kassereren i løn?", "what is the
                                 # chair paid?"): a sum, the word for the pay naming it.
                                 r"|\bhva?d? (?:får|faar|far|tjener) (?:[^\W_]+ ){1,4}i "
                                 r"(?:løn|loen|lon|honorar|vederlag)\b"
                                 r"|\bwhat (?:is|are|does|do) (?:[a-z']+ ){1,4}(?:paid|earn|get paid)\b")
# "Who decides how much the membership costs?", "Hvem bestemmer, hvor meget det koster?" ask who: the price is
# only the topic of the question's clause.
_ASKS_WHO_FIRST = re.compile(r"^\W*(?:who|hvem)\b")
# An amount of money: a figure with its currency ("250 kr.", "1,2 milliarder kroner", "€ 40").
MONEY = re.compile(r"\d[\d.,]*\s*(?:(?:mio|mia|millioner|milliarder|million|milliard)\.?\s+)?"
                    r"(?:kr\b|kroner|dkk|euro|€)|(?:€|dkk|kr\.)\s*\d", re.IGNORECASE)
# "Hvem er formanden?", "Who is the director?": the subject is a role, not a name, and the answer is
# the name of whoever holds it. A sentence without a name answers only if it says what the role is
# ("Generalforsamlingen er foreningens øverste myndighed").
# "Hvem er medlemmerne?" asks for kinds of members, not for names: a definite plural is not a role.
_PLURAL = re.compile(r"(?:erne|ene)\W*$", re.IGNORECASE)
# "Hvad hedder kassereren?", "Hvem sidder i landsrådet?", "What is the name of the chair?": who holds the role.
_ASKS_IDENTITY = re.compile(r"^\W*(?:(?i:hvem|who)\s+(?i:er|var|is|was)|(?i:who)['’]s"
                            r"|(?i:hvad|hva)\s+(?i:hedder|hed|heter|het)|(?i:hvem|who)\s+(?i:sidder|sits)\s+(?i:i|på|in|on)"
                            r"|(?i:hvad|hva)\s+(?i:er|var)\s+(?i:navnet)\s+(?i:på|paa|pa)"
                            r"|(?i:what)\s+(?i:is|was|'s)\s+(?i:the\s+)?(?i:name)\s+(?i:of))"
                            r"\s+(?i:the\s+)?(?P<role>[a-zæøå][^?]*)")
# The same with the role as the owner of the name: "Hvad er revisorens navn?", "What is the chair's name?".
_ASKS_NAME_OF = re.compile(r"^\W*(?i:hvad|hva|what)\s+(?i:er|var|is|was)\s+(?i:the\s+)?(?P<role>[a-zæøå][^?]*?)"
                           r"(?:s|'s|’s)\s+(?i:navn|name)\W*$")
# The price asked with words between "hvad" and the verb: in the perfect ("Hvad har kortlægningen kostet?")
# or as an indirect question ("… vil gerne vide, hvad det koster for os at blive medlem"), and after a verb of
# the future or a modal ("Hvad vil et grønt tag koste?", "Hvad kommer det til at koste?"), in the infinitive.
_ASKS_PRICE_APART = re.compile(r"\bhva?d? (?:[a-zæøå]+ ){1,3}kost(?:er|ede|et)\b"
                               r"|\bhva?d? (?:[a-zæøå]+ ){1,5}(?:at )?koste\b")
# A cleft question ("Er det bestyrelsen, der bestemmer, hvad det koster?") asks who or what: the price is its topic.
_CLEFT = re.compile(r"^\W*(?:er|var) det\b")
# "Hvem er det, der tjekker regnskabet?": a cleft asks who does something, which a passage may say by a body.
_CLEFT_WHO = re.compile(r"(?i:det|den|de|it)\b,?\s+(?i:der|som|that|who)\b")
PRICE_WORD = guarded(re.compile(r"\b(?:kontingent|medlemsbidrag|gebyr|pris|beløb|betal|kost|kr\b)\w*", re.IGNORECASE))
_ASKS_PERSON = guarded(re.compile(r"^\W*(?:hvem|who)\b|\b(?:hvem|who) (?:er|var|is|was)\b"
                          r"|^\W*hva?d? (?:hedder|hed|heter|het)\b"))
# "Hvor ligger …?", "where is …?": a place. "Hvor" before an adjective or adverb asks for a degree ("hvor langt",
# "how far"), not a place: those are left out, and so is any adjective the lemmatiser compares (asks_degree).
# A follow-up's "og"/"and" before it ("og hvor blev den holdt?") is no part of what is asked.
_ASKS_PLACE = guarded(re.compile(r"(?:^|[,:;–-]\s*)(?:(?:og|and|men|but)\s+)?(?:hvor|where)\s+"
                         r"(?!(?:mange|meget|mye|få|faa|færre|faerre|længe|laenge|lenge|ofte|tit|godt|tidligt|sent|"
                         r"hurtigt|gamle?|gammelt|(?:stor|lang|høj|dyr|varm|kold|bred|dyb|tung|nær|vigtig|lille|"
                         r"små|kort|svær|let)(?:t|e|ere)?|much|many|long|often|old|far|big|large)\b)[^\W\d_]+"
                         r"|\b(?:i|in)\s+(?:hvilken|hvilket|hvilke|which)\s+(?:by|byer|kommune|kommuner|"
                         r"land|lande|sted|steder|landsdel|region|city|cities|town|place)\b"
                         # One place asked by its kind names it ("Which town lost most?"); several may be a
                         # kind of them ("Hvilke byer har mistet mest?": "de store byer").
                         r"|\b(?:hvilken|hvilket|which)\s+(?:by|kommune|land|landsdel|region|city|town|"
                         r"municipality)\b"))
# "Hvilke kommuner …?", "which cities …?": the things asked to have named (asked_which.which_named).
_ASKS_WHICH = re.compile(r"\b(?:hvilke|which)\s+(?:\d+\s+)?(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)
# A time told relative to something else ("senest en uge før", "inden udgangen af april", "med en
# måneds varsel"): the units and the relating words of Danish time expressions.
_RELATIVE_TIME = guarded(re.compile(r"\b(?:dag|dage|dagen|døgn|uge|uger|ugers|måned|måneder|måneds|kvartal|"
                                    r"kvartalet|år|året|før|efter|inden|senest|straks)\b", re.IGNORECASE))
# A sentence that is only a mark: a stk., a §, a list number or bullet.
_LABEL_ONLY = re.compile(r"^\s*(?:stk\.?\s*\d+\.?|§\s*\d+\s*[a-zæøå]?\.?|\d{1,2}\.|[-•*])\s*$", re.IGNORECASE)
_MONTH = guarded(re.compile(r"\b(?:januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|"
                            r"oktober|november|december|desember)\b", re.IGNORECASE))
NAME = re.compile(r"(?<=[^.!?:]\s)[A-ZÆØÅ][\wæøå-]+")


def question_sentence(text: str) -> str:
    """The sentence of a message that asks: the last one ending in "?" after a sentence that tells
    ("Hej, jeg er ny i foreningen. Hvem er næstformand …?"), else the whole text."""
    asking = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.endswith("?")]
    return asking[-1] if asking else text


@lru_cache(maxsize=32)  # asked of one question up to five times (compose, gates, sentences); no store of questions
def asked_types(question: str) -> AskedTypes:
    """Whether the question asks for a time, a quantity, a person, a price (a kind of quantity), the
    role whose holder it asks for, the things it asks to have named ("" when it does not), whether
    it asks for a place, and the finer time it asks for: an hour or a next date ("" for any; gate_clock)."""
    question = direct_order(question)
    text = one_space(question.casefold())
    spaced = one_space(question.strip())
    asking = question_sentence(spaced)
    role = _ASKS_IDENTITY.match(asking) or _ASKS_NAME_OF.match(asking)
    which = _ASKS_WHICH.search(text)
    clock = asks_clock_time(text)
    time = clock or asks_time_of_year(text) or asks_day_by_noun(text) or bool(_ASKS_TIME.search(text)) \
        and (not _WHEN_CLAUSE.search(text) or bool(_TIME_WORDS.search(text)))
    price_apart = bool(_ASKS_PRICE_APART.search(text)) and not _CLEFT.search(text)
    place = bool(_ASKS_PLACE.search(text)) and not asks_direction(text) and not asks_degree(text)
    return AskedTypes(time, bool(_ASKS_QUANTITY.search(text) or ASKS_WHAT_PAID.search(text)) or price_apart,
            bool(_ASKS_PERSON.search(text)), bool(_ASKS_PRICE.search(text)) or price_apart
            or bool(_ASKS_HOW_MUCH_COST.search(text)) and not _ASKS_WHO_FIRST.search(text),
            role["role"].casefold() if role and not _PLURAL.search(role["role"]) and not _CLEFT_WHO.match(role["role"])
            and is_role(role["role"].casefold())
            else "",
            which["noun"] if which else "",
            place, time_kind(text, time),
            counted_head(text))


# A superlative ("dyreste", "mest", "størst", "vigtigste"; "the most", "cheapest"): Danish forms it
# with -est(e) and -st(e) after -ig/-lig, beside a few irregular ones; English with most/-est.
_SUPERLATIVE_DA = guarded(re.compile(r"\b(?:[^\W\d_]{2,}(?:este?|igste?)|mest|meste|flest|fleste|størst|største|"
                             r"storst|storste|bedst|bedste|mindst|mindste|værst|værste|højst|højeste|"
                             r"længst|længste|ældst|ældste|yngst|yngste|nærmest|nærmeste)\b", re.IGNORECASE))
_SUPERLATIVE_EN = guarded(re.compile(r"\b(?:most|least|best|worst|fewest|biggest|largest|highest|lowest|greatest|"
                             r"cheapest|smallest|longest|oldest|newest|hardest|strongest)\b", re.IGNORECASE))


def asks_superlative(question: str) -> bool:
    """Whether a question asks for the one that stands out ("Hvad er den dyreste?", "cost the most")."""
    return bool(_SUPERLATIVE_DA.search(question) or _SUPERLATIVE_EN.search(question))


def states_superlative(sentence: str) -> bool:
    """Whether a sentence singles something out with a Danish superlative ("Den største post er …")."""
    return bool(_SUPERLATIVE_DA.search(sentence))


def tells_time(text: str) -> bool:
    """Whether a text tells a time: a year, date or figure, a month, a relative time ("en uge før")
    or a period of the calendar ("følger kalenderåret")."""
    return has_figure(text) or bool(_MONTH.search(text) or _RELATIVE_TIME.search(text)) or calendar_time(text)


def names_role(text: str, role: str) -> bool:
    """Whether a text says who or what holds a role: a name, or "… er <the role>"."""
    if NAME.search(" " + text):
        return True
    stems = [re.escape(w[:5]) for w in re.findall(r"[^\W\d_]{4,}", role)]
    pattern = r"\b(?:er|var|is|was)\s+(?:\w+\s+){0,2}(?:" + "|".join(stems) + ")"
    return bool(stems) and re.search(pattern, text, re.IGNORECASE) is not None


def sentence_weights(index: Index, chunk_id: int, terms: QueryTerms) -> tuple[list[float], tuple]:
    """How much of the question each of the passage's sentences holds, and its analysed sentences."""
    found = sentences(index, chunk_id)
    return [terms.sentence_weight(words) for _, words in found], found


def answering_sentences(index: Index, chunk_id: int, terms: QueryTerms) -> tuple[list[int], tuple]:
    """The positions of the passage's sentences that hold most of the question, first one first (none
    when it has no sentences), and its analysed sentences. The asked fact may stand beside any of
    them: "Fra hvornår er jeg medlem?" ties every sentence saying "medlem"."""
    weights, found = sentence_weights(index, chunk_id, terms)
    top = max(weights, default=None)
    return [i for i, weight in enumerate(weights) if weight == top], found


def neighbours(found: tuple, best: int) -> tuple[int | None, int | None]:
    """The positions of the nearest sentences before and after `best` that are not only a mark."""
    before = next((i for i in range(best - 1, -1, -1) if not _LABEL_ONLY.match(found[i][0])), None)
    after = next((i for i in range(best + 1, len(found)) if not _LABEL_ONLY.match(found[i][0])), None)
    return before, after


def neighbourhood(found: tuple, best: int) -> str:
    """The best sentence with the nearest sentence on each side, skipping the marks a splitter leaves
    alone ("Stk. 2.", "3."), which would otherwise take a neighbour's place. Only those are read."""
    if best < 0:
        return ""
    before, after = neighbours(found, best)
    # A list item ends without a stop (its last character a letter or digit): one is put, so the next
    # item's first word is read as a sentence's first ("Valg af dirigent. Bestyrelsens beretning").
    return " ".join(t + "." if (t := found[i][0].rstrip())[-1:].isalnum() else t
                    for i in (before, best, after) if i is not None)


def is_head_of(member: str, term: str) -> bool:
    """Whether an index term stands for the query term only as its compound head ("medlem" for
    "æresmedlem"): the compound's first part, which says which kind, is then lost."""
    return len(member) < len(term) and term.endswith(member)


def _held(groups, words: set[str], whole: bool = False) -> frozenset[str]:
    """The query terms (TermGroup.term) a set of index terms holds; `whole`: not only as heads."""
    return frozenset(g.term for g in groups
                     if any(m in words for m in g.members if not (whole and is_head_of(m, g.term))))


def prices_the_thing(groups, general: dict[str, float], words: set[str]) -> bool:
    """Whether the answer sentence names what a price question asks the price of, as a whole word:
    a fee for "personlige medlemmer" prices no "familiemedlemskab", a sum for the whole plan no
    "publikation". The thing is the question's word rarest in general language, price words aside,
    among those the material holds: a word it lacks ("aside" of "set aside") names no sentence, and
    whether the material lacks what is asked about is the asked-thing step's to judge."""
    things = [g for g in groups if not PRICE_WORD.match(g.term) and g.members]
    if not things:
        return True
    thing = max(things, key=lambda g: (general[g.term], g.weight))
    return thing.term in _held(groups, words, whole=True)


# "Hvilket år …?", "I hvilket år …?", "What year …?": the noun names the kind of answer, a year.
_ASKS_YEAR = guarded(re.compile(r"\b(?:hvilket|which|what)\s+(?P<unit>[åa]a?r|year)\b", re.IGNORECASE))


def asked_year(question: str) -> str:
    """The word a "hvilket år?" question names its answer's kind with ("år", "year"); "" otherwise."""
    found = _ASKS_YEAR.search(question)
    return found["unit"] if found else ""


# "Hvilken måned …?", "Which month …?": the noun names the kind of answer, a month of the calendar.
_ASKS_MONTH = re.compile(r"\b(?:hvilken|which|what)\s+(?P<unit>måned|maaned|maned|month)\b", re.IGNORECASE)


def asked_month(question: str) -> str:
    """The word a "hvilken måned?" question names its answer's kind with ("måned", "month"); "" otherwise."""
    found = _ASKS_MONTH.search(question)
    return found["unit"] if found else ""


def states_month(sentence: str) -> bool:
    """Whether a sentence names a month of the calendar ("i januar"), not a number of months."""
    return bool(_MONTH.search(sentence))


def states_year(sentence: str) -> bool:
    """Whether a sentence states a year ("i 2014", "slutningen af 2018")."""
    return bool(YEAR.search(sentence))


def states_time(sentence: str) -> bool:
    """Whether a sentence states a time, strictly: a year, a date or month, a relative time ("en uge
    før") or a period of the calendar; a bare figure ("over 500 kvadratmeter") is not one."""
    return bool(YEAR.search(sentence) or _MONTH.search(sentence) or _RELATIVE_TIME.search(sentence)) \
        or calendar_time(sentence)


def states_kind(sentence: str, asks: AskedTypes) -> bool:
    """Whether a sentence states each kind of fact the question asks for (asked_types), strictly: a
    year, date, month or relative time for a time; a figure for a quantity; a name for a person."""
    return ((not asks.time or states_time(sentence))
            and (not asks.quantity or has_figure(sentence))
            and (not asks.person or bool(NAME.search(" " + sentence))))
