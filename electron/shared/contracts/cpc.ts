// Contract methods of the cpc area (filled in by its module).
export const cpcContract = {} as const;
