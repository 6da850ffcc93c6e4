"""Checks of what a passage says, beside the answerability model's gates, for kinds of fact it has none for.

The model's gates (answerability.Signals) read one passage's signals; these read the passage's sentences for
what the question's grammar asks: a why-question needs a reason given (gate_reason.py), a question about one
past event a year or a date and one for the date a day of a month (gate_past_event.py), a question for the day in
a named month a day of that month (gate_day.py), a question for who founded one the document names a sentence
that says it began (gate_founder.py), a question for a third
party's view a view reported (gate_opinion.py), a question for how often a frequency and one for when more
than how often (gate_frequency.py), a question that counts to the second or later of something that one
(gate_ordinal.py), a question for how many a figure that is not a year or a date (gate_count.py), one for
how many said no a figure beside a negation (gate_said_no.py), and one for
how many of a group a count or a share of the group where the answer mentions it (gate_subgroup.py), a question
for who did something a sentence that says who acts (gate_agent.py), a question for what happens if something
does a sentence that states a consequence (gate_consequence.py), a question for an amount in a year or a place
a sentence that names them (gate_scope.py), a question for which ones, concretely, a sentence that names one
of them (gate_concrete.py), a question for which person a person's name (gate_person.py), a question that
compares with a name a document that names it (gate_comparison.py), a question for the age one must have an
age (gate_age.py), a question for a group's price, where the passage prices groups apart, the group
(gate_group_price.py), a question for an amount for each one ("each school", "hver kommune") a passage that
speaks of each one (gate_per_item.py), a question for how to apply for money a passage that speaks of applying
(gate_application.py), a question for the species of a thing a passage that speaks of species
(gate_species.py), a question for what a role's holder is called a name by the role and one for who leads a
sentence that says who leads (gate_holder.py), a question for how much money someone paid, spent or saves a
sum (gate_paid.py), a question that asks about a name the material never has ("Har I et kontor i Aalborg?")
nothing (gate_name.py), a question for which one of a kind whose members are named, where the material never
has the kind ("Hvilket hotel …?"), a name (gate_kind.py), and a question for which one of a kind, where the
passage says the kind only as some or any ("en revisor", "virksomheder"), a name (gate_one_named.py), and a
question whether a named one is a member a sentence that names it taking part (gate_member.py: "Foreningens
hjemsted er Vejle Kommune" makes no member), and a question for what a named one is ("Hvilken branche er Ove &
Myrthu i?") more than the name as a bare list item (gate_listed_name.py), and a question for which ones of a
kind the material never has take part a name (gate_taking_part.py). compose declines a passage that
fails one, whatever the model says, and the decision's record names the check (decision_trace.gates_failed).
"""
from __future__ import annotations

from ..index.bm25 import Index
from .gate_age import AGE_GATE, age_told
from .gate_agent import AGENT_GATE, agent_told
from .gate_application import APPLICATION_GATE, application_told
from .gate_comparison import COMPARISON_GATE, compared_named
from .gate_concrete import CONCRETE_GATE, members_named
from .gate_consequence import CONSEQUENCE_GATE, consequence_told
from .gate_count import COUNT_GATE, count_told
from .gate_count import figure_below as figure_below  # which passage below holds the figure (fallback)
from .gate_day import DAY_GATE, day_told
from .gate_founder import FOUNDER_GATE, founder_told
from .gate_frequency import FREQUENCY_GATE, WHEN_GATE, frequency_told, when_told
from .gate_group_price import GROUP_PRICE_GATE, group_priced
from .gate_holder import HOLDER_GATE, LEADER_GATE, holder_named, leader_told
from .gate_kind import KIND_GATE, kind_named
from .gate_listed_name import LISTED_NAME_GATE, listed_name
from .gate_member import MEMBER_GATE, member_said
from .gate_money import priced_signals as priced_signals  # the model's signals, a sum beside counted
from .gate_name import NAME_GATE, name_held
from .gate_one_named import ONE_NAMED_GATE, one_named
from .gate_opinion import OPINION_GATE, view_reported
from .gate_ordinal import ORDINAL_GATE, ordinal_told
from .gate_paid import PAID_GATE, sum_stated
from .gate_past_event import PAST_EVENT_GATE, past_event_dated
from .gate_per_item import PER_ITEM_GATE, sum_per_item
from .gate_person import PERSON_GATE, person_named
from .gate_reason import REASON_GATE, reason_told
from .gate_said_no import SAID_NO_GATE, said_no_counted
from .gate_scope import SCOPE_GATE, scope_named
from .gate_share import SHARE_GATE, share_told
from .gate_species import SPECIES_GATE, species_named
from .gate_subgroup import SUBGROUP_GATE, subgroup_counted
from .gate_taking_part import TAKING_PART_GATE, taker_named
from .retrieve import Hit, Query

# Each check by name, and whether one weighed passage passing it passes them all. A question about one
# past event passes where any weighed passage dates it: the date may stand in a passage the model finds a
# little less likely than the best ("Hvornår blev anbefalingerne godkendt?"), which the fallback would not
# reach once the best is gated, while the sentence choice quotes the dated sentence first. So does a
# question for a holder's name: "Hvad hed organisationen oprindeligt?" is answered by the passage that
# names it, and the one beside it ("… startede i 2014 under navnet Danmark på Vippen") adds the answer.
PASSAGE_GATES = ((REASON_GATE, reason_told, False), (PAST_EVENT_GATE, past_event_dated, True),
                 (DAY_GATE, day_told, False), (FOUNDER_GATE, founder_told, False),
                 (OPINION_GATE, view_reported, False), (FREQUENCY_GATE, frequency_told, False),
                 (WHEN_GATE, when_told, False),
                 (ORDINAL_GATE, ordinal_told, False), (COUNT_GATE, count_told, False), (SHARE_GATE, share_told, False),
                 (SAID_NO_GATE, said_no_counted, False),
                 (SUBGROUP_GATE, subgroup_counted, False),
                 (AGENT_GATE, agent_told, False), (CONSEQUENCE_GATE, consequence_told, False),
                 (SCOPE_GATE, scope_named, False), (CONCRETE_GATE, members_named, False),
                 (PERSON_GATE, person_named, False), (COMPARISON_GATE, compared_named, False),
                 (AGE_GATE, age_told, False), (GROUP_PRICE_GATE, group_priced, False),
                 (PER_ITEM_GATE, sum_per_item, False),
                 (APPLICATION_GATE, application_told, False), (SPECIES_GATE, species_named, False),
                 (HOLDER_GATE, holder_named, True), (LEADER_GATE, leader_told, False),
                 (PAID_GATE, sum_stated, False), (NAME_GATE, name_held, False),
                 (KIND_GATE, kind_named, False), (ONE_NAMED_GATE, one_named, False),
                 (MEMBER_GATE, member_said, False), (LISTED_NAME_GATE, listed_name, False),
                 (TAKING_PART_GATE, taker_named, False))

# Checks where one weighed passage failing fails them all: the passage that prices groups apart is where the
# statutes set the fees, and a neighbour about membership ("Medlemskabet gælder fra den dag, kontingentet er
# betalt") gives no price for the group it leaves out ("How much does a family membership cost?").
ONE_FAILS_ALL = frozenset((GROUP_PRICE_GATE,))


def passage_gates(index: Index, near: list[Hit], query: Query, question: str) -> list[tuple[str, ...]]:
    """The PASSAGE_GATES each weighed passage fails, by name."""
    failed: list[list[str]] = [[] for _ in near]
    for name, says, any_passage in PASSAGE_GATES:
        passed = [says(index, hit.chunk_id, query, question) for hit in near]
        for rank, ok in enumerate(passed):
            if not (any(passed) if any_passage else all(passed) if name in ONE_FAILS_ALL else ok):
                failed[rank].append(name)
    return [tuple(names) for names in failed]
