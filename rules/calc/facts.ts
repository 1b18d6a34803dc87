/**
 * Figures several rules need (application days, headcount, …) are computed
 * once per check: the rules run on every keystroke in the extension.
 */
export class Facts {
  private readonly cache = new Map<string, unknown>();

  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}
