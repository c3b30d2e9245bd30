/* test_reply.c: voc_reply_strip keeps the customer's own words only. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "voc_email.h"
#include "voc_reply.h"

/* Strip `in` and compare with `want` exactly; then check that stripping the
 * result again changes nothing (ingest may strip a second time). */
static void expect(const char *in, const char *want) {
  voc_buf out = VOC_BUF_INIT(0), again = VOC_BUF_INIT(0);
  assert_int_equal(voc_reply_strip(in, strlen(in), &out), 0);
  assert_string_equal(out.data ? out.data : "", want);
  assert_int_equal(voc_reply_strip(out.data ? out.data : "", out.len, &again), 0);
  assert_string_equal(again.data ? again.data : "", want);
  voc_buf_dispose(&out);
  voc_buf_dispose(&again);
}

static void test_empty(void **state) {
  (void)state;
  expect("", "");
  expect("\n\n  \n", "");
}

static void test_plain_text_unchanged(void **state) {
  (void)state;
  expect("Hello,\n\nthe import tool crashed twice today.\n\nCan you call?",
         "Hello,\n\nthe import tool crashed twice today.\n\nCan you call?");
}

static void test_gmail_attribution(void **state) {
  (void)state;
  expect("We need a quote for ten seats.\n\nOn Mon, Jan 6, 2025 at 9:00 AM Rep "
         "<rep@vendor.example.org> wrote:\n> Our platform is proven and "
         "simple.\n> Budget is no problem.\n",
         "We need a quote for ten seats.");
}

static void test_attribution_two_lines(void **state) {
  (void)state;
  expect("Fine by me.\n\nOn Tue, 2025-03-04 at 10:02 +0100, Sales\nPerson "
         "wrote:\n> pitch line\n",
         "Fine by me.");
  /* iOS: the attribution is inside the quote */
  expect("Works for us.\n\n> On Mar 3, 2025, at 8:00 AM, Sales Person\n> "
         "<sp@vendor.example.org> wrote:\n>\n> pitch\n",
         "Works for us.");
}

static void test_other_languages(void **state) {
  (void)state;
  expect("Bitte rufen Sie an.\n\nAm 03.03.2025 um 10:00 schrieb Anna Rep "
         "<a@vendor.example.org>:\n> Angebot\n",
         "Bitte rufen Sie an.");
  expect("Merci.\n\nLe lun. 3 mars 2025 à 10:00, Anna Rep "
         "<a@vendor.example.org> a écrit :\n> offre\n",
         "Merci.");
  /* Gmail wraps long attributions */
  expect("Merci.\n\nLe lun. 3 mars 2025 à 10:00, Anna Rep <a@vendor.example.org> a\n"
         "écrit :\n> offre\n",
         "Merci.");
  expect("Danke.\n\nAm Mo., 3. März 2025 um 10:00 Uhr schrieb Anna Rep <\n"
         "a@vendor.example.org>:\n> Angebot\n",
         "Danke.");
  expect("Gracias.\n\nEl lun, 3 mar 2025 a las 10:00, Anna Rep "
         "(<a@vendor.example.org>) escribió:\n> oferta\n",
         "Gracias.");
}

static void test_inline_answers(void **state) {
  (void)state;
  expect("See below.\n\nOn Mon, Jan 6, 2025 at 9:00 AM Rep <r@v.example.org> "
         "wrote:\n> Question one?\n\nAnswer one.\n\n> Question two?\n\nAnswer "
         "two.\n\n> Regards,\n> Rep\n\nLee",
         "See below.\n\nAnswer one.\n\nAnswer two.");
}

static void test_outlook_blocks(void **state) {
  (void)state;
  expect("Not this year.\n\n________________________________\nFrom: Rep "
         "<r@v.example.org>\nSent: Monday, March 3, 2025 9:12 AM\nTo: Me\n"
         "Subject: Offer\n\nOur offer is simple and proven.\n",
         "Not this year.");
  expect("Kein Bedarf.\n\n-----Ursprüngliche Nachricht-----\nVon: Rep "
         "<r@v.example.org>\nGesendet: Montag, 3. März 2025 09:12\nAn: Ich\n"
         "Betreff: Angebot\n\nText\n",
         "Kein Bedarf.");
  expect("No es el momento.\n\nDe: Rep <r@v.example.org>\nEnviado: lunes, 3 "
         "de marzo de 2025 9:12\nPara: Yo\nAsunto: Oferta\n\nTexto\n",
         "No es el momento.");
  expect("Pas maintenant.\n\nDe : Rep <r@v.example.org>\nEnvoyé : lundi 3 "
         "mars 2025 09:12\nÀ : Moi\nObjet : Offre\n\nTexte\n",
         "Pas maintenant.");
  expect("Call me.\n\n-----Original Message-----\nFrom: Rep\nSent: today\n"
         "\npitch\n",
         "Call me.");
  expect("FYI\n\n---------- Forwarded message ---------\nFrom: A "
         "<a@b.example.com>\nDate: Mon, Mar 3, 2025\n\nold text\n",
         "FYI");
}

static void test_signatures(void **state) {
  (void)state;
  expect("Too pricey for us.\n\n-- \nJo Smith\nCFO, Example Corp\n",
         "Too pricey for us.");
  expect("Sounds good.\n\nSent from my iPhone\n\n> On Mar 3, 2025, at 8:00 "
         "AM, Rep <r@v.example.org> wrote:\n> pitch\n",
         "Sounds good.");
  expect("Let's talk Friday.\n\nGet Outlook for Android\n", "Let's talk Friday.");
  /* a sentence that starts like a mobile signature stays */
  expect("Here it is.\n\nSent from my desk, which is quieter than the "
         "office floor.",
         "Here it is.\n\nSent from my desk, which is quieter than the office "
         "floor.");
  /* "--" inside a line is not a delimiter */
  expect("A fix -- not a signature.", "A fix -- not a signature.");
}

/* The sign-off goes: the closing, the name and the title/company lines
 * under it, and a bare name under the text. */
static void test_closing_and_name_block(void **state) {
  (void)state;
  expect("We will decide in May.\n\nBest regards,\nJo Smith\nHead of IT | "
         "Example Corp\n+1 555 0100\n",
         "We will decide in May.");
  expect("We will decide in May.\n\nJo\n\nJo Smith\nHead of IT, Example "
         "Corp\nBuilt to last.\n",
         "We will decide in May.");
  /* a tagline paragraph under the block, and a print reminder */
  expect("Ok for Tuesday.\n\nJo Smith\nHead of IT\nExample Corp\n\nProud to "
         "be carbon neutral since 2020.\n",
         "Ok for Tuesday.");
  expect("Ok for Tuesday.\n\nJo\n\nPlease consider the environment before "
         "printing this email.\n",
         "Ok for Tuesday.");
  /* short closing lines that are not a name block stay */
  expect("Thanks for the call.\n\nLet's talk Monday\nBest time is 10am",
         "Thanks for the call.\n\nLet's talk Monday\nBest time is 10am");
  /* a tagline under the sign-off goes with it; a P.S. stays, and so does
   * a name right above it */
  expect("Signed today.\n\nThanks,\nMegan\n\nShip it safely. Ship it simple.",
         "Signed today.");
  expect("Sam,\n\nToo expensive for this fiscal year.",
         "Sam,\n\nToo expensive for this fiscal year.");
  expect("Signed today.\n\nMegan\n\nP.S. the invoice goes to finance.",
         "Signed today.\n\nMegan\n\nP.S. the invoice goes to finance.");
  expect("Signed today.\n\nKind regards,\nMegan Cole\n\nP.S. the invoice "
         "goes to finance, please send it there and not to me.",
         "Signed today.\n\nP.S. the invoice goes to finance, please send it "
         "there and not to me.");
  expect("We need SSO.\n\nThanks,\nJo\n\nP.S. one more thing.\n\nP.P.S. and "
         "another.",
         "We need SSO.\n\nP.S. one more thing.\n\nP.P.S. and another.");
  /* list items at the end are content */
  expect("Two things:\n\n- pricing\n- security review",
         "Two things:\n\n- pricing\n- security review");
  /* a closing that is all there is stays, without the name */
  expect("Thanks!\nJo", "Thanks!");
}

/* Closings in en/de/fr/es, joined, "from" a place, with the name on the
 * same line: the whole sign-off goes (issue: sign-offs left in text). */
static void test_signoff_forms(void **state) {
  (void)state;
  expect("We need a cheaper plan.\n\nKind regards,\nNadia", "We need a cheaper plan.");
  expect("We need a cheaper plan.\nCheers,\nEthan", "We need a cheaper plan.");
  expect("We need a cheaper plan.\n\nBest,\nJo Smith\nHead of Sales | Acme",
         "We need a cheaper plan.");
  expect("We need a cheaper plan.\n\nThanks and regards,\nJo Smith\nVP Sales",
         "We need a cheaper plan.");
  expect("We need a cheaper plan.\n\nThanks, Nadia", "We need a cheaper plan.");
  expect("We need a cheaper plan.\n\nCheers\nJo Smith\nSenior Manager, "
         "Revenue Operations\nAcme",
         "We need a cheaper plan.");
  expect("Wir brauchen einen günstigeren Plan.\n\nViele Grüße aus Berlin\n"
         "Jo Smith\nVertriebsleiter",
         "Wir brauchen einen günstigeren Plan.");
  expect("Wir brauchen einen günstigeren Plan.\n\nMit freundlichen Grüßen / "
         "Best regards\nJo Smith",
         "Wir brauchen einen günstigeren Plan.");
  expect("Wir brauchen einen günstigeren Plan.\n\nLG\nJo",
         "Wir brauchen einen günstigeren Plan.");
  expect("Il nous faut un plan moins cher.\n\nBien cordialement\n\nJean "
         "Dupont\nDirecteur commercial\nACME SAS",
         "Il nous faut un plan moins cher.");
  expect("Il nous faut un plan moins cher.\n\nBonne journée,\nJean",
         "Il nous faut un plan moins cher.");
  expect("Necesitamos un plan más barato.\n\nSaludos cordiales,\nMarta "
         "Iglesias\nDirectora Comercial | Grupo Alcaraz",
         "Necesitamos un plan más barato.");
  expect("Necesitamos un plan más barato.\n\nUn cordial saludo,\nMarta",
         "Necesitamos un plan más barato.");
  /* a sentence that starts like a French attribution ("Le ...", a digit)
   * above a sign-off and a quote is the customer's */
  expect("Ava -\n\nLe client trouve que c'est trop cher. Migration of 15 "
         "years worries them.\n\nKind regards,\nJosé\n\nOn Tuesday, 17 "
         "July, Leah <leah@v.example.org> wrote:\n> pitch\n",
         "Ava -\n\nLe client trouve que c'est trop cher. Migration of 15 years "
         "worries them.");
  /* closings inside the text are not sign-offs */
  expect("Thanks for the call.\n\nMerci de me rappeler demain.",
         "Thanks for the call.\n\nMerci de me rappeler demain.");
  expect("Best,\nthe pricing is too high and we need SSO before we sign "
         "anything.",
         "Best,\nthe pricing is too high and we need SSO before we sign "
         "anything.");
}

/* With the sender known, a name block or bare name at the end goes only
 * when it names the sender; without a sender the shape decides. */
static void expect_from(const char *in, const char *sender, const char *want) {
  voc_buf out = VOC_BUF_INIT(0), again = VOC_BUF_INIT(0);
  assert_int_equal(voc_reply_strip_from(in, strlen(in), sender, &out), 0);
  assert_string_equal(out.data ? out.data : "", want);
  assert_int_equal(voc_reply_strip_from(out.data ? out.data : "", out.len,
                                        sender, &again),
                   0);
  assert_string_equal(again.data ? again.data : "", want);
  voc_buf_dispose(&out);
  voc_buf_dispose(&again);
}

/* Company boilerplate after the customer's last paragraph: gateway banners,
 * notices about the message in four languages, taglines under a name and
 * title, separated fields; the customer's own last sentence about contracts,
 * security or risk stays. */
static void test_trailing_boilerplate(void **state) {
  const char *nina = "Nina Berg nina.berg@fjordtools.example.com";
  (void)state;
  /* a banner the gateway added after the quote */
  expect_from("We go with the annual plan.\n\nNina\n\nOn Mon, Jan 6, 2025 at "
              "9:00 AM Rep <r@v.example.org> wrote:\n> Any news?\n\n[EXTERNAL] "
              "Links in this message may be unsafe. Think before you click: "
              "attachments are a security risk.",
              nina, "We go with the annual plan.");
  expect_from("We go with the annual plan.\n\nCAUTION: This email originated "
              "from outside the organisation. Do not click links unless you "
              "trust the sender.",
              nina, "We go with the annual plan.");
  /* a banner under a rule of stars, below the sender's name */
  expect_from("We go with the annual plan.\n\nNina\n\n*******************\n"
              "CAUTION: This email originated from outside Fjord Tools. Do not "
              "open attachments unless you trust the sender.",
              nina, "We go with the annual plan.");
  /* a notice glued to the signature block, no blank line between */
  expect_from("Can you match their price?\n\nUn saludo,\nNina Berg\nCompras | "
              "Fjord Tools\nAVISO LEGAL: Este mensaje es confidencial. Fjord "
              "Tools no asume ningún riesgo ni responsabilidad contractual.",
              nina, "Can you match their price?");
  /* ...but a customer's own sentence right under the name stays */
  expect_from("Can you match their price?\n\nNina\nPS: this email is our "
              "notice that I cannot accept the liability clause.",
              nina,
              "Can you match their price?\n\nNina\nPS: this email is our "
              "notice that I cannot accept the liability clause.");
  /* notices after a sign-off and a name block, en/de/fr/es */
  expect_from("Send the order form.\n\nKind regards,\nNina\n\nNina Berg | Head "
              "of Finance\nFjord Tools AS | Strandgata 12, 5013 Bergen, "
              "Norway\n\nThis e-mail may be confidential. Fjord Tools accepts "
              "no liability for its contents and no contract is formed by it.",
              nina, "Send the order form.");
  expect_from("Bitte schicken Sie das Angebot.\n\nNina Berg\nEinkauf, Fjord "
              "Tools\n\nDiese E-Mail ist vertraulich. Wir übernehmen keine "
              "Haftung für Viren.",
              nina, "Bitte schicken Sie das Angebot.");
  expect_from("Merci pour le devis.\n\nNina\n\nCe message est confidentiel. "
              "Si vous n'en êtes pas le destinataire, supprimez-le.",
              nina, "Merci pour le devis.");
  expect_from("Gracias por la propuesta.\n\nNina\n\nEste correo es "
              "confidencial. La empresa no asume responsabilidad alguna por "
              "su contenido.",
              nina, "Gracias por la propuesta.");
  expect_from("Ok for Thursday.\n\nNina Berg\n\nFjord Tools is authorised and "
              "regulated by the Financial Conduct Authority. This email is "
              "confidential.",
              nina, "Ok for Thursday.");
  /* the customer's own last paragraph about contracts, security, risk */
  expect_from("Hi Sam,\n\nThanks for the draft.\n\nPlease treat this email as "
              "our formal notice: we will not renew the contract, and the "
              "liability cap is a risk we cannot carry.",
              nina,
              "Hi Sam,\n\nThanks for the draft.\n\nPlease treat this email as "
              "our formal notice: we will not renew the contract, and the "
              "liability cap is a risk we cannot carry.");
  expect_from("Hi Sam,\n\nThanks.\n\nI forwarded this message to legal: the "
              "contract is confidential and the liability clause stays.",
              nina,
              "Hi Sam,\n\nThanks.\n\nI forwarded this message to legal: the "
              "contract is confidential and the liability clause stays.");
  expect_from("Hi Sam,\n\nThis email is confidential: the contract and its "
              "liability cap are not for your partners.",
              nina,
              "Hi Sam,\n\nThis email is confidential: the contract and its "
              "liability cap are not for your partners.");
  expect_from("Fine.\n\nThanks,\nNina\n\nP.S. This email is confidential: "
              "the contract terms are binding for us only once signed.",
              nina,
              "Fine.\n\nP.S. This email is confidential: the contract terms "
              "are binding for us only once signed.");
  /* a tagline under name and title; a middle-dot name line */
  expect_from("Book the workshop.\n\nBest,\nNina\n\nNina Berg\nHead of "
              "Finance\nFjord Tools - Sharp tools, safely made since 1952.",
              nina, "Book the workshop.");
  expect_from("Book the workshop.\n\nNina\n\nNina Berg \xC2\xB7 Fjord "
              "Tools\nSharp tools, safely made", nina, "Book the workshop.");
  /* a customer's line under the sign-off is no tagline */
  expect_from("Book the workshop.\n\nThanks,\nNina\nFjord Tools\nCould the "
              "invoice go to our finance team in Oslo, please?", nina,
              "Book the workshop.\n\nThanks,\nNina\nFjord Tools\nCould the "
              "invoice go to our finance team in Oslo, please?");
  expect_from("Book the workshop.\n\nThanks,\nNina\nFjord Tools\nI will "
              "be in Oslo on the day of the workshop.", nina,
              "Book the workshop.\n\nThanks,\nNina\nFjord Tools\nI will "
              "be in Oslo on the day of the workshop.");
}

/* Sign-offs by initial or in lower case, when they are the sender's. */
static void test_initial_signoff(void **state) {
  (void)state;
  expect_from("Can we move the call to Friday?\n\nN.",
              "Nina Berg nina@fjordtools.example.com",
              "Can we move the call to Friday?");
  expect_from("Can we move the call to Friday?\n\nN",
              "Nina Berg nina@fjordtools.example.com",
              "Can we move the call to Friday?");
  expect_from("can we move the call to friday?\n\nnina",
              "Nina Berg nina@fjordtools.example.com",
              "can we move the call to friday?");
  /* another letter, another name: kept */
  expect_from("Which option do we take?\n\nB.",
              "Nina Berg nina@fjordtools.example.com",
              "Which option do we take?\n\nB.");
  expect_from("can we move the call?\n\ntomorrow",
              "Nina Berg nina@fjordtools.example.com",
              "can we move the call?\n\ntomorrow");
}

static void test_name_blocks_and_the_sender(void **state) {
  (void)state;
  const char *sender = "Nadia Petrova nadia.petrova@tallis.example.com";
  /* an unusual last paragraph of short capitalised lines is text */
  expect_from("Agenda for Tuesday:\n\nNext Steps Review\nWeek 12", sender,
              "Agenda for Tuesday:\n\nNext Steps Review\nWeek 12");
  expect_from("We liked the demo.\n\nHappy Holidays", sender,
              "We liked the demo.\n\nHappy Holidays");
  /* the sender's own name and block go */
  expect_from("We liked the demo.\n\nNadia", sender, "We liked the demo.");
  expect_from("We liked the demo.\n\nNadia Petrova\nHead of Sales\nTallis",
              sender, "We liked the demo.");
  expect_from("We liked the demo.\n\n—Nadia", sender, "We liked the demo.");
  /* the address's local part counts as a name too */
  expect_from("We liked the demo.\n\nPetrova", "nadia.petrova@x.example.com",
              "We liked the demo.");
  /* the sender's name and a title open the block: the motto and charity
   * lines under them go too, though they read like sentences */
  expect_from("We liked the demo.\n\nNadia Petrova\nDirector of Development\n"
              "Tallis Food Bank - No one in our city goes hungry.\n"
              "Registered charity. Proud partner of the Hollis Foundation.",
              sender, "We liked the demo.");
  /* name and title on one line, the company and its motto under it */
  expect_from("We liked the demo.\n\nNadia Petrova | General Manager\n"
              "Tallis Hotels - Rest easy, we've got it covered.",
              sender, "We liked the demo.");
  expect_from("We liked the demo.\n\nNadia Petrova \xE2\x80\x93 Revenue Operations Manager\n"
              "Tallis Freightways",
              sender, "We liked the demo.");
  /* a company's footer under the sender's name and title */
  expect_from("Got the report, thanks.\n\nNadia\n\nNadia Petrova\nChief Risk Officer\n\n"
              "Tallis Credit Union is federally insured. Never share your password "
              "by e-mail. Proud to serve our members since 1961.",
              sender, "Got the report, thanks.");
  /* ... not the customer's paragraph after it */
  expect_from("Got the report.\n\nNadia Petrova\nChief Risk Officer\n\n"
              "P.S. I still need two references before the board meets.",
              sender,
              "Got the report.\n\nNadia Petrova\nChief Risk Officer\n\n"
              "P.S. I still need two references before the board meets.");
  expect_from("Got the report.\n\nNadia Petrova\nChief Risk Officer\n\n"
              "PS: we also need SSO before the board meets.",
              sender,
              "Got the report.\n\nNadia Petrova\nChief Risk Officer\n\n"
              "PS: we also need SSO before the board meets.");
  /* a company name ending in "Co." is no sentence */
  expect_from("Send the invoice.\n\nNadia\n\nNadia Petrova\nTallis Cleaning Co.\n"
              "Spotless. Trusted. Insured.",
              sender, "Send the invoice.");
  /* the block glued under the text, no blank line (HTML without paragraphs) */
  expect_from("Hi Tom,\n\nPlease send the order form.\nNadia\nNadia Petrova | Managing "
              "Director\nTallis Capital & Co.",
              sender, "Hi Tom,\n\nPlease send the order form.");
  expect_from("Please send the order form.\nNadia Petrova\nHead of Sales",
              sender, "Please send the order form.");
  /* ... but not the customer's own line that starts with her name */
  expect_from("We liked the demo.\n\nNadia, Head of Sales here: I will call you.",
              sender,
              "We liked the demo.\n\nNadia, Head of Sales here: I will call you.");
  /* ... nor a paragraph of the customer's that starts with her name */
  expect_from("We liked the demo.\n\nNadia here again.\nI will call you "
              "tomorrow about the price.",
              sender,
              "We liked the demo.\n\nNadia here again.\nI will call you "
              "tomorrow about the price.");
  /* a lower-case second line is no title: text, even without a sender */
  expect("Agenda for Tuesday:\n\nNext Steps Review\nweek 12",
         "Agenda for Tuesday:\n\nNext Steps Review\nweek 12");
}

/* voc_reply_strip_signoff: only the sign-off goes (quotes stay). */
static void test_strip_signoff_only(void **state) {
  voc_buf out = VOC_BUF_INIT(0);
  const char *in = "> quoted\nReply here.\n\nThanks,\nAlex";
  (void)state;
  assert_int_equal(voc_reply_strip_signoff(in, strlen(in), &out), 0);
  assert_string_equal(out.data, "> quoted\nReply here.");
  voc_buf_dispose(&out);
}

static void test_disclaimers(void **state) {
  (void)state;
  /* before the quote */
  expect("Please send the contract.\n\nThis e-mail is confidential and "
         "intended solely for the addressee. If you received it in error, "
         "notify the sender and delete it.\n\nOn Mon, Jan 6, 2025 at 9:00 AM "
         "Rep <r@v.example.org> wrote:\n> pitch\n",
         "Please send the contract.");
  /* two phrases suffice when one is unmistakable */
  expect("Yes.\n\nThe information in this message is privileged and "
         "confidential.\n",
         "Yes.");
  /* appended by a gateway after the quote */
  expect("Please send the contract.\n\n> pitch line\n> more pitch\n\n"
         "CONFIDENTIALITY NOTICE: the information in this message may be "
         "privileged and is intended only for the recipient named above.\n",
         "Please send the contract.");
  /* a print notice alone, in capitals; German words with umlauts, the
   * last one at the very end of the paragraph */
  expect("Ok.\n\nPLEASE CONSIDER THE ENVIRONMENT BEFORE PRINTING.", "Ok.");
  expect("Ja.\n\nDiese E-Mail ist vertraulich. Falls Sie nicht der richtige "
         "Empfänger sind, bitte löschen",
         "Ja.");
  /* a company's notice in plain words under a sign-off block */
  expect("Net 60, please.\n\nRegards,\nGraham Lowe\nPurchasing Manager\n"
         "Talbot Castings\nSafety. Quality. Convenience.\n\nThe information "
         "in this e-mail is confidential. Talbot Castings does not accept any "
         "order or liability by e-mail unless confirmed in writing.",
         "Net 60, please.");
  /* a bank's footer */
  expect("July at the earliest.\n\nVictor Hale\nController | Lakemont Bank\n\n"
         "Lakemont Bank, Member FDIC. This email may contain confidential "
         "information. Please do not send account numbers by email, as email "
         "is not a secure channel.",
         "July at the earliest.");
  /* a legal notice headed in Spanish, French or German capitals */
  expect("De acuerdo.\n\nAVISO LEGAL: este mensaje puede contener riesgo "
         "contractual.",
         "De acuerdo.");
  expect("Ok.\n\nHAFTUNGSAUSSCHLUSS: Diese Nachricht ist nur zur Information.",
         "Ok.");
  /* two ordinary legal words and no strong one: the customer's question */
  expect("Ja.\n\nIs the liability cap binding for our subsidiaries too?",
         "Ja.\n\nIs the liability cap binding for our subsidiaries too?");
}

static void test_from_line_is_text(void **state) {
  (void)state;
  /* an mbox ">From " line after unescaping is the customer's own text */
  expect("Hi,\n\nFrom our side the answer is yes.",
         "Hi,\n\nFrom our side the answer is yes.");
}

static void test_customer_text_that_looks_like_markers(void **state) {
  (void)state;
  /* a bare "X wrote:" without date or address is the customer quoting
   * someone, not an attribution, unless a quote follows */
  expect("Hi,\n\nOur CFO wrote:\n\nwe cannot afford it this year.\n\nKim",
         "Hi,\n\nOur CFO wrote:\n\nwe cannot afford it this year.");
  /* dashed headings are not separators */
  expect("Notes:\n\n--- Pricing ---\nToo high for us.\n\n--- Timing ---\nQ3.",
         "Notes:\n\n--- Pricing ---\nToo high for us.\n\n--- Timing ---\nQ3.");
  /* a dashed rule over short lines is a signature only with contact
   * details under it */
  expect("Options:\n----\nannual\nmonthly", "Options:\n----\nannual\nmonthly");
  expect("See you.\n\n----\nKim Lee\nt. 555-931-0702", "See you.");
  /* but a dashed attribution is one */
  expect("Test reply\n\n---- John Smith wrote ----\n\nold text\n", "Test reply");
}

static void test_crlf(void **state) {
  (void)state;
  expect("Yes please.\r\n\r\nOn Mon, Jan 6, 2025 at 9:00 AM Rep "
         "<r@v.example.org> wrote:\r\n> pitch\r\n",
         "Yes please.");
}

static void test_linear_time(void **state) {
  /* a pathological body: long runs of '>' and attribution-like lines */
  voc_buf in = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0);
  clock_t t0;
  int i;
  (void)state;
  assert_int_equal(voc_buf_puts(&in, "Top line.\n"), 0);
  for (i = 0; i < 20000; i++) {
    assert_int_equal(voc_buf_puts(&in, "On 1 2 3 4 5 6 7 8 9 0 a b c d e f g h\n"), 0);
    assert_int_equal(voc_buf_puts(&in, ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n"), 0);
    assert_int_equal(voc_buf_puts(&in, "From x\n\n"), 0);
  }
  t0 = clock();
  assert_int_equal(voc_reply_strip(in.data, in.len, &out), 0);
  assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
  /* signature candidates that each look ahead, attributions that each look
   * back, dashed rules: all must stay linear */
  voc_buf_clear(&in);
  for (i = 0; i < 30000; i++)
    assert_int_equal(voc_buf_puts(&in, "x wrote:\n"), 0);
  for (i = 0; i < 30000; i++)
    assert_int_equal(voc_buf_puts(&in, "-----\n"), 0);
  for (i = 0; i < 30000; i++)
    assert_int_equal(voc_buf_puts(&in, "Sent from my iPhone\n"), 0);
  assert_int_equal(voc_buf_puts(&in, "and a last line that is long enough to "
                                     "stop every look-ahead right here\n"), 0);
  t0 = clock();
  assert_int_equal(voc_reply_strip(in.data, in.len, &out), 0);
  assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
  voc_buf_dispose(&in);
  voc_buf_dispose(&out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_empty),
      cmocka_unit_test(test_plain_text_unchanged),
      cmocka_unit_test(test_gmail_attribution),
      cmocka_unit_test(test_attribution_two_lines),
      cmocka_unit_test(test_other_languages),
      cmocka_unit_test(test_inline_answers),
      cmocka_unit_test(test_outlook_blocks),
      cmocka_unit_test(test_signatures),
      cmocka_unit_test(test_closing_and_name_block),
      cmocka_unit_test(test_signoff_forms),
      cmocka_unit_test(test_strip_signoff_only),
      cmocka_unit_test(test_name_blocks_and_the_sender),
      cmocka_unit_test(test_disclaimers),
      cmocka_unit_test(test_from_line_is_text),
      cmocka_unit_test(test_customer_text_that_looks_like_markers),
      cmocka_unit_test(test_crlf),
      cmocka_unit_test(test_linear_time),
      cmocka_unit_test(test_trailing_boilerplate),
      cmocka_unit_test(test_initial_signoff),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
