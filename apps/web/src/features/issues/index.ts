export { IssuePage } from './pages/issue-page';
export { IssuesPage } from './pages/issues-page';
