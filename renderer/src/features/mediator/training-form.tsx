// The add/edit form for one mediator training record; on the training register it also picks the mediator.
import { mediatorTrainingKinds } from '@shared/register-codes';
import { mediatorTrainingCreateInput, type MediatorTraining } from '@shared/schemas/mediator-training';
import { Form } from 'antd';
import { RecordForm, useFocusAfterOpen, useRecordSubmit } from '../../forms/record-form';
import { Field } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { TrainingFields } from '../staff-training/training-fields';
import { MediatorSelect } from './mediator-select';
import { useSaveTraining } from './use-mediator-records';

const trainingForm = zodForm(mediatorTrainingCreateInput);

export type TrainingValues = FormValues<typeof mediatorTrainingCreateInput>;

export function trainingToValues(t: MediatorTraining): TrainingValues {
  const { mediatorId, title, kind, startDate, endDate, hours, organizer, note } = t;
  return { mediatorId, title, kind, startDate, endDate, hours, organizer, note };
}

interface Props {
  /** null: a new record. */
  id: number | null;
  initialValues: TrainingValues;
  /** Show the mediator picker (the training register); otherwise the mediator is given. */
  pickMediator: boolean;
  onDone: () => void;
  onChange?: () => void;
}

export function MediatorTrainingForm({ id, initialValues, pickMediator, onDone, onChange }: Props) {
  const [form] = Form.useForm<TrainingValues>();
  const save = useSaveTraining();
  // The mediator is picked only for a new record on the register; an edit keeps its mediator (named in the title).
  const picking = pickMediator && id === null;
  useFocusAfterOpen(form, picking ? 'mediatorId' : 'title');
  const submit = useRecordSubmit(trainingForm, form, ({ mediatorId, ...data }) => save.mutateAsync({ id, mediatorId, data }), onDone);

  return (
    <RecordForm<TrainingValues>
      form={form}
      name="mediatorTraining"
      initialValues={initialValues}
      onFinish={() => submit(form.getFieldsValue(true))}
      onValuesChange={onChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field {...trainingForm.item('mediatorId', '调解员')} col={{ span: 24, hidden: !picking }}>
        <MediatorSelect />
      </Field>
      <TrainingFields zform={trainingForm} kinds={mediatorTrainingKinds} />
    </RecordForm>
  );
}
