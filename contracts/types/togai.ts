// Generated from contracts/togai.yaml by openapi-typescript (npm run generate); do not edit.
// test/contract-types.test.ts fails when this file no longer matches the contract.

export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers */
        get: operations["getCustomers"];
        put?: never;
        /** Create a customer */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a contact for the customer */
        post: operations["createCustomerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a customer */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /** Delete a customer */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /** Update a customer */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/accounts/{account_id}/add_aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Aliases to account */
        post: operations["addAliases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts of customer */
        get: operations["getAccounts"];
        put?: never;
        /** Create an account */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /** Delete an account */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /** Update an account */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/accounts/{account_id}/pricing_schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pricing schedules of an account
         * @deprecated
         */
        get: operations["getPricingSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/account_aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all aliases of an account */
        get: operations["listAccountAliases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/remove_aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove Aliases to account */
        post: operations["removeAliases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/price_plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dissociate or associate a price plan with an account
         * @deprecated
         */
        post: operations["updatePricingSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/edit_schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit schedules of an account.
         * @deprecated
         */
        post: operations["updatePricingScheduleBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all aliases */
        get: operations["listAliases"];
        put?: never;
        /** Create an alias */
        post: operations["createAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aliases/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an alias */
        get: operations["getAlias"];
        put?: never;
        post?: never;
        /** Delete an alias */
        delete: operations["deleteAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_schema/{event_schema_name}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate an event schema */
        post: operations["activateEventSchema"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List event schemas */
        get: operations["listEventSchemas"];
        put?: never;
        /** Create an event schema */
        post: operations["createEventSchema"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_schema/{event_schema_name}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an event schema */
        post: operations["deactivateEventSchema"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_schema/{event_schema_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event schema */
        get: operations["getEventSchema"];
        put?: never;
        post?: never;
        /** Delete an event schema */
        delete: operations["deleteEventSchema"];
        options?: never;
        head?: never;
        /** Update an event schema */
        patch: operations["eventSchemaEventSchemaNamePatch"];
        trace?: never;
    };
    "/event_schema/{event_schema_name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all event schema versions */
        get: operations["listEventSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage_meters/{usage_meter_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate usage meter */
        post: operations["activateUsageMeter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage_meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List usage meters for event schema */
        get: operations["getUsageMetersForEventSchema"];
        put?: never;
        /** Create an usage meter */
        post: operations["createUsageMeter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage_meters/{usage_meter_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate usage meter */
        post: operations["deactivateUsageMeter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage_meters/{usage_meter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get usage meter */
        get: operations["getUsageMeter"];
        put?: never;
        post?: never;
        /** Delete an Usage Meter */
        delete: operations["deleteUsageMeter"];
        options?: never;
        head?: never;
        /** Update an usage meter */
        patch: operations["updateUsageMeter"];
        trace?: never;
    };
    "/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ingest events to Togai */
        post: operations["ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ingestBatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ingest events to Togai in batch */
        post: operations["ingestBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an ingested event */
        post: operations["eventCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of usage events with multiple query options */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event using event id */
        get: operations["getSingleEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price_plans/{price_plan_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a price plan
         * @deprecated
         */
        post: operations["activatePricePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price_plans/{price_plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a price plan
         * @deprecated
         */
        get: operations["getPricePlan"];
        put?: never;
        post?: never;
        /**
         * Archive a price plan
         * @deprecated
         */
        delete: operations["archivePricePlan"];
        options?: never;
        head?: never;
        /**
         * Update a price plan
         * @deprecated
         */
        patch: operations["updatePricePlan"];
        trace?: never;
    };
    "/price_plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List price plans
         * @deprecated
         */
        get: operations["getPricePlans"];
        put?: never;
        /**
         * Create a price plan
         * @deprecated
         */
        post: operations["createPricePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price_plans/migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a price plan migration
         * @deprecated
         */
        post: operations["pricePlanMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}/rate_cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rate cards of a price plan */
        get: operations["listPricePlanRateCards"];
        put?: never;
        /** Bulk rate card operations of a price plan */
        post: operations["bulkPricePlanRateCardOperations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List price plans */
        get: operations["listPricePlansV2"];
        put?: never;
        /** Create a price plan */
        post: operations["createPricePlanV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Discard a price plan */
        delete: operations["discardPricePlan"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalize a price plan */
        post: operations["finalizePricePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a price plan */
        get: operations["getPricePlanV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a price plan */
        patch: operations["updatePricePlanV2"];
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get list of errors of a price plan */
        get: operations["listPricePlanErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}/pricing_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pricing rules of a price plan */
        get: operations["listPricePlanPricingRules"];
        /** Update pricing rules of a price plan */
        put: operations["updatePricePlanPricingRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/{price_plan_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List price plan versions */
        get: operations["listPricePlanVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/price_plans/migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a price plan v2 migration */
        post: operations["pricePlanMigrationV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/accounts/{account_id}/edit_schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk edit schedules of an account */
        post: operations["bulkEditSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{schedule_id}/rate_cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rate cards */
        get: operations["listScheduleRateCards"];
        put?: never;
        /** Bulk rate card operations on a schedule */
        post: operations["bulkRateCardOperationsOnSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/accounts/{account_id}/discard_schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Discard schedules of an account */
        delete: operations["discardAccountSchedules"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/accounts/{account_id}/finalize_schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalize schedules of an account */
        post: operations["finalizeAccountSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{schedule_id}/pricing_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pricing rules of a account schedule */
        get: operations["listPricingRules"];
        /** Update pricing rules of a account schedule */
        put: operations["updatePricingRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{schedule_id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get list of errors of a acc schedule */
        get: operations["listScheduleErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/accounts/{account_id}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pricing schedules of an account */
        get: operations["listaccountSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/{setting_id_str}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a setting */
        get: operations["getSetting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a setting */
        patch: operations["updateSetting"];
        trace?: never;
    };
    "/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists settings */
        get: operations["listSetting"];
        put?: never;
        /** Create a setting */
        post: operations["insertSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices */
        get: operations["listInvoices"];
        put?: never;
        /** Create a custom invoice for an account */
        post: operations["createCustomInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/bill_runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices eligible for bill run */
        get: operations["listInvoicesForBillRun"];
        put?: never;
        /** Create a bill run job request */
        post: operations["createInvoiceBillRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invoice */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        /** Delete a custom invoice in DRAFT state */
        delete: operations["deleteCustomInvoice"];
        options?: never;
        head?: never;
        /** Update an invoice */
        patch: operations["updateInvoice"];
        trace?: never;
    };
    "/invoice/{invoice_id}/pricing_rules_logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pricing rule logs */
        get: operations["listPricingRuleLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/miscellaneous_charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or update miscellaneous charges in upcoming Invoice for a account */
        put: operations["manageMiscellaneousChargesInAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/miscellaneous_charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or update miscellaneous charges in Invoice */
        put: operations["manageMiscellaneousChargesInInvoice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Feature */
        get: operations["getFeatures"];
        put?: never;
        /** Create a Feature and optionally associate with one or more event_schemas */
        post: operations["createFeature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/features/{feature_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a Feature */
        get: operations["getFeature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a Feature */
        patch: operations["updateFeature"];
        trace?: never;
    };
    "/accounts/{account_id}/entitlements/{feature_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get entitlement value for a account */
        get: operations["getEntitlementValue"];
        put?: never;
        /** Check entitlement value for a account */
        post: operations["validateEntitlementValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get entitlements for a account */
        get: operations["getEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/features/{feature_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Feature credits balance */
        get: operations["getFeatureCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entitled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ingest event if a user is entitled to a feature */
        post: operations["ingestEntitledEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/features/{feature_id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List feature credits entries of a feature for an account */
        get: operations["listFeatureCreditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/features/{feature_id}/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a feature credits entry */
        patch: operations["updateFeatureCreditEntry"];
        trace?: never;
    };
    "/accounts/{account_id}/features/{feature_id}/entries/{entry_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a feature credits entry of a feature for an account */
        post: operations["voidFeatureCreditEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List credits */
        get: operations["listCredits"];
        put?: never;
        /** Grant credit */
        post: operations["createCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/credit_balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit balance for Account */
        get: operations["creditBalanceForAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credits/{credit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get credit details */
        get: operations["getCreditDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credits/{credit_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void credit */
        post: operations["voidCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/wallet_topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Top-up wallet for an account */
        post: operations["topUpWalletForAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wallet balance for Account */
        get: operations["walletBalanceForAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update wallet details for an account */
        patch: operations["updateWalletForAccount"];
        trace?: never;
    };
    "/accounts/{account_id}/wallet/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wallet entries for Account */
        get: operations["walletEntriesForAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all payments */
        get: operations["listPayments"];
        put?: never;
        /** create payments */
        post: operations["createPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payment */
        get: operations["getPayment"];
        put?: never;
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
        Account: {
            id: string;
            togaiAccountId: string;
            togaiCustomerId: string;
            name: string;
            customerId: string;
            invoiceCurrency?: string;
            aliases?: components["schemas"]["AccountAliases"][];
            netTermDays?: number;
            address?: components["schemas"]["Address"];
            primaryEmail?: string;
            billingInformation?: components["schemas"]["AccountsBillingInformation"];
            status: string;
            settings?: components["schemas"]["CreateEntitySetting"][];
            invoiceGroupDetails?: components["schemas"]["InvoiceGroupDetails"];
            metadata?: {
                [key: string]: string;
            };
            tags?: string[];
        };
        AccountAlias: {
            id: string;
            value: string;
            /** Format: date-time */
            effectiveFrom: string;
            /** Format: date-time */
            effectiveUntil: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        AccountAliases: {
            alias?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "ARCHIVED";
        };
        AccountAliasesPaginatedResponse: {
            data: components["schemas"]["AccountAlias"][];
            nextToken?: string;
        };
        AccountPaginatedResponse: {
            data?: components["schemas"]["Account"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        AccountsBillingInformation: {
            emailRecipients?: string[];
            additionalEmailRecipients?: string[];
        };
        AccountSchedule: {
            id: string;
            accountId: string;
            pricePlanId: string;
            version: number;
            deferredRevenue: boolean;
            pricePlanInfo: components["schemas"]["PricePlanInfo"];
            accountScheduleInfo: components["schemas"]["ScheduleInfo"];
            isOverridden?: boolean;
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            allowOngoingCycleUpdates: boolean;
        };
        ActivatePricePlanRequest: {
            currencies: string[];
        };
        AddAccountAliasesRequest: {
            aliases?: string[];
            accountAliases?: components["schemas"]["CreateAccountAliasRequest"][];
        };
        /** @enum {string} */
        AddOnType: "LICENSE" | "FIXED_FEE" | "CREDIT_GRANT" | "NAMED_LICENSE";
        Address: {
            phoneNumber?: string;
            line1?: string;
            line2?: string;
            postalCode?: string;
            city?: string;
            state?: string;
            country?: string;
        };
        Alias: {
            value: string;
            /** Format: date-time */
            createdAt: string;
        };
        AliasPaginatedResponse: {
            data?: components["schemas"]["Alias"][];
            nextToken?: string;
        };
        AssociationConfig: {
            pricePlanId?: string;
            scheduleId?: string;
            pricingCycleConfigOverride?: components["schemas"]["PricingCycleConfig"];
            retainStartOffsets?: boolean;
        };
        Attribute: {
            name: string;
            value: string;
            unit?: string;
        };
        BaseSuccessResponse: {
            success: boolean;
        };
        BillingConfig: {
            interval?: number;
            startOffset?: number;
        };
        BillingEntitlementRateCard: {
            featureId: string;
            featureConfigs: components["schemas"]["FeatureConfig"][];
            tag?: string;
            invoiceTiming: components["schemas"]["InvoiceTiming"];
            displayName?: string;
            name?: string;
            ratePlan: components["schemas"]["RatePlan"];
            rateValues: components["schemas"]["RateValue"][];
            recurrenceConfig?: components["schemas"]["RecurrenceConfig"];
        };
        BulkRateCardOperationsRequest: {
            operations: components["schemas"]["RateCardOperation"][];
        };
        BulkRateCardOperationsResponse: {
            rateCards: components["schemas"]["RateCard"][];
        };
        Computation: {
            id?: string;
            matcher?: string;
            computation: string;
            order: number;
        };
        CreateAccountAliasRequest: {
            value: string;
            /** Format: date-time */
            effectiveFrom?: string;
            /** Format: date-time */
            effectiveUntil?: string;
        };
        CreateAccountRequest: {
            id: string;
            name: string;
            invoiceCurrency?: string;
            aliases?: string[];
            accountAliases?: components["schemas"]["CreateAccountAliasRequest"][];
            address?: components["schemas"]["Address"];
            primaryEmail?: string;
            billingInformation?: components["schemas"]["AccountsBillingInformation"];
            settings?: components["schemas"]["CreateEntitySetting"][];
            netTermDays?: number;
            metadata?: {
                [key: string]: string;
            };
            tags?: string[];
            status?: string;
            customerId: string;
        };
        CreateAccountRequestWithoutCustomerId: {
            id: string;
            name: string;
            invoiceCurrency?: string;
            aliases?: string[];
            accountAliases?: components["schemas"]["CreateAccountAliasRequest"][];
            address?: components["schemas"]["Address"];
            primaryEmail?: string;
            billingInformation?: components["schemas"]["AccountsBillingInformation"];
            settings?: components["schemas"]["CreateEntitySetting"][];
            netTermDays?: number;
            metadata?: {
                [key: string]: string;
            };
            tags?: string[];
            status?: string;
        };
        CreateAliasRequest: {
            value: string;
        };
        CreateBulkAliasRequest: {
            aliases: components["schemas"]["CreateAliasRequest"][];
        };
        CreateCreditRequest: {
            creditRequests: components["schemas"]["CreditRequest"][];
        };
        CreateCreditResponse: {
            credits: components["schemas"]["Credit"][];
        };
        CreateCustomerContactRequest: {
            preferredUsername?: string;
            name: string;
            password?: string;
            email: string;
            phone?: string;
            verified?: boolean;
            loginAccess?: boolean;
        };
        CreateCustomerContactResponse: {
            username: string;
            preferredUsername?: string;
            name: string;
            email?: string;
            phone?: string;
            loginAccess: boolean;
            createdBy?: string;
            /** Format: date-time */
            createdAt: string;
            verified: boolean;
        };
        CreateCustomerRequest: {
            id: string;
            name: string;
            primaryEmail: string;
            address: components["schemas"]["Address"];
            settings?: components["schemas"]["CreateEntitySetting"][];
            account?: components["schemas"]["CreateAccountRequestWithoutCustomerId"];
        };
        CreateCustomerResponse: {
            id: string;
            togaiCustomerId: string;
            name: string;
            primaryEmail: string;
            billingAddress?: string;
            address?: components["schemas"]["Address"];
            settings?: components["schemas"]["CreateEntitySetting"][];
            account?: components["schemas"]["Account"];
        };
        CreateCustomInvoiceRequest: {
            accountId: string;
            ownerType?: string;
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            idempotencyKey?: string;
            status: string;
            lineItems: components["schemas"]["CustomInvoiceLineItem"][];
            autoAdvance?: boolean;
            applyCredits?: boolean;
            applyWalletBalance?: boolean;
        };
        CreateEntitySetting: {
            id: string;
            value: string;
            namespace: string;
            name: string;
            dataType: components["schemas"]["SettingDataType"];
        };
        CreateEventSchemaRequest: {
            name: string;
            description?: string;
            attributes: components["schemas"]["EventAttributeSchema"][];
            dimensions: components["schemas"]["DimensionsSchema"][];
            enrichments?: components["schemas"]["Enrichments"];
            filterFields?: string[];
            eventIdTemplate?: string;
        };
        CreateFeatureRequest: {
            name: string;
            billableName?: string;
            schemaAssociations: components["schemas"]["EventSchemasForFeature"][];
        };
        CreatePaymentRequest: {
            description?: string;
            notes?: string;
            accountId: string;
            externalPaymentReference: components["schemas"]["ExternalPaymentReference"];
            lineItemRecords: components["schemas"]["PaymentLineItemRecord"][];
            currency: string;
            totalAmount: number;
        };
        CreatePricePlanDetails: {
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            supportedCurrencies: string[];
            usageRateCards?: components["schemas"]["UsageRateCard"][];
            fixedFeeRateCards?: components["schemas"]["FixedFeeRateCard"][];
            licenseRateCards?: components["schemas"]["LicenseRateCard"][];
            billingEntitlementRateCards?: components["schemas"]["BillingEntitlementRateCard"][];
            minimumCommitment?: components["schemas"]["MinimumCommitment"];
            creditGrantRateCards?: components["schemas"]["CreditGrantRateCard"][];
            entitlementOverageRateCards?: components["schemas"]["EntitlementOverageRateCard"][];
            deferredRevenue?: boolean;
            allowOngoingCycleUpdates?: boolean;
        };
        CreatePricePlanDetailsOverride: {
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            supportedCurrencies?: string[];
            usageRateCards?: components["schemas"]["UsageRateCard"][];
            billingEntitlementRateCards?: components["schemas"]["BillingEntitlementRateCard"][];
            entitlementOverageRateCards?: components["schemas"]["EntitlementOverageRateCard"][];
            fixedFeeRateCards?: components["schemas"]["FixedFeeRateCard"][];
            licenseRateCards?: components["schemas"]["LicenseRateCard"][];
            minimumCommitment?: components["schemas"]["MinimumCommitment"];
            creditGrantRateCards?: components["schemas"]["CreditGrantRateCard"][];
        };
        CreatePricePlanMigrationRequest: {
            sourceId: string;
            sourceVersion: number;
            targetId?: string;
            targetVersion?: number;
            migrationMode: string;
            retainStartOffsets?: boolean;
            isPricePlanV2Migration?: boolean;
            requireConfirmation?: boolean;
        };
        CreatePricePlanRequest: {
            name: string;
            description?: string;
            type?: components["schemas"]["PricePlanType"];
            pricePlanDetails: components["schemas"]["CreatePricePlanDetails"];
            pricingRules?: components["schemas"]["CreatePricingRule"][];
        };
        CreatePricePlanV2Request: {
            name: string;
            description?: string;
            type: components["schemas"]["PricePlanType"];
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            supportedCurrencies: string[];
            deferredRevenue?: boolean;
            allowOngoingCycleUpdates?: boolean;
        };
        CreatePricingRule: {
            name: string;
            order: number;
            invoiceTiming?: components["schemas"]["PricingRuleTiming"];
            condition?: string;
            computation: string;
            action: components["schemas"]["PricingRuleAction"];
        };
        CreateUsageMeterRequest: {
            name: string;
            billableName?: string;
            description?: string;
            filters?: components["schemas"]["UsageMeterFilterEntry"][];
            type: string;
            aggregation: components["schemas"]["UsageMeterAggregation"];
            computations?: components["schemas"]["Computation"][];
            eventSchemaName?: string;
        };
        Credit: {
            accountId: string;
            purpose: string;
            applicableEntityIds?: string[];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveUntil?: string;
            creditAmount?: number;
            priority: number;
            grantorId?: string;
            idempotencyKey?: string;
            id: string;
            customerId: string;
            status: string;
            creditUnit?: string;
            holdAmount?: number;
            consumedAmount?: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        CreditBalanceResponse: {
            activeCredits: number;
            availableBalance: number;
            runningBalance: number;
            inapplicableCredits: number;
            unit: string;
            /** Format: date-time */
            lastUpdatedAt: string;
        };
        CreditDetailsResponse: {
            accountId: string;
            purpose: string;
            applicableEntityIds?: string[];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveUntil?: string;
            creditAmount?: number;
            priority: number;
            grantorId?: string;
            idempotencyKey?: string;
            id: string;
            customerId: string;
            status: string;
            creditUnit?: string;
            holdAmount?: number;
            consumedAmount?: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt?: string;
            transactions: components["schemas"]["CreditTransaction"][];
        };
        CreditGrantRateCard: {
            id: string;
            displayName?: string;
            name?: string;
            tag?: string;
            grantDetails: components["schemas"]["GrantDetails"];
            rateDetails: components["schemas"]["CreditRateDetails"];
            invoiceTiming?: components["schemas"]["InvoiceTiming"];
            type?: components["schemas"]["CreditGrantType"];
            recurrenceConfig?: components["schemas"]["RecurrenceConfig"];
        };
        /** @enum {string} */
        CreditGrantType: "ONE_TIME" | "RECURRING";
        CreditRateDetails: {
            pricingModel: components["schemas"]["PricingModel"];
            currencySlabRateDetails: components["schemas"]["CurrencySlabRateDetail"][];
        };
        CreditRequest: {
            accountId: string;
            purpose: string;
            applicableEntityIds?: string[];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveUntil?: string;
            creditAmount?: number;
            priority: number;
            grantorId?: string;
            idempotencyKey?: string;
        };
        CreditTransaction: {
            id: string;
            creditId: string;
            transactionType: string;
            invoiceId?: string;
            entityId?: string;
            amount: number;
            /** Format: date-time */
            createdAt: string;
        };
        CurrencyRateValue: {
            currency: string;
            rate: number;
        };
        CurrencySlabRateDetail: {
            currency: string;
            creditAmount: number;
            slabDetails: components["schemas"]["SlabDetail"][];
            rateConfig?: {
                [key: string]: string;
            };
        };
        Customer: {
            id: string;
            togaiCustomerId: string;
            name: string;
            primaryEmail: string;
            billingAddress: string;
            address: components["schemas"]["Address"];
            status: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CustomerPaginatedResponse: {
            data?: components["schemas"]["Customer"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        CustomInvoiceLineItem: {
            id?: string;
            description?: string;
            valuePerQuantity?: number;
            quantity?: number;
            value?: number;
            billableId?: string;
        };
        Dependency: {
            type: string;
            key: string;
            name: string;
        };
        DimensionsSchema: {
            name: string;
        };
        EditAccountScheduleRequest: {
            edits: components["schemas"]["UpdateAccountScheduleV2Request"][];
        };
        EditPricingScheduleRequest: {
            edits: components["schemas"]["UpdatePricingScheduleRequest"][];
        };
        EnrichedField: {
            name: string;
            type: string;
            value: string;
        };
        EnrichmentDependency: {
            key: string;
            type: string;
            name?: string;
            value: string;
        };
        Enrichments: {
            dependencies?: components["schemas"]["Dependency"][];
            fields: components["schemas"]["ModelField"][];
        };
        EntitlementOverageRateCard: {
            featureId: string;
            displayName?: string;
            name?: string;
            tag?: string;
            maxQuantity?: number;
            ratePlan: components["schemas"]["RatePlan"];
            rateValues: components["schemas"]["RateValue"][];
            billingConfig?: components["schemas"]["BillingConfig"];
        };
        ErrorResponse: {
            message: string;
        };
        Event: {
            schemaName: string;
            id?: string;
            /** Format: date-time */
            timestamp: string;
            accountId: string;
            attributes: components["schemas"]["Attribute"][];
            dimensions: {
                [key: string]: string;
            };
        };
        EventAttributeSchema: {
            name: string;
            defaultUnit?: string;
        };
        EventCorrectionInfo: {
            referenceId: string;
            eventPayload: components["schemas"]["Event"];
            ingestionStatus: components["schemas"]["IngestionStatus"];
            customerId?: string;
            source?: components["schemas"]["EventSource"];
            /** Format: date-time */
            createdAt: string;
            status: string;
            reason: string;
        };
        EventCorrectionRequest: {
            event?: components["schemas"]["Event"];
        };
        EventPipelineInfo: {
            eventSchema?: components["schemas"]["EventPipelineInfoEventSchema"];
            usageMeters?: components["schemas"]["EventPipelineInfoUsageMeters"][];
            pricePlans?: components["schemas"]["EventPipelineInfoPricePlans"][];
            account?: components["schemas"]["EventPipelineInfoAccount"];
            customer?: components["schemas"]["EventPipelineInfoCustomer"];
            featureDetails?: components["schemas"]["EventPipelineInfoFeatureDetails"];
            enrichments?: components["schemas"]["EventPipelineInfoEnrichments"];
            revenueDetails?: components["schemas"]["EventPipelineInfoRevenueDetails"][];
            statusBeforeReverting?: string;
            baseCurrency?: string;
            invoiceCurrency?: string;
        };
        EventPipelineInfoAccount: {
            id: string;
            name: string;
            alias?: string;
        };
        EventPipelineInfoCustomer: {
            id: string;
            name: string;
        };
        EventPipelineInfoEnrichments: {
            attributes?: components["schemas"]["EnrichedField"][];
            dimensions?: components["schemas"]["EnrichedField"][];
            dependencies?: components["schemas"]["EnrichmentDependency"][];
        };
        EventPipelineInfoEventSchema: {
            name: string;
            version: number;
        };
        EventPipelineInfoFeatureDetails: {
            featureId: string;
            mappedAttribute: string;
            overageInCycle?: number;
            overageInEvent?: number;
        };
        EventPipelineInfoPricePlans: {
            name: string;
            id: string;
            scheduleId: string;
            /** Format: date */
            cycleStart: string;
            /** Format: date */
            cycleEnd: string;
            usageMeters?: string[];
        };
        EventPipelineInfoRevenueDetails: {
            usageMeterId: string;
            revenueBaseCurrency: number;
            revenueInvoiceCurrency: number;
        };
        EventPipelineInfoUsageMeters: {
            id: string;
            name: string;
            version: number;
            status: string;
            units?: number;
        };
        EventSchema: {
            name: string;
            description?: string;
            version: number;
            status?: string;
            attributes?: components["schemas"]["EventAttributeSchema"][];
            dimensions?: components["schemas"]["DimensionsSchema"][];
            filterFields?: string[];
            featureDetails?: components["schemas"]["FeatureDetails"];
            enrichments?: components["schemas"]["Enrichments"];
            eventIdTemplate?: string;
            eventLevelRevenue?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        EventSchemaListData: {
            name: string;
            description?: string;
            version: number;
            status?: string;
            attributes?: components["schemas"]["EventAttributeSchema"][];
            dimensions?: components["schemas"]["DimensionsSchema"][];
            filterFields?: string[];
            featureDetails?: components["schemas"]["FeatureDetails"];
            enrichments?: components["schemas"]["Enrichments"];
            eventIdTemplate?: string;
            eventLevelRevenue?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            usageMetersCount?: number;
        };
        EventSchemaListPaginatedResponse: {
            data?: components["schemas"]["EventSchemaListData"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        EventSchemasForFeature: {
            schemaName: string;
            attributeName: string;
        };
        EventSchemaVersionsResponse: {
            data: components["schemas"]["EventSchema"][];
        };
        EventsCorrectionResponse: {
            data: components["schemas"]["EventCorrectionInfo"][];
        };
        EventSource: {
            id: string;
            type: string;
        };
        EventWithStatus: {
            referenceId: string;
            eventPayload: components["schemas"]["Event"];
            ingestionStatus: components["schemas"]["IngestionStatus"];
            customerId?: string;
            source?: components["schemas"]["EventSource"];
            /** Format: date-time */
            createdAt: string;
        };
        EventWithStatusAndEventPipelineInfo: {
            referenceId: string;
            eventPayload: components["schemas"]["Event"];
            ingestionStatus: components["schemas"]["IngestionStatus"];
            customerId?: string;
            source?: components["schemas"]["EventSource"];
            /** Format: date-time */
            createdAt: string;
            eventPipelineInfo: components["schemas"]["EventPipelineInfo"];
        };
        /** @enum {string} */
        ExpiryType: "PRICING_CYCLE" | "NO_EXPIRY" | "CUSTOM";
        ExternalPaymentReference: {
            sourceName: string;
            sourceType: string;
            transactionNumber: string;
            description?: string;
            metadata?: {
                [key: string]: unknown;
            };
        };
        Feature: {
            id: string;
            name: string;
            billableName?: string;
            displayName: string;
            schemaAssociations: components["schemas"]["EventSchemasForFeature"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        FeatureConfig: {
            effectiveFrom?: string;
            effectiveUntil: string;
            featureCreditLimit: number;
        };
        FeatureCreditEntry: {
            id: string;
            source: string;
            status: string;
            /** Format: date-time */
            effectiveFrom: string;
            /** Format: date-time */
            effectiveUntil: string;
            granted?: number;
            balance?: number;
            used: number;
        };
        FeatureDetails: {
            featureId: string;
            attributeName: string;
        };
        FeatureListResponse: {
            id: string;
            name: string;
            billableName?: string;
            displayName: string;
            schemaCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        FeaturePaginatedListData: {
            data?: components["schemas"]["FeatureListResponse"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        FinalizeAccountSchedules: {
            mergeSchedules?: boolean;
            preActions?: components["schemas"]["PreAction"][];
        };
        FinalizePricePlanRequest: {
            migrationMode?: components["schemas"]["MigrationMode"];
            versionsToMigrate?: components["schemas"]["VersionsToMigrate"];
        };
        FixedFeeRateCard: {
            id: string;
            displayName?: string;
            name?: string;
            tag?: string;
            invoiceTiming?: components["schemas"]["InvoiceTiming"];
            type?: components["schemas"]["FixedFeeType"];
            rateValues: components["schemas"]["CurrencyRateValue"][];
            enableProration: boolean;
            recurrenceConfig?: components["schemas"]["RecurrenceConfig"];
        };
        /** @enum {string} */
        FixedFeeType: "ONE_TIME" | "RECURRING";
        GetEntitlementValuesResponse: {
            data: components["schemas"]["GetEntitlementValuesResponseDataInner"][];
        };
        GetEntitlementValuesResponseDataInner: {
            featureId: string;
            value: string;
        };
        GetEventResponse: {
            events: components["schemas"]["EventWithStatusAndEventPipelineInfo"][];
        };
        GetEventsResponse: {
            events: components["schemas"]["EventWithStatus"][];
            nextToken?: string;
        };
        GetFeatureCreditEntriesPaginatedResponse: {
            data?: components["schemas"]["FeatureCreditEntry"][];
            nextToken?: string;
        };
        GetFeatureCreditsResponse: {
            accountId: string;
            featureId: string;
            granted: number;
            balance: number;
            overageLimit?: number;
            usedOverage: number;
        };
        GrantDetails: {
            priority: number;
            expiryType: components["schemas"]["ExpiryType"];
            expiryDuration?: string;
            applicableEntityIds?: string[];
        };
        IngestBatchEventRequest: {
            events: components["schemas"]["Event"][];
        };
        IngestEventRequest: {
            event: components["schemas"]["Event"];
        };
        IngestEventResponse: {
            success?: boolean;
            statusCode?: number;
            name?: string;
            message?: string;
            code?: string;
            details?: unknown;
        };
        IngestionStatus: {
            status: string;
            statusDescription?: string;
        };
        Invoice: {
            id: string;
            customerId?: string;
            ownerId?: string;
            pricePlanId?: string;
            usageInfo?: components["schemas"]["InvoiceLineItem"][];
            revenueInfo?: components["schemas"]["InvoiceLineItem"];
            invoiceDetails?: components["schemas"]["InvoiceDetails"];
            status: components["schemas"]["InvoicesStatus"];
            finalizingStatus?: string;
            invoiceClass: components["schemas"]["InvoicesClass"];
            invoiceType: components["schemas"]["InvoicesType"];
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
            info?: components["schemas"]["InvoiceInfoInner"][];
            sequenceId?: string;
            pdfUrl?: string;
            totalAmount: number;
            paidAmount: number;
            netTermDays: number;
        };
        InvoiceDetails: {
            customer?: components["schemas"]["InvoiceDetailsCustomer"];
            account?: components["schemas"]["InvoiceDetailsAccount"];
            pricePlanName?: string;
            invoiceGroup?: components["schemas"]["InvoiceDetailsInvoiceGroup"];
            organization?: components["schemas"]["InvoiceDetailsOrganization"];
            logoUrl?: string;
        };
        InvoiceDetailsAccount: {
            name: string;
            invoiceCurrency: string;
            address: components["schemas"]["Address"];
            primaryEmail: string;
        };
        InvoiceDetailsCustomer: {
            name: string;
            primaryEmail: string;
            billingAddress?: string;
            address?: components["schemas"]["Address"];
        };
        InvoiceDetailsInvoiceGroup: {
            id: string;
            name: string;
            email?: string;
            dailyInvoiceConsolidation: boolean;
            invoiceCurrency: string;
            address: components["schemas"]["Address"];
        };
        InvoiceDetailsOrganization: {
            businessName: string;
            address: components["schemas"]["Address"];
            primaryEmail: string;
            metadata?: {
                [key: string]: string;
            };
        };
        InvoiceGroupDetails: {
            id: string;
            name: string;
            email: string;
            dailyInvoiceConsolidation: boolean;
            netTermDays?: number;
            invoiceCurrency: string;
            billingAddress: components["schemas"]["Address"];
        };
        InvoiceInfoInner: {
            type: string;
            value: string;
        };
        InvoiceLineItem: {
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
            lineItems: components["schemas"]["InvoiceLineItem"][];
        };
        /** @enum {string} */
        InvoicesClass: "INVOICE" | "ORDER" | "BILLABLE";
        /** @enum {string} */
        InvoicesStatus: "DRAFT" | "DUE" | "PAID" | "VOID" | "UN_COLLECTIBLE" | "REFUND_INITIATED" | "REFUND_COMPLETED" | "MERGED" | "PARTIALLY_PAID";
        /** @enum {string} */
        InvoicesType: "STANDARD" | "AD_HOC" | "CUSTOM" | "COMPOSITE" | "STANDARD_ADVANCED" | "ADHOC_ADVANCED";
        InvoiceSummary: {
            id: string;
            customerId?: string;
            ownerId?: string;
            pricePlanId?: string;
            status: components["schemas"]["InvoicesStatus"];
            finalizingStatus?: string;
            invoiceClass: components["schemas"]["InvoicesClass"];
            invoiceType: components["schemas"]["InvoicesType"];
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
            sequenceId?: string;
            pdfUrl?: string;
            totalAmount: number;
            paidAmount: number;
            invoiceDetails?: components["schemas"]["InvoiceDetails"];
            netTermDays: number;
        };
        /** @enum {string} */
        InvoiceTiming: "IN_ADVANCE" | "IN_ARREARS" | "PREPAID";
        LicenseRateCard: {
            id: string;
            type?: components["schemas"]["AddOnType"];
            displayName?: string;
            name?: string;
            tag?: string;
            invoiceTiming?: components["schemas"]["InvoiceTiming"];
            usageCycle?: components["schemas"]["UsageCycleInterval"];
            enableProration: boolean;
            config?: components["schemas"]["LicenseRateCardConfig"];
            ratePlan: components["schemas"]["RatePlan"];
            rateValues: components["schemas"]["RateValue"][];
            proratedRefundMode?: components["schemas"]["ProratedRefundMode"];
        };
        LicenseRateCardConfig: {
            maxQuantity?: number;
            maxQuantityBreachAction?: components["schemas"]["MaxQuantityBreachAction"];
        };
        ListCreditsResponse: {
            data: components["schemas"]["Credit"][];
            nextToken?: string;
        };
        ListInvoicesResponse: {
            data: components["schemas"]["InvoiceSummary"][];
            nextToken?: string;
        };
        ListPaymentResponse: {
            data: components["schemas"]["Payment"][];
            nextToken?: string;
        };
        ManageMiscellaneousChargesRequest: {
            items: components["schemas"]["MiscellaneousCharge"][];
        };
        /** @enum {string} */
        MaxQuantityBreachAction: "DO_NOTHING";
        /** @enum {string} */
        MigrationMode: "IMMEDIATE" | "IMMEDIATE_IGNORE_OVERRIDE" | "NEXT_CYCLE" | "NEXT_CYCLE_IGNORE_OVERRIDE" | "NONE" | "START_OF_CURRENT_CYCLE";
        MinimumCommitment: {
            displayName: string;
            rateValues: components["schemas"]["CurrencyRateValue"][];
        };
        MiscellaneousCharge: {
            name: string;
            rate?: number;
            quantity?: number;
            value?: string;
            considerForRevenue?: boolean;
        };
        MiscellaneousChargesResponse: {
            data: components["schemas"]["MiscellaneousCharge"][];
        };
        ModelField: {
            name: string;
            type: string;
            enrichmentType: string;
            value: string;
            order: number;
        };
        PaginationOptions: {
            pageSize?: number;
            sortOrder?: string;
        };
        Payment: {
            id: string;
            description?: string;
            notes?: string;
            accountId: string;
            externalPaymentReferences: components["schemas"]["ExternalPaymentReference"];
            lineItemRecords: components["schemas"]["PaymentLineItemRecord"][];
            totalAmount: number;
            currency: string;
            version: number;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        PaymentLineItemRecord: {
            type: string;
            togaiId?: string;
            amount?: number;
            order: number;
        };
        PlanOverride: {
            id: string;
            pricePlanId: string;
            pricePlanName: string;
            pricePlanDetailsOverride?: components["schemas"]["PricePlanDetailsOverride"];
            pricingRulesOverride?: components["schemas"]["PricingRule"][];
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
        };
        PreAction: {
            type: string;
            config?: {
                [key: string]: string;
            };
        };
        PricePlan: {
            id: string;
            name: string;
            type: components["schemas"]["PricePlanType"];
            description?: string;
            status: string;
            pricingSchedule: components["schemas"]["PricingSchedule"][];
        };
        PricePlanDetails: {
            supportedCurrencies: string[];
            readonly activeCurrencies?: string[];
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            usageRateCards?: components["schemas"]["UsageRateCard"][];
            fixedFeeRateCards?: components["schemas"]["FixedFeeRateCard"][];
            licenseRateCards?: components["schemas"]["LicenseRateCard"][];
            billingEntitlementRateCards?: components["schemas"]["BillingEntitlementRateCard"][];
            entitlementOverageRateCards?: components["schemas"]["EntitlementOverageRateCard"][];
            minimumCommitment?: components["schemas"]["MinimumCommitment"];
            creditGrantRateCards?: components["schemas"]["CreditGrantRateCard"][];
            type?: components["schemas"]["PricePlanType"];
            deferredRevenue?: boolean;
            allowOngoingCycleUpdates?: unknown;
        };
        PricePlanDetailsOverride: {
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            supportedCurrencies?: string[];
            usageRateCards?: components["schemas"]["UsageRateCard"][];
            billingEntitlementRateCards?: components["schemas"]["BillingEntitlementRateCard"][];
            entitlementOverageRateCards?: components["schemas"]["EntitlementOverageRateCard"][];
            fixedFeeRateCards?: components["schemas"]["FixedFeeRateCard"][];
            licenseRateCards?: components["schemas"]["LicenseRateCard"][];
            minimumCommitment?: components["schemas"]["MinimumCommitment"];
            creditGrantRateCards?: components["schemas"]["CreditGrantRateCard"][];
        };
        PricePlanInfo: {
            name: string;
            description?: string;
        };
        PricePlanListData: {
            id: string;
            name: string;
            version: number;
            description?: string;
            status: string;
            usageMeters: string[];
            pricePlanDetails: components["schemas"]["PricePlanDetails"];
            pricingRules?: components["schemas"]["PricingRule"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            type: components["schemas"]["PricePlanType"];
        };
        PricePlanPaginatedResponse: {
            data: components["schemas"]["PricePlanListData"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        /** @enum {string} */
        PricePlanType: "BILLING" | "PURCHASE";
        PricePlanV2: {
            name: string;
            description?: string;
            type: components["schemas"]["PricePlanType"];
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            supportedCurrencies: string[];
            deferredRevenue?: boolean;
            allowOngoingCycleUpdates?: boolean;
            id: string;
            referenceId: string;
            version: number;
            status: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PricePlanV2PaginatedResponse: {
            data: components["schemas"]["PricePlanV2"][];
            nextToken?: string;
        };
        /** @enum {string} */
        PriceType: "FLAT" | "PER_UNIT" | "PACKAGE";
        PricingCycleConfig: {
            interval: components["schemas"]["PricingCycleInterval"];
            startOffset?: components["schemas"]["PricingCycleConfigStartOffset"];
            gracePeriod: number;
            anniversaryCycle?: boolean;
        };
        PricingCycleConfigStartOffset: {
            dayOffset: string;
            monthOffset: string;
        };
        /** @enum {string} */
        PricingCycleInterval: "WEEKLY" | "MONTHLY" | "QUARTERLY" | "HALF_YEARLY" | "ANNUALLY";
        /** @enum {string} */
        PricingModel: "TIERED" | "VOLUME";
        PricingRule: {
            id: string;
            name: string;
            version: number;
            invoiceTiming?: components["schemas"]["PricingRuleTiming"];
            order: number;
            condition?: string;
            computation: string;
            action: components["schemas"]["PricingRuleAction"];
        };
        PricingRuleAction: {
            type: string;
            target?: string;
            id?: string;
            description?: string;
            metadata?: {
                [key: string]: string;
            };
        };
        PricingRuleChangesLog: {
            key: string;
            keyName?: string;
            oldRevenue: number;
            newRevenue: number;
            oldUsage?: number;
            newUsage?: number;
            errorMessage?: string;
        };
        PricingRuleInfo: {
            id: string;
            name?: string;
            condition?: string;
            computation?: string;
        };
        PricingRulesLog: {
            id: string;
            type?: string;
            order: number;
            changes: components["schemas"]["PricingRuleChangesLog"];
            rule?: components["schemas"]["PricingRuleInfo"];
            variablesValue?: {
                [key: string]: components["schemas"]["PricingRulesValues"];
            };
        };
        PricingRulesLogsPaginatedResponse: {
            data: components["schemas"]["PricingRulesLog"][];
        };
        PricingRulesPaginatedResponse: {
            data: components["schemas"]["PricingRule"][];
        };
        PricingRulesValues: {
            name?: string;
            value?: string;
        };
        /** @enum {string} */
        PricingRuleTiming: "IN_ADVANCE" | "IN_ARREARS";
        PricingSchedule: {
            id: string;
            pricePlanDetails?: components["schemas"]["PricePlanDetails"];
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            version: number;
            pricingRules?: components["schemas"]["PricingRule"][];
            isOverriden: boolean;
        };
        PricingSchedulePaginatedResponse: {
            data?: components["schemas"]["PricingScheduleWithPricePlanId"][];
            nextToken?: string;
            previousToken?: string;
        };
        PricingScheduleWithPricePlanId: {
            id: string;
            pricePlanDetails?: components["schemas"]["PricePlanDetails"];
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            version: number;
            pricingRules?: components["schemas"]["PricingRule"][];
            isOverriden: boolean;
            pricePlanId: string;
            pricePlanName?: string;
            pricePlanInfo?: components["schemas"]["PricePlanInfo"];
        };
        /** @enum {string} */
        ProratedRefundMode: "NONE" | "CREDITS" | "PAYMENT" | "WALLET";
        RateCard: {
            billableId: string;
            type: components["schemas"]["RateCardType"];
            displayName: string;
            invoiceTiming: components["schemas"]["InvoiceTiming"];
            rateCardDetails: components["schemas"]["RateCardDetails"];
            tag?: string;
            name: string;
            referenceId: string;
            referenceType: string;
            currencies?: string[];
            pricePlanId: string;
            accountId?: string;
        };
        RateCardData: {
            billableId: string;
            type: components["schemas"]["RateCardType"];
            displayName?: string;
            invoiceTiming: components["schemas"]["InvoiceTiming"];
            rateCardDetails: components["schemas"]["RateCardDetails"];
            tag?: string;
        };
        RateCardDetails: {
            fixedFeeRateCard?: components["schemas"]["FixedFeeRateCard"];
            billingEntitlementRateCard?: components["schemas"]["BillingEntitlementRateCard"];
            creditGrantRateCard?: components["schemas"]["CreditGrantRateCard"];
            usageRateCard?: components["schemas"]["UsageRateCard"];
            licenseRateCard?: components["schemas"]["LicenseRateCard"];
            entitlementOverageRateCard?: components["schemas"]["EntitlementOverageRateCard"];
            minimumCommitmentRateCard?: components["schemas"]["MinimumCommitment"];
        };
        RateCardOperation: {
            actionType: string;
            rateCardName: string;
            rateCard?: components["schemas"]["RateCardData"];
        };
        RateCardPaginatedResponse: {
            data: components["schemas"]["RateCard"][];
            nextToken?: string;
        };
        /** @enum {string} */
        RateCardType: "MINIMUM_COMMITMENT" | "BILLING_ENTITLEMENT" | "CREDIT_GRANT" | "ENTITLEMENT_OVERAGE" | "FIXED_FEE" | "LICENSE" | "USAGE";
        RatePlan: {
            pricingModel: components["schemas"]["PricingModel"];
            slabs: components["schemas"]["Slab"][];
        };
        RateValue: {
            currency: string;
            slabRates: components["schemas"]["SlabRate"][];
            rateConfig?: {
                [key: string]: string;
            };
        };
        RecurrenceConfig: {
            interval?: number;
            offset?: number;
        };
        RemoveAccountAliasesRequest: {
            aliases?: string[];
            accountAliases?: components["schemas"]["RemoveAccountAliasRequest"][];
        };
        RemoveAccountAliasRequest: {
            id: string;
            /** Format: date-time */
            from?: string;
        };
        ScheduleInfo: {
            supportedCurrencies: string[];
            pricingCycleConfig: components["schemas"]["PricingCycleConfig"];
            pricingRules?: components["schemas"]["PricingRule"][];
        };
        SchedulesPaginatedResponse: {
            data: components["schemas"]["AccountSchedule"][];
            nextToken?: string;
            previousToken?: string;
        };
        Setting: {
            id: string;
            value: string;
            entityType: string;
            entityId: string;
            namespace: string;
            name: string;
            dataType: components["schemas"]["SettingDataType"];
        };
        /** @enum {string} */
        SettingDataType: "STRING" | "NUMERIC" | "JSON" | "JSON_LOGIC";
        SettingPaginatedResponse: {
            data?: components["schemas"]["Setting"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        Slab: {
            order: number;
            startAfter: number;
            priceType: components["schemas"]["PriceType"];
            slabConfig?: {
                [key: string]: string;
            };
        };
        SlabDetail: {
            startAfter: number;
            priceType: components["schemas"]["PriceType"];
            slabConfig?: {
                [key: string]: string;
            };
            rate: number;
            slabRateConfig?: {
                [key: string]: string;
            };
        };
        SlabRate: {
            order: number;
            rate: number;
            slabRateConfig?: {
                [key: string]: string;
            };
        };
        TopupWalletRequest: {
            topupAmount: number;
        };
        UpdateAccountRequest: {
            name?: string;
            status?: string;
            invoiceCurrency?: string;
            netTermDays?: number;
            primaryEmail?: string;
            billingInformation?: components["schemas"]["AccountsBillingInformation"];
            address?: components["schemas"]["Address"];
            metadata?: {
                [key: string]: string;
            };
            tags?: string[];
        };
        UpdateAccountScheduleV2Request: {
            mode?: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveUntil: string;
            associationConfig?: components["schemas"]["AssociationConfig"];
            mergeSchedules?: boolean;
        };
        UpdateCustomerRequest: {
            name?: string;
            primaryEmail?: string;
            address?: components["schemas"]["Address"];
        };
        UpdateEventSchemaRequest: {
            description?: string;
            attributes?: components["schemas"]["EventAttributeSchema"][];
            dimensions?: components["schemas"]["DimensionsSchema"][];
            enrichments?: components["schemas"]["Enrichments"];
            filterFields?: string[];
            eventIdTemplate?: string;
        };
        UpdateFeatureCreditsRequest: {
            /** Format: date-time */
            effectiveUntil?: string;
            granted?: number;
        };
        UpdateFeatureRequest: {
            name?: string;
            billableName?: string;
            schemaAssociations?: components["schemas"]["EventSchemasForFeature"][];
        };
        UpdateInvoiceRequest: {
            /** Format: date-time */
            startDate?: string;
            /** Format: date-time */
            endDate?: string;
            status?: string;
            lineItems?: components["schemas"]["CustomInvoiceLineItem"][];
            autoAdvance?: boolean;
        };
        UpdatePricePlanRequest: {
            migrationMode?: components["schemas"]["MigrationMode"];
            versionsToMigrate?: components["schemas"]["VersionsToMigrate"];
            description?: string;
            pricePlanDetails?: components["schemas"]["CreatePricePlanDetailsOverride"];
            pricingRules?: components["schemas"]["CreatePricingRule"][];
        };
        UpdatePricePlanV2Request: {
            description?: string;
            pricingCycleConfig?: components["schemas"]["PricingCycleConfig"];
            supportedCurrencies?: string[];
        };
        UpdatePricingRulesRequest: {
            pricingRules?: components["schemas"]["CreatePricingRule"][];
        };
        UpdatePricingScheduleRequest: {
            mode?: string;
            pricePlanId?: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveUntil: string;
            pricePlanDetailsOverride?: components["schemas"]["CreatePricePlanDetailsOverride"];
            pricingRulesOverride?: components["schemas"]["CreatePricingRule"][];
            retainStartOffsets?: boolean;
        };
        UpdatePricingScheduleRequestWithActions: {
            mode?: string;
            pricePlanId?: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveUntil: string;
            pricePlanDetailsOverride?: components["schemas"]["CreatePricePlanDetailsOverride"];
            pricingRulesOverride?: components["schemas"]["CreatePricingRule"][];
            retainStartOffsets?: boolean;
            preActions?: components["schemas"]["PreAction"][];
        };
        UpdatePricingScheduleResponse: {
            accountId: string;
            accountName: string;
            pricingSchedules: components["schemas"]["PlanOverride"][];
        };
        UpdateSettingRequest: {
            name?: string;
            value?: string;
            dataType?: components["schemas"]["SettingDataType"];
        };
        UpdateUsageMeterRequest: {
            name?: string;
            billableName?: string;
            description?: string;
            eventSchemaName?: string;
            type?: string;
            aggregation?: components["schemas"]["UsageMeterAggregation"];
            computations?: components["schemas"]["Computation"][];
            filters?: components["schemas"]["UsageMeterFilterEntry"][];
        };
        UpdateWalletRequest: {
            /** Format: date-time */
            effectiveFrom?: string;
            status?: components["schemas"]["WalletStatus"];
        };
        /** @enum {string} */
        UsageCycleInterval: "WEEKLY" | "MONTHLY" | "QUARTERLY" | "HALF_YEARLY" | "ANNUALLY";
        UsageMeter: {
            id: string;
            name: string;
            billableName?: string;
            displayName: string;
            description?: string;
            filters?: components["schemas"]["UsageMeterFilterEntry"][];
            type: string;
            status?: string;
            aggregation: components["schemas"]["UsageMeterAggregation"];
            computations?: components["schemas"]["Computation"][];
            eventSchema?: components["schemas"]["EventSchema"];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            lastActivatedAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        /** @enum {string} */
        UsageMeterAggregation: "COUNT" | "SUM";
        UsageMeterFilterEntry: {
            field: string;
            value: string;
        };
        UsageMeterPaginatedResponse: {
            data?: components["schemas"]["UsageMeter"][];
            nextToken?: string;
            context?: components["schemas"]["PaginationOptions"];
        };
        UsageRateCard: {
            displayName?: string;
            name?: string;
            tag?: string;
            usageMeterId: string;
            ratePlan: components["schemas"]["RatePlan"];
            rateValues: components["schemas"]["RateValue"][];
        };
        ValidatedEntityError: {
            referenceId: string;
            entityId: string;
            entityType: string;
            errorMessage: string;
        };
        ValidatedEntityErrorsPaginatedResponse: {
            data: components["schemas"]["ValidatedEntityError"][];
            nextToken?: string;
        };
        ValidateEntitlementValueRequest: {
            value: string;
        };
        /** @enum {string} */
        VersionsToMigrate: "LATEST_VERSION" | "ALL_VERSION";
        WalletBalanceResponse: {
            id: string;
            accountId: string;
            customerId: string;
            balance: number;
            creditUnit: string;
            externalId?: string;
            status: components["schemas"]["WalletStatus"];
            holdAmount?: number;
            /** Format: date-time */
            effectiveFrom: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            metadata?: {
                [key: string]: unknown;
            };
        };
        WalletEntriesPaginatedResponse: {
            data: components["schemas"]["WalletEntry"][];
            nextToken?: string;
        };
        WalletEntry: {
            id: string;
            description?: string;
            walletId: string;
            transactionType: string;
            status: string;
            entityId?: string;
            amount: number;
            /** Format: date-time */
            createdAt: string;
            closingBalance: number;
        };
        /** @enum {string} */
        WalletStatus: "ACTIVE" | "INACTIVE";
    };
    responses: {
        /** @description Any other failure, in the same shape */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
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
    getCustomers: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list customers request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description Response for Create customer request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomerResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCustomerContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerContactRequest"];
            };
        };
        responses: {
            /** @description Response for CreateCustomerContactRequest */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomerContactResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Get customer requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerRequest"];
            };
        };
        responses: {
            /** @description Response for Get customer requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAccountAliasesRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get account requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccounts: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list customers request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get account requests */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: {
                effective_on?: string;
                include_group_details?: boolean;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get account requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get account requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPricingSchedules: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
                start_date?: string;
                end_date?: string;
                include_price_plan_info?: boolean;
                compact?: boolean;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list pricing schedules request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingSchedulePaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAccountAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list account aliases request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountAliasesPaginatedResponse"];
                };
            };
        };
    };
    removeAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveAccountAliasesRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get account requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updatePricingSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePricingScheduleRequestWithActions"];
            };
        };
        responses: {
            /** @description Response for dis/associate price plan request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePricingScheduleResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updatePricingScheduleBatch: {
        parameters: {
            query?: {
                dry_run?: boolean;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditPricingScheduleRequest"];
            };
        };
        responses: {
            /** @description Response for edit pricing schedule request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePricingScheduleResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAliases: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list aliases request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasPaginatedResponse"];
                };
            };
        };
    };
    createAlias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBulkAliasRequest"];
            };
        };
        responses: {
            /** @description Response for list aliases request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasPaginatedResponse"];
                };
            };
        };
    };
    getAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for adding or removing aliases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alias"];
                };
            };
        };
    };
    deleteAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
        };
    };
    activateEventSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_schema_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get event schema requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listEventSchemas: {
        parameters: {
            query?: {
                status?: string;
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list events request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchemaListPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createEventSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventSchemaRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get event schema requests */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deactivateEventSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_schema_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get event schema requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEventSchema: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                event_schema_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get event schema requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteEventSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_schema_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    eventSchemaEventSchemaNamePatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_schema_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventSchemaRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get event schema requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listEventSchemaVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_schema_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list event schema versions request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchemaVersionsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    activateUsageMeter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                usage_meter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get usage event requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsageMetersForEventSchema: {
        parameters: {
            query?: {
                status?: string;
                aggregations?: string;
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list usage_meters request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeterPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createUsageMeter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUsageMeterRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get usage event requests */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deactivateUsageMeter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                usage_meter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get usage event requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsageMeter: {
        parameters: {
            query?: {
                include_schema?: boolean;
            };
            header?: never;
            path: {
                usage_meter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get usage event requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUsageMeter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                usage_meter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateUsageMeter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                usage_meter_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUsageMeterRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get usage event requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ingest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestEventRequest"];
            };
        };
        responses: {
            /** @description Successfully accepted to process all the events from payload. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestEventResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service is currently unavailable to process the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ingestBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestBatchEventRequest"];
            };
        };
        responses: {
            /** @description Successfully accepted to process all the events from payload. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestEventResponse"];
                };
            };
            /** @description Partial failure. Few events from request were not accepted */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestEventResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service is currently unavailable to process the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    eventCorrection: {
        parameters: {
            query: {
                action: string;
                require_confirmation?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCorrectionRequest"];
            };
        };
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsCorrectionResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                nextToken?: string;
                status?: string;
                account_id?: string;
                schema_name?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEventsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSingleEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEventResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    activatePricePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivatePricePlanRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlan"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPricePlan: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlan"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archivePricePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updatePricePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePricePlanRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlan"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPricePlans: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list price plans request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlanPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPricePlan: {
        parameters: {
            query?: {
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePricePlanRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlan"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    pricePlanMigration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePricePlanMigrationRequest"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPricePlanRateCards: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list rate cards request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardPaginatedResponse"];
                };
            };
        };
    };
    bulkPricePlanRateCardOperations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRateCardOperationsRequest"];
            };
        };
        responses: {
            /** @description Response for bulk rate card operations of a price plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRateCardOperationsResponse"];
                };
            };
        };
    };
    listPricePlansV2: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list price plans request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlanV2PaginatedResponse"];
                };
            };
        };
    };
    createPricePlanV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePricePlanV2Request"];
            };
        };
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlanV2"];
                };
            };
        };
    };
    discardPricePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
        };
    };
    finalizePricePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalizePricePlanRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
        };
    };
    getPricePlanV2: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlanV2"];
                };
            };
        };
    };
    updatePricePlanV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePricePlanV2Request"];
            };
        };
        responses: {
            /** @description Response for Create and Get price plan requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlanV2"];
                };
            };
        };
    };
    listPricePlanErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paginated response for draft entities validations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidatedEntityErrorsPaginatedResponse"];
                };
            };
        };
    };
    listPricePlanPricingRules: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for create/list pricing rules request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingRulesPaginatedResponse"];
                };
            };
        };
    };
    updatePricePlanPricingRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePricingRulesRequest"];
            };
        };
        responses: {
            /** @description Response for create/list pricing rules request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingRulesPaginatedResponse"];
                };
            };
        };
    };
    listPricePlanVersions: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                price_plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list price plans request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePlanV2PaginatedResponse"];
                };
            };
        };
    };
    pricePlanMigrationV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePricePlanMigrationRequest"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    bulkEditSchedules: {
        parameters: {
            query?: {
                discard?: boolean;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditAccountScheduleRequest"];
            };
        };
        responses: {
            /** @description Response for dis/associate price plan request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePricingScheduleResponse"];
                };
            };
        };
    };
    listScheduleRateCards: {
        parameters: {
            query: {
                mode: string;
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list rate cards request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardPaginatedResponse"];
                };
            };
        };
    };
    bulkRateCardOperationsOnSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRateCardOperationsRequest"];
            };
        };
        responses: {
            /** @description Response for bulk rate card operations of a price plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRateCardOperationsResponse"];
                };
            };
        };
    };
    discardAccountSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
        };
    };
    finalizeAccountSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalizeAccountSchedules"];
            };
        };
        responses: {
            /** @description Paginated response for pricing schedules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulesPaginatedResponse"];
                };
            };
        };
    };
    listPricingRules: {
        parameters: {
            query: {
                mode: string;
            };
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for create/list pricing rules request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingRulesPaginatedResponse"];
                };
            };
        };
    };
    updatePricingRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePricingRulesRequest"];
            };
        };
        responses: {
            /** @description Response for create/list pricing rules request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingRulesPaginatedResponse"];
                };
            };
        };
    };
    listScheduleErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paginated response for draft entities validations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidatedEntityErrorsPaginatedResponse"];
                };
            };
        };
    };
    listaccountSchedules: {
        parameters: {
            query: {
                mode: string;
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paginated response for pricing schedules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulesPaginatedResponse"];
                };
            };
        };
    };
    getSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setting_id_str: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for insert and update settings request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Setting"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setting_id_str: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSettingRequest"];
            };
        };
        responses: {
            /** @description Response for insert and update settings request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Setting"];
                };
            };
            /** @description Response for insert and update settings request */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Setting"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSetting: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
                entity_type?: string;
                entity_id?: string;
                setting_id?: string;
                namespace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list setting request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    insertSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Setting"];
            };
        };
        responses: {
            /** @description Response for insert and update settings request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Setting"];
                };
            };
            /** @description Response for insert and update settings request */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Setting"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                nextToken?: string;
                status?: string;
                owner_id?: string;
                customer_id?: string;
                pageSize?: number;
                start_time?: number;
                end_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListInvoicesResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCustomInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomInvoiceRequest"];
            };
        };
        responses: {
            /** @description Response for Get invoice requests */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listInvoicesForBillRun: {
        parameters: {
            query?: {
                nextToken?: string;
                status?: string;
                owner_id?: string;
                customer_id?: string;
                pageSize?: number;
                start_time?: number;
                end_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Get invoice requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListInvoicesResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createInvoiceBillRun: {
        parameters: {
            query?: {
                require_confirmation?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Get invoice requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInvoiceRequest"];
            };
        };
        responses: {
            /** @description Response for Get invoice requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPricingRuleLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list Invoice Pricing Rules Logs Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingRulesLogsPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    manageMiscellaneousChargesInAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageMiscellaneousChargesRequest"];
            };
        };
        responses: {
            /** @description Response for Miscellaneous Charges Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiscellaneousChargesResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    manageMiscellaneousChargesInInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageMiscellaneousChargesRequest"];
            };
        };
        responses: {
            /** @description Response for Miscellaneous Charges Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiscellaneousChargesResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFeatures: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for list Feature request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeaturePaginatedListData"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createFeature: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeatureRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get Feature requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feature"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFeature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Create and Get Feature requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feature"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateFeature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeatureRequest"];
            };
        };
        responses: {
            /** @description Response for Create and Get Feature requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feature"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEntitlementValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
                feature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEntitlementValuesResponse"];
                };
            };
        };
    };
    validateEntitlementValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
                feature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateEntitlementValueRequest"];
            };
        };
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
        };
    };
    getEntitlements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEntitlementValuesResponse"];
                };
            };
        };
    };
    getFeatureCredits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
                feature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFeatureCreditsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ingestEntitledEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestEventRequest"];
            };
        };
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Duplicate Id */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listFeatureCreditEntries: {
        parameters: {
            query?: {
                pageSize?: number;
                nextToken?: string;
            };
            header?: never;
            path: {
                account_id: string;
                feature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFeatureCreditEntriesPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateFeatureCreditEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
                feature_id: string;
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeatureCreditsRequest"];
            };
        };
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureCreditEntry"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    voidFeatureCreditEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
                feature_id: string;
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseSuccessResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCredits: {
        parameters: {
            query?: {
                nextToken?: string;
                status?: string;
                account_id?: string;
                id?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Get invoice requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCreditsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCreditRequest"];
            };
        };
        responses: {
            /** @description Response for List credits request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCreditResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    creditBalanceForAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Credit Balance Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditBalanceResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCreditDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Fetch Credit Details request. This contains Credit Transactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditDetailsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    voidCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Void credit request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credit"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    topUpWalletForAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopupWalletRequest"];
            };
        };
        responses: {
            /** @description Response for Credit Balance Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletBalanceResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    walletBalanceForAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Credit Balance Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletBalanceResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateWalletForAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWalletRequest"];
            };
        };
        responses: {
            /** @description Response for Credit Balance Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletBalanceResponse"];
                };
            };
        };
    };
    walletEntriesForAccount: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for Credit Balance Request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletEntriesPaginatedResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                nextToken?: string;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for GET payments requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPaymentResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description Response for POST payments requests */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response for POST payments requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
