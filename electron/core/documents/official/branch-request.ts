// 关于成立党支部的请示 (请示, 上行文): the office's Party members from the staff register and the branch rules.
import { asc, count, eq, inArray } from 'drizzle-orm';
import { cpcBranch, office, staff } from '../../../../drizzle/schema';
import { dateCn } from '../../../shared/documents/format';
import { AppError } from '../../../shared/errors';
import { BRANCH_MIN_FULL_MEMBERS, COMMITTEE_MIN_FULL_MEMBERS } from '../../../shared/rules/cpc-branch';
import type { CallContext } from '../../services/context';
import { printable, type OfficialBlock, type OfficialDoc } from './model';

/** 政治面貌 codes (GB/T 4762): 01 中共党员 (正式), 02 中共预备党员. */
const FULL_MEMBER = '01';
const PROBATIONARY = '02';
/** A blank to write a name on by hand. */
const NAME_BLANK = '＿＿＿＿＿＿';
const RULES = '《中国共产党支部工作条例（试行）》';

export interface OfficeNames {
  /** 玄武门司法所 */
  office: string;
  /** 玄武区 */
  district: string;
  head: string | null;
  phone: string | null;
}

export function officeNames(call: CallContext): OfficeNames {
  const row = call.db.select().from(office).where(eq(office.id, 1)).get();
  return {
    office: printable(row?.name ?? '') || '司法所',
    district: printable(row?.district ?? ''),
    head: row?.head ? printable(row.head) : null,
    phone: row?.phone ? printable(row.phone) : null,
  };
}

/** The 附注 of both documents: who to call back. */
export function contactNote(names: OfficeNames): string {
  return `联系人：${names.head ?? NAME_BLANK}，联系电话：${names.phone ?? NAME_BLANK}`;
}

export interface BranchFacts {
  staffCount: number;
  full: string[];
  probationary: string[];
}

export function branchFacts(call: CallContext): BranchFacts {
  const members = call.db
    .select({ name: staff.name, status: staff.politicalStatus })
    .from(staff)
    .where(inArray(staff.politicalStatus, [FULL_MEMBER, PROBATIONARY]))
    .orderBy(asc(staff.namePinyin), asc(staff.id))
    .all();
  const staffCount = call.db.select({ n: count() }).from(staff).get()?.n ?? 0;
  const names = (code: string) => members.filter((m) => m.status === code).map((m) => printable(m.name));
  return { staffCount, full: names(FULL_MEMBER), probationary: names(PROBATIONARY) };
}

/** 中共XX司法所支部委员会 (7+ full members) / 中共XX司法所支部 / 中共XX司法所联合支部 (fewer than 3). */
export function branchName(officeName: string, fullMembers: number): string {
  if (fullMembers >= COMMITTEE_MIN_FULL_MEMBERS) return `中共${officeName}支部委员会`;
  if (fullMembers >= BRANCH_MIN_FULL_MEMBERS) return `中共${officeName}支部`;
  return `中共${officeName}联合支部`;
}

function memberText(facts: BranchFacts): string {
  const full = facts.full.length > 0 ? `中共正式党员${facts.full.length}名（${facts.full.join('、')}）` : '暂无中共正式党员';
  const prob = facts.probationary.length > 0 ? `，中共预备党员${facts.probationary.length}名（${facts.probationary.join('、')}）` : '';
  return `我所现有在册工作人员${facts.staffCount}名，其中${full}${prob}。`;
}

/** A request to set up a branch the branch register already holds would contradict it: refuse, naming that branch. */
function refuseWhenBranchExists(call: CallContext): void {
  const branch = call.db.select({ name: cpcBranch.name, foundedOn: cpcBranch.foundedOn }).from(cpcBranch).orderBy(asc(cpcBranch.id)).get();
  if (branch === undefined) return;
  const name = printable(branch.name);
  throw new AppError('VALIDATION_FAILED', `本所已成立党支部（${name}，${dateCn(branch.foundedOn)}成立），无需再请示成立`);
}

export function branchRequestDoc(call: CallContext): OfficialDoc {
  refuseWhenBranchExists(call);
  const names = officeNames(call);
  const facts = branchFacts(call);
  const nFull = facts.full.length;
  const name = branchName(names.office, nFull);
  const eligible = nFull >= BRANCH_MIN_FULL_MEMBERS;
  const secretary = names.head !== null && facts.full.includes(names.head) ? names.head : NAME_BLANK;
  const body: OfficialBlock[] = [
    {
      kind: 'paragraph',
      text: `为加强党的基层组织建设，充分发挥党支部战斗堡垒作用和党员先锋模范作用，根据${RULES}第五条“企业、农村、机关、学校、科研院所、街道社区、社会组织、人民解放军连队和其他基层单位，凡是有正式党员3人以上的，都应当成立党支部”的规定，结合我所实际，现就成立党支部有关事项请示如下：`,
    },
    { kind: 'heading', text: '一、党员基本情况' },
    { kind: 'paragraph', text: memberText(facts) },
    { kind: 'heading', text: '二、成立党支部的依据' },
    {
      kind: 'paragraph',
      text: eligible
        ? `我所正式党员已达${nFull}名，符合${RULES}关于正式党员3人以上应当成立党支部的规定。`
        : `我所正式党员不足3名，按照${RULES}第五条规定，拟与邻近单位联合成立党支部（联合单位：${NAME_BLANK}${NAME_BLANK}）。`,
    },
    { kind: 'heading', text: '三、拟成立党支部的名称和组成' },
    { kind: 'paragraph', lead: '（一）支部名称。', text: `拟定名为“${name}”。` },
    {
      kind: 'paragraph',
      lead: '（二）支部组成。',
      text:
        nFull >= COMMITTEE_MIN_FULL_MEMBERS
          ? `正式党员7人以上，拟设立支部委员会，由3至5名委员组成，设书记1名，组织委员、宣传委员、纪检委员各1名，拟由${secretary}同志担任支部书记。`
          : `正式党员不足7人，不设支部委员会，设书记1名，拟由${secretary}同志担任支部书记。`,
    },
    { kind: 'paragraph', lead: '（三）隶属关系。', text: `党支部成立后，接受上级党组织的领导，按期换届，严格落实“三会一课”等组织生活制度。` },
    { kind: 'paragraph', text: '妥否，请批示。' },
  ];
  const title = `${names.office}关于成立${name}的请示`;
  const date = dateCn(call.today);
  return {
    title,
    addressee: `中共${names.district}司法局党组`,
    body,
    signer: names.office,
    date,
    note: contactNote(names),
    imprint: { issuer: names.office, date },
  };
}
