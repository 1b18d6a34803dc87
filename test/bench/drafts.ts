/**
 * Realistic generated drafts for the benchmarks: a Piemonte 2020 application
 * of N workers with its whole workforce, union agreement, monthly reports and
 * SR41 forms, every code well formed (valid codici fiscali and IBANs).
 */
import type { Draft, Worker } from '../../rules/schema.ts';

const CONSONANTS = 'BCDFGHLMNPRSTVZ';
const MONTH_LETTERS = 'ABCDEHLMPRST';
const ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

function evenValue(c: string): number {
  return c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
}

/** The check letter of the first 15 characters of a codice fiscale. */
export function fiscalCodeCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[first15[i]] : evenValue(first15[i]);
  return String.fromCharCode(65 + (sum % 26));
}

/** A distinct, valid personal codice fiscale for each index (0 … 50 624). */
export function fiscalCodeFor(index: number): string {
  const letters = (n: number) =>
    CONSONANTS[n % 15] + CONSONANTS[Math.floor(n / 15) % 15] + CONSONANTS[Math.floor(n / 225) % 15];
  const year = String(60 + (index % 40)).padStart(2, '0');
  const month = MONTH_LETTERS[index % 12];
  const day = String(1 + (index % 28) + (index % 2 ? 40 : 0)).padStart(2, '0');
  const first15 = `${letters(index)}${letters(index * 7 + 3)}${year}${month}${day}L219`;
  return first15 + fiscalCodeCheckLetter(first15);
}

/** A valid Italian IBAN (mod-97 check digits) for an account number. */
export function ibanFor(account: number): string {
  const bban = `X0306909606${String(100000000000 + account).slice(-12)}`;
  const numeric = `${bban}IT00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of numeric) rest = (rest * 10 + Number(digit)) % 97;
  return `IT${String(98 - rest).padStart(2, '0')}${bban}`;
}

/**
 * A Piemonte 2020 application of `workers` workers (a firm of about 4 % more
 * people), period 09/03/2020–05/04/2020, sent on 08/04/2020, reports and SR41
 * for March and April.
 */
export function piemonte2020Application(workers: number, variant = 0): Draft {
  const staff: Worker[] = [];
  const size = Math.ceil(workers * 1.04) + 1;
  for (let i = 0; i < size; i++) {
    const index = variant * 1000 + i;
    const kind = i % 10;
    const worker: Worker = {
      fiscalCode: fiscalCodeFor(index),
      name: `Lavoratore ${index}`,
      hiredOn: `${2005 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      contract: kind === 7 ? 'part-time' : kind === 9 && i % 20 === 9 ? 'intermittent' : 'full-time',
      unitId: 'U1',
      requestedHours: 160,
      iban: ibanFor(index),
    };
    if (worker.contract === 'part-time') worker.fte = 0.5;
    if (worker.contract === 'intermittent') {
      worker.fte = 0.3;
      worker.intermittent = { daysWorkedLast12Months: 68, calledBeforeCause: true };
      worker.cigdDays = 13;
    }
    staff.push(worker);
  }
  const inApplication = staff.slice(0, workers);
  const months = ['2020-03', '2020-04'];
  const hoursOf = (month: string) => (month === '2020-03' ? 130 : 30);
  return {
    format: 'cigd-draft/1',
    regime: 'piemonte-2020',
    kind: 'ordinaria',
    status: 'presentata',
    protocol: `CIGD-2020-${String(10000 + variant)}`,
    submittedOn: '2020-04-08',
    employer: {
      name: `Manifattura Subalpina ${variant} S.p.A.`,
      fiscalCode: '01234567897',
      category: 'impresa',
      coveredBy: [],
      regionsWithUnits: 1,
      phone: '011 5551234',
      postcode: '10121',
      ateco: '25.62.00',
      units: [{ id: 'U1', name: 'Stabilimento di Torino', comune: 'Torino', region: 'Piemonte', employees: size }],
    },
    unit: { id: 'U1', name: 'Stabilimento di Torino', comune: 'Torino', region: 'Piemonte' },
    period: { start: '2020-03-09', end: '2020-04-05' },
    previousApplications: [],
    agreement: {
      kind: 'categorie', signedOn: '2020-03-06', start: '2020-03-09', end: '2020-05-10',
      workers, unionsNotifiedOn: '2020-02-27', cause: 'emergenza COVID-19',
    },
    workers: inApplication,
    workforce: staff,
    attachments: [
      { name: 'accordo-sindacale.pdf', type: 'application/pdf', role: 'accordo' },
      { name: 'elenco-lavoratori.pdf', type: 'application/pdf', role: 'altro' },
    ],
    reports: months.map((month) => ({
      month,
      submittedOn: month === '2020-03' ? '2020-04-09' : '2020-05-04',
      hours: Object.fromEntries(inApplication.map((w) => [w.fiscalCode, hoursOf(month)])),
    })),
    sr41: months.flatMap((month) =>
      inApplication.map((w) => ({
        workerFiscalCode: w.fiscalCode, month, hours: hoursOf(month), sentOn: '2020-05-15', iban: w.iban,
      })),
    ),
  };
}
