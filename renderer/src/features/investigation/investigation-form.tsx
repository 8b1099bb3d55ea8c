// The add/edit form of one round; a new round must say whether it found disputes or is a 零报告.
import { investigationKinds, investigationLevels } from '@shared/register-codes';
import { periodOf, periodRange, isPeriodFor, type InvestigationLevel } from '@shared/investigation-period';
import {
  investigationInput,
  investigationMethodSuggestions,
  type Investigation,
  type InvestigationInput,
} from '@shared/schemas/investigation';
import { shanghaiDate } from '@shared/validators/date';
import { App, AutoComplete, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { codeOptions } from '../../forms/field-inputs';
import { RecordForm } from '../../forms/record-form';
import { CodeField, DateField, Field, half, NoteField, quarter, third } from '../../forms/record-fields';
import { submitWithSchema } from '../../forms/submit';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { PeriodSelect } from './period-select';
import type { RoundPreset } from './round-preset';
import { useSaveInvestigation } from './use-investigation';

const roundForm = zodForm(investigationInput);

/** The form's values: the schema's fields, and for a new round the deliberate choice of outcome. */
export type RoundValues = FormValues<typeof investigationInput> & { outcome?: 'zero' | 'found' };

export function newRoundValues(today: string, preset?: RoundPreset): RoundValues {
  const { level, period } = preset ?? { level: 'street', period: periodOf('street', today) };
  return { level, period, kind: 'routine', conductedOn: today };
}

export function roundToValues(r: Investigation): RoundValues {
  const { level, period, kind, conductedOn, grid, investigators, method, responsible, reportedOn, note } = r;
  return { level, period, kind, conductedOn, grid, investigators, method, responsible, reportedOn, note };
}

const methodOptions = investigationMethodSuggestions.map((value) => ({ value }));

interface Props {
  id: number | null;
  initialValues: RoundValues;
  /** `foundDisputes` is true when a new round was recorded as having found disputes. */
  onDone: (saved?: { id: number; foundDisputes: boolean }) => void;
  onChange?: () => void;
}

export function InvestigationForm({ id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<RoundValues>();
  const save = useSaveInvestigation();
  const { message } = App.useApp();
  const today = shanghaiDate(new Date());
  const level = (Form.useWatch('level', form) ?? initialValues.level) as InvestigationLevel;
  const period: unknown = Form.useWatch('period', form);
  const periodStart = typeof period === 'string' && isPeriodFor(level, period) ? periodRange(period).first : null;

  const onValuesChange = (changed: Partial<RoundValues>, all: RoundValues) => {
    onChange?.();
    // A new level has other periods: move to the one holding the round's date.
    if (changed.level !== undefined && typeof all.period === 'string' && !isPeriodFor(changed.level as InvestigationLevel, all.period)) {
      const day = typeof all.conductedOn === 'string' && all.conductedOn <= today ? all.conductedOn : today;
      form.setFieldValue('period', periodOf(changed.level as InvestigationLevel, day));
    }
  };

  const onFinish = (values: RoundValues) =>
    void submitWithSchema(roundForm, form, values, (data: InvestigationInput) => save.mutateAsync({ id, data }), {
      message,
      onSaved: (saved) => onDone({ id: saved.id, foundDisputes: values.outcome === 'found' }),
      errorPrefix: 'data.',
    });

  const outsideDates = (d: Dayjs) => d.format('YYYY-MM-DD') > today || (periodStart !== null && d.format('YYYY-MM-DD') < periodStart);

  return (
    <RecordForm<RoundValues>
      form={form}
      name="investigation"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      onCancel={() => onDone()}
      saving={save.isPending}
    >
      <Field col={half} {...roundForm.item('level', '排查层级')}>
        <Radio.Group options={codeOptions(investigationLevels)} />
      </Field>
      <Field col={quarter} {...roundForm.item('period', '排查期间')} dependencies={['level']}>
        <PeriodSelect level={level} today={today} autoFocus />
      </Field>
      <CodeField col={quarter} {...roundForm.item('kind', '排查类型')} list={investigationKinds} />
      <DateField col={third} {...roundForm.item('conductedOn', '排查日期')} dependencies={['period']} picker={{ disabledDate: outsideDates }} />
      <Field col={third} {...roundForm.item('grid', '网格')}>
        <Input maxLength={100} placeholder="如 东城社区第三网格" />
      </Field>
      <Field col={third} {...roundForm.item('method', '排查方式')}>
        <AutoComplete options={methodOptions} placeholder="可从列表选择或直接填写" showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }} />
      </Field>
      <Field col={third} {...roundForm.item('investigators', '排查人')}>
        <Input maxLength={100} placeholder="多人用顿号分隔" />
      </Field>
      <Field col={third} {...roundForm.item('responsible', '负责人')}>
        <Input maxLength={30} />
      </Field>
      <DateField
        col={third}
        {...roundForm.item('reportedOn', '上报日期')}
        dependencies={['conductedOn']}
        picker={{ disabledDate: (d) => d.format('YYYY-MM-DD') > today }}
      />
      <NoteField zform={roundForm} />
      {id === null && (
        <Field name="outcome" label="本期排查结果" rules={[{ required: true, message: '请选择本期排查结果' }]}>
          <Radio.Group
            options={[
              { value: 'zero', label: '本期未发现矛盾纠纷（零报告）' },
              { value: 'found', label: '发现矛盾纠纷，保存后逐件登记' },
            ]}
          />
        </Field>
      )}
    </RecordForm>
  );
}
