"""The Content-Security-Policy: one for readers, one for the admin.

Public pages get settings.CONTENT_SECURITY_POLICY: everything from the site itself and no inline
script or style, so an injected `<script>` or `style=` does nothing. The admin gets
settings.HUB_ADMIN_CONTENT_SECURITY_POLICY, which Wagtail works under (its scripts are files, but
its markup carries style attributes and the preview panel frames pages of the site).

Extends django-csp's `csp.middleware.CSPMiddleware` through the method it offers for it
(`get_policy_parts`): the admin's policy replaces the default one on every address under the
admin's root, unless a view has set its own with django-csp's decorators.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


def is_admin_path(path):
    return path.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.HUB_ADMIN_CONTENT_SECURITY_POLICY
        return parts
