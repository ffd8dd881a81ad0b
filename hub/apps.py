from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    """The cross-cutting site app: media models, roles, demo data, site-wide template tags."""

    name = "hub"
    verbose_name = _("Hub")
    default_auto_field = "django.db.models.BigAutoField"
