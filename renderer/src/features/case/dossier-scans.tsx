// The roles of a case's files (dossier-part scans, 照片, 其他) and the case re-read whenever its files change.
import { dossierParts } from '@shared/case-codes';
import { attachmentRoles } from '@shared/register-codes';
import type { AttachmentRole } from '@shared/schemas/attachment';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useAttachmentList } from '../attachments/use-attachments';
import { caseKeys } from './use-cases';

/** Roles a case's files take: the scannable dossier parts in binding order, then 照片 and 其他. */
const roleCodes: readonly string[] = attachmentRoles.map((r) => r.code);
export const caseRoles: readonly AttachmentRole[] = [
  ...dossierParts.map((p): string => p.code).filter((c): c is AttachmentRole => roleCodes.includes(c)),
  'photo',
  'other',
];

/** Scan counts per part come with case.get: re-read the case whenever its attachment list changes. */
export function useCaseFollowsAttachments(caseId: number) {
  const queryClient = useQueryClient();
  const list = useAttachmentList('case', caseId);
  const stamp = list.dataUpdatedAt;
  const seen = useRef(0);
  useEffect(() => {
    if (seen.current !== 0 && stamp !== seen.current) void queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
    seen.current = stamp;
  }, [stamp, caseId, queryClient]);
}
