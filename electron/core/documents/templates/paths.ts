// Tag paths ({申请人.姓名}): how a template reads a value from the data and which field of the form's tree it names.
import type { FieldSpec } from '../../../shared/documents/fields';

/** The dotted segments of a tag, or null when it is not a plain field path ({}, {a..b}, {.}). */
export function tagPath(tag: string): string[] | null {
  const trimmed = tag.trim();
  if (trimmed === '') return null;
  const segments = trimmed.split('.').map((s) => s.trim());
  return segments.every((s) => s !== '') ? segments : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at `path` in `scope`; own properties only (a template naming `constructor` finds nothing). Going
 * through a list gathers over its items: texts join with “、” ({申请人.姓名} → 张三、李四), flags are true when
 * any item's is, nested lists flatten into one. undefined when the path does not exist here (docxtemplater then
 * tries the enclosing loop scopes).
 */
export function resolvePath(scope: unknown, path: readonly string[]): unknown {
  let values: unknown[] = [scope];
  let plural = false;
  path.forEach((segment, i) => {
    const next: unknown[] = [];
    for (const value of values) {
      if (!isRecord(value) || !Object.hasOwn(value, segment)) continue;
      const found = value[segment];
      if (Array.isArray(found) && i < path.length - 1) {
        next.push(...(found as unknown[]));
        plural = true;
      } else next.push(found);
    }
    values = next;
  });
  if (!plural) return values[0];
  if (values.length === 0) return undefined;
  if (values.every((v) => typeof v === 'string')) return values.filter((v) => v !== '').join('、');
  if (values.every((v) => typeof v === 'boolean')) return values.some(Boolean);
  return values.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]));
}

export type FieldKind = FieldSpec['kind'];

export interface ResolvedField {
  readonly kind: FieldKind;
  /** The item fields when the path names a list. */
  readonly fields: readonly FieldSpec[];
}

function resolveIn(fields: readonly FieldSpec[], path: readonly string[]): ResolvedField | null {
  let current: readonly FieldSpec[] = fields;
  let found: FieldSpec | undefined;
  for (const [i, segment] of path.entries()) {
    found = current.find((f) => f.name === segment);
    if (!found) return null;
    if (i < path.length - 1) {
      if (found.kind !== 'list') return null;
      current = found.fields ?? [];
    }
  }
  return found ? { kind: found.kind, fields: found.fields ?? [] } : null;
}

/** The field a path names, looked up from the innermost loop scope outwards (as docxtemplater resolves it). */
export function resolveField(scopes: readonly (readonly FieldSpec[])[], path: readonly string[]): ResolvedField | null {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const found = resolveIn(scopes[i] ?? [], path);
    if (found) return found;
  }
  return null;
}
