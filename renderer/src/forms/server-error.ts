// Shows a rejected save where it belongs: under the named field, or as a toast.
import type { App, FormInstance } from 'antd';
import { ApiCallError, errorMessage } from '../api/client';

export type MessageApi = ReturnType<typeof App.useApp>['message'];

/**
 * `prefix` is stripped from the error's field path (e.g. `data.` for `staff.update`).
 * Returns true when the error was shown under a field.
 */
export function showServerError(
  form: FormInstance,
  fields: readonly string[],
  err: unknown,
  message: MessageApi,
  prefix = '',
): boolean {
  if (err instanceof ApiCallError && err.field !== undefined) {
    const name = err.field.startsWith(prefix) ? err.field.slice(prefix.length) : err.field;
    const top = name.split('.')[0] ?? '';
    if (fields.includes(top)) {
      form.setFields([{ name: top, errors: [err.message] }]);
      form.scrollToField(top);
      return true;
    }
  }
  void message.error(errorMessage(err));
  return false;
}
