import { fold } from "../ai/local/text";
import { STEMMED_LANGUAGES, stemIn } from "./stemming";

/**
 * Words a customer uses for the things a software help centre is about, grouped by meaning, in the six
 * languages (folded: lower case, no accents). A group is one idea in many words: the customer's "bill" finds
 * the article's "invoice", their "olvidé" the English article's "forgot". Written from the domain (billing,
 * sign-in, data, teams, integrations, plans), not from any help centre's articles: the articles' own words
 * (titles and tags) are learned per workspace in `expand.ts`.
 */
const GROUPS: readonly string[] = [
  // billing
  `invoice invoices bill billed billing receipt statement factura facturas recibo facture recu rechnung
   quittung beleg fatura nota ricevuta fattura`,
  `refund refunded reimburse reimbursement money back chargeback reembolso reembolsar devolucion remboursement
   rembourser rembourse erstattung erstatten ruckerstattung zuruckerstatten reembolsar rimborso rimborsare`,
  `charge charged charges debit debited cobro cobrado cobrar cargo preleve prelevement debite abgebucht
   abbuchung belastet cobranca cobrado addebito addebitato`,
  // An expired or declined card is a payment-method question.
  `payment pay paying card credit debit sepa paypal declined expired expire expiring expiry expiration
   pago tarjeta caducada caducado vencida vencido rechazada paiement carte expiree refusee zahlung karte
   kreditkarte zahlungsmethode abgelaufen abgelehnt pagamento cartao expirado expirada recusado carta
   scaduta scaduto rifiutata`,
  `price prices pricing cost costs expensive cheap cheaper fee fees precio precios coste costo prix tarif
   tarifs preis preise kosten preco precos custo prezzo prezzi`,
  `discount discounts deal cheaper reduction descuento rebaja reduction remise rabatt desconto sconto`,
  `nonprofit nonprofits charity charities ngo ngos school schools education student students sin lucro ong
   association associations gemeinnutzig schule escola scuola`,
  `plan plans subscription subscriptions tier package suscripcion plan abonnement forfait abo tarif
   assinatura plano abbonamento piano`,
  `upgrade upgrading mejorar ameliorer upgraden aufrusten atualizar`,
  `downgrade downgrading reducir retrograder downgraden rebaixar`,
  `cancel cancelled canceled cancelling cancellation terminate quit stop cancelar cancelacion annuler
   resilier resiliation kundigen kundigung stornieren cancelar annullare disdire`,
  `vat tax taxes iva tva mwst ust umsatzsteuer imposto`,
  // sign-in and security
  `password passwords passcode contrasena clave motdepasse passe passwort kennwort senha`,
  `forgot forget forgotten lost olvide olvidar olvidado oublie oublier vergessen esqueci esquecer
   dimenticato dimenticare`,
  `reset restore recover recovery restablecer recuperar reinitialiser reinitialisation zurucksetzen
   wiederherstellen redefinir recuperar reimpostare recuperare`,
  `login log sign signin locked lockout iniciar sesion acceder connexion connecter anmelden anmeldung
   einloggen login entrar acessar accedere`,
  `sso saml okta identity provider idp entra azure`,
  `2fa mfa authenticator otp code codes verification factores facteurs faktor
   autenticacao autenticazione`,
  `security secure safe seguridad securite sicherheit seguranca sicurezza`,
  // data
  `export exports exporting download backup copy csv json exportar descargar copia exporter telecharger
   sauvegarde exportieren herunterladen sicherung baixar esportare scaricare`,
  `delete deleted deleting deletion remove erase wipe borrar eliminar supprimer effacer loschen entfernen
   excluir apagar eliminare cancellare`,
  `retention retained stored storage gdpr privacy personal conservacion datos conservation
   donnees aufbewahrung datenschutz dsgvo retencao dados conservazione dati`,
  `trash bin restore recycle papelera corbeille papierkorb lixeira cestino`,
  // people
  `member members teammate teammates colleague colleagues user users people employee employees staff seat
   seats miembro miembros companero usuario usuarios membre membres collegue utilisateur mitglied mitglieder
   kollege kollegen benutzer membro membros colega usuario utente utenti collega`,
  `invite invited invitation onboard invitar invitacion inviter invitation einladen einladung convidar
   convite invitare invito`,
  `role roles permission permissions admin administrator owner guest rights rol permisos role droits
   rolle rechte berechtigung papel permissoes ruolo permessi`,
  `remove removing kick offboard left leave quitar retirer entfernen remover rimuovere`,
  // product
  `integration integrations integrate connect connecting connection app apps integracion conectar
   integration connecter integration verbinden integracao conectar integrazione collegare`,
  `notification notifications notify alert alerts email emails digest push notificacion notificaciones
   notification benachrichtigung benachrichtigungen notificacao notifica notifiche`,
  `time hours hour timer timesheet timesheets tiempo horas temps heures zeit stunden tempo horas ore`,
  `track tracking log logging record clock registrar seguimiento suivre enregistrer erfassen aufzeichnen
   registrar registrare`,
  `task tasks todo todos ticket tarea tareas tache taches aufgabe aufgaben tarefa tarefas attivita compito`,
  `api developer developers token tokens key keys webhook webhooks endpoint integration cle schlussel chave
   chiave`,
  `limit limits rate throttle throttled quota 429 limite limites grenze limit limite`,
  `mobile phone iphone android app smartphone movil telefono portable handy celular cellulare`,
];

/** Each language's stem of a word → the groups it belongs to, built once per isolate. */
const INDEX: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const index = new Map<string, Set<number>>();
  GROUPS.forEach((group, g) => {
    for (const word of fold(group).split(/\s+/)) {
      if (word === "") continue;
      for (const language of STEMMED_LANGUAGES) {
        const key = `${language}:${stemIn(word, language)}`;
        const groups = index.get(key) ?? new Set<number>();
        groups.add(g);
        index.set(key, groups);
      }
    }
  });
  return index;
})();

const WORDS: readonly string[][] = GROUPS.map((g) => fold(g).split(/\s+/).filter(Boolean));

/** Every word of the lexicon: known words, which a misspelling may be corrected towards. */
export const LEXICON_WORDS: ReadonlySet<string> = new Set(WORDS.flat());

/**
 * The words that mean what `term` (folded) means, from every group it belongs to, read as a word of the
 * customer's language or of English (the help centre's usual language, and customers mix it in): "billed" →
 * invoice, receipt, factura, Rechnung … Not every language: an English "plane" stemmed as Italian is "plan".
 * Empty for a word the lexicon does not know.
 */
export function relatedWords(term: string, language: string): string[] {
  const groups = new Set<number>();
  for (const l of new Set([language, "en"])) {
    for (const g of INDEX.get(`${l}:${stemIn(term, l)}`) ?? []) groups.add(g);
  }
  const out = new Set<string>();
  for (const g of groups) for (const word of WORDS[g] ?? []) if (word !== term) out.add(word);
  return [...out];
}
