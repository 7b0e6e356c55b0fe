import { z } from 'zod';
import { ADMIN_TOKEN_MIN_LENGTH } from '../simulators/kit/limits.js';

const PORT = 'a port number from 0 to 65535 (0 = any free port)';
const port = (fallback: number) => z.coerce.number({ error: PORT }).int({ error: PORT }).min(0, { error: PORT }).max(65535, { error: PORT }).default(fallback);

/**
 * The live sandbox's settings, from the environment. The connector, run on its own, reads the
 * same names (connector/config.ts).
 */
export const sandboxEnv = z.object({
  TOGAI_PORT: port(4010),
  ZUORA_PORT: port(4020),
  CHARGEBEE_PORT: port(4030),
  CONNECTOR_PORT: port(4040),
  // the live dashboard (GET / for the page; /api behind the admin token)
  DASHBOARD_PORT: port(4050),
  SANDBOX_SEED: z.coerce.number({ error: 'a whole number' }).int({ error: 'a whole number' }).default(42),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  // off serves the simulators alone: for a connector of your own, and for measuring the simulators
  SANDBOX_CONNECTOR: z.enum(['on', 'off'], { error: 'on or off' }).default('on'),
  // the bearer token of every /__admin route; random per start when unset (printed on the 'admin' line)
  SANDBOX_ADMIN_TOKEN: z
    .string()
    .regex(new RegExp(`^\\S{${ADMIN_TOKEN_MIN_LENGTH},}$`), { error: `a token of at least ${ADMIN_TOKEN_MIN_LENGTH} characters, no spaces` })
    .optional(),
  // a snapshot file to start from (billing-sim up --load); unset, the sandbox starts with the demo data
  SANDBOX_LOAD: z.string().min(1, { error: 'a file path' }).optional(),
  // where the sandbox is saved on SIGINT or SIGTERM (billing-sim up --save-on-exit); unset, it is not
  SANDBOX_SAVE_ON_EXIT: z.string().min(1, { error: 'a file path' }).optional(),
  TOGAI_API_TOKEN: z.string().min(1).default('togai-demo-token'),
  // Zuora OAuth client IDs are 36 characters; secrets up to 42
  ZUORA_CLIENT_ID: z.string().length(36, { error: 'a 36-character OAuth client ID, as Zuora issues them' }).default('5a1d0e6f-demo-4c1e-9e5a-20260101d3e0'),
  ZUORA_CLIENT_SECRET: z.string().min(1).max(42, { error: 'a client secret of 1 to 42 characters' }).default('zuora-demo-secret'),
  CHARGEBEE_SITE: z.string().regex(/^[a-z0-9-]+$/, 'a site name: lower-case letters, digits and dashes').default('demo-site'),
  CHARGEBEE_API_KEY: z.string().min(1).default('cb-demo-key'),
  // what the connector's receivers expect, and so what the simulators send it
  TOGAI_NOTIFICATION_SECRET: z.string().min(1).default('togai-demo-notification-secret'),
  ZUORA_CALLOUT_USERNAME: z.string().min(1).default('zuora-callout'),
  ZUORA_CALLOUT_PASSWORD: z.string().min(1).default('zuora-callout-demo-pass'),
  CHARGEBEE_WEBHOOK_USERNAME: z.string().min(1).default('chargebee-webhook'),
  CHARGEBEE_WEBHOOK_PASSWORD: z.string().min(1).default('chargebee-webhook-demo-pass'),
});

export type SandboxEnv = z.infer<typeof sandboxEnv>;

/** Read the environment, or throw one message naming every bad variable and what it should be. */
export function readSandboxEnv(env: NodeJS.ProcessEnv = process.env): SandboxEnv {
  const result = sandboxEnv.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`);
  throw new Error(`The sandbox cannot start; fix these environment variables:\n${lines.join('\n')}`);
}
