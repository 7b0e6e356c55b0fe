import { SimError } from '../kit/errors.js';
import type { ZuoraHandlers, ZuoraOperations } from './operations.js';
import type { ValidRequest } from '../kit/types.js';
import type { ZuoraContext } from './auth.js';
import { CsvError, parseCsv, type CsvRow } from './csv.js';
import { Category, failureBody, reason, ruleFailure, type Reason } from './errors.js';
import { newId } from './ids.js';
import type { UsageImportRecord, UsageRecord } from './records.js';
import { insertUsage, prepareUsage, type UsageFieldNames } from './usage-records.js';

/** post_usage.md: headings every file must have (some with optional values), and optional ones. */
const REQUIRED_HEADINGS = ['ACCOUNT_ID', 'UOM', 'QTY', 'STARTDATE', 'ENDDATE', 'PRODUCT_RATE_PLAN_CHARGE_ID', 'SUBSCRIPTION_ID', 'CHARGE_ID'];
const OPTIONAL_HEADINGS = ['DESCRIPTION', 'UNIQUE_KEY'];
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_NAME = 50;
/** Enough row problems to fix a file in one go without an unbounded body. */
const MAX_REASONS = 20;

const NAMES: UsageFieldNames = {
  accountId: 'ACCOUNT_ID',
  accountNumber: 'ACCOUNT_ID',
  subscriptionId: 'SUBSCRIPTION_ID',
  subscriptionNumber: 'SUBSCRIPTION_ID',
  chargeId: 'CHARGE_ID',
  chargeNumber: 'CHARGE_ID',
  uom: 'UOM',
};

class RowProblem extends Error {}

/** The uploaded file's text and name (a plain form field named `file` has no name). */
function uploadedFile(req: ValidRequest<ZuoraOperations['importUsage']>): { name: string | undefined; text: string } {
  const text = req.body?.file;
  // openapi-backend drops binary properties from `required`, so the contract's check never sees a missing file
  if (text === undefined) throw new SimError(400, failureBody([reason(Category.MISSING_FIELD, "Invalid request: body field 'file' is required")]));
  return { name: req.files.file?.name, text };
}

/** `MM/DD/YYYY`, the upload's default date format, as UTC midnight. */
function usageDate(text: string): number | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [month, day] = [Number(m[1]) - 1, Number(m[2])];
  const date = new Date(Date.UTC(Number(m[3]), month, day));
  // Date.UTC rolls 02/30 over into March; such a date is not one
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date.getTime() : undefined;
}

function rowInput(cells: Record<string, string>, fileName: string, fail: (m: string) => never) {
  for (const h of ['ACCOUNT_ID', 'UOM', 'QTY', 'STARTDATE']) if (!cells[h]) fail(`${h} is required`);
  const quantity = Number(cells.QTY);
  if (!Number.isFinite(quantity)) fail(`QTY '${cells.QTY}' is not a number`);
  const start = usageDate(cells.STARTDATE!);
  if (start === undefined) fail(`STARTDATE '${cells.STARTDATE}' is not a date in the format MM/DD/YYYY`);
  const end = cells.ENDDATE ? usageDate(cells.ENDDATE) : undefined;
  if (cells.ENDDATE && end === undefined) fail(`ENDDATE '${cells.ENDDATE}' is not a date in the format MM/DD/YYYY`);
  if (cells.PRODUCT_RATE_PLAN_CHARGE_ID) fail('PRODUCT_RATE_PLAN_CHARGE_ID needs the Dynamic Usage Charges feature, which this tenant does not have; leave the column empty');
  return {
    // post_usage.md: ACCOUNT_ID holds the account number, SUBSCRIPTION_ID and CHARGE_ID the subscription and charge numbers
    accountNumber: cells.ACCOUNT_ID!,
    ...(cells.SUBSCRIPTION_ID ? { subscriptionNumber: cells.SUBSCRIPTION_ID } : {}),
    ...(cells.CHARGE_ID ? { chargeNumber: cells.CHARGE_ID } : {}),
    quantity,
    uom: cells.UOM!,
    startDateTime: start!,
    ...(end !== undefined ? { endDateTime: end } : {}),
    ...(cells.DESCRIPTION ? { description: cells.DESCRIPTION } : {}),
    ...(cells.UNIQUE_KEY ? { uniqueKey: cells.UNIQUE_KEY } : {}),
    custom: {},
    sourceType: 'Import' as const,
    fileName,
  };
}

function headingsOf(row: CsvRow | undefined): string[] {
  const headings = (row?.cells ?? []).map((c) => c.trim().toUpperCase());
  const missing = REQUIRED_HEADINGS.filter((h) => !headings.includes(h));
  if (missing.length) {
    throw ruleFailure(Category.INVALID_VALUE, `The usage file lacks the heading${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; its first row must name the columns ${REQUIRED_HEADINGS.join(', ')} (values may be empty where optional) and optionally ${OPTIONAL_HEADINGS.join(', ')}`);
  }
  return headings;
}

/**
 * Check every row, then store them all or none (post_usage.md: the import is atomic). Zuora
 * reports row problems at the checkImportStatus URL, which the contract does not include, so
 * the simulator reports them in this answer instead.
 */
function importRows(ctx: ZuoraContext, rows: CsvRow[], fileName: string): UsageRecord[] {
  const headings = headingsOf(rows[0]);
  if (rows.length < 2) throw ruleFailure(Category.INVALID_VALUE, 'The usage file has headings but no usage rows');
  const reasons: Reason[] = [];
  const prepared = rows.slice(1).flatMap((row) => {
    const fail = (message: string): never => {
      throw new RowProblem(`Line ${row.line}: ${message}`);
    };
    try {
      const cells = Object.fromEntries(headings.map((h, i) => [h, row.cells[i]?.trim() ?? '']));
      return [prepareUsage(ctx, rowInput(cells, fileName, fail), NAMES, fail)];
    } catch (e) {
      if (!(e instanceof RowProblem)) throw e;
      reasons.push(reason(Category.INVALID_VALUE, e.message));
      return [];
    }
  });
  if (reasons.length) {
    const shown = reasons.slice(0, MAX_REASONS);
    if (reasons.length > MAX_REASONS) shown.push(reason(Category.INVALID_VALUE, `… and ${reasons.length - MAX_REASONS} more rows with problems`));
    throw new SimError(200, failureBody([reason(Category.RULE, `The usage file '${fileName}' was rejected and nothing was imported: fix the rows below and upload it again`), ...shown]));
  }
  return prepared.map((p) => insertUsage(ctx, p));
}

export const usageImportHandlers = {
  importUsage(req, ctx) {
    const { name, text } = uploadedFile(req);
    if (name === undefined) throw ruleFailure(Category.INVALID_VALUE, "'file' must be an uploaded file (a multipart part with a filename), not a plain form field");
    if (!/\.csv$/i.test(name)) throw ruleFailure(Category.INVALID_VALUE, `The usage file '${name}' must be a comma-separated file with a .csv extension`);
    if (name.length > MAX_NAME) throw ruleFailure(Category.INVALID_VALUE, `The usage file name '${name}' is ${name.length} characters long; at most ${MAX_NAME} are allowed`);
    const size = Buffer.byteLength(text);
    if (size > MAX_FILE_BYTES) throw ruleFailure(Category.INVALID_VALUE, `The usage file is ${size} bytes; at most 4 MB are allowed`);
    let rows: CsvRow[];
    try {
      rows = parseCsv(text);
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      throw ruleFailure(Category.MALFORMED, `The usage file '${name}' is not valid CSV: ${e.message}`);
    }
    const usages = importRows(ctx, rows, name);
    const record = ctx.state.store.insert<UsageImportRecord>('usageImport', {
      id: newId(ctx),
      fileName: name,
      size,
      status: 'Completed',
      usageIds: usages.map((u) => u.id),
      createdAt: ctx.now(),
    });
    return { status: 200, body: { checkImportStatus: `/v1/usage/${record.id}/status`, size, success: true } };
  },
} satisfies Partial<ZuoraHandlers>;
