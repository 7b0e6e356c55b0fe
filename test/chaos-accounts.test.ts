import { expect, it } from 'vitest';
import { chaosScenarios, convergesUnderChaos } from './support/chaos.js';

const ACCOUNT_FLOWS = /^flow-[12679]-/;

it('the account and payment flows are all here', () => {
  expect(chaosScenarios(ACCOUNT_FLOWS).flatMap((s) => s.tags.filter((t) => t.startsWith('flow-'))).sort()).toEqual(['flow-1', 'flow-2', 'flow-6', 'flow-7', 'flow-9']);
});

convergesUnderChaos('account and payment flows under a stiff fault profile', ACCOUNT_FLOWS);
