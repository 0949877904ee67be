/**
 * The support lexicon: the ideas customers of a software or online-shop business ask about, each as the words
 * that say it in the six languages Baton serves. A concept is one meaning (not a topic): "invoice" is bill,
 * receipt, factura, Rechnung, fattura; "expired" is its own concept, related to "card" and "payment", so a
 * customer's "my card expired" reaches the article on payment methods even though no article says "expired".
 *
 * Written from the domain (billing, sign-in, data, people, integrations, notifications, time, developers),
 * not from any help centre's articles: each workspace's own words (titles, tags) are learned from its
 * articles in `expand.ts`. Words are folded (lower case, no accents) as `tokenize` produces them; inflections
 * are left to the stemmers, so a word is written once unless its forms stem apart ("forgot", "forget").
 *
 * Each entry: the concept's id, then its words in `en | es | fr | de | pt | it` (a language may be empty),
 * then the concepts it is related to (searched only for a word no article contains).
 */
export const LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;
export type LexiconLanguage = (typeof LANGUAGES)[number];

export interface Concept {
  id: string;
  words: Readonly<Record<LexiconLanguage, readonly string[]>>;
  related: readonly string[];
}

function concept(id: string, words: string, related: readonly string[] = []): Concept {
  const parts = words.split("|").map((p) => p.trim().split(/\s+/).filter(Boolean));
  if (parts.length !== LANGUAGES.length)
    throw new Error(`lexicon: ${id} needs ${LANGUAGES.length} languages`);
  const [en = [], es = [], fr = [], de = [], pt = [], it = []] = parts;
  return { id, words: { en, es, fr, de, pt, it }, related };
}

export const CONCEPTS: readonly Concept[] = [
  // Billing and money
  concept(
    "invoice",
    `invoice invoices bill bills billed receipt receipts statement statements proof | factura facturas recibo
     recibos comprobante comprobantes justificante | facture factures recu recus justificatif | rechnung
     rechnungen quittung quittungen beleg belege nachweis | fatura faturas recibo recibos comprovante nota |
     fattura fatture ricevuta ricevute giustificativo`,
    ["billing"],
  ),
  concept(
    "billing",
    `billing | facturacion | facturation | abrechnung | faturamento cobranca | fatturazione`,
    ["invoice", "payment"],
  ),
  concept(
    "accountant",
    `accountant accounting bookkeeper finance expense expenses | contador contable contabilidad gestor gastos |
     comptable comptabilite depenses | buchhalter buchhaltung steuerberater ausgaben | contador contabilidade
     despesas | commercialista contabile contabilita spese`,
    ["invoice"],
  ),
  concept(
    "refund",
    `refund refunds refunded reimburse reimbursement chargeback | reembolso reembolsar devolucion devolver
     devuelven | remboursement rembourser rembourse | erstattung ruckerstattung erstatten zuruckerstatten | reembolso reembolsar estorno estornar devolucao devolver | rimborso rimborsare restituire`,
    ["money", "charge"],
  ),
  concept("money", `money cash | dinero plata | argent | geld | dinheiro grana | soldi denaro`, ["refund"]),
  concept(
    "charge",
    `charge charged charges debit debited | cobro cobrar cobrado cobraron cargo cargos cargado | prelevement
     preleve prelevee preleves debit debite | abbuchung abgebucht belastet belastung | cobranca cobrado cobrar
     cobraram debito debitado | addebito addebitato addebitare addebiti`,
    ["payment", "refund", "invoice"],
  ),
  concept(
    "twice",
    `twice double duplicate duplicated | dos doble duplicado | deux double doublon | doppelt zweimal |
     duas duplicado duplicada duplicidade | due doppio doppia`,
    ["charge", "refund"],
  ),
  concept(
    "payment",
    `payment payments pay paid paying paypal | pago pagos pagar pagado pague | paiement paiements payer paye |
     zahlung zahlungen zahlen bezahlen bezahlt | pagamento pagamentos pagar pago | pagamento pagamenti
     pagare pagato`,
    ["card", "billing"],
  ),
  concept(
    "card",
    `card cards creditcard visa mastercard amex | tarjeta tarjetas | carte cartes cb | karte karten
     kreditkarte | cartao cartoes | carta carte`,
    ["payment"],
  ),
  concept(
    "method",
    `method methods | metodo metodos medio medios forma | moyen moyens methode mode | methode art |
     metodo metodos forma meio | metodo metodi modalita`,
    ["payment"],
  ),
  concept(
    "transfer",
    `wire transfer bank sepa iban | transferencia banco bancaria domiciliacion | virement banque bancaire
     sepa | uberweisung bank lastschrift sepa | transferencia boleto banco bancaria pix | bonifico banca
     bancario sepa`,
    ["payment"],
  ),
  concept(
    "expire",
    `expire expired expires expiry expiration outdated | caducar caducada caducado vencer vencida vencido
     expirada | expirer expire expiree expiration perimee | ablaufen abgelaufen | expirar expirado expirada
     vencer vencido vencida | scadere scaduta scaduto scadenza`,
    ["card", "payment"],
  ),
  concept(
    "failed",
    `failed fail fails failing declined rejected bounced | fallido fallo fallar rechazado rechazada |
     echoue echec refuse refusee | fehlgeschlagen gescheitert abgelehnt | falhou falha falhar recusado
     recusada | fallito fallita rifiutato rifiutata`,
    ["payment"],
  ),
  concept(
    "price",
    `price prices pricing cost costs fee fees expensive cheap cheaper cheapest | precio precios coste costo
     cuesta cuestan tarifa caro barato | prix tarif tarifs cout couts coute cher | preis preise kosten kostet
     teuer gunstig billig | preco precos custo custa caro barato | prezzo prezzi costo costa caro economico`,
    ["plan"],
  ),
  concept(
    "discount",
    `discount discounts deal coupon promo promotion reduction | descuento descuentos cupon promocion rebaja |
     remise reduction coupon promotion rabais | rabatt gutschein nachlass ermassigung | desconto cupom
     promocao | sconto sconti coupon promozione`,
    ["price"],
  ),
  concept(
    "nonprofit",
    `nonprofit nonprofits charity charities ngo ngos | ong benefica lucro | association caritative
     humanitaire | gemeinnutzig gemeinnutzige verein ngo | ong filantropica | onlus benefica`,
    ["discount"],
  ),
  concept(
    "education",
    `school schools education educational student students university teacher | escuela colegio educacion
     estudiante estudiantes universidad | ecole education etudiant etudiants universite | schule bildung
     studenten universitat | escola educacao estudante universidade | scuola istruzione studente studenti
     universita`,
    ["discount"],
  ),
  concept(
    "plan",
    `plan plans tier tiers package edition | plan planes | forfait forfaits formule offre | tarif paket |
     plano planos pacote | piano piani`,
    ["price", "subscription"],
  ),
  concept(
    "subscription",
    `subscription subscriptions membership | suscripcion abono | abonnement | abonnement abo | assinatura |
     abbonamento`,
    ["plan", "billing"],
  ),
  concept(
    "free",
    `free trial freemium | gratis gratuito gratuita prueba | gratuit gratuite essai | kostenlos gratis
     testversion | gratis gratuito gratuita teste | gratis gratuito gratuita prova`,
    ["plan", "price"],
  ),
  concept(
    "upgrade",
    `upgrade upgrading higher bigger | mejorar ampliar superior | superieur superieure | upgraden hoherer
     hoheres | upgrade superior | superiore`,
    ["plan", "subscription"],
  ),
  concept(
    "downgrade",
    `downgrade downgrading lower smaller | bajar inferior | retrograder inferieur inferieure | herabstufen
     downgraden niedrigeren | rebaixar inferior | inferiore`,
    ["plan", "subscription"],
  ),
  concept(
    "cancel",
    `cancel cancelled canceled cancelling cancellation terminate unsubscribe | cancelar cancelacion anular
     baja | annuler annulation resilier resiliation | kundigen kundigung stornieren | cancelar cancelamento
     | disdire disdetta annullare`,
    ["subscription", "refund"],
  ),
  concept(
    "tax",
    `vat tax taxes | iva impuesto impuestos | tva taxe taxes | mwst umsatzsteuer ust | iva imposto
    impostos | iva imposta`,
  ),
  concept(
    "company",
    `company business organization organisation | empresa compania organizacion negocio | entreprise societe
     organisation | firma unternehmen organisation | empresa companhia organizacao | azienda societa
     organizzazione`,
  ),
  concept(
    "period",
    `monthly annual annually yearly year month | mensual anual ano mes | mensuel annuel an annee mois |
     monatlich jahrlich jahr monat | mensal anual ano mes | mensile annuale anno mese`,
  ),
  concept(
    "month",
    `january february march april may june july august september october november december | enero febrero
     marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre | janvier fevrier mars avril
     mai juin juillet aout septembre octobre novembre decembre | januar februar marz april mai juni juli
     august september oktober november dezember | janeiro fevereiro marco abril maio junho julho agosto
     setembro outubro novembro dezembro | gennaio febbraio marzo aprile maggio giugno luglio agosto
     settembre ottobre novembre dicembre`,
  ),
  concept(
    "renew",
    `renew renewal renews renewed automatic | renovar renovacion automatica | renouveler renouvellement
     automatique | verlangern verlangerung automatisch | renovar renovacao automatica | rinnovare rinnovo
     automatico`,
    ["subscription", "charge"],
  ),
  // Sign-in and security
  concept(
    "password",
    `password passwords passcode pw pwd | contrasena contrasenas clave | passe mdp | passwort kennwort |
     senha senhas | password`,
    ["signin", "reset"],
  ),
  concept(
    "forgot",
    `forgot forget forgotten | olvide olvidar olvidado olvidaste | oublie oublier | vergessen | esqueci
     esquecer esquecida | dimenticato dimenticata dimenticare`,
    ["password", "reset"],
  ),
  concept(
    "reset",
    `reset restore recover recovery | restablecer recuperar | reinitialiser recuperer | zurucksetzen
     wiederherstellen | redefinir recuperar | reimpostare recuperare ripristinare`,
  ),
  concept(
    "signin",
    `login logon signin sign | iniciar sesion acceder acceso entrar | connexion connecter connecte acceder
     acces | anmelden anmeldung einloggen login | entrar login acessar acesso logar | accedere accesso
     login`,
    ["password", "account"],
  ),
  concept(
    "locked",
    `locked lockout blocked | bloqueado bloqueada | bloque bloquee verrouille | gesperrt | bloqueado
     bloqueada | bloccato bloccata`,
    ["signin"],
  ),
  concept("sso", `sso saml okta onelogin idp scim | sso saml | sso saml | sso saml | sso saml | sso saml`, [
    "identity",
  ]),
  concept(
    "identity",
    `identity provider directory corporate | identidad proveedor corporativa corporativo | identite
     fournisseur entreprise | identitat anbieter identitatsanbieter firmenkonto | identidade provedor
     corporativo | identita provider aziendale aziendali`,
    ["sso"],
  ),
  concept(
    "2fa",
    `2fa mfa two-factor factor authenticator authentication otp | autenticacion factor pasos dos |
     authentification facteur double | authentifizierung faktor zwei | autenticacao fator etapas duas |
     autenticazione fattore due`,
    ["code", "security"],
  ),
  concept(
    "code",
    `code codes sms verification | codigo codigos sms verificacion | code codes sms verification | code
     codes sms bestatigung verifizierung | codigo codigos sms verificacao | codice codici sms verifica`,
    ["2fa"],
  ),
  concept(
    "phone",
    `phone phones smartphone mobile cellphone | telefono movil celular | telephone portable mobile | handy
     telefon smartphone mobil | telefone celular | telefono cellulare`,
  ),
  concept(
    "email",
    `email emails mail inbox | correo correos email | courriel email mail mails | email mail
    e-mail | email emails | email mail posta`,
  ),
  concept(
    "account",
    `account accounts profile | cuenta perfil | compte profil | konto profil | conta
    perfil | account profilo`,
  ),
  concept(
    "security",
    `security secure safe breach leaked hacked | seguridad seguro | securite securise | sicherheit sicher |
     seguranca seguro | sicurezza sicuro`,
    ["2fa", "password"],
  ),
  // Data
  concept(
    "export",
    `export exports exporting backup dump | exportar exportacion respaldo | exporter exportation sauvegarde
     | exportieren export sicherung | exportar exportacao backup | esportare esportazione backup`,
    ["download", "data"],
  ),
  concept(
    "download",
    `download downloads downloading | descargar descarga bajar | telecharger telechargement | herunterladen
     download | baixar download | scaricare download`,
    ["export"],
  ),
  concept(
    "spreadsheet",
    `csv json excel spreadsheet xlsx | csv json excel hoja planilla | csv json excel tableur | csv json excel
     tabelle | csv json excel planilha | csv json excel foglio`,
    ["export"],
  ),
  concept(
    "delete",
    `delete deleted deletion erase remove removed wipe permanently | borrar eliminar suprimir quitar |
     supprimer effacer suppression retirer enlever | loschen geloscht entfernen | excluir apagar eliminar
     remover tirar | eliminare cancellare rimuovere togliere`,
    ["retention"],
  ),
  concept("data", `data information | datos informacion | donnees | daten | dados | dati`),
  concept(
    "privacy",
    `gdpr privacy | rgpd privacidad | rgpd confidentialite | dsgvo datenschutz | lgpd privacidade | gdpr
     privacy`,
    ["retention"],
  ),
  concept(
    "retention",
    `retention retain retained stored storage | conservar conservacion guardar guardan
     almacenar | conserver conservation garder | aufbewahren aufbewahrung aufbewahrt speichern | reter
     retencao guardar armazenar | conservare conservazione conservate`,
    ["delete", "data"],
  ),
  concept("trash", `trash bin recycle | papelera | corbeille | papierkorb | lixeira | cestino`, ["delete"]),
  // People
  concept(
    "member",
    `member members teammate teammates colleague colleagues coworker user users people employee employees
     staff | miembro miembros companero companeros usuario usuarios empleado empleados | membre membres
     collegue collegues utilisateur utilisateurs employe | mitglied mitglieder kollege kollegen benutzer
     mitarbeiter nutzer | membro membros colega colegas usuario usuarios pessoas colaborador funcionario | membro
     membri collega colleghi utente utenti dipendente dipendenti`,
    ["invite", "team"],
  ),
  concept(
    "invite",
    `invite invited invitation onboard | invitar invitacion | inviter invitation | einladen einladung |
     convidar convite | invitare invito`,
    ["member"],
  ),
  concept(
    "role",
    `role roles permission permissions admin administrator owner ownership guest guests rights |
     rol roles permiso permisos administrador propietario invitado | role droits permission administrateur
     proprietaire invite | rolle rollen rechte berechtigung berechtigungen administrator eigentumer gast |
     papel funcao permissao permissoes administrador dono convidado | ruolo ruoli permesso permessi
     amministratore proprietario ospite`,
    ["member"],
  ),
  concept("team", `team teams | equipo | equipe | team | equipe time | team squadra`, ["member"]),
  concept(
    "workspace",
    `workspace workspaces org | espacio trabajo | espace travail | arbeitsbereich | espaco trabalho |
     spazio lavoro`,
  ),
  concept(
    "seat",
    `seat seats license licenses | licencia licencias puesto | licence licences siege |
    lizenz lizenzen platz | licenca licencas | licenza licenze`,
    ["member", "plan"],
  ),
  concept(
    "leave",
    `left leave leaving quit offboard | salio irse | quitte parti | verlassen ausgeschieden | saiu sair |
     lasciato uscito`,
    ["delete", "member"],
  ),
  // Product
  concept(
    "integration",
    `integration integrations integrate connect connected connecting connection connector | integracion
     integrar conectar conexion | integration integrer connecter connexion | integration integrieren
     verbinden verbindung | integracao integrar conectar ligar conexao | integrazione integrare collegare
     collegamento`,
  ),
  concept(
    "channel",
    `channel channels | canal canales | canal canaux | kanal kanale | canal canais | canale canali`,
    ["integration", "notification"],
  ),
  concept(
    "notification",
    `notification notifications notify alert alerts reminder reminders digest summary | notificacion
     notificaciones aviso avisos alerta alertas recordatorio resumen | notification notifications alerte
     alertes rappel recapitulatif resume | benachrichtigung benachrichtigungen mitteilung erinnerung
     zusammenfassung | notificacao notificacoes aviso avisos alerta lembrete resumo | notifica notifiche
     avviso avvisi promemoria riepilogo`,
    ["email"],
  ),
  concept(
    "mute",
    `mute silence disable unsubscribe quiet fewer | silenciar desactivar | desactiver couper desabonner |
     stummschalten deaktivieren abbestellen | silenciar desativar parar | disattivare silenziare`,
    ["notification"],
  ),
  concept(
    "setup",
    `setup set configure configuration install | configurar configuracion instalar | configurer configuration
     installer parametrer | einrichten einrichtung konfigurieren installieren | configurar configuracao
     instalar | configurare configurazione installare impostare`,
  ),
  concept(
    "enable",
    `enable activate | activar habilitar | activer | aktivieren einschalten | ativar habilitar |
     attivare abilitare`,
  ),
  concept(
    "time",
    `time hours hour hrs timer stopwatch timesheet timesheets | tiempo horas hora cronometro | temps heures
     heure chronometre | zeit stunden stunde zeiterfassung stoppuhr | tempo horas hora cronometro |
     tempo ore ora cronometro`,
    ["track"],
  ),
  concept(
    "track",
    `track tracking log logged record | registrar registro | suivre suivi enregistrer saisir | erfassen
     erfassung eintragen | registrar registro lancar marcar | registrare registrato tracciare`,
    ["time"],
  ),
  concept(
    "task",
    `task tasks todo todos | tarea tareas | tache taches | aufgabe aufgaben | tarefa tarefas |
    attivita compito compiti`,
  ),
  concept(
    "project",
    `project projects | proyecto proyectos | projet projets | projekt projekte | projeto
    projetos | progetto progetti`,
  ),
  concept(
    "api",
    `api developer developers token tokens key keys script scripts programmatically code sdk | api clave
     token desarrollador | api cle jeton developpeur | api schlussel token entwickler | api chave token
     desenvolvedor | api chiave token sviluppatore`,
    ["integration"],
  ),
  concept("webhook", `webhook webhooks | webhook | webhook | webhook | webhook | webhook`, ["api"]),
  concept(
    "limit",
    `limit limits rate throttle throttled quota cap 429 requests | limite limites solicitudes | limite
     limites requetes | limit grenze anfragen | limite limites requisicoes | limite limiti richieste`,
    ["api"],
  ),
  concept(
    "app",
    `app apps application mobile iphone android ios | aplicacion app | application appli | app anwendung |
     aplicativo app | app applicazione`,
    ["phone"],
  ),
  concept(
    "error",
    `error errors broken bug crash crashes issue problem fails | error errores fallo problema roto | erreur
     erreurs bug probleme panne | fehler problem absturz funktioniert | erro erros problema falha bug |
     errore errori problema guasto bug`,
  ),
  concept(
    "receive",
    `receive received receiving arrive arrives arrived delivered | recibir recibo recibe llega llegan |
     recevoir recois recu arrive arrivent | erhalten bekommen empfangen ankommen | receber recebo recebe
     chega chegam | ricevere ricevo riceve arriva arrivano`,
    ["notification", "email"],
  ),
  concept(
    "send",
    `send sent sending forward forwarded | enviar envio enviado mandar | envoyer envoie envoye transferer |
     senden gesendet schicken geschickt | enviar envio enviado mandar | inviare inviato mandare`,
    ["email"],
  ),
  concept(
    "message",
    `message messages chat dm | mensaje mensajes chat | message messages discussion | nachricht nachrichten
     chat | mensagem mensagens chat | messaggio messaggi chat`,
    ["integration"],
  ),
  concept("create", `create creating | crear | creer | erstellen anlegen | criar | creare`),
  concept(
    "assign",
    `assign assigned assignee assignment | asignar asignado asignada | assigner assigne attribuer | zuweisen
     zugewiesen | atribuir atribuido designar | assegnare assegnato assegnata`,
    ["task"],
  ),
  concept(
    "report",
    `report reports reporting dashboard analytics | informe informes reporte panel | rapport rapports
     tableau | bericht berichte auswertung | relatorio relatorios painel | report rapporto resoconto`,
    ["export", "time"],
  ),
  concept(
    "manual",
    `manual manually afterwards entry entries | manual manualmente despues entrada | manuel
     manuellement apres saisie | manuell nachtraglich eintrag | manual manualmente depois lancamento |
     manuale manualmente dopo voce`,
    ["time", "track"],
  ),
  concept(
    "change",
    `change update modify edit switch replace move | cambiar actualizar modificar | changer modifier
     mettre | andern aktualisieren wechseln | alterar mudar atualizar trocar | cambiare modificare
     aggiornare`,
  ),
];
