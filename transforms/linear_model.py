"""A logistic model over named features, read from a JSON file that `make models` writes.

The file holds the feature weights, the intercept and the decision threshold chosen on the
develop data, so scoring needs no learning library at run time and every weight can be read.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import repeat
from operator import mul


@dataclass(frozen=True)
class LinearModel:
    name: str
    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        # weight times value for each feature in the dict's order, multiplied and summed in C (the
        # same products added in the same order as a generator over the items)
        z = self.intercept + sum(map(mul, map(self.weights.get, features, repeat(0.0)), features.values()))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reasons(self, features: dict[str, float], top: int = 3) -> list[str]:
        """The features that pushed this decision most, for the trace."""
        parts = sorted(((self.weights.get(k, 0.0) * v, k) for k, v in features.items() if v), reverse=True)
        return [k for w, k in parts[:top] if w > 0]


def model_from_dict(data: dict) -> LinearModel:
    return LinearModel(data["name"], dict(data["weights"]), float(data["intercept"]), float(data["threshold"]))
