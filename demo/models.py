"""The demo's ledger: what `load_demo` made, so that running it again never undoes anyone's
work (the rule is in demo/ledger.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class DemoObject(models.Model):
    """One object `load_demo` made (or, for a home page, filled in), as it left it.

    `key` is the demo's own name for the object: "page:home/achievements" for a page (its
    slugs under the English home page when the demo made it), "page:home/achievements@fr" for
    its French translation, "topic:girls@fr", "document:Conversation checklist", "user:admin".
    The object itself is found by its id, never by its slug, so a page renamed or moved since is
    still the demo's and is never made twice. `revision` is the revision of a page the demo
    saved: a page whose latest revision is another one has been edited since.
    """

    key = models.CharField(max_length=255, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    def __str__(self):
        return self.key
