// 导出 Excel for the case list: every page with the filters on screen (the core's sheet: electron/core/xlsx/sheets/cases.ts).
import type { CaseListInput } from '@shared/schemas/case';
import { ExportButton } from '../excel/export-button';

export function CaseListExport({ filters }: { filters: CaseListInput }) {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return <ExportButton list="case" filters={rest} />;
}
