// Handlers of the investigation area (filled in by its module).
import type { HandlerGroup } from './context';

export const investigationHandlers: HandlerGroup<never> = {};
