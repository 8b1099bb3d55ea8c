// Contract methods of the reminder area (filled in by its module).
export const reminderContract = {} as const;
