// The shared joint-building schemas: what the form and the core accept, as properties over generated input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jointActivityInput, jointActivityListInput } from '../../electron/shared/schemas/joint-activity';
import { partnerUnitInput } from '../../electron/shared/schemas/partner-unit';

const activity = {
  partnerUnitId: 1, heldOn: '2026-10-15', kind: 'jointMeeting', place: '司法所会议室', ourParticipants: '张三', partnerParticipants: '王庭长', summary: '联席会议',
};
const issueOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? null : { field: String(r.error!.issues[0]!.path[0]), message: r.error!.issues[0]!.message };

describe('jointActivityInput', () => {
  it('accepts every whole number of cases from 0 to 9999, and blank as none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(jointActivityInput.parse({ ...activity, casesCount: n }).casesCount).toBe(n);
      }),
    );
    expect(jointActivityInput.parse({ ...activity, casesCount: null }).casesCount).toBeNull();
    expect(jointActivityInput.parse(activity)).toMatchObject({ casesCount: null, results: null, note: null });
  });

  it('refuses negative, fractional and too large case counts on casesCount', () => {
    const bad = fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 10_000 }), fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(bad, (n) => {
        expect(issueOf(jointActivityInput.safeParse({ ...activity, casesCount: n }))?.field).toBe('casesCount');
      }),
    );
  });

  it('trims text and refuses blank required text with the field named', () => {
    fc.assert(
      fc.property(fc.constantFrom('place', 'ourParticipants', 'partnerParticipants', 'summary'), fc.stringMatching(/^\s*$/), (field, blank) => {
        const issue = issueOf(jointActivityInput.safeParse({ ...activity, [field]: blank }));
        expect(issue?.field).toBe(field);
        expect(issue?.message).toMatch(/^请填写/);
      }),
    );
    expect(jointActivityInput.parse({ ...activity, place: '  会议室 ' }).place).toBe('会议室');
  });

  it('asks for a partner when none is chosen', () => {
    expect(issueOf(jointActivityInput.safeParse({ ...activity, partnerUnitId: undefined }))).toEqual({ field: 'partnerUnitId', message: '请选择共建单位' });
  });

  it('keeps the list filters to known kinds and sane years', () => {
    expect(jointActivityListInput.parse({ partnerKind: 'court', year: 2026 })).toMatchObject({ sort: 'heldOn', partnerKind: 'court', year: 2026 });
    expect(jointActivityListInput.safeParse({ kind: 'dinner' }).success).toBe(false);
    expect(jointActivityListInput.safeParse({ year: 1800 }).success).toBe(false);
  });
});

describe('partnerUnitInput', () => {
  it('accepts both kinds and turns blank optional fields into null', () => {
    fc.assert(
      fc.property(fc.constantFrom('court', 'policeStation'), fc.stringMatching(/^\s*$/), (kind, blank) => {
        expect(partnerUnitInput.parse({ kind, name: '城关人民法庭', address: blank, contact: blank, phone: blank, agreementOn: blank, note: blank })).toEqual({
          kind, name: '城关人民法庭', address: null, contact: null, phone: null, agreementOn: null, note: null,
        });
      }),
    );
  });

  it('refuses other kinds with a Chinese message on kind', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => s !== 'court' && s !== 'policeStation'), (kind) => {
        expect(issueOf(partnerUnitInput.safeParse({ kind, name: '某单位' }))).toEqual({ field: 'kind', message: '请选择共建单位类型' });
      }),
    );
  });
});
