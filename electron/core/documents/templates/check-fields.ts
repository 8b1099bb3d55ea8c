// Every tag of a compiled template checked against the form's field tree, with the scopes its loops open.
import type { FieldSpec } from '../../../shared/documents/fields';
import type { TemplateProblem } from '../../../shared/schemas/document';
import type { PartTexts } from './check-errors';
import type { CompiledPart } from './options';
import { resolveField, tagPath } from './paths';
import { decodeXml, placeOf } from './xml-text';

function error(kind: TemplateProblem['kind'], message: string, tag: string): TemplateProblem {
  return { severity: 'error', kind, message, tag };
}

/** The lists whose items have a field of this name: the hint for {姓名} written outside its loop. */
function listsWithItemField(fields: readonly FieldSpec[], name: string, prefix = ''): string[] {
  return fields.flatMap((f) => {
    if (f.kind !== 'list') return [];
    const path = `${prefix}${f.name}`;
    const here = (f.fields ?? []).some((item) => item.name === name) ? [path] : [];
    return [...here, ...listsWithItemField(f.fields ?? [], name, `${path}.`)];
  });
}

function unknownMessage(where: string, shown: string, path: readonly string[], root: readonly FieldSpec[]): string {
  const base = `${where}“${shown}”不是本文书的字段`;
  const lists = path.length === 1 ? listsWithItemField(root, path[0]!) : [];
  const first = lists[0];
  if (!first) return `${base}，请对照字段清单检查名称`;
  return `${base}：“${path[0]}”是列表“${lists.join('”“')}”中每一项的字段，请写在 {#${first}}…{/${first}} 之间，或写成 {${first}.${path[0]}}`;
}

/** Problems of one tag, and the scopes its inner parts are checked in (null: do not descend). */
function checkPart(
  part: CompiledPart,
  scopes: readonly (readonly FieldSpec[])[],
  where: string,
): { problems: TemplateProblem[]; inner: readonly (readonly FieldSpec[])[] | null } {
  const loop = part.module === 'loop';
  const sign = loop ? (part.inverted ? '^' : '#') : '';
  const shown = `{${sign}${part.value}}`;
  if (part.module === 'rawxml') {
    return { problems: [error('badSyntax', `${where}不支持以 @ 开头的标签“{@${part.value}}”，请改为普通字段“{${part.value.trim()}}”`, `{@${part.value}}`)], inner: null };
  }
  if (part.module !== undefined && !loop) {
    return { problems: [error('badSyntax', `${where}不支持的标签写法“${shown}”`, shown)], inner: null };
  }
  const path = tagPath(part.value);
  if (path === null) {
    const message = part.value.trim() === '' ? `${where}有空标签“${shown}”，花括号中应写字段名` : `${where}标签“${shown}”不是有效的字段名`;
    return { problems: [error('badSyntax', message, shown)], inner: loop ? scopes : null };
  }
  const field = resolveField(scopes, path);
  const name = path.join('.');
  if (!field) return { problems: [error('unknownField', unknownMessage(where, shown, path, scopes[0] ?? []), shown)], inner: loop ? scopes : null };
  if (!loop && field.kind === 'list') {
    return { problems: [error('badSyntax', `${where}“${shown}”是列表，不能直接打印；请用 {#${name}}…{/${name}} 逐项填写其中的字段`, shown)], inner: null };
  }
  if (!loop && field.kind === 'flag') {
    return { problems: [error('badSyntax', `${where}“${shown}”是“是/否”项，只能用作条件：{#${name}}…{/${name}}（是）或 {^${name}}…{/${name}}（否）`, shown)], inner: null };
  }
  if (loop && field.kind === 'text') {
    return { problems: [error('badSyntax', `${where}“${shown}”是文字字段，不能用作循环或条件；请直接写 {${name}}`, shown)], inner: scopes };
  }
  if (loop && field.kind === 'list' && !part.inverted) return { problems: [], inner: [...scopes, field.fields] };
  return { problems: [], inner: loop ? scopes : null };
}

/** The field problems of all compiled parts of all templated files. */
export function fieldProblems(parts: ReadonlyMap<string, readonly CompiledPart[]>, fields: readonly FieldSpec[], texts: PartTexts): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const walk = (file: string, list: readonly CompiledPart[], scopes: readonly (readonly FieldSpec[])[]) => {
    for (const part of list) {
      if (part.type !== 'placeholder') continue;
      const place = placeOf(texts.get(file) ?? [], file, part.offset);
      const checked = checkPart(part, scopes, place ? `${place}中，` : '');
      problems.push(...checked.problems);
      if (checked.inner && part.subparsed) walk(file, part.subparsed, checked.inner);
    }
  };
  for (const [file, list] of parts) walk(file, list, [fields]);
  return problems;
}

/** Every field name of the tree, at any depth: a plain tag is possibly right when one of them matches. */
function anyScope(fields: readonly FieldSpec[]): (readonly FieldSpec[])[] {
  return [fields, ...fields.flatMap((f) => (f.kind === 'list' ? anyScope(f.fields ?? []) : []))];
}

const PLAIN_TAG = /\{([^{}#/^@=]+)\}/g;

/**
 * When loops do not pair up nothing compiles, and the office would learn of misspelt fields one upload at a
 * time. This reads the plain {字段} tags straight from the text and names those that match no field of any
 * loop (scope cannot be known without the loops, so a field used outside its loop is not caught here).
 */
export function unknownPlainTags(fields: readonly FieldSpec[], texts: PartTexts): TemplateProblem[] {
  const scopes = anyScope(fields);
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const [file, paragraphs] of texts) {
    for (const p of paragraphs) {
      const text = decodeXml(p.raw);
      for (const m of text.matchAll(PLAIN_TAG)) {
        const name = m[1]!.trim();
        const path = tagPath(name);
        if (path === null || seen.has(name) || resolveField(scopes, path) !== null) continue;
        seen.add(name);
        const place = placeOf(paragraphs, file, p.start + (m.index ?? 0));
        const where = place ? `${place}中，` : '';
        problems.push({ severity: 'error', kind: 'unknownField', message: `${where}“{${name}}”不是本文书的字段，请对照字段清单检查名称`, tag: `{${name}}` });
      }
    }
  }
  return problems;
}
