"""gunicorn's settings for the hub (gunicorn reads ./gunicorn.conf.py when started from the
project's folder: `gunicorn hub.wsgi:application`). Each has an environment variable, so a
deployment tunes it without editing this file. docs/deploy.md ("Serving with gunicorn") says
how they fit with the reverse proxy in front.

Sync workers: the site's views are short and the proxy buffers slow clients (nginx reads the
whole request before passing it on, and the whole response before sending it out), so a
worker is never held by a reader on a slow connection.
"""

import multiprocessing
import os


def env_int(name, default):
    return int(os.environ.get(name, default))


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = env_int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"
# A request that takes longer than this is killed: the site answers in well under a second,
# uploads are checked before anything is decoded (hub/uploads.py), and downloads are
# buffered by the proxy.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = env_int("GUNICORN_KEEPALIVE", 5)
# Restart each worker now and then, so a slow leak never grows.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 200)
# And sooner when its resident memory passes this many MB (checked after each request): the
# worker finishes the request and a fresh one takes its place. 0: never.
max_worker_memory_mb = env_int("GUNICORN_MAX_WORKER_MEMORY_MB", 400)

# The application is loaded, and warmed (hub/warmup.py: URLs, catalogues, templates), once in
# the master process before the workers are forked: a new worker answers its first request at
# once instead of spending seconds importing Django and Wagtail, and the workers share that
# memory. A code change then needs a restart of gunicorn, not a HUP (docs/deploy.md).
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") not in ("0", "", "false", "False")

# Requests are refused (400, 414, 431) before Django sees them when their request line or
# headers are larger than any browser sends to this site. The body's size is the proxy's
# (client_max_body_size) and Django's (hub/uploads.py) to limit: gunicorn has no such setting.
limit_request_line = env_int("GUNICORN_LIMIT_REQUEST_LINE", 8190)
limit_request_fields = env_int("GUNICORN_LIMIT_REQUEST_FIELDS", 100)
limit_request_field_size = env_int("GUNICORN_LIMIT_REQUEST_FIELD_SIZE", 8190)

# X-Forwarded-* headers are believed from the proxy's address only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proxy_allow_ips = forwarded_allow_ips

# Worker heartbeats in memory rather than on a disk that may be slow or full (Linux).
worker_tmp_dir = os.environ.get(
    "GUNICORN_WORKER_TMP_DIR",
    "/dev/shm" if os.path.isdir("/dev/shm") else None,  # noqa: S108
)

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def when_ready(server):
    """In the master, after the application is loaded and before any worker is forked."""
    if preload_app:
        from hub.warmup import warm

        server.log.info("Warmed: %s templates compiled", warm())


def resident_memory_mb():
    """This process's resident memory in MB (Linux), or 0 where it cannot be read."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def post_request(worker, req, environ, resp):
    if max_worker_memory_mb and resident_memory_mb() > max_worker_memory_mb:
        worker.log.warning(
            "Worker %s uses %.0f MB (more than %s): restarting it",
            worker.pid,
            resident_memory_mb(),
            max_worker_memory_mb,
        )
        worker.alive = False
