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
