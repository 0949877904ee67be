import { createArticle, getArticle, type KnowledgeDb } from "../workers/db/knowledge";
import type { ArticleInput } from "../workers/knowledge/article";

/**
 * The demo workspace's help centre: a fictional project-management SaaS called Orbit. Stable ids so the bot
 * eval (test/fixtures/bot/questions.jsonl) can name the article that answers each question. Most articles are
 * in English, as in most help centres; three are translations customers in those languages get.
 */
export const DEMO_ARTICLES: ReadonlyArray<ArticleInput & { id: string }> = [
  {
    id: "kb_demo_invoices",
    title: "Download your invoices and receipts",
    tags: ["billing", "invoice", "receipt", "vat"],
    language: "en",
    body: `Every payment you make to Orbit comes with an invoice. Workspace owners and billing admins can find them under Settings → Billing → Invoices, where each invoice can be downloaded as a PDF. Invoices from the last 7 years are kept there.

To add your company name, address or VAT number to future invoices, open Settings → Billing → Billing details and save them. Invoices already issued cannot be changed, but our billing team can reissue an invoice with corrected details if you ask within 60 days.

Invoices are also emailed to the billing contact when a payment goes through. To send them to your accounts department instead, change the billing email under Billing details.`,
  },
  {
    id: "kb_demo_refunds",
    title: "Refund policy",
    tags: ["billing", "refund", "money back", "charge"],
    language: "en",
    body: `Annual plans can be refunded in full within 14 days of the purchase or renewal date. After 14 days, we do not refund the remaining months, but your plan stays active until the end of the period you paid for.

Monthly plans are not refunded and not prorated: when you cancel, you keep access until the end of the current month.

If you were charged twice or charged after cancelling, that is a billing error and we always refund it. To request a refund, write to billing@orbit.example with your workspace name and the invoice number. Refunds go back to the original payment method and take 5–10 business days to appear on your statement.`,
  },
  {
    id: "kb_demo_password",
    title: "Reset your password",
    tags: ["login", "sign in", "forgot password", "locked out"],
    language: "en",
    body: `If you forgot your password, click "Forgot password?" on the sign-in page and enter the email address of your Orbit account. We send you a reset link that stays valid for one hour; open it and choose a new password of at least 10 characters.

No email? Check your spam folder, and make sure you typed the address you signed up with. You can ask for a new link once a minute.

If your company signs in with single sign-on (SSO), your password is managed by your identity provider, not by Orbit: ask your IT team to reset it. After 10 failed sign-in attempts your account is locked for 15 minutes.`,
  },
  {
    id: "kb_demo_sso",
    title: "Set up single sign-on (SSO) with SAML",
    tags: ["sso", "saml", "okta", "azure ad", "entra id", "google workspace", "security"],
    language: "en",
    body: `Single sign-on lets your team sign in to Orbit with your company's identity provider. SSO is available on the Business and Enterprise plans and works with any SAML 2.0 provider, including Okta, Microsoft Entra ID (Azure AD), Google Workspace and OneLogin.

To set it up, a workspace owner opens Settings → Security → Single sign-on, copies Orbit's ACS URL and entity ID into a new SAML app in the identity provider, then pastes the provider's metadata URL back into Orbit and clicks Test connection.

Once the test passes you can enforce SSO, so members can no longer sign in with a password. Keep one owner account outside SSO as a fallback in case the provider is down. New people who sign in through SSO are added to the workspace automatically when their email domain is verified.`,
  },
  {
    id: "kb_demo_slack",
    title: "Connect Orbit to Slack",
    tags: ["integration", "slack", "notifications", "chat"],
    language: "en",
    body: `The Slack integration posts task updates to a Slack channel and lets you create tasks from a Slack message.

To connect it, go to Settings → Integrations → Slack and click Connect. Slack asks you to approve Orbit for your Slack workspace; you need permission to install apps there. Then pick which Orbit project posts to which Slack channel.

To create a task from Slack, open the message menu (⋯) and choose "Create Orbit task". Type /orbit in any channel to search your tasks. To disconnect, click Remove in Settings → Integrations → Slack; nothing is deleted in Orbit.`,
  },
  {
    id: "kb_demo_teams",
    title: "Connect Orbit to Microsoft Teams",
    tags: ["integration", "microsoft teams", "ms teams", "notifications"],
    language: "en",
    body: `The Microsoft Teams app brings Orbit into Teams: project updates are posted to a Teams channel and each project can be added as a tab.

To connect it, an admin of your Microsoft 365 tenant installs the Orbit app from the Teams app store (search for "Orbit"). Then, in Orbit, go to Settings → Integrations → Microsoft Teams, click Connect and sign in with your Microsoft account. Choose which projects post to which Teams channel.

Personal notifications arrive in the Orbit bot chat in Teams. If your organisation blocks third-party apps, ask your Microsoft 365 admin to allow the Orbit app first.`,
  },
  {
    id: "kb_demo_exports",
    title: "Export your data",
    tags: ["export", "csv", "json", "backup", "download data"],
    language: "en",
    body: `You can export a single project or your whole workspace at any time, on every plan.

To export one project, open it, click ⋯ → Export and choose CSV (for spreadsheets) or JSON (with comments and attachments' links). The file downloads straight away.

A full workspace export is available to workspace owners under Settings → Data → Export workspace. It includes every project, task, comment and member list as JSON, with attachments in a ZIP file. Large workspaces can take up to an hour; we email you a download link when it is ready, and the link expires after 7 days.`,
  },
  {
    id: "kb_demo_plans",
    title: "Plans and pricing",
    tags: ["pricing", "plans", "cost", "free plan", "pro", "business", "enterprise"],
    language: "en",
    body: `Orbit has four plans. Free: up to 5 members and 3 projects. Pro: $12 per member per month, unlimited projects, time tracking and integrations. Business: $24 per member per month, adding single sign-on, audit logs and advanced permissions. Enterprise: custom pricing with a dedicated success manager, invoicing by bank transfer and a 99.9% uptime commitment.

Paying yearly saves 20% on Pro and Business. Prices exclude VAT and sales tax, which are added at checkout depending on your country.

Every paid plan starts with a 14-day free trial, no credit card needed. Nonprofits and schools get 50% off: write to sales@orbit.example.`,
  },
  {
    id: "kb_demo_change_plan",
    title: "Upgrade, downgrade or cancel your subscription",
    tags: ["subscription", "upgrade", "downgrade", "cancel", "billing"],
    language: "en",
    body: `Workspace owners change the plan under Settings → Billing → Plan.

Upgrading takes effect immediately: you pay the difference for the rest of the billing period. Downgrading takes effect at the end of the current period; features of the higher plan stay available until then.

To cancel your subscription, choose Cancel subscription at the bottom of the same page. Your workspace moves to the Free plan at the end of the period you paid for, and nothing is deleted: projects over the Free plan's limits become read-only. You can resubscribe at any time.`,
  },
  {
    id: "kb_demo_retention",
    title: "Data retention and deletion",
    tags: ["data retention", "delete account", "gdpr", "privacy", "trash"],
    language: "en",
    body: `Deleted tasks and projects go to the trash, where they can be restored for 30 days before they are permanently removed.

When an owner deletes a workspace, its data is erased from our live systems within 30 days and from backups within 90 days. Closing your personal account removes your profile, but the tasks and comments you created stay in the workspace they belong to.

Audit logs are kept for one year on the Business plan and for as long as you choose on Enterprise. All data is stored in the EU (Frankfurt) or the US, chosen when the workspace is created. For a copy of your personal data or any GDPR request, write to privacy@orbit.example.`,
  },
  {
    id: "kb_demo_2fa",
    title: "Turn on two-factor authentication",
    tags: ["2fa", "two-factor", "authenticator", "security", "mfa"],
    language: "en",
    body: `Two-factor authentication (2FA) protects your account with a code from an authenticator app in addition to your password.

To turn it on, open your avatar → Profile → Security, click Enable two-factor authentication and scan the QR code with an app such as Google Authenticator, 1Password or Authy. Enter the 6-digit code to confirm, and store the 10 recovery codes somewhere safe.

Lost your phone? Sign in with one of your recovery codes and set up 2FA again. Owners on the Business plan can require 2FA for every member under Settings → Security.`,
  },
  {
    id: "kb_demo_members",
    title: "Invite teammates and manage roles",
    tags: ["invite", "members", "roles", "permissions", "guests", "seats"],
    language: "en",
    body: `Owners and admins invite people from Settings → Members → Invite, by email or with an invite link. Invitations expire after 7 days and can be resent from the same page.

There are four roles. Owners manage billing and can delete the workspace. Admins manage members and settings. Members create and edit projects. Guests see only the projects they are invited to and are free on paid plans.

To remove someone, open ⋯ next to their name and choose Remove from workspace; their tasks stay and can be reassigned. On paid plans you are billed per member, and removing a member frees the seat from the next invoice.`,
  },
  {
    id: "kb_demo_payment",
    title: "Update your payment method",
    tags: ["credit card", "payment", "billing", "sepa", "failed payment"],
    language: "en",
    body: `To change the card Orbit charges, open Settings → Billing → Payment method and click Update. We accept Visa, Mastercard and American Express, and SEPA direct debit in the euro area. Enterprise plans can also pay by bank transfer against an invoice.

If a payment fails, we retry it after 3, 5 and 7 days and email the billing contact each time. After the last failed retry the workspace becomes read-only until the payment method is updated; no data is lost.`,
  },
  {
    id: "kb_demo_api",
    title: "API keys and rate limits",
    tags: ["api", "developers", "token", "rate limit", "webhooks"],
    language: "en",
    body: `Orbit has a REST API for reading and changing projects and tasks. Create an API key under Settings → API → New key; the key is shown once, so copy it somewhere safe. Send it as a Bearer token in the Authorization header.

The API allows 100 requests per minute per key; over that you get HTTP 429 with a Retry-After header. Webhooks can notify your server when a task is created, changed or completed. The full reference is at developers.orbit.example.`,
  },
  {
    id: "kb_demo_notifications",
    title: "Manage email and mobile notifications",
    tags: ["notifications", "email", "mobile", "push", "digest"],
    language: "en",
    body: `Choose what Orbit tells you about under avatar → Profile → Notifications. For each kind of event (mentions, assignments, due dates, comments) you can pick email, push on the mobile app, both or none.

Too many emails? Switch to the daily digest, which sends one summary each morning instead of one email per update. You can also mute a single project from its ⋯ menu. Push notifications need the Orbit app for iOS or Android and notifications allowed in your phone's settings.`,
  },
  {
    id: "kb_demo_time_tracking",
    title: "Track time on tasks",
    tags: ["time tracking", "timer", "timesheet", "hours"],
    language: "en",
    body: `Time tracking is included in the Pro, Business and Enterprise plans. Start the timer on any task with the clock button, or add hours by hand afterwards.

Timesheets under Reports → Time show the hours per person, project and week, and can be exported to CSV for payroll or client billing. Admins can lock timesheets of past weeks so nobody changes them afterwards.`,
  },
  {
    id: "kb_demo_password_es",
    title: "Restablecer tu contraseña",
    tags: ["contraseña", "iniciar sesión", "acceso"],
    language: "es",
    body: `Si olvidaste tu contraseña, haz clic en "¿Olvidaste tu contraseña?" en la página de inicio de sesión e introduce el correo electrónico de tu cuenta de Orbit. Te enviamos un enlace para restablecerla que es válido durante una hora.

¿No te llega el correo? Revisa la carpeta de spam. Si tu empresa usa inicio de sesión único (SSO), tu contraseña la gestiona tu proveedor de identidad: pide a tu equipo de TI que la restablezca.`,
  },
  {
    id: "kb_demo_refunds_fr",
    title: "Politique de remboursement",
    tags: ["remboursement", "facturation", "rembourser"],
    language: "fr",
    body: `Les abonnements annuels sont remboursés intégralement dans les 14 jours suivant l'achat ou le renouvellement. Les abonnements mensuels ne sont pas remboursés : après une résiliation, vous gardez l'accès jusqu'à la fin du mois en cours.

En cas de double prélèvement, nous remboursons toujours. Pour demander un remboursement, écrivez à billing@orbit.example avec le nom de votre espace de travail et le numéro de facture. Le remboursement apparaît sous 5 à 10 jours ouvrés.`,
  },
  {
    id: "kb_demo_exports_de",
    title: "Daten exportieren",
    tags: ["export", "exportieren", "csv", "sicherung"],
    language: "de",
    body: `Sie können jederzeit ein einzelnes Projekt oder den ganzen Arbeitsbereich exportieren, in jedem Tarif.

Für ein Projekt öffnen Sie es und wählen ⋯ → Exportieren, dann CSV oder JSON. Den Export des ganzen Arbeitsbereichs starten Inhaber unter Einstellungen → Daten → Arbeitsbereich exportieren; wir senden Ihnen einen Download-Link per E-Mail, der 7 Tage gültig ist.`,
  },
];

/** Adds the demo articles that are missing; an article already there (maybe edited) is left as it is. */
export async function seedDemoKnowledge(db: KnowledgeDb, workspaceId: string): Promise<void> {
  for (const { id, ...article } of DEMO_ARTICLES) {
    if (!(await getArticle(db, workspaceId, id))) await createArticle(db, workspaceId, article, id);
  }
}
