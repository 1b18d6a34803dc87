/**
 * The background's message handling, started the way WXT starts it: `browser` and
 * `defineBackground` stubbed, drafts in fake-indexeddb, browser.storage answering a task later.
 */
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { piemonte2020Draft } from '../../rules/testing.ts';

it('a save sent before a load (an address change, same key) is written before the load reads', async () => {
  let listener!: (m: unknown, s: unknown, reply: (r: unknown) => void) => boolean;
  const later = <T>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 5));
  vi.stubGlobal('browser', {
    runtime: { onMessage: { addListener: (fn: typeof listener) => (listener = fn) } },
    storage: { local: { get: () => later({}), set: () => later(undefined), remove: () => later(undefined) } },
  });
  vi.stubGlobal('defineBackground', (main: () => void) => main);
  ((await import('../entrypoints/background.ts')).default as unknown as () => void)();
  const send = (m: unknown) => new Promise<any>((reply) => listener(m, {}, reply));
  const key = 'aminder:http://x/replica/aminder/domanda';
  await send({ type: 'draft:save', key, draft: piemonte2020Draft() });
  const edited = { ...piemonte2020Draft(), period: { start: '2020-03-09', end: '2020-04-12' } };
  const saved = send({ type: 'draft:save', key, draft: edited, base: piemonte2020Draft() });
  const loaded = await send({ type: 'draft:load', key });
  await saved;
  expect(loaded.draft.period.end).toBe('2020-04-12');
});
