// The frame of every record form dialog: a vertical antd Form over a 16px grid, submitted through the shared schema, with 取消 / 保存.
import { App, Form, Row, type FormInstance, type FormProps } from 'antd';
import { useEffect, type ReactNode } from 'react';
import type { z } from 'zod';
import { FormFooter } from './form-footer';
import { submitWithSchema } from './submit';
import type { ZodForm } from './zod-form';

/**
 * The submit of a record form: parse `values` with the schema, `send` them, then 已保存 and `onSaved`, or the error
 * under its field (the server names fields under `data.`).
 */
export function useRecordSubmit<S extends z.ZodObject, T>(
  zform: ZodForm<S>,
  form: FormInstance,
  send: (data: z.output<S>) => Promise<T>,
  onSaved: (saved: T) => void,
) {
  const { message } = App.useApp();
  return (values: unknown) => void submitWithSchema(zform, form, values, send, { message, onSaved, errorPrefix: 'data.' });
}

/**
 * Puts the cursor in `name` once the dialog is up, unless the user is already in a field. Not `autoFocus`: over a
 * drawer, the drawer's focus trap would take the focus back before the modal's own trap starts.
 */
export function useFocusAfterOpen(form: FormInstance, name: string) {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) form.focusField(name);
    });
    return () => window.clearTimeout(timer);
  }, [form, name]);
}

interface Props<V> extends Omit<FormProps<V>, 'layout' | 'scrollToFirstError' | 'children'> {
  form: FormInstance<V>;
  name: string;
  onCancel: () => void;
  saving: boolean;
  /** The fields, each in its grid column. */
  children: ReactNode;
}

export function RecordForm<V>({ onCancel, saving, children, ...props }: Props<V>) {
  return (
    <Form<V> {...props} layout="vertical" scrollToFirstError>
      <Row gutter={16}>{children}</Row>
      <FormFooter onCancel={onCancel} saving={saving} />
    </Form>
  );
}
