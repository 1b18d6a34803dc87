/**
 * Which worker is which across two versions of a draft's worker list: the
 * page's rows and the stored draft (the facts typed in the panel must stay
 * with their worker), or two tabs' copies (the stale-tab merge). One rule for
 * both, so a worker found on the page is the same one the merge finds.
 */

import { normalizeFiscalCode } from '../../rules/calc/fiscal-code.ts';

type Worker = { fiscalCode?: unknown } | undefined;

/** A worker's code as compared: as the rules compare codes (normalizeFiscalCode), so does pairing. */
export const pairingCode = (w: Worker) => (typeof w?.fiscalCode === 'string' ? normalizeFiscalCode(w.fiscalCode) : '');
const code = pairingCode;

/**
 * For each worker of `from`, the index of the same worker in `to` (-1: none).
 * Codes first, all of them: a worker is matched by position only when neither
 * it nor the worker at that position has a code the other list holds (a row
 * still without a code, or a code mended in place), so one worker's facts
 * never land on another's. `byPosition(i)` may refuse that for `from[i]` (the page: a whole code
 * replaced at once along with the rest of its row is another worker).
 */
export function pairWorkers(from: readonly Worker[], to: readonly Worker[], byPosition: (i: number) => boolean = () => true): number[] {
  const fromCodes = from.map(code);
  const toCodes = to.map(code);
  // Each code's places in `to`, first first: a code held twice pairs in order. A map, not a search
  // per worker: the page pairs every row of a large firm on each keystroke.
  const places = new Map<string, number[]>();
  toCodes.forEach((c, n) => {
    if (!c) return;
    const list = places.get(c);
    if (list) list.push(n);
    else places.set(c, [n]);
  });
  const used = new Set<number>();
  const out = fromCodes.map((c) => {
    const j = c ? places.get(c)?.shift() ?? -1 : -1;
    if (j >= 0) used.add(j);
    return j;
  });
  const inFrom = new Set(fromCodes.filter(Boolean));
  const inTo = new Set(toCodes.filter(Boolean));
  return out.map((j, i) => {
    if (j >= 0 || i >= to.length || used.has(i) || inTo.has(fromCodes[i]) || inFrom.has(toCodes[i]) || !byPosition(i)) return j;
    used.add(i);
    return i;
  });
}
