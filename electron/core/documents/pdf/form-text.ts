// Text basics of the printed forms: sizes, line heights, the ideographic space, a text's estimated width.
import type { ContentText } from 'pdfmake/interfaces';

export const BODY_SIZE = 12;
/** The field table of a cover page (卷宗封面). */
export const COVER_SIZE = 15;
/** Line height of body text: with the serif's tall line box, about Word's 1.5 lines of 小四 (22.6 pt). */
export const TEXT_LINE_HEIGHT = 1.3;
export const IDEO_SPACE = '\u3000';

/**
 * Estimated width of a text in ems (characters of its font size): CJK and full-width 1, ASCII 0.6 (the serif's digits
 * are 0.57 em wide; the estimate errs on the wide side so that what it says fits does fit).
 */
export const charWidth = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2000 ? 0.6 : 1), 0);

export type TextPart = Exclude<ContentText['text'], string | number | readonly unknown[]> | string;
