// Handlers of the mediator area (filled in by its module).
import type { HandlerGroup } from './context';

export const mediatorHandlers: HandlerGroup<never> = {};
