// 调解案件 page: the server-paged, searchable case list with its filters, and 收案登记 (the intake dialog).
import { PlusOutlined } from '@ant-design/icons';
import { caseSortFields } from '@shared/schemas/case';
import { Button } from 'antd';
import { useState } from 'react';
import { RegisterList } from '../../components/register-list';
import { navigate, useHashParam } from '../../shell/use-hash-route';
import { useCategoryLabel } from './case-labels';
import { caseListColumns } from './case-list-columns';
import { CaseListExport } from './case-list-export';
import { CaseFilterBar } from './case-list-filters';
import { caseDefaultSort, caseListInput, hasCaseFilters, initialCaseView, type CaseView } from './case-list-view';
import { IntakeDialog } from './intake-dialog';
import { useCaseList } from './use-cases';
import { Can } from '../../auth/can';
import { useSeesSensitive } from '../../auth/use-can';

export const CASES_PATH = 'cases';

export function CaseListPage() {
  // Without the right to see ID numbers and phones, searches do not match them (they would reveal masked digits).
  const fullSearch = useSeesSensitive();
  const [view, setView] = useState<CaseView>(initialCaseView);
  const [intakeOpen, setIntakeOpen] = useState(false);
  const list = useCaseList(caseListInput(view));
  const categoryLabel = useCategoryLabel();

  // ?open=<id> (links from other pages): a case opens on its own page.
  const openParam = useHashParam('open');
  const openId = Number(openParam);
  if (openParam !== null && Number.isInteger(openId) && openId > 0) navigate(`case?id=${openId}`, true);

  return (
    <RegisterList
      title="调解案件"
      noun="调解案件"
      unit="件"
      searchPlaceholder={fullSearch ? '卷号、当事人姓名或拼音首字母、身份证号、电话、案情关键词' : '卷号、当事人姓名或拼音首字母、案情关键词'}
      view={view}
      onViewChange={setView}
      sortFields={caseSortFields}
      defaultSort={caseDefaultSort}
      list={list}
      columns={caseListColumns({ sort: view, categoryLabel })}
      emptyText={hasCaseFilters(view) ? '没有符合筛选条件的调解案件' : '暂无调解案件，点击“收案登记”登记第一件'}
      filters={<CaseFilterBar view={view} onChange={setView} />}
      actions={
        <>
          <Can method="case.create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIntakeOpen(true)}>
              收案登记
            </Button>
          </Can>
          <CaseListExport filters={caseListInput(view)} />
        </>
      }
    >
      <IntakeDialog open={intakeOpen} onClose={() => setIntakeOpen(false)} />
    </RegisterList>
  );
}
