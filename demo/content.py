"""The demo site, built from the coalition's own description of its work.

Its text is data: what-we-do.txt, the coalition's own words, makes the home page, What we do
and its three areas, and Achievements (split at the headings of what-we-do.toml); the other
TOML files of demo/data/ make the library, programmes, guidance and networks
(demo/domain_loader.py); the PO files of demo/data/translations/ translate them
(demo/translator.py). This module holds no prose.

It writes only to an empty site, or to the demo as it left it, recording what it makes
(demo/ledger.py has the rule): a page it made is found again by its id, never by its slug, and
is never changed, made twice or made again once deleted.
"""

import html
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Site

from home.models import StandardPage
from hub.setup import setup_site

from .datafiles import DATA, read_toml, store_blocks_with_stable_ids
from .domain_loader import DomainLoader
from .ledger import Ledger
from .translator import TRANSLATIONS, DemoTranslator
from .users import ensure_demo_users

HOME = "home"  # the demo's key of the English home page

DEVELOPMENT_HOSTS = {"localhost", "127.0.0.1", "::1"}


def clean(text):
    """Undo the old database export's doubled apostrophes: council''s -> council's."""
    return text.replace("''", "'").strip()


@dataclass
class Section:
    title: str
    paragraphs: list = field(default_factory=list)
    items: list = field(default_factory=list)

    @property
    def slug(self):
        return slugify(self.title)


def read_sections(headings):
    """Split what-we-do.txt at `headings`: {title: Section}, and the first section's title."""
    text = (DATA / "what-we-do.txt").read_text(encoding="utf-8")
    lines = [line for line in map(clean, text.splitlines()) if line]
    sections = [Section(lines[0])]
    for line in lines[1:]:
        if line in headings:
            sections.append(Section(line))
        elif line.startswith("- "):
            sections[-1].items.append(line[2:].strip())
        else:
            sections[-1].paragraphs.append(line)
    return {section.title: section for section in sections}, sections[0].title


def first_sentence(text):
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def paragraphs_html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def list_html(items):
    return "<ul>" + "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in items) + "</ul>"


class DemoLoader:
    """Loads or completes the demo. `run()` returns the pages made or filled in now; when the
    site is neither empty nor the demo as it left it, it writes nothing and `refused` says
    why."""

    def __init__(self, stdout=None, translate=True, users=False, translations=TRANSLATIONS):
        self.stdout = stdout
        self.translate = translate
        self.translations = translations  # the folder of the PO files
        self.users = users
        self.created = []
        self.refused = []
        self.logins = []
        self.problems = []
        self.keys = {}  # page id -> the page's demo key

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def english_home(self):
        site = Site.objects.get(is_default_site=True)
        self.point_site_at_base_url(site)
        home = site.root_page.specific
        self.keys[home.pk] = HOME
        return home

    def point_site_at_base_url(self, site):
        """Full URLs (citations, feeds, links in emails) should name the address the demo is
        served on (`make run` sets WAGTAILADMIN_BASE_URL from its HOST and PORT). Only a site
        still on a development address (Wagtail's localhost, a loopback address) follows it:
        a public host name set in Settings › Sites is never changed."""
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        if (
            site.hostname in DEVELOPMENT_HOSTS
            and base.hostname
            and (site.hostname, site.port) != (base.hostname, port)
        ):
            site.hostname = base.hostname
            site.port = port
            site.save()

    def child(self, parent, slug, make):
        """The demo's page `slug` under `parent`: the page the demo made before, found by its
        id wherever it is now; or, the first time, `make()` (an unsaved page) added under
        `parent`, published and recorded."""
        key = f"{self.keys[parent.pk]}/{slug}"
        page = self.ledger.get(f"page:{key}")
        if page is None:
            page = make()
            page.slug = slug
            page.locale = parent.locale
            store_blocks_with_stable_ids(page, key)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.ledger.record(f"page:{key}", page)
            self.created.append(page)
            self.log(f"  created {type(page).__name__} {page.url_path}")
        self.keys[page.pk] = key
        return page

    def run(self):
        self.ledger = Ledger()
        self.refused = self.ledger.changes()
        if self.refused:
            return []
        headings = read_toml("what-we-do.toml")
        sections, intro_title = read_sections({*headings["areas"], headings["achievements"]})
        intro = sections[intro_title]
        home = self.english_home()

        what_we_do = self.child(
            home,
            slugify(intro_title),
            lambda: StandardPage(
                title=intro_title.title(),
                introduction=intro.paragraphs[0],
                search_description=first_sentence(intro.paragraphs[0]),
                show_in_menus=True,
            ),
        )
        areas = [
            self.child(what_we_do, sections[title].slug, lambda s=sections[title]: area_page(s))
            for title in headings["areas"]
        ]
        DomainLoader(self).run(home)

        achievements = sections[headings["achievements"]]
        self.child(
            home,
            achievements.slug,
            lambda: StandardPage(
                title=achievements.title,
                introduction=achievements.paragraphs[0],
                search_description=first_sentence(achievements.paragraphs[0]),
                body=[{"type": "paragraph", "value": list_html(achievements.items)}],
                show_in_menus=True,
            ),
        )

        if f"page:{HOME}" not in self.ledger:
            # An empty site's home page, never edited (ledger.py): the demo fills it in.
            home.introduction = intro.paragraphs[0]
            home.highlights = [
                {"type": "highlight", "value": {"page": area.pk, "summary": ""}} for area in areas
            ]
            store_blocks_with_stable_ids(home, HOME)
            home.save_revision().publish()
            self.ledger.record(f"page:{HOME}", home)
            self.created.append(home)
            self.log("  filled in the home page")

        if self.translate:
            self.problems = DemoTranslator(self, self.translations).run()
        setup_site()  # the roles of the networks just made; the groups of the demo logins
        if self.users:
            self.logins = ensure_demo_users(self.ledger)
        return self.created


def area_page(section):
    return StandardPage(
        title=section.title,
        introduction=section.paragraphs[0],
        search_description=first_sentence(section.paragraphs[0]),
        body=[{"type": "paragraph", "value": paragraphs_html(section.paragraphs[1:])}],
    )
