// Version 7: what summaries group by, beside the items table. Topics, tone, relevance and the
// cluster id live inside the item document (kilobytes of JSON with the full text): grouping by
// them through json_extract parses every document of the match set. Triggers on items keep two
// slim tables in step with every write (insert, document update, delete), so aggregations read
// the covering items_search index plus these rows and never a document.
//   item_topics   one row per item and topic (an item counts once per topic)
//   item_scores   one row per item: tone, relevance, cluster id
import type { Migration } from './runner.ts';

const fill = (ref: string) => `
    INSERT OR REPLACE INTO item_scores (seq, tone, relevance, cluster_id)
      VALUES (${ref}.seq, json_extract(${ref}.doc, '$.tone'), json_extract(${ref}.doc, '$.relevance'),
              json_extract(${ref}.doc, '$.clusterId'));
    INSERT OR IGNORE INTO item_topics (seq, topic)
      SELECT ${ref}.seq, json_extract(t.value, '$.topic') FROM json_each(${ref}.doc, '$.topics') t
      WHERE json_extract(t.value, '$.topic') IS NOT NULL;`;

export const itemAggregates: Migration = {
  version: 7,
  name: 'item-aggregates',
  sql: `
    CREATE TABLE item_topics (
      seq INTEGER NOT NULL,
      topic TEXT NOT NULL,
      PRIMARY KEY (seq, topic)
    ) WITHOUT ROWID;
    CREATE TABLE item_scores (
      seq INTEGER PRIMARY KEY,
      tone REAL,
      relevance REAL,
      cluster_id TEXT
    );
    -- A bucket's newest item (a cluster's headline) is found from its key.
    CREATE INDEX item_scores_by_cluster ON item_scores (cluster_id);
    CREATE INDEX item_topics_by_topic ON item_topics (topic, seq);

    CREATE TRIGGER item_aggregates_on_insert AFTER INSERT ON items BEGIN ${fill('new')}
    END;
    CREATE TRIGGER item_aggregates_on_update AFTER UPDATE OF doc ON items BEGIN
      DELETE FROM item_topics WHERE seq = old.seq; ${fill('new')}
    END;
    CREATE TRIGGER item_aggregates_on_delete AFTER DELETE ON items BEGIN
      DELETE FROM item_scores WHERE seq = old.seq;
      DELETE FROM item_topics WHERE seq = old.seq;
    END;

    INSERT INTO item_scores (seq, tone, relevance, cluster_id)
      SELECT seq, json_extract(doc, '$.tone'), json_extract(doc, '$.relevance'), json_extract(doc, '$.clusterId')
      FROM items;
    INSERT OR IGNORE INTO item_topics (seq, topic)
      SELECT i.seq, json_extract(t.value, '$.topic') FROM items i, json_each(i.doc, '$.topics') t
      WHERE json_extract(t.value, '$.topic') IS NOT NULL;
  `,
};
