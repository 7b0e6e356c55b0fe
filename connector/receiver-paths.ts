/** Where the reference connector receives each vendor's deliveries (contracts/connector.yaml). */
export const RECEIVER_PATHS = { togai: '/togai/notifications', zuora: '/zuora/callouts', chargebee: '/chargebee/webhooks' } as const;
