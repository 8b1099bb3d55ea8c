// Contract methods of the attachment area (filled in by its module).
export const attachmentContract = {} as const;
