// Turns a shared zod object schema into antd Form rules, so the form and the core validate alike.
import type { FormRule } from 'antd';
import type { z } from 'zod';

export type FieldName<S extends z.ZodObject> = Extract<keyof z.input<S>, string>;

/** What the form store holds for schema S: whatever the inputs produced, before validation. */
export type FormValues<S extends z.ZodObject> = Partial<Record<FieldName<S>, unknown>>;

export interface FieldError<N extends string = string> {
  name: N;
  errors: string[];
}

export type ParseOutcome<S extends z.ZodObject> =
  | { ok: true; data: z.output<S> }
  | { ok: false; fields: FieldError<FieldName<S>>[] };

/** Issues a field's rule leaves for later (e.g. rows the user has not finished); submit still reports them. */
export type IssueFilter = (issue: z.core.$ZodIssue) => boolean;

/** What `item()` spreads into a Form.Item. */
export interface ItemBinding {
  name: string;
  label: string;
  rules: FormRule[];
  required: boolean;
}

/** Any ZodForm whose schema has the fields N: enough for a shared field component to bind them. */
export interface Binds<N extends string> {
  item(name: N, label: string): ItemBinding;
}

export interface ZodForm<S extends z.ZodObject> {
  /** The schema's own field names, in order. */
  readonly fields: readonly string[];
  /** Rules for one Form.Item: the whole object is parsed and this field's issues are shown. */
  rules(name: FieldName<S>): FormRule[];
  /** True when the field's schema rejects an absent value (drives the red asterisk). */
  required(name: FieldName<S>): boolean;
  /** Props for a Form.Item bound to `name`: name, label, rules, required marker; `defer` issues are not shown yet. */
  item(name: FieldName<S>, label: string, defer?: IssueFilter): ItemBinding;
  /** Parses all values with the full schema (cross-field refinements included). */
  parse(values: unknown): ParseOutcome<S>;
}

function issuesToFields<N extends string>(issues: readonly z.core.$ZodIssue[], fields: readonly N[]): FieldError<N>[] {
  const byField = new Map<N, string[]>();
  for (const issue of issues) {
    const name = fields.find((f) => f === issue.path[0]);
    if (name === undefined) continue;
    const list = byField.get(name) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    byField.set(name, list);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

export function zodForm<S extends z.ZodObject>(schema: S): ZodForm<S> {
  const shape = schema.shape as Record<string, z.ZodType>;
  const fields = Object.keys(shape) as FieldName<S>[];

  const fieldRule =
    (name: string, defer?: IssueFilter): FormRule =>
    (form) => ({
      validator: async () => {
        const result = schema.safeParse(form.getFieldsValue(true));
        if (result.success) return;
        const issue = result.error.issues.find((i) => i.path[0] === name && !defer?.(i));
        if (issue) throw new Error(issue.message);
      },
    });

  const required = (name: string) => shape[name]?.safeParse(undefined).success === false;

  return {
    fields,
    rules: (name) => [fieldRule(name)],
    required,
    item: (name, label, defer) => ({ name, label, rules: [fieldRule(name, defer)], required: required(name) }),
    parse(values) {
      const result = schema.safeParse(values);
      return result.success ? { ok: true, data: result.data } : { ok: false, fields: issuesToFields(result.error.issues, fields) };
    },
  };
}
