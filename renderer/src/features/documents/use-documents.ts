// Query and mutation hooks of the documents area: forms of a case, office templates, the month batch.
import type { MethodInput } from '@shared/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useSessionActive } from '../../auth/session';
import { jobPollInterval } from '../../lib/job-poll';

export const documentKeys = {
  forms: (caseId: number) => ['document', 'forms', caseId] as const,
  batch: (jobId: string) => ['document', 'batch', jobId] as const,
  templates: ['template', 'list'] as const,
};

/** What a form is printed from, without the format (chosen per action). */
export type DocumentTarget = Omit<MethodInput<'document.render'>, 'format'>;

export function useDocumentForms(caseId: number) {
  return useQuery({ queryKey: documentKeys.forms(caseId), queryFn: () => call('document.forms', { caseId }), staleTime: 0 });
}

/** The whole-dossier PDF: generated on request, never cached (it can be megabytes). */
export function useDossierPdf() {
  return useMutation({ mutationFn: (caseId: number) => call('document.dossier', { caseId }) });
}

export function useBatchStart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => call('document.batchStart', { period }),
    // The job as started is the first status: the progress bar shows its total at once.
    onSuccess: (job) => queryClient.setQueryData(documentKeys.batch(job.jobId), job),
  });
}

export function useBatchCancel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => call('document.batchCancel', { jobId }),
    onSuccess: (job) => queryClient.setQueryData(documentKeys.batch(job.jobId), job),
  });
}

/** Polls a batch every 400 ms while it runs. */
export function useBatchStatus(jobId: string | null) {
  const active = useSessionActive();
  return useQuery({
    queryKey: documentKeys.batch(jobId ?? ''),
    queryFn: () => call('document.batchStatus', { jobId: jobId ?? '' }),
    // Not while the session is locked or logged out: every call would answer LOCKED / UNAUTHORIZED.
    enabled: jobId !== null && active,
    refetchInterval: (query) => jobPollInterval(active, query.state.data),
    staleTime: 0,
  });
}

export function useTemplates() {
  return useQuery({ queryKey: documentKeys.templates, queryFn: () => call('template.list', {}) });
}

/** Uploading or restoring a template changes which forms print custom, so case form lists refresh too. */
function useTemplateMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['template'] });
      await queryClient.invalidateQueries({ queryKey: ['document', 'forms'] });
    },
  });
}

export const useTemplateUpload = () => useTemplateMutation((input: MethodInput<'template.upload'>) => call('template.upload', input));
export const useTemplateRestore = () => useTemplateMutation((form: MethodInput<'template.restore'>['form']) => call('template.restore', { form }));
