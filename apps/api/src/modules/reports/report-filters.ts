import {
  type BreakdownDimension,
  type CoverageRow,
  type FilterConditionInput,
  type InterestLevel,
  memberFilter,
  type SegmentFilter,
  segmentFilterSchema,
} from '@coalition/contracts';

/*
 * The segment filter behind each report count (docs/reports.md, "Drill-down"): opening it as a
 * member list, or saving it as a segment, gives exactly the members the report counted. The
 * repository's SQL and these conditions must stay in step; the e2e tests compare each row with
 * POST /api/segments/preview.
 */

/** memberFilter() as the response schema types it (defaults such as `match` filled in). */
function members(...conditions: FilterConditionInput[]): SegmentFilter {
  return segmentFilterSchema.parse(memberFilter(...conditions));
}

function interestIn(issueId: string, minLevel: InterestLevel): SegmentFilter {
  return members({ type: 'condition', field: 'organization.interest', issueIds: [issueId], match: 'any', minLevel });
}

export function campaignFilter(campaignId: string): SegmentFilter {
  return members({ type: 'condition', field: 'organization.campaign', campaignIds: [campaignId] });
}

export function coverageFilters(issueId: string): CoverageRow['filters'] {
  return {
    any: interestIn(issueId, 'interested'),
    activeOrLeading: interestIn(issueId, 'active'),
    leading: interestIn(issueId, 'leading'),
  };
}

/**
 * The members of one breakdown row: `key` is a kind, a county, an issue id, a campaign id or a
 * language code. Keys come from the contract's lists or the database, typed as text; parsing
 * the filter checks them against the condition's values (a bad key would throw, not pass).
 */
export function breakdownFilter(dimension: BreakdownDimension, key: string): SegmentFilter {
  switch (dimension) {
    case 'kind':
      return members({ type: 'condition', field: 'organization.kind', values: [key] } as FilterConditionInput);
    case 'county':
      return members({ type: 'condition', field: 'organization.county', values: [key] } as FilterConditionInput);
    case 'language':
      return members({ type: 'condition', field: 'organization.language', values: [key] } as FilterConditionInput);
    case 'issue':
      return interestIn(key, 'interested');
    case 'campaign':
      return campaignFilter(key);
  }
}
