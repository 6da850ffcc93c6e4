"""Chatty wrappers around a question ("Hej, jeg undrer mig over …, kan du hjælpe mig?") taken off.

People wrap a question in greetings, thanks and requests. Their words carry no topic, yet as query
terms they rank passages that happen to use them and, being absent from the material, count
against the answer. These are phrases of Danish (and English) conversation, not of any material:
each pattern is a whole discourse phrase, never a topic word, and a test shows each one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .asides import without_aside
from .claim_check import checked_claim
from .conditional_request import without_conditional_request
from .greetings import DISCOURSE_MARKERS, GREETINGS_ALONE
from .hearsay import CHECKS, without_hearsay
from .hedges import compile_danish as _compile
from .hedges import emoji_as_stops, without_hedges
from .not_knowing import without_not_knowing
from .one_space import one_space
from .reporter_place import without_subjects_place
from .request_phrases import IMPERATIVES as _IMPERATIVES
from .request_phrases import REQUESTS as _REQUESTS
from .word_guard import GuardedPattern, guarded

_FLAGS = re.IGNORECASE
# Without æ/ø/å people write ae/oe/aa or a/o/a ("maa jeg sporge"): matched in every spelling (hedges.compile_danish).

_MARKERS = "|".join(sorted(DISCOURSE_MARKERS, key=len, reverse=True))
_GREETING = (r"(?:hallo|halløj|goddag|god\s*(?:morgen|dag|eftermiddag|aften)|davs?|greetings|howdy"
             # A word that calls for the reader's attention before a comma ("Du, …", "Sig mig, …", "Hør her, …").
             r"|(?:du|sig\s+mig|hør(?:\s+(?:her|lige))?)(?=\s*,)"
             r"|good\s+(?:morning|afternoon|evening|day)"
             # A greeting with whom it greets: "Hej igen", "Hi all", or a name before a comma ("Hi Anna,").
             r"|(?:hej(?:sa)?|hi|hello|hey)(?:\s+(?:igen|again|med\s+(?:dig|jer)|alle(?:\s*sammen)?|there|all|everyone"
             r"|guys|folks|team)|(?-i:(?:\s+[A-ZÆØÅ][\w-]*){1,3})(?=\s*[,!]))?"
             # A wish for the reader's health before the question: "Hope you're well."
             r"|(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|all\s+is|this\s+(?:finds\s+you|is\s+the\s+right))\s[^.!?]*[.!]"
             r"|dear\s+sir(?:\s+or\s+madam)?|to\s+whom\s+it\s+may\s+concern"
             r"|undskyld(?:\s+(?:mig|forstyrrelsen))?(?:,?\s+(?:at\s+)?jeg\s+(?:spørger|forstyrrer)(?:,?\s+men)?)?"
             # The apology for the question itself: "Undskyld, hvis det er et dumt spørgsmål, men …".
             r"(?:,?\s+hvis\s+det\s+er\s+et\s+(?:\w+\s+)?spørgsmål(?:,?\s+men)?)?"
             r"|sorry(?:\s+to\s+(?:bother|disturb|bug|trouble|pester|interrupt)\s+you(?:\s+again)?|\s+if\s+this\s+is\s+a\s+(?:\w+\s+)?question)?(?:,?\s+but)?"
             r"|excuse\s+me(?:,?\s+but)?"
             # A letter's salutation with the name it is addressed to ("Kære Grønne Byer,").
             r"|(?:kære|dear)(?-i:(?:\s+[A-ZÆØÅ][\w-]*){0,3})"
             # A chat's label or announcement before the question ("Spørgsmål: …", "Random question:",
             # "Quick one before I forget –", "Et spørgsmål mere om [jeres historie]."), perhaps with what
             # it is about; two describing words at most, never a question word ("Hvilket spørgsmål: …").
             r"|(?:(?:lidt\s+af\s+|(?:a\s+)?bit\s+of\s+)?(?:et|en|a|one)\s+)?"
             r"(?:(?:(?!hv|wh)[^\W\d_]+\s+){0,2}(?:spørgsmål|spm|question|q)|(?:(?!hv|wh)[^\W\d_]+\s+){1,2}one)"
             r"(?:\s+(?:mere|igen|more|again|maybe|måske))?(?:\s+(?:before\s+i\s+forget|inden\s+jeg\s+glemmer\s+det))?"
             r"(?:(?=\s*[:–—-]\s|\s*[.!]\s|,\s*(?:men|but)\s)|\s+(?:om|angående|about|regarding)(?=\s))"
             # A greeting word alone before a comma or "!" ("Halløjsa!", "Yo, …"): greetings.py.
             rf"|(?:{'|'.join(sorted(GREETINGS_ALONE, key=len, reverse=True))})(?=\s*[,!.])"
             rf"|(?:{_MARKERS})(?=\s*[,!.]|\s+(?:tak|thanks?|og|and|men|but|{_MARKERS})\b))")
_THANKS = (  # first a whole sentence of thanks before the question: "Tak for et godt svar tidligere."
           r"(?:(?:tusind|mange)\s+)?tak\s+for\s+[^.!?]*[.!]|thanks?\s+(?:you\s+)?for\s+[^.!?]*[.!]"
           r"|(?:(?:tusind|mange)\s+)?tak(?:\s+for\s+(?:hjælpen|svaret|det|sidst))?"
           r"(?:\s+indtil\s+videre)?|thanks|thank\s+you|thx|thanx|tnx")
# A closing request or thanks after the question ("…, kan du hjælpe mig?", "… på forhånd tak").
# Each closing starts where a word starts after a separator: tried at every position with the
# separators in front, these patterns cost three times as much.
_TRAILING = guarded(_compile(r"(?:^|(?<=[\s,;:–—-]))"
                     r"(?:(?:kan|kunne)\s+(?:du|i|nogen)\s+hjælpe(?:\s+(?:mig|os))?(?:\s+med\s+det)?"
                       r"|(?:jeg|vi)\s+håber,?\s+(?:at\s+)?(?:du|i)\s+kan\s+(?:hjælpe|svare)(?:\s+(?:mig|os))?"
                       r"|hvis\s+(?:du|i)\s+ved\s+det"
                       # Leave to ask, after the question: "…, if you don't mind me asking?", "…, hvis jeg må spørge?".
                       r"|if\s+(?:you\s+don'?t\s+mind\s+(?:me\s+|my\s+)?asking|i\s+may\s+ask)|hvis\s+jeg\s+(?:lige\s+)?må\s+(?:lige\s+)?spørge"
                       # A check of what the message claims: "… – passer det?", "…, er det rigtigt?".
                       rf"|(?:{CHECKS})"
                       r"|(?:på\s+forhånd\s+)?(?:(?:mange|tusind)\s+)?tak(?:\s+på\s+forhånd|\s+for\s+hjælpen)?"
                       r"|can\s+you\s+help(?:\s+me)?|(?:i\s+)?hope\s+(?:you\s+can\s+help(?:\s+(?:me|us))?"
                       r"|to\s+hear\s+from\s+you(?:\s+soon)?)|looking\s+forward\s+to\s+(?:hearing\s+from\s+you|your\s+\w+)"
                       r"|(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?just\s+(?:curious|asking|wondering)|(?:jeg\s+er\s+)?bare\s+nysgerrig|much\s+appreciated|(?:i\s+)?appreciate\s+it|tia"
                       r"|(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:in\s+advance|a\s+lot|so\s+much|very\s+much|heaps))?"
                       r"(?:\s+for\s+(?:your|the|any)\s+help)?|thx|thanx|tnx)"
                       # A thanks joined to a closing already cut: "Thanks and [have a nice day]".
                       r"(?:,?\s+(?:og|and))?\s*[?.!]*\s*$", _FLAGS))
# A question tag after a comma only asks the reader to confirm the question before it ("…, eller
# hvad?", "…, ikke?", "…, right?", "…, or not?", "…, do you know?"): a closed class of the grammar.
# Its question mark stays: the question before it is still a question (message_clauses.py).
_TAG = _compile(r"\s*,\s*(?:eller\s+hvad|ikke(?:\s+(?:sandt|også))?|vel|right|or\s+not|(?:do\s+)?you\s+know)"
                r"(?=\s*\?+\s*$)", _FLAGS)
# A pro-form question after what it stands for ("…, om I holder med et parti. Gør I det?", "…, må jeg
# det?", "… Do you?"): a verb, its subject and "det"/"so" only, asking whether the clause before holds,
# as a check does, or whether the assistant knows it ("…, hvem der skriver under – ved du det?"). The
# clause before is what is asked.
_PRO_FORM = _compile(r"(?<=\w)(?:[.,;]|\s[-–])\s+(?:(?:gør|gjorde|er|var|har|kan|må|vil|skal|ved)\s+"
                     r"(?:i|jeg|vi|man|de|den|du)(?:\s+(?:egentlig|virkelig))?\s+det|(?:do|does|did|are|is|can)\s+(?:you|they|it|we)(?:\s+really)?)"
                     r"\s*\?+\s*$", _FLAGS)
# A letter's closing after the question: a closing formula of Danish or English letters, then
# perhaps the writer's name ("… Mvh Hanne", "… Kind regards, Peter"). The formulas are a closed
# class of letter writing; the name is one or two capitalised words and nothing else may follow.
_CLOSING = (r"m\.?\s?v\.?\s?h\.?|vh|kh|bh|(?:med\s+)?(?:venlig(?:st)?|kærlig|mange)\s+hils(?:en(?:er)?|ner)"
            r"|(?:de\s+)?bedste\s+hilsner|(?:with\s+)?(?:(?:kind|best|warm)(?:est)?\s+)?regards"
            r"|(?:best|warm|kind)(?:est)?\s+wishes|all\s+the\s+best"
            r"|(?:yours\s+)?sincerely|yours(?:\s+(?:truly|faithfully))?(?=,)|cheers"
            r"|have\s+a\s+(?:nice|great|good|lovely)\s+(?:day|weekend)|greetings(?=,)"
            r"|ha(?:v|')?\s+en\s+(?:god|dejlig|rigtig\s+god)\s+(?:dag|weekend|aften)"
            # Thanks that sign the message, with the name after a comma ("På forhånd tak, Jens").
            r"|(?:(?:på\s+forhånd\s+)?(?:(?:mange|tusind)\s+)?tak(?:\s+på\s+forhånd)?"
            r"|(?:(?:many\s+)?thanks|thank\s+you)(?:\s+(?:in\s+advance|a\s+lot|so\s+much|very\s+much))?)(?=,\s*[A-ZÆØÅ])")
# Words that are a formula only at the end ("best", "hilsen" alone) are left out: "Which is the best".
# A signature after the question on its own: "hilsen" and a capitalised name ("… ? Hilsen Mads").
# "Best" signs only in this place, with a comma ("… ? Best, Tom").
_SIGNATURE = _compile(r"(?:(?<=[.!?])\s+(?:(?:hilsen|best,?)(?-i:(?:\s+[A-ZÆØÅ][\w-]*){1,2}"
                      r"(?:\s+(?:og|and|&)\s+[A-ZÆØÅ][\w-]*)?)"
                      # A name alone after a dash or slash ("… ? /Anna", "… ? - Tom"); the British "ta".
                      r"|[-–/]\s*(?-i:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?)|ta"
                      # A sentence of thanks after the question: "… ? Tak for et godt stykke arbejde".
                      r"|(?:(?:mange|tusind)\s+)?(?:tak|thanks?|thank\s+you)\s+for\s+[^.!?]*"
                      # A sentence that closes the message: a wish, "that was all", an apology for asking
                      # much, a word of praise ("… ? God weekend", "… ? Det var bare det.", "… ? Keep up
                      # the good work!"). Only after a sentence's end: "… sikre en god dag?" keeps its words.
                      r"|god\s+(?:dag|weekend|aften)(?:\s+til\s+(?:jer|dig))?|ellers\s+tak|have\s+a\s+(?:good|nice|great)\s+one"
                      r"|det\s+var\s+(?:bare\s+|vist\s+)?(?:det|alt)(?:\s+hele)?|that'?s\s+(?:all|it)(?:\s+for\s+now)?"
                      r"|(?:undskyld|sorry\s+for)\s+(?:de\s+mange|all\s+the|so\s+many)\s+(?:spørgsmål|questions)"
                      r"|keep\s+up\s+the\s+(?:good|great)\s+work|fortsæt\s+(?:det\s+gode|det\s+flotte|jeres\s+gode)\s+arbejde)"
                      # In a message typed without punctuation the capital that opens the signature
                      # ends the question: "… hvornår er generalforsamlingen Hilsen Ole".
                      r"|(?<=[^\W\d_])\s+(?-i:Hilsen(?:\s+[A-ZÆØÅ][\w-]*){1,2}))[.!]*\s*$", _FLAGS)
# Smileys and emoji that end a chat message ("… tak :)", "… 🙂").
_SMILEYS = re.compile(r"(?:\s*(?:[:;]-?[()DPp]|[\u2600-\u27bf\U0001f300-\U0001faff]))+\s*$")
# After the formula: "and" of a thanks already cut ("Kind regards and [thanks]"), and who sends it,
# a name or a group in small letters ("Best wishes from the board", "Hilsner fra bestyrelsen").
_SIGN_OFF = _compile(rf"(?:^|(?<=[\s,;–.!?]))(?:{_CLOSING})(?!\w)(?:\s+(?:og|and)(?=[\s.!]*$))?[\s,.!]*"
                       rf"(?:(?:fra|from)\s+(?:(?-i:(?=[A-ZÆØÅ]))|(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+(?=[.!]*\s*$)))?"
                       rf"(?-i:(?:[A-ZÆØÅ][\w-]*\.?\s*){{0,2}}(?:(?:og|and|&)\s+[A-ZÆØÅ][\w-]*\s*)?"
                       rf"(?:,\s*(?:[A-ZÆØÅ][\w-]*\s*){{1,3}})?)[.!]*\s*$", _FLAGS)
_OPENER_TEXT = rf"^\s*(?:{_GREETING}|{_THANKS})(?:\b|(?<=[.!]))[\s,.!:;–-]*"
_LEADING = _compile(_OPENER_TEXT + r"(?:(?:og|and|men|but)\s+)?", _FLAGS)
# The chat's opener alone, its conjunction kept: "super, og for en virksomhed?" leans on the turn
# before by its "og" (leaning.py), which the opener in front of it hid.
_OPENER = _compile(_OPENER_TEXT, _FLAGS)
_IMPERATIVE = _compile(rf"(?:^|(?<=[.!?:]\s))(?:{'|'.join(_IMPERATIVES)})\b[\s,:]*", _FLAGS)
# "…, og vil gerne vide, om …": a first-person wish to know or wondering, the subject perhaps left
# out after "og", before the embedded question it asks; what went before is the asker's situation.
_WANTS_TO_KNOW = guarded(_compile(
    # A verb of posture joined by "og" only tells the wondering goes on ("Jeg sidder og undrer mig over, …").
    r"[\s,]*\b(?:og\s+(?:jeg\s+|vi\s+)?|(?:jeg|vi)\s+(?:(?:sidder|sad|står|stod|går|gik|ligger|lå)\s+(?:lige\s+|bare\s+)?og\s+)?)"
    r"(?:(?:vil|ville)\s+(?:(?:gerne|godt|bare)\s+)?(?:lige\s+)?"
    r"(?:vide|høre)|(?:undrer|undrede)\s+(?:mig|os)\s+(?:over|på)"
    r"|(?:spekulerer|spekulerede)(?:\s+(?:mig|os))?\s+(?:over|på)"
    r"|er\s+(?:lidt\s+|noget\s+)?i\s+tvivl(?:\s+om)?|tænker\s+på"
    # Not understanding what follows: "Jeg forstår ikke helt, hvad I går ind for."
    r"|forstår\s+ikke(?:\s+(?:helt|rigtig))?)"
    r"[\s,:]*(?=(?:om|hv\w+)\b)", _FLAGS))
# The same wish told of someone the visitor asks for ("…, og vores borgmester vil gerne vide, om …",
# "Min chef spørger, hvad I laver", also after the story: "… Vestjylland. Min borgmester spørger, om …"):
# a possessive and a noun, or a third-person pronoun, before a verb of wanting to know or asking; the
# embedded question is asked. "spørger om" asks for a thing ("spørger om lov"): before "om" the clause needs its comma.
_OTHERS_WISH = guarded(_compile(
    r"[\s,]*(?:(?:\b(?:og|men)\s+|^|(?<=[.!?]\s))(?:(?:min|mit|mine|vores|hans|hendes|deres)\s+[^\W\d_]+|han|hun|de)\s+"
    # … or its subject left out after "og" when it asked the visitor ("Min nabo er revisor og spurgte mig, hvem …").
    r"|\bog\s+(?=(?:spurgte|spørger)\s+(?:mig|os)\b))"
    r"(?:(?:(?:vil|ville)\s+(?:(?:gerne|godt|bare)\s+)?(?:vide|høre)|undrer\s+sig\s+over|er\s+i\s+tvivl\s+om)"
    r"[\s,]*(?=(?:om|hv\w+)\b)|(?:spørger|spurgte)(?:\s+(?:mig|os))?(?:\s+til)?"
    r"(?:,\s*(?=(?:om|hv\w+)\b)|\s+(?=hv\w+\b)))", _FLAGS))
_REQUEST = guarded(_compile(rf"(?:^|(?<=[\s,.!?;:–-]))(?:{'|'.join(_REQUESTS)})\b[\s,:]*", _FLAGS))
# Danish modal particles ("hvad laver I egentlig?"): they colour the question, never name its topic.
# "altså" ("hvem fik idéen, altså hvilken person", "altså på lang sigt") restates or stresses in every use.
# Only those that are particles in every use: "lige" and "nok" are adjectives and adverbs too.
# "rent faktisk" is "faktisk" stressed: "rent" alone would be left as a thing asked about.
_PARTICLE = guarded(_compile(r"(?<![\w-])(?:egentlig|(?:rent\s+)?faktisk|overhovedet|mon|monstro|altså)(?![\w-])",
                             _FLAGS))
# "lige" between an auxiliary (and its subject) and a verb ("har lige læst", "kan jeg lige spørge")
# is the adverb "just"; before a noun it is the material's adjective ("lige vilkår"), so a verb must
# follow: a participle or an infinitive, which ends in -t or -e ("læst", "fået", "spørge").
_JUST = guarded(_compile(r"\b((?:har|havde|er|var|blev|skal|skulle|vil|ville|kan|kunne|må)\s+"
                           r"(?:(?:jeg|du|vi|i|man|de)\s+)?)lige\s+(?=\w+[te]\b)", _FLAGS))
# The organisation asked for its opinion ("Hvor stor en andel mener I skal være natur?", "ifølge
# jer", "according to you"): the frame is put around the question, which is what is asked. Not
# the assistant's own opinion ("hvad mener du om det?"): the material holds none.
_OPINION = guarded(_compile(
    r"(?<![\w-])(?:(?:mener|synes|tror)\s+I|I\s+(?:mener|synes|tror)"
    r"|ifølge\s+jer|efter\s+jeres\s+(?:mening|opfattelse)|according\s+to\s+you|in\s+your\s+(?:opinion|view|eyes)|as\s+you\s+see\s+it"
    r"|hvis\s+det\s+st(?:år|od)\s+til\s+(?:jer|dig)|if\s+it\s+(?:were|was|is)\s+up\s+to\s+you(?:\s+guys)?"  # the idiom
    # Inside an English question the same frame: "How much do you think the plan will cost?".
    r"|(?<=\w\s)(?:do|would)\s+you(?:\s+guys)?\s+(?:think|reckon|say|suppose)"
    # The position asked for by its noun ("Hvad er jeres holdning til centralisering?", "What is your
    # stance on …?"): the material states it without the word.
    r"|(?:er\s+)?jeres\s+(?:holdning|standpunkt)\s+til|(?:is\s+)?your\s+(?:stance|position)\s+on)(?![\w-])",
    _FLAGS))


# The closings above are short: they are looked for in a message's last characters only, not tried
# at every position of a long message (a third of the reading's time otherwise).
TAIL = 160


def _cut_end(closing: re.Pattern | GuardedPattern, text: str) -> str:
    """The text without the closing the pattern (anchored at the end) finds in its tail."""
    found = closing.search(text, max(0, len(text) - TAIL))
    return text[:found.start()].rstrip(" ,;:–—-") if found else text


def without_opener(message: str) -> str:
    """The message without the greetings, thanks and discourse words that open it ("Super, og …?" ->
    "og …?"); unchanged if nothing is left."""
    text = _without_leading(_OPENER, message)
    return text if re.search(r"\w", text) else message


def _without_leading(opening: re.Pattern, text: str) -> str:
    """The text with `opening` taken off its start as often as it matches ("Hej! Tak! …")."""
    while (stripped := opening.sub("", text, count=1)) != text:
        text = stripped
    return text


@lru_cache(maxsize=32)  # read twice per English question (its reading, what it asks about); no store of questions
def unwrap(question: str) -> str:
    """The question without greetings, thanks and requests around it; unchanged if nothing is left."""
    text = _without_leading(_LEADING, without_aside(without_hedges(emoji_as_stops(question))))
    whole = text
    while (stripped := _TAG.sub("", _cut_end(_SIGN_OFF, _cut_end(_TRAILING, _cut_end(_SIGNATURE, _cut_end(
            _SMILEYS, text)))))) != text:
        text = stripped
    if len(_PRO_FORM.split(text)[0].split()) > 3:
        text = _PRO_FORM.sub("?", text)
    # Hearsay put to check: the claim is asked, not who said it nor where they live (claim_check.py);
    # asked as what to pass on to someone, the embedded question is asked (conditional_request.py).
    text = without_conditional_request(without_hearsay(checked_claim(without_subjects_place(text), whole[len(text):])))
    # In the middle of a message the wish marks where the situation ends and the question begins.
    text = _WANTS_TO_KNOW.sub(lambda m: ". " if m.start() else "", text)
    text = _OTHERS_WISH.sub(lambda m: ". " if m.start() else "", text)
    text = without_not_knowing(text)
    text = _IMPERATIVE.sub("", text)
    text = _REQUEST.sub(" ", text)
    text = _OPINION.sub(" ", text)
    text = _PARTICLE.sub(" ", text)
    text = _JUST.sub(r"\1", text)
    # A phrase taken out leaves its punctuation behind: ". , how", "formand? .", "grøn ?".
    text = re.sub(r"[.!,;](?=\?)", "", re.sub(r"(?<=[.!?:])(?:\s*[,.])+|\s+(?=[,.?!])|\s*[–—-]+\s*(?=[?!])", "", text))
    # What opens the question now may be the stop or question mark of a request taken off.
    text = one_space(text).strip(" ,;:-–").lstrip("?.! ")
    return text if re.search(r"\w", text) else question
