import {
  CAMPAIGN_KIND_LABELS,
  ISSUE_STATUS_LABELS,
  ORGANIZATION_KIND_LABELS,
  type SearchResponse,
} from '@coalition/contracts';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { paths } from '@/lib/paths';

/** One record found: what the option shows and where choosing it leads. */
interface Hit {
  path: string;
  title: string;
  detail: string;
}

interface Group {
  label: string;
  /** The kind in a sentence: "See all 23 organizations". */
  noun: string;
  listPath: string;
  total: number;
  hits: Hit[];
}

export interface SearchOption {
  /** The dashboard path the option leads to: unique, and all `onSelect` needs. */
  value: string;
  label: ReactNode;
}

export interface SearchOptionGroup {
  label: ReactNode;
  title: string;
  options: SearchOption[];
}

function groupsOf(results: SearchResponse): Group[] {
  const { organizations, contacts, issues, campaigns } = results;
  return [
    {
      label: 'Organizations',
      noun: 'organizations',
      listPath: paths.organizations,
      total: organizations.total,
      hits: organizations.items.map((o) => ({
        path: paths.organization(o.id),
        title: o.name,
        detail: `${ORGANIZATION_KIND_LABELS[o.kind]} · ${o.city}`,
      })),
    },
    {
      label: 'Contacts',
      noun: 'contacts',
      listPath: paths.contacts,
      total: contacts.total,
      hits: contacts.items.map((c) => ({
        path: paths.contact(c.id),
        title: c.displayName,
        detail: c.organizationName ?? c.city ?? 'No organization',
      })),
    },
    {
      label: 'Issues',
      noun: 'issues',
      listPath: paths.issues,
      total: issues.total,
      hits: issues.items.map((i) => ({
        path: paths.issue(i.id),
        title: i.title,
        detail: `Tier ${i.tier} · ${ISSUE_STATUS_LABELS[i.status]}`,
      })),
    },
    {
      label: 'Campaigns',
      noun: 'campaigns',
      listPath: paths.campaigns,
      total: campaigns.total,
      hits: campaigns.items.map((c) => ({
        path: paths.campaign(c.id),
        title: c.name,
        detail: `${CAMPAIGN_KIND_LABELS[c.kind]}${c.active ? ' · Active now' : ''}`,
      })),
    },
  ];
}

function HitLabel({ hit }: { hit: Hit }) {
  return (
    <Flex vertical>
      <Typography.Text ellipsis>{hit.title}</Typography.Text>
      <Typography.Text type="secondary" ellipsis>
        {hit.detail}
      </Typography.Text>
    </Flex>
  );
}

/** The list page, searched the same way, for when the first few are not enough. */
function seeAllOption(group: Group, q: string): SearchOption {
  return {
    value: `${group.listPath}?${new URLSearchParams({ q }).toString()}`,
    label: (
      <Typography.Link>
        See all {group.total} {group.noun}
      </Typography.Link>
    ),
  };
}

/** The AutoComplete's options: one group per kind that has matches, in a fixed order. */
export function searchOptions(results: SearchResponse): SearchOptionGroup[] {
  return groupsOf(results)
    .filter((group) => group.hits.length > 0)
    .map((group) => ({
      label: group.label,
      title: group.label,
      options: [
        ...group.hits.map((hit) => ({ value: hit.path, label: <HitLabel hit={hit} /> })),
        ...(group.total > group.hits.length ? [seeAllOption(group, results.q)] : []),
      ],
    }));
}
