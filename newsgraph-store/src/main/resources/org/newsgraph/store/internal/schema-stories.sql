-- newsgraph store, schema version 6 (issue 17): the cross-document layer. Written by StoryTables in the same
-- transaction as the articles they are about; derived from the article tables (a store upgraded from version 4 or 5, or
-- whose cross-document definition changed, gets them rebuilt when opened). Statements separated by semicolons.

-- One row per story: what the clusterer keeps of it (its centroid per channel as parallel key/weight lists).
CREATE TABLE IF NOT EXISTS stories (
  id             VARCHAR NOT NULL,   -- "s" + the id of the article that started it
  last_seq       BIGINT NOT NULL,    -- stream position of the last article that joined
  first_date     DATE,               -- earliest date of its dated articles
  last_date      DATE,               -- latest
  articles       INTEGER NOT NULL,
  undated        INTEGER NOT NULL,   -- articles without a date
  title          VARCHAR,            -- the headline of its first article
  score_sum      DOUBLE NOT NULL,    -- the similarities its articles had when they joined, summed (its cohesion)
  terms          VARCHAR[] NOT NULL,
  term_weights   FLOAT[] NOT NULL,
  entities       VARCHAR[] NOT NULL,
  entity_weights FLOAT[] NOT NULL,
  events         VARCHAR[] NOT NULL,
  event_weights  FLOAT[] NOT NULL,
  dates          VARCHAR[] NOT NULL,
  date_weights   FLOAT[] NOT NULL,
  numbers        VARCHAR[] NOT NULL,
  number_weights FLOAT[] NOT NULL
);

-- The story of every stored article, and why.
CREATE TABLE IF NOT EXISTS story_articles (
  article_id VARCHAR NOT NULL,
  story_id   VARCHAR NOT NULL,
  seq        BIGINT NOT NULL,        -- stream position: the order articles were placed in
  started    BOOLEAN NOT NULL,       -- it started the story
  score      DOUBLE NOT NULL,        -- similarity to the story it joined (0 when it started one)
  dated      BOOLEAN NOT NULL,       -- false: it has no date and joined by content only
  reason     VARCHAR NOT NULL
);

-- In how many articles each clustering key has been seen (the stream's document frequencies).
CREATE TABLE IF NOT EXISTS story_keys (
  "key" VARCHAR PRIMARY KEY,
  df    INTEGER NOT NULL
);
-- The keys of one batch, counted, before they are added to story_keys (emptied in the same transaction).
CREATE TABLE IF NOT EXISTS story_keys_batch (
  "key" VARCHAR NOT NULL,
  n     INTEGER NOT NULL
);

-- One row per event instance: the same real-world event however many articles report it.
CREATE TABLE IF NOT EXISTS event_instances (
  id               VARCHAR NOT NULL,   -- "v" + article id + "-" + event id of its first mention
  story_id         VARCHAR NOT NULL,
  last_seq         BIGINT NOT NULL,
  type             VARCHAR,            -- PLOVER type
  label            VARCHAR NOT NULL,   -- trigger words of its first mention
  stems            VARCHAR[] NOT NULL,
  stem_counts      INTEGER[] NOT NULL,
  actors           VARCHAR[] NOT NULL,
  actor_counts     INTEGER[] NOT NULL,
  recipients       VARCHAR[] NOT NULL,
  recipient_counts INTEGER[] NOT NULL,
  location         VARCHAR,
  "begin"          DATE,               -- the narrowest time its mentions give
  "end"            DATE,
  context          VARCHAR[] NOT NULL,
  context_weights  FLOAT[] NOT NULL,
  mentions         INTEGER NOT NULL,
  articles         INTEGER NOT NULL,
  last_article     VARCHAR NOT NULL
);

-- Each event mention (events.id of an article) and the instance it is one of.
CREATE TABLE IF NOT EXISTS event_mentions (
  instance_id VARCHAR NOT NULL,
  story_id    VARCHAR NOT NULL,
  article_id  VARCHAR NOT NULL,
  event_id    VARCHAR NOT NULL,
  seq         BIGINT NOT NULL,
  started     BOOLEAN NOT NULL,
  score       DOUBLE NOT NULL,
  reason      VARCHAR NOT NULL
);

-- One row per claim instance: the same claim of the same source however many articles report it.
CREATE TABLE IF NOT EXISTS claim_instances (
  id              VARCHAR NOT NULL,    -- "c" + article id + "-" + claim id of its first report
  story_id        VARCHAR NOT NULL,
  last_seq        BIGINT NOT NULL,
  source_key      VARCHAR NOT NULL,    -- entity id, "group:KOR+UKR", or "unnamed"
  source_text     VARCHAR,
  excerpt         VARCHAR NOT NULL,
  stances         VARCHAR[] NOT NULL,
  stance_counts   INTEGER[] NOT NULL,
  content         VARCHAR[] NOT NULL,
  content_weights FLOAT[] NOT NULL,
  reports         INTEGER NOT NULL,
  articles        INTEGER NOT NULL,
  last_article    VARCHAR NOT NULL
);

-- Each claim (claims.id of an article) and the claim instance it reports; stance per report (issue 18 hangs here).
CREATE TABLE IF NOT EXISTS claim_reports (
  instance_id VARCHAR NOT NULL,
  story_id    VARCHAR NOT NULL,
  article_id  VARCHAR NOT NULL,
  claim_id    VARCHAR NOT NULL,
  stance      VARCHAR NOT NULL,
  seq         BIGINT NOT NULL,
  started     BOOLEAN NOT NULL,
  score       DOUBLE NOT NULL
);

-- People named by surname alone in an article, made one with a person named in full, with the evidence; undone_by
-- is set (not the row deleted) when later evidence disagrees.
CREATE TABLE IF NOT EXISTS entity_merges (
  id            VARCHAR NOT NULL,
  article_id    VARCHAR NOT NULL,
  entity_id     VARCHAR NOT NULL,
  into_id       VARCHAR NOT NULL,
  story_id      VARCHAR NOT NULL,
  surname       VARCHAR NOT NULL,
  reason        VARCHAR NOT NULL,
  evidence      VARCHAR[] NOT NULL,
  mentions      VARCHAR[] NOT NULL,
  seq           BIGINT NOT NULL,
  undone_by     VARCHAR,
  undone_reason VARCHAR
)
