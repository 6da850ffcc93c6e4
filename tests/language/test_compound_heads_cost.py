"""A word no index term ends with is answered from the binary search alone: a question's words and
their derivations are asked for compounds they head, and most head none (runde seksogtyve)."""
from assistant.language.compound_heads import MIN_KNOWN_HEAD, compounds_with_head, reversed_vocabulary
from tests.support.slices import CountedSlices, MeasuredSlices


def test_a_word_that_ends_no_term_takes_no_copy_of_the_vocabulary():
    backwards = CountedSlices(reversed_vocabulary(["lommepark", "parkering", "bytræer", "træer", "zoologisk"]))
    assert compounds_with_head("kontingent", backwards, MIN_KNOWN_HEAD) == []
    assert compounds_with_head("zzzzz", backwards, MIN_KNOWN_HEAD) == []   # past the last term
    assert backwards.copies == 0
    assert compounds_with_head("park", backwards, MIN_KNOWN_HEAD) == ["lommepark"]
    assert backwards.copies == 1


def test_the_word_itself_alone_in_the_vocabulary_is_no_compound():
    backwards = CountedSlices(reversed_vocabulary(["plan", "planer", "handlingsplan"]))
    assert compounds_with_head("plan", backwards, MIN_KNOWN_HEAD) == ["handlingsplan"]
    assert compounds_with_head("planer", backwards, MIN_KNOWN_HEAD) == []


def _scanned(term: str, backwards: list[str], min_head: int) -> list[str]:
    """The reading before runde seksogtredive: up to MAX_SCAN terms after the first, one by one."""
    from assistant.language.compound_heads import MAX_HEADS, MAX_SCAN, MIN_MODIFIER
    key = term[::-1]
    start = next((i for i, t in enumerate(backwards) if t >= key), len(backwards))
    found = []
    for candidate in backwards[start:start + MAX_SCAN]:
        if not candidate.startswith(key):
            break
        if len(candidate) - len(key) >= MIN_MODIFIER:
            found.append(candidate[::-1])
    return sorted(found, key=lambda t: (len(t), t))[:MAX_HEADS] if len(term) >= min_head else []


def test_a_head_copies_only_the_terms_it_ends():
    # "park" ends one term; read backwards, hundreds of others follow it ("kraq…": "…qark").
    others = [f"{a}{b}{c}qark" for a in "abcdefgh" for b in "abcdefgh" for c in "abcdefgh"]
    terms = ["lommepark", "byparkering", *others]
    backwards = MeasuredSlices(reversed_vocabulary(terms))
    assert compounds_with_head("park", backwards, MIN_KNOWN_HEAD) == ["lommepark"]
    assert backwards.copied == [1]


def test_the_compounds_found_are_the_ones_the_scan_found():
    # Heads with more compounds than MAX_HEADS, ties in length, a modifier too short, the last term.
    terms = ["plan", "handlingsplan", "lokalplan", "kommuneplan", "sektorplan", "boligplan", "byplan",
             "klimaplan", "skoleplan", "vejplan", "aftaleplan", "zzzplan", "parkering", "lommepark",
             "naturpark", "stat", "velfærdsstat", "retsstat", "bystat", "zoologisk"]
    backwards = reversed_vocabulary(terms)
    for term in ("plan", "park", "stat", "logisk", "zoologisk", "ering", "pla", "zzz"):
        for min_head in (3, MIN_KNOWN_HEAD, 5):
            assert compounds_with_head(term, backwards, min_head) == _scanned(term, backwards, min_head), term
