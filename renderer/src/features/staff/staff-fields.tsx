// The person fields staff and mediator forms share: 姓名, 身份证号码, the 性别 and 出生日期 read from it, 民族, 政治面貌, 学历.
import { educations, ethnicities, genders, labelOf, politicalStatuses } from '@shared/codes';
import { checkIdNumber } from '@shared/validators/id-number';
import { Col, Form, Input, type FormInstance } from 'antd';
import { CodeField, Field, third, twoThirds } from '../../forms/record-fields';
import type { Binds } from '../../forms/zod-form';

type PersonField = 'name' | 'idNumber' | 'ethnicity' | 'politicalStatus' | 'education';

/** `idPrefix` is the form's name: it makes the ids of the read-only 性别 and 出生日期 inputs. */
export function PersonFields({ zform, form, idPrefix }: { zform: Binds<PersonField>; form: FormInstance; idPrefix: string }) {
  return (
    <>
      <Field col={third} {...zform.item('name', '姓名')}>
        <Input autoFocus maxLength={30} />
      </Field>
      <Field col={twoThirds} {...zform.item('idNumber', '身份证号码')} validateDebounce={400}>
        <Input maxLength={24} placeholder="18位，末位可为X" />
      </Field>
      <IdDerivedFields form={form} idPrefix={idPrefix} />
      <CodeField col={third} {...zform.item('ethnicity', '民族')} list={ethnicities} />
      <CodeField col={third} {...zform.item('politicalStatus', '政治面貌')} list={politicalStatuses} />
      <CodeField col={third} {...zform.item('education', '学历')} list={educations} />
    </>
  );
}

/** 性别 and 出生日期: read-only, worked out live from the ID number as it is typed. */
export function IdDerivedFields({ form, idPrefix }: { form: FormInstance; idPrefix: string }) {
  const idNumber: unknown = Form.useWatch('idNumber', form);
  const check = typeof idNumber === 'string' && idNumber.trim() ? checkIdNumber(idNumber) : null;
  const info = check?.ok ? check.info : null;
  const hint = '由身份证号码自动识别';
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item label="性别" htmlFor={`${idPrefix}_gender`}>
          <Input
            id={`${idPrefix}_gender`}
            readOnly
            tabIndex={-1}
            variant="filled"
            value={info ? labelOf(genders, info.gender) : ''}
            placeholder={hint}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="出生日期" htmlFor={`${idPrefix}_birthDate`}>
          <Input
            id={`${idPrefix}_birthDate`}
            readOnly
            tabIndex={-1}
            variant="filled"
            value={info ? info.birthDate : ''}
            placeholder={hint}
          />
        </Form.Item>
      </Col>
    </>
  );
}
