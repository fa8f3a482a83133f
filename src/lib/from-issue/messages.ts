/**
 * What `npm run from-issue` says, in the language the form was filled in: the
 * reasons an answer cannot be used (each names the question in that form's own
 * words), and the comment and pull request texts.
 */
import type { FormLocale } from "./options.ts";

export interface FromIssueMessages {
  notAForm: string;
  required: string;
  chooseOne: string;
  unknownOption: (answer: string, options: string) => string;
  time: (answer: string) => string;
  endBeforeStart: (to: string, from: string) => string;
  weeksNeeded: string;
  weeksIgnored: string;
  dateNeeded: string;
  date: (answer: string) => string;
  addressNeeded: string;
  addressIgnored: string;
  unknownPlace: (answer: string) => string;
  cost: (answer: string) => string;
  language: (answer: string) => string;
  languageAssumed: (language: string) => string;
  moreTimes: (line: string) => string;
  moreTimesDay: (word: string) => string;
  summaryWords: (count: number, max: number) => string;
  sentenceWords: (opening: string, count: number, max: number) => string;
  titleTaken: (folder: string) => string;
  phone: (answer: string) => string;
  email: (answer: string) => string;
  whatsappNeedsPhone: string;
  afterHoursNeedsContact: string;
  secondHostOrganisation: string;
  notAgreed: string;
  /** A problem the content check found, after the question it is about. */
  checkSays: (detail: string) => string;
  // The comment on the issue and the pull request.
  refusedTitle: string;
  refusedIntro: string;
  refusedOutro: string;
  writtenTitle: string;
  writtenIntro: (file: string) => string;
  warningsIntro: string;
  notesIntro: string;
  noWarnings: string;
  writtenOutro: string;
  textsInOtherLanguage: (form: string, site: string) => string;
  pullRequestTitle: (title: string, issue: number | undefined) => string;
  pullRequestIntro: (issue: number | undefined) => string;
  pullRequestChecklist: string[];
}

const quote = (text: string) => `"${text}"`;

export const messages: Record<FormLocale, FromIssueMessages> = {
  nl: {
    notAForm:
      'Dit lijkt geen ingevuld formulier "Een activiteit doorgeven" of "Suggest an initiative". Maak een nieuw issue met een van die formulieren.',
    required: "Deze vraag is nog niet beantwoord.",
    chooseOne: "Kies één antwoord.",
    unknownOption: (answer, options) =>
      `${quote(answer)} is geen van de antwoorden die je kunt kiezen (${options}).`,
    time: (answer) =>
      `${quote(answer)} is geen tijd die we kunnen lezen. Schrijf uren en minuten op de 24-uursklok, zoals 10:00 of 19:30.`,
    endBeforeStart: (to, from) =>
      `Het einde (${to}) moet later zijn dan het begin (${from}). Schrijf de tijd op de 24-uursklok: 19:00, niet 7:00.`,
    weeksNeeded:
      'Je koos "alleen sommige weken van de maand". Kies ook welke weken (bijvoorbeeld de eerste en de derde).',
    weeksIgnored: 'Je koos "elke week", dus de gekozen weken van de maand zijn niet gebruikt.',
    dateNeeded:
      'Je koos "om de week". Schrijf ook de datum van één keer dat het is, zoals 2026-09-05.',
    date: (answer) =>
      `${quote(answer)} is geen datum die we kunnen lezen. Schrijf jaar-maand-dag, zoals 2026-09-05.`,
    addressNeeded:
      'Je koos "op een andere plek". Schrijf ook het adres: straat en huisnummer, en de naam van het gebouw.',
    addressIgnored:
      "Je koos een plek uit de lijst, dus het adres dat je ook schreef is niet gebruikt.",
    unknownPlace: (answer) =>
      `${quote(answer)} staat niet (meer) in de lijst met plekken. Kies een plek uit de lijst, of "op een andere plek" met het adres.`,
    cost: (answer) =>
      `${quote(answer)} kunnen we niet lezen als prijs. Schrijf "gratis", of het bedrag in euro, zoals 2,50.`,
    language: (answer) =>
      `${quote(answer)} kennen we niet als taal. Schrijf de naam van de taal, zoals Somalisch, of de code, zoals so.`,
    languageAssumed: (language) =>
      `Je koos geen taal. We hebben ${language} ingevuld; klopt dat niet, bewerk dan het issue.`,
    moreTimes: (line) =>
      `${quote(line)} kunnen we niet lezen. Schrijf elke tijd op een eigen regel: de dag en dan van hoe laat tot hoe laat, zoals "zaterdag 10:00-12:00".`,
    moreTimesDay: (word) =>
      `${quote(word)} is geen dag. Schrijf de dag voluit, zoals "zaterdag 10:00-12:00".`,
    summaryWords: (count, max) =>
      `Dit zijn ${count} woorden. Maak het korter: hoogstens ${max} woorden, één of twee korte zinnen. De rest kan bij "Wat kun je verwachten?".`,
    sentenceWords: (opening, count, max) =>
      `De zin die begint met ${quote(opening)} heeft ${count} woorden. Maak de zin korter (hoogstens ${max} woorden), of maak er twee zinnen van.`,
    titleTaken: (folder) =>
      `Er staat al iets met deze naam in de gids (${folder}). Kies een andere naam, of vraag in dit issue of de bestaande pagina moet veranderen.`,
    phone: (answer) =>
      `${quote(answer)} is geen telefoonnummer. Schrijf alleen cijfers en spaties, zoals 06 12345678.`,
    email: (answer) => `${quote(answer)} is geen e-mailadres, zoals info@voorbeeld.nl.`,
    whatsappNeedsPhone: "Je koos WhatsApp. Schrijf dan ook het telefoonnummer.",
    afterHoursNeedsContact:
      'Je koos "ook \'s avonds of in het weekend bereikbaar". Schrijf dan ook een telefoonnummer of e-mailadres.',
    secondHostOrganisation:
      'Je schreef een organisatie voor iemand anders, maar niet wie dat is. Kies bij "Ontmoet je er nog iemand anders?" wie het is.',
    notAgreed:
      "Vraag eerst aan de mensen die het organiseren of het op de site mag. Vink het daarna aan (bewerk het issue).",
    checkSays: (detail) => `De controle zegt: ${detail}`,
    refusedTitle: "Er is nog geen voorstel gemaakt",
    refusedIntro:
      "Dank je wel voor je bericht! We kunnen er nog geen pagina van maken, omdat een paar antwoorden niet kloppen of ontbreken:",
    refusedOutro:
      "Verbeter het door het issue te bewerken (de drie puntjes rechtsboven het bericht, dan **Edit**). Daarna proberen we het meteen opnieuw.",
    writtenTitle: "Er staat een voorstel klaar",
    writtenIntro: (file) =>
      `Dank je wel! Van je antwoorden is een nieuwe pagina gemaakt: \`${file}\`. Hij staat in een pull request (een voorstel om de gids te veranderen), die je in de tijdlijn hieronder ziet. Iemand van de gids kijkt het na voordat het online komt.`,
    warningsIntro: "De controle merkt nog iets op (het voorstel kan toch door):",
    notesIntro: "Let op:",
    noWarnings: "De controle vond niets dat niet klopt.",
    writtenOutro:
      "Wil je nog iets veranderen? Bewerk dit issue, dan wordt het voorstel opnieuw gemaakt. Of schrijf het hieronder.",
    textsInOtherLanguage: (form, site) =>
      `De teksten zijn in het ${form}. De gids schrijft ze eerst in het ${site}: iemand van de gids vertaalt ze voordat de pagina online komt.`,
    pullRequestTitle: (title, issue) =>
      `Nieuw in de gids: ${title}${issue !== undefined ? ` (#${issue})` : ""}`,
    pullRequestIntro: (issue) =>
      `Gemaakt van de antwoorden in ${issue !== undefined ? `#${issue}` : "een issue"} met \`npm run from-issue\`.${issue !== undefined ? ` Closes #${issue}.` : ""}`,
    pullRequestChecklist: [
      "De gegevens zijn nagevraagd bij de mensen die het organiseren, en `lastVerified` is die dag",
      "De mensen die het organiseren vinden het goed dat het op de site staat, met dit telefoonnummer of e-mailadres",
      "Titel en korte beschrijving zijn in gewone woorden (en in de taal van de gids)",
      "Het voorbeeld van de site (`preview-site` bij de controles) ziet er goed uit",
    ],
  },
  en: {
    notAForm:
      'This does not look like a filled-in form "Suggest an initiative" or "Een activiteit doorgeven". Open a new issue with one of those forms.',
    required: "This question has no answer yet.",
    chooseOne: "Choose one answer.",
    unknownOption: (answer, options) =>
      `${quote(answer)} is not one of the answers you can choose (${options}).`,
    time: (answer) =>
      `${quote(answer)} is not a time we can read. Write hours and minutes on the 24-hour clock, like 10:00 or 19:30.`,
    endBeforeStart: (to, from) =>
      `The end (${to}) must be later than the start (${from}). Write the time on the 24-hour clock: 19:00, not 7:00.`,
    weeksNeeded:
      'You chose "only some weeks of the month". Choose which weeks too (for example the first and the third).',
    weeksIgnored: 'You chose "every week", so the weeks of the month you ticked are not used.',
    dateNeeded:
      'You chose "every other week". Write the date of one time it happens too, like 2026-09-05.',
    date: (answer) =>
      `${quote(answer)} is not a date we can read. Write year-month-day, like 2026-09-05.`,
    addressNeeded:
      'You chose "somewhere else". Write the address too: street and number, and the name of the building.',
    addressIgnored: "You chose a place from the list, so the address you also wrote is not used.",
    unknownPlace: (answer) =>
      `${quote(answer)} is not (or no longer) in the list of places. Choose a place from the list, or "somewhere else" with the address.`,
    cost: (answer) =>
      `We cannot read ${quote(answer)} as a price. Write "free", or the amount in euros, like 2.50.`,
    language: (answer) =>
      `We do not know ${quote(answer)} as a language. Write the name of the language, like Somali, or its code, like so.`,
    languageAssumed: (language) =>
      `You chose no language. We filled in ${language}; if that is not right, edit the issue.`,
    moreTimes: (line) =>
      `We cannot read ${quote(line)}. Write each time on its own line: the day, then from what time until what time, like "Saturday 10:00-12:00".`,
    moreTimesDay: (word) =>
      `${quote(word)} is not a day. Write the day in full, like "Saturday 10:00-12:00".`,
    summaryWords: (count, max) =>
      `These are ${count} words. Make it shorter: at most ${max} words, one or two short sentences. The rest can go under "What can people expect?".`,
    sentenceWords: (opening, count, max) =>
      `The sentence that starts with ${quote(opening)} has ${count} words. Make it shorter (at most ${max} words), or make two sentences of it.`,
    titleTaken: (folder) =>
      `The guide already has something with this name (${folder}). Choose another name, or ask in this issue whether the page that is there should change.`,
    phone: (answer) =>
      `${quote(answer)} is not a phone number. Write digits and spaces only, like 06 12345678.`,
    email: (answer) => `${quote(answer)} is not an email address, like info@example.org.`,
    whatsappNeedsPhone: "You chose WhatsApp. Write the phone number too.",
    afterHoursNeedsContact:
      'You chose "also reachable in the evening or at the weekend". Write a phone number or an email address too.',
    secondHostOrganisation:
      'You wrote an organisation for someone else, but not who that is. Choose who it is under "Do people meet someone else there too?".',
    notAgreed:
      "First ask the people who run it whether it may go on the site. Then tick the box (edit the issue).",
    checkSays: (detail) => `The check says: ${detail}`,
    refusedTitle: "No proposal yet",
    refusedIntro:
      "Thank you for your message! We cannot make a page of it yet, because some answers are wrong or missing:",
    refusedOutro:
      "Fix it by editing the issue (the three dots at the top right of the message, then **Edit**). We try again straight away.",
    writtenTitle: "A proposal is ready",
    writtenIntro: (file) =>
      `Thank you! Your answers are now a new page: \`${file}\`. It is in a pull request (a proposal to change the guide), which you see in the timeline below. Someone from the guide checks it before it goes online.`,
    warningsIntro: "The check still notes something (the proposal can go ahead anyway):",
    notesIntro: "Please note:",
    noWarnings: "The check found nothing wrong.",
    writtenOutro:
      "Want to change something? Edit this issue and the proposal is made again. Or write it below.",
    textsInOtherLanguage: (form, site) =>
      `The texts are in ${form}. The guide writes them in ${site} first: someone from the guide translates them before the page goes online.`,
    pullRequestTitle: (title, issue) =>
      `New in the guide: ${title}${issue !== undefined ? ` (#${issue})` : ""}`,
    pullRequestIntro: (issue) =>
      `Made from the answers in ${issue !== undefined ? `#${issue}` : "an issue"} with \`npm run from-issue\`.${issue !== undefined ? ` Closes #${issue}.` : ""}`,
    pullRequestChecklist: [
      "The facts were checked with the people who run it, and `lastVerified` is that day",
      "The people who run it agree to be listed, with this phone number or email",
      "Title and summary are in everyday words (and in the guide's language)",
      "The preview of the site (`preview-site` under the checks) looks right",
    ],
  },
};
