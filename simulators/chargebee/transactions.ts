import type { ChargebeeHandlers } from './operations.js';
import { notFound } from './errors.js';
import { listAnswer } from './paging.js';
import type { TransactionRecord } from './records.js';

export const transactionHandlers = {
  listTransactions(req, ctx) {
    return listAnswer(ctx.state, ctx.state.store.values<TransactionRecord>('transaction'), req.query, {
      entry: (transaction) => ({ transaction }),
      deletable: true,
    });
  },

  retrieveTransaction(req, ctx) {
    const id = req.params['transaction-id']!;
    const transaction = ctx.state.get<TransactionRecord>('transaction', id);
    if (!transaction) throw notFound('Transaction', id);
    return { status: 200, body: { transaction } };
  },
} satisfies Partial<ChargebeeHandlers>;
