/**
 * A draft's JSON parsed as an edit of its last save. The extension saves the
 * whole draft (8–50 KB) each time the operator changes a field, so two saves
 * of one draft nearly always differ inside one value: a name typed, a date
 * corrected, a number of hours. Parsing the whole text again was a fifth of a
 * save's work on the server; here the text is compared with the last one
 * parsed under the same key (a draft's id), and when the change lies inside
 * one scalar value (a string, a number, true, false or null) only that value
 * is parsed, and the last draft is copied along the way down to it.
 *
 * Nothing here is a cache of the database: the result is always what
 * JSON.parse(text) would give (the tests compare the two on thousands of
 * random edits), whatever was saved or refused in between. Any other change
 * (a key, a worker added, white space between values) is parsed whole.
 *
 * The values given out are frozen, since the next edit shares all but the
 * changed path with them: code that changed a draft in place would otherwise
 * change what the next save is read as. Nothing on the way of a save does
 * (the rules never change a draft: rules/property.test.ts).
 */
import { keptEnds } from './store/revision-delta.ts';
// Deeper texts are parsed whole each time (the edge refuses them anyway).
import { MAX_JSON_DEPTH } from './validate.ts';

/** A text parsed, and where each of its scalar values is written in it. */
type Parsed = {
  text: string;
  value: unknown;
  /**
   * The length of the text the places were read from: its keys are slices of it, which V8 keeps
   * alive with it, so it weighs on memory until the entry is read whole again.
   */
  readFrom: number;
  /** Each scalar value's first code unit and the one after its last, in the order they are written. */
  starts: Int32Array;
  ends: Int32Array;
  /** Each scalar's place: the container it is in (-1: it is the whole text) and its key or index there. */
  scalarIn: Int32Array;
  scalarKey: (string | number)[];
  /** Each object or array's place, alike (container 0 is the outermost). */
  containerIn: Int32Array;
  containerKey: (string | number)[];
};

/**
 * Text remembered at most, in UTF-16 code units, counting each entry's text and the one its places
 * were read from: a few hundred drafts being edited (some tens of MB with their parsed values).
 */
export const REMEMBERED_TEXT_UNITS = 4_000_000;

export class JsonEditMemo {
  private readonly parsed = new Map<string, Parsed>();
  private units = 0;
  /** How many texts were read as an edit of the last one (for tests and measurements). */
  editsRead = 0;
  constructor(private readonly limitUnits = REMEMBERED_TEXT_UNITS) {}

  /** JSON.parse(text), or undefined when text is not JSON. `key` names what text is a version of (a draft). */
  parse(key: string, text: string): unknown {
    const last = this.parsed.get(key);
    if (last) {
      if (last.text === text) return last.value;
      const lastUnits = weight(last);
      if (editOfOneScalar(last, text)) {
        this.editsRead++;
        this.units -= lastUnits;
        this.parsed.delete(key);
        this.remember(key, last); // the most recently used goes last
        return last.value;
      }
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    const where = scalarsOf(text);
    this.forget(key);
    if (where) this.remember(key, { text, value: deepFreeze(value), readFrom: text.length, ...where });
    return value;
  }

  private remember(key: string, parsed: Parsed): void {
    this.parsed.set(key, parsed);
    this.units += weight(parsed);
    for (const [oldest, p] of this.parsed) {
      if (this.units <= this.limitUnits) break;
      this.parsed.delete(oldest);
      this.units -= weight(p);
    }
  }

  private forget(key: string): void {
    const p = this.parsed.get(key);
    if (!p) return;
    this.parsed.delete(key);
    this.units -= weight(p);
  }
}

const weight = (p: Parsed) => p.readFrom + p.text.length;

/**
 * Whether `text` is `last.text` with one scalar value written otherwise; if
 * so, `last` becomes `text` parsed. Proof that the value is then
 * JSON.parse(text): the two texts share everything before the scalar's
 * first code unit, so a parser reads both alike up to there; what follows is
 * one whole JSON scalar (it parses alone), ending before the code unit that
 * ended the old one; from there on the texts are the same again.
 */
function editOfOneScalar(last: Parsed, text: string): boolean {
  const { keptHead, keptTail } = keptEnds(last.text, text);
  const changeEnd = last.text.length - keptTail;
  const i = lastStartingBy(last.starts, keptHead);
  if (i < 0 || changeEnd > last.ends[i]) return false;
  const shift = text.length - last.text.length;
  const written = text.slice(last.starts[i], last.ends[i] + shift);
  let scalar: unknown;
  try {
    scalar = JSON.parse(written);
  } catch {
    return false;
  }
  if (scalar !== null && typeof scalar === 'object') return false;
  last.value = withScalar(last, i, scalar);
  last.text = text;
  last.ends[i] += shift;
  for (let j = i + 1; j < last.starts.length; j++) {
    last.starts[j] += shift;
    last.ends[j] += shift;
  }
  return true;
}

/** The index of the last scalar starting at or before `at`, -1 if none. */
function lastStartingBy(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** `last.value` with scalar `i` replaced, each object and array on the way down copied (and frozen). */
function withScalar(last: Parsed, i: number, scalar: unknown): unknown {
  const path: (string | number)[] = [last.scalarKey[i]];
  for (let c = last.scalarIn[i]; c > 0; c = last.containerIn[c]) path.push(last.containerKey[c]);
  if (last.scalarIn[i] < 0) return scalar;
  path.reverse();
  const copy = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return scalar;
    const key = path[depth];
    const out: unknown = Array.isArray(node) ? node.slice() : { ...(node as object) };
    (out as Record<string | number, unknown>)[key] = copy((node as Record<string | number, unknown>)[key], depth + 1);
    return Object.freeze(out);
  };
  return copy(last.value, 0);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const isJsonSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Where each scalar of `text` (already known to be JSON) is written, and its
 * place in the value. undefined for a text whose scalars cannot be replaced
 * one by one: a key written twice in one object (JSON.parse keeps the last),
 * nesting deeper than MAX_JSON_DEPTH. (A `__proto__` key is an own member of what
 * JSON.parse gives, and of its copies, so it is replaced like any other.)
 */
function scalarsOf(text: string): Omit<Parsed, 'text' | 'value' | 'readFrom'> | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const scalarIn: number[] = [];
  const scalarKey: (string | number)[] = [];
  const containerIn: number[] = [];
  const containerKey: (string | number)[] = [];
  let at = 0;

  const skipSpace = () => {
    while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
  };
  /** The code unit after the string starting at `at` (its closing quote is the first not escaped). */
  const stringEnd = (from: number) => {
    let quote = text.indexOf('"', from + 1);
    for (;;) {
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      quote = text.indexOf('"', quote + 1);
    }
  };
  /** Reads the value at `at`; false when the text cannot be remembered. */
  const value = (inContainer: number, key: string | number, depth: number): boolean => {
    skipSpace();
    const code = text.charCodeAt(at);
    if (code === 123 /* { */ || code === 91 /* [ */) {
      if (depth >= MAX_JSON_DEPTH) return false;
      const id = containerIn.length;
      containerIn.push(inContainer);
      containerKey.push(key);
      at++;
      skipSpace();
      const close = code === 123 ? 125 : 93;
      if (text.charCodeAt(at) === close) {
        at++;
        return true;
      }
      const keys = code === 123 ? new Set<string>() : undefined;
      for (let index = 0; ; index++) {
        let member: string | number = index;
        if (keys) {
          skipSpace();
          const end = stringEnd(at);
          const raw = text.slice(at + 1, end - 1);
          member = raw.includes('\\') ? (JSON.parse(text.slice(at, end)) as string) : raw;
          if (keys.has(member)) return false;
          keys.add(member);
          at = end;
          skipSpace();
          at++; // the colon
        }
        if (!value(id, member, depth + 1)) return false;
        skipSpace();
        if (text.charCodeAt(at++) === close) return true;
      }
    }
    starts.push(at);
    if (code === QUOTE) at = stringEnd(at);
    else {
      while (at < text.length) {
        const c = text.charCodeAt(at);
        if (c === 44 /* , */ || c === 93 /* ] */ || c === 125 /* } */ || isJsonSpace(c)) break;
        at++;
      }
    }
    ends.push(at);
    scalarIn.push(inContainer);
    scalarKey.push(key);
    return true;
  };

  if (!value(-1, '', 0)) return undefined;
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    scalarIn: Int32Array.from(scalarIn),
    scalarKey,
    containerIn: Int32Array.from(containerIn),
    containerKey,
  };
}
