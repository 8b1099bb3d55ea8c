// Query and mutation hooks for the office profile (office.get / office.save).
import type { OfficeInput } from '@shared/schemas/office';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const officeKey = ['office'] as const;

export function useOffice() {
  return useQuery({ queryKey: officeKey, queryFn: () => call('office.get', {}) });
}

export function useSaveOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OfficeInput) => call('office.save', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(officeKey, saved);
    },
  });
}
