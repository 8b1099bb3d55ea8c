// Query and mutation hooks for mediators and the committee options; mutations refresh every mediator query.
import type { MediatorInput, MediatorListInput } from '@shared/schemas/mediator';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const mediatorKeys = {
  all: ['mediator'] as const,
  list: (params: MediatorListInput) => ['mediator', 'list', params] as const,
  one: (id: number) => ['mediator', 'one', id] as const,
};

export function useMediatorList(params: MediatorListInput) {
  return useQuery({
    queryKey: mediatorKeys.list(params),
    queryFn: () => call('mediator.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useMediator(id: number | null) {
  return useQuery({
    queryKey: mediatorKeys.one(id ?? 0),
    queryFn: () => call('mediator.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

/** Mediator and training queries together: list rows carry the latest training date, training rows the mediator's name. */
export function useInvalidateMediators() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'mediator' || q.queryKey[0] === 'mediatorTraining' });
}

export function useSaveMediator() {
  const invalidate = useInvalidateMediators();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: MediatorInput }) =>
      id === null ? call('mediator.create', data) : call('mediator.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteMediator() {
  const invalidate = useInvalidateMediators();
  return useMutation({ mutationFn: (id: number) => call('mediator.delete', { id }), onSuccess: invalidate });
}

export function useCommitteeOptions() {
  return useQuery({
    queryKey: ['committee', 'options'],
    queryFn: () => call('committee.options', {}),
    staleTime: 30_000,
  });
}
