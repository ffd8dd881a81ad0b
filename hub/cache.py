"""Caching of what every page shows (the navigation, the names of regions and topics).

Each namespace has a generation number in the cache; changing content bumps it (see the
signal handlers in hub/apps.py), so every entry of that namespace is left behind at once,
without tracking keys, and again when the change commits. Works the same with the
local-memory cache and with Redis.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

TIMEOUT = 60 * 60 * 24


def _generation_key(namespace):
    return f"hub:generation:{namespace}"


def _new_generation(namespace):
    value = time.time_ns()
    cache.set(_generation_key(namespace), value, None)
    return value


def generation(namespace):
    """The current generation of `namespace` (a number that changes when it is bumped)."""
    value = cache.get(_generation_key(namespace))
    return _new_generation(namespace) if value is None else value


def bump(namespace):
    """Forget every cached entry of `namespace`: now, and again when the transaction commits.
    A reader served while the change was being saved got the database as it was, and would
    have kept what it built under the new generation until the next change."""
    _new_generation(namespace)
    transaction.on_commit(lambda: _new_generation(namespace))


def timeout():
    """How long an entry is kept. Where every process shares the cache (Redis), until its
    namespace's generation changes (a day at most). In each process's own memory, a change
    made by another process (the background worker, a scheduled publish, another gunicorn
    worker, a management command) does not change this process's generations: there, at most
    HUB_PAGE_CACHE_SECONDS (30 s in development)."""
    if settings.CACHES["default"]["BACKEND"].endswith(".LocMemCache"):
        return min(TIMEOUT, settings.HUB_PAGE_CACHE_SECONDS)
    return TIMEOUT


def cached(namespace, key, build):
    full_key = f"hub:{namespace}:{generation(namespace)}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout())
    return value


def lookup(namespace, key):
    """(the generation of `namespace`, the value stored under `key` by `store` at that
    generation or None), in one round trip to the cache: what a cache hit on every request
    (hub/page_cache.py) can afford. `key` is used as it is, without the generation in it."""
    generation_key = _generation_key(namespace)
    found = cache.get_many([generation_key, key])
    generation = found.get(generation_key)
    if generation is None:
        return _new_generation(namespace), None
    entry = found.get(key)
    if entry is None or entry[0] != generation:
        return generation, None
    return generation, entry[1]


def store(key, generation, value, timeout):
    """Keep `value` under `key` for `lookup`, valid while the generation read before building
    it is still the current one: a bump while it was being built leaves it behind."""
    cache.set(key, (generation, value), timeout)
