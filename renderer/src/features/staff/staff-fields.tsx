// The staff form's read-only fields worked out from the ID number (性别, 出生日期).
import { genders, labelOf } from '@shared/codes';
import { checkIdNumber } from '@shared/validators/id-number';
import { Col, Form, Input, type FormInstance } from 'antd';

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
