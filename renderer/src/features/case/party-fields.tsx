// A party card's fields: a natural person's (姓名, 身份证号码 filling 性别 and 出生日期, 民族, 职业, 电话, 住址) or an organisation's.
import { ethnicities, genders } from '@shared/codes';
import { checkIdNumber } from '@shared/validators/id-number';
import { Form, Input } from 'antd';
import { IsoDatePicker, isoDateItemProps } from '../../forms/field-inputs';
import { Field, half, third } from '../../forms/record-fields';
import { rulesAt } from './intake-rules';
import { PartyCodeSelect } from './party-code-select';

/** Props of a Form.Item for a party's field: relative name inside the Form.List, rules on the absolute path. */
export function partyItem(index: number, field: string, label: string, required = false) {
  return { name: [index, field], label, rules: rulesAt(['parties', index, field]), required };
}

export function PersonFields({ index }: { index: number }) {
  const form = Form.useFormInstance();
  const fillFromId = (value: string) => {
    const check = value.trim() ? checkIdNumber(value) : null;
    if (!check?.ok) return;
    form.setFieldValue(['parties', index, 'gender'], check.info.gender);
    form.setFieldValue(['parties', index, 'birthDate'], check.info.birthDate);
    void form.validateFields([['parties', index, 'gender'], ['parties', index, 'birthDate']]);
  };
  const idPath = ['parties', index, 'idNumber'];
  return (
    <>
      <Field col={third} {...partyItem(index, 'name', '姓名', true)}>
        <Input maxLength={60} />
      </Field>
      <Field col={third} {...partyItem(index, 'idNumber', '身份证号码')} validateDebounce={400}>
        <Input maxLength={24} placeholder="18位，末位可为X" onChange={(e) => fillFromId(e.target.value)} />
      </Field>
      <Field col={third} {...partyItem(index, 'phone', '联系电话')} validateDebounce={400}>
        <Input maxLength={30} placeholder="手机或区号-座机号" />
      </Field>
      <Field col={{ xs: 12, md: 4 }} {...partyItem(index, 'gender', '性别')} dependencies={[idPath]}>
        <PartyCodeSelect list={genders} allowClear />
      </Field>
      <Field col={{ xs: 12, md: 4 }} {...partyItem(index, 'ethnicity', '民族')}>
        <PartyCodeSelect list={ethnicities} allowClear />
      </Field>
      <Field col={{ xs: 12, md: 6 }} {...partyItem(index, 'birthDate', '出生日期')} dependencies={[idPath]} {...isoDateItemProps}>
        <IsoDatePicker placeholder="由身份证号码自动填写" />
      </Field>
      <Field col={{ xs: 12, md: 10 }} {...partyItem(index, 'occupation', '职业或职务')}>
        <Input maxLength={50} />
      </Field>
      <Field col={{ span: 24 }} {...partyItem(index, 'address', '住址')}>
        <Input maxLength={100} placeholder="单位或住址" />
      </Field>
    </>
  );
}

export function OrganisationFields({ index }: { index: number }) {
  return (
    <>
      <Field col={half} {...partyItem(index, 'name', '名称', true)}>
        <Input maxLength={60} />
      </Field>
      <Field col={half} {...partyItem(index, 'creditCode', '统一社会信用代码')} validateDebounce={400}>
        <Input maxLength={24} placeholder="18位" />
      </Field>
      <Field col={third} {...partyItem(index, 'legalRepresentative', '法定代表人或负责人')}>
        <Input maxLength={30} />
      </Field>
      <Field col={third} {...partyItem(index, 'phone', '联系电话')} validateDebounce={400}>
        <Input maxLength={30} placeholder="手机或区号-座机号" />
      </Field>
      <Field col={third} {...partyItem(index, 'address', '住所')}>
        <Input maxLength={100} />
      </Field>
    </>
  );
}
