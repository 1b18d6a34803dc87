// @vitest-environment jsdom
/**
 * The marks of pages.md ("The overlay's marks on a page") on the saved HTML of
 * the replica pages (test/fixtures), as the operator types: GECO's Dettaglio
 * Azienda, the Finanziamenti on line domanda, a worker row added with the
 * replica's own "Aggiungi lavoratore" script, and the `warning` / `info`
 * severities with several rule ids on one field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft, Finding } from '../../rules/index.ts';
import { VALID_WORKER_CFS } from '../../rules/testing.ts';
import { CLIENT_JS } from '../../server/replica/html.ts';
import { adapters } from '../pages/adapters.ts';
import type { PageKind } from '../pages/detect.ts';
import { bindFields } from '../pages/bind.ts';
import { emptyDraft } from './read-page.ts';
import { LivePage } from './live-page.ts';
import { applyMarks, marksByPath } from './marks.ts';

const fixture = (name: string) => {
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../test/fixtures', name), 'utf8');
};

function start(name: string, kind: PageKind, today: string, stored?: (d: Draft) => Draft, before?: () => void): LivePage {
  fixture(name);
  before?.(); // the page as it was when the content script started
  const adapter = adapters[kind];
  const draft = emptyDraft(adapter);
  return new LivePage(document, { adapter, stored: stored ? stored(draft) : draft, today: () => today });
}

const field = (id: string) => {
  const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  if (!el) throw new Error(`no #${id} on the page`);
  return el;
};

/** Types as the operator does: the value, an input event, and the content script's refresh on it. */
function type(live: LivePage, id: string, value: string) {
  const el = field(id);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  if (live.isBound(el)) live.refresh();
  return el;
}

const marks = (el: Element) => ({
  path: el.getAttribute('data-cigd-path'),
  severity: el.getAttribute('data-cigd-severity'),
  rules: el.getAttribute('data-cigd-rules'),
});
/** data-cigd-rules as the space-separated list pages.md says it is. */
const ruleList = (el: Element) => (el.getAttribute('data-cigd-rules') ?? '').split(' ').filter(Boolean);

const INVALID_COMPANY_CF = '01234567890'; // 11 digits, wrong check digit (the valid one ends in 7)

describe('marks on GECO Dettaglio Azienda (formcontrolname cfAzienda)', () => {
  // GECO asks no period: the rules run once the draft has one (a draft of the domanda the company belongs to).
  const withPeriod = (d: Draft): Draft => ({ ...d, period: { start: '2020-03-09', end: '2020-04-05' } });

  it('an invalid codice fiscale is marked error with common/fiscal-code; the valid one is ok again', () => {
    const live = start('geco-dettaglio-azienda.filled.html', 'geco-azienda', '2020-04-10', withPeriod);
    const cf = document.querySelector('[formcontrolname="cfAzienda"]')!;
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'ok', rules: '' });
    type(live, 'cfAzienda', INVALID_COMPANY_CF);
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
    expect(cf.getAttribute('aria-invalid')).toBe('true');
    // Only the field that holds the path: the others the rules ran on stay ok.
    expect(marks(field('telefono'))).toEqual({ path: 'employer.phone', severity: 'ok', rules: '' });
    type(live, 'cfAzienda', '01234567897');
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'ok', rules: '' });
    expect(cf.hasAttribute('aria-invalid')).toBe(false);
  });

  it('on the empty page, a codice fiscale typed from scratch is checked too', () => {
    const live = start('geco-dettaglio-azienda.empty.html', 'geco-azienda', '2020-04-10', withPeriod);
    const cf = type(live, 'cfAzienda', INVALID_COMPANY_CF);
    expect(marks(cf).severity).toBe('error');
    expect(ruleList(cf)).toContain('common/fiscal-code');
    type(live, 'cfAzienda', '01234567897');
    expect(marks(cf).severity).toBe('ok');
  });

  // The draft GECO builds on its own (nothing stored under the GECO page's key) never has a period, so no
  // rule set can run there; the code rules still do.
  it('with the draft GECO builds on its own, an invalid codice fiscale is marked error', () => {
    const live = start('geco-dettaglio-azienda.filled.html', 'geco-azienda', '2020-04-10');
    const cf = type(live, 'cfAzienda', INVALID_COMPANY_CF);
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
  });
});

describe('marks on the Finanziamenti on line domanda (Lombardia)', () => {
  const INVALID_IMPRESA_CF = '07643520560'; // the fixture's 07643520567 with a wrong check digit

  const noAgreementDate = () => void (field('dataAccordo').value = '');

  it('codice fiscale impresa: error with common/fiscal-code, ok once corrected (agreement date not typed yet)', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10', undefined, noAgreementDate);
    const cf = field('cfImpresa');
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'ok', rules: '' });
    type(live, 'cfImpresa', INVALID_IMPRESA_CF);
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
    expect(marks(field('ragioneSociale')).severity).toBe('ok');
    type(live, 'cfImpresa', '07643520567');
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'ok', rules: '' });
  });

  it('a worker\'s codice fiscale on row 2 is marked on workers[1].fiscalCode only (facts the page does not ask stored)', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10', lombardiaFacts);
    const row0 = field('lav-0-cf');
    const row1 = field('lav-1-cf');
    expect(marks(row1)).toEqual({ path: 'workers[1].fiscalCode', severity: 'ok', rules: '' });
    type(live, 'lav-1-cf', 'CSTPLA88H10C351X');
    expect(marks(row1)).toEqual({ path: 'workers[1].fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
    expect(marks(row0)).toEqual({ path: 'workers[0].fiscalCode', severity: 'ok', rules: '' });
    type(live, 'lav-1-cf', 'CSTPLA88H10C351M');
    expect(marks(row1).severity).toBe('ok');
  });

  // The agreement date makes an agreement whose start, end and workers (and each worker's hiring date) have
  // no field on Finanziamenti on line: the agreement and the rows are left out, the rest is judged.
  it('on the filled domanda as the page builds it, an invalid codice fiscale impresa is marked error', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10');
    const cf = type(live, 'cfImpresa', INVALID_IMPRESA_CF);
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
  });

  // No row is judged by the regime there (no field for the hiring date), but its codice fiscale is checked.
  it('on the domanda as the page builds it, an invalid worker codice fiscale is marked error', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10', undefined, noAgreementDate);
    expect(live.state.verdict).not.toBeNull(); // the rules run on the rest of the page
    const cf = type(live, 'lav-1-cf', 'CSTPLA88H10C351X');
    expect(marks(cf)).toEqual({ path: 'workers[1].fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
  });

  // Once the agreement date is typed and erased, the agreement keeps the kind `categorie` the reader filled
  // in, which no field of this page can clear: it is left out as incomplete, and the rest is judged.
  it('after typing and erasing the agreement date, the checks run again', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10', undefined, noAgreementDate);
    expect(live.state.verdict).not.toBeNull();
    type(live, 'dataAccordo', '05/10/2015');
    type(live, 'dataAccordo', '');
    const cf = type(live, 'cfImpresa', INVALID_IMPRESA_CF);
    expect(marks(cf)).toEqual({ path: 'employer.fiscalCode', severity: 'error', rules: 'common/fiscal-code' });
  });
});

/** What Finanziamenti on line has no field for: the agreement's terms and the workers' hiring dates. */
function lombardiaFacts(d: Draft): Draft {
  return {
    ...d,
    employer: { ...d.employer, category: 'artigiana', elbaMember: true },
    inps: { protocol: '', directPayment: true },
    agreement: { kind: 'standard', signedOn: '2015-10-05', start: '2015-10-05', end: '2015-12-31', workers: 2, cause: 'crisi aziendale' },
    workers: [
      { contract: 'full-time', fiscalCode: '', hiredOn: '2010-01-01' },
      { contract: 'full-time', fiscalCode: '', hiredOn: '2012-06-01' },
    ],
  } as Draft;
}

describe('a worker row added with the replica\'s "Aggiungi lavoratore" (AMINDER domanda)', () => {
  beforeAll(() => {
    // The replica's own client script (served as /replica/assets/replica.js): clones the <template> row.
    new Function(CLIENT_JS)();
  });

  it('gets its own marks on workers[2].… once typed, and the rows before it keep theirs', () => {
    const live = start('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-10', (d) => ({
      ...d,
      attachments: [{ name: 'dichiarazione.pdf', type: 'application/pdf', role: 'dichiarazione' }],
    }));
    const add = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Aggiungi lavoratore')!;
    add.click();
    const cf = field('lav-2-cf');
    const hired = field('lav-2-assunzione');
    expect(cf.closest('template')).toBeNull();
    live.rebind(); // what the content script's MutationObserver does on the added row
    expect(marks(cf).path).toBe('workers[2].fiscalCode');
    expect(marks(hired)).toEqual({ path: 'workers[2].hiredOn', severity: null, rules: null }); // empty: to complete, no mark
    // Its codice fiscale, still empty, is to complete too: not a wrong code.
    expect(marks(cf)).toEqual({ path: 'workers[2].fiscalCode', severity: null, rules: null });
    expect(live.state.unjudgedParts).toEqual(['workers[2]']);

    type(live, 'lav-2-cf', VALID_WORKER_CFS[2]);
    type(live, 'lav-2-assunzione', '24/02/2020');
    // «Tipo contratto» still on «Selezionare»: the row is to complete, not judged as a full-time one.
    expect(marks(hired).severity).toBeNull();
    expect(marks(field('lav-2-contratto'))).toEqual({ path: 'workers[2].contract', severity: null, rules: null });
    expect(live.state.unjudgedParts).toEqual(['workers[2]']);
    type(live, 'lav-2-contratto', 'full-time');
    expect(marks(hired)).toEqual({ path: 'workers[2].hiredOn', severity: 'error', rules: 'piemonte-2020/hired-by-cutoff' });
    expect(marks(cf)).toEqual({ path: 'workers[2].fiscalCode', severity: 'ok', rules: '' });
    expect(marks(field('lav-0-assunzione'))).toEqual({ path: 'workers[0].hiredOn', severity: 'ok', rules: '' });

    type(live, 'lav-2-cf', VALID_WORKER_CFS[0]); // the same person as row 1
    expect(marks(cf)).toEqual({ path: 'workers[2].fiscalCode', severity: 'error', rules: 'common/duplicate-worker' });
    type(live, 'lav-2-cf', VALID_WORKER_CFS[2]);
    type(live, 'lav-2-assunzione', '01/02/2020');
    expect(marks(hired)).toEqual({ path: 'workers[2].hiredOn', severity: 'ok', rules: '' });
    expect(marks(cf).severity).toBe('ok');
  });
});

describe('warning, info, and several rule ids on one field', () => {
  const aminder = (extra: Partial<Draft> = {}) =>
    start('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-10', (d) => ({
      ...d,
      attachments: [{ name: 'dichiarazione.pdf', type: 'application/pdf', role: 'dichiarazione' }],
      ...extra,
    }));
  const typeAgreement = (live: LivePage, kind: string, signed: string, from: string, to: string, workers: string) => {
    type(live, 'accordoTipo', kind);
    type(live, 'accordoData', signed);
    type(live, 'accordoInizio', from);
    type(live, 'accordoFine', to);
    type(live, 'accordoLavoratori', workers);
  };

  it('info: an agreement ending before the 9 weeks run out marks its end date info with agreement-span', () => {
    const live = aminder();
    typeAgreement(live, 'categorie', '06/03/2020', '09/03/2020', '05/04/2020', '2');
    const end = field('accordoFine');
    expect(marks(end)).toEqual({ path: 'agreement.end', severity: 'info', rules: 'piemonte-2020/agreement-span' });
    expect(end.hasAttribute('aria-invalid')).toBe(false); // info is not an error
    expect((end as HTMLElement).style.getPropertyValue('outline')).toBe(''); // nor anything to change: no outline
    expect(marks(field('accordoInizio')).severity).toBe('ok');
    type(live, 'accordoFine', '10/05/2020'); // 09/03 + 63 days - 1
    expect(marks(end)).toEqual({ path: 'agreement.end', severity: 'ok', rules: '' });
  });

  it('warning: a Commissione sindacale agreement signed 3 days after notifying the unions marks its date warning', () => {
    const live = aminder({ agreement: { kind: 'commissione-sindacale', unionsNotifiedOn: '2020-03-03' } as Draft['agreement'] });
    typeAgreement(live, 'commissione-sindacale', '06/03/2020', '09/03/2020', '10/05/2020', '2');
    const signed = field('accordoData');
    expect(marks(signed)).toEqual({ path: 'agreement.signedOn', severity: 'warning', rules: 'piemonte-2020/union-consultation' });
    expect(signed.hasAttribute('aria-invalid')).toBe(false);
    // What the operator sees: an amber outline (the attributes alone show nothing).
    expect((signed as HTMLElement).style.getPropertyValue('outline')).toBe('2px solid #b35c00');
    type(live, 'accordoData', '10/03/2020');
    expect(marks(signed)).toEqual({ path: 'agreement.signedOn', severity: 'ok', rules: '' });
    expect(signed.hasAttribute('style')).toBe(false);
    type(live, 'accordoTipo', 'categorie'); // not a Commissione agreement: no wait at all
    type(live, 'accordoData', '06/03/2020');
    expect(marks(signed).severity).toBe('ok');
  });

  it('two errors on the end date: both ids, space-separated, in data-cigd-rules', () => {
    const live = aminder({ previousApplications: [{ start: '2020-03-09', end: '2020-04-05' }] });
    type(live, 'dataInizio', '06/04/2020');
    type(live, 'dataFine', '11/05/2020'); // 36 days, 28 + 36 = 64 over the 9 weeks
    const end = field('dataFine');
    expect(marks(end).severity).toBe('error');
    expect(end.getAttribute('data-cigd-rules')).toMatch(/^\S+( \S+)+$/);
    expect(ruleList(end).sort()).toEqual(['piemonte-2020/application-length', 'piemonte-2020/total-nine-weeks']);
    type(live, 'dataFine', '10/05/2020'); // 35 days: the length passes, the total (63) passes too
    expect(marks(end)).toEqual({ path: 'period.end', severity: 'ok', rules: '' });
    type(live, 'dataFine', '20/05/2020'); // 45 days, 73 in all: both again
    expect(ruleList(end).sort()).toEqual(['piemonte-2020/application-length', 'piemonte-2020/total-nine-weeks']);
  });

  it('errors and a warning on one field (Lombardia 2015): severity is the worst, every id is listed', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10', lombardiaFacts);
    const end = field('dataFineCigd');
    expect(marks(end)).toEqual({ path: 'period.end', severity: 'ok', rules: '' });
    type(live, 'dataFineCigd', '20/01/2016'); // 108 days, into 2016, after today
    expect(marks(end).severity).toBe('error');
    expect(ruleList(end).sort()).toEqual(['lombardia-2015/actual-data', 'lombardia-2015/ends-2015', 'lombardia-2015/max-90-days']);
    type(live, 'dataFineCigd', '18/12/2015');
    expect(marks(end)).toEqual({ path: 'period.end', severity: 'ok', rules: '' });
  });

  it('warning only (Lombardia 2015): the CIGD starting before the agreement is signed marks both dates warning', () => {
    const live = start('finanziamenti-domanda.filled.html', 'finanziamenti-domanda', '2016-01-10', lombardiaFacts);
    const startField = field('dataInizioCigd');
    const signed = type(live, 'dataAccordo', '12/10/2015');
    expect(marks(startField)).toEqual({ path: 'period.start', severity: 'warning', rules: 'lombardia-2015/start-after-agreement' });
    expect(marks(signed)).toEqual({ path: 'agreement.signedOn', severity: 'warning', rules: 'lombardia-2015/start-after-agreement' });
    expect(startField.hasAttribute('aria-invalid')).toBe(false);
    type(live, 'dataInizioCigd', '12/10/2015');
    expect(marks(startField)).toEqual({ path: 'period.start', severity: 'ok', rules: '' });
    expect(marks(signed).severity).toBe('ok');
  });
});

describe('a worker\'s name asked in two fields (AMINDER Cognome and Nome)', () => {
  it('a finding on workers[1].name marks both fields of row 2, and neither of row 1', () => {
    fixture('aminder-domanda.filled.html');
    const finding: Finding = { rule: 'test/worker-name', severity: 'warning', message: 'Nome da verificare.', fields: ['workers[1].name'], source: 'test' };
    applyMarks(bindFields(document, adapters['aminder-domanda']), marksByPath([finding], []), () => true);
    for (const id of ['lav-1-cognome', 'lav-1-nome']) {
      expect(marks(field(id))).toEqual({ path: 'workers[1].name', severity: 'warning', rules: 'test/worker-name' });
    }
    for (const id of ['lav-0-cognome', 'lav-0-nome']) expect(marks(field(id))).toEqual({ path: 'workers[0].name', severity: 'ok', rules: '' });
  });
});
