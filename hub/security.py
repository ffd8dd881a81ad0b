"""The Content-Security-Policy: one for readers, one for the admin.

Public pages get settings.CONTENT_SECURITY_POLICY: everything from the site itself and no inline
script or style, so an injected `<script>` or `style=` does nothing. The admin gets
settings.HUB_ADMIN_CONTENT_SECURITY_POLICY, which Wagtail works under: still nothing from another
host, no plugins, no framing by other sites, no form posting elsewhere, but inline scripts and
styles are allowed (Wagtail 7.4's editor starts its choosers, date pickers and inline panels with
inline scripts, and its markup carries style attributes), and the preview panel may frame pages.

Extends django-csp's `csp.middleware.CSPMiddleware` through the method it offers for it
(`get_policy_parts`): the admin's policy replaces the default one on every address under the
admin's root, unless a view has set its own with django-csp's decorators. A page rendered for
Wagtail's preview panel (`wagtail.models.preview.PreviewableMixin.make_preview_request`, which
marks its request `is_dummy`) keeps the readers' policy, so the preview shows any violation a
reader would meet, except that the admin may frame it.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


def is_admin_path(path):
    return path.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_admin_path(request.path_info):
            parts.config = settings.HUB_ADMIN_CONTENT_SECURITY_POLICY
        elif getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
