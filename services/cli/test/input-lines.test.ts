// The classify command's stdin reader against node:readline (what it replaced) and its UTF-8
// decoder against Buffer#toString, on fixed and seeded random inputs cut into random chunks.

import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../src/commands/input-lines.ts';
import { decodeUtf8Line } from '../src/commands/utf8-line.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function readlineLines(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({ input: Readable.from(chunks), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of reader) lines.push(line);
  return lines;
}

async function ourLines(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of inputLines(Readable.from(chunks))) lines.push(...batch);
  return lines;
}

function cut(bytes: Buffer, next: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  let from = 0;
  while (from < bytes.length) {
    const size = 1 + Math.floor(next() * 12);
    chunks.push(bytes.subarray(from, from + size));
    from += size;
  }
  return chunks;
}

const PIECES = ['a', 'Đồng Hới', ' ', '\n', '\r', '\r\n', '{"id":"x"}', 'ệ', '😀', '\n\n', 'biển đảo'];

describe('inputLines', () => {
  it('gives the lines readline gives: \\n, \\r\\n and a lone \\r end a line, the last may lack one', async () => {
    const text = 'một\nhai\r\nba\rbốn\r\r\nnăm\n\nsáu';
    const chunks = [Buffer.from(text)];
    expect(await ourLines(chunks)).toEqual(['một', 'hai', 'ba', 'bốn', '', 'năm', '', 'sáu']);
    expect(await ourLines(chunks)).toEqual(await readlineLines(chunks));
  });

  it('agrees with readline on random text cut into random chunks (multi-byte characters split)', async () => {
    const next = random(20261126);
    for (let round = 0; round < 200; round++) {
      let text = '';
      const pieces = Math.floor(next() * 30);
      for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const chunks = cut(Buffer.from(text), next);
      expect(await ourLines(chunks), JSON.stringify(text)).toEqual(await readlineLines(chunks));
    }
  });
});

describe('decodeUtf8Line', () => {
  it('decodes Vietnamese, symbols and emoji as toString does', () => {
    const text = '{"title":"Biên phòng Quảng Trị – “Lao Bảo” 😀 € ½"}';
    const bytes = Buffer.from(text);
    expect(decodeUtf8Line(bytes, 0, bytes.length)).toBe(text);
    expect(decodeUtf8Line(bytes, 2, 7)).toBe(bytes.toString('utf8', 2, 7));
  });

  it('equals toString on random bytes, well-formed or not', () => {
    const next = random(4);
    const valid = Buffer.from('aĐồ€😀\u0301');
    for (let round = 0; round < 2000; round++) {
      const length = Math.floor(next() * 24);
      const bytes = Buffer.alloc(length);
      for (let k = 0; k < length; k++) {
        // Mostly bytes of well-formed text, some arbitrary (malformed, overlong, surrogates).
        bytes[k] = next() < 0.7 ? valid[Math.floor(next() * valid.length)]! : Math.floor(next() * 256);
      }
      expect(decodeUtf8Line(bytes, 0, length)).toBe(bytes.toString('utf8'));
    }
  });
});
