// Contract methods of the joint-activity area (filled in by its module).
export const jointActivityContract = {} as const;
