"""The hybrid coder's parts: the NumPy MiniLM encoder, the softmax regressions, training, the coder itself."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from tocsin.coding.sentence_encoder import WordPiece, model_dir, read_safetensors, shared_encoder
from tocsin.coding.sentence_model import (
    NONE, SentenceModel, SoftmaxRegression, Thresholds, TrainingExample, class_features, class_of, dropped,
    hyper_parameters, judge_sentence,
    train_sentence_model, type_labels)
from tocsin.cameo import pentaclass
from tocsin.errors import CodingError
from tocsin.evaluation.gold import load_gold
from tocsin.evaluation.sentence_training import (
    cross_validate, embed, examples_from_gold, out_of_fold, score_decisions, train_tuned, tune_thresholds)
from tocsin.plover import taxonomy
from tocsin.types import Article

from conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "coding_sentences.jsonl"

# Recorded with sentence-transformers 6.2.0 + torch 2.13.0 (CPU) loading the same model files:
# dims 0-5, dim 100, dim 383 of the unit vector, and the reference tokenizer's ids for the second text.
REFERENCE_TEXTS = (
    "Kyrgyz and Tajik border guards exchanged fire near the Vorukh enclave on Tuesday.",
    "Café owners in Tbilisi — “naïve” or not — protested the 15% tax (Ведомости).",
)
REFERENCE_DIMS = (
    ([-0.019745, 0.085181, -0.013939, 0.041843, 0.008674, -0.096988], 0.019163, -0.022929),
    ([-0.006889, 0.067425, 0.004578, -0.000348, 0.006649, -0.058636], -0.075333, -0.011252),
)
REFERENCE_IDS = [101, 7668, 5608, 1999, 22406, 1517, 1523, 15743, 1524, 2030, 2025, 1517, 11456, 1996, 2321, 1003,
                 4171, 1006, 1182, 15290, 29742, 14150, 29745, 14150, 29747, 22919, 10325, 1007, 1012, 102]


def test_encoder_matches_sentence_transformers():
    vectors = shared_encoder().encode(list(REFERENCE_TEXTS))
    assert vectors.shape == (2, 384)
    for vector, (head, d100, d383) in zip(vectors, REFERENCE_DIMS):
        assert np.allclose(vector[:6], head, atol=2e-5)
        assert vector[100] == pytest.approx(d100, abs=2e-5)
        assert vector[383] == pytest.approx(d383, abs=2e-5)
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)


def test_encoder_batches_do_not_change_vectors():
    texts = ["Short.", *REFERENCE_TEXTS, "A much longer sentence about a ceasefire agreed in Geneva " * 3]
    together = shared_encoder().encode(texts, batch_size=32)
    alone = np.stack([shared_encoder().encode([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_wordpiece_matches_reference_tokenizer_and_truncates():
    tokenizer = WordPiece.from_file(model_dir() / "vocab.txt")
    assert tokenizer.encode(REFERENCE_TEXTS[1]) == REFERENCE_IDS
    long = tokenizer.encode("word " * 1000)
    assert len(long) == 256 and long[0] == 101 and long[-1] == 102
    assert tokenizer.encode("") == [101, 102]


def test_safetensors_reader_reads_every_tensor():
    tensors = read_safetensors(model_dir() / "model.safetensors")
    assert tensors["embeddings.word_embeddings.weight"].shape == (30522, 384)
    assert sum(1 for name in tensors if name.startswith("encoder.layer.5.")) == 16


def test_every_plover_type_has_a_sentence_class():
    names, of_type = pentaclass().names, pentaclass().of_type
    assert len(names) == 5 and set(of_type) == set(taxonomy().event_types)
    assert class_of(None) == 0 and class_of("ASSAULT") == 4 and class_of("AGREE") == 1


def test_sentence_classes_are_appeal_aware():
    assert class_of("REQUEST", "urged") == 0 and class_of("REQUEST", "called on") == 0
    assert class_of("REQUEST", "demanded") == 3 and class_of("REQUEST") == 3
    emb = np.zeros(384, dtype=np.float32)
    appeal = class_features(emb, "REQUEST", ("REQUEST", "ACCUSE"), "urged", ("urged", "accused"))
    demand = class_features(emb, "REQUEST", ("REQUEST", "ACCUSE"), "demanded", ("demanded", "accused"))
    assert appeal[384:389].tolist() == [1, 0, 0, 0, 0] and demand[384:389].tolist() == [0, 0, 0, 1, 0]
    assert appeal[389:394].tolist() == [1, 0, 0, 1, 0] and demand[389:394].tolist() == [0, 0, 0, 1, 0]


def test_softmax_regression_learns_a_separable_problem():
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(-2, 0.5, (40, 3)), rng.normal(2, 0.5, (40, 3))])
    y = [0] * 40 + [1] * 40
    model = SoftmaxRegression.fit(x, y, ("a", "b"))
    p = model.proba(x)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert (p.argmax(axis=1) == np.array(y)).mean() == 1.0
    assert p[0, 0] > 0.9 and p[-1, 1] > 0.9


def golden_as_gold(tmp_path: Path) -> Path:
    """The team's golden coding sentences in tocsin's gold format."""
    out = tmp_path / "golden_gold.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for line in GOLDEN.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            events = [{"event": e["event"], "actor": e.get("actor", []), "recipient": e.get("recipient", [])}
                      for e in rec["expect"]]
            fh.write(json.dumps({"id": rec["id"], "text": rec["text"], "pub_date": rec.get("pub_date"),
                                 "negative": not events, "events": events}) + "\n")
    return out


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory, cache_dir) -> Path:
    from tocsin.config import build_settings

    tmp = tmp_path_factory.mktemp("sentence_model")
    settings = build_settings(env={}, overrides={"cache_dir": cache_dir, "db": tmp / "t.duckdb"})
    examples = examples_from_gold(load_gold(golden_as_gold(tmp)), settings)
    path = tmp / "model.npz"
    train_sentence_model(examples, embed(examples), ["golden"]).save(path)
    return path


def test_training_examples_carry_labels_and_rule_types(settings, tmp_path):
    examples = examples_from_gold(load_gold(golden_as_gold(tmp_path)), settings)
    assert len(examples) >= 70  # nearly every golden sentence is one sentence long
    clash = next(ex for ex in examples if ex.text.startswith("Kyrgyz and Tajik border guards clashed"))
    assert clash.event_type == "ASSAULT" and clash.sentence_class == 4 and clash.rule_type == "ASSAULT"
    negatives = [ex for ex in examples if ex.event_type == NONE]
    assert negatives and all(ex.sentence_class == 0 for ex in negatives)


def test_cross_validation_reports_rules_and_model_on_same_sentences(settings, tmp_path):
    examples = examples_from_gold(load_gold(golden_as_gold(tmp_path)), settings)
    cv = cross_validate(examples, embed(examples), folds=3)
    assert cv.class_sentences == len(examples) == cv.type_sentences
    for value in (cv.rules_class_macro_f1, cv.model_class_macro_f1, cv.rules_type_accuracy, cv.model_type_accuracy):
        assert 0.0 <= value <= 1.0
    assert cv.rules_type_accuracy > 0.5  # the rules coder passes most of its own golden sentences


def test_model_round_trip_and_bad_files(trained_model, tmp_path):
    model = SentenceModel.load(trained_model)
    assert model.types.labels == type_labels()
    assert model.meta["trained_on"] == ["golden"]
    copy = tmp_path / "copy.npz"
    model.save(copy)
    again = SentenceModel.load(copy)
    assert np.array_equal(again.classes.weights, model.classes.weights)
    with pytest.raises(CodingError, match="train-sentence-model"):
        SentenceModel.load(tmp_path / "missing.npz")
    old = tmp_path / "old.npz"
    with np.load(trained_model) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["meta"] = np.array(json.dumps({**json.loads(str(arrays["meta"])), "format": 1}))
    np.savez(old, **arrays)
    with pytest.raises(CodingError, match="train it again"):
        SentenceModel.load(old)
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(CodingError, match="not a tocsin sentence model"):
        SentenceModel.load(bad)


def test_too_little_data_is_a_clear_error():
    examples = [TrainingExample("x", 0, NONE, None)] * 5
    with pytest.raises(CodingError, match="too little labelled data"):
        train_sentence_model(examples, np.zeros((5, 384), dtype=np.float32), [])


def test_hybrid_coder_keeps_agreeing_rule_events_and_marks_its_own(settings, trained_model):
    from tocsin.coding.hybrid import HybridCoder

    coder = HybridCoder(settings.replace(sentence_model_file=str(trained_model)))
    stories = [
        Article(id="h1", text="Kyrgyz and Tajik border guards exchanged fire near the village of Dostuk on Tuesday.",
                pub_date=None),
        Article(id="h2", text="The weather in Bishkek was sunny and warm, with light winds in the afternoon.",
                pub_date=None),
    ]
    coded = coder.code_batch(stories)
    assert [c.article_id for c in coded] == ["h1", "h2"] and not any(c.error for c in coded)
    assert [e.event for e in coded[0].events] == [("ASSAULT",)]
    assert coded[0].events[0].coder == "tocsin-hybrid/0.1"
    assert coded[1].events == ()


def test_hybrid_coder_acts_only_when_sure(settings, trained_model):
    """With thresholds above 1 the model never overrides: hybrid output equals the rules output."""
    from tocsin.coding.hybrid import HybridCoder
    from tocsin.coding.rules import RulesCoder

    model = SentenceModel.load(trained_model)
    strict = Path(str(trained_model).replace(".npz", "_strict.npz"))
    SentenceModel(model.classes, model.types, Thresholds(1.01, 1.01, 1.01), model.meta).save(strict)
    articles = [Article(id=f"g{n}", text=json.loads(line)["text"], pub_date=None)
                for n, line in enumerate(GOLDEN.read_text(encoding="utf-8").splitlines()[:30])]
    hybrid = HybridCoder(settings.replace(sentence_model_file=str(strict))).code_batch(articles)
    rules = RulesCoder(settings).code_batch(articles)
    for h, r in zip(hybrid, rules):
        assert [(e.event, e.trigger) for e in h.events] == [(e.event, e.trigger) for e in r.events]


def _untrained_model(labels: tuple[str, ...]) -> SentenceModel:
    """A model whose weights are zero: only the probabilities a test passes to judge_sentence matter."""
    return SentenceModel(SoftmaxRegression(pentaclass().names, np.zeros((1, 5), np.float32), np.zeros(5, np.float32)),
                         SoftmaxRegression(labels, np.zeros((1, len(labels)), np.float32),
                                           np.zeros(len(labels), np.float32)), Thresholds(0.6, 0.6, 0.6, 0.8))


def test_judge_sentence_rules_of_the_hybrid_coder():
    labels = type_labels()
    model = _untrained_model(labels)
    type_p = np.full(len(labels), 0.01)
    type_p[labels.index("ASSAULT")] = 0.5
    sure = {k: np.eye(5)[k] * 0.9 + 0.02 for k in range(5)}
    assert judge_sentence(model, sure[4], type_p, ["ASSAULT"], False).action == "keep"
    promoted = judge_sentence(model, sure[4], type_p, ["ACCUSE", "COERCE"], False)
    assert (promoted.action, promoted.event_type) == ("promote", "COERCE")
    assert judge_sentence(model, sure[0], type_p, ["ACCUSE"], False).action == "drop"
    unsure_statement = np.array([0.7, 0.1, 0.1, 0.05, 0.05])
    assert judge_sentence(model, unsure_statement, type_p, ["ACCUSE"], False).action == "drop"
    assert judge_sentence(model, unsure_statement, type_p, ["ACCUSE"], True).action == "keep"  # story: p >= 0.8
    retyped = judge_sentence(model, sure[4], type_p, ["AGREE"], False)
    assert (retyped.action, retyped.event_type) == ("retype", "ASSAULT") and 0 < retyped.confidence < 0.92
    assert judge_sentence(model, sure[4], type_p, [], False).action == "add"
    # in a story the model only promotes and drops unless story_retype / story_add allow more
    assert judge_sentence(model, sure[4], type_p, [], True).action == "keep"
    assert judge_sentence(model, sure[4], type_p, ["AGREE"], True).action == "keep"
    open_story = dataclasses.replace(model, thresholds=Thresholds(0.6, 0.6, 0.6, 0.8, 0.6, 0.6))
    assert judge_sentence(open_story, sure[4], type_p, [], True).action == "add"
    assert judge_sentence(open_story, sure[4], type_p, ["AGREE"], True).action == "retype"
    assert judge_sentence(model, np.array([0.1, 0.1, 0.1, 0.2, 0.5]), type_p, [], False).action == "keep"


def test_judge_sentence_treats_an_appeal_request_as_a_statement():
    labels = type_labels()
    model = _untrained_model(labels)
    type_p = np.full(len(labels), 0.01)
    statement = np.array([0.9, 0.02, 0.02, 0.04, 0.02])
    verbal_conflict = np.array([0.02, 0.02, 0.02, 0.9, 0.04])
    # an appeal REQUEST is class 0: the model's "statement" agrees with it
    assert judge_sentence(model, statement, type_p, ["REQUEST"], False, ["urged"]).action == "keep"
    # a demand REQUEST is class 3: "statement" disagrees, but a drop keeps requests
    assert judge_sentence(model, statement, type_p, ["REQUEST"], False, ["demanded"]).action == "drop"
    assert dropped(["REQUEST", "ACCUSE", "REQUEST"]) == [False, True, False]
    # the appeal is promoted over a first event of another class; the right REQUEST of two is chosen
    promoted = judge_sentence(model, statement, type_p, ["ACCUSE", "REQUEST"], False, ["accused", "appealed"])
    assert (promoted.action, promoted.event_type, promoted.index) == ("promote", "REQUEST", 1)
    second = judge_sentence(model, verbal_conflict, type_p, ["REQUEST", "REQUEST"], False, ["urged", "demanded"])
    assert (second.action, second.index) == ("promote", 1)
    assert judge_sentence(model, verbal_conflict, type_p, ["REQUEST"], False, ["demanded"]).action == "keep"
    # the model reads an appeal as a demand: retyping cannot help (the event keeps its trigger "urged")
    type_p[labels.index("REQUEST")] = 0.9
    assert judge_sentence(model, verbal_conflict, type_p, ["REQUEST"], False, ["urged"]).action == "keep"


def test_class_bias_corrects_the_class_prior():
    labels = type_labels()
    model = _untrained_model(labels)
    type_p = np.full(len(labels), 1.0 / len(labels))
    leaning_statement = np.array([0.5, 0.05, 0.05, 0.05, 0.35])
    assert judge_sentence(model, leaning_statement, type_p, ["ASSAULT"], False).action == "keep"  # 0.5 < drop
    biased = dataclasses.replace(model, thresholds=Thresholds(0.6, 0.6, 0.6, 0.8, class_bias=(1.0, 0, 0, 0, 0)))
    corrected = biased.thresholds.corrected(leaning_statement)
    assert corrected.sum() == pytest.approx(1.0) and corrected[0] > 0.6
    assert judge_sentence(biased, leaning_statement, type_p, ["ASSAULT"], False).action == "drop"


def test_hyper_parameters_file_and_bad_file(tmp_path):
    hp = hyper_parameters()
    assert hp.default_l2 in hp.l2 and hp.folds >= 2 and hp.thresholds.story_add > 1.0
    bad = tmp_path / "hp.yaml"
    bad.write_text("l2: [0.1]\nfolds: 5\n", encoding="utf-8")
    with pytest.raises(CodingError, match="hyper-parameters"):
        hyper_parameters(bad)


def test_tuning_chooses_thresholds_no_worse_in_cross_validation_and_saves_them(settings, tmp_path):
    examples = examples_from_gold(load_gold(golden_as_gold(tmp_path)), settings)
    embeddings = embed(examples)
    oof = out_of_fold(examples, embeddings, folds=3)
    start = hyper_parameters().thresholds
    tuned = tune_thresholds(examples, oof, start)
    assert (score_decisions(examples, oof, tuned).model_class_macro_f1
            >= score_decisions(examples, oof, start).model_class_macro_f1)
    assert (tuned.story_drop, tuned.story_retype, tuned.story_add) == (start.story_drop, start.story_retype,
                                                                       start.story_add)
    result = train_tuned(examples, embeddings, ["golden"], folds=3)
    assert result.l2 in hyper_parameters().l2
    assert result.tuned.model_class_macro_f1 >= result.untuned.model_class_macro_f1
    path = tmp_path / "tuned.npz"
    result.model.save(path)
    again = SentenceModel.load(path)
    assert again.thresholds == result.model.thresholds and isinstance(again.thresholds.class_bias, tuple)
    assert again.meta["l2"] == result.l2

