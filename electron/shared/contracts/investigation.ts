// Contract methods of the investigation area (filled in by its module).
export const investigationContract = {} as const;
