"""Conversations: a follow-up ("og hvornår var det?") is read in the context of the questions before it.

Every channel asks through `ask(question, index, history)`: the widget and the API send the
conversation's earlier questions, Slack keeps them per thread (and per DM for a short while).

A question is read in context only when it leans on what came before: it points back ("det",
"den", "og …?", "hvad med …?"), holds no words of its own ("hvorfor?"), or has no answer alone. Even
then the earlier topic's terms count below the new question's own (topic.py), and the context
reading must be an answer by the usual rules whose best passage holds the new question's own words;
otherwise the question is answered on its own. So a clear new question is never pulled onto the old
topic, and a follow-up about something the material does not hold is declined as it would be alone.

A follow-up that points back by a pronoun with a word or two of its own ("hvem beslutter det?")
is answered from the topic's passage when its own words find only a passage without the topic:
the material may say it in other words ("kan ekskluderes af bestyrelsen").
An English follow-up, and the English questions its topic comes from, are read through the same
English mapping as an English question alone (own_words.reading_own_groups, topic.earlier_reading);
a question whose own words the material holds only through the thesaurus's stand-ins leans on its
topic, where a stand-in does not count as found.

Without an answer in its topic, a follow-up that points back is answered alone only where the
passage found holds its own words, and a clear question whose most telling word its own passage
lacks but the topic's passage holds continues that topic and is declined. A context answer quotes
the sentences the question's own words pick, not the earlier answer again (follow_up_answer.py).
A follow-up that restates its topic in words the material lacks and that name no thing ("hvad
betyder det?") has no words of its own (own_words, word_class); one asking who in a verb the material
says otherwise ("hvem bestemmer det?") is answered by the doer its topic's passage names, or declined.
"""
from __future__ import annotations

from dataclasses import replace

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from .asked_thing import lacks_asked_thing
from .compose import DEFAULT_CONTACT_URL, answer_hits, clean_question, find_hits
from .fact_kinds import asked_types, is_head_of
from .follow_up_answer import (
    CONDITION,
    COSTS,
    asks_doer,
    doer_in_topic,
    led_by_own,
    own_answered,
    quotes_asked_fact,
    quotes_word,
    supported,
)
from .history import clean_history
from .leaning import leans_by_words
from .own_words import reading_own_groups, refers_back, words_of
from .pronoun_name import stands_for_organisation
from .reading import Reading as QuestionReading
from .reading import read_question
from .result import Answer
from .retrieve import Hit, Query, TermGroup, analyse_query
from .small_talk import is_small_talk, small_talk_answer
from .time_shift import shifted_question
from .topic import (
    ANALYSED_HISTORY_KEPT,
    best_passage,
    continues_topic,
    in_topics_passage,
    own_in_context,
    remembered,
    share_held,
    telling_word,
    topic_first,
    topic_of,
    topic_passage,
)
from .two_questions import asked_in_parts
from .word_class import ACT, OTHER, word_class

# A context answer must hold this share of the new question's own term weight in its best passage:
# "og hvad kostede det?" must find "koste" there, not only the old topic.
MIN_OWN_SHARE = 0.5


def own_share(hit: Hit, own: tuple[TermGroup, ...]) -> float:
    """The share of the question's own term weight a passage holds in the material's words: a
    word found only through the thesaurus's stand-ins ("løn" -> "indbringe") is not held."""
    return share_held(hit, tuple(g for g in own if in_own_words(g)), sum(g.weight for g in own))


def checked_own(index: Index, text: str, own: tuple[TermGroup, ...]) -> tuple[TermGroup, ...]:
    """The question's own words that must be found. A word the material never uses that names
    neither a thing nor an act ("tilbage", "afterwards") says how or when, not what; and for a
    follow-up asking a count, a time or a sum, a verb the material never uses says how that fact
    came about ("hvor mange kommuner talte de med?"): the fact itself is checked in the quote
    (quotes_asked_fact). A thing the material never uses ("honorar") is always checked."""
    time, quantity, _, price = asked_types(text)[:4]
    left_out = {OTHER, ACT} if time or quantity or price or COSTS.search(text) else {OTHER}
    kept = tuple(g for g in own if g.members or not all(
        word_class(w) in left_out for w in words_of(index, text, (g,))))
    return kept if any(g.members for g in kept) else own


def in_own_words(group: TermGroup) -> bool:
    """Whether the material holds a question word as itself, not only through the thesaurus's
    stand-ins ("løn" -> "indbringe") or as a compound's head ("æresmedlem" -> "medlem": the first
    part, which says which kind, is what a follow-up like "og for et æresmedlem?" asks about)."""
    return group.scale == 1.0 and not all(is_head_of(m, group.term) for m in group.members)


def in_context(index: Index, text: str, query: Query, own: tuple[TermGroup, ...],
               earlier: tuple[str, ...], contact_url: str,
               question: QuestionReading | None = None) -> Answer | None:
    """The answer read in the conversation's topic, if that reading answers with the question's
    own words; None otherwise."""
    topic = topic_of(index, earlier, own)
    if not topic.groups:
        return None
    searched = question.text if question else text
    own = own_in_context(index, topic, searched, own, question.alternatives if question else ())
    query = Query(groups=own + topic.groups, reference=query.reference)
    hits = find_hits(index, query)
    held = topic_passage(index, text, own, topic, earlier, hits)
    if held is not None:
        # No own-word checks here: the passage answers in its words, not the question's; the
        # answerability model and the kind of fact asked ("hvor mange penge gav de?") still decide.
        answer = answer_hits(index, text, query, [held, *(h for h in hits if h is not held)],
                             contact_url, question)
        return answer if answer.answered and quotes_asked_fact(index, answer, text, topic.groups, own) \
            else None
    hits = topic_first(index, text, hits, own, earlier)
    if not hits or own_share(hits[0], checked_own(index, searched, own)) < MIN_OWN_SHARE:
        return None
    if query.reference is not None or not own:
        answer = answer_hits(index, text, query, hits, contact_url, question)
    else:
        answer = led_by_own(index, text, query, hits, own, topic.groups,
                            previous_answer(index, earlier, contact_url), contact_url, question)
    if not answer.answered or own and not own_answered(index, searched, text, own, hits):
        return None
    turns_on = previous_answer(index, earlier, contact_url) if CONDITION.search(text) else None
    if not supported(index, answer, own, turns_on):
        # The topic's passage found again, its quote without the question's own words: "hvor
        # meget gav banken?" after "Bag initiativet stod Danske Andelskassers Bank …" asks for what
        # that sentence lacks. (Once only where the quote repeated the earlier answer; required
        # of every context answer it costs no follow-up on dev-dev4 and guards the declines.)
        return None
    if not quotes_asked_fact(index, answer, text, topic.groups, own):
        return None
    return answer


def stand_ins_only(own: tuple[TermGroup, ...]) -> bool:
    """Whether the material holds the question's own words only through the thesaurus's stand-ins
    ("flyttet" -> "bevægelsen"): then it names nothing the material says in its words, and in a
    conversation it is read as leaning on its topic, where a stand-in does not count as found."""
    return all(g.members and g.scale < 1.0 for g in own)


def previous_answer(index: Index, earlier: tuple[str, ...], contact_url: str) -> Answer:
    """The answer the newest earlier question got in its own conversation (worked out once: the
    conversation re-sends its questions on every turn)."""
    return remembered(index, "answer", conversation_key(earlier),
                      lambda: ask(earlier[-1], index, earlier[:-1], contact_url))


def ask(question: object, index: Index, history: object = (),
        contact_url: str = DEFAULT_CONTACT_URL) -> Answer:
    """Answer a question in its conversation: earlier questions (newest last) as context."""
    text = clean_question(question)
    earlier = clean_history(history)
    # Two questions in one message are answered one by one when both have an answer (two_questions.py).
    answer = asked_in_parts(text, lambda: in_conversation(index, text, earlier, contact_url),
                            lambda part, before: in_conversation(index, part, (*earlier, *before), contact_url))
    # The next turn compares its answer with this one (previous_answer): kept, not re-asked.
    kept = index.memo.setdefault("conversation_answer", {})
    if len(kept) >= ANALYSED_HISTORY_KEPT:
        kept.clear()
    kept[conversation_key((*earlier, text))] = answer
    return answer


def conversation_key(questions: tuple[str, ...]) -> str:
    return "\n".join(questions)


def in_conversation(index: Index, text: str, earlier: tuple[str, ...], contact_url: str) -> Answer:
    """The answer to a cleaned question after the cleaned earlier ones."""
    if is_small_talk(index, text):
        return small_talk_answer(index, text, contact_url)
    if (shifted := shifted_question(text, earlier)) is not None:
        # "og ti år før?": the question before, asked of the year the follow-up moves it to.
        answer = in_conversation(index, shifted, earlier[:-1], contact_url)
        return replace(answer, question=text, context_used=True)
    earlier = () if stands_for_organisation(index, text, earlier) else earlier   # "… blev den startet?"
    question_reading = read_question(index, text)   # English mapped, typos corrected (reading.py)
    # An English word's Danish words are one group ("measured" -> "mål", "målte"), alone as in a
    # conversation, where the topic's questions are read the same way (topic.earlier_reading).
    query = analyse_query(index, question_reading.text, question_reading.alternatives, question_reading.put,
                          question_reading.asked)
    own = reading_own_groups(index, query, question_reading)
    leans = bool(earlier) and (leans_by_words(text) or not own or stand_ins_only(own))
    if leans:
        return follow_up(index, text, query, own, earlier, contact_url, question_reading)
    hits = find_hits(index, query)
    alone = answer_hits(index, text, query, hits, contact_url, question_reading)
    best_passage(index, text, hits)     # the next turn's topic, found already
    if not earlier:
        return alone
    if not alone.answered:
        # A clear question may have an answer in the topic, unless the material never names its thing.
        if lacks_asked_thing(index, question_reading.text, query, text, question_reading.english):
            return alone
        answer = in_context(index, text, query, own, earlier, contact_url, question_reading)
        return alone if answer is None else replace(answer, context_used=True)
    if in_topics_passage(index, hits, earlier) and not quotes_asked_fact(index, alone, text, (), own):
        # A count asked of the topic's own passage, whose sentence names the thing without a
        # figure ("hvor mange kommuner stod bag?" after "… og en række kommuner"): the topic goes
        # on, and has no answer to it.
        return answer_hits(index, text, query, [], contact_url, question_reading)
    if continues_topic(index, question_reading.text, own, hits, earlier, question_reading.english) and (
            not telling_word(index, question_reading.text, own).members
            or in_context(index, text, query, own, earlier, contact_url, question_reading) is None):
        # The question continues the topic ("hvad hedder revisoren?" after the auditor was named),
        # which has no answer to it: it is declined as it would be in its context. Its most
        # telling word the material never uses ("hvad hed direktøren for banken?") is a fact the
        # topic lacks, however much of the rest the topic's passage holds. A clear
        # question is never moved onto the old topic: with an answer there it is answered alone.
        return answer_hits(index, text, query, [], contact_url, question_reading)
    return alone


def follow_up(index: Index, text: str, query: Query, own: tuple[TermGroup, ...],
              earlier: tuple[str, ...], contact_url: str, question: QuestionReading) -> Answer:
    """A question that leans back by its words, or holds no words of its own, read in context
    first: a follow-up then costs about one question, not two (benchmarks/conversation_latency.py).
    """
    if asks_doer(own, question):
        # Who did it, in other words than the material's: its topic's passage names who did it,
        # or it does not tell (follow_up_answer.doer_in_topic).
        doer = doer_in_topic(index, text, earlier, contact_url, question, own)
        if doer is not None and doer.answered:
            return replace(doer, context_used=True)
        return answer_hits(index, text, query, [], contact_url, question)
    answer = in_context(index, text, query, own, earlier, contact_url, question)
    if answer is not None:
        return replace(answer, context_used=True)
    if not own:
        # Nothing of its own to search for ("og hvorfor?") and no answer in its topic.
        return answer_hits(index, text, query, [], contact_url, question)
    # With no answer in its topic it is answered alone only where the passage found holds its own
    # words: "får de løn for det?" must not be answered from a passage on "handler".
    hits = find_hits(index, query)
    alone = answer_hits(index, text, query, hits, contact_url, question)
    topic = topic_of(index, earlier, own).groups
    if alone.answered and (hits and own_share(hits[0], own) < MIN_OWN_SHARE or not quotes_asked_fact(
            index, alone, text, topic, own, alone=True)
            or not quotes_word(index, alone, telling_word(index, question.text, own))
            or not about_pronouns_thing(index, alone, text, own, topic)):
        # Nor is a figure of what its pronoun stands for taken from a sentence about another
        # thing: "hvad skal det koste?" after the city accounts is not the recommendations' price.
        # And the quote must hold its most telling word where the material has it: "og hvad
        # hedder formanden?" is not answered by the association's name ("hedder" -> "navn").
        return answer_hits(index, text, query, [], contact_url, question)
    return alone


def about_pronouns_thing(index: Index, answer: Answer, text: str, own: tuple[TermGroup, ...],
                         topic: tuple[TermGroup, ...]) -> bool:
    """Whether an answer to a question that points back by a pronoun and names nothing else
    ("hvad hedder de?") quotes a word of what the pronoun stands for: after the substitutes, the
    association's name is another thing's."""
    if not topic or len(own) > 1 or not refers_back(text, DANISH_STOPWORDS):
        return True
    return any(quotes_word(index, answer, g) for g in topic)
