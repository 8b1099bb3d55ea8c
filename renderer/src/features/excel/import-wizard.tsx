// The import wizard: 1 template and file, 2 preview with mode and update choice, 3 result. Nothing is written before 3.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { xlsxKeyLabels, xlsxListTitles, type XlsxEntity, type XlsxImportMode, type XlsxImportResult, type XlsxPreview } from '@shared/schemas/xlsx';
import { Alert, Button, Modal, Spin, Steps, Upload } from 'antd';
import { useRef, useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, fileProblem, readFileAsBase64 } from './file-data';
import { ImportPreviewStep, ImportResultStep } from './import-steps';

interface WizardProps {
  entity: XlsxEntity;
  onImported: () => void;
  onClose: () => void;
}

type Stage =
  | { step: 'file'; busy: string | null; error: string | null }
  | { step: 'preview'; fileName: string; data: string; preview: XlsxPreview; importing: boolean; error: string | null }
  | { step: 'result'; result: XlsxImportResult };

export function ImportWizard({ entity, onImported, onClose }: WizardProps) {
  const title = xlsxListTitles[entity];
  const [stage, setStage] = useState<Stage>({ step: 'file', busy: null, error: null });
  const [mode, setMode] = useState<XlsxImportMode>('allOrNothing');
  const [updateExisting, setUpdateExisting] = useState(false);
  // A closed wizard ignores answers that arrive later.
  const open = useRef(true);
  const close = () => {
    open.current = false;
    onClose();
  };

  const downloadTemplate = async () => {
    setStage({ step: 'file', busy: '正在生成模板…', error: null });
    try {
      const file = await call('xlsx.template', { entity });
      downloadBase64(file.fileName, file.dataBase64);
      if (open.current) setStage({ step: 'file', busy: null, error: null });
    } catch (err) {
      if (open.current) setStage({ step: 'file', busy: null, error: `模板下载失败：${errorMessage(err)}` });
    }
  };

  const choose = async (file: File) => {
    const problem = fileProblem(file);
    if (problem) return setStage({ step: 'file', busy: null, error: problem });
    setStage({ step: 'file', busy: `正在检查“${file.name}”…`, error: null });
    try {
      const data = await readFileAsBase64(file);
      const preview = await call('xlsx.preview', { entity, dataBase64: data });
      if (!open.current) return;
      setStage({ step: 'preview', fileName: file.name, data, preview, importing: false, error: null });
    } catch (err) {
      if (open.current) setStage({ step: 'file', busy: null, error: err instanceof Error && !('error' in err) ? err.message : errorMessage(err) });
    }
  };

  const runImport = async () => {
    if (stage.step !== 'preview') return;
    setStage({ ...stage, importing: true, error: null });
    try {
      const result = await call('xlsx.import', { entity, dataBase64: stage.data, mode, updateExisting });
      if (result.created + result.updated > 0) onImported();
      if (open.current) setStage({ step: 'result', result });
    } catch (err) {
      if (open.current) setStage({ ...stage, importing: false, error: `导入失败：${errorMessage(err)}` });
    }
  };

  const importing = stage.step === 'preview' && stage.importing;
  const current = { file: 0, preview: 1, result: 2 }[stage.step];
  return (
    <Modal
      open
      title={`导入${title}`}
      width={860}
      onCancel={importing ? undefined : close}
      closable={!importing}
      maskClosable={false}
      keyboard={!importing}
      footer={null}
      destroyOnHidden
    >
      <Steps size="small" current={current} style={{ margin: '8px 0 20px' }} items={[{ title: '选择文件' }, { title: '预览检查' }, { title: '导入结果' }]} />
      {stage.step === 'file' && (
        <Spin spinning={stage.busy !== null} tip={stage.busy ?? undefined}>
          <Alert
            type="info"
            showIcon
            message={`请先下载导入模板，按表头填写${title}信息（每行一条，身份证号码等请以文本格式填写），保存后选择该文件。`}
            action={
              <Button size="small" icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
                下载导入模板
              </Button>
            }
          />
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void choose(file);
              return false;
            }}
            style={{ marginTop: 16 }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击选择或拖入 .xlsx 文件</p>
            <p className="ant-upload-hint">不超过 10 MB、5000 行；先预览检查，确认后才导入</p>
          </Upload.Dragger>
          {stage.error && <Alert type="error" showIcon message={stage.error} style={{ marginTop: 16 }} />}
          <div style={{ textAlign: 'right', marginTop: 16 }}>
            <Button onClick={close}>取消</Button>
          </div>
        </Spin>
      )}
      {stage.step === 'preview' && (
        <ImportPreviewStep
          fileName={stage.fileName}
          preview={stage.preview}
          keyLabel={xlsxKeyLabels[entity]}
          mode={mode}
          onModeChange={setMode}
          updateExisting={updateExisting}
          onUpdateExistingChange={setUpdateExisting}
          importing={stage.importing}
          error={stage.error}
          onBack={() => setStage({ step: 'file', busy: null, error: null })}
          onCancel={close}
          onImport={() => void runImport()}
        />
      )}
      {stage.step === 'result' && <ImportResultStep result={stage.result} keyLabel={xlsxKeyLabels[entity]} onDone={close} />}
    </Modal>
  );
}
