// The add/edit form for one training record, validated with the shared staffTrainingInput schema.
import { trainingKinds } from '@shared/codes';
import { staffTrainingInput, type StaffTraining } from '@shared/schemas/staff-training';
import { Form } from 'antd';
import { RecordForm, useFocusAfterOpen, useRecordSubmit } from '../../forms/record-form';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { TrainingFields } from './training-fields';
import { useSaveTraining } from './use-staff-training';

const trainingForm = zodForm(staffTrainingInput);
const FORM_NAME = 'staffTraining';

export type TrainingValues = FormValues<typeof staffTrainingInput>;

export function trainingToValues(t: StaffTraining): TrainingValues {
  const { title, kind, startDate, endDate, hours, organizer, note } = t;
  return { title, kind, startDate, endDate, hours, organizer, note };
}

interface Props {
  staffId: number;
  /** null: a new record for the person. */
  id: number | null;
  initialValues: TrainingValues;
  onDone: () => void;
  /** Called on every edit, so the dialog knows there is something to lose. */
  onChange?: () => void;
}

export function TrainingForm({ staffId, id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<TrainingValues>();
  const save = useSaveTraining(staffId);
  // The form opens over the drawer: 培训名称 gets the cursor once the modal's focus trap has started.
  useFocusAfterOpen(form, 'title');
  const onFinish = useRecordSubmit(trainingForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<TrainingValues>
      form={form}
      name={FORM_NAME}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <TrainingFields zform={trainingForm} kinds={trainingKinds} />
    </RecordForm>
  );
}
