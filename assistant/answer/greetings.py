"""The words a chat message greets with ("hej", "halløjsa", "yo", "hey"), one closed class.

Small talk (small_talk.py) tells a message that only greets by them; the wrappers (wrappers.py) take
a greeting that opens a question off by them. Kept here so both read the same words.
"""
from __future__ import annotations

# Danish and English greetings, the chat's slang ones too ("halløjsa", "hejsa", "yo", "hiya").
GREETINGS = frozenset("""hej hejsa hejhej hallo halløj halløjsa goddag goddaw godmorgen godaften godnat dav davs
    davsen mojn morn morgen aften hi hello hey eftermiddag godeftermiddag morning afternoon evening
    yo hiya heya""".split())
# Those that open a question only as a word of their own before a comma or "!" ("Morgen, …"): as a
# noun they may be what is asked about ("Aften-arrangementer", "morgen" in "i morgen").
GREETINGS_ALONE = GREETINGS - frozenset("morgen aften eftermiddag morning afternoon evening".split())
# Discourse markers that take up what was said before the question ("Okay tak. Og hvem …?", "Okay,
# and what …?", "Nå, men hvornår …?"): a closed class of spoken Danish and English, taken off only
# before a comma or a stop, or before thanks, "og"/"and", "men"/"but" or another of them ("ah okay, og …").
# The interjections of taking something in ("ah", "åh", "oh") are of the same class.
DISCOURSE_MARKERS = frozenset("ok okay okey alright super fint fedt perfekt cool nå nåh aha ah åh oh".split())
