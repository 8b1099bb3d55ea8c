// Handlers of the cpc area (filled in by its module).
import type { HandlerGroup } from './context';

export const cpcHandlers: HandlerGroup<never> = {};
