"""The question's words as the answer/decline decision weighs them: a degree phrase is no content.

"Hvor lang tid går der?", "hvor store skal tagene være?", "hvor mange penge …?": the words after
"hvor" ask for a duration, a size or an amount, and a passage that answers holds the figure or time,
not the words "lang tid", "store" or "penge". Weighed as content they are common words the material
lacks, which pulled the model's coverage signals down on exactly the questions a kind-of-fact gate
already checks (time_found, quantity_found, money_found). Search still uses them: only the decision
leaves them out. ("Hvor ofte / tit / længe" are not searched at all: retrieve reads the adverb as part
of the question word, so for them this module finds nothing left to drop.) An English question
reaches the decision as its Danish words, without "how": the caller names the Danish terms of its
"how long / how often" (own_words.english_degree_terms), which are dropped alike. A distance
(asked_measure.py) drops its "hvor tæt / nær" and a limit ("højst", "mindst") too, and with a length
as specific as that, one word left is enough to weigh ("Hvor langt må der højst være til en park?").
A price asked for the whole ("hvad vil det hele koste samlet set?") drops its quantifier of totality and
weighs it as held where a sentence states a total sum (price_total.py).

A light verb ("gør", "kommer", "giver": among the commonest words of Danish, light_verbs.py) carries
tense and aspect more than content: "Hvad gør I for, at folk kan tage en ordentlig debat …?" is answered
by "… give politikere og borgere et solidt fagligt og faktuelt grundlag for en kvalificeret debat". Where
the best passage lacks it, it weighs half (as in the sentence choice), not the most: a word no passage
holds got the highest weight of all. It stays whole beside fewer than MIN_KEPT other words.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..language.analysis import Analyzer
from ..language.folding import danish_letters
from .asked_measure import DISTANCE, asked_measure, measure_words
from .decision_grammar import grammar_terms, price_terms
from .light_verbs import LIGHT_SHARE, light_verb_terms
from .measure_told import told_measure
from .message_clauses import split_context
from .own_words import INTERROGATIVE_ADJECTIVE
from .price_total import told_total, total_terms
from .retrieve import Hit, Query

# The fewest query words left without the phrase for it to be left out (a distance: one, see above).
MIN_KEPT = 2
# The fewest query words the question must keep without its scene for the scene to be left out: a
# short question ("Kan vi blive medlem som gruppe?", "Hvilke slags medlemmer har I?") is about
# the visitor's situation, and asked of another organisation's material it found an answer there.
SCENE_KEPT = 3
# Pronouns that point back to what the scene named: "den"/"det"/"dem" and the asker's own group
# ("vi", "os", "vores"), in Danish and English; a closed class of grammar, not of any material.
_POINTS_BACK = re.compile(r"\b(?:den|det|dem|dens|dets|vi|os|vores|it|its|they|them|their|we|us|our)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
# A limit on the degree asked ("Hvor langt må der højst være …?", "… mindst …"): the answer states
# the limit ("ikke mere end 300 meter", "mindst 30 procent"), not the adverb.
_LIMIT = re.compile(r"\b(?:højst|mindst|maksimalt|minimum|maksimum|maks)\b")
# The three words after "hvad" or "hvem" in its clause (no comma or full stop between): its verb stands
# there, after an auxiliary and the subject at most ("Hvad vil I gøre", "Hvad får I egentlig …", "Hvem
# skal finde pengene …").
_AFTER_WHAT = re.compile(r"\b(?:hvad|hvem)((?:\s+[^\W\d_]+){1,3})")


def degree_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """The query terms of the question's interrogative degree phrase ("hvor længe", "hvor lang tid",
    "hvor mange penge"), also typed without æ/ø/å ("hvor laenge")."""
    # Typed without æ/ø/å the phrase reads the same once ae/oe/aa are read as the letters: only the
    # phrase's own words are taken from this text, and their terms are those of either spelling.
    text = danish_letters(question.casefold())
    found = [w for m in INTERROGATIVE_ADJECTIVE.finditer(text) for w in m.group(1).split()]
    found += measure_words(question)
    found += _LIMIT.findall(text) if found and asked_measure(question) else []
    return frozenset(t for w in found for t in analyzer.query_terms(w))


def scene_terms(analyzer: Analyzer, message: str) -> frozenset[str]:
    """The query terms of the words a message tells around its question and not in it ("Jeg bor selv
    ude på landet, så jeg er nysgerrig: sætter I også selv projekter i gang?": "bor", "landet", "så";
    message_clauses.split_context tells the two apart)."""
    scene, asked = split_context(message)
    # A question that points back into the scene ("… lægge foreningen ned. Hvilket flertal skal der
    # til for at lukke den?", "Vi er en lokal gruppe … Kan vi blive medlem?") is about what it tells.
    if not scene or _POINTS_BACK.search(asked):
        return frozenset()
    asked_terms = {t for w in _WORD.findall(asked) for t in analyzer.query_terms(w)}
    return frozenset(t for w in _WORD.findall(scene) for t in analyzer.query_terms(w)) - asked_terms


def weighed_query(analyzer: Analyzer, question: str, query: Query, hits: Sequence[Hit],
                  english: frozenset[str] = frozenset(), message: str = "") -> tuple[Query, list[Hit]]:
    """The query and hits as the decision weighs them: the degree phrase's terms (and `english`, the
    Danish terms of an English question's: own_words.english_degree_terms) left out of the groups and
    of each hit's matched terms and coverage. A question of the phrase and fewer than MIN_KEPT other
    words keeps it."""
    terms = {g.term for g in query.groups}
    least = 1 if asked_measure(question) == DISTANCE else MIN_KEPT
    drop = (degree_terms(analyzer, question) | english) & terms
    # The scene's words tell who asks and why ("Jeg bor selv ude på landet, så jeg er nysgerrig: …"):
    # the best passage lacking them says nothing against it. One it holds may name the topic ("Jeg
    # har en god idé til generalforsamlingen – hvor lang tid i forvejen …?") and is weighed. Kept
    # where the question alone is short (SCENE_KEPT).
    held = hits[0].matched if hits else frozenset()
    scene = scene_terms(analyzer, message) & terms - held
    if len(terms - drop - scene) >= SCENE_KEPT:
        drop |= scene
    # Grammar read as content ("ifølge rapporten", "så", "helt"; decision_grammar.py), where the best
    # passage lacks it: the material's own word for itself or an adverb says nothing against it.
    drop |= grammar_terms(analyzer, question) & terms - held
    # "det hele", "samlet set", "the whole" in a price question ask the total, which a sum states
    # (price_total.py): left out even where a passage holds them by a synonym.
    total = total_terms(analyzer, message or question, terms)
    drop |= total
    kept = tuple(g for g in query.groups if g.term not in drop)
    # Without only a price's verb and the whole, one word is enough: the money gate checks the sum (price_terms).
    if drop and drop <= price_terms(analyzer, question) | total:
        least = 1
    # With one word left, any passage naming it would hold "all" of the question ("hvor stor skal
    # puljen være?" → "pulje"): coverage then tells nothing, so the phrase is kept.
    if len(kept) < least:
        return query, list(hits)
    light = light_terms(analyzer, question, kept, hits)
    if not drop and not light:
        return query, list(hits)
    kept = tuple(replace(g, weight=g.weight * LIGHT_SHARE) if g.term in light else g for g in kept)
    # A distance's phrase is held where a passage states a length (measure_told.py).
    told, telling = told_measure(analyzer, message or question, query.groups, drop, hits)
    # So is a price's whole where a sentence states a sum with a word of totality (price_total.py).
    whole, totalled = told_total(analyzer, query.groups, total, hits)
    kept += tuple(g for g in (told, whole) if g)
    weighed = replace(query, groups=kept)
    total_weight = weighed.total_weight

    def rescored(hit: Hit) -> Hit:
        matched = hit.matched - drop | ({told.term} if told and hit.chunk_id in telling else frozenset()) \
            | ({whole.term} if whole and hit.chunk_id in totalled else frozenset())
        covered = sum(g.weight for g in kept if g.term in matched)
        return replace(hit, matched=matched, coverage=covered / total_weight if total_weight > 0 else 0.0)

    return weighed, [rescored(h) for h in hits]


def light_terms(analyzer: Analyzer, question: str, groups: Sequence, hits: Sequence[Hit]) -> frozenset[str]:
    """The terms of the light verbs ("gør", "får", "finder": light_verbs.py) whose object is the question
    word "hvad" ("Hvad gør I for, at …", "Hvad får kommunerne ud af …") or whose subject is "hvem" ("Hvem
    skal finde pengene til …?": "Folketinget bør afsætte en fast pulje …") that the best passage lacks,
    where MIN_KEPT other words are weighed: the verb only stands in for the act the rest of the clause
    names, and weighs half as much as a content word. Lacking from the material, it weighed the most
    of all the question's words. A light verb with an object or subject of its own is the act asked
    ("Hvilken fond giver penge til …?", "hvornår kommer der en ny undersøgelse?") and stays whole."""
    terms = {g.term for g in groups}
    words = [m.group(1) for m in _AFTER_WHAT.finditer(question.casefold())]
    light = light_verb_terms(analyzer, " ".join(words)) & terms - (hits[0].matched if hits else frozenset())
    return light if len(terms - light) >= MIN_KEPT else frozenset()
