"""The translation status report's page rows, decided, filtered, counted and ordered in SQL.

A site of 50,000 pages in five languages has 200,000 rows (page × other language). Reading them
into Python on every view took seconds, so the database does it: one query counts the rows per
language and status (the totals, and the paginator's count), another returns one page of rows
(page id, language, status) in the report's order. Only the rows shown are then read as objects
(translations/status.py).

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

CELLS = """
WITH ts_first AS (
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
src AS (
    SELECT * FROM ranked WHERE rn = 1 {section_filter}
),
cells AS (
    SELECT s.id AS page_id, s.translation_key AS tkey, s.locale_id AS source_locale_id,
        s.live AS s_live, s.last_published_at AS s_pub, s.path, s.depth, s.draft_title,
        l.id AS locale_id, t.id AS target_id, t.live AS t_live, t.last_published_at AS t_pub
    FROM src s
    CROSS JOIN {locale} l
    LEFT JOIN {page} t
        ON t.translation_key = s.translation_key AND t.locale_id = l.id
        AND t.alias_of_id IS NULL
    WHERE l.id <> s.locale_id {locale_filter}
),
tr AS (
    SELECT c.page_id, c.locale_id, c.tkey, t.source_id, so.locale_id AS origin_locale_id,
        so.last_updated_at AS so_updated,
        ROW_NUMBER() OVER (
            PARTITION BY c.page_id, c.locale_id ORDER BY
                CASE WHEN so.locale_id = c.source_locale_id THEN 0 ELSE 1 END,
                CASE WHEN so.locale_id = c.source_locale_id THEN t.id ELSE -t.id END
        ) AS rn
    FROM cells c
    JOIN {source} so ON so.object_id = c.tkey
    JOIN {translation} t ON t.source_id = so.id AND t.target_locale_id = c.locale_id
    WHERE t.enabled
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
decided AS (
    SELECT c.page_id, c.locale_id, c.path, c.depth, c.draft_title,
        CASE
            WHEN ch.source_id IS NULL THEN
                CASE
                    WHEN c.target_id IS NULL THEN 'missing'
                    WHEN c.s_live AND NOT c.t_live THEN 'in-progress'
                    ELSE 'up-to-date'
                END
            WHEN c.target_id IS NULL OR sy.last IS NULL
                OR (CASE WHEN ch.o_id IS NULL THEN c.s_live ELSE ch.o_live END AND NOT c.t_live)
                THEN 'in-progress'
            WHEN ch.so_updated > sy.last
                OR (CASE WHEN ch.o_id IS NULL THEN c.s_pub ELSE ch.o_pub END) > sy.last
                THEN 'out-of-date'
            WHEN d.last IS NOT NULL AND d.last > sy.last THEN 'in-progress'
            WHEN (CASE WHEN ch.o_id IS NULL THEN c.s_live ELSE ch.o_live END)
                AND c.t_pub IS NOT NULL AND c.t_pub < sy.last
                THEN 'in-progress'
            WHEN COALESCE(d.n, 0) < COALESCE(sg.n, 0) THEN 'in-progress'
            ELSE 'up-to-date'
        END AS status
    FROM cells c
    LEFT JOIN chosen ch ON ch.page_id = c.page_id AND ch.locale_id = c.locale_id
    LEFT JOIN seg sg ON sg.source_id = ch.source_id
    LEFT JOIN done d ON d.source_id = ch.source_id AND d.locale_id = c.locale_id
    LEFT JOIN synced sy ON sy.source_id = ch.source_id AND sy.locale_id = c.locale_id
)
"""

ORDERED = """
, section_sort AS (
    SELECT translation_key,
        MIN(CASE WHEN locale_id = %(default)s THEN '0' ELSE '1' END || path) AS sort
    FROM {page} WHERE depth = {section_depth} GROUP BY translation_key
),
sections AS {materialized} (  -- each section page's path, and where its section comes
    SELECT sp.path, ss.sort FROM {page} sp
    JOIN section_sort ss ON ss.translation_key = sp.translation_key
    WHERE sp.depth = {section_depth}
)
SELECT r.page_id, r.locale_id, r.status
FROM decided r
LEFT JOIN sections se ON se.path = SUBSTR(r.path, 1, {section_length})
{status_filter}
ORDER BY CASE WHEN r.depth < {section_depth} THEN 0 ELSE 1 END, se.sort,
    SUBSTR(r.path, {after_section}), LOWER(r.draft_title), r.page_id, {locale_order}
"""

TOTALS = """
SELECT r.locale_id, r.status, COUNT(*) FROM decided r {status_filter}
GROUP BY r.locale_id, r.status
"""


class PageCells:
    """The report's page rows with the given filters: (page id, locale id, status), counted per
    language and status in one query, fetched a slice at a time in another.

    `section` is "home", a list of the paths of a section's pages (one per language), or None;
    `status` one of the statuses; `locale_id` a locale's id."""

    def __init__(self, default_id, locale_ids, *, locale_id=None, section=None, status=None):
        self.params = {"default": default_id if default_id is not None else -1}
        section_length = SECTION_DEPTH * Page.steplen
        if section == "home":
            section_filter = f"AND depth < {SECTION_DEPTH}"
        elif section is not None:
            names = []
            for n, path in enumerate(section):
                self.params[f"section{n}"] = path
                names.append(f"%(section{n})s")
            section_filter = (
                f"AND SUBSTR(path, 1, {section_length}) IN ({', '.join(names) or 'NULL'})"
            )
        else:
            section_filter = ""
        locale_filter = ""
        if locale_id is not None:
            self.params["locale"] = locale_id
            locale_filter = "AND l.id = %(locale)s"
        status_filter = ""
        if status is not None:
            self.params["status"] = status
            status_filter = "WHERE r.status = %(status)s"
        order = " ".join(f"WHEN {int(pk)} THEN {n}" for n, pk in enumerate(locale_ids))
        names = {
            "page": Page._meta.db_table,
            "locale": Locale._meta.db_table,
            "source": TranslationSource._meta.db_table,
            "translation": Translation._meta.db_table,
            "segment": StringSegment._meta.db_table,
            "string_translation": StringTranslation._meta.db_table,
            "log": TranslationLog._meta.db_table,
        }
        cells = CELLS.format(section_filter=section_filter, locale_filter=locale_filter, **names)
        self.ordered_sql = cells + ORDERED.format(
            section_depth=SECTION_DEPTH,
            section_length=section_length,
            after_section=section_length + 1,
            status_filter=status_filter,
            locale_order=f"CASE r.locale_id {order} ELSE {len(locale_ids)} END"
            if order
            else "r.locale_id",
            page=names["page"],
            # Read once, not once per row when the planner underestimates the rows.
            materialized="MATERIALIZED" if connection.vendor == "postgresql" else "",
        )
        self.totals_sql = cells + TOTALS.format(status_filter=status_filter)

    def execute(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def totals(self):
        """{(locale id, status): number of rows}."""
        rows = self.execute(self.totals_sql, self.params)
        return {(locale_id, status): count for locale_id, status, count in rows}

    def rows(self, offset=0, limit=None):
        """[(page id, locale id, status)] in the report's order, from `offset`."""
        sql = self.ordered_sql
        params = dict(self.params)
        if limit is not None:
            sql += " LIMIT %(limit)s OFFSET %(offset)s"
            params |= {"limit": limit, "offset": offset}
        elif offset:
            raise ValueError("an offset needs a limit")
        return self.execute(sql, params)
