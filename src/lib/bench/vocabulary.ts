/**
 * Words for generated content, in the six sample locales: topics with their facts,
 * titles and one-line summaries, body sentences, place kinds. Plain short words, so
 * generated summaries pass the readability check like real ones should.
 */
import type { InitiativeType, Need } from "../facts.ts";

/** Text per locale code. */
export type Texts = Record<string, string>;

export interface Topic {
  key: string;
  type: InitiativeType;
  needs: Need[];
  womenOnly?: boolean;
  children?: boolean;
  title: Texts;
  summary: Texts;
}

export const topics: Topic[] = [
  {
    key: "koffie",
    type: "activity",
    needs: ["meet", "talk"],
    title: { nl: "Koffieochtend", en: "Coffee morning", ar: "صباح القهوة", tr: "Kahve sabahı", pl: "Poranna kawa", uk: "Ранкова кава" },
    summary: { nl: "Samen koffie drinken en praten.", en: "Drink coffee and talk together.", ar: "نشرب القهوة ونتحدث معًا.", tr: "Birlikte kahve içip konuşuyoruz.", pl: "Pijemy razem kawę i rozmawiamy.", uk: "Разом п'ємо каву і говоримо." },
  },
  {
    key: "wandelen",
    type: "activity",
    needs: ["move", "meet"],
    title: { nl: "Wandelgroep", en: "Walking group", ar: "مجموعة المشي", tr: "Yürüyüş grubu", pl: "Grupa spacerowa", uk: "Група прогулянок" },
    summary: { nl: "We wandelen samen in je eigen tempo.", en: "We walk together at your own pace.", ar: "نمشي معًا بسرعتك.", tr: "Kendi hızınızda birlikte yürüyoruz.", pl: "Spacerujemy razem we własnym tempie.", uk: "Гуляємо разом у своєму темпі." },
  },
  {
    key: "koken",
    type: "activity",
    needs: ["food", "meet"],
    title: { nl: "Samen koken", en: "Cooking together", ar: "الطبخ معًا", tr: "Birlikte yemek", pl: "Wspólne gotowanie", uk: "Готуємо разом" },
    summary: { nl: "We koken en eten samen.", en: "We cook and eat together.", ar: "نطبخ ونأكل معًا.", tr: "Birlikte pişirip yiyoruz.", pl: "Razem gotujemy i jemy.", uk: "Разом готуємо і їмо." },
  },
  {
    key: "breien",
    type: "activity",
    needs: ["create", "meet"],
    title: { nl: "Breiclub", en: "Knitting club", ar: "نادي الحياكة", tr: "Örgü kulübü", pl: "Klub robótek", uk: "Клуб в'язання" },
    summary: { nl: "Breien en haken met koffie erbij.", en: "Knit and crochet with a coffee.", ar: "نحيك ونشرب القهوة.", tr: "Kahve eşliğinde örgü örüyoruz.", pl: "Robimy na drutach przy kawie.", uk: "В'яжемо разом за кавою." },
  },
  {
    key: "taal",
    type: "activity",
    needs: ["learn", "meet"],
    title: { nl: "Taalcafé", en: "Language café", ar: "مقهى اللغة", tr: "Dil kafesi", pl: "Kawiarnia językowa", uk: "Мовне кафе" },
    summary: { nl: "Oefen Nederlands in een kleine groep.", en: "Practise Dutch in a small group.", ar: "تدرّب على الهولندية في مجموعة صغيرة.", tr: "Küçük bir grupta Hollandaca konuşun.", pl: "Ćwicz holenderski w małej grupie.", uk: "Вчимо нідерландську в малій групі." },
  },
  {
    key: "geld",
    type: "dropin",
    needs: ["money", "talk"],
    title: { nl: "Hulp bij geld", en: "Help with money", ar: "مساعدة في المال", tr: "Para yardımı", pl: "Pomoc z pieniędzmi", uk: "Допомога з грошима" },
    summary: { nl: "Kom langs met je brieven.", en: "Come by with your letters.", ar: "تعال ومعك رسائلك.", tr: "Mektuplarınızla uğrayın.", pl: "Przyjdź ze swoimi listami.", uk: "Приходьте зі своїми листами." },
  },
  {
    key: "inloop",
    type: "dropin",
    needs: ["talk", "share"],
    title: { nl: "Inloopuur", en: "Drop-in hour", ar: "ساعة مفتوحة", tr: "Açık saat", pl: "Otwarta godzina", uk: "Відкрита година" },
    summary: { nl: "Loop binnen voor een praatje.", en: "Walk in for a chat.", ar: "ادخل وتحدث معنا.", tr: "Sohbet için içeri gelin.", pl: "Wejdź i porozmawiaj z nami.", uk: "Заходьте поговорити." },
  },
  {
    key: "praten",
    type: "group",
    needs: ["share", "talk"],
    title: { nl: "Praatgroep", en: "Talking group", ar: "مجموعة حديث", tr: "Sohbet grubu", pl: "Grupa rozmów", uk: "Група розмов" },
    summary: { nl: "Praat met mensen die het kennen.", en: "Talk with people who know it.", ar: "تحدث مع أناس يفهمونك.", tr: "Sizi anlayan insanlarla konuşun.", pl: "Rozmawiaj z ludźmi, którzy rozumieją.", uk: "Говоріть з тими, хто розуміє." },
  },
  {
    key: "ouders",
    type: "group",
    needs: ["children", "share"],
    children: true,
    title: { nl: "Ouders samen", en: "Parents together", ar: "الآباء معًا", tr: "Ebeveynler bir arada", pl: "Rodzice razem", uk: "Батьки разом" },
    summary: { nl: "Ouders delen tips en zorgen.", en: "Parents share tips and worries.", ar: "يتبادل الآباء النصائح والهموم.", tr: "Ebeveynler fikir ve dert paylaşır.", pl: "Rodzice dzielą się radami.", uk: "Батьки діляться порадами." },
  },
  {
    key: "tuin",
    type: "activity",
    needs: ["move", "create"],
    title: { nl: "Samen tuinieren", en: "Gardening together", ar: "البستنة معًا", tr: "Birlikte bahçe", pl: "Wspólny ogród", uk: "Садимо разом" },
    summary: { nl: "Werk buiten in de buurttuin.", en: "Work outside in the garden.", ar: "نعمل في حديقة الحي.", tr: "Mahalle bahçesinde çalışıyoruz.", pl: "Pracujemy w ogrodzie.", uk: "Працюємо в саду." },
  },
  {
    key: "spel",
    type: "activity",
    needs: ["meet"],
    title: { nl: "Spelletjesavond", en: "Games night", ar: "أمسية الألعاب", tr: "Oyun akşamı", pl: "Wieczór gier", uk: "Вечір ігор" },
    summary: { nl: "Kaarten, dammen en lachen.", en: "Cards, board games and a laugh.", ar: "ورق وألعاب وضحك.", tr: "Kart, oyun ve kahkaha.", pl: "Karty, gry i śmiech.", uk: "Карти, ігри і сміх." },
  },
  {
    key: "computer",
    type: "activity",
    needs: ["learn"],
    title: { nl: "Computerhulp", en: "Computer help", ar: "مساعدة في الكمبيوتر", tr: "Bilgisayar yardımı", pl: "Pomoc z komputerem", uk: "Допомога з комп'ютером" },
    summary: { nl: "Leer werken met je telefoon.", en: "Learn to use your phone.", ar: "تعلّم استخدام هاتفك.", tr: "Telefonunuzu kullanmayı öğrenin.", pl: "Naucz się obsługi telefonu.", uk: "Навчіться користуватися телефоном." },
  },
  {
    key: "maaltijd",
    type: "activity",
    needs: ["food", "meet"],
    title: { nl: "Buurtmaaltijd", en: "Neighbourhood meal", ar: "وجبة الحي", tr: "Mahalle yemeği", pl: "Wspólny obiad", uk: "Сусідський обід" },
    summary: { nl: "Een warme maaltijd aan lange tafels.", en: "A warm meal at long tables.", ar: "وجبة ساخنة على طاولات طويلة.", tr: "Uzun masalarda sıcak yemek.", pl: "Ciepły posiłek przy długim stole.", uk: "Гарячий обід за довгим столом." },
  },
  {
    key: "zingen",
    type: "group",
    needs: ["create", "meet"],
    title: { nl: "Zanggroep", en: "Singing group", ar: "مجموعة الغناء", tr: "Şarkı grubu", pl: "Grupa śpiewu", uk: "Гурт співу" },
    summary: { nl: "We zingen samen oude en nieuwe liedjes.", en: "We sing old and new songs.", ar: "نغني أغاني قديمة وجديدة.", tr: "Eski ve yeni şarkılar söylüyoruz.", pl: "Śpiewamy stare i nowe piosenki.", uk: "Співаємо старі й нові пісні." },
  },
  {
    key: "bewegen",
    type: "activity",
    needs: ["move"],
    title: { nl: "Bewegen op muziek", en: "Moving to music", ar: "الحركة على الموسيقى", tr: "Müzikle hareket", pl: "Ruch przy muzyce", uk: "Рух під музику" },
    summary: { nl: "Rustig bewegen, ook op een stoel.", en: "Gentle moving, also on a chair.", ar: "حركة هادئة، حتى على كرسي.", tr: "Sandalyede de olur, yavaş hareket.", pl: "Spokojny ruch, także na krześle.", uk: "Спокійний рух, навіть на стільці." },
  },
  {
    key: "vrouwen",
    type: "group",
    needs: ["meet", "share"],
    womenOnly: true,
    title: { nl: "Vrouwengroep", en: "Women's group", ar: "مجموعة النساء", tr: "Kadın grubu", pl: "Grupa kobiet", uk: "Жіноча група" },
    summary: { nl: "Alleen voor vrouwen. Thee en steun.", en: "Only for women. Tea and support.", ar: "للنساء فقط. شاي ودعم.", tr: "Sadece kadınlar için. Çay ve destek.", pl: "Tylko dla kobiet. Herbata i wsparcie.", uk: "Лише для жінок. Чай і підтримка." },
  },
  {
    key: "mannen",
    type: "group",
    needs: ["meet", "talk"],
    title: { nl: "Mannen aan tafel", en: "Men at the table", ar: "رجال حول الطاولة", tr: "Erkekler sofrada", pl: "Mężczyźni przy stole", uk: "Чоловіки за столом" },
    summary: { nl: "Mannen eten en praten samen.", en: "Men eat and talk together.", ar: "رجال يأكلون ويتحدثون معًا.", tr: "Erkekler birlikte yiyip konuşur.", pl: "Mężczyźni razem jedzą i rozmawiają.", uk: "Чоловіки разом їдять і говорять." },
  },
  {
    key: "verlies",
    type: "group",
    needs: ["share", "talk"],
    title: { nl: "Samen na verlies", en: "Together after loss", ar: "معًا بعد الفقدان", tr: "Kayıptan sonra birlikte", pl: "Razem po stracie", uk: "Разом після втрати" },
    summary: { nl: "Voor wie iemand kwijt is.", en: "For people who lost someone.", ar: "لمن فقد شخصًا عزيزًا.", tr: "Birini kaybedenler için.", pl: "Dla tych, którzy kogoś stracili.", uk: "Для тих, хто когось втратив." },
  },
];

/** A second short sentence for summaries. */
export const welcomes: Texts[] = [
  { nl: "Iedereen is welkom.", en: "Everyone is welcome.", ar: "الجميع مرحب بهم.", tr: "Herkes gelebilir.", pl: "Każdy jest mile widziany.", uk: "Ласкаво просимо всіх." },
  { nl: "Kom gerust langs.", en: "Just come along.", ar: "تعال بكل راحة.", tr: "Çekinmeden gelin.", pl: "Po prostu przyjdź.", uk: "Просто приходьте." },
  { nl: "Je hoeft niets mee te nemen.", en: "You need not bring anything.", ar: "لا تحتاج أن تحضر شيئًا.", tr: "Bir şey getirmenize gerek yok.", pl: "Nic nie musisz przynosić.", uk: "Нічого не треба приносити." },
];

/** Body sentences; `{place}` and `{org}` are filled in. */
export const bodySentences: Texts[] = [
  { nl: "We beginnen altijd met koffie of thee.", en: "We always start with coffee or tea.", ar: "نبدأ دائمًا بالقهوة أو الشاي.", tr: "Her zaman kahve veya çayla başlarız.", pl: "Zawsze zaczynamy od kawy lub herbaty.", uk: "Ми завжди починаємо з кави або чаю." },
  { nl: "Je hoeft niemand te kennen.", en: "You do not need to know anyone.", ar: "لا تحتاج أن تعرف أحدًا.", tr: "Kimseyi tanımanız gerekmez.", pl: "Nie musisz nikogo znać.", uk: "Не треба нікого знати." },
  { nl: "Er is altijd iemand die je welkom heet.", en: "Someone is always there to welcome you.", ar: "هناك دائمًا من يرحب بك.", tr: "Sizi karşılayan biri hep oradadır.", pl: "Zawsze ktoś cię przywita.", uk: "Вас завжди хтось зустріне." },
  { nl: "Je mag ook gewoon kijken en luisteren.", en: "You may also just watch and listen.", ar: "يمكنك أيضًا أن تشاهد وتستمع فقط.", tr: "Sadece izleyip dinleyebilirsiniz de.", pl: "Możesz też tylko patrzeć i słuchać.", uk: "Можна просто дивитися і слухати." },
  { nl: "We spreken langzaam en duidelijk.", en: "We speak slowly and clearly.", ar: "نتكلم ببطء ووضوح.", tr: "Yavaş ve açık konuşuruz.", pl: "Mówimy powoli i wyraźnie.", uk: "Ми говоримо повільно і чітко." },
  { nl: "Neem gerust een vriend of buur mee.", en: "Feel free to bring a friend or neighbour.", ar: "يمكنك أن تحضر صديقًا أو جارًا.", tr: "Bir arkadaş veya komşu getirebilirsiniz.", pl: "Możesz przyjść z przyjacielem lub sąsiadem.", uk: "Можна прийти з другом або сусідом." },
  { nl: "Na afloop ruimen we samen op.", en: "Afterwards we tidy up together.", ar: "بعد ذلك نرتب المكان معًا.", tr: "Sonra birlikte toplarız.", pl: "Potem razem sprzątamy.", uk: "Потім разом прибираємо." },
  { nl: "Kinderen mogen mee als dat moet.", en: "Children may come along if needed.", ar: "يمكن إحضار الأطفال عند الحاجة.", tr: "Gerekirse çocuklar da gelebilir.", pl: "W razie potrzeby dzieci mogą przyjść.", uk: "Якщо треба, можна з дітьми." },
  { nl: "In de zomer zijn we vaak buiten.", en: "In summer we are often outside.", ar: "في الصيف نكون غالبًا في الخارج.", tr: "Yazın çoğu zaman dışarıdayız.", pl: "Latem często jesteśmy na dworze.", uk: "Влітку ми часто надворі." },
  { nl: "Bel gerust als je vragen hebt.", en: "Call us if you have questions.", ar: "اتصل بنا إذا كانت لديك أسئلة.", tr: "Sorunuz varsa bizi arayın.", pl: "Zadzwoń, jeśli masz pytania.", uk: "Телефонуйте, якщо маєте питання." },
  { nl: "De ruimte is warm en licht.", en: "The room is warm and bright.", ar: "المكان دافئ ومضيء.", tr: "Oda sıcak ve aydınlık.", pl: "Sala jest ciepła i jasna.", uk: "Кімната тепла і світла." },
  { nl: "We maken elke keer een nieuw plan.", en: "We make a new plan each time.", ar: "نضع خطة جديدة في كل مرة.", tr: "Her seferinde yeni bir plan yaparız.", pl: "Za każdym razem robimy nowy plan.", uk: "Щоразу ми робимо новий план." },
];

export const placeSentence: Texts = {
  nl: "We zitten in {place}.",
  en: "We meet at {place}.",
  ar: "نلتقي في {place}.",
  tr: "{place} içinde buluşuyoruz.",
  pl: "Spotykamy się w {place}.",
  uk: "Ми зустрічаємося в {place}.",
};

export const orgSentence: Texts = {
  nl: "Dit wordt gedaan door {org}.",
  en: "This is run by {org}.",
  ar: "تنظم هذا {org}.",
  tr: "Bunu {org} düzenliyor.",
  pl: "Prowadzi to {org}.",
  uk: "Це проводить {org}.",
};

/** Kinds of meeting place, as the first word(s) of a place's title. */
export const placeKinds: Texts[] = [
  { nl: "Buurthuis", en: "Community centre", ar: "مركز الحي", tr: "Mahalle evi", pl: "Dom sąsiedzki", uk: "Сусідський центр" },
  { nl: "Bibliotheek", en: "Library", ar: "مكتبة", tr: "Kütüphane", pl: "Biblioteka", uk: "Бібліотека" },
  { nl: "Buurtkamer", en: "Neighbourhood room", ar: "غرفة الحي", tr: "Mahalle odası", pl: "Pokój sąsiedzki", uk: "Сусідська кімната" },
  { nl: "Wijkcentrum", en: "District centre", ar: "مركز المنطقة", tr: "Semt merkezi", pl: "Centrum dzielnicy", uk: "Центр району" },
  { nl: "Sporthal", en: "Sports hall", ar: "قاعة الرياضة", tr: "Spor salonu", pl: "Hala sportowa", uk: "Спортивна зала" },
];

export const placeSummary: Texts = {
  nl: "Een plek in de buurt voor iedereen.",
  en: "A place in the neighbourhood for everyone.",
  ar: "مكان في الحي للجميع.",
  tr: "Mahallede herkes için bir yer.",
  pl: "Miejsce w dzielnicy dla każdego.",
  uk: "Місце в районі для всіх.",
};

export const placeBody: Texts = {
  nl: "Er is koffie en thee. Je kunt er ook even zitten.",
  en: "There is coffee and tea. You can also just sit for a while.",
  ar: "هناك قهوة وشاي. يمكنك أيضًا أن تجلس قليلًا.",
  tr: "Kahve ve çay var. Biraz oturabilirsiniz de.",
  pl: "Jest kawa i herbata. Możesz też chwilę posiedzieć.",
  uk: "Є кава і чай. Можна просто посидіти.",
};

/** Syllables for made-up names of places, streets and organisations. */
export const syllables = [
  "ber", "lin", "dor", "kas", "wil", "mar", "ho", "ven", "ste", "rijn", "bro", "gel",
  "tan", "mo", "ra", "el", "vel", "de", "sa", "ko", "lem", "bur", "ga", "ni",
];

export const organisationKinds = ["Stichting", "Bewonersgroep", "Vereniging", "Huis"];
export const streetKinds = ["straat", "laan", "weg", "plein", "hof"];
export const otherLanguages = ["en", "ar", "tr", "pl", "uk", "so", "ti", "fa", "es", "ku"];
