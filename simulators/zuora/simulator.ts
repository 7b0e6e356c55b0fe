import type { Contract } from '../kit/contract.js';
import type { KitFailure } from '../kit/errors.js';
import { Simulator } from '../kit/simulator.js';
import type { SimRequest, WireResponse } from '../kit/types.js';
import { contractParams, routableContract } from './routing.js';
import { familyOf, inScope } from './scope.js';
import type { ZuoraState } from './state.js';

type HandleArgs = Parameters<Simulator<ZuoraState>['handle']>;

/**
 * The kit's simulator, with every request run in a scope that names its API family (see
 * scope.ts) and with route-safe path parameter names for the transports (see routing.ts).
 */
export class ZuoraSimulator extends Simulator<ZuoraState> {
  private routable: Contract | undefined;

  override get contract(): Contract {
    this.routable ??= routableContract(this.def.contract);
    return this.routable;
  }

  override handle(...[op, req, mode]: HandleArgs): Promise<WireResponse> {
    const real = this.def.contract.operation(op.operationId);
    return inScope({ family: familyOf(real.path), operationId: real.operationId, state: this.state }, () => super.handle(real, contractParams(real, req), mode));
  }

  override miss(req: SimRequest, allowed: string[]): WireResponse {
    return inScope({ family: familyOf(req.path), state: this.state }, () => super.miss(req, allowed));
  }

  override fail(req: SimRequest, failure: KitFailure): WireResponse {
    return inScope({ family: familyOf(req.path), state: this.state }, () => super.fail(req, failure));
  }
}
