"""The scene a visitor sets around a question, kept only in the words the material uses.

"Jeg er ny i bestyrelsen - hvem bestemmer, hvem der bliver formand?": the statement before the
question tells who asks and why (message_clauses.split_context); some of its words say what the question is
about, the others can only count against the answer. A word that is one part of a unit of the
scene is not searched alone, as apart it means something else: the verb of a particle verb ("have
taget op" is no "tag", "meldte mig ind" no "melde" of "melde sig ud") is searched in the form Danish
writes as one word ("optaget", "indmeldte") where the material uses it, the noun of an adverbial of
time ("i går" is no "gå") not at all. An everyday modifier ("Vi er en mindre kommune") tells what the
visitor's situation is like, not what is asked, and is not searched either. A statement after the
question tells why the visitor asks ("… Jeg skriver en opgave om regional udvikling.") and is not
searched.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.english_things import can_be_noun, names_a_thing
from ..language.folding import danish_letters
from ..language.lemmas import lemma_of
from ..language.particle_verbs import joined_forms
from ..language.word_zipf import zipf_frequency
from .known_fact import known_values
from .material_names import capitalised_names
from .message_clauses import split_context
from .pronoun_referent import ENGLISH_OBJECT_PRONOUNS, pronoun_in
from .scene_referent import referent_place
from .story_grammar import WE, group_we, read_document
from .word_class import OTHER, word_class

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\u2013\u2014]|\s-\s")

# Danish negations and conditional conjunctions, closed word classes: "Jeg har ikke betalt …",
# "Hvis jeg melder mig ud …". They are stop words, never searched, but they turn the situation
# around, and the decision and the choice of sentence read the question's small words.
SCENE_POLARITY = frozenset({"ikke", "aldrig", "ingen", "intet", "hverken", "uden", "hvis", "medmindre"})

# The deictic adverbials of time, "i" and a word of the day or the year, a closed class of Danish
# grammar (each has a test in tests/answer/test_scene.py): "i går", "i dag", "i morgen", "i aften",
# "i nat", "i år", "i weekenden", "i sommer". They place the visit, not the topic, and their noun
# alone is a word of something else ("går" of "gå"). A length of time ("for en måned siden") is
# kept: a rule may count it ("medlem i mindst tre måneder").
DEICTIC_TIME = frozenset("går dag morgen aften aftes nat år fjor forgårs weekend weekenden sommer vinter "
                         "forår efterår".split())


def deictic_time_words(words: list[str]) -> set[int]:
    """The places of the words of "i går", "i dag", … among a scene's words, and of the deictic
    adverbials of place: "her" ("herude", "herovre", "heromkring") and a preposition before a definite
    noun ("Jeg er ny her i byen", "her på egnen", "herude på landet") place the visitor, as "i går"
    dates the visit; the noun is where they live ("byen"), which the material names for its topic."""
    low = [danish_letters(w.casefold()) for w in words]
    here = {k for i in range(2, len(low)) if low[i - 2] in _HERE and low[i - 1] in {"i", "på", "paa", "ved"}
            for k in (i - 1, i)}
    return here | {k for i in range(1, len(low)) if low[i - 1] == "i" and low[i] in DEICTIC_TIME for k in (i - 1, i)}


# The Danish adverbs of "here", a closed class.
_HERE = frozenset("her herude herovre heromkring herinde hernede heroppe".split())


def particle_verb_parts(scene: str) -> dict[str, str]:
    """Verb -> its joined form, for the scene's verbs that a particle follows and that Danish writes
    with it in front as one verb ("taget op" -> "optaget", "meldte mig ind" -> "indmeldte"; the
    lemmatiser's dictionary knows the joined form): read alone they are other words ("tag", the
    roof). A noun before a preposition ("forslag til", "arbejdspladser ud af") joins into no word and
    is kept, and a verb ends at a comma ("har diskuteret, om det …": "om" opens a clause there)."""
    return {verb: joined for clause in _CLAUSE_BREAK.split(scene) for verb, joined in joined_forms(clause)
            if lemma_of(joined) is not None}


def without_scene(index: Index, question: str) -> str:
    """The question with only those words of the scene set before it that the material uses (a
    statement after it is not searched: scene_before).

    "Jeg hørte om jer i radioen i går - hvad har I gjort for at flytte statslige job?": the
    statement before the question tells who asks and why; its words the material never uses
    ("radioen", "hørte") can only count against the answer, while those it does ("Jeg er ny i
    bestyrelsen - …") may say what the question is about. Parts of a unit are read as the unit (above),
    and an everyday modifier describes the visitor, not the topic (situation_modifier).
    """
    scene, asked = split_context(question)
    if not scene:
        return question
    told = scene_before(question, scene, asked)
    words = _WORD.findall(told)
    joined = particle_verb_parts(scene)
    # The verb of a particle verb is searched in its joined form where the material uses it.
    # The document the visitor read is where the question comes from, not what it asks (story_grammar).
    left_out = (deictic_time_words(words) | visitor_roles(words) | story_places(words, asked, capitalised_names(index))
                | read_document(words, asked))
    # A question of small words only ("Jeg har hørt, at foreningen skal lukkes. Hvad skal der til?")
    # asks about the claim the scene tells: its nouns and verbs are the question's, in the material's
    # words or not ("lukkes" reaches "opløsning" through the thesaurus as it would in the question).
    claim = told_claim(words) if carries_nothing(index, asked) else set()
    # What the visitor says they know is their starting point, not the answer (known_fact.py).
    left_out |= set() if claim else known_values(words, told, asked)
    kept_anyway = referent_place(words, asked)  # what the question's "den" stands for (scene_referent.py)
    kept = [w for i, w in ((i, joined.get(w.casefold(), w)) for i, w in enumerate(words) if i not in left_out)
            if i in kept_anyway or w.casefold() in SCENE_POLARITY
            or (material_uses(index, w) and not situation_modifier(w))
            or (i in claim and index.analyzer.query_terms(w) and word_class(w) != OTHER)]
    return " ".join([*kept, asked])


# The first person, by which a scene tells the visitor's own story ("Jeg læste om bevægelsen i en
# gammel avis"), not a claim about the organisation: a closed class of Danish pronouns.
_FIRST_PERSON = frozenset("jeg mig min mit mine vi os vores".split())


def told_claim(words: list[str]) -> set[int]:
    """The places of the scene's words that tell a claim about the organisation: the clause after
    "at" ("Jeg har hørt rygter om, at foreningen skal lukkes"), or the whole scene when it tells no
    story of the visitor's own (hearsay.py has taken "Min nabo fortalte, at" off already)."""
    low = [danish_letters(w.casefold()) for w in words]
    if "at" in low:
        return set(range(len(low) - low[::-1].index("at"), len(low)))
    return set() if _FIRST_PERSON & set(low) else set(range(len(low)))


def carries_nothing(index: Index, asked: str) -> bool:
    """Whether a question holds no word that is searched (only question words, auxiliaries,
    pronouns and particles: "Hvad skal der til?", "Hvordan gør man det?")."""
    return not any(index.analyzer.query_terms(w) for w in _WORD.findall(asked))


def told_up_to_question(question: str) -> str:
    """The message up to the end of its question: a statement after it tells why the visitor asks
    or who they are ("Hvor mange træer har I plantet? Jeg er selv med i Roskilde."), not what is
    asked, and its words (a town, a year) would be read as part of the question by the checks of
    what is asked (scene_before does the same for the search)."""
    scene, asked = split_context(question)
    at = question.find(asked) if scene else -1
    return question if at < 0 else question[:at + len(asked)]


# Prepositions that place the visitor's story (closed class, Danish also without "å"): "jeg bor i
# Vejle", "flyttede til Lemvig", "min far fra Skagen", "et hus ved Limfjorden".
_STORY_PLACE_PREPOSITIONS = frozenset("i på paa fra til ved nær naer omkring".split())
# Words by which the question itself points at the visitor's own place or community (closed classes:
# the first person plural and the adverbs of here): "Jeg er fra Vejle. Hvor mange grønne tage har vi?",
# "Vi er en skole i Vejle. Hvem hos jer skal vi ringe til?" ask about that place, and a name the
# material lacks for it is what shows that it has no answer.
_OWN_PLACE = frozenset("vi os vores vor her herovre herude".split())


def story_places(words: list[str], asked: str, names: frozenset[str] = frozenset()) -> set[int]:
    """The places of the scene's words that name where the visitor's story happens: a name of one
    word after a preposition of place ("Jeg har lige sendt et forslag ind om flere træer i Vejle.",
    "min mand fælder træer for kommunen i Vejle"). Where the visitor lives or works says who asks, not
    what is asked; when the material names the same town for itself ("sekretariatet i Vejle",
    "hjemsted er Vejle Kommune"), searched, it pulls the answer to that passage. A name of several words
    ("i Grønne Byer", "hos Balance Danmark") is an organisation the question may be about and is
    kept, and so is every place when the question points at the visitor's own place (_OWN_PLACE) -- by
    "vi"/"os" only where the story does not say what group "vi" is (story_grammar.group_we). A
    place typed in lower case ("i vejle") is one of `names`, the words the material writes only with a
    capital (material_names.py)."""
    own = {w for w in (danish_letters(w.casefold()) for w in _WORD.findall(asked))} & _OWN_PLACE
    # "vi"/"os" is the group the scene says the visitors are ("Vi er en virksomhed i Vejle. Hvad koster
    # det os at være med?"): the question asks about that group, which the place only locates.
    if own and not (own <= WE and group_we(words)):
        return set()
    places = set()
    for i in range(1, len(words)):
        word = words[i]
        if danish_letters(words[i - 1].casefold()) not in _STORY_PLACE_PREPOSITIONS:
            continue
        # A capitalised word, or one the material only writes as a name: typed in lower case ("i
        # vejle"), a word of a town cannot be told from a common noun by its form.
        if word.isupper() or not (word[0].isupper() or word.casefold() in names):
            continue
        if _inside_name(words, i, names):
            continue
        places.add(i)
    return places


def _inside_name(words: list[str], i: int, names: frozenset[str] = frozenset()) -> bool:
    """Whether the word after a preposition is part of a name of several words: another capitalised
    word (or, in lower case, another of the material's `names`) follows it, directly or after a
    preposition ("Grønne Byer", "Oprør fra Udkanten"), or precedes its preposition ("Danmark på
    Vippen", "danmark paa vippen"; a capitalised pronoun opening a sentence, "Vi i Vejle", is no part
    of a name)."""
    def named(word: str) -> bool:
        return word[:1].isupper() or word.casefold() in names

    after = words[i + 1:i + 3]
    if after and (named(after[0]) or (
            len(after) == 2 and after[0].casefold() in _STORY_PLACE_PREPOSITIONS and named(after[1]))):
        return True
    before = words[i - 2] if i >= 2 else ""
    return named(before) and before.casefold() not in DANISH_STOPWORDS


# Danish words that open a noun phrase for someone else's organisation or a person of the visitor's
# own circle: possessives and the indefinite articles, closed word classes ("i min grundejerforening",
# "for en lille idrætsforening", "i vores lokale borgerforening", "min nabo"). "jeres", "jer" and a
# definite noun ("i bestyrelsen") point at the material's own organisation instead.
OTHERS_OPENERS = frozenset("min mit mine vores vor hans hendes deres en et anden andet".split())
_ROLE_PREPOSITIONS = frozenset({"i", "for", "på", "ved", "hos"})
_ROLE_VERBS = {"er": 0, "sidder": 1}  # "er kasserer i …", "sidder i bestyrelsen i …": the role's offset
_SELF_ADVERBS = frozenset({"selv", "også", "bare", "faktisk", "nu"})
# Danish adverbials of place that say "somewhere else", a closed set ("Jeg er selv kasserer et andet
# sted"): the role is held in another organisation, as after "i en anden forening".
_ELSEWHERE = (("et", "andet", "sted"), ("andre", "steder"), ("andetsteds",))


def visitor_roles(words: list[str]) -> set[int]:
    """The places of the scene's words that name the role of someone in the visitor's story in
    another organisation: "Jeg er kasserer i min grundejerforening", "Jeg er formand for en lille
    idrætsforening", "Jeg sidder selv i bestyrelsen i en boligforening".

    The role is who asks, not what is asked, and the material names the same role for its own
    organisation ("kassereren", "bestyrelsen"): searched, it pulls the answer to that role's passage. A
    role in the material's own organisation ("Jeg er kasserer hos jer", "Jeg er ny i bestyrelsen") is
    kept: the question may be about it; so is a role told without an organisation ("Min svigermor er
    byplanlægger og blev interviewet"), which may be the very people the material names. The role is the
    word after "er" (or "sidder i"), told of a person ("jeg", "vi", "min nabo"), and followed by a
    preposition opening someone else's organisation (OTHERS_OPENERS)."""
    low = [danish_letters(w.casefold()) for w in words]
    roles = set()
    for i, word in enumerate(low):
        if word not in _ROLE_VERBS or i == 0:
            continue
        others = i >= 2 and low[i - 2] in OTHERS_OPENERS
        if not (low[i - 1] in {"jeg", "vi", "han", "hun"} or others):
            continue
        at = i + 1
        while at < len(low) and low[at] in _SELF_ADVERBS | {"en", "et"}:
            at += 1
        at += _ROLE_VERBS[word]
        if word == "sidder" and (at > len(low) or low[at - 1] != "i"):
            continue
        if at >= len(low):
            continue
        after = low[at + 1:at + 3]
        elsewhere = len(after) == 2 and after[0] in _ROLE_PREPOSITIONS and after[1] in OTHERS_OPENERS
        place = next((len(p) for p in _ELSEWHERE if tuple(low[at + 1:at + 1 + len(p)]) == p), 0)
        if elsewhere or place:
            # "sidder" is the role's verb there ("sidder i bestyrelsen"), not a word of the question;
            # nor is "et andet sted" ("sted" is the statutes' word in "hjemsted").
            roles |= ({at, i} if word == "sidder" else {at}) | set(range(at + 1, at + 1 + place))
    return roles


# Below this Zipf value in general Danish a modifier is a term of its own ("almen bolig", "melde sig ud
# skriftligt"); at or above it it is an everyday word ("mindre" 5.6, "tæt" 5.4, "sidste", "fem").
SCENE_EVERYDAY_ZIPF = 5.0


def situation_modifier(word: str) -> bool:
    """Whether a word of the scene is an everyday adjective, adverb or numeral ("Vi er en mindre
    kommune", "Jeg bor i en tæt by", "i sidste måned", "fem ansatte"): it tells what the visitor's
    own situation is like, and the material's passages that use it ("mindre grønt", "tæt bebyggelse")
    are about something else. A noun or verb may name the topic and is kept, and so is a modifier rare
    in general Danish, which names a term the material uses ("almen bolig", "skriftligt")."""
    return (word_class(word) == OTHER
            and zipf_frequency(word.casefold(), "da") >= SCENE_EVERYDAY_ZIPF)


def scene_before(question: str, scene: str, asked: str) -> str:
    """The part of the scene told before the question: what follows it tells why the visitor asks
    ("Hvilket år blev I stiftet? Jeg skriver en opgave om regional udvikling.", "… Jeg skal bruge
    datoen til et referat."), not what the question is about, and its words would pull the search to
    passages that use them ("udvikling")."""
    at = question.find(asked)
    told = _ENGLISH_ROLE.sub("", question[:at] if at >= 0 else scene)
    if pronoun_in(asked) in ENGLISH_OBJECT_PRONOUNS:
        return told     # "I read your report. When did it come out?" asks about the document
    return _ENGLISH_READ.sub(lambda m: m["opening"] if names_a_thing(m["doc"]) and can_be_noun(m["doc"])
                             else m.group(), told)


# The document an English story says the visitor read ("I read your report", "I've just read the
# recommendations", "I was reading your statutes"): where the question comes from, not what it asks,
# as in Danish (story_grammar.read_document). "I read about your plan" reads about a topic: "about"
# names no thing, and the plan is kept.
_ENGLISH_READ = re.compile(r"(?P<opening>\b(?:read|reading|skimmed|went\s+through|gone\s+through)\s+"
                           r"(?:(?:your|the|this|that|these|those|all|of|whole|new|latest|recent)\s+){0,3})"
                           r"(?P<doc>[^\W\d_]+)\b", re.IGNORECASE)


# The English form of a role in someone else's organisation (visitor_roles): "I'm the secretary of a
# small housing co-op", "I'm a treasurer at my local club", "my neighbour is an auditor for a firm";
# English drops the article before an office one holds ("I'm chair of a residents' group", "I'm
# treasurer of a small choir"). The role noun is left out of the scene; the organisation's words
# stay, as in Danish.
_ENGLISH_ROLE = re.compile(
    r"(?:(?<=\bi'm\s)|(?<=\bam\s)|(?<=\bwe're\s)|(?<=\bare\s)|(?<=\bis\s)|(?<=\bwas\s))"
    r"(?:(?:also|actually|just|myself)\s+)?(?:(?:a|an|the)\s+)?[^\W\d_]+"
    r"(?=\s+(?:of|at|for|in|on)\s+(?:a|an|my|our|another|some)\b)", re.IGNORECASE)


def material_uses(index: Index, word: str) -> bool:
    """Whether the material uses the word (in some form); stopwords are not words it uses."""
    terms = index.analyzer.query_terms(word)
    return bool(terms) and all(t in index.term_ids for t in terms)
