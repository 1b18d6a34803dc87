/** What the lombardia-2012 rules share: a communication's place in the draft and in the calendar. */
import type { Draft } from '../../schema.ts';
import { formatDateIt, monthOf, type IsoDate } from '../../calc/dates.ts';
import { paramsAt } from '../../params.ts';
import { workersByCode } from '../common/labels.ts';
import { lombardia2012Params, type Lombardia2012Params } from './params.ts';

export type Suspension = NonNullable<Draft['suspensions']>[number];

/** The rules in force on a communication's own start. */
export const paramsOn = (date: IsoDate): Lombardia2012Params => paramsAt(lombardia2012Params, date);

/**
 * "Mario Rossi (lavoratore n. 1)": who a communication or a report's figure is for, found in the
 * application's workers by its code; never the code itself (see common/labels.ts).
 */
export function labelFor(draft: Draft, fiscalCode: string): string {
  return workersByCode(draft.workers)(fiscalCode);
}

export const span = (s: Suspension) => `dal ${formatDateIt(s.start)} al ${formatDateIt(s.end)}`;

/** A communication belongs to the month it starts in (one spanning two months is itself an error). */
export const monthOfSuspension = (s: Suspension) => monthOf(s.start);

/**
 * Corrections among the communications (seed 004: errors "relativi all’inserimento dei periodi o delle ore"
 * are corrected "semplicemente inviando una nuova comunicazione di sospensione con i dati corretti"):
 * a communication is replaced by a later one for the same worker whose period overlaps its own (the
 * same dates, or corrected dates); of two sent the same day, the later in the draft counts. A
 * communication is a correction when it overlaps one for the same worker sent on an earlier day.
 *
 * One pass per worker over the calendar sorted by start, looking only at the communications that
 * start before this one ends: not one pass per communication, since the rules run on every
 * keystroke and a large firm's calendar holds a communication per worker and week.
 */
function calendarCorrections(all: readonly Suspension[]): { replaced: Set<Suspension>; corrections: Set<Suspension> } {
  const replaced = new Set<Suspension>();
  const corrections = new Set<Suspension>();
  const byWorker = new Map<string, { s: Suspension; index: number }[]>();
  all.forEach((s, index) => {
    if (s.end < s.start) return; // no period to overlap (an inverted one is reported on its own)
    const mine = byWorker.get(s.workerFiscalCode);
    if (mine) mine.push({ s, index });
    else byWorker.set(s.workerFiscalCode, [{ s, index }]);
  });
  for (const mine of byWorker.values()) {
    if (mine.length < 2) continue;
    mine.sort((a, b) => (a.s.start < b.s.start ? -1 : a.s.start > b.s.start ? 1 : a.index - b.index));
    for (let i = 0; i < mine.length; i++) {
      const a = mine[i];
      // Sorted by start: b starts on or after a, so they overlap while b starts by a's end.
      for (let j = i + 1; j < mine.length && mine[j].s.start <= a.s.end; j++) {
        const b = mine[j];
        const bLater = b.s.sentOn > a.s.sentOn || (b.s.sentOn === a.s.sentOn && b.index > a.index);
        const [earlier, later] = bLater ? [a, b] : [b, a];
        replaced.add(earlier.s);
        if (later.s.sentOn > earlier.s.sentOn) corrections.add(later.s);
      }
    }
  }
  return { replaced, corrections };
}

/**
 * The corrections among the communications: each one sent on a later day than
 * another for the same worker whose period it overlaps. `suspension-in-advance`
 * judges the original, not the correction.
 */
export function corrections(all: readonly Suspension[]): Set<Suspension> {
  return calendarCorrections(all).corrections;
}

/**
 * The calendar as the Region keeps it: a communication overlapping a later
 * one for the same worker has been replaced by it (the later in the draft
 * when sent the same day). The draft's order is kept.
 */
export function effectiveSuspensions(all: readonly Suspension[]): Suspension[] {
  const { replaced } = calendarCorrections(all);
  return all.filter((s) => !replaced.has(s));
}
