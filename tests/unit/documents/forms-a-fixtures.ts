// Case contexts for the first-half case forms: a full case (two applicants, an organisation, agents, steps, closed dossier) and a bare one.
import type { CaseDocContext } from '../../../electron/core/documents/case-context';
import type { CaseDetail } from '../../../electron/shared/schemas/case';
import type { CaseParty } from '../../../electron/shared/schemas/case-party';
import type { CaseStep } from '../../../electron/shared/schemas/case-step';

const at = '2026-11-01T00:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };

function party(id: number, over: Partial<CaseParty>): CaseParty {
  return {
    id, caseId: 1, role: 'applicant', kind: 'person', name: `当事人${id}`, gender: null, ethnicity: null, birthDate: null,
    occupation: null, idNumber: null, creditCode: null, legalRepresentative: null, phone: null, address: null,
    sortOrder: id, agents: [], ...stamps, ...over,
  };
}

export const inquiryStep: CaseStep = {
  kind: 'inquiry', id: 11, caseId: 1, occurredOn: '2026-10-16', people: '王建国、刘芳', place: '东街村3组现场',
  subject: '赵六（邻居）', recorder: '刘芳', content: '问：你看到了什么？\n答：李四家的排水管正对张三家院墙。\n\n问：还有别的吗？', ...stamps,
};

export const sessionStep: CaseStep = {
  kind: 'session', id: 12, caseId: 1, occurredOn: '2026-10-20', people: '王建国', place: '东街村调解室',
  participants: '村民小组长陈七', recorder: '刘芳', content: '调解员：请双方陈述。\n张三：墙裂了。\n李四：可以改排水。', ...stamps,
};

const bareDetail: CaseDetail = {
  id: 2, committeeId: 1, source: 'initiative', sourceDetail: null, findingId: null, receivedOn: '2026-11-20', category: '01',
  facts: '双方因排水发生争执。', requests: null, amountFen: null, note: null, state: 'received', acceptedOn: null,
  concludedOn: null, agreementForm: null, agreementEffectiveOn: null, agreementAmountFen: null, enteredAt: null, ...stamps,
  committeeName: '东街村人民调解委员会', title: '甲与乙邻里纠纷', categoryLabel: '邻里纠纷', mediators: [],
  parties: [party(1, { name: '甲' }), party(2, { name: '乙', role: 'respondent' })],
  steps: [], dossier: null, completeness: { complete: false, parts: [], missing: [] }, dates: [], nextSteps: [], entry: null, locked: false,
};

const fullDetail: CaseDetail = {
  ...bareDetail,
  id: 1, source: 'police', sourceDetail: '东街派出所', receivedOn: '2026-10-13', state: 'succeeded',
  facts: '申请人张三与被申请人李四系相邻住户。\n李四翻建厨房，屋面雨水排向张三家院内。',
  requests: '1、改造排水管\n（2）赔偿修墙费用2000元\n\n3. 赔礼道歉', acceptedOn: '2026-10-15', concludedOn: '2026-10-28',
  title: '张三、王五与李四、某公司相邻关系纠纷', categoryLabel: '相邻关系纠纷',
  mediators: [{ id: 1, name: '王建国' }, { id: 2, name: '刘芳' }],
  parties: [
    party(1, { name: '张三', gender: 'male', ethnicity: '01', birthDate: '1974-10-14', occupation: '农民', phone: '13812345678', address: '东街村3组18号' }),
    party(2, { name: '王五', gender: 'female', birthDate: '1980-01-01', agents: [{ id: 1, partyId: 2, name: '王小五', kind: 'entrusted', authority: 'special', authorityText: null, relation: '儿子', idNumber: null, phone: null, ...stamps }] }),
    party(3, { name: '李四', role: 'respondent', gender: 'male', occupation: '个体经营', address: '东街村3组20号' }),
    party(4, { name: '某建筑有限公司', role: 'respondent', kind: 'organization', creditCode: '91320102MA1TEST00X', legalRepresentative: '钱八', phone: '025-1234567', address: '玄武区某路1号' }),
  ],
  steps: [inquiryStep, sessionStep],
  dossier: {
    id: 1, caseId: 1, committeeId: 1, year: 2026, seq: 17, number: '（2026）东调字第017号', openedOn: '2026-10-15', status: 'closed',
    closedBy: '刘芳', closedOn: '2026-11-03', retention: '长期', reopenedOn: '2026-11-05', reopenReason: '补充回访记录', note: '另有照片三张',
    ...stamps,
  },
  completeness: {
    complete: false,
    parts: [
      { part: 'application', label: '人民调解申请书或受理登记表', need: 'required', hasData: true, scans: 0, onPaper: true },
      { part: 'session', label: '人民调解记录', need: 'required', hasData: true, scans: 1, onPaper: false },
    ],
    missing: [{ part: 'followUp', code: 'followUpMissing', message: '人民调解回访记录' }],
  },
};

export const committee = { name: '东街村人民调解委员会', address: '东街村委会', phone: '025-7654321' };
export const fullContext: CaseDocContext = { detail: fullDetail, office: { name: '城关司法所', address: '', phone: '' }, committee, today: '2026-11-27' };
export const bareContext: CaseDocContext = { detail: bareDetail, office: null, committee, today: '2026-11-27' };
