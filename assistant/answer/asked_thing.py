"""The thing a question asks about, by Danish word order, and whether the material mentions it at all.

"Kan man stemme elektronisk på generalforsamlingen?", "Kan kommunen få tilskud til byhaver?",
"Hvad koster kontingentet for pensionister?": the material speaks of the topic (voting, byhaver,
kontingent) but never of the thing asked about ("elektronisk", "tilskud", "pensionister"). The
answerability model weighs such a word only by how rare it is in general Danish, and these are
ordinary words, so it answered with the topic's passage. A verb the material lacks is different:
"Hvad vil I opnå?", "Hvem tog initiativ?" paraphrase what the material says in its own verbs.

Which words are verbs is told by Danish word order, not by a word list (asked_verbs). What is
left in the noun positions, and is no everyday word, is what is asked about;
a word before another content word modifies it ("menige medlemmer") and is not.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS, Analyzer
from ..language.background import zipf
from ..language.derivation import is_word
from ..language.english import english_words
from ..language.folding import danish_spelling
from ..language.phrase_compounds import LINKS, MIN_PART, compound_split
from ..language.prefix_runs import has_prefix
from .asked_adverbials import (
    PREPOSITIONS,
    adverbial_positions,
    afterthought_adverbials,
    moved_places,
    place_adverb,
    question_word_modifier,
    sentence_adverbials,
)
from .asked_clause import clause_final_verbs, condition_positions, described_places, situation_positions
from .asked_head import head_held
from .asked_idioms import danish_idiom_positions
from .asked_span import measure_positions
from .asked_thing_english import absent_english_things, english_asked_things
from .asked_verbs import ADVERBS, DEGREE, PRONOUNS, WHICH, modal_infinitives, question_start, verb_positions
from .asked_which import singled_out
from .calendar_time import calendar_time
from .fact_kinds import PRICE_WORD, asked_types, neighbourhood, states_kind
from .place_told import names_place
from .ranked_passages import passage_has
from .reading import translator
from .retrieve import Hit, Query
from .sentence_evidence import sentences
from .set_aside import frame_positions
from .sibling_compounds import held_as_sibling
from .wrappers import unwrap

# Words at least this common in general Danish (wordfreq's Zipf scale) are everyday words that
# paraphrase rather than name a thing ("allerede", "penge", "tid"): their absence says nothing.
EVERYDAY_ZIPF = 5.0

# A material word sharing this many first letters with an asked word stands for it (_stem_held):
# eight letters are a compound's first part and more, seldom a coincidence.
SHARED_STEM = 8

# A member of a term's group that begins with the term (or the term with it) is the term's own word
# (an inflection, a compound) if the shorter has this many letters: "løn" held only as the
# thesaurus's "indbringe" is not.
OWN_FORM = 4

# Adverbs that place the question in the past from where the asker stands ("dengang", "førhen"):
# they say when, not what, and the material tells its history in its own words ("i 2014"). Those of
# the present and future ("idag", "fremover") stay things asked about: a dated text does not say how
# things stand now. Deixis is a closed class; no Danish resource at hand tags it (simplemma's table
# calls "online" the same kind of word).
_DEICTIC_TIME = frozenset(("dengang", "førhen"))
# Nouns that are only part of a complex preposition ("på vegne af", "på foreningens vegne").
_PREPOSITION_PARTS = frozenset(("vegne",))
_REASON_NOUNS = frozenset(("grunden", "årsagen", "baggrunden"))
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def asked_things(question: str, content: bool = False, predicates: bool = False) -> list[str]:
    """The words of a (Danish) question that name what it asks about: no verb, no grammar word,
    no everyday word, and no modifier of the next word; case-folded, in order. With `content`,
    every word the question's verbs and grammar leave: everyday words and modifiers too. With
    `predicates`, a copula's predicate too ("formand" in "hvem er formand?"): its absence is no
    reason to decline (a predicate is often put otherwise: "i modstrid med" for "stride mod"),
    but a passage must hold it to answer in the model's stead."""
    found_words = list(_WORD.finditer(question))
    raw = [m.group() for m in found_words]
    names = _name_positions(question, found_words)
    # A word typed without Danish letters is read as its Danish spelling: "paa" and "hvornaar" are
    # grammar, as "på" and "hvornår" are, not things asked about or nouns' modifiers.
    words = [danish_spelling(w.casefold()) for w in raw]
    predicate_positions: set[int] = set()
    capital_i = {i: w == "I" for i, w in enumerate(raw)}
    verbs = verb_positions(words, capital_i, predicate_positions)
    if predicates:
        verbs -= predicate_positions
    first = question_start(words)
    verbs |= question_word_modifier(question, found_words, words, first)
    # A condition ("…, hvis foreningen går fallit?") sets the scene when the main clause asks about a
    # thing of its own; "Får jeg kontingentet tilbage, hvis jeg melder mig ud?" asks about the condition.
    scene = set() if content else condition_positions(question)
    # Adverbials ("til daglig", "hvor … henne") and the asker's situation ("Jeg skriver en opgave …") name no thing.
    verbs |= adverbial_positions(words, DEGREE, capital_i) | (
        set() if content else situation_positions(question, words, first, PREPOSITIONS))
    # An idiom's frame ("hvad er pointen med") asks how; "typisk" how usual; "flere årtier" how long (asked_span).
    verbs |= danish_idiom_positions(words) | sentence_adverbials(words, verbs, capital_i) \
        | afterthought_adverbials(question, found_words, words) | measure_positions(words) \
        | clause_final_verbs(question)
    # "Bortset fra X, …" sets X aside (set_aside.py): the frame is a preposition, not a thing asked about.
    verbs |= frame_positions(question, [w.casefold() for w in raw])
    # A modal's infinitive after a long subject is a verb too, though not one that ends a modifier's noun.
    infinitives = modal_infinitives(words)
    out, main = [], []
    for i, word in enumerate(words):
        if i in verbs or i in infinitives or word in DANISH_STOPWORDS or word in PRONOUNS or word in ADVERBS \
                or word in _PREPOSITION_PARTS or word in _DEICTIC_TIME or place_adverb(word) \
                or calendar_time(word):
            continue
        # "Hvilket organ …?" asks which one: the answer names it, and need not use the noun. So does
        # "Hvad er det første punkt …?" (asked_which.singled_out).
        if i == first + 1 and words[first] in WHICH or i == singled_out(words, first):
            continue
        # "Hvad var grunden til, at …?" asks why in a noun phrase (gate_reason): the answer gives the
        # reason ("som et oprør mod …") and need not say "grund".
        if word in _REASON_NOUNS and words[i + 1:i + 2] in (["til"], ["for"]):
            continue
        # A word before another content word modifies it: "menige medlemmer", "nye træer".
        if not content and i + 1 < len(words) and words[i + 1] not in DANISH_STOPWORDS and i + 1 not in verbs:
            continue
        # A word of price ("prisen", "gebyret") names the kind of fact asked, a sum, which the
        # answerability model's money gate checks; the thing priced is another word.
        if PRICE_WORD.match(word):
            continue
        # A name ("Aarhus", "Odense") is never an everyday word that paraphrases: the material names it or not.
        if (content or zipf(word) < EVERYDAY_ZIPF or i in names) and word not in out:
            out.append(word)
            main += [word] if i not in scene else []
    return main or out


def _name_positions(question: str, found: Sequence[re.Match]) -> set[int]:
    """The positions of the words written with a capital inside a sentence (not after ".", "!", "?"
    or ":" and not the pronoun "I"): names, as the English reading takes them (name_positions)."""
    out = set()
    for i, m in enumerate(found):
        before = question[:m.start()].rstrip()
        if i and m.group()[:1].isupper() and m.group() != "I" and before[-1:] not in ".!?:":
            out.add(i)
    return out


def lacks_asked_thing(index: Index, question: str, query: Query, original: str = "",
                      english: bool = False, hits: Sequence[Hit] = ()) -> bool:
    """Whether the material never mentions, in any form, a thing the question asks about: then no
    passage answers it, however much of the rest of the question it holds. A Danish question is
    read in its reading (`question`: wrappers off, typos corrected); an English one in its own
    words (`original`), as its reading is a bag of Danish words without word order.

    A compound the search holds only by its first part ("medlemskort" by "medlem"; no passage says
    "kort") is held where the best passage found (`hits`) holds that part: there the part may be
    the compound put otherwise ("medlemslisten" for "liste over medlemmer"); a best passage
    without it answers from the question's other words, and elsewhere the part names other things."""
    best = hits[0].chunk_id if hits else None
    unheld = [g.term for g in query.groups if not g.members or (
        best is not None and _modifier_only(g.term, g.members, index.term_ids)
        and not passage_has(index, best, g.members[0]))]
    unheld = held_as_sibling(index, best, unheld, question)
    if not unheld:
        return False
    if english:
        return bool(absent_english_things(index, original or question, unheld))
    return bool(absent_things(index.analyzer, question, unheld, material_stems(index), index.term_ids,
                              index.vocabulary))


def _modifier_only(term: str, members: Sequence[str], known) -> bool:
    """Whether a query term the index lacks is held only by its compound's first part: the one
    member begins the term, and the rest, after a linking -s- or -e-, is a word ("medlem|s|kort").
    A derived word ("plantning" by "plant": "ning" is no word) is held by its root."""
    if term in known or len(members) != 1 or members[0] == term or not term.startswith(members[0]):
        return False
    rest = term[len(members[0]):]
    heads = (rest, rest[1:]) if rest[:1] in LINKS[1:] else (rest,)
    return any(len(head) >= MIN_PART and is_word(head) for head in heads)


def material_stems(index: Index) -> frozenset[str]:
    """The first SHARED_STEM letters of the index's terms, once per index (the warm-up builds it:
    ~3 ms at 10,000 passages inside the first question with a word the material lacks)."""
    stems = index.memo.get("stems")
    if stems is None:
        stems = index.memo.setdefault("stems", frozenset(
            t[:SHARED_STEM] for t in index.term_ids if len(t) >= SHARED_STEM))
    return stems


def holds_every_thing(index: Index, question: str, query: Query, chunk_id: int, original: str = "",
                      english: bool = False) -> bool:
    """Whether a passage holds every thing the question asks about in the thing's own word (an
    inflection, spelling or compound of it, not only a synonym), and it asks about at least one.
    What the passage lacks is then the question's verbs and everyday words: "Hvilket år blev
    organisationen stiftet?" of a passage that says when the organisation "startede"."""
    things = _thing_terms(index, question, original, english)
    if not things or not all(things):
        return False
    own = {g.term: {m for m in g.members if _own_form(m, g.term)} for g in query.groups}
    wanted = [{m for t in terms for m in own.get(t, ())} for terms in things]
    asks = asked_types(original or question)
    found = sentences(index, chunk_id)
    # In one sentence: the one that answers holds what is asked about, and it or a neighbour the
    # kind of fact asked (fact_kinds.neighbourhood, as for the model's gates).
    return any(all(w.intersection(words) for w in wanted) and states_kind(neighbourhood(found, i), asks)
               for i, (_, words) in enumerate(found))


def _own_form(member: str, term: str) -> bool:
    """Whether an index term is the query term's own word: itself, an inflection or compound that
    begins with it ("medlemskab" for "medlem"), or its compound's first part; not a synonym."""
    return member == term or (min(len(member), len(term)) >= OWN_FORM
                              and (member.startswith(term) or term.startswith(member)))


def _thing_terms(index: Index, question: str, original: str, english: bool) -> list[frozenset[str]]:
    """The query terms of each thing asked about (empty where a thing has none): a Danish question's
    words as read, an English question's words by the Danish words they were translated to."""
    analyzer = index.analyzer
    if not english:
        return [frozenset(analyzer.query_terms(word)) for word in asked_things(question, predicates=True)]
    question = unwrap(original or question)
    terms: dict[str, set[str]] = {w: set() for w in english_asked_things(question)}
    for t in translator(index).translate(english_words(question)):
        for word in t.english.split():
            if word in terms:
                terms[word].update(term for d in t.danish for term in analyzer.query_terms(d))
    return [frozenset(v) for v in terms.values()]


def absent_things(analyzer: Analyzer, question: str, unheld: Iterable[str],
                  stems: frozenset[str] = frozenset(), known=frozenset(), vocabulary=()) -> list[str]:
    """The asked things the material holds in no form: every query term of the word is among
    `unheld` (the terms no passage holds, not even through spelling, compounds or synonyms), none
    of the material's `stems` (its terms' first SHARED_STEM letters) is the word's (below), and the
    word is no compound whose two parts the material's terms `known` hold, as a phrase writes it
    ("vedtægtsændring" where the statutes say "ændring af vedtægterne"), nor one whose head the
    material holds (`asked_head.head_held`: "indbetaling" where the statutes say "betalt")."""
    gone = set(unheld)
    found = [word for word in asked_things(question)
             if (terms := analyzer.query_terms(word)) and all(t in gone for t in terms)]
    found = [word for word in found if not _stem_held(analyzer, word, stems, known, vocabulary)
             and not all(compound_split(analyzer, t, known) or head_held(t, known, vocabulary)
                         for t in analyzer.query_terms(word))]
    if found:
        # The place something is moved from, where the material names the movement ("udflytningen").
        words = [w.casefold() for w in _WORD.findall(question)]
        # A prefix is looked up in the sorted vocabulary (a binary search), not by a pass over every term.
        held = (lambda p: has_prefix(vocabulary, p)) if vocabulary else (lambda p: any(t.startswith(p) for t in known))
        found = [w for w in found if w not in moved_places(words, held)]
    if found and _asks_place(question):
        # Where the thing whose place is asked goes or comes from ("de varer, som vi sælger til udlandet").
        found = [w for w in found if w not in described_places(question, PREPOSITIONS)]
    return found


def _asks_place(question: str) -> bool:
    """Whether a question asks for a place: "hvor …?", or "hvilke steder / egne …?", which asks one
    by a noun of place (place_told.names_place) rather than by "hvor"."""
    asks = asked_types(question)
    return asks.place or bool(asks.named) and names_place(asks.named)


def _stem_held(analyzer: Analyzer, word: str, stems: frozenset[str], known, vocabulary: Sequence[str]) -> bool:
    """Whether the material has a word on the same stem: one whose first SHARED_STEM letters are
    the word's ("erhvervsbygninger" and "erhvervsbyggerier" share a compound's first part and the
    head's stem), a kinship the compound and spelling look-ups of the search do not see. Where the
    word begins with a first part the material holds, the shared stem reaches into the head
    (_shared_needed): "medlemskort" and "medlemskab" share "medlemsk", a first part and a letter."""
    for t in analyzer.query_terms(word):
        if len(t) < SHARED_STEM or t[:SHARED_STEM] not in stems:
            continue
        need = _shared_needed(t, known)
        if need <= SHARED_STEM or has_prefix(vocabulary, t[:need]):
            return True
    return False


def _shared_needed(term: str, known) -> int:
    """How many first letters a material word must share with a term to be on its stem: the
    longest first part the material (`known`) holds, its linking letter and MIN_PART letters of
    the head; SHARED_STEM where no first part is held."""
    for cut in range(len(term) - MIN_PART, MIN_PART - 1, -1):
        if term[:cut] in known:
            rest = term[cut:]
            link = 1 if rest[:1] in LINKS[1:] and len(rest) > MIN_PART else 0
            return min(len(term), cut + link + MIN_PART)
    return SHARED_STEM
