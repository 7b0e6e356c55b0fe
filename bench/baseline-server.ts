import Fastify from 'fastify';

/**
 * The ceiling the machine, Fastify and the load generator allow: the same routes the customer
 * get phase calls, answering a customer of the simulator's shape with no simulator behind it.
 * Run as its own process by the bench, exactly like the sandbox.
 */
const port = Number(process.env.TOGAI_PORT ?? 0);
const app = Fastify({ logger: false });
const createdAt = new Date().toISOString();

app.get('/customers', async () => ({ data: [] }));
app.get<{ Params: { id: string } }>('/customers/:id', async (request) => ({
  id: request.params.id,
  name: `Bench customer ${request.params.id}`,
  primaryEmail: `${request.params.id}@bench.example`,
  billingAddress: '1 Bench Street, Testville',
  status: 'ACTIVE',
  createdAt,
  updatedAt: createdAt,
}));

const url = await app.listen({ host: '127.0.0.1', port });
console.log(`baseline ${url}\nready`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
