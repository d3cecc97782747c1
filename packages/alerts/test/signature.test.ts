import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskUrl, newWebhookSecret, signatureHeader, verifySignature, withoutUrl } from '../src/index.ts';

describe('webhook signature', () => {
  const secret = 'whsec_0123456789';
  const body = '{"type":"presswatch.alerts","alerts":[{"title":"Cửa khẩu Lao Bảo"}]}';
  const at = new Date('2026-03-10T02:00:00Z');

  it('is t=<unix>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    const header = signatureHeader(secret, body, at);
    const t = at.getTime() / 1000;
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies the exact bytes and rejects tampering, other secrets and old timestamps', () => {
    const header = signatureHeader(secret, body, at);
    expect(verifySignature(secret, header, body, { now: at })).toBe(true);
    expect(verifySignature(secret, header, body.replace('Bảo', 'Bao'), { now: at })).toBe(false);
    expect(verifySignature('whsec_other', header, body, { now: at })).toBe(false);
    expect(verifySignature(secret, header, body, { now: new Date(at.getTime() + 301_000) })).toBe(false);
    expect(verifySignature(secret, 'v1=abc', body, { now: at })).toBe(false);
  });

  it('makes distinct secrets', () => {
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
    expect(newWebhookSecret()).toMatch(/^whsec_[\w-]{32}$/);
  });

  it('masks credential-bearing URLs', () => {
    const url = 'https://api.telegram.org/bot123:SECRET/sendMessage';
    expect(maskUrl(url)).toBe('https://api.telegram.org/…');
    expect(withoutUrl(`HTTP 500: ${url}`, url)).toBe('HTTP 500: https://api.telegram.org/…');
    expect(withoutUrl(`failed /bot123:SECRET/sendMessage`, url)).not.toContain('SECRET');
  });
});
