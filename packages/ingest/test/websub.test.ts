// WebSub subscriber helpers: hub discovery (from the fixture hub's feed over HTTP, and from RSS),
// X-Hub-Signature checks for every method, the verification-of-intent decision, the request form.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBSUB_PATHS } from '../../../tests/fixture-web/extra/index.ts';
import { type FixtureWeb, startFixtureWeb } from '../../../tests/fixture-web/index.ts';
import {
  decideVerification,
  discoverHub,
  HUB_SIGNATURE_METHODS,
  linksFromHeader,
  newHubSecret,
  signHubBody,
  subscriptionForm,
  verifyHubSignature,
} from '../src/index.ts';

describe('discoverHub', () => {
  let web: FixtureWeb;
  beforeAll(async () => {
    web = await startFixtureWeb();
  });
  afterAll(() => web.close());

  it('finds the hub and self link of the fixture feed, in the document and in Link headers', async () => {
    const feedUrl = `${web.url}${WEBSUB_PATHS.feed}`;
    const response = await fetch(feedUrl);
    const body = await response.text();
    const expected = { hub: `${web.url}${WEBSUB_PATHS.hub}`, topic: feedUrl };
    expect(discoverHub(body, feedUrl)).toEqual(expected);
    expect(
      discoverHub('<feed xmlns="http://www.w3.org/2005/Atom"/>', feedUrl, response.headers.get('link')),
    ).toEqual(expected);
  });

  it('reads <atom:link rel="hub"> in RSS, ignores links inside items, and defaults the topic to the feed URL', () => {
    const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <title>T</title><atom:link rel="hub" href="https://hub.example/"/>
      <item><title>a</title><atom:link rel="self" href="https://elsewhere.example/item"/></item>
    </channel></rss>`;
    expect(discoverHub(rss, 'https://news.example/rss')).toEqual({
      hub: 'https://hub.example/',
      topic: 'https://news.example/rss',
    });
    expect(
      discoverHub('<rss><channel><title>no hub</title></channel></rss>', 'https://news.example/rss'),
    ).toBeNull();
  });

  it('lets the Link header win over the document', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><link rel="hub" href="https://doc-hub.example/"/>
      <link rel="self" href="https://doc.example/feed"/></feed>`;
    const header = '<https://header-hub.example/>; rel="hub", <https://header.example/feed>; rel=self';
    expect(discoverHub(atom, 'https://x.example/feed', header)).toEqual({
      hub: 'https://header-hub.example/',
      topic: 'https://header.example/feed',
    });
    expect(linksFromHeader('</rel/hub>; rel="hub self"', 'https://x.example/a')).toEqual({
      hub: 'https://x.example/rel/hub',
      self: 'https://x.example/rel/hub',
    });
  });
});

describe('X-Hub-Signature', () => {
  const body = Buffer.from('<feed>Tin mới từ Đông Hà</feed>');
  const secret = newHubSecret();

  it.each(HUB_SIGNATURE_METHODS)('accepts a %s signature made with the secret', (method) => {
    const header = `${method}=${createHmac(method, secret).update(body).digest('hex')}`;
    expect(signHubBody(method, secret, body)).toBe(header);
    expect(verifyHubSignature(header, body, secret)).toEqual({ valid: true, method });
    expect(verifyHubSignature(header.toUpperCase(), body, secret).valid).toBe(true);
  });

  it('refuses a wrong key, a changed body, a missing, malformed or unsupported signature', () => {
    const good = signHubBody('sha256', secret, body);
    expect(verifyHubSignature(signHubBody('sha256', `${secret}x`, body), body, secret)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
    expect(verifyHubSignature(good, Buffer.from('<feed>khác</feed>'), secret).valid).toBe(false);
    expect(verifyHubSignature(good.slice(0, -2), body, secret)).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyHubSignature(null, body, secret)).toEqual({ valid: false, reason: 'missing' });
    expect(verifyHubSignature('sha256:abc', body, secret)).toEqual({ valid: false, reason: 'malformed' });
    const md5 = `md5=${createHmac('md5', secret).update(body).digest('hex')}`;
    expect(verifyHubSignature(md5, body, secret)).toEqual({ valid: false, reason: 'unsupported-method' });
  });
});

describe('decideVerification', () => {
  const intent = {
    topicUrl: 'https://news.example/feed',
    requestedMode: 'subscribe' as const,
    requestedLeaseSeconds: 3600,
  };
  const query = (extra: Record<string, string>) => ({
    'hub.mode': 'subscribe',
    'hub.topic': 'https://news.example/feed',
    'hub.challenge': 'c-123',
    ...extra,
  });

  it('agrees to what we asked for, with the hub’s lease (or ours when it sends none)', () => {
    expect(decideVerification(query({ 'hub.lease_seconds': '86400' }), intent)).toEqual({
      outcome: 'agree',
      mode: 'subscribe',
      challenge: 'c-123',
      leaseSeconds: 86400,
    });
    expect(decideVerification(query({}), intent)).toMatchObject({ outcome: 'agree', leaseSeconds: 3600 });
  });

  it('refuses another topic, the other mode, a bad lease or no challenge', () => {
    expect(decideVerification(query({ 'hub.topic': 'https://evil.example/feed' }), intent)).toMatchObject({
      outcome: 'refuse',
      reason: expect.stringContaining('not the subscribed topic'),
    });
    expect(decideVerification(query({ 'hub.mode': 'unsubscribe' }), intent)).toMatchObject({
      outcome: 'refuse',
    });
    expect(decideVerification(query({ 'hub.lease_seconds': '-5' }), intent)).toMatchObject({
      outcome: 'refuse',
    });
    expect(decideVerification(query({ 'hub.lease_seconds': '1e9' }), intent)).toMatchObject({
      outcome: 'refuse',
    });
    expect(decideVerification(query({ 'hub.challenge': '' }), intent)).toMatchObject({ outcome: 'refuse' });
  });

  it('records a denial from the hub', () => {
    const denied = { 'hub.mode': 'denied', 'hub.topic': intent.topicUrl, 'hub.reason': 'not allowed' };
    expect(decideVerification(denied, intent)).toEqual({ outcome: 'denied', reason: 'not allowed' });
  });
});

describe('subscriptionForm', () => {
  it('encodes the subscription request as the hub expects', () => {
    const form = new URLSearchParams(
      subscriptionForm({
        mode: 'subscribe',
        topic: 'https://news.example/feed?a=1&b=2',
        callback: 'https://pw.example/websub/callback/abc',
        secret: 's3cret',
        leaseSeconds: 600,
      }),
    );
    expect(Object.fromEntries(form)).toEqual({
      'hub.mode': 'subscribe',
      'hub.topic': 'https://news.example/feed?a=1&b=2',
      'hub.callback': 'https://pw.example/websub/callback/abc',
      'hub.secret': 's3cret',
      'hub.lease_seconds': '600',
    });
    expect(newHubSecret()).toMatch(/^[0-9a-f]{64}$/);
  });
});
