"""English questions: map their words to Danish words of the material (english_detect.py tells them).

Free English-Danish data is thin, so these sources are combined, in this order, and only Danish
words the material uses are kept (a base form first from simplemma's English lemmas):
  1. glossary_en_da.tsv: the organisation's own vocabulary (statutes -> vedtægter), by hand;
  2. the English word itself where the material uses it (vision, region, Balance Danmark);
  3. Debian's FreeDict English-Danish dictionary (~400 headwords) and, read backwards, its Danish-English one
     (~5,100: member -> medlem), a headword in one of the word's common WordNet senses first (english_sense_order.py:
     a bill is "regning", not "næb"), a verb's only in the verb's commonest (english_commonest.py: not "angive");
  4. cognates: Danish spellings of a shared Latin word (analysis -> analyse, quality -> kvalitet);
  5. the English-Norwegian and -Swedish dictionaries, by spelling (english_neighbours.py);
  6. compounds of the parts' translations (english_compounds.py: rainwater -> regnvand, urban garden -> byhave),
     and a WordNet two-word noun by its kin's (english_collocations.py: solar panel -> solar cell -> solceller);
  7. WordNet: for a word no dictionary holds, a synonym or its verb (founder: found) they map, and for a phrasal
     verb its one-word synonyms' Danish verbs (english_phrases.py; "wound up" is WordNet's base form "wind up").
A misspelt word is read as the English word one edit away (english_spelling.py); an adverb no source maps as
its adjective (WordNet: "personally" -> "personal" -> "personligt"). A word none maps keeps a word that starts
the material's compounds ("mapping" -> "kort": "kortlægningen"), else its dictionary word (english_fallback.py).
Its part of speech in the question (english_pos.py) leaves out headwords of another. See benchmarks/language_bench.py.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import dictd, wordnet
from .analysis import Analyzer, default_analyzer
from .cognates import danish_forms
from .dictd import read_glossary as read_glossary  # the glossary, for readers and tests
from .english_adverbials import read_adverbials
from .english_collocations import phrase_lookup
from .english_commonest import commonest_instead
from .english_compounds import compound_words, danish_compound
from .english_detect import detect_language as detect_language  # the language, for readers
from .english_document_nouns import as_document
from .english_fallback import ABSENT as ABSENT  # the markers and the translation, for readers
from .english_fallback import UNMAPPED as UNMAPPED
from .english_fallback import MaterialParts, fallback
from .english_fallback import Translation as Translation
from .english_forms import ENGLISH_STOPWORDS, FILLER_ADVERBS, NEGATIONS, english_forms, english_lemma, owners
from .english_forms import english_words as english_words  # the words of a question, for readers
from .english_neighbours import NEIGHBOURS, Neighbours
from .english_phrases import PARTICLES as PARTICLES  # the particles, for readers and tests
from .english_phrases import irregular_phrase, moves_out, particle_after, particle_verb
from .english_pos import fitting, forms_as_used, other_forms, used_as
from .english_sense_order import likeliest_headwords
from .english_spelling import english_correction
from .english_stem_mates import stem_mate
from .material_forms import inflected_forms
from .related_terms import INFLECTIONS

LONGEST_PHRASE = 3
MIN_COGNATE = 5  # shorter cognates are too often other words ("hat", "hold"), except when identical

SOURCES = ("glossary", "identical", "eng-dan", "dan-eng", "cognate", *NEIGHBOURS, "compound", "wordnet")
# What a WordNet synonym is looked up in: the dictionaries. An English synonym spelt like a Danish
# word is no evidence ("fund" -> "store", Danish for "big").
NEGATION = "negation"    # "not", "don't": Danish "ikke"
DANISH_NOT = "ikke"
DICTIONARIES = ("glossary", "eng-dan", "dan-eng")
SYNONYM_SOURCES = HEADWORD_TABLES = (*DICTIONARIES, *NEIGHBOURS)
PHRASE_SOURCES = (*DICTIONARIES, "compound")
IN_MATERIAL_MEMO_SIZE = 8192   # Danish words in_material remembers before starting afresh


class EnglishToDanish:
    """Maps English words to the Danish words of one material; build it once per vocabulary."""

    _compound_words = staticmethod(compound_words)  # a compound's candidates (english_memo's fewer)

    def __init__(self, vocabulary: Iterable[str], analyzer: Analyzer | None = None,
                 glossary: dict[str, list[str]] | None = None, eng_dan: dict[str, list[str]] | None = None,
                 dan_eng: dict[str, list[str]] | None = None,
                 neighbours: dict[str, dict[str, list[str]]] | None = None,
                 synonyms: wordnet.WordNet | None | bool = True):
        """vocabulary: the material's surface words; the dictionaries default to Debian's.

        neighbours, synonyms: see english_neighbours.Neighbours.
        """
        self.analyzer = analyzer or default_analyzer()
        self.words = frozenset(w.casefold() for w in vocabulary)
        self._by_stem: dict[str, str] = {}
        for word in sorted(self.words, key=lambda w: (len(w), w)):
            stem = self._stem(word)
            if stem:
                self._by_stem.setdefault(stem, word)  # the shortest spelling speaks for all
        self._stems = sorted(self._by_stem)
        self._in_material_memo: dict[str, str | None] = {}
        self._material_parts: MaterialParts | None = None
        self._dan_eng = dictd.load(dictd.DANISH_ENGLISH) if dan_eng is None else dan_eng
        self.tables = {
            "glossary": read_glossary() if glossary is None else glossary,
            "eng-dan": dictd.load(dictd.ENGLISH_DANISH) if eng_dan is None else eng_dan,
            "dan-eng": dictd.inverted(self._dan_eng),
        }
        self._neighbours = Neighbours(self.words, neighbours, synonyms, self._dan_eng)
        self._part_words = self._neighbours.with_related(lambda f: self._dictionary_words(f, NEIGHBOURS))
        self.tables.update(self._neighbours.tables)

    def _stem(self, word: str) -> str | None:
        terms = self.analyzer.document_terms(word)
        return terms[0] if len(terms) == 1 else None

    def in_material(self, danish: str) -> str | None:
        """The material's word for a Danish word: itself, or a word of the same stem; remembered
        (an English question asks ~30 dictionary words, the same ones question after question)."""
        memo = self._in_material_memo
        if danish not in memo:
            if len(memo) >= IN_MATERIAL_MEMO_SIZE:
                memo.clear()
            memo[danish] = self._in_material(danish)
        return memo[danish]

    def _in_material(self, danish: str) -> str | None:
        if danish in self.words:
            return danish
        stem = self._stem(danish) if " " not in danish else None
        if not stem:
            return None
        # Not a word of another lemma the stemmer joins by its ending ("videre": "viden", english_stem_mates.py).
        return stem_mate(danish, self._by_stem.get(stem)) or (self._inflected(danish, stem) or [None])[0]

    def _inflected(self, danish: str, stem: str) -> list[str]:
        return inflected_forms(danish, stem, self._stems, self._by_stem)

    def _found(self, candidates: Iterable[str]) -> tuple[str, ...]:
        found = []
        for candidate in candidates:
            word = self.in_material(candidate)
            if word:
                found.append(word)
                # Where the material lacks the word's own stem, the stemmer cut its forms apart
                # ("by": "byen", "byer"): each is searched.
                stem = self._stem(candidate) if " " not in candidate else None
                found += self._inflected(candidate, stem) if stem and stem not in self._by_stem else []
        # The stemmer leaves some inflections whole ("træ" -> "trae" but "træer" -> "traeer"): the
        # material's inflected forms of a found word are searched beside it.
        found += [w + ending for w in found for ending in INFLECTIONS
                  if w + ending in self.words and self._stem(w + ending) != self._stem(w)]
        return tuple(dict.fromkeys(found))

    def _alike_found(self, candidates: Iterable[str]) -> tuple[str, ...]:
        return self._found(self._neighbours.alike(candidates))

    def _senses(self, source: str, form: str, forms: Sequence[str] = (), use: str = "") -> list[str]:
        """A dictionary's Danish words for an English word; read backwards, the likeliest first of the part
        of speech used (english_sense_order, english_pos), and of those only the likeliest the material uses."""
        danish = fitting(self.tables[source].get(form, ()), use if source == "dan-eng" else "")
        if source != "dan-eng" or len(danish) < 2:
            return list(danish)
        ranked = likeliest_headwords(danish, form, forms, self._dan_eng, self._neighbours.wordnet, use)
        found = self._found(ranked)
        return list(found[:1]) if found else ranked

    def lookup(self, english: str, forms: Sequence[str],
               sources: Sequence[str] = SOURCES, use: str = "") -> Translation | None:
        """The first source (in the given order) that maps one of the forms into the material (as `use`).

        A word the dictionaries hold as written is looked up so, not as its base form: "meeting"
        is the noun (forsamling), not "meet" (træffe).
        """
        headword = forms[:1] if any(forms[0] in self.tables[s] for s in DICTIONARIES) else forms
        for source in sources:
            if source == "wordnet":
                if found := self._synonym(english, forms):
                    return found
                continue
            # A neighbour's own headword ("hotter") keeps it from the base form too, but not the
            # Danish dictionaries' ("hot": varm).
            own = forms[:1] if headword == forms[:1] or forms[0] in self.tables.get(source, ()) else forms
            for form in (headword if source in DICTIONARIES else own if source in NEIGHBOURS else forms):
                if source == "identical":
                    found = (form,) if form in self.words else ()
                elif source == "cognate":
                    found = self._found(danish_forms(form)) if len(form) >= MIN_COGNATE else ()
                elif source == "compound":
                    # Parts from the neighbours too, spelt the Danish way ("skole|gård", "regn|vann").
                    found = danish_compound(form, self._part_words, self._alike_found, self._compound_words)
                elif source in NEIGHBOURS:
                    found = self._found(self._neighbours.danish(source, form, self._stem))
                else:
                    found = self._found(self._senses(source, form, forms, use))
                if found and source == "dan-eng" and "wordnet" in sources:  # a synonym's own lookup has none
                    found = commonest_instead(form, forms, found[0], self._neighbours.wordnet, self.tables[source],
                                              self._dan_eng, self.in_material, self._synonym_words) or found
                if found := tuple(fitting(found, "" if source == "glossary" else use)):  # the glossary's by hand
                    return Translation(english, found, source)
        return None

    def _synonym_words(self, synonym: str) -> tuple[str, ...]:
        return found.danish if (found := self.lookup(synonym, english_forms(synonym), SYNONYM_SOURCES)) else ()

    def _synonym(self, english: str, forms: Sequence[str]) -> Translation | None:
        """The first WordNet synonym of the word's forms that a dictionary maps into the material; only for
        a word no dictionary holds: one they translate to words the material lacks ("insurance": "forsikring")
        is a thing it does not treat (for all words: -4 declines)."""
        if " " in english or any(f in self.tables[t] for t in HEADWORD_TABLES for f in forms):
            return None
        found = next((words for form in forms for other in self._neighbours.synonyms(form)
                      if (words := self._synonym_words(other))), None)
        return Translation(english, found, "wordnet") if found else None

    def _dictionary_words(self, form: str, more: Sequence[str] = ()) -> list[str]:
        """The Danish dictionaries' (and more tables') words for an English form."""
        return [d for source in (*DICTIONARIES, *more) for d in self.tables[source].get(form, ())]

    def translate(self, words: Sequence[str]) -> list[Translation]:
        """The English words' Danish words, phrase by phrase; stopwords are dropped.

        A word no source maps into the material keeps its best dictionary translation, or else
        itself, so a question about something the material lacks still asks about it.
        """
        words = read_adverbials(owners(words), self._neighbours.wordnet, self.lookup)
        out: list[Translation] = []
        i = 0
        while i < len(words):
            for n in range(min(LONGEST_PHRASE, len(words) - i), 1, -1):
                phrase = " ".join(words[i:i + n])
                # A dictionary's phrase is in base forms: "carried out" is looked up as "carry out".
                based = " ".join(english_lemma(w) if w.isalpha() else w for w in words[i:i + n])
                irregular = irregular_phrase(words, i, n, self._neighbours.wordnet) or based
                found = phrase_lookup(self.lookup, self._neighbours.wordnet, phrase,
                                      [*dict.fromkeys([phrase, based, irregular])], PHRASE_SOURCES)
                if found and found.source == "compound":
                    # The Danish compound is searched beside the words themselves: the material
                    # may say them apart too ("bestyrelse på fem medlemmer").
                    out.append(found)
                    continue
                if found:
                    out.append(found)
                    i += n
                    break
            else:
                word = words[i]
                i += 1
                if word in NEGATIONS:
                    # Kept, so a reader of the Danish words sees the statement turned round.
                    out.append(Translation(word, (DANISH_NOT,), NEGATION))
                    continue
                if word in ENGLISH_STOPWORDS or word in FILLER_ADVERBS or not word.isalpha():
                    continue
                particle = particle_after(words, i - 1)
                joined = particle_verb(word, particle, self._dictionary_words, self._found, self._neighbours.wordnet,
                                       particle == words[i], self._parts().has_prefix, self._dan_eng,
                                       self._verb_words, moves_out(words, i - 1)) if particle else None
                if joined:
                    out.append(Translation(f"{word} {particle}", *joined))
                    # A particle right after the verb is taken; an object before it is read too.
                    i += particle == words[i]
                    continue
                use = used_as(words, i - 1, self._neighbours.wordnet)
                out.append(as_document(self._word(word, use), words, i - 1, self))
        return out

    def _word(self, word: str, use: str = "") -> Translation:
        """One word's Danish words; a misspelt word's are its correction's ("compnay": company)."""
        forms = forms_as_used(english_forms(word), use)
        found = self.lookup(word, forms, SOURCES, use)
        if found is None and (adjectives := self._neighbours.adjectives(word)):
            # An adverb is searched as its adjective: "personally" as "personal" (personlig, personligt).
            found = self.lookup(word, adjectives)
        if found is None and (nouns := other_forms(self._neighbours.adjective_nouns(forms[0]), forms, use)):
            # An adjective none maps is searched as the nouns it is said of, in the dictionaries
            # ("expensive" ~ "costly" -> "cost": "koste"; the dictionaries' "dyr", "kær" are not the material's).
            found = self.lookup(word, nouns, DICTIONARIES)
        meant = english_correction(word) if found is None else None
        if meant:
            forms = english_forms(meant)
            found = self.lookup(meant, forms)
        if found:
            return Translation(word, found.danish, found.source)
        return fallback(word, self._neighbours.with_doings(forms), DICTIONARIES, self._senses, self._parts(),
                        [self.tables[s] for s in (*DICTIONARIES, *NEIGHBOURS)], use)

    def _verb_words(self, verb: str) -> tuple[str, ...]:
        return found.danish if (found := self.lookup(verb, english_forms(verb))) else ()

    def _parts(self) -> MaterialParts:
        if self._material_parts is None:  # built on the first word that needs it
            self._material_parts = MaterialParts(self.words)
        return self._material_parts

    def to_danish(self, words: Sequence[str]) -> list[str]:
        """Danish words for the English words, in order, each once."""
        return list(dict.fromkeys(d for t in self.translate(words) for d in t.danish))


_MEMO: dict[int, tuple[object, EnglishToDanish]] = {}
MEMO_SIZE = 2


def to_danish(words: Sequence[str], vocabulary_surface: Iterable[str]) -> list[str]:
    """Danish words of the material for English words (stopwords dropped), in order; the mapper is kept
    for the same vocabulary object (the current and the next index while one replaces the other)."""
    cached = _MEMO.get(id(vocabulary_surface))
    if cached is None or cached[0] is not vocabulary_surface:
        cached = (vocabulary_surface, EnglishToDanish(vocabulary_surface))
        while len(_MEMO) >= MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)))
        _MEMO[id(vocabulary_surface)] = cached
    return cached[1].to_danish(words)
