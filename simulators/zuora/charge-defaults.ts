/**
 * What the retrieve operation of a product rate plan charge shows for the fields a charge does
 * not set. object_getproductrateplancharge.md documents every response field, and clients read
 * them without checking for absence, so each one is answered, with a value of its documented type:
 * the default the charge pages document, else the value the page's sample (a flat-fee charge)
 * shows for a concept it does not use, else the type's empty value.
 */

/** Text fields of features or settings the simulated tenant does not have; the sample answers an unset one (Formula) with "". */
const EMPTY_TEXT = [
  'AccountingCode',
  'ApplyDiscountTo',
  'CommitmentType',
  'DeferredRevenueAccount',
  'Description',
  'DiscountLevel',
  'ProrationOption',
  'RecognizedRevenueAccount',
  'TaxCode',
  'WeeklyBillCycleDay',
  'ProductCategory',
  'ProductClass',
  'ProductFamily',
  'ProductLine',
  'RevenueRecognitionTiming',
  'RevenueAmortizationMethod',
  'Formula',
  'Class__NS',
  'DeferredRevAccount__NS',
  'Department__NS',
  'IncludeChildren__NS',
  'IntegrationId__NS',
  'IntegrationStatus__NS',
  'ItemType__NS',
  'Location__NS',
  'RecognizedRevAccount__NS',
  'RevRecEnd__NS',
  'RevRecStart__NS',
  'RevRecTemplateType__NS',
  'Subsidiary__NS',
  'SyncDate__NS',
];

/** Fields typed "or null" that nothing in the simulator sets unless the client does. */
const NULL_WHEN_UNSET = ['RevRecCode', 'RevRecTriggerCondition', 'SmoothingModel', 'SpecificBillingPeriod', 'SpecificListPriceBase', 'TaxMode', 'UOM', 'UpToPeriods'];

/** Flags whose documented default is false (or false in the sample: LegacyRevenueReporting, Taxable). */
const FALSE_WHEN_UNSET = [
  'ApplyToBillingPeriodPartially',
  'ExcludeItemBillingFromRevenueAccounting',
  'ExcludeItemBookingFromRevenueAccounting',
  'IsAllocationEligible',
  'IsUnbilled',
  'LegacyRevenueReporting',
  'ReflectDiscountInNetAmount',
  'Taxable',
];

/** The page notes that these models default DefaultQuantity to 0; others show the sample's 1. */
const ZERO_QUANTITY_MODELS = new Set(['Tiered Pricing', 'Volume Pricing']);

const fill = (names: string[], value: unknown) => Object.fromEntries(names.map((name) => [name, value]));

export function chargeDefaults(fields: Record<string, unknown>): Record<string, unknown> {
  const usage = fields.ChargeType === 'Usage';
  return {
    ...fill(EMPTY_TEXT, ''),
    ...fill(NULL_WHEN_UNSET, null),
    ...fill(FALSE_WHEN_UNSET, false),
    // documented defaults
    EndDateCondition: 'SubscriptionEnd',
    OverageCalculationOption: 'EndOfSmoothingPeriod',
    PriceChangeOption: 'NoChange',
    RatingGroup: usage ? 'ByBillingPeriod' : null,
    UpToPeriodsType: 'Billing Periods',
    UsageRecordRatingOption: usage ? 'EndOfBillingPeriod' : null,
    DefaultQuantity: ZERO_QUANTITY_MODELS.has(String(fields.ChargeModel)) ? 0 : 1,
    // "a normal charge with no prepayment, commitment or drawdown": the simulator has no other kind
    ChargeFunction: 'Standard',
    // the sample's values for concepts a flat-fee charge does not use (no smoothing, no overage, no price change)
    BillCycleDay: 1,
    BillingPeriodAlignment: 'AlignToCharge',
    BillingTiming: 'In Advance',
    IncludedUnits: 0,
    ListPriceBase: 'Per Billing Period',
    NumberOfPeriod: 1,
    OverageUnusedUnitsCreditOption: 'NoCredit',
    PriceIncreasePercentage: 0,
    RevenueRecognitionRuleName: 'Recognize upon invoicing',
    UseTenantDefaultForPriceChange: true,
    // no unit range: the documented type is a number, so the empty value rather than null
    MaxQuantity: 0,
    MinQuantity: 0,
  };
}
