import type { Handler } from '../kit/simulator.js';
import { archiveAccount, checkNewAccount, createAccountRecord, findCustomer, type AccountInput } from './accounts.js';
import { badRequest, requireId } from './errors.js';
import { page } from './paging.js';
import type { AccountRecord, CustomerRecord, SettingInput } from './records.js';
import { addSettings, prepareSettings } from './settings.js';
import type { TogaiState } from './state.js';
import { accountView, customerView, entitySettingView } from './views.js';

interface CreateCustomerBody {
  id: string;
  name: string;
  primaryEmail: string;
  billingAddress: string;
  settings?: SettingInput[];
  account?: AccountInput;
}

export const customerHandlers: Record<string, Handler<TogaiState>> = {
  getCustomers(req, ctx) {
    const result = page([...ctx.state.store.values<CustomerRecord>('customer')], (c) => c.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map(customerView) } };
  },

  /** Creating a customer creates its account too: the one given, or one named after the customer. */
  createCustomer(req, ctx) {
    const body = req.body as CreateCustomerBody;
    requireId(body.id, "body field 'id'");
    if (ctx.state.store.has('customer', body.id)) throw badRequest(`Customer with id '${body.id}' already exists`);
    const accountInput: AccountInput = body.account ?? { id: body.id, name: body.name };
    checkNewAccount(ctx, accountInput, 'account.');
    prepareSettings(ctx, 'CUSTOMER', body.id, body.settings ?? []);
    const now = ctx.nowIso();
    const customer = ctx.state.store.insert<CustomerRecord>('customer', {
      id: body.id,
      name: body.name,
      primaryEmail: body.primaryEmail,
      billingAddress: body.billingAddress,
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
    });
    const settings = addSettings(ctx, 'CUSTOMER', customer.id, body.settings ?? []);
    const account = createAccountRecord(ctx, customer, accountInput);
    return {
      status: 201,
      body: {
        id: customer.id,
        name: customer.name,
        primaryEmail: customer.primaryEmail,
        billingAddress: customer.billingAddress,
        settings: settings.map(entitySettingView),
        account: accountView(ctx.state, account),
      },
    };
  },

  getCustomer(req, ctx) {
    return { status: 200, body: customerView(findCustomer(ctx, req.params.customer_id!)) };
  },

  updateCustomer(req, ctx) {
    const customer = findCustomer(ctx, req.params.customer_id!);
    if (customer.status !== 'ACTIVE') throw badRequest(`Customer '${customer.id}' is ${customer.status} and cannot be changed`);
    const body = req.body as Partial<CreateCustomerBody>;
    if (body.name !== undefined) customer.name = body.name;
    if (body.primaryEmail !== undefined) customer.primaryEmail = body.primaryEmail;
    if (body.billingAddress !== undefined) customer.billingAddress = body.billingAddress;
    customer.updatedAt = ctx.nowIso();
    return { status: 200, body: customerView(customer) };
  },

  /** Deleting archives the customer and its accounts; their records stay readable. */
  deleteCustomer(req, ctx) {
    const customer = findCustomer(ctx, req.params.customer_id!);
    if (customer.status !== 'ACTIVE') throw badRequest(`Customer '${customer.id}' is already ${customer.status}`);
    customer.status = 'ARCHIVED';
    customer.updatedAt = ctx.nowIso();
    for (const account of ctx.state.store.values<AccountRecord>('account')) {
      if (account.customerId === customer.id && account.status === 'ACTIVE') archiveAccount(ctx, account);
    }
    return { status: 200, body: { success: true } };
  },
};
