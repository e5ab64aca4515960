"""Render evaluation reports: Markdown, JSON, and rich tables for the terminal."""

from __future__ import annotations

import json
from typing import Sequence

from tocsin.evaluation.scoring import Accuracy, EvaluationReport, PRF


def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _acc(a: Accuracy) -> str:
    return f"{fmt(a.value)} ({a.correct}/{a.total})" if a.total else "–"


def summary_rows(report: EvaluationReport) -> list[tuple[str, str]]:
    """The headline figures as (name, value) rows, only those the gold allows."""
    rows: list[tuple[str, str]] = [("stories", str(report.stories))]
    if report.scored_stories:
        rows += [
            ("gold / predicted events", f"{report.gold_events} / {report.predicted_events}"),
            ("type micro P / R / F1", f"{fmt(report.micro.precision)} / {fmt(report.micro.recall)} / {fmt(report.micro.f1)}"),
            ("type macro P / R / F1", f"{fmt(report.macro_precision)} / {fmt(report.macro_recall)} / {fmt(report.macro_f1)}"),
            ("type accuracy (single-type stories)", _acc(report.type_accuracy)),
            ("type+actors P / R / F1", f"{fmt(report.type_actors.precision)} / {fmt(report.type_actors.recall)} / {fmt(report.type_actors.f1)}"),
            ("actor country accuracy", _acc(report.actor_accuracy)),
            ("recipient country accuracy", _acc(report.recipient_accuracy)),
            ("location country accuracy", _acc(report.location_accuracy)),
            ("date accuracy (exact day)", _acc(report.date_accuracy)),
        ]
    if report.negatives.stories:
        n = report.negatives
        rows.append(("events on negative stories", f"{n.events} on {n.stories_with_events}/{n.stories} stories "
                                                   f"({fmt(n.events_per_story, 2)} per story)"))
    if report.pentaclass:
        p = report.pentaclass
        rows.append(("pentaclass macro-F1 / accuracy", f"{fmt(p.macro_f1)} / {fmt(p.accuracy)} (n={p.n})"))
    if report.pentaclass_type_only:
        rows.append(("pentaclass macro-F1, every REQUEST a demand", fmt(report.pentaclass_type_only.macro_f1)))
    if report.police:
        pooled, loose = report.police.strict[-1], report.police.type_only[-1]
        rows.append(("police pooled P / R (police actor)", f"{fmt(pooled.precision)} / {fmt(pooled.recall)}"))
        rows.append(("police pooled P / R (type only)", f"{fmt(loose.precision)} / {fmt(loose.recall)}"))
        rows.append(("police events on negative documents",
                     f"{report.police.police_events_on_negative_documents} on {report.police.negative_documents} docs"))
    if report.unknown_story_ids:
        rows.append(("predicted stories not in gold (ignored)", str(report.unknown_story_ids)))
    return rows


def _prf_table(rows: Sequence[PRF], title: str) -> list[str]:
    out = [f"| {title} | support | tp | fp | fn | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(f"| {r.label} | {r.support} | {r.tp} | {r.fp} | {r.fn} | {fmt(r.precision)} | {fmt(r.recall)} | {fmt(r.f1)} |")
    return out


def to_markdown(report: EvaluationReport, heading_level: int = 2) -> str:
    h = "#" * heading_level
    title = report.name or "evaluation"
    lines = [f"{h} {title}" + (f" — {report.coder}" if report.coder else ""), "", "| figure | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in summary_rows(report)]
    if report.per_type and report.scored_stories:
        lines += ["", *_prf_table(report.per_type, "type")]
    if report.pentaclass:
        lines += ["", *_prf_table(report.pentaclass.per_class, "pentaclass"),
                  "", "Confusion (rows gold 0-4, columns predicted 0-4): "
                  + "; ".join(" ".join(str(v) for v in row) for row in report.pentaclass.confusion)]
    if report.police:
        lines += ["", *_prf_table(report.police.strict, "police actor + mode"),
                  "", *_prf_table(report.police.type_only, "type only")]
    if report.notes:
        lines += [""] + [f"- {n}" for n in report.notes]
    return "\n".join(lines) + "\n"


def to_json(report: EvaluationReport) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False)


def to_rich_tables(report: EvaluationReport) -> list:
    """rich Tables for the terminal (summary, per type, extras)."""
    from rich.table import Table

    tables = []
    summary = Table(title=(report.name or "evaluation") + (f" — {report.coder}" if report.coder else ""))
    summary.add_column("figure")
    summary.add_column("value")
    for k, v in summary_rows(report):
        summary.add_row(k, v)
    tables.append(summary)

    def prf(rows: Sequence[PRF], title: str):
        table = Table(title=title)
        for col in ("label", "support", "tp", "fp", "fn", "P", "R", "F1"):
            table.add_column(col, justify="left" if col == "label" else "right")
        for r in rows:
            table.add_row(r.label, str(r.support), str(r.tp), str(r.fp), str(r.fn), fmt(r.precision), fmt(r.recall), fmt(r.f1))
        return table

    if report.per_type and report.scored_stories:
        tables.append(prf(report.per_type, "per type"))
    if report.pentaclass:
        tables.append(prf(report.pentaclass.per_class, "pentaclass"))
    if report.police:
        tables.append(prf(report.police.strict, "police (actor + mode)"))
        tables.append(prf(report.police.type_only, "police (type only)"))
    return tables
