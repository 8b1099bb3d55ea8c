// Validation of the intake form with the shared caseCreateInput: one rule per field (nested party paths too), and the whole form on save.
import { caseCreateInput } from '@shared/schemas/case';
import type { FormRule } from 'antd';
import { fieldOfPath, samePath, toCaseInput, type FieldPath, type IntakeValues } from './intake-values';
import { moneyError } from './money-field';

type Parsed = ReturnType<typeof caseCreateInput.safeParse>;

/** Rules of the field at `path` (absolute, e.g. ['parties', 0, 'idNumber']): the whole form is parsed and this field's issue shown. */
export function rulesAt(path: FieldPath): FormRule[] {
  return [
    (form) => ({
      validator: async () => {
        const result = caseCreateInput.safeParse(toCaseInput(form.getFieldsValue(true) as IntakeValues));
        if (result.success) return;
        const issue = result.error.issues.find((i) => {
          const field = fieldOfPath(i.path);
          return field !== null && samePath(field, path);
        });
        if (issue) throw new Error(issue.message);
      },
    }),
  ];
}

export interface IntakeCheck {
  data: Extract<Parsed, { success: true }>['data'] | null;
  /** Issues under a field, in form order. */
  fields: { name: FieldPath; errors: string[] }[];
  /** Issues of the form as a whole (请至少登记一名被申请人). */
  general: string[];
}

export function checkIntake(values: IntakeValues): IntakeCheck {
  const result = caseCreateInput.safeParse(toCaseInput(values));
  // A refused amount (3500.125, -100) is kept as the typed text: say why, not the schema's "应为整数".
  const money = moneyError(values.amountFen);
  if (result.success && !money) return { data: result.data, fields: [], general: [] };
  const fields: IntakeCheck['fields'] = money ? [{ name: ['amountFen'], errors: [money] }] : [];
  if (result.success) return { data: null, fields, general: [] };
  const general: string[] = [];
  for (const issue of result.error.issues) {
    const name = fieldOfPath(issue.path);
    if (money && name?.[0] === 'amountFen') continue;
    if (name === null) {
      if (!general.includes(issue.message)) general.push(issue.message);
      continue;
    }
    const entry = fields.find((f) => samePath(f.name, name));
    if (!entry) fields.push({ name, errors: [issue.message] });
    else if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
  }
  return { data: null, fields, general };
}
