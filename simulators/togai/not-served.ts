/**
 * The parts of Togai's API the simulator does not serve, and why. A request to one is answered
 * with Togai's 404 body naming the part, so a client learns it hit a gap in the harness rather
 * than a typo. README's table of Togai's API groups is checked against this list.
 */
export interface NotServed {
  /** The API group as Togai's reference names it, or the part of a group left out. */
  group: string;
  /** Paths as the reference writes them; `{x}` stands for one path segment. */
  paths: string[];
  /** How many operations of Togai's API are left out with it. */
  operations: number;
  reason: string;
}

export const NOT_SERVED: NotServed[] = [
  {
    group: 'Accounts: purchases and proposals (deprecated)',
    paths: ['/accounts/{x}/purchases', '/accounts/{x}/purchase_proposals', '/purchases/{x}', '/purchase_proposals/{x}', '/purchase_proposals/{x}/update_status'],
    operations: 7,
    reason: 'the deprecated purchase of one-time entitlement plans is not simulated; accounts get feature credits from the plans put on them',
  },
  { group: 'Authentication', paths: ['/authenticate'], operations: 1, reason: 'the sandbox takes its API token directly as the bearer token; no short-lived tokens to mint' },
  { group: 'Add-ons', paths: ['/addons', '/addons/{x}'], operations: 5, reason: 'no sync flow reads add-ons; fixed fees are priced from the plan\'s own rate cards' },
  { group: 'Alerts', paths: ['/alerts', '/alerts/{x}', '/alert_templates', '/alert_templates/{x}', '/incidents', '/incidents/{x}', '/incidents/{x}/status'], operations: 8, reason: 'usage alerting is outside the sync flows' },
  { group: 'Reports', paths: ['/reports'], operations: 1, reason: 'reports are produced by Togai\'s analytics pipeline, which the simulator does not model' },
  { group: 'Jobs', paths: ['/jobs', '/jobs/{x}', '/jobs/{x}/entries', '/jobs/{x}/confirm', '/jobs/{x}/reject'], operations: 5, reason: 'the simulator does its work at once, so there are no background jobs to follow' },
  { group: 'Licenses', paths: ['/license_updates', '/license_updates/{x}', '/named_license_updates'], operations: 4, reason: 'license rate cards are not priced by the simulator' },
  { group: 'Invoice groups', paths: ['/invoice_groups', '/invoice_groups/{x}', '/invoice_groups/{x}/add_accounts', '/invoice_groups/{x}/remove_accounts'], operations: 5, reason: 'composite invoices are not produced; each account is invoiced on its own' },
  { group: 'Pricing rules (deprecated)', paths: ['/price_plans/{x}/pricing_schedules/{x}/pricing_rules'], operations: 1, reason: 'pricing rules do not change invoice amounts in the simulator' },
  { group: 'Price experimentation', paths: ['/revenue_calculator', '/v2/revenue_calculator'], operations: 2, reason: 'what-if revenue for plans is a pricing tool, not part of any sync flow' },
  { group: 'File storage', paths: ['/files/{x}', '/files/{x}/download_url'], operations: 2, reason: 'the simulator renders no invoice PDFs or other files' },
  { group: 'Customer portal', paths: ['/portal/token'], operations: 1, reason: 'there is no hosted customer portal to hand a token for' },
  { group: 'Metrics', paths: ['/metrics'], operations: 1, reason: 'usage analytics are outside the sync flows' },
];

const matchers = NOT_SERVED.map((part) => ({
  part,
  patterns: part.paths.map((p) => new RegExp(`^${p.replace(/\{x\}/g, '[^/]+')}/?$`)),
}));

/** Why a path of Togai's real API is not served here, or undefined for a path Togai does not have. */
export function notServedMessage(path: string): string | undefined {
  const hit = matchers.find((m) => m.patterns.some((re) => re.test(path)));
  if (!hit) return undefined;
  return `${path} belongs to Togai's ${hit.part.group} API, which this simulator does not serve: ${hit.part.reason}`;
}
