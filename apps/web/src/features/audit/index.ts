export { RecordHistoryPanel } from './components/record-history-panel';
export { AuditPage } from './pages/audit-page';
