// @vitest-environment jsdom
/**
 * Reading the replica's saved pages (test/fixtures) as the operator fills
 * them: what is empty is only missing, numbers as typed in Italy, every menu
 * the rules need, and pages not read yet say nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { adapters } from '../pages/adapters.ts';
import type { PageKind } from '../pages/detect.ts';
import { BAD_DATE, emptyDraft, parseNumberIt, readPage } from './read-page.ts';
import type { Binding } from '../pages/bind.ts';
import { LivePage } from './live-page.ts';
import { judgePartial } from './judge-partial.ts';

function open(name: string, kind: PageKind, today = '2016-01-15') {
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../test/fixtures', name), 'utf8');
  const adapter = adapters[kind];
  return new LivePage(document, { adapter, stored: emptyDraft(adapter), today: () => today });
}

function set(live: LivePage, id: string, value: string) {
  (document.getElementById(id) as HTMLInputElement).value = value;
  live.refresh();
}

const marked = () => Array.from(document.querySelectorAll('[data-cigd-severity], [aria-invalid="true"]')).map((el) => el.id);

beforeEach(() => (document.documentElement.innerHTML = ''));

describe('1. an empty field is missing, not an error', () => {
  it('a brand-new AMINDER domanda marks nothing, and never gives ISO date advice', () => {
    const live = open('aminder-domanda.empty.html', 'aminder-domanda', '2020-04-15');
    expect(marked()).toEqual([]);
    expect(live.state.problems.length).toBeGreaterThan(0);
    expect(live.state.problems.every((p) => p.missing)).toBe(true);
    expect(JSON.stringify(live.state.problems)).not.toMatch(/AAAA/);
  });

  it.each([
    ['finanziamenti-domanda.empty.html', 'finanziamenti-domanda'],
    ['geco-dettaglio-azienda.empty.html', 'geco-azienda'],
    ['geco-anagrafica-azienda.empty.html', 'geco-azienda'],
  ] as const)('nothing is marked on the empty %s either', (name, kind) => {
    open(name, kind);
    expect(marked()).toEqual([]);
  });

  it('a malformed typed date is an error that says gg/mm/aaaa', () => {
    const live = open('aminder-domanda.empty.html', 'aminder-domanda', '2020-04-15');
    set(live, 'dataInizio', '2020-03-09');
    const start = document.getElementById('dataInizio')!;
    expect(start.getAttribute('data-cigd-severity')).toBe('error');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(live.state.problems.find((p) => p.path === 'period.start')?.message).toMatch(/gg\/mm\/aaaa/);
  });
});

describe('2. numbers as typed in Italy', () => {
  it.each([['37.5', 37.5], ['37,5', 37.5], ['1.234', 1234], ['1.234,5', 1234.5], ['1.234.567', 1234567], ['40', 40]])('%s → %s', (text, n) => {
    expect(parseNumberIt(text)).toBe(n);
  });

  it.each(['1.5,5', '1,234.5', '0x10', '1e3', '-4', '1,2,3', '12.34.5', ',5', '1..2', 'Infinity'])('%s is not a number', (text) => {
    expect(parseNumberIt(text)).toBeNaN();
  });

  it('"1e3" typed in Ore richieste is an input error, not 1000 hours', () => {
    const live = open('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-15');
    set(live, 'lav-0-ore', '1e3');
    expect(live.state.draft.workers[0].requestedHours).toBeUndefined();
    expect(document.getElementById('lav-0-ore')!.getAttribute('data-cigd-severity')).toBe('error');
  });

  it('"37.5" typed in Ore richieste is 37.5 hours, not 375', () => {
    const live = open('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-15');
    set(live, 'lav-0-ore', '37.5');
    expect(live.state.draft.workers[0].requestedHours).toBe(37.5);
  });
});

describe('3. Finanziamenti on line: section A, E and the agreement kind are read', () => {
  it('the ELBA domanda filled as seed 003 asks gives none of the four errors', () => {
    const live = open('finanziamenti-domanda.filled.html', 'finanziamenti-domanda');
    expect(live.state.draft.employer).toMatchObject({ category: 'artigiana', elbaMember: true });
    expect(live.state.draft.kind).toBe('elba-addendum-f');
    expect(live.state.draft.inps).toMatchObject({ directPayment: true });
    expect(live.state.draft.agreement).toMatchObject({ kind: 'standard', cause: 'crisi aziendale' });
    const rules = (l: LivePage) => l.state.findings.map((f) => f.rule);
    for (const r of ['lombardia-2015/elba-only', 'lombardia-2015/agreement-kind', 'lombardia-2015/inps-protocol']) expect(rules(live)).not.toContain(r);
    // Once the facts the page does not ask are given, the agreement is judged, and still fine.
    live.updateDraft((d) => ({ ...d, agreement: { ...d.agreement!, start: '2015-10-05', end: '2015-12-18', workers: 2 },
      workers: d.workers.map((w) => ({ ...w, hiredOn: '2010-01-01' })) }));
    expect(live.state.unjudgedParts).toEqual([]);
    for (const r of ['lombardia-2015/elba-only', 'lombardia-2015/agreement-kind', 'lombardia-2015/inps-protocol']) expect(rules(live)).not.toContain(r);
  });

  it('no agreement kind chosen is not guessed', () => {
    const live = open('finanziamenti-domanda.filled.html', 'finanziamenti-domanda');
    set(live, 'tipologiaAccordo', '');
    expect(live.state.draft.agreement?.kind).toBeUndefined();
    set(live, 'tipologiaAziendale', 'Impresa');
    expect(live.state.draft.employer).toMatchObject({ category: 'impresa' });
    expect(live.state.draft.employer.elbaMember).toBeUndefined();
  });
});

describe('4. a page nothing is read from shows no findings and no marks', () => {
  it.each([
    ['aminder-consuntivo.filled.html', 'aminder-consuntivo'],
    ['finanziamenti-dossier.filled.html', 'finanziamenti-dossier'],
    ['finanziamenti-sospensione.empty.html', 'finanziamenti-dossier'],
    ['finanziamenti-rendicontazione.filled.html', 'finanziamenti-dossier'],
  ] as const)('%s', (name, kind) => {
    const live = open(name, kind);
    expect(live.state).toMatchObject({ unread: true, findings: [], problems: [], bindings: [] });
    expect(marked()).toEqual([]);
  });
});

describe('5. AMINDER\'s Causale and GECO\'s Azienda artigiana', () => {
  it('the 2016-17 scavalco (crisi aziendale from 01/01/2017) is the supplementary application, not an ordinary one', () => {
    const live = open('aminder-domanda-scavalco.filled.html', 'aminder-domanda', '2016-12-20');
    expect(live.state.draft.kind).toBe('supplementare-2016-2017');
    expect(live.state.findings.map((f) => f.rule)).not.toContain('piemonte-2016/ordinary-ends-2016');
    set(live, 'causale', 'apprendisti-cigs');
    expect(live.state.draft.kind).toBe('apprendisti-cigs');
  });

  it('«Cessazione» marks the firm in cessation; another causale chosen after it undoes it', () => {
    const live = open('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-15');
    set(live, 'causale', 'cessazione');
    expect(live.state.draft.employer.inCessation).toBe(true);
    for (const other of ['crisi-aziendale', 'covid-19', 'apprendisti-cigs']) {
      set(live, 'causale', 'cessazione');
      set(live, 'causale', other);
      expect(live.state.draft.employer.inCessation).toBe(false);
    }
  });

  it('a date that is not one gets the same message typed on the page as stored in the draft', () => {
    const live = open('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-15');
    set(live, 'dataInizio', '31/02/2020');
    const typed = live.state.problems.find((p) => p.path === 'period.start')?.message;
    const stored = judgePartial({ ...live.state.draft, period: { start: '2020-03-09', end: '2020-13-01' } }, '2020-04-15')
      .problems.find((p) => p.path === 'period.end')?.message;
    expect(typed).toBe(BAD_DATE);
    expect(stored).toBe(BAD_DATE);
  });

  it('COVID-19 is an ordinary application', () => {
    const live = open('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-15');
    expect(live.state.draft.kind).toBe('ordinaria');
  });

  it('flagArtigiana «Sì» makes the employer artigiana; «No» back to impresa', () => {
    const live = open('geco-dettaglio-azienda.filled.html', 'geco-azienda');
    const yes = document.getElementById('flagArtigiana-S') as HTMLInputElement;
    const no = document.getElementById('flagArtigiana-N') as HTMLInputElement;
    expect(live.state.draft.employer.category).toBe('impresa');
    yes.checked = true;
    live.refresh();
    expect(live.state.draft.employer.category).toBe('artigiana');
    no.checked = true;
    expect(live.isBound(no)).toBe(true); // the content script refreshes on the other radio too
    live.refresh();
    expect(live.state.draft.employer.category).toBe('impresa');
  });
});

describe('6. a worker name asked in two fields (Cognome, Nome) is one name, given name first', () => {
  const adapter = adapters['aminder-domanda'];
  /** Row 1's name fields as an adapter binds them, and a stored draft whose worker already had a name. */
  function nameOf(family: string, given: string) {
    document.body.innerHTML = '<input id="c"><input id="n">';
    const input = (id: string, value: string) => Object.assign(document.getElementById(id) as HTMLInputElement, { value });
    const bindings: Binding[] = [
      { element: input('c', family), path: 'workers[0].name', type: 'text', label: 'Nome e cognome (riga 1)', part: 'family', reason: 'label', row: { index: 0, field: 'name' } },
      { element: input('n', given), path: 'workers[0].name', type: 'text', label: 'Nome e cognome (riga 1)', part: 'given', reason: 'label', row: { index: 0, field: 'name' } },
    ];
    const stored = { ...emptyDraft(adapter), workers: [{ fiscalCode: '', name: 'Nome Vecchio', hiredOn: '2015-01-01', contract: 'part-time' as const }] };
    const [worker, ...others] = readPage(stored, bindings).draft.workers;
    // The row is the stored worker's: its other facts stay.
    expect(others).toEqual([]);
    expect(worker).toMatchObject({ hiredOn: '2015-01-01', contract: 'part-time' });
    return worker;
  }

  it('both parts: given name first («Mario Rossi») though the page asks the surname first, spaces trimmed', () => {
    expect(nameOf('Rossi', 'Mario').name).toBe('Mario Rossi');
    expect(nameOf(' De Luca ', ' Anna Maria').name).toBe('Anna Maria De Luca');
  });

  it('one part empty: the other alone', () => {
    expect(nameOf('Rossi', '').name).toBe('Rossi');
    expect(nameOf('', 'Mario').name).toBe('Mario');
  });

  it('both empty: no name (the worker is named by its row), not an empty one', () => {
    expect(nameOf('', '')).not.toHaveProperty('name');
    expect(nameOf('  ', '')).not.toHaveProperty('name');
  });

  it('on the AMINDER page, the panel\'s facts stay with their worker as before: a row removed, a whole code mended at once', () => {
    const live = open('aminder-domanda.filled.html', 'aminder-domanda', '2020-04-10');
    live.updateDraft((d) => ({ ...d, workers: d.workers.map((w, i) => ({ ...w, intermittent: { daysWorkedLast12Months: 100 + i, calledBeforeCause: true } })) }));
    const codeOfLaura = live.state.draft.workers[1].fiscalCode;
    document.getElementById('lav-0')!.remove();
    live.rebind();
    expect(live.state.draft.workers).toEqual([expect.objectContaining({ fiscalCode: codeOfLaura, name: 'Laura Bianchi', intermittent: { daysWorkedLast12Months: 101, calledBeforeCause: true } })]);
    // The same worker's code pasted over a wrong one: the rest of the row, her name too, reads as before.
    set(live, 'lav-1-cf', `${codeOfLaura.slice(0, 15)}X`);
    set(live, 'lav-1-cf', codeOfLaura);
    expect(live.state.draft.workers[0]).toMatchObject({ name: 'Laura Bianchi', intermittent: { daysWorkedLast12Months: 101 } });
  });
});
