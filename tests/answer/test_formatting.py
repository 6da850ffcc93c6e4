"""The one formatter: the sentences an answer chose, told plainly or quoted with their § named."""
from assistant.answer.formatting import formatted, reference_answer, reference_missing
from assistant.answer.result import Answer
from assistant.answer.retrieve import Hit
from assistant.documents import Chunk, StatuteRecord
from assistant.statutes.references import ParagraphRef

CONTACT = "https://groenne-byer.example/kontakt"
STATUTES = "Vedtægter for Foreningen Grønne Byer"
MEMBERSHIP = "Alle der bor i en by kan blive medlem. Stk. 2. Kontingentet er 150 kr. om året."


def _page_hit(chunk_id: int, text: str, score: float = 4.0) -> Hit:
    chunk = Chunk(doc_url=f"https://groenne-byer.example/side{chunk_id}", title="Om Grønne Byer",
                  heading="Hvem er vi", anchor="", text=text,
                  url=f"https://groenne-byer.example/side{chunk_id}#hvem")
    return Hit(chunk_id, score, chunk, frozenset({"by"}), 1.0)


def _statute_hit(chunk_id: int, title: str = STATUTES, doc: str = "vedtaegter") -> Hit:
    stk2 = MEMBERSHIP.index("Kontingentet")
    record = StatuteRecord(title="Medlemmer", stks=(("1", 0, stk2 - len("Stk. 2. ") - 1),
                                                    ("2", stk2, len(MEMBERSHIP))),
                           adopted="12. marts 2019")
    chunk = Chunk(doc_url=f"https://groenne-byer.example/{doc}", title=title, heading="§ 3 Medlemmer",
                  anchor="p3", text=MEMBERSHIP, url=f"https://groenne-byer.example/{doc}#p3",
                  paragraph="3", statute=record)
    return Hit(chunk_id, 5.0, chunk, frozenset({"kontingent"}), 1.0)


def _never_picked(hit: Hit):
    raise AssertionError("no other passage should be read")


def test_sentences_from_a_page_are_told_plainly_each_with_its_source_number():
    first = _page_hit(1, "Grønne Byer arbejder for flere træer i byerne.")
    second = _page_hit(2, "Foreningen blev stiftet i Odense.", score=3.0)
    chosen = [(first, "Grønne Byer arbejder for flere træer i byerne.", 0),
              (second, "Foreningen blev stiftet i Odense.", 0)]

    answer = formatted("Hvad laver Grønne Byer?", chosen, 4.0, CONTACT, [first, second], _never_picked, 3)

    assert answer.answered
    assert answer.answer == ("Grønne Byer arbejder for flere træer i byerne. [1] "
                             "Foreningen blev stiftet i Odense. [2]")
    assert "»" not in answer.answer
    assert [c.n for c in answer.citations] == [1, 2]
    assert answer.citations[1].quoted == "Foreningen blev stiftet i Odense."


def test_a_sentence_from_the_statutes_is_quoted_with_its_paragraph_stk_and_date():
    hit = _statute_hit(7)
    chosen = [(hit, "Kontingentet er 150 kr. om året.", 2)]

    answer = formatted("Hvad koster det at være medlem?", chosen, 5.0, CONTACT, [hit], _never_picked, 3)

    assert answer.answer == (f"{STATUTES}, § 3, stk. 2 (Medlemmer): »Kontingentet er 150 kr. om året.« [1] "
                             "(Vedtægterne er vedtaget 12. marts 2019.)")
    assert answer.citations[0].paragraph == "3"
    assert answer.citations[0].stk == "2"


def test_another_bodys_statutes_that_answer_as_fully_are_quoted_too():
    ours = _statute_hit(7)
    theirs = _statute_hit(8, title="Vedtægter for Ungdomsforeningen Grønne Byer", doc="unge")
    asked_for: list[Hit] = []

    def pick(hit):
        asked_for.append(hit)
        return [(hit, "Kontingentet er 150 kr. om året.", 2)]

    answer = formatted("Hvad er kontingentet?", [(ours, "Kontingentet er 150 kr. om året.", 2)], 5.0,
                       CONTACT, [ours, theirs], pick, 3)

    assert asked_for == [theirs]
    assert [c.title for c in answer.citations] == [STATUTES, "Vedtægter for Ungdomsforeningen Grønne Byer"]
    assert answer.answer.count("»Kontingentet er 150 kr. om året.«") == 2


def test_statute_sentences_that_are_only_a_stk_label_leave_nothing_to_quote_and_decline():
    hit = _statute_hit(7)

    answer = formatted("Stk. 2?", [(hit, "Stk. 2.", 1)], 5.0, CONTACT, [hit], _never_picked, 3)

    assert not answer.answered
    assert CONTACT in answer.answer


def test_a_named_paragraph_is_quoted_whole_and_a_missing_stk_is_said_beside_it():
    hit = _statute_hit(7)

    whole = reference_answer("Hvad står der i § 3?", ParagraphRef("3"), [hit])
    missing = reference_answer("Hvad står der i § 3, stk. 5?", ParagraphRef("3", "5"), [hit])

    assert whole.answered
    assert whole.answer.startswith(f"{STATUTES}, § 3 (Medlemmer): »{MEMBERSHIP}« [1]")
    assert not missing.answered
    assert missing.answer.startswith(f"{STATUTES}, § 3 har intet stk. 5 (den har stk. 1, 2).")


def test_a_decline_to_a_question_naming_a_paragraph_says_which_one_is_missing():
    decline = Answer(question="Hvad siger § 9, stk. 2?", answered=False, answer="Kontakt os.")

    told = reference_missing(decline, ParagraphRef("9", "2"))

    assert told.answer == "Jeg kan ikke finde § 9, stk. 2 i vedtægterne. Kontakt os."
