// Query and mutation hooks of 统计报表: the period's report, its workbook and document, and the monthly 预防成效 figures.
import type { MethodInput } from '@shared/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const statisticsKeys = {
  report: (period: string) => ['report', period] as const,
  prevention: (month: string) => ['prevention', month] as const,
};

export function useReport(period: string) {
  return useQuery({ queryKey: statisticsKeys.report(period), queryFn: () => call('report.get', { period }), placeholderData: keepPreviousData, staleTime: 0 });
}

/** The workbook and the document are generated on request and never cached. */
export const useReportXlsx = () => useMutation({ mutationFn: (period: string) => call('report.xlsx', { period }) });
export const useReportDocument = () => useMutation({ mutationFn: (input: MethodInput<'report.document'>) => call('report.document', input) });

export function usePrevention(month: string) {
  return useQuery({ queryKey: statisticsKeys.prevention(month), queryFn: () => call('prevention.get', { month }), staleTime: 0 });
}

/** Saving a month's figures changes every report that holds the month. */
export function useSavePrevention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'prevention.save'>) => call('prevention.save', input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(statisticsKeys.prevention(saved.month), saved);
      await queryClient.invalidateQueries({ queryKey: ['report'] });
    },
  });
}
