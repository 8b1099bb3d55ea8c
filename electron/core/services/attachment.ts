// Handlers of the attachment area (filled in by its module).
import type { HandlerGroup } from './context';

export const attachmentHandlers: HandlerGroup<never> = {};
