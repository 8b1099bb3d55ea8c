// What a printable form is: its data schema (Chinese field names), how it is filled from the register, and its built-in layout.
import type { z } from 'zod';
import type { CaseStep } from '../../shared/schemas/case-step';
import type { DocumentFormCode } from '../../shared/documents/form-codes';
import type { FormDoc } from '../../shared/documents/form-doc';
import type { CallContext } from '../services/context';
import type { CaseDocContext } from './case-context';

interface FormBase<S extends z.ZodObject> {
  readonly code: DocumentFormCode;
  /** The template data: every field a custom .docx template may use. */
  readonly data: S;
  /** The built-in layout, printed from the same data a template gets. */
  layout(data: z.output<S>): FormDoc;
}

/** A case form: filled from the loaded case, once per case or once per step of the kind named in form-codes. */
export interface CaseForm<S extends z.ZodObject = z.ZodObject> extends FormBase<S> {
  /** Whether the form can be printed for this case now (e.g. 协议书 only for a written agreement). */
  applies(ctx: CaseDocContext, step: CaseStep | null): boolean;
  build(ctx: CaseDocContext, step: CaseStep | null): z.output<S>;
}

/** A register form: filled from one record (共建活动, 三会一课 meeting, 排查 round) read by id. */
export interface RecordForm<S extends z.ZodObject = z.ZodObject> extends FormBase<S> {
  build(call: CallContext, id: number): z.output<S>;
}
