/** Numbers as Italian operators write them. */

/** 5.2 → "5,2", 7.125 → "7,13" (at most `maxDecimals` decimals, no trailing zeros). */
export function formatNumberIt(value: number, maxDecimals = 2): string {
  const scale = 10 ** maxDecimals;
  return String(Math.round(value * scale) / scale).replace('.', ',');
}

/** "1 bozza", "3 bozze": a count with its noun, singular for exactly one as Italian wants. */
export function countWord(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Hours are compared as the portals take them, to the hundredth, and as the
 * messages show them (formatNumberIt's two decimals): two figures are the
 * same when they round to the same hundredth. Sums of hours are floating
 * point (1,1 + 2,2 is not exactly 3,3), so never compare them with ===.
 */
export function sameHours(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}
