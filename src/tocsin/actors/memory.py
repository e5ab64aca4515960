"""Per-story memory: people taught by titles and appositions, the last person (for "he"/"she")
and the countries seen (the story's country when none is given)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from tocsin.actors.model import ActorMention
from tocsin.types import Entity

if TYPE_CHECKING:  # pragma: no cover
    from tocsin.actors.dictionary import ActorDictionary

COUNTRY_KINDS = frozenset({"country", "demonym", "capital"})


class StoryActors:
    """What one story has taught so far. Create one per story and pass it to every find() call."""

    def __init__(self, dictionary: "ActorDictionary", story_country: str | None = None) -> None:
        self.dictionary = dictionary
        self.story_country = story_country
        self.people: dict[str, Entity] = {}  # full name and surname -> entity (no offsets)
        self.last_person: Entity | None = None
        self.last_actor: Entity | None = None
        self.last_igo: Entity | None = None  # for "the bloc", "the alliance"
        self.countries_seen: Counter[str] = Counter()
        self.organisations: dict[str, Entity] = {}  # names introduced with their country ("broadcaster LRT") -> entity

    def country(self) -> str | None:
        """The story's country: the one given, else the country mentioned most so far."""
        if self.story_country:
            return self.story_country
        if not self.countries_seen:
            return None
        return self.countries_seen.most_common(1)[0][0]

    def learn(self, name: str, entity: Entity) -> None:
        """Remember a person named with a title or apposition ("Interior Minister Ramazon Rahimzoda")."""
        bare = replace(entity, entity_text=name, identifier_text=entity.identifier_text or name, start=None, end=None)
        words = name.split()
        self.people[name] = bare
        if len(words) > 1:
            self.people[words[-1]] = bare  # the latest person with that surname wins
        self.last_person = bare

    def learn_organisation(self, name: str, entity: Entity) -> None:
        """Remember an organisation introduced with its country ("Lithuania's national broadcaster LRT")."""
        self.organisations[name] = replace(entity, entity_text=name, start=None, end=None)

    def lookup(self, name: str) -> Entity | None:
        """A taught person by full name or surname."""
        found = self.people.get(name)
        if found is None:
            words = name.split()
            if len(words) > 1:
                found = self.people.get(words[-1])
        return found

    def note(self, mention: ActorMention) -> None:
        """Record a mention: countries seen, last actor, last person."""
        entity = mention.entity
        if mention.kind in COUNTRY_KINDS and entity.code:
            self.countries_seen[entity.code] += 1
        if mention.kind == "person" and entity.identifier_text:
            self.last_person = replace(entity, start=None, end=None)
        if mention.kind != "pronoun":
            self.last_actor = replace(entity, start=None, end=None)
        if mention.kind == "igo" and entity.code:
            self.last_igo = replace(entity, start=None, end=None)
