// Generated from contracts/chargebee.yaml by openapi-typescript (npm run generate); do not edit.
// test/contract-types.test.ts fails when this file no longer matches the contract.

export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Returns customers page by page, optionally filtered. Pass the next_offset of one page as offset to get the next page; its absence means the last page was reached.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer record. Fields left out take the site defaults (for example auto_collection). When id is omitted Chargebee generates one; an id already in use is rejected with api_error_code duplicate_entry.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a customer
         * @description Returns one customer by id.
         */
        get: operations["retrieveCustomer"];
        put?: never;
        /**
         * Update a customer
         * @description Changes the given fields of a customer; fields not sent keep their values.
         */
        post: operations["updateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer-id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a customer
         * @description Deletes a customer. The response carries the customer as it was, with deleted set to true.
         */
        post: operations["deleteCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item_families": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List item families
         * @description Returns item families page by page, optionally filtered.
         */
        get: operations["listItemFamilies"];
        put?: never;
        /**
         * Create an item family
         * @description Creates an item family, the top-level grouping of items in Product Catalog 2.0.
         */
        post: operations["createItemFamily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item_families/{item-family-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an item family
         * @description Returns one item family by id.
         */
        get: operations["retrieveItemFamily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List items
         * @description Returns items page by page, optionally filtered.
         */
        get: operations["listItems"];
        put?: never;
        /**
         * Create an item
         * @description Creates an item (plan, addon or charge) inside an item family.
         */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{item-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an item
         * @description Returns one item by id.
         */
        get: operations["retrieveItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item_prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List item prices
         * @description Returns item prices page by page, optionally filtered.
         */
        get: operations["listItemPrices"];
        put?: never;
        /**
         * Create an item price
         * @description Creates a price point for an item: currency, pricing model, amount and, for plans and addons, the billing period.
         */
        post: operations["createItemPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item_prices/{item-price-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an item price
         * @description Returns one item price by id.
         */
        get: operations["retrieveItemPrice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer-id}/subscription_for_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a subscription with items for a customer
         * @description Creates a subscription for an existing customer from a list of item prices (exactly one plan item price, plus any addons and charges). Depending on the options and the site settings an invoice may be raised at once, or charges may be kept as unbilled charges.
         */
        post: operations["createSubscriptionWithItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions
         * @description Returns subscriptions page by page, each with its customer, optionally filtered.
         */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a subscription
         * @description Returns one subscription by id, together with its customer.
         */
        get: operations["retrieveSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/create_for_charge_items_and_charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an invoice for charge items and one-off charges
         * @description Raises a one-off invoice for a customer (or a subscription) made of charge item prices and/or ad hoc charges with an amount and a description.
         */
        post: operations["createInvoiceForChargeItemsAndCharges"];
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
        /**
         * List invoices
         * @description Returns invoices page by page, optionally filtered.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an invoice
         * @description Returns one invoice by its id (the invoice number).
         */
        get: operations["retrieveInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice-id}/record_payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an offline payment against an invoice
         * @description Records a payment received outside Chargebee (cash, check, bank transfer and so on) against an invoice. Returns the updated invoice and the transaction that was created.
         */
        post: operations["recordInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactions
         * @description Returns transactions (payments, refunds, authorizations, payment reversals) page by page, optionally filtered.
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transaction-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a transaction
         * @description Returns one transaction by id.
         */
        get: operations["retrieveTransaction"];
        put?: never;
        post?: never;
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
        /**
         * List events
         * @description Returns events page by page, optionally filtered. Each event records something that happened on the site and is what gets delivered to webhook endpoints.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description Returns one event by id.
         */
        get: operations["retrieveEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Returns the webhook endpoints of the site page by page.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers a URL that Chargebee POSTs events to, optionally with HTTP Basic credentials and a restricted list of event types.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_endpoints/{webhook-endpoint-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a webhook endpoint
         * @description Returns one webhook endpoint by id.
         */
        get: operations["retrieveWebhookEndpoint"];
        put?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the given fields of a webhook endpoint.
         */
        post: operations["updateWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_endpoints/{webhook-endpoint-id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a webhook endpoint
         * @description Removes a webhook endpoint. The response carries the endpoint as it was.
         */
        post: operations["deleteWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time_machines/{time-machine-name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a time machine
         * @description Returns the state of a test site's time machine: the time the site was reset to (genesis_time), the simulated current time (destination_time) and whether the last travel finished.
         */
        get: operations["retrieveTimeMachine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time_machines/{time-machine-name}/travel_forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a time machine forward
         * @description Moves the simulated clock of a test site forward to destination_time, running every scheduled job (renewals, invoices, dunning, ...) that falls due on the way. Travel runs in the background: time_travel_status is in_progress until it becomes succeeded or failed.
         */
        post: operations["travelForwardTimeMachine"];
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
        /** @description Error body returned with every non-2xx status. */
        Error: {
            /** @description Explanation meant for the developer, not for end users. */
            message: string;
            /**
             * @description Groups errors by how they should be handled. May be absent (an untyped error).
             * @enum {string}
             */
            type?: "invalid_request" | "payment" | "operation_failed";
            /** @description Specific error code, e.g. resource_not_found, duplicate_entry, param_wrong_value, api_authentication_failed, payment_processing_failed, invalid_state_for_request, api_request_limit_exceeded. */
            api_error_code: string;
            /** @description Name of the parameter at fault, in the same form as sent (e.g. billing_address[country]), when the error concerns one parameter. */
            param?: string;
            /** @description Chargebee code that standardises gateway errors across payment gateways. */
            error_cause_id?: string;
            /** @description The HTTP status of the answer, repeated in the body. */
            http_status_code?: number;
            /** @description Deprecated code still sent beside api_error_code for older clients (the official SDKs expose it as error_code). Usually the same code as api_error_code; for some errors a finer one (coupon_not_applicable beside invalid_request). */
            error_code: string;
        };
        /** @description Resources affected by the event, each under its own name. Which keys appear depends on event_type; keys for resources outside this subset may also appear. */
        EventContent: {
            customer?: components["schemas"]["Customer"];
            /** @description A single subscription, or a list of them for the event types whose content carries several. */
            subscription?: components["schemas"]["Subscription"] | components["schemas"]["Subscription"][];
            invoice?: components["schemas"]["Invoice"];
            transaction?: components["schemas"]["Transaction"];
            card?: components["schemas"]["Card"];
            item_family?: components["schemas"]["ItemFamily"];
            item?: components["schemas"]["Item"];
            item_price?: components["schemas"]["ItemPrice"];
            unbilled_charge?: components["schemas"]["UnbilledCharge"][];
        };
        /** @description A customer of the merchant: contact details, billing address, invoicing preferences and credit balances. Amounts are in the minor unit of the currency; times are Unix timestamps in seconds. */
        Customer: {
            id: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            phone?: string;
            company?: string;
            vat_number?: string;
            /** @enum {string} */
            auto_collection: "on" | "off";
            /** @enum {string} */
            offline_payment_method?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
            net_term_days: number;
            /** @description Unix timestamp in seconds. */
            vat_number_validated_time?: number;
            /** @enum {string} */
            vat_number_status?: "valid" | "invalid" | "not_validated" | "undetermined";
            allow_direct_debit: boolean;
            is_location_valid?: boolean;
            /** @description Unix timestamp in seconds. */
            created_at: number;
            created_from_ip?: string;
            /** @description Free-form JSON value. */
            exemption_details?: unknown;
            /** @enum {string} */
            taxability?: "taxable" | "exempt";
            /** @enum {string} */
            entity_code?: "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "p" | "q" | "r" | "med1" | "med2";
            exempt_number?: string;
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            locale?: string;
            billing_date?: number;
            billing_month?: number;
            /** @enum {string} */
            billing_date_mode?: "using_defaults" | "manually_set";
            /** @enum {string} */
            billing_day_of_week?: "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";
            /** @enum {string} */
            billing_day_of_week_mode?: "using_defaults" | "manually_set";
            /** @enum {string} */
            pii_cleared?: "active" | "scheduled_for_clear" | "cleared";
            auto_close_invoices?: boolean;
            /** @enum {string} */
            channel?: "web" | "app_store" | "play_store";
            active_id?: string;
            /** @enum {string} */
            card_status?: "no_card" | "valid" | "expiring" | "expired" | "pending_verification" | "invalid";
            /** @enum {string} */
            fraud_flag?: "safe" | "suspicious" | "fraudulent";
            primary_payment_source_id?: string;
            backup_payment_source_id?: string;
            billing_address?: components["schemas"]["CustomerBillingAddress"];
            referral_urls?: components["schemas"]["CustomerReferralUrl"][];
            contacts?: components["schemas"]["CustomerContact"][];
            payment_method?: components["schemas"]["CustomerPaymentMethod"];
            invoice_notes?: string;
            business_entity_id?: string;
            preferred_currency_code?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            promotional_credits: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unbilled_charges: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            refundable_credits: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            excess_payments: number;
            balances?: components["schemas"]["CustomerBalance"][];
            entity_identifiers?: components["schemas"]["CustomerEntityIdentifier"][];
            tax_providers_fields?: components["schemas"]["CustomerTaxProvidersField"][];
            is_einvoice_enabled?: boolean;
            /** @enum {string} */
            einvoicing_method?: "automatic" | "manual" | "site_default";
            /** @description Free-form JSON object kept for the merchant. */
            meta_data?: unknown;
            deleted: boolean;
            registered_for_gst?: boolean;
            consolidated_invoicing?: boolean;
            /** @enum {string} */
            customer_type?: "residential" | "business" | "senior_citizen" | "industrial";
            business_customer_without_vat_number?: boolean;
            client_profile_id?: string;
            relationship?: components["schemas"]["CustomerRelationship"];
            use_default_hierarchy_settings?: boolean;
            parent_account_access?: components["schemas"]["CustomerParentAccountAccess"];
            child_account_access?: components["schemas"]["CustomerChildAccountAccess"];
            vat_number_prefix?: string;
            entity_identifier_scheme?: string;
            entity_identifier_standard?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "customer";
        };
        /** @description A group of related items (a product line) in Product Catalog 2.0. */
        ItemFamily: {
            id: string;
            name: string;
            description?: string;
            /** @enum {string} */
            status?: "active" | "deleted";
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            /** @enum {string} */
            channel?: "web" | "app_store" | "play_store";
            business_entity_id?: string;
            deleted: boolean;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "item_family";
        };
        /** @description Something that can be sold: a plan, an addon or a charge. Prices live in item prices. */
        Item: {
            id: string;
            name: string;
            external_name?: string;
            description?: string;
            /** @enum {string} */
            status?: "active" | "archived" | "deleted";
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            item_family_id?: string;
            /** @enum {string} */
            type: "plan" | "addon" | "charge";
            is_shippable?: boolean;
            is_giftable: boolean;
            redirect_url?: string;
            enabled_for_checkout: boolean;
            enabled_in_portal: boolean;
            included_in_mrr?: boolean;
            /** @enum {string} */
            item_applicability?: "all" | "restricted";
            gift_claim_redirect_url?: string;
            unit?: string;
            metered: boolean;
            /** @enum {string} */
            usage_calculation?: "sum_of_usages" | "last_usage" | "max_usage";
            is_percentage_pricing?: boolean;
            /** @description Unix timestamp in seconds. */
            archived_at?: number;
            /** @enum {string} */
            channel?: "web" | "app_store" | "play_store";
            applicable_items?: components["schemas"]["ItemApplicableItem"][];
            bundle_items?: components["schemas"]["ItemBundleItem"][];
            bundle_configuration?: components["schemas"]["ItemBundleConfiguration"];
            /** @description Free-form JSON object kept for the merchant. */
            metadata?: unknown;
            deleted: boolean;
            business_entity_id?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "item";
        };
        /** @description A price point of an item in one currency: pricing model, price (minor units) and, for plans and addons, the billing period. */
        ItemPrice: {
            id: string;
            name: string;
            item_family_id?: string;
            item_id?: string;
            description?: string;
            /** @enum {string} */
            status?: "active" | "archived" | "deleted";
            external_name?: string;
            price_variant_id?: string;
            /** @enum {string} */
            proration_type?: "site_default" | "partial_term" | "full_term";
            /** @enum {string} */
            pricing_model: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            price?: number;
            price_in_decimal?: string;
            period?: number;
            currency_code: string;
            /** @enum {string} */
            period_unit?: "day" | "week" | "month" | "year";
            trial_period?: number;
            /** @enum {string} */
            trial_period_unit?: "day" | "month";
            /** @enum {string} */
            trial_end_action?: "site_default" | "activate_subscription" | "cancel_subscription";
            shipping_period?: number;
            /** @enum {string} */
            shipping_period_unit?: "day" | "week" | "month" | "year";
            billing_cycles?: number;
            free_quantity: number;
            free_quantity_in_decimal?: string;
            /** @enum {string} */
            channel?: "web" | "app_store" | "play_store";
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            /** @description Unix timestamp in seconds. */
            created_at: number;
            /** @enum {string} */
            usage_accumulation_reset_frequency?: "never" | "subscription_billing_frequency";
            /** @description Unix timestamp in seconds. */
            archived_at?: number;
            invoice_notes?: string;
            tiers?: components["schemas"]["ItemPriceTier"][];
            is_taxable?: boolean;
            tax_detail?: components["schemas"]["ItemPriceTaxDetail"];
            tax_providers_fields?: components["schemas"]["ItemPriceTaxProvidersField"][];
            accounting_detail?: components["schemas"]["ItemPriceAccountingDetail"];
            /** @description Free-form JSON object kept for the merchant. */
            metadata?: unknown;
            /** @enum {string} */
            item_type?: "plan" | "addon" | "charge";
            archivable?: boolean;
            parent_item_id?: string;
            show_description_in_invoices?: boolean;
            show_description_in_quotes?: boolean;
            deleted: boolean;
            business_entity_id?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "item_price";
        };
        /** @description A customer's subscription to a plan item price and any addons or charges. Amounts are in minor units; times are Unix timestamps in seconds. */
        Subscription: {
            id: string;
            currency_code: string;
            plan_id?: string;
            plan_quantity?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            plan_unit_price?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            setup_fee?: number;
            billing_period?: number;
            /** @enum {string} */
            billing_period_unit?: "day" | "week" | "month" | "year";
            /** @description Unix timestamp in seconds. */
            start_date?: number;
            /** @description Unix timestamp in seconds. */
            trial_end?: number;
            remaining_billing_cycles?: number;
            po_number?: string;
            /** @enum {string} */
            auto_collection?: "on" | "off";
            plan_quantity_in_decimal?: string;
            plan_unit_price_in_decimal?: string;
            customer_id: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            plan_amount?: number;
            plan_free_quantity?: number;
            /** @enum {string} */
            status: "future" | "in_trial" | "active" | "non_renewing" | "paused" | "cancelled" | "transferred";
            /** @description Unix timestamp in seconds. */
            trial_start?: number;
            /** @enum {string} */
            trial_end_action?: "site_default" | "plan_default" | "activate_subscription" | "cancel_subscription";
            /** @description Unix timestamp in seconds. */
            current_term_start?: number;
            /** @description Unix timestamp in seconds. */
            current_term_end?: number;
            /** @description Unix timestamp in seconds. */
            next_billing_at?: number;
            /** @description Unix timestamp in seconds. */
            created_at?: number;
            /** @description Unix timestamp in seconds. */
            started_at?: number;
            /** @description Unix timestamp in seconds. */
            activated_at?: number;
            gift_id?: string;
            contract_term_billing_cycle_on_renewal?: number;
            override_relationship?: boolean;
            /** @description Unix timestamp in seconds. */
            pause_date?: number;
            /** @description Unix timestamp in seconds. */
            resume_date?: number;
            /** @description Unix timestamp in seconds. */
            cancelled_at?: number;
            /** @enum {string} */
            cancel_reason?: "not_paid" | "no_card" | "fraud_review_failed" | "non_compliant_eu_customer" | "tax_calculation_failed" | "currency_incompatible_with_gateway" | "non_compliant_customer";
            affiliate_token?: string;
            created_from_ip?: string;
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            has_scheduled_advance_invoices: boolean;
            has_scheduled_changes: boolean;
            payment_source_id?: string;
            plan_free_quantity_in_decimal?: string;
            plan_amount_in_decimal?: string;
            /** @description Unix timestamp in seconds. */
            cancel_schedule_created_at?: number;
            /** @enum {string} */
            offline_payment_method?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
            /** @enum {string} */
            channel?: "web" | "app_store" | "play_store";
            net_term_days?: number;
            active_id?: string;
            subscription_items?: components["schemas"]["SubscriptionSubscriptionItem"][];
            item_tiers?: components["schemas"]["SubscriptionItemTier"][];
            charged_items?: components["schemas"]["SubscriptionChargedItem"][];
            due_invoices_count?: number;
            /** @description Unix timestamp in seconds. */
            due_since?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            total_dues?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            mrr?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            arr?: number;
            exchange_rate?: number;
            base_currency_code?: string;
            addons?: components["schemas"]["SubscriptionAddon"][];
            event_based_addons?: components["schemas"]["SubscriptionEventBasedAddon"][];
            charged_event_based_addons?: components["schemas"]["SubscriptionChargedEventBasedAddon"][];
            coupon?: string;
            coupons?: components["schemas"]["SubscriptionCoupon"][];
            shipping_address?: components["schemas"]["SubscriptionShippingAddress"];
            referral_info?: components["schemas"]["SubscriptionReferralInfo"];
            billing_override?: components["schemas"]["SubscriptionBillingOverride"];
            invoice_notes?: string;
            /** @description Free-form JSON object kept for the merchant. */
            meta_data?: unknown;
            deleted: boolean;
            /** @description Unix timestamp in seconds. */
            changes_scheduled_at?: number;
            contract_term?: components["schemas"]["SubscriptionContractTerm"];
            cancel_reason_code?: string;
            free_period?: number;
            /** @enum {string} */
            free_period_unit?: "day" | "week" | "month" | "year";
            create_pending_invoices?: boolean;
            auto_close_invoices?: boolean;
            discounts?: components["schemas"]["SubscriptionDiscount"][];
            business_entity_id?: string;
            decommissioned: boolean;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "subscription";
        };
        /** @description A bill raised for a customer, with its line items, taxes, discounts and the payments applied to it. Amounts are in minor units; times are Unix timestamps in seconds. */
        Invoice: {
            id: string;
            customer_id: string;
            payment_owner?: string;
            subscription_id?: string;
            recurring: boolean;
            /** @enum {string} */
            status: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
            /** @description Unix timestamp in seconds. */
            date?: number;
            /** @description Unix timestamp in seconds. */
            due_date?: number;
            net_term_days?: number;
            po_number?: string;
            vat_number?: string;
            /** @enum {string} */
            price_type: "tax_exclusive" | "tax_inclusive";
            exchange_rate?: number;
            local_currency_exchange_rate?: number;
            currency_code: string;
            local_currency_code?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            tax: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            sub_total: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            sub_total_in_local_currency?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            total?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            total_in_local_currency?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_due?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_adjusted?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_paid?: number;
            /** @description Unix timestamp in seconds. */
            paid_at?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            write_off_amount?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            credits_applied?: number;
            /** @enum {string} */
            dunning_status?: "in_progress" | "exhausted" | "stopped" | "success";
            /** @description Unix timestamp in seconds. */
            next_retry_at?: number;
            /** @description Unix timestamp in seconds. */
            voided_at?: number;
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            line_items_next_offset?: string;
            exchange_rates?: components["schemas"]["InvoiceExchangeRate"][];
            first_invoice?: boolean;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            new_sales_amount?: number;
            has_advance_charges?: boolean;
            term_finalized: boolean;
            is_gifted: boolean;
            /** @description Unix timestamp in seconds. */
            generated_at?: number;
            /** @description Unix timestamp in seconds. */
            expected_payment_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_to_collect?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            round_off_amount?: number;
            line_items?: components["schemas"]["InvoiceLineItem"][];
            line_item_tiers?: components["schemas"]["InvoiceLineItemTier"][];
            line_item_discounts?: components["schemas"]["InvoiceLineItemDiscount"][];
            line_item_taxes?: components["schemas"]["InvoiceLineItemTax"][];
            line_item_credits?: components["schemas"]["InvoiceLineItemCredit"][];
            line_item_addresses?: components["schemas"]["InvoiceLineItemAddress"][];
            discounts?: components["schemas"]["InvoiceDiscount"][];
            taxes?: components["schemas"]["InvoiceTax"][];
            tax_origin?: components["schemas"]["InvoiceTaxOrigin"];
            linked_payments?: components["schemas"]["InvoiceLinkedPayment"][];
            reference_transactions?: components["schemas"]["InvoiceReferenceTransaction"][];
            dunning_attempts?: components["schemas"]["InvoiceDunningAttempt"][];
            applied_credits?: components["schemas"]["InvoiceAppliedCredit"][];
            adjustment_credit_notes?: components["schemas"]["InvoiceAdjustmentCreditNote"][];
            issued_credit_notes?: components["schemas"]["InvoiceIssuedCreditNote"][];
            linked_orders?: components["schemas"]["InvoiceLinkedOrder"][];
            notes?: components["schemas"]["InvoiceNote"][];
            shipping_address?: components["schemas"]["InvoiceShippingAddress"];
            billing_address?: components["schemas"]["InvoiceBillingAddress"];
            statement_descriptor?: components["schemas"]["InvoiceStatementDescriptor"];
            einvoice?: components["schemas"]["InvoiceEinvoice"];
            void_reason_code?: string;
            deleted: boolean;
            tax_category?: string;
            vat_number_prefix?: string;
            /** @enum {string} */
            channel?: "web" | "app_store" | "play_store";
            business_entity_id?: string;
            site_details_at_creation?: components["schemas"]["InvoiceSiteDetailsAtCreation"];
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "invoice";
        };
        /** @description A movement of money: a payment, refund, authorization or payment reversal. Amounts are in minor units; times are Unix timestamps in seconds. */
        Transaction: {
            id: string;
            customer_id?: string;
            subscription_id?: string;
            gateway_account_id?: string;
            payment_source_id?: string;
            /** @enum {string} */
            payment_method: "cash" | "check" | "bank_transfer" | "other" | "custom" | "dana" | "touch_n_go" | "tamara" | "qpay" | "chargeback" | "card" | "amazon_payments" | "paypal_express_checkout" | "direct_debit" | "alipay" | "unionpay" | "apple_pay" | "wechat_pay" | "ach_credit" | "sepa_credit" | "ideal" | "google_pay" | "sofort" | "bancontact" | "giropay" | "dotpay" | "upi" | "netbanking_emandates" | "boleto" | "venmo" | "pay_to" | "faster_payments" | "sepa_instant_transfer" | "automated_bank_transfer" | "klarna_pay_now" | "online_banking_poland" | "payconiq_by_bancontact" | "electronic_payment_standard" | "kbc_payment_button" | "pay_by_bank" | "trustly" | "stablecoin" | "kakao_pay" | "naver_pay" | "revolut_pay" | "cash_app_pay" | "pix" | "twint" | "go_pay" | "grab_pay" | "pay_co" | "after_pay" | "swish" | "payme" | "klarna" | "alipay_hk" | "paypay" | "gcash" | "south_korean_cards" | "paynow" | "bizum" | "promptpay";
            reference_number?: string;
            gateway: components["schemas"]["Gateway"];
            /** @enum {string} */
            type: "authorization" | "payment" | "refund" | "payment_reversal";
            /** @description Unix timestamp in seconds. */
            date?: number;
            /** @description Unix timestamp in seconds. */
            settled_at?: number;
            exchange_rate?: number;
            currency_code: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            id_at_gateway?: string;
            /** @enum {string} */
            status?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
            /** @enum {string} */
            fraud_flag?: "safe" | "suspicious" | "fraudulent";
            /** @enum {string} */
            initiator_type?: "customer" | "merchant";
            three_d_secure?: boolean;
            /** @enum {string} */
            authorization_reason?: "blocking_funds" | "verification" | "scheduled_capture";
            error_code?: string;
            error_text?: string;
            /** @description Unix timestamp in seconds. */
            voided_at?: number;
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            fraud_reason?: string;
            custom_payment_method_id?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_unused?: number;
            masked_card_number?: string;
            reference_transaction_id?: string;
            refunded_txn_id?: string;
            reference_authorization_id?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_capturable?: number;
            reversal_transaction_id?: string;
            linked_invoices?: components["schemas"]["TransactionLinkedInvoice"][];
            linked_credit_notes?: components["schemas"]["TransactionLinkedCreditNote"][];
            linked_refunds?: components["schemas"]["TransactionLinkedRefund"][];
            linked_payments?: components["schemas"]["TransactionLinkedPayment"][];
            deleted: boolean;
            iin?: string;
            last4?: string;
            merchant_reference_id?: string;
            business_entity_id?: string;
            payment_method_details?: string;
            error_detail?: components["schemas"]["TransactionGatewayErrorDetail"];
            custom_payment_method_name?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "transaction";
        };
        /** @description A record of something that happened on the site, with the affected resources in content. */
        Event: {
            id: string;
            /** @description Unix timestamp in seconds. */
            occurred_at: number;
            /** @enum {string} */
            source: "admin_console" | "api" | "bulk_operation" | "scheduled_job" | "hosted_page" | "portal" | "system" | "none" | "js_api" | "migration" | "external_service";
            user?: string;
            /** @enum {string} */
            webhook_status: "not_configured" | "scheduled" | "succeeded" | "re_scheduled" | "failed" | "skipped" | "not_applicable" | "disabled" | "rate_limited";
            webhook_failure_reason?: string;
            webhooks?: components["schemas"]["EventWebhook"][];
            event_type?: components["schemas"]["EventType"];
            /** @enum {string} */
            api_version?: "v1" | "v2";
            content: components["schemas"]["EventContent"];
            origin_user?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "event";
        };
        /** @description A URL that receives events, with its settings. */
        WebhookEndpoint: {
            id: string;
            name: string;
            url: string;
            send_card_resource?: boolean;
            disabled: boolean;
            primary_url: boolean;
            /** @enum {string} */
            api_version: "v1" | "v2";
            /** @enum {string} */
            chargebee_response_schema_type?: "plans_addons" | "items" | "compat";
            enabled_events?: components["schemas"]["EventType"][];
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "webhook_endpoint";
        };
        /** @description The simulated clock of a test site. */
        TimeMachine: {
            name: string;
            /** @enum {string} */
            time_travel_status: "not_enabled" | "in_progress" | "succeeded" | "failed";
            /** @description Unix timestamp in seconds. */
            genesis_time: number;
            /** @description Unix timestamp in seconds. */
            destination_time: number;
            failure_code?: string;
            failure_reason?: string;
            error_json?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "time_machine";
        };
        /** @description A card stored for a customer (kept for the optional card key some responses carry). */
        Card: {
            payment_source_id: string;
            /** @enum {string} */
            status: "valid" | "expiring" | "expired";
            gateway: components["schemas"]["Gateway"];
            gateway_account_id?: string;
            ref_tx_id?: string;
            first_name?: string;
            last_name?: string;
            iin: string;
            last4: string;
            /** @enum {string} */
            card_type?: "visa" | "mastercard" | "american_express" | "discover" | "jcb" | "diners_club" | "bancontact" | "cmr_falabella" | "tarjeta_naranja" | "nativa" | "cencosud" | "cabal" | "argencard" | "elo" | "hipercard" | "carnet" | "rupay" | "maestro" | "dankort" | "cartes_bancaires" | "mada" | "other" | "not_applicable";
            /** @enum {string} */
            funding_type: "credit" | "debit" | "prepaid" | "not_known" | "not_applicable";
            expiry_month: number;
            expiry_year: number;
            issuing_country?: string;
            billing_addr1?: string;
            billing_addr2?: string;
            billing_city?: string;
            billing_state_code?: string;
            billing_state?: string;
            billing_country?: string;
            billing_zip?: string;
            /** @description Unix timestamp in seconds. */
            created_at: number;
            resource_version?: number;
            /** @description Unix timestamp in seconds. */
            updated_at?: number;
            ip_address?: string;
            /** @enum {string} */
            powered_by?: "ideal" | "sofort" | "bancontact" | "giropay" | "card" | "latam_local_card" | "payconiq" | "not_applicable";
            customer_id: string;
            masked_number?: string;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "card";
        };
        /** @description A charge that has been accrued for a customer or subscription but not yet invoiced. */
        UnbilledCharge: {
            id?: string;
            customer_id?: string;
            subscription_id?: string;
            /** @description Unix timestamp in seconds. */
            date_from?: number;
            /** @description Unix timestamp in seconds. */
            date_to?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_amount?: number;
            /** @enum {string} */
            pricing_model?: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
            quantity?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            currency_code: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            discount_amount?: number;
            description?: string;
            /** @enum {string} */
            entity_type: "adhoc" | "plan_item_price" | "addon_item_price" | "charge_item_price" | "plan_setup" | "plan" | "addon";
            entity_id?: string;
            is_voided: boolean;
            /** @description Unix timestamp in seconds. */
            voided_at?: number;
            unit_amount_in_decimal?: string;
            quantity_in_decimal?: string;
            amount_in_decimal?: string;
            /** @description Unix timestamp in seconds. */
            created_at?: number;
            /** @description Unix timestamp in seconds. */
            updated_at: number;
            tiers?: components["schemas"]["UnbilledChargeTier"][];
            is_advance_charge?: boolean;
            business_entity_id?: string;
            deleted: boolean;
            /**
             * @description Kind of resource; always the resource name.
             * @enum {string}
             */
            object?: "unbilled_charge";
        };
        CustomerBillingAddress: {
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
            phone?: string;
            line1?: string;
            line2?: string;
            line3?: string;
            city?: string;
            state_code?: string;
            state?: string;
            country?: string;
            zip?: string;
            /** @enum {string} */
            validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
        };
        CustomerReferralUrl: {
            external_customer_id?: string;
            referral_sharing_url: string;
            /** @description Unix timestamp in seconds. */
            created_at: number;
            /** @description Unix timestamp in seconds. */
            updated_at: number;
            referral_campaign_id: string;
            referral_account_id: string;
            referral_external_campaign_id?: string;
            /** @enum {string} */
            referral_system: "referral_candy" | "referral_saasquatch" | "friendbuy";
        };
        CustomerContact: {
            id: string;
            first_name?: string;
            last_name?: string;
            email: string;
            phone?: string;
            label?: string;
            enabled: boolean;
            send_account_email: boolean;
            send_billing_email: boolean;
        };
        CustomerPaymentMethod: {
            /** @enum {string} */
            type: "card" | "paypal_express_checkout" | "amazon_payments" | "direct_debit" | "generic" | "alipay" | "unionpay" | "apple_pay" | "wechat_pay" | "ideal" | "google_pay" | "sofort" | "bancontact" | "giropay" | "dotpay" | "upi" | "netbanking_emandates" | "venmo" | "pay_to" | "faster_payments" | "sepa_instant_transfer" | "automated_bank_transfer" | "klarna_pay_now" | "online_banking_poland" | "payconiq_by_bancontact" | "electronic_payment_standard" | "kbc_payment_button" | "pay_by_bank" | "trustly" | "stablecoin" | "kakao_pay" | "naver_pay" | "revolut_pay" | "cash_app_pay" | "twint" | "go_pay" | "grab_pay" | "pay_co" | "after_pay" | "swish" | "payme" | "pix" | "klarna" | "alipay_hk" | "paypay" | "gcash" | "south_korean_cards" | "paynow" | "bizum" | "promptpay" | "dana" | "touch_n_go" | "tamara" | "qpay" | "free_trial" | "pay_up_front" | "pay_as_you_go" | "simple" | "compound" | "usage_exceeded" | "spend_exceeded" | "credit_balance_dropped" | "credit" | "debit" | "hold" | "unhold";
            gateway: components["schemas"]["Gateway"];
            gateway_account_id?: string;
            /** @enum {string} */
            status: "valid" | "expiring" | "expired" | "invalid" | "pending_verification";
            reference_id: string;
        };
        CustomerBalance: {
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            promotional_credits: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            excess_payments: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            refundable_credits: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unbilled_charges: number;
            currency_code: string;
            balance_currency_code: string;
            business_entity_id?: string;
        };
        CustomerEntityIdentifier: {
            id: string;
            value?: string;
            scheme: string;
            standard?: string;
        };
        CustomerTaxProvidersField: {
            provider_name: string;
            field_id: string;
            field_value: string;
        };
        CustomerRelationship: {
            parent_id?: string;
            payment_owner_id: string;
            invoice_owner_id: string;
        };
        CustomerParentAccountAccess: {
            /** @enum {string} */
            portal_edit_child_subscriptions?: "yes" | "view_only" | "no";
            /** @enum {string} */
            portal_download_child_invoices?: "yes" | "view_only" | "no";
            send_subscription_emails: boolean;
            send_invoice_emails: boolean;
            send_payment_emails: boolean;
        };
        CustomerChildAccountAccess: {
            /** @enum {string} */
            portal_edit_subscriptions?: "yes" | "view_only";
            /** @enum {string} */
            portal_download_invoices?: "yes" | "view_only" | "no";
            send_subscription_emails: boolean;
            send_invoice_emails: boolean;
            send_payment_emails: boolean;
        };
        ItemApplicableItem: {
            id?: string;
        };
        ItemBundleItem: {
            item_id: string;
            /** @enum {string} */
            item_type?: "plan" | "addon" | "charge";
            quantity?: number;
            price_allocation?: number;
        };
        ItemBundleConfiguration: {
            /** @enum {string} */
            type?: "fixed";
        };
        ItemPriceTier: {
            starting_unit: number;
            ending_unit?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            price: number;
            starting_unit_in_decimal?: string;
            ending_unit_in_decimal?: string;
            price_in_decimal?: string;
            /** @enum {string} */
            pricing_type?: "per_unit" | "flat_fee" | "package";
            package_size?: number;
        };
        ItemPriceTaxDetail: {
            tax_profile_id?: string;
            /** @enum {string} */
            avalara_sale_type?: "wholesale" | "retail" | "consumed" | "vendor_use";
            avalara_transaction_type?: number;
            avalara_service_type?: number;
            avalara_tax_code?: string;
            hsn_code?: string;
            taxjar_product_code?: string;
        };
        ItemPriceTaxProvidersField: {
            provider_name: string;
            field_id: string;
            field_value: string;
        };
        ItemPriceAccountingDetail: {
            sku?: string;
            accounting_code?: string;
            accounting_category1?: string;
            accounting_category2?: string;
            accounting_category3?: string;
            accounting_category4?: string;
        };
        SubscriptionSubscriptionItem: {
            item_price_id: string;
            /** @enum {string} */
            item_type: "plan" | "addon" | "charge";
            quantity?: number;
            quantity_in_decimal?: string;
            metered_quantity?: string;
            /** @description Unix timestamp in seconds. */
            last_calculated_at?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_price?: number;
            unit_price_in_decimal?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            /** @description Unix timestamp in seconds. */
            current_term_start?: number;
            /** @description Unix timestamp in seconds. */
            current_term_end?: number;
            /** @description Unix timestamp in seconds. */
            next_billing_at?: number;
            amount_in_decimal?: string;
            billing_period?: number;
            /** @enum {string} */
            billing_period_unit?: "day" | "week" | "month" | "year";
            free_quantity?: number;
            free_quantity_in_decimal?: string;
            /** @description Unix timestamp in seconds. */
            trial_end?: number;
            billing_cycles?: number;
            service_period_days?: number;
            /** @enum {string} */
            charge_on_event?: "subscription_creation" | "subscription_trial_start" | "plan_activation" | "subscription_activation" | "contract_termination";
            charge_once?: boolean;
            /** @enum {string} */
            charge_on_option?: "immediately" | "on_event";
            /** @enum {string} */
            proration_type?: "full_term" | "partial_term" | "none";
            /** @enum {string} */
            usage_accumulation_reset_frequency?: "never" | "subscription_billing_frequency";
        };
        SubscriptionItemTier: {
            item_price_id: string;
            starting_unit: number;
            ending_unit?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            price: number;
            starting_unit_in_decimal?: string;
            ending_unit_in_decimal?: string;
            price_in_decimal?: string;
            /** @enum {string} */
            pricing_type?: "per_unit" | "flat_fee" | "package";
            package_size?: number;
            index: number;
        };
        SubscriptionChargedItem: {
            item_price_id: string;
            /** @description Unix timestamp in seconds. */
            last_charged_at: number;
        };
        SubscriptionAddon: {
            id: string;
            quantity?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_price?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            /** @description Unix timestamp in seconds. */
            trial_end?: number;
            remaining_billing_cycles?: number;
            quantity_in_decimal?: string;
            unit_price_in_decimal?: string;
            amount_in_decimal?: string;
            /** @enum {string} */
            proration_type?: "full_term" | "partial_term" | "none";
        };
        SubscriptionEventBasedAddon: {
            id: string;
            quantity: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_price: number;
            service_period_in_days?: number;
            /** @enum {string} */
            on_event: "subscription_creation" | "subscription_trial_start" | "plan_activation" | "subscription_activation" | "contract_termination";
            charge_once: boolean;
            quantity_in_decimal?: string;
            unit_price_in_decimal?: string;
        };
        SubscriptionChargedEventBasedAddon: {
            id: string;
            /** @description Unix timestamp in seconds. */
            last_charged_at: number;
        };
        SubscriptionCoupon: {
            coupon_id: string;
            /** @description Unix timestamp in seconds. */
            apply_till?: number;
            applied_count: number;
            coupon_code?: string;
        };
        SubscriptionShippingAddress: {
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
            phone?: string;
            line1?: string;
            line2?: string;
            line3?: string;
            city?: string;
            state_code?: string;
            state?: string;
            country?: string;
            zip?: string;
            /** @enum {string} */
            validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
        };
        SubscriptionReferralInfo: {
            referral_code?: string;
            coupon_code?: string;
            referrer_id?: string;
            external_reference_id?: string;
            /** @enum {string} */
            reward_status?: "pending" | "paid" | "invalid";
            /** @enum {string} */
            referral_system?: "referral_candy" | "referral_saasquatch" | "friendbuy";
            account_id: string;
            campaign_id: string;
            external_campaign_id?: string;
            /** @enum {string} */
            friend_offer_type?: "none" | "coupon" | "coupon_code";
            /** @enum {string} */
            referrer_reward_type?: "none" | "referral_direct_reward" | "custom_promotional_credit" | "custom_revenue_percent_based";
            /** @enum {string} */
            notify_referral_system?: "none" | "first_paid_conversion" | "all_invoices";
            destination_url?: string;
            post_purchase_widget_enabled: boolean;
        };
        SubscriptionBillingOverride: {
            max_excess_payment_usage?: number;
            max_refundable_credits_usage?: number;
        };
        SubscriptionContractTerm: {
            id: string;
            /** @enum {string} */
            status: "active" | "completed" | "cancelled" | "terminated";
            /** @description Unix timestamp in seconds. */
            contract_start: number;
            /** @description Unix timestamp in seconds. */
            contract_end: number;
            billing_cycle: number;
            /** @enum {string} */
            action_at_term_end: "renew" | "evergreen" | "cancel" | "renew_once";
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            total_contract_value: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            total_contract_value_before_tax: number;
            cancellation_cutoff_period?: number;
            /** @description Unix timestamp in seconds. */
            created_at: number;
            subscription_id: string;
            remaining_billing_cycles?: number;
        };
        SubscriptionDiscount: {
            id: string;
            invoice_name?: string;
            /** @enum {string} */
            type: "fixed_amount" | "percentage" | "offer_quantity";
            percentage?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            quantity?: number;
            currency_code?: string;
            /** @enum {string} */
            duration_type: "one_time" | "forever" | "limited_period";
            period?: number;
            /** @enum {string} */
            period_unit?: "day" | "week" | "month" | "year";
            included_in_mrr: boolean;
            /** @enum {string} */
            apply_on: "invoice_amount" | "specific_item_price";
            item_price_id?: string;
            /** @description Unix timestamp in seconds. */
            created_at: number;
            /** @description Unix timestamp in seconds. */
            apply_till?: number;
            applied_count?: number;
            coupon_id: string;
            index: number;
        };
        InvoiceExchangeRate: {
            currency_code: string;
            rate: number;
        };
        InvoiceLineItem: {
            id?: string;
            subscription_id?: string;
            /** @description Unix timestamp in seconds. */
            date_from: number;
            /** @description Unix timestamp in seconds. */
            date_to: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_amount: number;
            quantity?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            /** @enum {string} */
            pricing_model?: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
            is_taxed: boolean;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            tax_amount?: number;
            tax_rate?: number;
            unit_amount_in_decimal?: string;
            quantity_in_decimal?: string;
            amount_in_decimal?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            discount_amount?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            item_level_discount_amount?: number;
            metered?: boolean;
            is_percentage_pricing?: boolean;
            reference_line_item_id?: string;
            description: string;
            entity_description?: string;
            /** @enum {string} */
            entity_type: "adhoc" | "plan_item_price" | "addon_item_price" | "charge_item_price" | "plan_setup" | "plan" | "addon";
            /** @enum {string} */
            tax_exempt_reason?: "tax_not_configured" | "region_non_taxable" | "export" | "customer_exempt" | "product_exempt" | "zero_rated" | "reverse_charge" | "high_value_physical_goods" | "zero_value_item" | "tax_not_configured_external_provider";
            entity_id?: string;
            customer_id?: string;
            /** @enum {string} */
            proration_mode?: "reset" | "delta" | "service_period_revision" | "adjusted_term";
        };
        InvoiceLineItemTier: {
            line_item_id?: string;
            starting_unit: number;
            ending_unit?: number;
            quantity_used: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_amount: number;
            starting_unit_in_decimal?: string;
            ending_unit_in_decimal?: string;
            quantity_used_in_decimal?: string;
            unit_amount_in_decimal?: string;
            /** @enum {string} */
            pricing_type?: "per_unit" | "flat_fee" | "package";
            package_size?: number;
        };
        InvoiceLineItemDiscount: {
            line_item_id: string;
            /** @enum {string} */
            discount_type: "item_level_coupon" | "document_level_coupon" | "promotional_credits" | "prorated_credits" | "item_level_discount" | "document_level_discount";
            coupon_id?: string;
            entity_id?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            discount_amount: number;
        };
        InvoiceLineItemTax: {
            line_item_id?: string;
            tax_name: string;
            tax_rate: number;
            /** @description Unix timestamp in seconds. */
            date_to?: number;
            /** @description Unix timestamp in seconds. */
            date_from?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            prorated_taxable_amount?: number;
            is_partial_tax_applied?: boolean;
            is_non_compliance_tax?: boolean;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            taxable_amount: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            tax_amount: number;
            /** @enum {string} */
            tax_juris_type?: "country" | "federal" | "state" | "county" | "city" | "special" | "unincorporated" | "other";
            tax_juris_name?: string;
            tax_juris_code?: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            tax_amount_in_local_currency?: number;
            local_currency_code?: string;
        };
        InvoiceLineItemCredit: {
            cn_id: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            applied_amount: number;
            line_item_id?: string;
        };
        InvoiceLineItemAddress: {
            line_item_id?: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
            phone?: string;
            line1?: string;
            line2?: string;
            line3?: string;
            city?: string;
            state_code?: string;
            state?: string;
            country?: string;
            zip?: string;
            /** @enum {string} */
            validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
        };
        InvoiceDiscount: {
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount: number;
            description?: string;
            line_item_id?: string;
            /** @enum {string} */
            entity_type: "item_level_coupon" | "document_level_coupon" | "promotional_credits" | "prorated_credits" | "item_level_discount" | "document_level_discount";
            /** @enum {string} */
            discount_type?: "fixed_amount" | "percentage";
            entity_id?: string;
            coupon_set_code?: string;
        };
        InvoiceTax: {
            name: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount: number;
            description?: string;
        };
        InvoiceTaxOrigin: {
            country?: string;
            registration_number?: string;
        };
        InvoiceLinkedPayment: {
            txn_id: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            applied_amount: number;
            /** @description Unix timestamp in seconds. */
            applied_at: number;
            /** @enum {string} */
            txn_status?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
            /** @description Unix timestamp in seconds. */
            txn_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            txn_amount?: number;
        };
        InvoiceReferenceTransaction: {
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            applied_amount: number;
            /** @description Unix timestamp in seconds. */
            applied_at: number;
            txn_id: string;
            /** @enum {string} */
            txn_status?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
            /** @description Unix timestamp in seconds. */
            txn_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            txn_amount?: number;
            /** @enum {string} */
            txn_type: "authorization" | "payment" | "refund" | "payment_reversal";
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount_capturable?: number;
            /** @enum {string} */
            authorization_reason?: "verification" | "blocking_funds" | "scheduled_capture";
        };
        InvoiceDunningAttempt: {
            attempt: number;
            transaction_id?: string;
            /** @enum {string} */
            dunning_type: "auto_collect" | "offline" | "direct_debit" | "real_time_payments";
            /** @description Unix timestamp in seconds. */
            created_at?: number;
            /** @enum {string} */
            txn_status?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            txn_amount?: number;
            /** @enum {string} */
            retry_engine?: "chargebee" | "flexpay" | "successplus";
        };
        InvoiceAppliedCredit: {
            cn_id: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            applied_amount: number;
            /** @description Unix timestamp in seconds. */
            applied_at: number;
            /** @enum {string} */
            cn_reason_code?: "write_off" | "subscription_change" | "subscription_cancellation" | "subscription_pause" | "chargeback" | "product_unsatisfactory" | "service_unsatisfactory" | "order_change" | "order_cancellation" | "waiver" | "other" | "fraudulent";
            cn_create_reason_code?: string;
            /** @description Unix timestamp in seconds. */
            cn_date?: number;
            /** @enum {string} */
            cn_status: "adjusted" | "refunded" | "refund_due" | "voided";
            /** @enum {string} */
            tax_application?: "pre_tax" | "post_tax";
        };
        InvoiceAdjustmentCreditNote: {
            cn_id: string;
            /** @enum {string} */
            cn_reason_code?: "write_off" | "subscription_change" | "subscription_cancellation" | "subscription_pause" | "chargeback" | "product_unsatisfactory" | "service_unsatisfactory" | "order_change" | "order_cancellation" | "waiver" | "other" | "fraudulent";
            cn_create_reason_code?: string;
            /** @description Unix timestamp in seconds. */
            cn_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            cn_total?: number;
            /** @enum {string} */
            cn_status: "adjusted" | "refunded" | "refund_due" | "voided";
        };
        InvoiceIssuedCreditNote: {
            cn_id: string;
            /** @enum {string} */
            cn_reason_code?: "write_off" | "subscription_change" | "subscription_cancellation" | "subscription_pause" | "chargeback" | "product_unsatisfactory" | "service_unsatisfactory" | "order_change" | "order_cancellation" | "waiver" | "other" | "fraudulent";
            cn_create_reason_code?: string;
            /** @description Unix timestamp in seconds. */
            cn_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            cn_total?: number;
            /** @enum {string} */
            cn_status: "adjusted" | "refunded" | "refund_due" | "voided";
        };
        InvoiceLinkedOrder: {
            id: string;
            document_number?: string;
            /** @enum {string} */
            status?: "new" | "processing" | "complete" | "cancelled" | "voided" | "queued" | "awaiting_shipment" | "on_hold" | "delivered" | "shipped" | "partially_delivered" | "returned";
            /** @enum {string} */
            order_type?: "manual" | "system_generated";
            reference_id?: string;
            fulfillment_status?: string;
            batch_id?: string;
            /** @description Unix timestamp in seconds. */
            created_at: number;
        };
        InvoiceNote: {
            note: string;
            entity_id?: string;
            /** @enum {string} */
            entity_type?: "coupon" | "subscription" | "customer" | "plan_item_price" | "addon_item_price" | "charge_item_price" | "tax" | "plan" | "addon";
        };
        InvoiceShippingAddress: {
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
            phone?: string;
            line1?: string;
            line2?: string;
            line3?: string;
            city?: string;
            state_code?: string;
            state?: string;
            country?: string;
            zip?: string;
            /** @enum {string} */
            validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
        };
        InvoiceBillingAddress: {
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
            phone?: string;
            line1?: string;
            line2?: string;
            line3?: string;
            city?: string;
            state_code?: string;
            state?: string;
            country?: string;
            zip?: string;
            /** @enum {string} */
            validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
        };
        InvoiceStatementDescriptor: {
            id: string;
            descriptor?: string;
        };
        InvoiceEinvoice: {
            id: string;
            reference_id?: string;
            reference_number?: string;
            /** @enum {string} */
            status: "scheduled" | "skipped" | "in_progress" | "success" | "failed" | "registered" | "accepted" | "rejected" | "message_acknowledgement" | "in_process" | "under_query" | "conditionally_accepted" | "paid";
            message?: string;
            provider_references?: unknown[];
        };
        InvoiceSiteDetailsAtCreation: {
            timezone?: string;
            organization_address?: Record<string, never>;
        };
        TransactionLinkedInvoice: {
            invoice_id: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            applied_amount: number;
            /** @description Unix timestamp in seconds. */
            applied_at: number;
            /** @description Unix timestamp in seconds. */
            invoice_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            invoice_total?: number;
            /** @enum {string} */
            invoice_status: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
        };
        TransactionLinkedCreditNote: {
            cn_id: string;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            applied_amount: number;
            /** @description Unix timestamp in seconds. */
            applied_at: number;
            /** @enum {string} */
            cn_reason_code?: "write_off" | "subscription_change" | "subscription_cancellation" | "subscription_pause" | "chargeback" | "product_unsatisfactory" | "service_unsatisfactory" | "order_change" | "order_cancellation" | "waiver" | "other" | "fraudulent";
            cn_create_reason_code?: string;
            /** @description Unix timestamp in seconds. */
            cn_date?: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            cn_total?: number;
            /** @enum {string} */
            cn_status: "adjusted" | "refunded" | "refund_due" | "voided";
            cn_reference_invoice_id?: string;
        };
        TransactionLinkedRefund: {
            txn_id: string;
            /** @enum {string} */
            txn_status: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
            /** @description Unix timestamp in seconds. */
            txn_date: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            txn_amount: number;
        };
        TransactionLinkedPayment: {
            id: string;
            /** @enum {string} */
            status?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            amount?: number;
            /** @description Unix timestamp in seconds. */
            date?: number;
        };
        TransactionGatewayErrorDetail: {
            request_id?: string;
            error_category?: string;
            error_code?: string;
            error_message?: string;
            decline_code?: string;
            decline_message?: string;
            network_error_code?: string;
            network_error_message?: string;
            error_field?: string;
            recommendation_code?: string;
            recommendation_message?: string;
            processor_error_code?: string;
            processor_error_message?: string;
            error_cause_id?: string;
            processor_advice_code?: string;
        };
        EventWebhook: {
            id: string;
            /** @enum {string} */
            webhook_status: "not_configured" | "scheduled" | "succeeded" | "re_scheduled" | "failed" | "skipped" | "not_applicable" | "disabled" | "rate_limited";
        };
        UnbilledChargeTier: {
            starting_unit: number;
            ending_unit?: number;
            quantity_used: number;
            /** @description Amount in the minor unit of the currency (e.g. cents). */
            unit_amount: number;
            starting_unit_in_decimal?: string;
            ending_unit_in_decimal?: string;
            quantity_used_in_decimal?: string;
            unit_amount_in_decimal?: string;
            /** @enum {string} */
            pricing_type?: "per_unit" | "flat_fee" | "package";
            package_size?: number;
        };
        /** @description The event object that Chargebee POSTs as a JSON body to each configured webhook endpoint (optionally with HTTP Basic credentials). Delivery is retried when the endpoint does not answer with a 2xx status. Same shape as the Event resource. */
        WebhookEvent: {
            content: components["schemas"]["EventContent"];
            id: string;
            /** @description Unix timestamp in seconds. */
            occurred_at: number;
            /** @enum {string} */
            source: "admin_console" | "api" | "bulk_operation" | "scheduled_job" | "hosted_page" | "portal" | "system" | "none" | "js_api" | "migration" | "external_service";
            user?: string;
            /** @enum {string} */
            webhook_status: "not_configured" | "scheduled" | "succeeded" | "re_scheduled" | "failed" | "skipped" | "not_applicable" | "disabled";
            webhook_failure_reason?: string;
            webhooks?: components["schemas"]["EventWebhook"][];
            event_type: components["schemas"]["EventType"];
            /** @enum {string} */
            api_version?: "v1" | "v2";
            origin_user?: string;
            /**
             * @description Always "event".
             * @enum {string}
             */
            object?: "event";
        };
        /**
         * @description Event type. The list joins the event types named across the SDK (its type declarations and its webhook event list), including types that only occur on Product Catalog 1.0 sites (plan_*, addon_*).
         * @enum {string}
         */
        EventType: "coupon_created" | "coupon_updated" | "coupon_deleted" | "coupon_set_created" | "coupon_set_updated" | "coupon_set_deleted" | "coupon_codes_added" | "coupon_codes_deleted" | "coupon_codes_updated" | "customer_created" | "customer_changed" | "customer_deleted" | "customer_moved_out" | "customer_moved_in" | "promotional_credits_added" | "promotional_credits_deducted" | "subscription_created" | "subscription_created_with_backdating" | "subscription_started" | "subscription_trial_end_reminder" | "subscription_activated" | "subscription_activated_with_backdating" | "subscription_changed" | "subscription_trial_extended" | "mrr_updated" | "subscription_changed_with_backdating" | "subscription_cancellation_scheduled" | "subscription_cancellation_reminder" | "subscription_cancelled" | "subscription_canceled_with_backdating" | "subscription_reactivated" | "subscription_reactivated_with_backdating" | "subscription_renewed" | "subscription_items_renewed" | "subscription_scheduled_cancellation_removed" | "subscription_changes_scheduled" | "subscription_scheduled_changes_removed" | "subscription_shipping_address_updated" | "subscription_deleted" | "subscription_paused" | "subscription_pause_scheduled" | "subscription_scheduled_pause_removed" | "subscription_resumed" | "subscription_resumption_scheduled" | "subscription_scheduled_resumption_removed" | "subscription_advance_invoice_schedule_added" | "subscription_advance_invoice_schedule_updated" | "subscription_advance_invoice_schedule_removed" | "pending_invoice_created" | "pending_invoice_updated" | "invoice_generated" | "invoice_generated_with_backdating" | "invoice_updated" | "invoice_deleted" | "credit_note_created" | "credit_note_created_with_backdating" | "credit_note_updated" | "credit_note_deleted" | "payment_schedules_created" | "payment_schedules_updated" | "payment_schedule_scheme_created" | "payment_schedule_scheme_deleted" | "subscription_renewal_reminder" | "add_usages_reminder" | "payment_due_reminder" | "transaction_created" | "transaction_updated" | "transaction_deleted" | "payment_succeeded" | "payment_failed" | "dunning_updated" | "payment_refunded" | "payment_initiated" | "refund_initiated" | "authorization_succeeded" | "authorization_voided" | "card_added" | "card_updated" | "card_expiry_reminder" | "card_expired" | "card_deleted" | "payment_source_added" | "payment_source_updated" | "payment_source_deleted" | "payment_source_expiring" | "payment_source_expired" | "payment_source_locally_deleted" | "virtual_bank_account_added" | "virtual_bank_account_updated" | "virtual_bank_account_deleted" | "token_created" | "token_consumed" | "token_expired" | "unbilled_charges_created" | "unbilled_charges_voided" | "unbilled_charges_deleted" | "unbilled_charges_invoiced" | "order_created" | "order_updated" | "order_cancelled" | "order_delivered" | "order_returned" | "order_ready_to_process" | "order_ready_to_ship" | "order_deleted" | "order_resent" | "quote_created" | "quote_updated" | "quote_deleted" | "tax_withheld_recorded" | "tax_withheld_deleted" | "tax_withheld_refunded" | "gift_scheduled" | "gift_unclaimed" | "gift_claimed" | "gift_expired" | "gift_cancelled" | "gift_updated" | "hierarchy_created" | "hierarchy_deleted" | "payment_intent_created" | "payment_intent_updated" | "contract_term_created" | "contract_term_renewed" | "contract_term_terminated" | "contract_term_completed" | "contract_term_cancelled" | "item_family_created" | "item_family_updated" | "item_family_deleted" | "item_created" | "item_updated" | "item_deleted" | "item_price_created" | "item_price_updated" | "item_price_deleted" | "attached_item_created" | "attached_item_updated" | "attached_item_deleted" | "differential_price_created" | "differential_price_updated" | "differential_price_deleted" | "feature_created" | "feature_updated" | "feature_deleted" | "feature_activated" | "feature_reactivated" | "feature_archived" | "item_entitlements_updated" | "entitlement_overrides_updated" | "entitlement_overrides_removed" | "item_entitlements_removed" | "entitlement_overrides_auto_removed" | "subscription_entitlements_created" | "subscription_entitlements_updated" | "business_entity_created" | "business_entity_updated" | "business_entity_deleted" | "customer_business_entity_changed" | "subscription_business_entity_changed" | "payment_source_business_entity_changed" | "purchase_created" | "voucher_created" | "voucher_expired" | "voucher_create_failed" | "item_price_entitlements_updated" | "item_price_entitlements_removed" | "subscription_ramp_created" | "subscription_ramp_deleted" | "subscription_ramp_applied" | "subscription_ramp_drafted" | "subscription_ramp_updated" | "price_variant_created" | "price_variant_updated" | "price_variant_deleted" | "customer_entitlements_updated" | "subscription_moved_in" | "subscription_moved_out" | "subscription_movement_failed" | "omnichannel_subscription_created" | "omnichannel_subscription_item_renewed" | "omnichannel_subscription_item_downgraded" | "omnichannel_subscription_item_expired" | "omnichannel_subscription_item_cancellation_scheduled" | "omnichannel_subscription_item_scheduled_cancellation_removed" | "omnichannel_subscription_item_resubscribed" | "omnichannel_subscription_item_upgraded" | "omnichannel_subscription_item_cancelled" | "omnichannel_subscription_imported" | "omnichannel_subscription_item_grace_period_started" | "omnichannel_subscription_item_grace_period_expired" | "omnichannel_subscription_item_dunning_started" | "omnichannel_subscription_item_dunning_expired" | "rule_created" | "rule_updated" | "rule_deleted" | "record_purchase_failed" | "omnichannel_subscription_item_change_scheduled" | "omnichannel_subscription_item_scheduled_change_removed" | "omnichannel_subscription_item_reactivated" | "sales_order_created" | "sales_order_updated" | "omnichannel_subscription_item_changed" | "omnichannel_subscription_item_paused" | "omnichannel_subscription_item_resumed" | "omnichannel_one_time_order_created" | "omnichannel_one_time_order_item_cancelled" | "usage_file_ingested" | "omnichannel_subscription_item_pause_scheduled" | "omnichannel_subscription_moved_in" | "omnichannel_transaction_created" | "alert_status_changed" | "omnichannel_subscription_item_updated" | "omnichannel_subscription_item_recovered" | "omnichannel_subscription_item_mrr_updated" | "ledger_account_balance_updated" | "grant_blocks_created" | "grant_blocks_updated" | "ledger_updated" | "vault_token_created" | "vault_token_updated" | "vault_token_deleted" | "plan_created" | "plan_updated" | "plan_deleted" | "addon_created" | "addon_updated" | "addon_deleted" | "netd_payment_due_reminder" | "omnichannel_subscription_item_downgrade_scheduled" | "omnichannel_subscription_item_scheduled_downgrade_removed" | "product_created" | "product_deleted" | "product_updated" | "variant_created" | "variant_deleted" | "variant_updated";
        /**
         * @description Payment gateway.
         * @enum {string}
         */
        Gateway: "chargebee" | "chargebee_payments" | "adyen" | "stripe" | "wepay" | "braintree" | "authorize_net" | "paypal_pro" | "pin" | "eway" | "eway_rapid" | "worldpay" | "balanced_payments" | "beanstream" | "bluepay" | "elavon" | "first_data_global" | "hdfc" | "migs" | "nmi" | "ogone" | "paymill" | "paypal_payflow_pro" | "sage_pay" | "tco" | "wirecard" | "amazon_payments" | "paypal_express_checkout" | "orbital" | "moneris_us" | "moneris" | "bluesnap" | "cybersource" | "vantiv" | "checkout_com" | "paypal" | "ingenico_direct" | "exact" | "mollie" | "quickbooks" | "razorpay" | "global_payments" | "bank_of_america" | "ecentric" | "metrics_global" | "windcave" | "pay_com" | "ebanx" | "dlocal" | "nuvei" | "solidgate" | "paystack" | "jp_morgan" | "deutsche_bank" | "ezidebit" | "twikey" | "tempus" | "moyasar" | "payway" | "gocardless" | "not_applicable";
    };
    responses: {
        /** @description The request was rejected. Chargebee uses 400 for most client-side errors: a parameter that is missing or has a wrong value (type invalid_request, api_error_code such as param_wrong_value or duplicate_entry when an id is already taken), a payment that failed (type payment, api_error_code such as payment_processing_failed), or an operation not possible in the current state (type operation_failed). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or wrong (api_error_code api_authentication_failed or basic_authentication_failed). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is not allowed to perform this operation (api_error_code api_authorization_failed), or the request was blocked. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A resource named in the path or in a parameter does not exist (api_error_code resource_not_found; param names the parameter when one is at fault). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource is not in a state that allows the operation (api_error_code invalid_state_for_request). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests in the current window (api_error_code api_request_limit_exceeded). Retry after the delay given in Retry-After when present. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Chargebee failed to process a valid request (5xx, for example internal_error, or 503 while the site is unavailable). The SDK also turns a non-JSON error body into an error of its own with type internal_error, internal_temporary_error (503) or gateway_timeout (504). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Identifier of the customer. The SDK URL-encodes it but leaves "/" as is. */
        CustomerId: string;
        /** @description Identifier of the subscription. The SDK URL-encodes it but leaves "/" as is. */
        SubscriptionId: string;
        /** @description Identifier of the item family. The SDK URL-encodes it but leaves "/" as is. */
        ItemFamilyId: string;
        /** @description Identifier of the item. The SDK URL-encodes it but leaves "/" as is. */
        ItemId: string;
        /** @description Identifier of the item price. The SDK URL-encodes it but leaves "/" as is. */
        ItemPriceId: string;
        /** @description Identifier of the invoice (its number). The SDK URL-encodes it but leaves "/" as is. */
        InvoiceId: string;
        /** @description Identifier of the transaction. The SDK URL-encodes it but leaves "/" as is. */
        TransactionId: string;
        /** @description Identifier of the event. The SDK URL-encodes it but leaves "/" as is. */
        EventId: string;
        /** @description Identifier of the webhook endpoint. The SDK URL-encodes it but leaves "/" as is. */
        WebhookEndpointId: string;
        /** @description Name of the time machine. A test site has one, named "delorean". The SDK URL-encodes it but leaves "/" as is. */
        TimeMachineName: string;
        /** @description Page size. */
        Limit: number;
        /** @description Opaque cursor: the next_offset returned with the previous page. */
        Offset: string;
        /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Present on answers to a POST that repeated an earlier chargebee-idempotency-key: the stored result of the first request is returned. */
        IdempotencyReplayed: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCustomers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                include_deleted?: boolean;
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "first_name[is]"?: string;
                "first_name[is_not]"?: string;
                "first_name[starts_with]"?: string;
                "first_name[is_present]"?: boolean;
                "last_name[is]"?: string;
                "last_name[is_not]"?: string;
                "last_name[starts_with]"?: string;
                "last_name[is_present]"?: boolean;
                "email[is]"?: string;
                "email[is_not]"?: string;
                "email[starts_with]"?: string;
                "email[is_present]"?: boolean;
                "company[is]"?: string;
                "company[is_not]"?: string;
                "company[starts_with]"?: string;
                "company[is_present]"?: boolean;
                "phone[is]"?: string;
                "phone[is_not]"?: string;
                "phone[starts_with]"?: string;
                "phone[is_present]"?: boolean;
                "auto_collection[is]"?: "on" | "off";
                "auto_collection[is_not]"?: "on" | "off";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "auto_collection[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "auto_collection[not_in]"?: string;
                "taxability[is]"?: "taxable" | "exempt";
                "taxability[is_not]"?: "taxable" | "exempt";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "taxability[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "taxability[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "created_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "created_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "created_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "created_at[between]"?: string;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "offline_payment_method[is]"?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                "offline_payment_method[is_not]"?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "offline_payment_method[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "offline_payment_method[not_in]"?: string;
                "auto_close_invoices[is]"?: boolean;
                "channel[is]"?: "web" | "app_store" | "play_store";
                "channel[is_not]"?: "web" | "app_store" | "play_store";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[not_in]"?: string;
                "business_entity_id[is]"?: string;
                "sort_by[asc]"?: "created_at" | "updated_at";
                "sort_by[desc]"?: "created_at" | "updated_at";
                "relationship[parent_id][is]"?: string;
                "relationship[parent_id][is_not]"?: string;
                "relationship[parent_id][starts_with]"?: string;
                "relationship[payment_owner_id][is]"?: string;
                "relationship[payment_owner_id][is_not]"?: string;
                "relationship[payment_owner_id][starts_with]"?: string;
                "relationship[invoice_owner_id][is]"?: string;
                "relationship[invoice_owner_id][is_not]"?: string;
                "relationship[invoice_owner_id][starts_with]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            customer: components["schemas"]["Customer"];
                            card?: components["schemas"]["Card"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    id?: string;
                    first_name?: string;
                    last_name?: string;
                    /** Format: email */
                    email?: string;
                    preferred_currency_code?: string;
                    phone?: string;
                    company?: string;
                    /** @enum {string} */
                    auto_collection?: "on" | "off";
                    net_term_days?: number;
                    /** @default false */
                    allow_direct_debit?: boolean;
                    vat_number?: string;
                    vat_number_prefix?: string;
                    entity_identifier_scheme?: string;
                    entity_identifier_standard?: string;
                    registered_for_gst?: boolean;
                    is_einvoice_enabled?: boolean;
                    /** @enum {string} */
                    einvoicing_method?: "automatic" | "manual" | "site_default";
                    /** @enum {string} */
                    taxability?: "taxable" | "exempt";
                    /** @description JSON array sent as text in a single form field (the SDK JSON-encodes it). */
                    exemption_details?: string;
                    /** @enum {string} */
                    customer_type?: "residential" | "business" | "senior_citizen" | "industrial";
                    client_profile_id?: string;
                    /** @enum {string} */
                    taxjar_exemption_category?: "wholesale" | "government" | "other";
                    business_customer_without_vat_number?: boolean;
                    locale?: string;
                    /** @enum {string} */
                    entity_code?: "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "p" | "q" | "r" | "med1" | "med2";
                    exempt_number?: string;
                    /** @description JSON object sent as text in a single form field (the SDK JSON-encodes it). */
                    meta_data?: string;
                    /** @enum {string} */
                    offline_payment_method?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                    auto_close_invoices?: boolean;
                    consolidated_invoicing?: boolean;
                    token_id?: string;
                    business_entity_id?: string;
                    created_from_ip?: string;
                    invoice_notes?: string;
                    /** @description Nested fields, sent as billing_address[field]=value. */
                    billing_address?: {
                        first_name?: string;
                        last_name?: string;
                        /** Format: email */
                        email?: string;
                        company?: string;
                        phone?: string;
                        line1?: string;
                        line2?: string;
                        line3?: string;
                        city?: string;
                        state_code?: string;
                        state?: string;
                        zip?: string;
                        country?: string;
                        /** @enum {string} */
                        validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
                    };
                    /** @description Rows of entity_identifiers in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends entity_identifiers[key][i]=value). A position is empty (null) when that row omits the key. */
                    entity_identifiers?: {
                        id?: (string | null)[];
                        scheme?: (string | null)[];
                        value?: (string | null)[];
                        standard?: (string | null)[];
                    };
                    /** @description Rows of tax_providers_fields in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends tax_providers_fields[key][i]=value). A position is empty (null) when that row omits the key. */
                    tax_providers_fields?: {
                        provider_name?: (string | null)[];
                        field_id?: (string | null)[];
                        field_value?: (string | null)[];
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["Customer"];
                        card?: components["schemas"]["Card"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the customer. The SDK URL-encodes it but leaves "/" as is. */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["Customer"];
                        card?: components["schemas"]["Card"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Identifier of the customer. The SDK URL-encodes it but leaves "/" as is. */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    first_name?: string;
                    last_name?: string;
                    /** Format: email */
                    email?: string;
                    preferred_currency_code?: string;
                    phone?: string;
                    company?: string;
                    /** @enum {string} */
                    auto_collection?: "on" | "off";
                    /** @default false */
                    allow_direct_debit?: boolean;
                    net_term_days?: number;
                    /** @enum {string} */
                    taxability?: "taxable" | "exempt";
                    /** @description JSON array sent as text in a single form field (the SDK JSON-encodes it). */
                    exemption_details?: string;
                    /** @enum {string} */
                    customer_type?: "residential" | "business" | "senior_citizen" | "industrial";
                    client_profile_id?: string;
                    /** @enum {string} */
                    taxjar_exemption_category?: "wholesale" | "government" | "other";
                    locale?: string;
                    /** @enum {string} */
                    entity_code?: "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "p" | "q" | "r" | "med1" | "med2";
                    exempt_number?: string;
                    /** @enum {string} */
                    offline_payment_method?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                    invoice_notes?: string;
                    auto_close_invoices?: boolean;
                    /** @description JSON object sent as text in a single form field (the SDK JSON-encodes it). */
                    meta_data?: string;
                    /** @enum {string} */
                    fraud_flag?: "safe" | "fraudulent";
                    consolidated_invoicing?: boolean;
                    /** @description Rows of tax_providers_fields in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends tax_providers_fields[key][i]=value). A position is empty (null) when that row omits the key. */
                    tax_providers_fields?: {
                        provider_name?: (string | null)[];
                        field_id?: (string | null)[];
                        field_value?: (string | null)[];
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["Customer"];
                        card?: components["schemas"]["Card"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Identifier of the customer. The SDK URL-encodes it but leaves "/" as is. */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @default true */
                    delete_payment_method?: boolean;
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["Customer"];
                        card?: components["schemas"]["Card"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listItemFamilies: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "name[is]"?: string;
                "name[is_not]"?: string;
                "name[starts_with]"?: string;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "business_entity_id[is]"?: string;
                "business_entity_id[is_present]"?: boolean;
                "include_site_level_resources[is]"?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            item_family: components["schemas"]["ItemFamily"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createItemFamily: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    id: string;
                    name: string;
                    description?: string;
                    business_entity_id?: string;
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item_family: components["schemas"]["ItemFamily"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveItemFamily: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the item family. The SDK URL-encodes it but leaves "/" as is. */
                "item-family-id": components["parameters"]["ItemFamilyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item_family: components["schemas"]["ItemFamily"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "item_family_id[is]"?: string;
                "item_family_id[is_not]"?: string;
                "item_family_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_family_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_family_id[not_in]"?: string;
                "type[is]"?: "plan" | "addon" | "charge";
                "type[is_not]"?: "plan" | "addon" | "charge";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "type[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "type[not_in]"?: string;
                "name[is]"?: string;
                "name[is_not]"?: string;
                "name[starts_with]"?: string;
                "item_applicability[is]"?: "all" | "restricted";
                "item_applicability[is_not]"?: "all" | "restricted";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_applicability[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_applicability[not_in]"?: string;
                "status[is]"?: "active" | "archived" | "deleted";
                "status[is_not]"?: "active" | "archived" | "deleted";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[not_in]"?: string;
                "is_giftable[is]"?: boolean;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "enabled_for_checkout[is]"?: boolean;
                "enabled_in_portal[is]"?: boolean;
                "metered[is]"?: boolean;
                "usage_calculation[is]"?: "sum_of_usages" | "last_usage" | "max_usage";
                "usage_calculation[is_not]"?: "sum_of_usages" | "last_usage" | "max_usage";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "usage_calculation[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "usage_calculation[not_in]"?: string;
                "channel[is]"?: "web" | "app_store" | "play_store";
                "channel[is_not]"?: "web" | "app_store" | "play_store";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[not_in]"?: string;
                "business_entity_id[is]"?: string;
                "business_entity_id[is_present]"?: boolean;
                "include_site_level_resources[is]"?: boolean;
                "sort_by[asc]"?: "name" | "id" | "updated_at";
                "sort_by[desc]"?: "name" | "id" | "updated_at";
                "bundle_configuration[type][is]"?: "plan" | "addon" | "charge";
                "bundle_configuration[type][is_not]"?: "plan" | "addon" | "charge";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "bundle_configuration[type][in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "bundle_configuration[type][not_in]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            item: components["schemas"]["Item"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    id: string;
                    name: string;
                    /** @enum {string} */
                    type: "plan" | "addon" | "charge";
                    description?: string;
                    item_family_id: string;
                    /** @default false */
                    is_giftable?: boolean;
                    /** @default false */
                    is_shippable?: boolean;
                    external_name?: string;
                    /** @default true */
                    enabled_in_portal?: boolean;
                    redirect_url?: string;
                    /** @default true */
                    enabled_for_checkout?: boolean;
                    /** @enum {string} */
                    item_applicability?: "all" | "restricted";
                    /** @description List sent with indexed keys applicable_items[0], applicable_items[1], ... */
                    applicable_items?: string[];
                    unit?: string;
                    gift_claim_redirect_url?: string;
                    included_in_mrr?: boolean;
                    /** @default false */
                    metered?: boolean;
                    /** @enum {string} */
                    usage_calculation?: "sum_of_usages" | "last_usage" | "max_usage";
                    /** @default false */
                    is_percentage_pricing?: boolean;
                    /** @description JSON object sent as text in a single form field (the SDK JSON-encodes it). */
                    metadata?: string;
                    business_entity_id?: string;
                    /** @description Nested fields, sent as bundle_configuration[field]=value. */
                    bundle_configuration?: {
                        /** @enum {string} */
                        type?: "fixed";
                    };
                    /** @description Rows of bundle_items_to_add in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends bundle_items_to_add[key][i]=value). A position is empty (null) when that row omits the key. */
                    bundle_items_to_add?: {
                        item_id?: (string | null)[];
                        item_type?: ("plan" | "addon" | "charge" | null)[];
                        quantity?: (number | null)[];
                        price_allocation?: (number | null)[];
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: components["schemas"]["Item"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the item. The SDK URL-encodes it but leaves "/" as is. */
                "item-id": components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: components["schemas"]["Item"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listItemPrices: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "name[is]"?: string;
                "name[is_not]"?: string;
                "name[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "name[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "name[not_in]"?: string;
                "pricing_model[is]"?: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
                "pricing_model[is_not]"?: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "pricing_model[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "pricing_model[not_in]"?: string;
                "item_id[is]"?: string;
                "item_id[is_not]"?: string;
                "item_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_id[not_in]"?: string;
                "item_family_id[is]"?: string;
                "item_family_id[is_not]"?: string;
                "item_family_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_family_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_family_id[not_in]"?: string;
                "item_type[is]"?: "plan" | "addon" | "charge";
                "item_type[is_not]"?: "plan" | "addon" | "charge";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_type[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_type[not_in]"?: string;
                "currency_code[is]"?: string;
                "currency_code[is_not]"?: string;
                "currency_code[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "currency_code[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "currency_code[not_in]"?: string;
                "price_variant_id[is]"?: string;
                "price_variant_id[is_not]"?: string;
                "price_variant_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "price_variant_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "price_variant_id[not_in]"?: string;
                "trial_period[is]"?: number;
                "trial_period[is_not]"?: number;
                "trial_period[lt]"?: number;
                "trial_period[lte]"?: number;
                "trial_period[gt]"?: number;
                "trial_period[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "trial_period[between]"?: string;
                "trial_period_unit[is]"?: "day" | "month";
                "trial_period_unit[is_not]"?: "day" | "month";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "trial_period_unit[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "trial_period_unit[not_in]"?: string;
                "status[is]"?: "active" | "archived" | "deleted";
                "status[is_not]"?: "active" | "archived" | "deleted";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "business_entity_id[is]"?: string;
                "business_entity_id[is_present]"?: boolean;
                "include_site_level_resources[is]"?: boolean;
                "period_unit[is]"?: "day" | "week" | "month" | "year";
                "period_unit[is_not]"?: "day" | "week" | "month" | "year";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "period_unit[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "period_unit[not_in]"?: string;
                "period[is]"?: number;
                "period[is_not]"?: number;
                "period[lt]"?: number;
                "period[lte]"?: number;
                "period[gt]"?: number;
                "period[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "period[between]"?: string;
                "channel[is]"?: "web" | "app_store" | "play_store";
                "channel[is_not]"?: "web" | "app_store" | "play_store";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[not_in]"?: string;
                "sort_by[asc]"?: "name" | "id" | "updated_at";
                "sort_by[desc]"?: "name" | "id" | "updated_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            item_price: components["schemas"]["ItemPrice"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createItemPrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    id: string;
                    name: string;
                    description?: string;
                    item_id: string;
                    invoice_notes?: string;
                    /** @enum {string} */
                    proration_type?: "site_default" | "partial_term" | "full_term";
                    external_name?: string;
                    currency_code?: string;
                    price_variant_id?: string;
                    /** @default true */
                    is_taxable?: boolean;
                    free_quantity?: number;
                    free_quantity_in_decimal?: string;
                    /** @description JSON object sent as text in a single form field (the SDK JSON-encodes it). */
                    metadata?: string;
                    /** @default false */
                    show_description_in_invoices?: boolean;
                    /** @default false */
                    show_description_in_quotes?: boolean;
                    /** @enum {string} */
                    usage_accumulation_reset_frequency?: "never" | "subscription_billing_frequency";
                    business_entity_id?: string;
                    /** @enum {string} */
                    pricing_model?: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
                    price?: number;
                    price_in_decimal?: string;
                    /** @enum {string} */
                    period_unit?: "day" | "week" | "month" | "year";
                    period?: number;
                    /** @enum {string} */
                    trial_period_unit?: "day" | "month";
                    trial_period?: number;
                    shipping_period?: number;
                    /** @enum {string} */
                    shipping_period_unit?: "day" | "week" | "month" | "year";
                    billing_cycles?: number;
                    /** @enum {string} */
                    trial_end_action?: "site_default" | "activate_subscription" | "cancel_subscription";
                    /** @description Nested fields, sent as tax_detail[field]=value. */
                    tax_detail?: {
                        tax_profile_id?: string;
                        avalara_tax_code?: string;
                        hsn_code?: string;
                        /** @enum {string} */
                        avalara_sale_type?: "wholesale" | "retail" | "consumed" | "vendor_use";
                        avalara_transaction_type?: number;
                        avalara_service_type?: number;
                        taxjar_product_code?: string;
                    };
                    /** @description Nested fields, sent as accounting_detail[field]=value. */
                    accounting_detail?: {
                        sku?: string;
                        accounting_code?: string;
                        accounting_category1?: string;
                        accounting_category2?: string;
                        accounting_category3?: string;
                        accounting_category4?: string;
                    };
                    /** @description Rows of tiers in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends tiers[key][i]=value). A position is empty (null) when that row omits the key. */
                    tiers?: {
                        starting_unit?: (number | null)[];
                        ending_unit?: (number | null)[];
                        price?: (number | null)[];
                        starting_unit_in_decimal?: (string | null)[];
                        ending_unit_in_decimal?: (string | null)[];
                        price_in_decimal?: (string | null)[];
                        pricing_type?: ("per_unit" | "flat_fee" | "package" | null)[];
                        package_size?: (number | null)[];
                    };
                    /** @description Rows of tax_providers_fields in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends tax_providers_fields[key][i]=value). A position is empty (null) when that row omits the key. */
                    tax_providers_fields?: {
                        provider_name: (string | null)[];
                        field_id: (string | null)[];
                        field_value: (string | null)[];
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item_price: components["schemas"]["ItemPrice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveItemPrice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the item price. The SDK URL-encodes it but leaves "/" as is. */
                "item-price-id": components["parameters"]["ItemPriceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item_price: components["schemas"]["ItemPrice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createSubscriptionWithItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Identifier of the customer. The SDK URL-encodes it but leaves "/" as is. */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    id?: string;
                    business_entity_id?: string;
                    trial_end?: number;
                    billing_cycles?: number;
                    setup_fee?: number;
                    /** @description List sent with indexed keys mandatory_items_to_remove[0], mandatory_items_to_remove[1], ... */
                    mandatory_items_to_remove?: string[];
                    net_term_days?: number;
                    start_date?: number;
                    coupon?: string;
                    /** @enum {string} */
                    auto_collection?: "on" | "off";
                    terms_to_charge?: number;
                    /** @enum {string} */
                    billing_alignment_mode?: "immediate" | "delayed";
                    /** @enum {string} */
                    offline_payment_method?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                    po_number?: string;
                    /** @description List sent with indexed keys coupon_ids[0], coupon_ids[1], ... */
                    coupon_ids?: string[];
                    payment_source_id?: string;
                    override_relationship?: boolean;
                    invoice_notes?: string;
                    invoice_date?: number;
                    /** @description JSON object sent as text in a single form field (the SDK JSON-encodes it). */
                    meta_data?: string;
                    invoice_immediately?: boolean;
                    /** @default true */
                    replace_primary_payment_source?: boolean;
                    free_period?: number;
                    /** @enum {string} */
                    free_period_unit?: "day" | "week" | "month" | "year";
                    contract_term_billing_cycle_on_renewal?: number;
                    create_pending_invoices?: boolean;
                    auto_close_invoices?: boolean;
                    /** @default false */
                    first_invoice_pending?: boolean;
                    /** @enum {string} */
                    trial_end_action?: "site_default" | "plan_default" | "activate_subscription" | "cancel_subscription";
                    /** @enum {string} */
                    payment_initiator?: "customer" | "merchant";
                    /** @description Nested fields, sent as shipping_address[field]=value. */
                    shipping_address?: {
                        first_name?: string;
                        last_name?: string;
                        /** Format: email */
                        email?: string;
                        company?: string;
                        phone?: string;
                        line1?: string;
                        line2?: string;
                        line3?: string;
                        city?: string;
                        state_code?: string;
                        state?: string;
                        zip?: string;
                        country?: string;
                        /** @enum {string} */
                        validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
                    };
                    /** @description Nested fields, sent as statement_descriptor[field]=value. */
                    statement_descriptor?: {
                        descriptor?: string;
                    };
                    /** @description Nested fields, sent as contract_term[field]=value. */
                    contract_term?: {
                        /** @enum {string} */
                        action_at_term_end?: "renew" | "evergreen" | "cancel";
                        contract_start?: number;
                        cancellation_cutoff_period?: number;
                    };
                    /** @description Nested fields, sent as billing_override[field]=value. */
                    billing_override?: {
                        max_excess_payment_usage?: number;
                        max_refundable_credits_usage?: number;
                    };
                    /** @description Rows of subscription_items in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends subscription_items[key][i]=value). A position is empty (null) when that row omits the key. */
                    subscription_items?: {
                        item_price_id: (string | null)[];
                        quantity?: (number | null)[];
                        quantity_in_decimal?: (string | null)[];
                        unit_price?: (number | null)[];
                        unit_price_in_decimal?: (string | null)[];
                        billing_cycles?: (number | null)[];
                        trial_end?: (number | null)[];
                        service_period_days?: (number | null)[];
                        charge_on_event?: ("subscription_creation" | "subscription_trial_start" | "plan_activation" | "subscription_activation" | "contract_termination" | null)[];
                        charge_once?: (boolean | null)[];
                        item_type?: ("plan" | "addon" | "charge" | null)[];
                        charge_on_option?: ("immediately" | "on_event" | null)[];
                        usage_accumulation_reset_frequency?: ("never" | "subscription_billing_frequency" | null)[];
                    };
                    /** @description Rows of discounts in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends discounts[key][i]=value). A position is empty (null) when that row omits the key. */
                    discounts?: {
                        apply_on?: ("invoice_amount" | "specific_item_price" | null)[];
                        duration_type: ("one_time" | "forever" | "limited_period" | null)[];
                        percentage?: (number | null)[];
                        amount?: (number | null)[];
                        period?: (number | null)[];
                        period_unit?: ("day" | "week" | "month" | "year" | null)[];
                        included_in_mrr?: (boolean | null)[];
                        item_price_id?: (string | null)[];
                        quantity?: (number | null)[];
                    };
                    /** @description Rows of item_tiers in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends item_tiers[key][i]=value). A position is empty (null) when that row omits the key. */
                    item_tiers?: {
                        item_price_id?: (string | null)[];
                        starting_unit?: (number | null)[];
                        ending_unit?: (number | null)[];
                        price?: (number | null)[];
                        starting_unit_in_decimal?: (string | null)[];
                        ending_unit_in_decimal?: (string | null)[];
                        price_in_decimal?: (string | null)[];
                        pricing_type?: ("per_unit" | "flat_fee" | "package" | null)[];
                        package_size?: (number | null)[];
                    };
                    /** @description Rows of coupons in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends coupons[key][i]=value). A position is empty (null) when that row omits the key. */
                    coupons?: {
                        coupon_id?: (string | null)[];
                        apply_till?: (number | null)[];
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: components["schemas"]["Subscription"];
                        customer: components["schemas"]["Customer"];
                        card?: components["schemas"]["Card"];
                        invoice?: components["schemas"]["Invoice"];
                        unbilled_charges?: components["schemas"]["UnbilledCharge"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                include_deleted?: boolean;
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "customer_id[is]"?: string;
                "customer_id[is_not]"?: string;
                "customer_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "customer_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "customer_id[not_in]"?: string;
                "item_id[is]"?: string;
                "item_id[is_not]"?: string;
                "item_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_id[not_in]"?: string;
                "item_price_id[is]"?: string;
                "item_price_id[is_not]"?: string;
                "item_price_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_price_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "item_price_id[not_in]"?: string;
                "status[is]"?: "future" | "in_trial" | "active" | "non_renewing" | "paused" | "cancelled" | "transferred";
                "status[is_not]"?: "future" | "in_trial" | "active" | "non_renewing" | "paused" | "cancelled" | "transferred";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[not_in]"?: string;
                "cancel_reason[is]"?: "not_paid" | "no_card" | "fraud_review_failed" | "non_compliant_eu_customer" | "tax_calculation_failed" | "currency_incompatible_with_gateway" | "non_compliant_customer";
                "cancel_reason[is_not]"?: "not_paid" | "no_card" | "fraud_review_failed" | "non_compliant_eu_customer" | "tax_calculation_failed" | "currency_incompatible_with_gateway" | "non_compliant_customer";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "cancel_reason[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "cancel_reason[not_in]"?: string;
                "cancel_reason[is_present]"?: boolean;
                "cancel_reason_code[is]"?: string;
                "cancel_reason_code[is_not]"?: string;
                "cancel_reason_code[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "cancel_reason_code[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "cancel_reason_code[not_in]"?: string;
                "remaining_billing_cycles[is]"?: number;
                "remaining_billing_cycles[is_not]"?: number;
                "remaining_billing_cycles[lt]"?: number;
                "remaining_billing_cycles[lte]"?: number;
                "remaining_billing_cycles[gt]"?: number;
                "remaining_billing_cycles[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "remaining_billing_cycles[between]"?: string;
                "remaining_billing_cycles[is_present]"?: boolean;
                /** @description Unix timestamp in seconds. */
                "created_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "created_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "created_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "created_at[between]"?: string;
                /** @description Unix timestamp in seconds. */
                "activated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "activated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "activated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "activated_at[between]"?: string;
                "activated_at[is_present]"?: boolean;
                /** @description Unix timestamp in seconds. */
                "next_billing_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "next_billing_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "next_billing_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "next_billing_at[between]"?: string;
                /** @description Unix timestamp in seconds. */
                "cancelled_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "cancelled_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "cancelled_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "cancelled_at[between]"?: string;
                "has_scheduled_changes[is]"?: boolean;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "offline_payment_method[is]"?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                "offline_payment_method[is_not]"?: "no_preference" | "cash" | "check" | "bank_transfer" | "ach_credit" | "sepa_credit" | "boleto" | "us_automated_bank_transfer" | "eu_automated_bank_transfer" | "uk_automated_bank_transfer" | "jp_automated_bank_transfer" | "mx_automated_bank_transfer" | "custom";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "offline_payment_method[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "offline_payment_method[not_in]"?: string;
                "auto_close_invoices[is]"?: boolean;
                "override_relationship[is]"?: boolean;
                "sort_by[asc]"?: "created_at" | "updated_at";
                "sort_by[desc]"?: "created_at" | "updated_at";
                "business_entity_id[is]"?: string;
                "channel[is]"?: "web" | "app_store" | "play_store";
                "channel[is_not]"?: "web" | "app_store" | "play_store";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[not_in]"?: string;
                "decommissioned[is]"?: boolean;
                "plan_id[is]"?: string;
                "plan_id[is_not]"?: string;
                "plan_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "plan_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "plan_id[not_in]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            subscription: components["schemas"]["Subscription"];
                            customer: components["schemas"]["Customer"];
                            card?: components["schemas"]["Card"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the subscription. The SDK URL-encodes it but leaves "/" as is. */
                "subscription-id": components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: components["schemas"]["Subscription"];
                        customer: components["schemas"]["Customer"];
                        card?: components["schemas"]["Card"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createInvoiceForChargeItemsAndCharges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    customer_id?: string;
                    subscription_id?: string;
                    currency_code?: string;
                    invoice_note?: string;
                    /** @default false */
                    remove_general_note?: boolean;
                    po_number?: string;
                    coupon?: string;
                    /** @description List sent with indexed keys coupon_ids[0], coupon_ids[1], ... */
                    coupon_ids?: string[];
                    authorization_transaction_id?: string;
                    payment_source_id?: string;
                    /** @enum {string} */
                    auto_collection?: "on" | "off";
                    net_term_days?: number;
                    invoice_date?: number;
                    create_pending_invoice?: boolean;
                    token_id?: string;
                    /** @default false */
                    replace_primary_payment_source?: boolean;
                    /** @default true */
                    retain_payment_source?: boolean;
                    /** @enum {string} */
                    payment_initiator?: "customer" | "merchant";
                    /** @description Nested fields, sent as shipping_address[field]=value. */
                    shipping_address?: {
                        first_name?: string;
                        last_name?: string;
                        /** Format: email */
                        email?: string;
                        company?: string;
                        phone?: string;
                        line1?: string;
                        line2?: string;
                        line3?: string;
                        city?: string;
                        state_code?: string;
                        state?: string;
                        zip?: string;
                        country?: string;
                        /** @enum {string} */
                        validation_status?: "not_validated" | "valid" | "partially_valid" | "invalid";
                    };
                    /** @description Nested fields, sent as statement_descriptor[field]=value. */
                    statement_descriptor?: {
                        descriptor?: string;
                    };
                    /** @description Rows of item_prices in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends item_prices[key][i]=value). A position is empty (null) when that row omits the key. */
                    item_prices?: {
                        item_price_id?: (string | null)[];
                        quantity?: (number | null)[];
                        quantity_in_decimal?: (string | null)[];
                        unit_price?: (number | null)[];
                        unit_price_in_decimal?: (string | null)[];
                        date_from?: (number | null)[];
                        date_to?: (number | null)[];
                        description?: (string | null)[];
                        entity_description?: (string | null)[];
                    };
                    /** @description Rows of item_tiers in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends item_tiers[key][i]=value). A position is empty (null) when that row omits the key. */
                    item_tiers?: {
                        item_price_id?: (string | null)[];
                        starting_unit?: (number | null)[];
                        ending_unit?: (number | null)[];
                        price?: (number | null)[];
                        starting_unit_in_decimal?: (string | null)[];
                        ending_unit_in_decimal?: (string | null)[];
                        price_in_decimal?: (string | null)[];
                        pricing_type?: ("per_unit" | "flat_fee" | "package" | null)[];
                        package_size?: (number | null)[];
                    };
                    /** @description Rows of charges in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends charges[key][i]=value). A position is empty (null) when that row omits the key. */
                    charges?: {
                        entity_description?: (string | null)[];
                        amount?: (number | null)[];
                        amount_in_decimal?: (string | null)[];
                        description?: (string | null)[];
                        taxable?: (boolean | null)[];
                        tax_profile_id?: (string | null)[];
                        avalara_tax_code?: (string | null)[];
                        hsn_code?: (string | null)[];
                        taxjar_product_code?: (string | null)[];
                        avalara_sale_type?: ("wholesale" | "retail" | "consumed" | "vendor_use" | null)[];
                        avalara_transaction_type?: (number | null)[];
                        avalara_service_type?: (number | null)[];
                        date_from?: (number | null)[];
                        date_to?: (number | null)[];
                    };
                    /** @description Rows of notes_to_remove in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends notes_to_remove[key][i]=value). A position is empty (null) when that row omits the key. */
                    notes_to_remove?: {
                        entity_type?: ("customer" | "subscription" | "coupon" | "plan_item_price" | "addon_item_price" | "charge_item_price" | null)[];
                        entity_id?: (string | null)[];
                    };
                    /** @description Rows of tax_providers_fields in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends tax_providers_fields[key][i]=value). A position is empty (null) when that row omits the key. */
                    tax_providers_fields?: {
                        provider_name?: (string | null)[];
                        field_id?: (string | null)[];
                        field_value?: (string | null)[];
                    };
                    /** @description Rows of discounts in column form: each key holds one value per row, index i across all keys describing row i (the SDK sends discounts[key][i]=value). A position is empty (null) when that row omits the key. */
                    discounts?: {
                        percentage?: (number | null)[];
                        amount?: (number | null)[];
                        quantity?: (number | null)[];
                        apply_on: ("invoice_amount" | "specific_item_price" | null)[];
                        item_price_id?: (string | null)[];
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoice: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                paid_on_after?: number;
                include_deleted?: boolean;
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "subscription_id[is]"?: string;
                "subscription_id[is_not]"?: string;
                "subscription_id[starts_with]"?: string;
                "subscription_id[is_present]"?: boolean;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "subscription_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "subscription_id[not_in]"?: string;
                "customer_id[is]"?: string;
                "customer_id[is_not]"?: string;
                "customer_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "customer_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "customer_id[not_in]"?: string;
                "recurring[is]"?: boolean;
                "status[is]"?: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
                "status[is_not]"?: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[not_in]"?: string;
                "price_type[is]"?: "tax_exclusive" | "tax_inclusive";
                "price_type[is_not]"?: "tax_exclusive" | "tax_inclusive";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "price_type[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "price_type[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "date[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "date[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "date[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "date[between]"?: string;
                /** @description Unix timestamp in seconds. */
                "paid_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "paid_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "paid_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "paid_at[between]"?: string;
                "total[is]"?: number;
                "total[is_not]"?: number;
                "total[lt]"?: number;
                "total[lte]"?: number;
                "total[gt]"?: number;
                "total[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "total[between]"?: string;
                "amount_paid[is]"?: number;
                "amount_paid[is_not]"?: number;
                "amount_paid[lt]"?: number;
                "amount_paid[lte]"?: number;
                "amount_paid[gt]"?: number;
                "amount_paid[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "amount_paid[between]"?: string;
                "amount_adjusted[is]"?: number;
                "amount_adjusted[is_not]"?: number;
                "amount_adjusted[lt]"?: number;
                "amount_adjusted[lte]"?: number;
                "amount_adjusted[gt]"?: number;
                "amount_adjusted[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "amount_adjusted[between]"?: string;
                "credits_applied[is]"?: number;
                "credits_applied[is_not]"?: number;
                "credits_applied[lt]"?: number;
                "credits_applied[lte]"?: number;
                "credits_applied[gt]"?: number;
                "credits_applied[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "credits_applied[between]"?: string;
                "amount_due[is]"?: number;
                "amount_due[is_not]"?: number;
                "amount_due[lt]"?: number;
                "amount_due[lte]"?: number;
                "amount_due[gt]"?: number;
                "amount_due[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "amount_due[between]"?: string;
                "dunning_status[is]"?: "in_progress" | "exhausted" | "stopped" | "success";
                "dunning_status[is_not]"?: "in_progress" | "exhausted" | "stopped" | "success";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "dunning_status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "dunning_status[not_in]"?: string;
                "dunning_status[is_present]"?: boolean;
                "payment_owner[is]"?: string;
                "payment_owner[is_not]"?: string;
                "payment_owner[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "payment_owner[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "payment_owner[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "channel[is]"?: "web" | "app_store" | "play_store";
                "channel[is_not]"?: "web" | "app_store" | "play_store";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "channel[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "voided_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "voided_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "voided_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "voided_at[between]"?: string;
                "void_reason_code[is]"?: string;
                "void_reason_code[is_not]"?: string;
                "void_reason_code[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "void_reason_code[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "void_reason_code[not_in]"?: string;
                "sort_by[asc]"?: "date" | "updated_at";
                "sort_by[desc]"?: "date" | "updated_at";
                "einvoice[status][is]"?: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
                "einvoice[status][is_not]"?: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "einvoice[status][in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "einvoice[status][not_in]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            invoice: components["schemas"]["Invoice"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the invoice (its number). The SDK URL-encodes it but leaves "/" as is. */
                "invoice-id": components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoice: components["schemas"]["Invoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    recordInvoicePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Identifier of the invoice (its number). The SDK URL-encodes it but leaves "/" as is. */
                "invoice-id": components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    comment?: string;
                    /** @description Nested fields, sent as transaction[field]=value. */
                    transaction?: {
                        amount?: number;
                        /** @enum {string} */
                        payment_method: "cash" | "check" | "bank_transfer" | "other" | "app_store" | "play_store" | "custom" | "dana" | "touch_n_go" | "tamara" | "qpay";
                        reference_number?: string;
                        custom_payment_method_id?: string;
                        id_at_gateway?: string;
                        /** @enum {string} */
                        status?: "success" | "failure" | "late_failure";
                        date?: number;
                        error_code?: string;
                        error_text?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoice: components["schemas"]["Invoice"];
                        transaction: components["schemas"]["Transaction"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                include_deleted?: boolean;
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "customer_id[is]"?: string;
                "customer_id[is_not]"?: string;
                "customer_id[starts_with]"?: string;
                "customer_id[is_present]"?: boolean;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "customer_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "customer_id[not_in]"?: string;
                "subscription_id[is]"?: string;
                "subscription_id[is_not]"?: string;
                "subscription_id[starts_with]"?: string;
                "subscription_id[is_present]"?: boolean;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "subscription_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "subscription_id[not_in]"?: string;
                "payment_source_id[is]"?: string;
                "payment_source_id[is_not]"?: string;
                "payment_source_id[starts_with]"?: string;
                "payment_source_id[is_present]"?: boolean;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "payment_source_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "payment_source_id[not_in]"?: string;
                "payment_method[is]"?: "card" | "cash" | "check" | "chargeback" | "bank_transfer" | "amazon_payments" | "paypal_express_checkout" | "direct_debit" | "alipay" | "unionpay" | "apple_pay" | "wechat_pay" | "ach_credit" | "sepa_credit" | "ideal" | "google_pay" | "sofort" | "bancontact" | "giropay" | "dotpay" | "other" | "app_store" | "upi" | "netbanking_emandates" | "play_store" | "custom" | "boleto" | "venmo" | "pay_to" | "faster_payments" | "sepa_instant_transfer" | "automated_bank_transfer" | "klarna_pay_now" | "online_banking_poland" | "payconiq_by_bancontact" | "electronic_payment_standard" | "kbc_payment_button" | "pay_by_bank" | "trustly" | "stablecoin" | "kakao_pay" | "naver_pay" | "revolut_pay" | "cash_app_pay" | "pix" | "twint" | "go_pay" | "grab_pay" | "pay_co" | "after_pay" | "swish" | "payme" | "klarna" | "alipay_hk" | "paypay" | "gcash" | "south_korean_cards" | "paynow" | "bizum" | "promptpay" | "dana" | "touch_n_go" | "tamara" | "qpay";
                "payment_method[is_not]"?: "card" | "cash" | "check" | "chargeback" | "bank_transfer" | "amazon_payments" | "paypal_express_checkout" | "direct_debit" | "alipay" | "unionpay" | "apple_pay" | "wechat_pay" | "ach_credit" | "sepa_credit" | "ideal" | "google_pay" | "sofort" | "bancontact" | "giropay" | "dotpay" | "other" | "app_store" | "upi" | "netbanking_emandates" | "play_store" | "custom" | "boleto" | "venmo" | "pay_to" | "faster_payments" | "sepa_instant_transfer" | "automated_bank_transfer" | "klarna_pay_now" | "online_banking_poland" | "payconiq_by_bancontact" | "electronic_payment_standard" | "kbc_payment_button" | "pay_by_bank" | "trustly" | "stablecoin" | "kakao_pay" | "naver_pay" | "revolut_pay" | "cash_app_pay" | "pix" | "twint" | "go_pay" | "grab_pay" | "pay_co" | "after_pay" | "swish" | "payme" | "klarna" | "alipay_hk" | "paypay" | "gcash" | "south_korean_cards" | "paynow" | "bizum" | "promptpay" | "dana" | "touch_n_go" | "tamara" | "qpay";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "payment_method[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "payment_method[not_in]"?: string;
                "gateway[is]"?: components["schemas"]["Gateway"];
                "gateway[is_not]"?: components["schemas"]["Gateway"];
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "gateway[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "gateway[not_in]"?: string;
                "gateway_account_id[is]"?: string;
                "gateway_account_id[is_not]"?: string;
                "gateway_account_id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "gateway_account_id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "gateway_account_id[not_in]"?: string;
                "id_at_gateway[is]"?: string;
                "id_at_gateway[is_not]"?: string;
                "id_at_gateway[starts_with]"?: string;
                "reference_number[is]"?: string;
                "reference_number[is_not]"?: string;
                "reference_number[starts_with]"?: string;
                "reference_number[is_present]"?: boolean;
                "type[is]"?: "authorization" | "payment" | "refund" | "payment_reversal";
                "type[is_not]"?: "authorization" | "payment" | "refund" | "payment_reversal";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "type[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "type[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "date[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "date[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "date[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "date[between]"?: string;
                "amount[is]"?: number;
                "amount[is_not]"?: number;
                "amount[lt]"?: number;
                "amount[lte]"?: number;
                "amount[gt]"?: number;
                "amount[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "amount[between]"?: string;
                "amount_capturable[is]"?: number;
                "amount_capturable[is_not]"?: number;
                "amount_capturable[lt]"?: number;
                "amount_capturable[lte]"?: number;
                "amount_capturable[gt]"?: number;
                "amount_capturable[gte]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "amount_capturable[between]"?: string;
                "status[is]"?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
                "status[is_not]"?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention" | "late_failure";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "status[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "updated_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "updated_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "updated_at[between]"?: string;
                "sort_by[asc]"?: "date" | "updated_at";
                "sort_by[desc]"?: "date" | "updated_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            transaction: components["schemas"]["Transaction"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the transaction. The SDK URL-encodes it but leaves "/" as is. */
                "transaction-id": components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: components["schemas"]["Transaction"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
                start_time?: number;
                end_time?: number;
                "id[is]"?: string;
                "id[is_not]"?: string;
                "id[starts_with]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "id[not_in]"?: string;
                "webhook_status[is]"?: "not_configured" | "scheduled" | "succeeded" | "re_scheduled" | "failed" | "skipped" | "not_applicable" | "disabled" | "rate_limited";
                "webhook_status[is_not]"?: "not_configured" | "scheduled" | "succeeded" | "re_scheduled" | "failed" | "skipped" | "not_applicable" | "disabled" | "rate_limited";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "webhook_status[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "webhook_status[not_in]"?: string;
                "event_type[is]"?: components["schemas"]["EventType"];
                "event_type[is_not]"?: components["schemas"]["EventType"];
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "event_type[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "event_type[not_in]"?: string;
                "source[is]"?: "admin_console" | "api" | "scheduled_job" | "hosted_page" | "portal" | "system" | "none" | "js_api" | "migration" | "bulk_operation" | "external_service";
                "source[is_not]"?: "admin_console" | "api" | "scheduled_job" | "hosted_page" | "portal" | "system" | "none" | "js_api" | "migration" | "bulk_operation" | "external_service";
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "source[in]"?: string;
                /** @description JSON array of values (the SDK JSON-encodes the list). */
                "source[not_in]"?: string;
                /** @description Unix timestamp in seconds. */
                "occurred_at[after]"?: number;
                /** @description Unix timestamp in seconds. */
                "occurred_at[before]"?: number;
                /** @description Unix timestamp in seconds. */
                "occurred_at[on]"?: number;
                /** @description JSON array of two bounds, inclusive. */
                "occurred_at[between]"?: string;
                "sort_by[asc]"?: "occurred_at";
                "sort_by[desc]"?: "occurred_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            event: components["schemas"]["Event"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the event. The SDK URL-encodes it but leaves "/" as is. */
                "event-id": components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        event: components["schemas"]["Event"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor: the next_offset returned with the previous page. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: {
                            webhook_endpoint: components["schemas"]["WebhookEndpoint"];
                        }[];
                        next_offset?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    name: string;
                    /** @enum {string} */
                    api_version?: "v1" | "v2";
                    url: string;
                    /** @default false */
                    primary_url?: boolean;
                    /** @default false */
                    disabled?: boolean;
                    basic_auth_password?: string;
                    basic_auth_username?: string;
                    /** @default false */
                    send_card_resource?: boolean;
                    /** @enum {string} */
                    chargebee_response_schema_type?: "plans_addons" | "items" | "compat";
                    /** @description List sent with indexed keys enabled_events[0], enabled_events[1], ... */
                    enabled_events?: components["schemas"]["EventType"][];
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook_endpoint: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the webhook endpoint. The SDK URL-encodes it but leaves "/" as is. */
                "webhook-endpoint-id": components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook_endpoint: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Identifier of the webhook endpoint. The SDK URL-encodes it but leaves "/" as is. */
                "webhook-endpoint-id": components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    name?: string;
                    /** @enum {string} */
                    api_version?: "v1" | "v2";
                    url?: string;
                    /** @default false */
                    primary_url?: boolean;
                    /** @default false */
                    send_card_resource?: boolean;
                    basic_auth_password?: string;
                    basic_auth_username?: string;
                    /** @default false */
                    disabled?: boolean;
                    /** @description List sent with indexed keys enabled_events[0], enabled_events[1], ... */
                    enabled_events?: components["schemas"]["EventType"][];
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook_endpoint: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Identifier of the webhook endpoint. The SDK URL-encodes it but leaves "/" as is. */
                "webhook-endpoint-id": components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook_endpoint: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retrieveTimeMachine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name of the time machine. A test site has one, named "delorean". The SDK URL-encodes it but leaves "/" as is. */
                "time-machine-name": components["parameters"]["TimeMachineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        time_machine: components["schemas"]["TimeMachine"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    travelForwardTimeMachine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen unique key that makes a POST safe to retry: a repeated request with the same key returns the first result instead of acting again. The SDK sends it when the caller passes it as a header, and generates a UUID itself when retries are enabled. */
                "chargebee-idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Name of the time machine. A test site has one, named "delorean". The SDK URL-encodes it but leaves "/" as is. */
                "time-machine-name": components["parameters"]["TimeMachineName"];
            };
            cookie?: never;
        };
        /** @description Form-encoded parameters, shown after bracket keys are decoded into nested objects and arrays. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    destination_time?: number;
                };
            };
        };
        responses: {
            /** @description The operation succeeded. */
            200: {
                headers: {
                    "chargebee-idempotency-replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        time_machine: components["schemas"]["TimeMachine"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
}
