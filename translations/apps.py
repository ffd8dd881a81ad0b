from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translation workflow: translators and reviewers per language, "Send to review",
    the review workflow of each language, the translation status report, and every adjustment
    of wagtail-localize (translations/localize/)."""

    name = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .notifications import source_published

        # Translators learn when the source of a page they translated changes.
        page_published.connect(source_published, dispatch_uid="translations-source-published")
