import { ErrorBody } from '../../shared/schemas/common.js';

/** Documents the error responses a route can give, all in the one error shape. */
export const errorResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, ErrorBody]));
