import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { agenda, badgeCount, exportDraft, importDraft, openDraftStore } from './drafts.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';

let n = 0;
const fresh = () => openDraftStore(`cigd-test-${n++}`);

describe('drafts in IndexedDB', () => {
  it('saves as the operator types and finds the draft again after the store is reopened', async () => {
    const name = `cigd-test-reopen-${n++}`;
    const store = await openDraftStore(name);
    await store.save('aminder:http://x/replica/aminder/domanda', piemonte2020Draft());
    const draft = { ...piemonte2020Draft(), period: { start: '2020-03-09', end: '2020-04-12' } };
    await store.save('aminder:http://x/replica/aminder/domanda', draft);
    const again = await openDraftStore(name);
    const record = await again.get('aminder:http://x/replica/aminder/domanda');
    expect(record?.draft.period.end).toBe('2020-04-12');
    expect(record?.title).toBe('Rossi Bar S.n.c. · 09/03/2020–12/04/2020');
    expect(record?.dirty).toBe(true);
    expect(await again.list()).toHaveLength(1);
  });

  it('lists the most recently changed first and removes on request', async () => {
    const store = await fresh();
    await store.save('a', piemonte2020Draft());
    await new Promise((r) => setTimeout(r, 5));
    await store.save('b', piemonte2020Draft());
    expect((await store.list()).map((d) => d.key)).toEqual(['b', 'a']);
    await store.remove('a');
    expect((await store.list()).map((d) => d.key)).toEqual(['b']);
  });
});

describe('agenda and badge', () => {
  it('puts missed and due-soon deadlines first and counts them', async () => {
    const store = await fresh();
    // Start in March 2020: the application is due by 31/05/2020.
    await store.save('march', piemonte2020Draft());
    const items = agenda(await store.list(), '2020-05-28');
    expect(items.find((i) => i.id === 'submission')).toMatchObject({ status: 'due-soon', date: '2020-05-31', key: 'march' });
    const rank = { missed: 0, 'due-soon': 1, future: 2, met: 3 } as const;
    const ranks = items.map((i) => rank[i.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(badgeCount(items)).toBe(items.filter((i) => i.status === 'missed' || i.status === 'due-soon').length);
    expect(badgeCount(items)).toBeGreaterThanOrEqual(1);
    const later = agenda(await store.list(), '2020-06-01');
    expect(later[0].status).toBe('missed');
    expect(later.find((i) => i.id === 'submission')?.status).toBe('missed');
    const early = agenda(await store.list(), '2020-03-10');
    expect(early.find((i) => i.id === 'submission')?.status).toBe('future');
  });
});

describe('export and import', () => {
  it('round-trips a draft, unknown fields included', () => {
    const draft = { ...piemonte2020Draft(), notaInterna: 'chiamare il cliente' } as any;
    const text = exportDraft({ key: 'k', title: 't', draft, updatedAt: '' });
    const back = importDraft(text);
    expect(back.ok && (back.draft as any).notaInterna).toBe('chiamare il cliente');
  });

  it('refuses a broken file naming every bad field, in Italian', () => {
    const draft: any = piemonte2020Draft();
    delete draft.period;
    draft.workers[0].hiredOn = '31/02/2020';
    const r = importDraft(JSON.stringify(draft));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('Periodo richiesto: campo obbligatorio mancante');
      expect(r.message).toContain('Data assunzione (riga 1): data non valida');
    }
    expect(importDraft('{ non json')).toEqual({ ok: false, message: 'Il file non è un JSON valido.' });
  });

  it('a domanda still being typed, exported from the popup («incompleta»), is imported again as incomplete; a wrong value in it is still refused', () => {
    // What a new AMINDER domanda stores before anything is typed: empty strings where values go.
    const typing = {
      format: 'cigd-draft/1', employer: { name: 'Rossi Bar', category: 'impresa' }, unit: { id: 'U1', comune: '', region: 'Piemonte' },
      period: { start: '2020-03-09', end: '' }, workers: [{ contract: 'full-time', hiredOn: '' }],
    };
    const text = exportDraft({ key: 'k', title: 't', draft: typing as any, updatedAt: '' });
    const back = importDraft(text);
    expect(back).toEqual({ ok: true, draft: typing, incomplete: true });
    const wrong = { ...typing, period: { start: '2020-02-31', end: '' } };
    const refused = importDraft(JSON.stringify(wrong));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('Data inizio periodo: data non valida');
    expect(importDraft(JSON.stringify({ ...typing, format: 'altro' })).ok).toBe(false); // not a draft file at all
  });
});

describe('stale tabs: merge per worker and per field', () => {
  const PAGE = 'aminder:https://aminder.example/domanda/7';
  it("keeps another tab's panel facts (workers[0].cigdDays) when this tab edits another worker", async () => {
    const s = await fresh();
    await s.save(PAGE, piemonte2020Draft());
    const loaded = (await s.get(PAGE))!.draft as any;
    const tabA = { ...loaded, workers: loaded.workers.map((w: any, i: number) => (i === 0 ? { ...w, cigdDays: 10 } : w)) };
    const tabB = { ...loaded, workers: loaded.workers.map((w: any, i: number) => (i === 1 ? { ...w, hiredOn: '2019-01-01' } : w)) };
    await s.save(PAGE, tabA, { base: loaded });
    await s.save(PAGE, tabB, { base: loaded });
    const now = (await s.get(PAGE))!.draft as any;
    expect(now.workers[0].cigdDays).toBe(10);
    expect(now.workers[1].hiredOn).toBe('2019-01-01');
    expect(now.workers).toHaveLength(loaded.workers.length);
  });

  it('a worker removed by a pull: this tab\'s fact for another worker stays with that worker, never with a third', async () => {
    const s = await fresh();
    await s.put({ key: PAGE, title: 't', draft: piemonte2020Draft(), updatedAt: '', remote: { teamId: 't', id: 'x', revision: 1 } });
    const loaded = (await s.get(PAGE))!.draft as any;
    expect(loaded.workers.length).toBeGreaterThanOrEqual(3);
    await s.update(PAGE, (c) => ({ ...c!, draft: { ...c!.draft, workers: c!.draft.workers.slice(1) } as any, remote: { ...c!.remote!, revision: 2 } }));
    const saved = await s.save(PAGE, { ...loaded, workers: loaded.workers.map((w: any, i: number) => (i === 1 ? { ...w, cigdDays: 7 } : w)) }, { base: loaded, revision: 1 });
    const days = Object.fromEntries(saved.draft.workers.map((w: any) => [w.fiscalCode, w.cigdDays]));
    expect(days[loaded.workers[1].fiscalCode]).toBe(7);
    expect(days[loaded.workers[2].fiscalCode]).toBeUndefined();
    expect(saved.draft.workers.map((w: any) => w.fiscalCode)).toEqual(loaded.workers.slice(1).map((w: any) => w.fiscalCode));
  });

  it('two tabs each add a different worker: both are kept', async () => {
    const s = await fresh();
    await s.save(PAGE, piemonte2020Draft());
    const loaded = (await s.get(PAGE))!.draft as any;
    const added = (fiscalCode: string, name: string) => ({ ...loaded.workers[0], fiscalCode, name });
    await s.save(PAGE, { ...loaded, workers: [...loaded.workers, added('BNCLRA85M41F205X', 'Aggiunto da A')] }, { base: loaded });
    await s.save(PAGE, { ...loaded, workers: [...loaded.workers, added('VRDGPP70A01H501Z', 'Aggiunto da B')] }, { base: loaded });
    const names = ((await s.get(PAGE))!.draft as any).workers.map((w: any) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Aggiunto da A', 'Aggiunto da B']));
    expect(names).toHaveLength(loaded.workers.length + 2);
  });

  it('two tabs add the same worker, one typing the code in lower case: one worker, with both tabs\' fields', async () => {
    const s = await fresh();
    await s.save(PAGE, piemonte2020Draft());
    const loaded = (await s.get(PAGE))!.draft as any;
    const code = 'BNCLRA85M41F205X';
    await s.save(PAGE, { ...loaded, workers: [...loaded.workers, { ...loaded.workers[0], fiscalCode: code, name: 'Laura' }] }, { base: loaded });
    await s.save(PAGE, { ...loaded, workers: [...loaded.workers, { ...loaded.workers[0], fiscalCode: ` ${code.toLowerCase()}`, name: 'Laura', cigdDays: 4 }] }, { base: loaded });
    const workers = ((await s.get(PAGE))!.draft as any).workers;
    expect(workers).toHaveLength(loaded.workers.length + 1);
    expect(workers.at(-1)).toMatchObject({ name: 'Laura', cigdDays: 4 });
  });

  it('a field both tabs changed, over a revision this tab never loaded, still meets the 409', async () => {
    const s = await fresh();
    await s.put({ key: PAGE, title: 't', draft: piemonte2020Draft(), updatedAt: '', remote: { teamId: 't', id: 'x', revision: 1 } });
    const loaded = (await s.get(PAGE))!.draft as any;
    const w0 = (w: any[], days: number) => w.map((x: any, i: number) => (i === 0 ? { ...x, cigdDays: days } : x));
    await s.update(PAGE, (c) => ({ ...c!, draft: { ...c!.draft, workers: w0(c!.draft.workers, 5) } as any, remote: { ...c!.remote!, revision: 2 } }));
    const saved = await s.save(PAGE, { ...loaded, workers: w0(loaded.workers, 10) }, { base: loaded, revision: 1 });
    expect(saved.draft.workers[0].cigdDays).toBe(10);
    expect(saved.remote?.revision).toBe(1);
  });

  it('key order does not make equal drafts differ (JSONB reorders keys): no false conflict', async () => {
    const s = await fresh();
    const agreement = { kind: 'categorie', signedOn: '2020-03-01', start: '2020-03-02', end: '2020-04-30', workers: 9 };
    const base: any = { ...piemonte2020Draft(), sourcePage: PAGE, agreement };
    // A pull brought revision 3: the same agreement, its keys in another order.
    const pulled = { ...base, agreement: Object.fromEntries(Object.entries(agreement).reverse()) };
    await s.put({ key: PAGE, title: 't', draft: pulled, updatedAt: '', remote: { teamId: 't', id: 'x', revision: 3 } });
    const after = await s.save(PAGE, { ...base, agreement: { ...agreement, end: '2020-04-20' } }, { base, revision: 2 });
    expect(after.draft.agreement?.end).toBe('2020-04-20');
    expect(after.remote?.revision).toBe(3);
  });
});
