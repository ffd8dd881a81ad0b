"""What every page type of the site shares."""

from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .base_url import public_url_parts
from .forms import HubPageForm
from .i18n import language_name
from .language_marks import languages_marked_in
from .permissions import HubPagePermissionTester
from .safeguarding import consent_error, images_lacking_consent


def content_and_details_tabs(content_panels, details_panels):
    """The editing form of a page with many fields: what it says, then what it is about."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


def synchronized(*field_names):
    """wagtail-localize override: these fields keep the source's value in every translation,
    and translators cannot change it (filters, dates, ISO codes and agreed URLs rely on it).
    Everything else is derived by wagtail-localize: text translated, the rest synchronised."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


class HubPage(Page):
    """Base of every page type.

    Publishing is refused while the page uses an image of an identifiable child without a
    recorded consent reference: in the editing form, as a form error (hub.forms), and here in
    `publish()`, which every other way of publishing goes through (workflow approval,
    scheduled publishing, wagtail-localize, code). On every save, taxonomy
    links (topics...) are pointed at the terms of the page's own language where they exist:
    wagtail-localize copies many-to-many links as they are, so without this a French
    translation would keep linking the English topics.
    """

    base_form_class = HubPageForm

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Text published in another language, accepted by the reviewer (hub/language_marks.py).
        codes = languages_marked_in(self)
        if codes:
            codes = [code for code in codes if code != self.locale.language_code]
        context["untranslated_languages"] = [language_name(code) for code in codes]
        return context

    def get_url_parts(self, request=None):
        """Full URLs (citations, feeds, emails) start with the site's public address, not the
        demo's Site record (hub/base_url.py)."""
        return public_url_parts(self, super().get_url_parts(request), request)

    def permissions_for_user(self, user):
        return HubPagePermissionTester(user, self)

    def publish(self, revision, *args, **kwargs):
        images = images_lacking_consent(revision.as_object())
        if images:
            raise consent_error(images)
        return super().publish(revision, *args, **kwargs)

    def save(self, *args, **kwargs):
        if self.locale_id is None and self.path:
            # Wagtail gives a new page its parent's locale only inside Page.save(), too late
            # for the taxonomy, which must know the page's language first.
            self.locale = self.get_default_locale()
        self.localize_taxonomy()
        return super().save(*args, **kwargs)

    def localize_taxonomy(self):
        for field in self._meta.get_fields():
            if not isinstance(field, ParentalManyToManyField):
                continue
            model = field.related_model
            if not issubclass(model, TranslatableMixin):
                continue
            terms = list(getattr(self, field.name).all())
            if all(term.locale_id == self.locale_id for term in terms):
                continue
            localized = {
                term.translation_key: term
                for term in model.objects.filter(
                    locale_id=self.locale_id,
                    translation_key__in=[term.translation_key for term in terms],
                )
            }
            setattr(self, field.name, [localized.get(term.translation_key, term) for term in terms])
