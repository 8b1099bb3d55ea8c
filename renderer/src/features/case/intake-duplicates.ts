// The intake's duplicate check, run as the clerk pauses typing (names, ID numbers, credit codes, phones) and again before saving.
import type { DuplicateCheckResult } from '@shared/schemas/case-party';
import { Form, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { toDuplicateInput, type IntakeValues, type PartyValues } from './intake-values';
import { useDuplicateCheck, useFetchDuplicates } from './use-cases';

const DEBOUNCE_MS = 500;

export function useIntakeDuplicates(form: FormInstance<IntakeValues>) {
  const parties = Form.useWatch<PartyValues[] | undefined>('parties', form);
  const next = toDuplicateInput({ parties: parties ?? [] });
  const key = JSON.stringify(next);
  const [params, setParams] = useState(next);
  useEffect(() => {
    const timer = setTimeout(() => setParams(JSON.parse(key) as typeof next), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const check = useDuplicateCheck(params);
  const fetchDuplicates = useFetchDuplicates();
  return {
    result: params === null ? undefined : check.data,
    /** The check on the values about to be saved; a failed check does not stop the save (warnings only). */
    async before(values: IntakeValues): Promise<DuplicateCheckResult | null> {
      const input = toDuplicateInput(values);
      if (input === null) return null;
      try {
        return await fetchDuplicates(input);
      } catch {
        return null;
      }
    },
  };
}

export function warningCount(r: DuplicateCheckResult | null | undefined): number {
  if (!r) return 0;
  return r.openCases.length + r.parties.reduce((n, p) => n + p.matches.length, 0);
}
