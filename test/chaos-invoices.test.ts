import { expect, it } from 'vitest';
import { chaosScenarios, convergesUnderChaos } from './support/chaos.js';

const INVOICE_FLOWS = /^(flow-[3458]-|usage-both-modes)/;

it('the invoice and usage flows are all here', () => {
  const flows = new Set(chaosScenarios(INVOICE_FLOWS).flatMap((s) => s.tags.filter((t) => t.startsWith('flow-'))));
  expect([...flows].sort()).toEqual(['flow-3', 'flow-4', 'flow-5', 'flow-8']);
});

convergesUnderChaos('invoice and usage flows under a stiff fault profile', INVOICE_FLOWS);
