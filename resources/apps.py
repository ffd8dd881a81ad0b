from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    """The domain: taxonomy, the library, programmes, guidance and networks."""

    name = "resources"
    verbose_name = _("Resources")
    default_auto_field = "django.db.models.BigAutoField"
