/** Reading and writing a draft by path ("workers[2].hiredOn", "reports[0].hours.RSSMRA…"). */
export function splitPath(path: string): (string | number)[] {
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
