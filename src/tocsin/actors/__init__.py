"""Actor dictionary and actor recognition (countries, organisations, sectors, people with offices)."""

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.memory import StoryActors
from tocsin.actors.model import ActorMention, Person, Role, Term

__all__ = ["ActorDictionary", "ActorMention", "StoryActors", "Person", "Role", "Term"]
