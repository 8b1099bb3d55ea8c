// Query hooks of the audit log viewer (audit.list/get/facets) and the on-demand chain check (audit.verify).
import type { AuditListInput } from '@shared/schemas/audit';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditListInput) => ['audit', 'list', params] as const,
  one: (id: number) => ['audit', 'one', id] as const,
  facets: ['audit', 'facets'] as const,
};

export function useAuditList(params: AuditListInput) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: () => call('audit.list', params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAuditRow(id: number | null) {
  return useQuery({
    queryKey: auditKeys.one(id ?? 0),
    queryFn: () => call('audit.get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useAuditFacets() {
  return useQuery({ queryKey: auditKeys.facets, queryFn: () => call('audit.facets', {}), staleTime: 0 });
}

/** A check on demand: a mutation in react-query's sense only (audit.verify reads and changes nothing). */
export function useAuditVerify() {
  return useMutation({ mutationFn: () => call('audit.verify', {}) });
}
