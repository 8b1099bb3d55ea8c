// Grid cells of the record forms: a Form.Item in its column, and the fields every register words alike (dates, code lists, 联系电话, 备注).
import type { CodeItem } from '@shared/codes';
import { Col, Form, Input, type ColProps, type DatePickerProps, type FormItemProps, type SelectProps } from 'antd';
import type { ReactNode } from 'react';
import { CodeSelect, IsoDatePicker, isoDateItemProps } from './field-inputs';
import type { Binds } from './zod-form';

export const whole: ColProps = { span: 24 };
export const half: ColProps = { xs: 24, md: 12 };
export const third: ColProps = { xs: 24, md: 8 };
export const twoThirds: ColProps = { xs: 24, md: 16 };
export const quarter: ColProps = { xs: 24, md: 6 };

type ItemProps = Omit<FormItemProps, 'children'> & { col?: ColProps };

/** One field in its grid column; the caller spreads `zform.item(name, label)` and any Form.Item props. */
export function Field({ col = whole, children, ...item }: ItemProps & { children: ReactNode }) {
  return (
    <Col {...col}>
      <Form.Item {...item}>{children}</Form.Item>
    </Col>
  );
}

/** A date kept as 'YYYY-MM-DD'; `picker` passes more props to the DatePicker (disabled, disabledDate). */
export function DateField({ placeholder = '请选择日期', picker, ...item }: ItemProps & { placeholder?: string; picker?: DatePickerProps }) {
  return (
    <Field {...isoDateItemProps} {...item}>
      <IsoDatePicker placeholder={placeholder} {...picker} />
    </Field>
  );
}

/** A code list as a searchable Select; `select` passes more props to it (allowClear, disabled, autoFocus). */
export function CodeField({ list, select, ...item }: ItemProps & { list: readonly CodeItem[]; select?: SelectProps }) {
  return (
    <Field {...item}>
      <CodeSelect list={list} {...select} />
    </Field>
  );
}

/** 联系电话: checked as the user pauses typing. */
export function PhoneField({ zform, col }: { zform: Binds<'phone'>; col: ColProps }) {
  return (
    <Field col={col} {...zform.item('phone', '联系电话')} validateDebounce={400}>
      <Input placeholder="手机或区号-座机号" maxLength={30} />
    </Field>
  );
}

/** 备注 across the whole row. */
export function NoteField({ zform }: { zform: Binds<'note'> }) {
  return (
    <Field {...zform.item('note', '备注')}>
      <Input.TextArea rows={2} maxLength={500} showCount />
    </Field>
  );
}
