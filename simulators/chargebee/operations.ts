import type { operations } from '../../contracts/types/chargebee.js';
import type { Handler, Handlers } from '../kit/simulator.js';
import type { ChargebeeState } from './state.js';

/** Chargebee's operations as generated from contracts/chargebee.yaml: the names and types its handlers answer to. */
export type ChargebeeOperations = operations;

/** A handler for every Chargebee operation; a resource file declares its share with `satisfies Partial<ChargebeeHandlers>`. */
export type ChargebeeHandlers = Handlers<ChargebeeState, operations>;

/** The handler of one Chargebee operation, its request typed from the contract. */
export type ChargebeeHandler<K extends keyof operations> = Handler<ChargebeeState, operations[K]>;
