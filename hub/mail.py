"""Email that cannot be sent is logged, and never undoes the work that sent it.

Wagtail's notifiers catch a failure to send one message, but not a mail server that fails
when the connection opens (an SMTP error, a name that does not resolve): that error rose
through the workflow action, and sending a translation to review answered with a server
error. Every email of the site goes through `LoggedEmailBackend` (EMAIL_BACKEND), which hands
the messages to the real backend (EMAIL_DELIVERY_BACKEND) and logs, with subjects and
recipients, whatever it raises.
"""

import logging

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


class LoggedEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.delivery = get_connection(
            settings.EMAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self):
        try:
            return self.delivery.open()
        except Exception:  # whatever the mail system raises: logged, the work goes on
            logger.exception("The mail server could not be reached")
            return False

    def close(self):
        try:
            self.delivery.close()
        except Exception:  # as above
            logger.exception("The connection to the mail server did not close cleanly")

    def send_messages(self, email_messages):
        try:
            return self.delivery.send_messages(email_messages)
        except Exception:  # as above
            logger.exception(
                "Could not send %s",
                "; ".join(
                    f"“{message.subject}” to {', '.join(message.recipients())}"
                    for message in email_messages
                ),
            )
            return 0
