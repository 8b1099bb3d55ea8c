// Contract methods of the xlsx area: export any list, and template/preview/import for the importable registers.
import { mutation, query } from '../contract-spec';
import {
  xlsxExportInput,
  xlsxFile,
  xlsxImportInput,
  xlsxImportResult,
  xlsxPreview,
  xlsxPreviewInput,
  xlsxTemplateInput,
} from '../schemas/xlsx';

export const xlsxContract = {
  'xlsx.export': query(xlsxExportInput, xlsxFile),
  'xlsx.template': query(xlsxTemplateInput, xlsxFile),
  'xlsx.preview': query(xlsxPreviewInput, xlsxPreview),
  'xlsx.import': mutation(xlsxImportInput, xlsxImportResult),
} as const;
