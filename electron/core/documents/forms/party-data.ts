// A party as the forms print it: the seven fields of the 2010 formats (姓名 … 单位或住址), plus ID and organisation fields.
import { agentAuthorities, agentKinds } from '../../../shared/case-codes';
import { ethnicities, genders, labelOf } from '../../../shared/codes';
import { list, text } from '../../../shared/documents/fields';
import { plain } from '../../../shared/documents/format';
import type { CaseParty } from '../../../shared/schemas/case-party';

export const partyShape = {
  姓名: text('姓名或单位名称'),
  类型: text('自然人，或法人或其他组织'),
  性别: text('性别（单位为空）'),
  民族: text('民族（单位为空）'),
  年龄: text('年龄，按填表日期计算（单位为空）'),
  职业或职务: text('职业或职务'),
  联系方式: text('联系电话'),
  单位或住址: text('单位或住址（单位为住所）'),
  身份证号码: text('身份证号码'),
  统一社会信用代码: text('统一社会信用代码（单位）'),
  法定代表人: text('法定代表人或负责人（单位）'),
  代理人: text('代理人，如“李四（委托代理人，特别授权）”，多人以顿号分隔'),
};

/** The party lists every case form offers: 申请人, 被申请人 and 当事人 (both, applicants first). */
export const partiesShape = {
  申请人: list('申请人，每人一组', partyShape),
  被申请人: list('被申请人，每人一组', partyShape),
  当事人: list('全部当事人（申请人在前）', partyShape),
};

export type PartyData = { [K in keyof typeof partyShape]: string };

/** Full years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function partyData(p: CaseParty, asOf: string): PartyData {
  const person = p.kind === 'person';
  const agents = p.agents.map((a) => {
    const what = [labelOf(agentKinds, a.kind), a.authority ? labelOf(agentAuthorities, a.authority) : ''].filter(Boolean).join('，');
    return `${a.name}（${what}）`;
  });
  return {
    姓名: p.name,
    类型: person ? '自然人' : '法人或其他组织',
    性别: person ? labelOf(genders, p.gender) : '',
    民族: person ? labelOf(ethnicities, p.ethnicity) : '',
    年龄: person && p.birthDate ? `${ageOn(p.birthDate, asOf)}岁` : '',
    职业或职务: plain(p.occupation),
    联系方式: plain(p.phone),
    单位或住址: plain(p.address),
    身份证号码: plain(p.idNumber),
    统一社会信用代码: plain(p.creditCode),
    法定代表人: plain(p.legalRepresentative),
    代理人: agents.join('、'),
  };
}

/** 申请人, 被申请人 and 当事人 of a case, in the case's order. */
export function partiesData(parties: readonly CaseParty[], asOf: string) {
  const ordered = [...parties].sort((a, b) => a.sortOrder - b.sortOrder);
  const applicants = ordered.filter((p) => p.role === 'applicant').map((p) => partyData(p, asOf));
  const respondents = ordered.filter((p) => p.role === 'respondent').map((p) => partyData(p, asOf));
  return { 申请人: applicants, 被申请人: respondents, 当事人: [...applicants, ...respondents] };
}
