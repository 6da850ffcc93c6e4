"""What the grammar of a visitor's story says about the visitor: the group "vi" is, the document read.

"Vi er en virksomhed i Vejle. Hvad koster det os at være med?": the story says what "vi" is, and the
question's "os" is that firm, not the people of Vejle, so the town only locates the visitors
(scene.story_places leaves it out of the search as for "Jeg bor i Vejle"). "jeg har laest jeres
publikation. hvem har betalt for kortlaegningen?": the story names the document the visitor read,
which is where the question comes from, not what it asks; searched, "publikation" counted as a word
the answering passage lacks and pulled the model under its threshold (docs/benchmarks.md, "Småsnak,
runde niogtyve"). Both are read from closed word classes and the lemmatiser, not from lists of towns,
groups or documents.
"""
from __future__ import annotations

from ..language.analysis import DANISH_STOPWORDS
from ..language.folding import danish_letters
from ..language.lemmas import lemma_of
from .pronoun_referent import may_stand_for, pronoun_in
from .word_class import OTHER, THING, word_class

# The first person plural, by which a question may point at the visitors' group or place.
WE = frozenset("vi os vores vor".split())
# Prepositions and conjunctions that end the predicate of "vi er …" before its place or object (closed
# classes, Danish also without "å"): "Vi er fra Vejle" places the visitors, "Vi er utilfredse med
# bestyrelsen" says how they feel; neither says what group they are.
_PREDICATE_ENDS = frozenset("i på paa fra til ved nær naer omkring med af for om hos over under uden der "
                            "som og".split())
# Words that open the noun phrase of a group (the indefinite articles and quantifiers, closed classes).
_GROUP_OPENERS = frozenset("en et nogle flere mange få faa to tre fire fem seks".split())
# How far after "vi er" the group's noun may come ("Vi er en lille lokal forening").
_GROUP_REACH = 4


def group_we(words: list[str]) -> bool:
    """Whether the scene says what group "vi" is -- "vi er" and a noun before any preposition ("Vi er en
    virksomhed i Vejle", "Vi er nogle medlemmer i Horsens", "vi er tre venner fra Skagen"): then a "vi"
    or "os" in the question is that group, not the people of the place ("Jeg er fra Vejle. Hvor mange
    grønne tage har vi?", "Vi bor i Vejle …", "Vi er fra Vejle …" tell no group and point at the place)."""
    low = [danish_letters(w.casefold()) for w in words]
    for i in range(len(low) - 2):
        if low[i] != "vi" or low[i + 1] != "er":
            continue
        article = False
        for word, folded in zip(words[i + 2:i + 2 + _GROUP_REACH], low[i + 2:i + 2 + _GROUP_REACH]):
            if folded in _PREDICATE_ENDS:
                break
            article = article or folded in _GROUP_OPENERS
            # After an article a verb's form is the noun it also is ("en skole"); without one it is
            # the visitors' doing ("Vi er lige flyttet til Vejle").
            kind = word_class(word)
            if folded not in DANISH_STOPWORDS and (kind == THING or (article and kind != OTHER)):
                return True
    return False


# The verb of reading: its direct object is a text ("har læst jeres publikation", "læste vedtægterne",
# "har gennemlæst rapporten"). The lemmatiser gives "læse" for its present and infinitive and takes the
# participle and past ("læst", "læste") for an adjective "læst"; a compound verb ends in it.
_READ = ("læse", "læst")
# Words between the verb and its object (closed classes: articles, possessives, demonstratives and the
# adverbs of a story): "har lige læst hele jeres nye rapport".
_OBJECT_OPENERS = frozenset("en et den det de hele jeres deres hans hendes min mit mine vores lige "
                            "netop også faktisk endelig just".split())


def read_document(words: list[str], asked: str = "") -> set[int]:
    """The places of the scene's words that name what the visitor says they read: the first noun after
    a form of "læse" with no preposition between ("Jeg har læst jeres publikation", "jeg har laest
    vedtaegterne"). "Jeg har læst om jeres træplan" reads about a topic, and "træplan" is kept; so is
    a document a pronoun of the question may stand for ("Jeg har læst publikationen. Hvor kan jeg sende
    mine spørgsmål til den?" asks about it: "Spørgsmål til publikationen kan sendes …")."""
    pronoun = pronoun_in(asked)
    low = [danish_letters(w.casefold()) for w in words]
    found = set()
    for i, word in enumerate(low):
        lemma = lemma_of(word) or ""
        if not lemma.endswith(_READ):
            continue
        at = i + 1
        while at < len(low) and low[at] in _OBJECT_OPENERS:
            at += 1
        if at < len(low) and low[at] not in DANISH_STOPWORDS and word_class(words[at]) == THING \
                and not may_stand_for(pronoun, [words[at]]):
            found.add(at)
    return found
