// Export-only sheet spec of the case list (调解案件): the rows the list shows for its filters and search; no ID numbers.
import { disputeCategory } from '../../../../drizzle/schema';
import { caseSources, caseStates } from '../../../shared/case-codes';
import { caseListInput, type CaseRow } from '../../../shared/schemas/case';
import { caseRowsOf } from '../../services/case-rows';
import { allCaseIds } from '../../services/case-list';
import { listInput, type SheetSpec } from '../sheet-spec';

type CaseSheetRow = CaseRow & { categoryLabel: string };

const dossierLabels = { none: '未建卷', open: '未立卷', closed: '已立卷' } as const;
const CHUNK = 500;

/** 分 → 元, a number cell (format 0.00); dates stay text as in every sheet. */
const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);

export const caseSheet: SheetSpec<CaseSheetRow> = {
  title: '调解案件',
  columns: [
    { header: '卷号', width: 26, kind: 'text', value: (c) => c.number },
    { header: '卷名', width: 36, kind: 'text', value: (c) => c.title },
    { header: '调委会', width: 26, kind: 'text', value: (c) => c.committeeName },
    { header: '纠纷类型', width: 16, kind: 'text', value: (c) => c.categoryLabel },
    { header: '案件来源', width: 16, kind: 'code', codes: caseSources, value: (c) => c.source },
    { header: '收案日期', width: 12, kind: 'date', value: (c) => c.receivedOn },
    { header: '状态', width: 12, kind: 'code', codes: caseStates, value: (c) => c.state },
    { header: '结案日期', width: 12, kind: 'date', value: (c) => c.concludedOn },
    { header: '申请人', width: 20, kind: 'text', value: (c) => c.applicants },
    { header: '被申请人', width: 20, kind: 'text', value: (c) => c.respondents },
    { header: '涉及金额(元)', width: 14, kind: 'money', value: (c) => yuan(c.amountFen) },
    { header: '卷宗', width: 8, kind: 'text', value: (c) => dossierLabels[c.dossierStatus] },
    { header: '逾期录入', width: 8, kind: 'text', value: (c) => (c.entryLate === null ? null : c.entryLate ? '是' : '否') },
  ],
  // Every case the list shows for these filters (and search text), in its order, read in chunks.
  rows: (call, filters) => {
    const ids = allCaseIds(call.db, listInput(caseListInput, filters, 1), call.viewer.seesSensitive);
    const labels = new Map(call.db.select().from(disputeCategory).all().map((c) => [c.code, c.label]));
    const rows: CaseSheetRow[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      for (const row of caseRowsOf(call.db, ids.slice(i, i + CHUNK))) {
        rows.push({ ...row, categoryLabel: labels.get(row.category) ?? row.category });
      }
    }
    return rows;
  },
};
