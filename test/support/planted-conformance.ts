import { inProcessConnectorConfig, InProcessWorld, RECEIVER_SECRETS } from '../../scenarios/engine/in-process-world.js';
import type { LoadedScenario } from '../../scenarios/engine/load.js';
import { basicAuth, type Sender } from '../../simulators/kit/outbox.js';
import { sign, SIGNATURE_HEADER } from '../../simulators/togai/notifications.js';
import { mappingSetting } from '../../connector/mappings.js';

/** What a delivery's headers would be with the right credential for its receiver. */
function genuineHeaders(url: string, headers: Record<string, string>, body: string): Record<string, string> {
  const path = new URL(url).pathname;
  if (path.startsWith('/togai')) return { ...headers, [SIGNATURE_HEADER]: sign(RECEIVER_SECRETS.notificationSecret, body) };
  const { username, password } = path.startsWith('/zuora') ? RECEIVER_SECRETS.callout : RECEIVER_SECRETS.webhook;
  return { ...headers, authorization: basicAuth(username, password) };
}

/** Put `wrap` between the outbox and the in-process reference connector, as a proxy in front of it would be. */
function inFront(world: InProcessWorld, wrap: (send: Sender) => Sender): void {
  world.sandbox.outbox.useSender(wrap(world.harness.connector!.sender));
}

/** Accepts any credential: whatever a delivery carries, the connector sees it as genuine. */
export class AnyCredentialWorld extends InProcessWorld {
  constructor(scenario: LoadedScenario) {
    super(inProcessConnectorConfig(), scenario.seed);
    inFront(this, (send) => (url, init) => send(url, { ...init, headers: genuineHeaders(url, init.headers, init.body) }));
  }
}

/** Creates a Chargebee invoice again whenever a Togai invoice is delivered again: it never looks for its earlier work, nor sends a stable idempotency key. */
export class DuplicatingWorld extends InProcessWorld {
  constructor(scenario: LoadedScenario) {
    super(inProcessConnectorConfig(), scenario.seed);
  }

  override start(): void {
    super.start();
    const chargebee = this.connector.clients.chargebee!;
    let made = 0;
    chargebee.invoiceWithPo = async () => undefined;
    const create = chargebee.createInvoice.bind(chargebee);
    chargebee.createInvoice = (body) => create(body, `planted-${++made}`);
  }
}

/** Makes the Togai customer first and writes its Chargebee mapping in a second request, and answers 2xx even when that write fails. */
export class SecondWriteWorld extends InProcessWorld {
  constructor(scenario: LoadedScenario) {
    super(inProcessConnectorConfig(), scenario.seed);
  }

  override start(): void {
    super.start();
    const togai = this.connector.clients.togai;
    const create = togai.createCustomer.bind(togai);
    togai.createCustomer = async (input) => {
      const { account } = input;
      const made = await create(account ? { ...input, account: { ...account, settings: [] } } : input);
      const mapping = account?.settings?.[0];
      try {
        if (mapping) await togai.insertSetting({ ...mappingSetting('chargebee', mapping.value), entityType: 'ACCOUNT', entityId: made.id });
      } catch {
        // the planted bug: the mapping is given up for lost, and the delivery still answered 2xx
      }
      return made;
    };
  }
}

/** Never retries a vendor's 503 (or anything else): one try per call, and the delivery answered 500. */
export class NoRetryWorld extends InProcessWorld {
  constructor(scenario: LoadedScenario) {
    super(inProcessConnectorConfig({ retry: { attempts: 1 } }), scenario.seed);
  }
}

/**
 * Syncs every new Zuora account to Togai whatever its origin: it never reads the link
 * (TogaiAccountId__c) an account made from Togai carries, so flow 2's account comes back as a
 * second Togai customer, and its link is overwritten.
 */
export class PushBackWorld extends InProcessWorld {
  constructor(scenario: LoadedScenario) {
    super(inProcessConnectorConfig(), scenario.seed);
  }

  override start(): void {
    super.start();
    const zuora = this.connector.clients.zuora!;
    const read = zuora.account.bind(zuora);
    zuora.account = async (id) => {
      const account = await read(id);
      if (account) delete (account.basicInfo as Record<string, unknown>).TogaiAccountId__c;
      return account;
    };
  }
}
