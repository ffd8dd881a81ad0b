"""Give every language its home page from the first migration, so /fr/, /ar/... answer at once.

The English home page is the site's root; the others are its translations (same
translation_key), siblings under Wagtail's root page, as wagtail-localize expects. Their text
is filled in later, by editors or by `load_demo`.
"""

import uuid

from django.conf import settings
from django.db import migrations

TITLES = {
    "en": "Home",
    "fr": "Accueil",
    "es": "Inicio",
    "ar": "الرئيسية",
    "pt": "Início",
}


def create_homepages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    # Wagtail's placeholder welcome page (and the site pointing at it) makes way for ours.
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")

    root = Page.objects.get(depth=1)
    translation_key = uuid.uuid4()
    default = settings.LANGUAGE_CODE
    codes = [default] + [c for c, _ in settings.WAGTAIL_CONTENT_LANGUAGES if c != default]
    english = None
    for position, code in enumerate(codes, start=1):
        slug = "home" if code == default else f"home-{code}"
        title = TITLES.get(code, "Home")
        page = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=home_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=Locale.objects.get(language_code=code),
            translation_key=translation_key,
            live=True,
        )
        english = english or page
    root.numchild = len(codes)
    root.save(update_fields=["numchild"])

    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Reintegration & Psycho-social Resources Hub",
        root_page_id=english.pk,
        is_default_site=True,
    )


def remove_homepages(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage.objects.filter(depth=2).delete()
    ContentType.objects.filter(model="homepage", app_label="home").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("hub", "0002_create_locales"),
    ]

    operations = [migrations.RunPython(create_homepages, remove_homepages)]
