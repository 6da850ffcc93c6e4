"""The thing an English question asks about, by English word order (asked_thing.py for Danish).

An English question's reading is a bag of Danish words, so its word order is read from its own
words: the verbs stand after the question phrase, after an auxiliary and its subject, after "to" or
a subject pronoun, or are past forms by the lemma table ("mapped", "held"); what is left, and is no
grammar word and no everyday word, names what it asks about ("youth" in "a youth branch?").
"""
from __future__ import annotations

from collections.abc import Iterable

from ..index.bm25 import Index
from ..language import wordnet
from ..language.analysis import DANISH_STOPWORDS
from ..language.english import DICTIONARIES, english_words
from ..language.english_forms import ENGLISH_STOPWORDS, english_forms, english_lemma
from ..language.english_things import (
    can_be_verb,
    gerund_of_verb,
    in_verb_phrase,
    modifier_only,
    named_by_verb,
    names_a_thing,
    noun_after_modifier,
)
from ..language.word_zipf import zipf_frequency
from .asked_clause import english_condition_positions
from .asked_idioms import english_idiom_positions
from .reading import translator
from .wrappers import split_context, unwrap

# English grammar words that place the verbs of a question (closed classes).
_EN_QUESTION_WORDS = frozenset("what who whom which when where why how whose".split())
# "Which bank …?", "What temperature difference …?": the noun after these asks which one.
_EN_WHICH = frozenset(("which", "what", "whose"))
# Prepositions outside the stopword list, and the noun of a complex one ("on behalf of"): grammar.
_EN_PREPOSITIONS = frozenset("behind behalf beside besides beyond within among amongst across along around "
                             "towards toward per via despite regarding concerning according".split())
# Contractions of a pronoun and an auxiliary: the word after one is a verb ("I'm thinking about …").
_EN_CONTRACTIONS = frozenset("i'm i've i'd we're we've we'd you're you've they're they've he's she's".split())
# Prepositions a question phrase may begin with ("By what date …", "In which year …", "Since when …").
_EN_PHRASE_PREPOSITIONS = frozenset("by in at from for to on of with until till since during before after".split())
_EN_DEGREE = frozenset("many much long often old far big large".split())
_EN_AUXILIARIES = frozenset("do does did can could will would should must may might is are was were has have "
                            "had be been am".split())
_EN_COPULAS = frozenset("is are was were be been am".split())
_EN_PRONOUNS = frozenset("i you we they he she it there one".split())
_EN_SUBJECTS = frozenset("i we they you he she".split())
_EN_DETERMINERS = frozenset("the a an its their our your my this that these those his her".split())
_EN_ADVERBS = frozenset("not also already ever still really actually just even never".split())
# Indefinite adverbs of place ("Do you publish your recommendations somewhere?"): they ask whether,
# not about a place the material must name; WordNet lists some as nouns (a closed class of English).
_EN_PLACE_ADVERBS = frozenset("somewhere anywhere everywhere nowhere elsewhere".split())
# After these prepositions an -ing form is a verb's ("apart from writing analyses", "for buying a house").
_EN_GERUND_AFTER = frozenset("of for from about by with without before after besides in on at into than".split())
# A name of the material may hold Danish small words ("Danmark på Vippen", "Staten i hele Danmark"):
# up to this many lower-case words between two capitalised ones.
NAME_INSIDE = 2
# The longest idiom looked up in WordNet (in_listed_phrase): "keep an eye on".
PHRASE_WORDS = 4
_EN_ARTICLES = frozenset(("the", "a", "an"))
# English words at least this common (wordfreq's English list) are everyday words ("small", "run").
EVERYDAY_ENGLISH_ZIPF = 5.5


def _english_verb_positions(words: list[str], capitalised: set[int] = frozenset()
                            ) -> tuple[set[int], set[int]]:
    """The positions of an English question's verbs, by word order (after the question phrase, after
    an auxiliary and its subject: a pronoun, a name, or a determiner and a noun; after "to"), and
    of the nouns of a "which …?" phrase, which ask which one (the answer need not use them)."""
    verbs: set[int] = set()
    category: set[int] = set()
    # A question phrase may begin with its preposition: "By what date must …", "In which year …".
    first = 1 if len(words) > 1 and words[0] in _EN_PHRASE_PREPOSITIONS and words[1] in _EN_QUESTION_WORDS else 0
    start = first
    if first < len(words) and words[first] in _EN_QUESTION_WORDS:
        start = first + 1
        while start < len(words) and words[start] in _EN_DEGREE:
            start += 1
        if (start > first + 1 or words[first] in _EN_WHICH) and start < len(words) \
                and words[start] not in _EN_AUXILIARIES:
            # The question phrase's noun(s), up to its verb: "what temperature difference did …".
            while start + 1 < len(words) and words[start + 1] not in _EN_AUXILIARIES \
                    and words[start + 1] not in ENGLISH_STOPWORDS:
                start += 1
            category = set(range(first + 1, start + 1))
            start += 1
    if words[first:first + 2] == ["how", "come"]:
        # "How come" is "why" before a statement's word order: its subject, then the verb
        # ("how come trees matter so much", "how come the big cities lost …").
        verbs.add(first + 1)
        start = _after_noun_phrase(words, first + 2) if first + 2 < len(words) \
            and words[first + 2] in _EN_DETERMINERS else first + 3
    # A sentence adverb between the question word and its verb: "who actually runs …".
    while start < len(words) - 1 and words[start] in _EN_ADVERBS:
        start += 1
    if start < len(words):
        verbs.add(start)
    for i, word in enumerate(words):
        # After "to", a contraction ("I'm") or a subject pronoun ("I run a small business"): a verb.
        if (word == "to" or word in _EN_CONTRACTIONS or word in _EN_SUBJECTS) and i + 1 < len(words):
            verbs.add(i + 1)
        # A relative clause's verb: "the person who checks the books".
        if word == "who" and 0 < i < len(words) - 1:
            verbs.add(i + 1)
        if word in _EN_GERUND_AFTER and i + 1 < len(words) and gerund_of_verb(words[i + 1]):
            verbs.add(i + 1)
        if word not in _EN_AUXILIARIES:
            continue
        j = i + 1
        while j < len(words) and (words[j] in _EN_PRONOUNS or words[j] in _EN_ADVERBS):
            j += 1
        if j < len(words) and j in capitalised:
            while j < len(words) and j in capitalised:
                j += 1   # a name as the subject: "does Balance Danmark receive …"
            j += words[j - 1].endswith("'s") and j + 1 < len(words)   # "does Balance Danmark's board meet"
        elif j < len(words) and words[j] in _EN_DETERMINERS:
            j = _after_noun_phrase(words, j, word in _EN_COPULAS)
        elif j < len(words) and j > i + 1 and words[j - 1] in _EN_PRONOUNS:
            pass
        elif j + 1 < len(words) and words[j] not in _EN_AUXILIARIES:
            j += 1   # a one-word subject: "can members vote"
            if j + 1 < len(words) and _adjective_before_noun(words[j - 1], words[j]):
                j += 1   # an adjective is no subject alone: "can small companies join"
        while j < len(words) and words[j].endswith("ly"):
            j += 1   # a manner adverb before the verb: "did they originally protest"
        if j < len(words):
            verbs.add(j)
    return verbs, category


def _adjective_before_noun(word: str, following: str) -> bool:
    """Whether a word after an auxiliary is an adjective of the noun after it (WordNet has it only as a
    modifier), neither being a grammar word: "small" in "can small companies join", not "behind" in
    "were behind the initiative"."""
    return word not in ENGLISH_STOPWORDS and word not in _EN_PREPOSITIONS and following not in ENGLISH_STOPWORDS \
        and following not in _EN_DETERMINERS and modifier_only(word)


def _after_noun_phrase(words: list[str], j: int, copula: bool = False) -> int:
    """The position of the verb after a subject that starts with the determiner at j: the next word
    but one ("does the board meet"), or, after a subject of several words, the last of them when it
    can be a verb ("does the cost estimate cover", "did the association's national council approve").
    After a copula an -ing form there is the noun the phrase ends in ("When is the annual general
    meeting?", "the next public hearing"), not a verb's progressive."""
    k = j + 1
    while k < len(words) and words[k] not in ENGLISH_STOPWORDS and words[k] not in _EN_DETERMINERS \
            and words[k] not in _EN_PREPOSITIONS and words[k].replace("'", "").isalpha():
        k += 1
    if k - j > 3 and can_be_verb(words[k - 1]) and not (copula and words[k - 1].endswith("ing")):
        return k - 1
    return j + 2


def name_positions(raw: list[str]) -> tuple[set[int], set[int]]:
    """The positions of a question's capitalised words inside a sentence (not the first), and of the
    Danish small words between two of them, which belong to the name ("Danmark på Vippen", "Oprør
    fra Udkanten", "Staten i hele Danmark"): Danish stop words or words more common in Danish than
    in English (wordfreq), not read as English verbs or things."""
    capitalised = {i for i, w in enumerate(raw) if i and w[:1].isupper()}
    inside: set[int] = set()
    for i in capitalised:
        for n in range(1, NAME_INSIDE + 1):
            if i + n + 1 in capitalised and all(
                    not raw[k][:1].isupper() and _danish_small_word(raw[k].casefold())
                    for k in range(i + 1, i + n + 1)):
                inside.update(range(i + 1, i + n + 1))
                break
    return capitalised | inside, inside


def _danish_small_word(word: str) -> bool:
    return word in DANISH_STOPWORDS or zipf_frequency(word, "da") > zipf_frequency(word, "en")


def english_asked_things(question: str, content: bool = False, names: bool = False) -> list[str]:
    """The words of an English question that name what it asks about: no verb (by word order or as
    a past form: "mapped", "held"), no grammar word, no everyday word; case-folded, in order. With
    `content`, everyday words too; with `names`, the names of the question proper (not of the scene
    around it: "I'm a journalist from Sweden."), which the material must mention too ("Can I pay
    with MobilePay?")."""
    raw = english_words(question)
    words = [w.casefold() for w in raw]
    capitalised, inside = name_positions(raw)
    verbs, category = _english_verb_positions(words, capitalised)
    out, main = [], []
    # A condition ("If the association goes bankrupt, …") sets the scene when the main clause asks
    # about a thing of its own, as in a Danish question (asked_clause).
    scene = english_condition_positions(question)
    proper = set(english_words(split_context(question)[1])) if names else set()
    # A question idiom's frame ("what's the point of", "got the ball rolling") asks how, not about what.
    verbs = verbs | english_idiom_positions(words)
    for i, (word, written) in enumerate(zip(words, raw)):
        if i in verbs or i in category or i in inside or word in ENGLISH_STOPWORDS or word in _EN_ADVERBS \
                or word in _EN_PLACE_ADVERBS or word in _EN_PREPOSITIONS or not word.isalpha() \
                or f"{word}-" in question.casefold():
            continue
        if i and written[:1].isupper() and written not in proper:
            continue   # a name: the material's own, searched as written
        if _english_past(word) or not content and zipf_frequency(word, "en") >= EVERYDAY_ENGLISH_ZIPF:
            continue
        if not names_a_thing(word):
            continue   # mainly a verb or an adverb by WordNet ("shrink", "originally"), or a pronoun
        if in_verb_phrase(words, i) or _before_its_noun(words, i) or in_listed_phrase(words, i) \
                or _verbs_own_object(words, i) or _askers_own(words, i):
            continue
        if word not in out:
            out.append(word)
            main += [word] if i not in scene else []
    return main or out


def _before_its_noun(words: list[str], i: int) -> bool:
    """Whether the word is an adjective before the noun it describes ("its current name", "ordinary
    people", "solar panels"): the noun names the thing asked about, and the material may say which
    one in other words ("nuværende", "privatpersoner") or not at all ("Balance Danmark" is its name
    now). On the dev sets: 5 questions answered instead of declined, one lost, no decline lost."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (following.isalpha() and following not in ENGLISH_STOPWORDS and following not in _EN_PREPOSITIONS
            and not _english_past(following) and noun_after_modifier(words[i], following) and modifier_only(words[i]))


def in_listed_phrase(words: list[str], i: int) -> bool:
    """Whether the word at i is inside a phrase of two to four words that WordNet lists as a verb or
    an adverb ("keep an eye on", "on board", "in a nutshell"): an idiom, whose noun names no thing
    asked about ("Which movement came on board in 2017?"). A copula's predicate read with "be" ("When
    is the fee due?": "be due") was tried and left out: on the dev sets it only turned a decline into
    an answer from the wrong stk."""
    net = wordnet.load()
    if net is None:
        return False
    for n in range(2, PHRASE_WORDS + 1):
        for begin in range(max(0, i - n + 1), min(i, len(words) - n) + 1):
            phrase = " ".join((english_lemma(words[begin]), *words[begin + 1:begin + n]))
            if net.is_verb(phrase) or net.sense_count(phrase, "adv"):
                return True
    return False


def _verbs_own_object(words: list[str], i: int) -> bool:
    """Whether the word at i is the object, after an article, of the verb before it, and the verb's
    WordNet definitions use the two together ("foot" is "pay for something; 'foot the bill'"): the
    verb and its object say one thing, and "Who's footing the bill?" asks who pays."""
    return i >= 2 and words[i - 1] in _EN_ARTICLES and can_be_verb(words[i - 2]) \
        and named_by_verb(words[i], words[i - 2]) and f"{words[i - 1]} {words[i]}" in _glosses(words[i - 2])


def _askers_own(words: list[str], i: int) -> bool:
    """Whether the word at i is the asker's own, after a preposition and "my" or "our" ("land in my
    inbox", "from our house"): it places the question in the asker's life, which the material does
    not describe; the thing asked is elsewhere in the question."""
    return i >= 2 and words[i - 1] in ("my", "our") and words[i - 2] in _EN_GERUND_AFTER | _EN_PREPOSITIONS


def _glosses(verb: str) -> str:
    """The WordNet definitions and examples of every verb the word can be a form of ("footing": "foot")."""
    net = wordnet.load()
    return " ".join(g for form in english_forms(verb.casefold()) for g in net.verb_glosses(form)) if net else ""


def _english_past(word: str) -> bool:
    """A past tense or participle by the lemma table ("held" of "hold", "mapped" of "map")."""
    return english_lemma(word) != word and not word.endswith(("s", "ing"))


def absent_english_things(index: Index, question: str, unheld: Iterable[str]) -> list[str]:
    """The things an English question asks about whose Danish words the material never uses in any
    form: every query term of the word's translation is among `unheld`."""
    question = unwrap(question)
    things = english_asked_things(question, names=True)
    if not things:
        return []
    gone = set(unheld)
    absent: set[str] = set()
    held: set[str] = set()
    verbs: list[str] = []
    for t in translator(index).translate(english_words(question)):
        terms = {term for d in t.danish for term in index.analyzer.query_terms(d)}
        words = t.english.split()
        (absent if terms and terms <= gone else held).update(words)
        if terms and not terms <= gone and t.source in DICTIONARIES and len(words) == 1 and can_be_verb(words[0]):
            verbs += words
    # A thing the definition of a verb the material holds (by a Danish dictionary: a neighbour's
    # "skrive" for "sign" is not the statutes' "tegnes") names is what that verb acts on: "Who signs
    # contracts …?" asks who signs (english_things.named_by_verb).
    return [w for w in things if w in absent and w not in held and not any(named_by_verb(w, v) for v in verbs)]
