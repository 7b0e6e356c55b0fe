import type { operations } from '../../contracts/types/zuora.js';
import type { Handler, Handlers } from '../kit/simulator.js';
import type { ZuoraState } from './state.js';

/** Zuora's operations as generated from contracts/zuora.yaml: the names and types its handlers answer to. */
export type ZuoraOperations = operations;

/** A handler for every Zuora operation; a resource file declares its share with `satisfies Partial<ZuoraHandlers>`. */
export type ZuoraHandlers = Handlers<ZuoraState, operations>;

/** The handler of one Zuora operation, its request typed from the contract. */
export type ZuoraHandler<K extends keyof operations> = Handler<ZuoraState, operations[K]>;
