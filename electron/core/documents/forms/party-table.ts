// The parties as the case forms print them: field-table rows in the order of the 2010 formats, and signature lines.
import type { Block, Cell, SignatureLine } from '../../../shared/documents/form-doc';
import type { PartyData } from './party-data';

/** Parties under their role, e.g. [['申请人', [...]], ['被申请人', [...]]]. */
export type PartyGroups = readonly (readonly [string, readonly PartyData[]])[];

/** The two sides of a case: every applicant, then every respondent. */
export const bothSides = (d: { 申请人: readonly PartyData[]; 被申请人: readonly PartyData[] }): PartyGroups => [
  ['申请人', d.申请人],
  ['被申请人', d.被申请人],
];

export const PARTY_COLUMNS = 6;

/**
 * Column weights (about points: the six columns share 418 pt of text width at 12 pt) of the party table: label/value
 * pairs. The first label holds six characters (被申请人姓名), the others five (职业或职务: 61 pt); values of five (网约车司机) 66 pt; the phone
 * column 86 pt holds the longest expected number, 12 digits and a dash (0251-84347958, 83 pt). Longer short values
 * are printed smaller to stay on one line (form-blocks fitSize).
 */
export const PARTY_WIDTHS = [74, 70, 61, 64, 51, 88] as const;

/**
 * Column weights of the table with a role column (申请书): role, then the three label/value pairs (411 pt shared). Sized
 * so that 被申请人 / 单位或住址 / 职业或职务, four-character names, five-character occupations and a 12-digit phone with
 * a dash fit on one line.
 */
export const ROLE_PARTY_WIDTHS = [50, 62, 48, 62, 61, 50, 84] as const;

/**
 * One party in six columns: a person's seven fields (姓名 性别 民族 年龄 职业或职务 联系方式 单位或住址), an
 * organisation's 名称 住所 联系方式 法定代表人或负责人 统一社会信用代码; a 代理人 row when there is one. `lead` goes
 * before 姓名/名称 in the first label (申请人姓名); null: a blank person to fill in by hand.
 */
export function partyRows(lead: string, p: PartyData | null): Cell[][] {
  const v = (key: keyof PartyData, span?: number): Cell => ({ value: p?.[key] ?? '', ...(span ? { span } : {}) });
  const rows: Cell[][] =
    p?.类型 === '法人或其他组织'
      ? [
          [{ label: `${lead}名称` }, v('姓名', 5)],
          [{ label: '住所' }, v('单位或住址', 3), { label: '联系方式' }, v('联系方式')],
          [{ label: '法定代表人或负责人' }, v('法定代表人'), { label: '统一社会信用代码' }, v('统一社会信用代码', 3)],
        ]
      : [
          [{ label: `${lead}姓名` }, v('姓名'), { label: '性别' }, v('性别'), { label: '民族' }, v('民族')],
          [{ label: '年龄' }, v('年龄'), { label: '职业或职务' }, v('职业或职务'), { label: '联系方式' }, v('联系方式')],
          [{ label: '单位或住址' }, v('单位或住址', 5)],
        ];
  if (p?.代理人) rows.push([{ label: '代理人' }, v('代理人', 5)]);
  return rows;
}

/** The parties' table in six columns, the role in each first label (申请人姓名); every party of every group. */
export function partiesTable(groups: PartyGroups): Block {
  const rows = groups.flatMap(([role, parties]) => parties.flatMap((p) => partyRows(role, p)));
  return { kind: 'fields', columns: PARTY_COLUMNS, widths: PARTY_WIDTHS, rows };
}

/** The parties' table in seven columns, the role spanning each party's rows; a blank party for an empty group. */
export function rolePartiesTable(groups: PartyGroups): Block {
  const rows = groups.flatMap(([role, parties]) =>
    (parties.length ? parties : [null]).flatMap((p) => {
      const own = partyRows('', p);
      own[0] = [{ label: role, rowSpan: own.length }, ...own[0]!];
      return own;
    }),
  );
  return { kind: 'fields', columns: PARTY_COLUMNS + 1, widths: ROLE_PARTY_WIDTHS, rows };
}

/**
 * A signature line for each party (申请人张三（签名、盖章或按指印）：), one generic line when there is none.
 * `date`: printed on each line ('' for a blank date to write); undefined: no date on the lines.
 */
export function partySignatures(groups: PartyGroups, date?: string): SignatureLine[] {
  const line = (label: string): SignatureLine => (date === undefined ? { label } : { label, date });
  const lines = groups.flatMap(([role, parties]) => parties.map((p) => line(`${role}${p.姓名}（签名、盖章或按指印）：`)));
  return lines.length ? lines : [line('当事人（签名、盖章或按指印）：')];
}
