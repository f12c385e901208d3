"""A linear-chain CRF model of crfsuite (seeds/models/persons.crfsuite) applied in plain Python,
for the person-name tagger (transforms/persons/tagger.py).

crfsuite's tagger is given each window as lists of attribute strings, encodes and looks each one
up, then sums their weights per label. Here each word's weights are summed once (tagger.py keeps
them per word), and a window's state scores are those sums put together. The numbers are
crfsuite's own, to the last bit: the model's weights are read from its file (read_crf1d), each
label's state score is summed attribute by attribute in the order crfsuite adds them (a plain left
fold from 0.0: `sum` with a float start, in Python before 3.12; `FOLD_SUM_IS_SEQUENTIAL`), and
Viterbi and the scaled forward-backward pass make crfsuite's operations in its order (crf1d_context.c:
crf1dc_viterbi, crf1dc_alpha_score, crf1dc_beta_score, crf1dc_marginal_point).

The file format (crfsuite's crf1d_model.c, little-endian): a header of 48 bytes (magic "lCRF",
size, type "FOMC", version, feature, label and attribute counts, then the offsets of the features,
the label and attribute dictionaries, and their feature references); the features chunk ("FEAT",
size, count, then per feature its type (0 state, 1 transition), source, destination and weight as
a double); each dictionary a CQDB whose backward array gives the record (id, size, name and a NUL)
of every id.
"""
from __future__ import annotations

import math
import struct

_FLOAT_MAX = 1.7976931348623157e308  # crfsuite's FLOAT_MAX (DBL_MAX): Viterbi's starting score
_LEAD_SLACK = 1e-6  # CrfModel._all_first_label: what a path must lose per position, beyond rounding

# Whether sum(values, start) adds the values one by one in order, as C's `s += x` does (CPython
# before 3.12; 3.12 compensates the rounding of a float sum). Where it does not, the state scores
# are folded with a loop instead (slower, the same numbers).
FOLD_SUM_IS_SEQUENTIAL = sum((1.0, 1e100, 1.0, -1e100), 0.0) == 0.0


def fold(values, start: float = 0.0) -> float:
    """((start + values[0]) + values[1]) + ...: crfsuite's order of adding weights."""
    if FOLD_SUM_IS_SEQUENTIAL:
        return sum(values, start)
    for value in values:
        start += value
    return start


class CrfModel:
    """The labels, each attribute's state weights and the transition weights of a model."""

    def __init__(self, labels: tuple[str, ...], attributes: frozenset[bytes],
                 state: dict[bytes, tuple[float | None, ...]], trans: tuple[tuple[float, ...], ...]):
        self.labels = labels  # by label id
        self.attributes = attributes  # every attribute of the model (UTF-8 bytes)
        # attribute (UTF-8 bytes, as crfsuite is given it) → its weight for each label id, None
        # where it has no feature for that label (it adds nothing there)
        self.state = state
        self.trans = trans  # trans[i][j]: from label i to label j
        n = len(labels)
        self.label_id = {label: i for i, label in enumerate(labels)}
        self._columns = tuple(tuple(trans[i][j] for i in range(n)) for j in range(n))
        self._exp_trans = tuple(tuple(math.exp(v) for v in row) for row in trans)
        # By how much label 0 (crfsuite's O, first in the person model) must beat every other label
        # at each position for no path to beat label 0 all along (_all_first_label): twice the most
        # a transition can add over staying in label 0, and a slack
        gain = max(0.0, max(map(max, trans)) - trans[0][0])
        self._first_label_lead = 2 * gain + _LEAD_SLACK

    def viterbi(self, scores: list[list[float]]) -> list[str]:
        """The best label sequence for the state scores of each position (crf1dc_viterbi: of
        paths of equal score, the one through the lower label id)."""
        if len(self.labels) != 3:
            return self._viterbi_any(scores)
        if self._all_first_label(scores):  # half the person tagger's windows: no name near
            return [self.labels[0]] * len(scores)
        return self._viterbi3(scores)

    def _all_first_label(self, scores: list[list[float]]) -> bool:
        """(three labels) Whether label 0 beats both others at every position by _first_label_lead: Viterbi then
        returns label 0 all along. A path that leaves label 0 at k positions loses more than the
        lead at each of them in state scores, and differs from the all-0 path in at most 2k
        transitions (those into and out of each), each worth at most the lead's `gain` more: it
        scores at least k * _LEAD_SLACK lower, and rounding (some 1e-12 of these sums) cannot
        turn that over, nor any of Viterbi's comparisons on the way."""
        lead = self._first_label_lead
        for s0, s1, s2 in scores:
            if s0 - lead <= (s1 if s1 > s2 else s2):
                return False
        return True

    def _viterbi_any(self, scores: list[list[float]]) -> list[str]:
        n_labels = len(self.labels)
        columns = self._columns
        cur = scores[0]
        backs = []
        for state in scores[1:]:
            new, back = [], []
            for j in range(n_labels):
                column = columns[j]
                best, arg = -_FLOAT_MAX, 0
                for i in range(n_labels):
                    score = cur[i] + column[i]
                    if best < score:
                        best, arg = score, i
                back.append(arg)
                new.append(best + state[j])
            backs.append(back)
            cur = new
        best, last = -_FLOAT_MAX, 0
        for i in range(n_labels):
            if best < cur[i]:
                best, last = cur[i], i
        path = [last]
        for back in reversed(backs):
            last = back[last]
            path.append(last)
        labels = self.labels
        return [labels[i] for i in reversed(path)]

    def _viterbi3(self, scores: list[list[float]]) -> list[str]:
        """viterbi for a model of three labels, written out (the same comparisons in the same
        order; scores are finite, so the first label beats crfsuite's start of -FLOAT_MAX)."""
        (t00, t01, t02), (t10, t11, t12), (t20, t21, t22) = self.trans
        c0, c1, c2 = scores[0]
        backs = []
        for s0, s1, s2 in scores[1:]:
            b0, a = 0, c0 + t00
            if a < c1 + t10:
                b0, a = 1, c1 + t10
            if a < c2 + t20:
                b0, a = 2, c2 + t20
            n0 = a + s0
            b1, a = 0, c0 + t01
            if a < c1 + t11:
                b1, a = 1, c1 + t11
            if a < c2 + t21:
                b1, a = 2, c2 + t21
            n1 = a + s1
            b2, a = 0, c0 + t02
            if a < c1 + t12:
                b2, a = 1, c1 + t12
            if a < c2 + t22:
                b2, a = 2, c2 + t22
            c0, c1, c2 = n0, n1, a + s2
            backs.append((b0, b1, b2))
        last, best = 0, c0
        if best < c1:
            last, best = 1, c1
        if best < c2:
            last = 2
        path = [last]
        for back in reversed(backs):
            last = back[last]
            path.append(last)
        labels = self.labels
        return [labels[i] for i in reversed(path)]

    def marginals(self, scores: list[list[float]]) -> list[tuple[float, ...]]:
        """Each position's marginal probability of each label, by label id (crfsuite's scaled
        forward-backward pass, crf1dc_alpha_score and crf1dc_beta_score, then
        crf1dc_marginal_point: the same operations in the same order)."""
        return self._marginals3(scores) if len(self.labels) == 3 else self._marginals_any(scores)

    def _marginals_any(self, scores: list[list[float]]) -> list[tuple[float, ...]]:
        n_labels = len(self.labels)
        labels = range(n_labels)
        exp_trans = self._exp_trans
        exp = math.exp
        states = [[exp(v) for v in state] for state in scores]
        alpha, scale = [], []
        cur = list(states[0])
        for t in range(len(states)):
            if t:
                prev, cur = cur, [0.0] * n_labels
                for i in labels:
                    p, row = prev[i], exp_trans[i]
                    for j in labels:
                        cur[j] += p * row[j]
                state = states[t]
                cur = [cur[j] * state[j] for j in labels]
            total = 0.0
            for v in cur:
                total += v
            factor = 1.0 / total if total != 0.0 else 1.0
            cur = [v * factor for v in cur]
            alpha.append(cur)
            scale.append(factor)
        last = len(states) - 1
        beta = [None] * len(states)
        beta[last] = [scale[last]] * n_labels
        for t in range(last - 1, -1, -1):
            nxt, state = beta[t + 1], states[t + 1]
            row = [nxt[j] * state[j] for j in labels]
            cur = []
            for i in labels:
                trans, dot = exp_trans[i], 0.0
                for j in labels:
                    dot += trans[j] * row[j]
                cur.append(dot)
            factor = scale[t]
            beta[t] = [v * factor for v in cur]
        return [tuple(alpha[t][l] * beta[t][l] / scale[t] for l in labels) for t in range(len(states))]

    def _marginals3(self, scores: list[list[float]]) -> list[tuple[float, float, float]]:
        """marginals for a model of three labels, written out (a sum from 0.0 starts with its
        first term: 0.0 + x is x)."""
        (e00, e01, e02), (e10, e11, e12), (e20, e21, e22) = self._exp_trans
        exp = math.exp
        states = [(exp(s0), exp(s1), exp(s2)) for s0, s1, s2 in scores]
        alpha, scale = [], []
        a0, a1, a2 = states[0]
        for t, (x0, x1, x2) in enumerate(states):
            if t:
                a0, a1, a2 = ((a0 * e00 + a1 * e10) + a2 * e20) * x0, ((a0 * e01 + a1 * e11) + a2 * e21) * x1, \
                    ((a0 * e02 + a1 * e12) + a2 * e22) * x2
            total = (a0 + a1) + a2
            factor = 1.0 / total if total != 0.0 else 1.0
            a0, a1, a2 = a0 * factor, a1 * factor, a2 * factor
            alpha.append((a0, a1, a2))
            scale.append(factor)
        last = len(states) - 1
        b0 = b1 = b2 = scale[last]
        out = [None] * len(states)
        out[last] = (a0 * b0 / scale[last], a1 * b1 / scale[last], a2 * b2 / scale[last])
        for t in range(last - 1, -1, -1):
            x0, x1, x2 = states[t + 1]
            r0, r1, r2 = b0 * x0, b1 * x1, b2 * x2
            factor = scale[t]
            b0, b1, b2 = ((e00 * r0 + e01 * r1) + e02 * r2) * factor, ((e10 * r0 + e11 * r1) + e12 * r2) * factor, \
                ((e20 * r0 + e21 * r1) + e22 * r2) * factor
            a0, a1, a2 = alpha[t]
            out[t] = (a0 * b0 / factor, a1 * b1 / factor, a2 * b2 / factor)
        return out


def _cqdb_names(data: bytes, offset: int) -> list[bytes]:
    """The strings of a CQDB chunk by id (its backward array)."""
    chunk, _, _, _, count, backward = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB":
        raise ValueError("not a CQDB chunk")
    names = []
    for k in range(count):
        record = offset + struct.unpack_from("<I", data, offset + backward + 4 * k)[0]
        ident, size = struct.unpack_from("<II", data, record)
        if ident != k or size < 1:
            raise ValueError("a CQDB record out of order")
        names.append(data[record + 8:record + 8 + size - 1])  # without its NUL
    return names


def read_crf1d(data: bytes) -> CrfModel:
    """The model in a crfsuite CRF1d model file's bytes; ValueError if they are not one."""
    try:
        magic, size, kind, _, _, n_labels, n_attributes, features, labels, attributes = struct.unpack_from(
            "<4sI4sIIIIIII", data, 0)
        if magic != b"lCRF" or kind != b"FOMC" or size != len(data):
            raise ValueError("not a crfsuite CRF1d model")
        label_names = [name.decode("utf-8") for name in _cqdb_names(data, labels)]
        attribute_names = _cqdb_names(data, attributes)
        if len(label_names) != n_labels or len(attribute_names) != n_attributes:
            raise ValueError("label or attribute count disagrees with the header")
        chunk, _, count = struct.unpack_from("<4sII", data, features)
        if chunk != b"FEAT":
            raise ValueError("no features chunk")
        weights: dict[int, list[float | None]] = {}
        trans = [[0.0] * n_labels for _ in range(n_labels)]
        for kind, source, target, weight in struct.iter_unpack("<IIId", data[features + 12:features + 12 + 20 * count]):
            if kind == 0:
                row = weights.setdefault(source, [None] * n_labels)
                if row[target] is not None:
                    raise ValueError("two features of one attribute and label")
                row[target] = weight
            elif kind == 1:
                trans[source][target] = weight
            else:
                raise ValueError(f"a feature of unknown type {kind}")
        state = {attribute_names[a]: tuple(row) for a, row in weights.items()}
    # a count that disagrees with the file or an id out of range is a broken model, as a bad header
    # is, so the loader falls back to crfsuite (flows/lexicons.py) rather than failing the run
    except (struct.error, IndexError) as error:
        raise ValueError(f"a truncated or inconsistent crfsuite model: {error}") from None
    return CrfModel(tuple(label_names), frozenset(attribute_names), state, tuple(map(tuple, trans)))
