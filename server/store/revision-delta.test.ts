import { describe, expect, it } from 'vitest';
import { applyRevisionDelta, revisionDelta, worthKeepingAsDelta } from './revision-delta.ts';

/** A lone UTF-16 surrogate: what a database cannot keep (SQLite would write U+FFFD in its place). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('a revision as what changed from its base', () => {
  it.each([
    ['a field changed in the middle', '{"name":"Rossi","period":1}', '{"name":"Bianco","period":1}', { keptHead: 9, middle: 'Bianco', keptTail: 13 }],
    ['the same text', '{"a":1}', '{"a":1}', { keptHead: 7, middle: '', keptTail: 0 }],
    ['text added at the end', '{"a":1}', '{"a":1,"b":2}', { keptHead: 6, middle: ',"b":2', keptTail: 1 }],
    ['text taken from the start', 'xx{"a":1}', '{"a":1}', { keptHead: 0, middle: '', keptTail: 7 }],
    ['a repeated letter: the tail never reaches into the head', 'aa', 'aaa', { keptHead: 2, middle: 'a', keptTail: 0 }],
    ['nothing in common', 'abc', 'xyz', { keptHead: 0, middle: 'xyz', keptTail: 0 }],
    ['from nothing', '', 'abc', { keptHead: 0, middle: 'abc', keptTail: 0 }],
    ['to nothing', 'abc', '', { keptHead: 0, middle: '', keptTail: 0 }],
  ])('%s', (_, base, text, delta) => {
    expect(revisionDelta(base, text)).toEqual(delta);
    expect(applyRevisionDelta(base, delta)).toBe(text);
  });

  it('never splits a surrogate pair: two emoji that differ only in their second half change whole', () => {
    // 😀 is \uD83D\uDE00 and 😃 is \uD83D\uDE03: their first halves are the same.
    const delta = revisionDelta('{"note":"ok 😀 fine"}', '{"note":"ok 😃 fine"}');
    expect(delta.middle).toBe('😃');
    expect(applyRevisionDelta('{"note":"ok 😀 fine"}', delta)).toBe('{"note":"ok 😃 fine"}');
    // And at the tail's edge: the same second half, another first (𝐀 is \uD835\uDC00, 𐐀 is \uD801\uDC00).
    const tail = revisionDelta('x𝐀y', 'x𐐀y');
    expect(tail).toEqual({ keptHead: 1, middle: '𐐀', keptTail: 1 });
  });

  it('gives back every text exactly, and only storable middles, over many random edits with emoji and accents', () => {
    const letters = ['a', 'b', '"', 'é', '😀', '😃', '𝐀', '𐐀', '\\u00e8'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (n: number) => Array.from({ length: n }, () => letters[random(letters.length)]).join('');
    let base = word(40);
    for (let i = 0; i < 2000; i++) {
      const at = random(base.length + 1);
      // Cut at a letter's edge or not (an emoji is two code units): the edit may fall inside a pair's text, as a real edit never does, and must still come back whole.
      const text = base.slice(0, at) + word(random(4)) + base.slice(Math.min(base.length, at + random(5)));
      const delta = revisionDelta(base, text);
      expect(applyRevisionDelta(base, delta)).toBe(text);
      if (!LONE_SURROGATE.test(base) && !LONE_SURROGATE.test(text)) expect(delta.middle).not.toMatch(LONE_SURROGATE);
      if (random(3) === 0) base = text;
    }
  });

  it('a change of a quarter of the draft or less is kept as a delta; more, and the revision is kept whole', () => {
    const text = 'x'.repeat(400);
    expect(worthKeepingAsDelta({ keptHead: 0, middle: 'y'.repeat(99), keptTail: 301 }, text)).toBe(true);
    expect(worthKeepingAsDelta({ keptHead: 0, middle: 'y'.repeat(100), keptTail: 300 }, text)).toBe(true);
    expect(worthKeepingAsDelta({ keptHead: 0, middle: 'y'.repeat(101), keptTail: 299 }, text)).toBe(false);
  });
});
