"""Why each event was coded (or not): plain data for `tocsin explain` to render."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.coding.analysis import Candidate
from tocsin.config import Settings
from tocsin.types import Article, Event


@dataclass(frozen=True, slots=True)
class EventExplanation:
    """One coded event with its evidence and the reasons for each field."""

    event: Event
    evidence_start: int  # char offsets of the evidence sentence in the story text
    evidence_end: int
    trigger: str
    trigger_start: int | None
    trigger_end: int | None
    rule: str
    modality: str
    actor_reason: str
    recipient_reason: str
    date_reason: str
    verdict: str
    confidence: float


@dataclass(frozen=True, slots=True)
class StoryExplanation:
    """The story, its coded events with reasons, and the triggers that were considered but not coded."""

    article_id: str
    text: str
    events: tuple[EventExplanation, ...]
    rejected: tuple[Candidate, ...]
    coder: str


def explain_story(article: Article, settings: Settings) -> StoryExplanation:
    """Code one story with the rules coder and explain every decision."""
    from tocsin.coding.rules import RulesCoder

    coder = RulesCoder(settings)
    analysis = coder.analyze(article)
    by_id = {c.event_id: c for c in analysis.candidates if c.event_id}
    explained = []
    for ev in analysis.events:
        cand = by_id.get(ev.id)
        explained.append(EventExplanation(
            event=ev, evidence_start=ev.text_info.start, evidence_end=ev.text_info.end, trigger=ev.trigger,
            trigger_start=ev.trigger_start, trigger_end=ev.trigger_end, rule=ev.rule,
            modality=(f"{cand.modality} ({cand.modality_cue})" if cand and cand.modality_cue else
                      (cand.modality if cand else "asserted")),
            actor_reason=cand.actor_reason if cand else "", recipient_reason=cand.recipient_reason if cand else "",
            date_reason=cand.date_reason if cand else "", verdict=cand.verdict if cand else "coded",
            confidence=ev.confidence))
    rejected = tuple(c for c in analysis.candidates if not c.event_id)
    return StoryExplanation(article.id, article.text[: settings.max_text_chars], tuple(explained), rejected, coder.version)
