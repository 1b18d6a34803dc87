import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { JsonEditMemo } from './json-edit-memo.ts';

const parseOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** A small deterministic random source, so a failure can be replayed. */
function randomSource(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}

type Random = ReturnType<typeof randomSource>;

// What a draft's JSON holds, and what makes JSON text hard: escapes, a quote
// or backslash at a string's end, surrogate pairs, numbers written many ways.
const STRINGS = ['', 'Rossi', 'a"b', 'c\\', '\\', 'l\'Aquila', 'perché', '😀', 'tab\there', 'new\nline', '\u0001', '__proto__', 'Lavoratore 1'];
const NUMBERS = ['0', '-0', '160', '-1.5', '1e3', '2E-2', '12345678901234567890', '0.1'];
const KEYS = ['name', 'fiscalCode', 'hiredOn', 'a', 'b', 'x"y', 'k\\', 'é', '1', '0', '10'];

function randomValue(r: Random, depth: number): unknown {
  const kind = depth > 3 ? r.int(4) : r.int(6);
  if (kind === 0 && depth === 0) return { root: r.pick(STRINGS) };
  if (kind === 0) return r.pick(STRINGS) + (r.next() < 0.3 ? String(r.int(100)) : '');
  if (kind === 1) return JSON.parse(r.pick(NUMBERS));
  if (kind === 2) return r.pick([true, false]);
  if (kind === 3) return null;
  if (kind === 4) return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = r.int(5); i > 0; i--) o[r.pick(KEYS)] = randomValue(r, depth + 1);
  return o;
}

/** JSON text of a value with random white space where JSON allows it, and numbers written as they come. */
function randomText(r: Random, value: unknown): string {
  const space = () => (r.next() < 0.2 ? r.pick([' ', '\n  ', '\t', '\r\n']) : '');
  if (Array.isArray(value)) return `[${space()}${value.map((v) => `${space()}${randomText(r, v)}${space()}`).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${space()}${Object.entries(value).map(([k, v]) => `${space()}${JSON.stringify(k)}${space()}:${space()}${randomText(r, v)}`).join(',')}${space()}}`;
  }
  return JSON.stringify(value);
}

/** The text with one random edit: mostly a scalar rewritten (an operator's save), sometimes any code units changed. */
function randomEdit(r: Random, text: string): string {
  const roll = r.next();
  if (roll < 0.7) {
    // A scalar written anew: find one by its first code unit.
    // A string not followed by a colon is a value (or inside one, which the edit may break, as typing can).
    const starts = [...text.matchAll(/"(?:[^"\\]|\\.)*"(?![ \t\n\r]*:)|-?\d[\d.eE+-]*|true|false|null/g)].map((m) => [m.index!, m.index! + m[0].length]);
    if (starts.length) {
      const [a, b] = r.pick(starts);
      const next = r.next() < 0.7 ? JSON.stringify(r.pick(STRINGS) + r.int(10)) : r.pick([...NUMBERS, 'true', 'null', '""', '"', '1 2', '[]', '{}', '"a":"b"', ' 7 ']);
      return text.slice(0, a) + next + text.slice(b);
    }
  }
  // Any code units: inserted, removed or replaced, including JSON's own.
  const at = r.int(text.length + 1);
  const unit = r.pick(['"', '\\', ',', ':', '{', '}', '[', ']', ' ', '1', 'a', 'e', '-', '😀', '\ud83d', 'u']);
  const op = r.int(3);
  if (op === 0) return text.slice(0, at) + unit + text.slice(at);
  if (op === 1) return text.slice(0, at) + text.slice(at + 1 + r.int(3));
  return text.slice(0, at) + unit + text.slice(at + 1);
}

describe('JsonEditMemo', () => {
  it('gives what JSON.parse gives, on 12,000 texts made by random edits', () => {
    const r = randomSource(20261124);
    const memo = new JsonEditMemo();
    let compared = 0;
    for (let doc = 0; doc < 300; doc++) {
      const key = `d${doc % 7}`; // drafts that share keys with others' texts, as after a restart
      let text = randomText(r, randomValue(r, 0));
      for (let edit = 0; edit < 40; edit++) {
        const got = memo.parse(key, text);
        const expected = parseOrUndefined(text);
        if (!isDeepStrictEqual(got, expected)) {
          throw new Error(`doc ${doc} edit ${edit}: ${JSON.stringify(text)} read as ${JSON.stringify(got)}`);
        }
        compared++;
        const next = randomEdit(r, text);
        if (parseOrUndefined(next) !== undefined || r.next() < 0.3) text = next;
      }
    }
    expect(compared).toBe(300 * 40);
    // The fast way was taken often enough for the comparison to mean something.
    expect(memo.editsRead).toBeGreaterThan(1000);
  });

  it('reads a value typed into a draft as an edit: the rest of the draft is the last save\'s, untouched', () => {
    const memo = new JsonEditMemo();
    const draft = { employer: { name: 'Rossi', fiscalCode: '01234567897' }, workers: [{ name: 'Lavoratore 1', requestedHours: 160 }] };
    const first = memo.parse('d1', JSON.stringify(draft)) as typeof draft;
    const typed = memo.parse('d1', JSON.stringify({ ...draft, employer: { ...draft.employer, name: 'Rossi S.r.l.' } })) as typeof draft;
    expect(typed.employer.name).toBe('Rossi S.r.l.');
    expect(typed.workers).toBe(first.workers);
    expect(first.employer.name).toBe('Rossi'); // the last save's value is not changed
    const hours = memo.parse('d1', JSON.stringify({ ...draft, employer: typed.employer, workers: [{ name: 'Lavoratore 1', requestedHours: 80 }] })) as typeof draft;
    expect(hours.workers[0].requestedHours).toBe(80);
    expect(hours.employer).toBe(typed.employer);
  });

  it('gives frozen values, so no caller can change what the next save is read as', () => {
    const memo = new JsonEditMemo();
    const v = memo.parse('d', '{"workers":[{"name":"A"}]}') as { workers: { name: string }[] };
    expect(() => {
      v.workers[0].name = 'B';
    }).toThrow(TypeError);
    const w = memo.parse('d', '{"workers":[{"name":"C"}]}') as { workers: { name: string }[] };
    expect(Object.isFrozen(w) && Object.isFrozen(w.workers) && Object.isFrozen(w.workers[0])).toBe(true);
  });

  it('reads a key written twice as JSON.parse does (the last), and `__proto__` as a member', () => {
    const memo = new JsonEditMemo();
    memo.parse('d', '{"a":1,"a":2}');
    expect(memo.parse('d', '{"a":3,"a":2}')).toEqual({ a: 2 });
    memo.parse('p', '{"__proto__":{"x":1}}');
    const p = memo.parse('p', '{"__proto__":{"x":2}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(p, '__proto__')?.value).toEqual({ x: 2 });
  });

  it('keeps the last text when a body is not JSON, and reads the next edit against it', () => {
    const memo = new JsonEditMemo();
    const a = memo.parse('d', '{"w":[1,2],"n":"x"}') as { w: number[] };
    expect(memo.parse('d', '{"w":[1,2],"n":"x')).toBeUndefined();
    const b = memo.parse('d', '{"w":[1,2],"n":"y"}') as { w: number[]; n: string };
    expect(b).toEqual({ w: [1, 2], n: 'y' });
    expect(b.w).toBe(a.w);
  });

  it('forgets the least recently used texts beyond its limit', () => {
    // An entry weighs its text twice: the text it was read from (its keys keep it alive) and its last.
    const memo = new JsonEditMemo(80);
    const a = memo.parse('a', '{"w":[1],"n":"aaaaaaaaaa"}') as { w: number[] }; // 2 × 24 units
    memo.parse('b', '{"w":[2],"n":"bbbbbbbbbb"}'); // 96 in all: a goes
    const a2 = memo.parse('a', '{"w":[1],"n":"aaaaaaaaab"}') as { w: number[] };
    expect(a2).toEqual({ w: [1], n: 'aaaaaaaaab' });
    expect(a2.w).not.toBe(a.w); // parsed whole: a was forgotten
    const a3 = memo.parse('a', '{"w":[1],"n":"aaaaaaaaac"}') as { w: number[] };
    expect(a3.w).toBe(a2.w); // and remembered again (b went instead)
  });
});
