"""Places and their names in our 12 languages, so "Bécs", "Vienne" and "Wien" meet.

Data: ``knowledge/gazetteer/*.tsv`` (fauxpas, hand-written), one place a line:
``id  kind  country  parents  names`` where ``parents`` are comma-separated place ids
(a city's state or region) and ``names`` are ``|``-separated. Lines starting with ``#``
are comments. Names are matched on folded words, longest name first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fauxpas.core.text.fold import fold

GAZETTEER_DIR = Path(__file__).parent.parent / "knowledge" / "gazetteer"
MAX_NAME_WORDS = 4


class GazetteerError(ValueError):
    pass


@dataclass(frozen=True)
class Place:
    id: str
    kind: str  # country / region / city
    country: str
    parents: tuple[str, ...]
    names: tuple[str, ...]


class Gazetteer:
    def __init__(self, places: list[Place]):
        self.places = {p.id: p for p in places}
        self._by_name: dict[tuple[str, ...], list[str]] = {}
        for place in places:
            for name in place.names:
                key = tuple(fold(name).replace(".", " ").replace(",", " ").split())
                if key:
                    self._by_name.setdefault(key, []).append(place.id)

    def find(self, text: str) -> list[Place]:
        """Places named in ``text`` (longest names first, no overlaps)."""
        words = fold(text).replace(".", " ").replace(",", " ").replace("#", " ").split()
        words = [w.strip("!?;:()\"'«»") for w in words]
        found: list[Place] = []
        i = 0
        while i < len(words):
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                ids = self._by_name.get(tuple(words[i:i + n]))
                if ids:
                    found.extend(self.places[x] for x in ids)
                    i += n
                    break
            else:
                i += 1
        return found

    def names_of(self, place: Place) -> set[str]:
        return {fold(n) for n in place.names}

    def ancestors(self, place: Place) -> list[Place]:
        out, todo, seen = [], list(place.parents), set()
        while todo:
            pid = todo.pop()
            if pid in seen or pid not in self.places:
                continue
            seen.add(pid)
            parent = self.places[pid]
            out.append(parent)
            todo.extend(parent.parents)
        return out


def load(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    places: list[Place] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                raise GazetteerError(f"{path}:{n}: expected 5 tab-separated columns, got {len(cols)}")
            pid, kind, country, parents, names = cols
            if pid in seen:
                raise GazetteerError(f"{path}:{n}: duplicate place id {pid!r}")
            if kind not in ("country", "region", "city"):
                raise GazetteerError(f"{path}:{n}: kind {kind!r} is not country/region/city")
            seen.add(pid)
            places.append(Place(pid, kind, country, tuple(p for p in parents.split(",") if p),
                                tuple(dict.fromkeys(x.strip() for x in names.split("|") if x.strip()))))
    return Gazetteer(places)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load()
