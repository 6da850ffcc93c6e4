"""Where the verbs of a Danish question stand, by word order: what is left is what it asks about.

The finite verb comes first in a yes/no question and right after the question phrase in a
hv-question (V2), the infinitive or participle after an auxiliary and its subject, and after the
infinitive marker "at", a relative "der"/"som" or a subordinating conjunction ("hvis jeg glemmer …").
A word before a subject pronoun is an inverted finite verb ("hvad foreslår I …"), and a verb's form
after "og" with its object pronoun after it a second verb of the same subject ("… og glemmer det"). The word classes
that place them are closed classes of Danish grammar, listed here once; asked_thing reads the
thing asked from the positions these leave.
"""
from __future__ import annotations

import re

from ..language.analysis import DANISH_STOPWORDS
from ..language.lemmas import lemma_of
from .word_class import ACT, OTHER, THING, adjective, word_class

# Closed classes of Danish grammar that place the verbs of a clause.
# Norwegian's ("hva", "ble", "blitt", "vært") too: the answerability model is measured on NorQuAD.
QUESTION_WORDS = frozenset("hvad hvem hvor hvornår hvornaar hvorfor hvordan hvilke hvilken hvilket hvis "
                           "hva når".split())
DEGREE = frozenset("mange meget stor store stort lang længe langt høj gammel gamle ofte tit tæt".split())
# Degree words that are adverbs of frequency or duration: "hvor ofte", "hvor længe" take no noun.
_FREQUENCY = frozenset("ofte tit længe".split())
_AUXILIARIES = frozenset(
    "kan kunne skal skulle vil ville må maa måtte bør burde har havde er var blev bliver blive "
    "være vaere have ble blir bli blitt vært hadde".split())
_COPULAS = frozenset("er var være vaere blev bliver blive ble blir bli".split())
# Modal auxiliaries: their infinite verb is an infinitive, its own dictionary form (Norwegian's too).
_MODALS = frozenset("kan kunne skal skulle vil ville må maa måtte bør burde".split())
# The furthest an infinitive stands from its modal: a subject of a few words and sentence adverbs between
# ("vil jeres organisation egentlig opnå", "kan jeg som almindelig borger melde").
MODAL_REACH = 6
_PARTICIPLE_ENDING = re.compile(r"(?:t|et|ede)$")
# Subjects an auxiliary may stand before its verb: pronouns (a closed class, "vedkommende" among them).
PRONOUNS = frozenset("man jeg i vi du de den det der han hun dem os mig sig dig vedkommende en nogen".split())
# Sentence adverbs between an auxiliary and its verb (a closed class of Danish syntax). "gerne" is
# compared irregularly ("hellere", "helst"), and the lemmatiser links neither form to it.
ADVERBS = frozenset(
    "ikke også ogsaa allerede egentlig mon lige godt gerne hellere helst stadig nu altid aldrig selv "
    "bare så saa først kun højst mindst måske vel jo da nok faktisk stadigvæk".split())
_VOWELS = frozenset("aeiouyæøå")
# A lemma this long in -e with a definite form in -t is a noun's when the lemmatiser knows no verb
# forms of it ("årsmøde", "område"); shorter ones are strong verbs' ("se", "tage": _participle).
NOUN_LEMMA = 5
_RELATIVES = frozenset("der som at".split())
# Subordinating conjunctions: their clause's subject and then its verb follow ("hvis jeg glemmer …").
_SUBORDINATORS = frozenset("hvis når naar da fordi mens medmindre selvom".split())
# "før", "inden" and "indtil" are prepositions before a noun ("før generalforsamlingen", "før en park
# bliver lavet om": the noun is the subject) and conjunctions before a subject pronoun ("før jeg ryger
# ud"), whose verb follows it.
_TIME_CONJUNCTIONS = frozenset("før inden indtil".split())
# Subject pronouns: the word before one in a question is its inverted finite verb.
SUBJECTS = frozenset("jeg i vi man du de han hun".split())
WHICH = frozenset("hvilke hvilken hvilket".split())
_ARTICLES = frozenset(("en", "et"))
_COORDINATORS = frozenset(("og", "eller"))
# A definite noun (the auxiliary's subject, "kan kommunen få …", "har medlemmerne sat …").
_DEFINITE = re.compile(r"(?:en|et|ne|erne|ene)$")


def adverb_form(word: str) -> bool:
    """Whether a word is an adjective in the form Danish uses as an adverb: its dictionary form or that
    with the neuter -t ("typisk", "officielt"), and by the lemmatiser's forms neither a noun nor a verb
    ("pengene" is a definite form, "konkret" has one). An adjective by word_class.adjective (it compares,
    or has a neuter in -t), of which -isk takes no -t ("typisk", "økonomisk"); a true adverb ("ellers")
    is none."""
    lemma = lemma_of(word)
    return lemma is not None and word in (lemma, lemma + "t") and word not in DANISH_STOPWORDS \
        and word_class(word) == OTHER \
        and (adjective(word) or word.endswith("isk") or word.endswith("t") and adjective(word[:-1]))


def _before_verb(words: list[str], j: int) -> bool:
    """Whether the word at j is a sentence adverbial before the verb it belongs to ("blev I officielt
    stiftet"): an adjective's adverb form before a verb's form, where the infinite verb stands."""
    return j + 1 < len(words) and adverb_form(words[j]) \
        and (word_class(words[j + 1]) == ACT or _participle(words[j + 1]))


def question_start(words: list[str]) -> int:
    """Where the question proper starts: at its first question word, or at the start when it has
    none (a yes/no question); the words before are the situation its reading kept."""
    return next((i for i, w in enumerate(words) if w in QUESTION_WORDS), 0)


def verb_positions(words: list[str], capital_i: dict[int, bool] | None = None,
                    predicates: set[int] | None = None) -> set[int]:
    """The positions of the verbs of a question's clauses, by Danish word order (`capital_i`: the
    positions where the question writes "I", the pronoun). After a copula ("er", "blev") stands a
    participle or a predicate ("hvem er formand?"): a word there not ending as a participle does is
    counted a verb, and its position is added to `predicates`."""
    capital_i = capital_i or {}
    predicates = set() if predicates is None else predicates
    verbs: set[int] = set()
    first = question_start(words)
    start = first
    if words and words[first] in QUESTION_WORDS:
        start = first + 1
        # The question phrase: "hvor mange kommuner", "hvilke partier", "hvad slags medlemmer".
        while start < len(words) and (words[start] in DEGREE or words[start] in ("slags", "for")):
            start += 1
        # "hvor ofte holder bestyrelsen møde?": an adverb of frequency or duration takes no noun; the verb follows.
        adverb_only = words[start - 1] in _FREQUENCY
        # "hvor stort et flertal behøves …": an article between the degree and its noun.
        if start > first + 1 and start < len(words) and words[start] in _ARTICLES:
            start += 1
        # "hvilke partier samarbejder", "hvor mange kommuner har": a noun ends the phrase, unless
        # a preposition or pronoun follows it ("hvor mange deltog i …"): then it was the verb.
        # "hvor mange af medlemmerne udfyldte …": a part of a whole, named after "af", ends the phrase.
        if start > first + 1 and start < len(words) and words[start] == "af" and not adverb_only:
            start = after_partitive(words, start)
        elif (start > first + 1 or words[first] in WHICH) and start < len(words) \
                and words[start] not in _AUXILIARIES and not adverb_only:
            follows = words[start + 1] if start + 1 < len(words) else ""
            if follows in _AUXILIARIES or follows not in DANISH_STOPWORDS:
                start += 1
    if start < len(words):
        verbs.add(start)   # V2: the finite verb follows the question phrase, or opens a yes/no question
    # A subordinate question ("vil gerne høre, hvad I foreslår …") puts its subject pronoun first.
    if start == first + 1 < len(words) and words[start] in SUBJECTS and (words[start] != "i" or capital_i.get(start)):
        verbs.add(next((j for j in range(start + 1, len(words)) if words[j] not in ADVERBS), start))
    for i, word in enumerate(words):
        # A later question word opens an embedded question, its subject pronoun first ("hvor finder jeg
        # samlet, hvad I foreslår?"), as the first one does in a subordinate question above.
        if i > first and word in QUESTION_WORDS and i + 2 < len(words) and words[i + 1] in SUBJECTS \
                and (words[i + 1] != "i" or capital_i.get(i + 1)):
            verbs.add(next((j for j in range(i + 2, len(words)) if words[j] not in ADVERBS), i + 1))
        # Inversion: a word before a subject pronoun is a finite verb ("hvad foreslår I …"); a
        # lower-case "i" is the preposition ("elbiler i byerne").
        if i > first and word not in DANISH_STOPWORDS and i + 1 < len(words) and words[i + 1] in SUBJECTS \
                and (words[i + 1] != "i" or capital_i.get(i + 1, False)):
            verbs.add(i)
        # "Er der rabat …?", "Findes der …?": "der" right after the finite verb is the empty subject,
        # not a relative, and a noun follows it, which is what the question asks about.
        if word == "der" and i and (i - 1 in verbs or words[i - 1] in _AUXILIARIES):
            continue
        # A reflexive follows its verb ("kan almindelige folk melde sig ind"), or an inverted definite subject.
        if word == "sig" and i and not _DEFINITE.search(words[i - 1]):
            verbs.add(i - 1)
        if word in _TIME_CONJUNCTIONS and i + 2 < len(words) and words[i + 1] in SUBJECTS \
                and (words[i + 1] != "i" or capital_i.get(i + 1)):
            verbs.add(next((j for j in range(i + 2, len(words)) if words[j] not in ADVERBS), i + 1))
        if word in _AUXILIARIES or word in _RELATIVES or word in _SUBORDINATORS:
            j = i + 1
            # "det hele" is one subject ("at det hele opstod"): "hele" is no verb.
            while j < len(words) and (words[j] in PRONOUNS or words[j] in ADVERBS or _before_verb(words, j)
                                      or words[j] == "hele" and words[j - 1] == "det"):
                j += 1
            # One definite noun may be the subject ("kan kommunen få", "når foreningen indgår"),
            # not a participle ("har skrevet forordet") nor an infinitive that ends as one does
            # ("vil låne penge"): an infinitive is its own dictionary form, a definite noun never is.
            if j + 1 < len(words) and _DEFINITE.search(words[j]) and words[j] not in DANISH_STOPWORDS \
                    and not _participle(words[j]) and lemma_of(words[j]) != words[j]:
                j = after_partitive(words, j + 1)   # "hvis kun halvdelen af bestyrelsen dukker op"
            # After "er der" a noun follows ("er der rabat?"), a participle only as a verb ("er der sket …?");
            # so after "der er" where "der" is the empty subject ("hvis der er stemmelighed").
            existential = word in _COPULAS and (words[i + 1:i + 2] == ["der"] or _expletive_before(words, i)) \
                and j < len(words) and not _participle(words[j])
            if j < len(words) and (word not in _SUBORDINATORS or j > i + 1) and not existential:
                verbs.add(j)
                if word in _COPULAS and not _PARTICIPLE_ENDING.search(words[j]):
                    predicates.add(j)
    verbs.update(i for i, word in enumerate(words) if _participle(word))
    # A second verb of the same subject ("hvis jeg ikke når at betale og glemmer det hele sommeren"):
    # after "og"/"eller", a verb's form with its object pronoun or an adverb after it. A noun there
    # ("træer og planter i byen") has neither; the lemmatiser's forms tell the verb (word_class).
    # So is a verb's form right after "og" that joins it to a verb before ("hvornår begynder og
    # slutter jeres regnskabsår?"): the two share the subject after them. A noun read at the verb's
    # place ("hvor mange træer og planter") is no verb by its forms, and the word after it stays a thing.
    verbs.update(i + 1 for i, word in enumerate(words[:-2]) if word in _COORDINATORS
                 and words[i + 1] not in DANISH_STOPWORDS
                 and (words[i + 2] in PRONOUNS or words[i + 2] in ADVERBS
                      or i - 1 in verbs and word_class(words[i - 1]) == ACT)
                 and word_class(words[i + 1]) == ACT)
    return verbs


def modal_infinitives(words: list[str]) -> set[int]:
    """The positions of the infinitives of a question's modals where a subject of several words stands
    between ("Hvad vil jeres organisation egentlig opnå?", "Kan et byråd melde sin kommune ind?"): the
    first word within MODAL_REACH after the modal that is an infinitive by the lemmatiser (its own
    dictionary form, of a verb by its forms), before another question word or conjunction opens a clause.
    verb_positions does not count them: the subject's nouns before one stay its modifiers, as the asker's
    story ("kan min nabo stemme for mig?") is no thing the material must name."""
    out: set[int] = set()
    for i, word in enumerate(words):
        start = i + 1
        while start < len(words) and words[start] in ADVERBS:
            start += 1
        # A pronoun subject ("må jeg tage …") is passed by verb_positions' own scan, which finds the verb
        # right after it; one with an apposition ("kan jeg som almindelig borger melde …") is not.
        if word not in _MODALS or start + 1 < len(words) and words[start] in PRONOUNS and words[start + 1] != "som":
            continue
        for k in range(start + 1, min(len(words), i + 1 + MODAL_REACH)):
            if words[k] in QUESTION_WORDS or words[k] in _SUBORDINATORS or words[k] in _COORDINATORS:
                break
            if infinitive(words[k]):
                out.add(k)
                break
    return out


def infinitive(word: str) -> bool:
    """Whether a word is a verb's infinitive: its own dictionary form, and a verb by its forms."""
    return word not in DANISH_STOPWORDS and lemma_of(word) == word and word_class(word) == ACT


def after_partitive(words: list[str], j: int) -> int:
    """Past a part's whole after "af" ("af medlemmerne", "af de adspurgte", "af bestyrelsen"): a
    determiner or possessive (grammar words) and the noun; `j` itself where "af" does not stand there."""
    if j + 1 >= len(words) or words[j] != "af":
        return j
    k = j + 1
    while k + 1 < len(words) and words[k] in DANISH_STOPWORDS:
        k += 1
    return k + 1


def _expletive_before(words: list[str], i: int) -> bool:
    """Whether the copula at i has the empty subject "der" before it, sentence adverbs between: "der"
    right after a subordinating conjunction opens its clause as the subject ("hvis der ikke er nok
    medlemmer til stede"), where after a noun it is a relative ("et medlem, der er formand")."""
    k = i - 1
    while k >= 0 and words[k] in ADVERBS:
        k -= 1
    return k >= 1 and words[k] == "der" and words[k - 1] in _SUBORDINATORS


def _participle(word: str) -> bool:
    """Whether a word is a verb's past participle by its dictionary form: "tilsendt" of "tilsende",
    "skrevet" of "skrive", "foreslået" of "foreslå" (an infinitive ends in a vowel). A neuter noun's
    definite form reads the same way ("årsmødet" of "årsmøde", "området" of "område"): where the
    lemmatiser knows the word only as a noun (word_class), it is the thing asked about ("hvornår
    holdes årsmødet?" asked nothing before). Short verbs whose past is strong ("set" of "se",
    "taget" of "tage") have no regular past for word_class to find, so a noun needs NOUN_LEMMA letters."""
    lemma = lemma_of(word)
    if not lemma or lemma == word or lemma[-1] not in _VOWELS or not word.endswith("t"):
        return False
    return not (word == lemma + "t" and len(lemma) >= NOUN_LEMMA and word_class(word) == THING)
