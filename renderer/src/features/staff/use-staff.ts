// Query and mutation hooks for staff (staff.list/get/create/update/delete); mutations refresh all staff queries.
import type { StaffInput, StaffListInput } from '@shared/schemas/staff';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const staffKeys = {
  all: ['staff'] as const,
  list: (params: StaffListInput) => ['staff', 'list', params] as const,
  one: (id: number) => ['staff', 'one', id] as const,
};

export function useStaffList(params: StaffListInput) {
  return useQuery({
    queryKey: staffKeys.list(params),
    queryFn: () => call('staff.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useStaffMember(id: number | null) {
  return useQuery({
    queryKey: staffKeys.one(id ?? 0),
    queryFn: () => call('staff.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: staffKeys.all });
}

export function useSaveStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: StaffInput }) =>
      id === null ? call('staff.create', data) : call('staff.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (id: number) => call('staff.delete', { id }),
    onSuccess: invalidate,
  });
}
