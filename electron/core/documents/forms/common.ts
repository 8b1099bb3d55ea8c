// Layout pieces shared by the case forms: blanks to write on, body text, the 编号 line, notice endings, record heads, steps.
import { text } from '../../../shared/documents/fields';
import type { Block, Cell, FormDoc, Inline } from '../../../shared/documents/form-doc';
import { BLANK_DATE } from '../../../shared/documents/format';
import type { CaseStep } from '../../../shared/schemas/case-step';
import { stepsOf, type CaseDocContext } from '../case-context';
import { partiesData, partiesShape, type PartyData } from './party-data';

export type StepOf<K extends CaseStep['kind']> = Extract<CaseStep, { kind: K }>;

/** A value, or a blank of `width` characters to fill by hand. */
export function orBlank(value: string, width: number): Inline {
  return value ? value : { blank: width };
}

/** A filled value underlined (a filled-in line of the paper form), or a blank `width` characters wide. */
export function filled(value: string, width = 8): Inline {
  return value ? { text: value, underline: true } : { blank: width };
}

/** A bold label paragraph, e.g. 纠纷简要情况：. */
export function labelPara(label: string): Block {
  return { kind: 'paragraph', text: [{ text: label, bold: true }] };
}

/** Paragraphs of a text (one per non-empty line), or `blankLines` ruled lines to write on when it has none. */
export function bodyBlocks(text: string, blankLines: number): Block[] {
  const paras = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (paras.length === 0) return [{ kind: 'lines', count: blankLines }];
  return paras.map((l) => ({ kind: 'paragraph', text: [l], indent: true }));
}

/** A bold lead (纠纷主要事实、争议事项：) and its text, or ruled lines to write on when empty. */
export function section(lead: string, body: string, emptyLines: number): Block[] {
  return [labelPara(lead), ...bodyBlocks(body, emptyLines)];
}

/** A sentence ending in 。 (unless it already ends in a stop): the clerk may or may not have typed one. */
export function stop(s: string): string {
  return s === '' || /[。！？；.!?;]$/.test(s) ? s : `${s}。`;
}

/** 张三、王五 */
export function namesOf(list: readonly PartyData[]): string {
  return list.map((p) => p.姓名).join('、');
}

/** 申请人：张三、王五；被申请人：李四 */
export function sidesOf(applicants: readonly PartyData[], respondents: readonly PartyData[]): string {
  return [applicants.length ? `申请人：${namesOf(applicants)}` : '', respondents.length ? `被申请人：${namesOf(respondents)}` : '']
    .filter(Boolean)
    .join('；');
}

/** A small count in words for 一式三份: 1–99 (more parties than that never sign one agreement). */
export function countCn(n: number): string {
  const d = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 0 ? '' : (tens === 1 ? '' : d[tens]) + '十') + (ones === 0 ? '' : d[ones]);
}

/** The 编号 line of a paper form with nothing filled in: the parts of a number (§1.14) with room to write them. */
export const BLANK_NUMBER = '编号：（　　　　）　　　　调字第　　　　号';

/** A document with its 编号 line: the number, or the printed frame of one to fill in by hand. */
export function withNumber(doc: Omit<FormDoc, 'number'>, number: string): FormDoc {
  return { ...doc, number: number ? `编号：${number}` : BLANK_NUMBER };
}

/** The first fields of a notice's data (不予受理, 终止调解): 编号, committee, parties, the dispute's name. */
export const noticeShape = {
  编号: text('编号（卷号）；未建卷宗为空'),
  调委会: text('人民调解委员会名称'),
  ...partiesShape,
  纠纷名称: text('纠纷名称，如“张三与李四邻里纠纷”'),
};

/** Those fields for a case, the parties' ages as on `day`. */
export function noticeHead(ctx: CaseDocContext, day: string) {
  return { 编号: ctx.detail.dossier?.number ?? '', 调委会: ctx.committee.name, ...partiesData(ctx.detail.parties, day), 纠纷名称: ctx.detail.title };
}

/**
 * A notice to the parties (不予受理, 终止调解): 编号, the addressees (a blank of `width` when unknown), the body, then
 * 特此告知, the committee's seal and date, and the parties' receipt line.
 */
export function noticeDoc(n: { title: string; number: string; addressees: string; width: number; body: Block[]; organ: string; date: string }): FormDoc {
  const blocks: Block[] = [
    { kind: 'paragraph', text: [orBlank(n.addressees, n.width), '：'] },
    ...n.body,
    { kind: 'paragraph', indent: true, text: ['特此告知。'] },
    { kind: 'spacer', lines: 2 },
    { kind: 'seal', organ: n.organ || '人民调解委员会', date: n.date || BLANK_DATE },
    { kind: 'spacer', lines: 1 },
    { kind: 'signatures', lines: [{ label: '当事人签收：', date: '' }] },
  ];
  return withNumber({ title: n.title, blocks }, n.number);
}

/** A record of one step (调查记录, 调解记录): 卷号, a four-column head, the labelled record text, then `tail`. */
export function recordDoc(r: {
  title: string;
  卷号: string;
  head: Cell[][];
  label: string;
  body: string;
  blankLines: number;
  tail: Block[];
}): FormDoc {
  return {
    title: r.title,
    number: r.卷号 ? `卷号：${r.卷号}` : undefined,
    blocks: [
      { kind: 'fields', columns: 4, widths: [1.2, 3, 1.2, 3], rows: r.head },
      labelPara(r.label),
      ...bodyBlocks(r.body, r.blankLines),
      { kind: 'spacer', lines: 1 },
      ...r.tail,
    ],
  };
}

/** The step when it is of the kind the form is printed for, else null (a blank form to fill by hand). */
export function stepOfKind<K extends CaseStep['kind']>(step: CaseStep | null, kind: K): StepOf<K> | null {
  return step?.kind === kind ? (step as StepOf<K>) : null;
}

/** The step a per-step form is printed for; the registry only calls build when applies() said yes. */
export function stepAs<K extends CaseStep['kind']>(step: CaseStep | null, kind: K): StepOf<K> {
  const s = stepOfKind(step, kind);
  if (s === null) throw new Error(`this form is printed for a ${kind} step, got ${step?.kind ?? 'none'}`);
  return s;
}

/** The latest step of a kind on or before a day (e.g. the agreement a 回访 followed), else the first of that kind. */
export function stepBefore<K extends CaseStep['kind']>(ctx: CaseDocContext, kind: K, day: string): StepOf<K> | null {
  const all = stepsOf(ctx, kind);
  return all.filter((s) => s.occurredOn <= day).at(-1) ?? all[0] ?? null;
}

/**
 * The first step of a kind on or after a day (e.g. the 司法确认 that followed an agreement), else null: an earlier
 * step belongs to something earlier (a second agreement must not print the court of the first one's 司法确认).
 */
export function stepAfter<K extends CaseStep['kind']>(ctx: CaseDocContext, kind: K, day: string): StepOf<K> | null {
  return stepsOf(ctx, kind).find((s) => s.occurredOn >= day) ?? null;
}

/**
 * 协议编号 (domain-reference §1.14): the number registered on the agreement step, else the dossier's 卷号 (a case
 * has one dossier and, in practice, one agreement, so the 卷号 identifies the agreement too); '' when neither exists.
 */
export function agreementNumber(ctx: CaseDocContext, step: StepOf<'agreement'>): string {
  return step.number ?? ctx.detail.dossier?.number ?? '';
}
