// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { adapters } from '../pages/adapters.ts';
import { BAD_DATE, emptyDraft } from '../live/read-page.ts';
import { LivePage, type LiveState } from '../live/live-page.ts';
import type { Finding } from '../../rules/index.ts';
import { aminderDomandaHtml } from '../test/aminder-sample.ts';
import { VALID_WORKER_CFS } from '../../rules/testing.ts';
import { Overlay, type OverlayActions } from './Overlay.tsx';

const adapter = adapters['aminder-domanda'];

function setup(workers: { cf: string; hired: string }[]) {
  document.body.innerHTML = `${aminderDomandaHtml(workers)}<div id="overlay"></div>`;
  const overlay = document.getElementById('overlay')!;
  const live = new LivePage(document, { adapter, stored: emptyDraft(adapter), today: () => '2020-04-10' });
  const actions: OverlayActions = {
    focusField: (path) => live.focusField(path),
    writeField: (path, text) => live.writeField(path, text),
    // As the content script does: a new draft state paints the overlay again.
    updateDraft: (change) => {
      live.updateDraft(change);
      paint();
    },
  };
  const paint = () => render(<Overlay state={live.state} actions={actions} />, overlay);
  const type = (id: string, value: string) => {
    (document.getElementById(id) as HTMLInputElement).value = value;
    live.refresh();
    paint();
  };
  paint();
  const update = actions.updateDraft;
  return { overlay, type, update, live };
}


/**
 * Types `text` into the overlay's own input for `path` and presses its button:
 * the message it then shows, or null (once stored, the fact is no longer
 * missing and its input is gone).
 */
function answerFact(overlay: Element, path: string, text: string): string | null {
  const box = overlay.querySelector(`[data-fact="${path}"]`)!;
  const input = box.querySelector('input')!;
  input.value = text;
  act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => box.querySelector('button')!.click());
  return overlay.querySelector(`[data-fact="${path}"] [role="alert"]`)?.textContent ?? null;
}

describe('the overlay while the rules cannot run', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('says the checks wait for the end date, and lists the findings once it is typed', () => {
    const { overlay, type } = setup([{ cf: VALID_WORKER_CFS[0], hired: '24/02/2020' }]);
    type('al', '');
    expect(overlay.querySelector('[data-status="waiting"]')?.textContent).toContain('Controlli in attesa');
    expect(overlay.querySelector('h2')!.textContent).toContain('controlli in attesa');
    // Named by the page's label, and only to complete: not counted as an error.
    expect(overlay.querySelector('[data-rule="input/format"]')?.textContent).toBe('Data fine periodo da compilare');
    expect(overlay.querySelector('[data-rule="input/format"]')!.className).toBe('missing');
    expect(overlay.querySelector('[data-rule="piemonte-2020/hired-by-cutoff"]')).toBeNull();
    type('al', '05/04/2020');
    expect(overlay.querySelector('[data-status="waiting"]')).toBeNull();
    expect(overlay.querySelector('h2')!.textContent).not.toContain('in attesa');
    expect(overlay.querySelector('[data-rule="piemonte-2020/hired-by-cutoff"]')).not.toBeNull();
  });

  it('names an agreement left out because half filled, while the rest is judged; gone once complete', () => {
    const { overlay, update, live } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    update((d) => ({ ...d, agreement: { kind: 'categorie', signedOn: '2020-03-01' } as never }));
    expect(live.state.verdict).not.toBeNull();
    expect(live.state.unjudgedParts).toEqual(['agreement']);
    expect(overlay.querySelector('[data-status="waiting"]')).toBeNull();
    expect(overlay.querySelector('[data-status="parts-waiting"]')?.textContent).toContain('l’accordo sindacale');
    update((d) => ({ ...d, agreement: { kind: 'categorie', signedOn: '2020-03-01', start: '2020-03-09', end: '2020-05-10', workers: 1 } }));
    expect(live.state.unjudgedParts).toEqual([]);
    expect(overlay.querySelector('[data-status="parts-waiting"]')).toBeNull();
  });

  it('asks, in its own inputs, what the rules need and the page has no field for, and judges the agreement once given', () => {
    const { overlay, update, live } = setup([
      { cf: VALID_WORKER_CFS[0], hired: '01/01/2015' },
      { cf: VALID_WORKER_CFS[1], hired: '' }, // the page has this field: typed there, not asked here
    ]);
    update((d) => ({ ...d, agreement: { kind: 'categorie', signedOn: '2020-03-01' } as never }));
    const asked = [...overlay.querySelectorAll('[data-fact]')].map((el) => el.getAttribute('data-fact'));
    expect(asked.sort()).toEqual(['agreement.end', 'agreement.start', 'agreement.workers']);
    const answer = (path: string, text: string) => answerFact(overlay, path, text);
    answer('agreement.start', '2020-03-09'); // not dd/MM/yyyy: refused, nothing stored
    expect(overlay.querySelector('[data-fact="agreement.start"] [role="alert"]')?.textContent).toContain('gg/mm/aaaa');
    expect(live.state.draft.agreement).not.toHaveProperty('start');
    answer('agreement.start', '09/03/2020');
    answer('agreement.end', '10/05/2020');
    answer('agreement.workers', 'due');
    expect(live.state.draft.agreement).not.toHaveProperty('workers');
    answer('agreement.workers', '2');
    expect(live.state.draft.agreement).toMatchObject({ start: '2020-03-09', end: '2020-05-10', workers: 2 });
    expect(live.state.unjudgedParts).toEqual(['workers[1]']); // the agreement is judged; the row still waits for its date on the page
    expect(overlay.querySelector('[data-status="missing-facts"]')).toBeNull();
  });

  it('reads its own inputs as the page\'s fields are read: «1.000» is a thousand, «1,5» and «abc» are refused, 31/02/2020 is no date', () => {
    const { overlay, update, live } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    update((d) => ({ ...d, agreement: { kind: 'categorie', signedOn: '2020-03-01' } as never }));
    const answer = (path: string, text: string) => answerFact(overlay, path, text);
    expect(answer('agreement.start', '31/02/2020')).toBe(BAD_DATE);
    expect(live.state.draft.agreement).not.toHaveProperty('start');
    for (const text of ['1,5', 'abc']) {
      expect(answer('agreement.workers', text)).toBe('Scrivere un numero intero.');
      expect(live.state.draft.agreement).not.toHaveProperty('workers');
    }
    expect(answer('agreement.workers', '1.000')).toBeNull();
    expect(live.state.draft.agreement).toMatchObject({ workers: 1000 });
    expect(overlay.querySelector('[data-fact="agreement.workers"]')).toBeNull();
  });

  it('names a fact in its own input as the list of fields to complete names it', () => {
    const { overlay, update } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    update((d) => ({ ...d, agreement: { kind: 'categorie', signedOn: '2020-03-01' } as never }));
    const listed = overlay.querySelector('[data-rule="input/format"] button[data-path="agreement.start"]')!.textContent;
    expect(listed).toBe('Data inizio accordo');
    expect(overlay.querySelector('[data-fact="agreement.start"] label')!.textContent).toBe(`${listed} (gg/mm/aaaa)`);
  });

  it('while the period is missing, a wrong codice fiscale is still listed and counted', () => {
    const { overlay, type } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    type('al', '');
    type('lav-0-cf', 'RSSMRA80A01L219X');
    expect(overlay.querySelector('[data-status="waiting"]')).not.toBeNull();
    expect(overlay.querySelector('[data-rule="common/fiscal-code"]')?.textContent).toContain('codice fiscale');
  });

  it('names the worker row the rules left out until its hiring date is typed', () => {
    const { overlay, type } = setup([
      { cf: VALID_WORKER_CFS[0], hired: '01/01/2015' },
      { cf: VALID_WORKER_CFS[1], hired: '' },
    ]);
    expect(overlay.querySelector('[data-status="waiting"]')).toBeNull();
    expect(overlay.querySelector('[data-status="rows-waiting"]')?.textContent).toContain('riga 2');
    type('lav-1-ass', '01/01/2016');
    expect(overlay.querySelector('[data-status="rows-waiting"]')).toBeNull();
  });
});

describe('the panel of facts the portal has no field for', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('asks an intermittent worker\'s CIGD days: 14 over a cap of 13 (68 days worked) is the intermittent-cap error, 13 clears it', () => {
    const { overlay, update, live } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    update((d) => ({ ...d, workers: [{ ...d.workers[0], contract: 'intermittent', intermittent: { daysWorkedLast12Months: 68, calledBeforeCause: true } }] }));
    const input = overlay.querySelector<HTMLInputElement>('#cigd-days-0')!;
    expect(overlay.querySelector('label[for="cigd-days-0"]')!.textContent).toBe('Giorni di CIGD chiesti (in tutte le domande)');
    const typeDays = (text: string) => act(() => { input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); });
    const capped = () => live.state.findings.filter((f) => f.rule === 'piemonte-2020/intermittent-cap' && f.severity === 'error');
    expect(capped()).toEqual([]);
    typeDays('14');
    expect(live.state.draft.workers[0].cigdDays).toBe(14);
    expect(capped()).toHaveLength(1);
    expect(capped()[0].fields).toEqual(['workers[0].cigdDays']);
    typeDays('2,5');
    expect(overlay.querySelector('[aria-label="Dati che il portale non chiede"] [role="alert"]')?.textContent).toBe('Scrivere un numero intero di giorni (0 o più).');
    expect(live.state.draft.workers[0].cigdDays).toBe(14);
    typeDays('13');
    expect(overlay.querySelector('[aria-label="Dati che il portale non chiede"] [role="alert"]')).toBeNull();
    expect(capped()).toEqual([]);
    // Kept across page reads.
    live.refresh();
    expect(live.state.draft.workers[0].cigdDays).toBe(13);
    // The cap is shown by the worker's name and place in the list, never by codice fiscale.
    const caps = overlay.querySelector('[data-figure="intermittentCaps"]')!.textContent!;
    expect(caps).toBe('Tetto intermittenti: lavoratore n. 1: 13 giorni'); // the sample row has no name
    expect(caps).not.toContain(VALID_WORKER_CFS[0]);
  });

  it('emptying the days worked removes the fact (never 0 days), and hex or exponents are refused', () => {
    const { overlay, update, live } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    update((d) => ({ ...d, workers: [{ ...d.workers[0], contract: 'intermittent', intermittent: { daysWorkedLast12Months: 68, calledBeforeCause: true } }] }));
    const input = (id: string) => overlay.querySelector<HTMLInputElement>(id)!;
    const typeIn = (id: string, text: string) => act(() => { input(id).value = text; input(id).dispatchEvent(new Event('input', { bubbles: true })); });
    const alert = () => overlay.querySelector('[aria-label="Dati che il portale non chiede"] [role="alert"]');
    typeIn('#cigd-int-0', '');
    expect(live.state.draft.workers[0].intermittent).toBeUndefined();
    expect(input('#cigd-int-0').value).toBe('');
    expect(live.state.findings.filter((f) => f.rule === 'piemonte-2020/intermittent-cap' && f.severity === 'error')).toEqual([]);
    for (const text of ['0x10', '1e1']) {
      typeIn('#cigd-days-0', text);
      expect(alert()?.textContent).toBe('Scrivere un numero intero di giorni (0 o più).');
      expect(live.state.draft.workers[0].cigdDays).toBeUndefined();
    }
    typeIn('#cigd-int-0', '1.200');
    expect(live.state.draft.workers[0].intermittent).toEqual({ daysWorkedLast12Months: 1200, calledBeforeCause: true });
  });
});

describe('the overlay in Italian', () => {
  beforeEach(() => (document.body.innerHTML = '<div id="overlay"></div>'));
  const noop: OverlayActions = { focusField: () => {}, writeField: () => {}, updateDraft: () => {} };
  const show = (state: Partial<LiveState>) => {
    const overlay = document.getElementById('overlay')!;
    const base: LiveState = { draft: emptyDraft(adapter), verdict: null, findings: [], problems: [], unjudgedParts: [], bindings: [] };
    render(<Overlay state={{ ...base, ...state }} actions={noop} />, overlay);
    return overlay;
  };
  const hired: Finding = { rule: 'piemonte-2020/hired-by-cutoff', severity: 'error', message: 'Assunto dopo il 23/02/2020.', fields: ['workers[0].hiredOn'], source: 'seed' };

  it('says «1 errore» and «1 avviso», and names a field by its label «Data assunzione (riga 1)», not its draft path', () => {
    const element = document.createElement('input');
    const warning: Finding = { ...hired, rule: 'x/y', severity: 'warning', fields: ['workers[1].hiredOn'] };
    const overlay = show({
      verdict: { regime: 'piemonte-2020', findings: [hired, warning], deadlines: [], computed: {} },
      findings: [hired, warning],
      bindings: [{ element, path: 'workers[0].hiredOn', type: 'date', label: 'Data assunzione (riga 1)', reason: 'label', row: { index: 0, field: 'hiredOn' } }],
    });
    expect(overlay.querySelector('[aria-label="Riepilogo"] p')!.textContent).toMatch(/^1 errore, 1 avviso/);
    expect(overlay.querySelector('[aria-live]')!.textContent).toBe('1 errore da correggere');
    const named = [...overlay.querySelectorAll('[data-path]')].map((b) => b.textContent);
    expect(named).toEqual(['Data assunzione (riga 1)', 'Data assunzione (riga 2)']);
    // Only the field on the page is a button (a click focuses it); the other, on no field of this page, is named only.
    expect([...overlay.querySelectorAll('button[data-path]')].map((b) => b.textContent)).toEqual(['Data assunzione (riga 1)']);
  });

  it('names the parts left out of the checks in Italian, the SR41 forms included', () => {
    const overlay = show({ verdict: { regime: 'piemonte-2020', findings: [], deadlines: [], computed: {} }, unjudgedParts: ['reports[1]', 'sr41[0]'] });
    expect(overlay.querySelector('[data-status="parts-waiting"]')!.textContent).toContain('incompleti: il consuntivo n. 2; il modello SR41 n. 1.');
  });

  it('names a finding\'s source by the notice\'s section, not by the seed\'s file name', () => {
    const source = '001_97bd8f50a7fc0b82.txt, Regole generali di gestione della CIGD – Caratteristiche del periodo';
    const finding: Finding = { rule: 'piemonte-2020/application-length', severity: 'error', message: 'La domanda dura 36 giorni.', fields: ['period.end'], source };
    const overlay = show({ verdict: { regime: 'piemonte-2020', findings: [finding], deadlines: [], computed: {} }, findings: [finding] });
    const shown = overlay.querySelector('[data-rule="piemonte-2020/application-length"] .source')!;
    expect(shown.textContent).toBe('Fonte: Regole generali di gestione della CIGD – Caratteristiche del periodo · piemonte-2020/application-length');
    expect(shown.getAttribute('title')).toBe(source);
  });

  it('opens where the operator left it (reduced, on the left) and tells where it is moved', () => {
    const overlay = document.getElementById('overlay')!;
    const moved: unknown[] = [];
    const base: LiveState = { draft: emptyDraft(adapter), verdict: { regime: 'piemonte-2020', findings: [hired], deadlines: [], computed: {} }, findings: [hired], problems: [], unjudgedParts: [], bindings: [] };
    render(<Overlay state={base} actions={{ ...noop, placeChanged: (p) => moved.push(p) }} place={{ open: false, side: 'left' }} />, overlay);
    const box = () => overlay.querySelector('[aria-label="Controlli CIGD"]')!;
    const button = (text: string) => [...overlay.querySelectorAll('button')].find((b) => b.textContent === text)!;
    expect(box().className).toBe('cigd side-left');
    expect(overlay.querySelector('[aria-label="Riepilogo"]')).toBeNull();
    act(() => button('Sposta a destra').click());
    expect(box().className).toBe('cigd');
    act(() => button('Apri').click());
    expect(overlay.querySelector('[aria-label="Riepilogo"]')).not.toBeNull();
    expect(moved).toEqual([{ open: false, side: 'right' }, { open: true, side: 'right' }]);
  });

  it('a wrong value in a field no page field and no overlay input holds (an imported draft) is named, not a button leading nowhere', () => {
    const overlay = show({ problems: [{ path: 'reports[0].submittedOn', message: 'Data non valida.' }] });
    const item = overlay.querySelector('[aria-label="Da completare"] li')!;
    expect(item.querySelector('button')).toBeNull();
    expect(item.querySelector('[data-path="reports[0].submittedOn"]')!.textContent).toBe('Data di invio del consuntivo (n. 1)');
  });

  it('names the regime in its heading in Italian, not by its id', () => {
    const overlay = show({ verdict: { regime: 'piemonte-2016', findings: [], deadlines: [], computed: {} } });
    expect(overlay.querySelector('h2')!.textContent).toBe('CIGD · Piemonte 2016-2017');
  });

  it('asks a worker\'s hiring date no field holds by the worker\'s name, never by codice fiscale', () => {
    const draft = { ...emptyDraft(adapter), workers: [{ name: 'Mario Rossi', fiscalCode: VALID_WORKER_CFS[0], hiredOn: '', contract: 'full-time' as const }] };
    const overlay = show({ draft, problems: [{ path: 'workers[0].hiredOn', message: 'da compilare', missing: true }] });
    expect(overlay.querySelector('[data-fact="workers[0].hiredOn"] label')!.textContent).toBe('Data assunzione di Mario Rossi (lavoratore n. 1) (gg/mm/aaaa)');
  });

  it('on a page not read yet: no findings, and it says the page is not checked', () => {
    const overlay = show({ unread: true });
    expect(overlay.querySelector('[data-status="unread"]')?.textContent).toContain('non è ancora controllata');
    expect(overlay.querySelector('[data-rule]')).toBeNull();
  });

  it('on a page without the period (GECO), the period is not offered as a field to complete here: the overlay says where it is typed', () => {
    const element = document.createElement('input');
    const overlay = show({
      problems: [
        { path: 'period.start', message: 'da compilare', missing: true },
        { path: 'period.end', message: 'da compilare', missing: true },
      ],
      bindings: [{ element, path: 'employer.fiscalCode', type: 'text', label: 'Codice fiscale', reason: 'formcontrolname', row: undefined }],
    });
    expect(overlay.querySelector('button[data-path="period.start"], button[data-path="period.end"]')).toBeNull();
    expect(overlay.querySelector('[data-status="waiting"]')!.textContent).toContain(
      'le altre regole partono nella pagina della domanda, dove si compilano Data inizio periodo, Data fine periodo.',
    );
    expect(overlay.textContent).not.toContain('Partono quando i campi «Da completare o correggere» sono a posto');
  });

  it('a fact asked in the overlay: its name in the list takes the operator to the overlay\'s own input', () => {
    const overlay = show({ problems: [{ path: 'agreement.start', message: 'da compilare', missing: true }] });
    (overlay.querySelector('button[data-path="agreement.start"]') as HTMLButtonElement).click();
    expect(document.activeElement).toBe(overlay.querySelector('[data-fact="agreement.start"] input'));
  });

  it('asks a hiring date «del lavoratore n. 1» when the row has no name', () => {
    const draft = { ...emptyDraft(adapter), workers: [{ fiscalCode: VALID_WORKER_CFS[0], hiredOn: '', contract: 'full-time' as const }] };
    const overlay = show({ draft, problems: [{ path: 'workers[0].hiredOn', message: 'da compilare', missing: true }] });
    expect(overlay.querySelector('[data-fact="workers[0].hiredOn"] label')!.textContent).toBe('Data assunzione del lavoratore n. 1 (gg/mm/aaaa)');
  });

  it('reduced, its heading still says how many errors are left', () => {
    const overlay = show({ verdict: { regime: 'piemonte-2020', findings: [hired], deadlines: [], computed: {} }, findings: [hired] });
    act(() => (overlay.querySelector('header button') as HTMLButtonElement).click());
    expect(overlay.querySelector('[aria-label="Riepilogo"]')).toBeNull();
    expect(overlay.querySelector('h2')!.textContent).toBe('CIGD · Piemonte 2020 · 1 errore');
  });
});

describe('a fact typed in the overlay', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('is stored when the operator leaves its input (Tab), without pressing «Salva»; a wrong one is refused there too', () => {
    const { overlay, update, live } = setup([{ cf: VALID_WORKER_CFS[0], hired: '01/01/2015' }]);
    update((d) => ({ ...d, agreement: { kind: 'categorie', signedOn: '2020-03-01' } as never }));
    const leave = (path: string, text: string) => {
      const input = overlay.querySelector(`[data-fact="${path}"] input`) as HTMLInputElement;
      input.value = text;
      act(() => {
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true })); // what the browser sends when the input loses focus
      });
    };
    leave('agreement.start', '31/02/2020');
    expect(overlay.querySelector('[data-fact="agreement.start"] [role="alert"]')?.textContent).toBe(BAD_DATE);
    leave('agreement.start', '09/03/2020');
    expect(live.state.draft.agreement).toMatchObject({ start: '2020-03-09' });
    expect(overlay.querySelector('[data-fact="agreement.start"]')).toBeNull();
    // Answered, its input is gone: the keyboard is on the next fact's input, not thrown back to the page.
    expect(document.activeElement).toBe(overlay.querySelector('[data-fact="agreement.end"] input'));
  });
});
