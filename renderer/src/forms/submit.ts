// One submit path for every form: parse with the shared schema, send, then 已保存 or the error under its field.
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { showServerError, type MessageApi } from './server-error';
import type { ZodForm } from './zod-form';

export async function submitWithSchema<S extends z.ZodObject, T>(
  zform: ZodForm<S>,
  form: FormInstance,
  values: unknown,
  send: (data: z.output<S>) => Promise<T>,
  options: { message: MessageApi; onSaved: (saved: T) => void; errorPrefix?: string },
): Promise<void> {
  const parsed = zform.parse(values);
  if (!parsed.ok) {
    form.setFields(parsed.fields);
    return;
  }
  let saved: T;
  try {
    saved = await send(parsed.data);
  } catch (err) {
    showServerError(form, zform.fields, err, options.message, options.errorPrefix);
    return;
  }
  void options.message.success('已保存');
  options.onSaved(saved);
}
