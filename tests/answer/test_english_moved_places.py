"""A visitor asks in English whether Balance Danmark worked on "moving state jobs out of the capital".
The Om page says "udflytningen af statslige arbejdspladser": Danish names the movement particle first
("ud|flytning"), and the place moved out of is where the jobs were, not a thing the page must name, as
"ud af hovedstaden" is in a Danish question (asked_adverbials.moved_places). No dictionary holds
"capital" as "hovedstaden", so the question was declined as asking about a thing named nowhere, and
"moving" was searched as the noun "træk" (a move), not as the page's "udflytningen"."""
from __future__ import annotations

from assistant.answer.asked_adverbials import english_moved_places
from assistant.answer.compose import ask
from assistant.language import dictd
from assistant.language.english_phrases import moves_out, particle_after
from assistant.quality.evaluation import ranked_sources
from tests.support.language import require_debian_file

HISTORY = "udflytningen af statslige arbejdspladser"


def _move(word: str) -> list[str]:
    return ["flytte", "flytning"] if word in ("moving", "moved") else []


def test_the_place_jobs_are_moved_out_of_counts_only_where_the_material_names_the_movement():
    words = "did they work on moving state jobs out of the capital".split()
    assert english_moved_places(words, _move, lambda prefix: prefix == "udflyt") == {"capital"}
    assert english_moved_places(words, _move, lambda prefix: False) == set()
    assert english_moved_places("who lives in the capital".split(), _move, lambda prefix: True) == set()
    # A name stays a thing the material must name: "out of Copenhagen" is not the page's movement.
    named = "the report about moving state jobs out of Copenhagen".split()
    assert english_moved_places(named, _move, lambda prefix: prefix == "udflyt") == set()


def test_out_of_after_a_longer_object_is_still_the_verb_s_particle():
    words = "have they pushed for moving government jobs out of the capital".split()
    moving = words.index("moving")
    assert particle_after(words, moving) == "out" and moves_out(words, moving)
    # Without "of" after it, an object of two content words still ends the search for a particle.
    assert particle_after("moving government jobs out".split(), 0) is None


def test_a_visitor_asking_about_moving_state_jobs_out_of_the_capital_is_answered_from_the_history(bundled_index):
    require_debian_file(dictd.DICTD_DIR / f"{dictd.DANISH_ENGLISH}.index", "dict-freedict-dan-eng")
    answer = ask("Have they pushed for moving state jobs out of the capital?", bundled_index)
    assert answer.answered and HISTORY in answer.answer


def test_asking_how_many_jobs_were_moved_out_of_the_capital_is_still_declined(bundled_index):
    assert not ask("How many state jobs were moved out of the capital because of Balance Danmark?",
                   bundled_index).answered


def test_throwing_a_member_out_of_the_association_is_still_the_exclusion(association):
    # "out of" makes "out" the Danish verb's prefix ("udkaste" is not the statutes'), nothing more:
    # the phrasal verb's WordNet synonyms are read only next to the verb, as before.
    answer, sources = ranked_sources(association, "Who gets to throw somebody out of the association?")
    assert answer.answered and (sources[0].paragraph, sources[0].stk) == ("4", "3")
