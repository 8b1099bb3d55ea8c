// The add/edit form of one committee member, validated with the shared committeeMemberInput schema (3-year term).
import { ethnicities, genders } from '@shared/codes';
import { committeeRoles } from '@shared/register-codes';
import { committeeMemberInput, TERM_YEARS, type CommitteeMember } from '@shared/schemas/committee-member';
import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { RecordForm, useFocusAfterOpen, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, NoteField, PhoneField, third, twoThirds } from '../../forms/record-fields';
import { termEndFor, useAutoTermEnd } from '../../forms/term-end';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useSaveMember } from './use-committee';

const memberForm = zodForm(committeeMemberInput);

export type MemberValues = FormValues<typeof committeeMemberInput>;

export function memberToValues(m: CommitteeMember): MemberValues {
  const { name, gender, ethnicity, role, termStart, termEnd, leftOn, phone, note } = m;
  return { name, gender, ethnicity, role, termStart, termEnd, leftOn, phone, note };
}

/** A new member: 委员, term from today for three years, less a day; the end follows a start typed in over it. */
export function newMemberValues(): MemberValues {
  const start = dayjs().format('YYYY-MM-DD');
  return { role: 'member', ethnicity: '01', termStart: start, termEnd: termEndFor(start, TERM_YEARS) };
}

interface Props {
  committeeId: number;
  /** null: a new member. */
  id: number | null;
  initialValues: MemberValues;
  onDone: () => void;
  onChange?: () => void;
}

export function MemberForm({ committeeId, id, initialValues, onDone, onChange }: Props) {
  const [form] = Form.useForm<MemberValues>();
  const save = useSaveMember(committeeId);
  useFocusAfterOpen(form, 'name');
  const followStart = useAutoTermEnd(form, { initial: initialValues, years: TERM_YEARS });
  const onFinish = useRecordSubmit(memberForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<MemberValues>
      form={form}
      name="committeeMember"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={(changed, all) => {
        followStart(changed, all);
        onChange?.();
      }}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field col={third} {...memberForm.item('name', '姓名')}>
        <Input maxLength={30} />
      </Field>
      <CodeField col={third} {...memberForm.item('gender', '性别')} list={genders} />
      <CodeField col={third} {...memberForm.item('ethnicity', '民族')} list={ethnicities} select={{ allowClear: true }} />
      <CodeField col={third} {...memberForm.item('role', '职务')} list={committeeRoles} />
      <DateField col={third} {...memberForm.item('termStart', '任期开始日期')} />
      <DateField
        col={third}
        {...memberForm.item('termEnd', '任期结束日期')}
        dependencies={['termStart']}
        extra="每届任期3年（人民调解法第九条）"
      />
      <DateField col={third} {...memberForm.item('leftOn', '离任日期')} dependencies={['termStart']} placeholder="在任不填" />
      <PhoneField zform={memberForm} col={twoThirds} />
      <NoteField zform={memberForm} />
    </RecordForm>
  );
}
