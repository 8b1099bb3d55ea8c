// Query and mutation hooks for one person's training records; mutations refresh that person's list.
import type { StaffTrainingInput } from '@shared/schemas/staff-training';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const trainingKeys = {
  all: ['staffTraining'] as const,
  list: (staffId: number) => ['staffTraining', 'list', staffId] as const,
};

export function useTrainingList(staffId: number) {
  return useQuery({
    queryKey: trainingKeys.list(staffId),
    queryFn: () => call('staffTraining.list', { staffId }),
  });
}

function useInvalidateTrainings(staffId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trainingKeys.list(staffId) });
}

/** id null: a new record for `staffId`; otherwise an update of record `id`. */
export function useSaveTraining(staffId: number) {
  const invalidate = useInvalidateTrainings(staffId);
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: StaffTrainingInput }) =>
      id === null ? call('staffTraining.create', { staffId, ...data }) : call('staffTraining.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteTraining(staffId: number) {
  const invalidate = useInvalidateTrainings(staffId);
  return useMutation({
    mutationFn: (id: number) => call('staffTraining.delete', { id }),
    onSuccess: invalidate,
  });
}
