// The modal that adds or edits a Party branch, validated with the shared cpcBranchInput schema.
import { cpcBranchInput, type CpcBranch } from '@shared/schemas/cpc-branch';
import { Form, Input } from 'antd';
import { FormDialog } from '../../forms/form-dialog';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { DateField, Field, half, NoteField } from '../../forms/record-fields';
import { useAutoTermEnd } from '../../forms/term-end';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveBranch } from './use-cpc';

const branchForm = zodForm(cpcBranchInput);
type BranchValues = FormValues<typeof cpcBranchInput>;

/** 支部委员会每届任期一般为3年: the end the form proposes from 本届任期开始. */
const BRANCH_TERM_YEARS = 3;

function toValues(b: CpcBranch): BranchValues {
  const { name, foundedOn, approvedBy, termStart, termEnd, note } = b;
  return { name, foundedOn, approvedBy, termStart, termEnd, note };
}

function BranchForm({ branch, onDone, onChange }: { branch: CpcBranch | null; onDone: () => void; onChange: () => void }) {
  const [form] = Form.useForm<BranchValues>();
  const save = useSaveBranch();
  const initialValues = branch ? toValues(branch) : {};
  const followStart = useAutoTermEnd(form, { initial: initialValues, years: BRANCH_TERM_YEARS });
  const onFinish = useRecordSubmit(branchForm, form, (data) => save.mutateAsync({ id: branch?.id ?? null, data }), onDone);
  return (
    <RecordForm<BranchValues>
      form={form}
      name="cpcBranch"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={(changed, all) => {
        followStart(changed, all);
        onChange();
      }}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field {...branchForm.item('name', '支部名称')}>
        <Input autoFocus maxLength={60} placeholder="如：中共××司法所支部委员会" />
      </Field>
      <DateField col={half} {...branchForm.item('foundedOn', '成立日期')} />
      <Field col={half} {...branchForm.item('approvedBy', '批准机关')}>
        <Input maxLength={60} placeholder="批准成立的上级党组织" />
      </Field>
      <DateField col={half} {...branchForm.item('termStart', '本届任期开始')} dependencies={['foundedOn']} />
      <DateField
        col={half}
        {...branchForm.item('termEnd', '本届任期届满')}
        dependencies={['termStart']}
        extra="支部委员会每届任期一般为3年，村、社区为5年"
      />
      <NoteField zform={branchForm} />
    </RecordForm>
  );
}

interface Props {
  open: boolean;
  /** null: a new branch. */
  branch: CpcBranch | null;
  onClose: () => void;
}

export function BranchEditor({ open, branch, onClose }: Props) {
  return (
    <FormDialog open={open} title={branch ? `编辑党支部：${branch.name}` : '新增党支部'} width={720} onClose={onClose}>
      {(slot) => <BranchForm key={branch?.id ?? 'new'} branch={branch} {...slot} />}
    </FormDialog>
  );
}
