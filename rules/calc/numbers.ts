/** Numbers as Italian operators write them. */

/** 5.2 → "5,2", 7.125 → "7,13" (at most `maxDecimals` decimals, no trailing zeros). */
export function formatNumberIt(value: number, maxDecimals = 2): string {
  const scale = 10 ** maxDecimals;
  return String(Math.round(value * scale) / scale).replace('.', ',');
}
