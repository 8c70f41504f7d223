"""Analysis: how sure the desk is of a conflict flag, learned from analysts' verdicts (issue 9).

A flag is described by a few features (its kind, whether official voices hold the two stances,
whether one speaker contradicts themself, how many days apart, how firmly each is said, the names
both share, how far apart their figures are, how alike their words are, how often it was
restated). A small logistic model turns them into a confidence. It starts from hand-set weights
(the prior: what a reviewer expects before any verdict) and is refitted on the confirm / dismiss
verdicts stored, pulled towards the prior so that a handful of verdicts moves it, not flips it.
The fit is Newton's method from the prior for a fixed number of steps: the same verdicts always
give the same model.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from watchdesk.analysis.conflict_words import HEDGES
from watchdesk.analysis.stances import Stance, same_side

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

    from watchdesk.records import LinkedStatement

KINDS = ("polarity", "definite_vs_undecided", "number", "date", "self_contradiction")
FEATURES = (
    "bias",
    *(f"kind:{k}" for k in KINDS),
    "both_official",  # two official voices: the conflict the desk exists for
    "one_official",
    "same_speaker",  # one voice against itself (beyond the self_contradiction kind)
    "same_side",  # one government's two voices disagreeing
    "report_voice",  # a narrative sentence, not an attributed statement: attribution may be lost
    "days_apart",  # in weeks: further apart, more likely the situation changed
    "hedged",  # a stance left open by a hedge or a question rather than explicit words
    "shared_names",  # entities both name (0-1)
    "number_ratio",  # log of the larger figure over the smaller, for number flags
    "similarity",  # share of words both statements use (0-1)
    "restated",  # log of how many pairs restate the disagreement
)
# The prior: what a reviewer expects before any verdict. Positive raises confidence.
PRIOR_WEIGHTS: dict[str, float] = {
    "bias": 0.4,
    "kind:polarity": 0.0,
    "kind:definite_vs_undecided": 0.3,
    "kind:number": 0.3,
    "kind:date": 0.1,
    "kind:self_contradiction": 0.5,
    "both_official": 0.8,
    "one_official": 0.3,
    "same_speaker": 0.2,
    "same_side": 0.2,
    "report_voice": -0.6,
    "days_apart": -0.3,
    "hedged": -0.4,
    "shared_names": 0.5,
    "number_ratio": 0.3,
    "similarity": 1.0,
    "restated": 0.3,
}
PRIOR_STRENGTH = 2.0  # precision of the Gaussian prior: about two verdicts' weight per feature
NEWTON_STEPS = 25  # converges well before this on a few hundred verdicts
_WORD = re.compile(r"\w{3,}")
_HEDGE_CUES = frozenset({None, "uncertain", "question", *(h.strip() for h in HEDGES)})


@dataclass(frozen=True, slots=True)
class FlagFacts:
    """What the ranking reads of one flag: its kind, both statements and their stances."""

    kind: str
    first: LinkedStatement
    second: LinkedStatement
    first_stance: Stance
    second_stance: Stance
    restated: int = 1  # pairs that restate the disagreement


@dataclass(frozen=True, slots=True)
class RankingModel:
    """Logistic weights over FEATURES, and how many verdicts they were fitted on."""

    weights: tuple[float, ...]
    verdicts: int = 0

    def confidence(self, facts: FlagFacts) -> float:
        """The probability that an analyst confirms the flag."""
        return float(_sigmoid(np.asarray(self.weights) @ features(facts)))

    def weight(self, name: str) -> float:
        return self.weights[FEATURES.index(name)]


PRIOR = RankingModel(tuple(PRIOR_WEIGHTS[name] for name in FEATURES))


def features(facts: FlagFacts) -> NDArray[np.float64]:
    """The feature vector of a flag, in the order of FEATURES."""
    a, b = facts.first_stance.holder, facts.second_stance.holder
    officials = int(a.official) + int(b.official)
    days = _days(facts.first, facts.second)
    values: dict[str, float] = {
        "bias": 1.0,
        f"kind:{facts.kind}": 1.0,
        "both_official": float(officials == 2),
        "one_official": float(officials == 1),
        "same_speaker": float(bool(facts.first.speaker_key))
        * float(facts.first.speaker_key == facts.second.speaker_key),
        "same_side": float(same_side(a, b) is True),
        "report_voice": float("report" in (a.kind, b.kind)),
        "days_apart": days / 7,
        "hedged": float(any(_hedged(s) for s in (facts.first_stance, facts.second_stance))),
        "shared_names": _overlap(_names(facts.first), _names(facts.second)),
        "number_ratio": _number_ratio(facts) if facts.kind == "number" else 0.0,
        "similarity": _overlap(_words(facts.first.content), _words(facts.second.content)),
        "restated": math.log(max(facts.restated, 1)),
    }
    return np.array([values.get(name, 0.0) for name in FEATURES], dtype=np.float64)


def train(
    examples: Sequence[tuple[FlagFacts, bool]],
    prior: RankingModel = PRIOR,
    strength: float = PRIOR_STRENGTH,
) -> RankingModel:
    """Fit the weights to verdicts (True: confirmed), pulled towards the prior.

    Maximum a posteriori logistic regression with a Gaussian prior centred on the prior's
    weights; no verdicts give the prior back.
    """
    if not examples:
        return prior
    x = np.stack([features(f) for f, _ in examples])
    y = np.array([1.0 if confirmed else 0.0 for _, confirmed in examples])
    centre = np.asarray(prior.weights, dtype=np.float64)
    w = centre.copy()
    penalty = strength * np.eye(len(FEATURES))
    for _ in range(NEWTON_STEPS):
        p = _sigmoid(x @ w)
        gradient = x.T @ (p - y) + strength * (w - centre)
        hessian = (x.T * (p * (1 - p))) @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w = w - step
        if float(np.abs(step).max()) < 1e-9:
            break
    return RankingModel(tuple(float(v) for v in np.round(w, 10)), len(examples))


def average_precision(ranked: Sequence[bool]) -> float:
    """Average precision of a ranking (True: a genuine flag), 0 when none is genuine."""
    hits, total = 0, 0.0
    for at, genuine in enumerate(ranked, start=1):
        if genuine:
            hits += 1
            total += hits / at
    return total / hits if hits else 0.0


def _sigmoid(z: NDArray[np.float64] | float) -> NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)


def _hedged(stance: Stance) -> bool:
    # Undecided by a hedge word or a question, not by explicit words that leave a matter open.
    return stance.position == "undecided" and stance.cue in _HEDGE_CUES


def _days(a: LinkedStatement, b: LinkedStatement) -> float:
    if a.published is None or b.published is None:
        return 0.0
    return float(abs((b.published - a.published).days))


def _names(statement: LinkedStatement) -> frozenset[str]:
    return frozenset(t for t in statement.topics if t.startswith("e:"))


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _number_ratio(facts: FlagFacts) -> float:
    values = [f.value for s in (facts.first, facts.second) for f in s.figures if f.value > 0]
    if len(values) < 2:
        return 0.0
    return min(math.log(max(values) / min(values)), 3.0)
