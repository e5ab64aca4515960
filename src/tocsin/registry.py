"""Small named registries: a new source, coder, geocoder or notifier is one function or class
plus one registration line (`@coders.register("rules")`)."""

from __future__ import annotations

from typing import Callable, Generic, Iterator, TypeVar

from tocsin.errors import ConfigError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def add(item: T) -> T:
            if name in self._items:
                raise ConfigError(f"{self.kind} {name!r} is registered twice")
            self._items[name] = item
            return item

        return add

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise ConfigError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))


# Each holds factories. Modules register themselves on import; `tocsin.plugins.load_all()` imports them.
sources: Registry = Registry("source")  # name -> callable(spec: str, settings) -> iterator of Article|SourceProblem
coders: Registry = Registry("coder")  # name -> callable(settings) -> Coder
geocoders: Registry = Registry("geocoder")
notifiers: Registry = Registry("notifier")
