// Generated from contracts/admin.yaml by openapi-typescript (npm run generate); do not edit.
// test/contract-types.test.ts fails when this file no longer matches the contract.

export interface paths {
    "/__admin/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the whole sandbox back to its start (state, clock, deliveries); subscribers stay */
        post: operations["adminReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The simulator's records, by collection, one page at a time
         * @description Without `collection`, each collection's name and record count. With it, one page of that collection's records in their order: `limit` records (100 by default, at most 1000) from `offset`. A page reads no record past its last, so it answers quickly at any state size.
         */
        get: operations["adminState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sandbox's virtual time */
        get: operations["adminClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move virtual time forward by a duration or to an instant, firing what falls due */
        post: operations["adminAdvanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The most recent requests the simulator answered, with contract violations */
        get: operations["adminRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notifications the simulator sent, each with every attempt */
        get: operations["adminDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the simulator sends its notifications */
        get: operations["adminListSubscribers"];
        put?: never;
        /** Register a receiver for the simulator's notifications */
        post: operations["adminSubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sandbox's fault plan and every decision it has taken */
        get: operations["adminFaults"];
        /**
         * Replace the sandbox's fault plan (shared by its simulators); decisions start again from the seed
         * @description Each rule fires with `probability` (0 to 1; every time when absent) and at most `count` times. Request faults, for clients' requests into a simulator (matched by `vendor` and, optionally, `operation`, an operationId): `error` (a 5xx in the vendor's error body), `rate-limit` (429 with Retry-After), `latency` (the answer comes `ms` later), `drop` (the connection closes before anything is done), `hang` (the request takes effect but no answer comes for `ms`). Delivery faults, for notifications out of the sandbox (matched by `source` and, optionally, `eventType`): `duplicate`, `delay` (first sent `seconds` later in virtual time), `reorder` (held back until the next delivery from the source has gone, or a minute), `drop-then-retry` (the first attempt is lost; the vendor's retries follow), `fail-answer` (the first attempt is acted on but the vendor sees `status`, 500 by default, and retries), `unauthenticated` (a copy without the credential and one with a wrong credential go first, once each; the delivery follows their answers). A request rule with `writes: true` matches only requests that change something (not GET, not Zuora's OAuth token). Decisions are drawn from the sandbox's seed, so a run replays exactly.
         */
        put: operations["adminSetFaults"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole sandbox, saved as one JSON document (a snapshot) to load later, here or in another process
         * @description The sandbox's snapshot, not only this simulator's: every simulator's records, ID sequences, random streams, idempotency keys and request log; the virtual clock with every job due on it (billing cycles, delivery retries); the outbox's pending deliveries and history, and the subscribers vendor operations made (Chargebee webhook endpoints); the fault plan with the decisions taken and its random streams. It is taken between the clock's steps, once no delivery is in flight, so nothing half-done is saved. Unlike every other admin answer it shows the credentials the sandbox's records and deliveries hold as they are (Zuora callout template passwords and HMAC secrets, Chargebee webhook endpoints' passwords, OAuth tokens, delivery headers as sent): keep the file as you keep the sandbox's configuration. Subscribers registered with POST /__admin/subscribers are configuration, not records, and are not in it. The answer names a file to save it to (`Content-Disposition`).
         */
        get: operations["adminSnapshot"];
        /**
         * Become what a snapshot holds, in place (the whole sandbox, as GET /__admin/snapshot gave it)
         * @description Loads a snapshot into this sandbox, every simulator at once: records, clock and due jobs, deliveries (pending and history), fault plan and its random streams, ID sequences and request logs all come from the snapshot, so the same steps play out as they would have in the sandbox it was taken from. What stays this sandbox's own: its configuration, that is the subscribers registered with POST /__admin/subscribers and the reference connector's (the receivers listening now), and Zuora's tenant with its OAuth client. A snapshot that does not fit is refused whole with 400 saying what is wrong and what would be right, and the sandbox is left as it was: not a snapshot (`format`), another format version (`version`: only the version this harness writes loads), another seed (`seed`: start the sandbox with the snapshot's seed), other simulators (`vendors`), or data that cannot be read (`data`). Memory of a part this sandbox has not (a snapshot with the in-process connector's, loaded where the connector runs as its own server) is left out. The body may be up to 256 MiB (`SNAPSHOT_BODY_LIMIT`; 413 beyond); unlike other bodies it is not held to the request body nesting and string limits, since a snapshot nests the records it holds inside its own structure: the snapshot's decoder reads it. A later POST /__admin/reset goes back to the sandbox's start, not to the snapshot.
         */
        put: operations["adminLoadSnapshot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorBody: {
            error: string;
            /** @description The field at fault, when one is (a refused snapshot's `format`, `version`, `seed`, `vendors` or `data`) */
            field?: string;
        };
        /** @description A whole sandbox as saved by GET /__admin/snapshot (Sandbox.snapshot() in process). Only the envelope is described; `data` is the harness's own encoding of the sandbox's objects, read whole by the loader. */
        Snapshot: {
            /** @description Always `billing-sim-snapshot` */
            format: string;
            /** @description The snapshot format's version; a harness loads only the version it writes (1) */
            version: number;
            /**
             * Format: date-time
             * @description The sandbox's virtual time when it was taken
             */
            takenAt?: string;
            /** @description The seed of the sandbox it was taken in; only a sandbox with the same seed loads it */
            seed?: number;
            /** @description The simulators it holds */
            vendors?: string[];
            /** @description What it holds beside the simulators (`connector`, the in-process reference connector's memory; a sandbox without it leaves it out) */
            parts?: string[];
            /** @description Everything the sandbox holds, in the harness's snapshot encoding */
            data?: unknown;
        };
        StateSummary: {
            vendor: string;
            /** Format: date-time */
            now: string;
            /** @description Each collection's record count, by name */
            collections: {
                [key: string]: number;
            };
        };
        StatePage: {
            vendor: string;
            /** Format: date-time */
            now: string;
            collection: string;
            /** @description Records the collection holds */
            total: number;
            offset: number;
            records: unknown[];
        };
        Now: {
            /** Format: date-time */
            now: string;
        };
        SubscriberInput: {
            /** Format: uri */
            url: string;
            /** @description Basic auth user name sent with each delivery (vendors that use Basic auth) */
            username?: string;
            password?: string;
            /** @description Signing secret (Togai notifications are signed with HMAC-SHA256 using it) */
            secret?: string;
            /** @description Event types to receive; all when absent */
            events?: string[];
        };
        Subscriber: {
            id: string;
            /** @description The simulator whose notifications it receives */
            source: string;
            /** @description Where deliveries go; a password in the URL and every query value show as `***` */
            url: string;
            username?: string;
            /** @description Deliveries carry Basic auth with a password; the password itself is never shown */
            hasPassword?: boolean;
            /** @description Deliveries are signed with a secret; the secret itself is never shown */
            hasSecret?: boolean;
            /** @description Made by a vendor operation (a Chargebee webhook endpoint); goes when the simulator resets */
            managed?: boolean;
            events?: string[];
        };
        LoggedRequest: {
            /** Format: date-time */
            at: string;
            method: string;
            path: string;
            operationId?: string;
            status: number;
            violations: string[];
            /** @description Made by the harness itself (seeding, a scenario's own calls), not by a client */
            byHarness?: boolean;
        };
        Delivery: {
            id: string;
            source: string;
            eventType: string;
            eventId: string;
            subscriberId: string;
            /** @description Where it goes; a password in the URL and every query value show as `***` */
            url: string;
            method: string;
            /** @description As sent, except credentials show as `***` (`Basic ***`) */
            headers: {
                [key: string]: string;
            };
            /** @description Headers its vendor's configuration says carry a credential (a Zuora template's HMAC header, whatever its name); shown as `***` */
            secretHeaders?: string[];
            body: string;
            /** @enum {string} */
            state: "pending" | "delivered" | "retrying" | "failed";
            /** @description Set on a copy the harness sent again on purpose (a duplicate delivery); names the original */
            duplicateOf?: string;
            /**
             * @description Set on a copy an `unauthenticated` fault sent ahead of the delivery, without its credential or with a wrong one; never retried
             * @enum {string}
             */
            forged?: "missing" | "wrong";
            /** Format: date-time */
            nextAttemptAt?: string;
            attempts: {
                /** Format: date-time */
                at: string;
                status?: number;
                error?: string;
                /** @description What the receiver said was wrong when it refused the attempt (its JSON `error`), cut short */
                reason?: string;
                /** @description On a forged copy, the requests clients made of the simulators while it was open (a connector must make none) */
                clientRequests?: number;
                /** @description The receiver's answer body as text, cut to 1,000 characters (a connector's flow outcomes, contracts/connector.yaml), when it sent one */
                answer?: string;
            }[];
        };
        FaultPlan: {
            /** @description Where the decisions come from; the sandbox's seed when absent */
            seed?: number;
            requests?: {
                vendor: string;
                operation?: string;
                probability?: number;
                count?: number;
                /** @description Only requests that change something (not GET, not Zuora's OAuth token) */
                writes?: boolean;
                /** @description Matching requests to let pass before the rule applies */
                skip?: number;
                fault: {
                    /** @enum {string} */
                    kind: "error" | "rate-limit" | "latency" | "drop" | "hang";
                    status?: number;
                    retryAfterSeconds?: number;
                    ms?: number;
                };
            }[];
            deliveries?: {
                source: string;
                eventType?: string;
                probability?: number;
                count?: number;
                /** @description Matching deliveries to let pass before the rule applies */
                skip?: number;
                fault: {
                    /** @enum {string} */
                    kind: "duplicate" | "delay" | "reorder" | "drop-then-retry" | "fail-answer" | "unauthenticated";
                    seconds?: number;
                    status?: number;
                };
            }[];
        };
        FaultState: {
            plan: components["schemas"]["FaultPlan"];
            decisions: {
                /** Format: date-time */
                at: string;
                target: string;
                fault: Record<string, never>;
            }[];
        };
    };
    responses: {
        /** @description No admin token, or not this sandbox's; the error says how to get it */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not addressed to this server (a foreign Host), or sent from another site (a foreign Origin) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request was not acceptable */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    adminReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Now"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminState: {
        parameters: {
            query?: {
                /** @description A collection the answer without `collection` names; any other is refused with 400 naming them */
                collection?: string;
                /** @description Records of the collection to skip */
                offset?: number;
                /** @description Records to answer, 100 when absent */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collections and their counts, or one page of a collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateSummary"] | components["schemas"]["StatePage"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current instant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Now"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminAdvanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO-8601 duration, e.g. P31D or PT1H; at most 3653 days (ten years) at once */
                    duration?: string;
                    /**
                     * Format: date-time
                     * @description An instant not before the current one, at most 3653 days ahead
                     */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description The new current instant, after every due job ran */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Now"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many older entries were let go */
                        dropped: number;
                        requests: components["schemas"]["LoggedRequest"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many older finished deliveries were let go from the bounded log (pending and retrying ones are always kept) */
                        dropped: number;
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminListSubscribers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscribers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscribers: components["schemas"]["Subscriber"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminSubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriberInput"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscriber"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan in force and the faults injected so far, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminSetFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultPlan"];
            };
        };
        responses: {
            /** @description The plan now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultState"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot; save it as it is */
            200: {
                headers: {
                    /** @description `attachment; filename="sandbox-<takenAt, colons as dashes>.json"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    adminLoadSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Snapshot"];
            };
        };
        responses: {
            /** @description Loaded; the sandbox's virtual time is now the snapshot's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Now"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The body is over 256 MiB (`SNAPSHOT_BODY_LIMIT`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
