import { expect, it } from 'vitest';
import { fieldLabel, partLabel } from './format.ts';

it.each([
  ['workers[0].cigdDays', 'Giorni di CIGD chiesti (riga 1)'],
  ['workers[2].intermittent.daysWorkedLast12Months', 'Giornate lavorate negli ultimi 12 mesi (riga 3)'],
  ['workers[1].intermittent.calledBeforeCause', 'Chiamato prima della causale (riga 2)'],
  ['previousApplications', 'Domande precedenti'],
  ['previousApplications[0]', 'Domanda precedente (n. 1)'],
  ['submittedOn', 'Data di presentazione'],
  ['agreement.signedOn', 'Data sottoscrizione accordo'],
  ['reports[1].submittedOn', 'Data di invio del consuntivo (n. 2)'],
  ['reports[0].month', 'Mese del consuntivo (n. 1)'],
  ['reports[0].hours.RSSMRA80A01L219X', 'Ore del consuntivo (n. 1)'],
])('a finding on %s is named «%s», never by its draft path', (path, label) => {
  expect(fieldLabel(path, [])).toBe(label);
});

it.each([
  ['agreement', 'l’accordo sindacale'],
  ['inps', 'i dati INPS'],
  ['correctionEmail', 'la mail di rettifica'],
  ['attachments[0]', 'l’allegato n. 1'],
  ['reports[1]', 'il consuntivo n. 2'],
  ['suspensions[0]', 'la comunicazione di sospensione n. 1'],
  ['sr41[2]', 'il modello SR41 n. 3'],
])('a part left out of the checks, %s, is named «%s» in the sentence that lists them', (part, label) => {
  expect(partLabel(part)).toBe(label);
});
