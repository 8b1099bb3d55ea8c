// The docxtemplater options every template is compiled with, for checking and filling alike.
import Docxtemplater from 'docxtemplater';
import type PizZip from 'pizzip';

/** The part a parser is built for: `module` is 'loop' for {#…}/{^…}, 'rawxml' for {@…}, undefined for a value. */
export interface TagContext {
  readonly tag?: { readonly module?: string };
}

export interface TagParser {
  get(scope: unknown, context: unknown): unknown;
}

export type ParserFactory = (tag: string, context?: TagContext) => TagParser;

/** Compiles `zip` (throws docxtemplater's errors): paragraph loops, Word line breaks, no delimiter changes, '' for missing values. */
export function compileTemplate(zip: PizZip, parser: ParserFactory, lenient = false): Docxtemplater<PizZip> {
  return new Docxtemplater(zip, {
    paragraphLoop: true,
    linebreaks: true,
    errorLogging: false,
    stripInvalidXMLChars: true,
    nullGetter: () => '',
    parser,
    syntax: lenient
      ? { changeDelimiterPrefix: null, allowUnopenedTag: true, allowUnclosedTag: true }
      : { changeDelimiterPrefix: null },
  });
}

/** A compiled part: placeholders carry the tag, loops their inner parts. */
export interface CompiledPart {
  readonly type: string;
  readonly value: string;
  readonly module?: string;
  readonly inverted?: boolean;
  readonly offset?: number;
  readonly subparsed?: readonly CompiledPart[];
}

/** The compiled parts of every templated file (docxtemplater keeps them on the instance, untyped). */
export function compiledParts(doc: Docxtemplater<PizZip>): Map<string, readonly CompiledPart[]> {
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed?: CompiledPart[] }> }).compiled;
  return new Map(Object.entries(compiled).map(([file, xml]) => [file, xml.postparsed ?? []]));
}
