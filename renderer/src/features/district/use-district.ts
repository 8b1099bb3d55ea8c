// Query and mutation hooks of 数据接收 (区司法局): verify and import packages, the packages held, registered offices, district report.
import type { MethodInput } from '@shared/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const districtKeys = {
  all: ['district'] as const,
  packages: ['district', 'packages'] as const,
  offices: ['district', 'offices'] as const,
  report: (period: string) => ['district', 'report', period] as const,
};

type Upload = MethodInput<'district.verify'>;

/** Verifying reads nothing from the district's tables but the keys; it is asked on demand, so a mutation. */
export const useVerifyPackage = () => useMutation({ mutationFn: (upload: Upload) => call('district.verify', upload) });

function useDistrictMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: districtKeys.all }) });
}

export const useImportPackage = () => useDistrictMutation((upload: Upload) => call('district.import', upload));
export const useSaveOffice = () => useDistrictMutation((input: MethodInput<'district.saveOffice'>) => call('district.saveOffice', input));
export const useRemoveOffice = () => useDistrictMutation((code: string) => call('district.removeOffice', { code }));

export function useDistrictPackages() {
  return useQuery({ queryKey: districtKeys.packages, queryFn: () => call('district.packages', {}) });
}

export function useDistrictOffices() {
  return useQuery({ queryKey: districtKeys.offices, queryFn: () => call('district.offices', {}) });
}

export function useDistrictReport(period: string) {
  return useQuery({ queryKey: districtKeys.report(period), queryFn: () => call('district.report', { period }), placeholderData: keepPreviousData, staleTime: 0 });
}
