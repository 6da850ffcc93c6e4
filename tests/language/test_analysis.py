"""The Danish analyser: members' and visitors' questions meet the words of the organisation's passages."""
from __future__ import annotations

import copy
import dataclasses
import random
import threading
import time
import unicodedata

import pytest

from assistant.language import analysis, word_runs
from assistant.language.analysis import (
    ANALYZER_VERSION,
    Analyzer,
    default_analyzer,
    normalize,
    surface_words,
)

A = default_analyzer()


def vocabulary_of(*passages: str, analyzer: Analyzer = A) -> tuple[str, ...]:
    """The sorted term vocabulary an index built from these passages would hold."""
    return tuple(sorted({t for p in passages for t in analyzer.document_terms(p)}))


def matches(question: str, passage: str, analyzer: Analyzer = A) -> bool:
    """True when the question, expanded against the passage's vocabulary, shares a term with it."""
    vocabulary = vocabulary_of(passage, analyzer=analyzer)
    terms = analyzer.expand_query(analyzer.query_terms(question), vocabulary)
    return bool(set(terms) & set(vocabulary))


# --- normalisation, letters and case --------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Bestyrelsesmødet på Ærø", ["bestyrelsesmødet", "på", "ærø"]),
    ("Vedtægter for Balance Danmark", ["vedtægter", "for", "balance", "danmark"]),
    ("blåbærgrød", ["blåbærgrød"]),
    ("Straße", ["strasse"]),
    ("ﬁnansiering", ["finansiering"]),            # ligature (NFKC)
    ("general\u00adforsamling", ["generalforsamling"]),  # soft hyphen from a PDF
    ("med\u200blem", ["medlem"]),                     # zero-width space
    ("§ 5, stk. 2: 2.000 kr.", ["§5", "stk2", "2000", "kr"]),
])
def test_surface_words_keep_danish_letters_whole(text, words):
    assert surface_words(text) == words


@pytest.mark.parametrize("analyzer", [A, Analyzer(ascii_fold=False), Analyzer(stem=False)])
@pytest.mark.parametrize("text", ["Bestyrelsesmødet på Ærø", "Vedtægternes § 5 om årsmødet",
                                  "Idé og café", "Kontingent for 2018"])
def test_nfc_and_nfd_input_give_the_same_terms(analyzer, text):
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert nfc != nfd or text.isascii()
    assert analyzer.document_terms(nfd) == analyzer.document_terms(nfc)
    assert analyzer.query_terms(nfd) == analyzer.query_terms(nfc)


def test_danish_letters_stay_inside_terms_without_folding():
    unfolded = Analyzer(ascii_fold=False, stem=False)
    assert unfolded.document_terms("Bestyrelsesmødet på Ærø") == ["bestyrelsesmødet", "ærø"]
    assert unfolded.document_terms("Blåbær og fødselsdag") == ["blåbær", "fødselsdag"]


@pytest.mark.parametrize("a, b", [
    ("VEDTÆGTER", "vedtægter"),
    ("Generalforsamlingen", "GENERALFORSAMLINGEN"),
    ("ÅRSMØDE", "årsmøde"),
    ("Balance Danmark", "balance danmark"),
])
def test_case_does_not_matter(a, b):
    assert A.document_terms(a) == A.document_terms(b)
    assert A.query_terms(a) == A.query_terms(b)
    assert normalize(a) == normalize(b)


# --- numbers and statute references -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Balance Danmark startede i 2014", "2014"),
    ("navneskiftet i 2018", "2018"),
    ("kontingentet er 300 kr.", "300"),
    ("et tilskud på 2.000 kr.", "2000"),
    ("budgettet er 1.250.000 kr.", "1250000"),
])
def test_numbers_and_years_are_terms(text, expected):
    """Years stay terms; "2.000" (Danish thousands) also gives 2000, as a question may write it."""
    assert expected in A.document_terms(text)
    assert expected in A.query_terms(text)


@pytest.mark.parametrize("text, not_expected", [
    ("mødet 1.10.2018 kl. 19.30", "1102018"),
    ("mødet 1.10.2018 kl. 19.30", "1930"),
])
def test_dates_and_times_are_not_taken_for_thousands(text, not_expected):
    assert not_expected not in A.document_terms(text)


@pytest.mark.parametrize("text, term", [
    ("§ 5", "§5"),
    ("§5", "§5"),
    ("jf. § 5.", "§5"),
    ("§5.", "§5"),
    ("§5a", "§5a"),
    ("§ 3a", "§3a"),
    ("§ 3 a", "§3a"),
    ("§§ 12", "§12"),
    ("ifølge § 7, stk. 2", "§7"),
    ("paragraf 7", "§7"),
    ("Paragraph 7", "§7"),
    ("paragraffen 4", "§4"),
    ("stk. 2", "stk2"),
    ("stk 2", "stk2"),
    ("Stk. 2", "stk2"),
    ("§ 7 stk. 2", "stk2"),
])
def test_statute_references_are_single_terms_in_passages_and_questions(text, term):
    assert term in A.document_terms(text)
    assert term in A.query_terms(text)
    assert "5" not in A.query_terms(text) or term != "§5"


@pytest.mark.parametrize("text, terms", [
    ("§ 5 i vedtægterne", ["§5", "vedtaeg"]),
    ("§ 5 stk. 2", ["§5", "stk2"]),
])
def test_a_following_word_is_not_glued_to_the_reference(text, terms):
    assert A.document_terms(text) == terms


def test_a_member_asking_for_paragraf_7_finds_section_7():
    passage = "§ 7. Generalforsamlingen indkaldes med 14 dages varsel. Stk. 2. Forslag sendes skriftligt."
    assert {"§7", "stk2"} <= set(A.query_terms("Hvad står der i paragraf 7 stk 2?"))
    assert {"§7", "stk2"} <= set(A.document_terms(passage))


def test_without_references_the_section_sign_is_dropped():
    assert Analyzer(references=False).document_terms("§ 5 stk. 2") == ["5", "stk", "2"]


# --- stopwords, spellings without æøå, question words --------------------------------------------

@pytest.mark.parametrize("word", ["og", "i", "på", "paa", "af", "det", "som", "være", "vaere", "også",
                                  "ogsaa", "når", "naar"])
def test_stopwords_are_dropped_in_both_spellings(word):
    assert A.document_terms(word) == []
    assert A.query_terms(word) == []


def test_stopwords_are_kept_when_switched_off():
    assert Analyzer(stopwords=False, question_words=False).document_terms("og") == ["og"]


@pytest.mark.parametrize("typed, proper", [
    ("vedtaegter", "vedtægter"),
    ("vedtaegterne", "vedtægterne"),
    ("aarsmoede", "årsmøde"),
    ("bestyrelsesmoedet", "bestyrelsesmødet"),
    ("Aarhus", "Århus"),
    ("ide", "idé"),
    ("cafe", "café"),
])
def test_questions_typed_without_danish_letters_or_accents_meet_the_text(typed, proper):
    assert A.query_terms(typed) == A.document_terms(proper)
    assert len(A.query_terms(typed)) == 1


def test_without_folding_ascii_spellings_do_not_meet():
    unfolded = Analyzer(ascii_fold=False)
    assert unfolded.query_terms("vedtaegter") != unfolded.document_terms("vedtægter")


@pytest.mark.parametrize("question, topic", [
    ("Hvornår blev Balance Danmark stiftet?", {"balanc", "danmark", "stift"}),
    ("hvornaar blev Balance Danmark stiftet", {"balanc", "danmark", "stift"}),
    ("Hvad er jeres vision?", {"vision"}),
    ("hva er jeres vision", {"vision"}),
    ("Hvem kan blive medlem?", {"medlem"}),
    ("Hvordan melder man sig ind?", {"meld"}),
    ("Hvilke regler gælder for kontingent?", {"regl", "gaeld", "kontingent"}),
    ("Hej! Hvorfor skiftede I navn?", {"skift", "navn"}),
    ("Hvornår startede foreningen?", {"start", "forening"}),
    # Modal verbs like "skal" and "kan" (already stopwords) only say how a thing is asked:
    ("Må jeg stemme ved fuldmagt?", {"stem", "fuldmag"}),
    ("maa jeg stemme ved fuldmagt", {"stem", "fuldmag"}),
    ("Hvad bør kommunerne gøre?", {"kommun", "goer"}),
])
def test_question_words_are_dropped_from_questions(question, topic):
    assert set(A.query_terms(question)) == topic


@pytest.mark.parametrize("word", ["hvornaar", "hvornår", "hva", "hvorhenne", "må", "bør"])
def test_question_words_stay_in_passages_only_when_not_stopwords(word):
    assert A.query_terms(word) == []
    assert Analyzer(question_words=False, stopwords=False).query_terms(word) != []


def test_hva_is_only_a_question_word():
    assert A.document_terms("hva") == ["hva"]
    assert Analyzer(question_words=False).query_terms("hva") == ["hva"]


@pytest.mark.parametrize("forms", [
    ("medlem", "medlemmer", "medlemmerne", "medlemmets", "Medlemmernes"),
    ("vedtægt", "vedtægter", "vedtægterne", "vedtaegterne"),
    ("generalforsamling", "generalforsamlingen", "generalforsamlinger"),
    ("kontingent", "kontingentet", "kontingenter"),
])
def test_inflected_forms_meet(forms):
    stems = {tuple(A.query_terms(f)) for f in forms} | {tuple(A.document_terms(f)) for f in forms}
    assert len(stems) == 1


@pytest.mark.parametrize("question_form, passage_form", [
    ("skiftede", "skiftet"),
    ("startede", "startet"),
    ("oprettede", "oprettet"),
    ("samlede", "samlet"),
])
def test_past_tense_meets_the_participle(question_form, passage_form):
    """"Hvornår skiftede vi navn?" finds "Foreningen har skiftet navn"."""
    assert A.query_terms(question_form) == A.document_terms(passage_form)
    plain_snowball = Analyzer(past_tense=False)
    assert plain_snowball.query_terms(question_form) != plain_snowball.document_terms(passage_form)


@pytest.mark.parametrize("word, other", [("hovedet", "hov"), ("stedet", "st"), ("rede", "r")])
def test_short_words_in_ede_keep_their_stem(word, other):
    assert A.document_terms(word) != A.document_terms(other)


def test_without_stemming_forms_stay_apart():
    raw = Analyzer(stem=False)
    assert raw.query_terms("medlemmerne") != raw.document_terms("medlem")


# --- compounds ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, passage", [
    ("Hvad er udligning?", "Udligningsordningen fordeler kontingentet mellem kredsene."),
    ("Hvad siger udligningsordningen?", "Der sker en udligning af tilskuddene hvert år."),
    ("Hvad koster medlemsskabet?", "Kontingentet for medlemmer fastsættes af generalforsamlingen."),
    ("Hvornaar er bestyrelsesmoederne?", "Bestyrelsen holder møder hver måned."),
    ("Hvad er udligning?", "Udligningsordningen er en ordning for kredsene."),
])
def test_compounds_meet_their_parts_through_expand_query(question, passage):
    assert matches(question, passage)
    assert not matches(question, passage, Analyzer(compounds=False, near_spelling=False))


def test_expansion_names_the_passage_terms():
    vocabulary = vocabulary_of("Udligningsordningen fordeler kontingentet mellem kredsene.")
    assert A.expand_query(["udligning"], vocabulary) == ["udligning", "udligningsordning"]
    vocabulary = vocabulary_of("Der sker en udligning af tilskuddene.")
    assert "udligning" in A.expand_query(A.query_terms("udligningsordningen"), vocabulary)


def test_terms_the_index_holds_are_not_expanded():
    vocabulary = vocabulary_of("Udligning og udligningsordningen og ordningen.")
    terms = A.query_terms("udligning udligningsordningen")
    assert A.expand_query(terms, vocabulary) == terms


@pytest.mark.parametrize("terms", [[], ["§5"], ["2014"], ["xyz"], ["ab"]])
def test_expansion_leaves_short_numeric_and_reference_terms_alone(terms):
    vocabulary = vocabulary_of("§ 5 og 2014 og abekat og xyzzy")
    assert A.expand_query(terms, vocabulary) == terms


def test_expansion_follows_whichever_index_vocabulary_it_is_given():
    """An index reload swaps the vocabulary; expansions must come from the one passed in."""
    analyzer = Analyzer()
    old = vocabulary_of("Udligningsordningen fordeler kontingentet.", analyzer=analyzer)
    new = vocabulary_of("Udligningspuljen fordeler kontingentet.", analyzer=analyzer)
    for _ in range(3):
        for vocabulary, compound in ((old, "udligningsordning"), (new, "udligningspulj")):
            assert analyzer.expand_query(["udligning"], vocabulary) == ["udligning", compound]
    fresh = tuple(sorted(set(new) | {"udligningsfond"}))
    assert "udligningsfond" in analyzer.expand_query(["udligning"], fresh)


def test_rain_finds_the_rainwater_compound_not_the_accounts_that_only_start_alike():
    """"regnen" is no index term; "regnvand" is rain + a word the material uses, while "regnskab"
    only starts with the same letters: a member asking what to do with the rain means the first."""
    vocabulary = vocabulary_of("Kommunerne bør lede regnvand til søer.", "Vandet løber i kloakken.",
                               "Regnskabet revideres, og regnskabsåret følger kalenderåret.")
    expanded = A.expand_query(A.query_terms("regnen"), vocabulary)
    assert "regnvand" in expanded
    assert not {"regnskab", "regnskabsaar"} & set(expanded)
    # Without a compound whose rest is a word, the ones that only start alike still stand in.
    vocabulary = vocabulary_of("Regnskabet revideres, og regnskabsåret følger kalenderåret.")
    assert "regnskab" in A.expand_query(A.query_terms("regnen"), vocabulary)


def test_expansion_against_an_empty_vocabulary_returns_the_terms():
    assert A.expand_query(["udligning"], ()) == ["udligning"]


def test_a_misspelt_word_finds_the_spelling_in_the_index():
    vocabulary = vocabulary_of("Generalforsamlingen vælger bestyrelsen.")
    assert "generalforsamling" in A.expand_query(A.query_terms("generalforsamlinga"), vocabulary)
    assert "generalforsamling" not in Analyzer(near_spelling=False).expand_query(
        A.query_terms("generalforsamlinga"), vocabulary)


def test_expand_query_is_fast_on_a_large_vocabulary():
    words = [f"{a}{b}{c}" for a in ("for", "med", "ud", "sam", "be", "ind", "over", "til", "af", "om")
             for b in ("lig", "ning", "lem", "skab", "ling", "sty", "rel", "gent", "tin", "kon",
                       "ret", "ord", "hold", "dag", "aar", "moede", "kreds", "vedtaeg", "sats", "fond")
             for c in range(1500)]
    vocabulary = tuple(sorted(set(words) | {"udligning", "ordning", "udligningsordning"}))
    assert len(vocabulary) >= 300_000
    terms = A.query_terms("Hvordan fungerer udligningsordningerne for kredsenes medlemsskaber?")
    A.expand_query(terms, vocabulary)  # the first call may build the cached vocabulary set
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        A.expand_query(terms, vocabulary)
    assert (time.perf_counter() - start) / rounds < 0.003  # 10x the 0.3 ms budget, for slow CI


# --- robustness --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", " ", "\n\t  \r\n", "👍🎉", "\x00\x01\x1b[31m", "???!!!...", "§", "§§ §", "stk.", "paragraf",
    "\ud800", "a" * 100_000, "vedtægter " * 20_000, "1.000" * 10_000, "§ " * 10_000 + "5",
    "‮ mirrored ‬", "ﷺ ﬀ ㎏ Ⅻ",
])
def test_odd_input_does_not_crash(text):
    for terms in (A.document_terms(text), A.query_terms(text), surface_words(text)):
        assert isinstance(terms, list)
        assert all(isinstance(t, str) and t for t in terms)
    vocabulary = vocabulary_of(text)
    assert isinstance(A.expand_query(A.query_terms(text), vocabulary), list)


@pytest.mark.parametrize("text", ["", "   ", "👍", "og i på", "hvad hvem hvornår"])
def test_questions_without_content_give_no_terms(text):
    assert A.query_terms(text) == []


def test_passages_keep_term_order_and_repeats():
    assert A.document_terms("Medlem, medlemmer og medlemmerne stemmer") == [
        "medlem", "medlem", "medlem", "stem"]


def in_four_threads(work) -> list:
    """What work() returns in each of four threads run at once."""
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(work())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_analysers_work_from_several_threads():
    texts = ["Medlemmerne betaler kontingent", "Vedtægternes § 5 stk. 2"] * 200
    expected = [A.document_terms(t) for t in texts]
    assert in_four_threads(lambda: [A.document_terms(t) for t in texts]) == [expected] * 4


# --- signature and options -----------------------------------------------------------------------------

def test_signature_names_the_version_and_is_stable():
    assert ANALYZER_VERSION in A.signature()
    assert A.signature() == default_analyzer().signature() == Analyzer().signature()


@pytest.mark.parametrize("option", [f.name for f in dataclasses.fields(Analyzer) if f.init])
def test_signature_changes_with_every_option(option):
    default = getattr(A, option)
    other = "NFC" if option == "unicode_form" else not default
    assert dataclasses.replace(A, **{option: other}).signature() != A.signature()


def test_analysers_compare_hash_and_copy_by_their_options():
    assert Analyzer(stem=False) == Analyzer(stem=False) != A
    assert hash(Analyzer(stem=False)) == hash(Analyzer(stem=False))
    assert copy.deepcopy(A) == A
    assert copy.deepcopy(A).document_terms("Medlemmerne") == ["medlem"]


@pytest.mark.parametrize("question", ["Er kontingentet 2000 kr?", "Er kontingentet 2.000 kr?",
                                      "Er kontingentet 2 000 kr?"])
def test_a_sum_written_with_or_without_thousands_separator_is_found(question):
    passage_terms = set(A.document_terms("Kontingentet er 2.000 kr. om året."))
    numbers = [t for t in A.query_terms(question) if t.isdigit()]
    assert numbers and set(numbers) <= passage_terms


# --- the word memo and the fast paths give the same terms ---------------------------------------------

def test_a_question_word_remembered_from_a_passage_is_still_dropped_from_a_question():
    analyzer = Analyzer()
    passage_terms = analyzer.document_terms("Hvorfra kommer foreningens træer?")
    assert passage_terms[0] == analyzer.document_term("hvorfra") != ""
    assert passage_terms[0] not in analyzer.query_terms("Hvorfra kommer foreningens træer?")
    assert analyzer.document_terms("hvorfra") == passage_terms[:1]


def test_words_joined_by_an_underscore_are_two_words():
    assert A.document_terms("bænke_og_borde i parken") == A.document_terms("bænke og borde i parken")


@pytest.mark.parametrize("reference, term", [("2.000 kr", "2000"), ("§ 5", "§5"), ("stk. 3", "stk3"),
                                             ("paragraf 7", "§7"), ("stykke 2", "stk2")])
def test_a_reference_at_the_end_of_a_long_passage_is_found(reference, term):
    passage = "Foreningen Grønne Byer planter træer i byens parker. " * 50 + reference
    assert term in A.document_terms(passage)


def test_words_then_their_terms_give_the_passage_terms():
    text = "Medlemmerne plantede 2.000 træer efter § 5, stk. 2 i vedtægterne og på café_Ærø"
    assert [t for w in A.words(text) if (t := A.document_term(w))] == A.document_terms(text)


def test_a_memo_forgotten_after_every_text_by_several_threads_changes_no_terms(monkeypatch):
    texts = ["Medlemmerne plantede træer", "Hvornår er generalforsamlingen?", "§ 5 stk. 2 om 2.000 kr"] * 50
    expected = [(Analyzer().document_terms(t), Analyzer().query_terms(t)) for t in texts]
    monkeypatch.setattr(analysis, "STEM_MEMO_SIZE", 0)
    shared = Analyzer()
    assert in_four_threads(lambda: [(shared.document_terms(t), shared.query_terms(t)) for t in texts]) \
        == [expected] * 4


# --- the quick ways through ASCII text give the regex's words -----------------------------------

def regex_words(text: str, analyzer: Analyzer) -> list[str]:
    """The words as the analyser defines them: normalise, drop invisibles, case-fold, fold æøå,
    strip accents, then every run of letters and digits."""
    text = unicodedata.normalize(analyzer.unicode_form, text)
    text = word_runs.INVISIBLE.sub("", text).casefold()
    if analyzer.ascii_fold:
        text = word_runs.ascii_fold(text)
    if analyzer.strip_accents:
        text = word_runs.strip_accents(text)
    return word_runs.WORD.findall(text)


_ODD_CHARACTERS = [chr(c) for c in range(128)] + list("æøåÆØÅéÉüßẞ²½Ⅻ𝟙ǅİﬁ\u00ad\u200b\u030a") \
    + list("–—‐‒…«»“”„‘’‚•·") + [" ", "\n", "_"]


@pytest.mark.parametrize("analyzer", [A, Analyzer(ascii_fold=False), Analyzer(strip_accents=False),
                                      Analyzer(unicode_form="NFD")], ids=["default", "no-fold", "accents",
                                                                           "nfd"])
def test_any_text_gives_the_words_of_the_regex(analyzer):
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(_ODD_CHARACTERS) for _ in range(rng.randint(0, 40)))
        if analysis._maybe_reference(text.casefold()):  # references have their own tokens
            continue
        assert analyzer.words(text) == regex_words(text, analyzer), repr(text)


@pytest.mark.parametrize("text, words", [
    ("ÆRØ OG ærø", ["aeroe", "og", "aeroe"]),
    ("»Grønne Byer« – en forening…", ["groenne", "byer", "en", "forening"]),
    ("“Træer”, ‘bænke’ • og — borde·stier", ["traeer", "baenke", "og", "borde", "stier"]),
    ("Café Ø-kalenderen", ["cafe", "oe", "kalenderen"]),
    ("træer_og_bænke i år 2026!", ["traeer", "og", "baenke", "i", "aar", "2026"]),
])
def test_danish_capitals_and_typographic_punctuation_split_words_as_before(text, words):
    assert A.words(text) == words == regex_words(text, A)


# --- a build's bulk path: texts normalised together, plain ASCII words ----------------------------

def plain_runs(text: str) -> list[str]:
    return text.encode("ascii").translate(word_runs.ASCII_NON_WORD_TO_SPACE).decode("ascii").split()


@pytest.mark.parametrize("analyzer", [A, Analyzer(ascii_fold=False), Analyzer(references=False),
                                      Analyzer(unicode_form="NFD")], ids=["default", "no-fold", "no-references",
                                                                           "nfd"])
def test_texts_normalised_together_each_give_their_own_words(analyzer):
    rng = random.Random(16)
    characters = _ODD_CHARACTERS + list("§.0123456789") + ["stk", "paragraf", "stykke", "\0"] + [" "] * 20
    plain = 0
    for _ in range(300):
        texts = ["".join(rng.choice(characters) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(1, 8))]
        for text, words in zip(texts, analyzer.plain_words(texts)):
            if words is not None:
                plain += 1
                assert plain_runs(words) == analyzer.words(text), repr(text)
    assert plain > 300  # most texts take the bulk path
    assert analyzer.plain_words([]) == []


def test_danish_passages_take_the_bulk_path_and_references_the_word_by_word_one():
    texts = ["Foreningen Grønne Byer planter træer – »Byens parker«", "Vækstkommunen og stykket om stien",
             "Kontingentet følger § 5, stk. 2", "Vi plantede 2.000 træer", "Café Øst i Αθήνα"]
    plain = A.plain_words(texts)
    assert [words is not None for words in plain] == [True, True, False, False, False]
    assert plain_runs(plain[1]) == A.words(texts[1]) == ["vaekstkommunen", "og", "stykket", "om", "stien"]


@pytest.mark.parametrize("text", ["vækstkommunen i stkøbing og stykket", "Paragraffen uden tal", "§§ og § alene"])
def test_text_that_only_looks_like_a_reference_without_a_number_keeps_its_plain_words(text):
    assert A.words(text) == regex_words(text, A)


def test_a_new_word_is_remembered_once_by_the_analysers_memo_not_again_by_the_stemmer():
    # A word's term is kept in the analyser's word memo; PyStemmer's own cache held the same words
    # again and cost a new question's words (seen once) its upkeep. The terms stay the stemmer's.
    analyzer = Analyzer()
    assert analyzer.query_terms("Hvornår bliver vedtægtsændringerne vedtaget?") == ["vedtaegtsaendring", "vedtag"]
    assert analyzer._stemmer().maxCacheSize == 0


# --- a word of ASCII letters is its own word --------------------------------------------------------

ASCII_WORDS = ["lokalforening", "Bestyrelsesmedlem", "VEDTAEGTSAENDRING", "stk", "paragraf", "i", "oe"]


def test_a_candidate_compound_of_ascii_letters_is_not_normalised_again(monkeypatch):
    # A compound tried from two question words ("lokal" + "forening") is a run of ASCII letters:
    # no normalisation, folding or splitting can change it, so none is run (phrase_compounds
    # tries ~20 such words per question).
    monkeypatch.setattr(analysis, "normal_form", lambda *args: pytest.fail("normalised an ASCII word"))
    for word in ASCII_WORDS:
        assert A.words(word) == [word.lower()]
    assert A.candidate_terms("lokal" + "forening") == [A.document_term("lokalforening")]


@pytest.mark.parametrize("analyzer", [A, Analyzer(unicode_form="NFD", ascii_fold=False, strip_accents=False),
                                      Analyzer(references=False, stem=False)])
@pytest.mark.parametrize("word", ASCII_WORDS)
def test_an_ascii_word_gives_the_words_and_terms_of_the_full_analysis(analyzer, word):
    full = analysis._tokens(analyzer._normalized(word), analyzer.references)
    assert analyzer.words(word) == full
    assert analyzer.candidate_terms(word) == [t for w in full if (t := analyzer._term_of(w, True))]
    assert analyzer.candidate_terms(word, query=False) == [t for w in full if (t := analyzer._term_of(w, False))]


def test_a_candidate_compound_of_danish_letters_is_only_folded(monkeypatch):
    # "møde" + "sted": a compound of Danish question words is a run of a-z and æ/ø/å, which the
    # analyser's normalisation only folds (ae/oe/aa); nothing else is run.
    monkeypatch.setattr(analysis, "normal_form", lambda *args: pytest.fail("normalised a Danish word"))
    assert A.words("mødested") == ["moedested"]
    assert A.candidate_terms("græs" + "plæne") == [A.document_term("graesplaene")]


ANALYZERS = [A, Analyzer(unicode_form="NFC"), Analyzer(unicode_form="NFD"), Analyzer(unicode_form="NFKD"),
             Analyzer(ascii_fold=False), Analyzer(strip_accents=False), Analyzer(references=False, stem=False)]


@pytest.mark.parametrize("analyzer", ANALYZERS)
def test_words_of_letters_give_the_words_of_the_full_analysis(analyzer):
    letters = "abcdefghijklmnopqrstuvwxyzæøåABCÆØÅéü"
    rng = random.Random(7)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for word in [*words, *ASCII_WORDS, "mødested", "æøå", "Møde", "ø"]:
        assert analyzer.words(word) == analysis._tokens(analyzer._normalized(word), analyzer.references), word


@pytest.mark.parametrize("text", ["café", "Ærø", "§5", "stk2", "2000", "medlem_skab", "to ord", "møde2",
                                  "å\u030a", "", "ﬁnde"])
@pytest.mark.parametrize("analyzer", ANALYZERS)
def test_text_that_is_not_letters_alone_is_analysed_in_full(analyzer, text):
    assert analyzer.words(text) == analysis._tokens(analyzer._normalized(text), analyzer.references)
