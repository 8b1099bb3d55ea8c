// How a contract method is declared: its zod input and output, and whether it changes data.
import { z } from 'zod';
import { recordId } from './schemas/common';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** Mutating methods run in one transaction with their audit row. */
  readonly mutates: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output, mutates: false };
}
export function mutation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output, mutates: true };
}

export const noInput = z.object({}).strict();
export const byId = z.object({ id: recordId });
export const deleted = z.object({ id: recordId });
