// Contract methods of the xlsx area (filled in by its module).
export const xlsxContract = {} as const;
