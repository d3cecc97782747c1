// The test-only Elasticsearch compatibility proxy in front of the OpenSearch test node: what the
// 8.x client needs (product header, plain media types, an 8.x version) and what it leaves alone.
import { Client as ElasticClient } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plainMediaType, REPORTED_ES_VERSION } from '../support/es-compat-proxy.ts';
import { waitForSearchNode } from '../support/search-node.ts';

const unavailable = inject('searchUnavailable');

describe('plainMediaType', () => {
  it('turns vendored Elasticsearch media types into plain ones and leaves others alone', () => {
    expect(plainMediaType('application/vnd.elasticsearch+json; compatible-with=8')).toBe('application/json');
    expect(plainMediaType('application/vnd.elasticsearch+x-ndjson;compatible-with=9')).toBe(
      'application/x-ndjson',
    );
    expect(plainMediaType('application/json; charset=UTF-8')).toBe('application/json; charset=UTF-8');
  });
});

describe.skipIf(unavailable)(
  `es-compat proxy against the search node${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    const proxyUrl = inject('searchEsCompatUrl');
    let client: ElasticClient;

    beforeAll(async () => {
      await waitForSearchNode(inject('searchUrl'));
      client = new ElasticClient({ node: proxyUrl });
    }, 200_000);

    afterAll(() => client?.close());

    it('reports an 8.x version to the client and keeps the real engine visible', async () => {
      const info = await client.info();
      expect(info.version.number).toBe(REPORTED_ES_VERSION);
      const real = (info as unknown as { compat_proxy: { distribution: string; number: string } })
        .compat_proxy;
      expect(real.distribution).toBe('opensearch');
      expect(real.number).toMatch(/^2\.19\./);
    });

    it('adds the product header and answers vendored requests the node alone rejects', async () => {
      const vendored = { 'content-type': 'application/vnd.elasticsearch+json; compatible-with=8' };
      const body = JSON.stringify({ analyzer: 'standard', text: 'Quảng Trị' });
      const direct = await fetch(`${inject('searchUrl')}/_analyze`, {
        method: 'POST',
        headers: vendored,
        body,
      });
      expect(direct.status).toBe(406);
      expect(direct.headers.get('x-elastic-product')).toBeNull();
      const proxied = await fetch(`${proxyUrl}/_analyze`, { method: 'POST', headers: vendored, body });
      expect(proxied.status).toBe(200);
      expect(proxied.headers.get('x-elastic-product')).toBe('Elasticsearch');
      const tokens = ((await proxied.json()) as { tokens: { token: string }[] }).tokens;
      expect(tokens.map((t) => t.token)).toEqual(['quảng', 'trị']);
    });
  },
);
