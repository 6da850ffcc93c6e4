"""A time, month or price pattern tried only on texts holding one of its words gives the same
answers as the pattern tried everywhere, on every question and sentence, in any case."""
import functools
import re
import sys
from pathlib import Path

import pytest

from assistant.answer import (
    asked_measure,
    calendar_time,
    chat_speak,
    fact_kinds,
    gate_age,
    gate_agent,
    gate_clock,
    gate_comparison,
    gate_concrete,
    gate_count,
    gate_frequency,
    gate_group_price,
    gate_past_event,
    gate_person,
    gate_reason,
    gate_said_no,
    hedges,
    indirect_question,
    realised,
    sentence_lists,
    sentence_neighbours,
    set_aside,
    wrappers,
)
from assistant.answer.word_guard import GUARDABLE, UNLOWERED, guarded

GUARDED = [fact_kinds.PRICE_WORD, fact_kinds._MONTH, fact_kinds._RELATIVE_TIME, calendar_time._COMPOUND,
           wrappers._REQUEST, wrappers._PARTICLE, wrappers._JUST, wrappers._OPINION, wrappers._WANTS_TO_KNOW,
           wrappers._OTHERS_WISH, wrappers._TRAILING, hedges._ABOUT_THE_QUESTION,
           hedges._EXCUSE_OPENING, hedges._EXCUSE_CLOSING, hedges._HEDGE_BEFORE, realised._ALREADY,
           # The question patterns tried at every position of every question (runde seksogtyve).
           fact_kinds._SUPERLATIVE_DA, fact_kinds._SUPERLATIVE_EN, gate_concrete._TAKES_PART,
           gate_concrete._CONCRETELY, chat_speak._YOUR, gate_agent._ASKS_WHO, gate_comparison._COMPARES,
           asked_measure._SHARE, gate_past_event._ASKS_WHEN_PAST, gate_age._ASKS_AGE, gate_clock._ASKS_CLOCK,
           hedges._GUESS, hedges._FILLER, sentence_neighbours._AT_THE_TIME_OF, sentence_neighbours._ASKS_GOAL,
           gate_frequency._ONLY_HOW_OFTEN, fact_kinds._ASKS_PERSON, fact_kinds._ASKS_YEAR, gate_person._ASKS_PERSON,
           gate_reason.ASKS_REASON, gate_group_price._ASKS_PRICE_OR_DISCOUNT, asked_measure._DEADLINE_WORDS,
           sentence_lists._ASKS_WAY,
           # Tried on every question or every weighed passage and rarely matching (runde enogfyrre).
           gate_said_no._ASKS_REFUSAL, gate_count._DURATION, gate_count._SHARE, sentence_neighbours._AT_THE_TIME_OF_NAME,
           gate_clock._START_BOUNDARY, set_aside._FRAME, indirect_question._VERB_LAST, fact_kinds._ASKS_PLACE]
ROOT = Path(__file__).resolve().parents[2]


def texts() -> list[str]:
    questions = [line.split("\t")[0] for f in sorted((ROOT / "tests/data/realistic").glob("*.tsv"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    material = [line for f in [*(ROOT / "corpus").glob("*.json"), *(ROOT / "tests/data/statutes").glob("*.html"),
                               *(ROOT / "tests/data/publication").glob("*.md")]
                for line in f.read_text(encoding="utf-8").splitlines()]
    edges = ["Hvad koster det?", "KONTINGENTET", "i Januar", "SENEST EN UGE FØR", "kalenderÅret",
             # The Angstrom and Kelvin signs, which re and str.lower() both take for "å" and "k".
             "kalender\u212bret", "\u212aontingent",
             "Kontingent betales årligt", "sKr.", "et ſtraks", "prıs", "PRİS", "",
             "Hej! Kan du lige fortælle mig, hvad I mener om det? Undskyld", "Jeg har lige læst, hvad I egentlig ſynes",
             "Kan du forklare det kort?", "ifoelge jer", "Sorry, but", "Det er måske et dumt spørgsmål, men hvad koster det?",
             "Er træerne ALLEREDE plantet?", "Jeg ved ikke. Hvem er formand?",
             "Hvad er det STØRSTE projekt?", "WHO leads it", "how old must one be, i guess?", "whats ur view",
             "Hvornår BLEV I stiftet?", "hvem har skrevet den, da I skiftede navn?", "50 %", "kinda curious",
             "Hvor mange SVAREDE nej?", "i tre uger", "En Tredjedel", "Ud over banken, hvem ellers?",
             "fra hvilket TIDSPUNKT?", "Ved du, hvad kassereren hedder?", "Hvor ligger kontoret?", "ud ſſ over"]
    return questions + material + edges


def span(found: re.Match | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_a_text_without_the_words_is_not_searched():
    month = guarded(fact_kinds._MONTH.pattern)
    assert "januar" in month.words and "marts" in month.words
    assert not month.may_match("Hvad koster et medlemskab?")
    assert month.search("Hvad koster et medlemskab?") is None
    assert month.may_match("Mødet er i MARTS") and month.search("Mødet er i MARTS")[0] == "MARTS"
    # From a position: only the words after it count ("marts" before it finds nothing after it).
    assert month.search("I marts og igen senere?", 8) is None
    assert month.search("I marts og igen i maj?", 8)[0] == "maj"


@functools.cache
def variants() -> tuple[str, ...]:
    """Every text as written, upper-cased and title-cased, each distinct string once: a string met
    twice (a question in several sets, a heading in the material) is answered the same both times."""
    return tuple(dict.fromkeys(v for text in texts() for v in (text, text.upper(), text.title())))


@pytest.mark.parametrize("guard", GUARDED, ids=lambda g: "-".join(g.words[:2]))
def test_the_guarded_pattern_answers_as_the_pattern_on_every_text(guard):
    for variant in variants():
        if guard.pattern.search(variant) is None:
            # The pattern matches nowhere in the text, so from no position either (a search from a
            # position tries the same places with the same look-behind, and "^" only at the real
            # start): everything the guard says must then be "no match".
            assert guard.search(variant) is None, variant
            assert not list(guard.finditer(variant)) and guard.match(variant) is None, variant
            assert guard.sub(r" \g<0>|", variant) == variant, variant
            assert all(guard.search(variant, pos) is None
                       for pos in (1, len(variant) // 2, max(0, len(variant) - 12))), variant
        else:
            assert guard.search(variant), variant
            assert [m.span() for m in guard.finditer(variant)] == [m.span() for m in guard.pattern.finditer(variant)]
            assert bool(guard.match(variant)) == bool(guard.pattern.match(variant)), variant
            assert guard.sub(r" \g<0>|", variant) == guard.pattern.sub(r" \g<0>|", variant), variant
            # From a position, as a closing is searched in the text's tail (wrappers._cut_end).
            for pos in (1, len(variant) // 2, max(0, len(variant) - 12)):
                assert span(guard.search(variant, pos)) == span(guard.pattern.search(variant, pos)), (variant, pos)


def test_the_letters_re_folds_but_lower_does_not_are_searched_in_full():
    price = fact_kinds.PRICE_WORD
    for text in ("et ſtraks", "prıs", "PRİS"):
        assert price.may_match(text) or not price.pattern.search(text)
    assert fact_kinds._RELATIVE_TIME.search("ſtraks") is not None       # re takes "ſ" for "s"


def test_only_the_listed_characters_match_a_guardable_letter_without_lowering_to_it():
    letters = sorted(c for c in GUARDABLE if c.isalpha() and c == c.lower())
    any_letter = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    folded_apart = {c for c in map(chr, range(sys.maxunicode + 1)) if any_letter.fullmatch(c)
                    and any(c.lower() != x for x in letters if re.fullmatch(re.escape(x), c, re.IGNORECASE))}
    assert folded_apart == set(UNLOWERED)


def test_a_pattern_without_a_word_every_match_holds_is_refused():
    with pytest.raises(ValueError, match="ingen ord"):
        guarded(re.compile(r"\d+|\bto\b|[a-z]+"))
    with pytest.raises(ValueError, match="ingen ord"):
        guarded(re.compile(r"\bkrone\b|\d"))


def test_the_words_are_read_through_groups_alternatives_and_repeats():
    assert guarded(re.compile(r"\b(?:hva[d]? (?:for en )?tid|what time)\b")).words == ("hva", "what time")
    assert guarded(re.compile(r"(?:ab)+cd?|x(?:yz){2}")).words == ("ab", "yz")
    assert guarded(re.compile(r"Dage|dagen|DAG", re.IGNORECASE)).words == ("dag",)
