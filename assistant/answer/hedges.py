"""A chat's own punctuation and hedges: emoji that end a sentence, and doubts about the asking itself.

In a chat an emoji often stands where a full stop would ("Jeg sidder i teknisk udvalg 🙂 Hvor meget
…?"); read as a word it glues the asker's situation to the question. And people hedge before or
after what they ask ("Jeg ved ikke, om du kan svare på det, men …", "… sorry for the stupid
question"): the hedge speaks about the asking or the asker's language, never about a topic. Each
form is a phrase of conversation, not of any material, and a test shows each one.
"""
from __future__ import annotations

import re

from .chat_speak import written_out
from .word_guard import guarded

_FLAGS = re.IGNORECASE
_SPELLINGS = {"æ": "(?:æ|ae|a)", "ø": "(?:ø|oe|o)", "å": "(?:å|aa|a)"}


def compile_danish(pattern: str, flags: int = _FLAGS) -> re.Pattern:
    """The pattern compiled to match its Danish letters also as typed without them ("pa", "maa")."""
    return re.compile(re.sub("[æøå]", lambda m: _SPELLINGS[m.group()], pattern), flags)


# Emoji (the pictographic blocks, with their variation selectors and joiners) and the common
# text smileys. A run of them between words is read as the end of a sentence.
EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff](?:[\ufe0f\u200d]*[\u2600-\u27bf\U0001f300-\U0001faff])*\ufe0f?"
_SMILEY = r"(?<!\w)[:;]-?[()DPp](?!\w)"
_MARK_BETWEEN = re.compile(rf"[ \t]*(?:{EMOJI}|{_SMILEY})(?:\s*(?:{EMOJI}|{_SMILEY}))*(?P<after>\s+|$)")


def emoji_as_stops(message: str) -> str:
    """The message with each run of emoji or smileys read as a full stop (or dropped at its start or
    after a sentence's own stop): "Hej 👋 jeg er ny" -> "Hej. jeg er ny"."""
    def stop(match: re.Match) -> str:
        before = message[:match.start()].rstrip()
        if not before or before[-1] in ".!?:,;–-":
            return " " if match.group("after") else ""
        return "." + (" " if match.group("after") else "")
    return _MARK_BETWEEN.sub(stop, message).strip()


# What the asking itself is hedged with, before the question: a doubt whether the assistant can
# answer ("Jeg ved ikke, om du kan svare på det, men …", "I don't know if you can help, but …"), a
# question called silly ("Det er nok et dumt spørgsmål, men …"), an excuse for one's language
# ("Sorry for my Danish", "Undskyld mit dårlige dansk").
_HEDGES = (
    r"(?:jeg|vi)\s+(?:ved|er)\s+ikke(?:\s+(?:helt|sikker|sikre))?(?:\s+på)?,?\s+om\s+(?:du|i|man|jeg|vi)\s+"
    r"(?:kan|må|kunne)\s+(?:svare|hjælpe|spørge)(?:\s+(?:mig|os|dig|jer))?(?:\s+(?:på|med|om)\s+(?:det|dette|den|noget))?",
    # … or too big for a short answer: "Et stort spørgsmål måske, men …".
    r"(?:det\s+er\s+)?(?:(?:måske|nok|sikkert|muligvis)\s+)?(?:et|en)\s+(?:dumt|dum|fjollet|mærkeligt|underligt"
    r"|stort|svært|naivt)\s+(?:spørgsmål|spm)(?:\s+(?:måske|nok|muligvis))?",
    r"(?:undskyld|sorry),?\s+hvis\s+(?:det\s+er\s+)?(?:et\s+)?(?:dumt|fjollet)\s+(?:spørgsmål|spm)",
    r"(?:i\s+(?:don'?t|do\s+not)\s+know|(?:i'?m\s+)?not\s+sure)\s+(?:if|whether)\s+you\s+can\s+(?:answer|help)"
    r"(?:\s+(?:me|us|with))?(?:\s+(?:this|that|it))?",
    # Whether this is the place to ask: "Jeg ved ikke, om det er det rigtige sted at spørge, men …".
    r"(?:(?:jeg|vi)\s+(?:ved|er)\s+ikke(?:\s+(?:helt\s+)?sikker)?(?:\s+på)?,?\s+om\s+det\s+er\s+(?:det\s+)?(?:rette|rigtige)|"
    r"(?:i\s+(?:don'?t|do\s+not)\s+know|(?:i'?m\s+)?not\s+sure)\s+if\s+this\s+is\s+the\s+right)"
    r"\s+(?:sted|place)(?:\s+(?:at\s+spørge|to\s+ask))?",
    r"(?:this\s+is\s+|it'?s\s+)?(?:(?:maybe|probably|perhaps)\s+)?(?:an?\s+)?(?:stupid|silly|dumb|big|tough|naive)"
    r"\s+question(?:\s+(?:maybe|perhaps))?",
    # The same apology for a question taken to be obvious: "Sorry if this is obvious, but …".
    r"(?:sorry|apologies),?\s+if\s+(?:this|that|it)\s+(?:is|sounds|seems)\s+(?:(?:a\s+bit|really|very|pretty|too)\s+)?"
    r"(?:an?\s+)?(?:obvious|basic|simple|silly|stupid|dumb|naive)(?:\s+question)?",
)
_HEDGE_BEFORE = guarded(compile_danish(
    rf"(?:^|(?<=[.!?:]\s))(?:{'|'.join(_HEDGES)})(?:\s*[,–-]*\s*(?:men|but)\b|\s*[.!:]+)[\s,]*"))
# An excuse for one's language, or for asking, as a sentence of its own at the start or the end.
_EXCUSE = (r"(?:sorry|excuse\s+me|undskyld)\s+(?:for\s+)?(?:my|mit|min)\s+(?:bad\s+|poor\s+|dårlige\s+)?"
           r"(?:danish|english|dansk|engelsk|stavning|spelling)"
           r"|(?:sorry|undskyld)\s+(?:for\s+)?(?:the|this|a|det|mit|et)\s+(?:stupid|silly|dumb|dumme|fjollede|dumt)"
           r"\s+(?:question|spørgsmål)")
_EXCUSE_OPENING = guarded(compile_danish(rf"^\s*(?:{_EXCUSE})[\s,.!:;–-]*"))
_EXCUSE_CLOSING = guarded(compile_danish(rf"(?:^|(?<=[\s,;–.!?-]))(?:{_EXCUSE})[\s.!]*$"))


# Spoken English's hedging fillers, words of no topic in any use: "kinda", "sorta" ("Sorry, kinda
# random, but …", "I guess my question is kinda simple"). "kind of" and "sort of" stay: "what kind
# of projects" asks for a kind.
_FILLER = guarded(re.compile(r"(?<![\w'-])(?:kinda|sorta)(?![\w'-])\s*", _FLAGS))
# Discourse markers that only say the question comes by the way ("Hvad laver I forresten?", "What do
# you do, by the way?", "btw"): words of no topic in any use; the comma that sets them off goes too.
_BY_THE_WAY = guarded(re.compile(r"\s*[,;]?\s*(?<![\w'-])(?:by\s+the\s+way|btw|forresten)(?![\w'-])[\s,]*", _FLAGS))
# "I guess" / "I suppose" said about the asking, not about a topic: as an aside between commas or
# dashes or at the end ("Quick one, I guess: …", "…, I guess?"), or opening the visitor's words about
# the question ("I guess my question is …", "I guess I'm wondering …"). A guess with its content
# ("I guess in Vejle?") is what the visitor asks to have checked and stays.
_GUESS = guarded(re.compile(r"\s*[,;]\s*i\s+(?:guess|suppose)(?=\s*(?:[,:;–—?.!-]|$))"
                    r"|^\s*(?:so,?\s+)?i\s+(?:guess|suppose)\s+(?=(?:my\s+question|i'?m|i\s+am|i\s+was|this\s+is|it'?s)\b)",
                    _FLAGS))
# The question called simple, random or odd by the visitor, before it: "my question is simple: …",
# "Sorry, random, but …", "Curious – when …?": it speaks about the asking.
_ABOUT_THE_QUESTION = guarded(re.compile(
    r"(?:^|(?<=[.!?:,]\s))(?:(?:my|the)\s+question\s+is\s+(?:(?:probably|maybe|pretty|a\s+bit|really)\s+)?"
    r"(?:simple|easy|dumb|silly|stupid|basic|weird|odd|random|short)"
    r"|(?:(?:this\s+is|it'?s)\s+)?(?:(?:a\s+bit|totally|slightly)\s+)?random(?:\s+question)?"
    r"|(?:i'?m\s+)?(?:just\s+|really\s+|a\s+bit\s+)?curious)"
    r"(?:\s*,?\s*but\b|\s*[:–—-]+)[\s,]*", _FLAGS))


def without_hedges(message: str) -> str:
    """The message without its hedges of the asking: before the question and as a closing."""
    text = _BY_THE_WAY.sub(" ", _GUESS.sub("", _FILLER.sub("", written_out(message)))).strip()
    # In the middle of a message the hedge stands where the visitor's story ends and the question
    # begins ("I'm an architect in Aarhus, kinda curious – how big …?"): a dash is left there, so the
    # story is read as the scene, not as part of the question (message_clauses.split_context).
    text = _ABOUT_THE_QUESTION.sub(_story_ends, text)
    text = _EXCUSE_OPENING.sub("", text, count=1)
    text = _HEDGE_BEFORE.sub("", text)
    text = re.sub(r",\s*\x00", " – ", text).replace("\x00", "")
    return _EXCUSE_CLOSING.sub("", text).rstrip(" ,;:–-")


def _story_ends(hedge: re.Match) -> str:
    """What a hedge about the question leaves: nothing at the message's start or after a sentence's
    end, a dash after the comma that closes the visitor's story (the comma itself goes with it)."""
    return "\x00" if hedge.string[:hedge.start()].rstrip().endswith(",") else ""
