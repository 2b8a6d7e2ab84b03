"""Counts what a run of the loader created and what it found and left alone."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Tally:
    created: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    # Everything created in this run, for indexing once the run is done.
    new_objects: list = field(default_factory=list)

    def add(self, kind, obj):
        self.created[kind] += 1
        self.new_objects.append(obj)
        return obj

    def keep(self, kind, obj):
        self.kept[kind] += 1
        return obj

    @property
    def total_created(self):
        return sum(self.created.values())

    @property
    def total_kept(self):
        return sum(self.kept.values())

    def lines(self):
        kinds = sorted(set(self.created) | set(self.kept))
        yield f"Demo content: {self.total_created} created, {self.total_kept} kept."
        for kind in kinds:
            yield f"  {kind:<12} created {self.created[kind]:>3}, kept {self.kept[kind]:>3}"
        for kind, count in sorted(self.removed.items()):
            yield f"  removed {count} {kind}: Wagtail's placeholder welcome page and its site"
