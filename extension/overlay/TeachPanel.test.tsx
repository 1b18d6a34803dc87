// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { adapters, teachablePaths } from '../pages/adapters.ts';
import { emptyFieldMap, teach } from '../pages/field-map.ts';
import { TeachPanel } from './TeachPanel.tsx';

it('teach mode names what a field may hold in Italian, never by its draft path', () => {
  const host = document.createElement('div');
  document.body.append(host);
  // A field taught on one row, as a map of an earlier version holds it (bind.ts binds that row's field): named with its row.
  const taught = teach(emptyFieldMap('aminder'), '#indirizzoSede', 'unit.comune');
  const map = { ...taught, fields: [...taught.fields, { path: 'workers[0].hiredOn', selector: '#lav-0-assunzione' }] };
  act(() => {
    render(
      <TeachPanel active picked={{ selector: '#indirizzoSede', label: 'Indirizzo sede operativa' }} paths={teachablePaths(adapters['aminder-domanda'])}
        map={map} setActive={() => {}} save={() => {}} replaceMap={() => {}} />,
      host,
    );
  });
  const options = Array.from(host.querySelectorAll('#cigd-teach-path option'));
  expect(options.length).toBeGreaterThan(5);
  const texts = options.map((o) => o.textContent ?? '');
  for (const text of texts) expect(text).not.toMatch(/^[a-z]+[A-Za-z]*(\.|\[)/); // no `employer.fiscalCode`, `workers[*].hiredOn`
  expect(texts).toContain('Data assunzione (ogni riga)');
  // The value stored stays the path: the map is shared with the team and read by the code.
  expect(options.map((o) => (o as HTMLOptionElement).value)).toContain('workers[*].hiredOn');
  expect(Array.from(host.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
    '#indirizzoSede → Comune sede operativa', '#lav-0-assunzione → Data assunzione (riga 1)',
  ]);
});
