"""Is the best passage an answer? A small logistic model over several signals, trained on NorQuAD.

One coverage threshold fitted to our own question files declined every question that used an
everyday word the material lacks ("laver" where the page says "udarbejder"). The model weighs how
telling each question word is in *general* language (a word common in ordinary Danish such as
"gerne" or "fortælle" hardly counts; a rare one such as "risalamande" does), how much of the
question the passage and its best sentence hold, and how the passage's BM25 score compares with the
question's own maximum and with the next passage (the signals: answerability_signals.py). Its weights
and operating point come from `benchmarks/answerability_train.py`, trained on questions nobody on the
team wrote (NorQuAD: a question against a corpus holding its article is answerable, against the same
corpus without it not), and live in `answerability_model.json` beside this file.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..language.background import rarity_of
from .answerability_signals import FEATURES as FEATURES  # the model's inputs, by name
from .answerability_signals import Signals as Signals
from .answerability_signals import focus_term as focus_term
from .answerability_signals import signals as signals
from .fact_kinds import asked_types as asked_types  # callers ask the model's module what a question asks
from .name_words import name_terms as name_terms

MODEL_PATH = Path(__file__).with_name("answerability_model.json")

# The kinds of fact whose absence from the answer sentence declines by itself (see answerable()).
TYPE_GATE = ("time_found", "quantity_found")
# The checks that decline by themselves, whatever the model says, unless a model names others.
# "focus_whole" (compound_focus.py) declines "æresmedlem", "julefrokost" and "godtgørelse" where the material
# has only "medlem", "kost" and "gøre" (a verb-particle compound, "opstarten", passes as its verb); on NorQuAD's
# validation questions 0.014 fewer unanswerable ones answered for 0.005 more false declines (round twelve).
DEFAULT_GATES = (*TYPE_GATE, "absent_rare", "money_found", "role_named", "which_named", "place_named", "counted_named",
                 "realised", "focus_whole", "received_named")
# Every check a model may name as a gate (the others it weighs as features, or not at all).
GATES = DEFAULT_GATES
# A word all but unknown to general language (Zipf ≤ 1) that no passage holds in any form, not even through
# compound parts, spelling or synonyms ("risalamande"), declines by itself: the question is about
# something the material never mentions.
ABSENT_RARE_GATE = rarity_of(1.0)


def _gate_fails(name: str, s: Signals, values: dict) -> bool:
    """Whether the gate `name` declines a passage with signals `s` (`values`: s.as_dict())."""
    if name == "absent_rare":
        return s.absent_rare >= ABSENT_RARE_GATE
    return not (values[name] if name in values else getattr(s, name))


@dataclass(frozen=True)
class AnswerabilityModel:
    """Standardised logistic regression: P(answerable) = σ(w · (x - mean) / scale + bias)."""

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bias: float
    threshold: float       # the operating point: answer when P ≥ threshold
    features: tuple[str, ...] = FEATURES
    gates: tuple[str, ...] = DEFAULT_GATES   # the checks that decline by themselves

    def probability(self, s: Signals) -> float:
        x = (np.asarray(s.values) - np.asarray(self.mean)) / np.asarray(self.scale)
        z = float(np.dot(np.asarray(self.weights), x) + self.bias)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def answerable(self, s: Signals) -> bool:
        """Answer when the model is sure enough and the passage holds the kind of fact asked for.

        The kind check is a gate besides the model: NorQuAD's news passages are so full of numbers
        and names that it learns little from them, while an organisation's pages often hold the
        topic of a question ("medlemmer") but not the figure it asks for ("hvor mange?").
        """
        return not self.gated(s) and self.probability(s) >= self.threshold

    def judged(self, s: Signals) -> tuple[float, bool]:
        """(P(answerable), whether a gate declines the passage whatever that is)."""
        return self.probability(s), self.gated(s)

    def gated(self, s: Signals) -> bool:
        """Whether one of the model's gates declines the passage whatever its probability."""
        values = s.as_dict()
        return any(_gate_fails(name, s, values) for name in self.gates)

    def failed_gates(self, s: Signals) -> tuple[str, ...]:
        """The model's gates that decline the passage, by name (decision_trace.py reports them)."""
        values = s.as_dict()
        return tuple(name for name in self.gates if _gate_fails(name, s, values))

    def to_json(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights),
                "mean": list(self.mean), "scale": list(self.scale), "bias": self.bias,
                "threshold": self.threshold, "gates": list(self.gates)}


class ModelError(ValueError):
    """The model file does not fit this code (other features) or is damaged."""


def model_from_json(data: dict) -> AnswerabilityModel:
    try:
        features = tuple(data["features"])
        if features != FEATURES:
            raise ModelError(f"modellen har andre signaler ({', '.join(features)}) end koden")
        n = len(FEATURES)
        model = AnswerabilityModel(
            weights=tuple(float(v) for v in data["weights"]), mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]), bias=float(data["bias"]),
            threshold=float(data["threshold"]), features=features,
            gates=tuple(str(g) for g in data.get("gates", DEFAULT_GATES)))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ModelError):
            raise
        raise ModelError(f"modelfilen er ugyldig: {exc}") from None
    if not (len(model.weights) == len(model.mean) == len(model.scale) == n):
        raise ModelError("modelfilen har et forkert antal vægte")
    unknown = set(model.gates) - set(GATES)
    if unknown:
        raise ModelError(f"modelfilen nævner ukendte tjek: {', '.join(sorted(unknown))}")
    if not 0.0 < model.threshold < 1.0 or any(s <= 0 for s in model.scale):
        raise ModelError("modelfilens tærskel eller skala er uden for gyldigt område")
    return model


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> AnswerabilityModel:
    """The shipped model (read once per process)."""
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))

