/**
 * Finding the inputs of a page: the adapter's labels or control names, then
 * the team's taught field map on top. Runs again when the page changes (rows
 * added, SPA navigation), so it must stay cheap: one pass over the labels.
 */
import type { Adapter, FieldSpec, ValueType } from './adapters.ts';
import { rowFilter, rowPattern, type FieldMap } from './field-map.ts';

export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type Binding = {
  element: FieldElement;
  path: string;
  type: ValueType;
  /** The field's Italian label, «(riga n)» on a row: what the overlay names it by. */
  label: string;
  options?: FieldSpec['options'];
  /** One part of a name asked in two fields (see FieldSpec): readPage joins the parts of a path. */
  part?: FieldSpec['part'];
  /** Why this element: shown in teach mode. */
  reason: 'label' | 'formcontrolname' | 'taught';
  /**
   * A worker row's field (`workers[2].hiredOn`: index 2, field `hiredOn`; `workers[2]` alone has no field):
   * parsed once here, as readPage groups the rows on every keystroke by it alone (a binding on a row
   * without it would be no row: its worker's other facts lost). Undefined for any other path.
   */
  row: BindingRow | undefined;
};

export type BindingRow = { index: number; field?: string };

/** The worker row a path is in, if any. */
function rowOf(path: string): BindingRow | undefined {
  const m = /^workers\[(\d+)\](?:\.(.+)$)?/.exec(path);
  return m ? { index: Number(m[1]), field: m[2] } : undefined;
}

export function normalizeLabel(text: string): string {
  return text.replace(/[*:]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function isField(el: Element | null): el is FieldElement {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA');
}

/** The label text of each field, in document order. */
export function labelledFields(root: ParentNode): { element: FieldElement; label: string }[] {
  const out: { element: FieldElement; label: string }[] = [];
  const seen = new Set<Element>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const label of Array.from(root.querySelectorAll('label'))) {
    const target = label.htmlFor ? doc.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
    if (!isField(target) || seen.has(target)) continue;
    seen.add(target);
    // The label's own text, without the text of a nested input's options.
    const text = Array.from(label.childNodes).filter((n) => n.nodeType === 3 || (n as Element).tagName === 'SPAN' || (n as Element).tagName === 'ABBR').map((n) => n.textContent ?? '').join(' ');
    out.push({ element: target, label: normalizeLabel(text || label.textContent || '') });
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    if (isField(el) && !seen.has(el)) out.push({ element: el, label: normalizeLabel(el.getAttribute('aria-label') ?? '') });
  }
  // Keep document order: labels and aria-labels interleave.
  out.sort((a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  return out;
}

/** What a binding takes from its spec; `index` for a row field. */
function fromSpec(spec: FieldSpec | undefined, path: string, index?: number): Pick<Binding, 'path' | 'type' | 'label' | 'options' | 'part' | 'row'> {
  const label = spec?.labels?.[0] ?? path;
  const part = spec?.part;
  // A taught path may carry its row already (`workers[0].hiredOn`, in a field map written by hand).
  const bound = index === undefined ? path : path.replace('[*]', `[${index}]`);
  const row = rowOf(bound);
  return { path: bound, type: spec?.type ?? 'text', label: row ? `${label} (riga ${row.index + 1})` : label, options: spec?.options, part, row };
}

export function bindFields(root: ParentNode, adapter: Adapter, fieldMap?: FieldMap | null): Binding[] {
  const bindings: Binding[] = [];
  const bound = new Set<Element>();
  const taught = fieldMap?.fields ?? [];

  // 1. What the team taught wins.
  for (const t of taught) {
    let elements: Element[] = [];
    try {
      // A row field taught on one row before row patterns existed (`#lav-0-assunzione`): every row.
      const selector = (t.path.includes('[*]') && rowPattern(t.selector)) || t.selector;
      elements = Array.from(root.querySelectorAll(selector)).filter(rowFilter(selector));
    } catch {
      continue; // a selector from an older map that no longer parses
    }
    // A path taught on one row (`workers[0].hiredOn`) is that row's field: a date still, named as the page's rows are.
    const specPath = t.path.replace(/^workers\[\d+\]/, 'workers[*]');
    const spec = [...adapter.fields, ...adapter.rowFields].find((f) => f.path === specPath);
    elements.filter(isField).forEach((element, index) => {
      if (bound.has(element)) return;
      bound.add(element);
      // A taught element holds the whole path: a name taught on one field is the whole name, not a part.
      bindings.push({ element, ...fromSpec(spec, t.path, t.path.includes('[*]') ? index : undefined), part: undefined, reason: 'taught' });
    });
  }

  // 2. GECO: the reactive form's control names.
  for (const spec of adapter.fields) {
    if (!spec.formControlName || bindings.some((b) => b.path === spec.path)) continue;
    const fc = `[formcontrolname="${spec.formControlName}"]`;
    const element = root.querySelector(spec.yesValue === undefined ? fc : `${fc}[value="${spec.yesValue}"]`);
    if (isField(element) && !bound.has(element)) {
      bound.add(element);
      bindings.push({ element, ...fromSpec(spec, spec.path), reason: 'formcontrolname' });
    }
  }

  // 3. Labels, with synonyms; row fields counted in document order.
  const single = new Map<string, (typeof adapter.fields)[number]>();
  for (const spec of adapter.fields) for (const l of spec.labels ?? []) single.set(normalizeLabel(l), spec);
  const rows = new Map<string, (typeof adapter.rowFields)[number]>();
  for (const spec of adapter.rowFields) for (const l of spec.labels ?? []) rows.set(normalizeLabel(l), spec);
  // Rows counted per spec, not per path: a name's two parts each have one field per row.
  const rowCount = new Map<FieldSpec, number>();
  for (const { element, label } of labelledFields(root)) {
    if (bound.has(element)) continue;
    const spec = single.get(label);
    if (spec && !bindings.some((b) => b.path === spec.path)) {
      bound.add(element);
      bindings.push({ element, ...fromSpec(spec, spec.path), reason: 'label' });
      continue;
    }
    const rowSpec = rows.get(label);
    // A row field the team taught is theirs on every row: a name taught whole leaves Cognome and Nome unread.
    if (rowSpec && !taught.some((t) => t.path === rowSpec.path)) {
      const index = rowCount.get(rowSpec) ?? 0;
      rowCount.set(rowSpec, index + 1);
      bound.add(element);
      bindings.push({ element, ...fromSpec(rowSpec, rowSpec.path, index), reason: 'label' });
    }
  }
  return bindings;
}
