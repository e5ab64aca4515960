"""The rule-based PLOVER coder ("rules"): lexicons as data, decisions from the dependency parse."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Sequence

from tocsin import nlp
from tocsin.coding.actor_link import NON_STATE_CODES, MentionIndex, dateline_end
from tocsin.coding.analysis import CODER_VERSION, StoryAnalysis, analyze_story
from tocsin.coding.location_roles import bloc_summit_hosts, recipients_from_location
from tocsin.coding.headline_verbs import reparse_headline_verbs
from tocsin.coding.lexicon import load_contexts, load_triggers
from tocsin.coding.recase import CaseVocabulary, build_vocabulary, recase
from tocsin.coding.word_lists import word_set
from tocsin.config import Settings
from tocsin.registry import coders
from tocsin.types import Article, CodedArticle, Location

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


class RulesCoder:
    """Accurate, explainable rule coder. `analyze` gives the full reasoning for one story."""

    name = "rules"
    version = CODER_VERSION

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lexicon = load_triggers(tuple(settings.extra_verb_files))
        self.contexts = load_contexts()
        self._actors: Any = None
        self._locator: Any = None
        self._locator_checked = False
        self._case_vocabulary: CaseVocabulary | None = None

    # -- collaborators (imported lazily: other parts of tocsin) --------------------------------------
    def _actor_dictionary(self) -> Any:
        if self._actors is None:
            from tocsin.actors import ActorDictionary

            self._actors = ActorDictionary.bundled(tuple(self.settings.extra_actor_files))
        return self._actors

    def event_locator(self) -> Any:
        if not self._locator_checked:
            self._locator_checked = True
            try:
                from tocsin.geo import EventLocator
            except ImportError:
                EventLocator = None  # noqa: N806 - geo part not installed: events keep event_loc None
            self._locator = EventLocator(self.settings) if EventLocator is not None else None
        return self._locator

    def mentions(self, doc: "Doc", article: Article) -> MentionIndex:
        from tocsin.actors import StoryActors

        dictionary = self._actor_dictionary()
        memory = StoryActors(dictionary)
        return MentionIndex(doc, dictionary.find(doc, article.pub_date, memory), self._dateline_country(doc))

    def _dateline_country(self, doc: "Doc") -> str:
        """The country of a dateline city the actor dictionary does not know ("ALMATY, April 18 (Kazinform) –", "OSH
        --"), from the gazetteer: it counts for the story's country as a capital's would."""
        locator = self.event_locator()
        text = nlp.doc_text(doc)
        if locator is None or not dateline_end(text):
            return ""
        from tocsin.geo.resolve import dateline_place

        place = dateline_place(text, locator.gazetteer)
        return place.country_code if place is not None and place.kind == "city" else ""

    # -- coding ----------------------------------------------------------------------------------------
    def _text(self, article: Article) -> str:
        return article.text[: self.settings.max_text_chars]

    def case_vocabulary(self) -> CaseVocabulary:
        if self._case_vocabulary is None:
            model = self.settings.spacy_model
            locator = self.event_locator()
            population = locator.gazetteer.city_population if locator is not None else None
            common, not_nouns, function_words = nlp.word_lists(model)
            self._case_vocabulary = build_vocabulary(
                self._actor_dictionary().index.exact, common, not_nouns, function_words, word_set("caseless_not_names"),
                population or (lambda word: 0), word_set("us_nouns"))
        return self._case_vocabulary

    def parse(self, articles: Sequence[Article]) -> list["Doc"]:
        """Parse the stories, lower-case text and Title Case / ALL CAPS headlines in sentence case, headline
        verbs the tagger took for nouns as verbs."""
        vocabulary = self.case_vocabulary()
        texts = [recase(self._text(a), vocabulary) for a in articles]
        docs = nlp.parse(self.settings.spacy_model, texts, self.settings.batch_size)
        pipeline = nlp.load_pipeline(self.settings.spacy_model)
        return [reparse_headline_verbs(doc, self.lexicon.verbs, pipeline) for doc in docs]

    def analyze_doc(self, article: Article, doc: "Doc") -> StoryAnalysis:
        if len(article.text) > self.settings.max_text_chars:
            article = dataclasses.replace(article, text=self._text(article))
        analysis = analyze_story(article, doc, self.lexicon, self.contexts, self.mentions(doc, article))
        locator = self.event_locator()
        if locator is not None and analysis.events:
            located = tuple(_aid_at_recipient(e, locator) for e in locator.locate(doc, article, analysis.events))
            analysis = recipients_from_location(dataclasses.replace(analysis, events=located), doc)
            analysis = bloc_summit_hosts(analysis, doc)
            # a statement's place named in what it is about served to find whom it is aimed at; the statement itself
            # took place where it was said ("accused Pakistan of ... attacks in Jammu" at a meeting in Bishkek)
            analysis = dataclasses.replace(analysis, events=tuple(
                _at_home_of_actor(e, locator) for e in locator.locate(doc, article, analysis.events, venues=True)))
        return analysis

    def analyze(self, article: Article) -> StoryAnalysis:
        """Code one story and keep the reasoning (used by `explain`)."""
        return self.analyze_doc(article, self.parse([article])[0])

    def code_batch(self, articles: Sequence[Article]) -> list[CodedArticle]:
        docs = self.parse(articles)
        out: list[CodedArticle] = []
        for article, doc in zip(articles, docs):
            try:
                analysis = self.analyze_doc(article, doc)
            except Exception as exc:  # one story's failure is recorded on it; the batch goes on
                out.append(CodedArticle(article.id, (), f"{type(exc).__name__}: {exc}"))
                continue
            out.append(CodedArticle(article.id, analysis.events))
        return out


def _aid_at_recipient(event: Any, locator: Any) -> Any:
    """Aid is delivered where its recipient is: "a train ... crossed the Friendship Bridge from Uzbekistan into
    Afghanistan" happened in Afghanistan, "dispatched 20 trucks of aid to the province" in the stricken country, not
    where the sender or the story's bureau is."""
    if "AID" not in event.event or locator is None:
        return event
    codes = {r.code for r in event.recipient if len(r.code) == 3} - NON_STATE_CODES - {a.code for a in event.actor}
    if len(codes) != 1 or (event.event_loc is not None and event.event_loc.country_code in codes):
        return event
    place = locator.gazetteer.country(next(iter(codes)))
    if place is None:
        return event
    loc = Location(extracted_place="", resolved_place=place.name, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                   country_code=place.country_code, resolution="country", feature_class="A", feature_code="PCLI", score=0.4)
    return dataclasses.replace(event, event_loc=loc)


HOME_ACTS = ("SANCTION", "MOBILIZE", "ACCUSE/summon", "ACCUSE/protest_note")  # event types, or type/rule ids
ABROAD_RULES = ("MOBILIZE/airspace_entered",)  # (an incursion happens in the state entered)
BLOC_SEATS = {"EUR": "BEL"}  # where a bloc decides (README: "sanctions take the seat of the decision")


def _country_location(locator: Any, code: str) -> Any:
    place = locator.gazetteer.country(code)
    if place is None:
        return None
    return Location(extracted_place="", resolved_place=place.name, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                    country_code=place.country_code, resolution="country", feature_class="A", feature_code="PCLI", score=0.4)


def _at_home_of_actor(event: Any, locator: Any) -> Any:
    """Sanctions take the seat of the decision ("The European Union adopted sanctions against Russia": BEL, not the
    target's country the text names); a summons or a state's own troop move that the text places nowhere happens at
    home, not in the dateline's or story's country ("MINSK - Lithuania's Foreign Ministry summoned Belarus's charge
    d'affaires": LTU; "Poland's army sent 1,500 soldiers to the eastern frontier": POL). Court sentences, incursions and
    acts the text places elsewhere than the target stay where they are."""
    rule = (event.rule or "").split(":")[-1]
    if locator is None or rule in ABROAD_RULES or not any(a in event.event or a == rule for a in HOME_ACTS):
        return event
    codes = {BLOC_SEATS.get(a.code, a.code) for a in event.actor if a.code}
    if len(codes) != 1 or not (home := next(iter(codes))) or home in NON_STATE_CODES or len(home) != 3:
        return event
    loc = event.event_loc
    if loc is not None and loc.country_code == home:
        return event
    targets = {r.code for r in event.recipient}
    decision = "SANCTION" in event.event and "convict" not in event.mode
    if loc is not None and loc.start is not None and not (decision and loc.country_code in targets):
        return event  # (a place the text gives: not the sanctioned state's)
    placed = _country_location(locator, home)
    return dataclasses.replace(event, event_loc=placed) if placed is not None else event


@coders.register("rules")
def make_rules_coder(settings: Settings) -> RulesCoder:
    """Factory registered as coder "rules"."""
    return RulesCoder(settings)
