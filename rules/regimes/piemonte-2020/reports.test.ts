import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { draftWith, findings, judgeWith } from './fixtures.ts';

const OPEN = 'piemonte-2020/report-not-yet-open';
const ORDER = 'piemonte-2020/report-order';
const BLANK = 'piemonte-2020/report-blank';
const MATCHES = 'piemonte-2020/report-matches-request';

const [A, B, C] = VALID_WORKER_CFS;
// Base period 09/03–05/04/2020: March opens 01/04, April (the period ends on the 5th) opens 06/04.
const hours = (a: number | null, b: number | null, c: number | null) => ({ [A]: a, [B]: b, [C]: c });
const march = (extra: Record<string, unknown> = {}) => ({ month: '2020-03', hours: hours(60, 40, 0), ...extra });
const april = (extra: Record<string, unknown> = {}) => ({ month: '2020-04', hours: hours(16, 0, 8), ...extra });

describe(OPEN, () => {
  it.each([
    ['2020-03-31', true],
    ['2020-04-01', false],
    ['2020-04-02', false],
  ])('March report sent on %s: blocked %s', (submittedOn, fails) => {
    const found = findings(OPEN, { reports: [march({ submittedOn })] });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['reports[0].submittedOn']);
      expect(found[0].message).toMatch(/marzo 2020 si può compilare solo dal 01\/04\/2020/);
    }
  });

  it.each([
    ['2020-04-05', true],
    ['2020-04-06', false],
    ['2020-04-07', false],
  ])('April report (period ends 05/04) sent on %s: blocked %s', (submittedOn, fails) => {
    const found = findings(OPEN, { reports: [march({ submittedOn: '2020-04-01' }), april({ submittedOn })] });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) expect(found[0].message).toMatch(/dal 06\/04\/2020/);
  });

  it.each([
    ['2020-03-31', true],
    ['2020-04-01', false],
  ])('an unsent March report being filled on %s: blocked %s', (today, fails) => {
    const found = findings(OPEN, { reports: [march()] }, today);
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) expect(found[0].fields).toEqual(['reports[0].month']);
  });

  it('one deadline per month of the period, dated its opening day', () => {
    const deadlines = (changes: Record<string, unknown>, today: string) =>
      judgeWith(changes, today).deadlines.filter((d) => d.id.startsWith('report-'));
    expect(deadlines({}, '2020-03-20')).toMatchObject([
      { id: 'report-2020-03', date: '2020-04-01', status: 'future' },
      { id: 'report-2020-04', date: '2020-04-06', status: 'future' },
    ]);
    expect(deadlines({}, '2020-03-25').map((d) => d.status)).toEqual(['due-soon', 'future']);
    // Open and unsent: due-soon (to do now); sent: met.
    expect(deadlines({ reports: [march({ submittedOn: '2020-04-02' })] }, '2020-04-10').map((d) => d.status)).toEqual(['met', 'due-soon']);
  });
});

// Seed 001: reports are loaded "Quando la domanda è stata trasmessa con successo su Aminder" / "una volta completata
// la trasmissione dell'istanza": a report sent before the application is an error, when both dates are known.
describe(`${OPEN}: not before the application is sent`, () => {
  const sentOn = (submittedOn: string | undefined, reportSentOn: string) => ({
    status: submittedOn ? 'presentata' : 'bozza', protocol: submittedOn ? 'P1' : undefined, submittedOn,
    reports: [march({ submittedOn: reportSentOn })],
  });
  it.each([
    ['2020-04-01', true],
    ['2020-04-02', false],
    ['2020-04-03', false],
  ])('application sent 02/04/2020, March report sent %s: blocked %s', (reportSentOn, fails) => {
    const found = findings(OPEN, sentOn('2020-04-02', reportSentOn));
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'error', fields: ['reports[0].submittedOn', 'submittedOn'] });
      expect(found[0].message).toBe(
        'Il consuntivo di marzo 2020 risulta inviato il 01/04/2020, prima dell\'invio della domanda (02/04/2020): ' +
          'su AMINDER i consuntivi si caricano solo dopo la trasmissione della domanda. Correggere la data di invio del consuntivo o quella della domanda.',
      );
    }
  });
  it('the application’s send date not known (the page may not carry it): not judged', () => {
    expect(findings(OPEN, sentOn(undefined, '2020-04-01'))).toEqual([]);
  });
  it('the audit’s case: period 24/02–06/03/2020, application sent 20/03, February report sent 10/03', () => {
    const found = findings(OPEN, {
      period: { start: '2020-02-24', end: '2020-03-06' },
      status: 'presentata', protocol: 'P1', submittedOn: '2020-03-20',
      reports: [{ month: '2020-02', submittedOn: '2020-03-10', hours: hours(10, 10, 5) }],
    }, '2020-03-20');
    expect(found.map((f) => f.fields)).toEqual([['reports[0].submittedOn', 'submittedOn']]);
  });
});

describe(ORDER, () => {
  it('April without March: blocked', () => {
    const found = findings(ORDER, { reports: [april()] });
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual(['reports[0].month']);
    expect(found[0].message).toMatch(/aprile 2020 non può essere compilato prima di quello di marzo 2020/);
  });
  it('March, or March then April: fine', () => {
    expect(findings(ORDER, { reports: [march()] })).toEqual([]);
    expect(findings(ORDER, { reports: [april(), march()] })).toEqual([]);
  });
  // Seed 001: "il sistema blocca la compilazione del secondo mese se prima non è stato consuntivato il primo mese":
  // with both send dates known, April sent before March is an error (the audit: March 20/04, April 07/04).
  it.each([
    ['2020-04-07', true],
    ['2020-04-19', true],
    ['2020-04-20', false],
    ['2020-04-21', false],
  ])('March sent 20/04/2020, April sent %s: blocked %s', (aprilSentOn, fails) => {
    const found = findings(ORDER, { reports: [march({ submittedOn: '2020-04-20' }), april({ submittedOn: aprilSentOn })] }, '2020-05-10');
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'error', fields: ['reports[1].submittedOn'] });
      expect(found[0].message).toBe(
        `Il consuntivo di aprile 2020 risulta inviato il ${aprilSentOn.split('-').reverse().join('/')}, prima di quello di marzo 2020 (20/04/2020): ` +
          'AMINDER non consente di compilare un mese prima di aver consuntivato il precedente. Correggere le date di invio dei consuntivi.',
      );
    }
  });
  it('one of the two send dates unknown: not judged on dates', () => {
    expect(findings(ORDER, { reports: [march(), april({ submittedOn: '2020-04-07' })] }, '2020-05-10')).toEqual([]);
    expect(findings(ORDER, { reports: [march({ submittedOn: '2020-04-20' }), april()] }, '2020-05-10')).toEqual([]);
  });
});

describe(BLANK, () => {
  it.each([
    ['a null', hours(60, 40, null)],
    ['a missing', { [A]: 60, [B]: 40 }],
  ])('%s value: blocked on that worker', (_name, h) => {
    const found = findings(BLANK, { reports: [march({ hours: h })] });
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual([`reports[0].hours.${C}`]);
    expect(found[0].message).toMatch(/Digitare 0/);
  });
  it('zero typed: fine', () => {
    expect(findings(BLANK, { reports: [march()] })).toEqual([]);
  });
  it('two blanks: one finding marking both', () => {
    const found = findings(BLANK, { reports: [march({ hours: { [A]: 1 } })] });
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual([`reports[0].hours.${B}`, `reports[0].hours.${C}`]);
  });
  // A report whose codes were written in lower case or with spaces (a file from another program) is still each worker's.
  it('codes written in lower case: the hours are the workers\' own, and a blank is marked on the key as written', () => {
    const typed = (cf: string) => ` ${cf.toLowerCase()}`;
    expect(findings(BLANK, { reports: [march({ hours: { [typed(A)]: 60, [typed(B)]: 40, [typed(C)]: 0 } })] })).toEqual([]);
    const found = findings(BLANK, { reports: [march({ hours: { [typed(A)]: 60, [typed(B)]: 40, [typed(C)]: null } })] });
    expect(found.map((f) => f.fields)).toEqual([[`reports[0].hours.${typed(C)}`]]);
  });
});

describe(MATCHES, () => {
  /** Rossi asked `asked` hours; March 60 + April 16 = 76 reported. */
  const withRequest = (asked: number, reports = [march(), april()]) => {
    const workers = draftWith().workers.map((w, i) => (i === 0 ? { ...w, requestedHours: asked } : w));
    return { workers, reports };
  };
  it.each([
    [75, true],
    [76, false],
    [77, true],
  ])('asked %i, reported 76, period over: warning %s', (asked, warns) => {
    const found = findings(MATCHES, withRequest(asked));
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].fields).toEqual(['workers[0].requestedHours']);
      expect(found[0].message).toMatch(new RegExp(`nella domanda ${asked} ore, a consuntivo 76`));
    }
  });
  it.each([
    ['2020-04-04', false],
    ['2020-04-05', false],
    ['2020-04-06', true],
    ['2020-04-10', true],
  ])('period ends 05/04, asked 10, reported 76, today %s: warning %s', (today, warns) => {
    expect(findings(MATCHES, withRequest(10), today).length).toBe(warns ? 1 : 0);
  });
  it('a report whose codes are written in lower case is compared all the same', () => {
    const lower = <R extends { hours: Record<string, number | null> }>(r: R): R =>
      ({ ...r, hours: Object.fromEntries(Object.entries(r.hours).map(([k, v]) => [k.toLowerCase(), v])) });
    expect(findings(MATCHES, withRequest(76, [lower(march()), lower(april())]))).toEqual([]);
    expect(findings(MATCHES, withRequest(75, [lower(march()), lower(april())]))[0].message).toMatch(/nella domanda 75 ore, a consuntivo 76/);
  });
  it('a month of the period without report: nothing yet', () => {
    expect(findings(MATCHES, withRequest(10, [march()]))).toEqual([]);
  });
  it('unsent, period over: the message says so', () => {
    expect(findings(MATCHES, withRequest(10))[0].message).toBe(
      'Mario Rossi (lavoratore n. 1): nella domanda 10 ore, a consuntivo 76. Il periodo è già concluso (fine 05/04/2020) e la domanda ' +
        'non è ancora inviata: le ore della domanda devono coincidere con il consuntivo. Correggere le ore richieste.',
    );
  });
  // Seed 001: "Dal momento che la prima presentazione avrà quasi certamente carattere retroattivo … se il periodo
  // richiesto fosse già interamente trascorso, i dati sulle ore … dovrebbero coincidere": the period is over when
  // the application is sent. Sent during the period, the hours asked were a forecast (the audit: sent 20/03).
  it.each([
    ['2020-03-20', false],
    ['2020-04-04', false],
    ['2020-04-05', false],
    ['2020-04-06', true],
  ])('period ends 05/04, asked 10, reported 76, sent on %s (today 10/05): warning %s', (submittedOn, warns) => {
    const changes = { ...withRequest(10), status: 'presentata', protocol: 'P1', submittedOn };
    const found = findings(MATCHES, changes, '2020-05-10');
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].message).toBe(
        'Mario Rossi (lavoratore n. 1): nella domanda 10 ore, a consuntivo 76. La domanda è stata inviata il 06/04/2020, a periodo già ' +
          'concluso (fine 05/04/2020): le ore della domanda devono coincidere con il consuntivo. Correggere le ore richieste.',
      );
    }
  });
});
