"""The translation status report's page rows, decided, filtered, counted and ordered in SQL.

A site of 50,000 pages in five languages has 200,000 rows (page × other language). Reading them
into Python on every view took seconds, so the database does it: one query counts the rows per
language and status (the totals, and the paginator's count), another returns one page of rows
(page id, language, status) in the report's order. Only the rows shown are then read as objects
(translations/status.py). Without a status filter every source page has as many rows as there
are other languages, so a page of rows is a slice of the source pages, and only their rows are
decided and sorted. wagtail-localize's tables (translations, their strings and syncs) are read
only for the few pages that have translation sources, never joined against every row.

The rules are those of `translations.status`, written once more in SQL:
- a page's source version is, among its versions that are not aliases (all of them when all
  are), the one in a language with a wagtail-localize TranslationSource (the default language's
  if there are several, else the oldest source's), else the default language's, else the oldest
  (lowest id) (`LocalizeData.source_locale_id`);
- a row's status is `cell_status`; tests/test_translation_status.py checks both agree.

Plain SQL that PostgreSQL and SQLite both run (window functions, CASE, SUBSTR, ||).
"""

from django.db import connection
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

# A page's section is its ancestor at this depth (translations.status.SECTION_DEPTH).
SECTION_DEPTH = 3

# Where each section comes in the report (the paths of its pages, one per language), given
# as a table of a few rows that the database joins by hashing.
SECTIONS = "sections(path, sort) AS ({rows}),"

# A source page's place in the report, before its languages' rows.
PAGE_ORDER = """CASE WHEN {p}.depth < {section_depth} THEN 0 ELSE 1 END, {section},
    SUBSTR({p}.path, {after_section}), LOWER({p}.draft_title), {p}.id"""

CELLS = """
WITH {sections}
ts_first AS (
    SELECT object_id, locale_id, MIN(id) AS first_id FROM {source} GROUP BY object_id, locale_id
),
ranked AS (
    SELECT p.id, p.translation_key, p.locale_id, p.path, p.depth, p.draft_title, p.live,
        p.last_published_at,
        ROW_NUMBER() OVER (
            PARTITION BY p.translation_key ORDER BY
                CASE WHEN p.alias_of_id IS NULL THEN 0 ELSE 1 END,
                CASE WHEN f.first_id IS NULL THEN 1 ELSE 0 END,
                CASE WHEN p.locale_id = %(default)s THEN 0 ELSE 1 END,
                f.first_id, p.id
        ) AS rn
    FROM {page} p
    LEFT JOIN ts_first f ON f.object_id = p.translation_key AND f.locale_id = p.locale_id
    WHERE p.depth > 1
),
src AS {materialized} (  -- the source versions the rows are about (or those of a page shown)
    SELECT r.*, {section_sort} AS section_sort FROM ranked r {section_join}
    WHERE r.rn = 1 {section_filter} {source_locale_filter}
    {page_slice}
),
cells AS {materialized} (
    SELECT s.id AS page_id, s.translation_key AS tkey, s.locale_id AS source_locale_id,
        s.live AS s_live, s.last_published_at AS s_pub, s.path, s.depth, s.draft_title,
        s.section_sort, l.id AS locale_id, t.id AS target_id, t.live AS t_live,
        t.last_published_at AS t_pub
    FROM src s
    CROSS JOIN {locale} l
    LEFT JOIN {page} t
        ON t.translation_key = s.translation_key AND t.locale_id = l.id
        AND t.alias_of_id IS NULL
    WHERE l.id <> s.locale_id {locale_filter}
),
tr AS (  -- from the few pages with translation sources, not from every row
    SELECT s.id AS page_id, t.target_locale_id AS locale_id, s.translation_key AS tkey,
        t.source_id, so.locale_id AS origin_locale_id, so.last_updated_at AS so_updated,
        ROW_NUMBER() OVER (
            PARTITION BY s.id, t.target_locale_id ORDER BY
                CASE WHEN so.locale_id = s.locale_id THEN 0 ELSE 1 END,
                CASE WHEN so.locale_id = s.locale_id THEN t.id ELSE -t.id END
        ) AS rn
    FROM src s
    JOIN {source} so ON so.object_id = s.translation_key
    JOIN {translation} t ON t.source_id = so.id
    WHERE t.enabled AND t.target_locale_id <> s.locale_id {target_locale_filter}
),
chosen AS (  -- with the version the translation was made from (its origin), if there is one
    SELECT tr.*, o.id AS o_id, o.live AS o_live, o.last_published_at AS o_pub
    FROM tr
    LEFT JOIN {page} o ON o.translation_key = tr.tkey AND o.locale_id = tr.origin_locale_id
    WHERE tr.rn = 1
),
seg AS (
    SELECT source_id, COUNT(*) AS n FROM {segment}
    WHERE source_id IN (SELECT source_id FROM chosen)
    GROUP BY source_id
),
done AS (
    SELECT ss.source_id, st.locale_id, COUNT(*) AS n, MAX(st.updated_at) AS last
    FROM {segment} ss
    JOIN {string_translation} st
        ON st.translation_of_id = ss.string_id AND st.context_id = ss.context_id
        AND NOT st.has_error
    WHERE ss.source_id IN (SELECT source_id FROM chosen)
    GROUP BY ss.source_id, st.locale_id
),
synced AS (
    SELECT source_id, locale_id, MAX(created_at) AS last FROM {log}
    WHERE source_id IN (SELECT source_id FROM chosen)
    GROUP BY source_id, locale_id
),
progress AS {materialized} (  -- the few rows with a translation: what was done, and when
    SELECT ch.*, sg.n AS segments, d.n AS translated, d.last AS translated_at,
        sy.last AS synced_at
    FROM chosen ch
    LEFT JOIN seg sg ON sg.source_id = ch.source_id
    LEFT JOIN done d ON d.source_id = ch.source_id AND d.locale_id = ch.locale_id
    LEFT JOIN synced sy ON sy.source_id = ch.source_id AND sy.locale_id = ch.locale_id
),
decided AS (
    SELECT c.page_id AS id, c.locale_id, c.path, c.depth, c.draft_title, c.section_sort,
        CASE
            WHEN ch.source_id IS NULL THEN
                CASE
                    WHEN c.target_id IS NULL THEN 'missing'
                    WHEN c.s_live AND NOT c.t_live THEN 'in-progress'
                    ELSE 'up-to-date'
                END
            WHEN c.target_id IS NULL OR ch.synced_at IS NULL
                OR (CASE WHEN ch.o_id IS NULL THEN c.s_live ELSE ch.o_live END AND NOT c.t_live)
                THEN 'in-progress'
            WHEN ch.so_updated > ch.synced_at
                OR (CASE WHEN ch.o_id IS NULL THEN c.s_pub ELSE ch.o_pub END) > ch.synced_at
                THEN 'out-of-date'
            WHEN ch.translated_at IS NOT NULL AND ch.translated_at > ch.synced_at
                THEN 'in-progress'
            WHEN (CASE WHEN ch.o_id IS NULL THEN c.s_live ELSE ch.o_live END)
                AND c.t_pub IS NOT NULL AND c.t_pub < ch.synced_at
                THEN 'in-progress'
            WHEN COALESCE(ch.translated, 0) < COALESCE(ch.segments, 0) THEN 'in-progress'
            ELSE 'up-to-date'
        END AS status
    FROM cells c
    LEFT JOIN progress ch ON ch.page_id = c.page_id AND ch.locale_id = c.locale_id
)
"""

ORDERED = """
SELECT r.id, r.locale_id, r.status
FROM decided r
{status_filter}
ORDER BY {page_order}, {locale_order}
"""

TOTALS = """
SELECT r.locale_id, r.status, COUNT(*) FROM decided r {status_filter}
GROUP BY r.locale_id, r.status
"""


class PageCells:
    """The report's page rows with the given filters: (page id, locale id, status), counted per
    language and status in one query, fetched a slice at a time in another.

    `locale_ids` are every language, in the report's order; `section_order` {path of a
    section page: the section's place}. `section` is "home", a list of the paths of a
    section's pages (one per language), or None; `status` one of the statuses; `locale_id` a
    locale's id."""

    def __init__(
        self,
        default_id,
        locale_ids,
        section_order,
        *,
        locale_id=None,
        section=None,
        status=None,
    ):
        self.params = {"default": default_id if default_id is not None else -1}
        section_length = SECTION_DEPTH * Page.steplen
        if section == "home":
            section_filter = f"AND r.depth < {SECTION_DEPTH}"
        elif section is not None:
            names = []
            for n, path in enumerate(section):
                self.params[f"section{n}"] = path
                names.append(f"%(section{n})s")
            section_filter = (
                f"AND SUBSTR(r.path, 1, {section_length}) IN ({', '.join(names) or 'NULL'})"
            )
        else:
            section_filter = ""
        filters = {
            # Each computed once: the planner underestimates how many pages are source versions
            # (a window function's rn = 1) and then joins the 200,000 rows by nested loops.
            "materialized": "MATERIALIZED" if connection.vendor == "postgresql" else "",
            "section_filter": section_filter,
            "source_locale_filter": "",
            "locale_filter": "",
            "target_locale_filter": "",
        }
        #: how many rows each source page has when every row is shown: one per other language
        self.rows_per_page = max(len(locale_ids) - 1, 0)
        if locale_id is not None:
            self.params["locale"] = locale_id
            filters |= {
                "source_locale_filter": "AND r.locale_id <> %(locale)s",
                "locale_filter": "AND l.id = %(locale)s",
                "target_locale_filter": "AND t.target_locale_id = %(locale)s",
            }
            self.rows_per_page = 1
        status_filter = ""
        if status is not None:
            self.params["status"] = status
            status_filter = "WHERE r.status = %(status)s"
            self.rows_per_page = None  # a page has as many rows as have the status
        names = {
            "page": Page._meta.db_table,
            "locale": Locale._meta.db_table,
            "source": TranslationSource._meta.db_table,
            "translation": Translation._meta.db_table,
            "segment": StringSegment._meta.db_table,
            "string_translation": StringTranslation._meta.db_table,
            "log": TranslationLog._meta.db_table,
        }
        ordering = {"section_depth": SECTION_DEPTH, "after_section": section_length + 1}
        section_rows = []
        for n, path in enumerate(section_order):
            self.params[f"section_path{n}"] = path
            section_rows.append(f"(%(section_path{n})s, {int(section_order[path])})")
        sections = SECTIONS.format(
            rows="VALUES " + ", ".join(section_rows) if section_rows else "SELECT NULL, NULL"
        )
        ordered = {
            "sections": sections,
            "section_sort": "se.sort",
            "section_join": (
                f"LEFT JOIN sections se ON se.path = SUBSTR(r.path, 1, {section_length})"
            ),
        }
        order = " ".join(f"WHEN {int(pk)} THEN {n}" for n, pk in enumerate(locale_ids))
        select = ORDERED.format(
            status_filter=status_filter,
            page_order=PAGE_ORDER.format(p="r", section="r.section_sort", **ordering),
            locale_order=f"CASE r.locale_id {order} ELSE {len(locale_ids)} END"
            if order
            else "r.locale_id",
        )
        self.ordered_sql = CELLS.format(page_slice="", **ordered, **filters, **names) + select
        #: the rows of a slice of the source pages (when each page has rows_per_page rows)
        self.sliced_sql = (
            CELLS.format(
                page_slice="ORDER BY "
                + PAGE_ORDER.format(p="r", section="se.sort", **ordering)
                + " LIMIT %(pages)s OFFSET %(first_page)s",
                **ordered,
                **filters,
                **names,
            )
            + select
        )
        self.totals_sql = CELLS.format(
            sections="",
            section_sort="NULL",
            section_join="",
            page_slice="",
            **filters,
            **names,
        ) + TOTALS.format(status_filter=status_filter)

    def execute(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def totals(self):
        """{(locale id, status): number of rows}."""
        rows = self.execute(self.totals_sql, self.params)
        return {(locale_id, status): count for locale_id, status, count in rows}

    def rows(self, offset=0, limit=None):
        """[(page id, locale id, status)] in the report's order, from `offset`.

        Without a status filter every source page has the same number of rows, so a slice of
        rows is a slice of source pages: only those pages' rows are decided and sorted (a page
        of the report at 50,000 pages), rather than all 200,000."""
        if limit is None:
            if offset:
                raise ValueError("an offset needs a limit")
            return self.execute(self.ordered_sql, self.params)
        if self.rows_per_page:
            first_page = offset // self.rows_per_page
            last_page = (offset + limit - 1) // self.rows_per_page
            params = self.params | {"first_page": first_page, "pages": last_page - first_page + 1}
            rows = self.execute(self.sliced_sql, params)
            skip = offset - first_page * self.rows_per_page
            return rows[skip : skip + limit]
        params = self.params | {"limit": limit, "offset": offset}
        return self.execute(self.ordered_sql + " LIMIT %(limit)s OFFSET %(offset)s", params)
