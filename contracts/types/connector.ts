// Generated from contracts/connector.yaml by openapi-typescript (npm run generate); do not edit.
// test/contract-types.test.ts fails when this file no longer matches the contract.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the connector is up, which flows it runs, and how its reconciliation is going */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zuora/callouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The Zuora callout of the account-created custom event
         * @description The notification's callout template sets a custom body with the Account.Id merge field (integration guide: "Add Account.Id in mergefields"), so the body is {"accountId": "<Account.Id>"}. Zuora authenticates with the Basic credentials the callout was given.
         */
        post: operations["receiveZuoraCallout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chargebee/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Chargebee webhook event
         * @description The event resource as Chargebee posts it to a webhook endpoint, authenticated with the endpoint's Basic credentials. The reference flows act on customer_created (flow 6) and payment_succeeded (flow 7); other event types are acknowledged and ignored.
         */
        post: operations["receiveChargebeeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/togai/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Togai notification (the harness's own format; Togai publishes none)
         * @description JSON, POSTed to every subscriber registered with `POST /__admin/subscribers` on the Togai server. When the subscriber has a secret, x-togai-signature carries `sha256=` and the lower-case hex HMAC-SHA256 of the raw body keyed with it; verify it over the raw bytes before parsing.
         */
        post: operations["receiveTogaiNotification"];
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
        Health: {
            /** @enum {string} */
            status: "ok";
            flows?: number[];
            /** @description Present while the connector reconciles on its own (reconcileEverySeconds above 0): a pass at start, then one every everySeconds, never two at once. Each pass runs the flows a lost notification would have run: 1 for Zuora accounts and 6 for Chargebee customers made since the last pass (everything on the first pass after a start), 2 and 9 for every Togai account not yet mapped, then 3, 4/5 and 8 for every generated invoice. */
            reconciliation?: {
                everySeconds: number;
                /** @description Passes finished since the connector started */
                passes: number;
                running: boolean;
                /** Format: date-time */
                lastStartedAt?: string;
                /** Format: date-time */
                lastFinishedAt?: string;
                /** @description The last finished pass's failures, the first 20 (a record that failed, or a listing) */
                lastFailures: string[];
                lastFailureCount: number;
            };
        };
        Outcome: {
            flow: number;
            /**
             * @description done made the change; already-done found it made; skipped means the event was not the flow's to act on
             * @enum {string}
             */
            result: "done" | "already-done" | "skipped";
            detail: string;
        };
        Outcomes: {
            outcomes: components["schemas"]["Outcome"][];
        };
        Error: {
            error: string;
            /** @description What the flows that did run managed */
            outcomes?: components["schemas"]["Outcome"][];
        };
        ZuoraAccountCallout: {
            /** @description Account.Id of the account just created (32 hex characters) */
            accountId: string;
        };
        ChargebeeEvent: {
            id: string;
            /** @enum {string} */
            object: "event";
            /** @description Unix time in seconds */
            occurred_at: number;
            source: string;
            api_version: string;
            event_type: string;
            webhook_status?: string;
            /** @description The resources the event concerns, each as the API returns it: customer for customer_created; transaction, invoice and customer (and subscription when the invoice has one) for payment_succeeded. */
            content: {
                customer?: components["schemas"]["ChargebeeEventCustomer"];
                invoice?: components["schemas"]["ChargebeeEventInvoice"];
                transaction?: components["schemas"]["ChargebeeEventTransaction"];
                subscription?: Record<string, never>;
            };
        };
        ChargebeeEventCustomer: {
            id: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
            preferred_currency_code?: string;
            billing_address?: Record<string, never>;
            /** @description Free-form JSON the merchant keeps; flow 9 puts {"togai": {"accountId": "<Togai account ID>"}} in it */
            meta_data?: unknown;
        };
        ChargebeeEventInvoice: {
            id: string;
            customer_id?: string;
            line_items?: {
                entity_type?: string;
                entity_id?: string;
            }[];
        };
        ChargebeeEventTransaction: {
            id?: string;
            /** @description Unix time in seconds */
            date?: number;
            amount?: number;
        };
        AccountCreated: {
            id: string;
            /** @enum {string} */
            type: "account.created";
            /** Format: date-time */
            createdAt: string;
            data: {
                customerId: string;
                /** @description The account as GET /accounts/{account_id} (getAccount) answers it */
                account: components["schemas"]["TogaiAccount"] & {
                    id?: unknown;
                    customerId?: unknown;
                };
            };
        };
        InvoiceGenerated: {
            id: string;
            /** @enum {string} */
            type: "invoice.generated";
            /** Format: date-time */
            createdAt: string;
            data: {
                /** @description The invoice as GET /invoices/{invoice_id} (getInvoice) answers it, just finalised: a billing cycle's invoice, DRAFT while its cycle was open, is DUE now (PAID or PARTIALLY_PAID if payments already cover it) */
                invoice: components["schemas"]["TogaiInvoice"] & {
                    id?: unknown;
                    customerId: unknown;
                    ownerId: unknown;
                    /** @enum {string} */
                    status?: "DUE" | "PAID" | "PARTIALLY_PAID";
                };
            };
        };
        TogaiAccount: {
            id: string;
            togaiAccountId: string;
            togaiCustomerId: string;
            name: string;
            customerId: string;
            invoiceCurrency?: string;
            aliases?: components["schemas"]["TogaiAccountAliases"][];
            netTermDays?: number;
            address?: components["schemas"]["TogaiAddress"];
            primaryEmail?: string;
            billingInformation?: components["schemas"]["TogaiAccountsBillingInformation"];
            status: string;
            settings?: components["schemas"]["TogaiCreateEntitySetting"][];
            invoiceGroupDetails?: components["schemas"]["TogaiInvoiceGroupDetails"];
            metadata?: {
                [key: string]: string;
            };
            tags?: string[];
        };
        TogaiInvoice: {
            id: string;
            customerId?: string;
            ownerId?: string;
            pricePlanId?: string;
            usageInfo?: components["schemas"]["TogaiInvoiceLineItem"][];
            revenueInfo?: components["schemas"]["TogaiInvoiceLineItem"];
            invoiceDetails?: components["schemas"]["TogaiInvoiceDetails"];
            status: components["schemas"]["TogaiInvoicesStatus"];
            finalizingStatus?: string;
            invoiceClass: components["schemas"]["TogaiInvoicesClass"];
            invoiceType: components["schemas"]["TogaiInvoicesType"];
            autoAdvance?: boolean;
            /** Format: date-time */
            startDate?: string;
            /** Format: date-time */
            endDate?: string;
            /** Format: date-time */
            endDateInclusive?: string;
            /** Format: date-time */
            invoiceDate: string;
            /** Format: date-time */
            dueDate?: string;
            /** Format: date-time */
            generatedAt?: string;
            /** Format: date-time */
            updatedAt: string;
            metadata?: {
                [key: string]: unknown;
            };
            info?: components["schemas"]["TogaiInvoiceInfoInner"][];
            sequenceId?: string;
            pdfUrl?: string;
            totalAmount: number;
            paidAmount: number;
            netTermDays: number;
        };
        TogaiAccountAliases: {
            alias?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "ARCHIVED";
        };
        TogaiAccountsBillingInformation: {
            emailRecipients?: string[];
            additionalEmailRecipients?: string[];
        };
        TogaiAddress: {
            phoneNumber?: string;
            line1?: string;
            line2?: string;
            postalCode?: string;
            city?: string;
            state?: string;
            country?: string;
        };
        TogaiCreateEntitySetting: {
            id: string;
            value: string;
            namespace: string;
            name: string;
            dataType: components["schemas"]["TogaiSettingDataType"];
        };
        TogaiInvoiceGroupDetails: {
            id: string;
            name: string;
            email: string;
            dailyInvoiceConsolidation: boolean;
            netTermDays?: number;
            invoiceCurrency: string;
            billingAddress: components["schemas"]["TogaiAddress"];
        };
        TogaiInvoiceDetails: {
            customer?: components["schemas"]["TogaiInvoiceDetailsCustomer"];
            account?: components["schemas"]["TogaiInvoiceDetailsAccount"];
            pricePlanName?: string;
            invoiceGroup?: components["schemas"]["TogaiInvoiceDetailsInvoiceGroup"];
            organization?: components["schemas"]["TogaiInvoiceDetailsOrganization"];
            logoUrl?: string;
        };
        TogaiInvoiceInfoInner: {
            type: string;
            value: string;
        };
        TogaiInvoiceLineItem: {
            id?: string;
            description: string;
            type: string;
            valuePerQuantity?: number;
            quantity?: number;
            units?: string;
            value: number;
            metadata?: {
                [key: string]: unknown;
            };
            lineItems: components["schemas"]["TogaiInvoiceLineItem"][];
        };
        /** @enum {string} */
        TogaiInvoicesClass: "INVOICE" | "ORDER" | "BILLABLE";
        /** @enum {string} */
        TogaiInvoicesStatus: "DRAFT" | "DUE" | "PAID" | "VOID" | "UN_COLLECTIBLE" | "REFUND_INITIATED" | "REFUND_COMPLETED" | "MERGED" | "PARTIALLY_PAID";
        /** @enum {string} */
        TogaiInvoicesType: "STANDARD" | "AD_HOC" | "CUSTOM" | "COMPOSITE" | "STANDARD_ADVANCED" | "ADHOC_ADVANCED";
        /** @enum {string} */
        TogaiSettingDataType: "STRING" | "NUMERIC" | "JSON" | "JSON_LOGIC";
        TogaiInvoiceDetailsAccount: {
            name: string;
            invoiceCurrency: string;
            address: components["schemas"]["TogaiAddress"];
            primaryEmail: string;
        };
        TogaiInvoiceDetailsCustomer: {
            name: string;
            primaryEmail: string;
            billingAddress?: string;
            address?: components["schemas"]["TogaiAddress"];
        };
        TogaiInvoiceDetailsInvoiceGroup: {
            id: string;
            name: string;
            email?: string;
            dailyInvoiceConsolidation: boolean;
            invoiceCurrency: string;
            address: components["schemas"]["TogaiAddress"];
        };
        TogaiInvoiceDetailsOrganization: {
            businessName: string;
            address: components["schemas"]["TogaiAddress"];
            primaryEmail: string;
            metadata?: {
                [key: string]: string;
            };
        };
    };
    responses: {
        /** @description The delivery's work is done (or there was none); the vendor stops delivering it */
        Done: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Outcomes"];
            };
        };
        /** @description The delivery can never be processed, so delivering it again will not help: its body is not what the vendor sends (it breaks its schema here, nests deeper than 32 levels, has a string over 65,536 characters, a number JSON cannot carry, or a lone UTF-16 surrogate), or a vendor refused what its flows asked as invalid (HTTP 400 or 422, or Zuora reasons all of category 20, 21, 22, 23, 27 or 90). `error` names the field and what is right. */
        Malformed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or wrong credential; nothing was done */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is over 1 MiB, far more than any vendor's delivery; it was not read */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A flow failed part-way for a reason that may pass (a vendor's 5xx, 429, 408, 409, 404 or 401, no answer in time, a record another delivery has yet to make); the vendor should deliver again, and the flows pick up where they stopped */
        Failed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
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
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    receiveZuoraCallout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZuoraAccountCallout"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["Malformed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            500: components["responses"]["Failed"];
        };
    };
    receiveChargebeeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargebeeEvent"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["Malformed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            500: components["responses"]["Failed"];
        };
    };
    receiveTogaiNotification: {
        parameters: {
            query?: never;
            header: {
                /** @description Present when the subscriber has a secret */
                "x-togai-signature"?: string;
                "x-togai-event-type": "account.created" | "invoice.generated";
                "x-togai-event-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreated"] | components["schemas"]["InvoiceGenerated"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["Malformed"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            500: components["responses"]["Failed"];
        };
    };
}
