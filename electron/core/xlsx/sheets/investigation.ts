// Export-only sheet specs of dispute investigation: rounds (矛盾纠纷排查) and the disputes they found (incl. 重大矛盾纠纷).
import { periodLabel } from '../../../shared/investigation-period';
import { disputeCategories, findingStatuses, investigationKinds, investigationLevels, riskLevels } from '../../../shared/register-codes';
import { investigationListInput, type InvestigationRow } from '../../../shared/schemas/investigation';
import { findingListInput, type FindingRow } from '../../../shared/schemas/investigation-finding';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { investigationHandlers } from '../../services/investigation';
import { yesNoCodes, yesNoOf } from '../convert';
import { allPages, listInput, syncHandler, type SheetSpec } from '../sheet-spec';

const rounds = syncHandler(investigationHandlers['investigation.list']);
const findings = syncHandler(investigationHandlers['investigationFinding.list']);

export const investigationSheet: SheetSpec<InvestigationRow> = {
  title: xlsxListTitles.investigation,
  columns: [
    { header: '排查层级', width: 10, kind: 'code', codes: investigationLevels, value: (r) => r.level },
    { header: '排查期间', width: 18, kind: 'text', value: (r) => periodLabel(r.period) },
    { header: '排查类型', width: 12, kind: 'code', codes: investigationKinds, value: (r) => r.kind },
    { header: '排查日期', width: 12, kind: 'date', value: (r) => r.conductedOn },
    { header: '网格', width: 16, kind: 'text', value: (r) => r.grid },
    { header: '排查人', width: 20, kind: 'text', value: (r) => r.investigators },
    { header: '排查方式', width: 12, kind: 'text', value: (r) => r.method },
    { header: '负责人', width: 10, kind: 'text', value: (r) => r.responsible },
    { header: '上报日期', width: 12, kind: 'date', value: (r) => r.reportedOn },
    { header: '发现纠纷数', width: 10, kind: 'text', value: (r) => String(r.findingsCount) },
    { header: '零报告', width: 8, kind: 'code', codes: yesNoCodes, value: (r) => yesNoOf(r.zeroReport) },
    { header: '未化解重大纠纷数', width: 16, kind: 'text', value: (r) => String(r.majorOpenCount) },
    { header: '备注', width: 30, kind: 'text', value: (r) => r.note },
  ],
  rows: (call, filters) => allPages((page) => rounds(listInput(investigationListInput, filters, page), call)),
};

export const investigationFindingSheet: SheetSpec<FindingRow> = {
  title: xlsxListTitles.investigationFinding,
  columns: [
    { header: '排查层级', width: 10, kind: 'code', codes: investigationLevels, value: (f) => f.level },
    { header: '排查期间', width: 18, kind: 'text', value: (f) => periodLabel(f.period) },
    { header: '排查日期', width: 12, kind: 'date', value: (f) => f.conductedOn },
    { header: '纠纷类型', width: 14, kind: 'code', codes: disputeCategories, value: (f) => f.category },
    { header: '纠纷简要情况', width: 40, kind: 'text', value: (f) => f.summary },
    { header: '当事人', width: 20, kind: 'text', value: (f) => f.parties },
    { header: '网格', width: 16, kind: 'text', value: (f) => f.grid },
    { header: '风险等级', width: 8, kind: 'code', codes: riskLevels, value: (f) => f.riskLevel },
    { header: '责任人', width: 10, kind: 'text', value: (f) => f.responsible },
    { header: '化解状态', width: 10, kind: 'code', codes: findingStatuses, value: (f) => f.status },
    { header: '重大矛盾纠纷', width: 12, kind: 'code', codes: yesNoCodes, value: (f) => yesNoOf(f.major) },
    { header: '化解日期', width: 12, kind: 'date', value: (f) => f.resolvedOn },
    { header: '备注', width: 30, kind: 'text', value: (f) => f.note },
  ],
  rows: (call, filters) => allPages((page) => findings(listInput(findingListInput, filters, page), call)),
};
