"""Where the verbs of an English question stand, by English word order (asked_verbs.py for Danish).

The verbs stand after the question phrase, after an auxiliary and its subject (a pronoun, a name, or
a determiner and a noun), after "to", a contraction or a subject pronoun, and after a preposition
as an -ing form used mostly as a verb; the nouns of a "which …?" phrase ask which one. What these
leave is read for the thing asked by asked_thing_english.
"""
from __future__ import annotations

from ..language.english_forms import ENGLISH_STOPWORDS
from ..language.english_things import can_be_verb, gerund_of_verb, modifier_only

# English grammar words that place the verbs of a question (closed classes).
EN_QUESTION_WORDS = frozenset("what who whom which when where why how whose".split())
# "Which bank …?", "What temperature difference …?": the noun after these asks which one.
_EN_WHICH = frozenset(("which", "what", "whose"))
# Prepositions outside the stopword list, and the noun of a complex one ("on behalf of"): grammar.
EN_PREPOSITIONS = frozenset("behind behalf beside besides beyond within among amongst across along around "
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
# The conjunctions that join two verbs under one "to" (closed class).
_EN_JOINING = frozenset(("and", "or"))
_EN_DETERMINERS = frozenset("the a an its their our your my this that these those his her".split())
# Prepositions that open a phrase inside a subject ("the maps of the towns", "a Denmark in balance").
_EN_SUBJECT_PREPOSITIONS = frozenset("of in for with from".split())
EN_ADVERBS = frozenset("not also already ever still really actually just even never".split())
# The English stop list's nouns of persons ("ordinary people", "regular folks"): an adjective before
# one describes them. WordNet cannot tell them from the list's grammar words: it has "at", "can" and
# "in" as nouns too.
EN_PERSON_NOUNS = frozenset(("people", "folks", "guys"))
# After these prepositions an -ing form is a verb's ("apart from writing analyses", "for buying a house").
EN_GERUND_AFTER = frozenset("of for from about by with without before after besides in on at into than".split())


def english_verb_positions(words: list[str], capitalised: set[int] = frozenset()
                            ) -> tuple[set[int], set[int]]:
    """The positions of an English question's verbs, by word order (after the question phrase, after
    an auxiliary and its subject: a pronoun, a name, or a determiner and a noun; after "to"), and
    of the nouns of a "which …?" phrase, which ask which one (the answer need not use them)."""
    verbs: set[int] = set()
    category: set[int] = set()
    # A question phrase may begin with its preposition: "By what date must …", "In which year …".
    first = 1 if len(words) > 1 and words[0] in _EN_PHRASE_PREPOSITIONS and words[1] in EN_QUESTION_WORDS else 0
    start = first
    if first < len(words) and words[first] in EN_QUESTION_WORDS:
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
    while start < len(words) - 1 and words[start] in EN_ADVERBS:
        start += 1
    if start < len(words):
        verbs.add(start)
    for i, word in enumerate(words):
        # After "to", a contraction ("I'm") or a subject pronoun ("I run a small business"): a verb.
        if (word == "to" or word in _EN_CONTRACTIONS or word in _EN_SUBJECTS) and i + 1 < len(words):
            verbs.add(i + 1)
            # A second infinitive joined to the first shares its "to": "to live and run a business".
            if word == "to" and i + 3 < len(words) and words[i + 2] in _EN_JOINING and can_be_verb(words[i + 3]):
                verbs.add(i + 3)
        # A relative clause's verb: "the person who checks the books".
        if word == "who" and 0 < i < len(words) - 1:
            verbs.add(i + 1)
        if word in EN_GERUND_AFTER and i + 1 < len(words) and gerund_of_verb(words[i + 1]):
            verbs.add(i + 1)
        if word not in _EN_AUXILIARIES:
            continue
        if word in _EN_COPULAS and "there" in words[max(0, i - 1):i + 2]:
            # "Is there a family discount …?", "there are student rates": existential, the noun phrase
            # after it is the thing asked about, and no verb follows its subject ("discount" was read
            # as one, so the thing the material lacks was never asked).
            continue
        j = i + 1
        while j < len(words) and (words[j] in _EN_PRONOUNS or words[j] in EN_ADVERBS):
            j += 1
        if j == i + 1 and j < len(words) and _statement_order(words, i) and gerund_of_verb(words[j]):
            # The subject before the auxiliary, as a request's embedded question puts it ("[Do you
            # know] what Balance Danmark was protesting against"): the -ing form after it is the verb.
            verbs.add(j)
            continue
        if j < len(words) and j in capitalised:
            while j < len(words) and j in capitalised:
                j += 1   # a name as the subject: "does Balance Danmark receive …"
            j += words[j - 1].endswith("'s") and j + 1 < len(words)   # "does Balance Danmark's board meet"
        elif j < len(words) and words[j] in _EN_DETERMINERS:
            j = _after_noun_phrase(words, j, word in _EN_COPULAS)
        elif j < len(words) and any(words[k] in _EN_PRONOUNS for k in range(i + 1, j)):
            pass   # a pronoun subject, sentence adverbs after it: "do you actually run …"
        elif j + 1 < len(words) and words[j] not in _EN_AUXILIARIES:
            j += 1   # a one-word subject: "can members vote"
            if j + 1 < len(words) and _adjective_before_noun(words[j - 1], words[j]):
                j += 1   # an adjective is no subject alone: "can small companies join"
        while j < len(words) and words[j].endswith("ly"):
            j += 1   # a manner adverb before the verb: "did they originally protest"
        if j < len(words):
            verbs.add(j)
    return verbs, category


def _statement_order(words: list[str], i: int) -> bool:
    """Whether the auxiliary at i follows its subject, as in a statement or an embedded question:
    a word other than a question word or a grammar word stands right before it ("… Danmark was")."""
    return i > 0 and words[i - 1] not in EN_QUESTION_WORDS and (
        words[i - 1] not in ENGLISH_STOPWORDS or words[i - 1] in _EN_SUBJECTS)


def _adjective_before_noun(word: str, following: str) -> bool:
    """Whether a word after an auxiliary is an adjective of the noun after it (WordNet has it only as a
    modifier), neither being a grammar word: "small" in "can small companies join", not "behind" in
    "were behind the initiative"."""
    noun = following not in ENGLISH_STOPWORDS or following in EN_PERSON_NOUNS
    return word not in ENGLISH_STOPWORDS and word not in EN_PREPOSITIONS and noun \
        and following not in _EN_DETERMINERS and modifier_only(word)


def _after_noun_phrase(words: list[str], j: int, copula: bool = False) -> int:
    """The position of the verb after a subject that starts with the determiner at j: the next word
    but one ("does the board meet"), or, after a subject of several words, the last of them when it
    can be a verb ("does the cost estimate cover", "did the association's national council approve").
    After a copula an -ing form there is the noun the phrase ends in ("When is the annual general
    meeting?", "the next public hearing"), not a verb's progressive."""
    k = j + 1
    while k < len(words) and words[k] not in ENGLISH_STOPWORDS and words[k] not in _EN_DETERMINERS \
            and words[k] not in EN_PREPOSITIONS and words[k].replace("'", "").isalpha():
        k += 1
    if k - j > 3 and can_be_verb(words[k - 1]) and not (copula and words[k - 1].endswith("ing")):
        return k - 1
    if k == j + 2 and not copula and k < len(words) and words[k] in _EN_SUBJECT_PREPOSITIONS:
        return _after_subject_phrase(words, k, j + 2)
    return j + 2


def _after_subject_phrase(words: list[str], k: int, otherwise: int) -> int:
    """The verb after a subject's prepositional phrase ("do the maps of the towns cover", "does a
    Denmark in better balance matter for …"): the first word after the preposition's noun that can be
    a verb and ends the phrase (the question's end or a grammar word follows); `otherwise` where none
    does."""
    for m in range(k + 2, len(words)):
        if words[m] in ENGLISH_STOPWORDS or words[m] in _EN_DETERMINERS:
            continue
        if can_be_verb(words[m]) and (m + 1 == len(words) or words[m + 1] in ENGLISH_STOPWORDS):
            return m
    return otherwise
