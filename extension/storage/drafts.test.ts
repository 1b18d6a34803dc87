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

  it('refuses a broken file naming every bad path, in Italian', () => {
    const draft: any = piemonte2020Draft();
    delete draft.period;
    draft.workers[0].hiredOn = '31/02/2020';
    const r = importDraft(JSON.stringify(draft));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('period: campo obbligatorio mancante');
      expect(r.message).toContain('workers[0].hiredOn: data non valida');
    }
    expect(importDraft('{ non json')).toEqual({ ok: false, message: 'Il file non è un JSON valido.' });
  });
});
