// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { seedQuotesLeftOut, sourcesWithoutQuotes, SOURCES } from './seed-quotes.ts';
import { Why } from '../overlay/Overlay.tsx';
import type { RuleWhy } from '../messages.ts';
import { catalogue } from '../../rules/index.ts';

const regimesDir = join(__dirname, '../../rules/regimes');

describe('the content script is built without the seed passages', () => {
  it('lists every regime that has a sources.ts (a new regime would otherwise keep its passages in the page)', () => {
    const withSources = readdirSync(regimesDir).filter((d) => existsSync(join(regimesDir, d, 'sources.ts'))).sort();
    expect(Object.keys(SOURCES).sort()).toEqual(withSources);
  });

  it('empties every quote and keeps everything else of a sources.ts', async () => {
    const code = sourcesWithoutQuotes(SOURCES['piemonte-2020']);
    const mod = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(Object.keys(mod).sort()).toEqual(Object.keys(SOURCES['piemonte-2020']).sort());
    for (const [name, value] of Object.entries(SOURCES['piemonte-2020'])) {
      if (value && typeof value === 'object' && 'quote' in value) {
        expect(mod[name]).toEqual({ ...value, quote: '' });
        expect((value as { quote: string }).quote.length).toBeGreaterThan(20);
      } else expect(mod[name]).toEqual(value);
    }
  });

  it('replaces only the regimes\' sources.ts files, and leaves out about a third of the rules\' text', () => {
    const plugin = seedQuotesLeftOut() as { load: (this: unknown, id: string) => string | null };
    const ctx = { error: (m: string) => { throw new Error(m); } };
    expect(plugin.load.call(ctx, join(regimesDir, 'piemonte-2020/nine-weeks.ts'))).toBeNull();
    expect(plugin.load.call(ctx, '/x/rules/schema.ts')).toBeNull();
    const all = Object.values(SOURCES).map((m) => JSON.stringify(m).length).reduce((a, b) => a + b, 0);
    const left = Object.keys(SOURCES).map((r) => plugin.load.call(ctx, join(regimesDir, r, 'sources.ts'))!.length).reduce((a, b) => a + b, 0);
    expect(left).toBeLessThan(all * 0.5);
  });
});

describe('«Perché?» in a page built without the reasoning and the passages', () => {
  it('asks the background for them and shows them', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const asked: string[] = [];
    const rule = catalogue().find((r) => r.id === 'piemonte-2020/application-length')!;
    const load = async (id: string) => {
      asked.push(id);
      const found = catalogue().find((r) => r.id === id);
      return found ? { reasoning: found.reasoning, quote: found.quote } : null;
    };
    await act(async () => render(<Why rule={rule.id} known={null} load={load} />, host));
    await act(async () => {}); // the background's answer
    expect(asked).toEqual(['piemonte-2020/application-length']);
    expect(host.querySelector('p')!.textContent).toBe(rule.reasoning);
    expect(host.querySelector('blockquote')!.textContent).toBe(rule.quote);
    expect(rule.quote).toContain('35 giorni di calendario');
    // What the page already holds is shown without asking.
    const other = document.createElement('div');
    document.body.append(other);
    await act(async () => render(<Why rule="x" known={{ reasoning: 'Perché.', quote: 'Testo.' }} load={load} />, other));
    expect(asked).toHaveLength(1);
    expect(other.querySelector('blockquote')!.textContent).toBe('Testo.');
  });

  it('opened again, shows the answer at once without asking the background again; an answer that did not come is asked again', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const rule = catalogue().find((r) => r.id === 'piemonte-2020/hired-by-cutoff')!;
    const asked: string[] = [];
    let fail = true;
    const load = async (id: string) => {
      asked.push(id);
      if (fail) return null; // the background answered nothing (it failed)
      return { reasoning: rule.reasoning, quote: rule.quote };
    };
    // Opening «Perché?» mounts the explanation, closing it unmounts it.
    const open = () => act(async () => render(<Why rule={rule.id} known={null} load={load} />, host));
    const close = () => act(async () => render(null, host));
    await open();
    await act(async () => {});
    expect(host.querySelector('blockquote')!.textContent).toBe('Spiegazione non disponibile.');
    await close();
    fail = false;
    await open();
    await act(async () => {});
    expect(asked).toHaveLength(2);
    expect(host.querySelector('blockquote')!.textContent).toBe(rule.quote);
    await close();
    await act(async () => render(<Why rule={rule.id} known={null} load={load} />, host)); // no answer awaited
    expect(host.querySelector('[aria-busy]')).toBeNull();
    expect(host.querySelector('blockquote')!.textContent).toBe(rule.quote);
    await act(async () => {});
    expect(asked).toHaveLength(2);
  });

  it('two findings of one rule opened at the same instant ask the background once, and both show the answer', async () => {
    const rule = catalogue().find((r) => r.id === 'piemonte-2020/total-nine-weeks')!;
    const asked: string[] = [];
    let answer!: (why: RuleWhy) => void;
    const load = (id: string) => {
      asked.push(id);
      return new Promise<RuleWhy | null>((resolve) => (answer = resolve));
    };
    const hosts = [document.createElement('div'), document.createElement('div')];
    for (const host of hosts) {
      document.body.append(host);
      await act(async () => render(<Why rule={rule.id} known={null} load={load} />, host));
    }
    expect(asked).toEqual([rule.id]);
    await act(async () => answer({ reasoning: rule.reasoning, quote: rule.quote }));
    for (const host of hosts) expect(host.querySelector('blockquote')!.textContent).toBe(rule.quote);
  });
});
