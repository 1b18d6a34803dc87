/**
 * Property tests (fast-check) of the one entry point for outside input,
 * checkDraft: thousands of generated drafts that follow the schema, and as
 * many broken ones (a field missing, a wrong type, an impossible date).
 * Whatever arrives, it never throws; a broken draft is refused naming the
 * path; a valid one gets a Verdict of the documented shape, the same one
 * every time. The generated acceptor (accept.ts) that answers for valid
 * drafts gives zod's answer on all of them, and on random damage anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './engine.ts';
import { draftSchema, REGIMES, verdictSchema } from './schema.ts';
import { compileAcceptor } from './accept.ts';
import { VALID_WORKER_CFS } from './testing.ts';

const DAY_MS = 86_400_000;
const FROM = Date.UTC(2011, 0, 1) / DAY_MS;
const TO = Date.UTC(2022, 11, 31) / DAY_MS;

const isoDate = fc.integer({ min: FROM, max: TO }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const isoMonth = isoDate.map((d) => d.slice(0, 7));
const count = fc.nat({ max: 400 });
const fiscalCode = fc.oneof(fc.constantFrom(...VALID_WORKER_CFS), fc.string({ maxLength: 18 }));
const region = fc.constantFrom('Piemonte', 'Lombardia', 'Veneto', 'piemonte', 'Valle d\'Aosta');

const worker = fc.record(
  {
    fiscalCode,
    name: fc.string({ maxLength: 20 }),
    hiredOn: isoDate,
    leftOn: isoDate,
    contract: fc.constantFrom('full-time', 'part-time', 'intermittent', 'apprentice', 'agency', 'parasubordinate'),
    fte: fc.double({ min: 0.01, max: 1, noNaN: true }),
    unitId: fc.constantFrom('U1', 'U2', 'U3'),
    onLeaveReplaced: fc.boolean(),
    intermittent: fc.record({ daysWorkedLast12Months: count, calledBeforeCause: fc.boolean() }),
    cigdDays: count,
    requestedHours: fc.double({ min: 0, max: 400, noNaN: true }),
    iban: fc.constantFrom('IT60X0542811101000000123456', 'IT00X0000000000000000000000', 'DE89370400440532013000'),
  },
  { requiredKeys: ['fiscalCode', 'hiredOn', 'contract'] },
);

const unit = fc.record({ id: fc.constantFrom('U1', 'U2', 'U3'), name: fc.string({ maxLength: 12 }), comune: fc.constantFrom('Torino', 'Milano', 'Asti'), region }, { requiredKeys: ['id', 'comune', 'region'] });
const period = fc.record({ start: isoDate, end: isoDate });

const validDraft = fc
  .record(
    {
      format: fc.constant('cigd-draft/1' as const),
      regime: fc.constantFrom(...REGIMES),
      kind: fc.constantFrom('ordinaria', 'supplementare-2016-2017', 'apprendisti-cigs', 'elba-addendum-f'),
      status: fc.constantFrom('bozza', 'presentata', 'verificata-da-rettificare', 'verificata', 'autorizzata', 'annullata'),
      intent: fc.constant('rettifica' as const),
      protocol: fc.string({ maxLength: 10 }),
      submittedOn: isoDate,
      employer: fc.record(
        {
          name: fc.string({ maxLength: 20 }),
          fiscalCode: fc.constantFrom('01234567897', '01234567890', 'RSSMRA80A01L219M'),
          category: fc.constantFrom('impresa', 'artigiana', 'agricola', 'studio-professionale', 'non-imprenditore', 'domestico', 'agenzia-somministrazione'),
          coveredBy: fc.subarray(['cigo', 'cigs', 'fis', 'fondo-bilaterale', 'fsba', 'cisoa'] as const),
          cisoaExhausted: fc.boolean(),
          regionsWithUnits: fc.nat({ max: 8 }),
          inCessation: fc.boolean(),
          cigsEnd: isoDate,
          elbaMember: fc.boolean(),
          averageEmployeesLastSemester: fc.double({ min: 0, max: 40, noNaN: true }),
          units: fc.array(fc.record({ id: fc.constantFrom('U1', 'U2', 'U3'), comune: fc.constantFrom('Torino', 'Milano', 'Asti'), region, employees: count }, { requiredKeys: ['id', 'comune', 'region'] }), { maxLength: 3 }),
        },
        { requiredKeys: ['name', 'fiscalCode', 'category'] },
      ),
      unit,
      period,
      previousApplications: fc.array(fc.record({ unitId: fc.constantFrom('U1', 'U2'), start: isoDate, end: isoDate, kind: fc.constantFrom('ordinaria', 'supplementare-2016-2017') }, { requiredKeys: ['start', 'end'] }), { maxLength: 4 }),
      agreement: fc.record(
        {
          kind: fc.constantFrom('categorie', 'commissione-sindacale', 'art3-c17-l92-2012', 'artigianato-2015-10-16', 'standard'),
          signedOn: isoDate, start: isoDate, end: isoDate, workers: count, unionsNotifiedOn: isoDate,
          cause: fc.constantFrom('crisi aziendale', 'emergenza COVID-19', ''),
        },
        { requiredKeys: ['kind', 'signedOn', 'start', 'end', 'workers'] },
      ),
      workers: fc.array(worker, { maxLength: 8 }),
      workforce: fc.array(worker, { maxLength: 10 }),
      attachments: fc.array(fc.record({ name: fc.constantFrom('a.pdf', 'b.doc', 'c'), type: fc.constantFrom('application/pdf', 'text/plain'), role: fc.constantFrom('dichiarazione', 'accordo', 'riepilogo-2016', 'altro') }, { requiredKeys: ['name'] }), { maxLength: 3 }),
      reports: fc.array(fc.record({ month: isoMonth, submittedOn: isoDate, hours: fc.dictionary(fiscalCode, fc.option(fc.double({ min: 0, max: 300, noNaN: true })), { maxKeys: 5 }) }, { requiredKeys: ['month', 'hours'] }), { maxLength: 4 }),
      suspensions: fc.array(fc.record({ workerFiscalCode: fiscalCode, start: isoDate, end: isoDate, hours: fc.double({ min: 0, max: 300, noNaN: true }), sentOn: isoDate }), { maxLength: 4 }),
      sr41: fc.array(fc.record({ workerFiscalCode: fiscalCode, month: isoMonth, hours: fc.double({ min: 0, max: 300, noNaN: true }), sentOn: isoDate, iban: fc.constantFrom('IT60X0542811101000000123456', 'IT61X0542811101000000123456') }, { requiredKeys: ['workerFiscalCode', 'month', 'hours'] }), { maxLength: 4 }),
      inps: fc.record({ protocol: fc.string({ maxLength: 8 }), directPayment: fc.boolean() }, { requiredKeys: [] }),
      correctionEmail: fc.record({ sentOn: isoDate, datesFixedOn: isoDate }, { requiredKeys: ['sentOn'] }),
      // Unknown fields of a newer version must survive.
      'x-newer-version': fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['format', 'employer', 'unit', 'period', 'workers'] },
  )
  .map((d) => JSON.parse(JSON.stringify(d)) as Record<string, any>);

/** A mutation of a valid draft and the path the refusal must name. */
type Mutation = { path: (string | number)[]; apply: 'delete' | 'set'; value?: unknown };

const REQUIRED_PATHS: (string | number)[][] = [
  ['format'], ['employer'], ['employer', 'name'], ['employer', 'fiscalCode'], ['employer', 'category'],
  ['unit'], ['unit', 'id'], ['unit', 'comune'], ['unit', 'region'], ['period'], ['period', 'start'], ['period', 'end'], ['workers'],
];
const DATE_PATHS: (string | number)[][] = [['period', 'start'], ['period', 'end'], ['submittedOn']];
const BAD_DATES = ['2021-02-29', '2019-02-29', '2020-13-01', '2020-04-31', '2020-00-10', '20-03-01', '01/03/2020', '2020-3-1', ''];
/** Values each path can never take. */
const WRONG_VALUES: [(string | number)[], unknown[]][] = [
  [['format'], [42, 'cigd-draft/2', null, []]],
  [['employer', 'category'], ['bar', 3, null]],
  [['unit', 'region'], [42, null, [], true]],
  [['period', 'start'], [20200301, null, true, {}]],
  [['workers'], [{}, 'Mario Rossi', 42, null]],
  [['regime'], ['veneto-2020', 3, null]],
  [['employer', 'coveredBy'], ['cigo', ['cassa'], 3]],
  [['reports'], [{}, 'marzo', 42]],
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...REQUIRED_PATHS).map((path) => ({ path, apply: 'delete' as const })),
  fc.record({ path: fc.constantFrom(...DATE_PATHS), value: fc.constantFrom(...BAD_DATES) }).map((m) => ({ ...m, apply: 'set' as const })),
  fc.constantFrom(...WRONG_VALUES).chain(([path, values]) =>
    fc.constantFrom(...values).map((value) => ({ path, value, apply: 'set' as const }))),
  fc.record({ value: fc.constantFrom(2, 0, -0.5, '0.5', '1') }).map((m) => ({ path: ['workers', 0, 'fte'], apply: 'set' as const, value: m.value })),
  fc.record({ value: fc.constantFrom(...BAD_DATES, 20200301) }).map((m) => ({ path: ['workers', 0, 'hiredOn'], apply: 'set' as const, value: m.value })),
  fc.record({ value: fc.constantFrom('intermittente', 'FULL-TIME', 3, null) }).map((m) => ({ path: ['workers', 0, 'contract'], apply: 'set' as const, value: m.value })),
);

/** "workers[0].hiredOn", as the issues write paths. */
function pathText(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function applyMutation(draft: Record<string, any>, m: Mutation): boolean {
  let parent: any = draft;
  for (const key of m.path.slice(0, -1)) {
    parent = parent?.[key];
    if (parent === null || typeof parent !== 'object') return false;
  }
  const last = m.path[m.path.length - 1];
  if (m.apply === 'delete') delete parent[last];
  else parent[last] = m.value;
  return true;
}

const TODAY = isoDate;

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const KNOWN_IBANS = ['IT60X0542811101000000123456', 'IT00X0000000000000000000000', 'DE89370400440532013000', 'IT61X0542811101000000123456'];
const alnum = (min: number, max: number) => fc.array(fc.constantFrom(...ALNUM), { minLength: min, maxLength: max }).map((a) => a.join(''));
/** Workers' codes: valid, random 16 characters, a valid one with one character changed, lower case or spaced. */
const workerCode = fc.oneof(
  fc.constantFrom(...VALID_WORKER_CFS),
  alnum(16, 16),
  fc.tuple(fc.constantFrom(...VALID_WORKER_CFS), fc.nat({ max: 15 }), fc.constantFrom(...ALNUM)).map(([cf, i, c]) => cf.slice(0, i) + c + cf.slice(i + 1)),
  fc.constantFrom(...VALID_WORKER_CFS).chain((cf) => fc.constantFrom(cf.toLowerCase(), ` ${cf} `, `${cf.slice(0, 8)} ${cf.slice(8)}`)),
);
/** IBANs: the known ones and IBAN-like strings (country, two digits, 11 to 30 characters), some lower case or spaced. */
const ibanLike = fc.oneof(
  fc.constantFrom(...KNOWN_IBANS),
  fc.tuple(fc.constantFrom('IT', 'DE', 'SM', 'FR', 'XX'), fc.integer({ min: 0, max: 99 }), alnum(11, 30)).map(([cc, n, rest]) => `${cc}${String(n).padStart(2, '0')}${rest}`),
  alnum(27, 27).chain((x) => fc.constantFrom(`IT${x.slice(2)}`.toLowerCase(), `IT${x.slice(2, 4)} ${x.slice(4, 8)} ${x.slice(8)}`)),
);

/** A valid draft whose workers' codes and IBANs, wherever they appear, come from the generators above. */
const draftWithPersonalData = validDraft.chain((generated) =>
  fc.record({ codes: fc.array(workerCode, { minLength: 12, maxLength: 12 }), ibans: fc.array(ibanLike, { minLength: 12, maxLength: 12 }) }).map(({ codes, ibans }) => {
    const draft = structuredClone(generated);
    const code = (i: number) => codes[i % codes.length];
    draft.workers.forEach((w: Record<string, unknown>, i: number) => {
      w.fiscalCode = code(i);
      w.iban = ibans[i % ibans.length];
    });
    (draft.workforce ?? []).forEach((w: Record<string, unknown>, i: number) => {
      w.fiscalCode = code(i + 1);
      w.iban = ibans[(i + 3) % ibans.length];
    });
    // Half of the code-keyed entries name one of the workers, the rest a code that may be no worker's.
    (draft.suspensions ?? []).forEach((s: Record<string, unknown>, i: number) => (s.workerFiscalCode = code(i * 5)));
    (draft.sr41 ?? []).forEach((f: Record<string, unknown>, i: number) => {
      f.workerFiscalCode = code(i * 7);
      f.iban = ibans[(i + 6) % ibans.length];
    });
    (draft.reports ?? []).forEach((r: Record<string, any>, i: number) => {
      r.hours = Object.fromEntries(Object.values(r.hours).map((h, j) => [code(i + j * 3), h]));
    });
    const secrets = [...new Set([...codes, ...ibans])].filter((x) => x.trim().length >= 11);
    return { draft, secrets };
  }),
);

describe('checkDraft on generated input', () => {
  it('a draft that follows the schema gets a Verdict of the documented shape, the same every time, and keeps unknown fields', () => {
    fc.assert(
      fc.property(validDraft, TODAY, (draft, today) => {
        const result = checkDraft(draft, { today });
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
        expect(verdictSchema.safeParse(result.verdict).success).toBe(true);
        for (const f of result.verdict.findings) expect(f.message.trim()).not.toBe('');
        expect(checkDraft(structuredClone(draft), { today })).toEqual(result);
        if ('x-newer-version' in draft) expect(result.draft['x-newer-version']).toEqual(draft['x-newer-version']);
      }),
      { numRuns: 1500 },
    );
  });

  // README, "Personal data": messages name workers by position and name, never by codice fiscale or IBAN (the
  // finding's fields point at the exact field). The employer's own code may be a personal one (a sole trader);
  // it is the employer's, not a worker's, and is left out of the property. The codes are valid ones and
  // malformed ones (random 16 characters, a valid code with one character changed, lower case, with spaces),
  // since a rule that explains what is wrong with a code is the likeliest to print it; the IBANs are valid and
  // IBAN-like strings. They are spread over the workers, the workforce, the communications, the reports and
  // the SR41 forms, partly matching the workers so that the rules naming a worker by code are exercised.
  it('no message prints a worker\'s codice fiscale or an IBAN, valid or malformed', () => {
    const normal = (text: string) => text.toUpperCase().replace(/\s+/g, '');
    fc.assert(
      fc.property(draftWithPersonalData, TODAY, ({ draft, secrets }, today) => {
        const result = checkDraft(draft, { today });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const mine = secrets.filter((secret) => normal(secret) !== normal(draft.employer.fiscalCode)).map(normal);
        for (const f of result.verdict.findings) {
          for (const secret of mine) expect(normal(f.message), `${f.rule}: ${f.message}`).not.toContain(secret);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the generator of personal data does make malformed codes and IBANs (so the property above can catch one printed)', () => {
    const samples = fc.sample(draftWithPersonalData, 200).flatMap((s) => s.secrets);
    expect(samples.some((c) => c.length === 16 && !VALID_WORKER_CFS.includes(c))).toBe(true);
    expect(samples.some((c) => /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,}$/.test(c) && !KNOWN_IBANS.includes(c))).toBe(true);
    expect(samples.some((c) => c !== c.toUpperCase() || /\s/.test(c))).toBe(true);
  });

  it('a broken draft is refused, never with an exception, and the refusal names the broken path', () => {
    fc.assert(
      fc.property(validDraft, mutation, TODAY, (generated, m, today) => {
        // A copy: fast-check reuses generated values while shrinking.
        const draft = structuredClone(generated);
        fc.pre(applyMutation(draft, m));
        const result = checkDraft(draft, { today });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message.trim()).not.toBe('');
        }
        // The path itself, or a place inside it (employer.coveredBy[0] for a bad element).
        const broken = pathText(m.path);
        const named = result.issues.some((i) => i.path === broken || i.path.startsWith(`${broken}.`) || i.path.startsWith(`${broken}[`));
        expect(named, `${broken} not in ${result.issues.map((i) => i.path).join(', ')}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('anything at all (not even an object) is refused without an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const result = checkDraft(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every path inside a JSON value, the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...pathsOf((value as any)[k], [...prefix, k])]);
}

/** Damage anywhere: any path of the draft deleted, or set to any JSON value. */
const anyDamage = (draft: Record<string, any>) => {
  const paths = pathsOf(draft);
  return fc.record({
    path: fc.constantFrom(...paths),
    apply: fc.constantFrom('delete' as const, 'set' as const),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('2020-02-30', '2020-13', -1, 1.5, 2, '', null)),
  });
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('the generated acceptor of the draft schema', () => {
  const accepts = compileAcceptor(draftSchema)!;

  it('is built here (Node allows code generation)', () => {
    expect(typeof accepts).toBe('function');
  });

  it('says yes exactly when zod does: on valid drafts, on drafts damaged anywhere, on any JSON at all', () => {
    fc.assert(
      fc.property(validDraft, (draft) => accepts(draft) === true && draftSchema.safeParse(draft).success),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(validDraft.chain((draft) => fc.tuple(fc.constant(draft), anyDamage(draft))), ([generated, m]) => {
        const draft = structuredClone(generated);
        applyMutation(draft, m);
        expect(accepts(draft)).toBe(draftSchema.safeParse(draft).success);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(accepts(value)).toBe(draftSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('lets the rules judge the draft itself, not a copy: no rule ever changes it', () => {
    fc.assert(
      fc.property(validDraft, TODAY, (generated, today) => {
        const frozen = deepFreeze(structuredClone(generated));
        // A rule writing into the draft would throw here (modules run in strict mode).
        const result = checkDraft(frozen, { today });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.draft).toBe(frozen);
        expect(result).toEqual(checkDraft(structuredClone(generated), { today }));
      }),
      { numRuns: 500 },
    );
  });
});
