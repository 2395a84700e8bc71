-- newsgraph store, schema version 1 (DuckDB).
-- DuckDB is the source of truth; the Lucene index next to this file is derived from these tables.
-- Offsets ("begin", "end") are half-open UTF-16 code-unit ranges [begin, end) into articles.text, as in Java.
-- "begin", "end" and "at" are SQL keywords: quote them in queries.
-- Executed once, in one transaction, when a store is created; statements are separated by semicolons.

CREATE TABLE meta (
  key   VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);

CREATE TABLE articles (
  id          VARCHAR PRIMARY KEY,   -- content hash (ArticleIds)
  source      VARCHAR,               -- file path (with optional #n) or URL
  outlet      VARCHAR,
  headline    VARCHAR,
  dateline    VARCHAR,
  agency      VARCHAR,
  published   DATE,
  updated     DATE,
  anchor      DATE,                  -- published, else updated: what relative dates are resolved against
  language    VARCHAR,
  bullets     VARCHAR[],
  captions    VARCHAR[],
  paragraphs  INTEGER[],             -- flattened [begin0, end0, begin1, end1, ...]
  text        VARCHAR NOT NULL,
  stage_ids   VARCHAR[],             -- versioned ids of the stages that produced the analysis, in order
  ingested_at TIMESTAMP NOT NULL     -- UTC
);

-- Canonical entities, shared by all articles. Upsert: the first writer's name, type and country win; a new alias
-- (or a different name) seen later is added to aliases; a missing country is filled in.
CREATE TABLE entities (
  id      VARCHAR PRIMARY KEY,       -- country:PRK, person:vladimir-putin, ...
  type    VARCHAR NOT NULL,          -- EntityType name
  name    VARCHAR NOT NULL,
  aliases VARCHAR[] NOT NULL,
  country VARCHAR                    -- ISO 3166 alpha-3
);

-- Which entities an article lists (AnalyzedArticle.entities), in its order.
CREATE TABLE article_entities (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,
  entity_id  VARCHAR NOT NULL
);

-- Sentence spans (no tokens): a time expression and a mention in the same sentence make a timeline entry.
CREATE TABLE sentences (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,
  "begin"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL
);

CREATE TABLE mentions (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,       -- position in AnalyzedArticle.mentions
  "begin"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  entity_id  VARCHAR NOT NULL,
  role       VARCHAR NOT NULL        -- Mention.Role name
);

CREATE TABLE times (
  article_id     VARCHAR NOT NULL,
  idx            INTEGER NOT NULL,   -- position in AnalyzedArticle.times
  "begin"        INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  type           VARCHAR NOT NULL,   -- TIMEX3 type
  value          VARCHAR,            -- TIMEX3 value
  mod            VARCHAR,            -- TIMEX3 mod
  resolved_begin DATE,               -- inclusive
  resolved_end   DATE                -- exclusive
);

-- One row per article stored, per duplicate skipped and per document that failed.
CREATE TABLE ingest_log (
  seq        BIGINT NOT NULL,        -- increasing: the order rows were written in
  run_id     VARCHAR,
  source     VARCHAR,
  article_id VARCHAR,
  status     VARCHAR NOT NULL,       -- stored | duplicate | failed
  message    VARCHAR,
  "at"       TIMESTAMP NOT NULL      -- UTC
);

-- Attributions (Claim records). Spans are offsets into articles.text; a null begin means "none".
CREATE TABLE claims (
  article_id     VARCHAR NOT NULL,
  idx            INTEGER NOT NULL,   -- position in AnalyzedArticle.claims
  id             VARCHAR NOT NULL,   -- id within the article (c1, c2, ...)
  source_begin   INTEGER,
  source_end     INTEGER,
  source_entity  VARCHAR,            -- canonical entity of the source, if any
  cue_begin      INTEGER NOT NULL,
  cue_end        INTEGER NOT NULL,
  content        INTEGER[] NOT NULL, -- flattened [begin0, end0, begin1, end1, ...]
  kind           VARCHAR NOT NULL,   -- DIRECT | INDIRECT | MIXED
  channel_begin  INTEGER,
  channel_end    INTEGER,
  said           DATE,
  said_from_text BOOLEAN NOT NULL,
  stance         VARCHAR NOT NULL,   -- Claim.Stance name
  sentence       INTEGER NOT NULL
);

-- PLOVER events (Event records). Participants are parallel lists: spans flattened, entity ids ('' = unlinked).
CREATE TABLE events (
  article_id         VARCHAR NOT NULL,
  idx                INTEGER NOT NULL,
  id                 VARCHAR NOT NULL,
  type               VARCHAR NOT NULL,
  mode               VARCHAR,
  trigger_begin      INTEGER NOT NULL,
  trigger_end        INTEGER NOT NULL,
  actor_spans        INTEGER[] NOT NULL,
  actor_entities     VARCHAR[] NOT NULL,
  recipient_spans    INTEGER[] NOT NULL,
  recipient_entities VARCHAR[] NOT NULL,
  location_begin     INTEGER,
  location_end       INTEGER,
  location_entity    VARCHAR,
  time_begin         INTEGER,
  time_end           INTEGER,
  resolved_begin     DATE,
  resolved_end       DATE,
  time_from_article  BOOLEAN NOT NULL,
  modality           VARCHAR NOT NULL,
  claim_id           VARCHAR,
  confidence         DOUBLE NOT NULL,
  sentence           INTEGER NOT NULL
);

-- Every publication of a stored article (issue 5): the first one, and each near-duplicate (the same wire story from
-- another outlet, retitled or trimmed), which is not analysed again but recorded here. The MinHash signature of each
-- stored text rides on its first publication: the near-duplicate index is rebuilt from these rows at start-up.
-- Stores made before this table get it from PublicationsTable (CREATE TABLE IF NOT EXISTS, same columns).
CREATE TABLE publications (
  article_id  VARCHAR NOT NULL,      -- the stored article this is a publication of
  content_id  VARCHAR NOT NULL,      -- ArticleIds of this publication's own text (= article_id for the first)
  source      VARCHAR NOT NULL,      -- file path (with #n or record) or URL
  outlet      VARCHAR,
  headline    VARCHAR,
  published   DATE,
  similarity  DOUBLE NOT NULL,       -- estimated Jaccard similarity to the stored text; 1 for the first
  scheme      VARCHAR,               -- how the signature was made (MinHasher.SCHEME); null without one
  signature   INTEGER[],             -- MinHash signature, on first publications only
  ingested_at TIMESTAMP NOT NULL     -- UTC
);
