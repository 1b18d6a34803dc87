/** What the lombardia-2012 rules share: a communication's place in the draft and in the calendar. */
import type { Draft } from '../../schema.ts';
import { formatDateIt, monthOf, type IsoDate } from '../../calc/dates.ts';
import { paramsAt } from '../../params.ts';
import { workerLabel } from '../common/labels.ts';
import { lombardia2012Params, type Lombardia2012Params } from './params.ts';

export type Suspension = NonNullable<Draft['suspensions']>[number];

/** The rules in force on a communication's own start. */
export const paramsOn = (date: IsoDate): Lombardia2012Params => paramsAt(lombardia2012Params, date);

/** "Mario Rossi (RSSMRA80A01F205X)": who a communication is for, by the name the application gives the code. */
export function labelFor(draft: Draft, fiscalCode: string): string {
  return workerLabel(draft.workers.find((w) => w.fiscalCode === fiscalCode) ?? { fiscalCode });
}

export const span = (s: Suspension) => `dal ${formatDateIt(s.start)} al ${formatDateIt(s.end)}`;

/** A communication belongs to the month it starts in (one spanning two months is itself an error). */
export const monthOfSuspension = (s: Suspension) => monthOf(s.start);

/** Communications for the same worker and the same dates: an original and its corrections. */
function byCommunication(all: readonly Suspension[]): Map<string, Suspension[]> {
  const groups = new Map<string, Suspension[]>();
  for (const s of all) {
    const key = `${s.workerFiscalCode}\u0000${s.start}\u0000${s.end}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

/**
 * The corrections among the communications: each one sent after another for
 * the same worker and dates. One pass over the calendar, not one per
 * communication: the rules run on every keystroke and a large firm's calendar
 * holds a communication per worker and week.
 */
export function corrections(all: readonly Suspension[]): Set<Suspension> {
  const out = new Set<Suspension>();
  for (const group of byCommunication(all).values()) {
    if (group.length < 2) continue;
    const firstSent = group.reduce((min, s) => (s.sentOn < min ? s.sentOn : min), group[0].sentOn);
    for (const s of group) if (s.sentOn > firstSent) out.add(s);
  }
  return out;
}

/**
 * The calendar as the Region keeps it: errors are corrected "inviando una
 * nuova comunicazione di sospensione con i dati corretti", so for the same
 * worker and dates the last one sent counts (the later in the draft when sent
 * the same day). The draft's order is kept.
 */
export function effectiveSuspensions(all: readonly Suspension[]): Suspension[] {
  const latest = new Set<Suspension>();
  for (const group of byCommunication(all).values()) {
    latest.add(group.reduce((last, s) => (s.sentOn >= last.sentOn ? s : last)));
  }
  return all.filter((s) => latest.has(s));
}
