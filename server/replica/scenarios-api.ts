/**
 * The team's training scenarios, mounted by the server at
 * /api/teams/:team/scenarios:
 *   POST   { draftId, title, teaches, portal? } -> 201 { scenario }   (trainer, admin)
 *   GET                                         -> 200 [scenario]     (any member: the team's own scenarios)
 *   DELETE /:id                                 -> 204                (trainer, admin; built-ins cannot be deleted)
 * Errors are thrown as the server's ApiError, for its one error handler
 * (server/errors.ts) to answer in the api.md shape and to log faults once.
 */
import { randomBytes } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { parseDraft, pseudonymizeDraft, type Draft } from '../../rules/index.ts';
import type { ReplicaStore, Scenario } from '../store/shared-contracts.ts';
import { BUILT_IN_SCENARIOS } from './scenarios.ts';
import { readJson } from '../validate.ts';
import { ApiError, notFound } from '../errors.ts';

type DraftRecord = { id: string; revision: number; draft: unknown; title?: string } | null;
export type ScenariosStore = ReplicaStore & { getDraft: (teamId: string, id: string) => Promise<DraftRecord | unknown> };

/** The server's guards (server/auth.ts), passed in: the tests use stand-ins with an in-memory store. */
export type AuthGuards = {
  requireAuth: MiddlewareHandler;
  requireTeam: (roles?: string[]) => MiddlewareHandler;
};

const MANAGERS = ['trainer', 'admin'];
const MEMBERS = ['admin', 'operator', 'trainer'];

const createBody = z.object({
  draftId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  teaches: z.string().trim().min(1).max(2000),
  portal: z.enum(['aminder', 'geco', 'finanziamenti']).optional(),
});

const FIELD_IT: Record<string, string> = { draftId: 'bozza', title: 'titolo', teaches: 'cosa insegna', portal: 'portale' };

function teamIdOf(c: Context): string {
  const team = (c.var as any).team;
  if (typeof team === 'string') return team;
  if (team && typeof team === 'object' && typeof team.id === 'string') return team.id;
  return c.req.param('team') ?? '';
}

function userIdOf(c: Context): string | null {
  const user = (c.var as any).user;
  return typeof user === 'string' ? user : user?.id ?? null;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '').slice(0, 40) || 'scenario';
}

function portalOf(draft: Record<string, unknown>): Scenario['portal'] {
  const regime = String(draft.regime ?? '');
  const region = String((draft.unit as any)?.region ?? '');
  return regime.startsWith('lombardia') || /lombardia/i.test(region) ? 'finanziamenti' : 'aminder';
}

/** Text compared as a reader sees it: case, accents and runs of spaces or punctuation aside. */
const comparable = (text: string) => ` ${text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
/** `word` in `text` as a word of its own, written with a capital («Costa» in «da Costa», not in «la costa»). */
function capitalisedIn(text: string, word: string): boolean {
  const wanted = comparable(word).trim();
  return text.split(/[^\p{L}]+/u).some((token) => token !== '' && token[0] !== token[0].toLowerCase() && comparable(token).trim() === wanted);
}

/** What looks like a codice fiscale (16 characters, or a company's 11 digits) or an IBAN, whosever it is. */
const CODE_LIKE = /\b(?:[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|\d{11}|[A-Z]{2}\d{2}[A-Z0-9]{11,30})\b/i;

/**
 * The scenario's own words (title, what it teaches) are shown on /replica/ to
 * anyone who can reach the server, and only the draft is pseudonymized: so
 * they may not name the client's employer or workers, nor hold a code
 * or an IBAN. One detail per field, saying what it holds (never the data itself).
 */
function personalDataIn(draft: Draft, texts: Record<'title' | 'teaches', string>): { path: string; message: string }[] {
  const names = [
    // Not the units' names: «Sede principale» names no one.
    { what: 'il nome dell’azienda', values: [draft.employer.name] },
    { what: 'il nome di un lavoratore', values: [...draft.workers, ...(draft.workforce ?? [])].flatMap((w) => (w.name ? [w.name] : [])) },
  ];
  return (Object.entries(texts) as ['title' | 'teaches', string][]).flatMap(([path, text]) => {
    const seen = comparable(text);
    // An IBAN is often written in groups of four: «IT60 X054 2811 …» (groups with a digit: «IBAN IT60» stays two words).
    const found = CODE_LIKE.test(text) || CODE_LIKE.test(text.replace(/\b(?=[A-Z]{0,3}\d)([A-Z0-9]{4}) (?=[A-Z0-9]{1,4}\b)/gi, '$1'))
      ? 'un codice fiscale o un IBAN'
      // Whole words only: «Rossi» in «Bar Rossi», never «Ro» in «Roma». A name whole; or one of its words of four
      // letters or more written as a name, capitalised («Costa» refused, «la costa» fine, «domenica» too).
      : names.find(({ what, values }) => values.some((v) => v && (
        (comparable(v).trim().length >= 3 && seen.includes(comparable(v)))
        || (what === 'il nome di un lavoratore' && v.split(/\s+/).some((word) => word.length >= 4 && capitalisedIn(text, word)))
      )))?.what;
    return found ? [{ path, message: `contiene ${found}: scrivi lo scenario senza i dati del cliente` }] : [];
  });
}

export function createScenariosApi({ store, auth }: { store: ScenariosStore; auth: AuthGuards }): Hono {
  const app = new Hono();
  const { requireAuth } = auth;
  const members = auth.requireTeam(MEMBERS);
  const managers = auth.requireTeam(MANAGERS);

  app.get('/', requireAuth, members, async (c) => {
    const teamId = teamIdOf(c);
    const mine = (await store.listScenarios()).filter((s) => !s.builtIn && s.teamId === teamId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return c.json(mine);
  });

  app.post('/', requireAuth, managers, async (c) => {
    const teamId = teamIdOf(c);
    const raw = await readJson(c); // the server's reading: not JSON, or a null character, is a 400 naming the body
    const parsed = createBody.safeParse(raw);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => i.path.length === 0
        // Not an object at all (`[]`, a string): the body is named, not an empty path.
        ? { path: '(corpo)', message: 'Il corpo deve essere un oggetto con bozza, titolo e cosa insegna.' }
        : { path: i.path.join('.'), message: `Campo ${FIELD_IT[String(i.path[0])] ?? i.path.join('.')} mancante o non valido.` });
      throw new ApiError('invalid', 'Dati dello scenario non validi.', details);
    }
    const rec = (await store.getDraft(teamId, parsed.data.draftId)) as DraftRecord;
    if (!rec) throw notFound('Bozza');
    const draft = parseDraft(rec.draft);
    if (!draft.ok) {
      throw new ApiError('invalid', 'La bozza non è un documento cigd-draft/1 valido.',
        draft.issues.map((i) => ({ path: `draft.${i.path}`, message: i.message })));
    }
    const personal = personalDataIn(draft.draft, { title: parsed.data.title, teaches: parsed.data.teaches });
    if (personal.length > 0) {
      throw new ApiError('invalid',
        'Il titolo e la descrizione di uno scenario si vedono sulla replica senza accedere: non possono contenere nomi, codici fiscali o IBAN del cliente.',
        personal);
    }
    const scenario: Scenario = {
      id: `${slug(parsed.data.title)}-${randomBytes(4).toString('hex')}`,
      title: parsed.data.title, teaches: parsed.data.teaches,
      portal: parsed.data.portal ?? portalOf(draft.draft as Record<string, unknown>),
      // Shown on /replica/ to anyone who can reach the server: the clients' codici fiscali, IBANs and names stay in the draft.
      draft: pseudonymizeDraft(draft.draft) as Record<string, unknown>, builtIn: false, teamId, createdBy: userIdOf(c), createdAt: new Date().toISOString(),
    };
    await store.saveScenario(scenario);
    return c.json({ scenario }, 201);
  });

  app.delete('/:id', requireAuth, managers, async (c) => {
    const id = c.req.param('id');
    if (BUILT_IN_SCENARIOS.some((s) => s.id === id)) throw new ApiError('forbidden', 'Gli scenari predefiniti non si possono eliminare.');
    const s = await store.getScenario(id);
    if (!s || s.builtIn || s.teamId !== teamIdOf(c)) throw notFound('Scenario', 'm');
    await store.deleteScenario(id);
    return c.body(null, 204);
  });

  return app;
}
