// Reads the main parts of a .docx back as XML text (tests, template checks).
import PizZip from 'pizzip';

/** word/document.xml and word/styles.xml of a .docx file. */
export function docxXml(buffer: Buffer | Uint8Array): { document: string; styles: string } {
  const zip = new PizZip(buffer);
  const part = (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the .docx`);
    return file.asText();
  };
  return { document: part('word/document.xml'), styles: part('word/styles.xml') };
}
