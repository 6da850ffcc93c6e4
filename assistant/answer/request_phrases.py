"""Phrases that only ask for an answer ("kan du fortælle mig …", "Giv mig et overblik over …").

The question follows them. Phrases of Danish (and English) conversation, not of any material, kept
apart from wrappers.py, which compiles them and takes them off a question; a test shows each one.
"""

# Phrases that only ask for an answer: the question follows them.
REQUESTS = (
    r"(?:kan|kunne|vil|ville)\s+(?:du|i)\s+(?:måske\s+|lige\s+|venligst\s+|godt\s+)?"
    r"(?:hjælpe\s+mig(?:\s+med)?|fortælle(?:\s+mig)?|sige(?:\s+mig)?|forklare(?:\s+mig)?|oplyse"
    r"|opsummere|sammenfatte|uddybe|beskrive)"
    # "… forklare det kort?", "… opsummere den kort?": what the request points back at, and how briefly.
    r"(?:\s+(?:det|dette|den|dem)(?=\s+(?:lidt|kort|nærmere)|\s*[?.!]*$))?(?:\s+(?:lidt|mere|noget|kort|nærmere))?(?:\s+om)?",
    r"(?:jeg|vi)\s+(?:vil|ville)\s+(?:(?:gerne|godt|bare)\s+)?(?:lige\s+)?(?:vide|høre|spørge)(?:\s+lidt)?"
    r"(?:\s+om)?",
    r"(?:jeg|vi)\s+(?:undrer|undrede|spekulerer|spekulerede)\s+(?:mig|os)\s+(?:over|på)",
    # The same wish with the verb first, after an adverb ("Nu vil jeg gerne høre, …").
    r"(?:nu\s+|så\s+)?(?:vil|ville)\s+(?:jeg|vi)\s+(?:gerne|godt|bare)\s+(?:lige\s+)?(?:vide|høre|spørge)(?:\s+om)?",
    # "Er der nogen, der kan fortælle mig, …": the request put to anyone.
    r"er\s+der\s+nogen,?\s+der\s+kan\s+(?:fortælle|sige|forklare)(?:\s+(?:mig|os))?(?:\s+om)?",
    r"can\s+(?:anyone|somebody|someone)\s+tell\s+me",
    # "… (hjælpe mig med at) finde ud af, hvor mange …": finding out, before what is to be found.
    r"(?:at\s+)?finde\s+ud\s+af(?=[\s,]+(?:om|hv\w+)\b)",
    r"(?:jeg|vi)\s+(?:tænkte|tænker)\s+på",
    r"(?:jeg|vi)\s+har\s+brug\s+for\s+at\s+vide",
    r"jeg\s+er\s+nysgerrig\s+(?:efter|på)(?:\s+at\s+vide)?",
    # The subject may be left out after "og": "Jeg er ny i foreningen og har et spørgsmål."
    # A count of them announces several: "Jeg har to spørgsmål: …", "Vi har et par spørgsmål om …".
    r"(?:jeg|vi|og)\s+har\s+(?:et|en|to|tre|et\s+par|par|nogle|flere)\s+(?:(?:lille|små|hurtigt|hurtige|kort|korte|enkelt)\s+)?"
    r"(?:spørgsmål|spm)(?:\s+om)?",
    # "Jeg håber, du kan hjælpe (mig med et spørgsmål).": the hope for an answer, before or after it.
    r"(?:jeg|vi)\s+håber,?\s+(?:at\s+)?(?:du|i)\s+kan\s+(?:hjælpe|svare)(?:\s+(?:mig|os))?"
    r"(?:\s+med\s+(?:et|en)\s+(?:(?:lille|hurtigt|kort)\s+)?(?:spørgsmål|ting))?",
    # "… et hurtigt spørgsmål: …", "lige et hurtigt spm hvem …": the announcement of a question,
    # in a chat without its article or in the common abbreviation "spm".
    r"(?:lige\s+)?(?:(?:et|en|mit)\s+)?(?:hurtigt|lille|kort|enkelt)\s+(?:spørgsmål|spm|ting)",
    r"(?:quick|short|small)\s+(?:question|one|q)",
    # "Det ville være godt at vide, …": the wish to know put as a statement about the answer.
    r"det\s+(?:ville|vil)\s+være\s+(?:godt|rart|dejligt|fint|interessant)\s+at\s+(?:vide|høre)",
    r"må\s+jeg\s+(?:lige\s+)?spørge(?:\s+om(?:\s+(?:noget|en\s+ting))?)?",
    r"(?:can|could|would)\s+you\s+(?:please\s+)?(?:be\s+able\s+to\s+)?(?:tell\s+me|help\s+me(?:\s+with)?|explain)(?:\s+about)?",
    # Leave to ask, before the question: "Mind if I ask how much …", "May I ask who …".
    r"(?:(?:do\s+you\s+)?mind\s+if|may)\s+i\s+ask(?:\s+you)?",
    r"i(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:know|hear|ask)(?:\s+about)?",
    r"(?:i(?:'m|\s+am|\s+was)?(?:\s+just)?|just)\s+wonder(?:ing|ed)?(?:\s+(?:about|if|whether))?",
    r"(?:if\s+)?you\s+(?:could|can)\s+(?:please\s+)?(?:tell|explain\s+to)\s+me",
    r"(?:i(?:'m|\s+am)\s+(?:just\s+)?|just\s+)curious(?:\s+(?:about|to\s+know))?",
    r"(?:do|does)\s+(?:you|anyone)\s+happen\s+to\s+know",
    r"any\s+idea",
    r"(?:i|and)(?:\s+have|'ve)(?:\s+got)?\s+(?:a|two|three|a\s+couple\s+of|a\s+few|some)\s+(?:(?:quick|short|small)\s+)?"
    r"questions?(?:\s+(?:about|regarding))?",
    r"i\s+hope\s+you\s+can\s+help(?:\s+me)?",
    r"would\s+you\s+mind\s+(?:telling|explaining)(?:\s+(?:me|us))?",
    # "Is it true that …?", "Er det rigtigt, at …?": the claim after "that"/"at" is what is asked.
    r"is\s+it\s+true\s+that",
    r"(?:er\s+det\s+(?:rigtigt|korrekt|sandt)|passer\s+det),?\s+at",
    r"please",
    # Gratitude promised for an answer, before the request it conditions: "I'd be grateful if you
    # could tell me …" (the request after it is taken off as one of its own), "Jeg ville være
    # taknemmelig, hvis du kunne fortælle mig, …" (the Danish request with its subject first).
    r"i(?:'d|\s+would)\s+be\s+(?:very\s+|really\s+|most\s+|so\s+)?(?:grateful|glad|thankful)(?=\s+if\b)",
    r"(?:jeg|vi)\s+(?:vil|ville)\s+(?:være|blive)\s+(?:meget\s+|rigtig\s+|så\s+)?(?:taknemmelig|taknemlig|glad)e?,?"
    r"\s+hvis\s+(?:du|i)\s+(?:kan|kunne|vil|ville)\s+(?:fortælle|sige|forklare|oplyse)(?:\s+(?:mig|os))?(?:\s+om)?",
)


# A request put as an imperative at the opening of a clause ("Fortæl lidt om …", "Giv mig et overblik
# over …", "Jeg leder efter …"): a verb of telling or giving to "mig"/"os", perhaps with the noun it
# gives ("et kort overblik"), and the preposition that leads to what is asked about.
IMPERATIVES = (
    r"(?:fortæl|forklar|beskriv)(?:\s+(?:mig|os))?(?:\s+(?:lige|lidt|kort|mere|noget))*(?:\s+(?:om|omkring))?",
    r"giv\s+(?:mig|os)\s+(?:lige\s+)?(?:et|en)\s+(?:\w+\s+)?(?:overblik|oversigt|indblik|introduktion|resumé"
    r"|sammenfatning|forklaring)(?:\s+(?:over|af|om|på|i))?",
    r"(?:jeg|vi)\s+(?:leder|søger)\s+efter(?:\s+(?:noget|info(?:rmation)?|oplysninger))?(?:\s+om)?",
    r"(?:tell|give|show)\s+(?:me|us)(?:\s+(?:a|an)\s+(?:\w+\s+)?(?:summary|overview|introduction))?"
    r"(?:\s+(?:of|about|on))?",
    r"(?:can|could|would)\s+you\s+(?:please\s+)?give\s+(?:me|us)\s+(?:a|an)\s+(?:\w+\s+)?(?:summary|overview)"
    r"(?:\s+(?:of|about|on))?",
    r"i(?:'m|\s+am)\s+looking\s+for(?:\s+(?:information|info))?(?:\s+(?:about|on))?",
    # "Ved du, hvornår …?", "Ved I, om …?": asking whether the assistant knows, before the question;
    # with the sentence adverb that softens the asking ("Ved du måske, om …", "Ved I tilfældigvis, hvem …").
    r"ved\s+(?:du|i)(?:\s+(?:måske|tilfældigvis|mon|egentlig))?(?=[\s,]+(?:om|hv\w+)\b)",
)
