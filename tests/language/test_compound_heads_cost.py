"""A word no index term ends with is answered from the binary search alone: a question's words and
their derivations are asked for compounds they head, and most head none (runde seksogtyve)."""
from assistant.language.compound_heads import MIN_KNOWN_HEAD, compounds_with_head, reversed_vocabulary


class CountedSlices(list):
    """A backwards vocabulary that counts the copies taken of it."""

    def __init__(self, *args):
        super().__init__(*args)
        self.copies = 0

    def __getitem__(self, item):
        if isinstance(item, slice):
            self.copies += 1
        return super().__getitem__(item)


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
