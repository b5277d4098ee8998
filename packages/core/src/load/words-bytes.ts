import { deserialize, serialize } from "node:v8";

/** Marks the layout below (a v8 serialisation starts with 0xFF). */
const SPLIT_WORDS = 1;
/** Set on a word's length when the word lies in the UTF-8 text. */
const WIDE = 0x8000_0000;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A file's words (the texts an outline leaves out) as bytes: after the length of each, the words
 * within Latin-1 as one Latin-1 text, then the others as one UTF-8 text. Read back, each word is
 * a slice of its text, and V8 keeps a Latin-1 text at one byte a character: one UTF-8 text for
 * all of them made every word two bytes a character as soon as one held a typographic
 * apostrophe, and decoding Latin-1 is a copy where UTF-8 is a translation. Words UTF-8 cannot
 * carry (a lone surrogate) are v8-serialised as they are.
 */
export function wordsBytes(words: readonly string[]): Buffer {
  const narrow: string[] = [];
  const wide: string[] = [];
  const head = Buffer.alloc(12 + 4 * words.length);
  head.writeUInt32LE(SPLIT_WORDS, 0);
  head.writeUInt32LE(words.length, 4);
  for (const [i, word] of words.entries()) {
    const isWide = BEYOND_LATIN1.test(word);
    (isWide ? wide : narrow).push(word);
    head.writeUInt32LE(isWide ? WIDE + word.length : word.length, 12 + 4 * i);
  }
  const wideText = wide.join("");
  if (!(wideText as string & { isWellFormed(): boolean }).isWellFormed()) return serialize(words);
  const narrowBytes = Buffer.from(narrow.join(""), "latin1");
  head.writeUInt32LE(narrowBytes.length, 8);
  return Buffer.concat([head, narrowBytes, Buffer.from(wideText, "utf8")]);
}

/** The words `wordsBytes` wrote, in their order. */
export function wordsOf(bytes: Buffer): string[] {
  if (bytes[0] !== SPLIT_WORDS) return deserialize(bytes) as string[];
  const count = bytes.readUInt32LE(4);
  const start = 12 + 4 * count;
  const narrowEnd = start + bytes.readUInt32LE(8);
  const narrow = bytes.toString("latin1", start, narrowEnd);
  const wide = bytes.toString("utf8", narrowEnd);
  const words: string[] = [];
  for (let i = 0, n = 0, w = 0; i < count; i++) {
    const length = bytes.readUInt32LE(12 + 4 * i);
    if (length >= WIDE) {
      words.push(wide.slice(w, w + length - WIDE));
      w += length - WIDE;
    } else {
      words.push(narrow.slice(n, n + length));
      n += length;
    }
  }
  return words;
}
