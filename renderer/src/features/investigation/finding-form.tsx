// The add/edit form of one dispute found by a round; 化解日期 only while the status is 已化解.
import { disputeCategories, findingStatuses, riskLevels } from '@shared/register-codes';
import { findingInput, type FindingInput, type InvestigationFinding } from '@shared/schemas/investigation-finding';
import { shanghaiDate } from '@shared/validators/date';
import { Checkbox, Form, Input } from 'antd';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, half, NoteField, third } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveFinding } from './use-investigation';

export const findingForm = zodForm(findingInput);
export type FindingValues = FormValues<typeof findingInput>;

export function findingToValues(f: InvestigationFinding): FindingValues {
  const { category, summary, parties, grid, riskLevel, responsible, status, major, resolvedOn, note } = f;
  return { category, summary, parties, grid, riskLevel, responsible, status, major, resolvedOn, note };
}

interface Props {
  investigationId: number;
  /** The round's date: a dispute cannot be resolved before it was found. */
  conductedOn: string;
  id: number | null;
  initialValues: FindingValues;
  onDone: () => void;
  onChange?: () => void;
}

export function FindingForm({ investigationId, conductedOn, id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<FindingValues>();
  const save = useSaveFinding();
  const today = shanghaiDate(new Date());
  const resolved = Form.useWatch('status', form) === 'resolved';

  const onValuesChange = (changed: Partial<FindingValues>) => {
    onChange?.();
    if (changed.status !== undefined && changed.status !== 'resolved') form.setFieldValue('resolvedOn', null);
  };

  const onFinish = useRecordSubmit(findingForm, form, (data: FindingInput) => save.mutateAsync({ id, investigationId, data }), onDone);

  return (
    <RecordForm<FindingValues>
      form={form}
      name="finding"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <CodeField col={{ xs: 24, md: 10 }} {...findingForm.item('category', '纠纷类型')} list={disputeCategories} select={{ autoFocus: true }} />
      <CodeField col={{ xs: 24, md: 6 }} {...findingForm.item('riskLevel', '风险等级')} list={riskLevels} />
      <Field col={third} name="major" valuePropName="checked" label="重大矛盾纠纷">
        <Checkbox>列为重大矛盾纠纷，跟踪至化解</Checkbox>
      </Field>
      <Field {...findingForm.item('summary', '纠纷简要情况')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Field>
      <Field col={half} {...findingForm.item('parties', '当事人')}>
        <Input maxLength={200} />
      </Field>
      <Field col={half} {...findingForm.item('grid', '网格')}>
        <Input maxLength={100} />
      </Field>
      <Field col={third} {...findingForm.item('responsible', '责任人')}>
        <Input maxLength={30} />
      </Field>
      <CodeField col={third} {...findingForm.item('status', '化解状态')} list={findingStatuses} />
      <DateField
        col={third}
        {...findingForm.item('resolvedOn', '化解日期')}
        dependencies={['status']}
        required={resolved}
        placeholder={resolved ? '请选择日期' : '已化解时填写'}
        picker={{
          disabled: !resolved,
          disabledDate: (d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < conductedOn,
        }}
      />
      <NoteField zform={findingForm} />
    </RecordForm>
  );
}
