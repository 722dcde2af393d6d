export { ActivityPage } from './pages/activity-page';
export { BreakdownsPage } from './pages/breakdowns-page';
export { ReportsOverviewPage } from './pages/reports-overview-page';
export { ReportsPrintPage } from './pages/reports-print-page';
