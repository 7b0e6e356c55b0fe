import Fastify from 'fastify';

/**
 * The ceiling the machine, Fastify and the load generator allow: the same routes the customer
 * create and get phases call, answering in the simulator's shape with no simulator behind it.
 * Run as its own process by the bench, exactly like the sandbox.
 */
const port = Number(process.env.TOGAI_PORT ?? 0);
const app = Fastify({ logger: false });
const createdAt = new Date().toISOString();

app.get('/customers', async () => ({ data: [] }));
app.get<{ Params: { id: string } }>('/customers/:id', async (request) => ({
  id: request.params.id,
  name: `Bench customer ${request.params.id}`,
  togaiCustomerId: `cus.${request.params.id}`,
  primaryEmail: `${request.params.id}@bench.example`,
  billingAddress: '1 Bench Street, Testville, US',
  address: { line1: '1 Bench Street', city: 'Testville', country: 'US' },
  status: 'ACTIVE',
  createdAt,
  updatedAt: createdAt,
}));

app.post<{ Body: { id: string; name: string } }>('/customers', async (request, reply) => {
  reply.code(201);
  const account = { id: request.body.id, togaiAccountId: `acc.${request.body.id}`, togaiCustomerId: `cus.${request.body.id}`, customerId: request.body.id, name: request.body.name, invoiceCurrency: 'USD', status: 'ACTIVE', aliases: [], settings: [] };
  return { ...request.body, togaiCustomerId: `cus.${request.body.id}`, settings: [], account };
});

const url = await app.listen({ host: '127.0.0.1', port });
console.log(`baseline ${url}\nready`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
