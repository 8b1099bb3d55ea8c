// The document renderers in one module, loaded on the first print rather than when the core starts: pdfmake,
// pdfkit, fontkit and docx take about half a second to load, which the CLI and the app's start need not pay.
export { renderFormDocx } from './docx/render-form';
export { officialData, renderOfficialDoc } from './official';
export { renderDossierPdf } from './pdf/dossier';
export { renderFormsPdf } from './pdf/render-form';
export { fillTemplate } from './templates/fill';
