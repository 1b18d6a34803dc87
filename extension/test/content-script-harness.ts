/**
 * The content script (entrypoints/content/index.tsx) started the way WXT
 * starts it, in jsdom: the `browser` global and the auto-imported helpers WXT
 * provides at build time, stubbed; WXT 0.20's own ContentScriptContext
 * (vitest.config.ts runs `wxt` through Vite, so its `import.meta.env` exists).
 */
import { vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../messages.ts';

export type ContentScript = { main: (ctx: ContentScriptContext) => Promise<void> | void; [k: string]: unknown };
type CreateUi = typeof import('wxt/utils/content-script-ui/shadow-root').createShadowRootUi;

/**
 * Stubs the globals, then loads WXT's context class and the content script.
 * `answer` plays the background: every message the script sends is recorded
 * in `messages` and answered by it; `beforeCreateUi` runs as the script asks
 * for its shadow root UI, before WXT creates it.
 */
export async function loadContentScript(options: {
  answer: (message: Request) => unknown | Promise<unknown>;
  beforeCreateUi?: () => void;
}): Promise<{ Context: typeof ContentScriptContext; script: ContentScript; messages: Request[] }> {
  const messages: Request[] = [];
  vi.stubGlobal('browser', {
    runtime: {
      id: 'cigd-test',
      getURL: (path: string) => `chrome-extension://cigd-test${path}`,
      sendMessage: async (message: Request) => {
        messages.push(message);
        return options.answer(message);
      },
    },
  });
  vi.stubGlobal('defineContentScript', (definition: unknown) => definition);
  const { createShadowRootUi } = await import('wxt/utils/content-script-ui/shadow-root');
  vi.stubGlobal('createShadowRootUi', ((ctx, ui) => {
    options.beforeCreateUi?.();
    return createShadowRootUi(ctx, ui);
  }) as CreateUi);
  // After the `browser` stub: WXT reads the extension's id when its modules load.
  const Context = (await import('wxt/utils/content-script-context')).ContentScriptContext;
  const script = (await import('../entrypoints/content/index.tsx')).default as unknown as ContentScript;
  return { Context, script, messages };
}
