"""A trained sentence model that checks the rules coder: which kind of event a sentence reports.

Two softmax regressions over the sentence's MiniLM embedding plus what the rules coder found in it:
- `classes`: the CAMEO five-way class of the sentence (0 statement or no event, 1 verbal cooperation,
  2 material cooperation, 3 verbal conflict, 4 material conflict; tocsin.cameo's table, where a
  REQUEST fired by an appeal word is class 0);
- `types`: the PLOVER event type (or NONE).
The model is trained from labelled stories (`tocsin train-sentence-model`, tocsin's gold format) and
saved as one .npz file; nothing is downloaded and no weights are bundled.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import yaml
from scipy.optimize import minimize

from tocsin import yaml_loading
from tocsin.cameo import pentaclass
from tocsin.config import Settings
from tocsin.errors import CodingError
from tocsin.plover import taxonomy

HYPER_PARAMETERS = Path(__file__).resolve().parents[1] / "data" / "coding" / "sentence_model.yaml"
NONE = "NONE"
MODEL_FORMAT = 3  # 3: rule-class features are appeal-aware (tocsin.cameo: an appeal REQUEST is class 0)


def class_of(event_type: str | None, trigger: str = "") -> int:
    """CAMEO five-way class of an event (0 with none); a REQUEST fired by an appeal word is class 0."""
    return pentaclass().of_event(event_type, trigger)


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


def class_features(embedding: np.ndarray, rule_type: str | None, candidate_types: Sequence[str] = (),
                   rule_trigger: str = "", candidate_triggers: Sequence[str] = ()) -> np.ndarray:
    """Embedding + the class of the rules coder's first event in the sentence (0 = none) + the classes
    of every trigger the rules considered there (coded or set aside); appeal REQUESTs are class 0."""
    size = len(pentaclass().names)
    triggers = list(candidate_triggers) + [""] * (len(candidate_types) - len(candidate_triggers))
    return np.concatenate([embedding, _one_hot(class_of(rule_type, rule_trigger), size),
                           _many_hot({class_of(t, w) for t, w in zip(candidate_types, triggers)}, size)])


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
    rule_trigger: str = ""  # the word that fired the rules' first event (an appeal REQUEST is class 0)
    candidate_triggers: tuple[str, ...] = ()  # the words of `candidate_types`, in the same order


@dataclass(frozen=True)
class Thresholds:
    """How sure the model must be before it overrides the rules coder."""

    drop: float = 0.6  # class 0 this sure: the sentence's rule events are dropped
    add: float = 0.6  # an event class this sure where the rules coded none: an event is added
    retype: float = 0.6  # a different class this sure: the first rule event is retyped
    story_drop: float = 0.8  # the same as `drop`, for a sentence of a longer story
    story_retype: float = 1.01  # the same as `retype`, for a sentence of a longer story (> 1: never)
    story_add: float = 1.01  # the same as `add`, for a sentence of a longer story (> 1: never)
    class_bias: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0, 0.0)  # added to the class log-probabilities (prior
    # correction, tuned by cross-validation: `tune_thresholds`)

    def corrected(self, class_p: np.ndarray) -> np.ndarray:
        """Class probabilities after the prior correction `class_bias`."""
        if not any(self.class_bias):
            return class_p
        z = np.log(np.maximum(class_p, 1e-12)) + np.asarray(self.class_bias)
        z = np.exp(z - z.max())
        return z / z.sum()

    @classmethod
    def from_json(cls, raw: dict) -> "Thresholds":
        return cls(**{k: (tuple(float(x) for x in v) if k == "class_bias" else float(v)) for k, v in raw.items()})


@dataclass(frozen=True)
class HyperParameters:
    """How a sentence model is trained and tuned (`data/coding/sentence_model.yaml`)."""

    default_l2: float
    l2: tuple[float, ...]
    folds: int
    thresholds: Thresholds
    tuning_rounds: int
    threshold_grid: tuple[float, ...]
    bias_grid: tuple[float, ...]


@functools.cache
def hyper_parameters(path: Path = HYPER_PARAMETERS) -> HyperParameters:
    try:
        raw = yaml_loading.safe_load(path.read_text(encoding="utf-8"))
        hp = HyperParameters(float(raw["default_l2"]), tuple(float(x) for x in raw["l2"]), int(raw["folds"]),
                             Thresholds.from_json(raw["thresholds"]), int(raw["tuning"]["rounds"]),
                             tuple(float(x) for x in raw["tuning"]["thresholds"]),
                             tuple(float(x) for x in raw["tuning"]["class_bias"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise CodingError(f"{path}: cannot read the sentence model's hyper-parameters: {exc}") from exc
    if not hp.l2 or hp.folds < 2 or len(hp.thresholds.class_bias) != 5:
        raise CodingError(f"{path}: need at least one l2 value, folds >= 2 and 5 class biases")
    return hp


@dataclass(frozen=True)
class SentenceModel:
    classes: SoftmaxRegression
    types: SoftmaxRegression
    thresholds: Thresholds = Thresholds()
    meta: dict[str, object] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"format": MODEL_FORMAT, "class_labels": self.classes.labels, "type_labels": self.types.labels,
                "thresholds": dataclasses.asdict(self.thresholds), **self.meta}
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
        try:
            thresholds = Thresholds.from_json(meta.pop("thresholds"))
        except (TypeError, ValueError) as exc:
            raise CodingError(f"{path}: bad thresholds in the sentence model ({exc}); train it again") from exc
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
    index: int = 0  # "promote": which of the sentence's rule events


def best_type_of_class(model: "SentenceModel", type_p: np.ndarray, class_index: int) -> tuple[str, float]:
    """The most likely PLOVER type of a class, and its share of that class's type probability."""
    labels = model.types.labels
    allowed = [i for i, t in enumerate(labels) if t != NONE and class_of(t) == class_index]
    best = max(allowed, key=lambda i: type_p[i])
    return labels[best], float(type_p[best] / max(type_p[allowed].sum(), 1e-9))


def judge_sentence(model: "SentenceModel", class_p: np.ndarray, type_p: np.ndarray,
                   event_types: Sequence[str], in_story: bool, triggers: Sequence[str] = ()) -> Verdict:
    """The hybrid coder's rule for one sentence, given the types of its rule events in order (and the
    words that fired them: an appeal REQUEST is class 0, a statement's class)."""
    th = model.thresholds
    class_p = th.corrected(class_p)
    words = list(triggers) + [""] * (len(event_types) - len(triggers))
    classes = [class_of(t, w) for t, w in zip(event_types, words)]
    best = int(class_p.argmax())
    p = float(class_p[best])
    if best == (classes[0] if classes else 0):
        return Verdict("keep")
    same = [i for i, c in enumerate(classes) if c == best]
    if same:
        return Verdict("promote", event_types[same[0]], p, same[0])
    if best == 0:
        return Verdict("drop", None, p) if p >= (th.story_drop if in_story else th.drop) else Verdict("keep")
    if p < ((th.story_retype if in_story else th.retype) if event_types else (th.story_add if in_story else th.add)):
        return Verdict("keep")
    new_type, share = best_type_of_class(model, type_p, best)
    if event_types and class_of(new_type, words[0]) != best:
        return Verdict("keep")  # a retyped event keeps its trigger: an appeal stays an appeal
    return Verdict("retype" if event_types else "add", new_type, p * share)


def dropped(event_types: Sequence[str]) -> list[bool]:
    """Which of a sentence's rule events a "drop" verdict removes: all but STATEMENT_TYPES (requests,
    appeals among them, the only events of class 0)."""
    return [t not in STATEMENT_TYPES for t in event_types]


def model_path(settings: Settings) -> Path:
    return Path(settings.sentence_model_file) if settings.sentence_model_file else \
        settings.cache_dir / "sentence_model.npz"


def train_sentence_model(examples: Sequence[TrainingExample], embeddings: np.ndarray, sources: Sequence[str],
                         l2: float | None = None, thresholds: Thresholds | None = None) -> SentenceModel:
    """Fit both regressions; `embeddings[i]` belongs to `examples[i]` (l2 and thresholds default to
    `data/coding/sentence_model.yaml`'s `default_l2` and `thresholds`)."""
    hp = hyper_parameters()
    l2 = hp.default_l2 if l2 is None else l2
    thresholds = hp.thresholds if thresholds is None else thresholds
    class_rows = [i for i, ex in enumerate(examples) if ex.sentence_class is not None]
    type_rows = [i for i, ex in enumerate(examples) if ex.event_type is not None]
    if len(class_rows) < 20 or len(type_rows) < 20:
        raise CodingError(f"too little labelled data to train a sentence model ({len(class_rows)} sentences with a"
                          f" class, {len(type_rows)} with a type; need at least 20 of each)")
    names = pentaclass().names
    x_class = np.stack([class_features(embeddings[i], examples[i].rule_type, examples[i].candidate_types,
                                       examples[i].rule_trigger, examples[i].candidate_triggers) for i in class_rows])
    classes = SoftmaxRegression.fit(x_class, [examples[i].sentence_class for i in class_rows],  # type: ignore[misc]
                                    names, l2)
    labels = type_labels()
    x_type = np.stack([type_features(embeddings[i], examples[i].rule_type, examples[i].candidate_types)
                       for i in type_rows])
    types = SoftmaxRegression.fit(x_type, [labels.index(examples[i].event_type) for i in type_rows],  # type: ignore[arg-type]
                                  labels, l2)
    meta = {"trained_on": list(sources), "class_examples": len(class_rows), "type_examples": len(type_rows),
            "l2": l2, "trained_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    return SentenceModel(classes, types, thresholds, meta)
