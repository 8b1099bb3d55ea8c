// Contract methods of the mediator area (filled in by its module).
export const mediatorContract = {} as const;
