// Query and mutation hooks for partner units and joint activities; every mutation refreshes both areas' queries.
import type { JointActivityInput, JointActivityListInput } from '@shared/schemas/joint-activity';
import type { PartnerKind, PartnerUnitInput, PartnerUnitListInput } from '@shared/schemas/partner-unit';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

/** One root key: a partner's activity count and an activity's partner name change with either side. */
export const jointKeys = {
  all: ['joint'] as const,
  partners: (params: PartnerUnitListInput) => ['joint', 'partners', params] as const,
  partner: (id: number) => ['joint', 'partner', id] as const,
  options: (kind: PartnerKind | undefined) => ['joint', 'options', kind ?? 'all'] as const,
  activities: (params: JointActivityListInput) => ['joint', 'activities', params] as const,
  activity: (id: number) => ['joint', 'activity', id] as const,
};

export function usePartnerList(params: PartnerUnitListInput) {
  return useQuery({
    queryKey: jointKeys.partners(params),
    queryFn: () => call('partnerUnit.list', params),
    placeholderData: keepPreviousData,
  });
}

export function usePartner(id: number | null) {
  return useQuery({
    queryKey: jointKeys.partner(id ?? 0),
    queryFn: () => call('partnerUnit.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function usePartnerOptions(kind: PartnerKind | undefined) {
  return useQuery({
    queryKey: jointKeys.options(kind),
    queryFn: () => call('partnerUnit.options', kind ? { kind } : {}),
  });
}

export function useActivityList(params: JointActivityListInput) {
  return useQuery({
    queryKey: jointKeys.activities(params),
    queryFn: () => call('jointActivity.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: number | null) {
  return useQuery({
    queryKey: jointKeys.activity(id ?? 0),
    queryFn: () => call('jointActivity.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

function useInvalidateJoint() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: jointKeys.all });
}

export function useSavePartner() {
  const invalidate = useInvalidateJoint();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: PartnerUnitInput }) =>
      id === null ? call('partnerUnit.create', data) : call('partnerUnit.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeletePartner() {
  const invalidate = useInvalidateJoint();
  return useMutation({ mutationFn: (id: number) => call('partnerUnit.delete', { id }), onSuccess: invalidate });
}

export function useSaveActivity() {
  const invalidate = useInvalidateJoint();
  return useMutation({
    mutationFn: ({ id, data }: { id: number | null; data: JointActivityInput }) =>
      id === null ? call('jointActivity.create', data) : call('jointActivity.update', { id, data }),
    onSuccess: invalidate,
  });
}

export function useDeleteActivity() {
  const invalidate = useInvalidateJoint();
  return useMutation({ mutationFn: (id: number) => call('jointActivity.delete', { id }), onSuccess: invalidate });
}
