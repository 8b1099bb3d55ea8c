// Inputs of the staff form that need more than a plain Input: ID-derived fields, code selects, dates.
import { type CodeItem, genders, labelOf } from '@shared/codes';
import { checkIdNumber } from '@shared/validators/id-number';
import { Col, DatePicker, Form, Input, Select, type DatePickerProps, type FormInstance, type SelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export function codeOptions(list: readonly CodeItem[]) {
  return list.map(({ code, label }) => ({ value: code, label }));
}

/** Props that let a DatePicker edit a 'YYYY-MM-DD' string kept in the form store. */
export const isoDateItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** Form.Item injects value/onChange/id; they pass straight through. */
export function IsoDatePicker(props: DatePickerProps) {
  return <DatePicker {...props} style={{ width: '100%' }} format="YYYY-MM-DD" />;
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

/**
 * A code list as a Select; typing filters by the Chinese label (e.g. 群 → 群众). The lists are short,
 * so every option stays in the DOM (no virtual scrolling).
 */
export function CodeSelect(props: SelectProps & { list: readonly CodeItem[] }) {
  const { list, ...rest } = props;
  return (
    <Select
      {...rest}
      options={codeOptions(list)}
      placeholder="请选择"
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
