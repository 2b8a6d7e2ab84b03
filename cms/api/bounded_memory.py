"""A process's memory of what clients send again and again (documents, request fingerprints,
the regions of cache entries), bounded by a number of entries: when full it is emptied, and
the few things real clients repeat come back at once. Dict operations are atomic under the
GIL, so the threads of a worker need no lock: at worst one entry is dropped with the rest."""


def remember(memory: dict, key, value, limit: int) -> None:
    if len(memory) >= limit:
        memory.clear()
    memory[key] = value
