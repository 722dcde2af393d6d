export { MeetingHistoryPanel } from './components/meeting-history-panel';
export { MeetingPage } from './pages/meeting-page';
export { MeetingsPage } from './pages/meetings-page';
export { NewMeetingPage } from './pages/new-meeting-page';
export { StaffHomePage } from './pages/staff-home-page';
