// The real OpenSearch test node (infra/search-node) analyses Vietnamese the way the adapter's
// templates need, through both clients: @opensearch-project/opensearch straight at the node and
// @elastic/elasticsearch 8 through the test-only compatibility proxy.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForSearchNode } from '../support/search-node.ts';
import { type EngineDriver, elasticsearchDriver, openSearchDriver } from './engine-drivers.ts';

const unavailable = inject('searchUnavailable');

// NFC first, so text typed in decomposed form (NFD) indexes like precomposed text.
const SETTINGS = {
  number_of_shards: 1,
  analysis: {
    char_filter: { vi_nfc: { type: 'icu_normalizer', name: 'nfc', mode: 'compose' } },
    analyzer: {
      vi_exact: {
        type: 'custom',
        char_filter: ['vi_nfc'],
        tokenizer: 'icu_tokenizer',
        filter: ['lowercase'],
      },
      vi_folded: {
        type: 'custom',
        char_filter: ['vi_nfc'],
        tokenizer: 'icu_tokenizer',
        filter: ['icu_folding', 'asciifolding'],
      },
    },
  },
};
const MAPPINGS = {
  properties: {
    title: {
      type: 'text',
      analyzer: 'vi_exact',
      fields: { folded: { type: 'text', analyzer: 'vi_folded' } },
    },
  },
};
// Fictional headlines written for this test.
const DOCS = {
  merger: { title: 'Tỉnh Quảng Trị mở rộng đường ven biển sau sáp nhập' },
  street: { title: 'Phố Quang Trung ở Đồng Hới được lát đá mới' },
};

const phrase = (field: string, text: string) => ({ match_phrase: { [field]: text } });

const engines: [string, () => string, (url: string) => EngineDriver][] = [
  ['OpenSearch client, direct', () => inject('searchUrl'), openSearchDriver],
  [
    'Elasticsearch 8 client, through the compat proxy',
    () => inject('searchEsCompatUrl'),
    elasticsearchDriver,
  ],
];

describe.skipIf(unavailable)(
  `search node: Vietnamese analysis${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    beforeAll(() => waitForSearchNode(inject('searchUrl')), 200_000);

    describe.each(engines)('%s', (_name, url, makeDriver) => {
      const index = `pw-vi-test-${process.pid}-${randomBytes(4).toString('hex')}`;
      let driver: EngineDriver;

      beforeAll(async () => {
        driver = makeDriver(url());
        await driver.createIndex(index, SETTINGS, MAPPINGS);
        await driver.bulkIndex(index, DOCS);
      });

      afterAll(async () => {
        await driver?.deleteIndex(index);
        await driver?.close();
      });

      it('finds "Quang Tri" in "Quảng Trị" through the folded field', async () => {
        expect(await driver.searchIds(index, phrase('title.folded', 'Quang Tri'))).toEqual(['merger']);
      });

      it('finds "Quảng Trị" exactly through the lower-cased exact field, not the unaccented form', async () => {
        expect(await driver.searchIds(index, phrase('title', 'quảng trị'))).toEqual(['merger']);
        expect(await driver.searchIds(index, phrase('title', 'Quang Tri'))).toEqual([]);
        expect(await driver.searchIds(index, phrase('title', 'Quang Trung'))).toEqual(['street']);
      });

      it('matches decomposed (NFD) input like precomposed text', async () => {
        const decomposed = 'Quảng Trị'.normalize('NFD');
        expect(decomposed).not.toBe('Quảng Trị');
        expect(await driver.searchIds(index, phrase('title', decomposed))).toEqual(['merger']);
      });

      it('folds đ to d and strips tones in the folded analyzer only', async () => {
        expect(await driver.analyze(index, 'vi_folded', 'Đường Đồng Hới')).toEqual(['duong', 'dong', 'hoi']);
        expect(await driver.analyze(index, 'vi_exact', 'Đường Đồng Hới')).toEqual(['đường', 'đồng', 'hới']);
      });
    });
  },
);
