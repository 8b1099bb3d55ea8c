// Query and mutation hooks for enterprises; mutations refresh enterprise and committee queries (counts).
import type { EnterpriseInput, EnterpriseListInput } from '@shared/schemas/enterprise';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { committeeKeys } from './use-committee';

export const enterpriseKeys = {
  all: ['enterprise'] as const,
  list: (params: EnterpriseListInput) => ['enterprise', 'list', params] as const,
  one: (id: number) => ['enterprise', 'one', id] as const,
};

export function useEnterpriseList(params: EnterpriseListInput) {
  return useQuery({
    queryKey: enterpriseKeys.list(params),
    queryFn: () => call('enterprise.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: number | null) {
  return useQuery({
    queryKey: enterpriseKeys.one(id ?? 0),
    queryFn: () => call('enterprise.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

function useInvalidateEnterprises() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
      queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
    ]);
}

export function useSaveEnterprise() {
  const invalidate = useInvalidateEnterprises();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: EnterpriseInput }) =>
      id === null ? call('enterprise.create', data) : call('enterprise.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteEnterprise() {
  const invalidate = useInvalidateEnterprises();
  return useMutation({ mutationFn: (id: number) => call('enterprise.delete', { id }), onSuccess: invalidate });
}
