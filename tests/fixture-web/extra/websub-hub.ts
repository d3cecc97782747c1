// A small WebSub hub and a feed that advertises it (The Mekong Ledger's stories as Atom):
//   GET  /websub/feed.xml   Atom with <link rel="hub"> and rel="self" (also sent as Link headers)
//   POST /websub/hub        subscribe/unsubscribe: answers 202, then verifies the callback with a
//                           GET (hub.challenge must come back) and remembers the subscriber
//   POST /websub/_publish   test control: publishes an article, pushes the feed to every verified
//                           subscriber signed with its secret ({"signature":"wrong"} signs with a
//                           wrong key); answers JSON { url, deliveries: [{ callback, status }] }
//   GET  /websub/_state     test control: JSON { subscribers: [{ callback, topic, leaseSeconds }] }
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalogue } from '../catalogue.ts';
import { esc } from '../format.ts';
import type { ServedArticle } from '../types.ts';
import { readBody, send } from './reply.ts';

export const WEBSUB_PATHS = {
  feed: '/websub/feed.xml',
  hub: '/websub/hub',
  publish: '/websub/_publish',
  state: '/websub/_state',
} as const;

const OUTLET = 'mekong-ledger';
const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

interface Subscriber {
  callback: string;
  topic: string;
  secret: string;
  leaseSeconds: number;
}

export interface PublishRequest {
  title: string;
  paragraphs: string[];
  /** 'wrong': sign with another key; 'none': send no signature. Default: correct. */
  signature?: 'valid' | 'wrong' | 'none';
  method?: 'sha1' | 'sha256' | 'sha384' | 'sha512';
}

export class FixtureHub {
  private readonly subscribers = new Map<string, Subscriber>();

  /** Handles the hub's paths; false for any other path. */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    catalogue: Catalogue,
    base: string,
  ): boolean {
    if (path === WEBSUB_PATHS.feed && req.method === 'GET') {
      send(res, 200, ATOM, this.feed(catalogue, base), {
        link: `<${base}${WEBSUB_PATHS.hub}>; rel="hub", <${base}${WEBSUB_PATHS.feed}>; rel="self"`,
      });
    } else if (path === WEBSUB_PATHS.state && req.method === 'GET') {
      const subscribers = [...this.subscribers.values()].map(({ secret: _, ...rest }) => rest);
      send(res, 200, JSON_TYPE, JSON.stringify({ subscribers }));
    } else if (path === WEBSUB_PATHS.hub && req.method === 'POST') {
      void this.subscribe(req, res);
    } else if (path === WEBSUB_PATHS.publish && req.method === 'POST') {
      void this.publish(req, res, catalogue, base);
    } else return false;
    return true;
  }

  feed(catalogue: Catalogue, base: string): string {
    const entries = catalogue.articlesOf(OUTLET).slice(0, 10).map(atomEntry);
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>The Mekong Ledger (push)</title>
  <link rel="hub" href="${base}${WEBSUB_PATHS.hub}"/>
  <link rel="self" type="application/atom+xml" href="${base}${WEBSUB_PATHS.feed}"/>
  <id>tag:mekong-ledger.example,2025:push</id>
  <updated>${new Date().toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
  }

  private async subscribe(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const mode = form.get('hub.mode');
    const topic = form.get('hub.topic');
    const callback = form.get('hub.callback');
    if ((mode !== 'subscribe' && mode !== 'unsubscribe') || !topic || !callback) {
      send(res, 400, 'text/plain', 'hub.mode, hub.topic and hub.callback are required');
      return;
    }
    send(res, 202, 'text/plain', 'Accepted');
    const leaseSeconds = Number(form.get('hub.lease_seconds') ?? 86_400);
    const verified = await verifyIntent(callback, mode, topic, leaseSeconds);
    if (verified && mode === 'subscribe') {
      this.subscribers.set(callback, { callback, topic, secret: form.get('hub.secret') ?? '', leaseSeconds });
    }
    if (verified && mode === 'unsubscribe') this.subscribers.delete(callback);
  }

  private async publish(req: IncomingMessage, res: ServerResponse, catalogue: Catalogue, base: string) {
    const input = JSON.parse(await readBody(req)) as PublishRequest;
    const article = catalogue.add(OUTLET, { title: input.title, paragraphs: input.paragraphs });
    const body = this.feed(catalogue, base);
    const deliveries = [];
    for (const subscriber of this.subscribers.values()) {
      const headers: Record<string, string> = { 'content-type': ATOM };
      const signature = input.signature ?? 'valid';
      const key = signature === 'wrong' ? `not-${subscriber.secret}` : subscriber.secret;
      const method = input.method ?? 'sha256';
      if (signature !== 'none') headers['x-hub-signature'] = `${method}=${hmac(method, key, body)}`;
      const answer = await fetch(subscriber.callback, { method: 'POST', headers, body });
      await answer.arrayBuffer();
      deliveries.push({ callback: subscriber.callback, status: answer.status });
    }
    send(res, 200, JSON_TYPE, JSON.stringify({ url: article.url, feedLink: article.feedLink, deliveries }));
  }
}

async function verifyIntent(callback: string, mode: string, topic: string, leaseSeconds: number) {
  const challenge = randomBytes(12).toString('hex');
  const url = new URL(callback);
  url.searchParams.set('hub.mode', mode);
  url.searchParams.set('hub.topic', topic);
  url.searchParams.set('hub.challenge', challenge);
  if (mode === 'subscribe') url.searchParams.set('hub.lease_seconds', String(leaseSeconds));
  try {
    const answer = await fetch(url);
    return answer.ok && (await answer.text()) === challenge;
  } catch {
    return false;
  }
}

function hmac(method: string, key: string, body: string): string {
  return createHmac(method, key).update(body).digest('hex');
}

function atomEntry(item: ServedArticle): string {
  return `  <entry>
    <title>${esc(item.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(item.feedLink)}"/>
    <id>tag:mekong-ledger.example,2025:${esc(item.article.slug)}</id>
    <published>${item.publishedAt}</published>
    <updated>${item.publishedAt}</updated>
    <author><name>${esc(item.article.byline)}</name></author>
    <summary>${esc(item.article.summary)}</summary>
  </entry>`;
}
