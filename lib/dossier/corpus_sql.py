"""The corpus database's SQL (DuckDB): views over the Parquet folders, and the tables across articles.

Data, not logic: `corpus_db.py` runs these statements in order. `{root}` is the store folder.

Identities across articles (`corpus_actors`, `actor_map`):
- a country is its ISO 3166 alpha-3 code ('country:RUS'), whatever the article calls it;
- anyone else is (kind, ISO3 country, name folded: lower case, no accents, dots or punctuation, no leading
  'the'); an actor without a country takes the one country its name is seen with in the corpus, if only one;
- a person named by one word joins the person named in full whose first or last word it is, and an
  organisation named by its initials ('UN', 'E.U.') the organisation whose initials they are, only where
  exactly one such identity exists in the corpus (else it stays an identity of its own).
The id of an identity is its key ('person:RUS:vladimir putin'): the same on every run.

Events across articles (`corpus_events`, `event_sources`): same kind, same participants (their identities;
source and target where the article lists no participants), and dates that agree within their precision.
Events dated to the day merge when the day is the same; an event dated to a month or a year joins the one
group of its participants within that month or year, a group of its own when there is none, and stays alone
when there are several. An event without a date or without known participants is never merged.
"""
from __future__ import annotations

FRAME_VIEW = """
CREATE OR REPLACE VIEW {name} AS
SELECT f.* EXCLUDE (filename, file_row_number, _batch)
FROM (SELECT *, CAST(regexp_extract(filename, 'part-(\\d+)\\.parquet$', 1) AS INTEGER) AS _batch
      FROM read_parquet('{glob}', union_by_name = true, filename = true, file_row_number = true)) f
SEMI JOIN _current c ON f.article_id = c.article_id AND f._batch = c._batch
ORDER BY f.published NULLS LAST, f.article_id, f.file_row_number
"""

CURRENT_VIEW = """
CREATE OR REPLACE VIEW _current AS
SELECT article_id, max(CAST(regexp_extract(filename, 'part-(\\d+)\\.parquet$', 1) AS INTEGER)) AS _batch
FROM read_parquet('{glob}', filename = true) GROUP BY article_id
"""

ERRORS_VIEW = """
CREATE OR REPLACE VIEW errors AS
SELECT source, content_hash, reason FROM (
  SELECT e.*, row_number() OVER (PARTITION BY e.source, e.content_hash ORDER BY e._batch DESC) AS _n
  FROM (SELECT *, CAST(regexp_extract(filename, 'part-(\\d+)\\.parquet$', 1) AS INTEGER) AS _batch
        FROM read_parquet('{glob}', filename = true)) e
  -- an error is over once its article is stored, or once its source gave an article in a later batch
  WHERE NOT EXISTS (SELECT 1 FROM articles a JOIN _current c ON c.article_id = a.article_id
                    WHERE a.content_hash = e.content_hash OR (a.source = e.source AND c._batch > e._batch)))
WHERE _n = 1 ORDER BY source
"""

# Views that read the tables below with names: what an analyst queries first.
NAMED_VIEWS = """
CREATE OR REPLACE VIEW corpus_positions AS
SELECT p.article_id, p.published, p.outlet, m.corpus_actor_id, a.name AS actor, a.kind, a.country,
       p.topic, p.stance, p.period, t.corpus_actor_id AS target_corpus_id, ta.name AS target,
       ta.country AS target_country, p.cue, p.evidence, p.sentence_id
FROM positions p
JOIN actor_map m ON m.article_id = p.article_id AND m.actor_id = p.actor_id
JOIN corpus_actors a ON a.corpus_actor_id = m.corpus_actor_id
LEFT JOIN actor_map t ON t.article_id = p.article_id AND t.actor_id = p.target_id
LEFT JOIN corpus_actors ta ON ta.corpus_actor_id = t.corpus_actor_id
ORDER BY p.published NULLS LAST, p.article_id, a.name, p.sentence_id;

CREATE OR REPLACE VIEW corpus_quotes AS
SELECT q.article_id, q.published, q.outlet, m.corpus_actor_id, coalesce(a.name, q.speaker) AS speaker,
       a.kind, a.country, q.kind AS quote_kind, q.cue, q.text, q.sentence_id
FROM quotes q
LEFT JOIN actor_map m ON m.article_id = q.article_id AND m.actor_id = q.speaker_id
LEFT JOIN corpus_actors a ON a.corpus_actor_id = m.corpus_actor_id
ORDER BY q.published NULLS LAST, q.article_id, q.start_char;

CREATE OR REPLACE VIEW corpus_cooccurrence AS
WITH seen AS (SELECT DISTINCT x.article_id, x.sentence_id, m.corpus_actor_id
              FROM mentions x JOIN actor_map m ON m.article_id = x.article_id AND m.actor_id = x.actor_id)
SELECT a.corpus_actor_id AS actor_a, b.corpus_actor_id AS actor_b, count(*) AS sentences,
       count(DISTINCT a.article_id) AS articles
FROM seen a JOIN seen b ON a.article_id = b.article_id AND a.sentence_id = b.sentence_id
                        AND a.corpus_actor_id < b.corpus_actor_id
GROUP BY ALL ORDER BY sentences DESC, actor_a, actor_b;

CREATE OR REPLACE VIEW corpus_meetings AS
SELECT a.p AS actor_a, b.p AS actor_b, count(*) AS meetings, CAST(sum(e.sources) AS BIGINT) AS reports
FROM corpus_events e, unnest(e.participants) AS a(p), unnest(e.participants) AS b(p)
WHERE e.kind = 'meeting' AND a.p < b.p
GROUP BY ALL ORDER BY meetings DESC, actor_a, actor_b;
"""

FOLD = r"""trim(regexp_replace(regexp_replace(regexp_replace(lower(strip_accents({x})), '[.''’`\p{{Cf}}]', '', 'g'),
            '[^\pL\pN]+', ' ', 'g'), '^\s*the\s+', ''))"""

IDENTITIES = f"""
-- every per-article actor, its name folded for comparison
CREATE OR REPLACE TEMP TABLE _a AS
SELECT article_id, actor_id, name, kind, country, mentions, published, {FOLD.format(x='name')} AS folded,
       kind = 'country' AND country IS NOT NULL AS is_country
FROM actors;

-- the countries each (kind, folded name) is seen with, outside countries
CREATE OR REPLACE TEMP TABLE _named AS
SELECT kind, folded, list_sort(list(DISTINCT country) FILTER (WHERE country IS NOT NULL)) AS countries
FROM _a WHERE NOT is_country GROUP BY kind, folded;

-- the key by name: a country by its code; anyone else by kind, country (its own, else its name's only one), name
CREATE OR REPLACE TEMP TABLE _keyed AS
SELECT a.*, CASE WHEN a.is_country THEN a.country
                 ELSE coalesce(a.country, CASE WHEN len(n.countries) = 1 THEN n.countries[1] END) END AS id_country,
       CASE WHEN a.is_country THEN 'country:' || a.country
            ELSE a.kind || ':' || coalesce(a.country, CASE WHEN len(n.countries) = 1 THEN n.countries[1] END, '')
                 || ':' || a.folded END AS key,
       CASE WHEN a.is_country THEN 'country' ELSE 'name' END AS via
FROM _a a LEFT JOIN _named n ON n.kind = a.kind AND n.folded = a.folded;

-- identities named in full (more than one word), with their first and last words and initials
CREATE OR REPLACE TEMP TABLE _full AS
SELECT DISTINCT kind, key, id_country, string_split(folded, ' ')[1] AS first_word,
       string_split(folded, ' ')[-1] AS last_word,
       array_to_string(list_transform(list_filter(string_split(folded, ' '),
                                                  lambda w: w NOT IN ('of', 'the', 'and', 'for', 'on', 'de')),
                                      lambda w: w[1]), '') AS initials
FROM _keyed WHERE NOT is_country AND contains(folded, ' ');

-- one-word names: a person's surname (or given name), an organisation's initials; joined where unambiguous
CREATE OR REPLACE TEMP TABLE _short AS
SELECT k.article_id, k.actor_id, min(f.key) AS key, count(DISTINCT f.key) AS candidates,
       CASE k.kind WHEN 'person' THEN 'surname' ELSE 'acronym' END AS via
FROM _keyed k JOIN _full f ON f.kind = k.kind
     AND (k.country IS NULL OR f.id_country IS NULL OR f.id_country = k.country)
     AND ((k.kind = 'person' AND k.folded IN (f.first_word, f.last_word))
          OR (k.kind = 'organization' AND regexp_full_match(replace(k.name, '.', ''), '[A-Z]{{2,6}}')
              AND k.folded = f.initials))
WHERE NOT k.is_country AND NOT contains(k.folded, ' ')
GROUP BY k.article_id, k.actor_id, k.kind;

CREATE OR REPLACE TEMP TABLE _mapped AS
SELECT k.*, coalesce(s.key, k.key) AS corpus_actor_id, coalesce(s.via, k.via) AS how
FROM _keyed k LEFT JOIN _short s ON s.article_id = k.article_id AND s.actor_id = k.actor_id AND s.candidates = 1;

CREATE OR REPLACE TABLE actor_map AS
SELECT article_id, actor_id, corpus_actor_id, how AS via FROM _mapped ORDER BY article_id, actor_id;

-- an identity's name: the full name its articles give most often, then the most mentioned, the shortest, the first
CREATE OR REPLACE TEMP TABLE _names AS
SELECT corpus_actor_id, name, count(*) AS n,
       row_number() OVER (PARTITION BY corpus_actor_id
                          ORDER BY (how IN ('name', 'country')) DESC, count(*) DESC, sum(mentions) DESC,
                                   length(name), name) AS rank
FROM _mapped GROUP BY corpus_actor_id, name, how;

CREATE OR REPLACE TABLE corpus_actors AS
SELECT m.corpus_actor_id, regexp_replace(n.name, '\\p{{Cf}}', '', 'g') AS name, min(m.kind) AS kind,
       CASE WHEN m.corpus_actor_id LIKE 'country:%' THEN min(m.country) ELSE min(k.id_country) END AS country,
       count(DISTINCT m.article_id) AS articles, CAST(sum(m.mentions) AS BIGINT) AS mentions,
       list_sort(list(DISTINCT m.name)) AS names, min(m.published) AS first_published,
       max(m.published) AS last_published
FROM _mapped m JOIN _names n ON n.corpus_actor_id = m.corpus_actor_id AND n.rank = 1
LEFT JOIN (SELECT key, any_value(id_country) AS id_country FROM _keyed GROUP BY key) k ON k.key = m.corpus_actor_id
GROUP BY m.corpus_actor_id, n.name ORDER BY m.corpus_actor_id;
"""

EVENTS = """
-- each event's participants as identities (source and target where it lists none)
CREATE OR REPLACE TEMP TABLE _who AS
SELECT e.article_id, e.event_id, list_sort(list(DISTINCT m.corpus_actor_id)) AS who
FROM (SELECT article_id, event_id,
             unnest(CASE WHEN len(coalesce(participants, [])) > 0 THEN participants
                         ELSE list_filter([source_id, target_id], lambda x: x IS NOT NULL) END) AS actor_id
      FROM events) e
JOIN actor_map m ON m.article_id = e.article_id AND m.actor_id = e.actor_id
GROUP BY e.article_id, e.event_id;

CREATE OR REPLACE TEMP TABLE _e AS
SELECT e.article_id, e.event_id, e.kind, e.cameo, e.date, e.date_text, e.location, e.sentence_id,
       e.published, e.outlet, w.who,
       CASE WHEN w.who IS NULL THEN NULL ELSE e.kind || '|' || array_to_string(w.who, '|') END AS grp,
       CASE WHEN regexp_full_match(coalesce(e.date, ''), '\\d{4}-\\d{2}-\\d{2}') THEN 3
            WHEN regexp_full_match(coalesce(e.date, ''), '\\d{4}-\\d{2}') THEN 2
            WHEN regexp_full_match(coalesce(e.date, ''), '\\d{4}') THEN 1 ELSE 0 END AS precision,
       '#' || e.article_id || '#' || e.event_id AS alone
FROM events e LEFT JOIN _who w ON w.article_id = e.article_id AND w.event_id = e.event_id;

CREATE OR REPLACE TEMP TABLE _days AS
SELECT DISTINCT grp, date AS cluster FROM _e WHERE precision = 3 AND grp IS NOT NULL;

-- a month joins its one day, else is a group of its own month (none) or stays alone (several)
CREATE OR REPLACE TEMP TABLE _months AS
SELECT e.article_id, e.event_id, e.grp,
       CASE count(d.cluster) WHEN 0 THEN e.date WHEN 1 THEN min(d.cluster) ELSE e.date || e.alone END AS cluster
FROM _e e LEFT JOIN _days d ON d.grp = e.grp AND d.cluster[1:7] = e.date
WHERE e.precision = 2 AND e.grp IS NOT NULL GROUP BY e.article_id, e.event_id, e.grp, e.date, e.alone;

CREATE OR REPLACE TEMP TABLE _groups AS
SELECT grp, cluster FROM _days
UNION SELECT grp, cluster FROM _months WHERE NOT contains(cluster, '#');

-- a year joins its one day or month, else is a group of its own year (none) or stays alone (several)
CREATE OR REPLACE TEMP TABLE _years AS
SELECT e.article_id, e.event_id,
       CASE count(g.cluster) WHEN 0 THEN e.date WHEN 1 THEN min(g.cluster) ELSE e.date || e.alone END AS cluster
FROM _e e LEFT JOIN _groups g ON g.grp = e.grp AND g.cluster[1:4] = e.date
WHERE e.precision = 1 AND e.grp IS NOT NULL GROUP BY e.article_id, e.event_id, e.date, e.alone;

CREATE OR REPLACE TEMP TABLE _clustered AS
SELECT e.*, coalesce(CASE WHEN e.grp IS NULL OR e.precision = 0 THEN coalesce(e.date, '') || e.alone END,
                     CASE e.precision WHEN 3 THEN e.date END, mo.cluster, y.cluster) AS cluster
FROM _e e
LEFT JOIN _months mo ON mo.article_id = e.article_id AND mo.event_id = e.event_id
LEFT JOIN _years y ON y.article_id = e.article_id AND y.event_id = e.event_id;

CREATE OR REPLACE TEMP TABLE _numbered AS
SELECT c.*, dense_rank() OVER (ORDER BY nullif(split_part(c.cluster, '#', 1), '') NULLS LAST, c.kind,
                                        coalesce(c.grp, ''), c.cluster) AS corpus_event_id
FROM _clustered c;

CREATE OR REPLACE TABLE event_sources AS
SELECT n.corpus_event_id, n.article_id, n.event_id, n.published, n.outlet, n.date, n.date_text,
       n.sentence_id, s.text AS evidence
FROM _numbered n LEFT JOIN sentences s ON s.article_id = n.article_id AND s.sentence_id = n.sentence_id
ORDER BY n.corpus_event_id, n.published NULLS LAST, n.article_id, n.event_id;

-- the most frequent CAMEO code and location of each event (ties: the first in order)
CREATE OR REPLACE TEMP TABLE _modes AS
SELECT corpus_event_id, what, value FROM (
  SELECT corpus_event_id, what, value,
         row_number() OVER (PARTITION BY corpus_event_id, what ORDER BY count(*) DESC, value) AS rank
  FROM (SELECT corpus_event_id, 'cameo' AS what, cameo AS value FROM _numbered
        UNION ALL SELECT corpus_event_id, 'location', location FROM _numbered)
  WHERE value IS NOT NULL GROUP BY corpus_event_id, what, value)
WHERE rank = 1;

-- the participants' names, in the order of their ids
CREATE OR REPLACE TEMP TABLE _names_of AS
SELECT p.corpus_event_id, list(coalesce(a.name, p.who) ORDER BY p.i) AS participant_names
FROM (SELECT DISTINCT corpus_event_id, unnest(who) AS who, generate_subscripts(who, 1) AS i
      FROM _numbered WHERE who IS NOT NULL) p
LEFT JOIN corpus_actors a ON a.corpus_actor_id = p.who GROUP BY p.corpus_event_id;

CREATE OR REPLACE TABLE corpus_events AS
SELECT n.corpus_event_id, any_value(n.kind) AS kind, any_value(c.value) AS cameo, any_value(n.who) AS participants,
       any_value(p.participant_names) AS participant_names,
       nullif(split_part(any_value(n.cluster), '#', 1), '') AS date,
       count(DISTINCT n.article_id) AS sources, count(*) AS reports, any_value(l.value) AS location,
       min(n.published) AS first_published, max(n.published) AS last_published,
       list_sort(list(DISTINCT n.article_id)) AS articles
FROM _numbered n
LEFT JOIN _modes c ON c.corpus_event_id = n.corpus_event_id AND c.what = 'cameo'
LEFT JOIN _modes l ON l.corpus_event_id = n.corpus_event_id AND l.what = 'location'
LEFT JOIN _names_of p ON p.corpus_event_id = n.corpus_event_id
GROUP BY n.corpus_event_id ORDER BY n.corpus_event_id;
"""
