import {
  LANGUAGES,
  MA_MUNICIPALITIES,
  MEMBERSHIP_STATUS_LABELS,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
} from '@coalition/contracts';

/** Select options for the organization's fixed lists, labelled for people. */
export const KIND_OPTIONS = ORGANIZATION_KINDS.map((value) => ({
  value,
  label: ORGANIZATION_KIND_LABELS[value],
}));

export const STATUS_OPTIONS = MEMBERSHIP_STATUSES.map((value) => ({
  value,
  label: MEMBERSHIP_STATUS_LABELS[value],
}));

export const LANGUAGE_OPTIONS = LANGUAGES.map(({ code, label }) => ({ value: code, label }));

/** "Lowell (Middlesex)": the county tells apart what a name alone may not. */
export const MUNICIPALITY_OPTIONS = MA_MUNICIPALITIES.map(({ name, county }) => ({
  value: name,
  label: `${name} (${county})`,
}));
