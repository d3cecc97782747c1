// The UrlAliasStore contract, for every adapter: the first claim of a URL wins, atomically, also
// when fetchers in different processes race for it; owners, aliasesOf (in claim order) and
// deleteItems.
import { describe, expect, it } from 'vitest';
import { CRAWL_ADAPTERS, reportMissingSearchNode, useBackend } from './support/crawl-stores.ts';

reportMissingSearchNode('UrlAliasStore contract');

const A = 'https://www.bao.example.vn/tin/a.html';
const A_AMP = 'https://www.bao.example.vn/amp/tin/a.html';
const A_MOBILE = 'https://m.bao.example.vn/tin/a.html';

describe.each(CRAWL_ADAPTERS)('UrlAliasStore contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const aliases = () => backend().stores.urlAliases;

  it('gives each URL to its first claimant and reports the owners after the claim', async () => {
    expect(await aliases().claim('item-1', [A, A_AMP])).toEqual(
      new Map([
        [A, 'item-1'],
        [A_AMP, 'item-1'],
      ]),
    );
    expect(await aliases().claim('item-2', [A_MOBILE, A])).toEqual(
      new Map([
        [A_MOBILE, 'item-2'],
        [A, 'item-1'],
      ]),
    );
    expect(await aliases().owners([A, A_MOBILE, 'https://unknown.example/x'])).toEqual(
      new Map([
        [A, 'item-1'],
        [A_MOBILE, 'item-2'],
      ]),
    );
    expect(await aliases().aliasesOf('item-1')).toEqual([A, A_AMP]);
    expect(await aliases().aliasesOf('item-2')).toEqual([A_MOBILE]);
    expect(await aliases().claim('item-3', [])).toEqual(new Map());
    expect(await aliases().owners([])).toEqual(new Map());
  });

  it('lists aliases in the order they were first claimed, across claims', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => `https://bao.example.vn/tin/${5 - i}.html`);
    await aliases().claim('item-1', urls.slice(0, 3));
    await aliases().claim('item-1', [urls[1] as string, ...urls.slice(3)]);
    expect(await aliases().aliasesOf('item-1')).toEqual(urls);
  });

  it('takes a repeated URL in one claim once, and keys long URLs apart', async () => {
    const long = `https://bao.example.vn/tin/${'rất-dài-'.repeat(120)}`;
    const longer = `${long}x`;
    expect(await aliases().claim('item-1', [A, A, long])).toEqual(
      new Map([
        [A, 'item-1'],
        [long, 'item-1'],
      ]),
    );
    expect(await aliases().claim('item-2', [longer, long])).toEqual(
      new Map([
        [longer, 'item-2'],
        [long, 'item-1'],
      ]),
    );
    expect(await aliases().aliasesOf('item-1')).toEqual([A, long]);
  });

  it('settles concurrent claims for one URL on a single owner', async () => {
    const ids = ['x', 'y', 'z'];
    const claims = await Promise.all(ids.map((id) => aliases().claim(id, [A, `${A}?p=${id}`])));
    expect(new Set(claims.map((claim) => claim.get(A))).size).toBe(1);
    expect(claims.every((claim, i) => claim.get(`${A}?p=${ids[i]}`) === ids[i])).toBe(true);
  });

  it('settles claims racing from two processes on a single owner per URL', async () => {
    const other = await backend().second();
    const urls = Array.from({ length: 20 }, (_, i) => `https://bao.example.vn/tin/${i}.html`);
    const [mine, theirs] = await Promise.all([
      aliases().claim('item-1', urls),
      other.urlAliases.claim('item-2', [...urls].reverse()),
    ]);
    for (const url of urls) {
      expect(mine.get(url)).toBeDefined();
      expect(theirs.get(url)).toBe(mine.get(url));
    }
    const owned = [...(await aliases().aliasesOf('item-1')), ...(await aliases().aliasesOf('item-2'))];
    expect(owned.sort()).toEqual([...urls].sort());
  });

  it('forgets the aliases of deleted items only', async () => {
    await aliases().claim('item-1', [A, A_AMP]);
    await aliases().claim('item-2', [A_MOBILE]);
    await aliases().claim('item-3', ['https://c.example/3']);
    await aliases().deleteItems(['item-1', 'item-3']);
    expect(await aliases().owners([A, A_AMP, A_MOBILE, 'https://c.example/3'])).toEqual(
      new Map([[A_MOBILE, 'item-2']]),
    );
    expect(await aliases().aliasesOf('item-1')).toEqual([]);
    await aliases().deleteItems([]);
    // A forgotten URL can be claimed afresh.
    expect((await aliases().claim('item-4', [A])).get(A)).toBe('item-4');
  });
});
