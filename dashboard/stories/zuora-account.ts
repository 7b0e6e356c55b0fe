import { call, eventually, find, settingOf, type Story, type StorySims } from './story.js';

interface Run {
  sims: StorySims;
  name: { first: string; last: string };
  email: string;
  zuoraId?: string;
  zuoraNumber?: string;
}

const PEOPLE = [
  ['Ada', 'Lovelace'],
  ['Grace', 'Hopper'],
  ['Katherine', 'Johnson'],
  ['Alan', 'Turing'],
] as const;

/** Flow 1, and flow 9 after it: a Zuora account becomes a Togai customer and account, and from there a Chargebee customer. */
export const zuoraAccountStory: Story<Run> = {
  id: 'zuora-account-to-togai',
  title: 'A Zuora account becomes a Togai customer',
  start(n, sims) {
    const [first, last] = PEOPLE[(n - 1) % PEOPLE.length]!;
    return { sims, name: { first, last: `${last} ${n}` }, email: `${first.toLowerCase()}.${n}@example.com` };
  },
  steps: [
    {
      title: 'Zuora: a customer account is created, and Zuora calls the connector back',
      async run(r) {
        const body = await call(r.sims, 'zuora', 'createAccount', {
          body: {
            name: `${r.name.first} ${r.name.last}`,
            currency: 'USD',
            billCycleDay: 1,
            billToContact: { firstName: r.name.first, lastName: r.name.last, workEmail: r.email, country: 'United States', state: 'CA' },
          },
        });
        r.zuoraId = body.accountId;
        r.zuoraNumber = body.accountNumber;
        return `Zuora account ${body.accountNumber} (id ${body.accountId}) created; the AccountCreated callout goes to the connector`;
      },
    },
    {
      title: 'Flow 1: a Togai customer and account with the Zuora account ID, mapped in Togai settings',
      async run(r) {
        const id = r.zuoraId!;
        const account = await eventually(r.sims, `Togai account ${id}`, async () => {
          const found = await find(r.sims, 'togai', 'getAccount', { params: { account_id: id } });
          return settingOf(found?.settings, 'zuora', 'accountId') === id ? found : undefined;
        });
        const customer = await call(r.sims, 'togai', 'getCustomer', { params: { customer_id: account.customerId } });
        return `Togai customer ${customer.id} "${customer.name}" (${customer.primaryEmail}), account ${account.id} with setting zuora.accountId = ${id}`;
      },
    },
    {
      title: 'Flow 1: the Zuora account links back to the Togai account (TogaiAccountId__c)',
      async run(r) {
        const id = r.zuoraId!;
        const linked = await eventually(r.sims, `TogaiAccountId__c on Zuora account ${r.zuoraNumber}`, async () => {
          const account = await call(r.sims, 'zuora', 'getAccount', { params: { 'account-key': id } });
          return account.basicInfo?.TogaiAccountId__c || undefined;
        });
        return `Zuora account ${r.zuoraNumber} has TogaiAccountId__c = ${linked}`;
      },
    },
    {
      title: 'Flow 9: the new Togai account becomes a Chargebee customer',
      async run(r) {
        const id = r.zuoraId!;
        const customer = await eventually(r.sims, `Chargebee customer ${id}`, async () => (await find(r.sims, 'chargebee', 'retrieveCustomer', { params: { 'customer-id': id } }))?.customer);
        return `Chargebee customer ${customer.id} (${customer.email ?? 'no email'}), meta_data ${JSON.stringify(customer.meta_data ?? {})}`;
      },
    },
  ],
};
