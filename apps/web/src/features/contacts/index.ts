export { ContactPage } from './pages/contact-page';
export { ContactsPage } from './pages/contacts-page';
