export { ChangePasswordModal } from './components/change-password-modal';
export { AcceptInvitationPage } from './pages/accept-invitation-page';
export { SignInPage } from './pages/sign-in-page';
