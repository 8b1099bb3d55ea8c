// Handlers of the xlsx area (filled in by its module).
import type { HandlerGroup } from './context';

export const xlsxHandlers: HandlerGroup<never> = {};
