/** The conformance checks, in the order a report lists them. */
export const CHECKS = [
  { id: 'happy-path', title: 'Happy path', description: "The flow's effect, with the documented field mapping, from one clean delivery." },
  { id: 'duplicate-delivery', title: 'Duplicate delivery', description: 'The trigger is delivered twice; the effect is there once.' },
  { id: 'redelivery-after-500', title: 'Redelivered after a 500', description: "The connector's answer is lost and the vendor sees a 500, so it delivers again on its schedule; the effect is there once." },
  { id: 'reordered-deliveries', title: 'Reordered deliveries', description: 'The first trigger delivery is held back until the next one has gone, so they arrive swapped; the effect is the same.' },
  { id: 'unauthenticated', title: 'Unauthenticated delivery', description: 'Copies without a credential and with a wrong one come first: each gets 401 and makes the connector call no vendor.' },
  { id: 'vendor-429-503', title: 'Vendor 503 and 429', description: "The vendor the flow writes to answers 503, then 429 with Retry-After: the connector retries within the vendor's rules and the delivery succeeds at its first attempt." },
  { id: 'failed-midway-write', title: 'Write failing midway', description: "The connector's second write to a vendor fails until the delivery is answered; the vendor delivers again and the record ends created once, mapped." },
  { id: 'loop-prevention', title: 'No loop', description: 'What the flow made is not pushed back to the vendor it came from by the flow that feeds the other way.' },
] as const;

export type CheckId = (typeof CHECKS)[number]['id'];

/** `not-applicable`: the check does not apply to the flow (a loop check for a flow with no way back). */
export type VerdictStatus = 'pass' | 'fail' | 'not-claimed' | 'not-applicable';

export interface CheckVerdict {
  flow: number;
  check: CheckId;
  status: VerdictStatus;
  durationMs: number;
  /** Why it was not claimed or does not apply; on a pass, what it could not exercise. */
  reason?: string;
  /** The scenario file the check ran. */
  scenario?: string;
  notes: string[];
  failure?: {
    /** `file:line:column` of the step, or the check's own name for a check the conformance run adds. */
    at: string;
    /** What the vendor state (or the delivery) should have been. */
    expected: string;
    /** What it was. */
    found: string[];
    /** The requests and deliveries of the run, in order. */
    trace: string;
  };
}

export interface FlowVerdict {
  flow: number;
  title: string;
  /** `fail` when any check failed; `not-claimed` when the connector does not claim the flow. */
  status: 'pass' | 'fail' | 'not-claimed';
  checks: CheckVerdict[];
}

export interface ConformanceReport {
  tool: 'billing-sim';
  /** The connector's URL, or `reference connector (in process)`. */
  connector: string;
  /** The flows claimed and where that was read (`the connector's /health`, `--flows`, `every flow`). */
  claims: { flows: number[]; source: string };
  startedAt: Date;
  durationMs: number;
  /** The checks judged (`--check`), in CHECKS order; every check when absent. */
  checks?: CheckId[];
  flows: FlowVerdict[];
}
