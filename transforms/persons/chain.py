"""A linear-chain CRF applied in plain Python: the labels, the state weights of each attribute and
the transition weights of a model that python-crfsuite fitted (seeds/models/persons.crfsuite),
read from the model file's bytes, and crfsuite's own Viterbi and forward-backward over them.

The tagger scores a few thousand short stretches of words per article. Handing each stretch to
crfsuite meant building every word's feature strings again and looking each up in the model's
dictionary; here a word's weights are summed once (transforms/persons/tagger.py caches them per
word) and a stretch costs a few additions per word. The arithmetic is crfsuite's, in its order
(a word's state score adds its attributes' weights in the order given, from 0; the Viterbi keeps
the first best; the marginals come from scaled forward and backward scores), so the labels and
the probabilities are the ones pycrfsuite.Tagger gives, to the last bit.
"""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field

# (label id, weight) pairs of one attribute, in the model's order
Weights = tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class ChainModel:
    labels: tuple[str, ...]  # by label id
    attributes: dict[str, Weights]  # attribute -> its state weights (an attribute not here weighs nothing)
    transitions: tuple[tuple[float, ...], ...]  # [from label][to label]
    _exp_transitions: tuple[tuple[float, ...], ...] = field(init=False, repr=False, compare=False)
    _into: tuple[tuple[float, ...], ...] = field(init=False, repr=False, compare=False)  # [to][from]

    def __post_init__(self):
        object.__setattr__(self, "_exp_transitions",
                           tuple(tuple(math.exp(w) for w in row) for row in self.transitions))
        object.__setattr__(self, "_into", tuple(zip(*self.transitions)))

    def weights(self, attributes) -> Weights:
        """The (label id, weight) pairs of these attributes, in their order (unknown ones dropped)."""
        known, out = self.attributes, []
        for a in attributes:
            pairs = known.get(a)
            if pairs:
                out += pairs
        return tuple(out)

    def add(self, state: list[float], weights: Weights) -> None:
        for label, weight in weights:
            state[label] += weight

    def state(self, attributes) -> list[float]:
        """An item's score for each label: its attributes' weights added in order, from 0."""
        state = [0.0] * len(self.labels)
        self.add(state, self.weights(attributes))
        return state

    def best(self, states: list[list[float]]) -> list[int]:
        """The label ids of the best path (crfsuite's Viterbi: of equal scores, the first label)."""
        into = self._into
        current = states[0]
        back = []
        for state in states[1:]:
            links, scores = [], []
            for j, column in enumerate(into):  # the transitions into label j
                paths = [p + w for p, w in zip(current, column)]
                top = max(paths)  # max and index give the first of equal scores, as crfsuite keeps it
                links.append(paths.index(top))
                scores.append(top + state[j])
            back.append(links)
            current = scores
        path = [current.index(max(current))]
        for links in reversed(back):
            path.append(links[path[-1]])
        path.reverse()
        return path

    def marginals(self, states: list[list[float]]) -> list[list[float]]:
        """P(label at t | the stretch) for every t and label id (crfsuite's scaled forward-backward)."""
        n, size = len(self.labels), len(states)
        trans = self._exp_transitions
        exp_states = [[math.exp(s) for s in state] for state in states]
        alpha, scales = [], []
        for t, state in enumerate(exp_states):
            if t == 0:
                current = list(state)
            else:
                previous, current = alpha[-1], [0.0] * n
                for i in range(n):
                    for j in range(n):
                        current[j] += previous[i] * trans[i][j]
                current = [c * s for c, s in zip(current, state)]
            total = 0.0
            for c in current:
                total += c
            scale = 1.0 / total if total != 0.0 else 1.0
            alpha.append([c * scale for c in current])
            scales.append(scale)
        beta = [None] * size
        beta[-1] = [scales[-1]] * n
        for t in range(size - 2, -1, -1):
            row = [b * s for b, s in zip(beta[t + 1], exp_states[t + 1])]
            current = []
            for i in range(n):
                dot = 0.0
                for j in range(n):
                    dot += trans[i][j] * row[j]
                current.append(dot)
            beta[t] = [c * scales[t] for c in current]
        return [[alpha[t][y] * beta[t][y] / scales[t] for y in range(n)] for t in range(size)]


def read_crfsuite_model(data: bytes) -> ChainModel:
    """The ChainModel of a crfsuite model file's bytes (crfsuite's CRF1d format: a header, the
    features as (type, source, destination, weight) records, then the label and attribute
    dictionaries, whose id -> string arrays are read)."""
    magic, _size, kind, _version, _features, n_labels, n_attributes, features_at, labels_at, attributes_at = \
        struct.unpack_from("<4sI4sIIIIIII", data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("not a crfsuite CRF1d model")
    labels = _strings(data, labels_at, n_labels)
    names = _strings(data, attributes_at, n_attributes)
    chunk, _size, count = struct.unpack_from("<4sII", data, features_at)
    if chunk != b"FEAT":
        raise ValueError("a crfsuite model without its features chunk")
    state: dict[str, list[tuple[int, float]]] = {}
    transitions = [[0.0] * n_labels for _ in range(n_labels)]
    for kind, source, destination, weight in struct.iter_unpack("<IIId", data[features_at + 12:features_at + 12 + 20 * count]):
        if kind == 0:  # a state feature: attribute -> label
            state.setdefault(names[source], []).append((destination, weight))
        elif kind == 1:  # a transition: label -> label
            transitions[source][destination] = weight
    return ChainModel(tuple(labels), {a: tuple(pairs) for a, pairs in state.items()},
                      tuple(tuple(row) for row in transitions))


def _strings(data: bytes, at: int, count: int) -> list[str]:
    """The strings of a crfsuite dictionary (a CQDB chunk) by id, from its backward array."""
    chunk, _size, _flag, _order, backward_size, backward_at = struct.unpack_from("<4sIIIII", data, at)
    if chunk != b"CQDB" or backward_size != count:
        raise ValueError("a crfsuite model with an unreadable dictionary")
    out = []
    for number, offset in enumerate(struct.unpack_from("<%dI" % count, data, at + backward_at)):
        identifier, length = struct.unpack_from("<iI", data, at + offset)
        if identifier != number:
            raise ValueError("a crfsuite model with an unreadable dictionary")
        out.append(data[at + offset + 8:at + offset + 7 + length].decode("utf-8"))  # the key ends with a NUL
    return out
