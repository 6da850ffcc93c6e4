"""Words of a question that, with their neighbours, make an adverbial: when, where or how much, not
a thing it asks about.

"Hvad laver I til daglig?" asks what the organisation does; "til daglig" says how often, and the Om
page, which never writes "daglig", answers it. "Hvor bliver eksporten lavet henne?" asks where the
export is made; "henne" belongs to the question word ("hvor … henne"). "Skal magten flyttes tættere
på regionerne?" asks about moving power; "tættere på" says in which direction. The step that reads
the thing asked (asked_thing) took these for things the material must mention and declined.

Each is told by Danish grammar and the lemmatiser's forms (simplemma), and one closed class of phrases:

- a preposition takes a noun phrase, so a word right after one that simplemma knows only as a verb's
  form ("i hænde": "hænde" is "happen" to it) makes an adverbial with it, when it stands in its
  dictionary form and nothing follows that it could modify (`word_class`). An adjective there is not
  enough: "på engelsk" asks about the language, and simplemma gives names ("i Oslo", "på Venus") no
  definite forms either, so they look like adjectives to the class test;
- "til daglig" and "til hverdag" say how things usually are, as "dengang" says when (asked_thing's
  deictic time words): habitual time adverbials, a closed class no Danish resource at hand tags
  (mythes-da and FreeDict list neither phrase); so do "i forvejen" and "i forløbet" frame the time a
  question asks ("Hvor lang tid i forvejen …?", "Hvornår i forløbet …?");
- "henne" after "hvor" completes the question word (Danish splits "hvor … henne" around its clause);
- a comparative of a degree word ("tættere" of "tæt", "længere" of "lang") before a preposition says
  how near or far, as the degree words after "hvor" do in asked_thing;
- an adjective in its adverb form ("typisk", "generelt", "officielt") between the finite verb and what
  closes the clause -- an infinite verb, or a preposition that ends the question or opens an infinitive
  ("for at") -- stands in the field of sentence adverbials (Diderichsen's nexus field, where "ikke" and
  "egentlig" stand): "Hvad handler jeres analyser typisk om?", "Hvornår blev I officielt stiftet?". It
  says how usual or how formal, not what: the material need not hold it. A manner adverbial stands after
  the infinite verb ("Kan man stemme elektronisk?") and stays a thing asked (`sentence_adverbials`);
- a word that opens the clause right before its question word ("Omtrent hvornår …?", "Cirka hvor mange
  …?") can only modify the question word: it says how exact an answer is wanted (`question_word_modifier`);
- a word or two set off by a comma after the complete question (", konkret?", ", helt konkret?", ",
  internt?") are an afterthought: Danish adds a sentence adverbial there to colour the question, never a
  bare noun, which a complete clause would have taken in its own place. The words must be in their
  dictionary form or its neuter -t ("konkret", "intern|t", "hel|t") and neither a verb's form nor a name
  (`afterthought_adverbials`);
- an adverb of place ("ovenpå", "udenfor", "bagved", "derude", "herhjemme") says where, not what: Danish
  builds them of a word of position ("oven", "neden", "uden", "inden", "bag") and a preposition, or of
  "der"/"her" and a particle of rest ("ude", "hjemme"), a closed class of the grammar that FreeDict and
  the lemmatiser tag not at all or as adjectives ("deroppe") (`place_adverb`). "Hvad skal der være
  ovenpå?" asks what goes on the roof, which the publication names without the adverb. Like "henne", it
  is no noun, so the word before it is no modifier but a thing asked ("en svømmehal ovenpå");
- where a verb moves its object from or to ("flytte statslige job ud af hovedstaden") is said by the
  noun Danish makes of the verb and its particle ("udflytningen af statslige arbejdspladser"): when
  the material holds that noun, the place moved from is part of what it says (`moved_places`); an
  English question's "moving state jobs out of the capital" likewise, its verb read in the Danish
  dictionaries ("move": "flytte") with the particle in front (`english_moved_places`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from ..language.analysis import DANISH_STOPWORDS
from ..language.english_forms import ENGLISH_STOPWORDS
from ..language.english_phrases import EN_MOVEMENT
from ..language.lemmas import lemma_of
from .asked_verbs import QUESTION_WORDS, adverb_form, infinitive
from .word_class import ACT, OTHER, word_class

# Danish prepositions (a closed class of the grammar).
PREPOSITIONS = frozenset("ad af efter for fra hos i med mod om over på til under uden ved".split())
# Habitual time adverbials: a preposition and the word after it (each tested in test_asked_adverbials).
HABITUAL = frozenset((("til", "daglig"), ("til", "hverdag")))
# Time adverbials that frame the time asked, not a thing: "hvor lang tid i forvejen" (how long before),
# "hvornår i forløbet" (when in the process). Fixed phrases, a closed class like HABITUAL (each tested in
# test_asked_time_frames). "for sent" was one too, measured: "Hvornår er det for sent at betale …?" was then
# answered with § 5, stk. 2's amounts (any figure tells a time), a decline made a wrong answer.
TIME_FRAMES = frozenset((("i", "forvejen"), ("i", "forløbet")))
# A noun of beginning after "i"/"fra" ("i starten", "fra begyndelsen") places the question at the start of
# what it asks about, as "dengang" places it in the past: it says when, not what the answer must hold
# ("hvem stod bag det hele i starten?" is answered by "Bag initiativet stod …"). A closed class of time
# adverbials, told by the lemma (each tested in test_chatty_follow_ups).
START_NOUNS = frozenset(("start", "begyndelse"))
# Only in a question that asks a time ("hvornår", "hvor lang tid", "hvor længe"): "har I andre kommuner med i
# forvejen?" asks about other members.
_WHEN = frozenset(("hvornår", "hvornaar", "hvornar", "tid", "længe", "laenge"))
# An afterthought adverbial is a word or two ("helt konkret"); three make a phrase of their own.
AFTERTHOUGHT = 2
# Prepositions that open an infinitive of purpose ("for at hjælpe", "til at"); "samtidig med at", "efter at"
# open a subordinate clause, which a word before belongs to.
PURPOSE = frozenset(("for", "til"))
# Particles of movement and the prepositions that take the place moved from or to ("ud af", "ind i").
MOVEMENT = frozenset((("ud", "af"), ("ud", "fra"), ("ind", "i"), ("ind", "til"), ("væk", "fra"), ("hjem", "til")))
# The parts of the adverbs of place (place_adverb): words of position before a preposition ("oven|på",
# "uden|for", "bag|ved", "neden|under"), and "der"/"her" before a particle of rest ("der|ude", "her|hjemme").
_POSITIONS = ("oven", "neden", "uden", "inden", "bag")
_POSITION_PREPOSITIONS = ("på", "for", "under", "over", "i", "ved", "til")
_POINTERS = ("der", "her")
_RESTING = ("ude", "inde", "ovre", "oppe", "nede", "henne", "hjemme")
PLACE_ADVERBS = frozenset(
    [f"{position}{preposition}" for position in _POSITIONS for preposition in _POSITION_PREPOSITIONS]
    + [f"{pointer}{rest}" for pointer in _POINTERS for rest in _RESTING])
# What ends the clause before a word: a question word after it opens a new one.
_CLAUSE_OPENS = re.compile(r"[.!?:;,–]")
# The particle that completes "hvor" when the clause stands between them ("hvor ligger det henne?").
_WHERE, _WHERE_PARTICLE = "hvor", "henne"


def adverbial_positions(words: list[str], degree: Collection[str],
                        capital_i: dict[int, bool] | None = None) -> set[int]:
    """The positions of the (case-folded) `words` that are part of an adverbial rather than a thing
    asked about; `degree`: the dictionary forms of the degree words ("tæt", "lang"); `capital_i`:
    the positions where the question writes "I", the pronoun, which is no preposition."""
    capital_i = capital_i or {}
    out: set[int] = set()
    for i, word in enumerate(words):
        follows = words[i + 1] if i + 1 < len(words) else ""
        ends_phrase = not follows or follows in DANISH_STOPWORDS
        # "til dagligt" is "til daglig" in the adjective's neuter form: the lemma names the phrase.
        if i and ((words[i - 1], word) in HABITUAL or (words[i - 1], lemma_of(word)) in HABITUAL
                  or (words[i - 1], word) in TIME_FRAMES and _WHEN.intersection(words[:i - 1])):
            out.add(i)
        elif i and words[i - 1] in PREPOSITIONS and not capital_i.get(i - 1) and ends_phrase \
                and infinitive(word):
            out.add(i)
        elif word == _WHERE_PARTICLE and _WHERE in words[:i] or place_adverb(word):
            out.add(i)
        elif follows in PREPOSITIONS and (lemma := lemma_of(word)) in degree and lemma != word:
            out.add(i)
    return out


def place_adverb(word: str) -> bool:
    """Whether a (case-folded, Danish-spelled) word is an adverb of place ("ovenpå", "udenfor",
    "derude"): it says where the asked thing is, and the material need not write it."""
    return word in PLACE_ADVERBS


def sentence_adverbials(words: list[str], verbs: Collection[int], capital_i: dict[int, bool] | None = None) -> set[int]:
    """The positions of the (case-folded) `words` that are adjectives in their adverb form
    (asked_verbs.adverb_form) standing after a verb
    (`verbs`: the positions of the question's verbs) and right before an infinite verb, a preposition
    that ends the question or a preposition of purpose before the infinitive marker "at"; not after a preposition
    (`capital_i`: where "i" is the pronoun "I"), whose object it would be ("på engelsk")."""
    capital_i = capital_i or {}
    out: set[int] = set()
    for i in range(1, len(words) - 1):
        word, follows = words[i], words[i + 1]
        if i in verbs or word in DANISH_STOPWORDS or not any(v < i for v in verbs):
            continue
        closes = (i + 1 in verbs and any(v < i for v in verbs)
                  or follows in PREPOSITIONS and i + 2 == len(words)
                  or follows in PURPOSE and words[i + 2:i + 3] == ["at"])
        if closes and adverb_form(word) and (words[i - 1] not in PREPOSITIONS or capital_i.get(i - 1)):
            out.add(i)
    return out


def afterthought_adverbials(question: str, found: Sequence[re.Match], words: list[str]) -> set[int]:
    """The positions of the one or two (case-folded) `words` that follow the question's last comma and
    end it ("Hvem træffer beslutning om eksklusion, internt?"), when each is in its dictionary form or its
    neuter -t and no verb's form, name or figure (`found`: the words' matches in `question`). A determiner
    or preposition there makes a noun phrase ("…, og hvornår?", "…, i Vejle?"), which stays asked."""
    comma = question.rfind(",")
    tail = [i for i, m in enumerate(found) if m.start() > comma]
    if comma < 0 or not 1 <= len(tail) <= AFTERTHOUGHT or re.search(r"\w", question[found[-1].end():]):
        return set()
    for i in tail:
        word, lemma = words[i], lemma_of(words[i])
        if word in DANISH_STOPWORDS or word in PREPOSITIONS or lemma is None or word not in (lemma, lemma + "t") \
                or word_class(word) == ACT or found[i].group()[:1].isupper():
            return set()
    return set(tail)


def moved_places(words: list[str], held_prefix: Callable[[str], bool]) -> set[str]:
    """The (case-folded) `words` that name the place a verb of the question moves something from or
    to, after a particle and its preposition ("flytte … ud af hovedstaden"), when the material holds
    the noun of the particle and that verb (`held_prefix("udflyt")`: "udflytningen"). Danish writes
    such a noun particle first ("udflytning", "indmeldelse"); it names the movement with its place."""
    out: set[str] = set()
    for i in range(1, len(words) - 2):
        if (words[i], words[i + 1]) not in MOVEMENT:
            continue
        stems = {(lemma_of(w) or w).removesuffix("e") for w in words[:i] if w not in DANISH_STOPWORDS}
        # A doubled consonant of the infinitive is written once before the noun's ending: "flytte", "flytning".
        stems |= {stem[:-1] for stem in stems if len(stem) > 3 and stem[-1] == stem[-2]}
        if any(len(stem) >= 3 and held_prefix(words[i] + stem) for stem in stems):
            out.update(w for w in words[i + 2:i + 4] if w not in DANISH_STOPWORDS)
    return out


def english_moved_places(words: list[str], danish_verbs: Callable[[str], Iterable[str]],
                         held_prefix: Callable[[str], bool]) -> set[str]:
    """The (case-folded) words of an English question (`words`, as written) that name the place a
    verb of it moves something out of ("moving government jobs out of the capital"), when the
    material names that movement as Danish does, particle first ("udflytningen"): `danish_verbs`
    gives the Danish dictionaries' words for an English word read as a verb; moved_places tells the rest."""
    out: set[str] = set()
    folded = [w.casefold() for w in words]
    for i in range(1, len(words) - 2):
        danish = EN_MOVEMENT.get((folded[i], folded[i + 1]))
        if not danish:
            continue
        verbs = [d for w in folded[:i] for d in danish_verbs(w) if d.isalpha()]
        # A name ("out of Copenhagen") stays a thing the material must name, as the English reading's names do.
        place = [w for w, written in zip(folded[i + 2:i + 4], words[i + 2:i + 4])
                 if w not in ENGLISH_STOPWORDS and not written[:1].isupper()]
        if verbs and place:
            out |= moved_places([*verbs, *danish, *place], held_prefix) & set(place)
    return out


def question_word_modifier(question: str, found: Sequence[re.Match], words: list[str], first: int) -> set[int]:
    """The position of a word that opens the question's clause right before its question word: it can
    only modify the question word ("Omtrent hvornår …?", "Cirka hvor mange …?", "Præcis hvornår …?"), as
    nothing else stands before the fronted question word of a Danish clause. It says how exact an answer
    is wanted, not what about. Only an adverb or adjective by its forms (word_class OTHER): a noun there is
    kept ("kontingent hvornår …?", a clipped question), and so is a verb the reading put before the question
    ("udmelde Hvem skal hun skrive til?" for "… vil melde sig ud. Hvem …?")."""
    k = first - 1
    if k < 0 or words[first] not in QUESTION_WORDS or word_class(words[k]) != OTHER:
        return set()
    if _CLAUSE_OPENS.search(question[found[k].end():found[first].start()]):
        return set()   # "… melde sig ud. Hvem …?": the word ends the clause before
    gap = question[found[k - 1].end():found[k].start()] if k else ""
    return {k} if not k or _CLAUSE_OPENS.search(gap) else set()


def start_frames(question: str) -> list[str]:
    """The nouns of beginning the question places itself by ("i starten", "fra begyndelsen")."""
    words = re.findall(r"[^\W\d_]+", question.casefold())
    return [word for before, word in zip(words, words[1:])
            if before in ("i", "fra") and lemma_of(word) in START_NOUNS]
