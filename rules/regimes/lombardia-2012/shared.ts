/** What the lombardia-2012 rules share: a communication's place in the draft and in the calendar. */
import type { Draft } from '../../schema.ts';
import { formatDateIt, monthOf, type IsoDate } from '../../calc/dates.ts';
import { paramsAt } from '../../params.ts';
import { lombardia2012Params, type Lombardia2012Params } from './params.ts';

export type Suspension = NonNullable<Draft['suspensions']>[number];

/** The rules in force on a communication's own start. */
export const paramsOn = (date: IsoDate): Lombardia2012Params => paramsAt(lombardia2012Params, date);

/** "il lavoratore RSSMRA80A01F205X (Mario Rossi)" — who the communication is for, as the operator knows them. */
export function workerLabel(draft: Draft, fiscalCode: string): string {
  const name = draft.workers.find((w) => w.fiscalCode === fiscalCode)?.name;
  return name ? `${name} (${fiscalCode})` : fiscalCode;
}

export const span = (s: Suspension) => `dal ${formatDateIt(s.start)} al ${formatDateIt(s.end)}`;

/** A communication belongs to the month it starts in (one spanning two months is itself an error). */
export const monthOfSuspension = (s: Suspension) => monthOf(s.start);

const sameCommunication = (a: Suspension, b: Suspension) =>
  a.workerFiscalCode === b.workerFiscalCode && a.start === b.start && a.end === b.end;

/** A later communication for the same worker and dates: the correction of an earlier one. */
export const isCorrection = (s: Suspension, all: Suspension[]) => all.some((o) => o !== s && sameCommunication(o, s) && o.sentOn < s.sentOn);

/**
 * The calendar as the Region keeps it: errors are corrected "inviando una
 * nuova comunicazione di sospensione con i dati corretti", so for the same
 * worker and dates the last one sent counts.
 */
export function effectiveSuspensions(all: Suspension[]): Suspension[] {
  return all.filter((s) => !all.some((o) => o !== s && sameCommunication(o, s) && (o.sentOn > s.sentOn || (o.sentOn === s.sentOn && all.indexOf(o) > all.indexOf(s)))));
}
