"""Trigger and context lexicons: YAML data files -> validated frozen rules.

Trigger file format: see the header of `tocsin/data/coding/triggers.yaml`. User files
(settings.extra_verb_files) use the same format; their rules are added before the bundled ones,
so a user rule wins ties.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

import yaml

from tocsin.errors import ConfigError
from tocsin.plover import taxonomy
from tocsin.yaml_loading import SAFE_LOADER

BUNDLED_TRIGGERS = "triggers.yaml"
BUNDLED_CONTEXTS = "contexts.yaml"

_RULE_KEYS = {
    "id", "lemma", "pos", "event", "mode", "contexts", "reliability", "object", "no_object", "prep", "prt",
    "modifier", "sentence_has", "sentence_lacks", "subject", "object_block", "reciprocal", "future_as", "state_as",
    "governs", "governs_map", "joint_as", "clausal", "active", "head", "complement", "complement_block", "prep_block",
    "promise_only", "prt_block", "armed_as", "no_clause", "topic", "undergoer", "story_has",
    "subject_head", "subject_block", "clause_lacks", "sentence_has_also", "guest_acts", "foreign_recipient", "refusal_only", "story_lacks",
}
_POS = {"VERB", "NOUN", "ADJ", "PROPN", "AUX"}


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger rule (see triggers.yaml header for the meaning of each field)."""

    id: str
    lemmas: frozenset[str]
    event: str
    source: str = ""  # file the rule came from, for `explain`
    pos: frozenset[str] = frozenset({"VERB"})
    mode: str = ""
    contexts: tuple[str, ...] = ()
    reliability: float = 0.6
    object: frozenset[str] = frozenset()
    no_object: bool = False
    prep: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    sentence_has: frozenset[str] = frozenset()
    sentence_lacks: frozenset[str] = frozenset()
    object_block: frozenset[str] = frozenset()
    reciprocal: bool = False
    future_as: str = ""
    state_as: str = ""
    joint_as: str = ""
    governs: bool = False
    governs_map: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    order: int = 0
    clausal: bool = False  # the trigger must take a clausal complement ("allowed them to return")
    active: bool = False  # the trigger must be in the active voice ("workers halted work", not "work was halted")
    head: frozenset[str] = frozenset()  # a noun trigger must be the object of one of these verbs ("issued a plea")
    subject: frozenset[str] = frozenset()  # the active subject (or a word in front of it) has one of these lemmas
    complement: frozenset[str] = frozenset()  # the clausal complement's verb has one of these lemmas ("vowed to crush")
    complement_block: frozenset[str] = frozenset()  # complement verbs that veto the rule ("vowed to appeal")
    prep_block: frozenset[str] = frozenset()  # prepositions that veto the rule on a trigger with no object ("searched for")
    promise_only: bool = False  # coded only when told as a promise or plan ("will respond ... if"), never as done
    refusal_only: bool = False  # coded only as a refusal ("would not take part in the exercise"), never as done
    prt_block: frozenset[str] = frozenset()  # particles that veto the rule ("protests kicked off" is no kicking)
    armed_as: str = ""  # event type when the actor is an armed group or unidentified attackers ("militants stormed")
    no_clause: bool = False  # no to-infinitive in the trigger's phrase ("called on Modi", not "called on Modi to")
    topic: frozenset[str] = frozenset()  # what the trigger or its object is about ("concern over the arrests")
    undergoer: bool = False  # the active subject undergoes the act ("prisoners walked free"): recipient, not actor
    story_has: frozenset[str] = frozenset()  # lemmas that must occur in the story so far ("striking miners ... raise wages")
    story_lacks: frozenset[str] = frozenset()  # lemmas that must not occur in the story so far ("A storm cut power ... restored")
    subject_head: frozenset[str] = frozenset()  # the subject's head noun ("the Supreme Eurasian Economic Council")
    subject_block: frozenset[str] = frozenset()  # head nouns the subject must not have ("the kidnappers freed ...")
    clause_lacks: frozenset[str] = frozenset()  # lemmas not in the trigger's own clause ("remanded on bail")
    sentence_has_also: frozenset[str] = frozenset()  # a second list of which one lemma must occur in the sentence too
    foreign_recipient: bool = False  # coded only with a recipient other than the actor ("would train 300 Afghan workers")
    guest_acts: bool = False  # the hosted guest (object) is the actor, the host the recipient ("Lavrov hosted Muttaqi")

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.object, self.no_object, self.prep, self.prt, self.modifier,
                                      self.sentence_has, self.clausal, self.head, self.subject, self.complement,
                                      self.story_has, self.subject_head, self.sentence_has_also)) * 2 \
            + bool(self.sentence_lacks) + bool(self.story_lacks) + bool(self.clause_lacks) + bool(self.object_block) + bool(self.active) + bool(self.prep_block) \
            + bool(self.no_clause) + bool(self.topic) * 2

    @property
    def label(self) -> str:
        return f"{self.source}:{self.id}" if self.source else self.id


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    rules: tuple[TriggerRule, ...]
    by_lemma: Mapping[str, tuple[TriggerRule, ...]]
    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    background_preps: frozenset[str]
    verbs: frozenset[str] = frozenset()  # the lemmas of verb triggers

    def candidates(self, lemma: str) -> tuple[TriggerRule, ...]:
        return self.by_lemma.get(lemma, ())


@dataclass(frozen=True, slots=True)
class ContextLexicon:
    single: Mapping[str, tuple[str, ...]]  # lemma -> contexts
    phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (lemma sequence, contexts)
    mode_cues: Mapping[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]  # event -> ((mode, cues), ...)
    # event -> modes whose cues win over the mode a rule gives ("a suicide truck bomb exploded": suicide-attack)
    overriding_modes: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))


def _words(value: Any, where: str, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a word or a list of words")
    return frozenset(str(v).lower() for v in value)


def parse_rule(raw: Any, where: str, source: str, order: int) -> TriggerRule:
    """Validate one YAML trigger entry."""
    tax = taxonomy()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a trigger must be a mapping, got {type(raw).__name__}")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown trigger field(s) {sorted(unknown)}")
    rule_id = str(raw.get("id") or "")
    where = f"{where} ({rule_id or 'no id'})"
    if not rule_id:
        raise ConfigError(f"{where}: trigger needs an 'id'")
    lemmas = _words(raw.get("lemma"), where, "lemma")
    if not lemmas:
        raise ConfigError(f"{where}: trigger needs at least one 'lemma'")
    event = str(raw.get("event") or "")
    if event not in tax.event_types:
        raise ConfigError(f"{where}: unknown PLOVER event type {event!r}")
    mode = str(raw.get("mode") or "")
    if mode and not tax.is_valid_mode(event, mode):
        raise ConfigError(f"{where}: mode {mode!r} is not a mode of {event}")
    contexts = tuple(raw.get("contexts") or ())
    bad = [c for c in contexts if c not in tax.contexts]
    if bad:
        raise ConfigError(f"{where}: unknown context(s) {bad}")
    pos = frozenset(p.upper() for p in _words(raw.get("pos") or ["VERB"], where, "pos"))
    if pos - _POS:
        raise ConfigError(f"{where}: pos must be among {sorted(_POS)}")
    try:
        reliability = float(raw.get("reliability", 0.6))
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: reliability must be a number") from None
    if not 0 < reliability <= 1:
        raise ConfigError(f"{where}: reliability must be in (0, 1]")
    for key in ("future_as", "state_as", "joint_as", "armed_as"):
        value = raw.get(key) or ""
        if value and value not in tax.event_types:
            raise ConfigError(f"{where}: {key} names unknown event type {value!r}")
    gmap = raw.get("governs_map") or {}
    if not isinstance(gmap, dict) or any(k not in tax.event_types or v not in tax.event_types for k, v in gmap.items()):
        raise ConfigError(f"{where}: governs_map must map event types to event types")
    return TriggerRule(
        id=rule_id, lemmas=lemmas, event=event, source=source, pos=pos, mode=mode, contexts=contexts,
        reliability=reliability, object=_words(raw.get("object"), where, "object"),
        no_object=bool(raw.get("no_object", False)), prep=_words(raw.get("prep"), where, "prep"),
        prt=_words(raw.get("prt"), where, "prt"), modifier=_words(raw.get("modifier"), where, "modifier"),
        sentence_has=_words(raw.get("sentence_has"), where, "sentence_has"),
        sentence_lacks=_words(raw.get("sentence_lacks"), where, "sentence_lacks"),
        object_block=_words(raw.get("object_block"), where, "object_block"),
        reciprocal=bool(raw.get("reciprocal", False)), future_as=str(raw.get("future_as") or ""),
        state_as=str(raw.get("state_as") or ""), joint_as=str(raw.get("joint_as") or ""),
        governs=bool(raw.get("governs", False)) or bool(gmap), governs_map=MappingProxyType(dict(gmap)), order=order,
        clausal=bool(raw.get("clausal", False)), active=bool(raw.get("active", False)),
        head=_words(raw.get("head"), where, "head"), subject=_words(raw.get("subject"), where, "subject"),
        complement=_words(raw.get("complement"), where, "complement"),
        complement_block=_words(raw.get("complement_block"), where, "complement_block"),
        prep_block=_words(raw.get("prep_block"), where, "prep_block"),
        promise_only=bool(raw.get("promise_only", False)), refusal_only=bool(raw.get("refusal_only", False)),
        prt_block=_words(raw.get("prt_block"), where, "prt_block"),
        armed_as=str(raw.get("armed_as") or ""), no_clause=bool(raw.get("no_clause", False)),
        topic=_words(raw.get("topic"), where, "topic"), undergoer=bool(raw.get("undergoer", False)),
        story_has=_words(raw.get("story_has"), where, "story_has"),
        story_lacks=_words(raw.get("story_lacks"), where, "story_lacks"),
        subject_head=_words(raw.get("subject_head"), where, "subject_head"),
        subject_block=_words(raw.get("subject_block"), where, "subject_block"),
        clause_lacks=_words(raw.get("clause_lacks"), where, "clause_lacks"),
        sentence_has_also=_words(raw.get("sentence_has_also"), where, "sentence_has_also"),
        guest_acts=bool(raw.get("guest_acts", False)),
        foreign_recipient=bool(raw.get("foreign_recipient", False)),
    )


def parse_trigger_document(data: Any, source: str, order_start: int = 0) -> tuple[list[TriggerRule], dict[str, set[str]]]:
    """Rules and word lists of one trigger document (already YAML-decoded)."""
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        raise ConfigError(f"{source}: expected a mapping with a 'triggers' list")
    rules: list[TriggerRule] = []
    seen: set[str] = set()
    for n, raw in enumerate(data["triggers"], 1):
        rule = parse_rule(raw, f"{source}: trigger #{n}", source, order_start + n)
        if rule.id in seen:
            raise ConfigError(f"{source}: trigger #{n}: duplicate id {rule.id!r}")
        seen.add(rule.id)
        rules.append(rule)
    lists = {key: set(_words(data.get(key), source, key)) for key in ("light_verbs", "occurrence_verbs", "background_preps")}
    return rules, lists




class _LexiconLoader(SAFE_LOADER):  # type: ignore[misc, valid-type]
    """YAML 1.1 reads on/off/yes/no as booleans; in a word list they are words. Only true/false are booleans."""


_LexiconLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _LexiconLoader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


def _read_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_LexiconLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: invalid YAML ({exc})") from exc


def _bundled_text(name: str) -> str:
    return resources.files("tocsin.data.coding").joinpath(name).read_text(encoding="utf-8")


def build_trigger_lexicon(documents: Sequence[tuple[str, Any]]) -> TriggerLexicon:
    """Merge trigger documents (earlier documents win ties)."""
    rules: list[TriggerRule] = []
    lists: dict[str, set[str]] = {"light_verbs": set(), "occurrence_verbs": set(), "background_preps": set()}
    for source, data in documents:
        doc_rules, doc_lists = parse_trigger_document(data, source, order_start=len(rules))
        rules.extend(doc_rules)
        for key, words in doc_lists.items():
            lists[key] |= words
    by_lemma: dict[str, list[TriggerRule]] = {}
    for rule in rules:
        for lemma in rule.lemmas:
            by_lemma.setdefault(lemma, []).append(rule)
    ordered = {k: tuple(sorted(v, key=lambda r: (-r.specificity, r.order))) for k, v in by_lemma.items()}
    verbs = frozenset(lemma for rule in rules if "VERB" in rule.pos for lemma in rule.lemmas if lemma.isalpha())
    return TriggerLexicon(tuple(rules), MappingProxyType(ordered), frozenset(lists["light_verbs"]),
                          frozenset(lists["occurrence_verbs"]), frozenset(lists["background_preps"]), verbs)


@functools.lru_cache(maxsize=8)
def load_triggers(extra_files: tuple[Path, ...] = ()) -> TriggerLexicon:
    """The bundled trigger lexicon plus user files (YAML in the same format, or PETRARCH verb files)."""
    documents: list[tuple[str, Any]] = []
    for path in extra_files:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"verb file {path}: cannot read ({exc})") from exc
        if path.suffix.lower() in (".yaml", ".yml"):
            documents.append((str(path), _read_yaml(text, str(path))))
        else:
            from tocsin.coding.petrarch_verbs import petrarch_verbs_document

            documents.append((str(path), petrarch_verbs_document(text, str(path))))
    documents.append((BUNDLED_TRIGGERS, _read_yaml(_bundled_text(BUNDLED_TRIGGERS), BUNDLED_TRIGGERS)))
    return build_trigger_lexicon(documents)


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


@functools.lru_cache(maxsize=1)
def load_contexts() -> ContextLexicon:
    """The bundled context lexicon and mode cues."""
    data = _read_yaml(_bundled_text(BUNDLED_CONTEXTS), BUNDLED_CONTEXTS)
    tax = taxonomy()
    if not isinstance(data, dict) or not isinstance(data.get("contexts"), dict):
        raise ConfigError(f"{BUNDLED_CONTEXTS}: expected a 'contexts' mapping")
    single: dict[str, list[str]] = {}
    phrases: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for context, cues in data["contexts"].items():
        if context not in tax.contexts:
            raise ConfigError(f"{BUNDLED_CONTEXTS}: unknown context {context!r}")
        for cue in cues or ():
            key = _phrase_key(str(cue))
            if len(key) == 1:
                single.setdefault(key[0], []).append(context)
            else:
                phrases.append((key, (context,)))
    mode_cues: dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]] = {}
    for event, modes in (data.get("mode_cues") or {}).items():
        if event not in tax.event_types:
            raise ConfigError(f"{BUNDLED_CONTEXTS}: mode_cues: unknown event {event!r}")
        entries = []
        for mode, cues in modes.items():
            if not tax.is_valid_mode(event, mode):
                raise ConfigError(f"{BUNDLED_CONTEXTS}: mode_cues: {mode!r} is not a mode of {event}")
            entries.append((mode, tuple(_phrase_key(str(c)) for c in cues)))
        mode_cues[event] = tuple(entries)
    overriding: dict[str, frozenset[str]] = {}
    for event, modes in (data.get("overriding_modes") or {}).items():
        unknown = [m for m in modes if not any(m == mode for mode, _ in mode_cues.get(event, ()))]
        if unknown:
            raise ConfigError(f"{BUNDLED_CONTEXTS}: overriding_modes: {event} {unknown} have no mode_cues")
        overriding[event] = frozenset(modes)
    return ContextLexicon(MappingProxyType({k: tuple(v) for k, v in single.items()}), tuple(phrases),
                          MappingProxyType(mode_cues), MappingProxyType(overriding))


def _contains(lemmas: Sequence[str], lemma_set: frozenset[str] | set[str], phrase: tuple[str, ...]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in lemma_set
    for word in phrase:  # every word must occur somewhere before a contiguous run can
        if word not in lemma_set:
            return False
    n = len(phrase)
    first = phrase[0]
    for i in range(len(lemmas) - n + 1):
        if lemmas[i] == first and tuple(lemmas[i:i + n]) == phrase:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _context_order() -> dict[str, int]:
    return {c: i for i, c in enumerate(taxonomy().contexts)}


def find_contexts(lexicon: ContextLexicon, lemmas: Sequence[str], texts: Iterable[str] = ()) -> tuple[str, ...]:
    """Contexts cued by a sentence (lower-cased lemmas, plus lower-cased surface words)."""
    lemma_set = set(lemmas) | {t.lower() for t in texts}
    found: list[str] = []
    single = lexicon.single
    for lemma in lemma_set:
        for c in single.get(lemma, ()):
            if c not in found:
                found.append(c)
    for phrase, contexts in lexicon.phrases:
        if phrase[0] in lemma_set and _contains(lemmas, lemma_set, phrase):
            for c in contexts:
                if c not in found:
                    found.append(c)
    order = _context_order()
    return tuple(sorted(found, key=lambda c: order[c]))


def infer_mode(lexicon: ContextLexicon, event: str, lemmas: Sequence[str], texts: Iterable[str] = (),
               only: frozenset[str] | None = None) -> str:
    """First mode (of `only`, if given) whose cue occurs in the sentence, or ""."""
    lemma_set = set(lemmas) | {t.lower() for t in texts}
    for mode, cues in lexicon.mode_cues.get(event, ()):
        if only is not None and mode not in only:
            continue
        if any(_contains(lemmas, lemma_set, cue) for cue in cues):
            return mode
    return ""
