// Contract methods of the committee area (filled in by its module).
export const committeeContract = {} as const;
