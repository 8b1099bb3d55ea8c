// What the package takes from the statistics module (the period's records and its report), in one place.
export { periodChunks, periodLoaders } from '../statistics/dataset';
export { officeReport, reportAsOf } from '../statistics/report';
export { reportXlsx } from '../statistics/report-xlsx';
export { reportDocument } from '../statistics/report-document';
