// The data a form is filled with, keyed by Chinese field names ({申请人.姓名}), declared once as a zod schema:
// the schema types the builders, checks their output in tests, and lists the fields offered to templates.
import { z } from 'zod';

/** A printed value, already formatted (2026年11月27日, 人民币壹万贰仟元整（¥12,000.00）); '' when unknown. */
export function text(description: string) {
  return z.string().describe(description);
}

/** A yes/no for template conditions ({#书面协议}…{/书面协议}). */
export function flag(description: string) {
  return z.boolean().describe(description);
}

/** A repeated group for template loops ({#申请人}{姓名}{/申请人}). */
export function list<S extends z.ZodRawShape>(description: string, shape: S) {
  return z.array(z.object(shape).strict()).describe(description);
}

export function formData<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape).strict();
}

export interface FieldSpec {
  readonly name: string;
  readonly description: string;
  readonly kind: 'text' | 'flag' | 'list';
  /** The fields of one item of a list. */
  readonly fields?: readonly FieldSpec[];
}

/** The field tree of a form's data schema, in declaration order. */
export function fieldSpecOf(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => specOf(name, field as z.ZodType));
}

function specOf(name: string, field: z.ZodType): FieldSpec {
  const description = field.description ?? '';
  if (field instanceof z.ZodArray) {
    const item = field.element as z.ZodType;
    if (!(item instanceof z.ZodObject)) throw new Error(`list field ${name} must hold objects`);
    return { name, description, kind: 'list', fields: fieldSpecOf(item) };
  }
  if (field instanceof z.ZodBoolean) return { name, description, kind: 'flag' };
  if (field instanceof z.ZodString) return { name, description, kind: 'text' };
  throw new Error(`field ${name}: only text, flag and list fields are allowed in form data`);
}

export type TemplateValue = string | boolean | readonly TemplateRecord[];
export interface TemplateRecord {
  readonly [name: string]: TemplateValue;
}
