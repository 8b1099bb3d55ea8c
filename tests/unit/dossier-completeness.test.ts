// "本卷还缺": which parts a case needs and which gaps block 立卷, rule by rule.
import { describe, expect, it } from 'vitest';
import { dossierParts } from '../../electron/shared/case-codes';
import { dossierCompleteness, missingLine, missingSummary, type CompletenessFacts } from '../../electron/shared/rules/dossier-completeness';

const signedRequired = ['application', 'rightsNotice', 'session', 'agreement', 'followUp'];
const written = { form: 'written', signedByParties: true, mediatorSigned: true, sealed: true, effectiveOn: '2026-10-10' };
/** A complete 调解成功 case: every step, every signed part scanned, ID proof, 封面, 卷内目录 and 封底 on paper. */
const full: CompletenessFacts = {
  state: 'succeeded',
  stepCounts: { accept: 1, session: 1, outcome: 1, agreement: 1, followUp: 1 },
  agreement: written,
  hasAgent: false,
  scans: Object.fromEntries(signedRequired.map((p) => [p, 1])),
  onPaper: new Set(['idProof', 'cover', 'toc', 'backCover']),
};
const covers = ['cover', 'toc', 'backCover'];
const codes = (f: Partial<CompletenessFacts>) => dossierCompleteness({ ...full, ...f }).missing.map((g) => `${g.part}:${g.code}`);

describe('dossierCompleteness', () => {
  it('finds nothing missing in a complete case', () => {
    const result = dossierCompleteness(full);
    expect(result).toMatchObject({ complete: true, missing: [] });
    expect(result.parts.map((p) => p.part)).toEqual(dossierParts.map((p) => p.code));
    const need = Object.fromEntries(result.parts.map((p) => [p.part, p.need]));
    expect(need).toMatchObject({ cover: 'required', toc: 'required', backCover: 'required', idProof: 'required', authorization: 'notApplicable', agreement: 'required', followUp: 'required', inquiry: 'optional', confirmation: 'optional', evidence: 'optional' });
  });
  it('needs the case concluded and a 调解记录', () => {
    expect(codes({ state: 'mediating', stepCounts: { accept: 1 }, agreement: null })).toEqual(['null:notConcluded']);
    expect(codes({ state: 'failed', stepCounts: { accept: 1, outcome: 1 }, agreement: null })).toEqual(['session:noSession']);
  });
  it('needs an agreement with signatures, seal and effective date when 调解成功', () => {
    expect(codes({ agreement: null, stepCounts: { ...full.stepCounts, agreement: 0 } })).toEqual(['agreement:noAgreement']);
    expect(codes({ agreement: { ...written, signedByParties: false, sealed: false, effectiveOn: null } })).toEqual([
      'agreement:agreementPartiesSigned',
      'agreement:agreementSealed',
      'agreement:agreementEffectiveOn',
    ]);
    expect(codes({ agreement: { ...written, mediatorSigned: false } })).toEqual(['agreement:agreementMediatorSigned']);
    expect(codes({ agreement: { form: 'oral', signedByParties: false, mediatorSigned: false, sealed: false, effectiveOn: null } })).toEqual([]);
  });
  it('needs a 回访 when 调解成功', () => {
    expect(codes({ stepCounts: { ...full.stepCounts, followUp: 0 } })).toEqual(['followUp:noFollowUp']);
  });
  it('needs every required signed part as a scan or a paper mark, and the ID proof', () => {
    expect(codes({ scans: { ...full.scans, rightsNotice: 0 } })).toEqual(['rightsNotice:notFiled']);
    expect(codes({ scans: { ...full.scans, rightsNotice: 0 }, onPaper: new Set([...covers, 'idProof', 'rightsNotice']) })).toEqual([]);
    expect(codes({ onPaper: new Set(covers) })).toEqual(['idProof:notFiled']);
    expect(codes({ scans: { ...full.scans, idProof: 2 }, onPaper: new Set(covers) })).toEqual([]);
  });
  it('needs the 授权委托书 only with an agent, the inquiry and confirmation records when those steps exist', () => {
    expect(codes({ hasAgent: true })).toEqual(['authorization:notFiled']);
    expect(codes({ stepCounts: { ...full.stepCounts, inquiry: 1 } })).toEqual(['inquiry:notFiled']);
    const confirmed = { stepCounts: { ...full.stepCounts, judicialConfirmation: 1 } };
    expect(dossierCompleteness({ ...full, ...confirmed }).parts.find((p) => p.part === 'confirmation')?.need).toBe('required');
    expect(codes(confirmed)).toEqual(['confirmation:notFiled']);
    expect(codes({ ...confirmed, scans: { ...full.scans, confirmation: 1 } })).toEqual([]);
  });
  it('does not need an agreement or 回访 when mediation failed', () => {
    const failed = { state: 'failed', stepCounts: { accept: 1, session: 1, outcome: 1 }, agreement: null, scans: { application: 1, rightsNotice: 1, session: 1 } };
    expect(codes(failed)).toEqual([]);
    const need = Object.fromEntries(dossierCompleteness({ ...full, ...failed }).parts.map((p) => [p.part, p.need]));
    expect(need).toMatchObject({ agreement: 'notApplicable', followUp: 'optional' });
  });
  it('prints 封面, 卷内目录 and 封底 from the case (nothing to file), and claims the generated parts it holds data for', () => {
    expect(codes({ onPaper: new Set(['idProof']) })).toEqual([]);
    const hasData = dossierCompleteness(full).parts.filter((p) => p.hasData).map((p) => p.part);
    expect(hasData).toEqual(['cover', 'toc', 'application', 'rightsNotice', 'session', 'agreement', 'followUp', 'backCover']);
    const failed = { state: 'failed', stepCounts: { accept: 1, session: 1, outcome: 1 }, agreement: null, scans: { application: 1, rightsNotice: 1, session: 1 } };
    expect(codes({ ...failed, onPaper: new Set(['idProof']) })).toEqual([]);
    // Signed parts still need their signed original, generated or not; so does the ID proof nobody can print.
    expect(codes({ onPaper: new Set(), scans: { ...full.scans, session: 0 } })).toEqual(['idProof:notFiled', 'session:notFiled']);
  });
  it('refuses a dossier for a 不予受理 case and joins gaps into one line, with the filing hint once', () => {
    expect(dossierCompleteness({ ...full, state: 'rejected' }).complete).toBe(false);
    expect(missingLine([{ part: null, code: 'a', message: '甲' }, { part: null, code: 'b', message: '乙' }])).toBe('本卷还缺：甲；乙');
    const gaps = dossierCompleteness({ ...full, stepCounts: { ...full.stepCounts, followUp: 0 }, onPaper: new Set(), scans: {} }).missing;
    expect(gaps.find((g) => g.part === 'application')?.message).toBe('缺少人民调解申请书或受理登记表（签字件）：请上传扫描件或标记纸质归档');
    expect(missingLine(gaps.slice(0, 3))).toBe('本卷还缺：调解成功但尚未回访；缺少人民调解申请书或受理登记表（签字件）；缺少当事人权利义务告知书（签字件）（请上传扫描件或标记纸质归档）');
  });
  it('sums the gaps up in short: the count and the first three names', () => {
    const gaps = dossierCompleteness({ ...full, agreement: { ...written, sealed: false }, onPaper: new Set(covers), scans: { ...full.scans, session: 0, followUp: 0 } }).missing;
    expect(missingSummary(gaps)).toBe('本卷还缺 4 项（协议书印章、身份证明、调解记录签字件等）');
    expect(missingSummary(gaps.slice(0, 2))).toBe('本卷还缺 2 项（协议书印章、身份证明）');
    expect(missingSummary([{ part: null, code: 'notConcluded', message: '案件尚未结案' }])).toBe('本卷还缺 1 项（结案）');
  });
});
