import type { operations } from '../../contracts/types/togai.js';
import type { Handler, Handlers } from '../kit/simulator.js';
import type { TogaiState } from './state.js';

/** Togai's operations as generated from contracts/togai.yaml: the names and types its handlers answer to. */
export type TogaiOperations = operations;

/** A handler for every Togai operation; a resource file declares its share with `satisfies Partial<TogaiHandlers>`. */
export type TogaiHandlers = Handlers<TogaiState, operations>;

/** The handler of one Togai operation, its request typed from the contract. */
export type TogaiHandler<K extends keyof operations> = Handler<TogaiState, operations[K]>;
