"""`make bench`: a generated library of any size, and the time every public page takes on it.

The generator adds N resources (and N/20 programmes and N/20 guidance pages) under the index
pages of the site, in English, with every fifth one translated into every other language (a
copy sharing its `translation_key`, in its language's tree, as `copy_for_translation` makes
it). It writes rows in bulk, because saving 10,000 pages one by one through Wagtail takes most
of an hour, and keeps the tree as Wagtail's own `add_child` would: treebeard's path, depth and
numchild, `url_path`, locale, live and published dates. Pages are then added to the search
index through the configured backend's bulk path (what `update_index` does). It is
incremental: asked for 10,000 where 1,000 exist, it adds 9,000.

The timing (`time_pages`) asks each public page through Django's test client, in process,
with DEBUG off, as a reader would: the median and 95th percentile of several runs, the
number of database queries of one warm request, and the size of the answer. The process is
first warmed as gunicorn's master warms the workers' (hub/warmup.py: templates compiled,
everything loaded frozen out of the garbage collector's sight). A trivial view
(`demo/bench_urls.py`) gives the floor: what the middleware alone costs. Those figures are
rendered pages, the page cache (hub/page_cache.py) off; each address is then timed again as
the page cache answers it to the next anonymous reader.

Generated pages are named "bench-..." and hold invented text; they are for a database of
their own (`make bench` uses bench.sqlite3, or the PostgreSQL database of DATABASE_URL).
"""

import datetime
import random
import statistics
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from home.models import HomePage
from hub.page_cache import forget_counts
from hub.warmup import warm
from resources.models import (
    GuidanceIndexPage,
    NetworkIndexPage,
    ProgrammeIndexPage,
    PsychosocialGuidancePage,
    ReintegrationProgrammePage,
    ResourceIndexPage,
    ResourcePage,
    Topic,
    facet_values,
    listed_values,
)
from resources.models.programmes import Approach, ProgrammeStatus, ServedGroup
from resources.models.taxonomy import Audience, ResourceType

PREFIX = "bench-"
TRANSLATE_EVERY = 5  # every fifth generated page exists in every language
PROGRAMMES_PER = 20  # one programme and one guidance page per 20 resources
BATCH = 500

# Countries where the coalition's members work, most often first (a realistic skew: a few
# countries hold most of the library).
COUNTRIES = [
    "CD", "SS", "CF", "SO", "CO", "MM", "NG", "ML", "UG", "SD", "AF", "SY", "YE", "IQ",
    "PH", "LR", "SL", "BI", "NP", "LK", "TD", "MZ", "CM", "BF", "NE", "LY", "PS", "TH",
]  # fmt: skip
WORDS = """reintegration community children girls boys families education livelihoods
psycho-social support caseworkers schools health justice release recruitment armed groups
prevention monitoring reporting tracing reunification training protection displacement
violence recovery resilience mentoring vocational peer dialogue""".split()  # noqa: SIM905

INDEXES = [
    (ResourceIndexPage, "resources", "Library"),
    (ProgrammeIndexPage, "programmes", "Programmes"),
    (GuidanceIndexPage, "guidance", "Guidance"),
    (NetworkIndexPage, "networks", "Networks"),
]


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def weighted_countries(rng, most=3):
    # Zipf-like: the first countries are drawn far more often than the last.
    weights = [1 / (rank + 1) for rank in range(len(COUNTRIES))]
    return sorted(set(rng.choices(COUNTRIES, weights=weights, k=rng.randint(1, most))))


def some(rng, choices, most=3):
    values = [value for value, _label in choices]
    return sorted(set(rng.sample(values, rng.randint(1, min(most, len(values))))))


# The site the pages go into ---------------------------------------------------------------


def ensure_indexes(stdout=None):
    """The library, programmes, guidance and networks index in every language: found if the
    site has them (the demo's), otherwise made the ordinary way. {language: {model: page}}."""
    locales = list(Locale.objects.all())
    english = Locale.get_default()
    homes = {home.locale_id: home for home in HomePage.objects.all()}
    result = {locale.language_code: {} for locale in locales}
    for model, slug, title in INDEXES:
        source = model.objects.filter(locale=english).first()
        if source is None:
            source = model(title=title, slug=slug, show_in_menus=True)
            homes[english.pk].add_child(instance=source)
            source.save_revision().publish()
            if stdout:
                stdout.write(f"  made the {title} index")
        for locale in locales:
            page = model.objects.filter(locale=locale).first()
            if page is None:
                page = source.copy_for_translation(locale)
                page.save_revision().publish()
            result[locale.language_code][model] = page
    return result


def terms_by_locale(model):
    """{locale_id: {slug: term}}, falling back to the English term where a language lacks it."""
    english = Locale.get_default()
    terms = {}
    for term in model.objects.all():
        terms.setdefault(term.locale_id, {})[term.slug] = term
    for locale in Locale.objects.all():
        terms[locale.pk] = {**terms.get(english.pk, {}), **terms.get(locale.pk, {})}
    return terms


# Writing pages in bulk --------------------------------------------------------------------


def bulk_add_children(parent, pages):
    """Add unsaved `pages` (all of one specific model) as the last children of `parent`, live,
    as `parent.add_child(instance=page)` and a publish would leave them; returns them saved."""
    if not pages:
        return pages
    model = type(pages[0])
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.latest_revision_created_at = None
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    with transaction.atomic():
        Page.objects.bulk_create(rows, batch_size=BATCH)
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
            page._state.adding = False
        # Django's bulk_create refuses a model with a parent table; the parent's rows are
        # written above, so only this model's own columns remain.
        fields = model._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            model._base_manager._insert(pages[start : start + BATCH], fields=fields)
        Page.objects.filter(pk=parent.pk).update(numchild=step)
    parent.numchild = step
    return pages


def bulk_topics(pages, topics_of):
    """The topics many-to-many rows of `pages` (`topics_of[page]`: a list of terms)."""
    through = type(pages[0]).topics.through
    source = f"{type(pages[0])._meta.model_name}_id"
    rows = [
        through(**{source: page.pk, "topic_id": topic.pk})
        for page in pages
        for topic in topics_of[page.pk]
    ]
    through.objects.bulk_create(rows, batch_size=BATCH)


def index_pages(pages):
    """Add `pages` (of one model) to every search backend, as `update_index` would."""
    if not pages:
        return
    model = type(pages[0])
    backends = list(get_search_backends())
    for start in range(0, len(pages), BATCH):
        ids = [p.pk for p in pages[start : start + BATCH]]
        fresh = list(model.objects.filter(pk__in=ids))
        for backend in backends:
            backend.add_bulk(model, fresh)


# The generator ------------------------------------------------------------------------------


def make_resource(rng, n):
    day = datetime.date(rng.randint(1998, 2026), rng.randint(1, 12), rng.randint(1, 28))
    return ResourcePage(
        title=f"{sentence(rng, rng.randint(4, 8))[:-1]} ({n})",
        slug=f"{PREFIX}resource-{n}",
        summary=sentence(rng, 30),
        body=[{"type": "paragraph", "value": f"<p>{sentence(rng, 80)}</p>"}],
        publication_date=day,
        resource_type=rng.choice(ResourceType.values),
        publisher="Generated for the benchmark",
        authors=rng.choice(["", "A. Author", "B. Writer and C. Researcher"]),
        countries=weighted_countries(rng),
        audiences=some(rng, Audience.choices),
    )


def make_programme(rng, n):
    start = datetime.date(rng.randint(2000, 2024), rng.randint(1, 12), 1)
    return ReintegrationProgrammePage(
        title=f"Programme {n}: {sentence(rng, 4)[:-1]}",
        slug=f"{PREFIX}programme-{n}",
        summary=sentence(rng, 30),
        body=[{"type": "paragraph", "value": f"<p>{sentence(rng, 60)}</p>"}],
        implementing_organisations="Generated organisation\nAnother organisation",
        countries=weighted_countries(rng, 2),
        status=rng.choice(ProgrammeStatus.values),
        start_date=start,
        serves=some(rng, ServedGroup.choices, 2),
        age_min=rng.randint(8, 12),
        age_max=rng.randint(15, 18),
        children_reached=rng.randint(50, 5000),
        approaches=some(rng, Approach.choices),
    )


def make_guidance(rng, n):
    today = datetime.date.today()
    reviewed = today - datetime.timedelta(days=rng.randint(0, 900))
    return PsychosocialGuidancePage(
        title=f"Guidance {n}: {sentence(rng, 4)[:-1]}",
        slug=f"{PREFIX}guidance-{n}",
        summary=sentence(rng, 30),
        audiences=some(rng, Audience.choices),
        body=[{"type": "paragraph", "value": f"<p>{sentence(rng, 60)}</p>"}],
        last_reviewed=reviewed,
        next_review_due=reviewed + datetime.timedelta(days=730),
        reviewed_by="Technical group",
    )


def translated(page, n):
    """A copy of unsaved `page` for another language: same translation key and fields, its
    title marked with the language later."""
    copy = type(page)(
        **{
            f.attname: getattr(page, f.attname)
            for f in type(page)._meta.concrete_fields
            if not f.primary_key and f.attname != "page_ptr_id"
        }
    )
    copy.translation_key = page.translation_key
    return copy


KINDS = [
    # model, index model, maker, how many per `size` resources, has topics
    (ResourcePage, ResourceIndexPage, make_resource, 1, True),
    (ReintegrationProgrammePage, ProgrammeIndexPage, make_programme, PROGRAMMES_PER, False),
    (PsychosocialGuidancePage, GuidanceIndexPage, make_guidance, PROGRAMMES_PER, True),
]


def generate(size, stdout=None, seed=14):
    """Grow the generated content to `size` resources (and size/20 programmes and guidance
    pages), each fifth translated into every language. Returns {model name: pages added}."""
    indexes = ensure_indexes(stdout)
    english = Locale.get_default()
    topics = terms_by_locale(Topic)
    topic_slugs = sorted(topics[english.pk])
    added = {}
    for model, index_model, maker, per, has_topics in KINDS:
        target = size // per
        have = model.objects.filter(locale=english, slug__startswith=PREFIX).count()
        numbers = range(have, target)
        if not numbers:
            continue
        sources, slugs_of = [], {}
        for n in numbers:
            rng = random.Random(f"{seed}-{model.__name__}-{n}")  # noqa: S311 - not security
            page = maker(rng, n)
            page.translation_key = uuid.uuid4()
            sources.append(page)
            if has_topics:
                weights = [1 / (rank + 1) for rank in range(len(topic_slugs))]
                k = rng.randint(1, 3)
                slugs_of[page.translation_key] = set(rng.choices(topic_slugs, weights, k=k))
        count = 0
        for code, pages_by_index in indexes.items():
            locale_id = pages_by_index[index_model].locale_id
            if code == english.language_code:
                pages = sources
            else:
                pages = []
                for n, page in zip(numbers, sources, strict=True):
                    if n % TRANSLATE_EVERY == 0:
                        copy = translated(page, n)
                        copy.title = f"{page.title} [{code}]"
                        pages.append(copy)
            bulk_add_children(pages_by_index[index_model], pages)
            facet_values.bulk_write(pages)
            if has_topics and pages:
                local = topics[locale_id]
                bulk_topics(
                    pages,
                    {p.pk: [local[s] for s in slugs_of[p.translation_key]] for p in pages},
                )
            index_pages(pages)
            count += len(pages)
        added[model.__name__] = count
        if stdout:
            stdout.write(f"  {count} {model.__name__} pages added (all languages)")
    # Written around the signals: every group's listed rows are rewritten, as after a deploy.
    started = time.perf_counter()
    listed_values.changed_everything()
    listed_values.refresh()
    if stdout:
        stdout.write(f"  listed rows rewritten in {time.perf_counter() - started:.1f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    cache.clear()
    return added


# The timing ---------------------------------------------------------------------------------

FLOOR_URLCONF = "demo.bench_urls"


def public_pages(language="en"):
    """(name, address) of every kind of public page, on the generated content."""
    english = Locale.objects.get(language_code=language)
    resource = (
        ResourcePage.objects.live()
        .filter(locale=english, slug__startswith=PREFIX)
        .order_by("path")
        .first()
    )
    topic = Topic.objects.filter(locale=english).order_by("slug").first()
    library = f"/{language}/resources/"
    topic_country = f"{library}?topic={topic.slug if topic else ''}&country={COUNTRIES[0]}"
    pages = [
        ("floor (trivial view)", "/bench/floor/"),
        ("home", f"/{language}/"),
        ("library", library),
        ("library topic + country", topic_country),
        ("library page 50", f"{library}?page=50"),
        ("library sort newest", f"{library}?sort=newest"),
        ("library sort title", f"{library}?sort=title"),
        ("search q=reintegration", f"/{language}/search/?q=reintegration"),
        ("resource page", resource.url if resource else f"{library}missing/"),
        ("programmes", f"/{language}/programmes/"),
        ("guidance", f"/{language}/guidance/"),
        ("networks", f"/{language}/networks/"),
        ("countries", f"/{language}/countries/"),
        ("country profile", f"/{language}/countries/cd/"),
        ("countries CSV", f"/{language}/countries/observations/csv/"),
        ("RSS feed", f"{library}feed/rss/"),
        ("Atom feed", f"{library}feed/atom/"),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap (one language, page 1)", f"/sitemap-{language}.xml"),
        ("library (Arabic)", "/ar/resources/"),
    ]
    return pages


def measure(client, url, runs, budget, before=None):
    """(status, times in ms, queries of one warm request, bytes); `before()`, if given, is
    called (untimed) before each request measured."""
    before = before or (lambda: None)
    response = client.get(url)  # warms caches and templates
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    before()
    with connection.execute_wrapper(count):
        response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    times = []
    started = time.perf_counter()
    while len(times) < runs:
        before()
        t0 = time.perf_counter()
        answer = client.get(url)
        if answer.streaming:
            b"".join(answer.streaming_content)
        times.append((time.perf_counter() - t0) * 1000)
        if len(times) >= 3 and time.perf_counter() - started > budget:
            break
    return response.status_code, times, len(queries), len(body)


def timing_row(name, url, status, times, queries, size):
    """One page's row of the table: what `measure` found, as medians, p95 and KB."""
    return {
        "name": name,
        "url": url,
        "status": status,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "queries": queries,
        "kb": round(size / 1024, 1),
        "runs": len(times),
    }


def percentile(values, share):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def after_a_publish():
    """What publishing a publication does beyond its own page: its translation group's listed
    rows rewritten as the publish commits (resources.models.listed_values; the publisher's
    time, not the reader's), and every count left behind."""
    first = ResourcePage.objects.filter(slug__startswith=PREFIX).order_by("pk")[:1]
    with transaction.atomic():  # as a publish: its group rewritten when it commits
        listed_values.changed_pages(Page.objects.filter(pk__in=first.values("pk")))
    forget_counts()


def time_pages(pages=None, runs=20, budget=10.0):
    """Time each (name, address) of `pages` (every public page kind by default): a list of
    rows {name, url, status, median_ms, p95_ms, queries, kb, runs, fresh_median_ms,
    fresh_p95_ms, fresh_queries, cached_median_ms, cached_p95_ms}. The first figures are
    rendered pages, with the page cache off (hub/page_cache.py) and the listing's counts
    cached as a reader paging or sorting a listing finds them (resources.facets.Listing.counts);
    the fresh ones are the same, a publication's publish done and the counts left behind before
    each view, as the first reader after a publish finds them (after_a_publish); the cached
    ones are the same address answered from the page cache (None when it does not cache that
    answer), as an anonymous reader meets it."""
    pages = pages if pages is not None else public_pages()
    rows = []
    warm(close_connections=False)  # as gunicorn's master, before the workers (gunicorn.conf.py)
    cache.clear()
    with override_settings(
        DEBUG=False,
        ROOT_URLCONF=FLOOR_URLCONF,
        ALLOWED_HOSTS=["testserver", "localhost", "127.0.0.1"],
    ):
        client = Client()
        for name, url in pages:
            with override_settings(HUB_PAGE_CACHE=False):
                status, times, queries, size = measure(client, url, runs, budget)
                _status, fresh, fresh_queries, _size = measure(
                    client, url, runs, budget / 2, before=after_a_publish
                )
            row = {
                **timing_row(name, url, status, times, queries, size),
                "fresh_median_ms": round(statistics.median(fresh), 1),
                "fresh_p95_ms": round(percentile(fresh, 0.95), 1),
                "fresh_queries": fresh_queries,
                "cached_median_ms": None,
                "cached_p95_ms": None,
            }
            with override_settings(HUB_PAGE_CACHE=True):
                if client.get(url).get("X-Page-Cache") in ("hit", "miss"):
                    _status, cached, _queries, _size = measure(client, url, runs, budget)
                    row["cached_median_ms"] = round(statistics.median(cached), 1)
                    row["cached_p95_ms"] = round(percentile(cached, 0.95), 1)
            rows.append(row)
    return rows


def counts():
    """How many live pages of each generated kind, all languages together."""
    return {
        model.__name__: model.objects.live().count()
        for model in (ResourcePage, ReintegrationProgrammePage, PsychosocialGuidancePage)
    } | {"pages": Page.objects.count()}


def markdown_table(rows):
    """The rows of time_pages (or of timing_row alone, bench_admin: without the columns
    "after a publish" and "cached")."""
    public = bool(rows) and "fresh_median_ms" in rows[0]
    header = "| page | status | median ms | p95 ms | queries | KB | runs |"
    if public:
        header += " after a publish: median (p95) ms, queries | cached: median (p95) ms |"
    lines = [header, "|---" * header.count(" |") + "|"]
    for r in rows:
        line = (
            f"| {r['name']} | {r['status']} | {r['median_ms']:,} | {r['p95_ms']:,} | "
            f"{r['queries']} | {r['kb']:,} | {r['runs']} |"
        )
        if public:
            cached = (
                f"{r['cached_median_ms']:,} ({r['cached_p95_ms']:,})"
                if r.get("cached_median_ms") is not None
                else "not cached"
            )
            line += (
                f" {r['fresh_median_ms']:,} ({r['fresh_p95_ms']:,}), {r['fresh_queries']} |"
                f" {cached} |"
            )
        lines.append(line)
    return "\n".join(lines)


def comparison_table(results):
    """Median ms (p95) per page, one column per size: {size: rows}."""
    sizes = list(results)
    lines = [
        "| page | " + " | ".join(f"{s:,}: median (p95) ms, queries" for s in sizes) + " |",
        "|---|" + "---|" * len(sizes),
    ]
    names = [r["name"] for r in results[sizes[0]]]
    for i, name in enumerate(names):
        cells = []
        for s in sizes:
            r = results[s][i]
            cells.append(f"{r['median_ms']:,} ({r['p95_ms']:,}), {r['queries']}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
