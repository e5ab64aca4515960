"""The "hybrid" coder: the rules coder, checked sentence by sentence by a trained sentence model.

For a text of one sentence (a headline, a sentence-level record), and in a longer story for each
sentence where the rules considered a trigger (coded or set aside), the sentence model
(tocsin.coding.sentence_model) gives the probability of each event class (after the model's class
prior correction). Where it is sure enough and disagrees with the rules it acts, and says so in the
event's `rule`; the classes of rule events are tocsin.cameo's (a REQUEST fired by an appeal word is
class 0, like a statement):
- the sentence's first event is of another class, but a later rule event of the sentence has the
  model's class: that event becomes the sentence's first (its main event);
- class 0 (a statement or appeal, no event of another class): the sentence's rule events are
  dropped, except requests; in a story of several sentences the model must be surer (`story_drop`),
  because it was trained on sentences read alone, without the story around them;
- another class and no rule event of it: the first rule event is retyped to the model's most likely
  type of that class;
- no rule event at all: an event of the model's most likely type of that class is added, with the
  actor named before its trigger and the recipient after it; the trigger is one the rules saw and set
  aside (no actor found, a noun they could not attach...) or, in a one-sentence text only, the
  sentence's main verb; never where the rules set a trigger of the sentence aside as negated,
  hypothetical, planned, background or historical. In a story the rules' trigger must be of the
  model's class.
In a story of several sentences retyping and adding need `story_retype` / `story_add`, by default
above 1 (never): dev evidence, they cost type and type+actors F1 on the team's multi-sentence stories.
The thresholds are the model's own (tuned by cross-validation when it was trained).
Everything else (actors, dates, places, confidence of untouched events) is the rules coder's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

import numpy as np

from tocsin.coding.actor_link import MentionIndex
from tocsin.coding.analysis import StoryAnalysis
from tocsin.coding.dates import resolve_event_date
from tocsin.coding.lexicon import find_contexts
from tocsin.coding.rules import RulesCoder
from tocsin.coding.sentence_encoder import shared_encoder
from tocsin.coding.sentence_model import (
    SentenceModel, class_features, class_of, dropped, judge_sentence, model_path, type_features)
from tocsin.config import Settings
from tocsin.plover import taxonomy
from tocsin.registry import coders
from tocsin.types import Article, CodedArticle, Event, TextInfo

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

MODEL_RULE = "sentence-model"
# rules verdicts that mean "this trigger is not a real, current event": no event is added there
SET_ASIDE = ("negated", "hypothetical", "conditional", "planned", "future", "background", "historical", "merged",
             "part of", "question", "forecast", "advice")


@dataclass(frozen=True)
class RuleSentence:
    """A sentence to judge and what the rules coder found there: its first event, every trigger considered."""

    text: str
    rule_type: str | None
    rule_trigger: str
    candidate_types: tuple[str, ...]
    candidate_triggers: tuple[str, ...]


@dataclass(frozen=True)
class PreparedBatch:
    """Articles parsed and coded by the rules, with the sentences the model is to judge (owner = (story, sentence))."""

    articles: tuple[Article, ...]
    docs: tuple["Doc", ...]
    analyses: tuple[StoryAnalysis | str, ...]  # a story's analysis, or the error it failed with
    sentences: tuple[RuleSentence, ...]
    owners: tuple[tuple[int, int], ...]


class HybridCoder:
    name = "hybrid"
    version = "tocsin-hybrid/0.1"  # the `coder` of every event it writes

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.rules = RulesCoder(settings)
        self.model = SentenceModel.load(model_path(settings))
        self.encoder = shared_encoder()

    # -- which sentences, and what the model says of them --------------------------------------------
    def _sentences_to_judge(self, analysis: StoryAnalysis, sentence_count: int) -> list[int]:
        """A text of one sentence; in a story, the sentences where the rules considered a trigger."""
        if sentence_count == 1:
            return [0]
        return sorted({c.sentence for c in analysis.candidates})

    # -- edits -------------------------------------------------------------------------------------------
    def _retyped(self, event: Event, new_type: str, p: float) -> Event:
        etype = taxonomy().event_type(new_type)
        return dataclasses.replace(event, event=(new_type,), mode=(), quad_code=etype.quad_code,
                                   event_scale=etype.scale(None), confidence=round(p, 4),
                                   rule=f"{event.rule}; {MODEL_RULE}: {event.event[0]} -> {new_type}")

    def _added(self, article: Article, doc: "Doc", sent: "Span", n: int, analysis: StoryAnalysis,
               mentions: MentionIndex, new_type: str, p: float, in_story: bool) -> Event | None:
        in_sentence = [c for c in analysis.candidates if c.sentence == n]
        if any(any(word in c.verdict for word in SET_ASIDE) or c.modality != "asserted" for c in in_sentence):
            return None
        typed = [c for c in in_sentence if class_of(c.event, c.trigger) == class_of(new_type)]
        if not typed and in_story:  # in a story, the rules' own trigger of that class is required
            return None
        trigger = doc.char_span(typed[0].trigger_start, typed[0].trigger_end, alignment_mode="expand") \
            if typed else None
        trigger_tok = trigger[0] if trigger is not None and len(trigger) else sent.root
        people = [m for m in mentions.in_sentence(sent.start, sent.end) if m.kind != "pronoun"]
        before = [m for m in people if m.token_end <= trigger_tok.i]
        after = [m for m in people if m.token_start > trigger_tok.i]
        actor = before[0].entity if before else None
        recipient = next((m.entity for m in after if actor is None or m.entity.code != actor.code
                          or m.entity.sector != actor.sector), None)
        if actor is None and recipient is None:
            return None
        etype = taxonomy().event_type(new_type)
        date = resolve_event_date(sent.text, article.pub_date)
        contexts = find_contexts(self.rules.contexts, [t.lemma_.lower() for t in sent], (sent.text,))
        return Event(
            id=f"{article.id}-s{n}", story_id=article.id, date=date.date, enddate=date.enddate,
            event=(new_type,), event_text=sent.text.strip(), text_info=TextInfo(n, sent.start_char, sent.end_char),
            confidence=round(p, 4), coder=self.version, context=contexts,
            actor=(actor,) if actor else (), recipient=(recipient,) if recipient else (),
            quad_code=etype.quad_code, event_scale=etype.scale(None), trigger=trigger_tok.text,
            trigger_start=trigger_tok.idx, trigger_end=trigger_tok.idx + len(trigger_tok.text),
            rule=f"{MODEL_RULE}: {new_type} (no rule event in the sentence)", date_text=date.date_text,
            cite_info=article.url or article.source)

    def _apply(self, article: Article, doc: "Doc", analysis: StoryAnalysis,
               judged: dict[int, tuple[np.ndarray, np.ndarray]]) -> tuple[Event, ...]:
        sents = list(doc.sents)
        in_story = len(sents) > 1
        by_sentence: dict[int, list[Event]] = {}
        for e in analysis.events:
            by_sentence.setdefault(e.text_info.sequence, []).append(e)
        added: list[Event] = []
        mentions: MentionIndex | None = None  # found only when an event may be added
        for n, (class_p, type_p) in judged.items():
            events = by_sentence.get(n, [])
            types, triggers = [e.event[0] for e in events], [e.trigger for e in events]
            verdict = judge_sentence(self.model, class_p, type_p, types, in_story, triggers)
            if verdict.action == "promote":
                first = events[verdict.index]
                by_sentence[n] = [first, *[e for e in events if e is not first]]
            elif verdict.action == "drop":
                by_sentence[n] = [e for e, gone in zip(events, dropped(types)) if not gone]
            elif verdict.action == "retype":
                by_sentence[n] = [self._retyped(events[0], verdict.event_type, verdict.confidence), *events[1:]]
            elif verdict.action == "add":
                mentions = mentions or self.rules.mentions(doc, article)
                event = self._added(article, doc, sents[n], n, analysis, mentions, verdict.event_type,
                                    verdict.confidence, in_story)
                if event is not None:
                    added.append(event)
        if added:
            locator = self.rules.event_locator()
            if locator is not None:
                added = list(locator.locate(doc, article, added))
            for e in added:
                by_sentence.setdefault(e.text_info.sequence, []).append(e)
        return tuple(e for n in sorted(by_sentence) for e in by_sentence[n])

    # -- the coder interface ----------------------------------------------------------------------------
    def prepare(self, articles: Sequence[Article]) -> PreparedBatch:
        """Parse and code the articles with the rules; list the sentences the model is to judge."""
        docs = self.rules.parse(articles)
        prepared: list[StoryAnalysis | str] = []  # a story's analysis, or the error it failed with
        sentences: list[RuleSentence] = []
        owners: list[tuple[int, int]] = []
        for k, (article, doc) in enumerate(zip(articles, docs)):
            try:
                analysis = self.rules.analyze_doc(article, doc)
            except Exception as exc:  # one story's failure is recorded on it; the batch goes on
                prepared.append(f"{type(exc).__name__}: {exc}")
                continue
            prepared.append(analysis)
            sents = list(doc.sents)
            firsts: dict[int, Event] = {}
            for e in analysis.events:
                firsts.setdefault(e.text_info.sequence, e)
            for n in self._sentences_to_judge(analysis, len(sents)):
                seen = [c for c in analysis.candidates if c.sentence == n]
                first = firsts.get(n)
                sentences.append(RuleSentence(sents[n].text, first.event[0] if first else None,
                                              first.trigger if first else "", tuple(c.event for c in seen),
                                              tuple(c.trigger for c in seen)))
                owners.append((k, n))
        return PreparedBatch(tuple(articles), tuple(docs), tuple(prepared), tuple(sentences), tuple(owners))

    def judge(self, batch: PreparedBatch, embeddings: np.ndarray | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
        """(class probabilities, type probabilities) of each sentence of the batch."""
        if not batch.sentences:
            return []
        if embeddings is None:
            embeddings = self.encoder.encode([s.text for s in batch.sentences])
        x_class = np.stack([class_features(e, s.rule_type, s.candidate_types, s.rule_trigger, s.candidate_triggers)
                            for e, s in zip(embeddings, batch.sentences)])
        x_type = np.stack([type_features(e, s.rule_type, s.candidate_types)
                           for e, s in zip(embeddings, batch.sentences)])
        return list(zip(self.model.classes.proba(x_class), self.model.types.proba(x_type)))

    def finish(self, batch: PreparedBatch, judgements: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[CodedArticle]:
        """The coded articles: the rules' events, edited where the model's judgement says so."""
        per_story: dict[int, dict[int, tuple[np.ndarray, np.ndarray]]] = {}
        for (k, n), j in zip(batch.owners, judgements):
            per_story.setdefault(k, {})[n] = j
        out = []
        for k, (article, doc, item) in enumerate(zip(batch.articles, batch.docs, batch.analyses)):
            if isinstance(item, str):  # the error of a story that failed
                out.append(CodedArticle(article.id, (), item))
                continue
            events = self._apply(article, doc, item, per_story.get(k, {}))
            out.append(CodedArticle(article.id, tuple(dataclasses.replace(e, coder=self.version) for e in events)))
        return out

    def code_batch(self, articles: Sequence[Article]) -> list[CodedArticle]:
        batch = self.prepare(articles)
        return self.finish(batch, self.judge(batch))


@coders.register("hybrid")
def make_hybrid_coder(settings: Settings) -> HybridCoder:
    """Factory registered as coder "hybrid" (needs a trained sentence model)."""
    return HybridCoder(settings)
