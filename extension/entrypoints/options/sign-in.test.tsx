// @vitest-environment jsdom
/**
 * The options page's sign-in as the operator goes through it: an account in
 * several teams is asked which one to sync with, keeps what it typed, and
 * signs in to the team chosen; an address sent in clear over a network is
 * refused before any permission or password leaves the page.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from './Options.tsx';

const TEAMS = [{ id: 'team-a', name: 'Studio Alfa' }, { id: 'team-b', name: 'Studio Beta' }];
let sent: any[] = [];
let signInAnswers: any[] = [];
let root: HTMLElement;
const permissions = vi.fn(async () => true);

beforeEach(() => {
  sent = [];
  permissions.mockClear();
  (globalThis as any).browser = {
    runtime: {
      sendMessage: async (message: any) => {
        sent.push(message);
        if (message.type === 'sync:status') return { signedIn: false };
        if (message.type === 'sync:state') return null;
        if (message.type === 'sync:sign-in') return signInAnswers.shift();
        return null;
      },
    },
    permissions: { request: permissions },
  };
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  delete (globalThis as any).browser;
});

const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });

async function type(selector: string, value: string) {
  const el = root.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  await act(() => { el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true })); });
}

async function submit() {
  await act(() => { root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
  await settle();
}

/** The options page opened, with the server's address, Anna's email and her password typed. */
async function openAndType(origin: string) {
  await act(() => render(<Options />, root));
  await settle();
  await type('#origin', origin);
  await type('#email', 'anna@studio.it');
  await type('#password', 'password-lunga');
}

describe('the options page signs in', () => {
  it('with several teams: asks which one, keeps the password, then signs in to the team chosen', async () => {
    await openAndType('https://studio.example.it');
    signInAnswers = [
      { ok: false, message: 'Il tuo account appartiene a più team: scegli quello con cui sincronizzare le bozze, poi accedi di nuovo.', teams: TEAMS },
      { ok: true },
    ];
    expect(root.querySelector('#team')).toBeNull();
    await submit();

    expect(sent.filter((m) => m.type === 'sync:sign-in')[0]).not.toHaveProperty('teamId');
    expect(root.querySelector('[role="status"]')!.textContent).toContain('scegli quello con cui sincronizzare');
    const select = root.querySelector('#team') as HTMLSelectElement;
    expect(root.querySelector('label[for="team"]')!.textContent).toBe('Team con cui sincronizzare le bozze');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Scegli il team…', 'Studio Alfa', 'Studio Beta']);
    expect((root.querySelector('#password') as HTMLInputElement).value).toBe('password-lunga');

    await type('#team', 'team-b');
    await submit();
    expect(sent.filter((m) => m.type === 'sync:sign-in')[1]).toMatchObject({
      origin: 'https://studio.example.it', email: 'anna@studio.it', password: 'password-lunga', teamId: 'team-b',
    });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Accesso eseguito.');
    expect(root.querySelector('#team')).toBeNull();
    expect((root.querySelector('#password') as HTMLInputElement).value).toBe('');
  });

  it('refuses a server reached over plain http on the network, before asking for any permission or sending the password', async () => {
    await openAndType('http://192.168.1.20:8787');
    await submit();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('usa https://');
    expect(permissions).not.toHaveBeenCalled();
    expect(sent.some((m) => m.type === 'sync:sign-in')).toBe(false);
  });
});
