// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapters } from '../pages/adapters.ts';
import { emptyDraft } from './read-page.ts';
import { LivePage } from './live-page.ts';
import { clearMarks } from './marks.ts';
import { aminderDomandaHtml } from '../test/aminder-sample.ts';
import { VALID_WORKER_CFS } from '../../rules/testing.ts';

const adapter = adapters['aminder-domanda'];

function page(workers = [{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]) {
  document.body.innerHTML = aminderDomandaHtml(workers);
  const stored = emptyDraft(adapter);
  stored.attachments = [{ name: 'dichiarazione.pdf', type: 'application/pdf', role: 'dichiarazione' }];
  return new LivePage(document, { adapter, stored, today: () => '2020-04-10' });
}

function type(id: string, value: string, live: LivePage) {
  const el = document.getElementById(id) as HTMLInputElement;
  el.value = value;
  live.refresh();
  return el;
}

describe('live checks on an AMINDER domanda', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('reads the page into a draft, with dates from dd/MM/yyyy', () => {
    const live = page();
    expect(live.state.draft.period).toEqual({ start: '2020-03-09', end: '2020-04-05' });
    expect(live.state.draft.employer.fiscalCode).toBe('01234567897');
    expect(live.state.draft.workers[0]).toMatchObject({ fiscalCode: VALID_WORKER_CFS[0], hiredOn: '2015-01-01' });
    expect(live.state.draft.unit.region).toBe('Piemonte');
  });

  it('a 36-day period marks period.end with application-length; 35 days clears it', () => {
    const live = page();
    const end = type('al', '13/04/2020', live); // 09/03 → 13/04 is 36 days
    expect(end.getAttribute('data-cigd-path')).toBe('period.end');
    expect(end.getAttribute('data-cigd-severity')).toBe('error');
    expect(end.getAttribute('data-cigd-rules')).toContain('piemonte-2020/application-length');
    type('al', '12/04/2020', live);
    expect(end.getAttribute('data-cigd-rules')).not.toContain('piemonte-2020/application-length');
    expect(live.state.verdict?.computed.latestEnd).toBe('2020-04-12');
  });

  it('a worker hired on 24/02/2020 is marked on that row only', () => {
    const live = page([
      { cf: VALID_WORKER_CFS[0], hired: '01/01/2015' },
      { cf: VALID_WORKER_CFS[1], hired: '24/02/2020' },
    ]);
    expect(document.getElementById('lav-1-ass')!.getAttribute('data-cigd-rules')).toContain('piemonte-2020/hired-by-cutoff');
    expect(document.getElementById('lav-0-ass')!.getAttribute('data-cigd-severity')).toBe('ok');
    type('lav-1-ass', '23/02/2020', live);
    expect(document.getElementById('lav-1-ass')!.getAttribute('data-cigd-rules')).not.toContain('piemonte-2020/hired-by-cutoff');
  });

  it('a half-typed row does not stop the checks of the others', () => {
    const live = page([
      { cf: VALID_WORKER_CFS[0], hired: '01/01/2015' },
      { cf: '', hired: '' },
    ]);
    expect(live.state.verdict).not.toBeNull();
    // Empty, not typed yet: to complete, not an error.
    expect(document.getElementById('lav-1-ass')!.hasAttribute('data-cigd-severity')).toBe(false);
    expect(live.state.problems).toContainEqual({ path: 'workers[1].hiredOn', message: 'da compilare', missing: true });
    type('al', '13/04/2020', live);
    expect(document.getElementById('al')!.getAttribute('data-cigd-rules')).toContain('piemonte-2020/application-length');
  });

  it('a date that is not dd/MM/yyyy is marked, not lost', () => {
    const live = page();
    const start = type('dal', '31/02/2020', live);
    expect(start.getAttribute('data-cigd-severity')).toBe('error');
    expect(start.getAttribute('data-cigd-rules')).toBe('input/format');
    expect(start.value).toBe('31/02/2020');
    expect(live.state.problems[0]).toMatchObject({ path: 'period.start' });
  });

  it('"Usa questa data" writes the latest end date into the field and the page sees an input event', () => {
    const live = page();
    type('al', '30/04/2020', live);
    const latest = live.state.verdict!.computed.latestEnd as string;
    let seen = 0;
    document.getElementById('al')!.addEventListener('input', () => seen++);
    live.writeField('period.end', latest.split('-').reverse().join('/'));
    live.refresh();
    expect((document.getElementById('al') as HTMLInputElement).value).toBe('12/04/2020');
    expect(seen).toBe(1);
    expect(document.getElementById('al')!.getAttribute('data-cigd-severity')).toBe('ok');
  });

  it('facts from the panel are kept in the draft across page reads', () => {
    const live = page();
    live.updateDraft((d) => ({ ...d, previousApplications: [{ start: '2020-02-23', end: '2020-03-08' }] }));
    type('al', '05/04/2020', live);
    expect(live.state.draft.previousApplications).toHaveLength(1);
    expect(live.state.verdict?.computed.daysUsed).toBe(15 + 28);
  });

  it('removing a worker row keeps the panel\'s facts with their worker (by codice fiscale) and drops the removed worker\'s', () => {
    const live = page([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }, { cf: VALID_WORKER_CFS[1], hired: '01/01/2016' }]);
    live.updateDraft((d) => ({ ...d, workers: d.workers.map((w, i) => ({ ...w, name: `W${i}`, intermittent: { daysWorkedLast12Months: 100 + i, calledBeforeCause: true } })) }));
    document.querySelector('.riga-lavoratore')!.remove();
    live.rebind();
    expect(live.state.draft.workers).toHaveLength(1);
    expect(live.state.draft.workers[0]).toMatchObject({ fiscalCode: VALID_WORKER_CFS[1], name: 'W1', intermittent: { daysWorkedLast12Months: 101 } });
    // A row with no code yet keeps its facts by position.
    type('lav-1-cf', '', live);
    live.updateDraft((d) => ({ ...d, workers: [{ ...d.workers[0], name: 'SENZA CF' }] }));
    type('lav-1-ass', '02/01/2016', live);
    expect(live.state.draft.workers[0].name).toBe('SENZA CF');
  });

  it('correcting one character of a whole codice fiscale keeps the panel\'s facts on that row; the other worker keeps its own', () => {
    const typo = `${VALID_WORKER_CFS[0].slice(0, 15)}X`;
    const live = page([{ cf: typo, hired: '01/01/2015' }, { cf: VALID_WORKER_CFS[1], hired: '01/01/2016' }]);
    live.updateDraft((d) => ({ ...d, workers: d.workers.map((w, i) => ({ ...w, name: `W${i}`, intermittent: { daysWorkedLast12Months: 100 + i, calledBeforeCause: true } })) }));
    // The last character overtyped: 16 characters before, 16 after, in one input event.
    type('lav-0-cf', VALID_WORKER_CFS[0], live);
    expect(live.state.draft.workers[0]).toMatchObject({ fiscalCode: VALID_WORKER_CFS[0], name: 'W0', intermittent: { daysWorkedLast12Months: 100 } });
    expect(live.state.draft.workers[1]).toMatchObject({ fiscalCode: VALID_WORKER_CFS[1], name: 'W1', intermittent: { daysWorkedLast12Months: 101 } });
    // A row given the code of the worker on another row is that worker (a duplicate), never heir to this row's facts.
    type('lav-1-cf', VALID_WORKER_CFS[0], live);
    expect(live.state.draft.workers[1].name).toBeUndefined();
  });

  it('a row whose whole code and hiring date change at once (the page reloaded with another worker) does not inherit the facts', () => {
    const live = page([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    live.updateDraft((d) => ({ ...d, workers: [{ ...d.workers[0], name: 'W0', cigdDays: 12 }] }));
    (document.getElementById('lav-0-cf') as HTMLInputElement).value = VALID_WORKER_CFS[2];
    type('lav-0-ass', '16/09/2019', live);
    expect(live.state.draft.workers).toHaveLength(1);
    expect(live.state.draft.workers[0]).toMatchObject({ fiscalCode: VALID_WORKER_CFS[2], hiredOn: '2019-09-16' });
    expect(live.state.draft.workers[0].name).toBeUndefined();
    expect(live.state.draft.workers[0].cigdDays).toBeUndefined();
  });

  it('with the end date empty the rules wait: only the codes (checked anyway) may be ok, the empty field is not marked, and typing the date judges the row', () => {
    const live = page([{ cf: VALID_WORKER_CFS[0], hired: '24/02/2020' }]);
    const end = type('al', '', live);
    const hired = document.getElementById('lav-0-ass')!;
    expect(live.state.verdict).toBeNull();
    expect(end.hasAttribute('data-cigd-severity')).toBe(false);
    expect(end.hasAttribute('aria-invalid')).toBe(false);
    expect(live.state.problems).toEqual([{ path: 'period.end', message: 'da compilare', missing: true }]);
    expect(hired.getAttribute('data-cigd-path')).toBe('workers[0].hiredOn');
    expect(hired.hasAttribute('data-cigd-severity')).toBe(false);
    expect(hired.hasAttribute('data-cigd-rules')).toBe(false);
    // The codici fiscali are checked whatever else is missing; nothing else claims ok.
    const ok = [...document.querySelectorAll('[data-cigd-severity="ok"]')].map((el) => el.getAttribute('data-cigd-path'));
    expect(ok.sort()).toEqual(['employer.fiscalCode', 'workers[0].fiscalCode']);
    type('lav-0-cf', 'RSSMRA80A01L219X', live);
    expect(document.getElementById('lav-0-cf')!.getAttribute('data-cigd-rules')).toBe('common/fiscal-code');
    type('lav-0-cf', VALID_WORKER_CFS[0], live);
    type('al', '05/04/2020', live);
    expect(hired.getAttribute('data-cigd-severity')).toBe('error');
    expect(hired.getAttribute('data-cigd-rules')).toContain('piemonte-2020/hired-by-cutoff');
    expect(end.getAttribute('data-cigd-severity')).toBe('ok');
  });

  it('a row left out of the checks (hiring date missing): only its codice fiscale is checked, its other fields claim nothing', () => {
    const live = page([
      { cf: VALID_WORKER_CFS[0], hired: '01/01/2015' },
      { cf: VALID_WORKER_CFS[1], hired: '' },
    ]);
    expect(live.state.verdict).not.toBeNull();
    expect(live.state.unjudgedParts).toEqual(['workers[1]']);
    expect(document.getElementById('lav-1-ass')!.hasAttribute('data-cigd-rules')).toBe(false);
    expect(document.getElementById('lav-1-cf')!.getAttribute('data-cigd-severity')).toBe('ok');
    expect(document.getElementById('lav-0-cf')!.getAttribute('data-cigd-severity')).toBe('ok');
    // A wrong code on the row left out is still an error; so is the same worker twice.
    type('lav-1-cf', VALID_WORKER_CFS[0], live);
    expect(document.getElementById('lav-1-cf')!.getAttribute('data-cigd-rules')).toBe('common/duplicate-worker');
    type('lav-1-cf', VALID_WORKER_CFS[1], live);
    type('lav-1-ass', '24/02/2020', live);
    expect(document.getElementById('lav-1-cf')!.getAttribute('data-cigd-severity')).toBe('ok');
    expect(document.getElementById('lav-1-ass')!.getAttribute('data-cigd-rules')).toContain('piemonte-2020/hired-by-cutoff');
  });

  it('a complete row repeating a row left out is marked as the same worker, once', () => {
    const live = page([
      { cf: VALID_WORKER_CFS[0], hired: '' },
      { cf: VALID_WORKER_CFS[0], hired: '01/01/2015' },
    ]);
    expect(live.state.unjudgedParts).toEqual(['workers[0]']);
    expect(document.getElementById('lav-1-cf')!.getAttribute('data-cigd-rules')).toBe('common/duplicate-worker');
    expect(live.state.findings.filter((f) => f.rule === 'common/duplicate-worker')).toHaveLength(1);
    type('lav-0-ass', '01/01/2016', live);
    expect(live.state.findings.filter((f) => f.rule === 'common/duplicate-worker')).toHaveLength(1);
    expect(live.state.findings.filter((f) => f.rule === 'common/fiscal-code')).toHaveLength(0);
  });

  it('the page\'s own aria-invalid stays; only the one the extension set is removed', () => {
    const live = page();
    const den = document.getElementById('den')!;
    den.setAttribute('aria-invalid', 'true'); // the portal's own validation
    const start = type('dal', '31/02/2020', live);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    type('dal', '09/03/2020', live);
    expect(start.hasAttribute('aria-invalid')).toBe(false);
    expect(den.getAttribute('data-cigd-severity')).toBe('ok');
    expect(den.getAttribute('aria-invalid')).toBe('true');
  });

  it('a field the page had flagged keeps its aria-invalid after our error clears; one it had set to false gets false back', () => {
    const live = page();
    const start = document.getElementById('dal')!;
    start.setAttribute('aria-invalid', 'true');
    type('dal', '31/02/2020', live);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    type('dal', '09/03/2020', live);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    const end = document.getElementById('al')!;
    end.setAttribute('aria-invalid', 'false');
    type('al', '31/02/2020', live);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    type('al', '05/04/2020', live);
    expect(end.getAttribute('aria-invalid')).toBe('false');
  });

  it('an error is outlined in red on the field itself, taken off once corrected; the page\'s own inline outline comes back', () => {
    const live = page();
    const end = type('al', '13/04/2020', live);
    expect(end.style.getPropertyValue('outline')).toBe('2px solid #b00020');
    expect(end.style.getPropertyPriority('outline')).toBe('important'); // the portal's :focus styles do not hide it
    type('al', '12/04/2020', live);
    expect(end.style.getPropertyValue('outline')).toBe('');
    expect(end.hasAttribute('style')).toBe(false); // no empty style="" left behind
    const start = document.getElementById('dal') as HTMLInputElement;
    start.style.outline = '1px dotted blue'; // the portal's own
    type('dal', '31/02/2020', live);
    expect(start.style.getPropertyValue('outline')).toBe('2px solid #b00020');
    type('dal', '09/03/2020', live);
    expect(start.style.getPropertyValue('outline')).toBe('1px dotted blue');
  });

  it('when the run ends (clearMarks), no outline of ours stays on the page', () => {
    const live = page();
    const end = type('al', '13/04/2020', live);
    expect(end.style.getPropertyValue('outline')).not.toBe('');
    clearMarks(document);
    expect(end.hasAttribute('style')).toBe(false);
    expect(end.getAttribute('aria-invalid')).toBeNull();
  });
});
