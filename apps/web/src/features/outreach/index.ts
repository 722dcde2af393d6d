export { OutreachActivityPanel } from './components/outreach-activity-panel';
export { CallerPage } from './pages/caller-page';
export { DrivePage } from './pages/drive-page';
export { DrivesPage } from './pages/drives-page';
