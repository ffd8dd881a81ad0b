from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    """The base every app of the site builds on: the page base class, media, permissions,
    caching, i18n helpers, sitemap, search backend and site-wide template tags."""

    name = "hub"
    verbose_name = _("Hub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
        from wagtail.models import UploadedFile
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cdn import image_deleting
        from .models import HubImage
        from .page_cache import deletion_senders, forget_pages, forget_pages_moved
        from .uploads import name_held_upload_randomly

        # What pages show changes when a page goes live, away or elsewhere, or when anything
        # they show is saved or deleted (hub.page_cache.shown_models): the cached pages, and
        # what every page shows (the navigation), are forgotten.
        page_published.connect(forget_pages, dispatch_uid="hub-pages-published")
        page_unpublished.connect(forget_pages, dispatch_uid="hub-pages-unpublished")
        post_page_move.connect(forget_pages_moved, dispatch_uid="hub-pages-moved")
        post_save.connect(forget_pages, dispatch_uid="hub-pages-saved")
        # Deletions per model, not for every model at once: a receiver for every model would
        # make Django read every row a deletion takes along (to send it its signal), where it
        # otherwise deletes them in one statement (a section's revisions and listed rows).
        for model in deletion_senders():
            post_delete.connect(
                forget_pages, sender=model, dispatch_uid=f"hub-pages-deleted-{model._meta.label}"
            )
        # A deleted image leaves a CDN too (a withheld one: HubImage.save).
        pre_delete.connect(image_deleting, sender=HubImage, dispatch_uid="hub-image-deleted-cdn")
        pre_save.connect(
            name_held_upload_randomly, sender=UploadedFile, dispatch_uid="hub-upload-named"
        )
