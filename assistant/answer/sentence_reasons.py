"""The other reasons a section gives for the same claim: a why-question's answer tells them all.

An argument may give its claim twice, each time with another reason, and a long section is cut into
passages between them: "Vi kæmper for et Danmark i bedre balance, fordi det vil sikre et rigere
Danmark." opens one passage of "Vores kamp", "Vi kæmper for et Danmark i bedre balance, fordi det er
vigtigt, at vores land hænger sammen." the next. "How come you fight for a country in better balance?"
holds both alike (the second a little more, by "land"), and the answer that quotes one reason keeps
back the other. A sentence of another passage of the same section that gives a reason by its grammar
(gate_reason.gives_reason: "fordi", "derfor", ", så …") and holds nearly as much of the question as
the chosen one is a reason of equal standing, and is told beside it. A statute's §§ are rules of
their own, not an argument, and are left alone.
"""
from __future__ import annotations

from .gate_reason import asks_reason, gives_reason
from .sentence_grounds import opens_conclusion
from .sentence_neighbours import MAX_ANSWER_SENTENCES, Candidate

# The share of the chosen sentence's own question weight a further reason must hold (as
# sentence_holds.KIND_SHARE weighs a sentence that holds the kind of fact asked).
REASON_SHARE = 0.6


def with_reason_rival(best: Candidate, candidates: list[Candidate], picks: list[Candidate],
                      question: str) -> list[Candidate]:
    """`picks` with the sentence of another passage of the best one's section that gives a reason for
    as much of the question, when the question asks why and the best sentence gives a reason itself.
    A reason of equal standing takes the place of the last further pick that gives none: "hvorfor
    kæmper I for hele landet?" is answered by both reasons before a sentence that only shares words
    ("I sidste ende handler det om, hvilket land vi ønsker os?")."""
    if best.hit.chunk.paragraph or not asks_reason(question) or not gives_reason(best.sentence):
        return picks
    taken = {(c.rank, c.pos) for c in picks}
    rivals = [c for c in candidates if c.hit is not best.hit and c.hit.chunk.url == best.hit.chunk.url
              and (c.rank, c.pos) not in taken and c.own_weight >= REASON_SHARE * best.own_weight > 0
              and gives_reason(c.sentence)]
    if not rivals:
        return picks
    # A conclusion ("Derfor er kampen …") gives no reason itself: its grounds stand before it.
    rival = max(rivals, key=lambda c: (not opens_conclusion(c.sentence), c.own_weight, -c.rank, -c.pos))
    if len(picks) < MAX_ANSWER_SENTENCES:
        return picks + [rival]
    plain = [i for i, c in enumerate(picks) if i and not gives_reason(c.sentence)]
    return picks[:plain[-1]] + picks[plain[-1] + 1:] + [rival] if plain else picks
