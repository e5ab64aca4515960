"""A trained sentence model that checks the rules coder: which kind of event a sentence reports.

Two softmax regressions over the sentence's MiniLM embedding plus what the rules coder found in it:
- `classes`: the CAMEO five-way class of the sentence (0 statement or no event, 1 verbal cooperation,
  2 material cooperation, 3 verbal conflict, 4 material conflict; the PLOVER type -> class table is
  `data/coding/sentence_classes.yaml`);
- `types`: the PLOVER event type (or NONE).
The model is trained from labelled stories (`tocsin train-sentence-model`, tocsin's gold format) and
saved as one .npz file; nothing is downloaded and no weights are bundled.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
import yaml
from scipy.optimize import minimize

from tocsin.config import Settings
from tocsin.errors import CodingError
from tocsin.plover import taxonomy

DATA = Path(__file__).resolve().parents[1] / "data" / "coding" / "sentence_classes.yaml"
NONE = "NONE"
MODEL_FORMAT = 2  # 2: features include the types of every trigger the rules considered


@lru_cache(maxsize=1)
def sentence_classes() -> tuple[tuple[str, ...], dict[str, int]]:
    """(class names, PLOVER type -> class index); class 0 is 'statement or no event'."""
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    names = tuple(str(c["name"]) for c in raw["classes"])
    of_type = {str(t): i for i, c in enumerate(raw["classes"]) for t in c.get("types", ())}
    missing = set(taxonomy().event_types) - set(of_type)
    if missing:
        raise CodingError(f"{DATA}: PLOVER types without a sentence class: {sorted(missing)}")
    return names, of_type


def class_of(event_type: str | None) -> int:
    return sentence_classes()[1].get(event_type or "", 0)


def type_labels() -> tuple[str, ...]:
    return (*sorted(taxonomy().event_types), NONE)


def _one_hot(index: int, size: int) -> np.ndarray:
    v = np.zeros(size, dtype=np.float32)
    v[index] = 1.0
    return v


def _many_hot(indices: Sequence[int], size: int) -> np.ndarray:
    v = np.zeros(size, dtype=np.float32)
    v[list(indices)] = 1.0
    return v


def class_features(embedding: np.ndarray, rule_type: str | None, candidate_types: Sequence[str] = ()) -> np.ndarray:
    """Embedding + the class of the rules coder's first event in the sentence (0 = none) + the classes
    of every trigger the rules considered there (coded or set aside)."""
    size = len(sentence_classes()[0])
    return np.concatenate([embedding, _one_hot(class_of(rule_type), size),
                           _many_hot({class_of(t) for t in candidate_types}, size)])


def type_features(embedding: np.ndarray, rule_type: str | None, candidate_types: Sequence[str] = ()) -> np.ndarray:
    """Embedding + the rules coder's first event type (or NONE) + every type it considered."""
    labels = type_labels()
    return np.concatenate([embedding, _one_hot(labels.index(rule_type or NONE), len(labels)),
                           _many_hot({labels.index(t) for t in candidate_types if t in labels}, len(labels))])


@dataclass(frozen=True)
class SoftmaxRegression:
    """Multinomial logistic regression: p = softmax(x W + b)."""

    labels: tuple[str, ...]
    weights: np.ndarray  # features x labels
    bias: np.ndarray

    def proba(self, features: np.ndarray) -> np.ndarray:
        z = features @ self.weights + self.bias
        z = np.exp(z - z.max(axis=-1, keepdims=True))
        return z / z.sum(axis=-1, keepdims=True)

    @classmethod
    def fit(cls, features: np.ndarray, targets: Sequence[int], labels: tuple[str, ...],
            l2: float = 0.125) -> "SoftmaxRegression":
        """Minimise the summed log-loss + l2/2 |W|^2 with L-BFGS (l2 = 1/C of scikit-learn's C)."""
        x = features.astype(np.float64)
        n, d = x.shape
        k = len(labels)
        y = np.zeros((n, k))
        y[np.arange(n), np.asarray(targets)] = 1.0

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w = theta[: d * k].reshape(d, k)
            b = theta[d * k:]
            z = x @ w + b
            z -= z.max(axis=1, keepdims=True)
            log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            p = np.exp(log_p)
            value = -(y * log_p).sum() + 0.5 * l2 * (w * w).sum()
            grad_z = p - y
            return value, np.concatenate([(x.T @ grad_z + l2 * w).ravel(), grad_z.sum(axis=0)])

        result = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
        theta = result.x
        return cls(labels, theta[: d * k].reshape(d, k).astype(np.float32), theta[d * k:].astype(np.float32))


@dataclass(frozen=True)
class TrainingExample:
    """One labelled sentence: its text, its class and/or PLOVER type, and the rules coder's first type."""

    text: str
    sentence_class: int | None
    event_type: str | None  # a PLOVER type, NONE, or None when unknown
    rule_type: str | None
    candidate_types: tuple[str, ...] = ()  # types of every trigger the rules considered (coded or set aside)


@dataclass(frozen=True)
class Thresholds:
    """How sure the model must be before it overrides the rules coder."""

    drop: float = 0.6  # class 0 this sure: the sentence's rule events are dropped
    add: float = 0.6  # an event class this sure where the rules coded none: an event is added
    retype: float = 0.6  # a different class this sure: the first rule event is retyped
    story_drop: float = 0.8  # the same as `drop`, for a sentence of a longer story


@dataclass(frozen=True)
class SentenceModel:
    classes: SoftmaxRegression
    types: SoftmaxRegression
    thresholds: Thresholds = Thresholds()
    meta: dict[str, object] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"format": MODEL_FORMAT, "class_labels": self.classes.labels, "type_labels": self.types.labels,
                "thresholds": self.thresholds.__dict__, **self.meta}
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez(tmp, class_w=self.classes.weights, class_b=self.classes.bias, type_w=self.types.weights,
                 type_b=self.types.bias, meta=np.array(json.dumps(meta)))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> "SentenceModel":
        if not path.is_file():
            raise CodingError(f"no sentence model at {path}: train one with `tocsin train-sentence-model GOLD.jsonl ...`"
                              " or set sentence_model_file")
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                if meta.get("format") != MODEL_FORMAT:
                    raise CodingError(f"{path}: sentence model format {meta.get('format')}, expected {MODEL_FORMAT};"
                                      " train it again with `tocsin train-sentence-model`")
                classes = SoftmaxRegression(tuple(meta["class_labels"]), data["class_w"], data["class_b"])
                types = SoftmaxRegression(tuple(meta["type_labels"]), data["type_w"], data["type_b"])
        except (OSError, ValueError, KeyError) as exc:
            raise CodingError(f"{path}: not a tocsin sentence model ({exc})") from exc
        if types.labels != type_labels():
            raise CodingError(f"{path}: trained for other PLOVER types; train it again")
        thresholds = Thresholds(**meta.pop("thresholds"))
        return cls(classes, types, thresholds, meta)


# PLOVER types that class 0 (CAMEO 01-02, statements and appeals) also covers: never dropped as statements
STATEMENT_TYPES = frozenset({"REQUEST"})


@dataclass(frozen=True)
class Verdict:
    """What the model says of one sentence's rule events.

    action: "keep" (agree, or not sure enough); "promote" (the sentence's event of `event_type`
    becomes its first); "drop" (a statement: events other than STATEMENT_TYPES go); "retype" (the first
    event becomes `event_type`); "add" (an event of `event_type` where the rules coded none)."""

    action: str
    event_type: str | None = None
    confidence: float = 0.0


def best_type_of_class(model: "SentenceModel", type_p: np.ndarray, class_index: int) -> tuple[str, float]:
    """The most likely PLOVER type of a class, and its share of that class's type probability."""
    labels = model.types.labels
    allowed = [i for i, t in enumerate(labels) if t != NONE and class_of(t) == class_index]
    best = max(allowed, key=lambda i: type_p[i])
    return labels[best], float(type_p[best] / max(type_p[allowed].sum(), 1e-9))


def judge_sentence(model: "SentenceModel", class_p: np.ndarray, type_p: np.ndarray,
                   event_types: Sequence[str], in_story: bool) -> Verdict:
    """The hybrid coder's rule for one sentence, given the types of its rule events in order."""
    th = model.thresholds
    best = int(class_p.argmax())
    p = float(class_p[best])
    if best == (class_of(event_types[0]) if event_types else 0):
        return Verdict("keep")
    same = [t for t in event_types if class_of(t) == best]
    if same:
        return Verdict("promote", same[0], p)
    if best == 0:
        return Verdict("drop", None, p) if p >= (th.story_drop if in_story else th.drop) else Verdict("keep")
    if p < (th.retype if event_types else th.add):
        return Verdict("keep")
    new_type, share = best_type_of_class(model, type_p, best)
    return Verdict("retype" if event_types else "add", new_type, p * share)


def model_path(settings: Settings) -> Path:
    return Path(settings.sentence_model_file) if settings.sentence_model_file else \
        settings.cache_dir / "sentence_model.npz"


def train_sentence_model(examples: Sequence[TrainingExample], embeddings: np.ndarray, sources: Sequence[str],
                         l2: float = 0.25, thresholds: Thresholds = Thresholds()) -> SentenceModel:
    """Fit both regressions; `embeddings[i]` belongs to `examples[i]`."""
    class_rows = [i for i, ex in enumerate(examples) if ex.sentence_class is not None]
    type_rows = [i for i, ex in enumerate(examples) if ex.event_type is not None]
    if len(class_rows) < 20 or len(type_rows) < 20:
        raise CodingError(f"too little labelled data to train a sentence model ({len(class_rows)} sentences with a"
                          f" class, {len(type_rows)} with a type; need at least 20 of each)")
    names = sentence_classes()[0]
    x_class = np.stack([class_features(embeddings[i], examples[i].rule_type, examples[i].candidate_types)
                        for i in class_rows])
    classes = SoftmaxRegression.fit(x_class, [examples[i].sentence_class for i in class_rows],  # type: ignore[misc]
                                    names, l2)
    labels = type_labels()
    x_type = np.stack([type_features(embeddings[i], examples[i].rule_type, examples[i].candidate_types)
                       for i in type_rows])
    types = SoftmaxRegression.fit(x_type, [labels.index(examples[i].event_type) for i in type_rows],  # type: ignore[arg-type]
                                  labels, l2)
    meta = {"trained_on": list(sources), "class_examples": len(class_rows), "type_examples": len(type_rows),
            "trained_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    return SentenceModel(classes, types, thresholds, meta)
