import { expect, it } from 'vitest';
import { chaosScenarios, convergesUnderChaos } from './support/chaos.js';

const ACCOUNT_FLOWS = /^flow-[12679]-/;

it('the account and payment flows are all here', () => {
  const flows = new Set(chaosScenarios(ACCOUNT_FLOWS).flatMap((s) => s.tags.filter((t) => t.startsWith('flow-'))));
  expect([...flows].sort()).toEqual(['flow-1', 'flow-2', 'flow-6', 'flow-7', 'flow-9']);
  // the prepaid story and its duplicate-delivery variant run under chaos too
  expect(chaosScenarios(ACCOUNT_FLOWS).map((s) => s.file.split('/').at(-1))).toEqual(expect.arrayContaining(['flow-7-prepaid-entitlements.yaml', 'flow-7-prepaid-duplicate-payment.yaml']));
});

convergesUnderChaos('account and payment flows under a stiff fault profile', ACCOUNT_FLOWS);
