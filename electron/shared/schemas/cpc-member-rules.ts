// Date rules of a Party member's record (入党, 转正, 转入/转出), shared by the form and the core.

export interface CpcMemberDates {
  birthDate: string | null;
  joinedOn: string;
  fullOn: string | null;
  memberType: 'full' | 'probationary';
  transferredInOn: string | null;
  transferredOutOn: string | null;
}

export interface FieldIssue {
  field: keyof CpcMemberDates;
  message: string;
}

const labels = {
  birthDate: '出生日期',
  joinedOn: '入党时间',
  fullOn: '转正时间',
  transferredInOn: '组织关系转入时间',
  transferredOutOn: '组织关系转出时间',
} as const;

/** The day someone born on `birthDate` turns `years` (29 Feb → 1 Mar in common years, as the law counts). */
export function anniversary(birthDate: string, years: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/**
 * Every broken rule, in field order. `today` (YYYY-MM-DD) adds the "not in the future" checks; without it
 * only the timeless rules apply (the form validates without the server's clock).
 */
export function cpcMemberDateIssues(v: CpcMemberDates, today?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (today !== undefined) {
    for (const field of ['birthDate', 'joinedOn', 'fullOn', 'transferredInOn', 'transferredOutOn'] as const) {
      const value = v[field];
      if (value !== null && value > today) issues.push({ field, message: `${labels[field]}不能晚于今天` });
    }
  }
  // 党章第一条: 年满十八岁.
  if (v.birthDate !== null && v.joinedOn < anniversary(v.birthDate, 18)) {
    issues.push({ field: 'joinedOn', message: '入党时应年满十八周岁，请核对入党时间和出生日期' });
  }
  if (v.memberType === 'full' && v.fullOn === null) {
    issues.push({ field: 'fullOn', message: '正式党员请填写转正时间' });
  } else if (v.memberType === 'full' && v.fullOn !== null && v.fullOn < v.joinedOn) {
    issues.push({ field: 'fullOn', message: '转正时间不能早于入党时间' });
  } else if (v.memberType === 'probationary' && v.fullOn !== null) {
    issues.push({ field: 'fullOn', message: '预备党员尚未转正，转正时间应为空' });
  }
  if (v.transferredInOn !== null && v.transferredOutOn !== null && v.transferredOutOn < v.transferredInOn) {
    issues.push({ field: 'transferredOutOn', message: '组织关系转出时间不能早于转入时间' });
  }
  return issues;
}
