// pdfmake's renderer module (untyped in @types/pdfmake): only what inline-merge.ts touches.
declare module 'pdfmake/js/Renderer' {
  /** A CommonJS module with `exports.default = Renderer`; how `default` arrives depends on the loader. */
  const exported: unknown;
  export default exported;
}
