/** The rules' reasoning left out of the content script's build (extension/build/seed-quotes.ts). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { seedQuotesLeftOut, withoutReasoning } from './seed-quotes.ts';
import { catalogue } from '../../rules/index.ts';

const regimesDir = join(__dirname, '../../rules/regimes');

describe('the content script is built without the rules\' reasoning', () => {
  const ruleFiles = readdirSync(regimesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).flatMap((d) => readdirSync(join(regimesDir, d))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'sources.ts').map((f) => join(regimesDir, d, f)));

  it('empties every rule\'s reasoning, and what is left still compiles', () => {
    // As compiled (comments gone, as in the bundle); esbuild throws on code that does not compile.
    const compiled = ruleFiles.map((f) => ({ f, source: readFileSync(f, 'utf8') }))
      .map(({ f, source }) => ({ f, before: source.match(/\breasoning:/g)?.length ?? 0, code: transformSync(withoutReasoning(source), { loader: 'ts', charset: 'utf8' }).code }));
    for (const { f, before, code } of compiled) expect(code.match(/\breasoning: ""/g)?.length ?? 0, f).toBe(before);
    expect(compiled.reduce((n, c) => n + c.before, 0)).toBe(catalogue().length);
    const all = compiled.map((c) => c.code).join('\n');
    for (const rule of catalogue()) {
      expect(rule.reasoning.length, rule.id).toBeGreaterThan(20);
      // Not both its opening and its end left in the code (a message may repeat a phrase of it; with the reasoning
      // still there, both are found for nearly every rule: esbuild's utf8 output keeps the text as written).
      const left = [rule.reasoning.slice(0, 30), rule.reasoning.slice(-30)].filter((piece) => all.includes(piece));
      expect(left.length, rule.id).toBeLessThan(2);
    }
  });

  it('applies to the regimes\' rule modules only, never their tests or another module', () => {
    const plugin = seedQuotesLeftOut() as { transform: (code: string, id: string) => { code: string } | null };
    const code = "defineRule({ reasoning: 'Perché sì.' + ' Davvero.', check() {} })";
    expect(plugin.transform(code, join(regimesDir, 'piemonte-2020/nine-weeks.ts'))!.code).toBe("defineRule({ reasoning: '', check() {} })");
    for (const id of [join(regimesDir, 'piemonte-2020/nine-weeks.test.ts'), join(regimesDir, 'piemonte-2020/sources.ts'), '/x/rules/engine.ts', '/x/extension/overlay/Overlay.tsx']) {
      expect(plugin.transform(code, id), id).toBeNull();
    }
  });
});

