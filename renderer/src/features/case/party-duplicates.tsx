// Warnings of the duplicate check: under a party (same ID number, credit code, or name + phone) and above the parties (open cases between them).
import type { DuplicateCheckResult } from '@shared/schemas/case-party';
import { Alert, App, Space } from 'antd';
import { navigate } from '../../shell/use-hash-route';
import { stateLabel } from './case-labels';

type Match = DuplicateCheckResult['parties'][number]['matches'][number];
type OpenCase = DuplicateCheckResult['openCases'][number];

const matchTitles: Record<Match['matchedBy'], string> = {
  idNumber: '该身份证号码已在以下案件中出现：',
  creditCode: '该统一社会信用代码已在以下案件中出现：',
  namePhone: '同名且联系电话相同的当事人已在以下案件中出现：',
};

/** A link to an earlier case; leaving the unsaved intake is asked first. */
function CaseLink({ id, label, state }: { id: number; label: string; state: string }) {
  const { modal } = App.useApp();
  const open = () =>
    modal.confirm({
      title: '打开该案件？',
      content: '本次收案登记尚未保存，打开其他案件后填写的内容将丢失。',
      okText: '打开案件',
      cancelText: '继续登记',
      onOk: () => navigate(`case?id=${id}`),
    });
  return (
    <a
      href={`#/case?id=${id}`}
      onClick={(e) => {
        e.preventDefault();
        open();
      }}
    >
      {label}（{stateLabel(state)}）
    </a>
  );
}

export function PartyDuplicateAlerts({ matches }: { matches: readonly Match[] }) {
  const groups = (Object.keys(matchTitles) as Match['matchedBy'][])
    .map((by) => ({ by, items: matches.filter((m) => m.matchedBy === by) }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {groups.map((g) => (
        <Alert
          key={g.by}
          type="warning"
          showIcon
          title={matchTitles[g.by]}
          description={
            <Space orientation="vertical" size={2}>
              {g.items.map((m) => (
                <span key={`${m.caseId}-${m.partyName}`}>
                  <CaseLink id={m.caseId} label={m.caseLabel} state={m.caseState} />
                  {m.partyName ? `\u3000当事人：${m.partyName}` : null}
                </span>
              ))}
            </Space>
          }
        />
      ))}
    </Space>
  );
}

export function OpenCasesAlert({ cases }: { cases: readonly OpenCase[] }) {
  if (cases.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="申请人与被申请人之间已有尚未结案的调解案件："
      description={
        <Space orientation="vertical" size={2}>
          {cases.map((c) => (
            <CaseLink key={c.caseId} id={c.caseId} label={c.caseLabel} state={c.caseState} />
          ))}
        </Space>
      }
    />
  );
}
