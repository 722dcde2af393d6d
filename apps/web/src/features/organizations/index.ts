export { OrganizationPage } from './pages/organization-page';
export { OrganizationsPage } from './pages/organizations-page';
