/** The microsite's own words in both languages, and dates the way each language writes them. */
import type { Locale } from "../generated/operations";

export type Lang = "de" | "en";

export const langOf = (locale: Locale): Lang => (locale === "EN" ? "en" : "de");
export const localeOf = (lang: Lang): Locale => (lang === "en" ? "EN" : "DE");

const words = {
  de: {
    skip: "Zum Inhalt springen",
    mainMenu: "Hauptmenü",
    footerMenu: "Fußzeilenmenü",
    breadcrumbs: "Sie sind hier",
    search: "Suche",
    searchLabel: "Suchbegriff",
    searchButton: "Suchen",
    searchNoScript: "Die Suche fragt das CMS direkt ab und braucht dafür JavaScript.",
    searchNone: "Keine Treffer.",
    searchHits: "Treffer",
    language: "Sprache",
    otherLanguage: "English",
    fallback: "Diese Seite gibt es noch nicht auf Englisch; Sie lesen die deutsche Fassung.",
    keyFacts: "Zahlen und Fakten",
    stories: "Stories",
    page: "Seite",
    previous: "Neuere",
    next: "Ältere",
    upcoming: "Kommende Veranstaltungen",
    past: "Vergangene Veranstaltungen",
    noUpcoming: "Zurzeit sind keine Veranstaltungen geplant.",
    calendar: "Kalender abonnieren (iCalendar)",
    feed: "Stories als RSS-Feed",
    municipalities: "Kommunen",
    strategiesHeading: "Strategien",
    projectsHeading: "Projekte",
    contacts: "Ansprechpersonen",
    download: "Herunterladen",
    contact: "Kontakt",
    themes: "Themenfelder",
    goals: "Ziele",
    checklist: "Checkliste",
    period: "Zeitraum",
    adopted: "Beschlossen am",
    revised: "Überarbeitet am",
    published: "Veröffentlicht am",
    author: "Autorin / Autor",
    when: "Wann",
    event: "Veranstaltung",
    listPages: "Seiten der Liste",
    where: "Wo",
    format: "Format",
    kind: "Art",
    register: "Zur Anmeldung",
    status: "Status",
    funding: "Förderung",
    partners: "Partner",
    years: "Laufzeit",
    role: "Rolle",
    district: "Kreis",
    population: "Einwohnerinnen und Einwohner",
    area: "Fläche",
    density: "Bevölkerungsdichte",
    perKm2: "je km²",
    website: "Website",
    phone: "Telefon",
    email: "E-Mail",
    embed: "Medium ansehen bei",
    social: "Soziale Medien",
    newsletter: "Newsletter",
    operator: "Träger",
    moreIn: "Mehr dazu",
  },
  en: {
    skip: "Skip to content",
    mainMenu: "Main menu",
    footerMenu: "Footer menu",
    breadcrumbs: "You are here",
    search: "Search",
    searchLabel: "Search term",
    searchButton: "Search",
    searchNoScript: "The search asks the CMS directly and needs JavaScript for that.",
    searchNone: "No results.",
    searchHits: "results",
    language: "Language",
    otherLanguage: "Deutsch",
    fallback: "This page is not yet available in English; you are reading the German version.",
    keyFacts: "Facts and figures",
    stories: "Stories",
    page: "Page",
    previous: "Newer",
    next: "Older",
    upcoming: "Upcoming events",
    past: "Past events",
    noUpcoming: "No events are planned at the moment.",
    calendar: "Subscribe to the calendar (iCalendar)",
    feed: "Stories as an RSS feed",
    municipalities: "Municipalities",
    strategiesHeading: "Strategies",
    projectsHeading: "Projects",
    contacts: "Contacts",
    download: "Download",
    contact: "Contact",
    themes: "Themes",
    goals: "Goals",
    checklist: "Checklist",
    period: "Period",
    adopted: "Adopted on",
    revised: "Revised on",
    published: "Published on",
    author: "Author",
    when: "When",
    event: "Event",
    listPages: "Pages of the list",
    where: "Where",
    format: "Format",
    kind: "Type",
    register: "Register",
    status: "Status",
    funding: "Funding",
    partners: "Partners",
    years: "Duration",
    role: "Role",
    district: "District",
    population: "Inhabitants",
    area: "Area",
    density: "Population density",
    perKm2: "per km²",
    website: "Website",
    phone: "Phone",
    email: "E-mail",
    embed: "View the media on",
    social: "Social media",
    newsletter: "Newsletter",
    operator: "Operator",
    moreIn: "Read more",
  },
} as const;

export type Words = Record<keyof (typeof words)["de"], string>;
export const wordsFor = (lang: Lang): Words => words[lang];

/** Enum values as readers say them. */
const enumLabels: Record<Lang, Record<string, string>> = {
  de: {
    FRAMEWORK: "Rahmenstrategie",
    MUNICIPAL: "Kommunale Strategie",
    ACTION_PLAN: "Aktionsplan",
    SUBMITTED: "Eingereicht",
    RUNNING: "Laufend",
    COMPLETED: "Abgeschlossen",
    MSC: "Modellprojekte Smart Cities",
    UMBAU21: "UMBAU 21",
    REGIO_NRW: "REGIO.NRW",
    OTHER: "Andere Förderung",
    ONSITE: "Vor Ort",
    ONLINE: "Online",
    HYBRID: "Hybrid",
    LEAD: "Federführende Kommune",
    PIONEER: "Pionierkommune",
    JOINING: "Mitmacherkommune",
    MEMBER: "Mitglied",
    DISTRICT: "Kreis",
  },
  en: {
    FRAMEWORK: "Framework strategy",
    MUNICIPAL: "Municipal strategy",
    ACTION_PLAN: "Action plan",
    SUBMITTED: "Submitted",
    RUNNING: "Running",
    COMPLETED: "Completed",
    MSC: "Smart Cities model projects",
    UMBAU21: "UMBAU 21",
    REGIO_NRW: "REGIO.NRW",
    OTHER: "Other funding",
    ONSITE: "On site",
    ONLINE: "Online",
    HYBRID: "Hybrid",
    LEAD: "Lead municipality",
    PIONEER: "Pioneer municipality",
    JOINING: "Joining municipality",
    MEMBER: "Member",
    DISTRICT: "District",
  },
};

export const enumLabel = (lang: Lang, value: string | null | undefined): string =>
  value ? (enumLabels[lang][value] ?? value) : "";

const TIME_ZONE = "Europe/Berlin";
const tags: Record<Lang, string> = { de: "de-DE", en: "en-GB" };

/** A date (`2021-04-01`) or date-time as the language writes it; times in Europe/Berlin. */
export function formatDate(lang: Lang, value: string | null | undefined, withTime = false): string {
  if (!value) return "";
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(tags[lang], {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: TIME_ZONE,
  }).format(date);
}

export const formatNumber = (lang: Lang, value: number): string =>
  new Intl.NumberFormat(tags[lang]).format(value);

/** Inhabitants as a region's facts say them: „1,38 Mio.“, "1.38 m". */
export function inhabitants(lang: Lang, count: number): string {
  if (count < 1_000_000) return formatNumber(lang, count);
  const millions = new Intl.NumberFormat(tags[lang], { maximumFractionDigits: 2 }).format(count / 1_000_000);
  return lang === "de" ? `${millions} Mio.` : `${millions} m`;
}
