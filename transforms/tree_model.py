"""A small ensemble of boosted decision trees over named features, read from a JSON file that
`make models` writes (scripts/train_models.py, sklearn's GradientBoostingClassifier).

Each tree is nested dicts: a split `{"feature", "threshold", "le", "gt"}` (a feature missing from
the candidate counts 0; `le` is taken when its value is at most the threshold) or a leaf
`{"value"}`. The score is the prior's log-odds plus the learning rate times the leaves reached,
and the probability its logistic; so scoring needs no learning library at run time, and every
split can be read.
"""
from __future__ import annotations

import math
from dataclasses import dataclass


def _leaf(tree: dict, features: dict[str, float], path: list[str] | None = None) -> float:
    node = tree
    while "value" not in node:
        x = features.get(node["feature"], 0.0)
        if x <= node["threshold"]:
            node = node["le"]
        else:
            if path is not None:
                path.append(node["feature"])
            node = node["gt"]
    return node["value"]


@dataclass(frozen=True)
class TreeModel:
    name: str
    trees: tuple
    init: float  # the prior's log-odds
    learning_rate: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.init + self.learning_rate * sum(_leaf(t, features) for t in self.trees)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reasons(self, features: dict[str, float], top: int = 3) -> list[str]:
        """The features whose presence (a value above a split's threshold) led to the leaves that
        raised the score most, for the trace."""
        credit: dict[str, float] = {}
        for t in self.trees:
            path: list[str] = []
            value = _leaf(t, features, path)
            for name in path:
                credit[name] = credit.get(name, 0.0) + value / len(path)
        ranked = sorted(((v, k) for k, v in credit.items() if v > 0), reverse=True)
        return [k for _, k in ranked[:top]]


def tree_model_from_dict(data: dict) -> TreeModel:
    return TreeModel(data["name"], tuple(data["trees"]), float(data["init"]), float(data["learning_rate"]),
                     float(data["threshold"]))
