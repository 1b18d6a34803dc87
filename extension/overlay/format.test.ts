import { expect, it } from 'vitest';
import { fieldLabel } from './format.ts';

it.each([
  ['workers[0].cigdDays', 'Giorni di CIGD chiesti (riga 1)'],
  ['workers[2].intermittent.daysWorkedLast12Months', 'Giornate lavorate negli ultimi 12 mesi (riga 3)'],
  ['workers[1].intermittent.calledBeforeCause', 'Chiamato prima della causale (riga 2)'],
  ['previousApplications', 'Domande precedenti'],
  ['previousApplications[0]', 'Domanda precedente (n. 1)'],
  ['submittedOn', 'Data di presentazione'],
  ['reports[1].submittedOn', 'Data di invio del riepilogo (n. 2)'],
  ['reports[0].month', 'Mese del riepilogo (n. 1)'],
  ['reports[0].hours.RSSMRA80A01L219X', 'Ore del riepilogo (n. 1)'],
])('a finding on %s is named «%s», never by its draft path', (path, label) => {
  expect(fieldLabel(path, [])).toBe(label);
});
