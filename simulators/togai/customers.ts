import { createHash } from 'node:crypto';
import type { TogaiHandlers } from './operations.js';
import { archiveAccount, checkNewAccount, createAccountRecord, findCustomer } from './accounts.js';
import { checkAddress, oneLine } from './addresses.js';
import { badRequest, requireId } from './errors.js';
import { togaiId, uuid } from './ids.js';
import { page, pageContext } from './paging.js';
import type { AccountRecord, ContactRecord, CustomerRecord } from './party-records.js';
import { accountView, contactView, customerView, entitySettingView } from './party-views.js';
import { addSettings, prepareSettings } from './settings.js';

export const customerHandlers = {
  getCustomers(req, ctx) {
    const result = page([...ctx.state.store.values<CustomerRecord>('customer')], (c) => c.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map(customerView), context: pageContext(req.query) } };
  },

  /** Creating a customer creates its account too: the one given, or one with the customer's id and name. */
  createCustomer(req, ctx) {
    const body = req.body;
    requireId(body.id, "body field 'id'");
    if (ctx.state.store.has('customer', body.id)) throw badRequest(`Customer with id '${body.id}' already exists`);
    const address = checkAddress(body.address, "body field 'address'");
    const newAccount = checkNewAccount(ctx, body.account ?? { id: body.id, name: body.name }, 'account.');
    prepareSettings(ctx, 'CUSTOMER', body.id, body.settings ?? []);
    const customer = ctx.state.store.insert<CustomerRecord>('customer', {
      id: body.id,
      togaiCustomerId: togaiId(ctx, 'customer'),
      name: body.name,
      primaryEmail: body.primaryEmail,
      address,
      status: 'ACTIVE',
      createdAt: ctx.nowIso(),
    });
    const settings = addSettings(ctx, 'CUSTOMER', customer.id, body.settings ?? []);
    const account = createAccountRecord(ctx, customer, newAccount);
    return {
      status: 201,
      body: {
        id: customer.id,
        togaiCustomerId: customer.togaiCustomerId,
        name: customer.name,
        primaryEmail: customer.primaryEmail,
        billingAddress: oneLine(customer.address),
        address: customer.address,
        settings: settings.map(entitySettingView),
        account: accountView(ctx, account),
      },
    };
  },

  getCustomer(req, ctx) {
    return { status: 200, body: customerView(findCustomer(ctx, req.params.customer_id!)) };
  },

  /** A new `address` replaces the old one whole. */
  updateCustomer(req, ctx) {
    const customer = findCustomer(ctx, req.params.customer_id!);
    if (customer.status !== 'ACTIVE') throw badRequest(`Customer '${customer.id}' is ${customer.status} and cannot be changed`);
    const body = req.body;
    const address = body.address && checkAddress(body.address, "body field 'address'");
    if (body.name !== undefined) customer.name = body.name;
    if (body.primaryEmail !== undefined) customer.primaryEmail = body.primaryEmail;
    if (address) customer.address = address;
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
      if (account.customerId === customer.id && account.status !== 'ARCHIVED') archiveAccount(ctx, account);
    }
    return { status: 200, body: { success: true } };
  },

  /**
   * A contact gets a generated username; a preferred username is unique across the organisation
   * and an email within the customer. Only a hash of the password is kept.
   */
  createCustomerContact(req, ctx) {
    const customer = findCustomer(ctx, req.params.customer_id!);
    if (customer.status !== 'ACTIVE') throw badRequest(`Customer '${customer.id}' is ${customer.status}; contacts cannot be added to it`);
    const body = req.body;
    requireId(body.name, "body field 'name'");
    requireId(body.email, "body field 'email'");
    for (const other of ctx.state.store.values<ContactRecord>('contact')) {
      if (body.preferredUsername !== undefined && other.preferredUsername === body.preferredUsername) {
        throw badRequest(`body field 'preferredUsername': '${body.preferredUsername}' is taken by another contact`);
      }
      if (other.customerId === customer.id && other.email.toLowerCase() === body.email.toLowerCase()) {
        throw badRequest(`body field 'email': customer '${customer.id}' already has a contact with email '${body.email}'`);
      }
    }
    const contact = ctx.state.store.insert<ContactRecord>('contact', {
      username: uuid(ctx),
      customerId: customer.id,
      ...(body.preferredUsername !== undefined ? { preferredUsername: body.preferredUsername } : {}),
      name: body.name,
      email: body.email,
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      loginAccess: body.loginAccess ?? false,
      verified: body.verified ?? false,
      ...(body.password !== undefined ? { passwordHash: createHash('sha256').update(body.password).digest('hex') } : {}),
      createdAt: ctx.nowIso(),
    });
    return { status: 201, body: contactView(contact) };
  },
} satisfies Partial<TogaiHandlers>;
