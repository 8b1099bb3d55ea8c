// The add/edit form of a Party member; a staff link or an ID number fills and locks the person's own fields.
import { educations, ethnicities, genders } from '@shared/codes';
import { cpcMemberTypes, partyPosts } from '@shared/register-codes';
import { cpcMemberInput, type CpcMember } from '@shared/schemas/cpc-member';
import type { Staff } from '@shared/schemas/staff';
import { checkIdNumber } from '@shared/validators/id-number';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { call, errorMessage } from '../../api/client';
import { RecordForm, useRecordSubmit } from '../../forms/record-form';
import { CodeField, DateField, Field, NoteField, PhoneField, third, twoThirds } from '../../forms/record-fields';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { staffKeys } from '../staff/use-staff';
import { BranchSelect } from './branch-select';
import { StaffPicker } from './staff-picker';
import { useSaveMember } from './use-cpc';

const memberForm = zodForm(cpcMemberInput);
export type MemberValues = FormValues<typeof cpcMemberInput>;

export function memberToValues(m: CpcMember): MemberValues {
  const { id: _id, branchName: _b, createdAt: _c, updatedAt: _u, ...values } = m;
  return values;
}

interface Props {
  id: number | null;
  initialValues: MemberValues;
  /** The linked person's name, for the picker while its search loads. */
  staffName?: string;
  onDone: () => void;
  onChange: () => void;
}

export function MemberForm({ id, initialValues, staffName, onDone, onChange }: Props) {
  const [form] = Form.useForm<MemberValues>();
  const save = useSaveMember();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const staffId: unknown = Form.useWatch('staffId', form);
  const idNumber: unknown = Form.useWatch('idNumber', form);
  const memberType: unknown = Form.useWatch('memberType', form);
  const linked = typeof staffId === 'number';
  const fromId = typeof idNumber === 'string' && checkIdNumber(idNumber).ok;

  // The list the picker searches masks ID numbers and phones, so the person's own fields come from staff.get.
  const onPick = async (picked: Staff | null) => {
    onChange();
    if (!picked) {
      form.setFieldsValue({ staffId: null });
      return;
    }
    form.setFieldsValue({ staffId: picked.id });
    let person: Staff;
    try {
      person = await queryClient.fetchQuery({ queryKey: staffKeys.one(picked.id), queryFn: () => call('staff.get', { id: picked.id }) });
    } catch (err) {
      form.setFieldsValue({ staffId: null });
      void message.error(errorMessage(err));
      return;
    }
    if (form.getFieldValue('staffId') !== person.id) return;
    const { name, idNumber: personId, gender, birthDate, ethnicity, education, phone } = person;
    form.setFieldsValue({ name, idNumber: personId, gender, birthDate, ethnicity, education });
    if (!form.getFieldValue('phone')) form.setFieldsValue({ phone });
    void form.validateFields(['name', 'idNumber', 'gender', 'birthDate', 'ethnicity', 'education']).catch(() => undefined);
  };

  const onValuesChange = (changed: MemberValues) => {
    onChange();
    if (typeof changed.idNumber === 'string') {
      const check = checkIdNumber(changed.idNumber);
      if (check.ok) form.setFieldsValue({ gender: check.info.gender, birthDate: check.info.birthDate });
    }
    if (changed.memberType === 'probationary') form.setFieldsValue({ fullOn: null });
  };

  const onFinish = useRecordSubmit(memberForm, form, (data) => save.mutateAsync({ id, data }), onDone);

  return (
    <RecordForm<MemberValues>
      form={form}
      name="cpcMember"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      onCancel={onDone}
      saving={save.isPending}
    >
      <Field
        name="staffId"
        label="从工作人员中选择"
        htmlFor="cpcMember_staffId"
        extra="本所工作人员请从这里选择：姓名、性别、出生日期、民族、学历和身份证号码取自工作人员登记，不在此修改"
      >
        <StaffPicker id="cpcMember_staffId" currentName={staffName} onPick={(p) => void onPick(p)} />
      </Field>
      <Field col={third} {...memberForm.item('name', '姓名')}>
        <Input autoFocus maxLength={30} disabled={linked} />
      </Field>
      <Field col={twoThirds} {...memberForm.item('idNumber', '身份证号码')} validateDebounce={400}>
        <Input maxLength={24} disabled={linked} placeholder="可不填；填写后自动识别性别和出生日期" />
      </Field>
      <CodeField col={third} {...memberForm.item('gender', '性别')} required={!fromId && !linked} list={genders} select={{ disabled: linked || fromId }} />
      <DateField
        col={third}
        {...memberForm.item('birthDate', '出生日期')}
        required={!fromId && !linked}
        picker={{ disabled: linked || fromId }}
      />
      <CodeField col={third} {...memberForm.item('ethnicity', '民族')} list={ethnicities} select={{ disabled: linked }} />
      <CodeField col={third} {...memberForm.item('education', '学历')} list={educations} select={{ disabled: linked }} />
      <Field col={third} {...memberForm.item('branchId', '所在支部')}>
        <BranchSelect />
      </Field>
      <CodeField col={third} {...memberForm.item('partyPost', '党内职务')} list={partyPosts} />
      <CodeField col={third} {...memberForm.item('memberType', '党员类型')} list={cpcMemberTypes} />
      <DateField col={third} {...memberForm.item('joinedOn', '入党时间')} dependencies={['birthDate']} />
      <DateField
        col={third}
        {...memberForm.item('fullOn', '转正时间')}
        required={memberType === 'full'}
        dependencies={['joinedOn', 'memberType']}
        placeholder={memberType === 'probationary' ? '预备党员不填' : '请选择日期'}
        picker={{ disabled: memberType === 'probationary' }}
      />
      <DateField col={third} {...memberForm.item('transferredInOn', '组织关系转入时间')} placeholder="可不填" />
      <DateField
        col={third}
        {...memberForm.item('transferredOutOn', '组织关系转出时间')}
        dependencies={['transferredInOn']}
        placeholder="转出后填写"
      />
      <PhoneField zform={memberForm} col={third} />
      <NoteField zform={memberForm} />
    </RecordForm>
  );
}
