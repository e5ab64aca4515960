"""Evaluation harness: gold stories, predictions, scores, reports, converters of the shared sets."""

from tocsin.evaluation.gold import GoldEvent, GoldStory, load_gold, parse_gold_record, write_gold
from tocsin.evaluation.predictions import PredEvent, load_predictions, pred_from_event, predictions_from_coded
from tocsin.evaluation.report import to_json, to_markdown, to_rich_tables
from tocsin.evaluation.scoring import (
    PRF,
    Accuracy,
    EvaluationReport,
    NegativeScore,
    PentaclassScore,
    PoliceScore,
    evaluate,
)

__all__ = [
    "Accuracy", "EvaluationReport", "GoldEvent", "GoldStory", "NegativeScore", "PRF",
    "PentaclassScore", "PoliceScore", "PredEvent", "evaluate", "load_gold", "load_predictions", "parse_gold_record",
    "pred_from_event", "predictions_from_coded", "to_json", "to_markdown", "to_rich_tables", "write_gold",
]
