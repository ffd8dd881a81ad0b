"""The coalition's four regional networks and its topic list, in the default language.

The regions are the coalition's own (its "Middle East" is not a UN region), so they are data,
not code: editors can change their countries later. Translations are added by translators.
"""

import uuid

from django.conf import settings
from django.db import migrations

REGIONS = [
    ("Africa", "africa", "BI CD CF CI CM ET KE LR ML NG RW SD SL SO SS TD UG"),
    ("Latin America", "latin-america", "BO BR CO EC GT HN MX NI PE PY SV VE"),
    ("Middle East", "middle-east", "EG IL IQ IR JO LB PS SY YE"),
    ("Southeast Asia", "southeast-asia", "ID KH LK MM NP PH TH TL"),
]

TOPICS = [
    ("Reintegration", "reintegration",
     "Children's return to family and community life after association with armed forces "
     "or groups."),
    ("Psycho-social support", "psycho-social-support",
     "Care for children's emotional and social well-being, from family and community support "
     "to specialised services."),
    ("Girls", "girls",
     "The particular experience and needs of girls associated with armed forces or groups, "
     "including girl mothers."),
    ("Sexual exploitation", "sexual-exploitation",
     "Sexual violence and exploitation of children in armed conflict, and the response to it."),
    ("Displacement", "displacement",
     "Refugee and internally displaced children and the risk of recruitment they face."),
    ("Juvenile justice", "juvenile-justice",
     "Children accused of crimes during armed conflict: their treatment as victims first, and "
     "justice that serves their reintegration."),
    ("Education", "education",
     "Schooling, catch-up learning and the protection of schools from attack and recruitment."),
    ("Family tracing and reunification", "family-tracing-and-reunification",
     "Finding children's families and bringing them back together safely."),
    ("Livelihoods", "livelihoods",
     "Vocational training, apprenticeships and income for older children and young people."),
    ("Prevention of recruitment", "prevention-of-recruitment",
     "Keeping children out of armed forces and groups: law, age verification and community "
     "protection."),
    ("Monitoring and reporting", "monitoring-and-reporting",
     "Documenting recruitment and use of children, and reporting to national, regional and UN "
     "bodies."),
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Region = apps.get_model("resources", "Region")
    Topic = apps.get_model("resources", "Topic")
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for name, slug, countries in REGIONS:
        if not Region.objects.filter(slug=slug, locale=locale).exists():
            Region.objects.create(
                name=name,
                slug=slug,
                countries=",".join(countries.split()),
                locale=locale,
                translation_key=uuid.uuid4(),
            )
    for name, slug, description in TOPICS:
        if not Topic.objects.filter(slug=slug, locale=locale).exists():
            Topic.objects.create(
                name=name,
                slug=slug,
                description=description,
                locale=locale,
                translation_key=uuid.uuid4(),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("hub", "0002_create_locales"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
