// Field-specific Chinese messages of the case intake schemas (调委会, 排查发现, 调解员, 身份证号码).
import { describe, expect, it } from 'vitest';
import { caseCreateInput, caseInput } from '../../electron/shared/schemas/case';
import { agentInput, idNumberMessage, partyInput } from '../../electron/shared/schemas/case-party';

const base = { source: 'applied', receivedOn: '2026-11-02', category: '01', facts: '楼上漏水' };
const messagesAt = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (result.error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);

describe('case intake messages', () => {
  it('asks to choose the 调委会 when it is missing or not a record', () => {
    expect(messagesAt(caseInput.safeParse(base), 'committeeId')).toEqual(['请选择调委会']);
    expect(messagesAt(caseInput.safeParse({ ...base, committeeId: 0 }), 'committeeId')).toEqual(['请选择调委会']);
    expect(messagesAt(caseCreateInput.safeParse({ ...base, committeeId: 'a', parties: [] }), 'committeeId')).toEqual(['请选择调委会']);
  });

  it('names the 排查发现 and the 承办调解员 in their messages', () => {
    expect(messagesAt(caseInput.safeParse({ ...base, committeeId: 1, source: 'investigation', findingId: 1.5 }), 'findingId')).toEqual([
      '请选择排查发现的纠纷',
    ]);
    expect(messagesAt(caseInput.safeParse({ ...base, committeeId: 1, mediatorIds: [2, 'x'] }), 'mediatorIds')).toEqual(['请选择承办调解员']);
    expect(messagesAt(caseInput.safeParse({ ...base, committeeId: 1, mediatorIds: 3 }), 'mediatorIds')).toEqual(['承办调解员应为列表']);
    expect(caseInput.safeParse({ ...base, committeeId: 1, mediatorIds: [2, 3] }).success).toBe(true);
  });
});

describe('ID number messages', () => {
  const person = { role: 'applicant', kind: 'person', name: '张三' };

  it('does not repeat the label the reason already names', () => {
    const result = partyInput.safeParse({ ...person, idNumber: '110101199003071234' });
    const messages = messagesAt(result, 'idNumber');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^身份证号码校验位不正确/);
    expect(messages[0]).not.toContain('身份证号码：');
  });

  it('keeps the qualifier of an agent’s ID number once', () => {
    const result = agentInput.safeParse({ name: '李律师', kind: 'legal', idNumber: '12345' });
    expect(messagesAt(result, 'idNumber')).toEqual(['代理人身份证号码应为18位']);
    expect(idNumberMessage('证件号', '格式不正确')).toBe('证件号：格式不正确');
    expect(idNumberMessage('身份证号码', '身份证号码应为18位')).toBe('身份证号码应为18位');
  });
});
