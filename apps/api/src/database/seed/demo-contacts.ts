import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import {
  type AffiliationRole,
  type ConsentChannel,
  type EmailLabel,
  type LanguageCode,
  MA_MUNICIPALITIES,
  type MembershipStatus,
  type OrganizationKind,
  type PhoneLabel,
  findMunicipality,
} from '@coalition/contracts';
import { AffiliationEntity } from '../../modules/contacts/affiliation.entity';
import { ContactEmailEntity } from '../../modules/contacts/contact-email.entity';
import { ContactEntity } from '../../modules/contacts/contact.entity';
import { ContactPhoneEntity } from '../../modules/contacts/contact-phone.entity';
import { DEMO_SEED, demoFaker, weighted } from './demo-random';

export const DEMO_CONTACT_COUNT = 3000;
const BATCH = 500;
/** The demo's "today": fixed, so the same data comes out on every run. */
const DEMO_TODAY = '2026-10-31';

/** What the contact generator needs to know of each demo organization. */
export interface DemoOrganizationRef {
  id: string;
  kind: OrganizationKind;
  membershipStatus: MembershipStatus;
  city: string;
  languages: LanguageCode[];
  joinedOn: string | null;
}

export interface DemoConsent {
  granted: boolean;
  recordedOn: string | null;
  source: string | null;
}

/** One generated person, with everything written to the contact tables. */
export interface DemoContact {
  id: string;
  community: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  city: string | null;
  languages: LanguageCode[];
  tags: string[];
  notes: string | null;
  consent: Record<ConsentChannel, DemoConsent>;
  emails: { address: string; label: EmailLabel; primary: boolean }[];
  phones: { number: string; label: PhoneLabel; primary: boolean }[];
  affiliations: {
    organizationId: string;
    role: AffiliationRole;
    startedOn: string | null;
    endedOn: string | null;
  }[];
}

interface Community {
  name: string;
  weight: number;
  /** The community's languages for one person; English is added separately. */
  languages: (faker: Faker) => LanguageCode[];
  /** How often a person of this community also lists English. */
  english: number;
  women: string[];
  men: string[];
  last: string[];
  /** Familiar forms some people go by ("Beto" for Roberto). */
  nicknames?: Record<string, string>;
  /** English names some people go by, with how often. */
  adoptedNames?: { share: number; women: string[]; men: string[] };
  /** Where the community mostly lives (all real Massachusetts municipalities). */
  hubs: string[];
}

const maybe = (faker: Faker, chance: number) => faker.number.float() < chance;
const only = (code: LanguageCode) => () => [code];

// Names are common given names and surnames of each community; no real person is meant.
// prettier-ignore
const COMMUNITIES: Community[] = [
  {
    name: 'Spanish-speaking', weight: 24, languages: only('es'), english: 0.55,
    women: ['María', 'Ana', 'Carmen', 'Rosa', 'Guadalupe', 'Yesenia', 'Lucía', 'Daniela', 'Marisol', 'Gabriela', 'Elena', 'Sofía', 'Yolanda', 'Maribel'],
    men: ['José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Francisco', 'Roberto', 'Alejandro', 'Jesús', 'Ramón', 'Wilfredo', 'Héctor', 'Rafael'],
    last: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Reyes', 'Morales', 'Cruz', 'Ortiz', 'Peña', 'Castillo', 'Vásquez', 'Romero'],
    nicknames: { José: 'Pepe', Francisco: 'Paco', Guadalupe: 'Lupe', Jesús: 'Chuy', Roberto: 'Beto', Alejandro: 'Alex', Rafael: 'Rafa' },
    hubs: ['Lawrence', 'Chelsea', 'Boston', 'Springfield', 'Holyoke', 'Worcester', 'Lynn', 'Revere', 'Everett', 'Salem', 'Framingham', 'Methuen'],
  },
  {
    name: 'Portuguese-speaking (Brazilian)', weight: 11, languages: only('pt'), english: 0.5,
    women: ['Maria', 'Ana', 'Fernanda', 'Juliana', 'Camila', 'Beatriz', 'Larissa', 'Patrícia', 'Luíza', 'Adriana', 'Tatiane'],
    men: ['João', 'Paulo', 'Lucas', 'Rafael', 'Thiago', 'Gustavo', 'Marcelo', 'Rodrigo', 'Felipe', 'Leandro', 'Vinícius'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Ferreira', 'Lima', 'Costa', 'Pereira', 'Almeida', 'Carvalho', 'Gomes', 'Ribeiro', 'Rocha', 'Barbosa', 'Araújo', 'Nascimento'],
    nicknames: { Fernanda: 'Nanda', Gustavo: 'Guto', Luíza: 'Lu', Marcelo: 'Celo' },
    hubs: ['Framingham', 'Marlborough', 'Somerville', 'Everett', 'Malden', 'Milford', 'Barnstable', 'Hudson', 'Lowell', 'Fall River'],
  },
  {
    name: 'Haitian', weight: 10, english: 0.5,
    languages: (faker) => (maybe(faker, 0.45) ? ['ht', 'fr'] : ['ht']),
    women: ['Marie', 'Widline', 'Nadège', 'Mirlande', 'Guerline', 'Fabienne', 'Rose-Marie', 'Stéphanie', 'Ketly', 'Roseline', 'Lovely'],
    men: ['Jean', 'Pierre', 'Jacques', 'Frantz', 'Emmanuel', 'Reginald', 'Wilner', 'Jean-Baptiste', 'Fritznel', 'Jude', 'Mackenson'],
    last: ['Pierre', 'Joseph', 'Jean-Louis', 'Charles', 'Louis', 'Baptiste', 'Étienne', 'Desir', 'Dorval', 'Fleurant', 'Michel', 'Toussaint', 'Augustin', 'Noël', 'Célestin', 'Delva', 'Exantus'],
    nicknames: { 'Jean-Baptiste': 'JB', 'Rose-Marie': 'Rosie' },
    hubs: ['Boston', 'Brockton', 'Randolph', 'Malden', 'Everett', 'Cambridge', 'Medford', 'Milton', 'Somerville'],
  },
  {
    name: 'Cape Verdean', weight: 6, english: 0.6,
    languages: (faker) => (maybe(faker, 0.6) ? ['kea', 'pt'] : ['kea']),
    women: ['Djamila', 'Elisângela', 'Zenaida', 'Dulce', 'Ivone', 'Odete', 'Crisolita', 'Lurdes', 'Nilda'],
    men: ['Adilson', 'Edson', 'Nelson', 'Amílcar', 'Hélio', 'Manuel', 'Ailton', 'Jailson', 'Arlindo'],
    last: ['Fernandes', 'Monteiro', 'Tavares', 'Lopes', 'Andrade', 'Gonçalves', 'Semedo', 'Barros', 'Correia', 'Fortes', 'Delgado', 'Varela', 'Brito', 'Moreira'],
    hubs: ['Brockton', 'New Bedford', 'Boston', 'Taunton', 'Fall River', 'Randolph'],
  },
  {
    name: 'Chinese', weight: 7, languages: only('zh'), english: 0.5,
    women: ['Li Na', 'Xiu Ying', 'Mei Ling', 'Yan', 'Lan', 'Hui', 'Yuk Lan', 'Xiao Hong', 'Fang'],
    men: ['Wei', 'Jian', 'Ming', 'Hao', 'Jun', 'Zhi Qiang', 'Kwok Wai', 'Siu Ming', 'Wing', 'Bo'],
    last: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Wong', 'Lee', 'Chan', 'Lin', 'Zhou', 'Wu', 'Ng', 'Yang', 'Leung', 'Tam'],
    adoptedNames: { share: 0.35, women: ['Grace', 'Jenny', 'Amy', 'Helen', 'Vicky', 'Cindy'], men: ['Kevin', 'David', 'Eric', 'Tony', 'Jason', 'Henry'] },
    hubs: ['Boston', 'Quincy', 'Malden', 'Newton', 'Cambridge', 'Lexington', 'Worcester', 'Brookline'],
  },
  {
    name: 'Vietnamese', weight: 6, languages: only('vi'), english: 0.5,
    women: ['Thị Lan', 'Ngọc Anh', 'Hương', 'Thu Hà', 'Mai', 'Phương', 'Hạnh', 'Linh', 'Thị Minh Khai'],
    men: ['Minh', 'Văn Hùng', 'Thanh', 'Quang', 'Tuấn', 'Đức', 'Long', 'Bảo', 'Văn Nam'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'],
    adoptedNames: { share: 0.25, women: ['Linda', 'Anna', 'Kim', 'Tina'], men: ['Tommy', 'Peter', 'Danny', 'Vincent'] },
    hubs: ['Boston', 'Worcester', 'Lowell', 'Quincy', 'Randolph', 'Springfield'],
  },
  {
    name: 'Arabic-speaking', weight: 5, english: 0.55,
    languages: (faker) => (maybe(faker, 0.15) ? ['ar', 'fr'] : ['ar']),
    women: ['Fatima', 'Aisha', 'Layla', 'Mariam', 'Nour', 'Rania', 'Samira', 'Huda', 'Yasmin'],
    men: ['Mohamed', 'Ahmed', 'Omar', 'Youssef', 'Khaled', 'Hassan', 'Ali', 'Ibrahim', 'Karim'],
    last: ['Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Hamdan', 'Abboud', 'Farah', 'Aziz', 'El-Amin', 'Darwish', 'Karam', 'Khoury', 'Sabbagh', 'Yassin'],
    nicknames: { Mohamed: 'Mo' },
    hubs: ['Boston', 'Worcester', 'Quincy', 'Revere', 'Norwood', 'West Springfield', 'Lowell', 'Dedham'],
  },
  {
    name: 'Somali', weight: 3, english: 0.55,
    languages: (faker) => (maybe(faker, 0.25) ? ['so', 'ar'] : ['so']),
    women: ['Amina', 'Hodan', 'Fadumo', 'Hawa', 'Sahra', 'Ifrah', 'Nimco', 'Ayaan'],
    men: ['Abdi', 'Mohamed', 'Ahmed', 'Abdirahman', 'Hassan', 'Yusuf', 'Abdullahi', 'Mahad'],
    last: ['Warsame', 'Mohamud', 'Ali', 'Hassan', 'Farah', 'Abdi', 'Osman', 'Jama', 'Egal', 'Hussein', 'Aden', 'Nur', 'Yusuf', 'Ibrahim'],
    hubs: ['Boston', 'Springfield', 'Lowell', 'Worcester', 'Chelsea'],
  },
  {
    name: 'Cambodian', weight: 3, languages: only('km'), english: 0.6,
    women: ['Sophea', 'Chanthy', 'Sreymom', 'Bopha', 'Kunthea', 'Channary', 'Pisey'],
    men: ['Sokha', 'Dara', 'Vanna', 'Rithy', 'Sambath', 'Visal', 'Vuthy'],
    last: ['Sok', 'Chhim', 'Prak', 'Keo', 'Chea', 'Meas', 'Sin', 'Heng', 'Long', 'Phan', 'Ouk', 'Yim', 'Lim', 'Chan'],
    adoptedNames: { share: 0.2, women: ['Nancy', 'Lisa'], men: ['Sam', 'Johnny'] },
    hubs: ['Lowell', 'Lynn', 'Revere', 'Chelsea'],
  },
  {
    name: 'Russian- and Ukrainian-speaking', weight: 3, english: 0.5,
    languages: (faker) => [...weighted(faker, [[['ru'], 4], [['uk'], 3], [['uk', 'ru'], 3]] as const)],
    women: ['Olga', 'Natalia', 'Oksana', 'Svetlana', 'Irina', 'Tetiana', 'Anna', 'Halyna'],
    men: ['Dmitri', 'Sergei', 'Andriy', 'Mykola', 'Yuriy', 'Oleksandr', 'Viktor', 'Pavlo'],
    last: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Petrenko', 'Kravchenko', 'Boyko', 'Savchuk', 'Moroz', 'Lysenko', 'Rudenko'],
    nicknames: { Oleksandr: 'Sasha', Dmitri: 'Dima', Natalia: 'Natasha', Svetlana: 'Sveta' },
    hubs: ['Brookline', 'Newton', 'Springfield', 'West Springfield', 'Boston', 'Worcester', 'Lynn'],
  },
  {
    name: 'Nepali-speaking (incl. Bhutanese)', weight: 2, languages: only('ne'), english: 0.6,
    women: ['Sita', 'Gita', 'Laxmi', 'Maya', 'Sarita', 'Durga', 'Kamala'],
    men: ['Ram', 'Hari', 'Bishnu', 'Dil', 'Krishna', 'Bhim', 'Prem'],
    last: ['Gurung', 'Tamang', 'Rai', 'Subedi', 'Adhikari', 'Sharma', 'Magar', 'Thapa', 'Khadka', 'Dahal', 'Limbu', 'Bhattarai', 'Pradhan', 'Ghimire'],
    hubs: ['Worcester', 'Chelsea', 'Somerville', 'Springfield', 'Lowell'],
  },
  {
    name: 'Afghan (Dari and Pashto)', weight: 2, english: 0.45,
    languages: (faker) => [...weighted(faker, [[['prs'], 5], [['ps'], 3], [['prs', 'ps'], 2]] as const)],
    women: ['Zahra', 'Mariam', 'Sediqa', 'Parwana', 'Shabnam', 'Fereshta', 'Laila', 'Marzia'],
    men: ['Ahmad', 'Farid', 'Mohammad', 'Habib', 'Jawad', 'Rahim', 'Najib', 'Wahid', 'Karim'],
    last: ['Ahmadi', 'Hakimi', 'Karimi', 'Rahimi', 'Sultani', 'Noori', 'Popal', 'Wardak', 'Stanikzai', 'Amiri', 'Rezaei', 'Haidari', 'Safi', 'Naziri'],
    hubs: ['Springfield', 'Worcester', 'Boston', 'Lowell', 'West Springfield'],
  },
  {
    name: 'Ethiopian (Amharic)', weight: 2, languages: only('am'), english: 0.65,
    women: ['Tigist', 'Meron', 'Hiwot', 'Selam', 'Marta', 'Kidist', 'Saba'],
    men: ['Abebe', 'Dawit', 'Yonas', 'Bereket', 'Tesfaye', 'Girma', 'Henok'],
    last: ['Bekele', 'Tesfaye', 'Haile', 'Girma', 'Alemu', 'Kebede', 'Wolde', 'Tadesse', 'Mengistu', 'Assefa', 'Gebre', 'Desta', 'Negash'],
    hubs: ['Boston', 'Cambridge', 'Somerville', 'Framingham', 'Worcester', 'Lynn'],
  },
  {
    name: 'English-speaking', weight: 14, english: 1,
    languages: (faker) => (maybe(faker, 0.12) ? ['es'] : []),
    women: ['Sarah', 'Emily', 'Jessica', 'Megan', 'Rachel', 'Laura', 'Katie', 'Jennifer', 'Erin', 'Maureen'],
    men: ['Michael', 'David', 'James', 'Daniel', 'Kevin', 'Brian', 'Patrick', 'Matthew', 'Sean', 'Tom'],
    last: ['Sullivan', 'Murphy', "O'Brien", 'Smith', 'Johnson', 'Walsh', 'Kelly', 'Brown', 'Davis', 'McCarthy', 'Anderson', 'Clark', 'Wilson', 'Doherty', 'Thompson', 'Fitzgerald'],
    nicknames: { Michael: 'Mike', Jennifer: 'Jen', Matthew: 'Matt', Katie: 'Kate' },
    hubs: [],
  },
];

// Where people without a community hub mostly live; the rest spread over all 351 municipalities.
// prettier-ignore
const LARGER_PLACES = [
  'Boston', 'Worcester', 'Springfield', 'Cambridge', 'Lowell', 'Brockton', 'Quincy', 'Lynn', 'New Bedford',
  'Newton', 'Somerville', 'Framingham', 'Waltham', 'Medford', 'Salem', 'Pittsfield', 'Northampton', 'Amherst',
  'Plymouth', 'Barnstable', 'Arlington', 'Brookline', 'Haverhill', 'Taunton', 'Weymouth', 'Fitchburg',
];

/** How many people an organization of each kind typically brings to the coalition. */
// prettier-ignore
const KIND_SIZE: Record<OrganizationKind, number> = {
  labor_union: 40, health_center: 30, social_service: 24, refugee_resettlement: 22, school: 18,
  legal_services: 14, religious: 16, community_group: 14, ethnic_association: 14, other: 8,
};

const STATUS_PRESENCE: Record<MembershipStatus, number> = {
  active: 1,
  lapsed: 0.35,
  prospective: 0.12,
  former: 0.15,
};

/** The roles beyond the executive director and primary contact, by kind. */
function otherRole(faker: Faker, kind: OrganizationKind): AffiliationRole {
  const staffHeavy = [
    'health_center',
    'social_service',
    'refugee_resettlement',
    'legal_services',
    'school',
  ].includes(kind);
  if (kind === 'labor_union')
    return weighted(faker, [
      ['member', 70],
      ['staff', 12],
      ['board', 6],
      ['volunteer', 12],
    ] as const);
  if (kind === 'religious')
    return weighted(faker, [
      ['volunteer', 45],
      ['member', 35],
      ['staff', 8],
      ['board', 12],
    ] as const);
  if (staffHeavy)
    return weighted(faker, [
      ['staff', 45],
      ['volunteer', 25],
      ['board', 12],
      ['member', 18],
    ] as const);
  return weighted(faker, [
    ['member', 40],
    ['volunteer', 32],
    ['staff', 14],
    ['board', 14],
  ] as const);
}

// Massachusetts area codes, by county, for fictional 555-01dd numbers.
// prettier-ignore
const AREA_CODES: Record<string, string[]> = {
  Suffolk: ['617', '857'], Norfolk: ['617', '781', '339'], Middlesex: ['781', '978', '617', '339', '351'],
  Essex: ['978', '351', '781'], Worcester: ['508', '774', '978'], Bristol: ['508', '774'],
  Plymouth: ['508', '774', '781'], Barnstable: ['508', '774'], Dukes: ['508'], Nantucket: ['508'],
  Hampden: ['413'], Hampshire: ['413'], Franklin: ['413'], Berkshire: ['413'],
};

// prettier-ignore
const EMAIL_CONSENT_SOURCES = [
  ['sign-up form', 30], ['event sign-in sheet', 25], ['website form', 20],
  ['member organization roster', 12], ['lobby day registration', 8], ['phone call', 5],
] as const;
// prettier-ignore
const SMS_CONSENT_SOURCES = [
  ['text-in keyword', 30], ['event sign-in sheet', 30], ['sign-up form', 25], ['New Americans Vote volunteer form', 15],
] as const;
// prettier-ignore
const PHONE_CONSENT_SOURCES = [['phone call', 40], ['event sign-in sheet', 35], ['sign-up form', 25]] as const;
// prettier-ignore
const WITHDRAWAL_SOURCES = [['unsubscribe link', 60], ['asked in person', 25], ['phone call', 15]] as const;

// prettier-ignore
const TAGS: ReadonlyArray<readonly [string, number]> = [
  ['volunteer', 0.12], ['new-americans-vote', 0.07], ['lobby-day-2025', 0.08], ['donor', 0.06], ['youth', 0.05],
  ['parent-leader', 0.04], ['speaker', 0.03], ['esol-teacher', 0.02], ['core-leader', 0.02], ['media-contact', 0.01],
];

const NOTES = [
  'Prefers text messages in the evening.',
  'Happy to interpret at community meetings.',
  'Met at the spring general assembly.',
  'Wants to help with the next lobby day.',
  'Reach through the organization office on weekdays.',
  'Has childcare needs for evening events.',
];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dateBetween(faker: Faker, from: string, to: string): string {
  return from >= to ? to : isoDay(faker.date.between({ from, to }));
}

/** Lower-case ASCII for email local parts: "Nguyễn Thị" → "nguyenthi". */
function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

interface Person {
  community: Community;
  woman: boolean;
  firstName: string;
  lastName: string;
  languages: LanguageCode[];
}

function person(faker: Faker): Person {
  const community = weighted(
    faker,
    COMMUNITIES.map((c) => [c, c.weight] as const),
  );
  const woman = maybe(faker, 0.54);
  const firstName = faker.helpers.arrayElement(woman ? community.women : community.men);
  const lastName = faker.helpers.arrayElement(community.last);
  const languages = new Set<LanguageCode>(community.languages(faker));
  if (maybe(faker, community.english)) languages.add('en');
  if (languages.size === 0) languages.add('en');
  return { community, woman, firstName, lastName, languages: [...languages] };
}

function preferredNameOf(faker: Faker, p: Person): string | null {
  const nickname = p.community.nicknames?.[p.firstName];
  if (nickname && maybe(faker, 0.5)) return nickname;
  const adopted = p.community.adoptedNames;
  if (adopted && maybe(faker, adopted.share))
    return faker.helpers.arrayElement(p.woman ? adopted.women : adopted.men);
  return null;
}

function pronounsOf(faker: Faker, p: Person): string | null {
  if (!maybe(faker, 0.18)) return null;
  if (maybe(faker, 0.05)) return 'they/them';
  return p.woman ? 'she/her' : 'he/him';
}

/** Organizations grouped for weighted picks: all of them, and those serving each language. */
class OrganizationPicker {
  private readonly all: { orgs: DemoOrganizationRef[]; cumulative: number[] };
  private readonly byLanguage = new Map<
    LanguageCode,
    { orgs: DemoOrganizationRef[]; cumulative: number[] }
  >();

  constructor(orgs: DemoOrganizationRef[], weights: Map<string, number>) {
    const build = (list: DemoOrganizationRef[]) => {
      let sum = 0;
      return { orgs: list, cumulative: list.map((o) => (sum += weights.get(o.id) ?? 0)) };
    };
    this.all = build(orgs);
    for (const language of new Set(orgs.flatMap((o) => o.languages))) {
      this.byLanguage.set(language, build(orgs.filter((o) => o.languages.includes(language))));
    }
  }

  /** Most people join an organization that serves their language; the rest anywhere. */
  pick(faker: Faker, language: LanguageCode | undefined): DemoOrganizationRef {
    const local = language && language !== 'en' ? this.byLanguage.get(language) : undefined;
    const pool = local && maybe(faker, 0.6) ? local : this.all;
    const total = pool.cumulative[pool.cumulative.length - 1];
    const roll = faker.number.float({ min: 0, max: total });
    const index = pool.cumulative.findIndex((c) => c >= roll);
    return pool.orgs[index === -1 ? pool.orgs.length - 1 : index];
  }
}

/**
 * Who belongs where: a heavy-tailed size per organization (a few large members, a long
 * tail of small ones), then people spread over them, mostly by language.
 */
function assignOrganizations(
  faker: Faker,
  people: Person[],
  orgs: DemoOrganizationRef[],
): Map<string, number[]> {
  const weights = new Map(
    orgs.map((o) => [
      o.id,
      KIND_SIZE[o.kind] *
        STATUS_PRESENCE[o.membershipStatus] *
        (0.3 + 3 * faker.number.float() ** 3),
    ]),
  );
  const picker = new OrganizationPicker(orgs, weights);
  const members = new Map<string, number[]>(orgs.map((o) => [o.id, []]));
  const affiliated: number[] = [];
  people.forEach((p, index) => {
    if (maybe(faker, 0.15)) return; // an individual member, with no organization
    members.get(picker.pick(faker, p.languages[0]).id)!.push(index);
    affiliated.push(index);
  });
  // Every organization that is or was a member has someone to call: borrow people if needed.
  for (const org of orgs) {
    const list = members.get(org.id)!;
    const needed = (org.membershipStatus === 'active' ? 2 : 1) - list.length;
    for (let i = 0; i < needed; i++) list.push(faker.helpers.arrayElement(affiliated));
  }
  return members;
}

type DemoAffiliation = DemoContact['affiliations'][number];

function rolesAt(faker: Faker, org: DemoOrganizationRef, memberCount: number): AffiliationRole[][] {
  const roles: AffiliationRole[][] = [];
  for (let i = 0; i < memberCount; i++) {
    if (org.membershipStatus === 'prospective')
      roles.push([i === 0 ? 'primary_contact' : otherRole(faker, org.kind)]);
    else if (i === 0)
      roles.push(
        memberCount === 1 ? ['executive_director', 'primary_contact'] : ['executive_director'],
      );
    else if (i === 1) roles.push(['primary_contact']);
    else roles.push([otherRole(faker, org.kind)]);
  }
  return roles;
}

function affiliationsAt(
  faker: Faker,
  org: DemoOrganizationRef,
  memberCount: number,
): DemoAffiliation[][] {
  const earliest = org.joinedOn ?? '2022-01-01';
  return rolesAt(faker, org, memberCount).map((roles, index) =>
    roles.map((role) => {
      const startedOn = maybe(faker, 0.7) ? dateBetween(faker, earliest, '2026-09-30') : null;
      // Former members' people have all moved on; elsewhere some rank-and-file have too.
      const ended = org.membershipStatus === 'former' || (index >= 2 && maybe(faker, 0.08));
      const endedOn = ended ? dateBetween(faker, startedOn ?? '2016-01-01', '2026-09-30') : null;
      return { organizationId: org.id, role, startedOn, endedOn };
    }),
  );
}

/** A second tie for some people: a board seat elsewhere, or a past job. */
function crossAffiliation(faker: Faker, org: DemoOrganizationRef): DemoAffiliation {
  const past = maybe(faker, 0.45);
  const role = past
    ? weighted(faker, [
        ['staff', 3],
        ['member', 2],
        ['volunteer', 2],
      ] as const)
    : weighted(faker, [
        ['board', 2],
        ['volunteer', 3],
        ['member', 2],
      ] as const);
  const startedOn = maybe(faker, 0.6)
    ? dateBetween(faker, org.joinedOn ?? '2015-01-01', '2024-12-31')
    : null;
  const endedOn = past ? dateBetween(faker, startedOn ?? '2016-01-01', '2026-06-30') : null;
  return { organizationId: org.id, role, startedOn, endedOn };
}

function buildAffiliations(
  faker: Faker,
  people: Person[],
  orgs: DemoOrganizationRef[],
): DemoAffiliation[][] {
  const byPerson: DemoAffiliation[][] = people.map(() => []);
  const members = assignOrganizations(faker, people, orgs);
  for (const org of orgs) {
    // Shuffled, so who leads an organization does not depend on the order people were made in.
    const list = faker.helpers.shuffle(members.get(org.id)!);
    affiliationsAt(faker, org, list.length).forEach((rows, i) => byPerson[list[i]].push(...rows));
  }
  const active = orgs.filter((o) => o.membershipStatus === 'active');
  byPerson.forEach((rows) => {
    if (!rows.length || !maybe(faker, 0.12)) return;
    const extra = crossAffiliation(faker, faker.helpers.arrayElement(active));
    const clash = rows.some(
      (r) => r.organizationId === extra.organizationId && r.role === extra.role && !r.endedOn,
    );
    if (!clash) rows.push(extra);
  });
  // One current row per person, organization and role, as the database requires.
  return byPerson.map((rows) => {
    const seen = new Set<string>();
    return rows.filter((r) => {
      const key = `${r.organizationId}|${r.role}|${r.endedOn ?? 'current'}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

function cityOf(faker: Faker, p: Person, home: DemoOrganizationRef | undefined): string | null {
  if (maybe(faker, 0.07)) return null;
  if (home && maybe(faker, 0.55)) return home.city;
  if (p.community.hubs.length && maybe(faker, 0.8))
    return faker.helpers.arrayElement(p.community.hubs);
  if (maybe(faker, 0.6)) return faker.helpers.arrayElement(LARGER_PLACES);
  return faker.helpers.arrayElement(MA_MUNICIPALITIES).name;
}

function emailsOf(
  faker: Faker,
  p: Person,
  worksThere: boolean,
  taken: Set<string>,
): DemoContact['emails'] {
  const first = asciiSlug(p.firstName) || 'member';
  const last = asciiSlug(p.lastName) || 'contact';
  const unique = (local: string, domain: string) => {
    let address = `${local}@${domain}`;
    for (let n = 2; taken.has(address); n++) address = `${local}${n}@${domain}`;
    taken.add(address);
    return address;
  };
  const emails: DemoContact['emails'] = [];
  if (worksThere && maybe(faker, 0.6))
    emails.push({
      address: unique(`${first[0]}${last}`, 'example.org'),
      label: 'work',
      primary: true,
    });
  if (maybe(faker, p.community.name === 'English-speaking' ? 0.92 : 0.84) || emails.length) {
    const local = faker.helpers.arrayElement([
      `${first}.${last}`,
      `${first}${last}`,
      `${first}_${last[0]}`,
    ]);
    const domain = faker.helpers.arrayElement(['example.com', 'example.net']);
    emails.push({
      address: unique(local, domain),
      label: 'personal',
      primary: emails.length === 0,
    });
  }
  return emails;
}

function phonesOf(faker: Faker, city: string | null): DemoContact['phones'] {
  const county = city ? findMunicipality(city)?.county : undefined;
  const number = () => {
    const areaCode = faker.helpers.arrayElement(AREA_CODES[county ?? 'Suffolk']);
    return `${areaCode}-555-01${String(faker.number.int({ min: 0, max: 99 })).padStart(2, '0')}`;
  };
  const phones: DemoContact['phones'] = [];
  if (maybe(faker, 0.8)) phones.push({ number: number(), label: 'mobile', primary: true });
  if (maybe(faker, phones.length ? 0.12 : 0.3)) {
    const second = number();
    if (!phones.some((p) => p.number === second)) {
      phones.push({
        number: second,
        label: faker.helpers.arrayElement(['home', 'work'] as const),
        primary: phones.length === 0,
      });
    }
  }
  return phones;
}

function consentFor(
  faker: Faker,
  reachable: boolean,
  chance: number,
  sources: ReadonlyArray<readonly [string, number]>,
): DemoConsent {
  const recorded = () => dateBetween(faker, '2018-01-01', DEMO_TODAY);
  if (reachable && maybe(faker, chance))
    return { granted: true, recordedOn: recorded(), source: weighted(faker, sources) };
  if (reachable && maybe(faker, 0.15))
    return { granted: false, recordedOn: recorded(), source: weighted(faker, WITHDRAWAL_SOURCES) };
  return { granted: false, recordedOn: null, source: null };
}

function tagsOf(faker: Faker, rows: DemoAffiliation[]): string[] {
  const leader = rows.some((r) => !r.endedOn && ['executive_director', 'board'].includes(r.role));
  return TAGS.filter(([tag, chance]) =>
    maybe(faker, tag === 'core-leader' && leader ? 0.25 : chance),
  ).map(([tag]) => tag);
}

function contactOf(
  faker: Faker,
  p: Person,
  rows: DemoAffiliation[],
  orgs: Map<string, DemoOrganizationRef>,
  taken: Set<string>,
): DemoContact {
  const current = rows.filter((r) => !r.endedOn);
  const city = cityOf(faker, p, current[0] && orgs.get(current[0].organizationId));
  const worksThere = current.some((r) =>
    ['executive_director', 'staff', 'primary_contact'].includes(r.role),
  );
  const emails = emailsOf(faker, p, worksThere, taken);
  const phones = phonesOf(faker, city);
  return {
    id: faker.string.uuid(),
    community: p.community.name,
    firstName: p.firstName,
    lastName: p.lastName,
    preferredName: preferredNameOf(faker, p),
    pronouns: pronounsOf(faker, p),
    city,
    languages: p.languages,
    tags: tagsOf(faker, rows),
    notes: maybe(faker, 0.05) ? faker.helpers.arrayElement(NOTES) : null,
    consent: {
      email: consentFor(faker, emails.length > 0, 0.8, EMAIL_CONSENT_SOURCES),
      sms: consentFor(
        faker,
        phones.some((ph) => ph.label === 'mobile'),
        0.45,
        SMS_CONSENT_SOURCES,
      ),
      phone: consentFor(faker, phones.length > 0, 0.28, PHONE_CONSENT_SOURCES),
    },
    emails,
    phones,
    affiliations: rows,
  };
}

/**
 * Generates `count` fictional people of the coalition's communities, affiliated with the given
 * organizations; the same people for the same faker seed and organizations.
 */
export function generateDemoContacts(
  faker: Faker,
  organizations: DemoOrganizationRef[],
  count = DEMO_CONTACT_COUNT,
): DemoContact[] {
  for (const hub of [...COMMUNITIES.flatMap((c) => c.hubs), ...LARGER_PLACES]) {
    if (!findMunicipality(hub))
      throw new Error(`demo seed: ${hub} is not a Massachusetts municipality`);
  }
  const people = Array.from({ length: count }, () => person(faker));
  const affiliations = buildAffiliations(faker, people, organizations);
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const taken = new Set<string>();
  return people.map((p, i) => contactOf(faker, p, affiliations[i], byId, taken));
}

function contactRow(c: DemoContact) {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    preferredName: c.preferredName,
    pronouns: c.pronouns,
    city: c.city,
    languages: c.languages,
    tags: c.tags,
    notes: c.notes,
    consentEmailGranted: c.consent.email.granted,
    consentEmailRecordedOn: c.consent.email.recordedOn,
    consentEmailSource: c.consent.email.source,
    consentSmsGranted: c.consent.sms.granted,
    consentSmsRecordedOn: c.consent.sms.recordedOn,
    consentSmsSource: c.consent.sms.source,
    consentPhoneGranted: c.consent.phone.granted,
    consentPhoneRecordedOn: c.consent.phone.recordedOn,
    consentPhoneSource: c.consent.phone.source,
  };
}

/** Writes generated contacts in multi-row chunks inside the caller's transaction, logging progress. */
export async function writeDemoContacts(
  manager: EntityManager,
  contacts: DemoContact[],
  log: (m: string) => void,
): Promise<void> {
  for (let i = 0; i < contacts.length; i += BATCH) {
    const chunk = contacts.slice(i, i + BATCH);
    await manager.insert(ContactEntity, chunk.map(contactRow));
    const emails = chunk.flatMap((c) =>
      c.emails.map((e, position) => ({ ...e, contactId: c.id, position })),
    );
    const phones = chunk.flatMap((c) =>
      c.phones.map((p, position) => ({ ...p, contactId: c.id, position })),
    );
    const affiliations = chunk.flatMap((c) =>
      c.affiliations.map((a) => ({ ...a, contactId: c.id })),
    );
    if (emails.length) await manager.insert(ContactEmailEntity, emails);
    if (phones.length) await manager.insert(ContactPhoneEntity, phones);
    if (affiliations.length) await manager.insert(AffiliationEntity, affiliations);
    log(`  contacts ${Math.min(i + BATCH, contacts.length)}/${contacts.length}`);
  }
}

/** Seeds the demo contacts for the organizations already inserted in this transaction. */
export async function seedDemoContacts(
  manager: EntityManager,
  log: (m: string) => void,
): Promise<void> {
  // Read back in name order so the same organizations get the same people on every run.
  const organizations = await manager.query<DemoOrganizationRef[]>(
    `SELECT id, kind, membership_status AS "membershipStatus", city, languages, joined_on AS "joinedOn"
       FROM organization WHERE archived_at IS NULL ORDER BY name, id`,
  );
  const contacts = generateDemoContacts(demoFaker(DEMO_SEED + 100), organizations);
  const affiliations = contacts.reduce((n, c) => n + c.affiliations.length, 0);
  log(`Seeding ${contacts.length} contacts with ${affiliations} affiliations…`);
  await writeDemoContacts(manager, contacts, log);
}
