from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountriesConfig(AppConfig):
    """Country profiles: the coalition's monitoring of each country, as dated observations with
    their sources, joined with what the hub holds on the country."""

    name = "countries"
    verbose_name = _("Countries")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from .models import CountryPage
        from .roles import extend_country_roles

        # A new profile gets its region's and its coalition's grants; a new translation of a
        # profile the grants of its other translations (countries.roles).
        post_save.connect(extend_country_roles, sender=CountryPage, dispatch_uid="country-roles")
