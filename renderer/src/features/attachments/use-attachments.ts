// Query and mutation hooks for one record's attachments; changes refresh that record's list.
import type { AttachmentAddInput, AttachmentOwnerType } from '@shared/schemas/attachment';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const attachmentKeys = {
  all: ['attachment'] as const,
  list: (ownerType: AttachmentOwnerType, ownerId: number) => ['attachment', 'list', ownerType, ownerId] as const,
};

export function useAttachmentList(ownerType: AttachmentOwnerType, ownerId: number) {
  return useQuery({
    queryKey: attachmentKeys.list(ownerType, ownerId),
    queryFn: () => call('attachment.list', { ownerType, ownerId }),
  });
}

function useInvalidate(ownerType: AttachmentOwnerType, ownerId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: attachmentKeys.list(ownerType, ownerId) });
}

export function useAddAttachment(ownerType: AttachmentOwnerType, ownerId: number) {
  const invalidate = useInvalidate(ownerType, ownerId);
  return useMutation({
    mutationFn: (input: Omit<AttachmentAddInput, 'ownerType' | 'ownerId'>) =>
      call('attachment.add', { ownerType, ownerId, ...input }),
    onSettled: invalidate,
  });
}

export function useRemoveAttachment(ownerType: AttachmentOwnerType, ownerId: number) {
  const invalidate = useInvalidate(ownerType, ownerId);
  return useMutation({
    mutationFn: (id: number) => call('attachment.remove', { id }),
    onSuccess: invalidate,
  });
}

/** The file's content; fetched on demand, never cached (files can be large). */
export const readAttachment = (id: number) => call('attachment.read', { id });
