// Handlers of the reminder area (filled in by its module).
import type { HandlerGroup } from './context';

export const reminderHandlers: HandlerGroup<never> = {};
