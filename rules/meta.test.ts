/**
 * The catalogue against its specification (rules/spec/rules.md, the project's
 * copy of the spec): every rule of the tables implemented with the same
 * severity, nothing implemented that the tables do not list, every rule with
 * its seed source and reasoning, every rule file with its table of cases.
 * Then a Catala-style temporal coverage of the rule-set choice.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, judge, selectRegime } from './engine.ts';
import { addDays, yearOf } from './calc/dates.ts';
import { paramsAt } from './params.ts';
import { commonRules, regimes } from './regimes/index.ts';
import type { Rule } from './rule.ts';
import { REGIMES, type Draft, type RegimeId } from './schema.ts';
import { piemonte2020Draft, withChanges } from './testing.ts';

const here = dirname(fileURLToPath(import.meta.url));
const specText = readFileSync(join(here, 'spec', 'rules.md'), 'utf8');

type SpecRule = { id: string; severity: string; heading: string; check: string };

/** The rows of every table: first cell the rule id (with or without backticks), second its severity, third what it checks. */
function specRules(markdown: string): SpecRule[] {
  const rows: SpecRule[] = [];
  let heading = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || cells[0] !== '') continue;
    const id = /^`?([a-z0-9-]+\/[a-z0-9-]+)`?$/.exec(cells[1])?.[1];
    if (id) rows.push({ id, severity: cells[2].replace(/`/g, ''), heading, check: cells.slice(3).join('|') });
  }
  return rows;
}

/** The five seed files, as listed at the top of rules.md. */
const SEEDS = [...new Set([...specText.matchAll(/`(\d{3}_[0-9a-f]{16}\.txt)`/g)].map((m) => m[1]))];
const spec = specRules(specText);
const rules = allRules();
const implemented = new Map(rules.map((r) => [r.id, r]));

describe('rules.md (the spec copy) is readable', () => {
  it('lists the five seeds and about sixty rules', () => {
    expect(SEEDS).toHaveLength(5);
    expect(spec.length).toBeGreaterThan(50);
    expect(new Set(spec.map((r) => r.id)).size).toBe(spec.length);
  });
});

describe('the catalogue matches rules.md', () => {
  it('every rule of rules.md is implemented', () => {
    const missing = spec.filter((r) => !implemented.has(r.id)).map((r) => r.id);
    expect(missing, 'rules in rules.md with no implementation').toEqual([]);
  });

  it('every implemented rule is in rules.md, once', () => {
    const specIds = new Set(spec.map((r) => r.id));
    const extra = rules.filter((r) => !specIds.has(r.id)).map((r) => r.id);
    expect(extra, 'implemented rules missing from rules.md').toEqual([]);
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'rule ids implemented twice').toEqual([]);
  });

  it('every rule has the severity rules.md gives it', () => {
    const wrong = spec
      .filter((s) => implemented.has(s.id) && implemented.get(s.id)!.severity !== s.severity)
      .map((s) => `${s.id}: rules.md says ${s.severity}, the rule says ${implemented.get(s.id)!.severity}`);
    expect(wrong).toEqual([]);
  });

  it('every rule sits in its regime (scope and id prefix agree)', () => {
    const wrong = rules.filter((r) => !r.id.startsWith(`${r.scope}/`)).map((r) => `${r.id} (scope ${r.scope})`);
    expect(wrong).toEqual([]);
  });

  it('every rule sits under the heading of its scope in rules.md ("Common", or the regime id)', () => {
    const wrong = spec
      .filter((s) => implemented.has(s.id))
      .filter((s) => {
        const scope = implemented.get(s.id)!.scope;
        return scope === 'common' ? !/^Common\b/.test(s.heading) : !s.heading.startsWith(`${scope} `);
      })
      .map((s) => `${s.id}: scope ${implemented.get(s.id)!.scope}, listed under "${s.heading}"`);
    expect(wrong).toEqual([]);
  });

  // A rule registered in another regime's list runs on that regime's drafts, with its parameters.
  it('every regime runs exactly the rules of its own scope, and the common list only common rules', () => {
    const misplaced = [
      ...commonRules.filter((r) => r.scope !== 'common').map((r) => `${r.id} in the common rules`),
      ...regimes.flatMap((regime) => regime.rules.filter((r) => r.scope !== regime.id).map((r) => `${r.id} in ${regime.id}`)),
    ];
    expect(misplaced).toEqual([]);
    for (const regime of regimes) {
      const own = spec.filter((s) => s.id.startsWith(`${regime.id}/`)).map((s) => s.id).sort();
      expect(regime.rules.map((r) => r.id).sort(), regime.id).toEqual(own);
    }
  });

  // rules.md: "## piemonte-2020 (source 001, unless noted)", and a row noting "(source 002)" cites that seed instead.
  it('every regime rule cites the seed rules.md gives its section, or the one its row notes', () => {
    const seedByNumber = new Map(SEEDS.map((seed) => [seed.slice(0, 3), seed]));
    const wrong: string[] = [];
    for (const s of spec) {
      const rule = implemented.get(s.id);
      const noted = /\(source (\d{3})\)/.exec(s.check)?.[1] ?? /\(source (\d{3})\b/.exec(s.heading)?.[1];
      if (!rule || !noted) continue;
      if (rule.source.seed !== seedByNumber.get(noted)) wrong.push(`${s.id}: rules.md says source ${noted}, the rule cites ${rule.source.seed}`);
    }
    expect(wrong).toEqual([]);
    // The sections that name a source, and the rows that note their own, are read (not silently skipped).
    expect(spec.filter((s) => /\(source \d{3}\)/.test(s.check)).map((s) => s.id).sort())
      .toEqual(['piemonte-2020/correction-status', 'piemonte-2020/headcount']);
    expect(spec.filter((s) => /\(source \d{3}/.test(s.heading))).toHaveLength(spec.filter((s) => !s.id.startsWith('common/')).length);
  });

  it('every rule cites one of the five seeds, a section and a passage, and gives its reasoning and title', () => {
    const problems: string[] = [];
    for (const r of rules) {
      if (!SEEDS.includes(r.source?.seed)) problems.push(`${r.id}: seed "${r.source?.seed}" is not one of the five seeds`);
      if (!r.source?.section?.trim()) problems.push(`${r.id}: no section`);
      if ((r.source?.quote?.trim().length ?? 0) < 20) problems.push(`${r.id}: no quoted passage`);
      if ((r.reasoning?.trim().length ?? 0) < 20) problems.push(`${r.id}: no reasoning`);
      if (!r.title?.trim()) problems.push(`${r.id}: no title`);
    }
    expect(problems).toEqual([]);
  });
});

/** Every .ts file under rules/regimes that is not a test. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function isRule(value: unknown): value is Rule {
  return !!value && typeof value === 'object' && typeof (value as Rule).id === 'string' && typeof (value as Rule).check === 'function';
}

describe('every rule file has its table of cases', () => {
  it('a module exporting a rule has a sibling .test.ts, and every rule comes from such a module', async () => {
    const withoutTests: string[] = [];
    const found = new Set<string>();
    for (const file of sourceFiles(join(here, 'regimes'))) {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const exported = Object.values(mod).flatMap((v) => (Array.isArray(v) ? [] : [v])).filter(isRule);
      if (exported.length === 0) continue;
      for (const r of exported) found.add(r.id);
      if (!existsSync(file.replace(/\.ts$/, '.test.ts'))) withoutTests.push(relative(here, file));
    }
    expect(withoutTests, 'rule files with no sibling .test.ts').toEqual([]);
    const unexported = rules.filter((r) => !found.has(r.id)).map((r) => r.id);
    expect(unexported, 'rules not exported by a rule file of their own').toEqual([]);
  });
});

/** The choice of rules.md ("Choosing the rule set"), written independently of the engine. */
function expectedRegime(region: string, start: string): RegimeId | null {
  const year = yearOf(start);
  if (/piemonte/i.test(region)) {
    if (start >= '2020-02-23') return 'piemonte-2020';
    if (year === 2016 || year === 2017) return 'piemonte-2016';
  }
  if (/lombardia/i.test(region)) {
    if (year === 2015) return 'lombardia-2015';
    if (year === 2012) return 'lombardia-2012';
  }
  return null;
}

const REGIONS = ['Piemonte', 'Lombardia', 'Veneto', 'PIEMONTE ', 'lombardia', ''];

function draftAt(region: string, start: string, regime?: RegimeId): Draft {
  const d = withChanges(piemonte2020Draft(), {
    unit: { region },
    period: { start, end: addDays(start, 20) },
  });
  if (regime) d.regime = regime;
  return d;
}

describe('temporal coverage: every day of 2012…2020, every region', () => {
  it('selectRegime is deterministic, never throws and follows "Choosing the rule set"', () => {
    const wrong: string[] = [];
    for (const region of REGIONS) {
      for (let day = '2012-01-01'; day <= '2020-12-31'; day = addDays(day, 1)) {
        const draft = draftAt(region, day);
        const first = selectRegime(draft);
        const second = selectRegime(structuredClone(draft));
        if (first !== second) wrong.push(`${region} ${day}: ${first} then ${second}`);
        if (first !== expectedRegime(region, day)) wrong.push(`${region} ${day}: ${first}, expected ${expectedRegime(region, day)}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("the draft's own regime always wins", () => {
    for (const regime of REGIMES) {
      for (const day of ['2012-03-05', '2015-10-01', '2016-06-01', '2020-04-01', '2019-01-01']) {
        expect(selectRegime(draftAt('Veneto', day, regime))).toBe(regime);
      }
    }
  });

  it('judging a draft never throws on any week of 2012…2020 in any region, and its verdict names the chosen regime', () => {
    for (const region of REGIONS.slice(0, 3)) {
      for (let day = '2012-01-02'; day <= '2020-12-31'; day = addDays(day, 7)) {
        const draft = draftAt(region, day);
        const verdict = judge(draft, { today: addDays(day, 40) });
        expect(verdict.regime).toBe(selectRegime(draft));
      }
    }
  });

  it("every regime's parameters are defined on every day of 2012…2020", () => {
    for (const regime of regimes) {
      for (let day = '2012-01-01'; day <= '2020-12-31'; day = addDays(day, 30)) {
        expect(paramsAt(regime.params, day)).toBeTypeOf('object');
      }
    }
  });
});
