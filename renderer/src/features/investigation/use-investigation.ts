// Query and mutation hooks for investigation rounds and their findings; every mutation refreshes both registers.
import type { InvestigationInput, InvestigationListInput } from '@shared/schemas/investigation';
import type { FindingInput, FindingListInput } from '@shared/schemas/investigation-finding';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const investigationKeys = {
  all: ['investigation'] as const,
  list: (params: InvestigationListInput) => ['investigation', 'list', params] as const,
  one: (id: number) => ['investigation', 'one', id] as const,
  findings: (params: FindingListInput) => ['investigation', 'findings', params] as const,
};

export function useInvestigationList(params: InvestigationListInput) {
  return useQuery({
    queryKey: investigationKeys.list(params),
    queryFn: () => call('investigation.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useInvestigation(id: number | null) {
  return useQuery({
    queryKey: investigationKeys.one(id ?? 0),
    queryFn: () => call('investigation.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useFindingList(params: FindingListInput) {
  return useQuery({
    queryKey: investigationKeys.findings(params),
    queryFn: () => call('investigationFinding.list', params),
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: investigationKeys.all });
}

export function useSaveInvestigation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: InvestigationInput }) =>
      id === null ? call('investigation.create', data) : call('investigation.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteInvestigation() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: number) => call('investigation.delete', { id }), onSuccess: invalidate });
}

/** id null: a new finding of round `investigationId`; otherwise an update of finding `id`. */
export function useSaveFinding() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, investigationId, data }: { id: number | null; investigationId: number; data: FindingInput }) =>
      id === null ? call('investigationFinding.create', { investigationId, ...data }) : call('investigationFinding.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteFinding() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: number) => call('investigationFinding.delete', { id }), onSuccess: invalidate });
}
