// A string's UTF-16 code units copied into a reused typed array. Reading `units[i]` in a loop is
// several times cheaper than `s.charCodeAt(i)`, more so on the sliced strings that text.slice()
// makes (each charCodeAt then resolves the slice again); the copy is one native call. For the
// loops that read every character of an article's opening.

export class CodeUnits {
  private units = new Uint16Array(1 << 11);
  private bytes = Buffer.from(this.units.buffer);

  /** The code units of `text` at the start of an array valid until the next call on this object. */
  of(text: string): Uint16Array {
    if (this.units.length < text.length) {
      this.units = new Uint16Array(Math.max(text.length, 2 * this.units.length));
      this.bytes = Buffer.from(this.units.buffer);
    }
    this.bytes.write(text, 0, 2 * text.length, 'utf16le');
    return this.units;
  }
}
