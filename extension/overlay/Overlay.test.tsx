// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { adapters } from '../pages/adapters.ts';
import { emptyDraft } from '../live/read-page.ts';
import { LivePage } from '../live/live-page.ts';
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
    updateDraft: (change) => live.updateDraft(change),
  };
  const paint = () => render(<Overlay state={live.state} actions={actions} />, overlay);
  const type = (id: string, value: string) => {
    (document.getElementById(id) as HTMLInputElement).value = value;
    live.refresh();
    paint();
  };
  paint();
  return { overlay, type };
}

describe('the overlay while the rules cannot run', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('says the checks wait for the end date, and lists the findings once it is typed', () => {
    const { overlay, type } = setup([{ cf: VALID_WORKER_CFS[0], hired: '24/02/2020' }]);
    type('al', '');
    expect(overlay.querySelector('[data-status="waiting"]')?.textContent).toContain('Controlli in attesa');
    expect(overlay.querySelector('h2')!.textContent).toContain('controlli in attesa');
    expect(overlay.querySelector('[data-rule="input/format"]')?.textContent).toContain('period.end');
    expect(overlay.querySelector('[data-rule="piemonte-2020/hired-by-cutoff"]')).toBeNull();
    type('al', '05/04/2020');
    expect(overlay.querySelector('[data-status="waiting"]')).toBeNull();
    expect(overlay.querySelector('h2')!.textContent).not.toContain('in attesa');
    expect(overlay.querySelector('[data-rule="piemonte-2020/hired-by-cutoff"]')).not.toBeNull();
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
