// Signature lines and the seal place of a printed form, for pdfmake.
import type { Content } from 'pdfmake/interfaces';
import type { SignatureLine } from '../../../shared/documents/form-doc';
import { BLANK_DATE } from '../../../shared/documents/format';
import { BODY_SIZE, IDEO_SPACE, charWidth, type TextPart } from './form-text';
import { CONTENT_WIDTH, mm, printable } from './pdfmake-env';

/** Vertical geometry of a signature line: room above to sign in, and the line itself. */
export const SIGN_MARGIN: [number, number, number, number] = [0, 6, 0, 2];
export const SIGN_LINE_HEIGHT = 1.25;
const MIN_BLANK = 4;

/**
 * "label ______  年 月 日" in a column `width` points wide. When the date does not fit after the label and a space
 * to sign of 6 characters, it goes on a line of its own, right-aligned: a date never breaks inside.
 */
export function signature(line: SignatureLine, width = CONTENT_WIDTH): Content {
  const chars = width / BODY_SIZE - 1;
  const date = line.date === undefined ? '' : printable(line.date || BLANK_DATE);
  const label = printable(line.label);
  const want = line.width ?? 12;
  const room = chars - charWidth(label);
  const inline = date !== '' && room - charWidth(date) - 2 >= Math.min(6, want);
  const blank = Math.max(MIN_BLANK, Math.min(want, Math.floor(inline ? room - charWidth(date) - 2 : room)));
  const parts: TextPart[] = [label, { text: IDEO_SPACE.repeat(blank), decoration: 'underline' }];
  if (inline) parts.push(IDEO_SPACE.repeat(2) + date);
  const first = { text: parts, margin: SIGN_MARGIN, lineHeight: SIGN_LINE_HEIGHT };
  if (inline || date === '') return first;
  return { stack: [{ ...first, margin: [0, SIGN_MARGIN[1], 0, 0] }, { text: date, alignment: 'right', margin: [0, 0, 0, SIGN_MARGIN[3]], lineHeight: SIGN_LINE_HEIGHT }] };
}

/**
 * The seal place on its own: the organ's name and the date under it, right-aligned, with room above for the upper
 * half of the round seal (about 42 mm across), which is pressed over the name and the date.
 */
export function seal(organ: string, date: string, room = mm(12)): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: sealWidth(organ, date),
        stack: [
          { text: printable(organ), alignment: 'center', margin: [0, room, 0, 0] },
          { text: printable(date || BLANK_DATE), alignment: 'center', margin: [0, mm(4), 0, mm(6)] },
        ],
      },
    ],
    unbreakable: true,
  } as Content;
}

/** Width of the seal column: the organ's name or the date, and at least the seal's 42 mm, at most half the line. */
export function sealWidth(organ: string, date: string): number {
  const text = Math.max(charWidth(printable(organ)), charWidth(printable(date || BLANK_DATE))) * BODY_SIZE + 12;
  return Math.min(CONTENT_WIDTH / 2, Math.max(mm(46), text));
}
