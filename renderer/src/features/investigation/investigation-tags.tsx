// Small tags the investigation pages share: 零报告 (or 待登记纠纷), a finding's status, its risk level, 重大.
import { findingStatuses, riskLevels } from '@shared/register-codes';
import { labelOf } from '@shared/codes';
import { isOpenStatus } from '@shared/schemas/investigation-finding';
import { Tag } from 'antd';

export function ZeroReportTag() {
  return <Tag color="green">零报告</Tag>;
}

/** A round saved as having found disputes, none entered yet: it would be reported as a 零报告. */
export function AwaitingFindingsTag() {
  return <Tag color="orange">待登记纠纷</Tag>;
}

const statusColors: Record<string, string> = { pending: 'red', mediating: 'orange', resolved: 'green', referred: 'blue' };

export function StatusTag({ status }: { status: string }) {
  return <Tag color={statusColors[status]}>{labelOf(findingStatuses, status)}</Tag>;
}

const riskColors: Record<string, string> = { high: 'red', medium: 'orange', low: 'default' };

export function RiskTag({ risk }: { risk: string }) {
  return <Tag color={riskColors[risk]}>{labelOf(riskLevels, risk)}风险</Tag>;
}

export function MajorTag({ status }: { status: string }) {
  return <Tag color={isOpenStatus(status) ? 'volcano' : 'default'}>重大</Tag>;
}
