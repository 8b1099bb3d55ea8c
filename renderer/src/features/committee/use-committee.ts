// Query and mutation hooks for committees and their members; every mutation refreshes all committee queries.
import type { CommitteeInput, CommitteeListInput } from '@shared/schemas/committee';
import type { CommitteeMemberInput } from '@shared/schemas/committee-member';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const committeeKeys = {
  all: ['committee'] as const,
  list: (params: CommitteeListInput) => ['committee', 'list', params] as const,
  one: (id: number) => ['committee', 'one', id] as const,
  options: ['committee', 'options'] as const,
};

export function useCommitteeList(params: CommitteeListInput) {
  return useQuery({
    queryKey: committeeKeys.list(params),
    queryFn: () => call('committee.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useCommittee(id: number | null) {
  return useQuery({
    queryKey: committeeKeys.one(id ?? 0),
    queryFn: () => call('committee.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCommitteeOptions() {
  return useQuery({ queryKey: committeeKeys.options, queryFn: () => call('committee.options', {}) });
}

/** Committees, members and enterprises show one another's names and counts: refresh all three. */
function useInvalidateCommittees() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['enterprise'] }),
    ]);
}

export function useSaveCommittee() {
  const invalidate = useInvalidateCommittees();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: CommitteeInput }) =>
      id === null ? call('committee.create', data) : call('committee.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteCommittee() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: (id: number) => call('committee.delete', { id }), onSuccess: invalidate });
}

/** id null: a new member of `committeeId`; otherwise an update of member `id`. */
export function useSaveMember(committeeId: number) {
  const invalidate = useInvalidateCommittees();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: CommitteeMemberInput }) =>
      id === null ? call('committeeMember.create', { committeeId, ...data }) : call('committeeMember.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteMember() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: (id: number) => call('committeeMember.delete', { id }), onSuccess: invalidate });
}
