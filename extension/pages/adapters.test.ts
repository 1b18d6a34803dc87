// @vitest-environment jsdom
/**
 * Each adapter against the saved HTML of its replica page (`npm run fixtures`),
 * Mozilla form-autofill style: which field was found, as which draft path, and why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters, teachablePaths } from './adapters.ts';
import { bindFields } from './bind.ts';
import { detectPage } from './detect.ts';
import { emptyFieldMap, rowPattern, teach, type FieldMap } from './field-map.ts';
import { readPage, emptyDraft } from '../live/read-page.ts';
import { LivePage } from '../live/live-page.ts';

const fixture = (name: string) => {
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../test/fixtures', name), 'utf8');
  return document;
};

const pathsOf = (doc: Document, kind: keyof typeof adapters) =>
  Object.fromEntries(bindFields(doc, adapters[kind]).map((b) => [b.path, `${b.element.id || b.element.getAttribute('formcontrolname')}:${b.reason}`]));

describe('page detection', () => {
  it.each([
    ['http://127.0.0.1:8787/replica/aminder/domanda', 'aminder-domanda'],
    ['http://127.0.0.1:8787/replica/aminder/domanda/3/rettifica', 'aminder-domanda'],
    ['http://127.0.0.1:8787/replica/aminder/consuntivo?domanda=2', 'aminder-consuntivo'],
    ['https://servizi.regione.piemonte.it/comonlweb/dettaglio-azienda', 'geco-azienda'],
    ['http://127.0.0.1/replica/geco/comonlweb/dettaglio-azienda', 'geco-azienda'],
    ['http://127.0.0.1/replica/finanziamenti/domanda', 'finanziamenti-domanda'],
    ['https://gefo.servizirl.it/dgformazione/dossier', 'finanziamenti-dossier'],
    ['http://127.0.0.1:8787/replica/', null],
    ['https://www.regione.piemonte.it/web/temi/lavoro', null],
    ['https://example.com/aminder', null],
  ])('%s → %s', (url, kind) => expect(detectPage(new URL(url))).toBe(kind));
});

describe('AMINDER domanda adapter (replica fixture)', () => {
  it('finds the fixed labels of pages.md and every worker row, in order', () => {
    const found = pathsOf(fixture('aminder-domanda.filled.html'), 'aminder-domanda');
    expect(found['employer.fiscalCode']).toBe('cfAzienda:label');
    expect(found['period.start']).toBe('dataInizio:label');
    expect(found['period.end']).toBe('dataFine:label');
    expect(found['workers[0].fiscalCode']).toBe('lav-0-cf:label');
    expect(found['workers[1].hiredOn']).toBe('lav-1-assunzione:label');
    expect(found['agreement.signedOn']).toBe('accordoData:label');
    expect(found['agreement.workers']).toBe('accordoLavoratori:label');
    // The row template (<template>) is not a row.
    expect(Object.keys(found).some((p) => p.includes('__i__'))).toBe(false);
  });

  it('reads the filled page into a valid draft', () => {
    const doc = fixture('aminder-domanda.filled.html');
    const { draft, problems } = readPage(emptyDraft(adapters['aminder-domanda']), bindFields(doc, adapters['aminder-domanda']));
    expect(problems).toEqual([]);
    expect(draft.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(draft.workers.length).toBeGreaterThanOrEqual(2);
    expect(draft.workers[0].contract).toBe('full-time');
  });

  it('an empty domanda binds the same fixed fields', () => {
    const found = pathsOf(fixture('aminder-domanda.empty.html'), 'aminder-domanda');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['employer.fiscalCode', 'period.start', 'period.end']));
  });

  it('a taught field map wins over the labels', () => {
    const doc = fixture('aminder-domanda.filled.html');
    const map = teach(emptyFieldMap('aminder'), '#denominazione', 'unit.comune');
    const bindings = bindFields(doc, adapters['aminder-domanda'], map);
    const taught = bindings.find((b) => b.path === 'unit.comune')!;
    expect(taught.element.id).toBe('denominazione');
    expect(taught.reason).toBe('taught');
    expect(bindings.filter((b) => b.path === 'unit.comune')).toHaveLength(1);
  });

  it('a row field taught on one row binds that field on every row; teaching it on row 2 updates the same entry', () => {
    const doc = fixture('aminder-domanda.filled.html');
    // The portal calls the hiring date otherwise: the labels do not find it.
    doc.querySelectorAll('label').forEach((l) => { if (l.textContent === 'Data assunzione') l.textContent = 'Data inizio rapporto'; });
    const map = teach(emptyFieldMap('aminder'), '#lav-0-assunzione', 'workers[0].hiredOn');
    expect(map.fields).toEqual([{ selector: '[id^="lav-"][id$="-assunzione"]', path: 'workers[*].hiredOn' }]);
    expect(teach(map, '#lav-1-assunzione', 'workers[*].hiredOn').fields).toEqual(map.fields);
    expect(teach(map, 'input[name="lav-1-assunzione"]', 'workers[*].hiredOn').fields).toEqual([{ selector: 'input[name^="lav-"][name$="-assunzione"]', path: 'workers[*].hiredOn' }]);
    const hired = (m: typeof map) => bindFields(doc, adapters['aminder-domanda'], m).filter((b) => b.path.endsWith('hiredOn')).map((b) => `${b.element.id}:${b.path}`);
    expect(hired(map)).toEqual(['lav-0-assunzione:workers[0].hiredOn', 'lav-1-assunzione:workers[1].hiredOn']);
    // A map taught before row patterns: the row's id is read as the pattern.
    expect(hired({ ...map, fields: [{ selector: '#lav-1-assunzione', path: 'workers[*].hiredOn' }] })).toEqual(hired(map));
    expect(readPage(emptyDraft(adapters['aminder-domanda']), bindFields(doc, adapters['aminder-domanda'], map)).draft.workers.map((w) => w.hiredOn)).toEqual(['2015-01-01', '2019-05-02']);
    // A field outside the rows stays one field.
    expect(teach(emptyFieldMap('aminder'), '#dataFine', 'period.end').fields).toEqual([{ selector: '#dataFine', path: 'period.end' }]);
  });
});

describe('taught row patterns', () => {
  it('match only ids with the row digits between prefix and suffix, the last number being the row', () => {
    expect(rowPattern('#lavoratori-2020-2-cf')).toBe('[id^="lavoratori-2020-"][id$="-cf"]');
    document.body.innerHTML = ['lav-cf', 'lav-0-cf', 'lav-x-cf', 'lav-1-cf', 'lav-2-cf-old']
      .map((id) => `<input id="${id}" value="${id}">`).join('');
    const map = teach(emptyFieldMap('aminder'), '#lav-0-cf', 'workers[0].fiscalCode');
    const found = bindFields(document, adapters['aminder-domanda'], map).filter((b) => b.reason === 'taught');
    expect(found.map((b) => `${b.element.id}:${b.path}`)).toEqual(['lav-0-cf:workers[0].fiscalCode', 'lav-1-cf:workers[1].fiscalCode']);
  });

  it('a field map that names one row (`workers[0].hiredOn`, written by hand) reads that row\'s date as a date and names it by its row', () => {
    document.body.innerHTML = '<input id="assunzione" value="01/01/2015"><input id="contratto" value="Tempo parziale">';
    const map = { ...emptyFieldMap('aminder'), fields: [{ selector: '#assunzione', path: 'workers[0].hiredOn' }, { selector: '#contratto', path: 'workers[0].contract' }] };
    const adapter = adapters['aminder-domanda'];
    const bindings = bindFields(document, adapter, map);
    expect(bindings.map((b) => b.label)).toEqual(['Data assunzione (riga 1)', 'Tipo contratto (riga 1)']);
    expect(readPage(emptyDraft(adapter), bindings).draft.workers).toEqual([{ hiredOn: '2015-01-01', contract: 'part-time' }]);
  });
});

describe('GECO Dettaglio Azienda adapter (real formcontrolname names)', () => {
  it('binds by formcontrolname', () => {
    const found = pathsOf(fixture('geco-dettaglio-azienda.filled.html'), 'geco-azienda');
    expect(found['employer.fiscalCode']).toMatch(/:formcontrolname$/);
    expect(found['employer.postcode']).toMatch(/:formcontrolname$/);
    expect(found['employer.phone']).toMatch(/:formcontrolname$/);
    expect(found['employer.ateco']).toMatch(/:formcontrolname$/);
  });

  it('binds Azienda artigiana to its «Sì» radio (the adapter\'s yesValue) even when «No» comes first, and reads it as checked or not', () => {
    const doc = fixture('geco-dettaglio-azienda.filled.html');
    const yes = doc.getElementById('flagArtigiana-S')!.closest('.radio')!;
    yes.parentElement!.append(yes); // «No» first
    const adapter = adapters['geco-azienda'];
    const bindings = bindFields(doc, adapter);
    expect(bindings.filter((b) => b.path === 'employer.category').map((b) => `${b.element.id}:${b.reason}`)).toEqual(['flagArtigiana-S:formcontrolname']);
    const category = () => readPage(emptyDraft(adapter), bindings).draft.employer.category;
    expect(category()).toBe('impresa');
    (doc.getElementById('flagArtigiana-S') as HTMLInputElement).checked = true;
    expect(category()).toBe('artigiana');
  });
});

describe('Finanziamenti on line domanda adapter', () => {
  it('binds the intervention dates and the INPS protocol, not the workers\' own dates', () => {
    const found = pathsOf(fixture('finanziamenti-domanda.filled.html'), 'finanziamenti-domanda');
    expect(found['period.start']).toBe('dataInizioCigd:label');
    expect(found['period.end']).toBe('dataFineCigd:label');
    expect(found['inps.protocol']).toBe('protocolloInps:label');
    expect(found['workers[0].fiscalCode']).toBe('lav-0-cf:label');
  });
});

describe('worker names, asked in two fields (Cognome, Nome)', () => {
  const names = (doc: Document, kind: keyof typeof adapters, map?: FieldMap) =>
    bindFields(doc, adapters[kind], map).filter((b) => /^workers\[\d+\]\.name$/.test(b.path)).map((b) => `${b.element.id}:${b.path}:${b.part}`);
  const input = (id: string) => document.getElementById(id) as HTMLInputElement;

  it('AMINDER: Cognome and Nome of each row are the two parts of that row\'s worker name', () => {
    const doc = fixture('aminder-domanda.filled.html');
    expect(names(doc, 'aminder-domanda')).toEqual([
      'lav-0-cognome:workers[0].name:family', 'lav-0-nome:workers[0].name:given',
      'lav-1-cognome:workers[1].name:family', 'lav-1-nome:workers[1].name:given',
    ]);
    // The two name fields count as one field per row: every row keeps its own.
    expect(pathsOf(doc, 'aminder-domanda')['workers[1].hiredOn']).toBe('lav-1-assunzione:label');
  });

  it('a name the team taught on one field is the whole name, the other part left unread', () => {
    const doc = fixture('aminder-domanda.filled.html');
    // The teach menu offers the name once, as one path.
    expect(teachablePaths(adapters['aminder-domanda']).filter((p) => p === 'workers[*].name')).toHaveLength(1);
    const map = teach(emptyFieldMap('aminder'), '#lav-0-nome', 'workers[0].name');
    expect(names(doc, 'aminder-domanda')).toHaveLength(4);
    expect(names(doc, 'aminder-domanda', map)).toEqual(['lav-0-nome:workers[0].name:undefined', 'lav-1-nome:workers[1].name:undefined']);
    expect(readPage(emptyDraft(adapters['aminder-domanda']), bindFields(doc, adapters['aminder-domanda'], map)).draft.workers.map((w) => w.name)).toEqual(['Mario', 'Laura']);
  });

  it('AMINDER: a finding names the worker as typed in Cognome and Nome, «Mario Rossi (lavoratore n. 1)»', () => {
    fixture('aminder-domanda.filled.html');
    input('lav-0-cognome').value = '';
    input('lav-0-nome').value = '';
    input('lav-0-assunzione').value = '24/02/2020'; // after the 23/02/2020 cutoff
    const adapter = adapters['aminder-domanda'];
    const live = new LivePage(document, { adapter, stored: emptyDraft(adapter), today: () => '2020-04-10' });
    const cutoff = () => live.state.findings.find((f) => f.rule === 'piemonte-2020/hired-by-cutoff')?.message ?? '';
    expect(cutoff()).toContain('lavoratore n. 1');
    expect(cutoff()).not.toContain('Rossi');
    input('lav-0-cognome').value = 'Rossi';
    live.refresh();
    expect(cutoff()).toContain('Rossi (lavoratore n. 1)');
    input('lav-0-nome').value = 'Mario';
    live.refresh();
    expect(cutoff()).toContain('Mario Rossi (lavoratore n. 1)');
    expect(live.state.draft.workers.map((w) => w.name)).toEqual(['Mario Rossi', 'Laura Bianchi']);
  });

  it('Finanziamenti on line: its worker rows\' Cognome and Nome are read too', () => {
    const doc = fixture('finanziamenti-domanda.filled.html');
    const adapter = adapters['finanziamenti-domanda'];
    expect(readPage(emptyDraft(adapter), bindFields(doc, adapter)).draft.workers.map((w) => w.name)).toEqual(['Luca Galli', 'Paolo Castelli']);
  });
});
