"""Caching of what every page shows (the navigation, the names of regions and topics).

Each namespace has a generation number in the cache; changing content bumps it (see the
signal handlers in hub/apps.py), so every entry of that namespace is left behind at once,
without tracking keys. Works the same with the local-memory cache and with Redis.
"""

import time

from django.core.cache import cache

TIMEOUT = 60 * 60 * 24


def _generation(namespace):
    key = f"hub:generation:{namespace}"
    value = cache.get(key)
    if value is None:
        value = time.time_ns()
        cache.set(key, value, None)
    return value


def bump(namespace):
    """Forget every cached entry of `namespace`."""
    cache.set(f"hub:generation:{namespace}", time.time_ns(), None)


def cached(namespace, key, build):
    full_key = f"hub:{namespace}:{_generation(namespace)}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, TIMEOUT)
    return value
