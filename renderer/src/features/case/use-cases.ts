// Query and mutation hooks for every case method (case.*, party.*, caseStep.*, dossier.*, setting.*, disputeCategory.*).
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import type { CaseDetail } from '@shared/schemas/case';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { reminderKeys } from '../dashboard/use-reminders';

export const caseKeys = {
  all: ['case'] as const,
  list: (params: MethodInput<'case.list'>) => ['case', 'list', params] as const,
  one: (id: number) => ['case', 'one', id] as const,
  duplicates: (params: MethodInput<'case.checkDuplicates'>) => ['case', 'duplicates', params] as const,
  threeCounts: (period: string) => ['case', 'threeCounts', period] as const,
  month: (month: string) => ['case', 'month', month] as const,
  settings: ['case', 'settings'] as const,
  categories: ['case', 'categories'] as const,
};

export function useCaseList(params: MethodInput<'case.list'>) {
  return useQuery({ queryKey: caseKeys.list(params), queryFn: () => call('case.list', params), placeholderData: keepPreviousData });
}

export function useCase(id: number | null) {
  return useQuery({
    queryKey: caseKeys.one(id ?? 0),
    queryFn: () => call('case.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

/** Warnings only: earlier parties that look like these, and open cases between the same parties. */
export function useDuplicateCheck(params: MethodInput<'case.checkDuplicates'> | null) {
  return useQuery({
    queryKey: caseKeys.duplicates(params ?? { parties: [] }),
    queryFn: () => call('case.checkDuplicates', params ?? { parties: [] }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The same check on demand (before saving), sharing the cache with useDuplicateCheck. */
export function useFetchDuplicates() {
  const queryClient = useQueryClient();
  return (params: MethodInput<'case.checkDuplicates'>) =>
    queryClient.fetchQuery({ queryKey: caseKeys.duplicates(params), queryFn: () => call('case.checkDuplicates', params), staleTime: 0 });
}

export function useThreeCounts(period: string | null) {
  return useQuery({
    queryKey: caseKeys.threeCounts(period ?? ''),
    queryFn: () => call('case.threeCounts', { period: period ?? '' }),
    enabled: period !== null,
  });
}

export function useCaseMonth(month: string | null) {
  return useQuery({
    queryKey: caseKeys.month(month ?? ''),
    queryFn: () => call('case.month', { month: month ?? '' }),
    enabled: month !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCaseSettings() {
  return useQuery({ queryKey: caseKeys.settings, queryFn: () => call('setting.get', {}) });
}

export function useDisputeCategories() {
  return useQuery({ queryKey: caseKeys.categories, queryFn: () => call('disputeCategory.list', {}), staleTime: 60_000 });
}

/** Every case change moves lists, counts, dates and the 工作台's reminders. */
function useInvalidateCases() {
  const queryClient = useQueryClient();
  return async (detail?: CaseDetail) => {
    if (detail) queryClient.setQueryData(caseKeys.one(detail.id), detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.all }),
      queryClient.invalidateQueries({ queryKey: reminderKeys.all }),
    ]);
  };
}

/** A mutation hook for one method that answers with the whole case (or anything else), refreshing the cases. */
function caseMutation<M extends MethodName>(method: M) {
  return function useCaseMethod() {
    const invalidate = useInvalidateCases();
    return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
      mutationFn: (input) => call(method, input),
      onSuccess: (out) => invalidate(isCaseDetail(out) ? out : undefined),
    });
  };
}

function isCaseDetail(v: unknown): v is CaseDetail {
  return typeof v === 'object' && v !== null && 'parties' in v && 'steps' in v && 'id' in v;
}

export const useCreateCase = caseMutation('case.create');
export const useUpdateCase = caseMutation('case.update');
export const useDeleteCase = caseMutation('case.delete');

export const useCreateParty = caseMutation('party.create');
export const useUpdateParty = caseMutation('party.update');
export const useDeleteParty = caseMutation('party.delete');

export const useCreateStep = caseMutation('caseStep.create');
export const useUpdateStep = caseMutation('caseStep.update');
export const useDeleteStep = caseMutation('caseStep.delete');

export const useOpenDossier = caseMutation('dossier.open');
export const useCloseDossier = caseMutation('dossier.close');
export const useReopenDossier = caseMutation('dossier.reopen');
export const useMarkDossierPart = caseMutation('dossier.markPart');

/** Settings change deadlines, so cases and reminders are re-read too. */
export const useUpdateCaseSettings = caseMutation('setting.update');
export const useCreateDisputeCategory = caseMutation('disputeCategory.create');
export const useUpdateDisputeCategory = caseMutation('disputeCategory.update');
