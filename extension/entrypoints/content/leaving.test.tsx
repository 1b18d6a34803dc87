// @vitest-environment jsdom
/**
 * A draft's save waits 400 ms after the last keystroke; an operator who sends the portal's form, closes
 * the tab or moves to another one within that time must not lose the last edits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../../messages.ts';
import { loadContentScript, type ContentScript } from '../../test/content-script-harness.ts';

let Context: typeof ContentScriptContext;
let script: ContentScript;
let messages: Request[] = [];
let ctx: ContentScriptContext;

beforeAll(async () => {
  ({ Context, script, messages } = await loadContentScript({
    answer: (message) => (message.type === 'draft:load' || message.type === 'fieldmap:get' ? null : { ok: true }),
  }));
});

beforeEach(async () => {
  history.replaceState(null, '', '/replica/aminder/domanda');
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../../test/fixtures/aminder-domanda.filled.html'), 'utf8');
  const { main, ...options } = script;
  ctx = new Context('content', options);
  await main(ctx);
  await new Promise((r) => setTimeout(r, 500)); // the first reading's save, past the 400 ms
  messages.length = 0;
});

afterEach(() => ctx.notifyInvalidated());

const savedEnds = () => messages.flatMap((m) => (m.type === 'draft:save' ? [m.draft.period.end] : []));
function typeEnd(text: string) {
  const end = document.getElementById('dataFine') as HTMLInputElement;
  end.value = text;
  end.dispatchEvent(new Event('input', { bubbles: true }));
}

it('the tab closed right after typing: the edit is saved as the page goes (pagehide)', () => {
  typeEnd('15/04/2020');
  expect(savedEnds()).toEqual([]); // still within the 400 ms
  window.dispatchEvent(new Event('pagehide'));
  expect(savedEnds()).toEqual(['2020-04-15']);
});

it('the portal’s form sent right after typing: the edit is saved before the page leaves', () => {
  typeEnd('16/04/2020');
  const form = document.createElement('form');
  document.body.append(form);
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  expect(savedEnds()).toEqual(['2020-04-16']);
});

it('another tab chosen right after typing: the edit is saved as this one is hidden, once', async () => {
  typeEnd('17/04/2020');
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    delete (document as { visibilityState?: string }).visibilityState;
  }
  expect(savedEnds()).toEqual(['2020-04-17']);
  await new Promise((r) => setTimeout(r, 500));
  expect(savedEnds()).toEqual(['2020-04-17']); // the timer's save is not sent again
});
