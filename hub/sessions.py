"""A signed-in session ends after settings.HUB_SESSION_IDLE_TIMEOUT (two hours) without activity.

Django's own session expiry does the timing: SESSION_COOKIE_AGE is that timeout, and a session's
expiry moves forward each time it is saved. This middleware saves a signed-in user's session when
they do something (at most once a minute, to spare the database), so the expiry is counted from
their last request. Requests a browser sends by itself do not count: Wagtail's editor pings the
server every few seconds while a page is open (`wagtailadmin_editing_sessions`), and a tab left
open on an editor would otherwise keep the session alive for ever.
"""

from django.contrib.auth import SESSION_KEY
from django.utils import timezone

# Requests a browser sends by itself, by URL namespace.
BACKGROUND_NAMESPACES = {"wagtailadmin_editing_sessions"}
SESSION_LAST_ACTIVITY = "hub_last_activity"
TOUCH_EVERY = 60  # seconds


class IdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or SESSION_KEY not in session:
            return response
        match = getattr(request, "resolver_match", None)
        if match is not None and match.namespace in BACKGROUND_NAMESPACES:
            return response
        now = int(timezone.now().timestamp())
        if now - session.get(SESSION_LAST_ACTIVITY, 0) >= TOUCH_EVERY:
            session[SESSION_LAST_ACTIVITY] = now  # saving the session moves its expiry
        return response
