// Handlers of the joint-activity area (filled in by its module).
import type { HandlerGroup } from './context';

export const jointActivityHandlers: HandlerGroup<never> = {};
