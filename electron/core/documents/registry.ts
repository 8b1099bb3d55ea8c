// Every printable form by code: case forms, register forms; their template fields come from their data schemas.
import { documentForms, type DocumentFormCode } from '../../shared/documents/form-codes';
import { fieldSpecOf, type FieldSpec } from '../../shared/documents/fields';
import type { CaseForm, RecordForm } from './form-definition';
import { caseFormsA } from './forms/case-forms-a';
import { caseFormsB } from './forms/case-forms-b';
import { registerForms } from './forms/register-forms';
import { tocForm } from './forms/toc';

export const caseForms: Partial<Record<DocumentFormCode, CaseForm>> = { ...caseFormsA, ...caseFormsB, toc: tocForm };
export const recordForms: Partial<Record<DocumentFormCode, RecordForm>> = { ...registerForms };

export function caseFormOf(code: DocumentFormCode): CaseForm | undefined {
  return caseForms[code];
}

export function recordFormOf(code: DocumentFormCode): RecordForm | undefined {
  return recordForms[code];
}

/** The fields a template of this form may use; empty for forms without a data schema (GB/T 9704 documents). */
export function templateFieldsOf(code: DocumentFormCode): FieldSpec[] {
  const def = caseForms[code] ?? recordForms[code];
  return def ? fieldSpecOf(def.data) : [];
}

/** Codes with no definition yet: a test keeps this empty. */
export function unregisteredForms(): DocumentFormCode[] {
  return documentForms
    .filter((f) => f.source === 'case' || f.source === 'jointActivity' || f.source === 'cpcMeeting' || f.source === 'investigation')
    .map((f) => f.code)
    .filter((code) => caseForms[code] === undefined && recordForms[code] === undefined);
}
