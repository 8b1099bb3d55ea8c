// Steps 2 and 3 of the import wizard: the preview with its choices, and the result.
import type { XlsxImportMode, XlsxImportResult, XlsxPreview } from '@shared/schemas/xlsx';
import { Alert, Button, Checkbox, Radio, Result, Space, Typography } from 'antd';
import { ImportRowsTable } from './import-rows-table';

interface PreviewStepProps {
  fileName: string;
  preview: XlsxPreview;
  keyLabel: string;
  mode: XlsxImportMode;
  onModeChange: (mode: XlsxImportMode) => void;
  updateExisting: boolean;
  onUpdateExistingChange: (value: boolean) => void;
  importing: boolean;
  error: string | null;
  onBack: () => void;
  onCancel: () => void;
  onImport: () => void;
}

/** How many rows the chosen options would write. */
function toWrite(p: XlsxPreview, mode: XlsxImportMode, updateExisting: boolean): number {
  if (mode === 'allOrNothing' && p.counts.error > 0) return 0;
  return p.counts.create + (updateExisting ? p.counts.update : 0);
}

export function ImportPreviewStep(props: PreviewStepProps) {
  const { preview, mode, updateExisting } = props;
  const { create, update, error } = preview.counts;
  const total = preview.rows.length;
  const writes = toWrite(preview, mode, updateExisting);
  const blocked = mode === 'allOrNothing' && error > 0;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Alert
        type={error > 0 ? 'warning' : total === 0 ? 'info' : 'success'}
        showIcon
        message={
          total === 0
            ? `“${props.fileName}”中没有数据行`
            : `“${props.fileName}”共 ${total} 行：可新增 ${create} 行，与已有记录相同（${props.keyLabel}）${update} 行，有错误 ${error} 行`
        }
        description={error > 0 ? '错误按 Excel 中的行号和列列出；可以在 Excel 中改正后重新选择文件。' : undefined}
      />
      {total > 0 && <ImportRowsTable rows={preview.rows} keyLabel={props.keyLabel} />}
      {total > 0 && (
        <Space direction="vertical" size={4}>
          <Radio.Group value={mode} onChange={(e) => props.onModeChange(e.target.value as XlsxImportMode)} disabled={props.importing}>
            <Radio value="allOrNothing">全部成功才导入（有任何错误则一行也不导入）</Radio>
            <Radio value="validOnly">只导入正确的行（跳过有错误的行）</Radio>
          </Radio.Group>
          <Checkbox
            checked={updateExisting}
            disabled={update === 0 || props.importing}
            onChange={(e) => props.onUpdateExistingChange(e.target.checked)}
          >
            更新已有记录（{update} 行的{props.keyLabel}已登记；不勾选则跳过这些行，不会重复登记）
          </Checkbox>
        </Space>
      )}
      {blocked && <Typography.Text type="danger">有 {error} 行错误：请改正后重新选择文件，或选择“只导入正确的行”。</Typography.Text>}
      {props.error && <Alert type="error" showIcon message={props.error} />}
      <div style={{ textAlign: 'right' }}>
        <Space>
          <Button onClick={props.onBack} disabled={props.importing}>
            重新选择文件
          </Button>
          <Button onClick={props.onCancel} disabled={props.importing}>
            取消
          </Button>
          <Button type="primary" loading={props.importing} disabled={writes === 0} onClick={props.onImport}>
            导入 {writes} 行
          </Button>
        </Space>
      </div>
    </Space>
  );
}

/** What was left out, in the user's terms: rows with errors were not imported; rows already registered were kept as they were. */
function leftOut(result: XlsxImportResult, keyLabel: string): string {
  const parts: string[] = [];
  if (result.failed > 0) parts.push(`有错误的 ${result.failed} 行未导入（见下表）`);
  if (result.skipped > 0) parts.push(`${keyLabel}已登记的 ${result.skipped} 行未更新`);
  return parts.length > 0 ? parts.join('；') : '文件中的行已全部导入';
}

export function ImportResultStep({ result, keyLabel, onDone }: { result: XlsxImportResult; keyLabel: string; onDone: () => void }) {
  const written = result.created + result.updated;
  return (
    <>
      <Result
        status={written === 0 ? 'warning' : result.failed > 0 ? 'info' : 'success'}
        title={written === 0 ? '没有导入任何记录' : `导入完成：新增 ${result.created} 条，更新 ${result.updated} 条`}
        subTitle={leftOut(result, keyLabel)}
        extra={
          <Button type="primary" onClick={onDone}>
            完成
          </Button>
        }
      />
      {result.errors.length > 0 && <ImportRowsTable rows={result.errors} keyLabel={keyLabel} />}
    </>
  );
}
