"""A Redis cache whose outage costs speed, never pages.

Django's `django.core.cache.backends.redis.RedisCache` raises when Redis cannot be reached, and
Wagtail and hub/cache.py read the cache on every page: with Redis down every public page was a
500. This subclass answers every operation as a cache that holds nothing (a miss, nothing
stored) when Redis fails, logs the failure once, and leaves Redis alone for a few seconds before
trying again, so that an outage does not add a connection attempt to every cache call. Pages are
served uncached meanwhile; when Redis is back, caching resumes by itself.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# How long, in seconds, the cache stays bypassed after Redis failed.
RETRY_AFTER = 10


def _degrades(default):
    """Run the operation unless Redis is known to be down; on a Redis error, log it, mark Redis
    down and return `default()` as if the cache held nothing."""

    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._down_until:
                return default(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except RedisError:
                self._down_until = time.monotonic() + RETRY_AFTER
                logger.exception(
                    "The cache (Redis) failed; serving without it for %s seconds.", RETRY_AFTER
                )
                return default(*args, **kwargs)

        return wrapper

    return decorator


def _default(key, default=None, *args, **kwargs):
    return default


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _all_failed(data, *args, **kwargs):
    return list(data)


def _incr(key, delta=1, *args, **kwargs):
    # What a cache that holds nothing does: Django's incr raises ValueError for a missing key.
    raise ValueError(f"Key '{key}' not found.")


class DegradingRedisCache(RedisCache):
    _down_until = 0.0

    add = _degrades(_false)(RedisCache.add)
    get = _degrades(_default)(RedisCache.get)
    set = _degrades(_nothing)(RedisCache.set)
    touch = _degrades(_false)(RedisCache.touch)
    delete = _degrades(_false)(RedisCache.delete)
    get_many = _degrades(_empty)(RedisCache.get_many)
    has_key = _degrades(_false)(RedisCache.has_key)
    incr = _degrades(_incr)(RedisCache.incr)
    set_many = _degrades(_all_failed)(RedisCache.set_many)
    delete_many = _degrades(_nothing)(RedisCache.delete_many)
    clear = _degrades(_false)(RedisCache.clear)
