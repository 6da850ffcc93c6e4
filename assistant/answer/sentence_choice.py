"""Sentence choice: the 1–3 sentences of the retrieved passages that together answer a question."""
from __future__ import annotations

import re
from math import fsum

from ..index.bm25 import Index
from ..language.folding import danish_spelling
from .antecedent import antecedent_before
from .asked_english_verbs import EN_QUESTION_WORDS
from .asked_verbs import QUESTION_WORDS
from .definitions import asks_activity, asks_what_counts, sets_out
from .fact_kinds import asked_types, question_sentence, states_superlative
from .gate_reason import asks_reason
from .light_verbs import LIGHT_SHARE, light_verb_terms
from .modifier_idioms import loose_modifier_terms
from .retrieve import Hit, Query
from .sentence_beside import told_beside
from .sentence_candidates import candidates as sentence_candidates
from .sentence_evidence import sentences
from .sentence_grounds import grounds_before
from .sentence_holds import KIND_SHARE, held_kind
from .sentence_kinds import unit_terms
from .sentence_labels import with_statements
from .sentence_lists import asks_way, asks_which_ones, listed_items, way_lead_after, with_lists
from .sentence_neighbours import (
    MAX_ANSWER_SENTENCES,
    Candidate,
    following,
    kind_beside,
    measure_beside,
    names_actor,
    next_is,
    stk_of,
)
from .sentence_own_words import own_words
from .sentence_reasons import with_reason_rival
from .sentence_replies import reply_after
from .sentence_who import who_opens_clause
from .set_aside import told_besides
from .verb_idioms import idiom_verb_terms

# A further sentence must add query terms worth this share of the question's weight.
MIN_ADDED_WEIGHT = 0.2
# "Hvad skal der til for at …?", "hvor mange stemmer der skal til": the idiom asks what is required,
# and its "der" and stranded "til" are the verb's, not words the answering rule is put in ("går
# foreningens formue til et formål, der …" says nothing of what is required).
_REQUIRED = re.compile(r"\b(?:skal|skulle)\s+der\s+til\b|\bder\s+(?:skal|skulle)\s+til\b")


# A sentence that opens with "Det"/"Dette" and a finite verb speaks of the one before it ("… plantet 14.300
# træer …" / "Det svarer dog kun til omkring en tiendedel af de træer, byerne har mistet …"); "Det første
# byregnskab …" opens with an article, and "Det vil vi." holds none of a question's words.
_BACK_REFERENCE = re.compile(r"(?:det|dette)\s+(?:svarer|betyder|handler|er|var|vil|kan|skal|gælder|viser)\b",
                             re.IGNORECASE)


# The words that open a question for something, Danish or English: a yes/no question has none.
_ANY_QUESTION_WORD = QUESTION_WORDS | EN_QUESTION_WORDS


def continues(best: Candidate, c: Candidate, covered: set[str], picks: list[Candidate], yes_no: bool = False) -> bool:
    """Whether `c` is the sentence after the best one, not yet among `picks`, that speaks of it by a
    pronoun and holds a question word the chosen ones lack: it goes on with the fact found, however few words it holds
    ("Er 14.300 træer nok til at erstatte dem, byerne har tabt?" is settled by the sentence after). A yes/no
    question (`yes_no`) is settled by it even when it adds none of the question's words: "Har medlemmernes
    plantning indhentet de træer, der er fældet?" is answered by "Det svarer dog kun til omkring en tiendedel …",
    not by the count before it."""
    return (c.hit is best.hit and c.pos == best.pos + 1 and bool(_BACK_REFERENCE.match(c.sentence))
            and (yes_no or bool(c.own - covered)) and not any(p.hit is c.hit and p.pos == c.pos for p in picks))


def asks_yes_no(question: str) -> bool:
    """Whether the asking sentence is a yes/no question: no question word, Danish or English, opens any of its
    clauses ("Har I …?", "Is it …?"); "Hvor mange …?" and "… and how many?" ask for something else."""
    words = re.findall(r"\w+", question_sentence(question).casefold())
    return bool(words) and not _ANY_QUESTION_WORD.intersection(words)


def pick_sentences(index: Index, query: Query, hits: list[Hit],
                   prefer: str | None = None, asked: str | None = None) -> list[tuple[Hit, str, int]]:
    """Choose up to MAX_ANSWER_SENTENCES (hit, sentence, position) that together answer the question.

    The first sentence is the best one of the best passage (BM25 already weighed title and heading).
    More follow only when they add something: a sentence of the same passage that holds query terms
    the chosen ones lack (or continues the first one), or a sentence of another passage that holds
    a query term the best passage lacks altogether. `prefer` names a sentence of the best passage
    that must come first (the one defining what a definitional question asks about). `asked` is
    the question as put, when the query was read from other words (an English question's Danish
    ones): its interrogative tells the kind of fact asked.
    """
    if prefer and hits:
        # A definition answers by itself; the passage's other sentences only share its words. It
        # may hold the question's words only in their family ("partipolitisk" for "parti"), which
        # no candidate below counts.
        told = sentences(index, hits[0].chunk_id)
        for pos, (sentence, _terms) in enumerate(told):
            if sentence == prefer:
                # "What does X do?": what X does follows what X is, in the sentences after it.
                end = pos + (MAX_ANSWER_SENTENCES if asks_activity(asked or query.text) else 1)
                return [(hits[0], text, at) for at, (text, _terms) in enumerate(told[pos:end], start=pos)]
    # A verb among the commonest words ("fik") says little of which sentence answers (light_verbs.py);
    # the verb of an idiom ("sagt god for") says nothing of it alone (verb_idioms.py).
    share = dict.fromkeys(light_verb_terms(index.analyzer, query.text), LIGHT_SHARE)
    share.update(dict.fromkeys(idiom_verb_terms(index, query.text), 0.0))
    share.update(dict.fromkeys(loose_modifier_terms(index, query), 0.0))  # "grønt lys": modifier_idioms.py
    candidates = sentence_candidates(index, query, hits, asked or query.text, share)
    first = [c for c in candidates if c.rank == 0]
    if not first:
        return []
    # Among sentences the heading makes equal, the one that holds the words itself answers: under
    # "§ 1 Navn og hjemsted", "hvor ligger foreningen hjemme?" is answered by stk. 2's "hjemsted".
    # Still tied, the question's own small words decide ("Fra hvornår er jeg medlem?" → "… gælder
    # fra den dag …"): stop words are not searched for, but they are how a sentence is put ("foer" as "før").
    small = {danish_spelling(w) for w in re.findall(r"\w+", _REQUIRED.sub(" ", query.text.casefold()))
             if not index.analyzer.query_terms(w)}
    kind = held_kind(index, query, asked or query.text, first, candidates)  # sentence_holds.py
    holds, counted, measure, portion = kind.holds, kind.counted, kind.measure, kind.portion
    superlative, asks = kind.superlative, kind.asks
    top = max(c.weight for c in first)
    def singles_out(c: Candidate) -> bool:
        return superlative and (states_superlative(c.sentence) or next_is(index, c, states_superlative))
    # Between sentences that hold a who-question alike, the one whose grammar says who acts answers
    # ("Anbefalingerne blev vedtaget af foreningens landsråd" over "Vi giver otte anbefalinger til
    # kommuner, boligselskaber og Folketinget", whose capital letter is no answer to "Hvem godkendte …?").
    # The message's asking sentence tells it too, after a sentence about the visitor ("I'm a journalist
    # from Sweden. Who founded …?"), and so does a "who" opening a clause after a dash or "og" (sentence_who.py).
    actor = (asks.person or asked_types(question_sentence(asked or query.text)).person
             or who_opens_clause(asked or query.text))
    # "What counts as green space?" is answered where the text sets out what the term covers.
    covers = asks_what_counts(asked or query.text)
    # "Hvilke emner skriver I analyser om?": of sentences that hold the question alike, the one that
    # enumerates the most names the things asked ("analyser om udviklingstendenser, fordelingsmæssige
    # spørgsmål, borgere og virksomheders vilkår" over "analyser om vækst og udviklingsmuligheder").
    which_ones = asks_which_ones(asked or query.text)
    def key(c: Candidate) -> tuple:
        return (covers and sets_out(c.sentence), c.weight >= KIND_SHARE * top and holds(c.sentence), c.weight,
                c.own_weight, which_ones and listed_items(c.sentence),
                actor and names_actor(c.sentence), singles_out(c),
                len(small.intersection(re.findall(r"\w+", c.sentence.casefold()))),
                own_words(index, query, c), -c.pos)

    best = max(first, key=key)
    if not holds(best.sentence):
        # The best passage lacks the kind of fact asked; a further answerable passage whose sentence
        # holds it and as much of the question leads instead ("Hvad koster det for en virksomhed?").
        # A sentence that counts the very noun asked needs as much as the best passage's sentences
        # within it: the count is the answer, the rest of the question only its setting.
        floor = KIND_SHARE * top if counted else top
        best = max([c for c in candidates if c.rank and c.weight >= floor and holds(c.sentence)],
                   key=key, default=best)
    elif not best.own_weight:
        # A sentence holding the question only through its heading ("Anbefalinger om natur i byen") yields
        # to one of a further passage that holds as much in its own words, and the kind asked.
        best = max([c for c in candidates if c.rank and c.own_weight >= best.weight and holds(c.sentence)],
                   key=key, default=best)
    if superlative and not singles_out(best):
        # A long page is cut into passages: of two sentences of the same page that hold the question alike,
        # the one followed by what stands out answers a superlative question, whichever passage ranked first
        # ("Tabet er størst i de store byer …" over "… en tiendedel af de træer …" for "Hvilke byer har mistet mest?").
        best = max([c for c in candidates if c.rank and c.hit.chunk.url == best.hit.chunk.url
                    and c.weight >= best.weight and singles_out(c)], key=key, default=best)
    # A question the material asks itself is answered by the statement after it (sentence_replies.py).
    picks = [best] + reply_after(index, best, [best])
    # "… plantet 14.300 træer …" is followed by "Det svarer dog kun til omkring en tiendedel af de træer …",
    # which answers before any sentence of another passage.
    picks += kind_beside(index, picks, portion) if portion else []
    covered = set(best.named)
    # The noun naming the kind of answer ("måned") adds nothing of the question to a sentence.
    unit = unit_terms(index, asked or query.text)
    weight_of = {g.term: 0.0 if g.term in unit else g.weight * share.get(g.term, 1.0) for g in query.groups}
    yes_no = asks_yes_no(asked or query.text)
    for c in sorted(candidates, key=lambda c: (-c.weight, c.rank, c.pos)):
        if len(picks) == MAX_ANSWER_SENTENCES:
            break
        if c is best or not c.own or (c.weight < 0.6 * best.weight and not continues(best, c, covered, picks, yes_no)):
            continue
        if c.hit is best.hit:
            gain = fsum(weight_of[t] for t in c.own - covered)
            useful = gain >= MIN_ADDED_WEIGHT * query.total_weight or c.pos == best.pos + 1
        else:
            # A sentence of another passage of the same section that holds the question as fully as the best
            # one and the kind of fact asked is a rival answer of equal standing: "When did you switch over to
            # the name …?" finds "startede i 2014 under navnet …" and "… i slutningen af 2018 ændrede navn
            # til …" alike, and both are told. A statute's §§ are sections of their own, each its own rule.
            useful = bool(c.own - best.hit.matched) or (c.hit.chunk.url == best.hit.chunk.url
                                                        and c.own_weight >= best.own_weight > 0
                                                        and holds(c.sentence) and holds(best.sentence))
        if useful:
            picks.append(c)
            covered |= c.named
    picks = with_reason_rival(best, candidates, picks, asked or query.text)  # its other reason: sentence_reasons.py
    # "Hvorfor …?": a claim is followed by its grounds, a conclusion ("Derfor …") preceded, before mere added words.
    grounds = grounds_before(index, best) if asks_reason(asked or query.text) else []
    if grounds:
        picks = ([best] + grounds + [c for c in picks[1:] if c.hit is not best.hit
                                      or c.pos not in {g.pos for g in grounds}])[:MAX_ANSWER_SENTENCES]
    elif asks_reason(asked or query.text) or (superlative and not states_superlative(best.sentence)
                                              and next_is(index, best, states_superlative)):
        # The grounds of a claim follow it; so does the one that stands out among what a sentence
        # sums up ("… vil koste 1,2 milliarder kroner. Den største post er …").
        picks += following(index, best, picks)
    picks += measure_beside(index, picks, measure)
    # "Hvordan arbejder foreningen for sit formål?": the aim found is followed by how it is pursued, a
    # lead whose list of means is the answer ("Foreningen opfylder sit formål ved at: …").
    way = asks_way(asked or query.text) and way_lead_after([s for s, _ in sentences(index, best.hit.chunk_id)],
                                                            best.pos)
    if way and not any(c.hit is best.hit and c.pos == way for c in picks):
        picks.append(Candidate(best.rank, way, best.hit, sentences(index, best.hit.chunk_id)[way][0], frozenset(), 0.0))
    # "Målet skal skrives ind i planloven." speaks of the goal the sentences before it set out (antecedent.py).
    picks += antecedent_before(index, best, picks)
    picks = told_beside(index, query, picks, candidates, asked or query.text, asks, actor, unit)  # sentence_beside.py
    # "Ud over X, hvad ellers …?": what else stands beside the sentence naming X (set_aside.py).
    picks = told_besides(index, query, best, candidates, picks, asked or query.text)
    # Read in passage order, then sentence order, so the answer flows like the source; a §'s stk.
    # are each quoted and cited by their own number, the one that answers best first.
    lead = stk_of(best.hit, best.sentence)
    picks.sort(key=lambda c: (c.hit is not best.hit, c.rank, c.hit is not best.hit or stk_of(c.hit, c.sentence) != lead,
                              c.pos))
    return with_lists(index, with_statements(index, [(c.hit, c.sentence, c.pos) for c in picks]),
                      asked or query.text)
