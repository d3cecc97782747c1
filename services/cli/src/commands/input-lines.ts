// The lines of a byte stream (stdin), as node:readline with crlfDelay: Infinity gives them — split
// at \n, \r\n and a lone \r — without readline's per-chunk string decoding and regex split: the
// chunks stay bytes, each line is decoded once, and the lines of a chunk come as one batch (one
// await per chunk, not per line). A \n byte never occurs inside a UTF-8 sequence, so decoding line
// by line gives the same text as decoding the stream.
import { decodeUtf8Line } from './utf8-line.ts';

const LF = 10;
const CR = 13;

/** Batches of lines, in order; the last line need not end with a line break. */
export async function* inputLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string[]> {
  // The start of a line that began in an earlier chunk, in pieces (joined once the line ends, so
  // a line spanning many chunks is not copied again for each).
  let carry: Buffer[] = [];
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const lines: string[] = [];
    let from = 0;
    for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, from)) {
      if (carry.length > 0) {
        carry.push(bytes.subarray(0, at));
        pushLine(lines, Buffer.concat(carry));
        carry = [];
      } else pushLine(lines, bytes.subarray(from, at));
      from = at + 1;
    }
    // A copy: the stream may reuse the chunk's memory.
    if (from < bytes.length) carry.push(Buffer.from(bytes.subarray(from)));
    if (lines.length > 0) yield lines;
  }
  const last = Buffer.concat(carry);
  if (last.length > 0) {
    const lines: string[] = [];
    pushLine(lines, last);
    yield lines;
  }
}

/** One \n-ended line without its \n: a \r before the \n goes, any other \r breaks the line. */
function pushLine(lines: string[], bytes: Buffer): void {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  const text = decodeUtf8Line(bytes, 0, end);
  const cr = bytes.indexOf(CR);
  if (cr < 0 || cr >= end) lines.push(text);
  else for (const part of text.split('\r')) lines.push(part);
}
