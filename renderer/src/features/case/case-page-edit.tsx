// 编辑案件信息: the intake's case fields (D's IntakeCaseFields) over the case, saved with case.update.
import { caseInput, type CaseDetail } from '@shared/schemas/case';
import { App, Form } from 'antd';
import { FormDialog } from '../../forms/form-dialog';
import { RecordForm, useFocusAfterOpen } from '../../forms/record-form';
import { submitWithSchema } from '../../forms/submit';
import { zodForm } from '../../forms/zod-form';
import { IntakeCaseFields } from './intake-case-fields';
import { toCaseInput, type IntakeValues } from './intake-values';
import { useUpdateCase } from './use-cases';

const caseForm = zodForm(caseInput);

function valuesOf(c: CaseDetail): IntakeValues {
  const { committeeId, source, sourceDetail, findingId, receivedOn, category, facts, requests, amountFen, note } = c;
  return { committeeId, source: source as IntakeValues['source'], sourceDetail, findingId, receivedOn, category, facts, requests, amountFen, note, mediatorIds: c.mediators.map((m) => m.id) };
}

function EditForm({ detail, onDone, onChange }: { detail: CaseDetail; onDone: () => void; onChange: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const update = useUpdateCase();
  useFocusAfterOpen(form, 'facts');
  const onFinish = (values: IntakeValues) =>
    void submitWithSchema(caseForm, form, toCaseInput({ ...values, parties: [] }), (data) => update.mutateAsync({ id: detail.id, data }), {
      message,
      onSaved: onDone,
      errorPrefix: 'data.',
    });
  return (
    <RecordForm<IntakeValues>
      form={form}
      name="caseEdit"
      initialValues={valuesOf(detail)}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={update.isPending}
    >
      <IntakeCaseFields />
    </RecordForm>
  );
}

export function CaseEdit({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  return (
    <FormDialog open={open} title={`编辑案件信息：${detail.title}`} width={860} onClose={onClose}>
      {(slot) => <EditForm detail={detail} {...slot} />}
    </FormDialog>
  );
}
