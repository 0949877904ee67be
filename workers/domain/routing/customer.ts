import type { Customer } from "../../protocol/conversation";

/**
 * Whether the customer gets the VIP head start in line. Only attributes the company's backend set count:
 * the widget's page-supplied attributes are `unverifiedAttributes`, which any visitor can edit.
 */
export function isVip(customer: Customer): boolean {
  const vip = customer.attributes?.vip;
  return vip === true || vip === "true";
}
