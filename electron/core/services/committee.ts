// Handlers of the committee area (filled in by its module).
import type { HandlerGroup } from './context';

export const committeeHandlers: HandlerGroup<never> = {};
