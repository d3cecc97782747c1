// SQLite compares TEXT byte-wise (BINARY collation over UTF-8), and so does the engine's keyword
// sort. JavaScript's `<` compares UTF-16 code units, which orders characters outside the Basic
// Multilingual Plane differently; lists sorted in memory use this to keep SQLite's order.
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
