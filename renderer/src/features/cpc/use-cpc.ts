// Query and mutation hooks of Party work (cpcBranch, cpcMember, cpcMeeting); any change refreshes all three.
import type { CpcBranchInput } from '@shared/schemas/cpc-branch';
import type { CpcMeetingInput, CpcMeetingListInput } from '@shared/schemas/cpc-meeting';
import type { CpcMemberInput, CpcMemberListInput } from '@shared/schemas/cpc-member';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Branch counts and committees depend on members and meetings, so one key root covers the area. */
const root = ['cpc'] as const;

export function useCpcBranches() {
  return useQuery({ queryKey: [...root, 'branch', 'list'], queryFn: () => call('cpcBranch.list', {}) });
}

export function useCpcMembers(params: CpcMemberListInput) {
  return useQuery({
    queryKey: [...root, 'member', 'list', params],
    queryFn: () => call('cpcMember.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useCpcMember(id: number | null) {
  return useQuery({
    queryKey: [...root, 'member', 'one', id],
    queryFn: () => call('cpcMember.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCpcMeetings(params: CpcMeetingListInput) {
  return useQuery({
    queryKey: [...root, 'meeting', 'list', params],
    queryFn: () => call('cpcMeeting.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useCpcMeeting(id: number | null) {
  return useQuery({
    queryKey: [...root, 'meeting', 'one', id],
    queryFn: () => call('cpcMeeting.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

function useCpcMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: root }) });
}

export const useSaveBranch = () =>
  useCpcMutation(({ id, data }: { id: number | null; data: CpcBranchInput }) =>
    id === null ? call('cpcBranch.create', data) : call('cpcBranch.update', { id, data }),
  );
export const useDeleteBranch = () => useCpcMutation((id: number) => call('cpcBranch.delete', { id }));

export const useSaveMember = () =>
  useCpcMutation(({ id, data }: { id: number | null; data: CpcMemberInput }) =>
    id === null ? call('cpcMember.create', data) : call('cpcMember.update', { id, data }),
  );
export const useDeleteMember = () => useCpcMutation((id: number) => call('cpcMember.delete', { id }));

export const useSaveMeeting = () =>
  useCpcMutation(({ id, data }: { id: number | null; data: CpcMeetingInput }) =>
    id === null ? call('cpcMeeting.create', data) : call('cpcMeeting.update', { id, data }),
  );
export const useDeleteMeeting = () => useCpcMutation((id: number) => call('cpcMeeting.delete', { id }));
