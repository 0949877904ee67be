import type { Customer } from "../../workers/protocol/conversation";

const DETAIL_WORDS: Record<NonNullable<Customer["verified"]>[number], string> = {
  id: "user id",
  name: "name",
  email: "e-mail",
  attributes: "attributes",
};

/**
 * Who the customer is and how sure we are: verified by the company's server through the widget (a signed
 * token or user hash: which details it vouched for), given by the company's backend over the API (an `id`),
 * or only what the page or the customer said.
 */
export function CustomerIdentity({ customer }: { customer: Customer }) {
  const verified = customer.verified ?? [];
  const mark = (detail: "name" | "email") =>
    verified.length > 0 && (
      <span class="small muted"> · {verified.includes(detail) ? "verified" : "not verified"}</span>
    );
  return (
    <>
      <p>
        {verified.length > 0 ? (
          <span class="badge verified">
            Identity verified: {verified.map((d) => DETAIL_WORDS[d]).join(", ")}
          </span>
        ) : customer.id ? (
          <span class="badge verified">Verified by your site</span>
        ) : (
          <span class="badge">Not verified</span>
        )}
      </p>
      <dl class="facts customer">
        {customer.id && (
          <>
            <dt>User id</dt>
            <dd>{customer.id}</dd>
          </>
        )}
        <dt>Name</dt>
        <dd>
          {customer.name ?? "Not given"}
          {customer.name && mark("name")}
        </dd>
        <dt>Email</dt>
        <dd>
          {customer.email ?? "Not given"}
          {customer.email && mark("email")}
        </dd>
      </dl>
    </>
  );
}
