import {
  AFFILIATION_ROLE_LABELS,
  ATTENDANCE_STATUS_LABELS,
  INTEREST_LEVEL_LABELS,
  LANGUAGES,
  MEMBERSHIP_STATUS_LABELS,
  ORGANIZATION_KIND_LABELS,
  PARTICIPATION_ROLE_LABELS,
  type AffiliationRole,
  type AttendanceStatus,
  type InterestLevel,
  type LanguageCode,
  type MembershipStatus,
  type OrganizationKind,
  type ParticipationRole,
} from '@coalition/contracts';
import { compactKey, wordsKey } from './text-keys';

/*
 * The words people use for each choice field. A cell matches a value by its key or label
 * (any case, accents, punctuation), then by a synonym, then by a telling word inside a longer
 * phrase ("Boston Community Health Center" → health center). Earlier keywords win, so the more
 * specific come first.
 */
export interface Choices<T extends string> {
  labels: Record<T, string>;
  /** Keys, labels and synonyms, compacted, to their value. */
  exact: ReadonlyMap<string, T>;
  keywords: [string, T][];
}

function defineChoices<T extends string>(labels: Record<T, string>, synonyms: [string, T][], keywords: [string, T][]): Choices<T> {
  const exact = new Map<string, T>(synonyms.map(([word, value]) => [compactKey(word), value]));
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    exact.set(compactKey(label), value);
    exact.set(compactKey(value), value);
  }
  return { labels, exact, keywords };
}

export function matchChoice<T extends string>(text: string, choices: Choices<T>): T | undefined {
  const exact = choices.exact.get(compactKey(text));
  if (exact) return exact;
  const words = ` ${wordsKey(text)} `;
  return choices.keywords.find(([keyword]) => words.includes(` ${keyword} `))?.[1];
}

/** "one of: Interested, Active, Leading" for problem messages. */
export function choiceList<T extends string>(choices: Choices<T>): string {
  return Object.values<string>(choices.labels).join(', ');
}

const all = <T extends string>(value: T, ...words: string[]): [string, T][] => words.map((w) => [w, value]);

export const ORGANIZATION_KIND_CHOICES = defineChoices<OrganizationKind>(
  ORGANIZATION_KIND_LABELS,
  [
    ...all('community_group', 'CBO', 'community based organization', 'community organization', 'grassroots'),
    ...all('social_service', 'social services', 'human services', 'social service agency'),
    ...all('ethnic_association', 'ethnic', 'cultural association', 'mutual assistance association', 'MAA'),
    ...all('school', 'university', 'college', 'education', 'adult education'),
    ...all('refugee_resettlement', 'refugee', 'resettlement', 'resettlement agency'),
    ...all('health_center', 'health', 'health center', 'community health center', 'hospital', 'clinic', 'CHC'),
    ...all('religious', 'faith', 'faith based', 'church', 'mosque', 'temple', 'synagogue', 'congregation'),
    ...all('labor_union', 'union', 'labor', 'labour'),
    ...all('legal_services', 'legal', 'legal aid', 'law firm', 'law', 'legal services provider'),
  ],
  [
    ...all('refugee_resettlement', 'refugee', 'refugees', 'resettlement'),
    ...all('health_center', 'health', 'hospital', 'clinic', 'medical'),
    ...all('legal_services', 'legal', 'law', 'lawyers', 'attorneys'),
    ...all('religious', 'church', 'mosque', 'temple', 'synagogue', 'faith', 'congregation', 'parish', 'religious', 'ministry', 'diocese'),
    ...all('labor_union', 'union', 'labor', 'labour', 'workers'),
    ...all('school', 'school', 'university', 'college', 'academy', 'education', 'esol'),
    ...all('ethnic_association', 'ethnic', 'cultural', 'mutual assistance'),
    ...all('social_service', 'social service', 'social services', 'human services'),
    ...all('community_group', 'community', 'grassroots', 'neighborhood'),
  ],
);

export const MEMBERSHIP_STATUS_CHOICES = defineChoices<MembershipStatus>(
  MEMBERSHIP_STATUS_LABELS,
  [
    ...all('active', 'member', 'current', 'paid', 'in good standing'),
    ...all('prospective', 'prospect', 'potential', 'pending', 'applicant', 'applied'),
    ...all('lapsed', 'expired', 'unpaid', 'inactive', 'overdue'),
    ...all('former', 'past', 'withdrawn', 'left', 'resigned'),
  ],
  [
    ...all('former', 'former', 'past', 'withdrawn'),
    ...all('lapsed', 'lapsed', 'expired', 'inactive', 'unpaid'),
    ...all('prospective', 'prospective', 'prospect', 'potential', 'pending'),
    ...all('active', 'active', 'current'),
  ],
);

export const AFFILIATION_ROLE_CHOICES = defineChoices<AffiliationRole>(
  AFFILIATION_ROLE_LABELS,
  [
    ...all('executive_director', 'ED', 'exec director', 'exec dir', 'CEO', 'director general'),
    ...all('board', 'board of directors', 'trustee', 'board chair', 'chair', 'board president', 'board treasurer'),
    ...all('staff', 'employee', 'staff member'),
    ...all('primary_contact', 'main contact', 'primary', 'point of contact', 'POC', 'contact person'),
  ],
  [
    ...all('executive_director', 'executive director', 'co executive director', 'ceo'),
    ...all('board', 'board', 'trustee', 'trustees'),
    ...all('primary_contact', 'primary contact', 'main contact', 'point of contact'),
    ...all('volunteer', 'volunteer'),
    ...all(
      'staff',
      'staff', 'organizer', 'coordinator', 'manager', 'director', 'advocate', 'attorney', 'lawyer', 'paralegal',
      'officer', 'assistant', 'specialist', 'associate', 'navigator', 'teacher', 'analyst', 'employee',
    ),
    ...all('member', 'member'),
  ],
);

export const INTEREST_LEVEL_CHOICES = defineChoices<InterestLevel>(
  INTEREST_LEVEL_LABELS,
  [
    ...all('interested', 'interest', 'following', 'watching', 'monitoring', 'supporting', 'supporter'),
    ...all('active', 'involved', 'engaged', 'working on it', 'actively involved'),
    ...all('leading', 'lead', 'leads', 'leader', 'champion'),
  ],
  [
    ...all('leading', 'lead', 'leading', 'leader', 'leads'),
    ...all('active', 'active', 'actively', 'involved', 'engaged'),
    ...all('interested', 'interest', 'interested'),
  ],
);

export const PARTICIPATION_ROLE_CHOICES = defineChoices<ParticipationRole>(
  PARTICIPATION_ROLE_LABELS,
  [
    ...all('lead_partner', 'lead', 'leader', 'lead organization', 'co-lead', 'anchor', 'anchor partner'),
    ...all('funder', 'sponsor', 'donor', 'funding partner', 'foundation'),
    ...all('endorser', 'endorse', 'endorsed', 'endorsement', 'signed on', 'signatory', 'supporter'),
    ...all('participant', 'participating', 'partner', 'member', 'coalition member', 'involved'),
  ],
  [
    ...all('lead_partner', 'lead', 'leader', 'leading'),
    ...all('funder', 'funder', 'funding', 'sponsor', 'donor'),
    ...all('endorser', 'endorser', 'endorsed', 'endorsement', 'signatory'),
    ...all('participant', 'participant', 'participating', 'partner'),
  ],
);

export const ATTENDANCE_STATUS_CHOICES = defineChoices<AttendanceStatus>(
  ATTENDANCE_STATUS_LABELS,
  [
    ...all('attended', 'present', 'yes', 'y', 'x', 'checked in', 'came', 'here', 'attending'),
    ...all('registered', 'RSVP', "RSVP'd", 'RSVPed', 'signed up', 'going', 'invited', 'registration'),
    ...all('no_show', 'no show', 'noshow', 'absent', 'did not attend', "didn't attend", 'missed', 'no'),
  ],
  [
    ...all('no_show', 'no show', 'absent', 'did not attend', 'didn t attend'),
    ...all('attended', 'attended', 'present', 'checked in'),
    ...all('registered', 'registered', 'rsvp', 'rsvpd', 'signed up'),
  ],
);

const LANGUAGE_LABELS = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.label])) as Record<LanguageCode, string>;

/** Language names people write, native spellings included. */
export const LANGUAGE_CHOICES = defineChoices<LanguageCode>(
  LANGUAGE_LABELS,
  [
    ...all('en', 'ingles', 'eng'),
    ...all('es', 'español', 'castellano', 'spa'),
    ...all('pt', 'português', 'brazilian portuguese', 'portuguese (brazil)', 'por'),
    ...all('ht', 'haitian', 'kreyòl', 'kreyol ayisyen', 'haitian kreyol', 'creole (haitian)'),
    ...all('zh', 'mandarin', 'cantonese', 'taishanese', 'toisanese', '中文', '普通话', '广东话', 'chinese (mandarin)', 'chinese (cantonese)'),
    ...all('vi', 'tiếng việt', 'vietnamese'),
    ...all('ar', 'العربية', 'عربي'),
    ...all('so', 'soomaali', 'af soomaali'),
    ...all('kea', 'kriolu', 'kriolo', 'cape verdean', 'cabo verdean', 'caboverdiano', 'crioulo', 'capeverdean creole'),
    ...all('km', 'cambodian', 'ខ្មែរ'),
    ...all('ru', 'русский'),
    ...all('fr', 'français'),
    ...all('ne', 'nepalese', 'नेपाली'),
    ...all('prs', 'persian (dari)', 'afghan persian'),
    ...all('ps', 'pashtu', 'pukhto', 'پښتو'),
    ...all('am', 'አማርኛ'),
    ...all('sw', 'kiswahili'),
    ...all('uk', 'українська'),
  ],
  [
    ...all('kea', 'verdean', 'kriolu'),
    ...all('ht', 'haitian', 'kreyol'),
    ...all('zh', 'chinese', 'mandarin', 'cantonese'),
    ...all('pt', 'portuguese'),
    ...all('es', 'spanish'),
    ...all('en', 'english'),
  ],
);

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', 'x', 'on', 'subscribed', 'optedin', 'optin', 'checked', 'si']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0', 'off', 'unsubscribed', 'optedout', 'optout', 'unchecked']);

/** yes/no, y/n, true/false, 1/0, x (a ticked box), subscribed/unsubscribed, opted in/out. */
export function booleanOf(text: string): boolean | undefined {
  const key = compactKey(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}
