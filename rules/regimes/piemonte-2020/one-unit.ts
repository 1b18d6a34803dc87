import { defineRule } from '../../rule.ts';
import type { Draft } from '../../schema.ts';
import type { Piemonte2020Params } from './params.ts';
import { workerLabel } from '../common/labels.ts';
import { ONE_UNIT } from './sources.ts';

type Unit = { id: string; name?: string; comune: string; employees?: number };

const sameComune = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const unitName = (u: Unit) => (u.name?.trim() ? `${u.name.trim()} (${u.id})` : u.id);

/** The employer's units by id, the draft's own unit included when `employer.units` does not list it. */
function unitsById(draft: Draft): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const u of draft.employer.units ?? []) units.set(u.id, u);
  if (!units.has(draft.unit.id)) units.set(draft.unit.id, draft.unit);
  return units;
}

/**
 * One application per unit; units in the same comune may be merged, under
 * the unit with the most workers. "Most workers": each unit's `employees`
 * when every unit involved gives it, otherwise the workers of this
 * application per unit. Workers whose `unitId` is not among the units are
 * left alone (nothing to compare).
 */
export default defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/one-unit',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Una domanda per unità operativa (più unità solo nello stesso Comune)',
  source: ONE_UNIT,
  reasoning:
    'Va presentata una domanda per ogni unità operativa; i dipendenti di più unità nello stesso Comune si possono accentrare ' +
    'in una sola domanda, intestata alla sede con più occupati.',
  check({ draft, report }) {
    const units = unitsById(draft);
    const home = units.get(draft.unit.id)!;
    const elsewhere: { index: number; unit: Unit }[] = [];
    const workersPerUnit = new Map<string, number>();
    draft.workers.forEach((w, index) => {
      const unit = units.get(w.unitId ?? draft.unit.id);
      if (!unit) return;
      workersPerUnit.set(unit.id, (workersPerUnit.get(unit.id) ?? 0) + 1);
      if (!sameComune(unit.comune, draft.unit.comune)) elsewhere.push({ index, unit });
    });

    if (elsewhere.length > 0) {
      const comuni = [...new Set(elsewhere.map((e) => e.unit.comune.trim()))].join(', ');
      const names = elsewhere.map((e) => workerLabel(draft.workers[e.index], e.index)).join(', ');
      report({
        message:
          `La domanda è dell'unità di ${draft.unit.comune.trim()} ma comprende lavoratori di unità in altri Comuni (${comuni}): ${names}. ` +
          'Serve una domanda separata per ogni unità operativa: toglierli da questa domanda.',
        fields: elsewhere.map((e) => `workers[${e.index}].unitId`),
      });
    }

    // Units of this comune merged into the application: it must sit under the one with the most workers.
    const merged = [...workersPerUnit.keys()]
      .map((id) => units.get(id)!)
      .filter((u) => sameComune(u.comune, draft.unit.comune));
    if (!merged.some((u) => u.id === home.id)) merged.push(home);
    if (merged.length < 2) return;
    const byEmployees = merged.every((u) => u.employees !== undefined);
    const size = (u: Unit) => (byEmployees ? u.employees! : workersPerUnit.get(u.id) ?? 0);
    const largest = merged.reduce((best, u) => (size(u) > size(best) ? u : best), home);
    if (largest.id === home.id) return;
    report({
      severity: 'warning',
      message:
        `La domanda riunisce più unità di ${draft.unit.comune.trim()}: va intestata alla sede con il numero maggiore di occupati, ` +
        `${unitName(largest)} (${size(largest)} ${byEmployees ? 'occupati' : 'lavoratori in domanda'}), non a ${unitName(home)} (${size(home)}).`,
      fields: ['unit.id'],
    });
  },
});
