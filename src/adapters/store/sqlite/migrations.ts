/** SQLite schema, one numbered migration per change. Never edit a released migration: add one. */
import type { Migration } from '../migrate.js';

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'knowledge base and tracking',
    sql: `
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  first_seen_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL,
  UNIQUE (type, value)
);
CREATE TABLE sightings (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  source TEXT NOT NULL,
  first_seen_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, source)
);
CREATE TABLE relations (
  from_id INTEGER NOT NULL REFERENCES indicators (id),
  to_id INTEGER NOT NULL REFERENCES indicators (id),
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  first_seen_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL,
  PRIMARY KEY (from_id, to_id, kind, source)
);
CREATE INDEX relations_to ON relations (to_id);
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  content TEXT NOT NULL,
  ingested_at_ms INTEGER NOT NULL
);
CREATE TABLE report_indicators (
  report_id TEXT NOT NULL REFERENCES reports (id),
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (report_id, indicator_id)
);
CREATE TABLE enrichments (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  kind TEXT NOT NULL,
  observed_at_ms INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX enrichments_lookup ON enrichments (indicator_id, kind, observed_at_ms);
CREATE TABLE watches (
  domain TEXT PRIMARY KEY,
  interval_seconds INTEGER NOT NULL,
  webhook_url TEXT,
  added_at_ms INTEGER NOT NULL,
  next_due_at_ms INTEGER NOT NULL,
  last_polled_at_ms INTEGER,
  state TEXT
);
CREATE INDEX watches_due ON watches (next_due_at_ms);
CREATE TABLE resolutions (
  domain TEXT NOT NULL,
  rrtype TEXT NOT NULL,
  state TEXT NOT NULL,
  rdata TEXT NOT NULL,
  first_seen_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (domain, rrtype, state, rdata)
);
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  domain TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE INDEX alerts_created ON alerts (created_at_ms);
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  alert_id INTEGER NOT NULL REFERENCES alerts (id),
  url TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at_ms INTEGER,
  delivered_at_ms INTEGER,
  last_error TEXT,
  UNIQUE (alert_id, url)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at_ms) WHERE delivered_at_ms IS NULL;
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL
);
CREATE INDEX notes_target ON notes (target_kind, target_id);
CREATE TABLE votes (
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  voter TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (target_kind, target_id, voter)
);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  created_at_ms INTEGER NOT NULL,
  revoked_at_ms INTEGER
);
`,
  },
  {
    version: 2,
    name: 'published reports, tags, indicator search',
    sql: `
ALTER TABLE reports ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reports_listing ON reports (ingested_at_ms);
CREATE TABLE report_tags (
  report_id TEXT NOT NULL REFERENCES reports (id),
  tag TEXT NOT NULL,
  PRIMARY KEY (report_id, tag)
);
CREATE TABLE indicator_tags (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  tag TEXT NOT NULL,
  PRIMARY KEY (indicator_id, tag)
);
CREATE INDEX indicator_tags_tag ON indicator_tags (tag);
CREATE INDEX indicators_last_seen ON indicators (last_seen_ms);
`,
  },
  {
    version: 3,
    name: 'relations stated by each report',
    sql: `
ALTER TABLE reports ADD COLUMN stated_relations TEXT;
`,
  },
];
