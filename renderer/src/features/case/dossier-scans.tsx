// The case's scans and other files: the shared attachments panel, in a drawer with one dossier part preselected as the role.
import { dossierParts } from '@shared/case-codes';
import { attachmentRoles } from '@shared/register-codes';
import type { AttachmentRole } from '@shared/schemas/attachment';
import { useQueryClient } from '@tanstack/react-query';
import { Drawer } from 'antd';
import { useEffect, useRef } from 'react';
import { AttachmentsPanel } from '../attachments/attachments-panel';
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

interface Props {
  caseId: number;
  /** The part whose scans are uploaded, or null when closed. */
  part: { code: string; label: string } | null;
  onClose: () => void;
}

export function DossierScans({ caseId, part, onClose }: Props) {
  // This part first (preselected), then 其他.
  const roles = caseRoles.filter((r) => r === part?.code || r === 'other').sort((a, b) => Number(b === part?.code) - Number(a === part?.code));
  return (
    <Drawer open={part !== null} title={part ? `上传扫描件：${part.label}` : '上传扫描件'} size={820} onClose={onClose} destroyOnHidden>
      {part && <AttachmentsPanel key={part.code} ownerType="case" ownerId={caseId} roles={roles} />}
    </Drawer>
  );
}
