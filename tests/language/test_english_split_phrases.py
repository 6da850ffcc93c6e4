"""A parent asks "Can I sign my daughter up?": the glossary's "sign up" is the statutes'
"Indmeldelse", but with its object between verb and particle it was read word by word, and "sign"
is the statutes' "tegnes" (who signs for the association, § 9). A phrase the dictionaries hold is
read around its object as next to it (english_phrases.particle_verb)."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish
from assistant.language.english_phrases import PHRASE


def _mapper() -> EnglishToDanish:
    return EnglishToDanish({"indmeldelse", "tegnes", "datter"}, glossary={"sign up": ["indmeldelse"]},
                           eng_dan={}, dan_eng={"tegne": ["sign", "draw"], "datter": ["daughter"]},
                           neighbours={"eng-nor": {}, "eng-swe": {}}, synonyms=None)


def test_sign_my_daughter_up_is_joining_not_signing_for_the_association():
    translated = _mapper().translate("can i sign my daughter up".split())
    assert ("sign up", ("indmeldelse",), PHRASE) in [(t.english, t.danish, t.source) for t in translated]
    assert "tegnes" not in {d for t in translated for d in t.danish}


def test_next_to_its_verb_the_phrase_is_the_glossarys_as_before():
    assert _mapper().to_danish("can i sign up".split()) == ["indmeldelse"]


def test_a_verb_whose_phrase_no_dictionary_holds_keeps_its_own_word():
    assert "tegnes" in _mapper().to_danish("can i sign my daughter in".split())
