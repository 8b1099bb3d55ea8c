// Text as typed with a Chinese input method: full-width letters, digits and spaces turned into ASCII.

/** Full-width ASCII variants (！…～, U+FF01–FF5E) and the ideographic space become their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
