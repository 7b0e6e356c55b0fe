// Generated from contracts/zuora.yaml by openapi-typescript (npm run generate); do not edit.
// test/contract-types.test.ts fails when this file no longer matches the contract.

export interface paths {
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an OAuth token
         * @description Exchanges OAuth client credentials for a bearer token. Do not send an Authorization header.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates a customer account with a bill-to contact and optional sold-to and ship-to contacts.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account-key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account number or account ID. */
                "account-key": components["parameters"]["AccountKey"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an account
         * @description Returns the basic information, contacts, billing settings and metrics of one account.
         */
        get: operations["getAccount"];
        /**
         * Update an account
         * @description Changes only the fields present in the body; an empty value clears the field.
         */
        put: operations["updateAccount"];
        post?: never;
        /**
         * Delete an account
         * @description Starts an asynchronous job that removes the account's transactions and sets the account status to Cancelled.
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account-key}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an account summary
         * @description Returns the account with its contacts and recent subscriptions, invoices, payments and usage.
         */
        get: operations["getAccountSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts (Object Query)
         * @description Lists Account objects with cursor pagination.
         */
        get: operations["queryAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/accounts/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an account (Object Query)
         * @description Returns one Account object by ID or number.
         */
        get: operations["queryAccountByKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices (Object Query)
         * @description Lists Invoice objects with cursor pagination.
         */
        get: operations["queryInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/invoices/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an invoice (Object Query)
         * @description Returns one Invoice object by ID or number.
         */
        get: operations["queryInvoiceByKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions (Object Query)
         * @description Lists Subscription objects with cursor pagination.
         */
        get: operations["querySubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List usage records (Object Query)
         * @description Lists Usage objects with cursor pagination.
         */
        get: operations["queryUsages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object-query/usages/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a usage record (Object Query)
         * @description Returns one Usage object by ID.
         */
        get: operations["queryUsageByKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all products
         * @description Returns the product catalog, newest UpdatedDate first, with page-based pagination.
         */
        get: operations["listCatalogProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/products/{product-key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a product
         * @description Returns one catalog product by ID, SKU or product number.
         */
        get: operations["getCatalogProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CRUD: Create a product
         * @description Creates a Product object. Unknown body fields are ignored unless rejectUnknownFields is true.
         */
        post: operations["crudCreateProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/product/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CRUD: Retrieve a product
         * @description Returns one Product object by ID.
         */
        get: operations["crudGetProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/product-rate-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CRUD: Create a product rate plan
         * @description Creates a ProductRatePlan object under a product. Unknown body fields are ignored unless rejectUnknownFields is true.
         */
        post: operations["crudCreateProductRatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/product-rate-plan/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CRUD: Retrieve a product rate plan
         * @description Returns one ProductRatePlan object by ID.
         */
        get: operations["crudGetProductRatePlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/product-rate-plan-charge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CRUD: Create a product rate plan charge
         * @description Creates a ProductRatePlanCharge (one-time, recurring or usage fee) with its pricing tiers. Unknown body fields are ignored unless rejectUnknownFields is true, in which case a 400 with a message body is returned.
         */
        post: operations["crudCreateProductRatePlanCharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/product-rate-plan-charge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CRUD: Retrieve a product rate plan charge
         * @description Returns one ProductRatePlanCharge object by ID.
         */
        get: operations["crudGetProductRatePlanCharge"];
        /**
         * CRUD: Update a product rate plan charge
         * @description Updates a ProductRatePlanCharge. Unknown body fields are ignored unless rejectUnknownFields is true, in which case a 400 with a message body is returned.
         */
        put: operations["crudUpdateProductRatePlanCharge"];
        post?: never;
        /**
         * CRUD: Delete a product rate plan charge
         * @description Deletes a ProductRatePlanCharge. Note the camelCase id/success in this response.
         */
        delete: operations["crudDeleteProductRatePlanCharge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a subscription
         * @description Creates a subscription for an existing account from one or more product rate plans.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/accounts/{account-key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions by account key
         * @description Returns the latest version of every subscription of an account, newest updatedDate first.
         */
        get: operations["getSubscriptionsByAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{subscription-key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a subscription by key
         * @description Returns the latest version of one subscription, with its rate plans and charges.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a standalone invoice
         * @description Creates a non-subscription (standalone) invoice for an account, as Draft unless status Posted is given.
         */
        post: operations["createStandaloneInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoiceKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an invoice
         * @description Returns one invoice by ID or number.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoiceKey}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all items of an invoice
         * @description Returns the items of one invoice with page-based pagination.
         */
        get: operations["getInvoiceItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CRUD: Create a usage record
         * @description Creates one Usage record. Identify the account by AccountId or AccountNumber. Unknown body fields are ignored unless rejectUnknownFields is true.
         */
        post: operations["crudCreateUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/object/usage/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Object ID. */
                id: components["parameters"]["CrudObjectId"];
            };
            cookie?: never;
        };
        /**
         * CRUD: Retrieve a usage record
         * @description Returns one Usage record by ID.
         */
        get: operations["crudGetUsage"];
        /**
         * CRUD: Update a usage record
         * @description Updates a Usage record. Unknown body fields are ignored unless rejectUnknownFields is true, in which case a 400 with a message body is returned.
         */
        put: operations["crudUpdateUsage"];
        post?: never;
        /**
         * CRUD: Delete a usage record
         * @description Deletes a Usage record. Note the camelCase id/success in this response.
         */
        delete: operations["crudDeleteUsage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a usage file
         * @description Uploads a CSV usage file (multipart/form-data). The import is atomic and runs after the upload; the response gives the byte count and a status URL.
         */
        post: operations["importUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/accounts/{account-key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve usage records of an account
         * @description Returns an account's usage records, newest first (older API).
         */
        get: operations["getUsageByAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-history/callout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List callout notification histories
         * @description Returns callout notification history records in a time window, failed ones only by default.
         */
        get: operations["listCalloutHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/notification-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notification definitions
         * @description Queries notification definitions with optional filters and start/limit paging.
         */
        get: operations["listNotificationDefinitions"];
        put?: never;
        /**
         * Create a notification definition
         * @description Creates a notification definition for a standard event (eventCategory) or a custom event (eventTypeName); give exactly one of the two.
         */
        post: operations["createNotificationDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/callout-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a callout template
         * @description Creates a callout template for a standard event (eventCategory) or a custom event (eventTypeName). Authentication variants add fields not modelled here.
         */
        post: operations["createCalloutTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/callout-histories/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend callout notifications
         * @description Resends up to 1000 callout notifications by history ID. 202 with an empty body when all succeed, 202 with per-ID errors when some fail, 400 with per-ID errors when all fail.
         */
        post: operations["resendCalloutNotifications"];
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
        /** @description Failure body of /v1 operations other than CRUD. Returned with 4XX/5XX and also with HTTP 200 for business-rule failures. Each code has 8 digits: a 6-digit resource code followed by a 2-digit category (e.g. 11 authentication failed, 20 invalid value, 22 missing required field, 40 not found, 50 lock contention, 70 concurrency limit). */
        CommonErrorResponse: {
            /** @description Always false for a failure. */
            success: boolean;
            /** @description Zuora-internal ID to quote to Zuora support. */
            processId?: string;
            reasons?: {
                /** @description Eight-digit error code. */
                code?: number;
                message?: string;
            }[];
        };
        /** @description Failure body of CRUD (/v1/object/...) operations, in PascalCase. */
        CrudErrorResponse: {
            /** @description Always false for a failure. */
            Success: boolean;
            Errors?: {
                /** @description Error code such as INVALID_VALUE. */
                Code?: string;
                Message?: string;
            }[];
        };
        /** @description Single-message error body (e.g. "Error - unrecognised fields"). */
        MessageErrorResponse: {
            message: string;
        };
        /** @description Error body whose fields the reference pages do not show. */
        UnspecifiedErrorResponse: Record<string, never>;
        /** @description Map from callout history ID to the error for that ID; empty when all were resent. */
        ResendCalloutErrorMap: {
            [key: string]: {
                /** @description Error code such as ObjectNotFound. */
                code?: string;
                message?: string;
            };
        };
        TokenRequest: {
            /** @description OAuth client ID. */
            client_id: string;
            /** @description OAuth client secret. */
            client_secret: string;
            /** @enum {string} */
            grant_type: "client_credentials";
        };
        TokenResponse: {
            access_token: string;
            /** @description Token type, bearer. */
            token_type: string;
            /** @description Lifetime in seconds. */
            expires_in: number;
            /** @description Space-separated scopes (user, entities, services, tenant). */
            scope?: string;
            /** @description Token identifier. */
            jti?: string;
        };
        SuccessFlagResponse: {
            success: boolean;
        };
        /** @description Contact details for a bill-to, sold-to or ship-to contact. */
        ContactInput: {
            address1?: string;
            address2?: string;
            city?: string;
            country?: string;
            county?: string;
            fax?: string;
            firstName?: string;
            homePhone?: string;
            lastName?: string;
            mobilePhone?: string;
            nickname?: string;
            otherPhone?: string;
            otherPhoneType?: string;
            personalEmail?: string;
            state?: string;
            taxRegion?: string;
            workEmail?: string;
            workPhone?: string;
            zipCode?: string;
        };
        /** @description A contact as returned by Zuora. */
        Contact: {
            id?: string;
            address1?: string;
            address2?: string;
            city?: string;
            country?: string | null;
            county?: string | null;
            fax?: string;
            firstName?: string;
            homePhone?: string;
            lastName?: string;
            mobilePhone?: string;
            nickname?: string;
            otherPhone?: string;
            otherPhoneType?: string | null;
            personalEmail?: string;
            state?: string;
            taxRegion?: string | null;
            workEmail?: string;
            workPhone?: string;
            zipCode?: string;
        };
        /** @description New account. Custom fields (name ending in __c) may be added. */
        CreateAccountRequest: {
            /** @description Unique account number; generated when omitted. */
            accountNumber?: string;
            additionalEmailAddresses?: string[];
            /** @description Order in which credit memos and unapplied payments are applied (with applyCredit). */
            applicationOrder?: ("CreditMemo" | "UnappliedPayment")[];
            applyCredit?: boolean;
            applyCreditBalance?: boolean;
            /** @description Whether future payments are collected automatically. */
            autoPay?: boolean;
            batch?: string;
            /**
             * Format: int64
             * @description Bill cycle day 1-31 (31 = end of month) or 0 for auto-set.
             */
            billCycleDay?: number;
            billToContact: components["schemas"]["ContactInput"];
            /** @default true */
            collect?: boolean;
            communicationProfileId?: string;
            /** @description Deprecated credit card container. */
            creditCard?: Record<string, never>;
            creditMemoReasonCode?: string;
            creditMemoTemplateId?: string;
            /** @description CRM account ID. */
            crmId?: string;
            /** @description Currency code configured in Billing Settings. */
            currency: string;
            customerServiceRepName?: string;
            debitMemoTemplateId?: string;
            /** Format: date */
            documentDate?: string;
            einvoiceProfile?: Record<string, never>;
            /** @default false */
            gatewayRoutingEligible?: boolean;
            hpmCreditCardPaymentMethodId?: string;
            /** @default false */
            invoiceDeliveryPrefsEmail?: boolean;
            /** @default false */
            invoiceDeliveryPrefsPrint?: boolean;
            invoiceTemplateId?: string;
            name: string;
            notes?: string;
            organizationLabel?: string;
            parentId?: string;
            /** @default false */
            partnerAccount?: boolean;
            paymentGateway?: string;
            /** @description Payment method to create for the account. */
            paymentMethod?: Record<string, never>;
            /** @description Payment term name, e.g. Net 30. */
            paymentTerm?: string;
            profileNumber?: string;
            purchaseOrderNumber?: string;
            /** @default true */
            runBilling?: boolean;
            salesRep?: string;
            sequenceSetId?: string | null;
            shipToContact?: components["schemas"]["ContactInput"];
            shipToSameAsBillTo?: boolean;
            soldToContact?: components["schemas"]["ContactInput"];
            soldToSameAsBillTo?: boolean;
            /** @description Optional subscription to create with the account. */
            subscription?: Record<string, never>;
            summaryStatementTemplateId?: string | null;
            tagging?: string;
            /** Format: date */
            targetDate?: string;
            /** @description Tax exemption information. */
            taxInfo?: Record<string, never>;
            Class__NS?: string;
            /** @enum {string} */
            CustomerType__NS?: "Company" | "Individual";
            Department__NS?: string;
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            Location__NS?: string;
            Subsidiary__NS?: string;
            SyncDate__NS?: string;
            /** @enum {string} */
            SynctoNetSuite__NS?: "Yes" | "No";
        } & {
            [key: string]: unknown;
        };
        CreateAccountResponse: {
            success?: boolean;
            accountId?: string;
            accountNumber?: string;
            billToContactId?: string;
            soldToContactId?: string;
        };
        /** @description Fields to change; omitted fields stay as they are. Custom fields (__c) may be added. */
        UpdateAccountRequest: {
            additionalEmailAddresses?: string[];
            autoPay?: boolean;
            batch?: string;
            billCycleDay?: number;
            billToContact?: components["schemas"]["ContactInput"];
            billToContactId?: string;
            communicationProfileId?: string;
            creditMemoTemplateId?: string;
            crmId?: string;
            customerServiceRepName?: string;
            debitMemoTemplateId?: string;
            defaultPaymentMethodId?: string;
            einvoiceProfile?: Record<string, never>;
            /** @default false */
            gatewayRoutingEligible?: boolean;
            invoiceDeliveryPrefsEmail?: boolean;
            invoiceDeliveryPrefsPrint?: boolean;
            invoiceTemplateId?: string;
            name?: string;
            notes?: string;
            parentId?: string;
            /** @default false */
            partnerAccount?: boolean;
            paymentGateway?: string;
            paymentTerm?: string;
            profileNumber?: string;
            purchaseOrderNumber?: string;
            salesRep?: string;
            sequenceSetId?: string | null;
            shipToContact?: components["schemas"]["ContactInput"];
            shipToContactId?: string;
            soldToContact?: components["schemas"]["ContactInput"];
            soldToContactId?: string;
            tagging?: string;
            summaryStatementTemplateId?: string | null;
            taxInfo?: Record<string, never>;
            Class__NS?: string;
            /** @enum {string} */
            CustomerType__NS?: "Company" | "Individual";
            Department__NS?: string;
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            Location__NS?: string;
            Subsidiary__NS?: string;
            SyncDate__NS?: string;
            /** @enum {string} */
            SynctoNetSuite__NS?: "Yes" | "No";
        } & {
            [key: string]: unknown;
        };
        DeleteAccountResponse: {
            /** @description Account ID. */
            id?: string;
            /** @description ID of the asynchronous deletion job. */
            jobId?: string;
            /** @description Status of the deletion job, e.g. Pending. */
            jobStatus?: string;
            success?: boolean;
        };
        AccountDetailResponse: {
            /** @description Core account attributes; account custom fields may also appear. */
            basicInfo?: {
                accountNumber?: string;
                batch?: string;
                communicationProfileId?: string;
                crmId?: string;
                id?: string;
                invoiceTemplateId?: string | null;
                name?: string;
                notes?: string;
                partnerAccount?: boolean;
                profileNumber?: string;
                salesRep?: string;
                sequenceSetId?: string | null;
                /** @description Account status, e.g. Active. */
                status?: string;
                summaryStatementTemplateId?: string | null;
            };
            billToContact?: components["schemas"]["Contact"];
            billingAndPayment?: {
                additionalEmailAddresses?: string[];
                autoPay?: boolean;
                billCycleDay?: number;
                currency?: string;
                defaultPaymentMethodId?: string;
                invoiceDeliveryPrefsEmail?: boolean;
                invoiceDeliveryPrefsPrint?: boolean;
                paymentMethodCascadingConsent?: boolean;
                paymentGateway?: string;
                paymentTerm?: string;
            };
            einvoiceProfile?: {
                businessCategory?: string;
                businessName?: string;
                businessNumber?: string;
                businessNumberSchemeId?: string;
                enabled?: boolean;
                endpointId?: string;
                endpointSchemeId?: string;
                taxRegisterNumber?: string;
            };
            metrics?: {
                balance?: number;
                contractedMrr?: number;
                creditBalance?: number;
                totalInvoiceBalance?: number;
            };
            /** @description Metrics per currency. */
            metricsData?: {
                balance?: number;
                contractedMrr?: number;
                currency?: string;
                reservedPaymentAmount?: number;
                totalDebitMemoBalance?: number;
                totalInvoiceBalance?: number;
                unappliedCreditMemoAmount?: number;
                unappliedPaymentAmount?: number;
            }[];
            soldToContact?: components["schemas"]["Contact"];
            success?: boolean;
        };
        AccountSummaryResponse: {
            basicInfo?: {
                accountNumber?: string;
                additionalEmailAddresses?: string[];
                autoPay?: boolean;
                balance?: number;
                billCycleDay?: number;
                currency?: string;
                defaultPaymentMethod?: {
                    creditCardExpirationMonth?: number;
                    creditCardExpirationYear?: number;
                    /** @description Masked card number. */
                    creditCardNumber?: string;
                    creditCardType?: string;
                    id?: string;
                    paymentMethodType?: string;
                };
                id?: string;
                invoiceDeliveryPrefsEmail?: boolean;
                invoiceDeliveryPrefsPrint?: boolean;
                /** Format: date */
                lastInvoiceDate?: string;
                lastPaymentAmount?: number;
                /** Format: date */
                lastPaymentDate?: string;
                name?: string;
                partnerAccount?: boolean;
                paymentMethodCascadingConsent?: boolean;
                status?: string;
            };
            billToContact?: components["schemas"]["Contact"];
            invoices?: {
                amount?: number;
                balance?: number;
                /** Format: date */
                dueDate?: string;
                id?: string;
                /** Format: date */
                invoiceDate?: string;
                invoiceNumber?: string;
                status?: string;
            }[];
            payments?: {
                /** Format: date */
                effectiveDate?: string;
                id?: string;
                paidInvoices?: {
                    appliedPaymentAmount?: number;
                    invoiceId?: string;
                    invoiceNumber?: string;
                }[];
                paymentNumber?: string;
                paymentType?: string;
                status?: string;
            }[];
            soldToContact?: components["schemas"]["Contact"];
            /** @description Up to six most recently updated subscriptions. */
            subscriptions?: {
                autoRenew?: boolean;
                id?: string;
                initialTerm?: number;
                ratePlans?: {
                    productName?: string;
                    ratePlanName?: string;
                }[];
                renewalTerm?: number;
                status?: string;
                subscriptionNumber?: string;
                /** Format: date */
                subscriptionStartDate?: string;
                /** Format: date */
                termEndDate?: string;
                /** Format: date */
                termStartDate?: string;
                termType?: string;
            }[];
            success?: boolean;
            usage?: {
                quantity?: number;
                /** @description Usage month, yyyy-mm. */
                startDate?: string;
                unitOfMeasure?: string;
            }[];
        };
        /** @description Account object. fields[] may reduce the returned fields, expand[] adds related objects, and custom fields (__c) may appear, so every field is optional. */
        ObjectQueryAccount: {
            accountNumber?: string;
            allowInvoiceEdit?: boolean;
            autoPay?: boolean;
            balance?: number;
            batch?: string;
            bcdSettingOption?: string;
            billCycleDay?: number;
            billToId?: string;
            createdById?: string;
            /** Format: date-time */
            createdDate?: string;
            creditBalance?: number;
            currency?: string;
            id?: string;
            invoiceDeliveryPrefsEmail?: boolean;
            invoiceDeliveryPrefsPrint?: boolean;
            invoiceTemplateId?: string;
            /** Format: date */
            lastInvoiceDate?: string;
            mrr?: number;
            name?: string;
            partnerAccount?: boolean;
            paymentMethodCascadingConsent?: boolean;
            paymentTerm?: string;
            soldToId?: string;
            status?: string;
            taxExemptStatus?: string;
            totalDebitMemoBalance?: number;
            totalInvoiceBalance?: number;
            unappliedBalance?: number;
            unappliedCreditMemoAmount?: number;
            updatedById?: string;
            /** Format: date-time */
            updatedDate?: string;
        } & {
            [key: string]: unknown;
        };
        ObjectQueryAccountList: {
            /** @description Cursor for the next page; absent on the last page. */
            nextPage?: string;
            data: components["schemas"]["ObjectQueryAccount"][];
        };
        /** @description Invoice object; fields are optional for the same reasons as for accounts. */
        ObjectQueryInvoice: {
            accountId?: string;
            adjustmentAmount?: number;
            amount?: number;
            amountWithoutTax?: number;
            autoPay?: boolean;
            balance?: number;
            billToContactId?: string;
            comments?: string;
            createdById?: string;
            /** Format: date-time */
            createdDate?: string;
            creditBalanceAdjustmentAmount?: number;
            creditMemoAmount?: number;
            currency?: string;
            /** Format: date */
            dueDate?: string;
            id?: string;
            includesOneTime?: boolean;
            includesRecurring?: boolean;
            includesUsage?: boolean;
            /** Format: date */
            invoiceDate?: string;
            invoiceNumber?: string;
            paymentAmount?: number;
            paymentTerm?: string;
            postedBy?: string;
            /** Format: date-time */
            postedDate?: string;
            refundAmount?: number;
            reversed?: boolean;
            sequenceSetId?: string;
            source?: string;
            sourceType?: string;
            status?: string;
            /** Format: date */
            targetDate?: string;
            taxAmount?: number;
            taxExemptAmount?: number;
            templateId?: string;
            updatedById?: string;
            /** Format: date-time */
            updatedDate?: string;
        } & {
            [key: string]: unknown;
        };
        ObjectQueryInvoiceList: {
            /** @description Cursor for the next page; absent on the last page. */
            nextPage?: string;
            data: components["schemas"]["ObjectQueryInvoice"][];
        };
        /** @description Subscription object; fields are optional for the same reasons as for accounts. */
        ObjectQuerySubscription: {
            accountId?: string;
            autoRenew?: boolean;
            cMRR?: number;
            /** Format: date */
            contractAcceptanceDate?: string;
            /** Format: date */
            contractEffectiveDate?: string;
            createdById?: string;
            /** Format: date-time */
            createdDate?: string;
            creatorAccountId?: string;
            creatorInvoiceOwnerId?: string;
            currency?: string;
            currentTerm?: number;
            currentTermPeriodType?: string;
            id?: string;
            initialTerm?: number;
            initialTermPeriodType?: string;
            invoiceOwnerId?: string;
            isInvoiceSeparate?: boolean;
            isLatestVersion?: boolean;
            isSingleVersioned?: boolean;
            /** Format: date */
            lastBookingDate?: string;
            /** @description Subscription number. */
            name?: string;
            orderId?: string;
            /** Format: date-time */
            originalCreatedDate?: string;
            originalId?: string;
            prepayment?: boolean;
            renewalSetting?: string;
            renewalTerm?: number;
            renewalTermPeriodType?: string;
            revision?: string;
            /** Format: date */
            serviceActivationDate?: string;
            status?: string;
            /** Format: date */
            subscriptionEndDate?: string;
            /** Format: date */
            subscriptionStartDate?: string;
            subscriptionVersionAmendmentId?: string;
            /** Format: date */
            termEndDate?: string;
            /** Format: date */
            termStartDate?: string;
            termType?: string;
            updatedById?: string;
            /** Format: date-time */
            updatedDate?: string;
            version?: number;
        } & {
            [key: string]: unknown;
        };
        ObjectQuerySubscriptionList: {
            /** @description Cursor for the next page; absent on the last page. */
            nextPage?: string;
            data: components["schemas"]["ObjectQuerySubscription"][];
        };
        /** @description Usage object; fields are optional for the same reasons as for accounts. Note the field name uOM. */
        ObjectQueryUsage: {
            accountId?: string;
            accountNumber?: string;
            createdById?: string;
            /** Format: date-time */
            createdDate?: string;
            id?: string;
            quantity?: number;
            rbeStatus?: string;
            sourceType?: string;
            /** Format: date-time */
            startDateTime?: string;
            /** Format: date-time */
            submissionDateTime?: string;
            subscriptionId?: string;
            uOM?: string;
            updatedById?: string;
            /** Format: date-time */
            updatedDate?: string;
        } & {
            [key: string]: unknown;
        };
        ObjectQueryUsageList: {
            /** @description Cursor for the next page; absent on the last page. */
            nextPage?: string;
            data: components["schemas"]["ObjectQueryUsage"][];
        };
        /** @description A catalog product. success is present when a single product is retrieved. */
        CatalogProduct: {
            category?: string;
            description?: string;
            /** Format: date */
            effectiveEndDate?: string;
            /** Format: date */
            effectiveStartDate?: string;
            id?: string;
            name?: string;
            productNumber?: string;
            /** @description The product's rate plans (the reference sample shows a URL string in this field). */
            productRatePlans?: string | Record<string, never>[];
            sku?: string;
            success?: boolean;
        } & {
            [key: string]: unknown;
        };
        CatalogProductListResponse: {
            products?: components["schemas"]["CatalogProduct"][];
            /** @description URL of the next page; absent when there are no more rows. */
            nextPage?: string;
            success?: boolean;
        };
        /** @description Result of a CRUD create or update. */
        CrudWriteResponse: {
            Id?: string;
            Success?: boolean;
        };
        /** @description Result of a CRUD delete (camelCase, unlike create/update). */
        CrudDeleteResponse: {
            id?: string;
            success?: boolean;
        };
        /** @description New Product. Custom fields (__c) may be added. */
        CrudCreateProductRequest: {
            /** @description Whether features may be added or removed on subscriptions. Default false. */
            AllowFeatureChanges?: boolean;
            /** @enum {string} */
            Category?: "Base Products" | "Add On Services" | "Miscellaneous Products";
            Description?: string;
            /** Format: date */
            EffectiveEndDate: string;
            /** Format: date */
            EffectiveStartDate: string;
            Name: string;
            /** @description Natural key; generated when omitted (WSDL version 133+). */
            ProductNumber?: string;
            /** @description Unique SKU; generated when omitted. */
            SKU?: string;
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            /** @enum {string} */
            ItemType__NS?: "Inventory" | "Non Inventory" | "Service";
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        CrudProduct: {
            CreatedById?: string;
            /** Format: date-time */
            CreatedDate?: string;
            Description?: string;
            /** Format: date */
            EffectiveEndDate?: string;
            /** Format: date */
            EffectiveStartDate?: string;
            Id?: string;
            Name?: string;
            SKU?: string;
            UpdatedById?: string;
            /** Format: date-time */
            UpdatedDate?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description New ProductRatePlan. Custom fields (__c) may be added. */
        CrudCreateProductRatePlanRequest: {
            /** @description Active currency codes (default currency plus at most four more). */
            ActiveCurrencies?: string[] | string;
            Description?: string;
            /** Format: date */
            EffectiveEndDate?: string;
            /** Format: date */
            EffectiveStartDate?: string;
            ExternalIdSourceSystem?: string;
            /** @description Comma-separated external rate plan IDs. */
            ExternalRatePlanIds?: string;
            Grade?: number;
            Name: string;
            ProductId: string;
            ProductRatePlanNumber?: string;
            /** @enum {string} */
            BillingPeriod__NS?: "Monthly" | "Quarterly" | "Annual" | "Semi-Annual";
            Class__NS?: string;
            Department__NS?: string;
            /** @enum {string} */
            IncludeChildren__NS?: "Yes" | "No";
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            /** @enum {string} */
            ItemType__NS?: "Inventory" | "Non Inventory" | "Service";
            Location__NS?: string;
            MultiCurrencyPrice__NS?: string;
            Price__NS?: string;
            Subsidiary__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        CrudProductRatePlan: {
            CreatedById?: string;
            /** Format: date-time */
            CreatedDate?: string;
            Description?: string;
            /** Format: date */
            EffectiveEndDate?: string;
            /** Format: date */
            EffectiveStartDate?: string;
            Grade?: number;
            Id?: string;
            Name?: string;
            ProductId?: string;
            UpdatedById?: string;
            /** Format: date-time */
            UpdatedDate?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Pricing container of a product rate plan charge. */
        ProductRatePlanChargeTierData: {
            /** @description Tiers for every currency, each currency's tiers in ascending StartingUnit order. */
            ProductRatePlanChargeTier?: {
                Currency?: string;
                Price?: number;
                /** @description First unit of the tier. */
                StartingUnit?: number | string;
                /** @description Last unit of the tier. */
                EndingUnit?: number | string;
                /** @description Price format, e.g. Per Unit. */
                PriceFormat?: string;
            }[];
        };
        /** @description New ProductRatePlanCharge. Custom fields (__c) may be added. */
        CrudCreateProductRatePlanChargeRequest: {
            AccountingCode?: string;
            /** @description Charge types a discount applies to, e.g. ONETIMERECURRINGUSAGE (all caps). */
            ApplyDiscountTo?: string;
            /**
             * Format: int32
             * @description Bill cycle day when BillCycleType is SpecificDayofMonth.
             */
            BillCycleDay?: number;
            /** @enum {string} */
            BillCycleType: "DefaultFromCustomer" | "SpecificDayofMonth" | "SubscriptionStartDay" | "ChargeTriggerDay" | "SpecificDayofWeek" | "TermStartDay" | "TermEndDay";
            /** @enum {string} */
            BillingPeriod: "Month" | "Quarter" | "Annual" | "Semi-Annual" | "Specific Months" | "Subscription Term" | "Week" | "Specific Weeks" | "Specific Days";
            /** @enum {string} */
            BillingPeriodAlignment?: "AlignToCharge" | "AlignToSubscriptionStart" | "AlignToTermStart" | "AlignToTermEnd";
            /**
             * @description Bill recurring charges in advance or in arrears.
             * @enum {string}
             */
            BillingTiming?: "In Advance" | "In Arrears";
            /** @enum {string} */
            ChargeModel: "Discount-Fixed Amount" | "Discount-Percentage" | "Flat Fee Pricing" | "Per Unit Pricing" | "Overage Pricing" | "Tiered Pricing" | "Tiered with Overage Pricing" | "Volume Pricing" | "Delivery Pricing" | "MultiAttributePricing" | "PreratedPerUnit" | "PreratedPricing" | "HighWatermarkVolumePricing" | "HighWatermarkTieredPricing";
            /** @description Charge model configuration (pre-rated and multi-attribute pricing). */
            ChargeModelConfiguration?: Record<string, never>;
            /** @enum {string} */
            ChargeType: "OneTime" | "Recurring" | "Usage";
            /**
             * Format: double
             * @description Default unit count; needed for per-unit pricing.
             */
            DefaultQuantity?: number;
            DeferredRevenueAccount?: string;
            Description?: string;
            /** @enum {string} */
            DiscountLevel?: "rateplan" | "subscription" | "account";
            /**
             * @default SubscriptionEnd
             * @enum {string}
             */
            EndDateCondition?: "SubscriptionEnd" | "FixedPeriod";
            /** @default false */
            ExcludeItemBillingFromRevenueAccounting?: boolean;
            /** @default false */
            ExcludeItemBookingFromRevenueAccounting?: boolean;
            /** Format: double */
            IncludedUnits?: number;
            IsAllocationEligible?: boolean;
            IsStackedDiscount?: boolean;
            IsUnbilled?: boolean;
            LegacyRevenueReporting?: boolean;
            /** @enum {string} */
            ListPriceBase?: "Per Billing Period" | "Per Month" | "Per Week" | "Per Year" | "Per Specific Months";
            /** Format: double */
            MaxQuantity?: number;
            /** Format: double */
            MinQuantity?: number;
            Name: string;
            /**
             * Format: int64
             * @description Periods used by overage smoothing.
             */
            NumberOfPeriod?: number;
            /** @enum {string} */
            OverageCalculationOption?: "EndOfSmoothingPeriod" | "PerBillingPeriod";
            /** @enum {string|null} */
            OverageUnusedUnitsCreditOption?: "NoCredit" | "CreditBySpecificRate" | null;
            /**
             * @default NoChange
             * @enum {string}
             */
            PriceChangeOption?: "NoChange" | "SpecificPercentageValue" | "UseLatestProductCatalogPricing";
            /** @enum {string} */
            PriceIncreaseOption?: "FromTenantPercentageValue" | "SpecificPercentageValue";
            /** Format: double */
            PriceIncreasePercentage?: number | null;
            ProductCategory?: string;
            ProductClass?: string;
            ProductFamily?: string;
            ProductLine?: string;
            /** @description Natural key of the charge; generated when omitted. */
            ProductRatePlanChargeNumber?: string;
            ProductRatePlanChargeTierData: components["schemas"]["ProductRatePlanChargeTierData"];
            ProductRatePlanId: string;
            /**
             * @description How usage records are grouped for rating (usage charges only).
             * @default ByBillingPeriod
             * @enum {string|null}
             */
            RatingGroup?: "ByBillingPeriod" | "ByUsageStartDate" | "ByUsageRecord" | "ByUsageUpload" | "ByGroupId" | null;
            RecognizedRevenueAccount?: string;
            RevRecCode?: string | null;
            /** @enum {string|null} */
            RevRecTriggerCondition?: "ContractEffectiveDate" | "ServiceActivationDate" | "CustomerAcceptanceDate" | null;
            /** @enum {string} */
            RevenueRecognitionRuleName?: "Recognize upon invoicing" | "Recognize daily over time";
            /** @enum {string|null} */
            SmoothingModel?: "RollingWindow" | "Rollover" | null;
            /** Format: int64 */
            SpecificBillingPeriod?: number | null;
            /** Format: int32 */
            SpecificListPriceBase?: number | null;
            TaxCode?: string;
            /** @enum {string|null} */
            TaxMode?: "TaxExclusive" | "TaxInclusive" | null;
            Taxable?: boolean;
            /** @enum {string} */
            TriggerEvent: "ContractEffective" | "ServiceActivation" | "CustomerAcceptance";
            /** @description Unit of measure; needed for per-unit, volume, overage and tiered models. */
            UOM?: string | null;
            /** Format: int64 */
            UpToPeriods?: number | null;
            /**
             * @default Billing Periods
             * @enum {string|null}
             */
            UpToPeriodsType?: "Billing Periods" | "Days" | "Weeks" | "Months" | "Years" | null;
            /**
             * @default EndOfBillingPeriod
             * @enum {string|null}
             */
            UsageRecordRatingOption?: "EndOfBillingPeriod" | "OnDemand" | null;
            UseDiscountSpecificAccountingCode: boolean | null;
            UseTenantDefaultForPriceChange?: boolean;
            /** @enum {string} */
            WeeklyBillCycleDay?: "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday";
            ApplyToBillingPeriodPartially?: boolean;
            /** @description Price lookup formula. */
            Formula?: string;
            Class__NS?: string;
            DeferredRevAccount__NS?: string;
            Department__NS?: string;
            /** @enum {string} */
            IncludeChildren__NS?: "Yes" | "No";
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            /** @enum {string} */
            ItemType__NS?: "Inventory" | "Non Inventory" | "Service";
            Location__NS?: string;
            RecognizedRevAccount__NS?: string;
            /** @enum {string} */
            RevRecEnd__NS?: "Charge Period Start" | "Rev Rec Trigger Date" | "Use NetSuite Rev Rec Template";
            /** @enum {string} */
            RevRecStart__NS?: "Charge Period Start" | "Rev Rec Trigger Date" | "Use NetSuite Rev Rec Template";
            RevRecTemplateType__NS?: string;
            Subsidiary__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Fields of the ProductRatePlanCharge to change. Custom fields (__c) may be added. */
        CrudUpdateProductRatePlanChargeRequest: {
            AccountingCode?: string;
            /** @description Charge types a discount applies to, e.g. ONETIMERECURRINGUSAGE (all caps). */
            ApplyDiscountTo?: string;
            /**
             * Format: int32
             * @description Bill cycle day when BillCycleType is SpecificDayofMonth.
             */
            BillCycleDay?: number;
            /** @enum {string} */
            BillCycleType?: "DefaultFromCustomer" | "SpecificDayofMonth" | "SubscriptionStartDay" | "ChargeTriggerDay" | "SpecificDayofWeek" | "TermStartDay" | "TermEndDay";
            /** @enum {string} */
            BillingPeriod?: "Month" | "Quarter" | "Annual" | "Semi-Annual" | "Specific Months" | "Subscription Term" | "Week" | "Specific Weeks" | "Specific Days";
            /** @enum {string} */
            BillingPeriodAlignment?: "AlignToCharge" | "AlignToSubscriptionStart" | "AlignToTermStart" | "AlignToTermEnd";
            /**
             * @description Bill recurring charges in advance or in arrears.
             * @enum {string}
             */
            BillingTiming?: "In Advance" | "In Arrears";
            /** @enum {string} */
            ChargeModel?: "Discount-Fixed Amount" | "Discount-Percentage" | "Flat Fee Pricing" | "Per Unit Pricing" | "Overage Pricing" | "Tiered Pricing" | "Tiered with Overage Pricing" | "Volume Pricing" | "Delivery Pricing" | "MultiAttributePricing" | "PreratedPerUnit" | "PreratedPricing" | "HighWatermarkVolumePricing" | "HighWatermarkTieredPricing";
            /** @description Charge model configuration (pre-rated and multi-attribute pricing). */
            ChargeModelConfiguration?: Record<string, never>;
            /**
             * Format: double
             * @description Default unit count; needed for per-unit pricing.
             */
            DefaultQuantity?: number;
            DeferredRevenueAccount?: string;
            Description?: string;
            /** @enum {string} */
            DiscountLevel?: "rateplan" | "subscription" | "account";
            /**
             * @default SubscriptionEnd
             * @enum {string}
             */
            EndDateCondition?: "SubscriptionEnd" | "FixedPeriod";
            /** @default false */
            ExcludeItemBillingFromRevenueAccounting?: boolean;
            /** @default false */
            ExcludeItemBookingFromRevenueAccounting?: boolean;
            /** Format: double */
            IncludedUnits?: number;
            IsAllocationEligible?: boolean;
            IsStackedDiscount?: boolean;
            IsUnbilled?: boolean;
            LegacyRevenueReporting?: boolean;
            /** @enum {string} */
            ListPriceBase?: "Per Billing Period" | "Per Month" | "Per Week" | "Per Year" | "Per Specific Months";
            /** Format: double */
            MaxQuantity?: number;
            /** Format: double */
            MinQuantity?: number;
            Name?: string;
            /**
             * Format: int64
             * @description Periods used by overage smoothing.
             */
            NumberOfPeriod?: number;
            /** @enum {string|null} */
            OverageCalculationOption?: "EndOfSmoothingPeriod" | "PerBillingPeriod" | null;
            /** @enum {string|null} */
            OverageUnusedUnitsCreditOption?: "NoCredit" | "CreditBySpecificRate" | null;
            /**
             * @default NoChange
             * @enum {string|null}
             */
            PriceChangeOption?: "NoChange" | "SpecificPercentageValue" | "UseLatestProductCatalogPricing" | null;
            /** @enum {string} */
            PriceIncreaseOption?: "FromTenantPercentageValue" | "SpecificPercentageValue";
            /** Format: double */
            PriceIncreasePercentage?: number | null;
            ProductCategory?: string;
            ProductClass?: string;
            ProductFamily?: string;
            ProductLine?: string;
            /** @description Natural key of the charge; generated when omitted. */
            ProductRatePlanChargeNumber?: string;
            ProductRatePlanChargeTierData?: components["schemas"]["ProductRatePlanChargeTierData"];
            ProductRatePlanId?: string;
            /**
             * @description How usage records are grouped for rating (usage charges only).
             * @default ByBillingPeriod
             * @enum {string|null}
             */
            RatingGroup?: "ByBillingPeriod" | "ByUsageStartDate" | "ByUsageRecord" | "ByUsageUpload" | "ByGroupId" | null;
            RecognizedRevenueAccount?: string;
            RevRecCode?: string | null;
            /** @enum {string|null} */
            RevRecTriggerCondition?: "ContractEffectiveDate" | "ServiceActivationDate" | "CustomerAcceptanceDate" | null;
            /** @enum {string} */
            RevenueRecognitionRuleName?: "Recognize upon invoicing" | "Recognize daily over time";
            /** @enum {string|null} */
            SmoothingModel?: "RollingWindow" | "Rollover" | null;
            /** Format: int64 */
            SpecificBillingPeriod?: number | null;
            /** Format: int32 */
            SpecificListPriceBase?: number | null;
            TaxCode?: string;
            /** @enum {string|null} */
            TaxMode?: "TaxExclusive" | "TaxInclusive" | null;
            Taxable?: boolean;
            /** @enum {string} */
            TriggerEvent?: "ContractEffective" | "ServiceActivation" | "CustomerAcceptance";
            /** @description Unit of measure; needed for per-unit, volume, overage and tiered models. */
            UOM?: string | null;
            /** Format: int64 */
            UpToPeriods?: number | null;
            /**
             * @default Billing Periods
             * @enum {string|null}
             */
            UpToPeriodsType?: "Billing Periods" | "Days" | "Weeks" | "Months" | "Years" | null;
            /**
             * @default EndOfBillingPeriod
             * @enum {string|null}
             */
            UsageRecordRatingOption?: "EndOfBillingPeriod" | "OnDemand" | null;
            UseDiscountSpecificAccountingCode?: boolean | null;
            UseTenantDefaultForPriceChange?: boolean;
            /** @enum {string} */
            WeeklyBillCycleDay?: "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday";
            ApplyToBillingPeriodPartially?: boolean;
            /** @description Price lookup formula. */
            Formula?: string;
            Class__NS?: string;
            DeferredRevAccount__NS?: string;
            Department__NS?: string;
            /** @enum {string} */
            IncludeChildren__NS?: "Yes" | "No";
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            /** @enum {string} */
            ItemType__NS?: "Inventory" | "Non Inventory" | "Service";
            Location__NS?: string;
            RecognizedRevAccount__NS?: string;
            /** @enum {string} */
            RevRecEnd__NS?: "Charge Period Start" | "Rev Rec Trigger Date" | "Use NetSuite Rev Rec Template";
            /** @enum {string} */
            RevRecStart__NS?: "Charge Period Start" | "Rev Rec Trigger Date" | "Use NetSuite Rev Rec Template";
            RevRecTemplateType__NS?: string;
            Subsidiary__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A ProductRatePlanCharge as the retrieve operation answers it: every field object_getproductrateplancharge.md documents, typed as documented (fields the charge does not set take their documented default or an empty value), unless the fields query parameter narrows the answer. Custom fields (__c) may appear. */
        CrudProductRatePlanCharge: {
            AccountingCode?: string;
            ApplyDiscountTo?: string;
            /** Format: int32 */
            BillCycleDay?: number;
            BillCycleType?: string;
            BillingPeriod?: string;
            BillingPeriodAlignment?: string;
            BillingTiming?: string;
            ChargeFunction?: string;
            CommitmentType?: string;
            ChargeModel?: string;
            ChargeType?: string;
            CreatedById?: string;
            /** Format: date-time */
            CreatedDate?: string;
            /** Format: double */
            DefaultQuantity?: number;
            DeferredRevenueAccount?: string;
            Description?: string;
            DiscountLevel?: string;
            EndDateCondition?: string;
            ExcludeItemBillingFromRevenueAccounting?: boolean;
            ExcludeItemBookingFromRevenueAccounting?: boolean;
            Id?: string;
            /** Format: double */
            IncludedUnits?: number;
            LegacyRevenueReporting?: boolean;
            ListPriceBase?: string;
            /** Format: double */
            MaxQuantity?: number;
            /** Format: double */
            MinQuantity?: number;
            Name?: string;
            /** Format: int64 */
            NumberOfPeriod?: number;
            OverageCalculationOption?: string | null;
            OverageUnusedUnitsCreditOption?: string | null;
            PriceChangeOption?: string | null;
            /** Format: double */
            PriceIncreasePercentage?: number | null;
            ProductRatePlanId?: string;
            ProrationOption?: string;
            RatingGroup?: string | null;
            RecognizedRevenueAccount?: string;
            RevRecCode?: string | null;
            RevRecTriggerCondition?: string | null;
            RevenueRecognitionRuleName?: string;
            SmoothingModel?: string | null;
            /** Format: int64 */
            SpecificBillingPeriod?: number | null;
            SpecificListPriceBase?: number | null;
            TaxCode?: string;
            TaxMode?: string | null;
            Taxable?: boolean;
            TriggerEvent?: string;
            UOM?: string | null;
            /** Format: int64 */
            UpToPeriods?: number | null;
            UpToPeriodsType?: string | null;
            UpdatedById?: string;
            /** Format: date-time */
            UpdatedDate?: string;
            UseDiscountSpecificAccountingCode?: boolean | null;
            UseTenantDefaultForPriceChange?: boolean;
            WeeklyBillCycleDay?: string;
            IsAllocationEligible?: boolean;
            IsUnbilled?: boolean;
            ProductCategory?: string;
            ProductClass?: string;
            ProductFamily?: string;
            ProductLine?: string;
            ReflectDiscountInNetAmount?: boolean;
            RevenueRecognitionTiming?: string;
            RevenueAmortizationMethod?: string;
            ApplyToBillingPeriodPartially?: boolean;
            Formula?: string;
            Class__NS?: string;
            DeferredRevAccount__NS?: string;
            Department__NS?: string;
            IncludeChildren__NS?: string;
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            ItemType__NS?: string;
            Location__NS?: string;
            RecognizedRevAccount__NS?: string;
            RevRecEnd__NS?: string;
            RevRecStart__NS?: string;
            RevRecTemplateType__NS?: string;
            Subsidiary__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description New Usage record. Give AccountId or AccountNumber. Custom fields (__c) may be added. */
        CrudCreateUsageRequest: {
            AccountId?: string;
            AccountNumber?: string;
            /** @description Original ID of the related rate plan charge. */
            ChargeId?: string;
            /** @description Number of the related rate plan charge, e.g. C-00000007. */
            ChargeNumber?: string;
            Description?: string;
            /**
             * Format: date-time
             * @description End of the usage period (reporting only).
             */
            EndDateTime?: string;
            /** @description Charge number for dynamic usage charges (WSDL version 146+). */
            ProductRatePlanChargeNumber?: string;
            /** Format: double */
            Quantity: number;
            /**
             * Format: date-time
             * @description Start of the usage period; determines the usage date.
             */
            StartDateTime: string;
            SubscriptionId?: string;
            SubscriptionNumber?: string;
            /** @description Unit of measure configured in Billing Settings. */
            UOM: string;
            /** @description External unique reference (WSDL version 114+). */
            UniqueKey?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Fields of the Usage record to change. Custom fields (__c) may be added. */
        CrudUpdateUsageRequest: {
            /** Format: date-time */
            EndDateTime?: string;
            /** Format: double */
            Quantity?: number;
            /** @enum {string} */
            RbeStatus?: "Importing" | "Pending" | "Processed";
            /** Format: date-time */
            StartDateTime?: string;
            UOM?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A Usage record. Custom fields (__c) may appear. */
        CrudUsage: {
            AccountId?: string;
            AccountNumber?: string;
            ChargeId?: string;
            ChargeNumber?: string;
            CreatedById?: string;
            /** Format: date-time */
            CreatedDate?: string;
            Description?: string;
            Id?: string;
            Quantity?: number;
            RbeStatus?: string;
            SourceType?: string;
            /** Format: date-time */
            StartDateTime?: string;
            /** Format: date-time */
            SubmissionDateTime?: string;
            SubscriptionId?: string;
            SubscriptionNumber?: string;
            UOM?: string;
            UpdatedById?: string;
            /** Format: date-time */
            UpdatedDate?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description New subscription for an existing account. Custom fields (__c) may be added. */
        CreateSubscriptionRequest: {
            /** @description Account number or ID. */
            accountKey: string;
            applicationOrder?: ("CreditMemo" | "UnappliedPayment")[];
            applyCredit?: boolean;
            applyCreditBalance?: boolean;
            /** @default false */
            autoRenew?: boolean;
            /** @default true */
            collect?: boolean;
            /** Format: date */
            contractEffectiveDate: string;
            creditMemoReasonCode?: string;
            /** Format: date */
            customerAcceptanceDate?: string;
            /** Format: date */
            documentDate?: string;
            /** @enum {string} */
            externallyManagedBy?: "Amazon" | "Apple" | "Google" | "Roku";
            gatewayId?: string;
            /**
             * Format: int64
             * @description Length of the first term; required and > 0 for TERMED.
             */
            initialTerm?: number;
            /** @enum {string} */
            initialTermPeriodType?: "Month" | "Year" | "Day" | "Week";
            invoiceOwnerAccountKey?: string;
            invoiceSeparately?: boolean;
            /** Format: date */
            lastBookingDate?: string;
            notes?: string;
            paymentMethodId?: string;
            prepayment?: boolean;
            /** @enum {string} */
            renewalSetting?: "RENEW_WITH_SPECIFIC_TERM" | "RENEW_TO_EVERGREEN";
            /** Format: int64 */
            renewalTerm: number;
            /** @enum {string} */
            renewalTermPeriodType?: "Month" | "Year" | "Day" | "Week";
            /** @default true */
            runBilling?: boolean;
            /** Format: date */
            serviceActivationDate?: string;
            subscribeToRatePlans: components["schemas"]["SubscribeToRatePlan"][];
            subscriptionNumber?: string;
            /** Format: date */
            targetDate?: string;
            /** Format: date */
            termStartDate?: string;
            /** @enum {string} */
            termType: "TERMED" | "EVERGREEN";
            CpqBundleJsonId__QT?: string;
            /** Format: date */
            OpportunityCloseDate__QT?: string;
            OpportunityName__QT?: string;
            QuoteBusinessType__QT?: string;
            QuoteNumber__QT?: string;
            QuoteType__QT?: string;
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            Project__NS?: string;
            SalesOrder__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A product rate plan to subscribe to. Only productRatePlanId is shown in the reference; further nested fields (e.g. charge overrides) are passed through. */
        SubscribeToRatePlan: {
            productRatePlanId?: string;
        };
        CreateSubscriptionResponse: {
            success?: boolean;
            subscriptionId?: string;
            subscriptionNumber?: string;
            contractedMrr?: number;
            totalContractedValue?: number;
        };
        /** @description Basic information of the owner or invoice-owner account. */
        SubscriptionAccountDetails: {
            accountNumber?: string;
            batch?: string;
            communicationProfileId?: string;
            crmId?: string;
            id?: string;
            invoiceTemplateId?: string | null;
            name?: string;
            notes?: string;
            partnerAccount?: boolean;
            profileNumber?: string;
            salesRep?: string;
            sequenceSetId?: string | null;
            status?: string;
            summaryStatementTemplateId?: string | null;
            purchaseOrderNumber?: string;
        };
        SubscriptionRatePlanCharge: {
            amendedByOrderOn?: string | null;
            applyDiscountTo?: string | null;
            billingDay?: string;
            billingPeriod?: string;
            billingPeriodAlignment?: string;
            billingTiming?: string | null;
            chargeModelConfiguration?: Record<string, never> | null;
            /** Format: date */
            chargedThroughDate?: string | null;
            currency?: string;
            description?: string;
            discountAmount?: number | null;
            discountApplyDetails?: {
                appliedProductName?: string;
                appliedProductRatePlanChargeId?: string;
                appliedProductRatePlanChargeName?: string;
                appliedProductRatePlanId?: string;
                appliedProductRatePlanName?: string;
            }[] | null;
            discountClass?: string | null;
            discountLevel?: string | null;
            discountPercentage?: number | null;
            dmrc?: number;
            done?: boolean;
            dtcv?: number;
            /** Format: date */
            effectiveEndDate?: string;
            /** Format: date */
            effectiveStartDate?: string;
            endDateCondition?: string;
            id?: string;
            includedUnits?: number | null;
            inputArgumentId?: string | null;
            invoiceScheduleId?: string;
            listPriceBase?: string | null;
            /** @description Charge model, e.g. FlatFee. */
            model?: string;
            mrr?: number;
            name?: string;
            /** @description Charge number, e.g. C-00032238. */
            number?: string;
            numberOfDeliveries?: number;
            numberOfPeriods?: number | null;
            originalChargeId?: string;
            /** Format: date */
            originalOrderDate?: string;
            overageCalculationOption?: string | null;
            overagePrice?: number | null;
            overageUnusedUnitsCreditOption?: string | null;
            price?: number | null;
            priceChangeOption?: string | null;
            priceIncreasePercentage?: number | null;
            pricingSummary?: string;
            /** Format: date */
            processedThroughDate?: string | null;
            productRatePlanChargeId?: string;
            quantity?: number | null;
            ratingGroup?: string | null;
            segment?: number;
            smoothingModel?: string | null;
            specificBillingPeriod?: number | null;
            /** Format: date */
            specificEndDate?: string | null;
            subscriptionChargeDeliverySchedule?: Record<string, never>;
            subscriptionChargeIntervalPricing?: Record<string, never>[];
            tcv?: number;
            tiers?: Record<string, never>[] | null;
            /** Format: date */
            triggerDate?: string | null;
            triggerEvent?: string;
            /** @description Charge type, e.g. Recurring. */
            type?: string;
            unusedUnitsCreditRates?: number | null;
            uom?: string | null;
            upToPeriods?: number | null;
            upToPeriodsType?: string | null;
            usageRecordRatingOption?: string | null;
            version?: number;
        };
        SubscriptionRatePlan: {
            id?: string;
            productId?: string;
            productName?: string;
            productRatePlanId?: string;
            productSku?: string;
            contractedNetMrr?: number;
            contractedMrr?: number;
            asOfDayGrossMrr?: number;
            asOfDayNetMrr?: number;
            netTotalContractedValue?: number;
            ratePlanCharges?: components["schemas"]["SubscriptionRatePlanCharge"][];
            ratePlanName?: string;
        };
        /** @description Latest version of a subscription. success appears on the single-subscription response; subscription custom fields (__c) may appear. */
        Subscription: {
            accountId?: string;
            accountName?: string;
            accountNumber?: string;
            accountOwnerDetails?: components["schemas"]["SubscriptionAccountDetails"];
            invoiceOwnerAccountDetails?: components["schemas"]["SubscriptionAccountDetails"];
            autoRenew?: boolean;
            billToContact?: components["schemas"]["Contact"];
            /** Format: date */
            contractEffectiveDate?: string;
            contractedMrr?: number;
            contractedNetMrr?: number;
            asOfDayGrossMrr?: number;
            asOfDayNetMrr?: number;
            netTotalContractedValue?: number;
            currency?: string;
            currentTerm?: number;
            currentTermPeriodType?: string;
            /** Format: date */
            customerAcceptanceDate?: string;
            id?: string;
            initialTerm?: number;
            initialTermPeriodType?: string;
            invoiceGroupNumber?: string;
            invoiceOwnerAccountId?: string;
            invoiceOwnerAccountName?: string;
            invoiceOwnerAccountNumber?: string;
            invoiceScheduleId?: string;
            invoiceSeparately?: boolean;
            invoiceTemplateId?: string;
            invoiceTemplateName?: string;
            notes?: string;
            paymentTerm?: string;
            ratePlans?: components["schemas"]["SubscriptionRatePlan"][];
            renewalSetting?: string;
            renewalTerm?: number;
            renewalTermPeriodType?: string;
            revision?: string;
            sequenceSetId?: string;
            sequenceSetName?: string;
            /** Format: date */
            serviceActivationDate?: string;
            soldToContact?: components["schemas"]["Contact"];
            status?: string;
            subscriptionNumber?: string;
            /** Format: date */
            subscriptionStartDate?: string;
            success?: boolean;
            /** Format: date */
            termEndDate?: string;
            /** Format: date */
            termStartDate?: string;
            termType?: string;
            totalContractedValue?: number;
            version?: number;
        } & {
            [key: string]: unknown;
        };
        SubscriptionListResponse: {
            subscriptions?: components["schemas"]["Subscription"][];
            /** @description URL of the next page; absent when there are no more rows. */
            nextPage?: string;
            success?: boolean;
        };
        /** @description New standalone invoice. Give accountId or accountNumber (both must match if both are given). Custom fields (__c) may be added. */
        CreateStandaloneInvoiceRequest: {
            accountId?: string;
            accountNumber?: string;
            /** @default false */
            autoPay?: boolean;
            billToContact?: components["schemas"]["ContactInput"];
            billToContactId?: string;
            comments?: string;
            currency?: string;
            /** @description Home and/or reporting currency custom FX rates. */
            customRates?: Record<string, never>[];
            /** Format: date */
            dueDate?: string;
            /** Format: date */
            invoiceDate: string;
            invoiceItems?: components["schemas"]["StandaloneInvoiceItemInput"][];
            /** @description Custom unique invoice number. */
            invoiceNumber?: string;
            paymentTerm?: string;
            sequenceSet?: string;
            shipToContact?: components["schemas"]["ContactInput"];
            shipToContactId?: string;
            /** @default false */
            shipToSameAsBillTo?: boolean;
            soldToContact?: components["schemas"]["ContactInput"];
            soldToContactId?: string;
            /** @default false */
            soldToSameAsBillTo?: boolean;
            /**
             * @default Draft
             * @enum {string}
             */
            status?: "Draft" | "Posted";
            templateId?: string;
            /** @enum {string} */
            transferredToAccounting?: "Processing" | "Error" | "Ignore" | "Yes" | "No";
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One invoice item. Setting productRatePlanChargeId bills an existing catalog charge; omitting it creates an item from a new charge. Further item fields are passed through. */
        StandaloneInvoiceItemInput: {
            amount?: number;
            /** Format: date */
            serviceStartDate?: string;
            productRatePlanChargeId?: string;
            taxCode?: string;
            /** @enum {string} */
            taxMode?: "TaxExclusive" | "TaxInclusive";
            /** @description Tax computed by an external tax engine. */
            taxItems?: {
                taxCode?: string;
                /** @enum {string} */
                taxMode?: "TaxExclusive" | "TaxInclusive";
            }[];
        };
        /** @description An invoice. Invoice custom fields (__c) may appear. */
        Invoice: {
            id?: string;
            invoiceNumber?: string;
            accountId?: string;
            amount?: number;
            amountWithoutTax?: number;
            discount?: number;
            /** Format: date */
            invoiceDate?: string;
            /** Format: date */
            dueDate?: string;
            autoPay?: boolean;
            comments?: string | null;
            /** @description Invoice status, e.g. Draft or Posted. */
            status?: string;
            taxAmount?: number;
            taxExemptAmount?: number;
            transferredToAccounting?: string | null;
            /** @description e.g. Standalone or Subscription. */
            sourceType?: string;
            billToContactId?: string | null;
            soldToContactId?: string | null;
            templateId?: string | null;
            paymentTerm?: string | null;
            sequenceSetId?: string | null;
            adjustmentAmount?: number;
            balance?: number;
            billToContactSnapshotId?: string | null;
            creditMemoAmount?: number;
            includesOneTime?: boolean;
            includesRecurring?: boolean;
            includesUsage?: boolean;
            lastEmailSentDate?: string | null;
            paymentAmount?: number;
            postedBy?: string | null;
            postedDate?: string | null;
            refundAmount?: number;
            soldToContactSnapshotId?: string | null;
            source?: string;
            sourceId?: string | null;
            /** Format: date */
            targetDate?: string | null;
            taxMessage?: string | null;
            taxStatus?: string;
            createdById?: string;
            /** @description Timestamp, yyyy-mm-dd hh:mm:ss. */
            createdDate?: string;
            updatedById?: string;
            /** @description Timestamp, yyyy-mm-dd hh:mm:ss. */
            updatedDate?: string;
            billRunId?: string | null;
            currency?: string;
            invoiceGroupNumber?: string | null;
            success?: boolean;
            IntegrationId__NS?: string;
            IntegrationStatus__NS?: string;
            SyncDate__NS?: string;
        } & {
            [key: string]: unknown;
        };
        TaxationItem: {
            balance?: number;
            creditAmount?: number;
            exemptAmount?: number;
            id?: string;
            jurisdiction?: string;
            locationCode?: string;
            name?: string;
            paymentAmount?: number;
            taxAmount?: number;
            taxCode?: string;
            taxCodeDescription?: string | null;
            /** Format: date */
            taxDate?: string;
            taxRate?: number;
            taxRateDescription?: string;
            taxRateType?: string;
        };
        /** @description An invoice item. Invoice item custom fields (__c) may appear. */
        InvoiceItem: {
            appliedToItemId?: string | null;
            balance?: number;
            chargeAmount?: number;
            /** @description Timestamp, yyyy-mm-dd hh:mm:ss. */
            chargeDate?: string;
            chargeDescription?: string;
            chargeId?: string;
            chargeName?: string;
            chargeType?: string;
            description?: string;
            commitmentId?: string;
            commitmentPeriodId?: string;
            excludeItemBillingFromRevenueAccounting?: boolean;
            id?: string;
            invoiceScheduleId?: string;
            invoiceScheduleItemId?: string;
            numberOfDeliveries?: number;
            processingType?: string;
            productName?: string;
            quantity?: number;
            /** Format: date */
            serviceEndDate?: string;
            /** Format: date */
            serviceStartDate?: string;
            soldToContactId?: string;
            soldToContactSnapshotId?: string;
            sourceItemType?: string;
            subscriptionId?: string;
            subscriptionName?: string;
            taxAmount?: number;
            taxationItems?: {
                data?: components["schemas"]["TaxationItem"][];
            };
            unitOfMeasure?: string;
            unitPrice?: number;
        } & {
            [key: string]: unknown;
        };
        InvoiceItemListResponse: {
            invoiceItems?: components["schemas"]["InvoiceItem"][];
            /** @description URL of the next page; absent when there are no more rows. */
            nextPage?: string;
            success?: boolean;
        };
        UsageImportRequest: {
            /**
             * Format: binary
             * @description Usage file (CSV, at most 4 MB, file name at most 50 characters) with the columns ACCOUNT_ID, UOM, QTY, STARTDATE, ENDDATE, PRODUCT_RATE_PLAN_CHARGE_ID, SUBSCRIPTION_ID, CHARGE_ID, DESCRIPTION and optionally UNIQUE_KEY.
             */
            file: string;
        };
        UsageImportResponse: {
            /** @description Path for checking the import status (Pending, Processing, Completed, Canceled or Failed). */
            checkImportStatus?: string;
            /** @description Bytes received. */
            size?: number;
            success?: boolean;
        };
        /** @description A usage record of an account. Usage custom fields (__c) appear as extra properties. */
        AccountUsageRecord: {
            accountId?: string;
            accountName?: string;
            accountNumber?: string;
            chargeNumber?: string | null;
            fileName?: string;
            id?: string;
            quantity?: number;
            /** @description e.g. Import. */
            sourceName?: string;
            /** @description Timestamp, yyyy-mm-dd hh:mm:ss. */
            startDateTime?: string;
            status?: string;
            /** @description Timestamp, yyyy-mm-dd hh:mm:ss. */
            submissionDateTime?: string;
            subscriptionNumber?: string;
            uniqueKey?: string;
            unitOfMeasure?: string;
        } & {
            [key: string]: unknown;
        };
        UsageByAccountResponse: {
            success?: boolean;
            usage?: components["schemas"]["AccountUsageRecord"][];
            /** @description URL of the next page; absent when there are no more rows. */
            nextPage?: string;
        };
        CalloutHistory: {
            attemptedNum?: number;
            /** @description Creation time, yyyy-MM-ddTHH:mm:ss. */
            createTime?: string;
            /** @description Event category code or custom event name. */
            eventCategory?: number | string;
            /** @description Merge-field values of the triggering event, keyed like <Account.ID>. */
            eventContext?: Record<string, never>;
            /** @description Notification name. */
            notification?: string;
            requestMethod?: string;
            requestUrl?: string;
            responseCode?: number;
        };
        CalloutHistoryListResponse: {
            calloutHistories?: components["schemas"]["CalloutHistory"][];
            /** @description URL of the next page; absent when there are no more rows. */
            nextPage?: string;
            success?: boolean;
        };
        CreateNotificationDefinitionRequest: {
            /** @default true */
            active?: boolean;
            /** @description Account whose history shows this notification, e.g. Account.Id (default) or ParentAccount.Id. */
            associatedAccount?: string;
            /** @description Inline callout; creates a new callout template. Not allowed with calloutTemplateIds. */
            callout?: Record<string, never>;
            /** @default false */
            calloutActive?: boolean;
            calloutTemplateIds?: string[];
            communicationProfileId?: string;
            /** @description Overrides communicationProfileId. */
            communicationProfileIds?: string[];
            description?: string;
            /** @default false */
            emailActive?: boolean;
            /** @description Email template ID; required when emailActive is true. */
            emailTemplateId?: string;
            /** @description Standard event category code; required for standard events. */
            eventCategory?: number;
            /** @description Custom event name; required for custom events. */
            eventTypeName?: string;
            /**
             * @default user.notification
             * @enum {string}
             */
            eventTypeNamespace?: "user.notification" | "com.zuora.notification";
            filterRule?: Record<string, never>;
            /** @description Values of the filter rule parameters. */
            filterRuleParams?: Record<string, never>;
            /** @description Name, unique per communication profile. */
            name: string;
        };
        /** @description Filter rule evaluated against incoming events. */
        FilterRule: {
            id?: string;
            createdBy?: string;
            createdOn?: string;
            updatedBy?: string | null;
            updatedOn?: string | null;
            description?: string;
            condition?: string;
            parameters?: {
                [key: string]: {
                    displayName?: string;
                    description?: string;
                    options?: string[] | null;
                    valueType?: string;
                };
            };
            scheduled?: boolean;
        } | null;
        NotificationDefinition: {
            id?: string;
            createdBy?: string;
            /** @description Timestamp such as 2024-11-11T03:00:03.000 UTC. */
            createdOn?: string;
            updatedBy?: string;
            updatedOn?: string;
            eventTypeNamespace?: string;
            eventTypeName?: string;
            name?: string;
            description?: string | null;
            communicationProfileId?: string;
            communicationProfileIds?: string[];
            active?: boolean;
            emailTemplateId?: string | null;
            callout?: Record<string, never> | null;
            calloutTemplateIds?: string[];
            filterRule?: components["schemas"]["FilterRule"];
            filterRuleParams?: Record<string, never> | null;
            emailActive?: boolean;
            calloutActive?: boolean;
            associatedAccount?: string | null;
        };
        NotificationDefinitionListResponse: {
            data?: components["schemas"]["NotificationDefinition"][];
            /** @description Link to the next page of results. */
            next?: string;
        };
        /** @description Callout template fields common to all authentication variants; variant-specific fields are passed through. */
        CreateCalloutTemplateRequest: {
            /** @default true */
            active?: boolean;
            /** @description Callout URL; must start with https:// and may contain merge fields. */
            calloutBaseurl: string;
            /** @description Custom header names and values. */
            calloutHeaders?: Record<string, never>;
            /** @description Callout parameter names and values sent in the body. */
            calloutParams?: Record<string, never>;
            /** @default true */
            calloutRetry?: boolean;
            /** @description PEM certificate of the receiving server. */
            certificate?: string;
            /** @description Custom JSON body (needs useCustomRequestBody true). */
            customRequestBody?: string;
            description?: string;
            eventCategory?: number;
            eventTypeName?: string;
            /**
             * @default user.notification
             * @enum {string}
             */
            eventTypeNamespace?: "user.notification" | "com.zuora.notification";
            /** @enum {string} */
            hmacAlgorithm?: "MD5" | "SHA-1" | "SHA-224" | "SHA-256" | "SHA-384" | "SHA-512";
            hmacData?: string;
            hmacKey?: string;
            /** @enum {string} */
            hmacOutputFormat?: "BASE64" | "HEX";
            hmacSecret?: string;
            hmacValue?: string;
            /** @enum {string} */
            httpMethod: "POST" | "GET" | "PUT" | "PATCH" | "DELETE";
            /** @description Name, unique across callout templates. */
            name: string;
            useCustomRequestBody?: boolean;
        };
        CalloutTemplate: {
            id?: string;
            createdBy?: string;
            createdOn?: string;
            updatedBy?: string;
            updatedOn?: string;
            eventTypeName?: string;
            eventTypeNamespace?: string;
            name?: string;
            description?: string | null;
            active?: boolean;
            calloutBaseurl?: string;
            calloutParams?: Record<string, never> | null;
            calloutHeaders?: Record<string, never> | null;
            httpMethod?: string;
            requiredAuth?: boolean;
            calloutAuth?: Record<string, never> | null;
            requiredOauth2?: boolean;
            oauth2ProviderId?: string | null;
            calloutRetry?: boolean;
            /** @description e.g. APPLICATION_JSON. */
            contentType?: string;
            useCustomRequestBody?: boolean;
            customRequestBody?: string | null;
            certificate?: string | null;
            hmacKey?: string | null;
            hmacValue?: string | null;
            hmacData?: string | null;
            hmacAlgorithm?: string | null;
            hmacSecret?: string | null;
            hmacOutputFormat?: string | null;
        };
        /** @description IDs of the callout histories to resend (at most 1000). */
        ResendCalloutRequest: string[];
    };
    responses: {
        /** @description Request error (bad input, authentication, permission, not found, rate limit ...). */
        V1RequestErrors: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CommonErrorResponse"];
            };
        };
        /** @description Internal server error. */
        V1ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CommonErrorResponse"];
            };
        };
        /** @description Invalid request. With rejectUnknownFields=true and unknown body fields the body is a single message; other failures use the CRUD Success/Errors shape. */
        CrudBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CrudErrorResponse"] | components["schemas"]["MessageErrorResponse"];
            };
        };
        /** @description Missing, invalid or expired credentials. */
        CrudUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageErrorResponse"];
            };
        };
        /** @description No object with this ID. */
        CrudNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Invalid input, for example a pageSize outside 1-99. */
        ObjectQueryInvalidInput: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Internal server error. */
        ObjectQueryServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Bad request. */
        NotificationsBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Not found. */
        NotificationsNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Method not allowed. */
        NotificationsMethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Unsupported media type. */
        NotificationsUnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
        /** @description Internal server error. */
        NotificationsServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnspecifiedErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
        IdempotencyKey: string;
        /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
        ZuoraTrackId: string;
        /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
        ZuoraEntityIds: string;
        /** @description Minor API version. */
        ZuoraVersion: string;
        /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
        XZuoraWSDLVersion: string;
        /** @description Account number or account ID. */
        AccountKey: string;
        /** @description Object ID or number. */
        ObjectQueryKey: string;
        /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
        ObjectQueryPageSize: number;
        /** @description Pagination cursor; pass the nextPage value of the previous response. */
        ObjectQueryCursor: string;
        /** @description When true, fields whose value is null are returned too. Defaults to false. */
        ObjectQueryIncludeNullFields: boolean;
        /** @description Sort order such as accountnumber.ASC or updateddate.DESC (case-insensitive); only listed fields are sortable. */
        ObjectQuerySort: string[];
        /** @description Filter condition <field>.<op>:<value> with op EQ, NE, LT, GT, SW, IN, GE or LE; several filters are ANDed. */
        ObjectQueryFilter: string[];
        /** @description Comma-separated list of fields to return (case-insensitive). */
        ObjectQueryFields: string[];
        /** @description Related objects to include with each account. */
        ObjectQueryAccountExpand: ("billto" | "soldto" | "shipto" | "defaultpaymentmethod" | "subscriptions" | "payments" | "refunds" | "creditmemos" | "debitmemos" | "invoices" | "usages" | "paymentmethods" | "subscriptions.rateplans" | "subscriptions.rateplans.rateplancharges")[];
        /** @description Related objects to include with each invoice. */
        ObjectQueryInvoiceExpand: ("account" | "account.billto" | "account.soldto" | "account.shipto" | "billtocontact" | "billtocontactsnapshot" | "soldtocontactsnapshot" | "shiptocontactsnapshot" | "invoiceitems" | "invoiceitems.subscription" | "invoiceitems.subscription.account")[];
        /** @description Related objects to include with each subscription. */
        ObjectQuerySubscriptionExpand: ("account" | "invoiceowner" | "billtocontact" | "invoiceitems" | "rateplans" | "rateplans.rateplancharges" | "rateplans.rateplancharges.rateplanchargetiers" | "account.billto" | "account.soldto" | "account.paymentmethods" | "order")[];
        /** @description Related objects to include with each usage record. */
        ObjectQueryUsageExpand: "account"[];
        /** @description 1-based page index; requires pageSize to be set. */
        Page: number;
        /** @description Records per page (at most 40, default 20). */
        PageSize40: number;
        /** @description Object ID. */
        CrudObjectId: string;
        /** @description Object fields to return. */
        CrudFields: string;
        /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
        RejectUnknownFields: boolean;
        /** @description Which charge segments to return; specific-segment needs as-of-date. Defaults to last-segment. */
        ChargeDetail: "last-segment" | "current-segment" | "all-segments" | "specific-segment";
        /** @description Date (YYYY-MM-DD) used with charge-detail=specific-segment. */
        AsOfDate: string;
        /** @description When true, charges removed before their last segment start (and rate plans left empty) are omitted. Defaults to false. */
        ExcludeRatePlansWithNoCharges: boolean;
        /** @description When true, net MRR and as-of-day metrics are returned. */
        GetDetailedMetrics: boolean;
        /** @description Date (YYYY-MM-DD) for detailed metrics; defaults to today. */
        AsOfDay: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity ID (UUID with hyphens) when Multi-entity is enabled. */
                "Zuora-Entity-Ids"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["V1RequestErrors"];
            401: components["responses"]["V1RequestErrors"];
            /** @description Too many token requests; this endpoint is rate limited per IP address. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Account number or account ID. */
                "account-key": components["parameters"]["AccountKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDetailResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Account number or account ID. */
                "account-key": components["parameters"]["AccountKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessFlagResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Account number or account ID. */
                "account-key": components["parameters"]["AccountKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion job accepted; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAccountResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getAccountSummary: {
        parameters: {
            query?: {
                /** @description When true, usage is left out of the response. Defaults to false. */
                excludeUsage?: boolean;
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Account number or account ID. */
                "account-key": components["parameters"]["AccountKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSummaryResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    queryAccounts: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQueryAccountList"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    queryAccountByKey: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID or number. */
                key: components["parameters"]["ObjectQueryKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQueryAccount"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    queryInvoices: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQueryInvoiceList"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    queryInvoiceByKey: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID or number. */
                key: components["parameters"]["ObjectQueryKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQueryInvoice"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    querySubscriptions: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQuerySubscriptionList"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    queryUsages: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of usage records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQueryUsageList"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    queryUsageByKey: {
        parameters: {
            query?: {
                /** @description Maximum results per page (1-99, default 10); values outside the range give a 400. */
                pageSize?: components["parameters"]["ObjectQueryPageSize"];
                /** @description Pagination cursor; pass the nextPage value of the previous response. */
                cursor?: components["parameters"]["ObjectQueryCursor"];
                /** @description When true, fields whose value is null are returned too. Defaults to false. */
                includeNullFields?: components["parameters"]["ObjectQueryIncludeNullFields"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID or number. */
                key: components["parameters"]["ObjectQueryKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectQueryUsage"];
                };
            };
            500: components["responses"]["ObjectQueryServerError"];
            "4XX": components["responses"]["ObjectQueryInvalidInput"];
        };
    };
    listCatalogProducts: {
        parameters: {
            query?: {
                /** @description 1-based page index; requires pageSize to be set. */
                page?: components["parameters"]["Page"];
                /** @description Records per page (at most 40, default 10). */
                pageSize?: number;
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogProductListResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getCatalogProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Product ID, SKU or product number. */
                "product-key": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogProduct"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    crudCreateProduct: {
        parameters: {
            query?: {
                /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
                rejectUnknownFields?: components["parameters"]["RejectUnknownFields"];
            };
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrudCreateProductRequest"];
            };
        };
        responses: {
            /** @description Product created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudWriteResponse"];
                };
            };
            400: components["responses"]["CrudBadRequest"];
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    crudGetProduct: {
        parameters: {
            query?: {
                /** @description Object fields to return. */
                fields?: components["parameters"]["CrudFields"];
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID. */
                id: components["parameters"]["CrudObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudProduct"];
                };
            };
            401: components["responses"]["CrudUnauthorized"];
            404: components["responses"]["CrudNotFound"];
        };
    };
    crudCreateProductRatePlan: {
        parameters: {
            query?: {
                /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
                rejectUnknownFields?: components["parameters"]["RejectUnknownFields"];
            };
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrudCreateProductRatePlanRequest"];
            };
        };
        responses: {
            /** @description Product rate plan created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudWriteResponse"];
                };
            };
            400: components["responses"]["CrudBadRequest"];
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    crudGetProductRatePlan: {
        parameters: {
            query?: {
                /** @description Object fields to return. */
                fields?: components["parameters"]["CrudFields"];
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID. */
                id: components["parameters"]["CrudObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product rate plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudProductRatePlan"];
                };
            };
            401: components["responses"]["CrudUnauthorized"];
            404: components["responses"]["CrudNotFound"];
        };
    };
    crudCreateProductRatePlanCharge: {
        parameters: {
            query?: {
                /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
                rejectUnknownFields?: components["parameters"]["RejectUnknownFields"];
            };
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrudCreateProductRatePlanChargeRequest"];
            };
        };
        responses: {
            /** @description Product rate plan charge created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudWriteResponse"];
                };
            };
            400: components["responses"]["CrudBadRequest"];
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    crudGetProductRatePlanCharge: {
        parameters: {
            query?: {
                /** @description Object fields to return. */
                fields?: components["parameters"]["CrudFields"];
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description ID of the product rate plan charge. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product rate plan charge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudProductRatePlanCharge"];
                };
            };
            401: components["responses"]["CrudUnauthorized"];
            404: components["responses"]["CrudNotFound"];
        };
    };
    crudUpdateProductRatePlanCharge: {
        parameters: {
            query?: {
                /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
                rejectUnknownFields?: components["parameters"]["RejectUnknownFields"];
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description ID of the product rate plan charge to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrudUpdateProductRatePlanChargeRequest"];
            };
        };
        responses: {
            /** @description Product rate plan charge updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudWriteResponse"];
                };
            };
            400: components["responses"]["CrudBadRequest"];
            401: components["responses"]["CrudUnauthorized"];
            404: components["responses"]["CrudNotFound"];
        };
    };
    crudDeleteProductRatePlanCharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description ID of the product rate plan charge to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Product rate plan charge deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudDeleteResponse"];
                };
            };
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSubscriptionResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getSubscriptionsByAccount: {
        parameters: {
            query?: {
                /** @description 1-based page index; requires pageSize to be set. */
                page?: components["parameters"]["Page"];
                /** @description Records per page (at most 40, default 20). */
                pageSize?: components["parameters"]["PageSize40"];
                /** @description Which charge segments to return; specific-segment needs as-of-date. Defaults to last-segment. */
                "charge-detail"?: components["parameters"]["ChargeDetail"];
                /** @description Date (YYYY-MM-DD) used with charge-detail=specific-segment. */
                "as-of-date"?: components["parameters"]["AsOfDate"];
                /** @description When true, charges removed before their last segment start (and rate plans left empty) are omitted. Defaults to false. */
                "exclude-rate-plans-with-no-charges"?: components["parameters"]["ExcludeRatePlansWithNoCharges"];
                /** @description When true, net MRR and as-of-day metrics are returned. */
                getDetailedMetrics?: components["parameters"]["GetDetailedMetrics"];
                /** @description Date (YYYY-MM-DD) for detailed metrics; defaults to today. */
                asOfDay?: components["parameters"]["AsOfDay"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Account number or account ID. */
                "account-key": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionListResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getSubscription: {
        parameters: {
            query?: {
                /** @description Which charge segments to return; specific-segment needs as-of-date. Defaults to last-segment. */
                "charge-detail"?: components["parameters"]["ChargeDetail"];
                /** @description Date (YYYY-MM-DD) used with charge-detail=specific-segment. */
                "as-of-date"?: components["parameters"]["AsOfDate"];
                /** @description When true, charges removed before their last segment start (and rate plans left empty) are omitted. Defaults to false. */
                "exclude-rate-plans-with-no-charges"?: components["parameters"]["ExcludeRatePlansWithNoCharges"];
                /** @description When true, net MRR and as-of-day metrics are returned. */
                getDetailedMetrics?: components["parameters"]["GetDetailedMetrics"];
                /** @description Date (YYYY-MM-DD) for detailed metrics; defaults to today. */
                asOfDay?: components["parameters"]["AsOfDay"];
                /** @description When true, invoiceOwnerAccountDetails is included. */
                getInvoiceOwnerDetails?: boolean;
                /** @description When true, accountOwnerDetails is included. */
                getSubscriptionOwnerDetails?: boolean;
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Subscription number or subscription ID. */
                "subscription-key": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    createStandaloneInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStandaloneInvoiceRequest"];
            };
        };
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Invoice ID or number. */
                invoiceKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getInvoiceItems: {
        parameters: {
            query?: {
                /** @description Records per page (at most 40, default 20). */
                pageSize?: components["parameters"]["PageSize40"];
                /** @description 1-based page index; requires pageSize to be set. */
                page?: components["parameters"]["Page"];
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Invoice ID or number. */
                invoiceKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceItemListResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    crudCreateUsage: {
        parameters: {
            query?: {
                /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
                rejectUnknownFields?: components["parameters"]["RejectUnknownFields"];
            };
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Zuora WSDL version; some CRUD fields need a minimum version. */
                "X-Zuora-WSDL-Version"?: components["parameters"]["XZuoraWSDLVersion"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrudCreateUsageRequest"];
            };
        };
        responses: {
            /** @description Usage record created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudWriteResponse"];
                };
            };
            400: components["responses"]["CrudBadRequest"];
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    crudGetUsage: {
        parameters: {
            query?: {
                /** @description Object fields to return. */
                fields?: components["parameters"]["CrudFields"];
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID. */
                id: components["parameters"]["CrudObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudUsage"];
                };
            };
            401: components["responses"]["CrudUnauthorized"];
            404: components["responses"]["CrudNotFound"];
        };
    };
    crudUpdateUsage: {
        parameters: {
            query?: {
                /** @description When true, unknown body fields cause a 400 instead of being ignored. Defaults to false. */
                rejectUnknownFields?: components["parameters"]["RejectUnknownFields"];
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID. */
                id: components["parameters"]["CrudObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrudUpdateUsageRequest"];
            };
        };
        responses: {
            /** @description Usage record updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudWriteResponse"];
                };
            };
            400: components["responses"]["CrudBadRequest"];
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    crudDeleteUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path: {
                /** @description Object ID. */
                id: components["parameters"]["CrudObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage record deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrudDeleteResponse"];
                };
            };
            401: components["responses"]["CrudUnauthorized"];
        };
    };
    importUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UsageImportRequest"];
            };
        };
        responses: {
            /** @description File received; check the success flag and poll checkImportStatus. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageImportResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
            "4XX": components["responses"]["V1RequestErrors"];
        };
    };
    getUsageByAccount: {
        parameters: {
            query?: {
                /** @description Listed on the reference page for this operation; defaults to false. */
                rejectUnknownFields?: boolean;
            };
            header?: {
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
            };
            path: {
                /** @description Account number or account ID. */
                "account-key": components["parameters"]["AccountKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request processed; check the success flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageByAccountResponse"] | components["schemas"]["CommonErrorResponse"];
                };
            };
            400: components["responses"]["V1RequestErrors"];
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonErrorResponse"];
                };
            };
            500: components["responses"]["V1ServerError"];
        };
    };
    listCalloutHistory: {
        parameters: {
            query?: {
                /** @description 1-based page index; requires pageSize to be set. */
                page?: components["parameters"]["Page"];
                /** @description Records per page (at most 40, default 20). */
                pageSize?: number;
                /** @description End of the window, yyyy-MM-ddTHH:mm:ss. Defaults to now. */
                endTime?: string;
                /** @description Start of the window, yyyy-MM-ddTHH:mm:ss. Defaults to one day before endTime. */
                startTime?: string;
                /** @description ID of the object that triggered the callout. */
                objectId?: string;
                /** @description When true (the default) only failed records are returned. */
                failedOnly?: boolean;
                /** @description Event category, either {namespace}:{event name} for custom events or a numeric category code. */
                eventCategory?: string;
                /** @description Whether to include the callout response content. */
                includeResponseContent?: boolean;
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Minor API version. */
                "Zuora-Version"?: components["parameters"]["ZuoraVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of callout histories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalloutHistoryListResponse"];
                };
            };
            400: components["responses"]["V1RequestErrors"];
        };
    };
    listNotificationDefinitions: {
        parameters: {
            query?: {
                /** @description Index of the first result. Defaults to 1. */
                start?: number;
                /** @description Maximum number of results (1-100, default 20). */
                limit?: number;
                /** @description Communication profile ID. */
                profileId?: string;
                /** @description Standard event category code. Cannot be combined with eventTypeName. */
                eventCategory?: number;
                /** @description Custom event name. Cannot be combined with eventCategory. */
                eventTypeName?: string;
                /** @description Email template ID. */
                emailTemplateId?: string;
            };
            header?: {
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching notification definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDefinitionListResponse"];
                };
            };
            400: components["responses"]["NotificationsBadRequest"];
            404: components["responses"]["NotificationsNotFound"];
            405: components["responses"]["NotificationsMethodNotAllowed"];
            415: components["responses"]["NotificationsUnsupportedMediaType"];
            500: components["responses"]["NotificationsServerError"];
        };
    };
    createNotificationDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNotificationDefinitionRequest"];
            };
        };
        responses: {
            /** @description Notification definition created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDefinition"];
                };
            };
            400: components["responses"]["NotificationsBadRequest"];
            404: components["responses"]["NotificationsNotFound"];
            405: components["responses"]["NotificationsMethodNotAllowed"];
            415: components["responses"]["NotificationsUnsupportedMediaType"];
            500: components["responses"]["NotificationsServerError"];
        };
    };
    createCalloutTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalloutTemplateRequest"];
            };
        };
        responses: {
            /** @description Callout template created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalloutTemplate"];
                };
            };
            400: components["responses"]["NotificationsBadRequest"];
            404: components["responses"]["NotificationsNotFound"];
            405: components["responses"]["NotificationsMethodNotAllowed"];
            415: components["responses"]["NotificationsUnsupportedMediaType"];
            500: components["responses"]["NotificationsServerError"];
        };
    };
    resendCalloutNotifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that lets Zuora recognise retries of the same POST or PATCH request (kept 24 hours). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Caller-chosen trace ID (US-ASCII, no colon, semicolon or quotes), echoed in the response headers. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description Entity to act in when Multi-entity is enabled and the token covers several entities. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResendCalloutRequest"];
            };
        };
        responses: {
            /** @description Accepted; body is empty or lists the IDs that could not be resent. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResendCalloutErrorMap"];
                };
            };
            /** @description None of the notifications could be resent; body lists the error per ID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResendCalloutErrorMap"];
                };
            };
        };
    };
}
