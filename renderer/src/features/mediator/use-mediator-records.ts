// Hooks for a mediator's training records (also the training register) and discipline events.
import type { MediatorDisciplineInput } from '@shared/schemas/mediator-discipline';
import type { MediatorTrainingInput, MediatorTrainingListInput } from '@shared/schemas/mediator-training';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useInvalidateMediators } from './use-mediator';

export const trainingKeys = {
  all: ['mediatorTraining'] as const,
  list: (params: MediatorTrainingListInput) => ['mediatorTraining', 'list', params] as const,
};

export function useTrainingList(params: MediatorTrainingListInput) {
  return useQuery({
    queryKey: trainingKeys.list(params),
    queryFn: () => call('mediatorTraining.list', params),
    placeholderData: keepPreviousData,
  });
}

/** id null: a new record for `mediatorId`; otherwise an update of record `id`. */
export function useSaveTraining() {
  const invalidate = useInvalidateMediators();
  return useMutation({
    mutationFn: ({ id, mediatorId, data }: { id: number | null; mediatorId: number; data: MediatorTrainingInput }) =>
      id === null ? call('mediatorTraining.create', { mediatorId, ...data }) : call('mediatorTraining.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteTraining() {
  const invalidate = useInvalidateMediators();
  return useMutation({ mutationFn: (id: number) => call('mediatorTraining.delete', { id }), onSuccess: invalidate });
}

const disciplineKey = (mediatorId: number) => ['mediatorDiscipline', mediatorId] as const;

export function useDisciplineList(mediatorId: number) {
  return useQuery({ queryKey: disciplineKey(mediatorId), queryFn: () => call('mediatorDiscipline.list', { mediatorId }) });
}

export function useSaveDiscipline(mediatorId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: MediatorDisciplineInput }) =>
      id === null ? call('mediatorDiscipline.create', { mediatorId, ...data }) : call('mediatorDiscipline.update', { id, data }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: disciplineKey(mediatorId) }),
  });
}

export function useDeleteDiscipline(mediatorId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('mediatorDiscipline.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: disciplineKey(mediatorId) }),
  });
}
