// "本卷还缺": which dossier parts this case needs (domain-reference §1.1) and what it still lacks before 立卷.
import { concludedStates, dossierParts, mediatedStates, type DossierPartCode } from '../case-codes';
import type { DossierCompleteness, DossierGap, DossierPartStatus } from '../schemas/dossier';

export interface AgreementFacts {
  form: string;
  signedByParties: boolean;
  mediatorSigned: boolean;
  sealed: boolean;
  effectiveOn: string | null;
}

export interface CompletenessFacts {
  state: string;
  /** How many steps of each kind the case has. */
  stepCounts: Partial<Record<string, number>>;
  /** The latest agreement step, null when none. */
  agreement: AgreementFacts | null;
  hasAgent: boolean;
  /** Attachments of the case whose role is a part code. */
  scans: Partial<Record<string, number>>;
  /** Parts marked as filed on paper. */
  onPaper: ReadonlySet<string>;
}

type Need = DossierPartStatus['need'];


/** How a part or paper that is not filed can be filed. */
export const FILE_HINT = '请上传扫描件或标记纸质归档';

const has = (f: CompletenessFacts, kind: string) => (f.stepCounts[kind] ?? 0) > 0;
const within = (list: readonly string[], state: string) => list.includes(state);

function needOf(part: DossierPartCode, f: CompletenessFacts): Need {
  const succeeded = f.state === 'succeeded';
  switch (part) {
    case 'cover':
    case 'toc':
    case 'application':
    case 'rightsNotice':
    case 'idProof':
    case 'session':
    case 'backCover':
      return 'required';
    case 'authorization':
      return f.hasAgent ? 'required' : 'notApplicable';
    case 'agreement':
      return succeeded ? 'required' : has(f, 'agreement') ? 'optional' : 'notApplicable';
    case 'inquiry':
      return has(f, 'inquiry') ? 'required' : 'optional';
    case 'followUp':
      return succeeded ? 'required' : 'optional';
    case 'confirmation':
      return has(f, 'judicialConfirmation') ? 'required' : 'optional';
    default:
      return 'optional';
  }
}

/** The step whose data a generated part is printed from (null: printed from the case itself). */
const dataStep: Partial<Record<DossierPartCode, string>> = {
  inquiry: 'inquiry',
  session: 'session',
  agreement: 'agreement',
  followUp: 'followUp',
  confirmation: 'judicialConfirmation',
  performanceProof: 'performance',
};

function agreementGaps(a: AgreementFacts): DossierGap[] {
  if (a.form !== 'written') return [];
  const checks: [boolean, string, string][] = [
    [a.signedByParties, 'agreementPartiesSigned', '协议书未记录当事人签名（盖章或按指印）'],
    [a.mediatorSigned, 'agreementMediatorSigned', '协议书未记录调解员签名'],
    [a.sealed, 'agreementSealed', '协议书未记录加盖调委会印章'],
    [a.effectiveOn !== null, 'agreementEffectiveOn', '协议书未登记生效日期'],
  ];
  return checks.filter(([done]) => !done).map(([, code, message]) => ({ part: 'agreement', code, message }));
}

export function dossierCompleteness(f: CompletenessFacts): DossierCompleteness {
  const parts: DossierPartStatus[] = dossierParts.map((p) => {
    const step = dataStep[p.code];
    return {
      part: p.code,
      label: p.label,
      need: f.state === 'rejected' ? 'notApplicable' : needOf(p.code, f),
      hasData: p.generated && (step === undefined || has(f, step)),
      scans: f.scans[p.code] ?? 0,
      onPaper: f.onPaper.has(p.code),
    };
  });
  if (f.state === 'rejected') {
    const missing = [{ part: null, code: 'rejected', message: '不予受理的案件不建立卷宗' }];
    return { complete: false, parts, missing };
  }
  const missing: DossierGap[] = [];
  if (!within(concludedStates, f.state)) missing.push({ part: null, code: 'notConcluded', message: '案件尚未结案' });
  if (within(mediatedStates, f.state) && !has(f, 'session')) {
    missing.push({ part: 'session', code: 'noSession', message: '没有调解记录' });
  }
  if (f.state === 'succeeded') {
    if (f.agreement === null) missing.push({ part: 'agreement', code: 'noAgreement', message: '调解成功但未登记调解协议' });
    else missing.push(...agreementGaps(f.agreement));
    if (!has(f, 'followUp')) missing.push({ part: 'followUp', code: 'noFollowUp', message: '调解成功但尚未回访' });
  }
  for (const p of parts) {
    const info = dossierParts.find((d) => d.code === p.part)!;
    // Signed originals, and required papers the app cannot generate (身份证明, 授权委托书), must be filed;
    // 封面, 卷内目录 and 封底 are printed from the case.
    const needsPaper = info.signed || !info.generated;
    if (p.need !== 'required' || !needsPaper || p.scans > 0 || p.onPaper) continue;
    if (missing.some((g) => g.part === p.part)) continue;
    const what = info.signed ? `${p.label}（签字件）` : p.label;
    missing.push({ part: p.part, code: 'notFiled', message: `缺少${what}：${FILE_HINT}` });
  }
  return { complete: missing.length === 0, parts, missing };
}

/** The gaps as one line: 本卷还缺：a；b, with the filing hint once at the end instead of after every part. */
export function missingLine(missing: readonly DossierGap[]): string {
  const hint = `：${FILE_HINT}`;
  const line = missing.map((g) => (g.message.endsWith(hint) ? g.message.slice(0, -hint.length) : g.message)).join('；');
  return missing.some((g) => g.message.endsWith(hint)) ? `本卷还缺：${line}（${FILE_HINT}）` : `本卷还缺：${line}`;
}

/** Short names of the parts, for one-line summaries. */
const shortPart: Record<DossierPartCode, string> = {
  cover: '封面',
  toc: '卷内目录',
  application: '申请书',
  rightsNotice: '权利义务告知书',
  idProof: '身份证明',
  authorization: '授权委托书',
  inquiry: '调查记录',
  evidence: '证据材料',
  session: '调解记录',
  agreement: '调解协议书',
  performanceProof: '履行凭证',
  followUp: '回访记录',
  confirmation: '司法确认材料',
  explanation: '情况说明',
  backCover: '封底',
};

/** Short names of the case-level and agreement gaps. */
const shortGap: Partial<Record<string, string>> = {
  rejected: '不予受理',
  notConcluded: '结案',
  noSession: '调解记录',
  noAgreement: '调解协议',
  agreementPartiesSigned: '协议书当事人签名',
  agreementMediatorSigned: '协议书调解员签名',
  agreementSealed: '协议书印章',
  agreementEffectiveOn: '协议生效日期',
  noFollowUp: '回访',
};

function shortLabel(g: DossierGap): string {
  const known = shortGap[g.code];
  if (known !== undefined) return known;
  if (g.part === null) return g.message;
  const info = dossierParts.find((p) => p.code === g.part)!;
  return info.signed ? `${shortPart[g.part]}签字件` : shortPart[g.part];
}

/** The gaps in short: 本卷还缺 5 项（身份证明、调解协议书签字件、回访记录签字件等）. */
export function missingSummary(missing: readonly DossierGap[], shown = 3): string {
  const labels = missing.slice(0, shown).map(shortLabel);
  return `本卷还缺 ${missing.length} 项（${labels.join('、')}${missing.length > shown ? '等' : ''}）`;
}
