import {
  AFFILIATION_ROLE_LABELS,
  AFFILIATION_ROLES,
  CONSENT_CHANNELS,
  COUNTIES,
  EMAIL_LABEL_LABELS,
  EMAIL_LABELS,
  LANGUAGES,
  MA_MUNICIPALITIES,
  PHONE_LABEL_LABELS,
  PHONE_LABELS,
} from '@coalition/contracts';
import { CONSENT_SHORT_LABELS } from './consent-labels';

/** Select options for the contact's fixed lists, labelled for people. */
export const LANGUAGE_OPTIONS = LANGUAGES.map(({ code, label }) => ({ value: code, label }));
export const COUNTY_OPTIONS = COUNTIES.map((value) => ({ value, label: value }));
export const ROLE_OPTIONS = AFFILIATION_ROLES.map((value) => ({
  value,
  label: AFFILIATION_ROLE_LABELS[value],
}));
export const CONSENT_OPTIONS = CONSENT_CHANNELS.map((value) => ({
  value,
  label: CONSENT_SHORT_LABELS[value],
}));
export const EMAIL_LABEL_OPTIONS = EMAIL_LABELS.map((value) => ({
  value,
  label: EMAIL_LABEL_LABELS[value],
}));
export const PHONE_LABEL_OPTIONS = PHONE_LABELS.map((value) => ({
  value,
  label: PHONE_LABEL_LABELS[value],
}));

/** "Lowell (Middlesex)": the county tells apart what a name alone may not. */
export const MUNICIPALITY_OPTIONS = MA_MUNICIPALITIES.map(({ name, county }) => ({
  value: name,
  label: `${name} (${county})`,
}));
