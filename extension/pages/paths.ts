/** Reading and writing a draft by path ("workers[2].hiredOn", "reports[0].hours.RSSMRA…"). */

/**
 * Paths already split. A page reads every bound field on every keystroke (a
 * 200-worker domanda: some 1,600 paths), always the same ones; splitting them
 * again each time was the reader's largest cost. Bounded, so a page whose
 * paths keep changing cannot grow it without end.
 */
const SPLIT = new Map<string, readonly (string | number)[]>();
const SPLIT_MAX = 20_000;

export function splitPath(path: string): readonly (string | number)[] {
  let parts = SPLIT.get(path);
  if (!parts) {
    parts = split(path);
    if (SPLIT.size >= SPLIT_MAX) SPLIT.clear();
    SPLIT.set(path, parts);
  }
  return parts;
}

function split(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const segment of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(segment);
    if (!m) {
      parts.push(segment);
      continue;
    }
    if (m[1]) parts.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  return parts;
}

export function getPath(obj: unknown, path: string): unknown {
  let v: any = obj;
  for (const key of splitPath(path)) {
    if (v == null) return undefined;
    v = v[key];
  }
  return v;
}

/** Sets a value, creating objects and arrays on the way; `undefined` deletes. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = splitPath(path);
  let v: any = obj;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      if (value === undefined) delete v[key];
      else v[key] = value;
      return;
    }
    if (v[key] == null || typeof v[key] !== 'object') v[key] = typeof keys[i + 1] === 'number' ? [] : {};
    v = v[key];
  });
}
