export { FullExportPage } from './pages/full-export-page';
export { ImportPage } from './pages/import-page';
export { ImportsPage } from './pages/imports-page';
export { NewImportPage } from './pages/new-import-page';
